//! The question list with its filters. The selection lives in the URL query, so any view of the
//! list can be bookmarked or shared, practised with one click, and Back returns to it.

use crate::bank::{topic_by_id, Category, Level, BANK, LIST_PAGE_SIZE as PAGE};
use crate::components::anki_export::AnkiExport;
use crate::components::chunked::chunked;
use crate::components::keyboard::use_shortcuts;
use crate::components::markdown_export::MarkdownExport;
use crate::components::question_card::QuestionCard;
use crate::components::scope::use_scope;
use crate::paths::use_go;
use crate::review::{Scope, Status};
use crate::routes::Page;
use crate::shortcuts::Place;
use crate::state::Deck;
use crate::views::list::{FilterHandlers, ListHead};
use leptos::html;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use std::time::Duration;

/// How long typing pauses before the search text goes into the URL.
const URL_WRITE_PAUSE: Duration = Duration::from_millis(300);

/// Every question as a card, narrowed by category, topic, status, star and a text search.
#[component]
pub fn QuestionList() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let url_scope = use_scope();
    // The search box's text as typed. The list follows it at once; the URL only after a pause,
    // since each history write costs milliseconds a keystroke cannot spare.
    let typed = RwSignal::new(None::<String>);
    // The search text this page last wrote to the URL: any other text there came from outside
    // (a link, the back button) and replaces what was typed.
    let written = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let text = url_scope.with(|s| s.filter.text.clone());
        if written.with_value(|w| w.as_ref() != Some(&text)) {
            typed.set(None);
        }
    });
    let scope = Memo::new(move |_| {
        let mut scope = url_scope.get();
        if let Some(text) = typed.get() {
            scope.filter.text = text;
        }
        scope
    });
    let shown = Memo::new(move |_| scope.with(|s| deck.select(s)));
    let limit = RwSignal::new(PAGE);
    // Index the bank for search a slice per frame, so the first keystroke finds it ready even
    // at thousands of questions.
    deck.index_in_background();
    let visible = chunked(scope, shown, limit.into());
    let go = use_go();
    let update = move |change: &dyn Fn(&mut Scope)| {
        let mut next = scope.get_untracked();
        change(&mut next);
        written.set_value(Some(next.filter.text.clone()));
        typed.set(Some(next.filter.text.clone()));
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..NavigateOptions::default()
        };
        go(Page::Questions.link().scoped(&next), options);
    };
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel_pending = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    on_cleanup(cancel_pending);

    let search = NodeRef::<html::Input>::new();
    use_shortcuts(Place::QuestionList, move |_, _| {
        search.get().is_some_and(|input| input.focus().is_ok())
    });

    let on_search = {
        let update = update.clone();
        move |ev| {
            typed.set(Some(event_target_value(&ev)));
            cancel_pending();
            let update = update.clone();
            let write = move || update(&|_: &mut Scope| {});
            pending.set_value(set_timeout_with_handle(write, URL_WRITE_PAUSE).ok());
        }
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
    let on_level = {
        let update = update.clone();
        move |ev| {
            update(&|s: &mut Scope| s.filter.level = Level::from_slug(&event_target_value(&ev)))
        }
    };
    let on_status = {
        let update = update.clone();
        move |ev| update(&|s: &mut Scope| s.status = Status::from_slug(&event_target_value(&ev)))
    };
    let on_starred = {
        let update = update.clone();
        move |ev| update(&|s: &mut Scope| s.starred = event_target_checked(&ev))
    };
    let on_source = {
        let update = update.clone();
        move |ev| {
            let value = event_target_value(&ev);
            update(&|s: &mut Scope| {
                s.filter.tag = value.strip_prefix("tag:").map(str::to_string);
                s.filter.yours = !value.is_empty();
            })
        }
    };
    let clear = move |_| update(&|s: &mut Scope| *s = Scope::default());
    let handlers = FilterHandlers {
        search: Callback::new(on_search),
        category: Callback::new(on_category),
        topic: Callback::new(on_topic),
        level: Callback::new(on_level),
        status: Callback::new(on_status),
        starred: Callback::new(on_starred),
        source: Callback::new(on_source),
        clear: Callback::new(clear),
    };

    view! {
        <ListHead
            scope
            shown=Signal::derive(move || shown.with(Vec::len))
            total=Signal::derive(move || BANK.len() + deck.own_questions().with(Vec::len))
            tags=Signal::derive(move || deck.own().with(|o| o.tags()))
            search
            handlers
        />
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
            {move || if scope.with(|s| s.filter.yours) && deck.own_questions().with(Vec::is_empty) {
                view! {
                    <p class="empty">
                        "You have no questions of your own yet. "
                        <a href=Page::Write.link().href()>"Add a question"</a>
                        " or "
                        <a href=Page::Import.link().href()>"import a list"</a>
                        ": the questions a colleague was asked at the company you are preparing for, say."
                    </p>
                }.into_any()
            } else {
                view! { <p class="empty">"No question matches. Try fewer words or clear the filters."</p> }.into_any()
            }}
        </Show>
        <p class="list-tools">
            <AnkiExport questions=shown />
            <MarkdownExport questions=shown />
        </p>
    }
}
