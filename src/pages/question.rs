//! One question and its full guide, at `/q/:id`: drawn before the user's data is here (a
//! shared link's first use is reading the guide), its status, star and notes filling in then.

use crate::bank::own::is_own_id;
use crate::bank::{neighbours, question_by_id, Question};
use crate::components::keyboard::use_shortcuts;
use crate::components::note_editor::{NoteEditor, NoteEditorPlaceholder};
use crate::components::own_actions::{DeletedQuestion, OwnActions};
use crate::components::recordings::QuestionRecordings;
use crate::components::status::{StarButton, StatusBadge};
use crate::components::with_guides::WithGuides;
use crate::deck_loader;
use crate::pages::not_found::NotFound;
use crate::paths::use_go;
use crate::routes::Link;
use crate::shortcuts::{Place, Shortcut};
use crate::state::Deck;
use crate::views::guide::Guide;
use crate::views::question::QuestionArticle;
use crate::views::star::StarToggle;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Looks the id up; an id that does not exist (a stale bookmark) gets a not-found page. A
/// bank question is drawn at once, before the user's data is here; the user's own questions
/// are known only with it.
#[component]
pub fn QuestionPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    move || {
        let id = id();
        if is_own_id(&id) {
            let deck = deck_loader::when_ready();
            return (move || match deck.get() {
                None => ().into_any(),
                Some(Ok(deck)) => own_question(deck, id.clone()),
                Some(Err(_)) => view! { <DeckMissing /> }.into_any(),
            })
            .into_any();
        }
        match question_by_id(&id) {
            Some(question) => view! { <QuestionView question /> }.into_any(),
            None => not_found(&id),
        }
    }
}

/// An own question's page, which follows its edits and deletion, in this tab or another.
fn own_question(deck: Deck, id: String) -> AnyView {
    deck.own_questions().track();
    match question_by_id(&id) {
        Some(question) => view! { <QuestionView question /> }.into_any(),
        None if deck
            .own()
            .with(|own| own.questions.get(&id).is_some_and(|r| r.deleted.is_some())) =>
        {
            view! { <DeletedQuestion id /> }.into_any()
        }
        None => not_found(&id),
    }
}

fn not_found(id: &str) -> AnyView {
    let what =
        format!("There is no question with the id “{id}”. It may have been renamed or removed.");
    view! { <NotFound what /> }.into_any()
}

/// Said where the user's progress and notes would be when their code could not be fetched:
/// the question and its guide still work.
#[component]
fn DeckMissing() -> impl IntoView {
    view! {
        <p class="notice deck-missing" role="alert">
            "Your progress and notes for this question could not be loaded: their code did not arrive. "
            "Reload the page to try again; nothing you saved is lost."
        </p>
    }
}

/// The shared question view with what the app adds: its status, its star, the user's own
/// answer, and the keyboard (Space shows or hides the guide, ← and → move to the previous and
/// next question).
#[component]
fn QuestionView(question: &'static Question) -> impl IntoView {
    let open = RwSignal::new(false);
    let (previous, next) = neighbours(question.id);
    let go = use_go();
    use_shortcuts(Place::QuestionPage, move |shortcut, _| {
        let target = match shortcut {
            Shortcut::ToggleGuide => {
                open.update(|o| *o = !*o);
                return true;
            }
            Shortcut::PreviousQuestion => previous,
            _ => next,
        };
        target.is_some_and(|q| {
            go(Link::question(q.id), Default::default());
            true
        })
    });
    let id = question.id;
    let deck = deck_loader::when_ready();
    let here = move || matches!(deck.get(), Some(Ok(_)));
    view! {
        <QuestionArticle
            question
            open
            // Each slot is drawn once; what is inside follows the data's arrival.
            status=move || move || here().then(|| view! { <StatusBadge id /> })
            star=move || move || if here() { view! { <StarButton id /> }.into_any() } else { view! { <EarlyStar id /> }.into_any() }
            notes=move || move || match deck.get() {
                None => view! { <NoteEditorPlaceholder question /> }.into_any(),
                Some(Ok(_)) => view! {
                    {question.is_own().then(|| view! { <OwnActions question /> })}
                    <NoteEditor question />
                    <QuestionRecordings question />
                }
                .into_any(),
                Some(Err(_)) => view! { <DeckMissing /> }.into_any(),
            }
            guide=move || view! { <WithGuides questions=vec![question]><Guide question /></WithGuides> }
        />
    }
}

/// The star before the user's data is here, unpressed as the pre-rendered page drew it: a
/// click stars the question as soon as the data arrives, so it is never lost.
#[component]
fn EarlyStar(id: &'static str) -> impl IntoView {
    let on_toggle = Callback::new(move |()| {
        let at = crate::clock::now().now;
        leptos::task::spawn_local(async move {
            if let Ok(deck) = deck_loader::ready().await {
                deck.change(|p| p.set_star(id, true, at));
            }
        });
    });
    view! { <StarToggle starred=false on_toggle /> }
}
