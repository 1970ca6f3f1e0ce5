//! The browser entry point: mounts the app; everything else lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    leptos::mount::mount_to_body(interview_deck::app::App);
}
