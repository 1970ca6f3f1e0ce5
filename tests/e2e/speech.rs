//! Reading questions aloud through the browser's speech synthesis: the controls are there
//! exactly when the browser reports a voice, and pressing one goes to the real engine.

use crate::harness::{run, Browser};
use crate::mock_and_notes::start_mock;
use crate::open_and_wait;

async fn voices(b: &Browser) -> u64 {
    b.script("return speechSynthesis.getVoices().length;")
        .await
        .as_u64()
        .expect("a count")
}

#[tokio::test]
async fn without_a_voice_no_control_shows_and_a_mock_runs_silently() {
    run(async |b| {
        open_and_wait(b, "practice").await;
        assert_eq!(voices(b).await, 0, "headless Chromium reports no voice");
        b.press('\u{E007}').await;
        b.find(".flashcard").await;
        b.press('r').await;
        assert_eq!(b.count("#read-aloud").await, 0);

        open_and_wait(b, "mock").await;
        start_mock(b, 3, 2).await;
        b.wait_text(".session-count", "Question 1 of 3").await;
        assert_eq!(b.count("#read-aloud, #mock-read-aloud").await, 0);
        for n in 2..=3 {
            b.find("#mock-next").await.click().await.unwrap();
            b.wait_text(".session-count", &format!("Question {n} of 3"))
                .await;
        }
        b.find("#mock-next").await.click().await.unwrap();
        b.wait_count(".mock-answer", 3).await;

        open_and_wait(b, "settings").await;
        b.wait_text("#speech-unavailable", "no voice").await;
        assert_eq!(b.count("#setting-voice, #setting-read-aloud").await, 0);
    })
    .await;
}

/// What the page has handed to the speech engine, once it is `expected` (or what it is when
/// it never gets there).
async fn wait_spoken(b: &Browser, expected: &[&str]) {
    let mut spoken: Vec<String> = Vec::new();
    for _ in 0..100 {
        spoken = serde_json::from_value(b.script("return window.spoken;").await).unwrap();
        if spoken == expected {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(spoken, expected, "what was read aloud");
}

/// Makes the browser report one voice, as a device with a voice installed does. Only the list
/// is given; speaking still goes to the browser's own engine.
const ONE_VOICE: &str = "
    const voice = Object.create(SpeechSynthesisVoice.prototype);
    for (const [key, value] of Object.entries({ name: 'Test voice', lang: 'en-GB', localService: true, default: true, voiceURI: 'test' })) {
        Object.defineProperty(voice, key, { value });
    }
    speechSynthesis.getVoices = () => [voice];
    window.spoken = [];
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance) => { window.spoken.push(utterance.text); speak(utterance); };
";

#[tokio::test]
async fn with_a_voice_the_controls_show_and_reading_goes_to_the_engine() {
    run(async |b| {
        b.before_every_page(ONE_VOICE).await;
        open_and_wait(b, "settings").await;
        assert_eq!(voices(b).await, 1);
        b.wait_text("#setting-voice", "Test voice (en-GB)").await;
        assert_eq!(b.count("#speech-unavailable").await, 0);

        open_and_wait(b, "practice").await;
        b.press('\u{E007}').await;
        let title = b.find(".flashcard-title").await.text().await.unwrap();
        b.find("#read-aloud").await.click().await.unwrap();
        // Headless Chromium has no speech engine behind its voices: the engine's own failure
        // reaches the page, which says so plainly.
        b.wait_text("#read-aloud-error", "could not read the question aloud")
            .await;
        wait_spoken(b, &[&title]).await;

        open_and_wait(b, "mock").await;
        start_mock(b, 3, 60).await;
        b.find("#mock-read-aloud").await;
        let first = b.find("#mock-question").await.text().await.unwrap();
        wait_spoken(b, &[&first]).await;
        b.find("#mock-read-aloud").await.click().await.unwrap();
        b.find("#mock-next").await.click().await.unwrap();
        b.wait_text(".session-count", "Question 2 of 3").await;
        b.press('r').await;
        let second = b.find("#mock-question").await.text().await.unwrap();
        wait_spoken(b, &[&first, &second]).await;
    })
    .await;
}
