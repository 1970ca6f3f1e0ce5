//! The study sheet for "Print → Save as PDF": any set of questions, with the user's own
//! answers if they want them. The print stylesheet hides everything else.

use crate::bank::Question;
use crate::text::plural;
use crate::views::guide::items;
use crate::views::tags::CategoryBadge;
use leptos::prelude::*;

/// The sheet of `questions`. `answer` gives the user's own answer to a question, if any
/// (the pre-renderer has none); they are printed when `with_answers` is on.
#[component]
pub fn StudySheet(
    #[prop(into)] questions: Signal<Vec<&'static Question>>,
    with_answers: RwSignal<bool>,
    answer: Callback<&'static str, Option<String>>,
) -> impl IntoView {
    view! {
        <div class="print-controls">
            <h1>{move || format!("Study sheet: {}", plural(questions.with(Vec::len) as i64, "question", "questions"))}</h1>
            <label class="check"><input id="print-answers" type="checkbox" prop:checked=move || with_answers.get()
                on:change=move |ev| with_answers.set(event_target_checked(&ev)) />" Include my own answers"</label>
            <button id="print-now" type="button" on:click=move |_| { let _ = window().print(); }>"Print or save as PDF"</button>
        </div>
        <div class="sheet">
            <For each=move || questions.get() key=|q| q.id let:question>
                <PrintedQuestion question with_answers answer />
            </For>
        </div>
    }
}

/// One question on paper: never split across pages when it fits on one.
#[component]
fn PrintedQuestion(
    question: &'static Question,
    with_answers: RwSignal<bool>,
    answer: Callback<&'static str, Option<String>>,
) -> impl IntoView {
    let answer = move || answer.run(question.id);
    view! {
        <article class="printed" data-id=question.id>
            <h2>"Q" {question.number} ". " {question.title()}</h2>
            <p class="card-meta"><CategoryBadge category=question.category /></p>
            <p><strong>"Why they ask this: "</strong>{question.why()}</p>
            {question.body().map(|body| view! {
                <h3>"Answer guide"</h3>
                <div class="prose" inner_html=body.guide_html></div>
                <h3>"Key points"</h3>
                {items(body.key_points_html())}
                <h3>"Follow-ups"</h3>
                {items(body.follow_ups_html())}
            })}
            <Show when=move || with_answers.get() && answer().is_some()>
                <h3>"My answer"</h3>
                <p class="note-view">{answer}</p>
            </Show>
        </article>
    }
}
