//! The search index: each distinct word of the bank once, and for each question the words it
//! contains. A search word is looked for in the vocabulary (tens of kilobytes) rather than in
//! every question's text, which keeps a keystroke within a frame at thousands of questions.

use super::words;
use crate::bank::Question;
use std::collections::HashMap;

/// Built a question at a time, in bank order, so the browser can spread the work over frames:
/// first every question's title and "why", then each guide as its file arrives. Whoever
/// searches owns one (the app's state does); nothing here is global.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Every distinct word, each followed by a newline (words never contain whitespace).
    vocabulary: String,
    /// Where each word starts in `vocabulary`; a word's id is its position here.
    starts: Vec<usize>,
    ids: HashMap<String, u32>,
    /// For each question, the ids of its words, sorted.
    questions: Vec<Box<[u32]>>,
    /// For each question, whether its guide's words are in.
    bodies: Vec<bool>,
    /// How many texts (titles with their "why", guides) are in.
    texts: usize,
}

impl SearchIndex {
    /// The whole of `bank` indexed at once, with every guide that is here (tests, and searches
    /// that come before the frame-by-frame indexing is done).
    pub fn of(bank: &[&Question]) -> Self {
        let mut index = Self::default();
        index.index_more(bank, usize::MAX);
        index
    }

    /// Indexes every title and "why" not yet in: what a search needs before it runs at all
    /// (short texts, quick even at thousands of questions). Guides follow with `index_more`.
    pub fn index_heads(&mut self, bank: &[&Question]) {
        for question in bank.iter().skip(self.len()) {
            self.add_head(question);
        }
    }

    /// Indexes up to `count` more questions of `bank`, or guides that have arrived since, and
    /// tells whether any are left. The browser calls it a little per frame, so a large bank is
    /// indexed before the first keystroke without freezing the page.
    pub fn index_more(&mut self, bank: &[&Question], count: usize) -> bool {
        let mut budget = count;
        for question in bank.iter().skip(self.len()) {
            if budget == 0 {
                return true;
            }
            self.add_head(question);
            budget -= 1;
        }
        for (position, question) in bank.iter().enumerate() {
            if self.bodies[position] {
                continue;
            }
            let Some(body) = question.body() else {
                continue;
            };
            if budget == 0 {
                return true;
            }
            self.add_to(position, &body.searchable_text());
            self.bodies[position] = true;
            budget -= 1;
        }
        false
    }

    /// Adds the next question's title and "why"; its guide comes later.
    fn add_head(&mut self, question: &Question) {
        self.add(&question.head_text());
        self.bodies.push(false);
    }

    /// Adds the next question, given its searchable text.
    fn add(&mut self, text: &str) {
        self.questions.push(Box::default());
        self.add_to(self.questions.len() - 1, text);
    }

    /// How many texts are in: a search's result can change only when this grows.
    pub fn texts(&self) -> usize {
        self.texts
    }

    /// Adds more searchable text to the question at `position`.
    fn add_to(&mut self, position: usize, text: &str) {
        self.texts += 1;
        let mut ids: Vec<u32> = words(text).map(|w| self.word_id(&w)).collect();
        ids.extend_from_slice(&self.questions[position]);
        ids.sort_unstable();
        ids.dedup();
        self.questions[position] = ids.into_boxed_slice();
    }

    /// How many questions are indexed.
    fn len(&self) -> usize {
        self.questions.len()
    }

    /// For each word of `query`, the vocabulary words containing it: what `has_all` checks a
    /// question against. `None` when the query has no words (it matches everything).
    pub fn lookup(&self, query: &str) -> Option<Vec<Vec<bool>>> {
        let marked: Vec<Vec<bool>> = words(query).map(|w| self.words_containing(&w)).collect();
        (!marked.is_empty()).then_some(marked)
    }

    /// Whether the question at `position` (number − 1) has, for every word looked up, a word
    /// containing it.
    pub fn has_all(&self, position: usize, looked_up: &[Vec<bool>]) -> bool {
        looked_up
            .iter()
            .all(|marked| self.has_any(position, marked))
    }

    /// Marks the vocabulary words that contain `word` (lower-case, without whitespace).
    fn words_containing(&self, word: &str) -> Vec<bool> {
        let mut found = vec![false; self.starts.len()];
        for (at, _) in self.vocabulary.match_indices(word) {
            found[self.starts.partition_point(|&start| start <= at) - 1] = true;
        }
        found
    }

    /// Whether the question at `position` (number − 1) has one of the `marked` words.
    fn has_any(&self, position: usize, marked: &[bool]) -> bool {
        self.questions[position]
            .iter()
            .any(|&id| marked[id as usize])
    }

    fn word_id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = u32::try_from(self.starts.len()).expect("fewer than 2^32 distinct words");
        self.starts.push(self.vocabulary.len());
        self.vocabulary.push_str(word);
        self.vocabulary.push('\n');
        self.ids.insert(word.to_owned(), id);
        id
    }
}

#[cfg(test)]
mod tests {
    use super::SearchIndex;

    #[test]
    fn a_word_matches_inside_any_word_of_a_question_and_nowhere_else() {
        let mut index = SearchIndex::default();
        index.add("Redis caches hot keys");
        index.add("Postgres row locks: SELECT … FOR UPDATE");
        index.add("Cache invalidation is hard");
        let hits = |query: &str| {
            let looked_up = index.lookup(query).unwrap();
            (0..index.len())
                .filter(|&q| index.has_all(q, &looked_up))
                .collect::<Vec<_>>()
        };
        assert_eq!(hits("cache"), [0, 2]);
        assert_eq!(hits("update"), [1]);
        assert_eq!(hits("s"), [0, 1, 2]);
        assert_eq!(hits("…"), [1]);
        assert!(hits("keyspostgres").is_empty(), "words never run together");
        assert!(hits("zebra").is_empty());
        assert_eq!(hits("CACHE hot"), [0], "every word, any case");
        assert!(index.lookup("  ").is_none(), "no words: no search");
    }
}
