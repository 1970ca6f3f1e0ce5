use super::*;
use crate::bank::search::SearchIndex;
use crate::progress::{Progress, Rating, Review};
use proptest::prelude::*;

const DAY: i64 = 86_400;
/// 2026-01-05 12:00 UTC.
const NOON: i64 = 1_767_614_400;

fn clock(now: i64) -> Clock {
    Clock { now, offset: 0 }
}

fn grade(progress: &mut Progress, id: &str, at: i64, rating: Rating) {
    progress.record(
        id,
        Review {
            at,
            rating,
            secs: 20,
            ticks: 0,
        },
    );
}

#[test]
fn better_ratings_give_longer_intervals_and_none_is_under_a_day() {
    let fsrs = Fsrs::new(0.9);
    let first = preview_intervals(&fsrs, None, NOON);
    assert!(first.windows(2).all(|w| w[0] <= w[1]), "{first:?}");
    assert!(first[0] >= 1 && first[3] > first[0], "{first:?}");

    let known = replay(
        &fsrs,
        &[Review {
            at: NOON,
            rating: Rating::Good,
            secs: 0,
            ticks: 0,
        }],
    )
    .unwrap();
    let later = known.due;
    let next = preview_intervals(&fsrs, Some(&known), later);
    assert!(next.windows(2).all(|w| w[0] < w[1]), "{next:?}");
    assert!(
        next[2] > known.interval_days,
        "a second Good grows the interval: {next:?}"
    );
    assert!(next[0] >= 1);
}

#[test]
fn forgetting_a_known_card_counts_a_lapse_and_shortens_the_interval() {
    let fsrs = Fsrs::new(0.9);
    let mut log = vec![Review {
        at: NOON,
        rating: Rating::Good,
        secs: 0,
        ticks: 0,
    }];
    for _ in 0..3 {
        let m = replay(&fsrs, &log).unwrap();
        log.push(Review {
            at: m.due,
            rating: Rating::Good,
            secs: 0,
            ticks: 0,
        });
    }
    let known = replay(&fsrs, &log).unwrap();
    assert_eq!(known.lapses, 0);
    log.push(Review {
        at: known.due,
        rating: Rating::Again,
        secs: 0,
        ticks: 0,
    });
    let lapsed = replay(&fsrs, &log).unwrap();
    assert_eq!(lapsed.lapses, 1);
    assert!(lapsed.interval_days < known.interval_days);
    assert!(lapsed.interval_days >= 1);
}

#[test]
fn higher_retention_means_shorter_intervals() {
    let log = [Review {
        at: NOON,
        rating: Rating::Good,
        secs: 0,
        ticks: 0,
    }];
    let relaxed = replay(&Fsrs::new(0.8), &log).unwrap();
    let strict = replay(&Fsrs::new(0.95), &log).unwrap();
    assert!(strict.interval_days < relaxed.interval_days);
}

#[test]
fn statuses_follow_the_reviews_and_the_calendar() {
    let fsrs = Fsrs::new(0.9);
    let mut progress = Progress::default();
    assert_eq!(
        card_info(&fsrs, &progress, "a", &clock(NOON)).status,
        Status::New
    );

    grade(&mut progress, "a", NOON, Rating::Good);
    let info = card_info(&fsrs, &progress, "a", &clock(NOON));
    assert_eq!(info.status, Status::Learning);
    let due_day = info.due_day.unwrap();
    assert!(due_day > clock(NOON).today());

    let on_due_day = clock(due_day * DAY + 60);
    assert_eq!(
        card_info(&fsrs, &progress, "a", &on_due_day).status,
        Status::Due
    );

    let mut at = NOON;
    for _ in 0..4 {
        grade(&mut progress, "b", at, Rating::Easy);
        at = replay(&fsrs, progress.log("b")).unwrap().due;
    }
    let info = card_info(
        &fsrs,
        &progress,
        "b",
        &clock(progress.log("b").last().unwrap().at),
    );
    assert_eq!(info.status, Status::Review, "{info:?}");
    assert!(info.memory.unwrap().interval_days >= MATURE_DAYS);
}

#[test]
fn the_queue_puts_due_cards_first_most_overdue_first_then_new_cards_up_to_the_limit() {
    let fsrs = Fsrs::new(0.9);
    let mut progress = Progress::default();
    grade(&mut progress, "recent", NOON - 5 * DAY, Rating::Good);
    grade(&mut progress, "old", NOON - 30 * DAY, Rating::Good);
    grade(&mut progress, "fresh", NOON, Rating::Easy);
    let ids = ["n1", "recent", "n2", "fresh", "old", "n3"];
    let queue = build_queue(&fsrs, &progress, &ids, &clock(NOON + 60), 3);
    // "fresh" was introduced today, so two new cards are left for the day.
    assert_eq!(queue, ["old", "recent", "n1", "n2"]);
    assert_eq!(
        build_queue(&fsrs, &progress, &ids, &clock(NOON + 60), 0),
        ["old", "recent"]
    );
}

#[test]
fn buried_cards_stay_out_until_tomorrow() {
    let fsrs = Fsrs::new(0.9);
    let mut progress = Progress::default();
    let today = clock(NOON);
    progress.bury("n1", today.today() + 1);
    assert_eq!(
        build_queue(&fsrs, &progress, &["n1", "n2"], &today, 10),
        ["n2"]
    );
    assert_eq!(
        build_queue(&fsrs, &progress, &["n1", "n2"], &clock(NOON + DAY), 10),
        ["n1", "n2"]
    );
}

#[test]
fn practising_ahead_takes_the_soonest_due_then_new_cards() {
    let fsrs = Fsrs::new(0.9);
    let mut progress = Progress::default();
    grade(&mut progress, "easy", NOON, Rating::Easy);
    grade(&mut progress, "hard", NOON, Rating::Hard);
    let ids = ["new", "easy", "hard"];
    assert!(build_queue(&fsrs, &progress, &["easy", "hard"], &clock(NOON + 60), 10).is_empty());
    assert_eq!(
        practise_ahead(&fsrs, &progress, &ids, &clock(NOON + 60)),
        ["hard", "easy", "new"]
    );
}

#[test]
fn undo_restores_the_progress_exactly_and_shows_the_card_again() {
    let fsrs = Fsrs::new(0.9);
    let mut progress = Progress::default();
    grade(&mut progress, "a", NOON - 10 * DAY, Rating::Good);
    let before = progress.clone();
    let mut session = Session::new(vec!["a".into(), "b".into()]);
    let now = clock(NOON);
    session
        .grade(&mut progress, Rating::Again, &now, NOON - 42, 0b101)
        .unwrap();
    assert_eq!(progress.log("a").last().unwrap().secs, 42);
    assert_eq!(session.current(), Some("b"));
    assert_eq!(card_info(&fsrs, &progress, "a", &now).lapses, 1);

    assert_eq!(session.undo(&mut progress).as_deref(), Some("a"));
    assert_eq!(progress, before);
    assert_eq!(session.current(), Some("a"));
    assert!(!session.can_undo());
    assert!(session.undo(&mut progress).is_none());
}

#[test]
fn burying_in_a_session_skips_the_card_and_hides_it_until_tomorrow() {
    let mut progress = Progress::default();
    let mut session = Session::new(vec!["a".into(), "b".into()]);
    let now = clock(NOON);
    session.bury(&mut progress, &now);
    assert_eq!(session.current(), Some("b"));
    assert_eq!(
        progress.card("a").unwrap().buried_until,
        Some(now.today() + 1)
    );
    assert_eq!(session.progress(), (0, 1));
}

#[test]
fn the_summary_counts_ratings_time_and_the_next_due_day() {
    let fsrs = Fsrs::new(0.9);
    let mut progress = Progress::default();
    let mut session = Session::new(vec!["a".into(), "b".into(), "c".into()]);
    let now = clock(NOON);
    session.grade(&mut progress, Rating::Good, &now, NOON - 30, 0);
    session.grade(&mut progress, Rating::Again, &now, NOON - 50, 0);
    session.grade(&mut progress, Rating::Good, &now, NOON - 10, 0);
    assert!(session.is_finished());
    let summary = session.summary(&fsrs, &progress, &now);
    assert_eq!(summary.cards, 3);
    assert_eq!(summary.ratings, [1, 0, 2, 0]);
    assert_eq!(summary.seconds, 90);
    let soonest = card_info(&fsrs, &progress, "b", &now).due_day;
    assert_eq!(summary.next_due_day, soonest);
}

#[test]
fn intervals_read_naturally() {
    let cases = [
        (0, "1d"),
        (1, "1d"),
        (13, "13d"),
        (14, "2w"),
        (20, "3w"),
        (59, "8w"),
        (60, "2mo"),
        (200, "7mo"),
        (365, "1y"),
        (550, "1.5y"),
    ];
    for (days, label) in cases {
        assert_eq!(interval_label(days), label, "{days} days");
    }
}

#[test]
fn local_days_follow_the_time_zone() {
    let half_past_eleven_utc = NOON + 11 * 3600 + 1800;
    let utc = Clock {
        now: half_past_eleven_utc,
        offset: 0,
    };
    let berlin = Clock {
        now: half_past_eleven_utc,
        offset: 3600,
    };
    let new_york = Clock {
        now: half_past_eleven_utc,
        offset: -5 * 3600,
    };
    assert_eq!(berlin.today(), utc.today() + 1);
    assert_eq!(new_york.today(), utc.today());
    assert_eq!(
        Clock { now: -1, offset: 0 }.today(),
        -1,
        "days before 1970 round down"
    );
}

#[test]
fn status_words_round_trip() {
    for status in Status::ALL {
        assert_eq!(Status::from_slug(status.slug()), Some(status));
    }
}

#[test]
fn due_days_read_relative_to_today() {
    assert_eq!(due_label(100, 100), "today");
    assert_eq!(due_label(101, 100), "tomorrow");
    assert_eq!(due_label(99, 100), "yesterday");
    assert_eq!(due_label(107, 100), "in 7 days");
    assert_eq!(due_label(97, 100), "3 days ago");
}

#[test]
fn a_scope_adds_status_and_stars_to_the_filter_and_round_trips_through_the_url() {
    use crate::bank::{bank_questions, Category, Filter, BANK};
    let scope = Scope {
        filter: Filter {
            category: Some(Category::Technical),
            ..Filter::default()
        },
        status: Some(Status::Due),
        starred: true,
        ids: Vec::new(),
    };
    let query = scope.to_query_string();
    assert_eq!(query, "?category=technical&status=due&starred=1");
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&query.as_bytes()[1..])
        .into_owned()
        .collect();
    let read =
        Scope::from_query(|key| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()));
    assert_eq!(read, scope);
    assert_eq!(Scope::default().to_query_string(), "");

    let starred_id = BANK[2].id;
    let shown = scope.apply(bank_questions(), &SearchIndex::of(bank_questions()), |id| {
        (Status::Due, id == starred_id)
    });
    assert_eq!(shown.iter().map(|q| q.id).collect::<Vec<_>>(), [starred_id]);
    let none_due = Scope {
        starred: false,
        ..scope
    };
    assert!(none_due
        .apply(bank_questions(), &SearchIndex::of(bank_questions()), |_| (
            Status::New,
            false
        ))
        .is_empty());
}

#[test]
fn ticks_suggest_a_grade_by_the_share_of_key_points_covered() {
    let all_of_six = 0b11_1111;
    assert_eq!(
        suggested_rating(0, 6),
        None,
        "nothing ticked: no suggestion"
    );
    assert_eq!(suggested_rating(all_of_six, 6), Some(Rating::Easy));
    assert_eq!(
        suggested_rating(0b1_1111, 6),
        Some(Rating::Good),
        "5 of 6 = 83%"
    );
    assert_eq!(
        suggested_rating(0b1111, 6),
        Some(Rating::Good),
        "4 of 6 = 66%"
    );
    assert_eq!(
        suggested_rating(0b111, 6),
        Some(Rating::Hard),
        "3 of 6 = 50%"
    );
    assert_eq!(
        suggested_rating(0b11, 6),
        Some(Rating::Hard),
        "2 of 6 = 33%"
    );
    assert_eq!(
        suggested_rating(0b1, 6),
        Some(Rating::Again),
        "1 of 6 = 16%"
    );
    assert_eq!(
        suggested_rating(0b1000_0000, 6),
        None,
        "ticks beyond the list do not count"
    );
    assert_eq!(covered(toggle(toggle(0, 2), 4), 6), 2);
    assert_eq!(toggle(toggle(0b101, 2), 2), 0b101);
}

#[test]
fn a_countdown_keeps_time_across_pauses_and_phases() {
    let start = 1_000_000;
    let mut countdown = Countdown::start(30, 120, start);
    assert_eq!(countdown.phase(start + 10_000), Phase::Think);
    assert_eq!(countdown.remaining(start + 10_000), 20_000);
    countdown.pause(start + 10_000);
    assert!(countdown.is_paused());
    assert_eq!(
        countdown.remaining(start + 500_000),
        20_000,
        "paused time does not count"
    );
    countdown.resume(start + 500_000);
    assert_eq!(countdown.phase(start + 520_000), Phase::Answer);
    assert_eq!(countdown.remaining(start + 520_000), 120_000);
    assert_eq!(countdown.elapsed(start + 600_000), 110_000);
    assert_eq!(countdown.phase(start + 700_000), Phase::Over);
    assert_eq!(countdown.remaining(start + 700_000), 0);

    let mut ready = Countdown::start(30, 60, start);
    ready.skip_thinking(start + 5_000);
    assert_eq!(ready.phase(start + 5_000), Phase::Answer);
    assert_eq!(ready.remaining(start + 5_000), 60_000);
    assert_eq!(clock_label(61_000), "1:01");
    assert_eq!(clock_label(500), "0:01");
    assert_eq!(clock_label(-5), "0:00");
}

fn answer(
    id: &str,
    rating: Option<Rating>,
    ticks: u16,
    used_secs: u32,
) -> crate::progress::MockAnswer {
    crate::progress::MockAnswer {
        id: id.into(),
        used_secs,
        target_secs: 120,
        timed_out: false,
        ticks,
        points: 4,
        rating,
    }
}

#[test]
fn a_mock_is_scored_by_key_points_and_the_weakest_answers_come_first() {
    let record = crate::progress::MockRecord {
        at: NOON,
        answers: vec![
            answer("a", Some(Rating::Good), 0b1111, 100),
            answer("b", Some(Rating::Again), 0b0001, 130),
            answer("c", Some(Rating::Hard), 0b0011, 90),
        ],
    };
    assert_eq!(score(&record), 7 * 100 / 12);
    assert_eq!(coverage(&record.answers[2]), 50);
    let weak: Vec<&str> = weakest(&record, 2).iter().map(|a| a.id.as_str()).collect();
    assert_eq!(weak, ["b", "c"]);
}

#[test]
fn mock_questions_are_a_reproducible_shuffle_of_the_candidates() {
    let ids: Vec<&str> = BANK_IDS.to_vec();
    let one = pick_questions(&ids, 5, 42);
    assert_eq!(one, pick_questions(&ids, 5, 42));
    assert_eq!(one.len(), 5);
    let mut unique = one.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 5);
    assert!(one.iter().all(|id| ids.contains(id)));
    assert_ne!(one, pick_questions(&ids, 5, 43));
    assert_eq!(pick_questions(&ids[..2], 5, 1).len(), 2);
}

const BANK_IDS: [&str; 12] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];

#[test]
fn the_streak_counts_consecutive_local_days_and_survives_until_today_ends() {
    use std::collections::BTreeMap;
    let days: BTreeMap<i64, u32> = [(100, 2), (101, 1), (102, 5), (104, 1)]
        .into_iter()
        .collect();
    assert_eq!(streak(&days, 104), 1);
    assert_eq!(
        streak(&days, 105),
        1,
        "yesterday counts while today is young"
    );
    assert_eq!(streak(&days, 106), 0);
    assert_eq!(streak(&days, 102), 3);
    assert_eq!(streak(&days, 103), 3);
}

#[test]
fn reviews_land_on_the_local_day_they_happened_across_time_zones_and_dst() {
    let mut progress = Progress::default();
    // 2026-03-28 23:30 and 2026-03-29 23:30 in Berlin: UTC+1, then UTC+2 after the change.
    let before_change = 1_774_737_000; // 2026-03-28T22:30:00Z
    let after_change = 1_774_819_800; // 2026-03-29T21:30:00Z
    grade(&mut progress, "a", before_change, Rating::Good);
    grade(&mut progress, "b", after_change, Rating::Good);
    let berlin = |secs: i64| if secs >= 1_774_746_000 { 7200 } else { 3600 };
    let days = reviews_per_day(&progress, &berlin);
    let keys: Vec<i64> = days.keys().copied().collect();
    assert_eq!(keys.len(), 2);
    assert_eq!(
        keys[1] - keys[0],
        1,
        "two evenings, two consecutive local days: {keys:?}"
    );
    let fixed = |_| 7200;
    let naive: Vec<i64> = reviews_per_day(&progress, &fixed).keys().copied().collect();
    assert_eq!(
        naive[0],
        keys[0] + 1,
        "with a fixed offset the first review would slip into the next day"
    );
    let tokyo = |_| 9 * 3600;
    assert_eq!(
        local_day(before_change, &tokyo),
        keys[0] + 1,
        "08:30 next morning in Tokyo"
    );
    assert_eq!(streak(&days, keys[1]), 2);
}

#[test]
fn the_heatmap_starts_on_a_monday_and_ends_today() {
    use std::collections::BTreeMap;
    let today = 20_454; // 2026-01-01, a Thursday
    let days: BTreeMap<i64, u32> = [(today, 3)].into_iter().collect();
    let cells = heatmap(&days, today, 26);
    assert_eq!((cells[0].0 + 3).rem_euclid(7), 0, "first cell is a Monday");
    assert_eq!(cells.len(), 25 * 7 + 4);
    assert_eq!(cells.last(), Some(&(today, 3)));
}

#[test]
fn retention_time_and_forecast_add_up() {
    let fsrs = Fsrs::new(0.9);
    let mut progress = Progress::default();
    assert_eq!(retention(&progress), None);
    grade(&mut progress, "a", NOON, Rating::Good);
    grade(&mut progress, "b", NOON, Rating::Again);
    grade(&mut progress, "c", NOON - 40 * DAY, Rating::Good);
    assert_eq!(retention(&progress), Some(2.0 / 3.0));
    assert_eq!(time_spent(&progress), 60);
    let now = clock(NOON);
    let infos: Vec<CardInfo> = ["a", "b", "c", "new"]
        .iter()
        .map(|id| card_info(&fsrs, &progress, id, &now))
        .collect();
    let ahead = forecast(&infos, now.today(), 14);
    assert_eq!(ahead.len(), 14);
    assert_eq!(ahead[0], 1, "the overdue card counts today");
    assert_eq!(ahead[1], 1, "Again comes back tomorrow");
    assert_eq!(ahead.iter().sum::<u32>(), 3, "new cards are not forecast");
    let mut mastery = Mastery::default();
    infos.iter().for_each(|i| mastery.add(i));
    assert_eq!((mastery.total, mastery.studied, mastery.mature), (4, 3, 0));
}

#[test]
fn an_interview_date_caps_intervals_until_it_has_passed() {
    let free = Fsrs::new(0.9);
    let known = [Review {
        at: NOON,
        rating: Rating::Easy,
        secs: 0,
        ticks: 0,
    }];
    let long = replay(&free, &known).unwrap();
    assert!(long.interval_days > 5);

    let interview_day = clock(NOON).today() + 4;
    let deadline = clock(NOON).start_of(interview_day);
    let capped = DeadlineCap {
        inner: Fsrs::new(0.9),
        deadline: Some(deadline),
    };
    let memory = replay(&capped, &known).unwrap();
    assert!(memory.due < deadline, "comes due before the interview day");
    assert!(clock(NOON).day_of(memory.due) < interview_day);
    assert_eq!(memory.interval_days, 3);

    let after = [Review {
        at: deadline + DAY,
        rating: Rating::Easy,
        secs: 0,
        ticks: 0,
    }];
    assert_eq!(
        replay(&capped, &after).unwrap().interval_days,
        replay(&free, &after).unwrap().interval_days
    );
    let none = DeadlineCap {
        inner: Fsrs::new(0.9),
        deadline: None,
    };
    assert_eq!(replay(&none, &known), replay(&free, &known));
}

#[test]
fn dates_convert_to_day_numbers_and_back() {
    assert_eq!(parse_date("1970-01-01"), Some(0));
    assert_eq!(parse_date("2026-01-01"), Some(20_454));
    assert_eq!(
        parse_date("2024-02-29").map(format_date).as_deref(),
        Some("2024-02-29")
    );
    assert_eq!(parse_date("1969-12-31"), Some(-1));
    for day in [-700, -1, 0, 59, 60, 11_016, 20_454, 2_932_896] {
        assert_eq!(parse_date(&format_date(day)), Some(day), "{day}");
    }
    assert_eq!(parse_date("2026-13-01"), None);
    assert_eq!(parse_date("soon"), None);
    assert_eq!(clock(NOON).today(), parse_date("2026-01-05").unwrap());
}

#[test]
fn a_set_of_ids_keeps_its_order_through_a_short_url() {
    use crate::bank::{bank_questions, BANK};
    let ids = vec![
        BANK[5].id.to_string(),
        "no-longer-here".to_string(),
        BANK[1].id.to_string(),
    ];
    let scope = Scope {
        ids: ids.clone(),
        ..Scope::default()
    };
    let query = scope.to_query_string();
    assert_eq!(
        query,
        format!("?ids={}.no-longer-here.{}", BANK[5].id, BANK[1].id)
    );
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&query.as_bytes()[1..])
        .into_owned()
        .collect();
    let read =
        Scope::from_query(|key| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()));
    assert_eq!(read.ids, ids);
    let shown: Vec<&str> = read
        .apply(bank_questions(), &SearchIndex::of(bank_questions()), |_| {
            (Status::New, false)
        })
        .iter()
        .map(|q| q.id)
        .collect();
    assert_eq!(
        shown,
        [BANK[5].id, BANK[1].id],
        "set order kept, unknown id skipped"
    );
}

/// Any backup the importer accepts, with values at the edges of what it accepts.
fn arb_accepted_backup() -> impl Strategy<Value = crate::progress::Backup> {
    use crate::progress::{Backup, CardProgress, Settings, EARLIEST_REVIEW, LATEST_TIME};
    let time = prop_oneof![
        Just(EARLIEST_REVIEW),
        Just(LATEST_TIME),
        EARLIEST_REVIEW..=LATEST_TIME,
    ];
    let review =
        (time, 1u8..=4, any::<u32>(), any::<u16>()).prop_map(|(at, r, secs, ticks)| Review {
            at,
            rating: Rating::from_number(r).unwrap(),
            secs,
            ticks,
        });
    let card = (
        prop::collection::vec(review, 0..6),
        prop::option::of((any::<bool>(), any::<i64>())),
        prop::option::of(any::<i64>()),
    )
        .prop_map(|(mut log, star, buried_until)| {
            log.sort_unstable();
            CardProgress {
                log,
                star,
                buried_until,
            }
        });
    let ids = prop::sample::select(
        crate::bank::BANK
            .iter()
            .map(|q| q.id.to_string())
            .collect::<Vec<_>>(),
    );
    (
        prop::collection::btree_map(ids, card, 0..8),
        prop::option::of(any::<i64>()),
        0.0f64..=1.0,
        any::<u32>(),
    )
        .prop_map(|(cards, interview_day, retention, new_per_day)| Backup {
            progress: Progress { cards },
            settings: Settings {
                interview_day,
                retention,
                new_per_day,
                ..Settings::default()
            }
            .clamped(),
            ..Backup::default()
        })
}

proptest! {
    #[test]
    fn whatever_an_accepted_backup_holds_every_page_computes_without_a_panic(
        backup in arb_accepted_backup(),
        now in prop_oneof![Just(NOON), Just(crate::progress::LATEST_TIME), 946_684_800i64..4_000_000_000],
        offset in -50_400i64..=50_400,
    ) {
        use crate::progress::{decode_backup, encode_backup, LATEST_TIME};
        let text = encode_backup(&backup, "test", now);
        // A review later than tomorrow is refused at import; the rest must work everywhere.
        let Ok(imported) = decode_backup(&text, LATEST_TIME) else {
            return Err(TestCaseError::fail("an encoded backup must import"));
        };
        prop_assert_eq!(&imported.progress, &backup.progress);
        let clock = Clock { now, offset };
        let settings = &imported.settings;
        let scheduler = DeadlineCap {
            inner: Fsrs::new(settings.retention),
            deadline: settings.interview_day.map(|day| clock.start_of(day)),
        };
        let progress = &imported.progress;
        let ids: Vec<&str> = crate::bank::BANK.iter().map(|q| q.id).collect();
        let infos: Vec<CardInfo> = ids.iter().map(|id| card_info(&scheduler, progress, id, &clock)).collect();
        for (id, info) in ids.iter().zip(&infos) {
            let before = replay(&scheduler, progress.log(id));
            let _ = preview_intervals(&scheduler, before.as_ref(), now).map(interval_label);
            if let Some(day) = info.due_day {
                let _ = due_label(day, clock.today());
            }
        }
        let _ = build_queue(&scheduler, progress, &ids, &clock, settings.new_per_day as usize);
        let _ = practise_ahead(&scheduler, progress, &ids, &clock);
        let per_day = reviews_per_day(progress, &|_| offset);
        let _ = (streak(&per_day, clock.today()), heatmap(&per_day, clock.today(), 26));
        let _ = (retention(progress), time_spent(progress));
        let _ = forecast(infos.iter(), clock.today(), 14);
        let mut mastery = Mastery::default();
        for info in &infos {
            mastery.add(info);
        }
        let _ = mastery.percent();
        let again = encode_backup(&imported, "test", now);
        prop_assert_eq!(decode_backup(&again, LATEST_TIME).ok(), Some(imported));
    }
}

#[test]
fn no_review_time_can_make_the_scheduler_panic() {
    // 8210266876000 is the hostile run's time: just under chrono's limit, where adding an
    // interval overflowed inside rs-fsrs.
    for at in [8_210_266_876_000, i64::MAX, i64::MIN, -1, 0] {
        let log = [
            Review {
                at,
                rating: Rating::Good,
                secs: 10,
                ticks: 0,
            },
            Review {
                at,
                rating: Rating::Again,
                secs: 10,
                ticks: 0,
            },
        ];
        let scheduler = DeadlineCap {
            inner: Fsrs::new(0.9),
            deadline: Some(i64::MAX),
        };
        let memory = replay(&scheduler, &log).expect("reviewed");
        assert!(memory.interval_days >= 1, "{at}");
        let _ = preview_intervals(&scheduler, Some(&memory), at);
    }
}

#[test]
fn a_scope_reads_as_words_on_the_cover() {
    assert_eq!(Scope::default().describe(), "Every question of the bank");
    let topic = &crate::bank::TOPICS[0];
    let scope = Scope {
        filter: crate::bank::Filter {
            topic: Some(topic),
            level: Some(crate::bank::Level::Mid),
            text: String::from("  kafka "),
            ..Default::default()
        },
        status: Some(Status::Due),
        starred: true,
        ids: vec![String::from("a")],
    };
    assert_eq!(
        scope.describe(),
        format!(
            "A chosen set \u{b7} {} \u{b7} Mid level \u{b7} Due \u{b7} Starred \u{b7} Matching \u{201c}kafka\u{201d}",
            topic.label
        )
    );
}

#[test]
fn own_questions_are_selected_beside_the_bank_by_the_same_scope_and_their_own_filters() {
    use crate::bank::own::{own_question, Draft};
    use crate::bank::{bank_questions, topic_by_id, Filter, Level, BANK};
    let caching = topic_by_id("caching").unwrap();
    let acme = own_question(
        "own-acme-cache",
        &Draft {
            title: "How would Acme cache its catalogue?".into(),
            topics: vec![caching],
            guide: "Use a write-through zebracache.".into(),
            ..Draft::default()
        },
        Some("Acme"),
    );
    let plain = own_question(
        "own-plain",
        &Draft {
            title: "Tell me about yourself".into(),
            level: Level::Junior,
            ..Draft::default()
        },
        None,
    );
    let own = vec![acme, plain];
    let own_index = SearchIndex::of(&own);
    let bank_index = SearchIndex::of(bank_questions());
    let select = |scope: &Scope| -> Vec<&str> {
        scope
            .select(
                &[(&own, &own_index), (bank_questions(), &bank_index)],
                |_| (Status::New, false),
            )
            .iter()
            .map(|q| q.id)
            .collect()
    };
    let all = select(&Scope::default());
    assert_eq!(all.len(), BANK.len() + 2);
    assert_eq!(
        all[..2],
        ["own-acme-cache", "own-plain"],
        "the user's own first"
    );
    let yours = Scope {
        filter: Filter {
            yours: true,
            ..Filter::default()
        },
        ..Scope::default()
    };
    assert_eq!(select(&yours), ["own-acme-cache", "own-plain"]);
    let tagged = Scope {
        filter: Filter {
            tag: Some("acme".into()),
            ..Filter::default()
        },
        ..Scope::default()
    };
    assert_eq!(
        select(&tagged),
        ["own-acme-cache"],
        "the name matches in any case"
    );
    let searched = Scope {
        filter: Filter {
            text: "zebracache".into(),
            ..Filter::default()
        },
        ..Scope::default()
    };
    assert_eq!(
        select(&searched),
        ["own-acme-cache"],
        "search reaches an own guide"
    );
    let by_topic = Scope {
        filter: Filter {
            topic: Some(caching),
            ..Filter::default()
        },
        ..Scope::default()
    };
    let by_topic = select(&by_topic);
    assert_eq!(by_topic[0], "own-acme-cache");
    assert!(by_topic.len() > 1 && !by_topic.contains(&"own-plain"));

    let set = Scope {
        ids: vec![
            BANK[3].id.into(),
            "own-plain".into(),
            "own-elsewhere".into(),
            BANK[1].id.into(),
        ],
        ..Scope::default()
    };
    assert_eq!(
        select(&set),
        [BANK[3].id, "own-plain", BANK[1].id],
        "a set keeps its order across both lists"
    );
    let known = |id: &str| own.iter().any(|q| q.id == id);
    assert_eq!(
        set.missing_own(known),
        1,
        "the sender's own question not on this device"
    );
    assert_eq!(yours.describe(), "Your questions");
    assert_eq!(tagged.describe(), "From acme");
}
