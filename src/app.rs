//! The app shell: header, routes and footer.

use crate::bank::question_by_id;
use crate::components::shortcuts_help::ShortcutsHelp;
use crate::pages::home::Home;
use crate::pages::lazy::{
    ImportRoute, MockRoute, PracticeRoute, PrintRoute, QuestionRoute, QuestionsRoute, SetRoute,
    SettingsRoute, StatsRoute, StoriesRoute, TailorRoute, WriteRoute,
};
use crate::pages::not_found::NotFound;
use crate::paths::{app_path, base};
use crate::routes::Page;
use crate::views::shell::{SiteFooter, SiteHeader};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{Lazy, ParamSegment, StaticSegment};

/// The whole app. The router's base comes from the page's `<base href>`, so one build serves
/// any sub-path. The user's data is loaded once, with its own code, and shared as a context of
/// this root (`deck_loader`). Every page but the home page loads its code when first opened
/// (`pages::lazy`).
#[component]
pub fn App() -> impl IntoView {
    // The guides are the app's, not the user's data: a page drawn before it shows them too.
    provide_context(crate::guides::Guides::new());
    crate::deck_loader::set_root();
    let shortcuts = RwSignal::new(false);
    view! {
        <Router base=base()>
            <PageTitle />
            <SiteHeader current=current_page() />
            {move || Suspend::new(crate::deck_loader::notices())}
            <main id="main">
                <Routes fallback=|| view! { <NotFound /> }>
                    // Paths come from the route table; a page's segment is never written here.
                    <Route path=StaticSegment(Page::Home.segment()) view=Home />
                    <Route path=StaticSegment(Page::Questions.segment()) view={Lazy::<QuestionsRoute>::new()} />
                    <Route path=(StaticSegment(Page::Question.segment()), ParamSegment("id")) view={Lazy::<QuestionRoute>::new()} />
                    <Route path=StaticSegment(Page::Practice.segment()) view={Lazy::<PracticeRoute>::new()} />
                    <Route path=StaticSegment(Page::Mock.segment()) view={Lazy::<MockRoute>::new()} />
                    <Route path=StaticSegment(Page::Stories.segment()) view={Lazy::<StoriesRoute>::new()} />
                    <Route path=StaticSegment(Page::Settings.segment()) view={Lazy::<SettingsRoute>::new()} />
                    <Route path=StaticSegment(Page::Stats.segment()) view={Lazy::<StatsRoute>::new()} />
                    <Route path=StaticSegment(Page::Tailor.segment()) view={Lazy::<TailorRoute>::new()} />
                    <Route path=StaticSegment(Page::Set.segment()) view={Lazy::<SetRoute>::new()} />
                    <Route path=StaticSegment(Page::Print.segment()) view={Lazy::<PrintRoute>::new()} />
                    <Route path=StaticSegment(Page::Write.segment()) view={Lazy::<WriteRoute>::new()} />
                    <Route path=StaticSegment(Page::Import.segment()) view={Lazy::<ImportRoute>::new()} />
                </Routes>
            </main>
            <SiteFooter on_shortcuts=Callback::new(move |()| shortcuts.set(true)) />
            <ShortcutsHelp open=shortcuts />
        </Router>
    }
}

/// Fetches what the page at the browser's address needs before the app replaces the
/// pre-rendered copy: the page's code, the user's data's code (`deck_loader`, unless the page
/// shows before it: `Page::shows_before_deck`) and, on a question's page, its guide. The reader keeps
/// the static page meanwhile, and the app then draws the same page in one frame, with no
/// "loading" in between. Whatever fails here fails again, visibly, when the page is drawn.
pub async fn prepare() {
    let path = window().location().pathname().unwrap_or_default();
    let Some((page, id)) = Page::of_path(app_path(&path)) else {
        return;
    };
    let guide = id
        .and_then(question_by_id)
        .and_then(|q| q.chunk())
        .map(crate::guides::fetch);
    // The pages people land on work before the user's data is here; every other one needs
    // it, fetched beside the page's code (the app's executor starts only when it mounts, hence
    // the browser's).
    let deck_first = !page.shows_before_deck();
    if deck_first {
        wasm_bindgen_futures::spawn_local(crate::deck_loader::preload());
    }
    crate::pages::lazy::preload(page).await;
    if let Some(guide) = guide {
        let _ = guide.await;
    }
    if deck_first {
        crate::deck_loader::preload().await;
    }
}

/// Keeps the browser tab's title on the page shown (the question's own title on its page).
#[component]
fn PageTitle() -> impl IntoView {
    let location = use_location();
    Effect::new(move |_| {
        let title = location
            .pathname
            .with(|path| Page::title_of_path(app_path(path)));
        document().set_title(&title);
    });
}

/// The page the router shows, for the navigation's "current page" mark.
fn current_page() -> Signal<Option<Page>> {
    let location = use_location();
    Signal::derive(move || {
        location
            .pathname
            .with(|path| Page::of_path(app_path(path)).map(|(page, _)| page))
    })
}
