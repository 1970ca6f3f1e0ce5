//! Mock interviews and the user's own answers.

use crate::harness::{run, Browser};
use crate::{follow_nav, open_and_wait};
use fantoccini::Locator;
use interview_deck::bank::Category;
use interview_deck::progress::{MockHistory, NoteVersion, Notes, Settings, StoredDocument};

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
        start_mock(b, 3, 2).await;
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
        grade_every_answer_and_finish(b).await;
        assert_eq!(b.count(".mock-table tbody tr").await, 3);

        open_and_wait(b, "questions?status=learning").await;
        b.wait_count(".question-list > li", 3).await;
        open_and_wait(b, "mock").await;
        b.wait_count(".mock-history li", 1).await;
        b.wait_text(".mock-history", "3 questions").await;
    })
    .await;
}

#[tokio::test]
async fn a_note_survives_a_reload_an_old_version_can_be_restored_and_html_stays_text() {
    let question = "critical-production-bug";
    run(async |b| {
        open_and_wait(b, "").await;
        let day_ago = (js_now(b).await / 1000) - 86_400;
        let mut old = Notes::default();
        old.answers.insert(
            question.to_string(),
            vec![NoteVersion { at: day_ago, parts: vec!["my older answer".to_string()] }],
        );
        let key = b.key::<Notes>();
        b.script(&format!("localStorage.setItem({key:?}, {:?}); return null;", old.encode())).await;

        open_and_wait(b, &format!("q/{question}")).await;
        let hostile = "New answer <script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">\nsecond line";
        let area = b.find(".note-text").await;
        assert_eq!(area.prop("value").await.unwrap().as_deref(), Some("my older answer"));
        area.clear().await.unwrap();
        area.send_keys(hostile).await.unwrap();
        b.wait_text(".save-status", "Saved").await;
        b.wait_stored::<Notes>("the new answer reaching storage", |n| {
            n.current(question).is_some_and(|v| v.parts == [hostile])
        })
        .await;

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

/// Sets a mock of `count` questions with no thinking time and two seconds an answer, starts
/// it and moves through every question with "Next", to its review.
/// Starts a mock of `count` questions from the mock page, with no thinking time and
/// `answer_secs` to answer each.
pub async fn start_mock(b: &Browser, count: usize, answer_secs: u32) {
    set_field(b, "#mock-count", &count.to_string()).await;
    set_field(b, "#mock-think", "0").await;
    for category in Category::ALL {
        set_field(
            b,
            &format!("#mock-{}", category.slug()),
            &answer_secs.to_string(),
        )
        .await;
    }
    b.find("#mock-start").await.click().await.unwrap();
}

pub async fn run_a_quick_mock(b: &Browser, count: usize) {
    start_mock(b, count, 2).await;
    for n in 1..=count {
        b.wait_text(".session-count", &format!("Question {n} of {count}"))
            .await;
        b.find("#mock-next").await.click().await.unwrap();
    }
    b.wait_text("#main h1", "Review your answers").await;
    b.wait_count(".mock-answer", count).await;
}

/// On a mock's review: opens each answer's guide, ticks one key point, grades it Good, then
/// finishes, which keeps the mock in the history.
async fn grade_every_answer_and_finish(b: &Browser) {
    for answer in b
        .client
        .find_all(Locator::Css(".mock-answer"))
        .await
        .unwrap()
    {
        for css in ["summary", ".tick", ".grade-good"] {
            answer
                .find(Locator::Css(css))
                .await
                .unwrap()
                .click()
                .await
                .unwrap();
        }
    }
    b.find("#mock-finish").await.click().await.unwrap();
    b.wait_text("#mock-score", "You covered").await;
}

/// Opens the practice page's scheduling settings (the new-per-day field and target recall).
async fn open_scheduling_settings(b: &Browser) {
    b.find("details.settings").await;
    if b.count("details.settings[open]").await == 0 {
        b.find("details.settings summary")
            .await
            .click()
            .await
            .unwrap();
    }
    b.find("details.settings[open] #setting-new").await;
}

/// Waits until the page's clock has passed `second` (Unix seconds). A mock is known by the
/// second it started and settings copies by the second they changed, so two tabs acting within
/// one second tie; that is not what the two-tab test is about.
async fn wait_past(b: &Browser, second: i64) {
    b.wait_for(&format!("the clock passing {second}"), async || {
        (js_now(b).await / 1000 > second).then_some(())
    })
    .await;
}

#[tokio::test]
async fn two_tabs_each_finishing_a_mock_keep_both_mocks_and_each_others_settings() {
    let defaults = Settings::default();
    // Values neither tab starts with: new questions a day, and a target recall the page offers.
    let new_per_day = if defaults.new_per_day == 7 { 8 } else { 7 };
    let retention = if format!("{:.2}", defaults.retention) == "0.85" {
        "0.95"
    } else {
        "0.85"
    };
    run(async |b| {
        // Both tabs load every document before either changes one.
        let first = b.client.window().await.unwrap();
        open_and_wait(b, "mock").await;
        let second = b.client.new_window(true).await.unwrap().handle;
        b.client.switch_to_window(second.clone()).await.unwrap();
        open_and_wait(b, "practice").await;

        // The first tab finishes a mock of three questions.
        b.client.switch_to_window(first.clone()).await.unwrap();
        run_a_quick_mock(b, 3).await;
        grade_every_answer_and_finish(b).await;
        let first_mock = b
            .wait_stored::<MockHistory>("the first mock saved", |h| h.mocks.len() == 1)
            .await
            .mocks[0]
            .at;

        // The second tab, never reloaded, changes a setting and finishes a mock of four.
        b.client.switch_to_window(second.clone()).await.unwrap();
        open_scheduling_settings(b).await;
        set_field(b, "#setting-new", &new_per_day.to_string()).await;
        b.wait_stored::<Settings>("the daily limit saved", |s| s.new_per_day == new_per_day)
            .await;
        follow_nav(b, "/mock").await;
        // The first tab's mock shows up here without a reload.
        b.wait_count(".mock-history li", 1).await;
        wait_past(b, first_mock).await;
        run_a_quick_mock(b, 4).await;
        grade_every_answer_and_finish(b).await;

        // The first tab, never reloaded, shows the second tab's mock and settings, then
        // changes another setting.
        // (It shows its mock's summary: the history is on the mock page's setup, which the
        // page shows again once the tab has been elsewhere.)
        b.client.switch_to_window(first.clone()).await.unwrap();
        follow_nav(b, "/practice").await;
        open_scheduling_settings(b).await;
        b.wait_value("#setting-new", &new_per_day.to_string()).await;
        follow_nav(b, "/mock").await;
        b.wait_count(".mock-history li", 2).await;
        b.wait_value("#mock-count", "4").await;
        follow_nav(b, "/practice").await;
        open_scheduling_settings(b).await;
        let changed = b.stored_document::<Settings>().await.unwrap().changed;
        wait_past(b, changed).await;
        b.find("#setting-retention")
            .await
            .select_by_value(retention)
            .await
            .unwrap();
        b.wait_stored::<Settings>("the target recall saved", |s| {
            format!("{:.2}", s.retention) == retention
        })
        .await;

        // After a reload, each tab lists both mocks and holds every setting either changed.
        for tab in [&first, &second] {
            b.client.switch_to_window(tab.clone()).await.unwrap();
            b.reload().await;
            follow_nav(b, "/mock").await;
            b.wait_count(".mock-history li", 2).await;
            b.wait_text(".mock-history", "3 questions").await;
            b.wait_text(".mock-history", "4 questions").await;
            b.wait_value("#mock-count", "4").await;
            follow_nav(b, "/practice").await;
            open_scheduling_settings(b).await;
            b.wait_value("#setting-new", &new_per_day.to_string()).await;
            b.wait_value("#setting-retention", retention).await;
        }
        let mocks = b.stored_document::<MockHistory>().await.unwrap();
        let sizes: Vec<usize> = mocks.mocks.iter().map(|m| m.answers.len()).collect();
        assert_eq!(
            sizes,
            [3, 4],
            "both mocks are stored, oldest first: {mocks:?}"
        );
        let settings = b.stored_document::<Settings>().await.unwrap();
        assert_eq!(
            (
                settings.new_per_day,
                format!("{:.2}", settings.retention),
                settings.mock_count
            ),
            (new_per_day, retention.to_string(), 4),
            "{settings:?}"
        );
    })
    .await;
}

async fn js_now(b: &Browser) -> i64 {
    b.script("return Date.now();").await.as_i64().unwrap()
}
