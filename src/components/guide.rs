//! A question's full answer guide.

use crate::bank::Question;
use leptos::prelude::*;

/// The guide: model answer, key points, pitfalls, follow-ups and level signals. Its HTML was
/// rendered at build time from our own Markdown, with raw HTML rejected there, so it is
/// inserted as markup; user text never goes through here.
#[component]
pub fn Guide(question: &'static Question) -> impl IntoView {
    let lists = [
        ("key-points", "Key points", question.key_points_html),
        ("pitfalls", "Pitfalls", question.pitfalls_html),
        ("follow-ups", "Follow-ups", question.follow_ups_html),
        ("signals", "Level signals", question.signals_html),
    ];
    view! {
        <section aria-labelledby="guide-title">
            <h2 id="guide-title">"Answer guide"</h2>
            <div class="prose" inner_html=question.guide_html></div>
        </section>
        {lists
            .into_iter()
            .map(|(id, title, items)| {
                view! {
                    <section class=id aria-labelledby=format!("{id}-title")>
                        <h2 id=format!("{id}-title")>{title}</h2>
                        <ul>{items.iter().map(|item| view! { <li inner_html=*item></li> }).collect_view()}</ul>
                    </section>
                }
            })
            .collect_view()}
    }
}
