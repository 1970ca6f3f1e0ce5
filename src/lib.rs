//! Interview Deck: backend interview questions with full answer guides, practised offline.
//!
//! `bank`, `progress` and `review` are pure Rust, tested natively; the browser modules below
//! them only render and call them, and `storage` alone touches localStorage.

pub mod bank;
pub mod progress;
pub mod review;
pub mod routes;
pub mod shortcuts;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod clock;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod deck_loader;
#[cfg(target_arch = "wasm32")]
mod guides;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod paths;
#[cfg(target_arch = "wasm32")]
mod recorder;
#[cfg(target_arch = "wasm32")]
mod speech;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
mod storage;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod views;
