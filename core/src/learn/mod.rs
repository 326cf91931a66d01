//! Learn: guided tours through each study and self-check exercises
//! generated from the data (`#/learn`). Everything here is pure: generation,
//! judging and the stored progress are tested natively.

pub mod exercise;
pub mod progress;
pub mod rng;
pub mod tours;
