//! `/practice`: today's spaced-repetition session over any scope of questions.
//!
//! Keys: Space or Enter shows the answer, 1–4 grade it (Enter takes the grade the key-point
//! self-check suggests), U undoes the last grade, S buries the
//! card until tomorrow, Esc ends the session.

use crate::bank::{question_by_id, Level};
use crate::clock::now;
use crate::components::answer_check::{suggestions, typed_or_own, TypedAnswer};
use crate::components::grade_bar::GradeBar;
use crate::components::keyboard::use_shortcuts;
use crate::components::note_editor::NoteEditor;
use crate::components::read_aloud::{read_aloud, ReadAloudButton};
use crate::components::recordings::{AnswerRecorder, RecordAnswer, RecordedAnswer};
use crate::components::scope::use_scope;
use crate::components::with_guides::WithGuides;
use crate::paths::use_go;
use crate::progress::{Progress, Rating, Settings};
use crate::review::{
    build_queue, due_label, practise_ahead, suggested_rating, Scope, Session, Status,
};
use crate::routes::Page;
use crate::shortcuts::{Place, Shortcut};
use crate::state::Deck;
use crate::text::plural;
use crate::views::guide::Guide;
use crate::views::key_hint::KeyHint;
use crate::views::tags::CategoryBadge;
use leptos::prelude::*;
use leptos_router::NavigateOptions;

/// How many cards "practise anyway" offers at most.
const AHEAD_LIMIT: usize = 20;

/// Chooses the cards, then runs the session, then shows its summary.
#[component]
pub fn PracticePage() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let scope = use_scope();
    let ids = Memo::new(move |_| {
        scope.with(|s| deck.select(s).into_iter().map(|q| q.id).collect::<Vec<_>>())
    });
    let session = RwSignal::new(None::<Session>);
    let finished = RwSignal::new(false);

    move || match (session.get(), finished.get()) {
        (None, _) => view! { <Setup scope ids session /> }.into_any(),
        (Some(s), false) if !s.is_finished() => {
            view! { <Flashcards session finished /> }.into_any()
        }
        (Some(_), _) => view! { <SummaryView session finished /> }.into_any(),
    }
}

/// What is due, what is new, and the button that starts.
#[component]
fn Setup(
    scope: Memo<Scope>,
    ids: Memo<Vec<&'static str>>,
    session: RwSignal<Option<Session>>,
) -> impl IntoView {
    let deck = expect_context::<Deck>();
    let queues = Memo::new(move |_| {
        let fsrs = deck.scheduler();
        let clock = deck.clock().get();
        let new_per_day = deck.settings().with(|s| s.new_per_day as usize);
        deck.progress().with(|p| {
            ids.with(|ids| {
                let today = build_queue(&fsrs, p, ids, &clock, new_per_day);
                let mut ahead = practise_ahead(&fsrs, p, ids, &clock);
                ahead.truncate(AHEAD_LIMIT);
                (today, ahead)
            })
        })
    });
    let start = move |cards: Vec<&'static str>| {
        session.set(Some(Session::new(
            cards.into_iter().map(String::from).collect(),
        )));
    };
    use_shortcuts(Place::PracticeStart, move |_, _| {
        let (today, ahead) = queues.get_untracked();
        start(if today.is_empty() { ahead } else { today });
        true
    });
    let due_count = move || {
        queues.with(|(today, _)| {
            today
                .iter()
                .filter(|id| deck.info(id).is_some_and(|i| i.status == Status::Due))
                .count()
        })
    };
    let new_count = move || queues.with(|(today, _)| today.len()) - due_count();
    let scope_label = move || {
        let n = ids.with(Vec::len);
        if scope.with(|s| *s == Scope::default()) {
            format!("All {}", plural(n as i64, "question", "questions"))
        } else {
            format!(
                "{} in this selection",
                plural(n as i64, "question", "questions")
            )
        }
    };
    let edit_scope = move || scope.with(|s| Page::Questions.link().scoped(s)).href();
    let go = use_go();
    // Warm up with junior questions or stretch with senior ones: the level is part of the
    // selection in the URL, like every other filter.
    let on_level = move |ev| {
        let mut next = scope.get_untracked();
        next.filter.level = Level::from_slug(&event_target_value(&ev));
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..NavigateOptions::default()
        };
        go(Page::Practice.link().scoped(&next), options);
    };

    view! {
        <section class="practice-setup" aria-labelledby="practice-title">
            <h1 id="practice-title">"Practice"</h1>
            <p>
                {scope_label} " · " <a href=edit_scope>"change the selection"</a>
            </p>
            <label class="field">
                <span>"Level"</span>
                <select id="practice-level" on:change=on_level prop:value=move || scope.with(|s| s.filter.level.map_or("", |l| l.slug()))>
                    <option value="">"Any level"</option>
                    {Level::ALL.into_iter().map(|l| view! { <option value=l.slug()>{l.label()}</option> }).collect_view()}
                </select>
            </label>
            <ul class="counts">
                <li class="count-card"><span class="count" id="due-count">{due_count}</span>"due"</li>
                <li class="count-card"><span class="count" id="new-count">{new_count}</span>"new for today"</li>
            </ul>
            {move || {
                let (today, ahead) = queues.get();
                if !today.is_empty() {
                    let n = today.len();
                    view! {
                        <button class="start" on:click=move |_| start(today.clone())>
                            {format!("Start: {}", plural(n as i64, "card", "cards"))} " " <KeyHint shortcut=Shortcut::StartPractice />
                        </button>
                    }
                    .into_any()
                } else if !ahead.is_empty() {
                    let n = ahead.len();
                    view! {
                        <p>"Nothing is due and today's new cards are done. Come back tomorrow, or:"</p>
                        <button class="start secondary" on:click=move |_| start(ahead.clone())>
                            {format!("Practise anyway: {}", plural(n as i64, "card", "cards"))} " " <KeyHint shortcut=Shortcut::StartPractice />
                        </button>
                    }
                    .into_any()
                } else {
                    view! { <p>"No question in this selection. " <a href=Page::Questions.link().href()>"Choose questions"</a></p> }.into_any()
                }
            }}
            <p class="hint">
                "Answer out loud first, then reveal the guide and grade yourself honestly: "
                "the grade decides when the question comes back."
            </p>
            <SchedulingSettings />
        </section>
    }
}

/// The two scheduling choices: new cards a day and the recall rate to aim for.
#[component]
fn SchedulingSettings() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let on_new = move |ev| {
        if let Ok(n) = event_target_value(&ev).parse::<u32>() {
            deck.change_settings(|s| {
                *s = Settings {
                    new_per_day: n,
                    ..s.clone()
                }
                .clamped()
            });
        }
    };
    let on_retention = move |ev| {
        if let Ok(r) = event_target_value(&ev).parse::<f64>() {
            deck.change_settings(|s| {
                *s = Settings {
                    retention: r,
                    ..s.clone()
                }
                .clamped()
            });
        }
    };
    view! {
        <details class="settings">
            <summary>"Scheduling settings"</summary>
            <label class="field">
                <span>"New questions per day"</span>
                <input id="setting-new" type="number" min="0" max="100" inputmode="numeric"
                    prop:value=move || deck.settings().with(|s| s.new_per_day.to_string()) on:change=on_new />
            </label>
            <label class="field">
                <span>"Target recall"</span>
                <select id="setting-retention" on:change=on_retention
                    prop:value=move || deck.settings().with(|s| format!("{:.2}", s.retention))>
                    <option value="0.80">"80%: fewer reviews"</option>
                    <option value="0.85">"85%"</option>
                    <option value="0.90">"90%: recommended"</option>
                    <option value="0.95">"95%: more reviews"</option>
                </select>
            </label>
        </details>
    }
}

/// One card at a time: question, then guide and grades.
#[component]
fn Flashcards(session: RwSignal<Option<Session>>, finished: RwSignal<bool>) -> impl IntoView {
    let deck = expect_context::<Deck>();
    let revealed = RwSignal::new(false);
    let ticks = RwSignal::new(0u16);
    let typed = RwSignal::new(String::new());
    let shown_at = RwSignal::new(now().now);
    let current = Memo::new(move |_| {
        session.with(|s| {
            s.as_ref()
                .and_then(|s| s.current())
                .and_then(question_by_id)
        })
    });
    let recorder = AnswerRecorder::new();
    // The card's recorded answer: its question, id and length.
    let recorded = RwSignal::new(None::<(&'static str, u32, u32)>);
    on_cleanup(move || recorder.release());
    // The answer's recording ends when the guide is shown, the card goes, or the user stops it.
    let stop_recording = Callback::new(move |()| {
        let question = current.get_untracked().map(|q| q.id);
        recorder.stop(move |id, ms| {
            if let Some(question) = question {
                recorded.try_set(Some((question, id, ms)));
            }
        });
    });
    Effect::new(move |_| {
        if revealed.get() && recorder.on.get_untracked() {
            stop_recording.run(());
        }
    });
    let intervals = Signal::derive(move || current.get().map_or([1; 4], |q| deck.intervals(q.id)));
    // The guide's text starts loading with the card, so it is here when the user reveals it.
    Effect::new(move |_| {
        if let Some(chunk) = current.get().and_then(|q| q.chunk()) {
            deck.guides().want(&[chunk]);
        }
    });
    // Every step changes the session and the progress together, then shows the next card.
    let step = move |act: &dyn Fn(&mut Session, &mut Progress)| {
        stop_recording.run(());
        deck.change(|p| session.update(|s| s.iter_mut().for_each(|s| act(s, p))));
        revealed.set(false);
        ticks.set(0);
        typed.set(String::new());
        recorded.set(None);
        shown_at.set(now().now);
    };
    let rating = Signal::derive(move || {
        current
            .get()
            .and_then(|q| suggested_rating(ticks.get(), q.key_point_count()))
    });
    let grade = Callback::new(move |rating: Rating| {
        let (clock, shown, ticked) = (now(), shown_at.get_untracked(), ticks.get_untracked());
        step(&|s, p| {
            s.grade(p, rating, &clock, shown, ticked);
        });
    });
    let undo = move || {
        if session.with_untracked(|s| s.as_ref().is_some_and(Session::can_undo)) {
            step(&|s, p| {
                s.undo(p);
            });
        }
    };
    let bury = move || {
        let clock = now();
        step(&|s, p| s.bury(p, &clock));
    };
    use_shortcuts(Place::Flashcards, move |shortcut, event| {
        match shortcut {
            Shortcut::ShowGuide | Shortcut::Confirm if !revealed.get_untracked() => {
                revealed.set(true)
            }
            Shortcut::Confirm => match rating.get_untracked() {
                Some(rating) => grade.run(rating),
                None => return false,
            },
            Shortcut::Grade if revealed.get_untracked() => {
                let n = event.key().parse::<u8>().unwrap_or(3);
                grade.run(Rating::from_number(n).unwrap_or(Rating::Good));
            }
            Shortcut::ReadAloud => match current.get_untracked() {
                Some(question) => read_aloud(deck, question.title()),
                None => return false,
            },
            Shortcut::Undo => undo(),
            Shortcut::Skip => bury(),
            Shortcut::EndSession => finished.set(true),
            _ => return false,
        }
        true
    });
    let position = move || session.with(|s| s.as_ref().map(|s| s.progress()).unwrap_or_default());

    view! {
        <section class="flashcards" aria-label="Practice session">
            <div class="session-bar">
                <span class="session-count" role="status">
                    {move || { let (done, all) = position(); format!("Card {} of {all}", (done + 1).min(all)) }}
                </span>
                <button type="button" class="secondary small" on:click=move |_| undo()
                    disabled=move || session.with(|s| !s.as_ref().is_some_and(Session::can_undo))>
                    "Undo " <KeyHint shortcut=Shortcut::Undo />
                </button>
                <button type="button" class="secondary small" on:click=move |_| bury()>"Skip until tomorrow " <KeyHint shortcut=Shortcut::Skip /></button>
                <button type="button" class="secondary small" on:click=move |_| finished.set(true)>"End " <KeyHint shortcut=Shortcut::EndSession /></button>
            </div>
            {move || current.get().map(|question| {
                let suggested = suggestions(question, typed_or_own(question, typed.into()));
                view! {
                <article class="card flashcard" data-id=question.id>
                    <p class="card-meta">
                        <span class="number">{question.label()}</span>
                        <CategoryBadge category=question.category />
                    </p>
                    <h1 class="flashcard-title">{question.title()}</h1>
                    <ReadAloudButton text=question.title().to_string() shortcut=Shortcut::ReadAloud />
                    <RecordAnswer recorder question=question.id stop=stop_recording />
                    <TypedAnswer answer=typed />
                    <Show
                        when=move || revealed.get()
                        fallback=move || view! {
                            <p class="hint">"Answer it out loud, then:"</p>
                            <button class="reveal" on:click=move |_| revealed.set(true)>
                                "Show the answer guide " <KeyHint shortcut=Shortcut::ShowGuide />
                            </button>
                        }
                    >
                        {move || recorded.get().filter(|(of, _, _)| *of == question.id).map(|(_, id, ms)| view! {
                            <div class="practice-recording"><strong>"Your recorded answer"</strong><RecordedAnswer id ms /></div>
                        })}
                        <div class="guide" id="guide">
                            <WithGuides questions=vec![question]><Guide question ticks suggested /></WithGuides>
                        </div>
                        <details class="note-box">
                            <summary>"Write or improve your own answer"</summary>
                            <NoteEditor question />
                        </details>
                        <h2 class="grade-title">"How well did you answer?"</h2>
                        <GradeBar intervals on_grade=grade suggested=rating />
                    </Show>
                </article>
            }})}
        </section>
    }
}

/// The end of a session: what was done and when it comes back.
#[component]
fn SummaryView(session: RwSignal<Option<Session>>, finished: RwSignal<bool>) -> impl IntoView {
    let deck = expect_context::<Deck>();
    let summary = move || {
        let fsrs = deck.scheduler();
        let clock = now();
        deck.progress()
            .with(|p| session.with(|s| s.as_ref().map(|s| s.summary(&fsrs, p, &clock))))
    };
    let again = move |_| {
        session.set(None);
        finished.set(false);
    };
    view! {
        <section class="summary" aria-labelledby="summary-title">
            <h1 id="summary-title">"Session summary"</h1>
            {move || summary().map(|summary| {
                let today = now().today();
                let next = summary.next_due_day.map_or("nothing scheduled".to_string(), |d| due_label(d, today));
                view! {
                    <dl class="summary-grid">
                        <dt>"Cards done"</dt><dd id="summary-cards">{summary.cards}</dd>
                        {Rating::ALL.into_iter().map(|r| view! {
                            <dt>{r.label()}</dt><dd>{summary.ratings[r as usize - 1]}</dd>
                        }).collect_view()}
                        <dt>"Time spent"</dt><dd>{format!("{}:{:02}", summary.seconds / 60, summary.seconds % 60)}</dd>
                        <dt>"Next due"</dt><dd>{next}</dd>
                    </dl>
                }
            })}
            <p class="actions">
                <button on:click=again>"Back to practice"</button>
                <a class="button secondary" href=Page::Questions.link().href()>"Browse questions"</a>
            </p>
        </section>
    }
}
