use super::*;
use proptest::prelude::*;

fn review(at: i64, rating: Rating) -> Review {
    Review {
        at,
        rating,
        secs: 30,
        ticks: 0,
    }
}

#[test]
fn reviews_stay_in_time_order_and_unrecord_restores_exactly() {
    let mut progress = Progress::default();
    progress.record("a", review(200, Rating::Good));
    let before = progress.clone();
    progress.record("a", review(100, Rating::Hard));
    assert_eq!(
        progress.log("a").iter().map(|r| r.at).collect::<Vec<_>>(),
        [100, 200]
    );
    assert!(progress.unrecord("a", &review(100, Rating::Hard)));
    assert_eq!(progress, before);
    assert!(!progress.unrecord("a", &review(999, Rating::Hard)));
    assert!(progress.unrecord("a", &review(200, Rating::Good)));
    assert_eq!(
        progress,
        Progress::default(),
        "an emptied card leaves no trace"
    );
}

#[test]
fn stars_and_burials_are_kept() {
    let mut progress = Progress::default();
    progress.set_star("a", true, 10);
    progress.bury("b", 20_000);
    assert!(progress.is_starred("a"));
    assert!(!progress.is_starred("b"));
    let decoded = decode_progress(&encode_progress(&progress)).unwrap();
    assert_eq!(decoded, progress);
}

#[test]
fn the_stored_text_is_the_documented_compact_format_byte_for_byte() {
    let text = r#"{"cards":{"a":{"l":[1700000000,3,40,2,86400,1,90,0],"s":[1,1700000100]},"b":{"b":20000}},"v":1}"#;
    let progress = decode_progress(text).unwrap();
    assert_eq!(progress.log("a")[1].at, 1_700_086_400);
    assert_eq!(encode_progress(&progress), text);
}

#[test]
fn the_prototype_format_v0_migrates() {
    let v0 = r#"{"cards":{"sql-vs-nosql":{"reviews":[{"at":1700086400,"rating":3,"secs":40},{"at":1700000000,"rating":1,"secs":90}],"starred":true},"on-call-high-latency":{"reviews":[]}}}"#;
    let progress = decode_progress(v0).unwrap();
    let expected = [
        Review {
            at: 1_700_000_000,
            rating: Rating::Again,
            secs: 90,
            ticks: 0,
        },
        Review {
            at: 1_700_086_400,
            rating: Rating::Good,
            secs: 40,
            ticks: 0,
        },
    ];
    assert_eq!(progress.log("sql-vs-nosql"), expected);
    assert!(progress.is_starred("sql-vs-nosql"));
    let reencoded = encode_progress(&progress);
    assert!(reencoded.contains(r#""v":1"#));
    assert_eq!(decode_progress(&reencoded).unwrap(), progress);
}

#[test]
fn a_document_from_a_newer_version_is_refused_as_newer() {
    assert_eq!(
        decode_progress(r#"{"v":7,"cards":{}}"#),
        Err(DecodeError::Newer(7))
    );
    assert!(DecodeError::Newer(7).to_string().contains("newer version"));
}

#[test]
fn damaged_documents_say_what_is_wrong() {
    let cases = [
        ("{\"v\":1,\"cards\":{", "not valid JSON"),
        ("[1,2,3]", "not a JSON object"),
        ("{\"v\":1}", "no \"cards\""),
        ("{\"v\":\"one\",\"cards\":{}}", "schema version"),
        ("{\"v\":1,\"cards\":{\"a\":{\"l\":[1,3,30]}}}", "cut short"),
        (
            "{\"v\":1,\"cards\":{\"a\":{\"l\":[1767000000,9,30,0]}}}",
            "rating 9",
        ),
        (
            "{\"v\":1,\"cards\":{\"a\":{\"l\":[1767000000,3,-5,0]}}}",
            "out of range",
        ),
        (
            "{\"v\":1,\"cards\":{\"a\":{\"l\":[1767000000,3,5,0,-50,3,5,0]}}}",
            "out of order",
        ),
        ("{\"v\":1,\"cards\":{\"a\":{\"s\":true}}}", "star"),
        ("{\"v\":1,\"cards\":{\"a\":7}}", "not an object"),
        (
            "{\"v\":1,\"cards\":{\"a\":{\"l\":[1,3,5,0]}}}",
            "card \"a\": a review time (1) is not between the years 2000 and 9999",
        ),
        (
            "{\"cards\":{\"a\":{\"reviews\":[{\"at\":9223372036854775807,\"rating\":3}]}}}",
            "card \"a\": a review time",
        ),
    ];
    for (text, expected) in cases {
        match decode_progress(text) {
            Err(DecodeError::Corrupt(why)) => assert!(why.contains(expected), "{text}: {why}"),
            other => panic!("{text}: expected a corrupt error, got {other:?}"),
        }
    }
}

#[test]
fn a_thousand_cards_with_fifty_reviews_each_stay_under_one_and_a_half_megabytes() {
    let mut progress = Progress::default();
    for card in 0..1000 {
        let id = format!("some-fairly-long-question-id-{card}");
        let mut at = 1_750_000_000 + card;
        for n in 0..50 {
            at += 86_400 * (1 + n % 20) + 3_601;
            progress.record(
                &id,
                Review {
                    at,
                    rating: Rating::from_number(1 + (n % 4) as u8).unwrap(),
                    secs: 95,
                    ticks: 0b1011,
                },
            );
        }
    }
    let size = encode_progress(&progress).len();
    assert!(size < 1_500_000, "{size} bytes");
}

#[test]
fn settings_fall_back_to_defaults_and_stay_in_range() {
    assert_eq!(decode_settings("{}").unwrap(), Settings::default());
    let wild = decode_settings(r#"{"v":1,"retention":2.0,"new_per_day":5000}"#).unwrap();
    assert_eq!((wild.retention, wild.new_per_day), (0.97, 100));
    let speech =
        decode_settings(r#"{"v":1,"speech_rate":9,"voice":"Daniel","read_aloud":false}"#).unwrap();
    assert_eq!(
        (
            speech.speech_rate,
            speech.voice.as_deref(),
            speech.read_aloud
        ),
        (2.0, Some("Daniel"), false)
    );
    assert!(
        Settings::default().read_aloud,
        "mocks read aloud unless switched off"
    );
    assert_eq!(
        decode_settings(&Settings::default().encode()).unwrap(),
        Settings::default()
    );
    assert_eq!(decode_settings(r#"{"v":3}"#), Err(DecodeError::Newer(3)));
    assert!(matches!(
        decode_settings("nope"),
        Err(DecodeError::Corrupt(_))
    ));
}

fn arb_review() -> impl Strategy<Value = Review> {
    (
        1_600_000_000i64..1_900_000_000,
        1u8..=4,
        0u32..3600,
        any::<u16>(),
    )
        .prop_map(|(at, r, secs, ticks)| Review {
            at,
            rating: Rating::from_number(r).unwrap(),
            secs,
            ticks,
        })
}

fn arb_card() -> impl Strategy<Value = CardProgress> {
    (
        prop::collection::vec(arb_review(), 0..8),
        prop::option::of((any::<bool>(), 1_600_000_000i64..1_900_000_000)),
        prop::option::of(19_000i64..22_000),
    )
        .prop_map(|(mut log, star, buried_until)| {
            log.sort_unstable();
            log.dedup();
            CardProgress {
                log,
                star,
                buried_until,
            }
        })
}

fn arb_progress() -> impl Strategy<Value = Progress> {
    prop::collection::btree_map("[a-c]{1,2}", arb_card(), 0..6).prop_map(|cards| Progress { cards })
}

proptest! {
    #[test]
    fn the_codec_round_trips(progress in arb_progress()) {
        prop_assert_eq!(decode_progress(&encode_progress(&progress)).unwrap(), progress);
    }

    #[test]
    fn merge_is_commutative_idempotent_and_associative(a in arb_progress(), b in arb_progress(), c in arb_progress()) {
        prop_assert_eq!(a.merge(&b), b.merge(&a));
        prop_assert_eq!(a.merge(&a), a.clone());
        prop_assert_eq!(a.merge(&b).merge(&c), a.merge(&b.merge(&c)));
    }

    #[test]
    fn merge_loses_no_review(a in arb_progress(), b in arb_progress()) {
        let merged = a.merge(&b);
        for source in [&a, &b] {
            for (id, card) in &source.cards {
                for review in &card.log {
                    prop_assert!(merged.log(id).contains(review));
                }
            }
        }
    }
}

fn parts(text: &str) -> Vec<String> {
    vec![text.to_string()]
}

#[test]
fn autosaves_within_a_sitting_update_one_version_and_a_pause_starts_another() {
    let mut notes = Notes::default();
    notes.save("q", parts("first draft"), 1_000);
    notes.save("q", parts("first draft, longer"), 1_000 + 60);
    assert_eq!(notes.answers["q"].len(), 1);
    assert_eq!(
        notes.current("q").unwrap().parts,
        parts("first draft, longer")
    );
    notes.save("q", parts("second sitting"), 1_000 + 60 + VERSION_GAP);
    assert_eq!(notes.answers["q"].len(), 2);
    assert_eq!(notes.earlier("q")[0].parts, parts("first draft, longer"));
    notes.save("q", parts("second sitting"), 1_000_000);
    assert_eq!(
        notes.answers["q"].len(),
        2,
        "saving the same text adds nothing"
    );
}

#[test]
fn only_the_last_ten_earlier_versions_are_kept() {
    let mut notes = Notes::default();
    for n in 0..15 {
        notes.save("q", parts(&format!("v{n}")), n * VERSION_GAP * 2);
    }
    assert_eq!(notes.earlier("q").len(), EARLIER_VERSIONS);
    assert_eq!(notes.current("q").unwrap().parts, parts("v14"));
    assert_eq!(notes.earlier("q").last().unwrap().parts, parts("v4"));
}

#[test]
fn restoring_an_old_version_makes_it_current_and_keeps_the_one_it_replaced() {
    let mut notes = Notes::default();
    notes.save("q", parts("old"), 0);
    notes.save("q", parts("new"), VERSION_GAP * 3);
    assert!(notes.restore("q", 0, VERSION_GAP * 4));
    assert_eq!(notes.current("q").unwrap().parts, parts("old"));
    assert_eq!(notes.earlier("q")[0].parts, parts("new"));
    assert!(!notes.restore("q", 12345, 0));
}

#[test]
fn notes_round_trip_and_merge_keeps_both_versions_and_the_latest_story() {
    let mut mine = Notes::default();
    mine.save(
        "q",
        STAR_FIELDS.iter().map(|f| format!("my {f}")).collect(),
        100,
    );
    let story = Story {
        id: "1".into(),
        title: "Outage".into(),
        text: "<b>kept as text</b>".into(),
        questions: vec!["q".into()],
        at: 5,
    };
    mine.put_story(story.clone());
    let decoded = decode_notes(&mine.encode()).unwrap();
    assert_eq!(decoded.answers, mine.answers);
    assert_eq!(decoded.stories, mine.stories);
    assert!(decoded.current("q").unwrap().is_star());

    let mut theirs = Notes::default();
    theirs.save("q", parts("their text"), 200);
    theirs.put_story(Story {
        title: "Outage, retold".into(),
        at: 9,
        ..story
    });
    let merged = mine.merge(&theirs);
    assert_eq!(
        merged.answers["q"].len(),
        2,
        "different texts are both kept"
    );
    assert_eq!(merged.stories[0].title, "Outage, retold");
    assert_eq!(merged, theirs.merge(&mine));
    assert_eq!(merged.stories_for("q").len(), 1);
    assert!(matches!(
        decode_notes(r#"{"v":9}"#),
        Err(DecodeError::Newer(9))
    ));
    assert!(matches!(decode_notes("[]"), Err(DecodeError::Corrupt(_))));
}

#[test]
fn the_mock_history_round_trips_and_keeps_ratings() {
    let mut history = MockHistory::default();
    let answer = MockAnswer {
        id: "q".into(),
        used_secs: 100,
        target_secs: 120,
        timed_out: true,
        ticks: 3,
        points: 5,
        rating: Some(Rating::Hard),
    };
    history.add(MockRecord {
        at: 10,
        answers: vec![answer.clone()],
    });
    history.add(MockRecord {
        at: 5,
        answers: vec![MockAnswer {
            rating: None,
            ..answer
        }],
    });
    let decoded = decode_mocks(&history.encode()).unwrap();
    assert_eq!(decoded.mocks, history.mocks);
    assert_eq!(decoded.mocks[0].at, 5, "oldest first");
    assert!(matches!(
        decode_mocks(
            r#"{"v":1,"mocks":[{"at":1,"answers":[{"id":"q","used_secs":1,"target_secs":1,"timed_out":false,"ticks":0,"points":5,"rating":7}]}]}"#
        ),
        Err(DecodeError::Corrupt(_))
    ));
}

/// The laws every document's merge must keep for tabs to converge whatever the order their
/// saves meet in. Inputs are first merged with themselves, as every copy the app holds is.
fn check_merge_laws<T: StoredDocument + std::fmt::Debug>(
    a: T,
    b: T,
    c: T,
) -> Result<(), TestCaseError> {
    let (a, b, c) = (a.merge(&a), b.merge(&b), c.merge(&c));
    prop_assert_eq!(a.merge(&b), b.merge(&a), "commutative");
    prop_assert_eq!(a.merge(&a), a.clone(), "idempotent");
    prop_assert_eq!(a.merge(&b).merge(&c), a.merge(&b.merge(&c)), "associative");
    Ok(())
}

fn arb_settings() -> impl Strategy<Value = Settings> {
    (0u32..4, 0i64..3, prop::option::of(20_000i64..20_003)).prop_map(
        |(new_per_day, changed, interview_day)| Settings {
            new_per_day,
            changed,
            interview_day,
            ..Settings::default()
        },
    )
}

fn arb_mocks() -> impl Strategy<Value = MockHistory> {
    let answer =
        ("[ab]", 0u32..3, prop::option::of(1u8..=4)).prop_map(|(id, used_secs, r)| MockAnswer {
            id,
            used_secs,
            target_secs: 120,
            timed_out: false,
            ticks: 0,
            points: 3,
            rating: r.and_then(Rating::from_number),
        });
    let record = (0i64..4, prop::collection::vec(answer, 1..3))
        .prop_map(|(at, answers)| MockRecord { at, answers });
    prop::collection::vec(record, 0..5).prop_map(|mocks| MockHistory {
        mocks,
        ..MockHistory::default()
    })
}

fn arb_notes() -> impl Strategy<Value = Notes> {
    let version = (0i64..4, prop::collection::vec("[xy]{0,2}", 1..3))
        .prop_map(|(at, parts)| NoteVersion { at, parts });
    let story = ("[12]", "[pq]", 0i64..3).prop_map(|(id, title, at)| Story {
        id,
        title,
        text: String::new(),
        questions: Vec::new(),
        at,
    });
    (
        prop::collection::btree_map("[ab]", prop::collection::vec(version, 0..3), 0..3),
        prop::collection::vec(story, 0..3),
    )
        .prop_map(|(answers, stories)| Notes {
            answers,
            stories,
            ..Notes::default()
        })
}

proptest! {
    #[test]
    fn every_document_merges_commutatively_associatively_and_idempotently(
        p in prop::collection::vec(arb_progress(), 3),
        s in prop::collection::vec(arb_settings(), 3),
        m in prop::collection::vec(arb_mocks(), 3),
        n in prop::collection::vec(arb_notes(), 3),
    ) {
        let [p0, p1, p2] = <[Progress; 3]>::try_from(p).unwrap();
        check_merge_laws(p0, p1, p2)?;
        let [s0, s1, s2] = <[Settings; 3]>::try_from(s).unwrap();
        check_merge_laws(s0, s1, s2)?;
        let [m0, m1, m2] = <[MockHistory; 3]>::try_from(m).unwrap();
        check_merge_laws(m0, m1, m2)?;
        let [n0, n1, n2] = <[Notes; 3]>::try_from(n).unwrap();
        check_merge_laws(n0, n1, n2)?;
    }

    #[test]
    fn a_mock_finished_in_either_tab_survives_the_merge(a in arb_mocks(), b in arb_mocks()) {
        let merged = a.merge(&b);
        for mock in a.mocks.iter().chain(&b.mocks) {
            prop_assert!(merged.mocks.iter().any(|m| m.at == mock.at), "mock at {} kept", mock.at);
        }
    }
}

#[test]
fn the_settings_changed_last_win_in_both_directions() {
    let older = Settings {
        new_per_day: 17,
        changed: 100,
        ..Settings::default()
    };
    let newer = Settings {
        interview_day: Some(20_500),
        new_per_day: 17,
        changed: 200,
        ..Settings::default()
    };
    assert_eq!(older.merge(&newer), newer);
    assert_eq!(newer.merge(&older), newer);
}

#[test]
fn a_reviewed_mock_replaces_its_unreviewed_copy_from_another_tab() {
    let answer = |rating| MockAnswer {
        id: "q".into(),
        used_secs: 60,
        target_secs: 120,
        timed_out: false,
        ticks: 0,
        points: 3,
        rating,
    };
    let unreviewed = MockHistory {
        mocks: vec![MockRecord {
            at: 5,
            answers: vec![answer(None)],
        }],
        ..MockHistory::default()
    };
    let reviewed = MockHistory {
        mocks: vec![MockRecord {
            at: 5,
            answers: vec![answer(Some(Rating::Good))],
        }],
        ..MockHistory::default()
    };
    assert_eq!(unreviewed.merge(&reviewed), reviewed);
    assert_eq!(reviewed.merge(&unreviewed), reviewed);
}

#[test]
fn a_note_of_any_shape_loads_as_one_the_editor_can_show_and_keeps_every_word() {
    let load = |parts: &str| {
        let text = format!(r#"{{"v":1,"answers":{{"q":[{{"at":1767000000,"parts":{parts}}}]}}}}"#);
        decode_notes(&text)
            .unwrap()
            .current("q")
            .unwrap()
            .parts
            .clone()
    };
    assert_eq!(load("[]"), [""], "an empty note gets its one text box");
    assert_eq!(load(r#"["free"]"#), ["free"]);
    assert_eq!(load(r#"["s","t"]"#), ["s", "t", "", "", ""]);
    assert_eq!(
        load(r#"["s","t","a","r","x","y"]"#),
        ["s", "t", "a", "r", "x\n\ny"],
        "a sixth part joins the fifth"
    );
}

#[test]
fn an_interview_day_no_calendar_reaches_is_dropped() {
    for day in [i64::MIN, -1, 3_000_000] {
        let settings = Settings {
            interview_day: Some(day),
            ..Settings::default()
        };
        assert_eq!(settings.clamped().interview_day, None, "{day}");
    }
    let plausible = Settings {
        interview_day: Some(20_500),
        ..Settings::default()
    };
    assert_eq!(plausible.clamped().interview_day, Some(20_500));
}
