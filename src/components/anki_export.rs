//! "Export to Anki": the set on screen as a file Anki imports (`bank::anki`), once every guide
//! it needs has arrived.

use crate::bank::anki::anki_file;
use crate::bank::chunks::chunks_of;
use crate::bank::Question;
use crate::clock::now;
use crate::components::download::download_text;
use crate::guides::Status;
use crate::review::format_date;
use crate::state::Deck;
use crate::text::plural;
use leptos::prelude::*;

/// The button, and what the export is doing or did.
#[component]
pub fn AnkiExport(#[prop(into)] questions: Signal<Vec<&'static Question>>) -> impl IntoView {
    let deck = expect_context::<Deck>();
    let pending = RwSignal::new(None::<Vec<&'static Question>>);
    let said = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let Some(set) = pending.get() else { return };
        let needed = chunks_of(set.iter().copied());
        match deck.guides().status(&needed) {
            Status::Ready => {
                pending.set(None);
                let name = format!("interview-deck-anki-{}.txt", format_date(now().today()));
                said.set(Some(if download_text(&name, &anki_file(&set)) {
                    format!(
                        "Exported {} to {name}: in Anki, File → Import.",
                        plural(set.len() as i64, "question", "questions")
                    )
                } else {
                    String::from("The browser refused the download; nothing was exported.")
                }));
            }
            Status::Loading { here, of } => {
                said.set(Some(format!("Loading the answer guides ({here} of {of})…")))
            }
            Status::Failed(failure) => {
                pending.set(None);
                said.set(Some(format!("Nothing was exported: {}", failure.message())));
            }
        }
    });
    let start = move |_| {
        let set = questions.get_untracked();
        deck.guides().want(&chunks_of(set.iter().copied()));
        pending.set(Some(set));
    };
    view! {
        <button type="button" class="secondary" id="anki-export" on:click=start
            disabled=move || pending.with(Option::is_some) || questions.with(Vec::is_empty)>"Export to Anki"</button>
        <span class="hint" role="status" id="anki-status">{move || said.get()}</span>
    }
}
