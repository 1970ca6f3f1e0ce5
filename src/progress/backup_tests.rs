//! Import validation against a corpus of bad files, and the import plans.

use super::*;
use serde_json::{json, Value};

/// The time the tests import at: just after the sample's last event.
const NOW: i64 = 1_767_000_500;

fn sample() -> Backup {
    let mut backup = Backup::default();
    backup.progress.record(
        "sql-vs-nosql",
        Review {
            at: 1_767_000_000,
            rating: Rating::Good,
            secs: 80,
            ticks: 0b111,
        },
    );
    backup
        .progress
        .set_star("on-call-high-latency", true, 1_767_000_100);
    backup.notes.save(
        "critical-production-bug",
        vec!["my story".into()],
        1_767_000_200,
    );
    backup.mocks.add(MockRecord {
        at: 1_767_000_300,
        answers: vec![],
    });
    let draft = crate::bank::own::Draft {
        title: "How does Acme shard orders?".into(),
        key_points: vec!["by customer".into()],
        ..Default::default()
    };
    backup
        .own
        .put("own-acme-1", &draft, Some("Acme".into()), 1_767_000_350)
        .unwrap();
    backup
}

fn good_file() -> Value {
    serde_json::from_str(&encode_backup(&sample(), "0.1.0", 1_767_000_400)).unwrap()
}

/// The good file with one change made to it.
fn mutated(change: impl Fn(&mut Value)) -> String {
    let mut file = good_file();
    change(&mut file);
    file.to_string()
}

#[test]
fn an_export_imports_back_to_the_same_data() {
    let text = encode_backup(&sample(), "0.1.0", 1_767_000_400);
    assert!(text.contains("\"format\": \"interview-deck-backup\""));
    assert!(text.contains("\"app_version\": \"0.1.0\""));
    assert_eq!(decode_backup(&text, NOW).unwrap(), sample());
}

#[test]
fn thirty_and_more_bad_files_are_each_refused_with_a_named_problem() {
    let good = good_file().to_string();
    let mut corpus: Vec<(&str, String, &str)> = vec![
        ("empty", String::new(), "empty"),
        ("whitespace", "  \n ".into(), "empty"),
        ("truncated", good[..good.len() / 2].into(), "not valid JSON"),
        (
            "truncated by one",
            good[..good.len() - 1].into(),
            "not valid JSON",
        ),
        ("not json", "hello".into(), "not valid JSON"),
        ("csv", "id,rating\nq,3\n".into(), "not valid JSON"),
        ("array", "[1,2,3]".into(), "not an Interview Deck backup"),
        (
            "string",
            "\"backup\"".into(),
            "not an Interview Deck backup",
        ),
        ("number", "42".into(), "not an Interview Deck backup"),
        ("null", "null".into(), "not an Interview Deck backup"),
        ("empty object", "{}".into(), "format"),
        (
            "wrong format",
            mutated(|f| f["format"] = json!("anki-deck")),
            "format",
        ),
        (
            "format not a string",
            mutated(|f| f["format"] = json!(1)),
            "format",
        ),
        (
            "a bare progress document",
            r#"{"v":1,"cards":{}}"#.into(),
            "format",
        ),
        (
            "no version",
            mutated(|f| {
                f.as_object_mut().unwrap().remove("v");
            }),
            "no version",
        ),
        (
            "version is text",
            mutated(|f| f["v"] = json!("1")),
            "no version",
        ),
        (
            "negative version",
            mutated(|f| f["v"] = json!(-1)),
            "no version",
        ),
        (
            "newer version",
            mutated(|f| f["v"] = json!(2)),
            "newer version",
        ),
        (
            "no progress",
            mutated(|f| {
                f.as_object_mut().unwrap().remove("progress");
            }),
            "no \"progress\" section",
        ),
        (
            "no notes",
            mutated(|f| {
                f.as_object_mut().unwrap().remove("notes");
            }),
            "no \"notes\" section",
        ),
        (
            "no settings",
            mutated(|f| {
                f.as_object_mut().unwrap().remove("settings");
            }),
            "no \"settings\" section",
        ),
        (
            "no mocks",
            mutated(|f| {
                f.as_object_mut().unwrap().remove("mocks");
            }),
            "no \"mocks\" section",
        ),
        (
            "progress is a list",
            mutated(|f| f["progress"] = json!([])),
            "\"progress\" section is damaged",
        ),
        (
            "progress without cards",
            mutated(|f| f["progress"] = json!({"v": 1})),
            "\"progress\" section is damaged",
        ),
        (
            "progress from the future",
            mutated(|f| f["progress"]["v"] = json!(9)),
            "newer version",
        ),
        (
            "bad rating",
            mutated(|f| f["progress"]["cards"]["sql-vs-nosql"]["l"][1] = json!(7)),
            "rating 7",
        ),
        (
            "cut log",
            mutated(|f| f["progress"]["cards"]["sql-vs-nosql"]["l"] = json!([1, 3])),
            "cut short",
        ),
        (
            "log of strings",
            mutated(|f| f["progress"]["cards"]["sql-vs-nosql"]["l"] = json!(["a", "b", "c", "d"])),
            "whole number",
        ),
        (
            "huge duration",
            mutated(|f| f["progress"]["cards"]["sql-vs-nosql"]["l"][2] = json!(1e12)),
            "whole number",
        ),
        (
            "negative duration",
            mutated(|f| f["progress"]["cards"]["sql-vs-nosql"]["l"][2] = json!(-3)),
            "out of range",
        ),
        (
            "star not a pair",
            mutated(|f| f["progress"]["cards"]["on-call-high-latency"]["s"] = json!("yes")),
            "star",
        ),
        (
            "card is text",
            mutated(|f| f["progress"]["cards"]["x"] = json!("<script>")),
            "not an object",
        ),
        (
            "notes is text",
            mutated(|f| f["notes"] = json!("notes")),
            "\"notes\" section is damaged",
        ),
        (
            "note version without time",
            mutated(|f| f["notes"]["answers"]["q"] = json!([{"parts": ["x"]}])),
            "\"notes\" section is damaged",
        ),
        (
            "note parts not text",
            mutated(|f| f["notes"]["answers"]["q"] = json!([{"at": 1, "parts": [1]}])),
            "\"notes\" section is damaged",
        ),
        (
            "notes from the future",
            mutated(|f| f["notes"]["v"] = json!(3)),
            "newer version",
        ),
        (
            "settings is a number",
            mutated(|f| f["settings"] = json!(5)),
            "\"settings\" section is damaged",
        ),
        (
            "retention is text",
            mutated(|f| f["settings"]["retention"] = json!("high")),
            "\"settings\" section is damaged",
        ),
        (
            "mocks is an object of junk",
            mutated(|f| f["mocks"]["mocks"] = json!({"a": 1})),
            "\"mocks\" section is damaged",
        ),
        (
            "mock rating out of range",
            mutated(
                |f| f["mocks"]["mocks"] = json!([{"at": 1, "answers": [{"id": "q", "used_secs": 1, "target_secs": 1, "timed_out": false, "ticks": 0, "points": 5, "rating": 9}]}]),
            ),
            "\"mocks\" section is damaged",
        ),
        (
            "deeply nested",
            format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
            "more than 128 levels deep",
        ),
        (
            "an unknown field nested 5,000 deep",
            format!(
                "{},\"extra\":{}1{}}}",
                good.trim_end_matches('}'),
                "[".repeat(5_000),
                "]".repeat(5_000)
            ),
            "more than 128 levels deep",
        ),
        (
            "a review time just under chrono's limit (the hostile run's file)",
            r#"{"format":"interview-deck-backup","v":1,"progress":{"v":1,"cards":{"sql-vs-nosql":{"l":[8210266876000,3,10,0]}}},"notes":{"v":1},"settings":{"v":1},"mocks":{"v":1}}"#.into(),
            "card \"sql-vs-nosql\": a review time (8210266876000) is not between the years 2000 and 9999",
        ),
        (
            "a review time before 2000",
            mutated(|f| f["progress"]["cards"]["sql-vs-nosql"]["l"] = json!([900_000_000, 3, 10, 0])),
            "card \"sql-vs-nosql\": a review time (900000000) is not between",
        ),
        (
            "a review dated next month",
            mutated(|f| f["progress"]["cards"]["sql-vs-nosql"]["l"] = json!([NOW + 30 * 86_400, 3, 10, 0])),
            "card \"sql-vs-nosql\" has a review dated",
        ),
        (
            "a progress section without a version",
            mutated(|f| {
                f["progress"] = json!({"cards": {"sql-vs-nosql": {"reviews": [{"at": 1_767_000_000, "rating": 3, "secs": 10}]}}})
            }),
            "\"progress\" section has no \"v\"",
        ),
        (
            "a lone surrogate in a note",
            r#"{"format":"interview-deck-backup","v":1,"progress":{"v":1,"cards":{}},"notes":{"v":1,"answers":{"q":[{"at":1767000000,"parts":["half \ud83d emoji"]}]}},"settings":{"v":1},"mocks":{"v":1}}"#.into(),
            "broken \\u character escape at line 1 column 140",
        ),
    ];
    let oversized = format!(
        "{{\"format\":\"interview-deck-backup\",\"pad\":\"{}\"}}",
        "x".repeat(MAX_IMPORT_BYTES)
    );
    corpus.push(("over 10 MB", oversized, "never more than 10 MB"));
    assert!(corpus.len() >= 30);
    for (name, text, expected) in &corpus {
        match decode_backup(text, NOW) {
            Ok(_) => panic!("{name}: a bad file was accepted"),
            Err(e) => assert!(e.to_string().contains(expected), "{name}: {e}"),
        }
    }
}

#[test]
fn a_merge_plan_counts_what_it_adds_and_loses_nothing() {
    let current = sample();
    let mut incoming = Backup::default();
    incoming.progress.record(
        "sql-vs-nosql",
        Review {
            at: 1_767_100_000,
            rating: Rating::Hard,
            secs: 60,
            ticks: 0,
        },
    );
    incoming.progress.record(
        "gone-from-the-bank",
        Review {
            at: 1_767_100_000,
            rating: Rating::Good,
            secs: 60,
            ticks: 0,
        },
    );
    incoming.notes.save(
        "critical-production-bug",
        vec!["another story".into()],
        1_767_100_000,
    );
    incoming
        .notes
        .save("mentoring", vec!["new note".into()], 1_767_100_000);
    incoming.settings.retention = 0.8;

    let plan = plan_import(&current, &incoming, ImportMode::Merge);
    assert_eq!(
        (
            plan.cards_added,
            plan.cards_changed,
            plan.reviews_added,
            plan.reviews_removed
        ),
        (1, 1, 2, 0)
    );
    assert_eq!((plan.notes_added, plan.notes_changed), (1, 1));
    assert_eq!(plan.result.progress.log("sql-vs-nosql").len(), 2);
    assert!(
        plan.result.progress.log("gone-from-the-bank").len() == 1,
        "ids no longer in the bank are kept"
    );
    assert_eq!(
        plan.result.notes.answers["critical-production-bug"].len(),
        2,
        "differing notes are both kept"
    );
    assert_eq!(
        plan.result.settings, current.settings,
        "merge keeps this browser's settings"
    );
    assert_eq!(plan.result.mocks, current.mocks);
}

#[test]
fn a_replace_plan_takes_the_file_as_it_is() {
    let current = sample();
    let incoming = Backup::default();
    let plan = plan_import(&current, &incoming, ImportMode::Replace);
    assert_eq!(plan.result, incoming);
    assert_eq!(plan.reviews_removed, 1);
    assert_eq!(plan.reviews_added, 0);
}

#[test]
fn importing_the_same_backup_twice_changes_nothing_the_second_time() {
    let current = sample();
    let once = plan_import(&current, &sample(), ImportMode::Merge);
    assert_eq!(once.result, current);
    assert_eq!(
        (
            once.cards_added,
            once.cards_changed,
            once.reviews_added,
            once.notes_changed
        ),
        (0, 0, 0, 0)
    );
}

#[test]
fn the_export_reminder_waits_two_weeks_and_needs_unsaved_reviews() {
    let day = 86_400;
    let backup = sample();
    let first = 1_767_000_000;
    assert!(
        !needs_export_reminder(&Progress::default(), None, first + 100 * day),
        "nothing to save"
    );
    assert!(!needs_export_reminder(
        &backup.progress,
        None,
        first + 13 * day
    ));
    assert!(needs_export_reminder(
        &backup.progress,
        None,
        first + 15 * day
    ));
    assert!(
        !needs_export_reminder(&backup.progress, Some(first + day), first + 40 * day),
        "exported after the last review"
    );
    let mut later = backup.progress.clone();
    later.record(
        "x",
        Review {
            at: first + 2 * day,
            rating: Rating::Good,
            secs: 1,
            ticks: 0,
        },
    );
    assert!(!needs_export_reminder(
        &later,
        Some(first + day),
        first + 10 * day
    ));
    assert!(needs_export_reminder(
        &later,
        Some(first + day),
        first + 16 * day
    ));
}

#[test]
fn minus_zero_is_read_as_zero() {
    let text = mutated(|f| {
        f["progress"]["cards"]["sql-vs-nosql"]["l"] = json!([1_767_000_000, 3, 10, 0, 0, 4, 10, 0]);
    })
    .replace("[1767000000,3,10,0,0,4", "[1767000000,3,10,0,-0,4");
    assert!(text.contains(",-0,"), "the file has a -0");
    let backup = decode_backup(&text, NOW).unwrap();
    let times: Vec<i64> = backup
        .progress
        .log("sql-vs-nosql")
        .iter()
        .map(|r| r.at)
        .collect();
    assert_eq!(times, [1_767_000_000, 1_767_000_000]);
}

#[test]
fn a_stored_review_time_that_cannot_be_scheduled_is_refused_by_the_decoder_too() {
    let stored = r#"{"v":1,"cards":{"sql-vs-nosql":{"l":[8210266876000,3,10,0]}}}"#;
    let error = decode_progress(stored).unwrap_err();
    assert!(
        error.to_string().contains("card \"sql-vs-nosql\""),
        "{error}"
    );
}

#[test]
fn own_questions_travel_in_the_backup_and_an_older_backup_without_them_still_imports() {
    let back = decode_backup(&good_file().to_string(), NOW).unwrap();
    assert_eq!(back.own.live().len(), 1);
    assert_eq!(
        back.own.questions["own-acme-1"].tag.as_deref(),
        Some("Acme")
    );
    let older = mutated(|f| {
        f.as_object_mut().unwrap().remove("own");
    });
    assert_eq!(
        decode_backup(&older, NOW).unwrap().own,
        OwnQuestions::default()
    );
    let damaged = mutated(|f| f["own"]["questions"]["own-acme-1"]["level"] = json!("guru"));
    assert_eq!(
        decode_backup(&damaged, NOW).unwrap_err().to_string(),
        "the backup's \"own\" section is damaged: own question \"own-acme-1\" cannot be used: its level \"guru\" is unknown"
    );
    let foreign = mutated(|f| {
        f["own"]["questions"] =
            json!({ "sql-vs-nosql": f["own"]["questions"]["own-acme-1"].clone() })
    });
    assert!(decode_backup(&foreign, NOW)
        .unwrap_err()
        .to_string()
        .contains("is not the id of an own question"));
    let plan = plan_import(&Backup::default(), &back, ImportMode::Merge);
    assert_eq!(plan.own_added, 1);
    assert_eq!(plan_import(&back, &back, ImportMode::Merge).own_added, 0);
}
