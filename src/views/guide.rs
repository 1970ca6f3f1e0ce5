//! A question's full answer guide, optionally with the key-point self-check.

use crate::bank::Question;
use crate::review::{covered, suggested_rating, toggle, THRESHOLDS};
use leptos::prelude::*;

/// The guide: model answer, key points, pitfalls, follow-ups, level signals and further
/// reading. Its HTML was rendered at build time from our own Markdown, with raw HTML rejected
/// there, so it is inserted as markup; user text never goes through here. Nothing shows until
/// the guide's text is here (the app waits for it with `WithGuides`; natively it always is).
///
/// With `ticks`, the key points become a checklist: the user ticks what their answer covered.
#[component]
pub fn Guide(
    question: &'static Question,
    #[prop(optional)] ticks: Option<RwSignal<u16>>,
) -> impl IntoView {
    question.body().map(|body| {
        let lists = [
            ("pitfalls", "Pitfalls", body.pitfalls_html()),
            ("follow-ups", "Follow-ups", body.follow_ups_html()),
            ("signals", "Level signals", body.signals_html()),
        ];
        let references = body.references_html();
        view! {
            <section aria-labelledby="guide-title">
                <h2 id="guide-title">"Answer guide"</h2>
                <div class="prose" inner_html=body.guide_html></div>
            </section>
            <section class="key-points" aria-labelledby="key-points-title">
                <h2 id="key-points-title">"Key points"</h2>
                {match ticks {
                    Some(ticks) => view! { <SelfCheck points=body.key_points_html() ticks /> }.into_any(),
                    None => items(body.key_points_html()).into_any(),
                }}
            </section>
            {lists
                .into_iter()
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

/// A list of the bank's rendered items (key points, pitfalls…), as every view of a guide shows it.
pub fn items(list: &[&'static str]) -> impl IntoView {
    view! { <ul>{list.iter().map(|item| view! { <li inner_html=*item></li> }).collect_view()}</ul> }
}

/// The key points as checkboxes, with what the ticks suggest and why.
#[component]
fn SelfCheck(points: &'static [&'static str], ticks: RwSignal<u16>) -> impl IntoView {
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
                .map(|(index, item)| {
                    view! {
                        <li>
                            <label>
                                <input
                                    type="checkbox"
                                    class="tick"
                                    prop:checked=move || ticks.get() & (1 << index) != 0
                                    on:change=move |_| ticks.update(|t| *t = toggle(*t, index))
                                />
                                <span inner_html=*item></span>
                            </label>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p class="suggestion" role="status">{summary}</p>
    }
}
