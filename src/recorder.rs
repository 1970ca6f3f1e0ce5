//! The microphone and the recorder: asked for only when the user switches recording on,
//! recording one answer at a time with a level meter, stopped with the answer time. The audio
//! goes to IndexedDB (`storage::recordings`) and nowhere else.

use crate::clock::now_ms;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AnalyserNode, AudioContext, Blob, BlobEvent, MediaRecorder, MediaStream};

/// Why there is no recording: each with the message the user reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MicError {
    Denied,
    NoMicrophone,
    Unsupported,
    Failed(String),
}

impl MicError {
    pub fn message(&self) -> String {
        let why = match self {
            Self::Denied => String::from(
                "The browser was not allowed to use the microphone. Allow it in the site settings (the icon left of the address) to record.",
            ),
            Self::NoMicrophone => String::from("No microphone was found on this device."),
            Self::Unsupported => String::from("This browser cannot record audio."),
            Self::Failed(why) => format!("The microphone could not be started ({why})."),
        };
        format!("{why} The mock goes on without recording.")
    }

    fn of(error: JsValue) -> Self {
        let name = js_sys::Reflect::get(&error, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        match name.as_str() {
            "NotAllowedError" | "SecurityError" => Self::Denied,
            "NotFoundError" | "OverconstrainedError" => Self::NoMicrophone,
            "NotSupportedError" => Self::Unsupported,
            _ => Self::Failed(if name.is_empty() {
                String::from("unknown error")
            } else {
                name
            }),
        }
    }
}

/// The microphone, once the user allowed it. Dropping it does not release it: `release` does.
#[derive(Clone)]
pub struct Microphone {
    stream: MediaStream,
}

impl Microphone {
    /// Asks the browser for the microphone (the permission prompt, the first time).
    pub async fn ask() -> Result<Microphone, MicError> {
        if !js_sys::Reflect::has(&window(), &"MediaRecorder".into()).unwrap_or(false) {
            return Err(MicError::Unsupported);
        }
        let devices = window()
            .navigator()
            .media_devices()
            .map_err(|_| MicError::Unsupported)?;
        let constraints = web_sys::MediaStreamConstraints::new();
        constraints.set_audio(&JsValue::TRUE);
        let asked = devices
            .get_user_media_with_constraints(&constraints)
            .map_err(MicError::of)?;
        let stream = JsFuture::from(asked).await.map_err(MicError::of)?;
        Ok(Microphone {
            stream: stream.unchecked_into(),
        })
    }

    /// Turns the microphone off (the browser's recording indicator goes away).
    pub fn release(&self) {
        for track in self.stream.get_tracks().iter() {
            if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
                track.stop();
            }
        }
    }

    /// Starts recording; `level` follows the loudness (0 to 1) while it records.
    pub fn record(&self, level: RwSignal<f64>) -> Result<Recording, MicError> {
        let recorder = MediaRecorder::new_with_media_stream(&self.stream).map_err(MicError::of)?;
        let chunks = Rc::new(RefCell::new(Vec::<Blob>::new()));
        let kept = chunks.clone();
        let on_data = Closure::<dyn Fn(BlobEvent)>::new(move |event: BlobEvent| {
            if let Some(data) = event.data().filter(|d| d.size() > 0.0) {
                kept.borrow_mut().push(data);
            }
        });
        recorder.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
        recorder.start().map_err(MicError::of)?;
        let meter = Meter::start(&self.stream, level);
        Ok(Recording {
            recorder,
            chunks,
            started_ms: now_ms(),
            _on_data: on_data,
            _meter: meter,
        })
    }
}

/// One answer being recorded.
pub struct Recording {
    recorder: MediaRecorder,
    chunks: Rc<RefCell<Vec<Blob>>>,
    started_ms: i64,
    _on_data: Closure<dyn Fn(BlobEvent)>,
    _meter: Option<Meter>,
}

impl Recording {
    /// Milliseconds since recording started.
    pub fn elapsed_ms(&self) -> i64 {
        now_ms() - self.started_ms
    }

    /// Stops recording and gives the audio and its length in milliseconds.
    pub async fn finish(self) -> Option<(Blob, u32)> {
        let ms = u32::try_from(self.elapsed_ms()).unwrap_or(0);
        let stopped = js_sys::Promise::new(&mut |resolve, _| {
            let on_stop = Closure::once_into_js(move || {
                let _ = resolve.call0(&JsValue::NULL);
            });
            self.recorder.set_onstop(Some(on_stop.unchecked_ref()));
        });
        self.recorder.stop().ok()?;
        JsFuture::from(stopped).await.ok()?;
        let parts = js_sys::Array::new();
        for chunk in self.chunks.borrow().iter() {
            parts.push(chunk);
        }
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(&self.recorder.mime_type());
        let blob = Blob::new_with_blob_sequence_and_options(&parts, &options).ok()?;
        (blob.size() > 0.0).then_some((blob, ms))
    }
}

/// What the browser calls each animation frame.
type FrameCallback = Closure<dyn Fn()>;

/// The level meter: the loudness of the microphone, measured each frame while it records.
struct Meter {
    context: AudioContext,
    running: Rc<RefCell<bool>>,
}

impl Meter {
    fn start(stream: &MediaStream, level: RwSignal<f64>) -> Option<Meter> {
        let context = AudioContext::new().ok()?;
        let source = context.create_media_stream_source(stream).ok()?;
        let analyser: AnalyserNode = context.create_analyser().ok()?;
        analyser.set_fft_size(512);
        source.connect_with_audio_node(&analyser).ok()?;
        let running = Rc::new(RefCell::new(true));
        let frame: Rc<RefCell<Option<FrameCallback>>> = Rc::new(RefCell::new(None));
        let (again, still) = (frame.clone(), running.clone());
        *frame.borrow_mut() = Some(Closure::new(move || {
            // Once stopped, the frame is not asked for again. The closure keeps itself (a few
            // bytes a recording): dropping it from inside its own call is not allowed.
            if !*still.borrow() {
                return;
            }
            let mut samples = vec![0u8; 512];
            analyser.get_byte_time_domain_data(&mut samples);
            let power = samples
                .iter()
                .map(|s| (f64::from(*s) - 128.0) / 128.0)
                .map(|x| x * x)
                .sum::<f64>()
                / samples.len() as f64;
            // Speech sits around 0.05–0.3 RMS; scaled so talking fills most of the meter.
            level.try_set((power.sqrt() * 3.0).min(1.0));
            if let Some(next) = again.borrow().as_ref() {
                let _ = window().request_animation_frame(next.as_ref().unchecked_ref());
            }
        }));
        if let Some(first) = frame.borrow().as_ref() {
            let _ = window().request_animation_frame(first.as_ref().unchecked_ref());
        }
        Some(Meter { context, running })
    }
}

impl Drop for Meter {
    fn drop(&mut self) {
        *self.running.borrow_mut() = false;
        let _ = self.context.close();
    }
}
