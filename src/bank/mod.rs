//! The question bank: compiled by `build.rs`, read-only at run time. What every page needs is
//! in the binary; the guides are in text files fetched when first shown (`chunks`).
//!
//! Pure Rust: no browser types, so everything here is tested with plain `cargo test`.

pub mod anki;
pub mod chunks;
mod filter;
mod kinds;
pub mod search;
mod tailor;
mod text_format;
mod topics;

pub use chunks::Chunk;
pub use filter::{Filter, LIST_PAGE_SIZE};
pub use kinds::{Category, Level, Source};
pub use tailor::{match_topics, rank_questions, TopicMatch, TAILORED_SET_SIZE};
pub use topics::{topic_by_id, Topic, TOPICS};

use search::html_to_text;
use std::sync::OnceLock;
use text_format::{FIELD, ITEM};

/// One interview question. Its guide (`body`) arrives separately from the rest (`chunks`):
/// the HTML parts were rendered at build time from our own Markdown (raw HTML is rejected
/// there), so they are safe to insert as markup.
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
    /// Where the title lies in `TITLES`.
    title: (u32, u32),
    /// Where "why they ask this" lies in `WHYS`.
    why: (u32, u32),
    /// The guide text's file, and where the question's guide lies in it.
    body: (usize, u32, u32),
    key_points: u8,
}

/// Every question's guide split into its fields on first use (index: number − 1).
static BODIES: [OnceLock<Body>; QUESTION_COUNT] = [const { OnceLock::new() }; QUESTION_COUNT];

/// A question's answer guide, key points and the other lists, as HTML rendered at build time.
#[derive(Debug)]
pub struct Body {
    pub guide_html: &'static str,
    lists: [Vec<&'static str>; 5],
}

impl Body {
    fn split(text: &'static str) -> Self {
        let mut fields = text.split(FIELD);
        let guide_html = fields.next().unwrap_or_default();
        let lists = [(); 5].map(|_| {
            let field = fields.next().unwrap_or_default();
            field.split(ITEM).filter(|item| !item.is_empty()).collect()
        });
        Body { guide_html, lists }
    }

    pub fn key_points_html(&self) -> &[&'static str] {
        &self.lists[0]
    }

    pub fn pitfalls_html(&self) -> &[&'static str] {
        &self.lists[1]
    }

    pub fn follow_ups_html(&self) -> &[&'static str] {
        &self.lists[2]
    }

    /// Junior, mid-level and senior, in that order.
    pub fn signals_html(&self) -> &[&'static str] {
        &self.lists[3]
    }

    /// "Further reading": links to the primary sources the guide's claims rest on.
    pub fn references_html(&self) -> &[&'static str] {
        &self.lists[4]
    }

    /// The key points as plain text, for the matcher that checks a typed answer against them.
    pub fn key_points_text(&self) -> Vec<String> {
        self.key_points_html()
            .iter()
            .map(|point| html_to_text(point))
            .collect()
    }

    /// The guide and key points as plain text, for search. Derived from the HTML when indexed
    /// rather than compiled in, which would ship the bank's text twice.
    pub fn searchable_text(&self) -> String {
        let mut text = html_to_text(self.guide_html);
        for point in self.key_points_html() {
            text.push(' ');
            text.push_str(&html_to_text(point));
        }
        text
    }
}

impl Question {
    /// The question as the interviewer asks it.
    pub fn title(&self) -> &'static str {
        let (start, end) = self.title;
        TITLES.get(start as usize..end as usize).unwrap_or_default()
    }

    /// "Why they ask this", plain text.
    pub fn why(&self) -> &'static str {
        let (start, end) = self.why;
        WHYS.get(start as usize..end as usize).unwrap_or_default()
    }

    /// The guide, once its file is here (always, natively).
    pub fn body(&self) -> Option<&'static Body> {
        let (chunk, start, end) = self.body;
        let text = chunks::text(chunk)?.get(start as usize..end as usize)?;
        Some(BODIES[usize::from(self.number) - 1].get_or_init(|| Body::split(text)))
    }

    /// The guide text file that holds this question's guide.
    pub fn chunk(&self) -> usize {
        self.body.0
    }

    /// How many key points the guide has: known before the guide is here, so a mock can be
    /// scored and a self-check sized without it.
    pub fn key_point_count(&self) -> usize {
        usize::from(self.key_points)
    }

    /// The title and why as plain text: what search looks through before the guide is here
    /// (each search word must occur inside one of its words).
    pub fn head_text(&self) -> String {
        format!("{} {}", self.title(), self.why())
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

/// `questions` grouped by their main topic, the topics in the bank's order and each group in
/// the order given: the revision sheet prints a topic a page.
pub fn by_main_topic<'a>(questions: &[&'a Question]) -> Vec<(&'static Topic, Vec<&'a Question>)> {
    TOPICS
        .iter()
        .map(|topic| {
            let of_topic = questions
                .iter()
                .filter(|q| q.topics.first().is_some_and(|t| t.id == topic.id))
                .copied()
                .collect::<Vec<_>>();
            (topic, of_topic)
        })
        .filter(|(_, of_topic)| !of_topic.is_empty())
        .collect()
}

/// How many questions the bank has of a category.
pub fn count_in(category: Category) -> usize {
    BANK.iter().filter(|q| q.category == category).count()
}

#[cfg(test)]
mod tests;
