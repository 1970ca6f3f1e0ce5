//! Which key points a typed answer covers: a suggestion for the self-check, never a verdict.
//!
//! The rule is meant to be explained in one sentence, so the user can trust or overrule it: a
//! key point counts as covered when the answer contains, after stemming ("replicas" and
//! "replicated" both become "replic", and a stem of five letters or more also matches the
//! longer stems it begins: "replic" matches "replica"), at least half of the key point's weight of words and
//! at least two of them. Words that name the question's topics (the topic keywords that also
//! drive tailoring) weigh double; so do numbers and words with digits (`429`, `http/2`), which
//! carry a key point's specifics. Common words weigh nothing.

use crate::bank::Question;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::{BTreeSet, HashMap};

/// Share of a key point's weight the answer must contain.
pub const COVERED_SHARE: f32 = 0.5;
/// Distinct words of a key point the answer must contain (fewer if the point has fewer).
pub const MIN_WORDS: usize = 2;
/// Weight of a topic keyword, a number or a word with digits; other words weigh 1.
pub const STRONG_WEIGHT: f32 = 2.0;

/// What the matcher found for one key point.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PointMatch {
    /// Whether the point is suggested as covered.
    pub covered: bool,
    /// The answer's words that matched the point, lower-cased, in alphabetical order.
    pub words: Vec<String>,
}

/// Words that say nothing about the substance of an answer.
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "done", "down", "during", "each",
    "e", "eg", "etc", "even", "every", "few", "for", "from", "further", "g", "get", "gets", "got",
    "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "ie",
    "if", "in", "into", "is", "it", "its", "itself", "just", "like", "ll", "make", "makes", "many",
    "may", "me", "might", "more", "most", "much", "must", "my", "no", "nor", "not", "now", "of",
    "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "re",
    "really", "s", "same", "she", "should", "so", "some", "such", "t", "than", "that", "the",
    "their", "theirs", "them", "then", "there", "these", "they", "thing", "things", "this",
    "those", "through", "to", "too", "under", "until", "up", "us", "use", "used", "uses", "using",
    "ve", "very", "vs", "was", "way", "we", "were", "what", "when", "where", "whether", "which",
    "while", "who", "whom", "why", "will", "with", "without", "would", "you", "your", "yours",
];

/// An answer's or a key point's words: lower case, split at anything but letters and digits
/// (so `http/2` is `http` and `2`, and `don't` loses its `t`), stop words dropped.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(|w| !STOP_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)))
}

/// Matches typed answers against key points, with the stemmer built once.
pub struct Matcher {
    stemmer: Stemmer,
    /// Stems of the topic keywords (single words; a phrase's words count one by one).
    strong: BTreeSet<String>,
}

impl Matcher {
    /// A matcher for one question, whose topics' keywords weigh double.
    pub fn new<'a>(keywords: impl IntoIterator<Item = &'a str>) -> Self {
        let stemmer = Stemmer::create(Algorithm::English);
        let strong = keywords
            .into_iter()
            .flat_map(words)
            .map(|w| stem(&stemmer, w))
            .collect();
        Self { stemmer, strong }
    }

    /// A matcher for `question`, weighing the keywords of its topics.
    pub fn for_question(question: &Question) -> Self {
        Self::new(
            question
                .topics
                .iter()
                .flat_map(|topic| topic.keywords.iter().copied()),
        )
    }

    /// What `answer` covers of `question`'s key points; nothing before its guide is here.
    pub fn check(&self, question: &Question, answer: &str) -> Vec<PointMatch> {
        question.body().map_or_else(Vec::new, |body| {
            self.match_points(answer, &body.key_points_text())
        })
    }

    fn weight(&self, stem: &str) -> f32 {
        if self.strong.contains(stem) || stem.chars().any(|c| c.is_ascii_digit()) {
            STRONG_WEIGHT
        } else {
            1.0
        }
    }

    /// For each key point (plain text), whether `answer` covers it and with which words. An
    /// empty answer covers nothing.
    pub fn match_points(&self, answer: &str, points: &[String]) -> Vec<PointMatch> {
        let mut said: HashMap<String, Vec<&str>> = HashMap::new();
        for word in words(answer) {
            let typed = said.entry(stem(&self.stemmer, word)).or_default();
            if !typed.iter().any(|t| t.eq_ignore_ascii_case(word)) {
                typed.push(word);
            }
        }
        points
            .iter()
            .map(|point| self.match_point(&said, point))
            .collect()
    }

    fn match_point(&self, said: &HashMap<String, Vec<&str>>, point: &str) -> PointMatch {
        let stems: BTreeSet<String> = words(point).map(|w| stem(&self.stemmer, w)).collect();
        let total: f32 = stems.iter().map(|s| self.weight(s)).sum();
        let mut weight = 0.0;
        let mut found = 0;
        let mut words: Vec<String> = Vec::new();
        for point_stem in &stems {
            let typed: Vec<&str> = said
                .iter()
                .filter(|(said_stem, _)| same_word(point_stem, said_stem))
                .flat_map(|(_, typed)| typed.iter().copied())
                .collect();
            if !typed.is_empty() {
                found += 1;
                weight += self.weight(point_stem);
                words.extend(typed.iter().map(|w| w.to_lowercase()));
            }
        }
        let enough_words = found >= MIN_WORDS.min(stems.len());
        let covered = found > 0 && enough_words && weight >= total * COVERED_SHARE;
        words.sort_unstable();
        words.dedup();
        PointMatch { covered, words }
    }
}

/// Whether two stems are one word: equal, or one of five letters or more begins the other.
fn same_word(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long || (short.chars().count() >= 5 && long.starts_with(short))
}

fn stem(stemmer: &Stemmer, word: &str) -> String {
    stemmer.stem(&word.to_lowercase()).into_owned()
}

/// The suggested points as a tick set for the self-check (`selfcheck.rs`: bit `i` is point `i`).
pub fn suggested_ticks(matches: &[PointMatch]) -> u16 {
    matches
        .iter()
        .take(16)
        .enumerate()
        .filter(|(_, m)| m.covered)
        .fold(0, |ticks, (i, _)| ticks | (1 << i))
}

/// How well suggestions agree with labels given by hand, over many answers.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Agreement {
    /// Points suggested and labelled covered.
    pub hits: usize,
    /// Points suggested but not labelled covered.
    pub false_alarms: usize,
    /// Points labelled covered but not suggested.
    pub misses: usize,
}

impl Agreement {
    /// Adds one answer: what was suggested, and the points labelled covered.
    pub fn add(&mut self, matches: &[PointMatch], labelled: &[usize]) {
        for (i, m) in matches.iter().enumerate() {
            match (m.covered, labelled.contains(&i)) {
                (true, true) => self.hits += 1,
                (true, false) => self.false_alarms += 1,
                (false, true) => self.misses += 1,
                (false, false) => {}
            }
        }
    }

    /// The share of suggestions that were right.
    pub fn precision(&self) -> f32 {
        ratio(self.hits, self.hits + self.false_alarms)
    }

    /// The share of covered points that were suggested.
    pub fn recall(&self) -> f32 {
        ratio(self.hits, self.hits + self.misses)
    }
}

fn ratio(part: usize, whole: usize) -> f32 {
    if whole == 0 {
        return 1.0;
    }
    part as f32 / whole as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| t.to_string()).collect()
    }

    fn covered(matcher: &Matcher, answer: &str, texts: &[&str]) -> Vec<bool> {
        matcher
            .match_points(answer, &points(texts))
            .into_iter()
            .map(|m| m.covered)
            .collect()
    }

    #[test]
    fn an_empty_or_content_free_answer_covers_nothing() {
        let matcher = Matcher::new(["replication"]);
        let key_points = [
            "Replication lag breaks read-your-writes",
            "Use idempotency keys",
        ];
        for answer in [
            "",
            "   ",
            "\n\t",
            "and the of to it is that so we would",
            "!!! ??? ...",
        ] {
            let found = matcher.match_points(answer, &points(&key_points));
            assert_eq!(found, vec![PointMatch::default(); 2], "{answer:?}");
        }
        assert_eq!(
            suggested_ticks(&matcher.match_points("", &points(&key_points))),
            0
        );
    }

    #[test]
    fn words_match_across_their_forms_and_case() {
        let matcher = Matcher::new([]);
        let point = ["Replication lag breaks read-your-writes consistency"];
        assert_eq!(
            covered(
                &matcher,
                "Replicated reads LAG behind, so a user may not read their own writes",
                &point
            ),
            [true]
        );
        let found = matcher.match_points("REPLICAS lagging; reading", &points(&point));
        assert_eq!(found[0].words, ["lagging", "reading", "replicas"]);
        assert_eq!(
            covered(&matcher, "we add indexes", &["Add an index"]),
            [true]
        );
    }

    #[test]
    fn one_word_in_common_is_not_enough_for_a_longer_point() {
        let matcher = Matcher::new([]);
        let point = ["Retries need idempotency keys stored with the result"];
        assert_eq!(covered(&matcher, "I would add retries", &point), [false]);
        assert_eq!(
            covered(
                &matcher,
                "retries are safe with an idempotency key whose result is stored",
                &point
            ),
            [true]
        );
        // A point of one content word is covered by that word.
        assert_eq!(
            covered(&matcher, "we monitored everything", &["Monitoring."]),
            [true]
        );
    }

    #[test]
    fn topic_keywords_and_numbers_weigh_double() {
        let point = ["Answer 429 with a Retry-After header so the client backs off"];
        // Of answer, 429, retry, header, client, back: 429 weighs 2, and "retry" too when it
        // is a keyword. The answer has 3 of 7 without the keyword, 4 of 8 with it.
        let with_keyword = Matcher::new(["retry"]);
        assert_eq!(
            covered(&with_keyword, "send a 429 and retry later", &point),
            [true]
        );
        let without = Matcher::new([]);
        assert_eq!(
            covered(&without, "send a 429 and retry later", &point),
            [false]
        );
    }

    #[test]
    fn digits_and_symbols_split_words() {
        let matcher = Matcher::new([]);
        let found = matcher.match_points(
            "HTTP/2 multiplexing, p99",
            &points(&["HTTP 2 multiplexes streams"]),
        );
        assert!(found[0].covered);
        assert_eq!(found[0].words, ["2", "http", "multiplexing"]);
    }

    #[test]
    fn covered_points_become_ticks() {
        let covered = PointMatch {
            covered: true,
            words: vec![],
        };
        let missed = PointMatch::default();
        assert_eq!(suggested_ticks(&[covered.clone(), missed, covered]), 0b101);
    }

    #[test]
    fn agreement_counts_hits_false_alarms_and_misses() {
        let yes = PointMatch {
            covered: true,
            words: vec![],
        };
        let no = PointMatch::default();
        let mut agreement = Agreement::default();
        agreement.add(&[yes.clone(), yes, no.clone(), no], &[0, 2]);
        assert_eq!(
            agreement,
            Agreement {
                hits: 1,
                false_alarms: 1,
                misses: 1
            }
        );
        assert!((agreement.precision() - 0.5).abs() < 1e-6);
        assert!((agreement.recall() - 0.5).abs() < 1e-6);
        assert_eq!(Agreement::default().precision(), 1.0);
    }
}
