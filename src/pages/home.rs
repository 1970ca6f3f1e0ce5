//! The landing page: what the deck is and the ways into it.

use crate::bank::{count_in, Category, Filter, BANK};
use crate::clock::now;
use crate::components::tags::CategoryBadge;
use crate::progress::needs_export_reminder;
use crate::review::{Scope, Status};
use crate::routes::{Link, Page};
use crate::state::Deck;
use crate::text::plural;
use leptos::prelude::*;

/// Home: role and level, what is in the bank, and buttons into practice and browsing.
#[component]
pub fn Home() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let due = move || {
        deck.infos()
            .with(|infos| infos.values().filter(|i| i.status == Status::Due).count())
    };
    let first = BANK
        .first()
        .map(|q| Link::question(q.id).href())
        .unwrap_or_else(|| Page::Questions.link().href());
    view! {
        <section class="hero" aria-labelledby="home-title">
            <p class="eyebrow">"Backend developer · mid level"</p>
            <h1 id="home-title">"Interview Deck"</h1>
            // The same hero is in index.html, shown while the app downloads: keep the two alike.
            <p class="lead">
                "Real interview questions on APIs, databases, system design and scalability, each with why it is asked, a full answer guide, key points, pitfalls, follow-ups and what junior, mid-level and senior answers sound like. Free, offline, no sign-up."
            </p>
            <p class="actions">
                <a class="button" href=Page::Practice.link().href()>
                    {move || match due() { 0 => "Practise".to_string(), n => format!("Practise: {n} due") }}
                </a>
                <a class="button secondary" href=Page::Questions.link().href()>"Browse questions"</a>
                <a class="button secondary" href=first>"Study from Q1"</a>
            </p>
        </section>
        <HomeReminders />
        <section aria-labelledby="counts-title">
            <h2 id="counts-title">{format!("What is in the deck: {} questions", BANK.len())}</h2>
            <ul class="counts">
                {Category::ALL
                    .into_iter()
                    .map(|category| {
                        let only = Scope { filter: Filter { category: Some(category), ..Filter::default() }, ..Scope::default() };
                        let link = Page::Questions.link().scoped(&only).href();
                        view! {
                            <li>
                                <a href=link class="count-card">
                                    <span class="count">{count_in(category)}</span>
                                    <CategoryBadge category />
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
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
