//! `/stories`: the story bank. Write a story from your experience once, tag it with the
//! behavioral and situational questions it answers, and see which questions still lack one.

use crate::bank::{bank_questions, question_by_id, Category, Question};
use crate::clock::{local_time, now, now_ms};
use crate::progress::Story;
use crate::routes::Link;
use crate::state::Deck;
use leptos::prelude::*;

/// The questions a story can answer: the behavioral and situational ones, the user's own first.
fn story_questions(deck: Deck) -> Vec<&'static Question> {
    let own = deck.own_questions().get();
    own.into_iter()
        .chain(bank_questions().iter().copied())
        .filter(|q| q.category != Category::Technical)
        .collect()
}

/// The editor, the list of stories and the coverage matrix.
#[component]
pub fn StoriesPage() -> impl IntoView {
    let deck = expect_context::<Deck>();
    let editing = RwSignal::new(None::<Story>);
    let new_story = move |_| {
        let id = now_ms().to_string();
        editing.set(Some(Story {
            id,
            title: String::new(),
            text: String::new(),
            questions: Vec::new(),
            at: now().now,
        }));
    };
    let stories = move || deck.notes().with(|n| n.stories.clone());

    view! {
        <h1>"Story bank"</h1>
        <p>
            "Behavioral and situational questions are answered with stories from your own work. Write each story once, tag the questions it answers, and reuse it."
        </p>
        <button id="story-new" on:click=new_story>"New story"</button>
        {move || editing.get().map(|story| view! { <StoryForm story editing /> })}
        <section aria-labelledby="stories-title">
            <h2 id="stories-title">"Your stories"</h2>
            <Show when=move || !stories().is_empty() fallback=|| view! { <p class="hint">"No stories yet."</p> }>
                <ul class="stories">
                    {move || stories().into_iter().map(|story| {
                        let tagged: Vec<String> = story.questions.iter().filter_map(|id| question_by_id(id)).map(|q| q.label()).collect();
                        let edit = story.clone();
                        let id = story.id.clone();
                        view! {
                            <li class="card story">
                                <h3>{story.title.clone()}</h3>
                                <p class="note-view">{story.text.clone()}</p>
                                <p class="hint">{format!("Answers {} · edited {}", if tagged.is_empty() { "no question yet".to_string() } else { tagged.join(", ") }, local_time(story.at))}</p>
                                <p class="actions">
                                    <button type="button" class="secondary small" on:click=move |_| editing.set(Some(edit.clone()))>"Edit"</button>
                                    <button type="button" class="secondary small" on:click=move |_| deck.change_notes(|n| n.remove_story(&id))>"Delete"</button>
                                </p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </section>
        <StoryMatrix />
    }
}

/// Edits one story; saving stores it, cancelling leaves everything as it was.
#[component]
fn StoryForm(story: Story, editing: RwSignal<Option<Story>>) -> impl IntoView {
    let deck = expect_context::<Deck>();
    let draft = RwSignal::new(story);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut story = draft.get_untracked();
        if story.title.trim().is_empty() {
            story.title = "Untitled story".into();
        }
        story.at = now().now;
        deck.change_notes(|n| n.put_story(story));
        editing.set(None);
    };
    view! {
        <form class="card story-form" on:submit=save>
            <label class="field"><span>"Title"</span>
                <input id="story-title" type="text" prop:value=move || draft.with(|d| d.title.clone())
                    on:input=move |ev| draft.update(|d| d.title = event_target_value(&ev)) /></label>
            <label class="field"><span>"The story (Situation, Task, Action, Result, Reflection)"</span>
                <textarea id="story-text" rows="8" prop:value=move || draft.with(|d| d.text.clone())
                    on:input=move |ev| draft.update(|d| d.text = event_target_value(&ev))></textarea></label>
            <fieldset>
                <legend>"Questions it answers"</legend>
                {story_questions(deck).into_iter().map(|q| {
                    let id = q.id;
                    view! {
                        <label class="check">
                            <input type="checkbox" class="story-tag" value=id
                                prop:checked=move || draft.with(|d| d.questions.iter().any(|x| x == id))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    draft.update(|d| {
                                        d.questions.retain(|x| x != id);
                                        if on { d.questions.push(id.to_string()); }
                                    });
                                } />
                            {format!(" {}: {}", q.label(), q.title())}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <p class="actions">
                <button id="story-save" type="submit">"Save story"</button>
                <button type="button" class="secondary" on:click=move |_| editing.set(None)>"Cancel"</button>
            </p>
        </form>
    }
}

/// Which behavioral and situational questions have a story, and which have none.
#[component]
fn StoryMatrix() -> impl IntoView {
    let deck = expect_context::<Deck>();
    view! {
        <section aria-labelledby="matrix-title">
            <h2 id="matrix-title">"Coverage"</h2>
            <table class="matrix">
                <thead><tr><th scope="col">"Question"</th><th scope="col">"Stories"</th></tr></thead>
                <tbody>
                    {story_questions(deck).into_iter().map(|q| {
                        let names = move || deck.notes().with(|n| n.stories_for(q.id).iter().map(|s| s.title.clone()).collect::<Vec<_>>());
                        view! {
                            <tr data-id=q.id class:uncovered=move || names().is_empty()>
                                <td><a href=Link::question(q.id).href()>{format!("{}: {}", q.label(), q.title())}</a></td>
                                <td>{move || { let n = names(); if n.is_empty() { "None yet".to_string() } else { n.join(", ") } }}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
