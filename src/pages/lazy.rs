//! Pages whose code loads when first opened. Each is split out of the main wasm by
//! `wasm-split-cli` (`scripts/postbuild.py`), so a first visit downloads the home page's code
//! and not that of eleven pages it may never open. A page whose code cannot be fetched (offline
//! before the worker cached it, or replaced by a newer deploy) says so and offers to try again.

use crate::routes::Page;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use leptos_router::LazyRoute;
use std::future::Future;
use std::pin::Pin;

/// A page's code could not be fetched.
#[derive(Debug, Clone, Copy)]
pub struct PageLoadError;

impl From<SplitLoaderError> for PageLoadError {
    fn from(_: SplitLoaderError) -> Self {
        Self
    }
}

/// Fetches a page's code (once; later calls resolve at once) and builds the page.
type PageLoad = fn() -> Pin<Box<dyn Future<Output = Result<AnyView, PageLoadError>> + Send>>;

/// The page, or the message that it could not be loaded.
async fn loaded_or_retry(load: PageLoad) -> AnyView {
    match load().await {
        Ok(page) => page,
        Err(PageLoadError) => view! { <PageLoadFailed load /> }.into_any(),
    }
}

/// What shows instead of a page whose code did not arrive. "Try again" fetches it again in
/// place; "Reload" gets the newest version when the old one is gone from the server.
#[component]
fn PageLoadFailed(load: PageLoad) -> impl IntoView {
    let attempts = RwSignal::new(0u32);
    move || {
        let attempt = attempts.get();
        Suspend::new(async move {
            if attempt > 0 {
                if let Ok(page) = load().await {
                    return page;
                }
            }
            view! {
                <section class="load-failed" role="alert" aria-labelledby="load-failed-title">
                    <h1 id="load-failed-title">"This page could not be loaded"</h1>
                    <p>
                        "Its code did not arrive. Offline, it was not saved for offline use yet: connect and try again. "
                        "If a newer version of Interview Deck was just published, reload to get it. Your progress is safe either way."
                    </p>
                    {(attempt > 0).then(|| view! { <p class="hint">{format!("Tried {attempt} more time(s).")}</p> })}
                    <p>
                        <button type="button" class="retry" on:click=move |_| attempts.update(|n| *n += 1)>"Try again"</button>
                        " "
                        <button type="button" class="secondary" on:click=move |_| { let _ = window().location().reload(); }>"Reload"</button>
                    </p>
                </section>
            }
            .into_any()
        })
    }
}

/// Declares, for each page `$variant` of the route table, the route `$route` whose page
/// component `$page` is built by the module `$module` in the split module `$split`, and
/// `preload`, which fetches the code of any of them. Pages that are opened together share a
/// split module: each split adds modules for the code it shares with the others, so fewer,
/// larger splits download less in all.
macro_rules! lazy_pages {
    ($($variant:ident => $route:ident, $module:ident in $split:ident, $page:path;)*) => {
        $(
            mod $module {
                use super::PageLoadError;
                use leptos::prelude::*;

                #[::leptos::wasm_split::wasm_split(
                    $split,
                    wasm_split_path = ::leptos::wasm_split,
                    fallible,
                    preload(preload)
                )]
                // Named after its module: the split's exports are named after their functions.
                pub fn $module() -> Result<AnyView, PageLoadError> {
                    Ok($page().into_any())
                }
            }

            #[doc = concat!("The route of `", stringify!($page), "`, loaded when first opened.")]
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    Self
                }

                async fn view(_: Self) -> AnyView {
                    loaded_or_retry(|| Box::pin(async {
                        if !Page::$variant.shows_before_deck() {
                            crate::deck_loader::ready().await?;
                        }
                        $module::$module().await
                    }))
                    .await
                }

                async fn preload() {
                    // A failure shows when the page is built (`loaded_or_retry`).
                    let _ = $module::preload().await;
                }
            }
        )*

        /// Fetches the code of `page`, so the app can draw it at once.
        pub async fn preload(page: Page) {
            match page {
                Page::Home => {}
                $(Page::$variant => $route::preload().await,)*
            }
        }
    };
}

// Reading the bank; the flashcards; everything else (mock interviews and the user's own things).
// The flashcards are alone because practice is what most visits open after a question: with the
// mock beside them, its first card cost 29.6 KB more on the wire (465.0 against 435.4 KB).
lazy_pages! {
    Questions => QuestionsRoute, questions_page in reading, crate::pages::questions::QuestionList;
    Question => QuestionRoute, question_page in reading, crate::pages::question::QuestionPage;
    Set => SetRoute, set_page in reading, crate::pages::set::SetPage;
    Print => PrintRoute, print_page in reading, crate::pages::print::PrintPage;
    Practice => PracticeRoute, practice_page in flashcards, crate::pages::practice::PracticePage;
    Mock => MockRoute, mock_page in yours, crate::pages::mock::MockPage;
    Stories => StoriesRoute, stories_page in yours, crate::pages::stories::StoriesPage;
    Settings => SettingsRoute, settings_page in yours, crate::pages::settings::SettingsPage;
    Stats => StatsRoute, stats_page in yours, crate::pages::stats::StatsPage;
    Tailor => TailorRoute, tailor_page in yours, crate::pages::tailor::TailorPage;
    Write => WriteRoute, write_page in yours, crate::pages::write::WritePage;
    Import => ImportRoute, import_page in yours, crate::pages::import::ImportPage;
}
