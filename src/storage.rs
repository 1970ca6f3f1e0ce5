//! The one place that knows localStorage exists.
//!
//! Every call is guarded: storage can be missing (some private modes throw on access), full
//! (`QuotaExceededError`) or changed by another tab. Callers get plain results and decide what
//! the user sees; nothing here panics. (gloo-storage was the first choice, but its `raw()`
//! throws when storage is unavailable and its `set` re-encodes values as JSON, so it cannot
//! store our already-encoded documents or survive private mode.)

use crate::paths::base;
use leptos::ev;
use leptos::prelude::{on_cleanup, window, window_event_listener};
use wasm_bindgen::JsCast;
use web_sys::{DomException, Storage};

/// The documents the app stores, each under its own key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    Progress,
    Settings,
    Notes,
    Mocks,
}

impl Document {
    fn name(self) -> &'static str {
        match self {
            Self::Progress => "progress",
            Self::Settings => "settings",
            Self::Notes => "notes",
            Self::Mocks => "mocks",
        }
    }

    /// The key, namespaced by app and base path: every GitHub Pages project of one user shares
    /// one origin, and so one localStorage.
    pub fn key(self) -> String {
        let base = if base().is_empty() { "/" } else { base() };
        format!("interview-deck:{base}:{}", self.name())
    }

    /// Where an unreadable value of this document is kept for the user to download.
    pub fn backup_key(self) -> String {
        format!("{}:backup", self.key())
    }
}

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's storage quota for this site is used up.
    Full,
    /// Storage is switched off or refused (private mode, site settings).
    Unavailable,
}

fn storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

/// The stored text of a document; `Ok(None)` when there is none yet, `Err` when storage
/// cannot be read at all.
pub fn read(key: &str) -> Result<Option<String>, WriteError> {
    storage()
        .ok_or(WriteError::Unavailable)?
        .get_item(key)
        .map_err(|_| WriteError::Unavailable)
}

/// Stores a document's text.
pub fn write(key: &str, value: &str) -> Result<(), WriteError> {
    let storage = storage().ok_or(WriteError::Unavailable)?;
    storage.set_item(key, value).map_err(|error| {
        let quota = error
            .dyn_ref::<DomException>()
            .is_some_and(|e| e.name() == "QuotaExceededError");
        if quota {
            WriteError::Full
        } else {
            WriteError::Unavailable
        }
    })
}

/// Calls `handler` with the new text whenever another tab changes `key` (the browser sends the
/// `storage` event only to the other tabs of the origin).
pub fn on_change(key: String, handler: impl Fn(Option<String>) + 'static) {
    let handle = window_event_listener(ev::storage, move |event| {
        if event.key().as_deref() == Some(key.as_str()) {
            handler(event.new_value());
        }
    });
    on_cleanup(move || handle.remove());
}
