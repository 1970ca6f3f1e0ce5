//! The user's stored documents (review logs, stars, settings, notes, mock history), their wire format, schema
//! versions and merging. Pure Rust: `storage.rs` moves the strings in and out of the browser.
//!
//! Card state is never stored: only what happened (each review) is, and the scheduler replays
//! it. That keeps the document small, makes undo exact (drop the last review) and makes merging
//! two tabs' or two devices' progress a plain union of events.

mod backup;
mod codec;
mod document;
mod json;
mod mocks;
mod notes;
mod own_questions;
mod recordings;
mod settings;

pub use backup::{
    decode_backup, encode_backup, needs_export_reminder, plan_import, Backup, ImportError,
    ImportMode, ImportPlan, BACKUP_FORMAT, MAX_IMPORT_BYTES,
};
pub use codec::{
    decode_progress, encode_progress, DecodeError, EARLIEST_REVIEW, LATEST_TIME, SCHEMA_VERSION,
};
pub use document::{backup_key, storage_key, StoredDocument};
pub use mocks::{decode_mocks, MockAnswer, MockHistory, MockRecord};
pub use notes::{
    decode_notes, NoteVersion, Notes, Story, EARLIER_VERSIONS, STAR_FIELDS, VERSION_GAP,
};
pub use own_questions::{decode_own_questions, OwnQuestions, OwnRecord};
pub use recordings::{
    size_label, to_evict, total_bytes, RecordingInfo, RECORDINGS_CAP_BYTES, RECORDING_VERSION,
};
pub use settings::{decode_settings, Settings};

use std::collections::BTreeMap;

/// How well the user recalled an answer; the four buttons of the grade bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Rating {
    /// All ratings, worst first, as the grade bar shows them.
    pub const ALL: [Rating; 4] = [Self::Again, Self::Hard, Self::Good, Self::Easy];

    /// The rating for a number key or a stored value, 1 to 4.
    pub fn from_number(n: u8) -> Option<Self> {
        Self::ALL.get(usize::from(n).wrapping_sub(1)).copied()
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Again => "Again",
            Self::Hard => "Hard",
            Self::Good => "Good",
            Self::Easy => "Easy",
        }
    }
}

/// One grading of one card: the event everything else is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Review {
    /// When, in Unix seconds.
    pub at: i64,
    pub rating: Rating,
    /// Seconds from showing the question to grading it.
    pub secs: u32,
    /// The key points the user ticked as covered, one bit per key point (0: none recorded).
    pub ticks: u16,
}

/// Everything stored about one question.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardProgress {
    /// Every review, oldest first.
    pub log: Vec<Review>,
    /// Starred (bookmarked), and when that was last changed (Unix seconds), so that merging
    /// two copies keeps the newest choice. `None`: never starred or unstarred.
    pub star: Option<(bool, i64)>,
    /// Hidden from the queue until this local day number (exclusive), by "bury".
    pub buried_until: Option<i64>,
}

impl CardProgress {
    pub fn is_starred(&self) -> bool {
        self.star.is_some_and(|(on, _)| on)
    }

    fn is_empty(&self) -> bool {
        self.log.is_empty() && self.star.is_none() && self.buried_until.is_none()
    }
}

/// The progress document: one entry per question id ever touched. Ids that left the bank keep
/// their entry, so a question that comes back (or an import) finds its history.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub cards: BTreeMap<String, CardProgress>,
}

impl Progress {
    pub fn card(&self, id: &str) -> Option<&CardProgress> {
        self.cards.get(id)
    }

    /// The review log of a question, empty when it was never reviewed.
    pub fn log(&self, id: &str) -> &[Review] {
        self.cards.get(id).map_or(&[], |c| c.log.as_slice())
    }

    /// Adds a review, keeping the log in time order.
    pub fn record(&mut self, id: &str, review: Review) {
        let log = &mut self.cards.entry(id.to_string()).or_default().log;
        let at = log.partition_point(|r| r <= &review);
        log.insert(at, review);
    }

    /// Removes exactly `review` from a question's log (undo); false when it is not there.
    pub fn unrecord(&mut self, id: &str, review: &Review) -> bool {
        let Some(card) = self.cards.get_mut(id) else {
            return false;
        };
        let Some(index) = card.log.iter().rposition(|r| r == review) else {
            return false;
        };
        card.log.remove(index);
        if card.is_empty() {
            self.cards.remove(id);
        }
        true
    }

    pub fn set_star(&mut self, id: &str, on: bool, now: i64) {
        self.cards.entry(id.to_string()).or_default().star = Some((on, now));
    }

    pub fn bury(&mut self, id: &str, until_day: i64) {
        self.cards.entry(id.to_string()).or_default().buried_until = Some(until_day);
    }

    pub fn is_starred(&self, id: &str) -> bool {
        self.cards.get(id).is_some_and(CardProgress::is_starred)
    }

    /// Combines two copies of the progress (two tabs, or an import) without losing anything:
    /// review logs are a union by event, the newest star choice wins, the later burial wins.
    /// Commutative and idempotent, so the order copies meet in does not matter.
    pub fn merge(&self, other: &Progress) -> Progress {
        let mut cards = self.cards.clone();
        for (id, theirs) in &other.cards {
            let mine = cards.entry(id.clone()).or_default();
            let mut log: Vec<Review> = mine.log.iter().chain(&theirs.log).copied().collect();
            log.sort_unstable();
            log.dedup();
            mine.log = log;
            mine.star = match (mine.star, theirs.star) {
                (Some(a), Some(b)) => Some(newest_star(a, b)),
                (a, b) => a.or(b),
            };
            mine.buried_until = mine.buried_until.max(theirs.buried_until);
        }
        Progress { cards }
    }

    /// How many reviews are stored in all.
    pub fn review_count(&self) -> usize {
        self.cards.values().map(|c| c.log.len()).sum()
    }
}

/// The later of two star choices; at the same second, starred wins (a deterministic tie-break
/// keeps merge commutative).
fn newest_star(a: (bool, i64), b: (bool, i64)) -> (bool, i64) {
    if (a.1, a.0) >= (b.1, b.0) {
        a
    } else {
        b
    }
}

#[cfg(test)]
mod backup_tests;
#[cfg(test)]
mod tests;
