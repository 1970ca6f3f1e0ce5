//! A question's full answer guide, optionally with the key-point self-check.

use crate::bank::{Question, Rich};
use crate::review::{covered, suggested_rating, suggested_ticks, toggle, PointMatch, THRESHOLDS};
use crate::views::rich::{item, items, prose};
use leptos::prelude::*;

/// The guide: model answer, key points, pitfalls, follow-ups, level signals and further
/// reading (`views::rich` renders the bank's HTML and the user's own text each its way; an own
/// question shows only the lists it has). Nothing shows until
/// the guide's text is here (the app waits for it with `WithGuides`; natively it always is).
///
/// With `ticks`, the key points become a checklist: the user ticks what their answer covered.
/// With `suggested` too (what a typed answer covers, by `review::Matcher`), those points come
/// ticked and marked as suggestions, with the words that matched.
#[component]
pub fn Guide(
    question: &'static Question,
    #[prop(optional)] ticks: Option<RwSignal<u16>>,
    #[prop(optional)] suggested: Option<Signal<Vec<PointMatch>>>,
) -> impl IntoView {
    question.body().map(|body| {
        let lists = [
            ("pitfalls", "Pitfalls", body.pitfalls()),
            ("follow-ups", "Follow-ups", body.follow_ups()),
            ("signals", "Level signals", body.signals()),
        ];
        let references = body.references();
        view! {
            <section aria-labelledby="guide-title">
                <h2 id="guide-title">"Answer guide"</h2>
                {prose(&body.guide)}
            </section>
            <section class="key-points" aria-labelledby="key-points-title">
                <h2 id="key-points-title">"Key points"</h2>
                {match ticks {
                    Some(ticks) => {
                        let suggested = suggested.unwrap_or_else(|| Signal::stored(Vec::new()));
                        view! { <SelfCheck points=body.key_points() ticks suggested /> }.into_any()
                    }
                    None => items(body.key_points()).into_any(),
                }}
            </section>
            {lists
                .into_iter()
                .filter(|(_, _, list)| !list.is_empty() || !question.is_own())
                .map(|(id, title, list)| {
                    view! {
                        <section class=id aria-labelledby=format!("{id}-title")>
                            <h2 id=format!("{id}-title")>{title}</h2>
                            {items(list)}
                        </section>
                    }
                })
                .collect_view()}
            {(!references.is_empty()).then(|| view! {
                <section class="references" aria-labelledby="references-title">
                    <h2 id="references-title">"Further reading"</h2>
                    <p class="hint">"Primary sources for the claims above. They open outside the app, online."</p>
                    {items(references)}
                </section>
            })}
        }
    })
}

/// The key points as checkboxes, with what the ticks suggest and why. The first time the typed
/// answer covers any point, those points are ticked, unless the user has ticked some already;
/// after that the ticks are the user's alone.
#[component]
fn SelfCheck(
    points: &'static [Rich],
    ticks: RwSignal<u16>,
    suggested: Signal<Vec<PointMatch>>,
) -> impl IntoView {
    Effect::new(move |applied: Option<bool>| {
        if applied == Some(true) {
            return true;
        }
        let mask = suggested.with(|s| suggested_ticks(s));
        if mask != 0 && ticks.get_untracked() == 0 {
            ticks.set(mask);
        }
        mask != 0
    });
    let total = points.len();
    let explained = THRESHOLDS
        .iter()
        .map(|(percent, rating)| format!("{percent}%+ → {}", rating.label()))
        .collect::<Vec<_>>()
        .join(", ");
    let summary = move || {
        let t = ticks.get();
        match suggested_rating(t, total) {
            Some(rating) => format!(
                "You covered {} of {total}: that suggests {}.",
                covered(t, total),
                rating.label()
            ),
            None => "Tick the key points your answer covered.".to_string(),
        }
    };
    view! {
        <p class="hint">"Tick what your answer covered (" {explained} ", less → Again)."</p>
        <ul class="checklist">
            {points
                .iter()
                .enumerate()
                .map(|(index, piece)| {
                    view! {
                        <li>
                            <label>
                                <input
                                    type="checkbox"
                                    class="tick"
                                    prop:checked=move || ticks.get() & (1 << index) != 0
                                    on:change=move |_| ticks.update(|t| *t = toggle(*t, index))
                                />
                                <span>{item(piece)}</span>
                            </label>
                            <SuggestionMark index suggested />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p class="suggestion" role="status">{summary}</p>
    }
}

/// "Suggested" beside a key point the typed answer covers, with the matched words shown on
/// hover or keyboard focus (and always to screen readers).
#[component]
fn SuggestionMark(index: usize, suggested: Signal<Vec<PointMatch>>) -> impl IntoView {
    let matched = move || {
        suggested.with(|s| {
            s.get(index)
                .filter(|m| m.covered)
                .map(|m| m.words.join(", "))
        })
    };
    move || {
        matched().map(|words| {
            view! {
                <span class="point-suggested" tabindex="0">
                    "suggested"
                    <span class="matched">" from your answer: " {words}</span>
                </span>
            }
        })
    }
}
