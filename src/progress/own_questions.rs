//! The questions the user wrote or imported, as a stored document. Each question is kept as its
//! text (not as the app's `Question`), checked whole when read: a damaged or foreign document
//! never reaches a page.
//!
//! `{"v":1,"questions":{"own-…":{"updated":…,"created":…,"title":…,"category":"technical",
//! "topics":["api"],"level":"mid","why":…,"guide":…,"key_points":[…],"pitfalls":[…],
//! "follow_ups":[…],"tag":"Acme","deleted":…}}}`: a deleted question stays, marked with when,
//! so it can be restored and so another tab's older copy cannot bring it back.

use super::codec::{decode_object, DecodeError, SCHEMA_VERSION};
use crate::bank::own::{is_own_id, Draft, DraftError, MAX_OWN_QUESTIONS, MAX_TAG_CHARS};
use crate::bank::{topic_by_id, Category, Level};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One own question as stored. The fields are ordered so that the newest edit compares
/// greatest: two tabs' copies merge to the later one, and equal times still agree.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct OwnRecord {
    /// Unix seconds of the last change: an edit, a deletion or a restore.
    pub updated: i64,
    pub created: i64,
    /// When it was deleted; a deleted question can be restored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<i64>,
    pub title: String,
    pub category: String,
    #[serde(default)]
    pub topics: Vec<String>,
    pub level: String,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub guide: String,
    #[serde(default)]
    pub key_points: Vec<String>,
    #[serde(default)]
    pub pitfalls: Vec<String>,
    #[serde(default)]
    pub follow_ups: Vec<String>,
    /// The name it was imported under (a company), a filter of the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}

impl OwnRecord {
    /// A record of `draft`, changed at `now`.
    pub fn new(draft: &Draft, tag: Option<String>, created: i64, now: i64) -> Self {
        Self {
            updated: now,
            created,
            deleted: None,
            title: draft.title.clone(),
            category: draft.category.slug().to_string(),
            topics: draft.topics.iter().map(|t| t.id.to_string()).collect(),
            level: draft.level.slug().to_string(),
            why: draft.why.clone(),
            guide: draft.guide.clone(),
            key_points: draft.key_points.clone(),
            pitfalls: draft.pitfalls.clone(),
            follow_ups: draft.follow_ups.clone(),
            tag,
        }
    }

    /// The question as the editor and the app take it; `Err` names what is wrong with it.
    pub fn draft(&self) -> Result<Draft, String> {
        let category = Category::from_slug(&self.category)
            .ok_or_else(|| format!("its category \"{}\" is unknown", self.category))?;
        let level = Level::from_slug(&self.level)
            .ok_or_else(|| format!("its level \"{}\" is unknown", self.level))?;
        let topics = self
            .topics
            .iter()
            .map(|id| topic_by_id(id).ok_or_else(|| format!("its topic \"{id}\" is unknown")))
            .collect::<Result<Vec<_>, _>>()?;
        let draft = Draft {
            title: self.title.clone(),
            category,
            topics,
            level,
            why: self.why.clone(),
            guide: self.guide.clone(),
            key_points: self.key_points.clone(),
            pitfalls: self.pitfalls.clone(),
            follow_ups: self.follow_ups.clone(),
        };
        draft.check().map_err(|e| e.to_string())?;
        if let Some(tag) = &self.tag {
            if tag.chars().count() > MAX_TAG_CHARS {
                return Err(format!(
                    "its import name is longer than {MAX_TAG_CHARS} characters"
                ));
            }
        }
        Ok(draft)
    }
}

/// The own-questions document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnQuestions {
    #[serde(default)]
    pub v: u64,
    /// By id, deleted ones included.
    #[serde(default)]
    pub questions: BTreeMap<String, OwnRecord>,
}

impl Default for OwnQuestions {
    fn default() -> Self {
        Self {
            v: SCHEMA_VERSION,
            questions: BTreeMap::new(),
        }
    }
}

impl OwnQuestions {
    /// The questions not deleted, oldest first: the order the list shows them in.
    pub fn live(&self) -> Vec<(&str, &OwnRecord)> {
        let mut live: Vec<(&str, &OwnRecord)> = self
            .questions
            .iter()
            .filter(|(_, r)| r.deleted.is_none())
            .map(|(id, r)| (id.as_str(), r))
            .collect();
        live.sort_by_key(|(id, r)| (r.created, *id));
        live
    }

    /// How many questions are not deleted: what the limit counts, without sorting them.
    fn live_count(&self) -> usize {
        self.questions
            .values()
            .filter(|r| r.deleted.is_none())
            .count()
    }

    /// Adds a question, or replaces the one with its id (keeping when it was created).
    /// Refused past `MAX_OWN_QUESTIONS` and for a draft over the limits.
    pub fn put(
        &mut self,
        id: &str,
        draft: &Draft,
        tag: Option<String>,
        now: i64,
    ) -> Result<(), DraftError> {
        draft.check()?;
        let existing = self.questions.get(id).filter(|r| r.deleted.is_none());
        if existing.is_none() && self.live_count() >= MAX_OWN_QUESTIONS {
            return Err(DraftError::Full);
        }
        let created = existing.map_or(now, |r| r.created);
        let updated = self.later_than(id, now);
        self.questions
            .insert(id.to_string(), OwnRecord::new(draft, tag, created, updated));
        Ok(())
    }

    /// Marks a question deleted; its text stays, for `restore`.
    pub fn delete(&mut self, id: &str, now: i64) -> bool {
        let updated = self.later_than(id, now);
        match self.questions.get_mut(id) {
            Some(record) if record.deleted.is_none() => {
                record.deleted = Some(now);
                record.updated = updated;
                true
            }
            _ => false,
        }
    }

    /// Brings a deleted question back (undo); refused when the list is full.
    pub fn restore(&mut self, id: &str, now: i64) -> Result<bool, DraftError> {
        if self.live_count() >= MAX_OWN_QUESTIONS {
            return Err(DraftError::Full);
        }
        let updated = self.later_than(id, now);
        Ok(match self.questions.get_mut(id) {
            Some(record) if record.deleted.is_some() => {
                record.deleted = None;
                record.updated = updated;
                true
            }
            _ => false,
        })
    }

    /// A time after the question's last change, so a quick second change still wins a merge.
    fn later_than(&self, id: &str, now: i64) -> i64 {
        self.questions
            .get(id)
            .map_or(now, |r| now.max(r.updated + 1))
    }

    /// The names lists were imported under, each once, sorted.
    pub fn tags(&self) -> Vec<String> {
        let mut tags: Vec<String> = self
            .live()
            .into_iter()
            .filter_map(|(_, r)| r.tag.clone())
            .collect();
        tags.sort_by_key(|t| t.to_lowercase());
        tags.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        tags
    }

    /// Both copies: for each question, the later change wins, deletions included.
    pub fn merge(&self, other: &OwnQuestions) -> OwnQuestions {
        let mut questions = self.questions.clone();
        for (id, theirs) in &other.questions {
            match questions.get(id) {
                Some(mine) if mine >= theirs => {}
                _ => {
                    questions.insert(id.clone(), theirs.clone());
                }
            }
        }
        OwnQuestions {
            v: SCHEMA_VERSION,
            questions,
        }
    }
}

/// Reads the document, checking every question as the editor would.
pub fn decode_own_questions(text: &str) -> Result<OwnQuestions, DecodeError> {
    let document = decode_object(text, "an own-questions document", |d: &OwnQuestions| d.v)?;
    for (id, record) in &document.questions {
        if !is_own_id(id) {
            return Err(DecodeError::Corrupt(format!(
                "\"{id}\" is not the id of an own question (they start with \"own-\")"
            )));
        }
        record.draft().map_err(|why| {
            DecodeError::Corrupt(format!("own question \"{id}\" cannot be used: {why}"))
        })?;
    }
    let live = document.live_count();
    if live > MAX_OWN_QUESTIONS {
        return Err(DecodeError::Corrupt(format!(
            "it holds {live} own questions; the most is {MAX_OWN_QUESTIONS}"
        )));
    }
    Ok(OwnQuestions {
        v: SCHEMA_VERSION,
        ..document
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::topic_by_id;
    use crate::progress::StoredDocument;

    fn draft(title: &str) -> Draft {
        Draft {
            title: title.into(),
            topics: vec![topic_by_id("caching").unwrap()],
            key_points: vec!["TTL".into(), "invalidation".into()],
            ..Draft::default()
        }
    }

    fn document() -> OwnQuestions {
        let mut own = OwnQuestions::default();
        own.put("own-a", &draft("Why Redis?"), Some("Acme".into()), 100)
            .unwrap();
        own.put("own-b", &draft("Cache stampede?"), None, 200)
            .unwrap();
        own
    }

    #[test]
    fn a_document_round_trips_through_its_stored_text() {
        let own = document();
        assert_eq!(decode_own_questions(&own.encode()), Ok(own.clone()));
        let ids: Vec<&str> = own.live().into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["own-a", "own-b"], "oldest first");
        assert_eq!(own.tags(), ["Acme"]);
    }

    #[test]
    fn an_edit_keeps_its_creation_time_and_wins_over_the_older_copy_in_either_order() {
        let before = document();
        let mut edited = before.clone();
        edited
            .put("own-a", &draft("Why Redis, really?"), None, 100)
            .unwrap();
        let record = &edited.questions["own-a"];
        assert_eq!(
            (record.created, record.updated),
            (100, 101),
            "later than the last change"
        );
        for merged in [before.merge(&edited), edited.merge(&before)] {
            assert_eq!(merged.questions["own-a"].title, "Why Redis, really?");
        }
    }

    #[test]
    fn a_deletion_is_kept_across_tabs_and_undone_by_restore() {
        let before = document();
        let mut deleted = before.clone();
        assert!(deleted.delete("own-b", 300));
        assert!(!deleted.delete("own-b", 301), "deleted once");
        assert_eq!(deleted.live().len(), 1);
        assert_eq!(
            before.merge(&deleted).live().len(),
            1,
            "an older copy does not bring it back"
        );
        let mut restored = deleted.clone();
        assert_eq!(restored.restore("own-b", 302), Ok(true));
        assert_eq!(restored.questions["own-b"].title, "Cache stampede?");
        assert_eq!(deleted.merge(&restored).live().len(), 2);
    }

    #[test]
    fn merging_is_commutative_associative_and_idempotent() {
        let a = document();
        let mut b = a.clone();
        b.put("own-c", &draft("TTL jitter?"), None, 400).unwrap();
        let mut c = a.clone();
        c.delete("own-a", 500);
        assert_eq!(a.merge(&b), b.merge(&a));
        assert_eq!(a.merge(&b).merge(&c), a.merge(&b.merge(&c)));
        assert_eq!(a.merge(&a), a);
    }

    #[test]
    fn the_limit_on_questions_holds_for_new_ones_and_restores_but_not_edits() {
        let mut own = OwnQuestions::default();
        for i in 0..MAX_OWN_QUESTIONS {
            own.put(&format!("own-{i}"), &draft(&format!("Q {i}")), None, 1)
                .unwrap();
        }
        assert_eq!(
            own.put("own-new", &draft("One more"), None, 2),
            Err(DraftError::Full)
        );
        assert_eq!(own.put("own-7", &draft("Edited"), None, 2), Ok(()));
        own.delete("own-7", 3);
        own.put("own-new", &draft("One more"), None, 4).unwrap();
        assert_eq!(own.restore("own-7", 5), Err(DraftError::Full));
        assert_eq!(
            DraftError::Full.to_string(),
            "you have 2,000 questions of your own, the most this browser keeps; delete some first"
        );
    }

    #[test]
    fn a_damaged_or_foreign_document_is_refused_with_what_is_wrong() {
        let good = document().encode();
        let cases = [
            (good.replace("own-a", "sql-vs-nosql"), "\"sql-vs-nosql\" is not the id of an own question (they start with \"own-\")"),
            (good.replace("\"technical\"", "\"trivia\""), "own question \"own-a\" cannot be used: its category \"trivia\" is unknown"),
            (good.replace("\"mid\"", "\"guru\""), "own question \"own-a\" cannot be used: its level \"guru\" is unknown"),
            (good.replace("\"caching\"", "\"astrology\""), "own question \"own-a\" cannot be used: its topic \"astrology\" is unknown"),
            (good.replace("\"Why Redis?\"", "\"\""), "own question \"own-a\" cannot be used: write the question first"),
            (good.replace("\"Why Redis?\"", &format!("\"{}\"", "r".repeat(1_001))), "own question \"own-a\" cannot be used: the question is 1,001 characters; the most is 1,000"),
            (good.replace("\"Acme\"", &format!("\"{}\"", "n".repeat(61))), "own question \"own-a\" cannot be used: its import name is longer than 60 characters"),
        ];
        for (text, expected) in cases {
            assert_eq!(
                decode_own_questions(&text),
                Err(DecodeError::Corrupt(expected.into())),
                "{text}"
            );
        }
        assert!(matches!(
            decode_own_questions("[1]"),
            Err(DecodeError::Corrupt(_))
        ));
        assert!(matches!(
            decode_own_questions(&good.replacen("\"v\":1", "\"v\":9", 1)),
            Err(DecodeError::Newer(9))
        ));
    }
}
