//! A question's card in the app's lists: the shared card with its status and star.

use crate::bank::Question;
use crate::components::status::{StarButton, StatusBadge};
use crate::views::list;
use leptos::prelude::*;

/// The card of `question`, with what the user's progress says of it.
#[component]
pub fn QuestionCard(question: &'static Question) -> impl IntoView {
    let id = question.id;
    view! {
        <list::QuestionCard
            question
            status=move || view! { <StatusBadge id /> }
            star=move || view! { <StarButton id /> }
        />
    }
}
