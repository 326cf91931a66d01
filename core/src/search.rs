//! Search over codes by id or words of a label, case-insensitive.

use crate::dataset::{Code, Dataset};
use crate::text::{clamp, fold};

/// Codes matching `query`, best first: an exact id, then ids starting with
/// the query, then codes whose label (any printing) contains every word of the
/// query. At most `limit` results.
pub fn search<'a>(dataset: &'a Dataset, query: &str, limit: usize) -> Vec<&'a Code> {
    let query = fold(clamp(query.trim()));
    if query.is_empty() {
        return Vec::new();
    }
    let words: Vec<&str> = query.split_whitespace().collect();
    let mut ranked: Vec<(u8, usize)> = Vec::new();
    for (position, code) in dataset.codes.iter().enumerate() {
        let id = fold(&code.id);
        let rank = if id == query {
            0
        } else if id.starts_with(&query) {
            1
        } else if dataset.search_key(position).is_some_and(|key| words.iter().all(|w| key.contains(w))) {
            2
        } else {
            continue;
        };
        ranked.push((rank, position));
    }
    ranked.sort_unstable();
    ranked.into_iter().take(limit).map(|(_, position)| &dataset.codes[position]).collect()
}
