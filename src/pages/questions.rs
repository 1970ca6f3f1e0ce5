//! The question list with its filters. The filter lives in the URL query, so any view of the
//! list can be bookmarked or shared, and Back returns to it.

use crate::bank::{Category, Filter, BANK, TOPICS};
use crate::components::keyboard::use_shortcuts;
use crate::components::question_card::QuestionCard;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// Every question as a card, narrowed by category, topic and a text search.
#[component]
pub fn QuestionList() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(|q| Filter::from_query(|key| q.get(key))));
    let shown = Memo::new(move |_| filter.with(|f| f.apply(BANK)));
    let navigate = use_navigate();
    let set_filter = move |next: Filter| {
        let options = NavigateOptions { replace: true, scroll: false, ..NavigateOptions::default() };
        navigate(&format!("/questions{}", next.to_query_string()), options);
    };
    let update = move |change: &dyn Fn(&mut Filter)| {
        let mut next = filter.get_untracked();
        change(&mut next);
        set_filter(next);
    };

    let search = NodeRef::<html::Input>::new();
    use_shortcuts(move |event| {
        if event.key() != "/" {
            return false;
        }
        search.get().is_some_and(|input| input.focus().is_ok())
    });

    let on_search = {
        let update = update.clone();
        move |ev| update(&|f: &mut Filter| f.text = event_target_value(&ev))
    };
    let on_category = {
        let update = update.clone();
        move |ev| update(&|f: &mut Filter| f.category = Category::from_slug(&event_target_value(&ev)))
    };
    let on_topic = {
        let update = update.clone();
        move |ev| update(&|f: &mut Filter| f.topic = crate::bank::topic_by_id(&event_target_value(&ev)))
    };
    let clear = move |_| update(&|f: &mut Filter| *f = Filter::default());

    view! {
        <h1>"Questions"</h1>
        <form class="filters" role="search" on:submit=|ev| ev.prevent_default()>
            <label class="field grow">
                <span>"Search " <kbd>"/"</kbd></span>
                <input
                    id="filter-search"
                    type="search"
                    node_ref=search
                    placeholder="Words in the question or its guide"
                    prop:value=move || filter.with(|f| f.text.clone())
                    on:input=on_search
                />
            </label>
            <label class="field">
                <span>"Category"</span>
                <select id="filter-category" on:change=on_category prop:value=move || filter.with(|f| f.category.map_or("", |c| c.slug()))>
                    <option value="">"All categories"</option>
                    {Category::ALL.into_iter().map(|c| view! { <option value=c.slug()>{c.label()}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>"Topic"</span>
                <select id="filter-topic" on:change=on_topic prop:value=move || filter.with(|f| f.topic.map_or("", |t| t.id))>
                    <option value="">"All topics"</option>
                    {TOPICS.iter().map(|t| view! { <option value=t.id>{t.label}</option> }).collect_view()}
                </select>
            </label>
            <button id="filter-clear" type="button" class="secondary" on:click=clear disabled=move || filter.with(|f| *f == Filter::default())>
                "Clear"
            </button>
        </form>
        <p class="result-count" role="status" aria-live="polite">
            {move || format!("Showing {} of {} questions", shown.with(Vec::len), BANK.len())}
        </p>
        <ul class="question-list">
            <For each=move || shown.get() key=|q| q.id let:question>
                <QuestionCard question />
            </For>
        </ul>
        <Show when=move || shown.with(Vec::is_empty)>
            <p class="empty">"No question matches. Try fewer words or clear the filters."</p>
        </Show>
    }
}
