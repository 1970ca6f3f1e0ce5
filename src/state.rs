//! The user's progress and settings while the app runs: loaded once from storage, changed only
//! through `Deck` (which saves after every change), merged when another tab saves.

use crate::bank::{Question, BANK};
use crate::progress::{
    decode_mocks, decode_notes, decode_progress, decode_settings, encode_mocks, encode_notes,
    encode_progress, encode_settings, Backup, DecodeError, MockHistory, Notes, Progress, Settings,
};
use crate::review::{
    card_info, preview_intervals, replay, CardInfo, Clock, DeadlineCap, Fsrs, Scope, Status,
};
use crate::storage::{self, Document, WriteError};
use leptos::prelude::*;
use std::collections::HashMap;
use std::time::Duration;

/// Something the user must know about their stored data, shown as a banner until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A stored document could not be read. Its text was copied to a backup key and can be
    /// downloaded; the app started with empty data.
    Unreadable {
        reason: String,
        raw: String,
        backup_key: String,
    },
    /// The stored progress was written by a newer version: it is left untouched and nothing is
    /// saved this session.
    Newer { reason: String },
    /// The last save failed; everything is still here in memory and can be exported.
    NotSaved(WriteError),
    /// A new version of the app has been downloaded and waits for a reload.
    UpdateReady,
}

/// The app-wide state, provided as a context by the app shell.
#[derive(Clone, Copy)]
pub struct Deck {
    pub progress: RwSignal<Progress>,
    pub settings: RwSignal<Settings>,
    /// The user's own answers and stories.
    pub notes: RwSignal<Notes>,
    pub mocks: RwSignal<MockHistory>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Refreshed every minute, so "due today" turns over at midnight without a reload.
    pub clock: RwSignal<Clock>,
    /// Every question's status, recomputed when progress, settings or the day change.
    pub infos: Memo<HashMap<&'static str, CardInfo>>,
    read_only: StoredValue<bool>,
}

/// The current time and time zone, from the browser.
pub fn now() -> Clock {
    let date = js_sys::Date::new_0();
    Clock {
        now: (date.get_time() / 1000.0).floor() as i64,
        offset: -(date.get_timezone_offset() as i64) * 60,
    }
}

impl Deck {
    /// Loads every document, turning every storage problem into a notice rather than a failure.
    pub fn load() -> Self {
        let mut notices = Vec::new();
        let mut read_only = false;
        let progress = load_document(
            Document::Progress,
            decode_progress,
            &mut notices,
            &mut read_only,
        );
        let settings = load_document(
            Document::Settings,
            decode_settings,
            &mut notices,
            &mut read_only,
        );
        let notes = load_document(Document::Notes, decode_notes, &mut notices, &mut read_only);
        let mocks = load_document(Document::Mocks, decode_mocks, &mut notices, &mut read_only);

        let progress = RwSignal::new(progress);
        let settings = RwSignal::new(settings);
        let clock = RwSignal::new(now());
        let infos = Memo::new(move |_| {
            let clock = clock.get();
            let fsrs = scheduler_for(&settings.get(), &clock);
            progress.with(|p| {
                BANK.iter()
                    .map(|q| (q.id, card_info(&fsrs, p, q.id, &clock)))
                    .collect()
            })
        });
        let deck = Self {
            progress,
            settings,
            notes: RwSignal::new(notes),
            mocks: RwSignal::new(mocks),
            notices: RwSignal::new(notices),
            clock,
            infos,
            read_only: StoredValue::new(read_only),
        };
        set_interval(
            move || {
                let fresh = now();
                if clock.with_untracked(|c| c.today() != fresh.today()) {
                    clock.set(fresh);
                }
            },
            Duration::from_secs(60),
        );
        storage::on_change(Document::Progress.key(), move |text| {
            if let Some(differs) =
                merge_other_tab(deck.progress, text, decode_progress, Progress::merge)
            {
                deck.clock.set(now());
                if differs {
                    deck.save_progress();
                }
            }
        });
        let update = window_event_listener_untyped("interview-deck-update", move |_| {
            deck.notices.update(|all| {
                if !all.contains(&Notice::UpdateReady) {
                    all.push(Notice::UpdateReady);
                }
            });
        });
        on_cleanup(move || update.remove());
        storage::on_change(Document::Notes.key(), move |text| {
            if merge_other_tab(deck.notes, text, decode_notes, Notes::merge) == Some(true) {
                deck.change_notes(|_| {});
            }
        });
        deck
    }

    /// Changes the progress through `change` and saves it.
    pub fn change<R>(&self, change: impl FnOnce(&mut Progress) -> R) -> R {
        let result = self
            .progress
            .try_update(change)
            .expect("the progress signal lives as long as the app");
        self.save_progress();
        self.clock.set(now());
        result
    }

    /// Changes the settings and saves them.
    pub fn change_settings(&self, change: impl FnOnce(&mut Settings)) {
        self.settings.update(change);
        let text = encode_settings(&self.settings.get_untracked());
        self.store(Document::Settings, &text);
    }

    /// Changes the notes and stories and saves them.
    pub fn change_notes(&self, change: impl FnOnce(&mut Notes)) {
        self.notes.update(change);
        let text = self.notes.with_untracked(encode_notes);
        self.store(Document::Notes, &text);
    }

    /// Changes the mock-interview history and saves it.
    pub fn change_mocks(&self, change: impl FnOnce(&mut MockHistory)) {
        self.mocks.update(change);
        let text = self.mocks.with_untracked(encode_mocks);
        self.store(Document::Mocks, &text);
    }

    /// The scheduler as the user set it up: their target recall, capped before their interview.
    pub fn scheduler(&self) -> DeadlineCap<Fsrs> {
        scheduler_for(&self.settings.get(), &self.clock.get())
    }

    /// Everything the user has, for export.
    pub fn backup(&self) -> Backup {
        Backup {
            progress: self.progress.get_untracked(),
            notes: self.notes.get_untracked(),
            settings: self.settings.get_untracked(),
            mocks: self.mocks.get_untracked(),
        }
    }

    /// Replaces everything (an import, or a reset with `Backup::default()`) and saves it.
    pub fn replace_all(&self, backup: Backup) {
        self.change(|p| *p = backup.progress);
        self.change_notes(|n| *n = backup.notes);
        self.change_settings(|s| *s = backup.settings);
        self.change_mocks(|m| *m = backup.mocks);
    }

    /// The interval each grade would give a question now, Again to Easy: the grade buttons'
    /// labels. Tracks progress and settings.
    pub fn intervals(&self, id: &str) -> [i64; 4] {
        let scheduler = self.scheduler();
        let before = self.progress.with(|p| replay(&scheduler, p.log(id)));
        preview_intervals(&scheduler, before.as_ref(), now().now)
    }

    /// The questions of the bank in `scope`; tracks progress, so views using it stay current.
    pub fn select(&self, scope: &Scope) -> Vec<&'static Question> {
        let standing = |id: &str| {
            let status = self.info(id).map_or(Status::New, |i| i.status);
            (status, self.progress.with(|p| p.is_starred(id)))
        };
        scope.apply(BANK, standing)
    }

    pub fn info(&self, id: &str) -> Option<CardInfo> {
        self.infos.with(|infos| infos.get(id).cloned())
    }

    /// The progress as a file the user can keep: the same text as is stored.
    pub fn export_text(&self) -> String {
        self.progress.with_untracked(encode_progress)
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.notices.update(|all| all.retain(|n| n != notice));
    }

    fn save_progress(&self) {
        let text = self.export_text();
        self.store(Document::Progress, &text);
    }

    fn store(&self, document: Document, text: &str) {
        if self.read_only.get_value() {
            return;
        }
        let outcome = storage::write(&document.key(), text);
        self.notices.update(|all| {
            all.retain(|n| !matches!(n, Notice::NotSaved(_)));
            if let Err(error) = outcome {
                all.push(Notice::NotSaved(error));
            }
        });
    }
}

/// Another tab saved `text`: this tab takes the union of both copies. Returns `None` when the
/// text is unreadable (nothing changes), else whether this tab had something the other lacked
/// and so must save the union back.
fn merge_other_tab<T: PartialEq + Send + Sync + 'static>(
    signal: RwSignal<T>,
    text: Option<String>,
    decode: fn(&str) -> Result<T, DecodeError>,
    merge: fn(&T, &T) -> T,
) -> Option<bool> {
    let theirs = decode(&text?).ok()?;
    let merged = signal.with_untracked(|mine| merge(mine, &theirs));
    let differs = merged != theirs;
    signal.set(merged);
    Some(differs)
}

fn scheduler_for(settings: &Settings, clock: &Clock) -> DeadlineCap<Fsrs> {
    DeadlineCap {
        inner: Fsrs::new(settings.retention),
        deadline: settings.interview_day.map(|day| clock.start_of(day)),
    }
}

/// Reads one document: missing gives the defaults; unreadable is backed up and reported;
/// newer makes the session read-only.
fn load_document<T: Default>(
    document: Document,
    decode: fn(&str) -> Result<T, DecodeError>,
    notices: &mut Vec<Notice>,
    read_only: &mut bool,
) -> T {
    let raw = match storage::read(&document.key()) {
        Ok(Some(raw)) => raw,
        Ok(None) => return T::default(),
        Err(error) => {
            notices.push(Notice::NotSaved(error));
            return T::default();
        }
    };
    match decode(&raw) {
        Ok(value) => value,
        Err(DecodeError::Newer(version)) => {
            *read_only = true;
            notices.push(Notice::Newer {
                reason: DecodeError::Newer(version).to_string(),
            });
            T::default()
        }
        Err(DecodeError::Corrupt(reason)) => {
            let backup_key = keep_backup(document, &raw);
            notices.push(Notice::Unreadable {
                reason,
                raw,
                backup_key,
            });
            T::default()
        }
    }
}

/// Copies an unreadable value aside, never over an earlier, different backup.
fn keep_backup(document: Document, raw: &str) -> String {
    let mut key = document.backup_key();
    match storage::read(&key) {
        Ok(Some(existing)) if existing != raw => key = format!("{key}:{}", now().now),
        _ => {}
    }
    let _ = storage::write(&key, raw);
    key
}

/// A moment as the user's browser writes dates and times in their locale.
pub fn local_time(secs: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(secs as f64 * 1000.0));
    String::from(date.to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED))
}
