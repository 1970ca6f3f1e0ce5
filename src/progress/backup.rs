//! Export and import: everything the user has, as one versioned JSON file.
//!
//! Import checks the whole file before anything changes; a file that fails gets an error
//! naming the problem, and nothing is touched.

use super::codec::{decode_progress, DecodeError, SCHEMA_VERSION};
use super::document::StoredDocument;
use super::json::check;
use super::mocks::{decode_mocks, MockHistory};
use super::notes::{decode_notes, Notes};
use super::own_questions::{decode_own_questions, OwnQuestions};
use super::settings::{decode_settings, Settings};
use super::Progress;
use serde::Serialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// Seconds in a day: how far ahead of the clock an imported review may be dated.
const DAY: i64 = 86_400;
use std::fmt;

/// The `format` field every backup carries, so a random JSON file is told apart from ours.
pub const BACKUP_FORMAT: &str = "interview-deck-backup";

/// The largest file import accepts: a real backup of a heavy user is well under 2 MB.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

/// Everything the user has.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Backup {
    pub progress: Progress,
    pub notes: Notes,
    pub settings: Settings,
    pub mocks: MockHistory,
    /// The questions the user wrote or imported.
    pub own: OwnQuestions,
}

/// Why a file cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge(usize),
    NotJson(String),
    NotAnObject,
    NotABackup,
    MissingVersion,
    Newer(u64),
    MissingSection(&'static str),
    BadSection(&'static str, String),
    /// A section carries no schema version: only the app's own stored prototype document may
    /// be migrated from the unversioned format, never a file.
    UnversionedSection(&'static str),
    /// A review dated after tomorrow (Unix seconds), on this card.
    FutureReview {
        card: String,
        at: i64,
    },
    /// Values nested deeper than the JSON reader follows (a backup never nests so deep).
    TooDeep,
    /// A `\u` escape that is cut short or half of a character (a lone UTF-16 surrogate).
    BrokenEscape(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "the file is empty"),
            Self::TooLarge(bytes) => write!(
                f,
                "the file is {:.1} MB; a backup is never more than {} MB",
                *bytes as f64 / 1_048_576.0,
                MAX_IMPORT_BYTES / 1_048_576
            ),
            Self::NotJson(why) => write!(f, "the file is not valid JSON, or is cut short ({why})"),
            Self::NotAnObject => write!(f, "the file is JSON but not an Interview Deck backup"),
            Self::NotABackup => write!(f, "the file is not an Interview Deck backup (its \"format\" is missing or different)"),
            Self::MissingVersion => write!(f, "the backup has no version number"),
            Self::Newer(v) => write!(
                f,
                "the backup was made by a newer version of Interview Deck (format {v}; this one reads up to {SCHEMA_VERSION}): reload the app to update it"
            ),
            Self::MissingSection(name) => write!(f, "the backup has no \"{name}\" section"),
            Self::BadSection(name, why) => write!(f, "the backup's \"{name}\" section is damaged: {why}"),
            Self::UnversionedSection(name) => write!(f, "the backup's \"{name}\" section has no \"v\" (schema version); add the version it was written with, such as \"v\": 1"),
            Self::FutureReview { card, at } => write!(f, "card \"{card}\" has a review dated {at} (Unix seconds), later than tomorrow; correct or remove that review"),
            Self::TooDeep => write!(f, "the file nests values more than 128 levels deep, which no backup does; remove the deeply nested part"),
            Self::BrokenEscape(at) => write!(f, "the file has a broken \\u character escape {at} (often half of an emoji); remove or complete that character"),
        }
    }
}

/// The backup file as written: its fields in alphabetical order, as they always were.
#[derive(Serialize)]
struct BackupFile<'a, Mocks, Notes, Own, Progress, Settings> {
    app_version: &'a str,
    exported_at: i64,
    format: &'a str,
    mocks: Mocks,
    notes: Notes,
    own: Own,
    progress: Progress,
    settings: Settings,
    v: u64,
}

/// Writes the backup file. `app_version` and `exported_at` (Unix seconds) are for the reader.
pub fn encode_backup(backup: &Backup, app_version: &str, exported_at: i64) -> String {
    let file = BackupFile {
        app_version,
        exported_at,
        format: BACKUP_FORMAT,
        mocks: backup.mocks.stored(),
        notes: backup.notes.stored(),
        own: backup.own.stored(),
        progress: backup.progress.stored(),
        settings: backup.settings.stored(),
        v: SCHEMA_VERSION,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// A file's (or a section's) fields, each as the text it was written as.
type Fields<'a> = BTreeMap<String, &'a RawValue>;

/// The fields of a text that is a JSON object; an error for any other JSON.
fn fields(text: &str) -> Result<Fields<'_>, serde_json::Error> {
    serde_json::from_str(text)
}

fn section<T>(
    file: &Fields,
    name: &'static str,
    decode: fn(&str) -> Result<T, DecodeError>,
) -> Result<T, ImportError> {
    let value = file.get(name).ok_or(ImportError::MissingSection(name))?;
    decode(value.get()).map_err(|e| match e {
        DecodeError::Newer(v) => ImportError::Newer(v),
        DecodeError::Corrupt(why) => ImportError::BadSection(name, why),
    })
}

/// Reads and checks a whole backup file, at `now` (Unix seconds): no review may be dated after
/// tomorrow.
pub fn decode_backup(text: &str, now: i64) -> Result<Backup, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if !check(text).map_err(not_json)?.object {
        return Err(ImportError::NotAnObject);
    }
    // Checked to be an object just above.
    let file = fields(text).unwrap_or_default();
    let field = |name: &str| file.get(name).map(|value| value.get());
    let format = field("format").and_then(|f| serde_json::from_str::<String>(f).ok());
    if format.as_deref() != Some(BACKUP_FORMAT) {
        return Err(ImportError::NotABackup);
    }
    match field("v").and_then(|v| serde_json::from_str::<u64>(v).ok()) {
        None => return Err(ImportError::MissingVersion),
        Some(v) if v > SCHEMA_VERSION => return Err(ImportError::Newer(v)),
        Some(_) => {}
    }
    // A progress section that is not an object is left to its decoder to name.
    if field("progress").is_some_and(|p| fields(p).is_ok_and(|p| !p.contains_key("v"))) {
        return Err(ImportError::UnversionedSection("progress"));
    }
    let backup = Backup {
        progress: section(&file, "progress", decode_progress)?,
        notes: section(&file, "notes", decode_notes)?,
        settings: section(&file, "settings", decode_settings)?,
        mocks: section(&file, "mocks", decode_mocks)?,
        // Backups made before own questions existed have none.
        own: match file.get("own") {
            None => OwnQuestions::default(),
            Some(_) => section(&file, "own", decode_own_questions)?,
        },
    };
    let tomorrow = now.saturating_add(DAY);
    for (card, progress) in &backup.progress.cards {
        if let Some(review) = progress.log.iter().find(|r| r.at > tomorrow) {
            return Err(ImportError::FutureReview {
                card: card.clone(),
                at: review.at,
            });
        }
    }
    Ok(backup)
}

/// Why the JSON reader refused the file, told apart where the fix differs.
fn not_json(error: serde_json::Error) -> ImportError {
    let message = error.to_string();
    if message.contains("recursion limit") {
        ImportError::TooDeep
    } else if message.contains("surrogate") || message.contains("hex escape") {
        ImportError::BrokenEscape(format!(
            "at line {} column {}",
            error.line(),
            error.column()
        ))
    } else {
        ImportError::NotJson(message)
    }
}

/// How an import combines the file with what is here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Review logs are a union, differing notes are both kept, settings stay as they are.
    Merge,
    /// The file replaces everything (the app exports the current data first).
    Replace,
}

/// What an import would change, shown before the user confirms, and the data it would leave.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    pub cards_added: usize,
    pub cards_changed: usize,
    pub reviews_added: usize,
    pub reviews_removed: usize,
    pub notes_added: usize,
    pub notes_changed: usize,
    pub stories_added: usize,
    pub mocks_added: usize,
    /// Own questions the result has that this browser had not.
    pub own_added: usize,
    pub result: Backup,
}

/// Works out an import without doing it.
pub fn plan_import(current: &Backup, incoming: &Backup, mode: ImportMode) -> ImportPlan {
    let result = match mode {
        ImportMode::Merge => {
            let mut mocks = current.mocks.clone();
            for mock in &incoming.mocks.mocks {
                mocks.add(mock.clone());
            }
            Backup {
                progress: current.progress.merge(&incoming.progress),
                notes: current.notes.merge(&incoming.notes),
                settings: current.settings.clone(),
                mocks,
                own: current.own.merge(&incoming.own),
            }
        }
        ImportMode::Replace => incoming.clone(),
    };
    let old = &current.progress.cards;
    let new = &result.progress.cards;
    let cards_added = new.keys().filter(|id| !old.contains_key(*id)).count();
    let cards_changed = new
        .iter()
        .filter(|(id, card)| old.get(*id).is_some_and(|o| o != *card))
        .count();
    let reviews_before = current.progress.review_count();
    let reviews_after = result.progress.review_count();
    let old_notes = &current.notes.answers;
    let new_notes = &result.notes.answers;
    ImportPlan {
        cards_added,
        cards_changed,
        reviews_added: reviews_after.saturating_sub(reviews_before),
        reviews_removed: reviews_before.saturating_sub(reviews_after),
        notes_added: new_notes
            .keys()
            .filter(|id| !old_notes.contains_key(*id))
            .count(),
        notes_changed: new_notes
            .iter()
            .filter(|(id, v)| old_notes.get(*id).is_some_and(|o| o != *v))
            .count(),
        stories_added: result
            .notes
            .stories
            .iter()
            .filter(|s| !current.notes.stories.iter().any(|o| o.id == s.id))
            .count(),
        own_added: result
            .own
            .live()
            .iter()
            .filter(|(id, _)| {
                current
                    .own
                    .questions
                    .get(*id)
                    .is_none_or(|r| r.deleted.is_some())
            })
            .count(),
        mocks_added: result
            .mocks
            .mocks
            .iter()
            .filter(|m| !current.mocks.mocks.iter().any(|o| o.at == m.at))
            .count(),
        result,
    }
}

/// How old the last export may get before the app reminds the user.
pub const EXPORT_REMINDER_DAYS: i64 = 14;

/// Whether to remind the user to export: there are reviews the last export lacks, and that
/// export (or, if there was none, the first review) is more than two weeks old.
pub fn needs_export_reminder(progress: &Progress, last_export: Option<i64>, now: i64) -> bool {
    let reviews = || progress.cards.values().flat_map(|c| &c.log);
    let since = last_export.or_else(|| reviews().map(|r| r.at).min());
    let Some(since) = since else { return false };
    let unsaved = reviews().any(|r| last_export.is_none_or(|at| r.at > at));
    unsaved && now - since > EXPORT_REMINDER_DAYS * 86_400
}
