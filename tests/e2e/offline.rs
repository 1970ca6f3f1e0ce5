//! Offline and updates: the service worker serves the app with no network, and a new build
//! replaces the old cache after the user accepts the update.

use crate::harness::{run, run_expecting, Browser, Expected};
use crate::{first_page, follow_nav, open_and_wait};
use interview_deck::bank::BANK;
use interview_deck::routes::Page;
use serde_json::json;

/// What Chromium logs for a build served without its service worker (`build_without`).
const NO_WORKER: Expected = Expected {
    contains: "(404) was received when fetching the script",
    why: "the copied build has no sw.js, so nothing caches the files it lacks",
};

/// What Chromium logs when the site's server is gone: the browser's update check for the
/// service worker cannot fetch `sw.js`, and any request that still reaches the network cannot
/// connect. The scenario shows the app works all the same; every other error still fails it.
const SERVER_GONE: [Expected; 2] = [
    Expected {
        contains: "An unknown error occurred when fetching the script",
        why: "the service worker's update check cannot fetch sw.js from the stopped server",
    },
    Expected {
        contains: "net::ERR_CONNECTION_REFUSED",
        why: "the site's server was stopped on purpose: nothing listens on its port",
    },
];

/// Waits until the page is controlled by an activated service worker, reloading it meanwhile.
async fn controlled(b: &Browser) {
    b.wait_for("a service worker taking control of the page", async || {
        let ready = b
            .script("return !!navigator.serviceWorker.controller;")
            .await;
        if ready == json!(true) {
            return Some(());
        }
        b.client.refresh().await.unwrap();
        None
    })
    .await;
}

/// The page's cache names; empty while the page is reloading (the update reloads it).
async fn caches(b: &Browser) -> Vec<String> {
    let Ok(keys) = b
        .client
        .execute_async("caches.keys().then(arguments[0]);", vec![])
        .await
    else {
        return Vec::new();
    };
    keys.as_array()
        .into_iter()
        .flatten()
        .filter_map(|k| k.as_str().map(String::from))
        .collect()
}

#[tokio::test]
async fn with_no_network_the_app_and_a_deep_link_still_open() {
    run_expecting(&SERVER_GONE, async |b| {
        open_and_wait(b, "").await;
        controlled(b).await;
        b.replace_server(None).await;

        b.reload().await;
        b.wait_text("#main h1", "Interview Deck").await;
        open_and_wait(b, &format!("q/{}", BANK[3].id)).await;
        b.wait_text("#main h1", BANK[3].title()).await;
        b.press(' ').await;
        b.wait_text("#guide", "Key points").await;
        // Every other page too: each one's code comes from the worker's cache.
        for page in Page::ALL.into_iter().filter(|p| *p != Page::Question) {
            let link = page.link();
            open_and_wait(b, link.path().trim_start_matches('/')).await;
            assert_eq!(b.count(".load-failed").await, 0, "{} offline", link.path());
        }
    })
    .await;
}

/// A copy of the release build, with the files `keep` accepts, in a fresh folder.
fn copy_of_build(name: &str, keep: impl Fn(&str) -> bool) -> std::path::PathBuf {
    let dist = std::env::var("E2E_DIST").unwrap();
    let copy = std::env::temp_dir().join(format!("interview-deck-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    std::fs::create_dir_all(&copy).unwrap();
    for entry in walk(std::path::Path::new(&dist)) {
        if !keep(&entry.file_name().unwrap().to_string_lossy()) {
            continue;
        }
        let target = copy.join(entry.strip_prefix(&dist).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&entry, &target).unwrap();
    }
    copy
}

/// A copy of the release build without the files `left_out` picks: the site after a new
/// deploy replaced them, as the old page still open in a tab sees it. It has no service worker
/// either: one would try to cache the missing files, and the browser could keep their 404s, so
/// what the page fetches later would not meet the server as it is then.
fn build_without(name: &str, left_out: impl Fn(&str) -> bool) -> std::path::PathBuf {
    copy_of_build(name, |file| file != "sw.js" && !left_out(file))
}

#[tokio::test]
async fn a_guide_that_cannot_be_fetched_says_why_and_loads_when_tried_again() {
    let stripped = build_without("no-guides", |file| {
        file.starts_with("bank-") && file.ends_with(".txt")
    });
    // The last question of its guide file, so the next one needs another file.
    let at = (0..BANK.len() - 1)
        .find(|&i| BANK[i].chunk() != BANK[i + 1].chunk())
        .expect("two guide files");
    let expected = [
        SERVER_GONE[0],
        SERVER_GONE[1],
        Expected {
            contains: "the server responded with a status of 404",
            why: "the guide files were removed from the server on purpose",
        },
        NO_WORKER,
    ];
    run_expecting(&expected, async |b| {
        b.replace_server(Some(&stripped.display().to_string()))
            .await;
        open_and_wait(b, &format!("q/{}", BANK[at].id)).await;
        b.wait_text("#main h1", BANK[at].title()).await;
        b.press(' ').await;
        b.wait_text(
            ".guides-failed",
            "A newer version of Interview Deck has been published",
        )
        .await;
        assert_eq!(
            b.find(".guides-failed button").await.text().await.unwrap(),
            "Reload"
        );

        // The network gone, in the app: the next question's file cannot be had either.
        b.replace_server(None).await;
        b.find("a.pager-next").await.click().await.unwrap();
        b.wait_text("#main h1", BANK[at + 1].title()).await;
        b.press(' ').await;
        b.wait_text(".guides-failed", "the network is unreachable")
            .await;

        b.replace_server(Some(&std::env::var("E2E_DIST").unwrap()))
            .await;
        b.find(".guides-failed button.retry")
            .await
            .click()
            .await
            .unwrap();
        b.wait_text("#guide", "Key points").await;
        assert_eq!(b.count(".guides-failed").await, 0);
    })
    .await;
    let _ = std::fs::remove_dir_all(stripped);
}

#[tokio::test]
async fn a_page_whose_code_cannot_be_fetched_says_so_and_opens_when_tried_again() {
    // Every page but the home page is split out of the main wasm and fetched when first opened.
    // The user's data (`split_deck`, with the modules it shares) is fetched by the home page
    // itself, so the copy keeps it: without it, its 404s would be what the browser caches.
    let main_only = build_without("main-only", |file| {
        file.ends_with(".wasm") && file.starts_with("split_") && !file.starts_with("split_deck")
    });
    let expected = [
        SERVER_GONE[0],
        SERVER_GONE[1],
        Expected {
            contains: "the server responded with a status of 404",
            why: "the split modules were removed from the server on purpose",
        },
        NO_WORKER,
        Expected {
            contains: "Failed to fetch",
            why: "the split loader reports the module it could not fetch",
        },
    ];
    run_expecting(&expected, async |b| {
        b.replace_server(Some(&main_only.display().to_string()))
            .await;
        open_and_wait(b, "").await;
        b.wait_text("#main h1", "Interview Deck").await;

        b.replace_server(None).await;
        follow_nav(b, "/stats").await;
        b.wait_text("#main h1", "This page could not be loaded")
            .await;
        b.find(".load-failed button.retry").await;

        b.replace_server(Some(&std::env::var("E2E_DIST").unwrap()))
            .await;
        b.find(".load-failed button.retry")
            .await
            .click()
            .await
            .unwrap();
        b.wait_text("#main h1", "Statistics").await;
        assert_eq!(b.count(".load-failed").await, 0);
    })
    .await;
    let _ = std::fs::remove_dir_all(main_only);
}

#[tokio::test]
async fn a_shared_link_is_read_before_the_users_data_arrives_and_a_star_clicked_meanwhile_is_kept()
{
    // The user's data (its code, `split_deck`) held back as on a slow network: the question's
    // page is drawn without it, its guide opens with Space, and a star clicked meanwhile is
    // saved once the data is here.
    let flag = std::env::temp_dir().join(format!("interview-deck-hold-{}", std::process::id()));
    std::fs::write(&flag, "").unwrap();
    let question = BANK.iter().find(|q| q.id == "sql-vs-nosql").unwrap();
    run(async |b| {
        b.serve_holding(&std::env::var("E2E_DIST").unwrap(), "^split_deck", &flag)
            .await;
        open_and_wait(b, &format!("q/{}", question.id)).await;
        b.wait_text("#main h1", question.title()).await;
        b.press(' ').await;
        b.wait_text("#guide", "Key points").await;
        assert_eq!(
            b.count("#main .note-text").await,
            0,
            "the notes wait for the data"
        );
        let star = "#main .question .star";
        b.find(star).await.click().await.unwrap();

        std::fs::remove_file(&flag).unwrap();
        b.find("#main .note-text").await;
        b.wait_for("the early star saved with the data", async || {
            let pressed = b.find(star).await.attr("aria-pressed").await.unwrap();
            (pressed.as_deref() == Some("true")).then_some(())
        })
        .await;
        b.reload().await;
        b.find("#main .note-text").await;
        let pressed = b.find(star).await.attr("aria-pressed").await.unwrap();
        assert_eq!(pressed.as_deref(), Some("true"), "the star is stored");
    })
    .await;
    let _ = std::fs::remove_file(flag);
}

#[tokio::test]
async fn a_shared_link_whose_users_data_cannot_be_fetched_still_shows_its_guide_and_says_why() {
    let no_deck = build_without("no-deck", |file| file.starts_with("split_deck"));
    let question = BANK.iter().find(|q| q.id == "sql-vs-nosql").unwrap();
    let expected = [
        Expected {
            contains: "the server responded with a status of 404",
            why: "the user's data's code was removed from the server on purpose",
        },
        NO_WORKER,
        Expected {
            contains: "HTTP status code is not ok",
            why: "the split loader reports the module the server answered with 404",
        },
    ];
    run_expecting(&expected, async |b| {
        b.replace_server(Some(&no_deck.display().to_string())).await;
        open_and_wait(b, &format!("q/{}", question.id)).await;
        b.wait_text("#main h1", question.title()).await;
        b.wait_text("#main .deck-missing[role=alert]", "could not be loaded")
            .await;
        b.press(' ').await;
        b.wait_text("#guide", "Key points").await;
        assert_eq!(b.count("#main .note-text").await, 0);
    })
    .await;
    let _ = std::fs::remove_dir_all(no_deck);
}

#[tokio::test]
async fn a_new_build_is_offered_and_replaces_the_old_cache() {
    let next = copy_of_build("next-build", |_| true);
    let worker = std::fs::read_to_string(next.join("sw.js")).unwrap();
    let old_id = worker.split("interview-deck-").nth(1).unwrap()[..12].to_string();
    std::fs::write(next.join("sw.js"), worker.replace(&old_id, "nextbuild000")).unwrap();

    run(async |b| {
        open_and_wait(b, "").await;
        controlled(b).await;
        assert_eq!(caches(b).await, [format!("interview-deck-{old_id}")]);

        b.replace_server(Some(&next.display().to_string())).await;
        b.reload().await;
        b.find("#update-ready").await;
        b.find("#update-reload").await.click().await.unwrap();
        b.wait_for("the new build's cache replacing the old one", async || {
            (caches(b).await == ["interview-deck-nextbuild000"]).then_some(())
        })
        .await;
        b.find("#main h1").await;
    })
    .await;
    let _ = std::fs::remove_dir_all(next);
}

#[tokio::test]
async fn a_development_build_at_the_same_address_is_not_served_by_the_release_worker() {
    let dev =
        std::env::var("E2E_DEV_DIST").expect("E2E_DEV_DIST: the development build (make test)");
    run(async |b| {
        open_and_wait(b, "questions").await;
        controlled(b).await;
        assert_eq!(caches(b).await.len(), 1);

        // `trunk serve` at the address where `make serve` ran before.
        b.replace_server(Some(&dev)).await;
        b.reload().await;
        b.wait_count(".question-list > li", first_page(BANK.len()))
            .await;
        b.wait_for("the release build's worker and cache removed", async || {
            let left = b
                .client
                .execute_async(
                    "navigator.serviceWorker.getRegistrations().then((r) => arguments[0](r.length));",
                    vec![],
                )
                .await
                .unwrap();
            (left == json!(0) && caches(b).await.is_empty()).then_some(())
        })
        .await;
        b.reload().await;
        let controller = b.script("return !!navigator.serviceWorker.controller;").await;
        assert_eq!(controller, json!(false), "no worker answers any more");
        let loader = b
            .script("return [...document.scripts].map((s) => s.src).join(' ');")
            .await;
        let dev_loader = walk(std::path::Path::new(&dev))
            .into_iter()
            .filter_map(|p| p.file_name()?.to_str().map(String::from))
            .find(|name| name.starts_with("boot-"))
            .expect("the development build has a loader file");
        assert!(
            loader.as_str().unwrap_or_default().contains(&dev_loader),
            "the page runs the development build: {loader}"
        );
    })
    .await;
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .flat_map(|e| {
            if e.path().is_dir() {
                walk(&e.path())
            } else {
                vec![e.path()]
            }
        })
        .collect()
}
