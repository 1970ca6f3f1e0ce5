//! What an unknown address shows: never a blank page.

use crate::routes::Page;
use leptos::prelude::*;

/// The page for an unknown path, or (with `what`) for a question id that does not exist.
#[component]
pub fn NotFound(#[prop(optional, into)] what: Option<String>) -> impl IntoView {
    let message = what.unwrap_or_else(|| "There is no page at this address.".to_string());
    view! {
        <section class="not-found" aria-labelledby="not-found-title">
            <h1 id="not-found-title">"Not found"</h1>
            <p>{message}</p>
            <p>
                <a class="button" href=Page::Questions.link().href()>"Browse all questions"</a>
                " "
                <a class="button secondary" href=Page::Home.link().href()>"Home"</a>
            </p>
        </section>
    }
}
