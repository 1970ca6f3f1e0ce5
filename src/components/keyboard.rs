//! Page-wide keyboard shortcuts that never fight with typing, from the one table in
//! `crate::shortcuts`.

use crate::shortcuts::{Place, Shortcut};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

/// Calls `handler` with each shortcut of `place` pressed while this component lives, unless
/// the user is typing in a field or holding a modifier (so browser and screen-reader shortcuts
/// keep working). When the handler returns `true` the key was used, and the browser's default
/// (scrolling on Space) is prevented.
pub fn use_shortcuts(place: Place, handler: impl Fn(Shortcut, &KeyboardEvent) -> bool + 'static) {
    let handle = window_event_listener(ev::keydown, move |event| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() || is_typing(&event) {
            return;
        }
        let Some(shortcut) = Shortcut::of_key(place, &event.key()) else {
            return;
        };
        if handler(shortcut, &event) {
            event.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
}

fn is_typing(event: &KeyboardEvent) -> bool {
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
    else {
        return false;
    };
    matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || target.is_content_editable()
}
