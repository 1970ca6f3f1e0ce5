//! Reading a question aloud: the button, and the same action for a shortcut. Absent where the
//! device has no voice (`speech.rs`).

use crate::shortcuts::Shortcut;
use crate::speech::{speech, Reading};
use crate::state::Deck;
use crate::views::key_hint::KeyHint;
use leptos::prelude::*;

/// Reads `text` aloud with the user's voice and rate; does nothing without a voice. Takes the
/// deck rather than finding it, so a key handler (which runs outside any component) can call it.
pub fn read_aloud(deck: Deck, text: &str) {
    if let Some(speech) = speech().filter(|s| s.available()) {
        deck.settings().with_untracked(|s| speech.say(text, s));
    }
}

/// "Read aloud" (or "Stop reading" while it reads), with the key of `shortcut` where one
/// works, and why it could not read, if it could not.
#[component]
pub fn ReadAloudButton(
    #[prop(into)] text: Signal<String>,
    #[prop(optional)] shortcut: Option<Shortcut>,
) -> impl IntoView {
    move || {
        let deck = expect_context::<Deck>();
        let speech = speech().filter(|s| s.available())?;
        let (watch, failed) = (speech.clone(), speech.clone());
        let speaking = move || watch.reading() == Reading::Speaking;
        let speaking_now = speaking.clone();
        let press = move |_| {
            if speech.reading() == Reading::Speaking {
                speech.stop();
            } else {
                read_aloud(deck, &text.get_untracked());
            }
        };
        let failure = move || match failed.reading() {
            Reading::Failed(why) => {
                Some(view! { <p class="notice" role="alert" id="read-aloud-error">{why}</p> })
            }
            _ => None,
        };
        Some(view! {
            <button type="button" id="read-aloud" class="secondary small" aria-pressed={let speaking = speaking.clone(); move || speaking().to_string()} on:click=press>
                {move || if speaking_now() { "Stop reading " } else { "Read aloud " }}
                {shortcut.map(|shortcut| view! { <KeyHint shortcut /> })}
            </button>
            {failure}
        })
    }
}

/// "Read each question aloud in mocks": the setting's switch, on the mock and settings pages,
/// where the device has a voice. Switching it off also stops what is being read.
#[component]
pub fn ReadAloudToggle(id: &'static str) -> impl IntoView {
    let deck = expect_context::<Deck>();
    move || {
        speech().filter(|s| s.available())?;
        let on_change = move |ev| {
            let on = event_target_checked(&ev);
            deck.change_settings(|s| s.read_aloud = on);
            if let Some(speech) = speech().filter(|_| !on) {
                speech.stop();
            }
        };
        Some(view! {
            <label class="check">
                <input id=id type="checkbox"
                    prop:checked=move || deck.settings().with(|s| s.read_aloud)
                    on:change=on_change />
                " Read each question aloud in mocks"
            </label>
        })
    }
}
