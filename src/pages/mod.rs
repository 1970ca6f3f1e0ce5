//! One module per route.

pub mod home;
pub mod import;
pub mod lazy;
pub mod mock;
pub mod not_found;
pub mod practice;
pub mod print;
pub mod question;
pub mod questions;
pub mod set;
pub mod settings;
pub mod stats;
pub mod stories;
pub mod tailor;
pub mod write;
