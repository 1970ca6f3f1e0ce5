//! The frame of every page: the main navigation and the footer.

use crate::routes::Page;
use crate::shortcuts::Shortcut;
use crate::views::key_hint::KeyHint;
use leptos::prelude::*;

/// The header with the main navigation; `current` is the page shown, marked for assistive
/// technology.
#[component]
pub fn SiteHeader(#[prop(into)] current: Signal<Option<Page>>) -> impl IntoView {
    view! {
        <header class="site-header">
            <nav class="nav" aria-label="Main">
                <a class="brand" href=Page::Home.link().href()>"Interview Deck"</a>
                {Page::ALL
                    .into_iter()
                    .filter(|page| page.in_nav())
                    .map(|page| {
                        let here = move || (current.get() == Some(page)).then_some("page");
                        view! { <a href=page.link().href() aria-current=here>{page.label()}</a> }
                    })
                    .collect_view()}
            </nav>
        </header>
    }
}

/// The footer; `on_shortcuts` opens the list of keyboard shortcuts.
#[component]
pub fn SiteFooter(on_shortcuts: Callback<()>) -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>"Free and offline: your progress stays in this browser and nothing is sent anywhere."</p>
            <p>
                <button type="button" class="link" id="shortcuts-open" on:click=move |_| on_shortcuts.run(())>
                    "Keyboard shortcuts " <KeyHint shortcut=Shortcut::Help />
                </button>
            </p>
        </footer>
    }
}
