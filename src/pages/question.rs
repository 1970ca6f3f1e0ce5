//! One question and its full guide, at `/q/:id`.

use crate::bank::{neighbours, question_by_id, Question, BANK};
use crate::components::guide::Guide;
use crate::components::keyboard::{use_shortcuts, KeyHint};
use crate::components::note_editor::NoteEditor;
use crate::components::status::{StarButton, StatusBadge};
use crate::components::tags::{CategoryBadge, TopicList};
use crate::pages::not_found::NotFound;
use crate::paths::use_go;
use crate::routes::Link;
use crate::shortcuts::{Place, Shortcut};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Looks the id up; an id that does not exist (a stale bookmark) gets a not-found page.
#[component]
pub fn QuestionPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    move || match question_by_id(&id()) {
        Some(question) => view! { <QuestionView question /> }.into_any(),
        None => {
            let what = format!(
                "There is no question with the id “{}”. It may have been renamed or removed.",
                id()
            );
            view! { <NotFound what /> }.into_any()
        }
    }
}

/// The question first; the guide on demand, so the reader can try to answer before looking.
/// Space reveals, ← and → move to the previous and next question.
#[component]
fn QuestionView(question: &'static Question) -> impl IntoView {
    let (revealed, set_revealed) = signal(false);
    let (previous, next) = neighbours(question.id);
    let go = use_go();
    use_shortcuts(Place::QuestionPage, move |shortcut, _| {
        let target = match shortcut {
            Shortcut::ToggleGuide => {
                set_revealed.update(|r| *r = !*r);
                return true;
            }
            Shortcut::PreviousQuestion => previous,
            _ => next,
        };
        target.is_some_and(|q| {
            go(Link::question(q.id), Default::default());
            true
        })
    });
    let link = |q: Option<&'static Question>, rel: &'static str, label: &'static str| {
        q.map(|q| {
            view! {
                <a class=format!("pager-{rel}") rel=rel href=Link::question(q.id).href()>
                    <span class="pager-label">{label}</span>
                    <span class="pager-title">"Q" {q.number} ": " {q.title()}</span>
                </a>
            }
        })
    };

    view! {
        <article class="question" aria-labelledby="question-title">
            <p class="card-meta">
                <span class="number">"Q" {question.number} " of " {BANK.len()}</span>
                <CategoryBadge category=question.category />
                <span class="level">{question.level.label()}</span>
                <StatusBadge id=question.id />
            </p>
            <div class="title-row">
                <h1 id="question-title">{question.title()}</h1>
                <StarButton id=question.id />
            </div>
            <TopicList topics=question.topics />
            <section class="why-box" aria-labelledby="why-title">
                <h2 id="why-title">"Why they ask this"</h2>
                <p>{question.why()}</p>
            </section>
            <button
                class="reveal"
                aria-expanded=move || revealed.get().to_string()
                aria-controls="guide"
                on:click=move |_| set_revealed.update(|r| *r = !*r)
            >
                {move || if revealed.get() { "Hide the answer guide" } else { "Show the answer guide" }}
                " "
                <KeyHint shortcut=Shortcut::ToggleGuide />
            </button>
            <div id="guide" class="guide" hidden=move || !revealed.get()>
                <Show when=move || revealed.get()>
                    <Guide question />
                </Show>
            </div>
            <NoteEditor question />
            <nav class="pager" aria-label="Previous and next question">
                {link(previous, "prev", "← Previous")}
                {link(next, "next", "Next →")}
            </nav>
        </article>
    }
}
