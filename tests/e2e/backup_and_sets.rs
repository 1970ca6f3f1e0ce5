//! Backup and restore, and tailored sets.

use crate::harness::{run, Browser};
use crate::hostile::import;
use crate::open_and_wait;
use crate::practice::grade_current;
use interview_deck::bank::{bank_questions, match_topics, rank_questions, BANK, TAILORED_SET_SIZE};
use interview_deck::progress::{encode_backup, Backup, Progress, BACKUP_FORMAT};
use serde_json::{json, Value};

async fn grade_two_cards(b: &Browser) {
    open_and_wait(b, "practice").await;
    b.press('\u{E007}').await;
    for _ in 0..2 {
        grade_current(b, '3').await;
    }
    b.wait_text(".session-count", "Card 3 of").await;
}

async fn learning_count(b: &Browser, expected: usize) {
    open_and_wait(b, "questions?status=learning").await;
    b.wait_count(".question-list > li", expected).await;
}

/// Exports everything from the settings, then resets everything; returns the exported file.
pub async fn export_and_reset(b: &Browser) -> String {
    open_and_wait(b, "settings").await;
    b.find("#export").await.click().await.unwrap();
    let exported = b.downloaded("interview-deck-backup-").await;
    b.find("#reset-confirm")
        .await
        .send_keys("RESET")
        .await
        .unwrap();
    b.find("#reset").await.click().await.unwrap();
    exported
}

/// Imports the file `export_and_reset` downloaded, once its plan says `planned`, merging.
pub async fn import_the_export(b: &Browser, planned: &str) {
    open_and_wait(b, "settings").await;
    let file = std::fs::read_dir(b.downloads())
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path();
    b.find("#import-file")
        .await
        .send_keys(&file.display().to_string())
        .await
        .unwrap();
    b.wait_text("#import-plan", planned).await;
    b.find("#import-apply").await.click().await.unwrap();
    b.wait_text("#import-done", "Imported").await;
}

#[tokio::test]
async fn export_reset_and_import_bring_everything_back() {
    run(async |b| {
        grade_two_cards(b).await;
        open_and_wait(b, "q/critical-production-bug").await;
        b.find(".note-text")
            .await
            .send_keys("My outage story")
            .await
            .unwrap();
        b.wait_text(".save-status", "Saved").await;

        let exported = export_and_reset(b).await;
        let file: Value = serde_json::from_str(&exported).expect("the backup is JSON");
        assert_eq!(file["format"], BACKUP_FORMAT);
        assert!(exported.contains("My outage story"), "{exported}");
        learning_count(b, 0).await;

        import_the_export(b, "2 cards added").await;
        learning_count(b, 2).await;
        open_and_wait(b, "q/critical-production-bug").await;
        let note = b.find(".note-text").await.prop("value").await.unwrap();
        assert_eq!(note.as_deref(), Some("My outage story"));
    })
    .await;
}

#[tokio::test]
async fn a_bad_file_is_refused_with_its_problem_and_nothing_changes() {
    // A backup as the app writes it, with one defect: a review (in June 2025) graded 9.
    let mut file: Value =
        serde_json::from_str(&encode_backup(&Backup::default(), "e2e", 0)).unwrap();
    file["progress"]["cards"] = json!({ "x": { "l": [1_750_000_000, 9, 0, 0] } });
    run(async |b| {
        let progress_key = b.key::<Progress>();
        grade_two_cards(b).await;
        let before = b.stored(&progress_key).await;
        let bad = import(b, "interview-deck-bad", &file.to_string()).await;
        let error = b.wait_text("#import-error", "cannot be imported").await;
        assert!(
            error.contains("rating 9") && error.contains("Nothing was changed"),
            "{error}"
        );
        assert_eq!(b.count("#import-plan").await, 0);
        assert_eq!(b.stored(&progress_key).await, before);
        learning_count(b, 2).await;
        let _ = std::fs::remove_file(bad);
    })
    .await;
}

#[tokio::test]
async fn a_tailored_set_ranks_for_the_job_and_its_link_reproduces_it() {
    let job = "We build payment APIs on PostgreSQL and Kafka. You will design idempotent REST endpoints, tune SQL queries and indexes, and run event-driven consumers with retries and dead-letter queues.";
    let expected: Vec<&str> = rank_questions(bank_questions(), &match_topics(job))
        .into_iter()
        .take(TAILORED_SET_SIZE)
        .map(|(q, _)| q.id)
        .collect();
    assert!(!expected.is_empty());
    run(async |b| {
        open_and_wait(b, "tailor").await;
        b.find("#job-text").await.send_keys(job).await.unwrap();
        b.wait_count(".ranked li", expected.len()).await;
        b.find(".found-topics li[data-topic='messaging']").await;
        let shown = ids_of(b, ".ranked li").await;
        assert_eq!(shown, expected);

        let link = b
            .find("#tailor-link")
            .await
            .attr("href")
            .await
            .unwrap()
            .unwrap();
        let path = link
            .strip_prefix(b.base_path())
            .expect("an in-app link")
            .to_string();
        open_and_wait(b, &path).await;
        b.wait_count(".question-card", expected.len()).await;
        assert_eq!(ids_of(b, ".question-card").await, expected);
        b.find("#set-print").await.click().await.unwrap();
        b.wait_count(".printed", expected.len()).await;
        assert_eq!(
            ids_of(b, ".printed").await,
            expected,
            "the set prints in its order"
        );
        b.client.back().await.unwrap();
        b.wait_count(".question-card", expected.len()).await;
        b.find("#set-practise").await.click().await.unwrap();
        b.wait_text(
            "main",
            &format!("{} questions in this selection", expected.len()),
        )
        .await;
    })
    .await;
}

async fn ids_of(b: &Browser, css: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for element in b
        .client
        .find_all(fantoccini::Locator::Css(css))
        .await
        .unwrap()
    {
        ids.push(element.attr("data-id").await.unwrap().unwrap_or_default());
    }
    ids
}

#[tokio::test]
async fn the_list_on_screen_exports_to_anki_one_note_a_line() {
    let topic = interview_deck::bank::topic_by_id("caching").expect("the caching topic");
    let expected: Vec<&interview_deck::bank::Question> =
        BANK.iter().filter(|q| q.topics.contains(&topic)).collect();
    run(async |b| {
        open_and_wait(b, "questions?topic=caching").await;
        b.wait_count(".question-list > li", expected.len()).await;
        b.find("#anki-export").await.click().await.unwrap();
        b.wait_text(
            "#anki-status",
            &format!("Exported {} questions", expected.len()),
        )
        .await;
        let file = b.downloaded("interview-deck-anki-").await;
        let lines: Vec<&str> = file.lines().collect();
        let header: Vec<&str> = interview_deck::bank::anki::HEADER.lines().collect();
        assert_eq!(lines[..header.len()], header[..]);
        assert_eq!(
            lines.len(),
            header.len() + expected.len(),
            "one line a question: no raw line break in a field"
        );
        for (line, question) in lines[header.len()..].iter().zip(&expected) {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{line}");
            assert!(fields
                .iter()
                .all(|f| f.len() >= 2 && f.starts_with('"') && f.ends_with('"')));
            assert!(fields[1].contains("Key points"), "{}", question.id);
            assert!(fields[2].contains("caching"), "{}", fields[2]);
        }
        let fronts: Vec<String> = lines[header.len()..]
            .iter()
            .map(|l| {
                l.split('\t')
                    .next()
                    .unwrap()
                    .trim_matches('"')
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("\"\"", "\"")
            })
            .collect();
        let titles: Vec<&str> = expected.iter().map(|q| q.title()).collect();
        assert_eq!(fronts, titles);
    })
    .await;
}
