//! The pure core of the SME case-study explorer.
//!
//! This crate holds everything the app knows and computes, with no knowledge of
//! the browser or of Yew: the data model of the four papers (`model`), the
//! assembled and indexed dataset (`dataset`), its validation (`validate`), the
//! queries the views run (`trace`, `search`, `filter`), URL state (`route`) and
//! the open exports (`export`). It builds and is tested on the native target.
//!
//! Contact points: [`Sources`] (the four data files as written), [`Dataset`]
//! (sources plus derived codes, firms and indexes), and the query functions.
//! Reading the TOML files is behind the `load` feature, so the WebAssembly app
//! never links a TOML parser: the app's build script loads and validates the
//! files and embeds the result as JSON.

pub mod checks;
pub mod citation;
pub mod compare;
pub mod dataset;
pub mod dictionary;
pub mod effects;
pub mod embed;
pub mod export;
pub mod figures;
pub mod filter;
pub mod i18n;
pub mod index;
pub mod learn;
#[cfg(feature = "load")]
pub mod load;
pub mod model;
pub mod order;
pub mod part;
pub mod records;
pub mod route;
pub mod search;
pub mod shell;
pub mod synthetic;
pub mod text;
pub mod trace;
pub mod validate;

pub use dataset::{Code, Dataset, Firm, HrProfile, Level, Sources};
pub use model::{HrAttribute, NoteKind, SourceNote, Study, StudyId};
