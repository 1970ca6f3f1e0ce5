//! Offline and updates: the service worker serves the app with no network, and a new build
//! replaces the old cache after the user accepts the update.

use crate::harness::{run, Browser};
use crate::open_and_wait;
use interview_deck::bank::BANK;

/// Waits until the page is controlled by an activated service worker.
async fn controlled(b: &Browser) {
    for _ in 0..100 {
        let ready = b
            .script("return !!navigator.serviceWorker.controller;")
            .await;
        if ready == serde_json::json!(true) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        b.client.refresh().await.unwrap();
    }
    panic!("no service worker took control");
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
    run(async |b| {
        open_and_wait(b, "").await;
        controlled(b).await;
        b.replace_server(None).await;

        b.reload().await;
        b.wait_text("#main h1", "Interview Deck").await;
        open_and_wait(b, &format!("q/{}", BANK[3].id)).await;
        b.wait_text("#main h1", BANK[3].title()).await;
        b.press(' ').await;
        b.wait_text("#guide", "Key points").await;
    })
    .await;
}

#[tokio::test]
async fn a_new_build_is_offered_and_replaces_the_old_cache() {
    let dist = std::env::var("E2E_DIST").unwrap();
    let next =
        std::env::temp_dir().join(format!("interview-deck-next-build-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&next);
    std::fs::create_dir_all(&next).unwrap();
    for entry in walk(std::path::Path::new(&dist)) {
        let target = next.join(entry.strip_prefix(&dist).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&entry, &target).unwrap();
    }
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
        for _ in 0..100 {
            if caches(b).await == ["interview-deck-nextbuild000"] {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(
            caches(b).await,
            ["interview-deck-nextbuild000"],
            "the old cache is gone"
        );
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
        b.wait_count(".question-list > li", BANK.len()).await;
        for _ in 0..100 {
            let left = b
                .client
                .execute_async(
                    "navigator.serviceWorker.getRegistrations().then((r) => arguments[0](r.length));",
                    vec![],
                )
                .await
                .unwrap();
            if left == serde_json::json!(0) && caches(b).await.is_empty() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert!(caches(b).await.is_empty(), "the release build's cache is gone");
        b.reload().await;
        let controller = b.script("return !!navigator.serviceWorker.controller;").await;
        assert_eq!(controller, serde_json::json!(false), "no worker answers any more");
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
        b.assert_clean().await;
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
