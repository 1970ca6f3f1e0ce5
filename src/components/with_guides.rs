//! Shows what needs answer guides once their text files are here: a progress bar while they
//! load, and a message with a way out if one cannot be had.

use crate::bank::chunks::chunks_of;
use crate::bank::Question;
use crate::guides::{Guides, Status};
use leptos::prelude::*;

/// `children` once the guides of `questions` are here. Mounting it starts their download.
/// A page whose heading is among the children names it as `heading`, shown meanwhile.
#[component]
pub fn WithGuides(
    #[prop(into)] questions: Signal<Vec<&'static Question>>,
    #[prop(optional)] heading: Option<&'static str>,
    children: ChildrenFn,
) -> impl IntoView {
    let guides = expect_context::<Guides>();
    let wanted = Memo::new(move |_| questions.with(|q| chunks_of(q.iter().copied())));
    Effect::new(move |_| wanted.with(|w| guides.want(w)));
    let status = Memo::new(move |_| wanted.with(|w| guides.status(w)));
    let retry = move |_| wanted.with_untracked(|w| guides.want(w));
    let reload = move |_| {
        let _ = window().location().reload();
    };
    move || {
        match status.get() {
        Status::Ready => children().into_any(),
        Status::Loading { here, of } => view! {
            {heading.map(|h| view! { <h1>{h}</h1> })}
            <p class="guides-loading" role="status">
                <progress max=of value=here></progress>
                {if of > 1 { format!(" Loading the answer guides: {here} of {of} files…") } else { " Loading the answer guide…".to_string() }}
            </p>
        }
        .into_any(),
        Status::Failed(failure) => {
            let reloads = failure.needs_reload();
            view! {
                {heading.map(|h| view! { <h1>{h}</h1> })}
                <div class="guides-failed" role="alert">
                    <p>{failure.message()}</p>
                    {if reloads {
                        view! { <button type="button" on:click=reload>"Reload"</button> }.into_any()
                    } else {
                        view! { <button type="button" class="retry" on:click=retry>"Try again"</button> }.into_any()
                    }}
                </div>
            }
            .into_any()
        }
    }
    }
}
