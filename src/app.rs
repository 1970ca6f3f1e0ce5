//! The app shell: header, routes and footer.

use crate::components::notices::Notices;
use crate::components::shortcuts_help::ShortcutsHelp;
use crate::pages::{
    home::Home, mock::MockPage, not_found::NotFound, practice::PracticePage, print::PrintPage,
    question::QuestionPage, questions::QuestionList, set::SetPage, settings::SettingsPage,
    stats::StatsPage, stories::StoriesPage, tailor::TailorPage,
};
use crate::paths::{base, href};
use crate::state::Deck;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

/// The whole app. The router's base comes from the page's `<base href>`, so one build serves
/// any sub-path. The user's progress is loaded once here and shared as a context.
#[component]
pub fn App() -> impl IntoView {
    provide_context(Deck::load());
    let shortcuts = RwSignal::new(false);
    view! {
        <Router base=base()>
            <header class="site-header">
                <nav class="nav" aria-label="Main">
                    <a class="brand" href=href("/")>"Interview Deck"</a>
                    <NavLink path="/questions" label="Questions" />
                    <NavLink path="/practice" label="Practice" />
                    <NavLink path="/mock" label="Mock" />
                    <NavLink path="/stories" label="Stories" />
                    <NavLink path="/tailor" label="Tailor" />
                    <NavLink path="/stats" label="Stats" />
                    <NavLink path="/settings" label="Settings" />
                </nav>
            </header>
            <Notices />
            <main id="main">
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/questions") view=QuestionList />
                    <Route path=path!("/q/:id") view=QuestionPage />
                    <Route path=path!("/practice") view=PracticePage />
                    <Route path=path!("/mock") view=MockPage />
                    <Route path=path!("/stories") view=StoriesPage />
                    <Route path=path!("/settings") view=SettingsPage />
                    <Route path=path!("/stats") view=StatsPage />
                    <Route path=path!("/tailor") view=TailorPage />
                    <Route path=path!("/set") view=SetPage />
                    <Route path=path!("/print") view=PrintPage />
                </Routes>
            </main>
            <footer class="site-footer">
                <p>"Free and offline: your progress stays in this browser and nothing is sent anywhere."</p>
                <p>
                    <button type="button" class="link" id="shortcuts-open" on:click=move |_| shortcuts.set(true)>
                        "Keyboard shortcuts " <kbd>"?"</kbd>
                    </button>
                </p>
            </footer>
            <ShortcutsHelp open=shortcuts />
        </Router>
    }
}

/// A main-navigation link that tells assistive technology when it is the current page.
#[component]
fn NavLink(path: &'static str, label: &'static str) -> impl IntoView {
    let location = use_location();
    let target = href(path);
    let current = {
        let target = target.clone();
        move || {
            location
                .pathname
                .with(|p| p.starts_with(&target))
                .then_some("page")
        }
    };
    view! { <a href=target aria-current=current>{label}</a> }
}
