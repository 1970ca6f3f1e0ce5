//! Which questions the list shows. A filter round-trips through the URL query string, so a
//! filtered view can be bookmarked and shared.

use super::search::SearchIndex;
use super::{topic_by_id, Category, Level, Question, Topic};

/// How many cards the question list shows before "Show more": enough to scroll through, few
/// enough that replacing them on a keystroke stays within a frame.
pub const LIST_PAGE_SIZE: usize = 96;

/// A view of the questions: by category, topic, level, words of text, the user's own only, and
/// the name a list was imported under, all optional and combined with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub category: Option<Category>,
    pub topic: Option<&'static Topic>,
    /// The level a question is pitched at: warm up with junior ones, stretch with senior ones.
    pub level: Option<Level>,
    /// What the user typed; matched word by word, case-insensitively.
    pub text: String,
    /// Only the questions the user wrote or imported.
    pub yours: bool,
    /// Only the own questions imported under this name (a company).
    pub tag: Option<String>,
}

impl Filter {
    /// Reads a filter from URL query parameters; unknown values are ignored rather than
    /// rejected, so an old or hand-edited link still opens the list.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        Self {
            category: get("category").as_deref().and_then(Category::from_slug),
            topic: get("topic").as_deref().and_then(topic_by_id),
            level: get("level").as_deref().and_then(Level::from_slug),
            text: get("q").unwrap_or_default(),
            yours: get("yours").is_some_and(|v| v == "1"),
            tag: get("tag").filter(|t| !t.is_empty()),
        }
    }

    /// The query parameters that reproduce this filter, empty ones left out.
    pub fn to_query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(category) = self.category {
            pairs.push(("category", category.slug().to_string()));
        }
        if let Some(topic) = self.topic {
            pairs.push(("topic", topic.id.to_string()));
        }
        if let Some(level) = self.level {
            pairs.push(("level", level.slug().to_string()));
        }
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        if self.yours {
            pairs.push(("yours", "1".to_string()));
        }
        if let Some(tag) = &self.tag {
            pairs.push(("tag", tag.clone()));
        }
        pairs
    }

    /// The query string (with its `?`, or empty) that reproduces this filter in a link.
    pub fn to_query_string(&self) -> String {
        let pairs = self.to_query_pairs();
        if pairs.is_empty() {
            return String::new();
        }
        let mut query = form_urlencoded::Serializer::for_suffix(String::from("?"), 1);
        query.extend_pairs(pairs);
        query.finish()
    }

    /// The questions of `list` (the bank, or the user's own) in this view, in list order.
    /// `index` must have indexed the whole of `list` (see `SearchIndex::of`).
    pub fn apply<'a>(&self, list: &[&'a Question], index: &SearchIndex) -> Vec<&'a Question> {
        let of_kind = |q: &&Question| {
            self.category.is_none_or(|c| q.category == c)
                && self.topic.is_none_or(|t| q.topics.contains(&t))
                && self.level.is_none_or(|l| q.level == l)
                && (!self.yours || q.is_own())
                && self.tag.as_deref().is_none_or(|tag| {
                    q.own()
                        .and_then(|own| own.tag.as_deref())
                        .is_some_and(|t| t.eq_ignore_ascii_case(tag))
                })
        };
        let Some(looked_up) = index.lookup(&self.text) else {
            return list.iter().copied().filter(of_kind).collect();
        };
        if looked_up.iter().any(|marked| !marked.contains(&true)) {
            return Vec::new();
        }
        list.iter()
            .copied()
            .enumerate()
            .filter(|(position, q)| of_kind(q) && index.has_all(*position, &looked_up))
            .map(|(_, q)| q)
            .collect()
    }
}
