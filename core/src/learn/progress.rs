//! A student's progress, kept in the browser's local storage under a
//! versioned key as plain lines of text:
//!
//! ```text
//! sme-explorer learn 1
//! seen small-giants 3
//! score code-passage 7 18 24
//! ```
//!
//! Reading is total: a foreign or damaged value, or a line this version does
//! not know, is ignored and reported, never trusted.

use super::exercise::ExerciseId;
use super::tours::tour;

/// The local-storage key; a new format gets a new key.
pub const STORAGE_KEY: &str = "sme-explorer.learn.v1";
const HEADER: &str = "sme-explorer learn 1";
/// Longest value read (a day of hard work is well under this).
const MAX_LEN: usize = 64 * 1024;

/// One exercise result: the best score for an exercise (and mode) and seed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    pub exercise: String,
    pub seed: u32,
    pub right: u32,
    pub total: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Tour steps seen: tour id and step number (from 1).
    pub seen: Vec<(String, u32)>,
    pub scores: Vec<Score>,
}

/// What was read, and whether anything had to be ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    pub progress: Progress,
    pub ignored: bool,
}

/// Whether `key` names an exercise (and mode) progress is kept for.
pub fn is_exercise_key(key: &str) -> bool {
    ExerciseId::parse(key).is_some() || key == "code-passage/chains"
}

impl Progress {
    /// Reads a stored value; `None` (nothing stored) is an empty record.
    pub fn decode(stored: Option<&str>) -> Loaded {
        let Some(text) = stored else { return Loaded::default() };
        let mut lines = text.lines();
        if text.len() > MAX_LEN || lines.next().map(str::trim) != Some(HEADER) {
            return Loaded { progress: Progress::default(), ignored: true };
        }
        let mut loaded = Loaded::default();
        for line in lines.map(str::trim).filter(|l| !l.is_empty()) {
            let parts: Vec<&str> = line.split(' ').collect();
            let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
            let ok = match parts.as_slice() {
                ["seen", id, _] => match (tour(id), number(2)) {
                    (Some(t), Some(step)) if step >= 1 && step as usize <= t.steps.len() => {
                        loaded.progress.mark_seen(id, step);
                        true
                    }
                    _ => false,
                },
                ["score", key, _, _, _] if is_exercise_key(key) => match (number(2), number(3), number(4)) {
                    (Some(seed), Some(right), Some(total)) if right <= total && total <= 1000 => {
                        loaded.progress.record(key, seed, right, total);
                        true
                    }
                    _ => false,
                },
                _ => false,
            };
            loaded.ignored |= !ok;
        }
        loaded
    }

    /// The value to store.
    pub fn encode(&self) -> String {
        let mut out = String::from(HEADER);
        for (id, step) in &self.seen {
            out.push_str(&format!("\nseen {id} {step}"));
        }
        for s in &self.scores {
            out.push_str(&format!("\nscore {} {} {} {}", s.exercise, s.seed, s.right, s.total));
        }
        out.push('\n');
        out
    }

    /// Records a step as seen; whether that changed anything.
    pub fn mark_seen(&mut self, tour: &str, step: u32) -> bool {
        if self.seen.iter().any(|(t, s)| t == tour && *s == step) {
            return false;
        }
        self.seen.push((tour.to_string(), step));
        true
    }

    /// How many steps of a tour have been seen.
    pub fn steps_seen(&self, tour: &str) -> usize {
        self.seen.iter().filter(|(t, _)| t == tour).count()
    }

    /// Records a result, keeping the best per exercise and seed (the larger
    /// share right; a new total replaces the old); whether that changed
    /// anything.
    pub fn record(&mut self, exercise: &str, seed: u32, right: u32, total: u32) -> bool {
        let new = Score { exercise: exercise.to_string(), seed, right, total };
        match self.scores.iter_mut().find(|s| s.exercise == exercise && s.seed == seed) {
            Some(old) if old.total == total && old.right >= right => false,
            Some(old) => {
                *old = new;
                true
            }
            None => {
                self.scores.push(new);
                true
            }
        }
    }
}
