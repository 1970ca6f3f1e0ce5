//! The browser's speech synthesis: the voices the device has, and reading a text aloud with
//! the user's voice and rate. Nothing is sent anywhere; offline voices work offline. Where the
//! browser has no synthesis or no voice, `voices()` stays empty and the pages show no control.

use crate::progress::Settings;
use leptos::prelude::*;
use std::cell::OnceCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// A voice, as the settings name it and the voice list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Voice {
    pub name: String,
    pub lang: String,
}

/// What reading aloud is doing, for the pages to show.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    Idle,
    Speaking,
    /// The engine gave up; the message says why.
    Failed(String),
}

/// The device's speech engine, once per page. Its signals are reference-counted rather than
/// owned by whichever page first asked for it, so they outlive that page.
#[derive(Clone)]
pub struct Speech {
    voices: ArcRwSignal<Vec<Voice>>,
    reading: ArcRwSignal<Reading>,
}

thread_local! {
    static SPEECH: OnceCell<Option<Speech>> = const { OnceCell::new() };
}

fn synthesis() -> Option<SpeechSynthesis> {
    window().speech_synthesis().ok()
}

/// The voices `engine` has now.
fn device_voices(engine: &SpeechSynthesis) -> impl Iterator<Item = SpeechSynthesisVoice> {
    engine
        .get_voices()
        .into_iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
}

/// The speech engine, or `None` where the browser has none.
pub fn speech() -> Option<Speech> {
    SPEECH.with(|cell| cell.get_or_init(Speech::start).clone())
}

impl Speech {
    /// Lists the voices now and again whenever the browser announces a change (voices often
    /// arrive a moment after the page loads).
    fn start() -> Option<Speech> {
        let engine = synthesis()?;
        let speech = Speech {
            voices: ArcRwSignal::new(Vec::new()),
            reading: ArcRwSignal::new(Reading::Idle),
        };
        let voices = speech.voices.clone();
        let list = move || {
            if let Some(engine) = synthesis() {
                let found = device_voices(&engine)
                    .map(|v| Voice {
                        name: v.name(),
                        lang: v.lang(),
                    })
                    .collect();
                voices.set(found);
            }
        };
        list();
        let changed = Closure::<dyn Fn()>::new(list);
        engine.set_onvoiceschanged(Some(changed.as_ref().unchecked_ref()));
        changed.forget();
        Some(speech)
    }

    /// The voices the device has (tracked); empty where reading aloud is not possible.
    pub fn voices(&self) -> Vec<Voice> {
        self.voices.get()
    }

    /// Whether anything can be read aloud.
    pub fn available(&self) -> bool {
        self.voices.with(|v| !v.is_empty())
    }

    /// What reading aloud is doing (tracked).
    pub fn reading(&self) -> Reading {
        self.reading.get()
    }

    /// Reads `text` with the voice and rate of `settings`, cutting off whatever was being read.
    pub fn say(&self, text: &str, settings: &Settings) {
        let (Some(engine), Ok(utterance)) =
            (synthesis(), SpeechSynthesisUtterance::new_with_text(text))
        else {
            return;
        };
        engine.cancel();
        let chosen = settings
            .voice
            .as_deref()
            .and_then(|name| device_voices(&engine).find(|v| v.name() == name));
        utterance.set_voice(chosen.as_ref());
        utterance.set_rate(settings.speech_rate as f32);
        let (on_start, on_end, reading) = (
            self.reading.clone(),
            self.reading.clone(),
            self.reading.clone(),
        );
        let started = Closure::<dyn Fn()>::new(move || on_start.set(Reading::Speaking));
        let ended = Closure::<dyn Fn()>::new(move || on_end.set(Reading::Idle));
        let failed = Closure::<dyn Fn(web_sys::SpeechSynthesisErrorEvent)>::new(
            move |event: web_sys::SpeechSynthesisErrorEvent| {
                use web_sys::SpeechSynthesisErrorCode as Code;
                let why = match event.error() {
                    // Cutting one reading off with the next is not a failure.
                    Code::Interrupted | Code::Canceled => return reading.set(Reading::Idle),
                    Code::SynthesisUnavailable => "it has no speech engine",
                    Code::AudioBusy | Code::AudioHardware => "the audio output is busy or missing",
                    Code::LanguageUnavailable | Code::VoiceUnavailable => {
                        "the chosen voice is not available"
                    }
                    _ => "its speech engine failed",
                };
                reading.set(Reading::Failed(format!(
                    "The device could not read the question aloud: {why}."
                )));
            },
        );
        utterance.set_onstart(Some(started.as_ref().unchecked_ref()));
        utterance.set_onend(Some(ended.as_ref().unchecked_ref()));
        utterance.set_onerror(Some(failed.as_ref().unchecked_ref()));
        // The browser may call these after the next reading has started (an interrupted one
        // reports so), so they are never dropped: three small closures a reading.
        started.forget();
        ended.forget();
        failed.forget();
        engine.speak(&utterance);
    }

    /// Stops reading.
    pub fn stop(&self) {
        if let Some(engine) = synthesis() {
            engine.cancel();
        }
        self.reading.set(Reading::Idle);
    }
}
