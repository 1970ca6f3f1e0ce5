//! The one place that knows browser storage exists: localStorage here, IndexedDB for the
//! recorded answers in `recordings`.
//!
//! Every call is guarded: storage can be missing (some private modes throw on access), full
//! (`QuotaExceededError`) or changed by another tab. Callers get plain results and decide what
//! the user sees; nothing here panics. gloo-storage does the typed writing; its `raw()` panics
//! when storage is unavailable, so `available()` always runs first. Reads take the stored text
//! as it is (not through gloo's JSON `get`), because an unreadable document must be kept
//! verbatim for the user to download.

pub mod recordings;

use crate::paths::base;
use crate::progress::{backup_key, storage_key, StoredDocument};
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use leptos::ev;
use leptos::prelude::{on_cleanup, window, window_event_listener};
use serde::Serialize;

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's storage quota for this site is used up.
    Full,
    /// Storage is switched off or refused (private mode, site settings).
    Unavailable,
}

/// The storage key of a document under this build's base path.
pub fn key<T: StoredDocument>() -> String {
    storage_key(base(), T::NAME)
}

/// Where an unreadable copy of a document is kept.
pub fn backup_key_of<T: StoredDocument>() -> String {
    backup_key(base(), T::NAME)
}

/// Whether localStorage can be reached at all; gloo's `raw()` must never run otherwise.
fn available() -> bool {
    window().local_storage().ok().flatten().is_some()
}

/// The stored text under `key`; `Ok(None)` when there is none yet, `Err` when storage cannot
/// be read at all.
pub fn read(key: &str) -> Result<Option<String>, WriteError> {
    if !available() {
        return Err(WriteError::Unavailable);
    }
    LocalStorage::raw()
        .get_item(key)
        .map_err(|_| WriteError::Unavailable)
}

/// Stores `value` as JSON, encoded once, straight from its serializable view.
pub fn write(key: &str, value: impl Serialize) -> Result<(), WriteError> {
    if !available() {
        return Err(WriteError::Unavailable);
    }
    LocalStorage::set(key, value).map_err(|error| match error {
        StorageError::JsError(js) if js.name == "QuotaExceededError" => WriteError::Full,
        _ => WriteError::Unavailable,
    })
}

/// Stores text that must be kept exactly as it is (a backup of an unreadable document).
pub fn write_text(key: &str, text: &str) -> Result<(), WriteError> {
    if !available() {
        return Err(WriteError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(key, text)
        .map_err(|_| WriteError::Unavailable)
}

/// Keeps a copy of a document that could not be saved in this tab's sessionStorage (which has
/// its own quota and survives a reload of the tab), so a reload after space is freed loses
/// nothing. False when the tab cannot keep it either.
pub fn keep_for_tab(key: &str, value: impl Serialize) -> bool {
    let available = window().session_storage().ok().flatten().is_some();
    available && SessionStorage::set(key, value).is_ok()
}

/// The copy `keep_for_tab` kept, if any.
pub fn kept_for_tab(key: &str) -> Option<String> {
    window()
        .session_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()?
}

/// Drops the tab's copy once the document is saved for good.
pub fn forget_for_tab(key: &str) {
    if let Some(session) = window().session_storage().ok().flatten() {
        let _ = session.remove_item(key);
    }
}

/// Calls `handler` with the new text whenever another tab changes `key` (the browser sends the
/// `storage` event only to the other tabs of the origin). Boxed, so every document shares one
/// copy of the listener's glue code in the wasm.
pub fn on_change(key: String, handler: Box<dyn Fn(Option<String>)>) {
    let handle = window_event_listener(ev::storage, move |event| {
        if event.key().as_deref() == Some(key.as_str()) {
            handler(event.new_value());
        }
    });
    on_cleanup(move || handle.remove());
}
