//! The settings document: the user's choices for scheduling.

use super::codec::{DecodeError, SCHEMA_VERSION};
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
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            v: SCHEMA_VERSION,
            retention: 0.9,
            new_per_day: 10,
        }
    }
}

impl Settings {
    /// Keeps values in the range the scheduler is meant for.
    pub fn clamped(mut self) -> Self {
        self.retention = self.retention.clamp(0.7, 0.97);
        self.new_per_day = self.new_per_day.min(100);
        self
    }
}

pub fn encode_settings(settings: &Settings) -> String {
    serde_json::to_string(settings).unwrap_or_default()
}

pub fn decode_settings(text: &str) -> Result<Settings, DecodeError> {
    let settings: Settings = serde_json::from_str(text)
        .map_err(|e| DecodeError::Corrupt(format!("it is not a settings document ({e})")))?;
    if settings.v > SCHEMA_VERSION {
        return Err(DecodeError::Newer(settings.v));
    }
    Ok(settings.clamped())
}
