//! Renders a guide's pieces (`bank::Rich`). The bank's were rendered to HTML at build time from
//! our own Markdown, with raw HTML rejected there, so they are inserted as markup. The user's
//! own are built as elements and text nodes: whatever they typed stays text.

use crate::bank::own_format::{Block, Inline};
use crate::bank::Rich;
use leptos::prelude::*;

/// A guide, in its `prose` box. Takes any `Rich`, so the editor's live preview renders a draft
/// exactly as its page will.
pub fn prose(guide: &Rich) -> impl IntoView {
    match guide {
        Rich::Html(html) => view! { <div class="prose" inner_html=*html></div> }.into_any(),
        Rich::Blocks(blocks) => {
            view! { <div class="prose">{blocks.iter().map(block).collect_view()}</div> }.into_any()
        }
        Rich::Line(inlines) => view! { <div class="prose"><p>{line(inlines)}</p></div> }.into_any(),
    }
}

/// A list item (key point, pitfall…), inside an element the caller chooses.
pub fn item(piece: &Rich) -> impl IntoView {
    match piece {
        Rich::Html(html) => view! { <span inner_html=*html></span> }.into_any(),
        Rich::Blocks(blocks) => blocks.iter().map(block).collect_view().into_any(),
        Rich::Line(inlines) => line(inlines).into_any(),
    }
}

/// A list of items, as every view of a guide shows it.
pub fn items(list: &[Rich]) -> impl IntoView {
    view! { <ul>{list.iter().map(|piece| view! { <li>{item(piece)}</li> }).collect_view()}</ul> }
}

fn block(block: &Block) -> AnyView {
    match block {
        Block::Paragraph(inlines) => view! { <p>{line(inlines)}</p> }.into_any(),
        Block::List(entries) => view! {
            <ul>{entries.iter().map(|entry| view! { <li>{line(entry)}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Block::Code(code) => view! { <pre><code>{code.clone()}</code></pre> }.into_any(),
    }
}

fn line(inlines: &[Inline]) -> impl IntoView {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => text.clone().into_any(),
            Inline::Code(code) => view! { <code>{code.clone()}</code> }.into_any(),
            Inline::Break => view! { <br /> }.into_any(),
        })
        .collect_view()
}
