//! Views with no browser state: the markup both the app renders and the pre-renderer writes
//! into each page's HTML at build time (`src/bin/prerender.rs`), so a page arrives with the
//! same content the app then shows. Nothing here reads storage, the clock or the URL.

pub mod guide;
pub mod home;
pub mod key_hint;
pub mod list;
pub mod print;
pub mod question;
pub mod rich;
pub mod shell;
pub mod star;
pub mod tags;
