//! Tracing a code: every chain from it up to the top of its scheme, what lies
//! below it, and what the papers attach to it (notes, the Appendix 1 passages
//! coded with it, the structural paths from its construct).
//!
//! All lookups go through the dataset's id index, so a trace costs time in
//! proportion to the size of the answer, not of the dataset.

use crate::dataset::{Code, Dataset, Level};
use crate::model::{SourceNote, StructuralPath};
use crate::text::{clamp, edit_distance, fold};

/// What `trace` returns for a known code.
#[derive(Debug)]
pub struct Trace<'a> {
    pub code: &'a Code,
    /// Each chain starts with `code` and ends at a top-level code, one entry
    /// per level. A code listed under two parents has two chains.
    pub chains: Vec<Vec<&'a Code>>,
    /// Codes one level down, in printed order.
    pub children: Vec<&'a Code>,
    /// Distinct codes below, per level, nearest level first.
    pub below: Vec<(Level, usize)>,
    /// Source notes on this code.
    pub notes: Vec<&'a SourceNote>,
    /// Indexes of the Appendix 1 passages whose annotation names this code.
    pub excerpt_passages: Vec<usize>,
    /// For the measurement model: the structural paths that start or end at
    /// the construct this code belongs to.
    pub structural_paths: Vec<&'a StructuralPath>,
}

/// An input that names no code.
#[derive(Debug, PartialEq, Eq)]
pub struct UnknownCode {
    /// The input, cut to a displayable length.
    pub input: String,
    /// Known codes close to the input, best first.
    pub suggestions: Vec<String>,
}

/// Traces `input`, which must be a code exactly as printed (case-sensitive).
pub fn trace<'a>(dataset: &'a Dataset, input: &str) -> Result<Trace<'a>, UnknownCode> {
    let Some(code) = dataset.code(input) else {
        return Err(UnknownCode { input: clamp(input).to_string(), suggestions: suggest(dataset, input, 5) });
    };
    let mut chains = Vec::new();
    collect_chains(dataset, code, &mut vec![code], &mut chains);
    let children = code.children.iter().filter_map(|id| dataset.code(id)).collect();
    let record = if code.level == Level::Item { format!("item:{}", code.id) } else { format!("code:{}", code.id) };
    let mut notes = dataset.notes_for(&record);
    if code.level == Level::Dimension {
        notes.extend(dataset.notes_for(&format!("dimension:{}", code.id)));
    } else if code.level == Level::Construct {
        notes.extend(dataset.notes_for(&format!("construct:{}", code.id)));
    }
    let excerpt_passages = dataset
        .sources
        .small_giants
        .excerpt
        .iter()
        .enumerate()
        .filter(|(_, p)| p.codes.iter().any(|c| c.id == code.id))
        .map(|(i, _)| i)
        .collect();
    let structural_paths = structural_paths_for(dataset, &chains);
    Ok(Trace { code, chains, children, below: count_below(dataset, code), notes, excerpt_passages, structural_paths })
}

fn collect_chains<'a>(dataset: &'a Dataset, code: &'a Code, path: &mut Vec<&'a Code>, out: &mut Vec<Vec<&'a Code>>) {
    let parents: Vec<&Code> = code.parents.iter().filter_map(|id| dataset.code(id)).collect();
    if parents.is_empty() {
        out.push(path.clone());
        return;
    }
    for parent in parents {
        // Levels strictly rise along a chain; the guard keeps bad data finite.
        if path.iter().any(|c| c.id == parent.id) || path.len() > 16 {
            continue;
        }
        path.push(parent);
        collect_chains(dataset, parent, path, out);
        path.pop();
    }
}

/// Distinct descendants per level.
pub fn count_below(dataset: &Dataset, code: &Code) -> Vec<(Level, usize)> {
    let mut counts: Vec<(Level, usize)> = Vec::new();
    // A list rather than a set: a few hundred codes at most, and no hash
    // table's code in the main module where this is (it is shared by
    // several views).
    let mut seen: Vec<&str> = Vec::new();
    let mut frontier: Vec<&Code> = vec![code];
    while !frontier.is_empty() {
        let mut next = Vec::new();
        for parent in frontier {
            for child in parent.children.iter().filter_map(|id| dataset.code(id)) {
                if !seen.contains(&child.id.as_str()) {
                    seen.push(child.id.as_str());
                    next.push(child);
                }
            }
        }
        if let Some(first) = next.first() {
            counts.push((first.level, next.len()));
        }
        frontier = next;
    }
    counts
}

fn structural_paths_for<'a>(dataset: &'a Dataset, chains: &[Vec<&'a Code>]) -> Vec<&'a StructuralPath> {
    let constructs: Vec<&str> = chains
        .iter()
        .filter_map(|chain| chain.last())
        .filter(|top| top.level == Level::Construct)
        .map(|top| top.id.as_str())
        .collect();
    dataset
        .sources
        .kunming
        .structural_path
        .iter()
        .filter(|p| constructs.contains(&p.from.as_str()) || constructs.contains(&p.to.as_str()))
        .collect()
}

/// Up to `limit` known codes closest to `input`: a case-insensitive match
/// first, then by edit distance on the id, then by order in the data.
pub fn suggest(dataset: &Dataset, input: &str, limit: usize) -> Vec<String> {
    let input = clamp(input.trim());
    if input.is_empty() {
        return Vec::new();
    }
    let folded = fold(input);
    let length = folded.chars().count();
    // Suggestions further than about half the input's length away are noise.
    let max_score = 1 + length.max(2) / 2 + 1;
    let mut scored: Vec<(usize, usize, &str)> = Vec::new();
    for (order, code) in dataset.codes.iter().enumerate() {
        // Edit distance is at least the difference in length: skip early.
        if code.id.chars().count().abs_diff(length) + 1 > max_score {
            continue;
        }
        let id = fold(&code.id);
        let score = if id == folded { 0 } else { 1 + edit_distance(&folded, &id) };
        if score <= max_score {
            scored.push((score, order, code.id.as_str()));
        }
    }
    let order = crate::order::order_by_key(&scored, |&(score, order, _)| (score as u64) << 32 | order as u64);
    order.into_iter().take(limit).map(|i| scored[i].2.to_string()).collect()
}
