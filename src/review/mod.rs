//! Spaced repetition: when each question comes back, which come today, and a practice session
//! with undo. Pure Rust; time comes in as a `Clock`, so every rule is tested natively.

mod clock;
mod coverage;
mod mock;
mod queue;
mod scheduler;
mod scope;
mod selfcheck;
mod session;
mod stats;
mod timer;

pub use clock::{format_date, parse_date, Clock};
pub use coverage::{suggested_ticks, Agreement, Matcher, PointMatch};
pub use mock::{coverage, pick_questions, score, weakest};
pub use queue::{
    build_queue, card_info, due_label, interval_label, practise_ahead, CardInfo, Status,
    MATURE_DAYS,
};
pub use scheduler::{preview_intervals, replay, DeadlineCap, Fsrs, Memory, Scheduler};
pub use scope::Scope;
pub use selfcheck::{covered, suggested_rating, toggle, THRESHOLDS};
pub use session::{Session, Summary};
pub use stats::{
    forecast, heatmap, local_day, retention, reviews_per_day, streak, time_spent, Mastery,
};
pub use timer::{clock_label, Countdown, Phase};

#[cfg(test)]
mod tests;
