//! One question in a list: enough to recognise it and decide to open it.

use crate::bank::Question;
use crate::components::status::{StarButton, StatusBadge};
use crate::components::tags::{CategoryBadge, TopicList};
use crate::routes::Link;
use leptos::prelude::*;

/// A question as a card: number, title (the link), category, status, star, topics and why it
/// is asked.
#[component]
pub fn QuestionCard(question: &'static Question) -> impl IntoView {
    view! {
        <li class="card question-card" data-id=question.id>
            <p class="card-meta">
                <span class="number">"Q" {question.number}</span>
                <CategoryBadge category=question.category />
                <StatusBadge id=question.id />
            </p>
            <div class="title-row">
                <h2 class="card-title">
                    <a href=Link::question(question.id).href()>{question.title()}</a>
                </h2>
                <StarButton id=question.id />
            </div>
            <TopicList topics=question.topics />
            <p class="why"><span class="why-label">"Why they ask this: "</span>{question.why()}</p>
        </li>
    }
}
