//! Mock interviews: choosing the questions, and judging a finished mock.

use crate::progress::{MockAnswer, MockRecord};
use crate::review::selfcheck::covered;

/// Picks `count` questions from `candidates` in a random-looking but reproducible order:
/// the same seed (the start time) gives the same mock.
pub fn pick_questions<'a>(candidates: &[&'a str], count: usize, seed: u64) -> Vec<&'a str> {
    let mut pool: Vec<&str> = candidates.to_vec();
    let mut state = (seed ^ 0x9E37_79B9_7F4A_7C15).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    // Fisher–Yates with xorshift64: enough for shuffling questions, and testable.
    for i in (1..pool.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = usize::try_from(state % (i as u64 + 1)).unwrap_or(0);
        pool.swap(i, j);
    }
    pool.truncate(count);
    pool
}

/// Share of key points covered by one answer, in percent.
pub fn coverage(answer: &MockAnswer) -> u32 {
    if answer.points == 0 {
        return 0;
    }
    let done = covered(answer.ticks, usize::from(answer.points));
    u32::try_from(done * 100 / usize::from(answer.points)).unwrap_or(0)
}

/// The mock's score: key points covered across all its questions, in percent.
pub fn score(record: &MockRecord) -> u32 {
    let points: usize = record.answers.iter().map(|a| usize::from(a.points)).sum();
    if points == 0 {
        return 0;
    }
    let done: usize = record
        .answers
        .iter()
        .map(|a| covered(a.ticks, usize::from(a.points)))
        .sum();
    u32::try_from(done * 100 / points).unwrap_or(0)
}

/// The answers to work on first: lowest rating, then lowest coverage, then most over time.
pub fn weakest(record: &MockRecord, n: usize) -> Vec<&MockAnswer> {
    let mut answers: Vec<&MockAnswer> = record.answers.iter().collect();
    answers.sort_by_key(|a| {
        (
            a.rating.map_or(0, |r| r as u8),
            coverage(a),
            std::cmp::Reverse(a.used_secs),
        )
    });
    answers.truncate(n);
    answers
}
