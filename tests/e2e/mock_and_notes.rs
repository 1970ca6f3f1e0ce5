//! Mock interviews and the user's own answers.

use crate::harness::{run, Browser};
use crate::open_and_wait;
use std::time::Duration;

const NOTES_KEY: &str = "interview-deck:/interview-deck:notes";

/// Types a value into a settings field and leaves it, as a user does.
async fn set_field(b: &Browser, css: &str, value: &str) {
    let field = b.find(css).await;
    field.clear().await.unwrap();
    field.send_keys(&format!("{value}\u{E004}")).await.unwrap();
}

#[tokio::test]
async fn a_three_question_mock_times_out_is_reviewed_scheduled_and_kept_in_history() {
    run(async |b| {
        open_and_wait(b, "mock").await;
        set_field(b, "#mock-count", "3").await;
        set_field(b, "#mock-think", "0").await;
        for category in ["technical", "behavioral", "situational"] {
            set_field(b, &format!("#mock-{category}"), "2").await;
        }
        b.find("#mock-start").await.click().await.unwrap();
        b.wait_text(".session-count", "Question 1 of 3").await;
        b.find(".flashcard.time-up").await;
        let phase = b
            .find("#mock-phase")
            .await
            .prop("textContent")
            .await
            .unwrap()
            .unwrap_or_default();
        assert!(phase.starts_with("Time is up"), "{phase}");
        assert!(
            b.count(".guide").await == 0,
            "guides stay hidden while the mock runs"
        );
        b.press('n').await;
        b.wait_text(".session-count", "Question 2 of 3").await;
        b.press('n').await;
        b.wait_text(".session-count", "Question 3 of 3").await;
        b.find("#mock-next").await.click().await.unwrap();

        b.wait_text("#main h1", "Review your answers").await;
        b.wait_count(".mock-answer", 3).await;
        let first = b.find(".mock-answer").await.text().await.unwrap();
        assert!(first.contains("ran out of time"), "{first}");
        for answer in b
            .client
            .find_all(fantoccini::Locator::Css(".mock-answer"))
            .await
            .unwrap()
        {
            // Open the guide, tick one key point, grade Good.
            for css in ["summary", ".tick", ".grade-good"] {
                answer
                    .find(fantoccini::Locator::Css(css))
                    .await
                    .unwrap()
                    .click()
                    .await
                    .unwrap();
            }
        }
        b.find("#mock-finish").await.click().await.unwrap();
        b.wait_text("#mock-score", "You covered").await;
        assert_eq!(b.count(".mock-table tbody tr").await, 3);

        open_and_wait(b, "questions?status=learning").await;
        b.wait_count(".question-list > li", 3).await;
        open_and_wait(b, "mock").await;
        b.wait_count(".mock-history li", 1).await;
        b.wait_text(".mock-history", "3 questions").await;
        b.assert_clean().await;
    })
    .await;
}

#[tokio::test]
async fn a_note_survives_a_reload_an_old_version_can_be_restored_and_html_stays_text() {
    run(async |b| {
        open_and_wait(b, "").await;
        let day_ago = (js_now(b).await / 1000) - 86_400;
        let old = format!(r#"{{"v":1,"answers":{{"critical-production-bug":[{{"at":{day_ago},"parts":["my older answer"]}}]}},"stories":[]}}"#);
        b.script(&format!("localStorage.setItem({NOTES_KEY:?}, {old:?}); return null;")).await;

        open_and_wait(b, "q/critical-production-bug").await;
        let hostile = "New answer <script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">\nsecond line";
        let area = b.find(".note-text").await;
        assert_eq!(area.prop("value").await.unwrap().as_deref(), Some("my older answer"));
        area.clear().await.unwrap();
        area.send_keys(hostile).await.unwrap();
        b.wait_text(".save-status", "Saved").await;
        tokio::time::sleep(Duration::from_millis(200)).await;

        b.reload().await;
        let area = b.find(".note-text").await;
        assert_eq!(area.prop("value").await.unwrap().as_deref(), Some(hostile));

        b.find(".versions summary").await.click().await.unwrap();
        let shown = b.find(".versions .note-view").await.text().await.unwrap();
        assert_eq!(shown, "my older answer");
        b.find(".versions button").await.click().await.unwrap();
        b.wait_text(".versions summary", "Earlier versions (2)").await;
        let area = b.find(".note-text").await;
        assert_eq!(area.prop("value").await.unwrap().as_deref(), Some("my older answer"));

        let hostile_version = b.find(".versions li .note-view").await.text().await.unwrap();
        assert!(hostile_version.contains("<script>window.pwned=1</script>"), "shown as text: {hostile_version}");
        assert_eq!(b.count(".versions img, .note img").await, 0, "no element was created from the note");
        assert_eq!(b.script("return window.pwned === undefined;").await, serde_json::json!(true));
        b.assert_clean().await;
    })
    .await;
}

#[tokio::test]
async fn a_story_tagged_to_a_question_fills_the_matrix() {
    run(async |b| {
        open_and_wait(b, "stories").await;
        let uncovered = b.count(".matrix tr.uncovered").await;
        assert!(uncovered > 0);
        b.find("#story-new").await.click().await.unwrap();
        b.find("#story-title")
            .await
            .send_keys("The night the queue backed up")
            .await
            .unwrap();
        b.find("#story-text")
            .await
            .send_keys("Situation: ...\nResult: ...")
            .await
            .unwrap();
        b.find(".story-tag[value='critical-production-bug']")
            .await
            .click()
            .await
            .unwrap();
        b.find("#story-save").await.click().await.unwrap();
        b.wait_text(".stories", "The night the queue backed up")
            .await;
        b.wait_count(".matrix tr.uncovered", uncovered - 1).await;
        b.wait_text(
            ".matrix tr[data-id='critical-production-bug']",
            "The night the queue backed up",
        )
        .await;
        b.reload().await;
        b.wait_text(".stories", "The night the queue backed up")
            .await;
    })
    .await;
}

async fn js_now(b: &Browser) -> i64 {
    b.script("return Date.now();").await.as_i64().unwrap()
}
