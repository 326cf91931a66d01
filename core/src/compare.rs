//! Side-by-side comparison (`#/compare?firms=CF7,CF11`, `#/compare?codes=a13,b16`):
//! which records to compare, as the URL names them, and what is wrong with
//! the request. Every problem is reported and the rest still compares.

use crate::dataset::{Code, Dataset, Firm};

/// The most records compared at once.
pub const MAX: usize = 4;

/// What the URL asks to compare: firm ids or code ids, as given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct CompareQuery {
    pub firms: Vec<String>,
    pub codes: Vec<String>,
}

impl CompareQuery {
    /// The query parameters, in a fixed order (`firms=…&codes=…`).
    pub fn params(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !self.firms.is_empty() {
            out.push(format!("firms={}", join(&self.firms)));
        }
        if !self.codes.is_empty() {
            out.push(format!("codes={}", join(&self.codes)));
        }
        out
    }

    /// The query with one more firm (or code) id.
    pub fn with_firm(&self, id: &str) -> CompareQuery {
        let mut next = self.clone();
        next.firms.push(id.to_string());
        next
    }

    pub fn with_code(&self, id: &str) -> CompareQuery {
        let mut next = self.clone();
        next.codes.push(id.to_string());
        next
    }

    /// The query without the record at `index` of its kind.
    pub fn without(&self, firm: bool, index: usize) -> CompareQuery {
        let mut next = self.clone();
        let list = if firm { &mut next.firms } else { &mut next.codes };
        if index < list.len() {
            list.remove(index);
        }
        next
    }
}

fn join(ids: &[String]) -> String {
    ids.iter().map(|id| crate::text::percent_encode(id)).collect::<Vec<_>>().join(",")
}

/// Splits a comma-separated list of ids (already percent-decoded), dropping
/// empty pieces; at most 16 are kept, so a huge list cannot cost much.
pub fn split_ids(value: &str) -> Vec<String> {
    value.split(',').map(str::trim).filter(|s| !s.is_empty()).take(16).map(|s| crate::text::clamp(s).to_string()).collect()
}

/// Something the comparison could not do as asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No firm has this id.
    UnknownFirm(String),
    /// No code has this id (codes are case-sensitive).
    UnknownCode(String),
    /// The id is named twice; compared once.
    Duplicate(String),
    /// More than [`MAX`] records; the first four are compared.
    TooMany(usize),
    /// Fewer than two records to compare.
    TooFew,
    /// A code of another study than the first code's; left out.
    OtherStudy(String),
    /// Firms and codes at once; the firms are compared.
    BothKinds,
}

/// What will be compared, and what could not be.
#[derive(Clone, Debug, Default)]
pub struct Comparison<'a> {
    pub firms: Vec<&'a Firm>,
    pub codes: Vec<&'a Code>,
    pub problems: Vec<Problem>,
}

/// Resolves a query against the dataset.
pub fn compare<'a>(dataset: &'a Dataset, query: &CompareQuery) -> Comparison<'a> {
    let mut out = Comparison::default();
    let firms_asked = !query.firms.is_empty();
    if firms_asked && !query.codes.is_empty() {
        out.problems.push(Problem::BothKinds);
    }
    let ids = if firms_asked { &query.firms } else { &query.codes };
    let mut seen: Vec<&str> = Vec::new();
    let mut kept = 0;
    for id in ids {
        if seen.contains(&id.as_str()) {
            out.problems.push(Problem::Duplicate(id.clone()));
            continue;
        }
        seen.push(id);
        if firms_asked {
            match dataset.firm(id) {
                Some(firm) if kept < MAX => {
                    out.firms.push(firm);
                    kept += 1;
                }
                Some(_) => kept += 1,
                None => out.problems.push(Problem::UnknownFirm(id.clone())),
            }
        } else {
            match dataset.code(id) {
                Some(code) if out.codes.first().is_some_and(|first| first.study != code.study) => {
                    out.problems.push(Problem::OtherStudy(id.clone()))
                }
                Some(code) if kept < MAX => {
                    out.codes.push(code);
                    kept += 1;
                }
                Some(_) => kept += 1,
                None => out.problems.push(Problem::UnknownCode(id.clone())),
            }
        }
    }
    if kept > MAX {
        out.problems.push(Problem::TooMany(kept));
    }
    if out.firms.len() + out.codes.len() < 2 {
        out.problems.push(Problem::TooFew);
    }
    out
}

/// Whether the values of a row differ between the compared records.
pub fn differs<T: PartialEq>(values: &[T]) -> bool {
    values.windows(2).any(|w| w[0] != w[1])
}
