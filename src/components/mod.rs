//! Views of the running app used by more than one page (the ones without browser state, which
//! the pre-renderer shares, are in `crate::views`).

pub mod anki_export;
pub mod answer_check;
pub mod chunked;
pub mod download;
pub mod grade_bar;
pub mod keyboard;
pub mod markdown_export;
pub mod note_editor;
pub mod notices;
pub mod own_actions;
pub mod page_numbers;
pub mod question_card;
pub mod read_aloud;
pub mod recordings;
pub mod scope;
pub mod shortcuts_help;
pub mod status;
pub mod with_guides;
