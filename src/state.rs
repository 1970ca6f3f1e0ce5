//! The user's data while the app runs. Every stored document (see `progress::StoredDocument`)
//! is held by a `Stored`, which loads it once, saves it after every change and merges another
//! tab's saves. `Deck` owns them all; views read through its getters and change data only
//! through its methods, so every change is saved and no view can forget to.

use crate::bank::chunks::all_chunks;
use crate::bank::own::{new_own_id, own_question, Draft, DraftError};
use crate::bank::search::SearchIndex;
use crate::bank::{bank_questions, library, Question};
use crate::clock::now;
use crate::guides::Guides;
use crate::progress::{
    Backup, DecodeError, MockHistory, Notes, OwnQuestions, Progress, Settings, StoredDocument,
};
use crate::review::{
    card_info, preview_intervals, replay, CardInfo, Clock, DeadlineCap, Fsrs, Scope, Status,
};
use crate::storage::{self, WriteError};
use leptos::prelude::*;
use std::collections::HashMap;
use std::time::Duration;

/// How many questions are indexed for search in one frame (about 7 ms at 0.1 ms each).
const INDEX_PER_FRAME: usize = 64;

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
    /// The last save failed; everything is still here in memory and can be exported. When
    /// `kept_in_tab`, a copy waits in the tab and is saved after a reload once there is room.
    NotSaved {
        error: WriteError,
        kept_in_tab: bool,
    },
    /// Changes made while saving failed, kept by the tab, were saved after the reload.
    Recovered,
    /// A new version of the app has been downloaded and waits for a reload.
    UpdateReady,
}

/// What a read-only session tells a user who tries to replace their data.
const READ_ONLY: &str = "this browser's saved progress was written by a newer version of Interview Deck, so this session saves nothing; reload to get the newest version, then try again";

/// One stored document in memory.
struct Stored<T: StoredDocument> {
    value: RwSignal<T>,
}

impl<T: StoredDocument> Clone for Stored<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: StoredDocument> Copy for Stored<T> {}

/// What loading found: notices for the user, and whether saving must stay off.
#[derive(Default)]
struct LoadReport {
    notices: Vec<Notice>,
    read_only: bool,
}

impl<T: StoredDocument> Stored<T> {
    /// Reads the document: missing gives the defaults; unreadable is backed up and reported;
    /// newer makes the session read-only.
    fn load(report: &mut LoadReport) -> Self {
        let value = match storage::read(&storage::key::<T>()) {
            Ok(Some(raw)) => match T::decode(&raw) {
                Ok(value) => value,
                Err(DecodeError::Newer(version)) => {
                    report.read_only = true;
                    report.notices.push(Notice::Newer {
                        reason: DecodeError::Newer(version).to_string(),
                    });
                    T::default()
                }
                Err(DecodeError::Corrupt(reason)) => {
                    let backup_key = keep_backup::<T>(&raw);
                    report.notices.push(Notice::Unreadable {
                        reason,
                        raw,
                        backup_key,
                    });
                    T::default()
                }
            },
            Ok(None) => T::default(),
            Err(error) => {
                report.notices.push(Notice::NotSaved {
                    error,
                    kept_in_tab: false,
                });
                T::default()
            }
        };
        Self {
            value: RwSignal::new(value),
        }
    }

    /// Merges in the copy this tab kept when a save failed, if any; true when there was one.
    fn take_back_kept(&self) -> bool {
        let Some(kept) =
            storage::kept_for_tab(&storage::key::<T>()).and_then(|t| T::decode(&t).ok())
        else {
            return false;
        };
        self.value.update(|mine| *mine = mine.merge(&kept));
        true
    }

    /// Another tab saved `text`: this tab takes the merge of both copies. Returns whether this
    /// tab had something the other lacked, and so must save the merge back. Unreadable text
    /// changes nothing.
    fn merge_saved(&self, text: Option<String>) -> bool {
        let Some(theirs) = text.and_then(|t| T::decode(&t).ok()) else {
            return false;
        };
        let merged = self.value.with_untracked(|mine| mine.merge(&theirs));
        let differs = merged != theirs;
        if self.value.with_untracked(|mine| *mine != merged) {
            self.value.set(merged);
        }
        differs
    }
}

/// The app-wide state, provided as a context by the app shell.
#[derive(Clone, Copy)]
pub struct Deck {
    progress: Stored<Progress>,
    settings: Stored<Settings>,
    notes: Stored<Notes>,
    mocks: Stored<MockHistory>,
    own: Stored<OwnQuestions>,
    /// The own questions as the pages take them, rebuilt when the document changes
    /// (`refresh_own`), and the search index over them.
    own_list: RwSignal<Vec<&'static Question>>,
    own_search: StoredValue<SearchIndex>,
    notices: RwSignal<Vec<Notice>>,
    clock: RwSignal<Clock>,
    infos: Memo<HashMap<&'static str, CardInfo>>,
    read_only: StoredValue<bool>,
    /// The bank's search index: every title and "why" at once by the first search that needs
    /// them, the guides a slice per frame as they arrive (`index_in_background`).
    search: StoredValue<SearchIndex>,
    /// Counts the slices of guides indexed, so a text search reruns as they come in.
    indexed: RwSignal<u32>,
    /// Whether a slice is due at the next frame.
    indexing: StoredValue<bool>,
    /// The answer guides' text files (the app root's, `App`): search looks into the guides
    /// that are here.
    guides: Guides,
}

impl Deck {
    /// Loads every document, turning every storage problem into a notice rather than a failure.
    pub fn load() -> Self {
        let mut report = LoadReport::default();
        let progress = Stored::<Progress>::load(&mut report);
        let settings = Stored::<Settings>::load(&mut report);
        let notes = Stored::load(&mut report);
        let mocks = Stored::load(&mut report);
        let own = Stored::<OwnQuestions>::load(&mut report);
        let kept = [
            progress.take_back_kept(),
            settings.take_back_kept(),
            notes.take_back_kept(),
            mocks.take_back_kept(),
            own.take_back_kept(),
        ];
        let own_list = RwSignal::new(Vec::new());

        let clock = RwSignal::new(now());
        let infos = Memo::new(move |_| {
            let clock = clock.get();
            let fsrs = scheduler_for(&settings.value.get(), &clock);
            let own = own_list.get();
            progress.value.with(|p| {
                bank_questions()
                    .iter()
                    .chain(&own)
                    .map(|q| (q.id, card_info(&fsrs, p, q.id, &clock)))
                    .collect()
            })
        });
        let deck = Self {
            progress,
            settings,
            notes,
            mocks,
            own,
            own_list,
            own_search: StoredValue::new(SearchIndex::default()),
            notices: RwSignal::new(report.notices),
            clock,
            infos,
            read_only: StoredValue::new(report.read_only),
            search: StoredValue::new(SearchIndex::default()),
            indexed: RwSignal::new(0),
            indexing: StoredValue::new(false),
            guides: expect_context::<Guides>(),
        };
        if !report.read_only && kept.contains(&true) {
            deck.save(progress);
            deck.save(settings);
            deck.save(notes);
            deck.save(mocks);
            deck.save(own);
            if !deck
                .notices
                .with_untracked(|all| all.iter().any(|n| matches!(n, Notice::NotSaved { .. })))
            {
                deck.notices.update(|all| all.push(Notice::Recovered));
            }
        }
        deck.follow_other_tabs(progress);
        deck.follow_other_tabs(settings);
        deck.follow_other_tabs(notes);
        deck.follow_other_tabs(mocks);
        deck.follow_other_tabs(own);
        deck.refresh_own();
        set_interval(
            move || {
                let fresh = now();
                if clock.with_untracked(|c| c.today() != fresh.today()) {
                    clock.set(fresh);
                }
            },
            Duration::from_secs(60),
        );
        let update = window_event_listener_untyped("interview-deck-update", move |_| {
            deck.notices.update(|all| {
                if !all.contains(&Notice::UpdateReady) {
                    all.push(Notice::UpdateReady);
                }
            });
        });
        on_cleanup(move || update.remove());
        deck
    }

    /// Merges every save another tab makes of `stored`'s document, and saves the merge back
    /// when this tab had something the other lacked.
    fn follow_other_tabs<T: StoredDocument>(self, stored: Stored<T>) {
        storage::on_change(
            storage::key::<T>(),
            Box::new(move |text| {
                if stored.merge_saved(text) {
                    self.save(stored);
                }
                self.refresh_own();
                self.clock.set(now());
            }),
        );
    }

    /// The review logs, stars and burials.
    pub fn progress(&self) -> ReadSignal<Progress> {
        self.progress.value.read_only()
    }

    pub fn settings(&self) -> ReadSignal<Settings> {
        self.settings.value.read_only()
    }

    /// The user's own answers and stories.
    pub fn notes(&self) -> ReadSignal<Notes> {
        self.notes.value.read_only()
    }

    pub fn mocks(&self) -> ReadSignal<MockHistory> {
        self.mocks.value.read_only()
    }

    pub fn notices(&self) -> ReadSignal<Vec<Notice>> {
        self.notices.read_only()
    }

    /// Refreshed every minute, so "due today" turns over at midnight without a reload.
    pub fn clock(&self) -> ReadSignal<Clock> {
        self.clock.read_only()
    }

    /// Every question's status, recomputed when progress, settings or the day change.
    pub fn infos(&self) -> Memo<HashMap<&'static str, CardInfo>> {
        self.infos
    }

    /// Changes the progress through `change` and saves it.
    pub fn change<R>(&self, change: impl FnOnce(&mut Progress) -> R) -> R {
        let result = self.update(self.progress, change);
        self.clock.set(now());
        result
    }

    /// Changes the settings and saves them, stamped with the time so the newest choice wins
    /// in every tab.
    pub fn change_settings(&self, change: impl FnOnce(&mut Settings)) {
        self.update(self.settings, |s| {
            change(s);
            s.changed = now().now;
        });
    }

    /// Changes the notes and stories and saves them.
    pub fn change_notes(&self, change: impl FnOnce(&mut Notes)) {
        self.update(self.notes, change);
    }

    /// The user's own questions, in the order the list shows them.
    pub fn own_questions(&self) -> ReadSignal<Vec<&'static Question>> {
        self.own_list.read_only()
    }

    /// The own-questions document: deleted questions (to restore) and import names.
    pub fn own(&self) -> ReadSignal<OwnQuestions> {
        self.own.value.read_only()
    }

    /// Saves a question the user wrote: a new one when `id` is `None`. Returns its id, or why
    /// it cannot be saved (over a limit), changing nothing then.
    pub fn save_own(
        &self,
        id: Option<&str>,
        draft: Draft,
        tag: Option<String>,
    ) -> Result<String, DraftError> {
        let draft = draft.tidied();
        let now = now().now;
        let id = id.map_or_else(|| self.new_own_id_besides(&[]), str::to_string);
        let result = self.update(self.own, |own| own.put(&id, &draft, tag, now));
        self.refresh_own();
        result.map(|()| id)
    }

    /// Saves a whole imported list, or none of it when one would break a limit.
    pub fn add_own(&self, drafts: Vec<Draft>, tag: Option<String>) -> Result<usize, DraftError> {
        let now = now().now;
        let mut ids = Vec::new();
        for _ in &drafts {
            let id = self.new_own_id_besides(&ids);
            ids.push(id);
        }
        let result = self.update(self.own, |own| {
            let mut next = own.clone();
            for (id, draft) in ids.iter().zip(drafts) {
                next.put(id, &draft.tidied(), tag.clone(), now)?;
            }
            *own = next;
            Ok(ids.len())
        });
        self.refresh_own();
        result
    }

    /// Deletes an own question; `restore_own` brings it back.
    pub fn delete_own(&self, id: &str) {
        self.update(self.own, |own| own.delete(id, now().now));
        self.refresh_own();
    }

    /// Brings a deleted own question back.
    pub fn restore_own(&self, id: &str) -> Result<(), DraftError> {
        let result = self.update(self.own, |own| own.restore(id, now().now));
        self.refresh_own();
        result.map(|_| ())
    }

    /// An id no own question has, nor any of `also`.
    fn new_own_id_besides(&self, also: &[String]) -> String {
        let millis = js_sys::Date::now() as u64;
        let random = (js_sys::Math::random() * 1e15) as u64;
        self.own.value.with_untracked(|own| {
            new_own_id(millis, random, |id| {
                own.questions.contains_key(id) || also.iter().any(|a| a == id)
            })
        })
    }

    /// Rebuilds the own questions the pages see from the document, keeping each unchanged
    /// question as it was (pages hold them by reference), and their search index.
    fn refresh_own(&self) {
        let before = self.own_list.get_untracked();
        let fresh: Vec<&'static Question> = self.own.value.with_untracked(|own| {
            own.live()
                .into_iter()
                .filter_map(|(id, record)| {
                    let draft = record.draft().ok()?;
                    let same = before.iter().find(|q| {
                        q.id == id
                            && q.own()
                                .is_some_and(|o| o.draft == draft && o.tag == record.tag)
                    });
                    Some(
                        same.copied()
                            .unwrap_or_else(|| own_question(id, &draft, record.tag.as_deref())),
                    )
                })
                .collect()
        });
        if fresh.len() == before.len()
            && fresh.iter().zip(&before).all(|(a, b)| std::ptr::eq(*a, *b))
        {
            return;
        }
        library::set_own_questions(fresh.clone());
        self.own_search.set_value(SearchIndex::of(&fresh));
        self.own_list.set(fresh);
    }

    /// Changes the mock-interview history and saves it.
    pub fn change_mocks(&self, change: impl FnOnce(&mut MockHistory)) {
        self.update(self.mocks, change);
    }

    fn update<T: StoredDocument, R>(
        &self,
        stored: Stored<T>,
        change: impl FnOnce(&mut T) -> R,
    ) -> R {
        let result = stored
            .value
            .try_update(change)
            .expect("the app's documents live as long as the app");
        self.save(stored);
        result
    }

    /// The scheduler as the user set it up: their target recall, capped before their interview.
    pub fn scheduler(&self) -> DeadlineCap<Fsrs> {
        scheduler_for(&self.settings.value.get(), &self.clock.get())
    }

    /// Everything the user has, for export.
    pub fn backup(&self) -> Backup {
        Backup {
            progress: self.progress.value.get_untracked(),
            notes: self.notes.value.get_untracked(),
            settings: self.settings.value.get_untracked(),
            mocks: self.mocks.value.get_untracked(),
            own: self.own.value.get_untracked(),
        }
    }

    /// Replaces everything (an import, or a reset with `Backup::default()`) and saves it.
    /// Refused, changing nothing, in a session that cannot save (`Err` says why): an import or
    /// reset that vanishes on reload must not look done.
    pub fn replace_all(&self, backup: Backup) -> Result<(), &'static str> {
        if self.read_only.get_value() {
            return Err(READ_ONLY);
        }
        self.change(|p| *p = backup.progress);
        self.change_notes(|n| *n = backup.notes);
        self.change_settings(|s| *s = backup.settings);
        self.change_mocks(|m| *m = backup.mocks);
        self.update(self.own, |o| *o = backup.own);
        self.refresh_own();
        Ok(())
    }

    /// Why nothing can be saved this session, if so.
    pub fn read_only_reason(&self) -> Option<&'static str> {
        self.read_only.get_value().then_some(READ_ONLY)
    }

    /// The interval each grade would give a question now, Again to Easy: the grade buttons'
    /// labels. Tracks progress and settings.
    pub fn intervals(&self, id: &str) -> [i64; 4] {
        let scheduler = self.scheduler();
        let before = self.progress.value.with(|p| replay(&scheduler, p.log(id)));
        preview_intervals(&scheduler, before.as_ref(), now().now)
    }

    pub fn guides(&self) -> Guides {
        self.guides
    }

    /// The questions in `scope`, the user's own first, then the bank's; tracks progress and the
    /// own questions, so views using it stay current.
    /// A text search also looks into the answer guides: it asks for all of them, and the
    /// selection grows as they arrive and are indexed, a slice per frame.
    pub fn select(&self, scope: &Scope) -> Vec<&'static Question> {
        if !scope.filter.text.trim().is_empty() {
            self.guides.track();
            self.indexed.track();
            let deck = *self;
            // Not while a memo is computing: both change signals.
            queue_microtask(move || {
                deck.guides.want(&all_chunks());
                deck.index_in_background();
            });
        }
        let standing = |id: &str| {
            let status = self.info(id).map_or(Status::New, |i| i.status);
            (status, self.progress.value.with(|p| p.is_starred(id)))
        };
        let own = self.own_list.get();
        self.search
            .try_update_value(|index| {
                index.index_heads(bank_questions());
                self.own_search.with_value(|own_index| {
                    scope.select(&[(&own, own_index), (bank_questions(), index)], standing)
                })
            })
            .unwrap_or_default()
    }

    /// Indexes the bank for search, and each guide that has arrived, a slice per frame, so no
    /// frame waits for all of it even at thousands of questions. Started by the list page and by
    /// every text search (a guide that arrives later is indexed by the next search's call).
    pub fn index_in_background(&self) {
        if self.indexing.get_value() {
            return;
        }
        self.indexing.set_value(true);
        self.index_slice();
    }

    fn index_slice(self) {
        let (more, grew) = self
            .search
            .try_update_value(|index| {
                let before = index.texts();
                (
                    index.index_more(bank_questions(), INDEX_PER_FRAME),
                    index.texts() > before,
                )
            })
            .unwrap_or_default();
        if grew {
            self.indexed.update(|n| *n += 1);
        }
        if more {
            request_animation_frame(move || self.index_slice());
        } else {
            self.indexing.set_value(false);
        }
    }

    pub fn info(&self, id: &str) -> Option<CardInfo> {
        self.infos.with(|infos| infos.get(id).cloned())
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.notices.update(|all| all.retain(|n| n != notice));
    }

    fn save<T: StoredDocument>(&self, stored: Stored<T>) {
        if self.read_only.get_value() {
            return;
        }
        let key = storage::key::<T>();
        let failed =
            stored
                .value
                .with_untracked(|value| match storage::write(&key, value.stored()) {
                    Ok(()) => {
                        storage::forget_for_tab(&key);
                        None
                    }
                    Err(error) => Some(Notice::NotSaved {
                        kept_in_tab: storage::keep_for_tab(&key, value.stored()),
                        error,
                    }),
                });
        self.notices.update(|all| {
            all.retain(|n| !matches!(n, Notice::NotSaved { .. }));
            all.extend(failed);
        });
    }
}

fn scheduler_for(settings: &Settings, clock: &Clock) -> DeadlineCap<Fsrs> {
    DeadlineCap {
        inner: Fsrs::new(settings.retention),
        deadline: settings.interview_day.map(|day| clock.start_of(day)),
    }
}

/// Copies an unreadable value aside, never over an earlier, different backup.
fn keep_backup<T: StoredDocument>(raw: &str) -> String {
    let mut key = storage::backup_key_of::<T>();
    match storage::read(&key) {
        Ok(Some(existing)) if existing != raw => key = format!("{key}:{}", now().now),
        _ => {}
    }
    let _ = storage::write_text(&key, raw);
    key
}
