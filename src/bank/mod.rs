//! The question bank: compiled by `build.rs`, read-only at run time. What every page needs is
//! in the binary; the guides are in text files fetched when first shown (`chunks`).
//!
//! Pure Rust: no browser types, so everything here is tested with plain `cargo test`.

pub mod anki;
pub mod chunks;
mod filter;
mod kinds;
pub mod library;
pub mod list_import;
pub mod own;
pub mod own_format;
pub mod own_markdown;
pub mod search;
mod tailor;
mod text_format;
mod topics;

pub use chunks::Chunk;
pub use filter::{Filter, LIST_PAGE_SIZE};
pub use kinds::{Category, Level, Source};
pub use tailor::{match_topics, rank_questions, TopicMatch, TAILORED_SET_SIZE};
pub use topics::{topic_by_id, Topic, TOPICS};

use own::OwnText;
use own_format::{blocks_html, blocks_text, inline_html, inline_text, Block, Inline};
use search::html_to_text;
use std::sync::OnceLock;
use text_format::{FIELD, ITEM};

/// One interview question: one of the bank's, or one the user wrote (`own`), which the app
/// takes the same way everywhere. A bank question's guide (`body`) arrives separately from the
/// rest (`chunks`): its HTML parts were rendered at build time from our own Markdown (raw HTML
/// is rejected there), so they are safe to insert as markup. An own question's text is the
/// user's, parsed into elements and text (`Rich`), never markup.
#[derive(Debug)]
pub struct Question {
    /// Stable forever: progress and notes are keyed by it.
    pub id: &'static str,
    /// Position in the bank, 1-based, as shown to the user ("Q3"); may change when the bank
    /// grows. 0 for an own question.
    pub number: u16,
    pub category: Category,
    /// One to three topics, the main one first (an own question may have none).
    pub topics: &'static [&'static Topic],
    pub level: Level,
    pub source: Source,
    text: Text,
    key_points: u8,
}

/// Where a question's text lies.
#[derive(Debug)]
enum Text {
    Bank {
        /// Where the title lies in `TITLES`.
        title: (u32, u32),
        /// Where "why they ask this" lies in `WHYS`.
        why: (u32, u32),
        /// The guide text's file, and where the question's guide lies in it.
        body: (usize, u32, u32),
    },
    Own(&'static OwnText),
}

/// A piece of a guide: the build's HTML for the bank, the user's parsed text for their own
/// questions. Views render each kind its own way; search, the matcher and exports read either
/// through `text` and `html`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rich {
    /// Rendered at build time from our own Markdown: safe to insert as markup.
    Html(&'static str),
    /// An own guide: paragraphs, lists and code.
    Blocks(Vec<Block>),
    /// An own list item: text and code spans.
    Line(Vec<Inline>),
}

impl Rich {
    /// As plain text, for search and the key-point matcher.
    pub fn text(&self) -> String {
        match self {
            Self::Html(html) => html_to_text(html),
            Self::Blocks(blocks) => blocks_text(blocks),
            Self::Line(inlines) => inline_text(inlines),
        }
    }

    /// As HTML for files other apps read (Anki): the user's text escaped, the bank's as built.
    pub fn html(&self) -> String {
        match self {
            Self::Html(html) => (*html).to_string(),
            Self::Blocks(blocks) => blocks_html(blocks),
            Self::Line(inlines) => inline_html(inlines),
        }
    }
}

/// Every question's guide split into its fields on first use (index: number − 1).
static BODIES: [OnceLock<Body>; QUESTION_COUNT] = [const { OnceLock::new() }; QUESTION_COUNT];

/// A question's answer guide, key points and the other lists.
#[derive(Debug)]
pub struct Body {
    pub guide: Rich,
    lists: [Vec<Rich>; 5],
}

impl Body {
    fn split(text: &'static str) -> Self {
        let mut fields = text.split(FIELD);
        let guide = Rich::Html(fields.next().unwrap_or_default());
        let lists = [(); 5].map(|_| {
            let field = fields.next().unwrap_or_default();
            field
                .split(ITEM)
                .filter(|item| !item.is_empty())
                .map(Rich::Html)
                .collect()
        });
        Body { guide, lists }
    }

    /// An own question's guide and lists, parsed from the user's text.
    fn own(guide: &str, lists: [&[String]; 3]) -> Self {
        let items = |list: &[String]| {
            list.iter()
                .map(|item| Rich::Line(own_format::parse_inline(item)))
                .collect()
        };
        Body {
            guide: Rich::Blocks(own_format::parse_guide(guide)),
            lists: [
                items(lists[0]),
                items(lists[1]),
                items(lists[2]),
                Vec::new(),
                Vec::new(),
            ],
        }
    }

    pub fn key_points(&self) -> &[Rich] {
        &self.lists[0]
    }

    pub fn pitfalls(&self) -> &[Rich] {
        &self.lists[1]
    }

    pub fn follow_ups(&self) -> &[Rich] {
        &self.lists[2]
    }

    /// Junior, mid-level and senior, in that order (none for an own question).
    pub fn signals(&self) -> &[Rich] {
        &self.lists[3]
    }

    /// "Further reading": links to the primary sources the guide's claims rest on.
    pub fn references(&self) -> &[Rich] {
        &self.lists[4]
    }

    /// The key points as plain text, for the matcher that checks a typed answer against them.
    pub fn key_points_text(&self) -> Vec<String> {
        self.key_points().iter().map(Rich::text).collect()
    }

    /// The guide and key points as plain text, for search. Derived from the HTML when indexed
    /// rather than compiled in, which would ship the bank's text twice.
    pub fn searchable_text(&self) -> String {
        let mut text = self.guide.text();
        for point in self.key_points() {
            text.push(' ');
            text.push_str(&point.text());
        }
        text
    }
}

impl Question {
    /// The question as the interviewer asks it.
    pub fn title(&self) -> &'static str {
        match self.text {
            Text::Bank { title, .. } => slice(TITLES, title),
            Text::Own(own) => &own.draft.title,
        }
    }

    /// "Why they ask this", plain text.
    pub fn why(&self) -> &'static str {
        match self.text {
            Text::Bank { why, .. } => slice(WHYS, why),
            Text::Own(own) => &own.draft.why,
        }
    }

    /// The guide, once its file is here (always, natively, and for an own question).
    pub fn body(&self) -> Option<&'static Body> {
        match self.text {
            Text::Bank {
                body: (chunk, start, end),
                ..
            } => {
                let text = chunks::text(chunk)?.get(start as usize..end as usize)?;
                Some(BODIES[usize::from(self.number) - 1].get_or_init(|| Body::split(text)))
            }
            Text::Own(own) => Some(&own.body),
        }
    }

    /// The guide text file that holds this question's guide; none for an own question, whose
    /// guide is always here.
    pub fn chunk(&self) -> Option<usize> {
        match self.text {
            Text::Bank { body, .. } => Some(body.0),
            Text::Own(_) => None,
        }
    }

    /// What the user wrote, for an own question: the editor and the exports start from it.
    pub fn own(&self) -> Option<&'static OwnText> {
        match self.text {
            Text::Bank { .. } => None,
            Text::Own(own) => Some(own),
        }
    }

    /// Whether the user wrote it.
    pub fn is_own(&self) -> bool {
        self.own().is_some()
    }

    /// How lists and pages name it: "Q3" for the bank's third question, "Yours" for an own one.
    pub fn label(&self) -> String {
        if self.is_own() {
            String::from("Yours")
        } else {
            format!("Q{}", self.number)
        }
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

fn slice(text: &'static str, (start, end): (u32, u32)) -> &'static str {
    text.get(start as usize..end as usize).unwrap_or_default()
}

/// Ids are unique, so two questions are the same question exactly when their ids are equal.
impl PartialEq for Question {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

include!(concat!(env!("OUT_DIR"), "/bank.rs"));

/// Every question of the bank, as the list the filters and the search index take (the user's
/// own questions are another such list, `library::own_questions`).
pub fn bank_questions() -> &'static [&'static Question] {
    static ALL: OnceLock<Vec<&'static Question>> = OnceLock::new();
    ALL.get_or_init(|| BANK.iter().collect())
}

/// Finds a question, the bank's or the user's, by its stable id.
pub fn question_by_id(id: &str) -> Option<&'static Question> {
    BANK.iter()
        .find(|q| q.id == id)
        .or_else(|| library::own_question_by_id(id))
}

/// The questions before and after `id` in its list (the bank, or the user's own), for
/// previous/next navigation.
pub fn neighbours(id: &str) -> (Option<&'static Question>, Option<&'static Question>) {
    let own = library::own_questions();
    let list: &[&'static Question] = if own::is_own_id(id) {
        &own
    } else {
        bank_questions()
    };
    let Some(index) = list.iter().position(|q| q.id == id) else {
        return (None, None);
    };
    let previous = index.checked_sub(1).map(|i| list[i]);
    (previous, list.get(index + 1).copied())
}

/// `questions` grouped by their main topic, the topics in the bank's order and each group in
/// the order given, then (`None`) the own questions that have no topic: the revision sheet
/// prints a topic a page.
pub fn by_main_topic<'a>(
    questions: &[&'a Question],
) -> Vec<(Option<&'static Topic>, Vec<&'a Question>)> {
    TOPICS
        .iter()
        .map(Some)
        .chain([None])
        .map(|topic| {
            let of_topic = questions
                .iter()
                .filter(|q| q.topics.first().map(|t| t.id) == topic.map(|t| t.id))
                .copied()
                .collect::<Vec<_>>();
            (topic, of_topic)
        })
        .filter(|(_, of_topic)| !of_topic.is_empty())
        .collect()
}

/// How many questions the bank has of a category (own questions are counted apart).
pub fn count_in(category: Category) -> usize {
    BANK.iter().filter(|q| q.category == category).count()
}

#[cfg(test)]
mod tests;
