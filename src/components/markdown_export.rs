//! "Export as Markdown": the user's own questions in a set as our question files
//! (`docs/question-format.md`), so one can be proposed to the bank by pull request.

use crate::bank::own_markdown::{question_file, questions_file};
use crate::bank::Question;
use crate::clock::now;
use crate::components::download::download_text;
use crate::review::format_date;
use crate::text::plural;
use leptos::prelude::*;

/// The button (shown when the set has own questions), and what the export did.
#[component]
pub fn MarkdownExport(#[prop(into)] questions: Signal<Vec<&'static Question>>) -> impl IntoView {
    let said = RwSignal::new(None::<String>);
    let own = move || {
        questions.with(|set| {
            set.iter()
                .filter_map(|q| q.own().map(|o| &o.draft))
                .collect::<Vec<_>>()
        })
    };
    let export = move |_| {
        let drafts = own();
        let name = format!(
            "interview-deck-my-questions-{}.md",
            format_date(now().today())
        );
        said.set(Some(if download_text(&name, &questions_file(&drafts)) {
            format!(
                "Exported {} to {name}.",
                plural(drafts.len() as i64, "question", "questions")
            )
        } else {
            String::from("The browser refused the download; nothing was exported.")
        }));
    };
    view! {
        <Show when=move || !own().is_empty()>
            <button type="button" class="secondary" id="markdown-export" on:click=export>
                "Export your questions as Markdown"
            </button>
            <span class="hint" role="status" id="markdown-status">{move || said.get()}</span>
        </Show>
    }
}

/// Downloads one own question as its bank file; false when the browser refused.
pub fn download_question(question: &Question) -> bool {
    question.own().is_some_and(|own| {
        let file = question_file(&own.draft);
        download_text(
            &format!(
                "{}.md",
                crate::bank::own_markdown::bank_id(question.title())
            ),
            &file,
        )
    })
}
