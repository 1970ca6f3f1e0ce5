//! The key-point matcher against answers labelled by hand (`tests/fixtures/answers.toml`).
//! `make bench` prints the same figures (`examples/key_point_matcher.rs`).

#[path = "support/answers.rs"]
mod answers;

/// What the current matcher reaches on the fixture, rounded down: a change that makes the
/// suggestions worse fails here.
const PRECISION_FLOOR: f32 = 0.85;
const RECALL_FLOOR: f32 = 0.65;

#[test]
fn the_fixture_is_realistic_and_large_enough() {
    let all = answers::load();
    assert!(all.len() >= 30, "{} answers", all.len());
    let questions: std::collections::BTreeSet<&str> =
        all.iter().map(|a| a.question.as_str()).collect();
    assert!(questions.len() >= 20, "{} questions", questions.len());
    assert!(
        all.iter().any(|a| a.covers.is_empty()),
        "answers that cover nothing"
    );
    assert!(all.iter().map(|a| a.covers.len()).sum::<usize>() >= 60);
}

#[test]
fn suggestions_agree_with_the_hand_labels() {
    let agreement = answers::agreement(&answers::load());
    assert!(
        agreement.precision() >= PRECISION_FLOOR && agreement.recall() >= RECALL_FLOOR,
        "{agreement:?}: precision {:.2}, recall {:.2}",
        agreement.precision(),
        agreement.recall()
    );
}
