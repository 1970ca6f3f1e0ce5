//! `/set?…`: any set of questions (a filter, a ranking, a hand-picked list) as a link that
//! reproduces it, with ways to practise it.

use crate::bank::question_by_id;
use crate::components::anki_export::AnkiExport;
use crate::components::question_card::QuestionCard;
use crate::components::scope::use_scope;
use crate::routes::{Link, Page, PrintLayout};
use crate::state::Deck;
use crate::text::plural;
use leptos::prelude::*;

#[component]
pub fn SetPage() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let scope = use_scope();
    let questions = Memo::new(move |_| scope.with(|s| deck.select(s)));
    // A set may name the sender's own questions, whose text stays on the sender's device.
    let missing = move || {
        deck.own_questions().track();
        scope.with(|s| s.missing_own(|id| question_by_id(id).is_some()))
    };
    let to = move |page: Page| scope.with(|s| page.link().scoped(s)).href();
    let link = move || {
        format!(
            "{}{}",
            window().location().origin().unwrap_or_default(),
            to(Page::Set)
        )
    };
    view! {
        <h1>{move || format!("A set of {}", plural(questions.with(Vec::len) as i64, "question", "questions"))}</h1>
        <p class="actions">
            <a class="button" id="set-practise" href=move || to(Page::Practice)>"Practise this set"</a>
            <a class="button secondary" href=move || to(Page::Mock)>"Mock interview"</a>
            <AnkiExport questions />
            <a class="button secondary" id="set-print" href=move || scope.with(|s| Link::print(s, PrintLayout::Guide)).href()>"Print these"</a>
        </p>
        {move || (missing() > 0).then(|| view! {
            <p class="notice" role="status" id="set-missing-own">
                {format!(
                    "{} of this set {} the sender's own, written on their device: a link carries which questions are in a set, not their text, so {} not included here.",
                    plural(missing() as i64, "question", "questions"),
                    if missing() == 1 { "is" } else { "are" },
                    if missing() == 1 { "it is" } else { "they are" },
                )}
            </p>
        })}
        <label class="field"><span>"Link to share this set"</span>
            <input id="set-link" type="text" readonly prop:value=link on:focus=|ev| {
                if let Some(input) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok()) {
                    input.select();
                }
            } />
        </label>
        <ul class="question-list">
            <For each=move || questions.get() key=|q| q.id let:question>
                <QuestionCard question />
            </For>
        </ul>
    }
}
