//! The user's own answers and stories. Plain text only: the views render it as text, never as
//! HTML.

use super::codec::{decode_object, DecodeError, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Edits closer together than this (seconds) belong to one version, so autosave while typing
/// does not push older versions out.
pub const VERSION_GAP: i64 = 5 * 60;

/// How many earlier versions are kept besides the current one.
pub const EARLIER_VERSIONS: usize = 10;

/// The labels of the STAR(R) template's fields, in order.
pub const STAR_FIELDS: [&str; 5] = ["Situation", "Task", "Action", "Result", "Reflection"];

/// One saved state of an answer: one free-text part, or the five STAR(R) parts.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NoteVersion {
    /// Unix seconds of the last edit.
    pub at: i64,
    pub parts: Vec<String>,
}

impl NoteVersion {
    /// The version as one text, its parts separated by blank lines: how it is shown as a
    /// whole, printed, and matched against the key points.
    pub fn text(&self) -> String {
        self.parts.join("\n\n")
    }

    /// The version in one of the two shapes the editor shows: one free-text part, or the five
    /// STAR(R) parts. A file may hold any number of parts; none is dropped: missing parts are
    /// blank, and parts beyond the fifth join the fifth.
    fn normalised(mut self) -> Self {
        let star = STAR_FIELDS.len();
        match self.parts.len() {
            0 => self.parts.push(String::new()),
            1 => {}
            n if n < star => self.parts.resize(star, String::new()),
            n if n > star => {
                let extra = self.parts.split_off(star).join("\n\n");
                let last = &mut self.parts[star - 1];
                if !last.is_empty() && !extra.is_empty() {
                    last.push_str("\n\n");
                }
                last.push_str(&extra);
            }
            _ => {}
        }
        self
    }

    pub fn is_star(&self) -> bool {
        self.parts.len() == STAR_FIELDS.len()
    }

    pub fn is_blank(&self) -> bool {
        self.parts.iter().all(|p| p.trim().is_empty())
    }
}

/// A story from the user's experience, tagged with the questions it can answer.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Story {
    /// Stable: the creation time in Unix milliseconds, as text.
    pub id: String,
    pub title: String,
    pub text: String,
    /// Question ids.
    pub questions: Vec<String>,
    /// Unix seconds of the last edit.
    pub at: i64,
}

/// The notes document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notes {
    #[serde(default)]
    pub v: u64,
    /// Each question's versions, oldest first; the last one is current.
    #[serde(default)]
    pub answers: BTreeMap<String, Vec<NoteVersion>>,
    #[serde(default)]
    pub stories: Vec<Story>,
}

impl Default for Notes {
    fn default() -> Self {
        Self {
            v: SCHEMA_VERSION,
            answers: BTreeMap::new(),
            stories: Vec::new(),
        }
    }
}

impl Notes {
    /// The current answer to a question.
    pub fn current(&self, id: &str) -> Option<&NoteVersion> {
        self.answers.get(id).and_then(|v| v.last())
    }

    /// The earlier versions, newest first.
    pub fn earlier(&self, id: &str) -> Vec<&NoteVersion> {
        let all = self.answers.get(id).map_or(&[][..], Vec::as_slice);
        all.iter().rev().skip(1).collect()
    }

    /// Saves an edit. Within `VERSION_GAP` of the last edit it updates the current version;
    /// after a pause it starts a new one, keeping `EARLIER_VERSIONS` before it.
    pub fn save(&mut self, id: &str, parts: Vec<String>, now: i64) {
        let versions = self.answers.entry(id.to_string()).or_default();
        match versions.last_mut() {
            Some(last) if last.parts == parts => {}
            Some(last) if now - last.at < VERSION_GAP && last.parts.len() == parts.len() => {
                *last = NoteVersion { at: now, parts };
            }
            _ => versions.push(NoteVersion { at: now, parts }),
        }
        let excess = versions.len().saturating_sub(EARLIER_VERSIONS + 1);
        versions.drain(..excess);
    }

    /// Makes an earlier version current again, as a new version, so the restore itself can be
    /// undone by restoring the one before.
    pub fn restore(&mut self, id: &str, at: i64, now: i64) -> bool {
        let Some(version) = self
            .answers
            .get(id)
            .and_then(|v| v.iter().find(|n| n.at == at))
            .cloned()
        else {
            return false;
        };
        let versions = self.answers.entry(id.to_string()).or_default();
        versions.push(NoteVersion {
            at: now.max(versions.last().map_or(now, |l| l.at + 1)),
            parts: version.parts,
        });
        let excess = versions.len().saturating_sub(EARLIER_VERSIONS + 1);
        versions.drain(..excess);
        true
    }

    /// Adds or replaces a story (matched by id).
    pub fn put_story(&mut self, story: Story) {
        self.stories.retain(|s| s.id != story.id);
        self.stories.push(story);
        self.stories.sort();
    }

    pub fn remove_story(&mut self, id: &str) {
        self.stories.retain(|s| s.id != id);
    }

    /// The stories tagged with a question.
    pub fn stories_for(&self, question: &str) -> Vec<&Story> {
        self.stories
            .iter()
            .filter(|s| s.questions.iter().any(|q| q == question))
            .collect()
    }

    /// Both copies' notes: versions are a union (so different texts are both kept), and a story
    /// edited in both keeps the later edit.
    pub fn merge(&self, other: &Notes) -> Notes {
        let mut answers = self.answers.clone();
        for (id, theirs) in &other.answers {
            let versions = answers.entry(id.clone()).or_default();
            versions.extend(theirs.iter().cloned());
            versions.sort();
            versions.dedup();
        }
        let mut stories: BTreeMap<String, Story> = BTreeMap::new();
        for story in self.stories.iter().chain(&other.stories) {
            match stories.get(&story.id) {
                Some(kept) if (kept.at, kept) >= (story.at, story) => {}
                _ => {
                    stories.insert(story.id.clone(), story.clone());
                }
            }
        }
        Notes {
            v: SCHEMA_VERSION,
            answers,
            stories: stories.into_values().collect(),
        }
    }
}

pub fn decode_notes(text: &str) -> Result<Notes, DecodeError> {
    decode_object(text, "a notes document", |d: &Notes| d.v).map(|mut document| {
        document.v = SCHEMA_VERSION;
        for versions in document.answers.values_mut() {
            *versions = std::mem::take(versions)
                .into_iter()
                .map(NoteVersion::normalised)
                .collect();
        }
        document
    })
}
