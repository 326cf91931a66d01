//! The student's progress for the life of the page: read once from local
//! storage (`core::learn::progress`, which ignores what it cannot read and
//! says so), written back after every change.

use std::cell::RefCell;

use explorer_core::learn::progress::{Loaded, Progress, STORAGE_KEY};

use crate::browser;

thread_local! {
    static PROGRESS: RefCell<Option<Loaded>> = const { RefCell::new(None) };
}

/// Runs `f` on the progress, reading it from storage the first time.
pub fn with<R>(f: impl FnOnce(&mut Loaded) -> R) -> R {
    PROGRESS.with(|cell| {
        let mut slot = cell.borrow_mut();
        let loaded = slot.get_or_insert_with(|| Progress::decode(browser::stored(STORAGE_KEY).as_deref()));
        f(loaded)
    })
}

fn save(progress: &Progress) {
    browser::store(STORAGE_KEY, Some(&progress.encode()));
}

/// Records a tour step as seen.
pub fn mark_seen(tour: &str, step: u32) {
    with(|l| {
        if l.progress.mark_seen(tour, step) {
            save(&l.progress);
        }
    });
}

/// Records an exercise result (the best per exercise and seed is kept).
pub fn record(exercise: &str, seed: u32, right: usize, total: usize) {
    with(|l| {
        if l.progress.record(exercise, seed, right as u32, total as u32) {
            save(&l.progress);
        }
    });
}

/// Clears everything, stored value included.
pub fn reset() {
    with(|l| *l = Loaded::default());
    browser::store(STORAGE_KEY, None);
}
