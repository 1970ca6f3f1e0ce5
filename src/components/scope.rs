//! The selection of questions a page works on, read from its URL.

use crate::review::Scope;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::collections::HashMap;

/// The scope in the current URL's query (`?category=…&topic=…&q=…&status=…&starred=1&ids=…`):
/// every page that lists, practises, mocks or prints questions reads its selection here, so
/// one link reproduces the same set everywhere.
///
/// The raw query string is decoded here, exactly once: leptos_router 0.8.17's `query` map
/// decodes a second time, so a search for `p99%25` came back as `p99%` (fixed upstream in
/// leptos-rs/leptos#4731, on the 0.9 branch).
pub fn use_scope() -> Memo<Scope> {
    let search = use_location().search;
    Memo::new(move |_| {
        search.with(|raw| {
            let mut pairs: HashMap<String, String> = HashMap::new();
            for (key, value) in form_urlencoded::parse(raw.trim_start_matches('?').as_bytes()) {
                pairs
                    .entry(key.into_owned())
                    .or_insert_with(|| value.into_owned());
            }
            Scope::from_query(|key| pairs.get(key).cloned())
        })
    })
}
