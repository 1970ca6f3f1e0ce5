//! The browser entry point: mounts the app; everything else lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::{document, request_animation_frame, set_timeout};
        // The pre-rendered page paints at least once (a frame), even when the wasm arrives
        // first, then gives way to the app in a single frame.
        if document().hidden() {
            start();
        } else {
            request_animation_frame(|| set_timeout(start, std::time::Duration::ZERO));
        }
    }
}

/// Replaces the pre-rendered page with the app, which renders the same markup, keeping what
/// the reader did before it arrived: an answer guide they opened stays open, and focus goes
/// back to the same element (a link tabbed to, the guide's toggle).
#[cfg(target_arch = "wasm32")]
fn start() {
    use wasm_bindgen::JsCast;
    let document = leptos::prelude::document();
    let focused = document
        .active_element()
        .filter(|e| e.closest("#shell").ok().flatten().is_some())
        .map(|e| (e.id(), e.get_attribute("href"), e.tag_name()));
    let guide_open = document
        .query_selector("#shell details.guide-box[open]")
        .ok()
        .flatten()
        .is_some();
    if let Some(shell) = document.get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(interview_deck::app::App);
    if guide_open {
        // The app follows the disclosure's own toggle event.
        if let Ok(Some(guide)) = document.query_selector("#main details.guide-box") {
            let _ = guide.set_attribute("open", "");
        }
    }
    let Some((id, href, tag)) = focused else {
        return;
    };
    let selector = match (id.is_empty(), href) {
        (false, _) => format!("#{id}"),
        (true, Some(href)) => format!("#main a[href=\"{href}\"], .site-header a[href=\"{href}\"]"),
        (true, None) => format!("#main {}", tag.to_lowercase()),
    };
    let again = document
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = again {
        let _ = element.focus();
    }
}
