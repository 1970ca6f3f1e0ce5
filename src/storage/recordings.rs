//! Recorded answers in IndexedDB, the browser's store for large binary data: one object store
//! of records `{v, question, at, ms, bytes, mime, blob}` keyed by an increasing number. The
//! database is named after the base path, like the localStorage keys, so two builds served
//! from one origin keep their recordings apart.

use crate::paths::base;
use crate::progress::{to_evict, RecordingInfo, RECORDINGS_CAP_BYTES, RECORDING_VERSION};
use js_sys::{Object, Promise, Reflect};
use leptos::prelude::window;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, IdbDatabase, IdbObjectStore, IdbRequest, IdbTransactionMode};

const STORE: &str = "recordings";
const DB_VERSION: u32 = 1;

/// Why recordings could not be stored or read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordingsError {
    /// The browser's storage for this site is full.
    Full,
    /// IndexedDB is missing or refused (some private modes), or failed.
    Unavailable(String),
}

impl RecordingsError {
    pub fn message(&self) -> String {
        match self {
            Self::Full => String::from(
                "The recording could not be saved: this browser's storage for the site is full. Delete some recordings in Settings.",
            ),
            Self::Unavailable(why) => format!(
                "Recordings cannot be kept in this browser ({why}); the mock goes on without them."
            ),
        }
    }
}

fn failed(error: JsValue) -> RecordingsError {
    let name = Reflect::get(&error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" {
        return RecordingsError::Full;
    }
    let message = Reflect::get(&error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .filter(|m| !m.is_empty())
        .unwrap_or(name);
    RecordingsError::Unavailable(if message.is_empty() {
        String::from("storage refused")
    } else {
        message
    })
}

/// The result of an IndexedDB request, once it has one.
async fn finished(request: &IdbRequest) -> Result<JsValue, RecordingsError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let broken = request.clone();
        let on_error = Closure::once_into_js(move || {
            let error = broken
                .error()
                .ok()
                .flatten()
                .map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(failed)
}

async fn open() -> Result<IdbDatabase, RecordingsError> {
    let factory = window()
        .indexed_db()
        .map_err(failed)?
        .ok_or_else(|| RecordingsError::Unavailable(String::from("no IndexedDB")))?;
    let request = factory
        .open_with_u32(&format!("interview-deck{}", base()), DB_VERSION)
        .map_err(failed)?;
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrading.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
            if !db.object_store_names().contains(STORE) {
                let options = web_sys::IdbObjectStoreParameters::new();
                options.set_auto_increment(true);
                let _ = db.create_object_store_with_optional_parameters(STORE, &options);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db = finished(&request).await?;
    db.dyn_into()
        .map_err(|_| RecordingsError::Unavailable(String::from("no database")))
}

async fn store(mode: IdbTransactionMode) -> Result<IdbObjectStore, RecordingsError> {
    let db = open().await?;
    let transaction = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(failed)?;
    transaction.object_store(STORE).map_err(failed)
}

/// A stored record's fields, or `None` for one this build cannot read (a newer version, or
/// damaged): it is skipped and kept.
fn info_of(id: JsValue, record: &JsValue) -> Option<RecordingInfo> {
    let field = |name: &str| Reflect::get(record, &name.into()).ok();
    let number = |name: &str| field(name)?.as_f64().filter(|n| n.is_finite() && *n >= 0.0);
    let version = number("v")?;
    if version > f64::from(RECORDING_VERSION) {
        return None;
    }
    Some(RecordingInfo {
        id: id.as_f64()? as u32,
        question: field("question")?.as_string()?,
        at: number("at")? as i64,
        ms: number("ms")? as u32,
        bytes: number("bytes")? as u64,
        mime: field("mime")?.as_string()?,
    })
}

/// Every recording this build can read, oldest first.
pub async fn list() -> Result<Vec<RecordingInfo>, RecordingsError> {
    let store = store(IdbTransactionMode::Readonly).await?;
    let keys = finished(&store.get_all_keys().map_err(failed)?).await?;
    let records = finished(&store.get_all().map_err(failed)?).await?;
    let keys = js_sys::Array::from(&keys);
    let records = js_sys::Array::from(&records);
    let mut found: Vec<RecordingInfo> = keys
        .iter()
        .zip(records.iter())
        .filter_map(|(id, record)| info_of(id, &record))
        .collect();
    found.sort_by_key(|r| (r.at, r.id));
    Ok(found)
}

/// The audio of recording `id`, if it is still there.
pub async fn audio(id: u32) -> Result<Option<Blob>, RecordingsError> {
    let store = store(IdbTransactionMode::Readonly).await?;
    let record = finished(&store.get(&id.into()).map_err(failed)?).await?;
    Ok(Reflect::get(&record, &"blob".into())
        .ok()
        .and_then(|b| b.dyn_into::<Blob>().ok()))
}

/// What saving a recording did: its id, and the older recordings deleted to make room.
pub struct Saved {
    pub id: u32,
    pub evicted: usize,
}

/// Stores a recording of `question`, first deleting the oldest ones if it would not fit
/// under the cap.
pub async fn save(question: &str, at: i64, ms: u32, blob: &Blob) -> Result<Saved, RecordingsError> {
    let bytes = blob.size() as u64;
    let evict = to_evict(&list().await?, bytes, RECORDINGS_CAP_BYTES);
    for id in &evict {
        delete(*id).await?;
    }
    let record = Object::new();
    for (key, value) in [
        ("v", JsValue::from(RECORDING_VERSION)),
        ("question", JsValue::from_str(question)),
        ("at", JsValue::from_f64(at as f64)),
        ("ms", JsValue::from(ms)),
        ("bytes", JsValue::from_f64(bytes as f64)),
        ("mime", JsValue::from_str(&blob.type_())),
        ("blob", JsValue::from(blob.clone())),
    ] {
        Reflect::set(&record, &key.into(), &value).map_err(failed)?;
    }
    let store = store(IdbTransactionMode::Readwrite).await?;
    let id = finished(&store.add(&record).map_err(failed)?).await?;
    Ok(Saved {
        id: id.as_f64().unwrap_or_default() as u32,
        evicted: evict.len(),
    })
}

/// Deletes one recording.
pub async fn delete(id: u32) -> Result<(), RecordingsError> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    finished(&store.delete(&id.into()).map_err(failed)?)
        .await
        .map(|_| ())
}

/// Deletes every recording.
pub async fn delete_all() -> Result<(), RecordingsError> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    finished(&store.clear().map_err(failed)?).await.map(|_| ())
}
