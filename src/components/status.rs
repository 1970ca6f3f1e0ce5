//! A question's practice status and its star.

use crate::review::{due_label, Status};
use crate::state::Deck;
use crate::views::star::StarToggle;
use leptos::prelude::*;

/// "Due", "Learning · due in 3 days", "New": where a question stands, in words.
#[component]
pub fn StatusBadge(id: &'static str) -> impl IntoView {
    let deck = expect_context::<Deck>();
    move || {
        let info = deck.info(id)?;
        let today = deck.clock().with(|c| c.today());
        let due = match (info.status, info.due_day) {
            (Status::New, _) | (_, None) => String::new(),
            (_, Some(day)) => format!(" · due {}", due_label(day, today)),
        };
        let lapses = if info.lapses > 0 {
            format!(" · {} lapses", info.lapses)
        } else {
            String::new()
        };
        Some(view! {
            <span class=format!("status status-{}", info.status.slug())>
                {info.status.label()}
            </span>
            <span class="status-detail">{due}{lapses}</span>
        })
    }
}

/// The star toggle of a question; the choice is stored with the progress.
#[component]
pub fn StarButton(id: &'static str) -> impl IntoView {
    let deck = expect_context::<Deck>();
    let starred = Signal::derive(move || deck.progress().with(|p| p.is_starred(id)));
    let on_toggle = Callback::new(move |()| {
        let on = !starred.get_untracked();
        let at = crate::clock::now().now;
        deck.change(|p| p.set_star(id, on, at));
    });
    view! { <StarToggle starred on_toggle /> }
}
