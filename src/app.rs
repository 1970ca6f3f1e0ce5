//! The app shell: header, routes and footer.

use crate::components::keyboard::KeyHint;
use crate::components::notices::Notices;
use crate::components::shortcuts_help::ShortcutsHelp;
use crate::pages::{
    home::Home, mock::MockPage, not_found::NotFound, practice::PracticePage, print::PrintPage,
    question::QuestionPage, questions::QuestionList, set::SetPage, settings::SettingsPage,
    stats::StatsPage, stories::StoriesPage, tailor::TailorPage,
};
use crate::paths::base;
use crate::routes::Page;
use crate::shortcuts::Shortcut;
use crate::state::Deck;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{ParamSegment, StaticSegment};

/// The whole app. The router's base comes from the page's `<base href>`, so one build serves
/// any sub-path. The user's progress is loaded once here and shared as a context.
#[component]
pub fn App() -> impl IntoView {
    provide_context(Deck::load());
    let shortcuts = RwSignal::new(false);
    view! {
        <Router base=base()>
            <PageTitle />
            <header class="site-header">
                <nav class="nav" aria-label="Main">
                    <a class="brand" href=Page::Home.link().href()>"Interview Deck"</a>
                    {Page::ALL.into_iter().filter(|p| p.in_nav()).map(|page| view! { <NavLink page /> }).collect_view()}
                </nav>
            </header>
            <Notices />
            <main id="main">
                <Routes fallback=|| view! { <NotFound /> }>
                    // Paths come from the route table; a page's segment is never written here.
                    <Route path=StaticSegment(Page::Home.segment()) view=Home />
                    <Route path=StaticSegment(Page::Questions.segment()) view=QuestionList />
                    <Route path=(StaticSegment(Page::Question.segment()), ParamSegment("id")) view=QuestionPage />
                    <Route path=StaticSegment(Page::Practice.segment()) view=PracticePage />
                    <Route path=StaticSegment(Page::Mock.segment()) view=MockPage />
                    <Route path=StaticSegment(Page::Stories.segment()) view=StoriesPage />
                    <Route path=StaticSegment(Page::Settings.segment()) view=SettingsPage />
                    <Route path=StaticSegment(Page::Stats.segment()) view=StatsPage />
                    <Route path=StaticSegment(Page::Tailor.segment()) view=TailorPage />
                    <Route path=StaticSegment(Page::Set.segment()) view=SetPage />
                    <Route path=StaticSegment(Page::Print.segment()) view=PrintPage />
                </Routes>
            </main>
            <footer class="site-footer">
                <p>"Free and offline: your progress stays in this browser and nothing is sent anywhere."</p>
                <p>
                    <button type="button" class="link" id="shortcuts-open" on:click=move |_| shortcuts.set(true)>
                        "Keyboard shortcuts " <KeyHint shortcut=Shortcut::Help />
                    </button>
                </p>
            </footer>
            <ShortcutsHelp open=shortcuts />
        </Router>
    }
}

/// Keeps the browser tab's title on the page shown (the question's own title on its page).
#[component]
fn PageTitle() -> impl IntoView {
    let location = use_location();
    Effect::new(move |_| {
        let title = location.pathname.with(|path| {
            let path = path.strip_prefix(base()).unwrap_or(path);
            Page::title_of_path(path)
        });
        document().set_title(&title);
    });
}

/// A main-navigation link that tells assistive technology when it is the current page.
#[component]
fn NavLink(page: Page) -> impl IntoView {
    let location = use_location();
    let label = page.label();
    let target = page.link().href();
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
