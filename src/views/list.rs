//! The question list's parts: its heading, filters and count, and a question's card.

use crate::bank::{Category, Level, Question, TOPICS};
use crate::review::{Scope, Status};
use crate::routes::{Link, Page, PrintLayout};
use crate::shortcuts::Shortcut;
use crate::views::key_hint::KeyHint;
use crate::views::tags::{CategoryBadge, TopicList};
use leptos::ev::{Event, MouseEvent};
use leptos::html;
use leptos::prelude::*;

/// What the filter controls do when used; the pre-rendered list has none until the app runs.
#[derive(Clone, Copy)]
pub struct FilterHandlers {
    pub search: Callback<Event>,
    pub category: Callback<Event>,
    pub topic: Callback<Event>,
    pub level: Callback<Event>,
    pub status: Callback<Event>,
    pub starred: Callback<Event>,
    pub source: Callback<Event>,
    pub clear: Callback<MouseEvent>,
}

impl FilterHandlers {
    /// Controls that do nothing yet.
    pub fn inert() -> Self {
        Self {
            search: Callback::new(|_| {}),
            category: Callback::new(|_| {}),
            topic: Callback::new(|_| {}),
            level: Callback::new(|_| {}),
            status: Callback::new(|_| {}),
            starred: Callback::new(|_| {}),
            source: Callback::new(|_| {}),
            clear: Callback::new(|_| {}),
        }
    }
}

/// The value of the "From" filter for a scope: all, the user's own, or one imported list.
pub fn source_value(scope: &Scope) -> String {
    match (&scope.filter.tag, scope.filter.yours) {
        (Some(tag), _) => format!("tag:{tag}"),
        (None, true) => String::from("yours"),
        (None, false) => String::new(),
    }
}

/// The list's heading with its practise and mock links, the filters showing `scope`, and how
/// many of the `total` questions (the bank's and the user's own) are `shown`. `tags` are the
/// names the user imported lists under.
#[component]
pub fn ListHead(
    #[prop(into)] scope: Signal<Scope>,
    #[prop(into)] shown: Signal<usize>,
    #[prop(into)] total: Signal<usize>,
    #[prop(into)] tags: Signal<Vec<String>>,
    search: NodeRef<html::Input>,
    handlers: FilterHandlers,
) -> impl IntoView {
    let practise = move || scope.with(|s| Page::Practice.link().scoped(s)).href();
    let mock = move || scope.with(|s| Page::Mock.link().scoped(s)).href();
    let print = move || scope.with(|s| Link::print(s, PrintLayout::Guide)).href();
    view! {
        <div class="list-head">
            <h1>"Questions"</h1>
            <p class="actions">
                <a class="button" id="practise-these" href=practise>
                    {move || format!("Practise these {}", shown.get())}
                </a>
                <a class="button secondary" id="mock-these" href=mock>"Mock these"</a>
                <a class="button secondary" id="print-these" href=print>"Print these"</a>
                <a class="button secondary" id="add-question" href=Page::Write.link().href()>"Add a question"</a>
                <a class="button secondary" id="import-questions" href=Page::Import.link().href()>"Import a list"</a>
            </p>
        </div>
        <form class="filters" role="search" on:submit=|ev| ev.prevent_default()>
            <label class="field grow">
                <span>"Search " <KeyHint shortcut=Shortcut::Search /></span>
                <input
                    id="filter-search"
                    type="search"
                    node_ref=search
                    placeholder="Words in the question or its guide"
                    prop:value=move || scope.with(|s| s.filter.text.clone())
                    on:input=move |ev| handlers.search.run(ev)
                />
            </label>
            <label class="field">
                <span>"Category"</span>
                <select id="filter-category" on:change=move |ev| handlers.category.run(ev) prop:value=move || scope.with(|s| s.filter.category.map_or("", |c| c.slug()))>
                    <option value="">"All categories"</option>
                    {Category::ALL.into_iter().map(|c| view! { <option value=c.slug()>{c.label()}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>"Topic"</span>
                <select id="filter-topic" on:change=move |ev| handlers.topic.run(ev) prop:value=move || scope.with(|s| s.filter.topic.map_or("", |t| t.id))>
                    <option value="">"All topics"</option>
                    {TOPICS.iter().map(|t| view! { <option value=t.id>{t.label}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>"Level"</span>
                <select id="filter-level" on:change=move |ev| handlers.level.run(ev) prop:value=move || scope.with(|s| s.filter.level.map_or("", |l| l.slug()))>
                    <option value="">"Any level"</option>
                    {Level::ALL.into_iter().map(|l| view! { <option value=l.slug()>{l.label()}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>"Status"</span>
                <select id="filter-status" on:change=move |ev| handlers.status.run(ev) prop:value=move || scope.with(|s| s.status.map_or("", |st| st.slug()))>
                    <option value="">"Any status"</option>
                    {Status::ALL.into_iter().map(|s| view! { <option value=s.slug()>{s.label()}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>"From"</span>
                <select id="filter-source" on:change=move |ev| handlers.source.run(ev) prop:value=move || scope.with(source_value)>
                    <option value="">"All questions"</option>
                    <option value="yours">"Yours"</option>
                    {move || tags.get().into_iter().map(|t| view! { <option value=format!("tag:{t}")>{format!("Yours: {t}")}</option> }).collect_view()}
                </select>
            </label>
            <label class="check">
                <input id="filter-starred" type="checkbox" prop:checked=move || scope.with(|s| s.starred) on:change=move |ev| handlers.starred.run(ev) />
                " Starred only"
            </label>
            <button id="filter-clear" type="button" class="secondary" on:click=move |ev| handlers.clear.run(ev) disabled=move || scope.with(|s| *s == Scope::default())>
                "Clear"
            </button>
        </form>
        <p class="result-count" role="status" aria-live="polite">
            {move || format!("Showing {} of {} questions", shown.get(), total.get())}
        </p>
    }
}

/// Number, title (the link), category, topics and why it is asked. The slots hold what only
/// the running app has: the question's status and its star.
#[component]
pub fn QuestionCard(
    question: &'static Question,
    #[prop(optional, into)] status: ViewFn,
    #[prop(optional, into)] star: ViewFn,
) -> impl IntoView {
    view! {
        <li class="card question-card" data-id=question.id>
            <p class="card-meta">
                <span class="number" class:yours=question.is_own()>{question.label()}</span>
                <CategoryBadge category=question.category />
                {question.own().and_then(|o| o.tag.clone()).map(|t| view! { <span class="tag import-tag">{t}</span> })}
                {status.run()}
            </p>
            <div class="title-row">
                <h2 class="card-title">
                    <a href=Link::question(question.id).href()>{question.title()}</a>
                </h2>
                {star.run()}
            </div>
            <TopicList topics=question.topics />
            <p class="why"><span class="why-label">"Why they ask this: "</span>{question.why()}</p>
        </li>
    }
}
