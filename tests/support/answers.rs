//! The hand-labelled answers of `tests/fixtures/answers.toml`, shared by the matcher's test
//! and its benchmark (`examples/key_point_matcher.rs`).

use interview_deck::bank::{question_by_id, Question};
use interview_deck::review::{Agreement, Matcher, PointMatch};
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixture {
    answer: Vec<Labelled>,
}

/// A typed answer to a bank question and the key points (0-based) it really covers.
#[derive(Deserialize)]
pub struct Labelled {
    pub question: String,
    pub covers: Vec<usize>,
    pub text: String,
}

/// Every labelled answer, checked against the bank.
pub fn load() -> Vec<Labelled> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/answers.toml");
    let text = std::fs::read_to_string(path).expect("the fixture");
    let fixture: Fixture = toml::from_str(&text).expect("the fixture is TOML");
    for labelled in &fixture.answer {
        let points = question(labelled).key_point_count();
        assert!(
            labelled.covers.iter().all(|i| *i < points),
            "{}: a label past its {points} key points",
            labelled.question
        );
    }
    fixture.answer
}

fn question(labelled: &Labelled) -> &'static Question {
    question_by_id(&labelled.question)
        .unwrap_or_else(|| panic!("no question {}", labelled.question))
}

/// What the app's matcher suggests for an answer to its question.
pub fn suggest(labelled: &Labelled) -> Vec<PointMatch> {
    let question = question(labelled);
    let matcher = Matcher::new(
        question
            .topics
            .iter()
            .flat_map(|t| t.keywords.iter().copied()),
    );
    let points = question
        .body()
        .expect("natively every guide is here")
        .key_points_text();
    matcher.match_points(&labelled.text, &points)
}

/// How the suggestions agree with the labels over the whole fixture.
pub fn agreement(all: &[Labelled]) -> Agreement {
    let mut agreement = Agreement::default();
    for labelled in all {
        agreement.add(&suggest(labelled), &labelled.covers);
    }
    agreement
}
