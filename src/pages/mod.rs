//! One module per route.

pub mod home;
pub mod mock;
pub mod not_found;
pub mod practice;
pub mod question;
pub mod questions;
pub mod stories;
