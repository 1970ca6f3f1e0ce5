//! Statistics of the user's practice: streak, activity, retention, forecast, mastery.
//!
//! Days are the user's local calendar days. A review's day uses the time-zone offset that
//! applied at that moment (`offset_at`), so reviews before and after a daylight-saving change
//! land on the days the user lived them.

use super::clock::DAY;
use super::queue::{CardInfo, Status};
use crate::progress::{Progress, Rating};
use std::collections::BTreeMap;

/// The local day of `secs`, given the offset east of UTC (seconds) in force at each moment.
pub fn local_day(secs: i64, offset_at: &impl Fn(i64) -> i64) -> i64 {
    (secs + offset_at(secs)).div_euclid(DAY)
}

/// How many reviews were done on each local day.
pub fn reviews_per_day(progress: &Progress, offset_at: &impl Fn(i64) -> i64) -> BTreeMap<i64, u32> {
    let mut days = BTreeMap::new();
    for review in progress.cards.values().flat_map(|c| &c.log) {
        *days.entry(local_day(review.at, offset_at)).or_insert(0) += 1;
    }
    days
}

/// Consecutive days with practice, up to today; a streak is still alive when today has no
/// review yet but yesterday had one.
pub fn streak(per_day: &BTreeMap<i64, u32>, today: i64) -> u32 {
    let mut day = if per_day.contains_key(&today) {
        today
    } else {
        today - 1
    };
    let mut count = 0;
    while per_day.contains_key(&day) {
        count += 1;
        day -= 1;
    }
    count
}

/// Reviews per day for the `weeks` weeks ending today, oldest first, starting on a Monday so
/// the heatmap's rows are weekdays.
pub fn heatmap(per_day: &BTreeMap<i64, u32>, today: i64, weeks: i64) -> Vec<(i64, u32)> {
    // Day 0 (1970-01-01) was a Thursday: Monday-based weekday = (day + 3) mod 7.
    let this_monday = today - (today + 3).rem_euclid(7);
    let first = this_monday - (weeks - 1) * 7;
    (first..=today)
        .map(|day| (day, per_day.get(&day).copied().unwrap_or(0)))
        .collect()
}

/// Share of reviews not rated Again, if there are any.
pub fn retention(progress: &Progress) -> Option<f64> {
    let reviews: Vec<_> = progress.cards.values().flat_map(|c| &c.log).collect();
    if reviews.is_empty() {
        return None;
    }
    let kept = reviews.iter().filter(|r| r.rating != Rating::Again).count();
    Some(kept as f64 / reviews.len() as f64)
}

/// Seconds spent on reviews in all.
pub fn time_spent(progress: &Progress) -> u64 {
    progress
        .cards
        .values()
        .flat_map(|c| &c.log)
        .map(|r| u64::from(r.secs))
        .sum()
}

/// How many cards come due on each of the next `days` days; overdue cards count for today.
pub fn forecast<'a>(
    infos: impl IntoIterator<Item = &'a CardInfo>,
    today: i64,
    days: usize,
) -> Vec<u32> {
    let mut counts = vec![0; days];
    for due in infos.into_iter().filter_map(|i| i.due_day) {
        let offset = usize::try_from((due - today).max(0)).unwrap_or(usize::MAX);
        if let Some(slot) = counts.get_mut(offset) {
            *slot += 1;
        }
    }
    counts
}

/// How far a group of questions has come: how many exist, have been studied, and are known
/// well (an interval of three weeks or more).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Mastery {
    pub total: u32,
    pub studied: u32,
    pub mature: u32,
}

impl Mastery {
    /// Adds one question with this status (and whether it is mature) to the group.
    pub fn add(&mut self, info: &CardInfo) {
        self.total += 1;
        if info.status != Status::New {
            self.studied += 1;
        }
        if info
            .memory
            .as_ref()
            .is_some_and(|m| m.interval_days >= super::queue::MATURE_DAYS)
        {
            self.mature += 1;
        }
    }

    /// Mature share in percent.
    pub fn percent(&self) -> u32 {
        (self.mature * 100).checked_div(self.total).unwrap_or(0)
    }
}
