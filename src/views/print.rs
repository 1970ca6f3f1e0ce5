//! The study sheet for "Print → Save as PDF": any set of questions, as the full guide behind a
//! cover and contents, or as a revision sheet of key points a topic a page, with the user's
//! own answers if they want them. The print stylesheet hides everything else.

use crate::bank::{by_main_topic, Question, Topic};
use crate::review::Scope;
use crate::routes::{Link, PrintLayout};
use crate::text::plural;
use crate::views::rich::{items, prose};
use crate::views::tags::CategoryBadge;
use leptos::prelude::*;

/// What the sheet prints and how.
#[derive(Clone, Copy)]
pub struct SheetOptions {
    /// The set, for its name on the cover and the layout links.
    pub scope: Signal<Scope>,
    pub layout: Signal<PrintLayout>,
    /// Today as the user writes dates, for the cover; `None` where there is no clock (the
    /// pre-renderer).
    pub date: Signal<Option<String>>,
    /// Whether the user's own answers are printed.
    pub with_answers: RwSignal<bool>,
    /// The user's own answer to a question, if any (the pre-renderer has none).
    pub answer: Callback<&'static str, Option<String>>,
}

/// The sheet of `questions`.
#[component]
pub fn StudySheet(
    #[prop(into)] questions: Signal<Vec<&'static Question>>,
    options: SheetOptions,
) -> impl IntoView {
    let count = move || plural(questions.with(Vec::len) as i64, "question", "questions");
    let layout = options.layout;
    view! {
        <div class="print-controls">
            <h1>{move || format!("{}: {}", layout.get().label(), count())}</h1>
            <nav class="layouts" aria-label="Layout">
                {PrintLayout::ALL.into_iter().map(|choice| view! {
                    <a
                        class="button secondary"
                        id=format!("layout-{}", choice.slug())
                        href=move || options.scope.with(|s| Link::print(s, choice)).href()
                        aria-current=move || (layout.get() == choice).then_some("page")
                    >{choice.label()}</a>
                }).collect_view()}
            </nav>
            <label class="check"><input id="print-answers" type="checkbox" prop:checked=move || options.with_answers.get()
                on:change=move |ev| options.with_answers.set(event_target_checked(&ev)) />" Include my own answers"</label>
            <button id="print-now" type="button" on:click=move |_| { let _ = window().print(); }>"Print or save as PDF"</button>
        </div>
        <section class="cover" aria-label="Cover">
            <p class="cover-brand">"Interview Deck"</p>
            <p class="cover-title">{move || format!("Backend developer interview · {}", layout.get().label().to_lowercase())}</p>
            <p class="cover-set">{move || options.scope.with(Scope::describe)}</p>
            <p class="cover-count">{count}</p>
            <p class="cover-date">{move || options.date.get()}</p>
        </section>
        {move || match layout.get() {
            PrintLayout::Guide => view! { <FullGuide questions options /> }.into_any(),
            PrintLayout::Revision => view! { <RevisionSheet questions options /> }.into_any(),
        }}
    }
}

/// The contents, then every question with its whole guide, flowing from page to page.
#[component]
fn FullGuide(questions: Signal<Vec<&'static Question>>, options: SheetOptions) -> impl IntoView {
    view! {
        <nav class="toc" aria-labelledby="toc-title">
            <h2 id="toc-title">"Contents"</h2>
            <ol>
                <For each=move || questions.get() key=|q| q.id let:question>
                    <li>
                        <a href=format!("#{}", anchor(question))>{question.label()} ". " {question.title()}</a>
                        <span class="toc-page" data-for=anchor(question)></span>
                    </li>
                </For>
            </ol>
        </nav>
        <div class="sheet">
            <For each=move || questions.get() key=|q| q.id let:question>
                <PrintedQuestion question options />
            </For>
        </div>
    }
}

/// The element id of a question's heading on the sheet, which the contents link to.
pub fn anchor(question: &Question) -> String {
    format!("q-{}", question.id)
}

/// One question on paper: it may start mid-page, but its headings stay with what follows.
#[component]
fn PrintedQuestion(question: &'static Question, options: SheetOptions) -> impl IntoView {
    view! {
        <article class="printed" data-id=question.id>
            <h2 id=anchor(question)>{question.label()} ". " {question.title()}</h2>
            <p class="card-meta"><CategoryBadge category=question.category /></p>
            <p><strong>"Why they ask this: "</strong>{question.why()}</p>
            {question.body().map(|body| view! {
                <h3>"Answer guide"</h3>
                {prose(&body.guide)}
                <h3>"Key points"</h3>
                {items(body.key_points())}
                <h3>"Follow-ups"</h3>
                {items(body.follow_ups())}
            })}
            <OwnAnswer question options />
        </article>
    }
}

/// The key points of every question, grouped by main topic, a topic starting a page.
#[component]
fn RevisionSheet(
    questions: Signal<Vec<&'static Question>>,
    options: SheetOptions,
) -> impl IntoView {
    let groups = move || {
        by_main_topic(&questions.get())
            .into_iter()
            .map(|(topic, of_topic)| view! { <RevisionTopic topic questions=of_topic options /> })
            .collect_view()
    };
    view! { <div class="revision">{groups}</div> }
}

#[component]
fn RevisionTopic(
    topic: Option<&'static Topic>,
    questions: Vec<&'static Question>,
    options: SheetOptions,
) -> impl IntoView {
    view! {
        <section class="revision-topic" data-topic=topic.map_or("none", |t| t.id)>
            <h2>{topic.map_or("Your questions without a topic", |t| t.label)}</h2>
            <div class="revision-cards">
                {questions.into_iter().map(|question| view! {
                    <article class="revised" data-id=question.id>
                        <h3>{question.label()} ". " {question.title()}</h3>
                        <p class="revised-why">{question.why()}</p>
                        {question.body().map(|body| items(body.key_points()))}
                        <OwnAnswer question options />
                    </article>
                }).collect_view()}
            </div>
        </section>
    }
}

/// The user's own answer under a question, when they asked for it and have one.
#[component]
fn OwnAnswer(question: &'static Question, options: SheetOptions) -> impl IntoView {
    let answer = move || options.answer.run(question.id);
    view! {
        <Show when=move || options.with_answers.get() && answer().is_some()>
            <div class="own-answer">
                <strong>"My answer"</strong>
                <p class="note-view">{answer}</p>
            </div>
        </Show>
    }
}
