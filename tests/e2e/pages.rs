//! Every page arrives as HTML: status 200, its content before (and without) the wasm, the
//! same content the app then shows, and a sitemap that lists exactly the public pages.

use crate::harness::{run, Browser};
use crate::{first_page, open_and_wait};
use interview_deck::bank::BANK;
use interview_deck::routes::{Link, Page};

/// Some questions: the first, one from the middle, the last.
fn sample() -> [&'static interview_deck::bank::Question; 3] {
    [&BANK[0], &BANK[BANK.len() / 2], &BANK[BANK.len() - 1]]
}

/// HTML-escaped as the pre-renderer writes text.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A page's path relative to the base, as the harness opens it.
fn relative(link: &Link) -> String {
    link.path().trim_start_matches('/').to_string()
}

#[tokio::test]
async fn every_public_page_answers_200_with_its_content_in_the_html() {
    run(async |b| {
        for question in sample() {
            let (status, html) = b.fetch_raw(&relative(&Link::question(question.id)));
            assert_eq!(status, 200, "{}", question.id);
            assert!(
                html.contains(&escaped(question.title())),
                "{}: title",
                question.id
            );
            assert!(
                html.contains(&escaped(question.why())),
                "{}: why",
                question.id
            );
            let body = question.body().expect("native builds include every guide");
            assert!(
                html.contains(&body.guide.html()),
                "{}: the whole guide",
                question.id
            );
            for point in body.key_points() {
                let point = point.html();
                assert!(html.contains(&point), "{}: key point {point}", question.id);
            }
            assert!(
                html.contains(&format!(
                    "<title>{} · Interview Deck</title>",
                    escaped(question.title())
                )),
                "{}: its own title",
                question.id
            );
        }
        let (status, list) = b.fetch_raw(&relative(&Page::Questions.link()));
        assert_eq!(status, 200);
        for question in BANK {
            let href = b.href(Link::question(question.id).path());
            assert!(
                list.contains(&format!("href=\"{href}\"")),
                "the list links {}",
                question.id
            );
        }
        for page in Page::ALL.into_iter().filter(|p| *p != Page::Question) {
            let (status, html) = b.fetch_raw(&relative(&page.link()));
            assert_eq!(status, 200, "{page:?}");
            assert!(
                html.contains(&format!("<title>{}</title>", escaped(page.title()))),
                "{page:?}"
            );
        }
        let (status, _) = b.fetch_raw("q/no-such-question");
        assert_eq!(status, 404, "an unknown id is still not found");
        open_and_wait(b, "q/no-such-question").await;
        b.wait_text("#main", "no question with the id").await;
    })
    .await;
}

#[tokio::test]
async fn the_sitemap_lists_exactly_the_public_pages_and_each_answers_200() {
    let site =
        std::env::var("E2E_SITE_URL").expect("E2E_SITE_URL: the address the site is built for");
    run(async |b| {
        let (status, xml) = b.fetch_raw("sitemap.xml");
        assert_eq!(status, 200);
        let mut listed: Vec<String> = xml
            .split("<loc>")
            .skip(1)
            .filter_map(|rest| rest.split_once("</loc>").map(|(loc, _)| loc.to_string()))
            .collect();
        listed.sort();
        let mut expected: Vec<String> = Page::ALL
            .into_iter()
            .filter(|p| *p != Page::Question)
            .map(|p| p.link())
            .chain(BANK.iter().map(|q| Link::question(q.id)))
            .map(|link| format!("{site}{}", relative(&link)))
            .collect();
        expected.sort();
        assert_eq!(listed, expected);
        for loc in &listed {
            let path = loc.strip_prefix(&site).expect("under the site's address");
            assert_eq!(b.fetch_raw(path).0, 200, "{loc}");
        }
        let (_, robots) = b.fetch_raw("robots.txt");
        assert!(
            robots.contains(&format!("Sitemap: {site}sitemap.xml")),
            "{robots}"
        );
        let (_, page) = b.fetch_raw(&relative(&Link::question(BANK[0].id)));
        let canonical = format!("{site}{}", relative(&Link::question(BANK[0].id)));
        assert!(
            page.contains(&format!("<link rel=canonical href=\"{canonical}\">")),
            "canonical"
        );
        assert!(
            page.contains(&format!("<meta property=og:url content=\"{canonical}\">")),
            "og:url"
        );
    })
    .await;
}

#[tokio::test]
async fn with_javascript_off_a_question_and_its_guide_can_be_read() {
    run(async |b| {
        b.without_javascript().await;
        let question = sample()[1];
        b.open(&relative(&Link::question(question.id))).await;
        let title = b.find(".question h1").await.text().await.unwrap();
        assert_eq!(title, question.title());
        assert!(
            !b.find("#guide").await.is_displayed().await.unwrap(),
            "the guide waits"
        );
        b.find("summary.reveal").await.click().await.unwrap();
        b.wait_text("#guide", "Key points").await;
        b.wait_text("#guide", "Level signals").await;
        b.find(&format!(
            ".pager a[href$='/q/{}']",
            BANK[BANK.len() / 2 + 1].id
        ))
        .await;
    })
    .await;
}

/// What a page shows, the same way for the live page and for the file the server sent.
const DESCRIBE: &str = r#"
    const describe = (root) => root && [...root.querySelectorAll('.nav a, h1, .why-box p, #guide, .card-title a, .pager a, .hero p, .hero a, .printed h2, .printed .prose, .list-head a, .filters label, .result-count')]
        .map((e) => e.textContent.trim().replace(/\s+/g, ' ')
            + (e.getAttribute('href') ? ' -> ' + new URL(e.getAttribute('href'), document.baseURI).pathname : ''));
"#;

/// The page's content as the app renders it, and as the static file holds it.
async fn app_and_static(b: &Browser, path: &str) -> (serde_json::Value, serde_json::Value) {
    let seen = b
        .script(&format!(
            "{DESCRIBE}
            const file = async (name) => new DOMParser().parseFromString(await (await fetch(name)).text(), 'text/html');
            return (async () => ({{
                app: describe(document.getElementById('main')),
                file: describe((await file({path:?})).querySelector('#shell main')),
                nav: describe(document.querySelector('.site-header')),
                fileNav: describe((await file({path:?})).querySelector('#shell .site-header')),
            }}))();"
        ))
        .await;
    assert_eq!(seen["nav"], seen["fileNav"], "{path}: the same navigation");
    (seen["app"].clone(), seen["file"].clone())
}

#[tokio::test]
async fn the_app_shows_what_each_pre_rendered_page_holds() {
    run(async |b| {
        let question = sample()[0];
        let path = relative(&Link::question(question.id));
        open_and_wait(b, &path).await;
        let (app, file) = app_and_static(b, &path).await;
        assert!(app.as_array().is_some_and(|a| a.len() > 3), "{app:?}");
        assert_eq!(app, file, "a question page");

        open_and_wait(b, "").await;
        let (app, file) = app_and_static(b, "index.html").await;
        assert_eq!(app, file, "the home page");

        open_and_wait(b, "print").await;
        b.wait_count(".printed", BANK.len()).await;
        let (app, file) = app_and_static(b, "print").await;
        assert_eq!(app, file, "the study sheet of the whole bank");

        open_and_wait(b, "questions").await;
        b.wait_count(".question-list > li", first_page(BANK.len()))
            .await;
        let (app, file) = app_and_static(b, "questions").await;
        let titles = |v: &serde_json::Value| {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .filter(|e| e.as_str().is_some_and(|s| s.contains("/q/")))
                        .count()
                })
                .unwrap_or(0)
        };
        assert_eq!(
            titles(&file),
            BANK.len(),
            "the static list links every question"
        );
        let app = app.as_array().unwrap();
        assert_eq!(
            app[..],
            file.as_array().unwrap()[..app.len()],
            "the list's heading, filters, count and first page read the same"
        );
    })
    .await;
}

#[tokio::test]
async fn a_guide_opened_before_the_app_arrives_stays_open_with_its_focus() {
    run(async |b| {
        // Slow enough that the half-megabyte wasm takes seconds, while the page itself is small.
        b.throttle(Some(60_000.0)).await;
        b.open(&relative(&Link::question(BANK[0].id))).await;
        b.find("#shell summary.reveal").await.click().await.unwrap();
        b.wait_text("#shell #guide", "Key points").await;
        b.throttle(None).await;
        b.find("#main details.guide-box[open]").await;
        b.wait_text("#main #guide", "Level signals").await;
        let focused = b
            .script("return document.activeElement && document.activeElement.matches('#main summary.reveal');")
            .await;
        assert_eq!(focused, true, "focus stays on the guide's toggle");
        b.press(' ').await;
        b.wait_for("Space to close the guide the app now owns", async || {
            (b.count("#main details.guide-box[open]").await == 0).then_some(())
        })
        .await;
    })
    .await;
}
