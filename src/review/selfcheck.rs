//! The key-point self-check: the user ticks which key points of the guide their answer
//! covered, and the share covered suggests a grade. The user confirms or overrides it.

use crate::progress::Rating;

/// The thresholds, as the grade bar explains them: every key point → Easy; at least 60% →
/// Good; at least 30% → Hard; fewer → Again. A strong answer covers nearly everything; missing
/// most of the substance is a lapse, however fluent the answer felt.
pub const THRESHOLDS: [(u32, Rating); 3] =
    [(100, Rating::Easy), (60, Rating::Good), (30, Rating::Hard)];

/// How many of `total` key points the tick set covers.
pub fn covered(ticks: u16, total: usize) -> usize {
    (0..total.min(16)).filter(|i| ticks & (1 << i) != 0).count()
}

/// The grade the ticks suggest; `None` before anything is ticked (no suggestion is better than
/// suggesting Again to someone who has not started ticking).
pub fn suggested_rating(ticks: u16, total: usize) -> Option<Rating> {
    let done = covered(ticks, total);
    if done == 0 {
        return None;
    }
    let percent = u32::try_from(done * 100 / total).unwrap_or(100);
    Some(
        THRESHOLDS
            .iter()
            .find(|(min, _)| percent >= *min)
            .map_or(Rating::Again, |(_, r)| *r),
    )
}

/// Ticks or unticks key point `index`.
pub fn toggle(ticks: u16, index: usize) -> u16 {
    if index < 16 {
        ticks ^ (1 << index)
    } else {
        ticks
    }
}
