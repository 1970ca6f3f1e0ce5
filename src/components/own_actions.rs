//! What the page of an own question adds: edit, delete (with undo) and export; and what the
//! page of a deleted one shows: that it was deleted, and a way back.

use crate::bank::Question;
use crate::clock::local_time;
use crate::components::markdown_export::download_question;
use crate::routes::{Link, Page};
use crate::state::Deck;
use leptos::prelude::*;

/// Edit, delete and "Export as Markdown" on an own question's page.
#[component]
pub fn OwnActions(question: &'static Question) -> impl IntoView {
    let deck = expect_context::<Deck>();
    let id = question.id;
    let said = RwSignal::new(None::<&'static str>);
    let export = move |_| {
        said.set(Some(if download_question(question) {
            "Saved as a Markdown question file: propose it to the bank by pull request."
        } else {
            "The browser refused the download."
        }));
    };
    view! {
        <p class="actions own-actions">
            <a class="button secondary" id="own-edit" href=Link::edit(id).href()>"Edit"</a>
            <button type="button" class="secondary" id="own-delete" on:click=move |_| deck.delete_own(id)>"Delete"</button>
            <button type="button" class="secondary" id="own-markdown" on:click=export>"Export as Markdown"</button>
            <span class="hint" role="status">{move || said.get()}</span>
        </p>
    }
}

/// The page of an own question that was deleted: when, and "Undo" (restore). Its reviews and
/// notes were never removed, so they come back with it.
#[component]
pub fn DeletedQuestion(id: String) -> impl IntoView {
    let deck = expect_context::<Deck>();
    let problem = RwSignal::new(None::<String>);
    let record = {
        let id = id.clone();
        move || deck.own().with(|own| own.questions.get(&id).cloned())
    };
    let restore = {
        let id = id.clone();
        move |_| {
            if let Err(why) = deck.restore_own(&id) {
                problem.set(Some(format!("Not restored: {why}.")));
            }
        }
    };
    view! {
        <section class="card deleted-question" role="status" id="own-deleted">
            <h1>"Question deleted"</h1>
            <p>
                {move || record().map(|r| format!(
                    "\u{201c}{}\u{201d} was deleted {}. Its reviews and notes are kept.",
                    r.title,
                    r.deleted.map_or_else(String::new, |at| format!("on {}", local_time(at)))
                ))}
            </p>
            <p class="actions">
                <button type="button" id="own-restore" on:click=restore>"Undo: restore it"</button>
                <a class="button secondary" href=Page::Questions.link().href()>"Back to the questions"</a>
            </p>
            {move || problem.get().map(|p| view! { <p class="error" role="alert">{p}</p> })}
        </section>
    }
}
