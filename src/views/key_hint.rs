//! The key of a shortcut, as shown on its button.

use crate::shortcuts::Shortcut;
use leptos::prelude::*;

/// The hint of `shortcut` in a `<kbd>`, from the one shortcut table.
#[component]
pub fn KeyHint(shortcut: Shortcut) -> impl IntoView {
    view! { <kbd>{shortcut.hint()}</kbd> }
}
