//! The landing page: what the deck is and the ways into it.

use crate::clock::now;
use crate::deck_loader::ready_when_idle;
use crate::progress::needs_export_reminder;
use crate::review::Status;
use crate::routes::Page;
use crate::state::Deck;
use crate::text::plural;
use crate::views::home::HomeContent;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Home, with what only the app knows: how many cards are due, the interview countdown and
/// the export reminder.
/// The page works before the user's data has loaded (`deck_loader`): the counts fill in then.
#[component]
pub fn Home() -> impl IntoView {
    let loaded = RwSignal::new(None::<Deck>);
    spawn_local(async move {
        if let Ok(deck) = ready_when_idle().await {
            loaded.try_set(Some(deck));
        }
    });
    let practise = Signal::derive(move || {
        let due = loaded.get().map_or(0, |deck| {
            deck.infos()
                .with(|infos| infos.values().filter(|i| i.status == Status::Due).count())
        });
        match due {
            0 => "Practise".to_string(),
            n => format!("Practise: {n} due"),
        }
    });
    let reminders = move || loaded.get().map(|deck| view! { <HomeReminders deck /> });
    view! { <HomeContent practise reminders /> }
}

/// The interview countdown and the export reminder, when they apply.
#[component]
fn HomeReminders(deck: Deck) -> impl IntoView {
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
