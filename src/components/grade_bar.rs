//! The four grade buttons, each labelled with the interval it would give.

use crate::progress::Rating;
use crate::review::interval_label;
use crate::shortcuts::Shortcut;
use leptos::prelude::*;

/// Again / Hard / Good / Easy with keys 1–4. `intervals` are in days, in rating order;
/// `suggested` (from the key-point self-check) is marked, and Enter confirms it.
#[component]
pub fn GradeBar(
    intervals: Signal<[i64; 4]>,
    on_grade: Callback<Rating>,
    #[prop(optional, into)] suggested: Signal<Option<Rating>>,
) -> impl IntoView {
    view! {
        <div class="grade-bar" role="group" aria-label="How well did you answer?">
            {Rating::ALL
                .into_iter()
                .enumerate()
                .map(|(index, rating)| {
                    let interval = move || interval_label(intervals.get()[index]);
                    let key = Shortcut::Grade.keys()[index];
                    view! {
                        <button
                            type="button"
                            class=format!("grade grade-{}", rating.label().to_lowercase())
                            class:suggested=move || suggested.get() == Some(rating)
                            aria-keyshortcuts=key
                            on:click=move |_| on_grade.run(rating)
                        >
                            <span class="grade-label">{rating.label()}</span>
                            <span class="grade-interval">{interval}</span>
                            <kbd>{key}</kbd>
                            <Show when=move || suggested.get() == Some(rating)>
                                <span class="grade-suggested">"suggested · Enter"</span>
                            </Show>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
