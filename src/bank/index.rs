//! The search index: each distinct word of the bank once, and for each question the words it
//! contains. A search word is looked for in the vocabulary (tens of kilobytes) rather than in
//! every question's text, which keeps a keystroke within a frame at thousands of questions.

use std::collections::HashMap;

/// Built a question at a time, in bank order, so the browser can spread the work over frames.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Every distinct word, each followed by a newline (words never contain whitespace).
    vocabulary: String,
    /// Where each word starts in `vocabulary`; a word's id is its position here.
    starts: Vec<usize>,
    ids: HashMap<String, u32>,
    /// For each question, the ids of its words, sorted.
    questions: Vec<Box<[u32]>>,
}

impl SearchIndex {
    /// Adds the next question, given its searchable text.
    pub fn add(&mut self, text: &str) {
        let lower = text.to_lowercase();
        let mut words: Vec<u32> = lower.split_whitespace().map(|w| self.word_id(w)).collect();
        words.sort_unstable();
        words.dedup();
        self.questions.push(words.into_boxed_slice());
    }

    /// How many questions are indexed.
    pub fn len(&self) -> usize {
        self.questions.len()
    }

    /// Marks the vocabulary words that contain `word` (lower-case, without whitespace).
    pub fn words_containing(&self, word: &str) -> Vec<bool> {
        let mut found = vec![false; self.starts.len()];
        for (at, _) in self.vocabulary.match_indices(word) {
            found[self.starts.partition_point(|&start| start <= at) - 1] = true;
        }
        found
    }

    /// Whether the question at `position` (number − 1) has one of the `marked` words.
    pub fn has_any(&self, position: usize, marked: &[bool]) -> bool {
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
        let hits = |word: &str| {
            let marked = index.words_containing(word);
            (0..index.len())
                .filter(|&q| index.has_any(q, &marked))
                .collect::<Vec<_>>()
        };
        assert_eq!(hits("cache"), [0, 2]);
        assert_eq!(hits("update"), [1]);
        assert_eq!(hits("s"), [0, 1, 2]);
        assert_eq!(hits("…"), [1]);
        assert!(hits("keyspostgres").is_empty(), "words never run together");
        assert!(hits("zebra").is_empty());
    }
}
