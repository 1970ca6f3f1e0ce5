//! Practice: grading with the keyboard, undo, progress kept across reloads and tabs, and
//! damaged storage handled without losing anything.

use crate::harness::{run, Browser};
use crate::{first_page, open_and_wait};
use interview_deck::bank::{Category, BANK};
use interview_deck::progress::{Progress, Settings, SCHEMA_VERSION};

/// The id of the card on screen.
pub async fn current_card(b: &Browser) -> String {
    b.find(".flashcard")
        .await
        .attr("data-id")
        .await
        .unwrap()
        .expect("a card id")
}

/// Reveals the current card with Space and grades it with a number key; returns its id.
pub async fn grade_current(b: &Browser, key: char) -> String {
    let id = current_card(b).await;
    b.press(' ').await;
    b.find(".grade-bar").await;
    b.press(key).await;
    b.wait_for(
        &format!("moving on from {id} after grading it"),
        async || {
            // A card replaced while it is read is read again.
            let shown = b.find(".flashcard, .summary").await.attr("data-id").await;
            (shown.ok()?.as_deref() != Some(id.as_str())).then_some(())
        },
    )
    .await;
    id
}

#[tokio::test]
async fn grading_three_cards_with_the_keyboard_survives_a_reload_and_undo_takes_a_grade_back() {
    let new = Settings::default().new_per_day;
    run(async |b| {
        open_and_wait(b, "practice").await;
        b.wait_text("#new-count", &new.to_string()).await;
        b.press('\u{E007}').await; // Enter starts the session
        b.wait_text(".session-count", &format!("Card 1 of {new}"))
            .await;

        let first = grade_current(b, '3').await;
        let second = grade_current(b, '4').await;
        let third = grade_current(b, '1').await;
        assert_eq!(
            [first.as_str(), second.as_str(), third.as_str()],
            [BANK[0].id, BANK[1].id, BANK[2].id]
        );
        b.wait_text(".session-count", &format!("Card 4 of {new}"))
            .await;

        b.press('u').await;
        b.wait_text(".session-count", &format!("Card 3 of {new}"))
            .await;
        assert_eq!(
            b.find(".flashcard")
                .await
                .attr("data-id")
                .await
                .unwrap()
                .as_deref(),
            Some(third.as_str())
        );
        let stored = b
            .stored_document::<Progress>()
            .await
            .expect("progress is stored");
        assert!(
            stored.log(&third).is_empty() && stored.log(&second).len() == 1,
            "undo removed the last review, and only that one, from storage: {stored:?}"
        );
        grade_current(b, '3').await;

        b.press('\u{E00C}').await; // Esc ends the session
        b.wait_text("#summary-cards", "3").await;

        b.reload().await;
        open_and_wait(b, "questions?status=learning").await;
        b.wait_count(".question-list > li", 3).await;
        for id in [&first, &second, &third] {
            let card = b
                .find(&format!(".question-card[data-id='{id}']"))
                .await
                .text()
                .await
                .unwrap();
            assert!(
                card.contains("Learning") && card.contains("due in"),
                "{card}"
            );
        }
        open_and_wait(b, &format!("q/{first}")).await;
        b.wait_text(".card-meta", "due in").await;
    })
    .await;
}

#[tokio::test]
async fn garbage_in_storage_is_backed_up_and_the_app_still_starts() {
    run(async |b| {
        let progress_key = b.key::<Progress>();
        open_and_wait(b, "").await;
        b.script(&format!(
            "localStorage.setItem({progress_key:?}, '{{\"v\":1,\"cards\":{{oops'); return null;"
        ))
        .await;
        b.reload().await;
        b.wait_text(".notice", "could not be read").await;
        assert_eq!(
            b.stored(&b.backup_key::<Progress>()).await.as_deref(),
            Some("{\"v\":1,\"cards\":{oops")
        );
        assert_eq!(
            b.stored(&progress_key).await.as_deref(),
            Some("{\"v\":1,\"cards\":{oops"),
            "nothing overwritten yet"
        );
        open_and_wait(b, "questions").await;
        b.wait_count(".question-list > li", first_page(BANK.len()))
            .await;
        b.wait_text(".notice", "Download the unreadable data").await;
    })
    .await;
}

#[tokio::test]
async fn a_newer_schema_is_left_untouched() {
    // A schema version this build does not know yet.
    let newer = format!(r#"{{"v":{},"cards":{{}}}}"#, SCHEMA_VERSION + 1);
    run(async |b| {
        let progress_key = b.key::<Progress>();
        open_and_wait(b, "").await;
        b.script(&format!(
            "localStorage.setItem({progress_key:?}, {newer:?}); return null;"
        ))
        .await;
        open_and_wait(b, "practice").await;
        b.wait_text(".notice", "newer version").await;
        b.press('\u{E007}').await;
        grade_current(b, '3').await;
        assert_eq!(
            b.stored(&progress_key).await.as_deref(),
            Some(newer.as_str())
        );
    })
    .await;
}

#[tokio::test]
async fn two_tabs_grading_different_cards_keep_both_reviews() {
    run(async |b| {
        let first_tab = b.client.window().await.unwrap();
        open_and_wait(b, "practice").await;
        let second_tab = b.client.new_window(true).await.unwrap().handle;
        b.client.switch_to_window(second_tab.clone()).await.unwrap();
        open_and_wait(b, "practice?category=behavioral").await;

        b.client.switch_to_window(first_tab.clone()).await.unwrap();
        b.press('\u{E007}').await;
        let in_first = grade_current(b, '3').await;

        b.client.switch_to_window(second_tab).await.unwrap();
        b.press('\u{E007}').await;
        let in_second = grade_current(b, '3').await;
        assert_eq!(
            BANK.iter().find(|q| q.id == in_second).map(|q| q.category),
            Some(Category::Behavioral)
        );

        let stored = b
            .stored_document::<Progress>()
            .await
            .expect("progress is stored");
        assert!(
            stored.log(&in_first).len() == 1 && stored.log(&in_second).len() == 1,
            "both tabs' reviews are stored: {stored:?}"
        );
        b.client.switch_to_window(first_tab).await.unwrap();
        open_and_wait(b, "questions?status=learning").await;
        b.wait_count(".question-list > li", 2).await;
    })
    .await;
}
