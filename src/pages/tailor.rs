//! `/tailor`: paste a job description, see which topics it asks for and why, and get the
//! questions ranked for it. Runs entirely in the page: the text is never sent anywhere.

use crate::bank::{bank_questions, match_topics, rank_questions, TopicMatch, TAILORED_SET_SIZE};
use crate::review::Scope;
use crate::routes::{Link, Page, PrintLayout};
use crate::state::Deck;
use crate::text::plural;
use leptos::prelude::*;

#[component]
pub fn TailorPage() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let job = RwSignal::new(String::new());
    let matches = Memo::new(move |_| job.with(|j| match_topics(j)));
    let ranked = Memo::new(move |_| {
        // The user's own questions first, so they win ties with the bank's.
        let mut all = deck.own_questions().get();
        all.extend_from_slice(bank_questions());
        matches.with(|m| {
            rank_questions(&all, m)
                .into_iter()
                .take(TAILORED_SET_SIZE)
                .map(|(q, _)| q)
                .collect::<Vec<_>>()
        })
    });
    let set_scope = move || {
        let ids = ranked.with(|r| r.iter().map(|q| q.id.to_string()).collect());
        Scope {
            ids,
            ..Scope::default()
        }
    };
    view! {
        <h1>"Questions tailored to a job"</h1>
        <p>"Paste the job description. Interview Deck finds the topics it asks for and ranks the questions for them, right here in your browser: nothing is sent anywhere."</p>
        <label class="field"><span>"Job description"</span>
            <textarea id="job-text" rows="10" prop:value=move || job.get() on:input=move |ev| job.set(event_target_value(&ev))></textarea>
        </label>
        <Show when=move || !job.with(|j| j.trim().is_empty())>
            <section aria-labelledby="found-title">
                <h2 id="found-title">"Topics found"</h2>
                <Show when=move || !matches.with(Vec::is_empty) fallback=|| view! { <p>"No topic of the deck is mentioned. Try a longer description."</p> }>
                    <ul class="found-topics">
                        {move || matches.get().into_iter().map(|m: TopicMatch| view! {
                            <li data-topic=m.topic.id>
                                <strong>{m.topic.label}</strong>
                                {format!(" · {} mentions: {}", m.hits, m.words.join(", "))}
                            </li>
                        }).collect_view()}
                    </ul>
                </Show>
            </section>
            <section aria-labelledby="ranked-title">
                <h2 id="ranked-title">{move || format!("Your {}", plural(ranked.with(Vec::len) as i64, "question", "questions"))}</h2>
                <ol class="ranked">
                    {move || ranked.get().into_iter().map(|q| view! {
                        <li data-id=q.id><a href=Link::question(q.id).href()>{q.title()}</a></li>
                    }).collect_view()}
                </ol>
                <p class="actions">
                    <a class="button" id="tailor-practise" href=move || Page::Practice.link().scoped(&set_scope()).href()>"Practise these"</a>
                    <a class="button secondary" id="tailor-mock" href=move || Page::Mock.link().scoped(&set_scope()).href()>"Mock these"</a>
                    <a class="button secondary" id="tailor-print" href=move || Link::print(&set_scope(), PrintLayout::Guide).href()>"Print these"</a>
                    <a class="button secondary" id="tailor-link" href=move || Page::Set.link().scoped(&set_scope()).href()>"Link to this set"</a>
                </p>
            </section>
        </Show>
    }
}
