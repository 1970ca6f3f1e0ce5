//! Every route, in light and dark mode, audited by axe-core: no WCAG A/AA violation.

use crate::harness::{run, Browser};
use crate::mock_and_notes::start_mock;
use crate::open_and_wait;
use interview_deck::bank::BANK;

/// Opens a route and waits for what shows it has rendered.
async fn visit(b: &Browser, path: &str, ready: &str) {
    open_and_wait(b, path).await;
    b.find(ready).await;
}

async fn audit(b: &Browser, what: &str, failures: &mut Vec<String>) {
    for violation in b.accessibility_violations().await {
        failures.push(format!("{what}: {violation}"));
    }
}

#[tokio::test]
async fn every_route_passes_axe_in_light_and_dark_mode() {
    let routes = [
        ("", ".counts"),
        ("questions", ".question-list li"),
        ("q/sql-vs-nosql", ".reveal"),
        ("practice", ".start"),
        ("mock", "#mock-start"),
        ("stories", ".matrix"),
        ("stats", ".heatmap"),
        ("settings", "#export"),
        ("tailor", "#job-text"),
        ("print", ".printed"),
        ("write", "#write-preview"),
        ("import", "#list-import-text"),
        ("no/such/page", ".not-found"),
    ];
    run(async |b| {
        let mut failures = Vec::new();
        for scheme in ["light", "dark"] {
            b.color_scheme(scheme).await;
            for (path, ready) in routes {
                visit(b, path, ready).await;
                audit(b, &format!("/{path} ({scheme})"), &mut failures).await;
            }
            visit(b, "q/sql-vs-nosql", ".reveal").await;
            b.press(' ').await;
            b.find("#guide .prose").await;
            audit(b, &format!("question guide ({scheme})"), &mut failures).await;
            visit(b, "practice", ".start").await;
            b.press('\u{E007}').await;
            b.press(' ').await;
            b.find(".grade-bar").await;
            audit(b, &format!("flashcard ({scheme})"), &mut failures).await;
            visit(b, "mock", "#mock-start").await;
            b.find("#mock-record").await.click().await.unwrap();
            b.wait_for("the microphone", async || {
                let on = b.script("return document.querySelector('#mock-record').checked && !document.querySelector('.mock-setup [role=status]');").await;
                on.as_bool().filter(|on| *on)
            })
            .await;
            start_mock(b, 3, 60).await;
            b.find("#record-level").await;
            audit(b, &format!("mock recording an answer ({scheme})"), &mut failures).await;
            visit(
                b,
                &format!("set?ids={}.{}", BANK[0].id, BANK[1].id),
                ".question-card",
            )
            .await;
            audit(b, &format!("set ({scheme})"), &mut failures).await;
            visit(b, "import", "#list-import-text").await;
            // Three lines, one of them blank and one a repeat, so the preview has both tables.
            let list = format!("Why Kafka ({scheme})?\n\nWhy Kafka ({scheme})?\nHow do you size a pool ({scheme})?");
            b.script(&format!("const t = document.querySelector('#list-import-text'); t.value = {list:?}; t.dispatchEvent(new Event('input', {{ bubbles: true }})); return null;")).await;
            b.find(".import-skipped").await;
            audit(b, &format!("import preview ({scheme})"), &mut failures).await;
            b.find("#list-import-add").await.click().await.unwrap();
            b.find("#list-import-done").await;
            visit(b, "questions?yours=1", ".question-list li").await;
            audit(b, &format!("your questions ({scheme})"), &mut failures).await;
        }
        assert!(
            failures.is_empty(),
            "accessibility violations:\n{}",
            failures.join("\n")
        );
    })
    .await;
}
