//! Interview Deck: backend interview questions with full answer guides, practised offline.
//!
//! `bank` is pure Rust and tested natively; the browser modules below it only render and call it.

pub mod bank;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod paths;
