//! The question list with its filters. The selection lives in the URL query, so any view of the
//! list can be bookmarked or shared, practised with one click, and Back returns to it.

use crate::bank::{topic_by_id, Category, BANK, TOPICS};
use crate::components::keyboard::use_shortcuts;
use crate::components::question_card::QuestionCard;
use crate::components::scope::use_scope;
use crate::paths::href;
use crate::review::{Scope, Status};
use crate::state::Deck;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// How many cards the list renders at a time.
const PAGE: usize = 100;

/// Every question as a card, narrowed by category, topic, status, star and a text search.
#[component]
pub fn QuestionList() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let scope = use_scope();
    let shown = Memo::new(move |_| scope.with(|s| deck.select(s)));
    // Cards beyond this wait for "Show more": rendering thousands at once would take longer
    // than a keystroke may.
    let limit = RwSignal::new(PAGE);
    let visible = Memo::new(move |_| {
        shown.with(|all| all.iter().take(limit.get()).copied().collect::<Vec<_>>())
    });
    let navigate = use_navigate();
    let update = move |change: &dyn Fn(&mut Scope)| {
        let mut next = scope.get_untracked();
        change(&mut next);
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..NavigateOptions::default()
        };
        navigate(&format!("/questions{}", next.to_query_string()), options);
    };

    let search = NodeRef::<html::Input>::new();
    use_shortcuts(move |event| {
        event.key() == "/" && search.get().is_some_and(|input| input.focus().is_ok())
    });

    let on_search = {
        let update = update.clone();
        move |ev| update(&|s: &mut Scope| s.filter.text = event_target_value(&ev))
    };
    let on_category = {
        let update = update.clone();
        move |ev| {
            update(&|s: &mut Scope| {
                s.filter.category = Category::from_slug(&event_target_value(&ev))
            })
        }
    };
    let on_topic = {
        let update = update.clone();
        move |ev| update(&|s: &mut Scope| s.filter.topic = topic_by_id(&event_target_value(&ev)))
    };
    let on_status = {
        let update = update.clone();
        move |ev| update(&|s: &mut Scope| s.status = Status::from_slug(&event_target_value(&ev)))
    };
    let on_starred = {
        let update = update.clone();
        move |ev| update(&|s: &mut Scope| s.starred = event_target_checked(&ev))
    };
    let clear = move |_| update(&|s: &mut Scope| *s = Scope::default());
    let practise = move || href(&format!("/practice{}", scope.with(Scope::to_query_string)));
    let mock = move || href(&format!("/mock{}", scope.with(Scope::to_query_string)));

    view! {
        <div class="list-head">
            <h1>"Questions"</h1>
            <p class="actions">
                <a class="button" id="practise-these" href=practise>
                    {move || format!("Practise these {}", shown.with(Vec::len))}
                </a>
                <a class="button secondary" id="mock-these" href=mock>"Mock these"</a>
            </p>
        </div>
        <form class="filters" role="search" on:submit=|ev| ev.prevent_default()>
            <label class="field grow">
                <span>"Search " <kbd>"/"</kbd></span>
                <input
                    id="filter-search"
                    type="search"
                    node_ref=search
                    placeholder="Words in the question or its guide"
                    prop:value=move || scope.with(|s| s.filter.text.clone())
                    on:input=on_search
                />
            </label>
            <label class="field">
                <span>"Category"</span>
                <select id="filter-category" on:change=on_category prop:value=move || scope.with(|s| s.filter.category.map_or("", |c| c.slug()))>
                    <option value="">"All categories"</option>
                    {Category::ALL.into_iter().map(|c| view! { <option value=c.slug()>{c.label()}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>"Topic"</span>
                <select id="filter-topic" on:change=on_topic prop:value=move || scope.with(|s| s.filter.topic.map_or("", |t| t.id))>
                    <option value="">"All topics"</option>
                    {TOPICS.iter().map(|t| view! { <option value=t.id>{t.label}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>"Status"</span>
                <select id="filter-status" on:change=on_status prop:value=move || scope.with(|s| s.status.map_or("", |st| st.slug()))>
                    <option value="">"Any status"</option>
                    {Status::ALL.into_iter().map(|s| view! { <option value=s.slug()>{s.label()}</option> }).collect_view()}
                </select>
            </label>
            <label class="check">
                <input id="filter-starred" type="checkbox" prop:checked=move || scope.with(|s| s.starred) on:change=on_starred />
                " Starred only"
            </label>
            <button id="filter-clear" type="button" class="secondary" on:click=clear disabled=move || scope.with(|s| *s == Scope::default())>
                "Clear"
            </button>
        </form>
        <p class="result-count" role="status" aria-live="polite">
            {move || format!("Showing {} of {} questions", shown.with(Vec::len), BANK.len())}
        </p>
        <ul class="question-list">
            <For each=move || visible.get() key=|q| q.id let:question>
                <QuestionCard question />
            </For>
        </ul>
        <Show when=move || { shown.with(Vec::len) > limit.get() }>
            <button type="button" class="secondary" id="show-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                {move || format!("Show more ({} not shown)", shown.with(Vec::len) - limit.get())}
            </button>
        </Show>
        <Show when=move || shown.with(Vec::is_empty)>
            <p class="empty">"No question matches. Try fewer words or clear the filters."</p>
        </Show>
    }
}
