//! `/print?…`: the study sheet of the set in the URL, with the user's own answers.

use crate::components::scope::use_scope;
use crate::components::with_guides::WithGuides;
use crate::state::Deck;
use crate::views::print::StudySheet;
use leptos::prelude::*;

#[component]
pub fn PrintPage() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let scope = use_scope();
    let questions = Memo::new(move |_| scope.with(|s| deck.select(s)));
    let with_answers = RwSignal::new(false);
    let answer = Callback::new(move |id: &'static str| {
        deck.notes()
            .with(|n| n.current(id).map(|v| v.parts.join("\n\n")))
    });
    let all: Signal<Vec<_>> = questions.into();
    view! {
        <WithGuides questions=all heading="Study sheet">
            <StudySheet questions with_answers answer />
        </WithGuides>
    }
}
