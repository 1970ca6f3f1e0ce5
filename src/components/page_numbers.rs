//! The page numbers in the printed contents.
//!
//! Browsers do not tell a page where its print layout breaks, and Chromium does not support
//! CSS `target-counter()`. So just before printing, the sheet is laid out once more, in the
//! same paper style, as columns exactly one page in size; the column each question's heading
//! falls in is its page. The numbers are written straight into the contents (plain text, no
//! reactive state) because they must be there when the `beforeprint` handler returns, and
//! the browser lays the page out for paper.
//!
//! The page's content box, 184 × 271 mm, is A4 less the `@page` margins of `app.css`; the
//! stylesheet's `.measuring` rule uses the same size.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The class on `<html>` that gives the page its paper style, while it prints or is measured.
const PAPER: &str = "paper";
/// The class that lays the contents and the sheet out as one-page columns.
const MEASURING: &str = "measuring";

/// Numbers the contents each time the page is printed, for as long as the calling page lives.
pub fn number_pages_when_printing() {
    let before = window_event_listener(ev::beforeprint, |_| number_pages());
    let after = window_event_listener(ev::afterprint, |_| {
        if let Some(root) = document().document_element() {
            let _ = root.class_list().remove_1(PAPER);
        }
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
        if let Some(root) = document().document_element() {
            let _ = root.class_list().remove_2(PAPER, MEASURING);
        }
    });
}

/// Puts the page in its paper style and writes each contents entry's page: the cover is
/// page 1, the contents follow, and the sheet starts on the page after them.
fn number_pages() {
    let document = document();
    let Some(root) = document.document_element() else {
        return;
    };
    let _ = root.class_list().add_2(PAPER, MEASURING);
    if let (Ok(Some(toc)), Ok(Some(sheet))) = (
        document.query_selector(".toc"),
        document.query_selector(".sheet"),
    ) {
        let contents_pages = last_column(&toc) + 1;
        let first_page = 2 + contents_pages;
        let entries = toc.query_selector_all(".toc-page").ok();
        for entry in entries.iter().flat_map(nodes) {
            let heading = entry
                .get_attribute("data-for")
                .and_then(|id| document.get_element_by_id(&id));
            let page = heading.map(|h| (first_page + column_of(&h, &sheet)).to_string());
            entry.set_text_content(page.as_deref());
        }
    }
    let _ = root.class_list().remove_1(MEASURING);
}

/// The elements of a node list.
fn nodes(list: &web_sys::NodeList) -> impl Iterator<Item = Element> + '_ {
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
}

/// The column (0-based) of `container` that the horizontal position `x` lies in. Half a
/// pixel of slack (`nudge` into the column): a column's edge may fall on a fraction of a pixel.
fn column_at(x: f64, nudge: f64, container: &Element) -> u32 {
    let frame = container.get_bounding_client_rect();
    ((x - frame.left() + nudge) / frame.width())
        .floor()
        .max(0.0) as u32
}

/// The column of `container` in which `element` starts.
fn column_of(element: &Element, container: &Element) -> u32 {
    column_at(element.get_bounding_client_rect().left(), 0.5, container)
}

/// The last column `container`'s content reaches.
fn last_column(container: &Element) -> u32 {
    container
        .last_element_child()
        .and_then(|list| list.last_element_child().or(Some(list)))
        .map_or(0, |last| {
            column_at(last.get_bounding_client_rect().right(), -0.5, container)
        })
}
