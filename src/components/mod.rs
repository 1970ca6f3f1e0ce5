//! Views used by more than one page.

pub mod chunked;
pub mod download;
pub mod grade_bar;
pub mod guide;
pub mod keyboard;
pub mod note_editor;
pub mod notices;
pub mod question_card;
pub mod scope;
pub mod shortcuts_help;
pub mod status;
pub mod tags;
