//! One question's page: the question first, the guide behind a disclosure, so the reader can
//! answer before looking. Without the app (no JavaScript yet, or none at all) the disclosure
//! still opens, as a native `<details>`, and before the app has arrived the keys its controls
//! announce (`aria-keyshortcuts`) already work (scripts/page/keys.js).

use crate::bank::{neighbours, Question, BANK};
use crate::routes::Link;
use crate::shortcuts::Shortcut;
use crate::views::guide::Guide;
use crate::views::key_hint::KeyHint;
use crate::views::tags::{CategoryBadge, TopicList};
use leptos::prelude::*;

/// The question with its guide. `open` says whether the guide is shown; the app passes its
/// own signal (Space toggles it), the pre-renderer a closed one. The slots hold what only the
/// running app has: the question's status, its star, the user's own answer, and the guide
/// wrapped in what loads its text (without one, the guide as the pre-renderer has it).
#[component]
pub fn QuestionArticle(
    question: &'static Question,
    open: RwSignal<bool>,
    #[prop(optional, into)] status: ViewFn,
    #[prop(optional, into)] star: ViewFn,
    #[prop(optional, into)] notes: ViewFn,
    #[prop(optional, into)] guide: Option<ViewFn>,
) -> impl IntoView {
    let guide = guide.unwrap_or_else(|| (move || view! { <Guide question /> }).into());
    let (previous, next) = neighbours(question.id);
    let link = |q: Option<&'static Question>,
                rel: &'static str,
                label: &'static str,
                key: Shortcut| {
        q.map(|q| {
            view! {
                <a class=format!("pager-{rel}") rel=rel href=Link::question(q.id).href() aria-keyshortcuts=key.aria()>
                    <span class="pager-label">{label}</span>
                    <span class="pager-title">{q.label()} ": " {q.title()}</span>
                </a>
            }
        })
    };
    view! {
        <article class="question" aria-labelledby="question-title">
            <p class="card-meta">
                <span class="number" class:yours=question.is_own()>
                    {if question.is_own() { String::from("Your question") } else { format!("Q{} of {}", question.number, BANK.len()) }}
                </span>
                <CategoryBadge category=question.category />
                <span class="level">{question.level.label()}</span>
                {status.run()}
            </p>
            <div class="title-row">
                <h1 id="question-title">{question.title()}</h1>
                {star.run()}
            </div>
            <TopicList topics=question.topics />
            <section class="why-box" aria-labelledby="why-title">
                <h2 id="why-title">"Why they ask this"</h2>
                <p>{question.why()}</p>
            </section>
            <details
                class="guide-box"
                prop:open=move || open.get()
                on:toggle=move |ev| {
                    let shown = event_target::<leptos::web_sys::HtmlDetailsElement>(&ev).open();
                    if open.get_untracked() != shown {
                        open.set(shown);
                    }
                }
            >
                <summary class="reveal button" aria-keyshortcuts=Shortcut::ToggleGuide.aria()>
                    {move || if open.get() { "Hide the answer guide" } else { "Show the answer guide" }}
                    " "
                    <KeyHint shortcut=Shortcut::ToggleGuide />
                </summary>
                <div id="guide" class="guide">{guide.run()}</div>
            </details>
            {notes.run()}
            <nav class="pager" aria-label="Previous and next question">
                {link(previous, "prev", "← Previous", Shortcut::PreviousQuestion)}
                {link(next, "next", "Next →", Shortcut::NextQuestion)}
            </nav>
        </article>
    }
}
