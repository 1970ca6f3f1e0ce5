//! `/settings`: the interview date, backup and restore, persistent storage, and reset.

use crate::clock::{local_time, now};
use crate::components::download::export_everything;
use crate::components::read_aloud::{ReadAloudButton, ReadAloudToggle};
use crate::progress::{
    decode_backup, plan_import, size_label, total_bytes, ImportMode, ImportPlan, MAX_IMPORT_BYTES,
    RECORDINGS_CAP_BYTES,
};
use crate::review::{format_date, parse_date};
use crate::speech::speech;
use crate::state::Deck;
use crate::storage::recordings;
use crate::text::plural;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;

/// All the settings sections.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <h1>"Settings and backup"</h1>
        <InterviewDate />
        <SpeechSection />
        <RecordingsSection />
        <BackupSection />
        <PersistSection />
        <ResetSection />
    }
}

#[component]
fn InterviewDate() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let value = move || {
        deck.settings()
            .with(|s| s.interview_day.map(format_date).unwrap_or_default())
    };
    let on_change = move |ev| {
        let day = parse_date(&event_target_value(&ev));
        deck.change_settings(|s| s.interview_day = day);
    };
    view! {
        <section aria-labelledby="date-title">
            <h2 id="date-title">"Interview date"</h2>
            <p class="hint">"Until that day, no interval reaches past it: everything you have studied comes back at least once before the interview."</p>
            <label class="field"><span>"Date of your interview"</span>
                <input id="interview-date" type="date" prop:value=value on:change=on_change /></label>
            <button type="button" class="secondary small" on:click=move |_| deck.change_settings(|s| s.interview_day = None)>"Clear the date"</button>
        </section>
    }
}

/// Reading questions aloud: on or off in mocks, the voice and the rate. Only the device's own
/// voices are offered; where it has none, the section says so instead.
#[component]
fn SpeechSection() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let controls = move || {
        let Some(speech) = speech().filter(|s| s.available()) else {
            return view! {
                <p class="hint" id="speech-unavailable">"This browser has no voice to read questions aloud with, so mocks stay silent. Voices come with the operating system; where one is installed, the controls appear here."</p>
            }
            .into_any();
        };
        let on_voice = move |ev| {
            let name = event_target_value(&ev);
            deck.change_settings(|s| s.voice = (!name.is_empty()).then_some(name));
        };
        let on_rate = move |ev| {
            if let Ok(rate) = event_target_value(&ev).parse::<f64>() {
                deck.change_settings(|s| {
                    s.speech_rate = rate;
                    *s = s.clone().clamped();
                });
            }
        };
        view! {
            <ReadAloudToggle id="setting-read-aloud" />
            <label class="field"><span>"Voice"</span>
                <select id="setting-voice" on:change=on_voice
                    prop:value=move || deck.settings().with(|s| s.voice.clone().unwrap_or_default())>
                    <option value="">"The device's default"</option>
                    {move || speech.voices().into_iter().map(|v| {
                        let label = format!("{} ({})", v.name, v.lang);
                        view! { <option value=v.name>{label}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="field"><span>"Speed"</span>
                <select id="setting-rate" on:change=on_rate
                    prop:value=move || deck.settings().with(|s| format!("{:.2}", s.speech_rate))>
                    <option value="0.75">"Slower"</option>
                    <option value="1.00">"Normal"</option>
                    <option value="1.25">"Faster"</option>
                    <option value="1.50">"Fast"</option>
                </select>
            </label>
            <ReadAloudButton text="Tell me about a time you disagreed with a technical decision.".to_string() />
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="speech-title">
            <h2 id="speech-title">"Reading aloud"</h2>
            {controls}
        </section>
    }
}

/// How much the recorded answers take, and deleting them all. They stay on this device and
/// are not in the backup file.
#[component]
fn RecordingsSection() -> impl IntoView {
    let state = RwSignal::new(None::<Result<(usize, u64), String>>);
    let count = move || {
        spawn_local(async move {
            let found = recordings::list().await;
            state.try_set(Some(
                found
                    .map(|list| (list.len(), total_bytes(&list)))
                    .map_err(|e| e.message()),
            ));
        });
    };
    count();
    let delete_all = move |_| {
        spawn_local(async move {
            if let Err(error) = recordings::delete_all().await {
                state.try_set(Some(Err(error.message())));
                return;
            }
            count();
        });
    };
    view! {
        <section aria-labelledby="recordings-title">
            <h2 id="recordings-title">"Recorded answers"</h2>
            <p class="hint">"Mocks can record your spoken answers. Recordings stay on this device: they are not sent anywhere and not part of the backup file; download one from its question's page to keep it."</p>
            <p id="recordings-size" role="status">{move || match state.get() {
                None => String::from("Counting…"),
                Some(Ok((n, bytes))) => format!("{}, {} of the {} kept at most.", plural(n as i64, "recording", "recordings"), size_label(bytes), size_label(RECORDINGS_CAP_BYTES)),
                Some(Err(why)) => why,
            }}</p>
            <button type="button" class="danger" id="delete-recordings" on:click=delete_all
                disabled=move || !matches!(state.get(), Some(Ok((n, _))) if n > 0)>"Delete all recordings"</button>
        </section>
    }
}

/// Export, and import with a preview of what will change.
#[component]
fn BackupSection() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let error = RwSignal::new(None::<String>);
    let plans = RwSignal::new(None::<(ImportPlan, ImportPlan)>);
    let mode = RwSignal::new(ImportMode::Merge);
    let done = RwSignal::new(None::<String>);
    let input = NodeRef::<leptos::html::Input>::new();

    let on_file = move |ev: leptos::ev::Event| {
        error.set(None);
        plans.set(None);
        done.set(None);
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        if file.size() > MAX_IMPORT_BYTES as f64 {
            error.set(Some(format!(
                "“{}” is {:.1} MB; a backup is never more than 10 MB. Nothing was changed.",
                file.name(),
                file.size() / 1_048_576.0
            )));
            return;
        }
        let name = file.name();
        if let Some(reason) = deck.read_only_reason() {
            error.set(Some(format!(
                "“{name}” cannot be imported: {reason}. Nothing was changed."
            )));
            return;
        }
        spawn_local(async move {
            let text = match JsFuture::from(file.text()).await {
                Ok(text) => text.as_string().unwrap_or_default(),
                Err(_) => {
                    error.set(Some(format!(
                        "“{name}” could not be read. Nothing was changed."
                    )));
                    return;
                }
            };
            match decode_backup(&text, now().now) {
                Ok(incoming) => {
                    let current = deck.backup();
                    plans.set(Some((
                        plan_import(&current, &incoming, ImportMode::Merge),
                        plan_import(&current, &incoming, ImportMode::Replace),
                    )));
                }
                Err(problem) => error.set(Some(format!(
                    "“{name}” cannot be imported: {problem}. Nothing was changed."
                ))),
            }
        });
    };
    let apply = move |_| {
        let Some((merge, replace)) = plans.get_untracked() else {
            return;
        };
        let plan = if mode.get_untracked() == ImportMode::Merge {
            merge
        } else {
            replace
        };
        if mode.get_untracked() == ImportMode::Replace && !export_everything(deck) {
            error.set(Some(
                "The automatic export of your current data failed, so nothing was replaced.".into(),
            ));
            return;
        }
        if let Err(reason) = deck.replace_all(plan.result) {
            error.set(Some(format!("Nothing was imported: {reason}.")));
            return;
        }
        plans.set(None);
        if let Some(input) = input.get() {
            input.set_value("");
        }
        done.set(Some("Imported.".into()));
    };
    let describe = |plan: &ImportPlan| {
        format!(
            "{} cards added, {} changed; {} reviews added{}; {} notes added, {} changed; {} stories, {} mocks and {} of your own questions added.",
            plan.cards_added,
            plan.cards_changed,
            plan.reviews_added,
            if plan.reviews_removed > 0 { format!(", {} removed", plan.reviews_removed) } else { String::new() },
            plan.notes_added,
            plan.notes_changed,
            plan.stories_added,
            plan.mocks_added,
            plan.own_added
        )
    };
    let last_export = move || {
        deck.settings().with(|s| {
            s.last_export.map_or_else(
                || "You have not exported yet.".to_string(),
                |at| format!("Last export: {}.", local_time(at)),
            )
        })
    };

    view! {
        <section aria-labelledby="backup-title">
            <h2 id="backup-title">"Backup and restore"</h2>
            <p>"Your progress lives only in this browser. Export it to keep a copy or move it to another device."</p>
            <p class="hint">{last_export}</p>
            <button id="export" type="button" on:click=move |_| { export_everything(deck); }>"Export everything"</button>
            <label class="field import-field"><span>"Import a backup file"</span>
                <input id="import-file" type="file" accept="application/json,.json" node_ref=input on:change=on_file /></label>
            {move || error.get().map(|e| view! { <p class="notice" role="alert" id="import-error">{e}</p> })}
            {move || done.get().map(|d| view! { <p class="done" role="status" id="import-done">{d}</p> })}
            {move || plans.get().map(|(merge, replace)| view! {
                <div class="card import-plan" id="import-plan">
                    <fieldset>
                        <legend>"How to import"</legend>
                        <label class="check"><input type="radio" name="mode" prop:checked=move || mode.get() == ImportMode::Merge on:change=move |_| mode.set(ImportMode::Merge) />
                            " Merge (recommended): keep everything from both. " {describe(&merge)}</label>
                        <label class="check"><input type="radio" name="mode" id="mode-replace" prop:checked=move || mode.get() == ImportMode::Replace on:change=move |_| mode.set(ImportMode::Replace) />
                            " Replace: use only the file (your current data is exported first). " {describe(&replace)}</label>
                    </fieldset>
                    <button id="import-apply" type="button" on:click=apply>"Import"</button>
                    <button type="button" class="secondary" on:click=move |_| plans.set(None)>"Cancel"</button>
                </div>
            })}
        </section>
    }
}

/// Asks the browser not to evict the data under storage pressure.
#[component]
fn PersistSection() -> impl IntoView {
    let status = RwSignal::new(String::new());
    let ask = move |_| {
        let Ok(promise) = window().navigator().storage().persist() else {
            status.set("This browser does not offer persistent storage.".into());
            return;
        };
        spawn_local(async move {
            let granted = JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            status.set(if granted {
                "Granted: the browser will not clear this data to free space.".into()
            } else {
                "Not granted: the browser may clear site data when space runs low. Export regularly.".into()
            });
        });
    };
    view! {
        <section aria-labelledby="persist-title">
            <h2 id="persist-title">"Keep my data"</h2>
            <button type="button" class="secondary" on:click=ask>"Ask the browser to keep this data"</button>
            <p role="status">{move || status.get()}</p>
        </section>
    }
}

/// Deletes everything, behind a typed confirmation.
#[component]
fn ResetSection() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let typed = RwSignal::new(String::new());
    let done = RwSignal::new(None::<String>);
    let reset = move |_| {
        let outcome = deck.replace_all(Default::default());
        typed.set(String::new());
        done.set(Some(match outcome {
            Ok(()) => "Everything was deleted.".to_string(),
            Err(reason) => format!("Nothing was deleted: {reason}."),
        }));
    };
    view! {
        <section aria-labelledby="reset-title">
            <h2 id="reset-title">"Reset everything"</h2>
            <p>"Deletes all progress, notes, stories, mocks and settings in this browser. Export first if you may want them back."</p>
            <label class="field"><span>"Type RESET to confirm"</span>
                <input id="reset-confirm" type="text" autocomplete="off" prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev)) /></label>
            <button id="reset" type="button" class="danger" disabled=move || typed.get() != "RESET" on:click=reset>"Delete everything"</button>
            <p role="status">{move || done.get()}</p>
        </section>
    }
}
