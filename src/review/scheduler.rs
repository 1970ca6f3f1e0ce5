//! The scheduling algorithm behind a trait of ours, so it can be replaced (or a later one can
//! replay the stored history) without touching the rest of the app. FSRS-5 by `rs-fsrs`, in its
//! long-term mode: every interval is at least a day, so a spoken answer is never re-drilled
//! minutes later.

use super::clock::DAY;
use crate::progress::{Rating, Review, LATEST_TIME};
use chrono::{DateTime, Utc};
use rs_fsrs::{Card, Parameters, State, FSRS};

/// What the scheduler knows of a card after its reviews. Derived, never stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Memory {
    pub stability: f64,
    pub difficulty: f64,
    pub reps: u32,
    pub lapses: u32,
    /// Unix seconds of the last review.
    pub last_review: i64,
    /// Unix seconds when the card comes due.
    pub due: i64,
    /// The interval the last review scheduled, in days.
    pub interval_days: i64,
}

/// A spaced-repetition algorithm: how one review changes a card.
pub trait Scheduler {
    /// The card after `review`, given the card before it (`None`: never reviewed).
    fn step(&self, before: Option<&Memory>, review: &Review) -> Memory;
}

/// Replays a card's whole log; `None` for a card never reviewed.
pub fn replay(scheduler: &impl Scheduler, log: &[Review]) -> Option<Memory> {
    log.iter().fold(None, |before, review| {
        Some(scheduler.step(before.as_ref(), review))
    })
}

/// The interval each rating would give if the card were graded at `at`, in rating order: what
/// the grade buttons are labelled with.
pub fn preview_intervals(scheduler: &impl Scheduler, before: Option<&Memory>, at: i64) -> [i64; 4] {
    Rating::ALL.map(|rating| {
        scheduler
            .step(
                before,
                &Review {
                    at,
                    rating,
                    secs: 0,
                    ticks: 0,
                },
            )
            .interval_days
    })
}

/// FSRS-5 with the published default weights.
pub struct Fsrs {
    fsrs: FSRS,
}

impl Fsrs {
    /// `retention`: the recall probability to aim for when a card comes due (0.9 is FSRS's
    /// default; higher means more reviews).
    pub fn new(retention: f64) -> Self {
        let parameters = Parameters {
            request_retention: retention,
            enable_short_term: false,
            enable_fuzz: false,
            ..Parameters::default()
        };
        Self {
            fsrs: FSRS::new(parameters),
        }
    }
}

/// A time for rs-fsrs, which adds intervals with chrono's panicking `+`: clamped to the years
/// a document may hold, so no stored or imported time can overflow it.
fn time(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(secs.clamp(0, LATEST_TIME), 0).unwrap_or_default()
}

fn rating(rating: Rating) -> rs_fsrs::Rating {
    match rating {
        Rating::Again => rs_fsrs::Rating::Again,
        Rating::Hard => rs_fsrs::Rating::Hard,
        Rating::Good => rs_fsrs::Rating::Good,
        Rating::Easy => rs_fsrs::Rating::Easy,
    }
}

impl Scheduler for Fsrs {
    fn step(&self, before: Option<&Memory>, review: &Review) -> Memory {
        let card = match before {
            None => Card {
                due: time(review.at),
                last_review: time(review.at),
                ..Card::default()
            },
            Some(m) => Card {
                due: time(m.due),
                stability: m.stability,
                difficulty: m.difficulty,
                elapsed_days: 0,
                scheduled_days: m.interval_days,
                reps: i32::try_from(m.reps).unwrap_or(i32::MAX),
                lapses: i32::try_from(m.lapses).unwrap_or(i32::MAX),
                state: State::Review,
                last_review: time(m.last_review),
            },
        };
        let next = self
            .fsrs
            .next(card, time(review.at), rating(review.rating))
            .card;
        let interval_days = next.scheduled_days.max(1);
        Memory {
            stability: next.stability,
            difficulty: next.difficulty,
            reps: u32::try_from(next.reps).unwrap_or_default(),
            lapses: u32::try_from(next.lapses).unwrap_or_default(),
            last_review: review.at,
            due: review.at.saturating_add(interval_days.saturating_mul(DAY)),
            interval_days,
        }
    }
}

/// Caps intervals before an interview: every card reviewed before `deadline` (Unix seconds of
/// the start of the interview day) comes due again before it, so nothing studied is left
/// unrevised on the day. Reviews from the deadline on are not capped.
pub struct DeadlineCap<S> {
    pub inner: S,
    pub deadline: Option<i64>,
}

impl<S: Scheduler> Scheduler for DeadlineCap<S> {
    fn step(&self, before: Option<&Memory>, review: &Review) -> Memory {
        let mut memory = self.inner.step(before, review);
        if let Some(deadline) = self.deadline {
            let room = deadline
                .saturating_sub(1)
                .saturating_sub(review.at)
                .div_euclid(DAY);
            if room >= 1 && memory.interval_days > room {
                memory.interval_days = room;
                memory.due = review.at.saturating_add(room.saturating_mul(DAY));
            }
        }
        memory
    }
}
