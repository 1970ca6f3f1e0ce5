//! The settings document: the user's choices for scheduling, mocks and speech.

use super::codec::{decode_object, DecodeError, EARLIEST_REVIEW, LATEST_TIME, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};

/// What the user can tune. Unknown or missing fields fall back to the defaults, so a settings
/// document from an older build still loads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub v: u64,
    /// The recall probability the scheduler aims for when a card comes due (0.7 to 0.97).
    pub retention: f64,
    /// How many never-seen questions a day's practice introduces.
    pub new_per_day: u32,
    /// Mock interviews: how many questions (3 to 10).
    pub mock_count: u32,
    /// Mock interviews: seconds to think before answering.
    pub think_secs: u32,
    /// Mock interviews: seconds to answer, by category (technical, behavioral, situational).
    pub answer_secs: [u32; 3],
    /// The local day number of the user's interview, if they set one.
    pub interview_day: Option<i64>,
    /// When the user last exported a backup (Unix seconds).
    pub last_export: Option<i64>,
    /// Mock interviews: whether each question is read aloud (where the device has a voice).
    pub read_aloud: bool,
    /// The name of the voice to read with, as the device calls it; `None`: its default.
    pub voice: Option<String>,
    /// How fast questions are read: 1 is the voice's normal rate (0.5 to 2).
    pub speech_rate: f64,
    /// When these settings were last changed (Unix seconds): the newer copy wins a merge.
    pub changed: i64,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            v: SCHEMA_VERSION,
            retention: 0.9,
            new_per_day: 10,
            mock_count: 5,
            think_secs: 30,
            answer_secs: [180, 120, 120],
            interview_day: None,
            last_export: None,
            read_aloud: true,
            voice: None,
            speech_rate: 1.0,
            changed: 0,
        }
    }
}

impl Settings {
    /// Keeps values in the range the scheduler is meant for.
    pub fn clamped(mut self) -> Self {
        self.retention = self.retention.clamp(0.7, 0.97);
        self.new_per_day = self.new_per_day.min(100);
        self.mock_count = self.mock_count.clamp(3, 10);
        self.think_secs = self.think_secs.min(600);
        self.answer_secs = self.answer_secs.map(|s| s.clamp(1, 1800));
        self.speech_rate = if self.speech_rate.is_finite() {
            self.speech_rate.clamp(0.5, 2.0)
        } else {
            1.0
        };
        // An interview day outside the years a review may have is damage, not a plan.
        let days = EARLIEST_REVIEW.div_euclid(86_400)..=LATEST_TIME.div_euclid(86_400);
        self.interview_day = self.interview_day.filter(|day| days.contains(day));
        self
    }

    /// The copy changed last wins, whole: settings are few and chosen together, and a user
    /// expects the latest choice in every tab. At the same second the larger encoding wins,
    /// a deterministic tie-break that keeps the merge commutative.
    pub fn merge(&self, other: &Settings) -> Settings {
        let key = |s: &Settings| (s.changed, serde_json::to_string(s).unwrap_or_default());
        if key(self) >= key(other) {
            self.clone()
        } else {
            other.clone()
        }
    }
}

pub fn decode_settings(text: &str) -> Result<Settings, DecodeError> {
    decode_object(text, "a settings document", |s: &Settings| s.v).map(Settings::clamped)
}
