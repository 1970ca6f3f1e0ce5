//! The `?` overlay that lists every keyboard shortcut.

use crate::components::keyboard::use_shortcuts;
use leptos::html;
use leptos::prelude::*;

/// Every shortcut, by where it works.
const SHORTCUTS: &[(&str, &[(&str, &str)])] = &[
    ("Everywhere", &[("?", "show or hide this list")]),
    ("Questions list", &[("/", "search")]),
    (
        "Question page",
        &[
            ("Space", "show or hide the answer guide"),
            ("← →", "previous and next question"),
        ],
    ),
    (
        "Practice",
        &[
            ("Enter", "start; show the guide; take the suggested grade"),
            ("Space", "show the guide"),
            ("1 2 3 4", "grade Again, Hard, Good, Easy"),
            ("U", "undo the last grade"),
            ("S", "skip the card until tomorrow"),
            ("Esc", "end the session"),
        ],
    ),
    (
        "Mock interview",
        &[
            ("Enter", "start"),
            ("A", "start answering"),
            ("P", "pause or resume"),
            ("N", "next question"),
        ],
    ),
];

/// Opens with `?` (or the footer button), closes with `?`, Esc or its button.
#[component]
pub fn ShortcutsHelp(open: RwSignal<bool>) -> impl IntoView {
    let close = NodeRef::<html::Button>::new();
    use_shortcuts(move |event| match event.key().as_str() {
        "?" => {
            open.update(|o| *o = !*o);
            true
        }
        "Escape" if open.get_untracked() => {
            open.set(false);
            true
        }
        _ => false,
    });
    Effect::new(move |_| {
        if open.get() {
            if let Some(button) = close.get() {
                let _ = button.focus();
            }
        }
    });
    view! {
        <Show when=move || open.get()>
            <div class="overlay" on:click=move |_| open.set(false)>
                <div class="dialog card" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title"
                    on:click=|ev| ev.stop_propagation()>
                    <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
                    {SHORTCUTS.iter().map(|(place, keys)| view! {
                        <h3>{*place}</h3>
                        <dl class="keys">
                            {keys.iter().map(|(key, what)| view! { <dt><kbd>{*key}</kbd></dt><dd>{*what}</dd> }).collect_view()}
                        </dl>
                    }).collect_view()}
                    <button type="button" node_ref=close on:click=move |_| open.set(false)>"Close " <kbd>"Esc"</kbd></button>
                </div>
            </div>
        </Show>
    }
}
