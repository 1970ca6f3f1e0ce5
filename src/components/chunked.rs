//! Long lists rendered a chunk per frame, so a keystroke that changes a list never waits for
//! all of its items to be built.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// How many items are built in one frame: a dozen question cards take a few milliseconds.
pub const CHUNK: usize = 12;

/// The first `limit` items of `all`, but only one chunk of them in the frame after `key`
/// changes (the list's filter), then a chunk more each following frame. Items of the
/// previous key beyond the first chunk go at once, so the screen never shows a stale list.
pub fn chunked<K, T>(key: Memo<K>, all: Memo<Vec<T>>, limit: Signal<usize>) -> Memo<Vec<T>>
where
    K: Clone + PartialEq + Send + Sync + 'static,
    T: Clone + PartialEq + Send + Sync + 'static,
{
    // How many items are rendered, and for which key.
    let grown = RwSignal::new((key.get_untracked(), CHUNK));
    Effect::new(move |_| {
        let current = key.get();
        limit.track();
        spawn_local(async move {
            loop {
                next_frame().await;
                // A newer key has its own loop; a disposed list (the page left) ends this one.
                if key.try_with_untracked(|k| *k == current) != Some(true) {
                    return;
                }
                let (Some(wanted), Some(limit)) =
                    (all.try_with_untracked(Vec::len), limit.try_get_untracked())
                else {
                    return;
                };
                let more = grown.try_update(|(for_key, count)| {
                    if *for_key != current {
                        *for_key = current.clone();
                        *count = CHUNK;
                    }
                    if *count >= wanted.min(limit) {
                        return false;
                    }
                    *count += CHUNK;
                    true
                });
                if more != Some(true) {
                    return;
                }
            }
        });
    });
    Memo::new(move |_| {
        let count = key.with(|current| {
            grown.with(|(for_key, count)| if for_key == current { *count } else { CHUNK })
        });
        let count = count.min(limit.get());
        all.with(|items| items.iter().take(count).cloned().collect())
    })
}

/// Resolves at the browser's next animation frame: work split over frames never holds up
/// the page for longer than one.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        request_animation_frame(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
    });
    let _ = JsFuture::from(promise).await;
}
