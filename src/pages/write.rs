//! `/write`: the user writes a question of their own, or edits one (`?id=`), with a live
//! preview of its guide as its page will show it.

use crate::bank::own::{Draft, MAX_KEY_POINTS, MAX_TOPICS};
use crate::bank::own_format::{parse_guide, parse_inline};
use crate::bank::{question_by_id, Category, Level, Rich, TOPICS};
use crate::paths::use_go;
use crate::routes::{Link, Page};
use crate::state::Deck;
use crate::views::rich::{items, prose};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The lines of a list field, blank ones dropped.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| line.trim().trim_start_matches("- ").trim().to_string())
        .filter(|line| !line.is_empty())
        .collect()
}

/// The editor, for a new question or for the own question named by `?id=`.
#[component]
pub fn WritePage() -> impl IntoView {
    let query = use_query_map();
    // Follows the address, so "edit" and "new" swap without a reload.
    move || {
        match query.with(|q| q.get("id")) {
        None => view! { <Editor id=None /> }.into_any(),
        Some(id) => match question_by_id(&id).filter(|q| q.is_own()) {
            Some(question) => view! { <Editor id=Some(question.id) /> }.into_any(),
            None => view! {
                <h1>"Question not found"</h1>
                <p role="alert" id="write-missing">
                    "None of your questions has the id \u{201c}" {id} "\u{201d}. It may have been deleted, or written in another browser."
                </p>
                <p><a class="button" href=Page::Write.link().href()>"Write a new question"</a></p>
            }
            .into_any(),
        },
    }
    }
}

/// The form and its preview. Lists are edited as one line per item.
#[component]
fn Editor(id: Option<&'static str>) -> impl IntoView {
    let deck = expect_context::<Deck>();
    let go = use_go();
    let own = id.and_then(question_by_id).and_then(|q| q.own());
    let start = own.map(|o| o.draft.clone()).unwrap_or_default();
    let tag = own.and_then(|o| o.tag.clone());
    let joined = |list: &[String]| list.join("\n");
    let title = RwSignal::new(start.title.clone());
    let category = RwSignal::new(start.category);
    let topics = RwSignal::new(start.topics.clone());
    let level = RwSignal::new(start.level);
    let why = RwSignal::new(start.why.clone());
    let guide = RwSignal::new(start.guide.clone());
    let key_points = RwSignal::new(joined(&start.key_points));
    let pitfalls = RwSignal::new(joined(&start.pitfalls));
    let follow_ups = RwSignal::new(joined(&start.follow_ups));
    let error = RwSignal::new(None::<String>);

    let draft = move || Draft {
        title: title.get(),
        category: category.get(),
        topics: topics.get(),
        level: level.get(),
        why: why.get(),
        guide: guide.get(),
        key_points: lines(&key_points.get()),
        pitfalls: lines(&pitfalls.get()),
        follow_ups: lines(&follow_ups.get()),
    };
    let save = move || match deck.save_own(id, draft(), tag.clone()) {
        Ok(saved) => go(Link::question(&saved), Default::default()),
        Err(why) => error.set(Some(format!("Not saved: {why}."))),
    };
    let save_on_submit = {
        let save = save.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            save();
        }
    };
    // Ctrl+Enter (⌘+Enter) saves from any field, as in most editors.
    let save_on_keys = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            save();
        }
    };
    let toggle_topic = move |topic| {
        topics.update(|chosen| {
            if let Some(at) = chosen.iter().position(|t| *t == topic) {
                chosen.remove(at);
            } else if chosen.len() < MAX_TOPICS {
                chosen.push(topic);
            }
        });
    };
    let text_field = |label: &'static str,
                      field_id: &'static str,
                      value: RwSignal<String>,
                      rows: u32,
                      hint: &'static str| {
        view! {
            <label class="field">
                <span>{label}</span>
                <textarea id=field_id rows=rows prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))></textarea>
                {(!hint.is_empty()).then(|| view! { <small class="hint">{hint}</small> })}
            </label>
        }
    };
    let heading = if id.is_some() {
        "Edit your question"
    } else {
        "Add a question"
    };
    view! {
        <h1>{heading}</h1>
        <p>
            "Your question is practised like the bank's: scheduled, mocked, self-checked against its key points and counted in your statistics. It stays in this browser and in your backups. "
            <a href=Page::Import.link().href()>"Import a whole list instead"</a>
        </p>
        <div class="write-layout">
            <form class="card write-form" on:submit=save_on_submit on:keydown=save_on_keys>
                <label class="field">
                    <span>"The question"</span>
                    <textarea id="write-title" rows="2" required prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))></textarea>
                </label>
                <div class="write-row">
                    <label class="field">
                        <span>"Category"</span>
                        <select id="write-category" prop:value=move || category.get().slug() on:change=move |ev| {
                            if let Some(c) = Category::from_slug(&event_target_value(&ev)) { category.set(c) }
                        }>
                            {Category::ALL.into_iter().map(|c| view! { <option value=c.slug()>{c.label()}</option> }).collect_view()}
                        </select>
                    </label>
                    <label class="field">
                        <span>"Level"</span>
                        <select id="write-level" prop:value=move || level.get().slug() on:change=move |ev| {
                            if let Some(l) = Level::from_slug(&event_target_value(&ev)) { level.set(l) }
                        }>
                            {Level::ALL.into_iter().map(|l| view! { <option value=l.slug()>{l.label()}</option> }).collect_view()}
                        </select>
                    </label>
                </div>
                <fieldset class="write-topics">
                    <legend>{format!("Topics (up to {MAX_TOPICS}, the main one first)")}</legend>
                    {TOPICS.iter().map(|topic| view! {
                        <label class="check">
                            <input
                                type="checkbox"
                                class="write-topic"
                                value=topic.id
                                prop:checked=move || topics.with(|t| t.contains(&topic))
                                prop:disabled=move || topics.with(|t| t.len() >= MAX_TOPICS && !t.contains(&topic))
                                on:change=move |_| toggle_topic(topic)
                            />
                            " " {topic.label}
                        </label>
                    }).collect_view()}
                </fieldset>
                {text_field("Why they ask this", "write-why", why, 2, "")}
                {text_field("Answer guide", "write-guide", guide, 10, "Blank lines make paragraphs; lines starting with \u{201c}- \u{201d} make a list; `code` and ``` fenced blocks show as code.")}
                {text_field("Key points, one per line", "write-key-points", key_points, 5, "The self-check ticks these; at most 16.")}
                {text_field("Pitfalls, one per line (optional)", "write-pitfalls", pitfalls, 3, "")}
                {text_field("Follow-ups, one per line (optional)", "write-follow-ups", follow_ups, 3, "")}
                {move || error.get().map(|e| view! { <p class="error" role="alert" id="write-error">{e}</p> })}
                <p class="actions">
                    <button type="submit" id="write-save">"Save question"</button>
                    <small class="hint">" Ctrl+Enter saves."</small>
                </p>
            </form>
            <Preview title why guide key_points />
        </div>
        {move || (lines(&key_points.get()).len() > MAX_KEY_POINTS).then(|| view! {
            <p class="error" role="status">{format!("More than {MAX_KEY_POINTS} key points: the self-check ticks at most {MAX_KEY_POINTS}, so merge some before saving.")}</p>
        })}
    }
}

/// The question as its page will show it, updated as the user types.
#[component]
fn Preview(
    title: RwSignal<String>,
    why: RwSignal<String>,
    guide: RwSignal<String>,
    key_points: RwSignal<String>,
) -> impl IntoView {
    let guide_view = move || prose(&Rich::Blocks(parse_guide(&guide.get())));
    let points_view = move || {
        let points: Vec<Rich> = lines(&key_points.get())
            .iter()
            .map(|p| Rich::Line(parse_inline(p)))
            .collect();
        items(&points)
    };
    view! {
        <section class="card write-preview" aria-labelledby="preview-title" id="write-preview">
            <h2 id="preview-title" class="eyebrow">"Preview"</h2>
            <h3 class="preview-question">
                {move || {
                    let title = title.get();
                    if title.trim().is_empty() { String::from("Your question shows here") } else { title }
                }}
            </h3>
            <p><strong>"Why they ask this: "</strong>{move || why.get()}</p>
            <h4>"Answer guide"</h4>
            {guide_view}
            <h4>"Key points"</h4>
            {points_view}
        </section>
    }
}
