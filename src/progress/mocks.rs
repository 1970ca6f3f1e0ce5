//! The history of finished mock interviews.

use super::codec::{decode_object, DecodeError, SCHEMA_VERSION};
use super::Rating;
use serde::{Deserialize, Serialize};

/// How one question of a mock went.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct MockAnswer {
    pub id: String,
    /// Seconds spent answering (after the thinking time).
    pub used_secs: u32,
    /// The answer time allowed.
    pub target_secs: u32,
    /// Whether the answer time ran out.
    pub timed_out: bool,
    /// Key points ticked as covered, and how many the guide has.
    pub ticks: u16,
    pub points: u8,
    /// The user's grade; `None` until reviewed.
    #[serde(with = "rating_number")]
    pub rating: Option<Rating>,
}

/// One finished mock interview.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct MockRecord {
    /// Unix seconds when it started.
    pub at: i64,
    pub answers: Vec<MockAnswer>,
}

/// The stored history, newest last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MockHistory {
    #[serde(default)]
    pub v: u64,
    #[serde(default)]
    pub mocks: Vec<MockRecord>,
}

/// How many mocks the history keeps.
pub const HISTORY_LIMIT: usize = 100;

impl Default for MockHistory {
    fn default() -> Self {
        Self {
            v: SCHEMA_VERSION,
            mocks: Vec::new(),
        }
    }
}

impl MockRecord {
    fn graded(&self) -> usize {
        self.answers.iter().filter(|a| a.rating.is_some()).count()
    }
}

impl MockHistory {
    /// Adds a finished mock, or replaces the one that started at the same second (its review).
    pub fn add(&mut self, record: MockRecord) {
        self.mocks.retain(|m| m.at != record.at);
        self.mocks.push(record);
        self.mocks.sort_by_key(|m| m.at);
        self.keep_newest();
    }

    /// Every mock of both copies, the newest `HISTORY_LIMIT` kept. A mock is known by when it
    /// started; where both copies have it, the one with more graded answers wins (it was
    /// reviewed since), and on a tie the larger record, so the merge is commutative.
    pub fn merge(&self, other: &MockHistory) -> MockHistory {
        let mut mocks: Vec<MockRecord> = self.mocks.iter().chain(&other.mocks).cloned().collect();
        mocks.sort_by(|a, b| {
            (a.at, std::cmp::Reverse(a.graded()), std::cmp::Reverse(a)).cmp(&(
                b.at,
                std::cmp::Reverse(b.graded()),
                std::cmp::Reverse(b),
            ))
        });
        mocks.dedup_by_key(|m| m.at);
        let mut merged = MockHistory {
            v: SCHEMA_VERSION,
            mocks,
        };
        merged.keep_newest();
        merged
    }

    fn keep_newest(&mut self) {
        let excess = self.mocks.len().saturating_sub(HISTORY_LIMIT);
        self.mocks.drain(..excess);
    }
}

pub fn decode_mocks(text: &str) -> Result<MockHistory, DecodeError> {
    decode_object(text, "a mock history", |d: &MockHistory| d.v).map(|mut document| {
        document.v = SCHEMA_VERSION;
        document
    })
}

/// Ratings are stored as their number, 0 for "not graded".
mod rating_number {
    use super::Rating;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(rating: &Option<Rating>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(rating.map_or(0, |r| r as u8))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Rating>, D::Error> {
        let n = u8::deserialize(d)?;
        if n == 0 {
            return Ok(None);
        }
        Rating::from_number(n)
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom(format!("rating {n} is not 0 to 4")))
    }
}
