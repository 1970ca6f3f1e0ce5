//! Recorded answers on the page: the switch that asks for the microphone, the bar shown while
//! recording, a recording to play back, and the list of a question's recordings.

use crate::clock::local_time;
use crate::progress::{size_label, total_bytes, RecordingInfo, RECORDINGS_CAP_BYTES};
use crate::recorder::{Microphone, Recording};
use crate::review::clock_label;
use crate::shortcuts::Shortcut;
use crate::storage::recordings;
use crate::text::plural;
use crate::views::key_hint::KeyHint;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Records one answer at a time and saves it, for the mock and for practice: the microphone
/// once allowed, the recording under way and for which question, and what went wrong.
#[derive(Clone, Copy)]
pub struct AnswerRecorder {
    pub mic: RwSignal<Option<Microphone>, LocalStorage>,
    pub problem: RwSignal<Option<String>>,
    active: StoredValue<Option<(&'static str, Recording)>, LocalStorage>,
    /// The microphone's loudness while recording (0 to 1).
    pub level: RwSignal<f64>,
    /// Whether an answer is being recorded.
    pub on: RwSignal<bool>,
}

impl AnswerRecorder {
    pub fn new() -> Self {
        Self {
            mic: RwSignal::new_local(None),
            problem: RwSignal::new(None),
            active: StoredValue::new_local(None),
            level: RwSignal::new(0.0),
            on: RwSignal::new(false),
        }
    }

    /// Starts recording an answer to `question`, if the microphone is allowed and nothing is
    /// being recorded.
    pub fn start(&self, question: &'static str) {
        if self.on.get_untracked() {
            return;
        }
        let started = self
            .mic
            .with_untracked(|mic| mic.as_ref().map(|m| m.record(self.level)));
        match started {
            Some(Ok(running)) => {
                self.active.set_value(Some((question, running)));
                self.on.set(true);
            }
            Some(Err(error)) => self.problem.set(Some(error.message())),
            None => {}
        }
    }

    /// Milliseconds the answer under way has been recorded.
    pub fn elapsed_ms(&self) -> i64 {
        self.active
            .with_value(|a| a.as_ref().map_or(0, |(_, r)| r.elapsed_ms()))
    }

    /// Stops the recording under way, if any, and stores it; `saved` gets its id and length.
    pub fn stop(&self, saved: impl FnOnce(u32, u32) + 'static) {
        let Some((question, running)) = self.active.try_update_value(Option::take).flatten() else {
            return;
        };
        self.on.set(false);
        let problem = self.problem;
        let started = crate::clock::now().now - running.elapsed_ms() / 1000;
        spawn_local(async move {
            let Some((audio, ms)) = running.finish().await else {
                problem.try_set(Some(String::from(
                    "Nothing was recorded for this answer: the microphone gave no sound.",
                )));
                return;
            };
            match recordings::save(question, started, ms, &audio).await {
                Ok(done) => {
                    saved(done.id, ms);
                    if done.evicted > 0 {
                        problem.try_set(Some(format!(
                            "Recordings are kept up to {}: the oldest {} went to make room.",
                            size_label(RECORDINGS_CAP_BYTES),
                            plural(done.evicted as i64, "recording", "recordings")
                        )));
                    }
                }
                Err(error) => {
                    problem.try_set(Some(error.message()));
                }
            }
        });
    }

    /// Turns the microphone off, as the page goes.
    pub fn release(&self) {
        if let Some(Some(mic)) = self.mic.try_get_untracked() {
            mic.release();
        }
    }
}

/// Asks for the microphone for `recorder`, then calls `then` once it is allowed.
pub fn ask_for_microphone(
    recorder: AnswerRecorder,
    asking: RwSignal<bool>,
    then: impl FnOnce() + 'static,
) {
    recorder.problem.set(None);
    asking.set(true);
    spawn_local(async move {
        match Microphone::ask().await {
            Ok(granted) => {
                recorder.mic.set(Some(granted));
                then();
            }
            Err(error) => recorder.problem.set(Some(error.message())),
        }
        asking.try_set(false);
    });
}

/// "Record my answers": asks for the microphone when switched on, releases it when off.
#[component]
pub fn RecordSwitch(recorder: AnswerRecorder) -> impl IntoView {
    let asking = RwSignal::new(false);
    let mic = recorder.mic;
    let on_change = move |ev| {
        if event_target_checked(&ev) {
            ask_for_microphone(recorder, asking, || {});
            return;
        }
        recorder.problem.set(None);
        recorder.release();
        mic.set(None);
    };
    view! {
        <label class="check">
            <input id="mock-record" type="checkbox" on:change=on_change
                prop:checked=move || mic.with(Option::is_some) || asking.get() />
            " Record my answers (kept on this device only)"
        </label>
        {move || asking.get().then(|| view! { <span class="hint" role="status">" Asking for the microphone…"</span> })}
    }
}

/// "Record my answer" for one flashcard: asks for the microphone the first time, then records
/// until stopped or the guide is shown.
#[component]
pub fn RecordAnswer(
    recorder: AnswerRecorder,
    question: &'static str,
    stop: Callback<()>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let start = move |_| {
        if recorder.mic.with_untracked(Option::is_some) {
            recorder.start(question);
        } else {
            ask_for_microphone(recorder, asking, move || recorder.start(question));
        }
    };
    view! {
        <Show when=move || recorder.on.get() fallback=move || view! {
            <button type="button" id="record-answer" class="secondary small" on:click=start disabled=move || asking.get()>
                {move || if asking.get() { "Asking for the microphone…" } else { "Record my answer" }}
            </button>
        }>
            <RecordingBar recorder stop />
        </Show>
        <RecordProblem problem=recorder.problem />
    }
}

/// Why recording stopped or what it did, as a notice.
#[component]
pub fn RecordProblem(problem: RwSignal<Option<String>>) -> impl IntoView {
    move || {
        problem
            .get()
            .map(|p| view! { <p class="notice" role="alert" id="record-problem">{p}</p> })
    }
}

/// "Recording 0:12" with the microphone's level and a stop button, while an answer records.
/// The meter's frames also move the clock.
#[component]
pub fn RecordingBar(recorder: AnswerRecorder, stop: Callback<()>) -> impl IntoView {
    let level = recorder.level;
    let elapsed_ms = move || {
        level.track();
        recorder.elapsed_ms()
    };
    view! {
        <p class="recording-bar" id="recording-bar">
            <span class="recording-dot" aria-hidden="true"></span>
            <span role="timer" aria-live="off">{move || format!("Recording {}", clock_label(elapsed_ms()))}</span>
            <label class="level"><span class="visually-hidden">"Microphone level"</span>
                <meter id="record-level" min="0" max="1" low="0.1" high="0.8" optimum="0.5" value=move || level.get()></meter>
            </label>
            <button type="button" id="stop-recording" class="secondary small" on:click=move |_| stop.run(())>
                "Stop recording " <KeyHint shortcut=Shortcut::StopRecording />
            </button>
        </p>
    }
}

/// A recording to play, loaded from the device's storage; its length against the answer time
/// when there is one ("2:41 of 3:00").
#[component]
pub fn RecordedAnswer(
    id: u32,
    ms: u32,
    #[prop(optional)] target_secs: Option<u32>,
    /// The file name to offer the audio for download under, if it is offered.
    #[prop(optional)]
    download: Option<String>,
) -> impl IntoView {
    let url = RwSignal::new(None::<String>);
    let gone = RwSignal::new(false);
    spawn_local(async move {
        match recordings::audio(id).await {
            Ok(Some(blob)) => {
                url.try_set(web_sys::Url::create_object_url_with_blob(&blob).ok());
            }
            _ => {
                gone.try_set(true);
            }
        }
    });
    on_cleanup(move || {
        if let Some(Some(address)) = url.try_get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&address);
        }
    });
    let length = match target_secs {
        Some(secs) => format!(
            "{} of {}",
            clock_label(i64::from(ms)),
            clock_label(i64::from(secs) * 1000)
        ),
        None => clock_label(i64::from(ms)),
    };
    view! {
        <div class="recorded" data-recording=id>
            <span class="recorded-length">{length}</span>
            {move || url.get().map(|src| view! { <audio class="recording" controls preload="metadata" src=src></audio> })}
            {move || url.get().zip(download.clone()).map(|(href, file)| view! {
                <a class="button secondary small" href=href download=file>"Download"</a>
            })}
            {move || gone.get().then(|| view! { <span class="hint">"This recording is no longer on this device."</span> })}
        </div>
    }
}

/// A question's recordings, newest first, each playable, downloadable and deletable.
#[component]
pub fn QuestionRecordings(question: &'static crate::bank::Question) -> impl IntoView {
    let all = RwSignal::new(None::<Result<Vec<RecordingInfo>, String>>);
    let reload = move || {
        spawn_local(async move {
            all.try_set(Some(recordings::list().await.map_err(|e| e.message())));
        });
    };
    reload();
    let delete = move |id: u32| {
        spawn_local(async move {
            match recordings::delete(id).await {
                Ok(()) => reload(),
                Err(error) => {
                    all.try_set(Some(Err(error.message())));
                }
            }
        });
    };
    let mine = move || {
        all.with(|a| match a {
            Some(Ok(list)) => list
                .iter()
                .filter(|r| r.question == question.id)
                .rev()
                .cloned()
                .collect(),
            _ => Vec::new(),
        })
    };
    view! {
        <Show when=move || !mine().is_empty() || matches!(all.get(), Some(Err(_)))>
            <section class="recordings" aria-labelledby="recordings-title">
                <h2 id="recordings-title">"Your recorded answers"</h2>
                {move || match all.get() {
                    Some(Err(why)) => Some(view! { <p class="notice" role="alert">{why}</p> }),
                    _ => None,
                }}
                <ul class="recording-list">
                    <For each=mine key=|r| r.id let:recording>
                        <RecordingItem recording delete />
                    </For>
                </ul>
                <p class="hint" id="recordings-total">{move || all.with(|a| match a {
                    Some(Ok(list)) => format!("All recordings take {} of the {} kept on this device; the oldest go first beyond that.", size_label(total_bytes(list)), size_label(RECORDINGS_CAP_BYTES)),
                    _ => String::new(),
                })}</p>
            </section>
        </Show>
    }
}

#[component]
fn RecordingItem(
    recording: RecordingInfo,
    delete: impl Fn(u32) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = recording.id;
    let extension = if recording.mime.contains("ogg") {
        "ogg"
    } else if recording.mime.contains("mp4") {
        "m4a"
    } else {
        "webm"
    };
    let file = format!(
        "interview-deck-{}-{}.{extension}",
        recording.question, recording.at
    );
    view! {
        <li data-recording=id>
            <span>{local_time(recording.at)}</span>
            <span>{format!(" · {} · {}", clock_label(i64::from(recording.ms)), size_label(recording.bytes))}</span>
            <RecordedAnswer id ms=recording.ms download=file />
            <span class="actions-inline">
                <button type="button" class="secondary small delete-recording" on:click=move |_| delete(id)>"Delete"</button>
            </span>
        </li>
    }
}
