//! The browser entry point: mounts the app; everything else lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        // index.html's static first screen gives way to the app in the same frame.
        if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
            shell.remove();
        }
        leptos::mount::mount_to_body(interview_deck::app::App);
    }
}
