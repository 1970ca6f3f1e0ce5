//! Banners about the user's stored data: what happened, that nothing is lost, what to do.

use crate::components::download::{download, export_everything};
use crate::state::{Deck, Notice};
use crate::storage::WriteError;
use leptos::prelude::*;

/// What a notice's download button saves, read when it is clicked: the data as it is then,
/// not as it was when the notice appeared.
type Content = Box<dyn Fn() -> String>;

/// Every open notice, most important first, each with its way out.
#[component]
pub fn Notices() -> impl IntoView {
    let deck = expect_context::<Deck>();
    view! {
        <div class="notices" role="region" aria-label="Notices about your data">
            <For each=move || deck.notices().get() key=|n| format!("{n:?}") let:notice>
                <NoticeBanner notice />
            </For>
        </div>
    }
}

#[component]
fn NoticeBanner(notice: Notice) -> AnyView {
    let deck = expect_context::<Deck>();
    let dismiss = {
        let notice = notice.clone();
        move |_| deck.dismiss(&notice)
    };
    let dismiss_update = dismiss.clone();
    let (message, action) = match &notice {
        Notice::Unreadable { reason, raw, backup_key } => {
            let raw = raw.clone();
            let text: Content = Box::new(move || raw.clone());
            (
                format!(
                    "Your saved data could not be read ({reason}). The app started fresh; the unreadable data is kept in this browser under “{backup_key}” and nothing else was changed."
                ),
                Some(("Download the unreadable data", text, "interview-deck-unreadable.json")),
            )
        }
        Notice::Newer { reason } => (
            format!("Your saved progress can't be used: {reason}. It is left untouched and nothing will be saved until you reload the newest version."),
            None,
        ),
        Notice::UpdateReady => {
            let reload = move |_| {
                if let Ok(event) = web_sys::Event::new("interview-deck-apply-update") {
                    let _ = window().dispatch_event(&event);
                }
            };
            return view! {
                <div class="notice" role="status" id="update-ready">
                    <p>"A new version of Interview Deck is ready."</p>
                    <p class="actions">
                        <button type="button" id="update-reload" on:click=reload>"Reload to update"</button>
                        <button type="button" class="secondary" on:click=dismiss_update>"Later"</button>
                    </p>
                </div>
            }
            .into_any();
        }
        Notice::NotSaved { error, kept_in_tab } => {
            let why = match error {
                WriteError::Full => "the browser's storage for this site is full",
                WriteError::Unavailable => "this browser does not let the site store data (private mode or site settings)",
            };
            let keep = if *kept_in_tab {
                "This tab keeps them, even across a reload, and saves them once there is room; closing the tab loses them."
            } else {
                "They stay here only until you close or reload this tab."
            };
            let message = format!("Your latest changes are not saved: {why}. {keep} Export everything to keep them for sure.");
            return view! {
                <div class="notice" role="alert" id="not-saved">
                    <p>{message}</p>
                    <p class="actions">
                        <button type="button" id="not-saved-export" on:click=move |_| { export_everything(deck); }>"Export everything"</button>
                        <button type="button" class="secondary" on:click=dismiss_update>"Dismiss"</button>
                    </p>
                </div>
            }
            .into_any();
        }
        Notice::Recovered => (
            "The changes this tab kept while saving failed are now saved.".to_string(),
            None,
        ),
    };
    view! {
        <div class="notice" role="alert">
            <p>{message}</p>
            <p class="actions">
                {action.map(|(label, text, file)| view! {
                    <button type="button" on:click=move |_| { download(file, &text()); }>{label}</button>
                })}
                <button type="button" class="secondary" on:click=dismiss>"Dismiss"</button>
            </p>
        </div>
    }
    .into_any()
}
