//! Views used by more than one page.

pub mod keyboard;
pub mod question_card;
pub mod tags;
