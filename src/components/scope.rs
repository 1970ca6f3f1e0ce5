//! The selection of questions a page works on, read from its URL.

use crate::review::Scope;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The scope in the current URL's query (`?category=…&topic=…&q=…&status=…&starred=1&ids=…`):
/// every page that lists, practises, mocks or prints questions reads its selection here, so
/// one link reproduces the same set everywhere.
pub fn use_scope() -> Memo<Scope> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| Scope::from_query(|key| q.get(key))))
}
