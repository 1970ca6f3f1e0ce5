//! Where the app is served from. The same build runs at `/` locally and under `/<repo>/` on
//! GitHub Pages: Trunk writes the public URL into `<base href>`, and every link and the router
//! read it from there, so nothing is hard-coded.

use leptos::prelude::{document, window};
use std::sync::OnceLock;

/// The path prefix the app lives under, without a trailing slash: `""` or `"/interview-deck"`.
pub fn base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let base_uri = document().base_uri().ok().flatten().unwrap_or_default();
        let origin = window().location().origin().unwrap_or_default();
        base_uri
            .strip_prefix(&origin)
            .unwrap_or("/")
            .trim_end_matches('/')
            .to_string()
    })
}

/// An in-app path (`/q/sql-vs-nosql`) as an href that works under the base path. leptos_router
/// 0.8 does not prefix plain `href`s with its base, so every link goes through here.
pub fn href(path: &str) -> String {
    format!("{}{path}", base())
}
