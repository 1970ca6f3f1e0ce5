//! The user's own questions (issue 15): written, listed, searched, practised, kept through a
//! reload and a backup; imported from a pasted list with a preview; exported; and hostile text
//! in every field staying text on every page that shows it.

use crate::backup_and_sets::{export_and_reset, import_the_export};
use crate::harness::{run, Browser};
use crate::mock_and_notes::run_a_quick_mock;
use crate::open_and_wait;
use crate::practice::grade_current;
use interview_deck::bank::anki::HEADER;
use interview_deck::bank::list_import::{plan_list, ListFormat};
use interview_deck::progress::OwnQuestions;

const CARD: &str = ".question-list > li";

/// Sets a field's value as typing would, in one step (long texts, selects).
async fn fill(b: &Browser, css: &str, value: &str) {
    b.find(css).await;
    b.script(&format!(
        "const field = document.querySelector({css:?});
         field.value = {value:?};
         field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input', {{ bubbles: true }}));
         return null;"
    ))
    .await;
}

/// Every field of the editor, as a user fills it.
struct Written<'a> {
    title: &'a str,
    why: &'a str,
    guide: &'a str,
    key_points: &'a str,
    pitfalls: &'a str,
    follow_ups: &'a str,
}

/// Writes and saves a question on the editor; returns its id, from the page it lands on.
async fn write(b: &Browser, q: &Written<'_>, category: &str, topic: &str) -> String {
    open_and_wait(b, "write").await;
    b.find("#write-title")
        .await
        .send_keys(q.title)
        .await
        .unwrap();
    fill(b, "#write-category", category).await;
    fill(b, "#write-level", "senior").await;
    b.find(&format!(".write-topic[value='{topic}']"))
        .await
        .click()
        .await
        .unwrap();
    fill(b, "#write-why", q.why).await;
    fill(b, "#write-guide", q.guide).await;
    fill(b, "#write-key-points", q.key_points).await;
    fill(b, "#write-pitfalls", q.pitfalls).await;
    fill(b, "#write-follow-ups", q.follow_ups).await;
    b.find("#write-save").await.click().await.unwrap();
    b.wait_for("the saved question's page", async || {
        let path = b.path_and_query().await;
        path.contains("/q/own-").then_some(())
    })
    .await;
    b.wait_text("#question-title", q.title).await;
    let path = b.path_and_query().await;
    path.rsplit('/').next().unwrap().to_string()
}

const SHARDING: Written = Written {
    title: "How would you shard the orders table at Acme?",
    why: "Acme's single Postgres is near its write limit.",
    guide: "Pick a shard key that keeps a customer's orders together.\n\n- by customer_id\n- never by order date\n\n```\nshard = hash(customer_id) % 64\n```",
    key_points: "customer_id as the key\nresharding with consistent hashing\ncross-shard queries",
    pitfalls: "sharding by date",
    follow_ups: "How do you move a hot customer?",
};

#[tokio::test]
async fn a_written_question_is_listed_searched_practised_and_comes_back_from_a_backup() {
    run(async |b| {
        open_and_wait(b, "write").await;
        b.find("#write-guide")
            .await
            .send_keys("Intro line\n\n- first point\n- second point")
            .await
            .unwrap();
        b.wait_count("#write-preview .prose li", 2).await;
        let id = write(b, &SHARDING, "technical", "databases").await;
        assert!(id.starts_with("own-"), "{id}");
        b.wait_text(".card-meta .number", "Your question").await;
        b.press(' ').await;
        b.wait_count("#guide .key-points li", 3).await;
        let code = b.find("#guide .prose pre code").await.text().await.unwrap();
        assert_eq!(code, "shard = hash(customer_id) % 64");
        b.wait_count("#guide .prose ul li", 2).await;
        b.wait_text("#guide .pitfalls", "sharding by date").await;

        open_and_wait(b, "questions?yours=1").await;
        b.wait_count(CARD, 1).await;
        b.wait_text(&format!("{CARD} .number"), "Yours").await;
        open_and_wait(b, "questions?q=consistent+hashing+resharding").await;
        b.wait_text(CARD, SHARDING.title).await;

        open_and_wait(b, "practice?yours=1").await;
        b.press('\u{E007}').await;
        let graded = grade_current(b, '3').await;
        assert_eq!(graded, id);
        b.reload().await;
        open_and_wait(b, "questions?yours=1&status=learning").await;
        b.wait_count(CARD, 1).await;

        let exported = export_and_reset(b).await;
        assert!(
            exported.contains(SHARDING.title),
            "the backup holds the question"
        );
        open_and_wait(b, "questions?yours=1").await;
        b.wait_count(CARD, 0).await;
        import_the_export(b, "1 of your own questions added").await;
        open_and_wait(b, "questions?yours=1&status=learning").await;
        b.wait_text(CARD, SHARDING.title).await;
    })
    .await;
}

#[tokio::test]
async fn an_edit_changes_the_question_and_a_deletion_can_be_undone() {
    run(async |b| {
        let id = write(b, &SHARDING, "technical", "databases").await;
        b.find("#own-edit").await.click().await.unwrap();
        b.wait_value("#write-title", SHARDING.title).await;
        fill(
            b,
            "#write-title",
            "How would you shard Acme's orders by customer?",
        )
        .await;
        b.find("#write-save").await.click().await.unwrap();
        b.wait_text("#question-title", "by customer?").await;
        assert!(b.path_and_query().await.ends_with(&id), "the same question");

        b.find("#own-delete").await.click().await.unwrap();
        b.wait_text("#own-deleted", "was deleted").await;
        open_and_wait(b, "questions?yours=1").await;
        b.wait_count(CARD, 0).await;
        open_and_wait(b, &format!("q/{id}")).await;
        b.find("#own-restore").await.click().await.unwrap();
        b.wait_text("#question-title", "by customer?").await;
        b.reload().await;
        b.wait_text("#question-title", "by customer?").await;
        open_and_wait(b, "write?id=own-gone-1").await;
        b.wait_text("#write-missing", "None of your questions has the id")
            .await;
    })
    .await;
}

/// Thirty lines as people paste them: a numbered list with a blank line, a repeat, one already
/// written, and one too long.
fn pasted_list() -> String {
    let mut lines: Vec<String> = (1..=25)
        .map(|n| format!("{n}. Acme onboarding question number {n}: how would you approach it?"))
        .collect();
    lines.insert(5, String::new());
    lines.push("- acme onboarding question number 3: how would you approach it".into());
    lines.push(SHARDING.title.into());
    lines.push(format!("Q: {}", "too long ".repeat(120)));
    lines.push("Describe Acme's deploy pipeline.".into());
    lines.join("\n")
}

#[tokio::test]
async fn a_pasted_list_previews_what_it_adds_and_skips_then_adds_it_under_a_name_and_exports() {
    let list = pasted_list();
    assert_eq!(list.lines().count(), 30);
    let expected = plan_list(&list, ListFormat::Lines, &[SHARDING.title]).unwrap();
    assert_eq!(
        (expected.add.len(), expected.skipped.len()),
        (26, 4),
        "the app's own plan"
    );
    run(async |b| {
        write(b, &SHARDING, "technical", "databases").await;
        open_and_wait(b, "import").await;
        fill(b, "#list-import-text", &list).await;
        b.wait_text(
            "#list-import-counts",
            "26 questions will be added; 4 skipped.",
        )
        .await;
        b.wait_count(".import-adding li", 26).await;
        let skipped = b.find(".import-skipped").await.text().await.unwrap();
        for reason in &expected.skipped {
            assert!(skipped.contains(&reason.reason.to_string()), "{skipped}");
        }
        assert_eq!(
            b.stored_document::<OwnQuestions>()
                .await
                .map(|o| o.live().len()),
            Some(1),
            "nothing saved before Add"
        );
        fill(b, "#list-import-tag", "Acme Pay").await;
        b.find("#list-import-add").await.click().await.unwrap();
        b.wait_text("#list-import-done", "Added 26 questions").await;

        open_and_wait(b, "questions?tag=Acme+Pay").await;
        b.wait_count(CARD, 26).await;
        b.find("#filter-source option[value='tag:Acme Pay']").await;
        open_and_wait(b, "questions?yours=1").await;
        b.wait_count(CARD, 27).await;
        b.find("#anki-export").await.click().await.unwrap();
        b.wait_text("#anki-status", "Exported 27 questions").await;
        let file = b.downloaded("interview-deck-anki-").await;
        let lines: Vec<&str> = file.lines().collect();
        assert_eq!(
            lines.len(),
            HEADER.lines().count() + 27,
            "one line a question"
        );
        for line in &lines[HEADER.lines().count()..] {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{line}");
            assert!(fields[2].contains("yours"), "{line}");
        }
        assert!(file.contains("Acme-Pay"), "the import name is a tag");
        b.find("#markdown-export").await.click().await.unwrap();
        let markdown = b.downloaded("interview-deck-my-questions-").await;
        let back = plan_list(&markdown, ListFormat::Markdown, &[]).unwrap();
        assert_eq!(
            back.add.len(),
            27,
            "the file imports back whole: {:?}",
            back.skipped
        );
        assert_eq!(back.add[0].1.title, SHARDING.title);
        assert_eq!(back.add[0].1.key_points.len(), 3);
    })
    .await;
}

/// Text that would run script or make elements if it were ever inserted as HTML.
const HOSTILE: &str = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> <a href=\"javascript:window.pwned=3\">link</a> \"><svg onload=\"window.pwned=4\">";

/// No element came from user text and no script ran; the text shows as typed.
async fn stayed_text(b: &Browser, page: &str) {
    b.find("#main h1").await;
    assert_eq!(
        b.count("#main img, #main svg[onload], #main a[href^='javascript'], #main script")
            .await,
        0,
        "{page}: no element was made from user text"
    );
    assert_eq!(
        b.script("return window.pwned === undefined;").await,
        serde_json::json!(true),
        "{page}: no script ran"
    );
    let text = b.find("#main").await.text().await.unwrap();
    assert!(
        text.contains("<script>window.pwned=1</script>"),
        "{page}: {text}"
    );
}

#[tokio::test]
async fn hostile_text_in_every_field_written_or_imported_stays_text_on_every_page() {
    let guide = format!("{HOSTILE}\n\n- {HOSTILE}\n\n`{HOSTILE}`\n\n```\n{HOSTILE}\n```");
    let hostile = Written {
        title: HOSTILE,
        why: HOSTILE,
        guide: &guide,
        key_points: HOSTILE,
        pitfalls: HOSTILE,
        follow_ups: HOSTILE,
    };
    let csv = format!(
        "question,why,guide,key points\n\"Imported {0}\",\"{0}\",\"{0}\",\"{0}\"\n",
        HOSTILE.replace('"', "\"\"")
    );
    run(async |b| {
        let id = write(b, &hostile, "behavioral", "collaboration").await;
        b.press(' ').await;
        b.find("#guide .key-points li").await;
        stayed_text(b, "question page").await;

        open_and_wait(b, "import").await;
        fill(b, "#list-import-format", "csv").await;
        fill(b, "#list-import-text", &csv).await;
        b.wait_text("#list-import-counts", "1 question will be added")
            .await;
        stayed_text(b, "import preview").await;
        b.find("#list-import-add").await.click().await.unwrap();
        b.wait_text("#list-import-done", "Added 1 question").await;

        open_and_wait(b, "questions?yours=1").await;
        b.wait_count(CARD, 2).await;
        stayed_text(b, "list").await;
        open_and_wait(b, "print?yours=1").await;
        b.wait_count(".printed", 2).await;
        stayed_text(b, "print").await;
        open_and_wait(b, "print?yours=1&layout=revision").await;
        b.wait_count(".revised", 2).await;
        stayed_text(b, "revision sheet").await;
        open_and_wait(b, "write").await;
        fill(b, "#write-guide", &guide).await;
        stayed_text(b, "editor preview").await;

        open_and_wait(b, &format!("mock?ids={id}")).await;
        run_a_quick_mock(b, 1).await;
        b.find(".mock-answer summary").await.click().await.unwrap();
        stayed_text(b, "mock review").await;
        open_and_wait(b, "stats").await;
        b.wait_text(".mastery", "Your questions").await;
        assert_eq!(b.count("#main img, #main script").await, 0, "stats");
        open_and_wait(b, "stories").await;
        stayed_text(b, "stories").await;
    })
    .await;
}

#[tokio::test]
async fn a_shared_set_with_the_senders_own_questions_says_how_many_it_cannot_show() {
    run(async |b| {
        let mine = write(b, &SHARDING, "technical", "databases").await;
        open_and_wait(
            b,
            &format!("set?ids={mine}.sql-vs-nosql.own-elsewhere-1.own-elsewhere-2"),
        )
        .await;
        b.wait_count(CARD, 2).await;
        b.wait_text(
            "#set-missing-own",
            "2 questions of this set are the sender's own",
        )
        .await;
    })
    .await;
}

#[tokio::test]
async fn two_tabs_writing_and_deleting_questions_keep_each_others_changes() {
    let other = Written {
        title: "How does Acme page its on-call engineers?",
        ..SHARDING
    };
    run(async |b| {
        let first_tab = b.client.window().await.unwrap();
        open_and_wait(b, "questions?yours=1").await;
        let second_tab = b.client.new_window(true).await.unwrap().handle;
        b.client.switch_to_window(second_tab.clone()).await.unwrap();
        open_and_wait(b, "questions?yours=1").await;

        b.client.switch_to_window(first_tab.clone()).await.unwrap();
        let sharding = write(b, &SHARDING, "technical", "databases").await;
        b.client.switch_to_window(second_tab.clone()).await.unwrap();
        b.wait_count(CARD, 1).await;
        write(b, &other, "situational", "observability").await;

        b.client.switch_to_window(first_tab.clone()).await.unwrap();
        b.find("#own-delete").await.click().await.unwrap();
        b.wait_text("#own-deleted", "was deleted").await;
        b.client.switch_to_window(second_tab).await.unwrap();
        open_and_wait(b, &format!("q/{sharding}")).await;
        b.find("#own-deleted").await;
        let stored = b.stored_document::<OwnQuestions>().await.expect("stored");
        let live: Vec<&str> = stored
            .live()
            .iter()
            .map(|(_, r)| r.title.as_str())
            .collect();
        assert_eq!(
            live,
            [other.title],
            "the second tab's question and the first tab's deletion"
        );
    })
    .await;
}

#[tokio::test]
async fn a_tsv_file_is_read_as_a_table_with_its_topics_and_a_bad_row_is_skipped_with_why() {
    let tsv = "question\twhy\tkey points\ttopics\n\
               How would you cache Acme's product pages?\tTheir catalogue is read-heavy.\tTTL; invalidation on write\tcaching\n\
               How do you roll back a bad deploy?\tThey ship daily.\tfeature flags\tdelivery\n\
               What is our favourite colour?\t\t\tastrology\n";
    let file = std::env::temp_dir().join(format!("acme-questions-{}.tsv", std::process::id()));
    std::fs::write(&file, tsv).unwrap();
    let expected = plan_list(tsv, ListFormat::Tsv, &[]).unwrap();
    assert_eq!((expected.add.len(), expected.skipped.len()), (2, 1));
    run(async |b| {
        open_and_wait(b, "import").await;
        b.find("#list-import-file")
            .await
            .send_keys(&file.display().to_string())
            .await
            .unwrap();
        b.wait_text(
            "#list-import-counts",
            "2 questions will be added; 1 skipped.",
        )
        .await;
        b.wait_value("#list-import-format", "tsv").await;
        b.wait_text(".import-skipped", &expected.skipped[0].reason.to_string())
            .await;
        b.find("#list-import-add").await.click().await.unwrap();
        b.wait_text("#list-import-done", "Added 2 questions").await;
        open_and_wait(b, "questions?yours=1&topic=caching").await;
        b.wait_text(CARD, "How would you cache Acme's product pages?")
            .await;
        b.wait_count(CARD, 1).await;
    })
    .await;
    let _ = std::fs::remove_file(file);
}
