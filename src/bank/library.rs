//! The user's own questions beside the bank, for the lookups that take an id from anywhere (a
//! link, a review log, a mock record). The app's state sets them whenever they change; the
//! bank itself stays read-only.

use super::Question;
use std::sync::RwLock;

static OWN: RwLock<Vec<&'static Question>> = RwLock::new(Vec::new());

/// Makes `questions` the user's own questions, in the order the list shows them.
pub fn set_own_questions(questions: Vec<&'static Question>) {
    if let Ok(mut own) = OWN.write() {
        *own = questions;
    }
}

/// The user's own questions, in list order.
pub fn own_questions() -> Vec<&'static Question> {
    OWN.read().map(|own| own.clone()).unwrap_or_default()
}

pub(super) fn own_question_by_id(id: &str) -> Option<&'static Question> {
    OWN.read().ok()?.iter().find(|q| q.id == id).copied()
}
