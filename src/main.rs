//! The browser entry point: mounts the app; everything else lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async {
        use leptos::prelude::{document, request_animation_frame, set_timeout};
        interview_deck::app::prepare().await;
        // The pre-rendered page paints at least once (a frame), even when the wasm arrives
        // first, then gives way to the app in a single frame.
        if document().hidden() {
            start();
        } else {
            request_animation_frame(|| set_timeout(start, std::time::Duration::ZERO));
        }
    });
}

/// Replaces the pre-rendered page with the app, which renders the same markup, keeping what
/// the reader did before it arrived: an answer guide they opened stays open, and focus goes
/// back to the same element (a link tabbed to, the guide's toggle).
#[cfg(target_arch = "wasm32")]
fn start() {
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
    let selector = focused.map(|(id, href, tag)| match (id.is_empty(), href) {
        (false, _) => format!("#{id}"),
        (true, Some(href)) => format!("#main a[href=\"{href}\"], .site-header a[href=\"{href}\"]"),
        (true, None) => format!("#main {}", tag.to_lowercase()),
    });
    restore(guide_open, selector, 10);
}

/// Opens the guide and moves focus once the router has drawn the page (a frame or two after
/// mounting), trying for up to `frames` frames.
#[cfg(target_arch = "wasm32")]
fn restore(guide_open: bool, focus: Option<String>, frames: u32) {
    use wasm_bindgen::JsCast;
    let document = leptos::prelude::document();
    let guide = document
        .query_selector("#main details.guide-box")
        .ok()
        .flatten();
    let target = focus
        .as_deref()
        .and_then(|s| document.query_selector(s).ok().flatten());
    let ready = (!guide_open || guide.is_some()) && (focus.is_none() || target.is_some());
    if !ready && frames > 0 {
        leptos::prelude::request_animation_frame(move || restore(guide_open, focus, frames - 1));
        return;
    }
    if let Some(guide) = guide.filter(|_| guide_open) {
        // The app follows the disclosure's own toggle event.
        let _ = guide.set_attribute("open", "");
    }
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
