//! One module per route.

pub mod checks;
pub mod compare;
pub mod data_sources;
pub mod firm;
pub mod firms;
pub mod glossary;
pub mod home;
pub mod learn;
pub mod not_found;
pub mod search;
pub mod study;
pub mod themes;
pub mod trace;
