//! `/mock`: a mock interview against the clock, then an honest review.
//!
//! Each question gets thinking time, then answer time, both counted from timestamps so a tab in
//! the background keeps correct time. Guides stay hidden until the end; then each answer is
//! checked against the key points and graded, and the grades go into the scheduler.
//! Each question is read aloud as it appears, where the device has a voice and the user has
//! not switched it off. Keys while running: N next question, P pause or resume, A start
//! answering now, R read the question again.

use crate::bank::chunks::chunks_of;
use crate::bank::{question_by_id, Category, Question};
use crate::clock::{local_time, now, now_ms};
use crate::components::answer_check::{suggestions, typed_or_own, TypedAnswer};
use crate::components::grade_bar::GradeBar;
use crate::components::keyboard::use_shortcuts;
use crate::components::read_aloud::{read_aloud, ReadAloudButton, ReadAloudToggle};
use crate::components::recordings::{
    AnswerRecorder, RecordProblem, RecordSwitch, RecordedAnswer, RecordingBar,
};
use crate::components::scope::use_scope;
use crate::components::with_guides::WithGuides;
use crate::progress::{MockAnswer, MockRecord, Rating, Review, Settings};
use crate::review::{
    clock_label, coverage, pick_questions, score, suggested_rating, weakest, Countdown, Phase,
    Scope,
};
use crate::routes::{Link, Page};
use crate::shortcuts::{Place, Shortcut};
use crate::speech::speech;
use crate::state::Deck;
use crate::text::plural;
use crate::views::guide::Guide;
use crate::views::key_hint::KeyHint;
use crate::views::tags::CategoryBadge;
use leptos::prelude::*;
use std::time::Duration;

/// Where the mock is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Setup,
    Running,
    Review,
    Summary,
}

/// The answer time for a category, from the settings' per-category times.
fn answer_secs(times: [u32; 3], category: Category) -> u32 {
    let index = Category::ALL
        .iter()
        .position(|c| *c == category)
        .unwrap_or(0);
    times[index]
}

/// The whole mock: setup, the timed run, the review, the summary.
#[component]
pub fn MockPage() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let scope = use_scope();
    let stage = RwSignal::new(Stage::Setup);
    let plan = RwSignal::new(Vec::<&'static Question>::new());
    let answers = RwSignal::new(Vec::<MockAnswer>::new());
    // What the user typed for each question, if anything: matched in the review, never stored.
    let typed = RwSignal::new(Vec::<String>::new());
    let started_at = RwSignal::new(0i64);
    let recording = Recorded {
        recorder: AnswerRecorder::new(),
        saved: RwSignal::new(Vec::new()),
    };
    // The microphone is the user's for as long as the mock page is open, no longer.
    on_cleanup(move || recording.recorder.release());

    let start = move || {
        let settings = deck.settings().get_untracked();
        let candidates: Vec<&str> = scope
            .with_untracked(|s| deck.select(s))
            .into_iter()
            .map(|q| q.id)
            .collect();
        let seed = now_ms().unsigned_abs();
        let picked: Vec<&'static Question> =
            pick_questions(&candidates, settings.mock_count as usize, seed)
                .into_iter()
                .filter_map(question_by_id)
                .collect();
        if picked.is_empty() {
            return;
        }
        started_at.set(now().now);
        answers.set(Vec::new());
        typed.set(Vec::new());
        recording.saved.set(vec![None; picked.len()]);
        plan.set(picked);
        stage.set(Stage::Running);
    };

    move || match stage.get() {
        Stage::Setup => view! { <MockSetup scope start recording /> }.into_any(),
        Stage::Running => view! { <MockRun plan answers typed recording stage /> }.into_any(),
        Stage::Review => {
            view! { <MockReview plan answers typed recording stage started_at /> }.into_any()
        }
        Stage::Summary => view! { <MockSummary answers started_at stage /> }.into_any(),
    }
}

/// The mock's recording: the recorder, and each answer's saved recording (its id and
/// length), by question index.
#[derive(Clone, Copy)]
struct Recorded {
    recorder: AnswerRecorder,
    saved: RwSignal<Vec<Option<(u32, u32)>>>,
}

/// Number of questions, timings, and the history of past mocks.
#[component]
fn MockSetup(
    scope: Memo<Scope>,
    start: impl Fn() + Copy + Send + Sync + 'static,
    recording: Recorded,
) -> impl IntoView {
    let deck = expect_context::<Deck>();
    let available = move || scope.with(|s| deck.select(s).len());
    let number = move |pick: fn(&Settings) -> u32, set: fn(&mut Settings, u32)| {
        let value = move || deck.settings().with(|s| pick(s).to_string());
        let on_change = move |ev| {
            if let Ok(n) = event_target_value(&ev).parse::<u32>() {
                deck.change_settings(|s| {
                    set(s, n);
                    *s = s.clone().clamped();
                });
            }
        };
        (value, on_change)
    };
    let (count, on_count) = number(|s| s.mock_count, |s, n| s.mock_count = n);
    let (think, on_think) = number(|s| s.think_secs, |s, n| s.think_secs = n);
    let (technical, on_technical) = number(|s| s.answer_secs[0], |s, n| s.answer_secs[0] = n);
    let (behavioral, on_behavioral) = number(|s| s.answer_secs[1], |s, n| s.answer_secs[1] = n);
    let (situational, on_situational) = number(|s| s.answer_secs[2], |s, n| s.answer_secs[2] = n);
    let edit_scope = move || scope.with(|s| Page::Questions.link().scoped(s)).href();
    use_shortcuts(Place::MockStart, move |_, _| {
        start();
        true
    });

    view! {
        <section class="mock-setup" aria-labelledby="mock-title">
            <h1 id="mock-title">"Mock interview"</h1>
            <p>
                "Answer out loud against the clock, as in the interview. Guides stay hidden until the end; then you check each answer against its key points and grade it."
            </p>
            <p>
                {move || format!("Questions drawn from {}", plural(available() as i64, "question", "questions"))}
                " · " <a href=edit_scope>"choose which"</a>
            </p>
            <div class="mock-fields">
                <label class="field"><span>"Questions (3–10)"</span>
                    <input id="mock-count" type="number" min="3" max="10" prop:value=count on:change=on_count /></label>
                <label class="field"><span>"Thinking time (s)"</span>
                    <input id="mock-think" type="number" min="0" max="600" prop:value=think on:change=on_think /></label>
                <label class="field"><span>"Answer time, technical (s)"</span>
                    <input id="mock-technical" type="number" min="1" max="1800" prop:value=technical on:change=on_technical /></label>
                <label class="field"><span>"Answer time, behavioral (s)"</span>
                    <input id="mock-behavioral" type="number" min="1" max="1800" prop:value=behavioral on:change=on_behavioral /></label>
                <label class="field"><span>"Answer time, situational (s)"</span>
                    <input id="mock-situational" type="number" min="1" max="1800" prop:value=situational on:change=on_situational /></label>
            </div>
            <RecordSwitch recorder=recording.recorder />
            <RecordProblem problem=recording.recorder.problem />
            <button id="mock-start" class="start" on:click=move |_| start() disabled=move || available() == 0>
                "Start the mock " <KeyHint shortcut=Shortcut::StartMock />
            </button>
            <MockHistoryList />
        </section>
    }
}

/// Past mocks, newest first, with their scores.
#[component]
fn MockHistoryList() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let mocks = move || {
        deck.mocks()
            .with(|h| h.mocks.iter().rev().cloned().collect::<Vec<_>>())
    };
    view! {
        <section aria-labelledby="history-title">
            <h2 id="history-title">"Past mocks"</h2>
            <Show when=move || !mocks().is_empty() fallback=|| view! { <p class="hint">"None yet."</p> }>
                <ul class="mock-history">
                    {move || mocks().into_iter().map(|m| view! {
                        <li>
                            <span>{local_time(m.at)}</span>
                            <span>{plural(m.answers.len() as i64, "question", "questions")}</span>
                            <span class="score">{format!("{}% of key points", score(&m))}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

/// One question at a time against the clock.
#[component]
fn MockRun(
    plan: RwSignal<Vec<&'static Question>>,
    answers: RwSignal<Vec<MockAnswer>>,
    typed: RwSignal<Vec<String>>,
    recording: Recorded,
    stage: RwSignal<Stage>,
) -> impl IntoView {
    let deck = expect_context::<Deck>();
    // The review needs every guide: fetch them now, while the user is answering, so a network
    // lost during the mock costs nothing.
    deck.guides()
        .want(&plan.with_untracked(|p| chunks_of(p.iter().copied())));
    let (think_secs, times) = deck
        .settings()
        .with_untracked(|s| (s.think_secs, s.answer_secs));
    let index = RwSignal::new(0usize);
    let target = move |q: &Question| answer_secs(times, q.category);
    let first = plan.with_untracked(|p| p.first().copied());
    let countdown = RwSignal::new(Countdown::start(
        think_secs,
        first.map_or(60, target),
        now_ms(),
    ));
    let tick = RwSignal::new(now_ms());
    if let Ok(handle) =
        set_interval_with_handle(move || tick.set(now_ms()), Duration::from_millis(250))
    {
        on_cleanup(move || handle.clear());
    }
    let question = move || plan.with(|p| p.get(index.get()).copied());
    let typing = RwSignal::new(String::new());
    let recorder = recording.recorder;
    // The last question whose answer recording started: each answer is recorded once, even
    // when stopped before its time.
    let recorded_up_to = StoredValue::new(None::<usize>);
    let stop_recording = move || {
        let Some(at_index) = recorded_up_to.get_value() else {
            return;
        };
        let saved = recording.saved;
        recorder.stop(move |id, ms| {
            saved.try_update(|s| {
                if let Some(slot) = s.get_mut(at_index) {
                    *slot = Some((id, ms));
                }
            });
        });
    };

    let next = move || {
        let Some(q) = question() else { return };
        stop_recording();
        typed.update(|t| t.push(typing.get_untracked()));
        typing.set(String::new());
        let at = now_ms();
        let c = countdown.get_untracked();
        let answered_ms = (c.elapsed(at) - c.think_ms).clamp(0, c.answer_ms);
        answers.update(|a| {
            a.push(MockAnswer {
                id: q.id.to_string(),
                used_secs: u32::try_from(answered_ms / 1000).unwrap_or(0),
                target_secs: target(q),
                timed_out: c.phase(at) == Phase::Over,
                ticks: 0,
                points: u8::try_from(q.key_point_count()).unwrap_or(u8::MAX),
                rating: None,
            })
        });
        let following = index.get_untracked() + 1;
        match plan.with_untracked(|p| p.get(following).copied()) {
            Some(q) => {
                index.set(following);
                countdown.set(Countdown::start(think_secs, target(q), at));
            }
            None => stage.set(Stage::Review),
        }
    };
    let toggle_pause = move || {
        let at = now_ms();
        countdown.update(|c| {
            if c.is_paused() {
                c.resume(at)
            } else {
                c.pause(at)
            }
        });
    };
    let answer_now = move || countdown.update(|c| c.skip_thinking(now_ms()));
    // Each question is read aloud as it appears, as an interviewer would ask it, unless the
    // user switched that off (or the device has no voice).
    Effect::new(move |_| {
        let read = deck.settings().with_untracked(|s| s.read_aloud);
        if let Some(q) = question().filter(|_| read) {
            read_aloud(deck, q.title());
        }
    });
    on_cleanup(|| {
        if let Some(speech) = speech() {
            speech.stop();
        }
    });
    use_shortcuts(Place::MockRun, move |shortcut, _| {
        match shortcut {
            Shortcut::NextInMock => next(),
            Shortcut::Pause => toggle_pause(),
            Shortcut::StopRecording => {
                if !recorder.on.get_untracked() {
                    return false;
                }
                stop_recording();
            }
            Shortcut::ReadAgain => match question() {
                Some(q) if speech().is_some_and(|s| s.available()) => read_aloud(deck, q.title()),
                _ => return false,
            },
            _ => answer_now(),
        }
        true
    });

    let phase = move || countdown.with(|c| c.phase(tick.get()));
    // Recording starts with the answer time, and stops with it.
    Effect::new(move |_| {
        let (now_phase, at_index) = (phase(), index.get());
        match now_phase {
            Phase::Answer if recorded_up_to.get_value() != Some(at_index) => {
                recorded_up_to.set_value(Some(at_index));
                if let Some(q) = question() {
                    recorder.start(q.id);
                }
            }
            Phase::Over if recorder.on.get_untracked() => stop_recording(),
            _ => {}
        }
    });
    on_cleanup(stop_recording);
    let remaining = move || countdown.with(|c| clock_label(c.remaining(tick.get())));
    let paused = move || countdown.with(Countdown::is_paused);
    let phase_label = move || match (paused(), phase()) {
        (true, _) => "Paused",
        (_, Phase::Think) => "Think",
        (_, Phase::Answer) => "Answer out loud",
        (_, Phase::Over) => "Time is up: finish your sentence",
    };

    view! {
        <section class="mock-run" aria-labelledby="mock-question">
            <p class="session-count" role="status">
                {move || format!("Question {} of {}", index.get() + 1, plan.with(Vec::len))}
            </p>
            {move || question().map(|q| view! {
                <article class="card flashcard" data-id=q.id class:time-up=move || phase() == Phase::Over>
                    <p class="card-meta"><CategoryBadge category=q.category /></p>
                    <h1 id="mock-question">{q.title()}</h1>
                    <div class="timer" aria-live="off">
                        <span class="phase" id="mock-phase">{phase_label}</span>
                        <span class="countdown" id="mock-countdown">{remaining}</span>
                    </div>
                    <div class="read-aloud-row">
                        <ReadAloudButton text=q.title().to_string() shortcut=Shortcut::ReadAgain />
                        <ReadAloudToggle id="mock-read-aloud" />
                    </div>
                    <Show when=move || recorder.on.get()>
                        <RecordingBar recorder stop=Callback::new(move |()| stop_recording()) />
                    </Show>
                    <TypedAnswer answer=typing />
                </article>
            })}
            <RecordProblem problem=recorder.problem />
            <p class="actions">
                <button type="button" class="secondary" on:click=move |_| answer_now() disabled=move || phase() != Phase::Think>
                    "Start answering " <KeyHint shortcut=Shortcut::AnswerNow />
                </button>
                <button type="button" class="secondary" on:click=move |_| toggle_pause()>
                    {move || if paused() { "Resume " } else { "Pause " }} <KeyHint shortcut=Shortcut::Pause />
                </button>
                <button id="mock-next" type="button" on:click=move |_| next()>"Next " <KeyHint shortcut=Shortcut::NextInMock /></button>
            </p>
        </section>
    }
}

/// Each answer against its guide: tick the key points covered, then grade.
#[component]
fn MockReview(
    plan: RwSignal<Vec<&'static Question>>,
    answers: RwSignal<Vec<MockAnswer>>,
    typed: RwSignal<Vec<String>>,
    recording: Recorded,
    stage: RwSignal<Stage>,
    started_at: RwSignal<i64>,
) -> impl IntoView {
    let deck = expect_context::<Deck>();
    let all_rated = move || answers.with(|a| a.iter().all(|x| x.rating.is_some()));
    let finish = move |_| {
        let at = now().now;
        let done = answers.get_untracked();
        deck.change(|p| {
            for a in done.iter() {
                if let Some(rating) = a.rating {
                    p.record(
                        &a.id,
                        Review {
                            at,
                            rating,
                            secs: a.used_secs,
                            ticks: a.ticks,
                        },
                    );
                }
            }
        });
        deck.change_mocks(|h| {
            h.add(MockRecord {
                at: started_at.get_untracked(),
                answers: done,
            })
        });
        stage.set(Stage::Summary);
    };
    view! {
        <section class="mock-review" aria-labelledby="review-title">
            <h1 id="review-title">"Review your answers"</h1>
            <p class="hint">"For each question, tick the key points you covered, then grade it. The grades schedule the questions like practice does."</p>
            {plan.get_untracked().into_iter().enumerate().map(|(index, q)| {
                let ticks = RwSignal::new(0u16);
                Effect::new(move |_| {
                    let t = ticks.get();
                    answers.update(|a| if let Some(x) = a.get_mut(index) { x.ticks = t });
                });
                let rating = Signal::derive(move || suggested_rating(ticks.get(), q.key_point_count()));
                let typed_here = typed.with_untracked(|t| t.get(index).cloned().unwrap_or_default());
                let suggested = suggestions(q, typed_or_own(q, Signal::stored(typed_here.clone())));
                let intervals = Signal::derive(move || deck.intervals(q.id));
                let grade = Callback::new(move |rating: Rating| {
                    answers.update(|a| if let Some(x) = a.get_mut(index) { x.rating = Some(rating) });
                });
                let timing = move || answers.with(|a| a.get(index).map(|x| {
                    format!("{} used of {}{}", clock_label(i64::from(x.used_secs) * 1000), clock_label(i64::from(x.target_secs) * 1000), if x.timed_out { " · ran out of time" } else { "" })
                }));
                let rated = move || answers.with(|a| a.get(index).and_then(|x| x.rating)).map(|r| format!("Graded: {}", r.label()));
                view! {
                    <article class="card mock-answer" data-id=q.id>
                        <p class="card-meta">
                            <span class="number">{format!("{} of {}", index + 1, plan.with_untracked(Vec::len))}</span>
                            <CategoryBadge category=q.category />
                            <span>{timing}</span>
                        </p>
                        <h2>{q.title()}</h2>
                        {move || recording.saved.with(|s| s.get(index).copied().flatten()).map(|(id, ms)| {
                            let target_secs = answers.with_untracked(|a| a.get(index).map(|x| x.target_secs));
                            view! { <RecordedAnswer id ms target_secs=target_secs.unwrap_or_default() /> }
                        })}
                        {(!typed_here.trim().is_empty()).then(|| view! {
                            <div class="typed-view"><strong>"What you typed"</strong><p class="note-view">{typed_here}</p></div>
                        })}
                        <details class="guide-box">
                            <summary>"Show the answer guide"</summary>
                            <div class="guide"><WithGuides questions=vec![q]><Guide question=q ticks suggested /></WithGuides></div>
                        </details>
                        <GradeBar intervals on_grade=grade suggested=rating />
                        <p class="rated" role="status">{rated}</p>
                    </article>
                }
            }).collect_view()}
            <button id="mock-finish" on:click=finish disabled=move || !all_rated()>
                {move || if all_rated() { "Finish and schedule" } else { "Grade every answer to finish" }}
            </button>
        </section>
    }
}

/// Time per question against its target, key-point coverage, and what to work on.
#[component]
fn MockSummary(
    answers: RwSignal<Vec<MockAnswer>>,
    started_at: RwSignal<i64>,
    stage: RwSignal<Stage>,
) -> impl IntoView {
    let record = MockRecord {
        at: started_at.get_untracked(),
        answers: answers.get_untracked(),
    };
    let title = |id: &str| question_by_id(id).map_or(id.to_string(), |q| q.title().to_string());
    let weak: Vec<(String, String)> = weakest(&record, 3)
        .into_iter()
        .map(|a| (a.id.clone(), title(&a.id)))
        .collect();
    view! {
        <section class="mock-summary" aria-labelledby="mock-summary-title">
            <h1 id="mock-summary-title">"Mock summary"</h1>
            <p class="lead" id="mock-score">{format!("You covered {}% of the key points.", score(&record))}</p>
            <table class="mock-table">
                <thead><tr><th scope="col">"Question"</th><th scope="col">"Time"</th><th scope="col">"Key points"</th><th scope="col">"Grade"</th></tr></thead>
                <tbody>
                    {record.answers.iter().map(|a| view! {
                        <tr>
                            <td>{title(&a.id)}</td>
                            <td>{format!("{} / {}{}", clock_label(i64::from(a.used_secs) * 1000), clock_label(i64::from(a.target_secs) * 1000), if a.timed_out { " (over)" } else { "" })}</td>
                            <td>{format!("{}%", coverage(a))}</td>
                            <td>{a.rating.map_or("", Rating::label)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2>"Work on these first"</h2>
            <ul>
                {weak.into_iter().map(|(id, title)| view! { <li><a href=Link::question(&id).href()>{title}</a></li> }).collect_view()}
            </ul>
            <p class="actions">
                <button on:click=move |_| stage.set(Stage::Setup)>"Another mock"</button>
                <a class="button secondary" href=Page::Practice.link().href()>"Practice"</a>
            </p>
        </section>
    }
}
