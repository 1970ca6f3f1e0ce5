//! Where the app is served from. The same build runs at `/` locally and under `/<repo>/` on
//! GitHub Pages: Trunk writes the public URL into `<base href>`, and every link and the router
//! read it from there, so nothing is hard-coded.
//!
//! leptos_router 0.8 prefixes the base to paths given to `navigate()` but not to plain
//! `href`s. So a `Link` becomes an `href` only through `Link::href` and a navigation only
//! through `use_go`: the two cannot be mixed up.

use crate::routes::Link;
use leptos::prelude::{document, window};
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
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

impl Link {
    /// The link as an `href` that works under the base path.
    pub fn href(&self) -> String {
        format!("{}{}", base(), self.path())
    }
}

/// Navigates to a link from code (a keyboard shortcut, a filter change), as a click would.
pub fn use_go() -> impl Fn(Link, NavigateOptions) + Clone {
    let navigate = use_navigate();
    move |link: Link, options: NavigateOptions| navigate(link.path(), options)
}
