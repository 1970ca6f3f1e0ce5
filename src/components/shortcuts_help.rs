//! The `?` overlay that lists every keyboard shortcut.

use crate::components::keyboard::use_shortcuts;
use crate::shortcuts::{Place, Shortcut};
use crate::views::key_hint::KeyHint;
use leptos::html;
use leptos::prelude::*;

/// Opens with `?` (or the footer button), closes with `?`, Esc or its button.
#[component]
pub fn ShortcutsHelp(open: RwSignal<bool>) -> impl IntoView {
    let close = NodeRef::<html::Button>::new();
    use_shortcuts(Place::Everywhere, move |shortcut, _| {
        shortcut == Shortcut::Help && {
            open.update(|o| *o = !*o);
            true
        }
    });
    use_shortcuts(Place::Dialog, move |shortcut, _| {
        shortcut == Shortcut::CloseDialog && open.get_untracked() && {
            open.set(false);
            true
        }
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
                    {Place::ALL.map(|place| view! {
                        <h3>{place.label()}</h3>
                        <dl class="keys">
                            {Shortcut::of_place(place).map(|shortcut| view! { <dt><KeyHint shortcut /></dt><dd>{shortcut.does()}</dd> }).collect_view()}
                        </dl>
                    }).collect_view()}
                    <button type="button" node_ref=close on:click=move |_| open.set(false)>"Close " <KeyHint shortcut=Shortcut::CloseDialog /></button>
                </div>
            </div>
        </Show>
    }
}
