//! Which questions a list or a practice session covers: the bank's filter (category, topic,
//! words) plus what only progress knows (status, starred). Lives in the URL query like the
//! filter, so "practise what I am looking at" is a link.

use super::queue::Status;
use crate::bank::{Filter, Question};

/// A filter over the bank and the user's progress.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    pub filter: Filter,
    pub status: Option<Status>,
    pub starred: bool,
}

impl Scope {
    /// Reads a scope from URL query parameters; unknown values are ignored.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        Self {
            status: get("status").as_deref().and_then(Status::from_slug),
            starred: get("starred").is_some_and(|v| v == "1"),
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
        if pairs.is_empty() {
            return String::new();
        }
        let mut query = form_urlencoded::Serializer::for_suffix(String::from("?"), 1);
        query.extend_pairs(pairs);
        query.finish()
    }

    /// The questions of `bank` in this scope, in bank order. `standing` tells a question's
    /// status and whether it is starred.
    pub fn apply<'a>(
        &self,
        bank: &'a [Question],
        standing: impl Fn(&str) -> (Status, bool),
    ) -> Vec<&'a Question> {
        self.filter
            .apply(bank)
            .into_iter()
            .filter(|q| {
                let (status, starred) = standing(q.id);
                self.status.is_none_or(|s| s == status) && (!self.starred || starred)
            })
            .collect()
    }
}
