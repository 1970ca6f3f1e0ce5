//! The question bank: compiled into the binary by `build.rs`, read-only at run time.
//!
//! Pure Rust: no browser types, so everything here is tested with plain `cargo test`.

mod filter;
mod kinds;
pub mod search;
mod tailor;
mod topics;

pub use filter::{Filter, LIST_PAGE_SIZE};
pub use kinds::{Category, Level, Source};
pub use tailor::{match_topics, rank_questions, TopicMatch, TAILORED_SET_SIZE};
pub use topics::{topic_by_id, Topic, TOPICS};

use search::html_to_text;
use std::sync::OnceLock;

/// One interview question with its full guide. The HTML parts were rendered at build time from
/// our own Markdown (raw HTML is rejected there), so they are safe to insert as markup.
#[derive(Debug)]
pub struct Question {
    /// Stable forever: progress and notes are keyed by it.
    pub id: &'static str,
    /// Position in the bank, 1-based, as shown to the user ("Q3"); may change when the bank grows.
    pub number: u16,
    pub category: Category,
    /// One to three topics, the main one first.
    pub topics: &'static [&'static Topic],
    pub level: Level,
    pub source: Source,
    /// Where the question's text lies in `TEXT` (see `build/bank_compiler.rs`, `emit`).
    text: (u32, u32),
}

/// Every question's text split into its fields, made on first use (index: number − 1). Kept
/// out of `Question` so the compiled bank holds nothing but its text and a few numbers.
static PARTS: OnceLock<Vec<Parts>> = OnceLock::new();

/// A question's text, split into its fields on first use.
#[derive(Debug)]
struct Parts {
    title: &'static str,
    why: &'static str,
    guide_html: &'static str,
    lists: [Vec<&'static str>; 5],
}

/// The separators `build.rs` puts between a question's fields and between list items.
const FIELD: char = '\u{1f}';
const ITEM: char = '\u{1e}';

impl Question {
    fn parts(&self) -> &'static Parts {
        let all = PARTS.get_or_init(|| BANK.iter().map(Question::split).collect());
        &all[usize::from(self.number) - 1]
    }

    fn split(&self) -> Parts {
        let (start, end) = (self.text.0 as usize, self.text.1 as usize);
        let mut fields = TEXT[start..end].split(FIELD);
        let mut next = || fields.next().unwrap_or_default();
        let (title, why, guide_html) = (next(), next(), next());
        let lists = [(); 5].map(|_| next().split(ITEM).filter(|item| !item.is_empty()).collect());
        Parts {
            title,
            why,
            guide_html,
            lists,
        }
    }

    /// The question as the interviewer asks it.
    pub fn title(&self) -> &'static str {
        self.parts().title
    }

    /// "Why they ask this", plain text.
    pub fn why(&self) -> &'static str {
        self.parts().why
    }

    pub fn guide_html(&self) -> &'static str {
        self.parts().guide_html
    }

    pub fn key_points_html(&self) -> &[&'static str] {
        &self.parts().lists[0]
    }

    pub fn pitfalls_html(&self) -> &[&'static str] {
        &self.parts().lists[1]
    }

    pub fn follow_ups_html(&self) -> &[&'static str] {
        &self.parts().lists[2]
    }

    /// Junior, mid-level and senior, in that order.
    pub fn signals_html(&self) -> &[&'static str] {
        &self.parts().lists[3]
    }

    /// "Further reading": links to the primary sources the guide's claims rest on.
    pub fn references_html(&self) -> &[&'static str] {
        &self.parts().lists[4]
    }

    /// The title, why, guide and key points as plain text: what search looks through (each
    /// search word must occur inside one of its words). Derived from the HTML when indexed
    /// rather than compiled in, which would ship the bank's text twice.
    pub fn searchable_text(&self) -> String {
        let mut text = format!(
            "{} {} {}",
            self.title(),
            self.why(),
            html_to_text(self.guide_html())
        );
        for point in self.key_points_html() {
            text.push(' ');
            text.push_str(&html_to_text(point));
        }
        text
    }
}

/// Ids are unique, so two questions are the same question exactly when their ids are equal.
impl PartialEq for Question {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

include!(concat!(env!("OUT_DIR"), "/bank.rs"));

/// Finds a question by its stable id.
pub fn question_by_id(id: &str) -> Option<&'static Question> {
    BANK.iter().find(|q| q.id == id)
}

/// The questions before and after `id` in bank order, for previous/next navigation.
pub fn neighbours(id: &str) -> (Option<&'static Question>, Option<&'static Question>) {
    let Some(index) = BANK.iter().position(|q| q.id == id) else {
        return (None, None);
    };
    let previous = index.checked_sub(1).map(|i| &BANK[i]);
    (previous, BANK.get(index + 1))
}

/// How many questions the bank has of a category.
pub fn count_in(category: Category) -> usize {
    BANK.iter().filter(|q| q.category == category).count()
}

#[cfg(test)]
mod tests;
