//! The app shell: header, routes and footer.

use crate::components::notices::Notices;
use crate::components::shortcuts_help::ShortcutsHelp;
use crate::pages::{
    home::Home, mock::MockPage, not_found::NotFound, practice::PracticePage, print::PrintPage,
    question::QuestionPage, questions::QuestionList, set::SetPage, settings::SettingsPage,
    stats::StatsPage, stories::StoriesPage, tailor::TailorPage,
};
use crate::paths::base;
use crate::routes::Page;
use crate::state::Deck;
use crate::views::shell::{SiteFooter, SiteHeader};
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
            <SiteHeader current=current_page() />
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
            <SiteFooter on_shortcuts=Callback::new(move |()| shortcuts.set(true)) />
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

/// The page the router shows, for the navigation's "current page" mark.
fn current_page() -> Signal<Option<Page>> {
    let location = use_location();
    Signal::derive(move || {
        location.pathname.with(|path| {
            let path = path.strip_prefix(base()).unwrap_or(path);
            Page::of_path(path).map(|(page, _)| page)
        })
    })
}
