//! The user's own answer to a question: autosaved, versioned, plain text.

use crate::bank::{Category, Question};
use crate::clock::{local_time, now};
use crate::progress::{NoteVersion, STAR_FIELDS};
use crate::state::Deck;
use leptos::prelude::*;
use std::time::Duration;

/// How long typing must pause before the note is saved.
const SAVE_DELAY: Duration = Duration::from_millis(600);

fn blank(star: bool) -> Vec<String> {
    vec![String::new(); if star { STAR_FIELDS.len() } else { 1 }]
}

/// Turns a note into the other shape: free text goes into Situation; STAR(R) parts become
/// labelled paragraphs. Nothing the user wrote is dropped.
fn reshape(parts: &[String], to_star: bool) -> Vec<String> {
    if to_star {
        let mut star = blank(true);
        star[0] = parts.join("\n\n");
        star
    } else {
        let text = STAR_FIELDS
            .iter()
            .zip(parts)
            .filter(|(_, p)| !p.trim().is_empty())
            .map(|(label, p)| format!("{label}: {p}"))
            .collect::<Vec<_>>()
            .join("\n\n");
        vec![text]
    }
}

/// Where the editor will be, drawn while the user's data is still on its way (a question's
/// page shows before it): the empty editor's shape, so the page below does not move when it
/// arrives, with nothing to type into yet.
#[component]
pub fn NoteEditorPlaceholder(question: &'static Question) -> impl IntoView {
    let offers_star = question.category != Category::Technical;
    view! {
        <section class="note" aria-busy="true" aria-labelledby="note-loading">
            <h2 id="note-loading">"Your answer"</h2>
            {offers_star.then(|| view! {
                <label class="check"><input type="checkbox" disabled /> " Use the STAR(R) template"</label>
            })}
            <label class="field">
                <span>"Your answer, in your words"</span>
                <textarea rows="6" disabled></textarea>
            </label>
            <p class="save-status" role="status">"Loading your notes…"</p>
        </section>
    }
}

/// A text area (or the five STAR(R) fields, for behavioral and situational questions), saved
/// a moment after typing stops, with the last ten earlier versions to look at and restore.
#[component]
pub fn NoteEditor(question: &'static Question) -> impl IntoView {
    let deck = expect_context::<Deck>();
    let id = question.id;
    let offers_star = question.category != Category::Technical;
    let stored = deck.notes().with_untracked(|n| n.current(id).cloned());
    let parts = RwSignal::new(
        stored
            .as_ref()
            .map(|v| v.parts.clone())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| blank(false)),
    );
    let pending = RwSignal::new(false);
    let timer = StoredValue::new(None::<TimeoutHandle>);

    let cancel_timer = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    let save = move || {
        cancel_timer();
        let Some(text) = parts.try_get_untracked() else {
            return;
        };
        deck.change_notes(|n| n.save(id, text, now().now));
        pending.try_set(false);
    };
    // What was typed is saved when the editor goes away (the user moved on) or the page is
    // hidden (tab closed, app switched), not only after the typing pause.
    let save_if_pending = move || {
        if pending.try_get_untracked() == Some(true) {
            save();
        }
    };
    on_cleanup(save_if_pending);
    let hidden = window_event_listener(leptos::ev::pagehide, move |_| save_if_pending());
    on_cleanup(move || hidden.remove());
    let edit = move |index: usize, value: String| {
        parts.update(|p| {
            if let Some(part) = p.get_mut(index) {
                *part = value;
            }
        });
        pending.set(true);
        cancel_timer();
        timer.set_value(set_timeout_with_handle(save, SAVE_DELAY).ok());
    };
    let set_star = move |on: bool| {
        parts.update(|p| *p = reshape(p, on));
        save();
    };
    let restore = move |version: NoteVersion| {
        deck.change_notes(|n| {
            n.restore(id, version.at, now().now);
        });
        parts.set(version.parts);
    };
    let status = move || {
        if pending.get() {
            return "Saving…".to_string();
        }
        deck.notes().with(|n| {
            n.current(id).map_or_else(
                || "Not written yet".to_string(),
                |v| format!("Saved · last edited {}", local_time(v.at)),
            )
        })
    };
    let earlier = move || {
        deck.notes()
            .with(|n| n.earlier(id).into_iter().cloned().collect::<Vec<_>>())
    };

    view! {
        <section class="note" aria-labelledby=format!("note-{id}")>
            <h2 id=format!("note-{id}")>"Your answer"</h2>
            <Show when=move || offers_star>
                <label class="check">
                    <input
                        type="checkbox"
                        class="star-template"
                        prop:checked=move || parts.with(|p| p.len() == STAR_FIELDS.len())
                        on:change=move |ev| set_star(event_target_checked(&ev))
                    />
                    " Use the STAR(R) template"
                </label>
            </Show>
            {move || {
                let shape = parts.with(Vec::len);
                (0..shape)
                    .map(|index| {
                        let label = match STAR_FIELDS.get(index) {
                            Some(field) if shape == STAR_FIELDS.len() => field.to_string(),
                            _ => "Your answer, in your words".to_string(),
                        };
                        view! {
                            <label class="field">
                                <span>{label}</span>
                                <textarea
                                    class="note-text"
                                    rows=if shape == 1 { "6" } else { "3" }
                                    prop:value=move || parts.with(|p| p.get(index).cloned().unwrap_or_default())
                                    on:input=move |ev| edit(index, event_target_value(&ev))
                                ></textarea>
                            </label>
                        }
                    })
                    .collect_view()
            }}
            <p class="save-status" role="status">{status}</p>
            <Show when=move || !earlier().is_empty()>
                <details class="versions">
                    <summary>{move || format!("Earlier versions ({})", earlier().len())}</summary>
                    <ol>
                        {move || earlier().into_iter().map(|version| {
                            let when = local_time(version.at);
                            let text = version.text();
                            view! {
                                <li>
                                    <p class="version-meta">{when}</p>
                                    <p class="note-view">{text}</p>
                                    <button type="button" class="secondary small" on:click=move |_| restore(version.clone())>
                                        "Restore this version"
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </details>
            </Show>
        </section>
    }
}
