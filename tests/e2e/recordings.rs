//! Recorded answers, with Chromium's fake microphone: recorded during a mock, played in its
//! review, kept across reloads on the device, deleted one by one or all at once; and a mock
//! that goes on without them when the microphone is refused.

use crate::harness::{run, run_refusing_the_microphone, Browser};
use crate::mock_and_notes::start_mock;
use crate::open_and_wait;
use crate::practice::current_card;

/// Switches recording on in the mock's setup; waits until the microphone is granted.
async fn switch_recording_on(b: &Browser) {
    b.find("#mock-record").await.click().await.unwrap();
    b.wait_for("the microphone granted", async || {
        let on = b
            .script("return document.querySelector('#mock-record').checked && !document.querySelector('.mock-setup [role=status]');")
            .await;
        on.as_bool().filter(|on| *on)
    })
    .await;
}

/// The settings page's count of recordings and their size ("3 recordings, 48 KB of …").
async fn recordings_size(b: &Browser) -> String {
    open_and_wait(b, "settings").await;
    b.wait_for("the recordings counted", async || {
        let text = b.find("#recordings-size").await.text().await.ok()?;
        (!text.starts_with("Counting")).then_some(text)
    })
    .await
}

#[tokio::test]
async fn a_recorded_answer_plays_in_the_review_stays_after_a_reload_and_can_be_deleted() {
    run(async |b| {
        open_and_wait(b, "mock").await;
        switch_recording_on(b).await;
        start_mock(b, 3, 2).await;
        b.wait_text(".session-count", "Question 1 of 3").await;
        let first = current_card(b).await;
        b.find("#record-level").await;
        for n in 1..=3 {
            b.wait_text(".session-count", &format!("Question {n} of 3")).await;
            b.find("#recording-bar").await;
            if n == 2 {
                // S stops recording early, and it does not start again for this answer.
                b.press('s').await;
                b.wait_count("#recording-bar", 0).await;
                tokio::time::sleep(std::time::Duration::from_millis(600)).await;
                assert_eq!(b.count("#recording-bar").await, 0);
            }
            b.find(".flashcard.time-up").await;
            b.wait_count("#recording-bar", 0).await;
            b.find("#mock-next").await.click().await.unwrap();
        }
        b.wait_count(".mock-answer", 3).await;
        let answer = format!(".mock-answer[data-id='{first}']");
        b.wait_text(&format!("{answer} .recorded-length"), "of 0:02").await;
        b.find(&format!("{answer} audio.recording")).await;
        let played = b
            .wait_for("the recording played", async || {
                let state = b
                    .script(&format!(
                        "const audio = document.querySelector(\"{answer} audio.recording\");
                         if (!window.playing) {{ audio.muted = true; window.playing = audio.play().then(() => 'played', e => String(e)); window.playing.then(r => window.played = r); }}
                         return window.played && [window.played, String(audio.duration), audio.currentTime];"
                    ))
                    .await;
                state.as_array().cloned()
            })
            .await;
        assert_eq!(played[0], "played", "{played:?}");
        let duration: f64 = played[1].as_str().unwrap().parse().unwrap();
        assert!(duration > 0.0, "{played:?}");
        b.wait_count("audio.recording", 3).await;
        assert_eq!(b.count("#record-problem").await, 0);

        let before = recordings_size(b).await;
        assert!(before.starts_with("3 recordings"), "{before}");
        open_and_wait(b, &format!("q/{first}")).await;
        b.reload().await;
        b.wait_count(".recording-list li", 1).await;
        b.find(".recording-list li audio.recording").await;
        b.find(".recording-list li a[download]").await;
        b.find(".delete-recording").await.click().await.unwrap();
        b.wait_count(".recording-list li", 0).await;
        let after = recordings_size(b).await;
        assert!(after.starts_with("2 recordings"), "{before} → {after}");

        b.find("#delete-recordings").await.click().await.unwrap();
        b.wait_text("#recordings-size", "0 recordings").await;
        open_and_wait(b, &format!("q/{first}")).await;
        b.find(".reveal").await;
        assert_eq!(b.count(".recording-list li").await, 0);
    })
    .await;
}

#[tokio::test]
async fn with_the_microphone_refused_the_mock_says_so_and_runs_without_recording() {
    run_refusing_the_microphone(async |b| {
        open_and_wait(b, "mock").await;
        b.find("#mock-record").await.click().await.unwrap();
        b.wait_text("#record-problem", "not allowed to use the microphone")
            .await;
        let on = b
            .script("return document.querySelector('#mock-record').checked;")
            .await;
        assert_eq!(on, false, "the switch goes back off");
        start_mock(b, 3, 2).await;
        for n in 1..=3 {
            b.wait_text(".session-count", &format!("Question {n} of 3"))
                .await;
            assert_eq!(b.count("#recording-bar").await, 0);
            b.find("#mock-next").await.click().await.unwrap();
        }
        b.wait_count(".mock-answer", 3).await;
        assert_eq!(b.count("audio.recording").await, 0);
    })
    .await;
}

#[tokio::test]
async fn a_practice_answer_can_be_recorded_and_plays_beside_its_guide() {
    run(async |b| {
        open_and_wait(b, "practice").await;
        b.press('\u{E007}').await;
        let id = current_card(b).await;
        b.find("#record-answer").await.click().await.unwrap();
        b.wait_text("#recording-bar", "Recording 0:01").await;
        b.find("button.reveal").await.click().await.unwrap();
        b.wait_count("#recording-bar", 0).await;
        b.wait_text(".practice-recording", "Your recorded answer")
            .await;
        b.find(".practice-recording audio.recording").await;
        b.find(".checklist").await;
        open_and_wait(b, &format!("q/{id}")).await;
        b.wait_count(".recording-list li", 1).await;
    })
    .await;
}
