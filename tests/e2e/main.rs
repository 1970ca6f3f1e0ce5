//! End-to-end scenarios: what a user does, in a real browser, against the release build.
//!
//! Every scenario runs through `harness::run` (or `run_expecting`), which ends it with the
//! console-error and foreign-request check. Values the app defines (the bank, the default
//! limits, storage keys) come from the app's own library, never repeated here.

mod accessibility;
mod answer_check;
mod backup_and_sets;
mod harness;
mod hostile;
mod mock_and_notes;
mod offline;
mod own_questions;
mod pages;
mod practice;
mod print;
mod recordings;
mod speech;

use fantoccini::key::Key;
use harness::{run, Browser};
use interview_deck::bank::search::SearchIndex;
use interview_deck::bank::{bank_questions, count_in, Category, Filter, BANK, LIST_PAGE_SIZE};

const CARD: &str = ".question-list > li";

pub async fn open_and_wait(browser: &Browser, path: &str) {
    browser.open(path).await;
    browser.find("#main h1").await;
}

/// How many cards the question list shows of `matching` questions before "Show more".
pub fn first_page(matching: usize) -> usize {
    matching.min(LIST_PAGE_SIZE)
}

/// Follows the main navigation's link to an in-app path (`/mock`), as a user does: the app
/// changes page without loading again, so the page shows the state this tab holds in memory.
pub async fn follow_nav(browser: &Browser, path: &str) {
    let href = browser.href(path);
    browser
        .find(&format!(".nav a[href='{href}']"))
        .await
        .click()
        .await
        .unwrap();
    browser.wait_path_and_query(&href).await;
    browser.find("#main h1").await;
}

#[tokio::test]
async fn home_renders_with_the_deck_counts() {
    run(async |b| {
        open_and_wait(b, "").await;
        b.wait_text("#main h1", "Interview Deck").await;
        let counts = b.find(".counts").await.text().await.unwrap();
        for category in Category::ALL {
            assert!(
                counts.contains(&format!("{}\n{}", count_in(category), category.label())),
                "{counts:?}"
            );
        }
    })
    .await;
}

#[tokio::test]
async fn the_static_first_screen_matches_the_app_that_replaces_it() {
    run(async |b| {
        open_and_wait(b, "").await;
        b.wait_text("#main h1", "Interview Deck").await;
        // What a part of a page says and where its links go, the same way for the live page
        // and for the static files the server sends.
        let seen = b
            .script(
                r#"
                const describe = (root) => root && [...root.querySelectorAll('.nav a, .hero p:not(.actions), .hero h1, .hero a')]
                    .map((e) => e.textContent.trim().replace(/\s+/g, ' ')
                        + (e.getAttribute('href') ? ' -> ' + new URL(e.getAttribute('href'), document.baseURI).pathname : ''));
                const file = async (name) => new DOMParser().parseFromString(await (await fetch(name)).text(), 'text/html');
                return (async () => ({
                    loading: (await file('404.html')).querySelector('[role=status]')?.textContent,
                    app: describe(document),
                    shellLeft: document.getElementById('shell') !== null,
                    index: describe((await file('index.html')).getElementById('shell')),
                    notFound: describe((await file('404.html')).getElementById('shell')),
                }))();
                "#,
            )
            .await;
        assert_eq!(seen["shellLeft"], false, "the app removed the static screen");
        let app = seen["app"].as_array().expect("the app's hero and nav");
        assert!(app.len() > 10, "{app:?}");
        assert_eq!(seen["index"], seen["app"], "index.html shows what the app shows");
        let not_found = seen["notFound"].as_array().expect("404.html has the nav");
        assert_eq!(
            not_found[..],
            app[..8],
            "404.html has the navigation (brand and seven links) and no home hero"
        );
        assert_eq!(
            seen["loading"], "Loading the app…",
            "a deep link says the app is on its way"
        );
    })
    .await;
}

#[tokio::test]
async fn the_list_shows_every_question_and_filters_narrow_it() {
    run(async |b| {
        open_and_wait(b, "questions").await;
        b.wait_count(CARD, first_page(BANK.len())).await;
        if BANK.len() > LIST_PAGE_SIZE {
            let rest = BANK.len() - LIST_PAGE_SIZE;
            b.wait_text("#show-more", &format!("{rest} not shown"))
                .await;
        }

        b.find("#filter-category")
            .await
            .select_by_value("behavioral")
            .await
            .unwrap();
        b.wait_count(CARD, first_page(count_in(Category::Behavioral)))
            .await;
        assert!(b
            .path_and_query()
            .await
            .ends_with("/questions?category=behavioral"));

        b.find("#filter-clear").await.click().await.unwrap();
        b.wait_count(CARD, first_page(BANK.len())).await;

        b.find("#filter-search")
            .await
            .send_keys("NoSQL")
            .await
            .unwrap();
        b.wait_text(".result-count", "Showing").await;
        b.find(".question-card[data-id='sql-vs-nosql']").await;
        let shown = b.count(CARD).await;
        assert!(
            shown >= 1 && shown < BANK.len(),
            "search left {shown} cards"
        );
        // The address follows once typing pauses, so the searched view can be shared.
        b.wait_path_and_query("/questions?q=NoSQL").await;
        b.reload().await;
        b.wait_count(CARD, shown).await;
    })
    .await;
}

#[tokio::test]
async fn a_search_finds_a_word_only_an_answer_guide_holds() {
    // A word of some guide that no title or "why" contains: found only once the guides,
    // which load after the list, have been searched too.
    let heads: Vec<String> = BANK.iter().map(|q| q.head_text().to_lowercase()).collect();
    let word = BANK
        .iter()
        .flat_map(|q| {
            let guide = q
                .body()
                .expect("native builds include every guide")
                .guide
                .html();
            guide
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() > 9)
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .find(|w| heads.iter().all(|h| !h.contains(w.as_str())))
        .expect("a word only guides have");
    let expected = Filter {
        text: word.clone(),
        ..Filter::default()
    }
    .apply(bank_questions(), &SearchIndex::of(bank_questions()))
    .len();
    assert!(expected >= 1, "{word}");
    run(async |b| {
        open_and_wait(b, &format!("questions?q={word}")).await;
        b.wait_count(CARD, first_page(expected)).await;
    })
    .await;
}

#[tokio::test]
async fn a_filtered_view_is_a_shareable_link() {
    let query = "category=situational&q=latency";
    // What the app's own filter selects for that link.
    let filter = Filter::from_query(|name| {
        form_urlencoded::parse(query.as_bytes())
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
    });
    assert_eq!(filter.category, Some(Category::Situational));
    let expected = filter
        .apply(bank_questions(), &SearchIndex::of(bank_questions()))
        .len();
    assert!(expected > 0 && expected < count_in(Category::Situational));
    run(async |b| {
        open_and_wait(b, &format!("questions?{query}")).await;
        b.find(".question-card[data-id='on-call-high-latency']")
            .await;
        b.wait_count(CARD, expected).await;
        let value = b.find("#filter-search").await.prop("value").await.unwrap();
        assert_eq!(value.as_deref(), Some("latency"));
    })
    .await;
}

#[tokio::test]
async fn a_star_marks_a_question_and_the_starred_filter_finds_it_after_a_reload() {
    run(async |b| {
        open_and_wait(b, "questions").await;
        let star = ".question-card[data-id='sql-vs-nosql'] .star";
        b.find(star).await.click().await.unwrap();
        b.find(&format!("{star}[aria-pressed='true']")).await;
        b.find("#filter-starred").await.click().await.unwrap();
        b.wait_count(CARD, 1).await;
        b.wait_path_and_query("/questions?starred=1").await;

        b.reload().await;
        b.wait_count(CARD, 1).await;
        b.find(&format!("{star}[aria-pressed='true']")).await;
        b.find("#filter-search")
            .await
            .send_keys("zqxjv")
            .await
            .unwrap();
        b.wait_count(CARD, 0).await;
        b.wait_text(".empty", "No question matches").await;
    })
    .await;
}

#[tokio::test]
async fn a_deep_link_loads_the_question_and_the_keyboard_drives_it() {
    run(async |b| {
        open_and_wait(b, "q/sql-vs-nosql").await;
        b.wait_text("#main h1", BANK[0].title()).await;
        assert!(!b.find("#guide").await.is_displayed().await.unwrap());

        b.press(' ').await;
        b.wait_text("#guide", "Key points").await;
        b.wait_text("#guide", "Level signals").await;

        b.press(Key::Right).await;
        b.wait_text("#main h1", BANK[1].title()).await;
        assert!(b
            .path_and_query()
            .await
            .ends_with(&b.href(&format!("/q/{}", BANK[1].id))));
        assert!(
            !b.find("#guide").await.is_displayed().await.unwrap(),
            "the next question starts hidden"
        );

        b.press(Key::Left).await;
        b.wait_text("#main h1", BANK[0].title()).await;
    })
    .await;
}

#[tokio::test]
async fn before_the_app_arrives_space_opens_a_shared_guide_and_the_arrows_follow_the_pager() {
    // The main wasm held back, as on a slow network: the pre-rendered page answers the keys
    // its controls announce (scripts/page/keys.js), then gives way to the app, which keeps
    // the guide open and answers them from then on.
    let flag =
        std::env::temp_dir().join(format!("interview-deck-hold-main-{}", std::process::id()));
    std::fs::write(&flag, "").unwrap();
    run(async |b| {
        b.serve_holding(
            &std::env::var("E2E_DIST").unwrap(),
            r"^interview-deck-[0-9a-f]+_bg\.wasm$",
            &flag,
        )
        .await;
        b.open("q/sql-vs-nosql").await;
        b.wait_text("#shell h1", BANK[0].title()).await;
        b.press(' ').await;
        b.wait_text("#shell details.guide-box[open] #guide", "Key points")
            .await;
        b.press(' ').await;
        b.wait_for("Space closing the guide again", async || {
            (b.count("#shell details.guide-box[open]").await == 0).then_some(())
        })
        .await;

        b.press(Key::Right).await;
        b.wait_text("#shell h1", BANK[1].title()).await;
        b.press(' ').await;
        b.wait_text("#shell details.guide-box[open] #guide", "Key points")
            .await;

        std::fs::remove_file(&flag).unwrap();
        b.wait_text("#main h1", BANK[1].title()).await;
        assert_eq!(b.count("#shell").await, 0, "the app replaced the page");
        b.find("#main details.guide-box[open]").await;
        b.press(' ').await;
        b.wait_for("the app's Space closing the guide", async || {
            (b.count("#main details.guide-box[open]").await == 0).then_some(())
        })
        .await;
    })
    .await;
    let _ = std::fs::remove_file(flag);
}

#[tokio::test]
async fn unknown_ids_and_paths_show_not_found() {
    run(async |b| {
        open_and_wait(b, "q/no-such-question").await;
        b.wait_text("#main h1", "Not found").await;
        b.wait_text("main", "no-such-question").await;

        open_and_wait(b, "no/such/page").await;
        b.wait_text("#main h1", "Not found").await;
        b.find(&format!("main a[href='{}']", b.href("/questions")))
            .await
            .click()
            .await
            .unwrap();
        b.wait_count(CARD, first_page(BANK.len())).await;
    })
    .await;
}

#[tokio::test]
async fn question_mark_lists_the_keyboard_shortcuts() {
    run(async |b| {
        open_and_wait(b, "questions").await;
        b.press('?').await;
        b.wait_text("[role=dialog]", "Keyboard shortcuts").await;
        b.wait_text("[role=dialog]", "undo the last grade").await;
        let focused = b.script("return document.activeElement.textContent;").await;
        assert!(
            focused.as_str().unwrap_or_default().starts_with("Close"),
            "focus moves into the dialog: {focused}"
        );
        b.press('\u{E00C}').await;
        b.wait_count("[role=dialog]", 0).await;
    })
    .await;
}

#[tokio::test]
async fn the_level_filter_narrows_the_list_and_practice() {
    use interview_deck::bank::Level;
    let count = |level: Level| BANK.iter().filter(|q| q.level == level).count();
    run(async |b| {
        open_and_wait(b, "questions").await;
        b.find("#filter-level")
            .await
            .select_by_value("junior")
            .await
            .unwrap();
        b.wait_text(
            ".result-count",
            &format!("Showing {} of {}", count(Level::Junior), BANK.len()),
        )
        .await;
        b.wait_count(CARD, first_page(count(Level::Junior))).await;
        b.wait_path_and_query("/questions?level=junior").await;

        b.find("#practise-these").await.click().await.unwrap();
        b.wait_path_and_query("/practice?level=junior").await;
        b.wait_text(
            "#main",
            &format!("{} questions in this selection", count(Level::Junior)),
        )
        .await;
        b.find("#practice-level")
            .await
            .select_by_value("senior")
            .await
            .unwrap();
        b.wait_path_and_query("/practice?level=senior").await;
        b.wait_text(
            "#main",
            &format!("{} questions in this selection", count(Level::Senior)),
        )
        .await;
    })
    .await;
}

#[tokio::test]
async fn a_technical_question_lists_further_reading_that_loads_nothing_by_itself() {
    let question = BANK
        .iter()
        .find(|q| q.category == Category::Technical)
        .expect("a technical question");
    run(async |b| {
        open_and_wait(b, &format!("q/{}", question.id)).await;
        b.find("summary.reveal").await.click().await.unwrap();
        b.wait_text("#references-title", "Further reading").await;
        let links = b
            .script("return [...document.querySelectorAll('.references a')].map((a) => [a.href, a.rel]);")
            .await;
        let links = links.as_array().expect("links");
        assert_eq!(links.len(), question.body().expect("a guide").references().len());
        for link in links {
            assert!(link[0].as_str().is_some_and(|h| h.starts_with("https://")), "{link}");
            assert!(link[1].as_str().is_some_and(|r| r.contains("noreferrer")), "{link}");
        }
        // The scenario's end checks that no request left for another origin.
    })
    .await;
}
