//! One question and its full guide, at `/q/:id`.

use crate::bank::{neighbours, question_by_id, Question};
use crate::components::keyboard::use_shortcuts;
use crate::components::note_editor::NoteEditor;
use crate::components::own_actions::{DeletedQuestion, OwnActions};
use crate::components::recordings::QuestionRecordings;
use crate::components::status::{StarButton, StatusBadge};
use crate::components::with_guides::WithGuides;
use crate::pages::not_found::NotFound;
use crate::paths::use_go;
use crate::routes::Link;
use crate::shortcuts::{Place, Shortcut};
use crate::state::Deck;
use crate::views::guide::Guide;
use crate::views::question::QuestionArticle;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Looks the id up; an id that does not exist (a stale bookmark) gets a not-found page.
#[component]
pub fn QuestionPage() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    move || match question_by_id(&id()) {
        Some(question) => {
            // An own question's page follows its edits and deletion, in this tab or another.
            if question.is_own() {
                deck.own_questions().track();
            }
            view! { <QuestionView question /> }.into_any()
        }
        None if deck.own().with(|own| {
            own.questions
                .get(&id())
                .is_some_and(|r| r.deleted.is_some())
        }) =>
        {
            view! { <DeletedQuestion id=id() /> }.into_any()
        }
        None => {
            let what = format!(
                "There is no question with the id “{}”. It may have been renamed or removed.",
                id()
            );
            view! { <NotFound what /> }.into_any()
        }
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
    view! {
        <QuestionArticle
            question
            open
            status=move || view! { <StatusBadge id /> }
            star=move || view! { <StarButton id /> }
            notes=move || view! {
                {question.is_own().then(|| view! { <OwnActions question /> })}
                <NoteEditor question />
                <QuestionRecordings question />
            }
            guide=move || view! { <WithGuides questions=vec![question]><Guide question /></WithGuides> }
        />
    }
}
