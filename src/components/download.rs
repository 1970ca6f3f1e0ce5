//! Saving text as a file the user keeps. Made in the page (a `blob:` URL), so nothing is sent.

use crate::clock::now;
use crate::progress::encode_backup;
use crate::review::format_date;
use crate::state::Deck;
use leptos::prelude::document;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` (JSON) for download as `file_name`; false when the browser refused.
pub fn download(file_name: &str, text: &str) -> bool {
    try_download(file_name, text, "application/json").is_ok()
}

/// Offers plain `text` for download as `file_name`; false when the browser refused.
pub fn download_text(file_name: &str, text: &str) -> bool {
    try_download(file_name, text, "text/plain;charset=utf-8").is_ok()
}

/// The app's version, written into backups.
const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Exports everything as a dated file and remembers when.
pub fn export_everything(deck: Deck) -> bool {
    let at = now().now;
    let text = encode_backup(&deck.backup(), APP_VERSION, at);
    let name = format!("interview-deck-backup-{}.json", format_date(now().today()));
    let done = download(&name, &text);
    if done {
        deck.change_settings(|s| s.last_export = Some(at));
    }
    done
}

fn try_download(file_name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    Url::revoke_object_url(&url)
}
