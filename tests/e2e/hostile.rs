//! What a hostile or unlucky run did to the app (issue 14), each kept from coming back: stored
//! and imported values that crashed pages, typing lost on leaving, a full disk, a read-only
//! session's import, and a search decoded twice.

use crate::harness::{run, Browser};
use crate::open_and_wait;
use crate::practice::{current_card, grade_current};
use interview_deck::bank::BANK;
use interview_deck::progress::{
    decode_backup, encode_backup, Backup, MockAnswer, MockRecord, NoteVersion, Notes, Progress,
    Rating, Review, Settings, StoredDocument, Story, EARLIEST_REVIEW, SCHEMA_VERSION,
};

/// The file from the hostile run: one review time just under chrono's limit.
const FAR_FUTURE_BACKUP: &str = r#"{"format":"interview-deck-backup","v":1,"progress":{"v":1,"cards":{"sql-vs-nosql":{"l":[8210266876000,3,10,0]}}},"notes":{"v":1},"settings":{"v":1},"mocks":{"v":1}}"#;

/// Every page the crash reached renders its heading.
async fn every_page_renders(b: &Browser) {
    for path in ["", "questions", "practice", "stats", "q/sql-vs-nosql"] {
        open_and_wait(b, path).await;
    }
}

/// Opens the settings and picks `text`, saved as a file named after `name`, for import; returns
/// the file, for the caller to remove.
pub async fn import(b: &Browser, name: &str, text: &str) -> std::path::PathBuf {
    let file = std::env::temp_dir().join(format!("{name}-{}.json", std::process::id()));
    std::fs::write(&file, text).unwrap();
    open_and_wait(b, "settings").await;
    b.find("#import-file")
        .await
        .send_keys(&file.display().to_string())
        .await
        .unwrap();
    file
}

#[tokio::test]
async fn a_review_time_no_calendar_can_schedule_is_refused_at_import_and_in_storage() {
    run(async |b| {
        import(b, "far-future", FAR_FUTURE_BACKUP).await;
        let error = b.wait_text("#import-error", "cannot be imported").await;
        assert!(
            error.contains("card \"sql-vs-nosql\"") && error.contains("Nothing was changed"),
            "{error}"
        );
        assert_eq!(b.stored(&b.key::<Progress>()).await, None);
        every_page_renders(b).await;

        // Written straight into storage (an older build's import), it is backed up and the
        // app starts without it.
        let stored = r#"{"v":1,"cards":{"sql-vs-nosql":{"l":[8210266876000,3,10,0]}}}"#;
        let key = b.key::<Progress>();
        b.script(&format!(
            "localStorage.setItem({key:?}, {stored:?}); return null;"
        ))
        .await;
        b.reload().await;
        b.wait_text(".notice", "could not be read").await;
        every_page_renders(b).await;
        assert_eq!(
            b.stored(&b.backup_key::<Progress>()).await.as_deref(),
            Some(stored)
        );
    })
    .await;
}

#[tokio::test]
async fn a_note_of_six_parts_or_of_none_opens_with_every_word_and_a_place_to_type() {
    run(async |b| {
        let key = b.key::<Notes>();
        let six = r#"{"v":1,"answers":{"sql-vs-nosql":[{"at":1767000000,"parts":["s","t","a","r","fifth","sixth"]}],"cache-stampede":[{"at":1767000000,"parts":[]}]}}"#;
        open_and_wait(b, "").await;
        b.script(&format!("localStorage.setItem({key:?}, {six:?}); return null;"))
            .await;
        open_and_wait(b, "q/sql-vs-nosql").await;
        b.wait_count(".note-text", 5).await;
        let last = b
            .script("const all = document.querySelectorAll('.note-text'); return all[all.length - 1].value;")
            .await;
        assert_eq!(last.as_str(), Some("fifth\n\nsixth"), "no part is lost");

        open_and_wait(b, "q/cache-stampede").await;
        b.wait_count(".note-text", 1).await;
    })
    .await;
}

#[tokio::test]
async fn a_note_typed_just_before_leaving_is_saved() {
    run(async |b| {
        open_and_wait(b, "q/sql-vs-nosql").await;
        b.find(".note-text")
            .await
            .send_keys("typed in a hurry")
            .await
            .unwrap();
        // Leave at once, well inside the autosave pause.
        b.find(".nav a[href$='/stories']")
            .await
            .click()
            .await
            .unwrap();
        b.find("#main h1").await;
        b.wait_stored::<Notes>("the hurried note", |n| {
            n.current("sql-vs-nosql")
                .is_some_and(|v| v.parts == ["typed in a hurry"])
        })
        .await;

        // In practice: write into the card's note, then grade at once.
        open_and_wait(b, "practice").await;
        b.press('\u{E007}').await;
        let id = current_card(b).await;
        b.press(' ').await;
        // The sticky grade bar covers the summary at this window size; open it as a keyboard
        // user would.
        b.find(".note-box summary").await;
        b.script("document.querySelector('.note-box summary').focus(); return null;")
            .await;
        b.press(' ').await;
        b.find(".note-box .note-text")
            .await
            .send_keys("answered while practising")
            .await
            .unwrap();
        b.find(".grade-good").await.click().await.unwrap();
        b.wait_stored::<Notes>("the note typed in practice", |n| {
            n.current(&id)
                .is_some_and(|v| v.parts.concat().contains("answered while practising"))
        })
        .await;
    })
    .await;
}

/// Makes this page's localStorage refuse every write as full, as a full disk does; a reload
/// lifts it (the space was freed).
async fn fill_storage(b: &Browser) {
    b.script(
        "const write = Storage.prototype.setItem;\
         Storage.prototype.setItem = function (key, value) {\
           if (this === window.localStorage) throw new DOMException('full', 'QuotaExceededError');\
           return write.call(this, key, value);\
         };\
         return null;",
    )
    .await;
}

#[tokio::test]
async fn reviews_made_while_storage_is_full_are_exported_as_they_are_and_saved_after_a_reload() {
    run(async |b| {
        open_and_wait(b, "practice").await;
        fill_storage(b).await;
        b.press('\u{E007}').await;
        grade_current(b, '3').await;
        b.wait_text("#not-saved", "not saved").await;
        grade_current(b, '3').await;
        grade_current(b, '4').await;
        grade_current(b, '1').await;
        let warning = b.find("#not-saved").await.text().await.unwrap();
        assert!(warning.contains("closing the tab loses them"), "{warning}");
        b.find("#not-saved-export").await.click().await.unwrap();
        let exported = b.downloaded("interview-deck-backup").await;
        let exported: serde_json::Value = serde_json::from_str(&exported).unwrap();
        let progress = Progress::decode(&exported["progress"].to_string()).unwrap();
        assert_eq!(
            progress.review_count(),
            4,
            "the export holds every review made"
        );
        assert_eq!(
            b.stored(&b.key::<Progress>()).await,
            None,
            "nothing reached storage"
        );

        b.reload().await;
        b.wait_text(".notice", "are now saved").await;
        let saved = b.stored_document::<Progress>().await.expect("saved now");
        assert_eq!(
            saved.review_count(),
            4,
            "no review made while full was lost"
        );
    })
    .await;
}

#[tokio::test]
async fn a_session_that_cannot_save_refuses_an_import_instead_of_claiming_it() {
    run(async |b| {
        open_and_wait(b, "").await;
        let key = b.key::<Progress>();
        let newer = format!(r#"{{"v":{},"cards":{{}}}}"#, SCHEMA_VERSION + 1);
        b.script(&format!(
            "localStorage.setItem({key:?}, {newer:?}); return null;"
        ))
        .await;
        let valid = encode_backup(&Default::default(), "e2e", 0);
        b.reload().await;
        import(b, "valid", &valid).await;
        let error = b.wait_text("#import-error", "cannot be imported").await;
        assert!(error.contains("newer version"), "{error}");
        assert_eq!(b.count("#import-plan").await, 0, "nothing offers to import");
        assert_eq!(
            b.stored(&key).await,
            Some(newer),
            "the newer data is untouched"
        );
    })
    .await;
}

#[tokio::test]
async fn the_search_text_is_decoded_once() {
    run(async |b| {
        open_and_wait(b, "questions").await;
        b.find("#filter-search")
            .await
            .send_keys("p99%25 latency")
            .await
            .unwrap();
        b.wait_path_and_query("q=p99%2525+latency").await;
        b.reload().await;
        b.wait_value("#filter-search", "p99%25 latency").await;

        b.open("questions?q=%253Cscript%253E").await;
        b.wait_value("#filter-search", "%3Cscript%3E").await;
    })
    .await;
}

/// Two backups at the edges of what the importer accepts: every time, count and text as small
/// or as large as it lets through, ids the bank does not have, notes of every shape.
fn extreme_backups(now: i64) -> [Backup; 2] {
    let edge = |at: i64, secs: u32, ticks: u16, number: i64, text: &str| {
        let mut backup = Backup::default();
        for (n, q) in BANK.iter().take(12).enumerate() {
            let rating = Rating::ALL[n % 4];
            for k in 0..3 {
                backup.progress.record(
                    q.id,
                    Review {
                        at: at + k,
                        rating,
                        secs,
                        ticks,
                    },
                );
            }
            backup.progress.set_star(q.id, n % 2 == 0, number);
            backup.progress.bury(q.id, number);
        }
        backup.progress.record(
            "no-longer-in-the-bank",
            Review {
                at,
                rating: Rating::Again,
                secs,
                ticks,
            },
        );
        for (n, parts) in [0, 1, 5, 7].into_iter().enumerate() {
            backup.notes.answers.insert(
                BANK[n].id.to_string(),
                vec![NoteVersion {
                    at,
                    parts: vec![text.to_string(); parts],
                }],
            );
        }
        backup.notes.put_story(Story {
            id: number.to_string(),
            title: text.to_string(),
            text: text.repeat(3),
            questions: vec![BANK[0].id.to_string(), "gone".to_string()],
            at,
        });
        backup.mocks.add(MockRecord {
            at,
            answers: vec![
                MockAnswer {
                    id: BANK[1].id.into(),
                    used_secs: secs,
                    target_secs: secs,
                    timed_out: true,
                    ticks,
                    points: u8::MAX,
                    rating: None,
                },
                MockAnswer {
                    id: "gone".into(),
                    used_secs: 0,
                    target_secs: 0,
                    timed_out: false,
                    ticks,
                    points: 0,
                    rating: Some(Rating::Easy),
                },
            ],
        });
        backup.settings = Settings {
            interview_day: Some(at.div_euclid(86_400)),
            new_per_day: secs,
            ..Settings::default()
        }
        .clamped();
        backup
    };
    [
        edge(EARLIEST_REVIEW, 0, 0, i64::MIN, ""),
        edge(
            now + 86_000,
            u32::MAX,
            u16::MAX,
            i64::MAX,
            &"<b>\u{202e}ünïcødé 😀 ".repeat(40),
        ),
    ]
}

#[tokio::test]
async fn any_backup_the_importer_accepts_renders_every_route_and_exports_again() {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    run(async |b| {
        for (n, backup) in extreme_backups(now).into_iter().enumerate() {
            import(
                b,
                &format!("extreme-{n}"),
                &encode_backup(&backup, "e2e", now),
            )
            .await;
            b.find("#import-plan").await;
            b.find("#mode-replace").await.click().await.unwrap();
            b.find("#import-apply").await.click().await.unwrap();
            b.wait_text("#import-done", "Imported").await;
            for path in [
                "",
                "questions",
                "practice",
                "mock",
                "stories",
                "tailor",
                "stats",
                "settings",
                "set?ids=sql-vs-nosql",
                "print",
            ] {
                open_and_wait(b, path).await;
            }
            for q in BANK.iter().take(6) {
                open_and_wait(b, &format!("q/{}", q.id)).await;
            }
            open_and_wait(b, "practice").await;
            b.press('\u{E007}').await;
            b.find(".flashcard, .summary").await;
            open_and_wait(b, "settings").await;
            // Replace exported the data it replaced; keep only the export made now.
            for entry in std::fs::read_dir(b.downloads())
                .into_iter()
                .flatten()
                .flatten()
            {
                let _ = std::fs::remove_file(entry.path());
            }
            b.find("#export").await.click().await.unwrap();
            let exported = b.downloaded("interview-deck-backup-").await;
            let again = decode_backup(&exported, now).expect("the export imports again");
            assert_eq!(
                again.progress, backup.progress,
                "backup {n}: progress kept exactly"
            );
            assert_eq!(again.mocks, backup.mocks, "backup {n}: mocks kept exactly");
        }
    })
    .await;
}
