//! Where the app is served from. The same build runs at `/` locally and under `/<repo>/` on
//! GitHub Pages: Trunk writes the public URL into `<base href>`, and every link and the router
//! read it from there, so nothing is hard-coded. The pre-renderer, which has no document, is
//! told the same path (`set_base`).
//!
//! leptos_router 0.8 prefixes the base to paths given to `navigate()` but not to plain
//! `href`s. So a `Link` becomes an `href` only through `Link::href` and a navigation only
//! through `use_go`: the two cannot be mixed up.

use crate::routes::Link;
use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// The path prefix the app lives under, without a trailing slash: `""` or `"/interview-deck"`.
pub fn base() -> &'static str {
    BASE.get_or_init(base_of_document)
}

#[cfg(target_arch = "wasm32")]
fn base_of_document() -> String {
    use leptos::prelude::{document, window};
    let base_uri = document().base_uri().ok().flatten().unwrap_or_default();
    let origin = window().location().origin().unwrap_or_default();
    base_uri
        .strip_prefix(&origin)
        .unwrap_or("/")
        .trim_end_matches('/')
        .to_string()
}

/// Pre-rendering has no document: `set_base` must have run.
#[cfg(not(target_arch = "wasm32"))]
fn base_of_document() -> String {
    String::new()
}

/// The pre-renderer's base path (`/interview-deck/` or `/`), set once before any page renders.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_base(base: &str) {
    let _ = BASE.set(base.trim_end_matches('/').to_string());
}

/// A path of the browser's address as the route table knows it: without the base path.
pub fn app_path(path: &str) -> &str {
    path.strip_prefix(base()).unwrap_or(path)
}

impl Link {
    /// The link as an `href` that works under the base path.
    pub fn href(&self) -> String {
        format!("{}{}", base(), self.path())
    }
}

/// Navigates to a link from code (a keyboard shortcut, a filter change), as a click would.
#[cfg(target_arch = "wasm32")]
pub fn use_go() -> impl Fn(Link, leptos_router::NavigateOptions) + Clone {
    let navigate = leptos_router::hooks::use_navigate();
    move |link: Link, options: leptos_router::NavigateOptions| navigate(link.path(), options)
}
