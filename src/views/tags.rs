//! The small labels that say what kind of question something is.

use crate::bank::{Category, Topic};
use leptos::prelude::*;

/// The category as a coloured badge; the colour is only a hint, the word is always there.
#[component]
pub fn CategoryBadge(category: Category) -> impl IntoView {
    view! { <span class=format!("badge badge-{}", category.slug())>{category.label()}</span> }
}

/// The topics of a question, main topic first.
#[component]
pub fn TopicList(topics: &'static [&'static Topic]) -> impl IntoView {
    view! {
        <ul class="topics" aria-label="Topics">
            {topics.iter().map(|t| view! { <li>{t.label}</li> }).collect_view()}
        </ul>
    }
}
