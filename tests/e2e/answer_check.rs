//! A typed answer checked against the key points: the self-check comes pre-ticked with the
//! matcher's suggestions, marked as such, and the user has the last word.

use crate::harness::{run, Browser};
use crate::mock_and_notes::start_mock;
use crate::open_and_wait;
use crate::practice::current_card;
use interview_deck::bank::{question_by_id, Question};
use interview_deck::review::Matcher;

/// The key points the app's matcher finds in `answer` to `question`, natively.
fn expected(question: &Question, answer: &str) -> Vec<bool> {
    let found = Matcher::for_question(question).check(question, answer);
    found.into_iter().map(|m| m.covered).collect()
}

/// The self-check's ticks inside `scope`, in order.
async fn ticks(b: &Browser, scope: &str) -> Vec<bool> {
    let ticks = b
        .script(&format!(
            "return [...document.querySelectorAll({:?})].map(t => t.checked);",
            format!("{scope} .checklist .tick")
        ))
        .await;
    serde_json::from_value(ticks).expect("booleans")
}

/// An answer made of two of the question's key points, reworded only in case.
fn answer_from_points(question: &Question) -> String {
    let points = question.body().unwrap().key_points_text();
    format!("{}. And {}", points[0].to_uppercase(), points[2])
}

#[tokio::test]
async fn a_typed_answer_pre_ticks_the_points_it_covers_and_the_user_can_change_them() {
    run(async |b| {
        open_and_wait(b, "practice").await;
        b.press('\u{E007}').await;
        let id = current_card(b).await;
        let question = question_by_id(&id).expect("a bank question");
        let answer = answer_from_points(question);
        let suggested = expected(question, &answer);
        assert!(suggested[0] && suggested[2], "a key point covers itself");

        b.find("#typed-answer")
            .await
            .send_keys(&answer)
            .await
            .unwrap();
        b.find("button.reveal").await.click().await.unwrap();
        b.find(".checklist").await;
        let marked = suggested.iter().filter(|c| **c).count();
        b.wait_count(".checklist .point-suggested", marked).await;
        assert_eq!(
            ticks(b, ".flashcard").await,
            suggested,
            "the suggested points come ticked"
        );
        b.wait_text(".suggestion", &format!("You covered {marked} of"))
            .await;

        // The words that matched show when the mark has focus.
        let shown = b
            .script(
                "const mark = document.querySelector('.point-suggested');
                 mark.focus();
                 const words = mark.querySelector('.matched');
                 return [words.textContent, words.getBoundingClientRect().width];",
            )
            .await;
        let words = shown[0].as_str().unwrap().to_lowercase();
        let first_word = question.body().unwrap().key_points_text()[0]
            .split_whitespace()
            .find(|w| w.len() > 4)
            .unwrap()
            .to_lowercase();
        assert!(words.contains("from your answer"), "{words}");
        assert!(
            shown[1].as_f64().unwrap() > 20.0,
            "the words are visible on focus"
        );
        assert!(
            words.contains(first_word.trim_matches(|c: char| !c.is_alphanumeric())),
            "{words} lacks {first_word}"
        );

        b.find(".checklist .tick").await.click().await.unwrap();
        let mut changed = suggested.clone();
        changed[0] = false;
        assert_eq!(
            ticks(b, ".flashcard").await,
            changed,
            "the user's untick stands"
        );
        assert_eq!(
            b.count(".checklist .point-suggested").await,
            marked,
            "still marked as suggested"
        );
    })
    .await;
}

#[tokio::test]
async fn answers_typed_during_a_mock_are_checked_in_its_review() {
    run(async |b| {
        open_and_wait(b, "mock").await;
        start_mock(b, 3, 600).await;
        b.wait_text(".session-count", "Question 1 of 3").await;
        let id = current_card(b).await;
        let question = question_by_id(&id).expect("a bank question");
        let answer = answer_from_points(question);
        b.find("#typed-answer")
            .await
            .send_keys(&answer)
            .await
            .unwrap();
        b.find("#mock-next").await.click().await.unwrap();
        b.wait_text(".session-count", "Question 2 of 3").await;
        assert_eq!(
            b.find("#typed-answer")
                .await
                .prop("value")
                .await
                .unwrap()
                .as_deref(),
            Some(""),
            "each question starts with an empty box"
        );
        for _ in 0..2 {
            b.find("#mock-next").await.click().await.unwrap();
        }
        b.wait_count(".mock-answer", 3).await;

        let first = format!(".mock-answer[data-id='{id}']");
        b.wait_text(&format!("{first} .typed-view"), &answer).await;
        let suggested = expected(question, &answer);
        b.wait_count(
            &format!("{first} .point-suggested"),
            suggested.iter().filter(|c| **c).count(),
        )
        .await;
        assert_eq!(ticks(b, &first).await, suggested);
        assert_eq!(
            b.count(".typed-view").await,
            1,
            "nothing was typed for the others"
        );
        assert_eq!(
            b.count(".point-suggested").await,
            b.count(&format!("{first} .point-suggested")).await
        );
    })
    .await;
}
