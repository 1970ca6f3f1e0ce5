//! Tailored sets: a job description, matched word by word against each topic's keywords
//! (`assets/topics.toml`), ranks the bank. Local and deterministic: no network, no model.

use super::{Question, Topic, TOPICS};

/// How many ranked questions make a tailored set: the list on `/tailor` and its set link.
pub const TAILORED_SET_SIZE: usize = 15;

/// A topic the job description asks for, and the words that showed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicMatch {
    pub topic: &'static Topic,
    /// Each keyword found, once.
    pub words: Vec<&'static str>,
    /// How many times any of them occurred.
    pub hits: usize,
}

/// Lower-cased words; `/ + # . -` stay inside a word ("ci/cd", "c++", "node.js"), but a
/// sentence's final full stop or a dash at the edge does not.
fn tokens(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || "/+#.-".contains(c)))
        .map(|t| t.trim_matches(|c| c == '.' || c == '-').to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// How often a keyword (one word or a phrase) occurs in the job description's words.
fn occurrences(words: &[String], keyword: &str) -> usize {
    let phrase = tokens(keyword);
    if phrase.is_empty() || phrase.len() > words.len() {
        return 0;
    }
    words
        .windows(phrase.len())
        .filter(|w| *w == phrase.as_slice())
        .count()
}

/// The topics a job description asks for, most mentioned first.
pub fn match_topics(job: &str) -> Vec<TopicMatch> {
    let words = tokens(job);
    let mut found: Vec<TopicMatch> = TOPICS
        .iter()
        .filter_map(|topic| {
            let mut hits = 0;
            let mut seen = Vec::new();
            for keyword in topic.keywords {
                let n = occurrences(&words, keyword);
                if n > 0 {
                    hits += n;
                    seen.push(*keyword);
                }
            }
            (hits > 0).then_some(TopicMatch {
                topic,
                words: seen,
                hits,
            })
        })
        .collect();
    found.sort_by_key(|m| std::cmp::Reverse(m.hits));
    found
}

/// Ranks questions by how much the job description asks for their topics: a question's main
/// topic counts double. Questions of no matched topic are left out; ties keep bank order.
pub fn rank_questions<'a>(
    bank: &[&'a Question],
    matches: &[TopicMatch],
) -> Vec<(&'a Question, usize)> {
    let weight = |topic: &Topic| {
        matches
            .iter()
            .find(|m| m.topic == topic)
            .map_or(0, |m| m.hits)
    };
    let mut ranked: Vec<(&Question, usize)> = bank
        .iter()
        .copied()
        .map(|q| {
            let score = q
                .topics
                .iter()
                .enumerate()
                .map(|(i, t)| weight(t) * if i == 0 { 2 } else { 1 })
                .sum();
            (q, score)
        })
        .filter(|(_, score)| *score > 0)
        .collect();
    ranked.sort_by_key(|&(_, score)| std::cmp::Reverse(score));
    ranked
}
