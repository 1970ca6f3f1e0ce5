//! Which questions a list or a practice session covers: the bank's filter (category, topic,
//! words) plus what only progress knows (status, starred). Lives in the URL query like the
//! filter, so "practise what I am looking at" is a link.

use super::queue::Status;
use crate::bank::own::is_own_id;
use crate::bank::search::SearchIndex;
use crate::bank::{Filter, Question};

/// A filter over the bank and the user's progress.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    pub filter: Filter,
    pub status: Option<Status>,
    pub starred: bool,
    /// A hand-picked or ranked set: only these questions, in this order (empty: no such limit).
    pub ids: Vec<String>,
}

impl Scope {
    /// Reads a scope from URL query parameters; unknown values are ignored.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        Self {
            status: get("status").as_deref().and_then(Status::from_slug),
            starred: get("starred").is_some_and(|v| v == "1"),
            ids: get("ids")
                .map(|v| {
                    v.split('.')
                        .filter(|id| !id.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default(),
            filter: Filter::from_query(get),
        }
    }

    /// The query string (with its `?`, or empty) that reproduces this scope.
    pub fn to_query_string(&self) -> String {
        let mut pairs = self.filter.to_query_pairs();
        if let Some(status) = self.status {
            pairs.push(("status", status.slug().to_string()));
        }
        if self.starred {
            pairs.push(("starred", "1".to_string()));
        }
        if !self.ids.is_empty() {
            // Ids use only a-z, 0-9 and "-", so "." joins them without any escaping.
            pairs.push(("ids", self.ids.join(".")));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let mut query = form_urlencoded::Serializer::for_suffix(String::from("?"), 1);
        query.extend_pairs(pairs);
        query.finish()
    }

    /// The set in words, for the cover of its printed sheet: "Databases · Mid level · Due".
    pub fn describe(&self) -> String {
        let filter = &self.filter;
        let text = filter.text.trim();
        let parts: Vec<String> = [
            (!self.ids.is_empty()).then(|| String::from("A chosen set")),
            filter.yours.then(|| String::from("Your questions")),
            filter.tag.as_ref().map(|t| format!("From {t}")),
            filter.category.map(|c| c.label().to_string()),
            filter.topic.map(|t| t.label.to_string()),
            filter.level.map(|l| l.label().to_string()),
            self.status.map(|s| s.label().to_string()),
            self.starred.then(|| String::from("Starred")),
            (!text.is_empty()).then(|| format!("Matching \u{201c}{text}\u{201d}")),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            return String::from("Every question of the bank");
        }
        parts.join(" \u{b7} ")
    }

    /// The questions of `lists` (the user's own and the bank, each with the index of its
    /// search) in this scope: in list order, or in the set's order when it lists ids (unknown
    /// ids are skipped). `standing` tells a question's status and whether it is starred.
    pub fn select<'a>(
        &self,
        lists: &[(&[&'a Question], &SearchIndex)],
        standing: impl Fn(&str) -> (Status, bool),
    ) -> Vec<&'a Question> {
        let chosen = lists
            .iter()
            .flat_map(|(list, index)| self.matching(list, index, &standing))
            .collect();
        self.in_set_order(chosen)
    }

    /// How many questions of a set link are the sender's own and not on this device: their
    /// ids travel in the link, their text does not.
    pub fn missing_own(&self, known: impl Fn(&str) -> bool) -> usize {
        self.ids
            .iter()
            .filter(|id| is_own_id(id) && !known(id))
            .count()
    }

    /// The questions of `list` in this scope, in list order or the set's. `index` has indexed
    /// the whole list for search.
    pub fn apply<'a>(
        &self,
        list: &[&'a Question],
        index: &SearchIndex,
        standing: impl Fn(&str) -> (Status, bool),
    ) -> Vec<&'a Question> {
        self.in_set_order(self.matching(list, index, standing))
    }

    /// The questions of `list` the filter, status and star select, in list order.
    fn matching<'a>(
        &self,
        list: &[&'a Question],
        index: &SearchIndex,
        standing: impl Fn(&str) -> (Status, bool),
    ) -> Vec<&'a Question> {
        let by_progress = self.status.is_some() || self.starred;
        let keep = |q: &&Question| {
            if !by_progress {
                return true;
            }
            let (status, starred) = standing(q.id);
            self.status.is_none_or(|s| s == status) && (!self.starred || starred)
        };
        self.filter
            .apply(list, index)
            .into_iter()
            .filter(keep)
            .collect()
    }

    /// `chosen` in the set's order when the scope lists ids (the others left out), else as is.
    fn in_set_order<'a>(&self, chosen: Vec<&'a Question>) -> Vec<&'a Question> {
        if self.ids.is_empty() {
            return chosen;
        }
        self.ids
            .iter()
            .filter_map(|id| chosen.iter().find(|q| q.id == id).copied())
            .collect()
    }
}
