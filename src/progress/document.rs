//! What every stored document has in common: its name in storage, its wire format, and how two
//! copies of it merge. The app's state loads, saves and merges each document through this one
//! description, so adding a document means implementing `StoredDocument` once.
//!
//! Every document is saved after every change, written whole; another tab's save is merged in,
//! never taken over blindly, so no tab can drop what another one added.

use super::codec::{decode_progress, encode_progress, DecodeError, StoredProgress};
use super::mocks::{decode_mocks, MockHistory};
use super::notes::{decode_notes, Notes};
use super::own_questions::{decode_own_questions, OwnQuestions};
use super::settings::{decode_settings, Settings};
use super::Progress;
use serde::Serialize;

/// A document kept in browser storage under its own key.
pub trait StoredDocument: Default + Clone + PartialEq + Send + Sync + 'static {
    /// The last part of its storage key; never changes once published.
    const NAME: &'static str;

    /// The stored JSON, as a view that serializes straight to text (no JSON tree in between),
    /// so the storage door encodes it exactly once.
    fn stored(&self) -> impl Serialize + '_;

    /// Reads a stored text of any schema this build knows.
    fn decode(text: &str) -> Result<Self, DecodeError>;

    /// Combines two copies (two tabs, or this tab and storage) without losing what either
    /// added. Commutative, associative and idempotent, so the order in which tabs' saves meet
    /// does not matter.
    fn merge(&self, other: &Self) -> Self;

    /// The stored text, for export and comparison.
    fn encode(&self) -> String {
        serde_json::to_string(&self.stored()).unwrap_or_default()
    }
}

/// The storage key of a document: namespaced by app and base path, because every GitHub Pages
/// project of one user shares one origin, and so one localStorage. `base` is the path the app
/// is served under (`""` or `"/interview-deck"`).
pub fn storage_key(base: &str, name: &str) -> String {
    let base = if base.is_empty() { "/" } else { base };
    format!("interview-deck:{base}:{name}")
}

/// Where an unreadable value of a document is kept for the user to download.
pub fn backup_key(base: &str, name: &str) -> String {
    format!("{}:backup", storage_key(base, name))
}

impl StoredDocument for Progress {
    const NAME: &'static str = "progress";

    fn stored(&self) -> impl Serialize + '_ {
        StoredProgress(self)
    }

    fn decode(text: &str) -> Result<Self, DecodeError> {
        decode_progress(text)
    }

    fn merge(&self, other: &Self) -> Self {
        Progress::merge(self, other)
    }

    fn encode(&self) -> String {
        encode_progress(self)
    }
}

impl StoredDocument for Settings {
    const NAME: &'static str = "settings";

    fn stored(&self) -> impl Serialize + '_ {
        self
    }

    fn decode(text: &str) -> Result<Self, DecodeError> {
        decode_settings(text)
    }

    fn merge(&self, other: &Self) -> Self {
        Settings::merge(self, other)
    }
}

impl StoredDocument for Notes {
    const NAME: &'static str = "notes";

    fn stored(&self) -> impl Serialize + '_ {
        self
    }

    fn decode(text: &str) -> Result<Self, DecodeError> {
        decode_notes(text)
    }

    fn merge(&self, other: &Self) -> Self {
        Notes::merge(self, other)
    }
}

impl StoredDocument for MockHistory {
    const NAME: &'static str = "mocks";

    fn stored(&self) -> impl Serialize + '_ {
        self
    }

    fn decode(text: &str) -> Result<Self, DecodeError> {
        decode_mocks(text)
    }

    fn merge(&self, other: &Self) -> Self {
        MockHistory::merge(self, other)
    }
}

impl StoredDocument for OwnQuestions {
    const NAME: &'static str = "own-questions";

    fn stored(&self) -> impl Serialize + '_ {
        self
    }

    fn decode(text: &str) -> Result<Self, DecodeError> {
        decode_own_questions(text)
    }

    fn merge(&self, other: &Self) -> Self {
        OwnQuestions::merge(self, other)
    }
}
