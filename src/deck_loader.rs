//! The user's data (`state::Deck`) with the code that reads, merges and schedules it, loaded
//! beside the main module instead of inside it: the home page's buttons work with the main
//! module alone, while the documents' codecs, their merges and the scheduler arrive as the
//! `deck` split (`wasm-split-cli`, like the pages). Every page but home waits for it before it
//! is built (`pages::lazy`), and finds the `Deck` as a context of the app's root, so nothing
//! below changes; the pages drawn before it (`Page::shows_before_deck`: home, a question) and
//! the notices fill in once it is here.

use crate::pages::lazy::PageLoadError;
use crate::state::Deck;
use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use send_wrapper::SendWrapper;
use std::cell::{Cell, RefCell};

thread_local! {
    static DECK: Cell<Option<Deck>> = const { Cell::new(None) };
    /// The app's root owner: the deck lives as long as the app, whichever page asked first.
    static ROOT: RefCell<Option<Owner>> = const { RefCell::new(None) };
}

mod split {
    use super::PageLoadError;
    use crate::components::notices::Notices;
    use crate::state::Deck;
    use leptos::prelude::*;

    #[::leptos::wasm_split::wasm_split(
        deck,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload)
    )]
    pub fn deck_load() -> Result<Deck, PageLoadError> {
        let deck = Deck::load();
        provide_context(deck);
        Ok(deck)
    }

    #[::leptos::wasm_split::wasm_split(deck, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn deck_notices() -> Result<AnyView, PageLoadError> {
        Ok(view! { <Notices /> }.into_any())
    }
}

/// Called once by the app shell, from its own owner.
pub fn set_root() {
    ROOT.with_borrow_mut(|root| *root = Owner::current());
}

/// Fetches the deck's code without loading the data: the app does this before it takes the
/// pre-rendered page over, together with the page's own code.
pub async fn preload() {
    // A failure shows when the deck is asked for (`ready`).
    let _ = split::preload().await;
}

/// The user's data, loaded on first call (every later call has it at once).
pub async fn ready() -> Result<Deck, PageLoadError> {
    if let Some(deck) = DECK.get() {
        return Ok(deck);
    }
    split::preload().await?;
    if let Some(deck) = DECK.get() {
        return Ok(deck);
    }
    let root = ROOT.with_borrow(Clone::clone).unwrap_or_default();
    // With its code here this completes in one poll, so no other caller loads a second deck.
    let deck = root
        .with(|| ScopedFuture::new_untracked(split::deck_load()))
        .await?;
    DECK.set(Some(deck));
    Ok(deck)
}

/// The user's data for a page drawn before it (`Page::shows_before_deck`): `None` until it is
/// here, then the deck, or the error if its code could not be fetched. Starts loading it.
pub fn when_ready() -> Signal<Option<Result<Deck, PageLoadError>>> {
    let loaded = RwSignal::new(DECK.get().map(Ok));
    if loaded.get_untracked().is_none() {
        leptos::task::spawn_local(async move {
            let deck = ready().await;
            loaded.try_set(Some(deck));
        });
    }
    loaded.into()
}

/// The user's data, loaded once the browser is idle after the page is up: what the home page
/// uses, whose buttons work without it, so its code never competes with the first screen's.
pub async fn ready_when_idle() -> Result<Deck, PageLoadError> {
    if let Some(deck) = DECK.get() {
        return Ok(deck);
    }
    let idle = js_sys::Promise::new(&mut |resolve, _| {
        request_idle_callback(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
    });
    // A browser promise lives on this thread; the wrapper lets the pages' futures hold it.
    let _ = SendWrapper::new(wasm_bindgen_futures::JsFuture::from(idle)).await;
    ready().await
}

/// The banners about the user's data, once the deck is here (nothing before, or if its code
/// could not be fetched: every page then says so).
pub async fn notices() -> AnyView {
    if ready_when_idle().await.is_err() {
        return ().into_any();
    }
    split::deck_notices()
        .await
        .unwrap_or_else(|_| ().into_any())
}
