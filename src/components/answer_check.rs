//! A typed answer checked against a question's key points: the box to type it in, and the
//! matcher's suggestions (`review::Matcher`) for the self-check to pre-tick.

use crate::bank::Question;
use crate::progress::NoteVersion;
use crate::review::{Matcher, PointMatch};
use crate::state::Deck;
use leptos::prelude::*;

/// Which of `question`'s key points `answer` covers; empty while the answer is blank or the
/// guide has not arrived.
pub fn suggestions(question: &'static Question, answer: Signal<String>) -> Signal<Vec<PointMatch>> {
    let deck = expect_context::<Deck>();
    let matcher = StoredValue::new(Matcher::for_question(question));
    Memo::new(move |_| {
        deck.guides().track();
        answer.with(|text| matcher.with_value(|m| m.check(question, text)))
    })
    .into()
}

/// What the self-check matches for `question`: the answer `typed` for it, or else the user's
/// saved own answer to it.
pub fn typed_or_own(question: &'static Question, typed: Signal<String>) -> Signal<String> {
    let deck = expect_context::<Deck>();
    Signal::derive(move || {
        let text = typed.get();
        if !text.trim().is_empty() {
            return text;
        }
        deck.notes()
            .with(|n| n.current(question.id).map(NoteVersion::text))
            .unwrap_or_default()
    })
}

/// The optional box to type an answer in, before or instead of saying it.
#[component]
pub fn TypedAnswer(answer: RwSignal<String>) -> impl IntoView {
    view! {
        <label class="field typed-answer">
            <span>"Type your answer (optional): the key points it covers will be suggested in the self-check"</span>
            <textarea
                id="typed-answer"
                rows="4"
                prop:value=move || answer.get()
                on:input=move |ev| answer.set(event_target_value(&ev))
            ></textarea>
        </label>
    }
}
