//! The landing page's content: who the deck is for, the ways in, and what it holds.

use crate::bank::{count_in, Category, Filter, BANK};
use crate::review::Scope;
use crate::routes::{Link, Page};
use crate::views::tags::CategoryBadge;
use leptos::prelude::*;

/// Role and level, what is in the bank, and links into practice and browsing. `practise` is
/// the practice button's label (the app adds how many cards are due); `reminders` sits between
/// the hero and the counts.
#[component]
pub fn HomeContent(
    #[prop(into)] practise: Signal<String>,
    #[prop(optional, into)] reminders: ViewFn,
) -> impl IntoView {
    let first = BANK
        .first()
        .map(|q| Link::question(q.id).href())
        .unwrap_or_else(|| Page::Questions.link().href());
    view! {
        <section class="hero" aria-labelledby="home-title">
            <p class="eyebrow">"Backend developer · mid level"</p>
            <h1 id="home-title">"Interview Deck"</h1>
            <p class="lead">
                "Real interview questions on APIs, databases, system design and scalability, each with why it is asked, a full answer guide, key points, pitfalls, follow-ups and what junior, mid-level and senior answers sound like. Free, offline, no sign-up."
            </p>
            <p class="actions">
                <a class="button" href=Page::Practice.link().href()>{move || practise.get()}</a>
                <a class="button secondary" href=Page::Questions.link().href()>"Browse questions"</a>
                <a class="button secondary" href=first>"Study from Q1"</a>
            </p>
        </section>
        {reminders.run()}
        <section aria-labelledby="counts-title">
            <h2 id="counts-title">{format!("What is in the deck: {} questions", BANK.len())}</h2>
            <ul class="counts">
                {Category::ALL
                    .into_iter()
                    .map(|category| {
                        let only = Scope {
                            filter: Filter { category: Some(category), ..Filter::default() },
                            ..Scope::default()
                        };
                        view! {
                            <li>
                                <a href=Page::Questions.link().scoped(&only).href() class="count-card">
                                    <span class="count">{count_in(category)}</span>
                                    <CategoryBadge category />
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="actions own-links">
                "Preparing for one company? Bring their questions: "
                <a class="button secondary" id="home-add-question" href=Page::Write.link().href()>"Add a question"</a>
                <a class="button secondary" id="home-import" href=Page::Import.link().href()>"Import a list"</a>
            </p>
        </section>
    }
}
