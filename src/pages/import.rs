//! `/import`: the user brings a list of questions (pasted, or a `.txt`, `.md`, `.csv` or
//! `.tsv` file), sees what would be added and what is skipped and why, and only then adds it,
//! optionally under a name (the company) that becomes a filter of the list.

use crate::bank::list_import::{plan_list, shortened, ListFormat, ListPlan, MAX_LIST_BYTES};
use crate::bank::own::{thousands, MAX_TAG_CHARS};
use crate::review::Scope;
use crate::routes::Page;
use crate::state::Deck;
use crate::text::plural;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

/// The paste box or file, the format, the name, the preview and the button that adds.
#[component]
pub fn ImportPage() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let text = RwSignal::new(String::new());
    let file_name = RwSignal::new(None::<String>);
    // `None`: as detected from the file name and the text.
    let chosen = RwSignal::new(None::<ListFormat>);
    let tag = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<(usize, Option<String>)>);

    let format = Memo::new(move |_| {
        chosen.get().unwrap_or_else(|| {
            file_name.with(|name| text.with(|t| ListFormat::detect(name.as_deref(), t)))
        })
    });
    let plan = Memo::new(move |_| {
        let existing: Vec<&'static str> = deck
            .own_questions()
            .get()
            .iter()
            .map(|q| q.title())
            .collect();
        text.with(|t| {
            if t.trim().is_empty() {
                return None;
            }
            Some(plan_list(t, format.get(), &existing).map_err(|e| e.to_string()))
        })
    });

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        let name = file.name();
        if file.size() > MAX_LIST_BYTES as f64 {
            problem.set(Some(format!(
                "\u{201c}{name}\u{201d} is {:.1} MB; a list of questions is never more than {} MB. Nothing was added.",
                file.size() / 1_048_576.0,
                MAX_LIST_BYTES / 1_048_576
            )));
            return;
        }
        spawn_local(async move {
            match JsFuture::from(file.text()).await {
                Ok(read) => {
                    problem.set(None);
                    done.set(None);
                    chosen.set(None);
                    file_name.set(Some(name));
                    text.set(read.as_string().unwrap_or_default());
                }
                Err(_) => problem.set(Some(format!(
                    "\u{201c}{name}\u{201d} could not be read. Nothing was added."
                ))),
            }
        });
    };
    let add = move |_| {
        let Some(Ok(plan)) = plan.get_untracked() else {
            return;
        };
        let name = tag.get_untracked().trim().to_string();
        if name.chars().count() > MAX_TAG_CHARS {
            problem.set(Some(format!(
                "The name is longer than {MAX_TAG_CHARS} characters. Nothing was added."
            )));
            return;
        }
        if let Some(reason) = deck.read_only_reason() {
            problem.set(Some(format!("Nothing was added: {reason}.")));
            return;
        }
        let name = (!name.is_empty()).then_some(name);
        let drafts = plan.add.into_iter().map(|(_, draft)| draft).collect();
        match deck.add_own(drafts, name.clone()) {
            Ok(count) => {
                problem.set(None);
                text.set(String::new());
                file_name.set(None);
                done.set(Some((count, name)));
            }
            Err(why) => problem.set(Some(format!("Nothing was added: {why}."))),
        }
    };

    view! {
        <h1>"Import your questions"</h1>
        <p>
            "Paste a list of questions, or open a file: one question per line (a plain list, or one copied from interview reports), our Markdown question format, or a CSV or TSV with a header row (question, why, guide, key points, pitfalls, follow-ups, category, topics, level). You see what will be added before anything is saved. "
            <a href=Page::Write.link().href()>"Write one question instead"</a>
        </p>
        <div class="card import-form">
            <label class="field">
                <span>"Paste the list"</span>
                <textarea id="list-import-text" rows="10" prop:value=move || text.get() on:input=move |ev| {
                    done.set(None);
                    text.set(event_target_value(&ev));
                }></textarea>
            </label>
            <div class="write-row">
                <label class="field">
                    <span>"Or open a file"</span>
                    <input id="list-import-file" type="file" accept=".txt,.md,.markdown,.csv,.tsv,text/plain,text/markdown,text/csv,text/tab-separated-values" on:change=on_file />
                </label>
                <label class="field">
                    <span>"Format"</span>
                    <select id="list-import-format" prop:value=move || format.get().slug() on:change=move |ev| {
                        let slug = event_target_value(&ev);
                        chosen.set(ListFormat::from_slug(&slug));
                    }>
                        {ListFormat::ALL.into_iter().map(|f| view! { <option value=f.slug()>{f.label()}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>"Name this list (optional: the company)"</span>
                    <input id="list-import-tag" type="text" maxlength=MAX_TAG_CHARS.to_string() prop:value=move || tag.get() on:input=move |ev| tag.set(event_target_value(&ev)) />
                </label>
            </div>
        </div>
        {move || problem.get().map(|p| view! { <p class="notice" role="alert" id="list-import-error">{p}</p> })}
        {move || done.get().map(|(count, name)| {
            let scope = Scope {
                filter: crate::bank::Filter { yours: true, tag: name, ..Default::default() },
                ..Scope::default()
            };
            view! {
                <p class="done" role="status" id="list-import-done">
                    {format!("Added {}. ", plural(count as i64, "question", "questions"))}
                    <a href=Page::Questions.link().scoped(&scope).href()>"See them in the list"</a>
                    " · "
                    <a href=Page::Practice.link().scoped(&scope).href()>"Practise them"</a>
                </p>
            }
        })}
        {move || plan.get().map(|plan| match plan {
            Err(why) => view! { <p class="notice" role="alert" id="list-import-error">{format!("This list cannot be read: {why}. Nothing was added.")}</p> }.into_any(),
            Ok(plan) => view! { <ImportPreview plan add /> }.into_any(),
        })}
        <p class="hint">{format!("At most {} questions of your own; each field up to {} characters.", thousands(crate::bank::own::MAX_OWN_QUESTIONS), thousands(crate::bank::own::MAX_FIELD_CHARS))}</p>
    }
}

/// How much of a skipped entry the preview shows: it may be a whole over-long field.
const SHOWN_CHARS: usize = 120;

/// What the import would add and what it skips, with the reasons, and the button that adds.
#[component]
fn ImportPreview(plan: ListPlan, add: impl Fn(leptos::ev::MouseEvent) + 'static) -> impl IntoView {
    let adding = plan.add.len();
    let skipped = plan.skipped.len();
    view! {
        <section class="card import-preview" id="list-import-preview" aria-labelledby="list-import-preview-title">
            <h2 id="list-import-preview-title">"Preview"</h2>
            <p id="list-import-counts" role="status">
                {format!("{} will be added; {} skipped.", plural(adding as i64, "question", "questions"), skipped)}
            </p>
            <button type="button" id="list-import-add" disabled=adding == 0 on:click=add>
                {format!("Add {}", plural(adding as i64, "question", "questions"))}
            </button>
            {(adding > 0).then(|| view! {
                <h3>"To add"</h3>
                <ol class="import-adding">
                    {plan.add.into_iter().map(|(line, draft)| view! {
                        <li value=line.to_string()>{draft.title}</li>
                    }).collect_view()}
                </ol>
            })}
            {(skipped > 0).then(|| view! {
                <h3>"Skipped"</h3>
                <table class="import-skipped">
                    <thead><tr><th scope="col">"Line"</th><th scope="col">"Entry"</th><th scope="col">"Why"</th></tr></thead>
                    <tbody>
                        {plan.skipped.into_iter().map(|s| view! {
                            <tr><td>{s.line}</td><td>{shortened(&s.title, SHOWN_CHARS)}</td><td>{s.reason.to_string()}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
        </section>
    }
}
