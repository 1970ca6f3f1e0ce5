//! `/print?…`: the study sheet of the set in the URL, in the layout the URL names, with the
//! user's own answers if they want them.

use crate::clock::{local_date, now};
use crate::components::page_numbers::number_pages_when_printing;
use crate::components::scope::use_scope;
use crate::components::with_guides::WithGuides;
use crate::progress::NoteVersion;
use crate::routes::PrintLayout;
use crate::state::Deck;
use crate::views::print::{SheetOptions, StudySheet};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PrintPage() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let scope = use_scope();
    let query = use_query_map();
    let questions = Memo::new(move |_| scope.with(|s| deck.select(s)));
    let options = SheetOptions {
        scope: scope.into(),
        layout: Signal::derive(move || query.with(|q| PrintLayout::from_slug(q.get_str("layout")))),
        date: Signal::derive(|| Some(local_date(now().now))),
        with_answers: RwSignal::new(false),
        answer: Callback::new(move |id: &'static str| {
            deck.notes().with(|n| n.current(id).map(NoteVersion::text))
        }),
    };
    number_pages_when_printing();
    let all: Signal<Vec<_>> = questions.into();
    view! {
        <WithGuides questions=all heading="Study sheet">
            <StudySheet questions options />
        </WithGuides>
    }
}
