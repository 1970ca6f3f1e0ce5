//! The browser entry point: mounts the app; everything else lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::{document, request_animation_frame, set_timeout};
        // index.html's static first screen paints at least once (a frame), even when the wasm
        // arrives first, then gives way to the app in a single frame.
        if document().hidden() {
            start();
        } else {
            request_animation_frame(|| set_timeout(start, std::time::Duration::ZERO));
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn start() {
    if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(interview_deck::app::App);
}
