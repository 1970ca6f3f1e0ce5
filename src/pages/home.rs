//! The landing page: what the deck is and the ways into it.

use crate::clock::now;
use crate::progress::needs_export_reminder;
use crate::review::Status;
use crate::routes::Page;
use crate::state::Deck;
use crate::text::plural;
use crate::views::home::HomeContent;
use leptos::prelude::*;

/// Home, with what only the app knows: how many cards are due, the interview countdown and
/// the export reminder.
#[component]
pub fn Home() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let practise = Signal::derive(move || {
        let due = deck
            .infos()
            .with(|infos| infos.values().filter(|i| i.status == Status::Due).count());
        match due {
            0 => "Practise".to_string(),
            n => format!("Practise: {n} due"),
        }
    });
    view! { <HomeContent practise reminders=|| view! { <HomeReminders /> } /> }
}

/// The interview countdown and the export reminder, when they apply.
#[component]
fn HomeReminders() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let countdown = move || {
        let today = deck.clock().with(|c| c.today());
        deck.settings()
            .with(|s| s.interview_day)
            .and_then(|day| match day - today {
                0 => Some("Your interview is today. Good luck!".to_string()),
                1 => Some("Your interview is tomorrow.".to_string()),
                n if n > 1 => Some(format!("{} to your interview.", plural(n, "day", "days"))),
                _ => None,
            })
    };
    let remind = move || {
        let last = deck.settings().with(|s| s.last_export);
        deck.progress()
            .with(|p| needs_export_reminder(p, last, now().now))
    };
    view! {
        {move || countdown().map(|text| view! { <p class="card countdown-banner" id="interview-countdown">{text}</p> })}
        <Show when=remind>
            <p class="card reminder">
                "Your recent progress is only in this browser and your last export is over two weeks old. "
                <a href=Page::Settings.link().href()>"Export a backup"</a>
            </p>
        </Show>
    }
}
