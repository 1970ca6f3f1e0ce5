//! Where each question stands, and which ones today's practice brings.

use super::clock::Clock;
use super::scheduler::{replay, Memory, Scheduler};
use crate::progress::Progress;
use crate::text::plural;

/// An interval this long or longer makes a card "review" (well known) rather than "learning".
pub const MATURE_DAYS: i64 = 21;

/// A question's place in the user's practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Never reviewed.
    New,
    /// Reviewed, with an interval under three weeks: still being learnt.
    Learning,
    /// Known well: an interval of three weeks or more.
    Review,
    /// Its due day has come.
    Due,
}

impl Status {
    pub const ALL: [Status; 4] = [Self::New, Self::Learning, Self::Review, Self::Due];

    /// The word used in URLs and class names.
    pub fn slug(self) -> &'static str {
        match self {
            Self::New => "new",
            Self::Learning => "learning",
            Self::Review => "review",
            Self::Due => "due",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New",
            Self::Learning => "Learning",
            Self::Review => "Review",
            Self::Due => "Due",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// What the list and the question page show about a question's practice.
#[derive(Debug, Clone, PartialEq)]
pub struct CardInfo {
    pub status: Status,
    /// The local day it comes due; `None` for a new card.
    pub due_day: Option<i64>,
    pub lapses: u32,
    pub reviews: usize,
    pub memory: Option<Memory>,
}

/// Where a question stands today.
pub fn card_info(
    scheduler: &impl Scheduler,
    progress: &Progress,
    id: &str,
    clock: &Clock,
) -> CardInfo {
    let log = progress.log(id);
    let memory = replay(scheduler, log);
    let due_day = memory.as_ref().map(|m| clock.day_of(m.due));
    let status = match (&memory, due_day) {
        (None, _) => Status::New,
        (Some(_), Some(day)) if day <= clock.today() => Status::Due,
        (Some(m), _) if m.interval_days >= MATURE_DAYS => Status::Review,
        (Some(_), _) => Status::Learning,
    };
    CardInfo {
        status,
        due_day,
        lapses: memory.as_ref().map_or(0, |m| m.lapses),
        reviews: log.len(),
        memory,
    }
}

fn is_buried(progress: &Progress, id: &str, clock: &Clock) -> bool {
    progress
        .card(id)
        .and_then(|c| c.buried_until)
        .is_some_and(|until| until > clock.today())
}

/// How many questions were seen for the first time today, across the whole deck.
fn introduced_today(progress: &Progress, clock: &Clock) -> usize {
    progress
        .cards
        .values()
        .filter(|c| {
            c.log
                .first()
                .is_some_and(|r| clock.day_of(r.at) == clock.today())
        })
        .count()
}

/// Splits `ids` (skipping buried cards) into the reviewed ones, with when each comes due, and
/// the new ones, both in the order given.
fn split_by_due<'a>(
    scheduler: &impl Scheduler,
    progress: &Progress,
    ids: &[&'a str],
    clock: &Clock,
) -> (Vec<(i64, &'a str)>, Vec<&'a str>) {
    let mut seen = Vec::new();
    let mut new = Vec::new();
    for &id in ids {
        if is_buried(progress, id, clock) {
            continue;
        }
        match replay(scheduler, progress.log(id)) {
            None => new.push(id),
            Some(memory) => seen.push((memory.due, id)),
        }
    }
    seen.sort_by_key(|&(due, _)| due);
    (seen, new)
}

/// Today's practice from `ids` (a list view, a topic, the starred…, in bank order): due cards
/// first, most overdue first, then new cards up to what is left of the daily limit.
pub fn build_queue<'a>(
    scheduler: &impl Scheduler,
    progress: &Progress,
    ids: &[&'a str],
    clock: &Clock,
    new_per_day: usize,
) -> Vec<&'a str> {
    let (seen, new) = split_by_due(scheduler, progress, ids, clock);
    let room = new_per_day.saturating_sub(introduced_today(progress, clock));
    let due = seen
        .into_iter()
        .take_while(|&(due, _)| clock.day_of(due) <= clock.today());
    due.map(|(_, id)| id)
        .chain(new.into_iter().take(room))
        .collect()
}

/// "Practise anyway", when nothing is due: the cards that come due soonest, then the new
/// ones beyond today's limit.
pub fn practise_ahead<'a>(
    scheduler: &impl Scheduler,
    progress: &Progress,
    ids: &[&'a str],
    clock: &Clock,
) -> Vec<&'a str> {
    let (seen, new) = split_by_due(scheduler, progress, ids, clock);
    seen.into_iter().map(|(_, id)| id).chain(new).collect()
}

/// A short label for an interval, as on the grade buttons: "1d", "6d", "3w", "4mo", "1.5y".
pub fn interval_label(days: i64) -> String {
    match days {
        ..14 => format!("{}d", days.max(1)),
        14..60 => format!("{}w", (days + 3) / 7),
        60..365 => format!("{}mo", (days + 15) / 30),
        _ => {
            let tenths = (days * 10 + 182) / 365;
            if tenths % 10 == 0 {
                format!("{}y", tenths / 10)
            } else {
                format!("{}.{}y", tenths / 10, tenths % 10)
            }
        }
    }
}

/// When a card comes due, relative to today: "today", "tomorrow", "in 5 days", "2 days ago".
pub fn due_label(due_day: i64, today: i64) -> String {
    match due_day - today {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        n if n > 0 => format!("in {}", plural(n, "day", "days")),
        n => format!("{} ago", plural(-n, "day", "days")),
    }
}
