//! The star (bookmark) toggle's markup.

use leptos::prelude::*;

/// A toggle drawn by the stylesheet from `aria-pressed`: one reactive attribute, so a list of
/// cards builds fast. The pre-rendered page shows it unpressed, so the app's takes its place
/// without moving anything.
#[component]
pub fn StarToggle(#[prop(into)] starred: Signal<bool>, on_toggle: Callback<()>) -> impl IntoView {
    view! {
        <button class="star" title="Star this question" aria-pressed=move || starred.get().to_string() on:click=move |_| on_toggle.run(())>
            <span class="visually-hidden">"Starred"</span>
        </button>
    }
}
