//! The firm filter: five human-resource facets, a study and free text.
//!
//! A facet is any, present or absent. A firm whose study does not report an
//! attribute is "not reported" for it and never matches present or absent;
//! `excluded_as_not_reported` says how many firms an active facet leaves out
//! that way, so the view can say so.

use crate::dataset::{Dataset, Firm};
use crate::model::{HrAttribute, StudyId};
use crate::text::{clamp, fold};

/// The one vocabulary for a firm's value of a human-resource attribute,
/// wherever it is shown (filter, firm page, matrix, combinations): the
/// Beijing paper marks X where "a presence of those individuals has been
/// detected", so a blank cell is "not detected", and the other studies do not
/// report the attributes at all.
pub fn value_label(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "Present",
        Some(false) => "Not detected",
        None => "Not reported",
    }
}

/// The mark for a value in tables, explained by a legend in
/// [`value_label`]'s words.
pub fn value_mark(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "✓",
        Some(false) => "–",
        None => "n/r",
    }
}

/// The state of one facet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Facet {
    #[default]
    Any,
    Present,
    Absent,
}

impl Facet {
    pub const ALL: [Facet; 3] = [Facet::Any, Facet::Present, Facet::Absent];

    /// The URL value: `yes`, `no`, or none for any.
    pub fn url_value(self) -> Option<&'static str> {
        match self {
            Facet::Any => None,
            Facet::Present => Some("yes"),
            Facet::Absent => Some("no"),
        }
    }

    /// The option's label, in the vocabulary of [`value_label`].
    pub fn label(self) -> &'static str {
        match self {
            Facet::Any => "Any",
            Facet::Present => value_label(Some(true)),
            Facet::Absent => value_label(Some(false)),
        }
    }

    /// A stable key, for element ids.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Any => "any",
            Facet::Present => "present",
            Facet::Absent => "absent",
        }
    }

    /// Whether a firm's value for the attribute passes this facet.
    pub fn accepts(self, value: Option<bool>) -> bool {
        match self {
            Facet::Any => true,
            Facet::Present => value == Some(true),
            Facet::Absent => value == Some(false),
        }
    }
}

/// Everything the firm list is filtered by; the URL is its serialised form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct FirmQuery {
    /// Indexed by `HrAttribute as usize`.
    pub facets: [Facet; 5],
    pub study: Option<StudyId>,
    pub text: String,
}

impl FirmQuery {
    /// The active filter in words, one entry per part that is set, e.g.
    /// "Staff who studied abroad: Present", "Study: Beijing IT and new-media
    /// SMEs", "Text: “CEO”"; empty where nothing is filtered.
    pub fn describe(&self, dataset: &Dataset) -> Vec<String> {
        let mut parts: Vec<String> = HrAttribute::ALL
            .into_iter()
            .filter(|&a| self.facet(a) != Facet::Any)
            .map(|a| format!("{}: {}", a.short_label(), self.facet(a).label()))
            .collect();
        if let Some(study) = self.study {
            parts.push(format!("Study: {}", dataset.study(study).short_title));
        }
        if !self.text.is_empty() {
            parts.push(format!("Text: “{}”", self.text));
        }
        parts
    }

    pub fn facet(&self, attribute: HrAttribute) -> Facet {
        self.facets[attribute as usize]
    }

    pub fn with_facet(&self, attribute: HrAttribute, facet: Facet) -> FirmQuery {
        let mut next = self.clone();
        next.facets[attribute as usize] = facet;
        next
    }

    pub fn with_study(&self, study: Option<StudyId>) -> FirmQuery {
        FirmQuery { study, ..self.clone() }
    }

    pub fn with_text(&self, text: &str) -> FirmQuery {
        FirmQuery { text: text.to_string(), ..self.clone() }
    }

    pub fn is_empty(&self) -> bool {
        *self == FirmQuery::default()
    }

    /// Whether `firm` passes every part of the query.
    pub fn matches(&self, firm: &Firm) -> bool {
        self.matches_except(firm, None)
    }

    fn matches_except(&self, firm: &Firm, skip: Option<HrAttribute>) -> bool {
        HrAttribute::ALL
            .into_iter()
            .filter(|a| Some(*a) != skip)
            .all(|a| self.facet(a).accepts(firm.hr.get(a)))
            && self.study.is_none_or(|s| s == firm.study)
            && matches_text(firm, &self.text)
    }
}

/// Free-text match over id, name, sector and facts, every word must occur.
fn matches_text(firm: &Firm, text: &str) -> bool {
    let text = fold(clamp(text.trim()));
    if text.is_empty() {
        return true;
    }
    let haystack = fold(&format!(
        "{} {} {} {}",
        firm.id,
        firm.name,
        firm.sector,
        firm.facts.iter().map(|f| f.text.as_str()).collect::<Vec<_>>().join(" ")
    ));
    text.split_whitespace().all(|word| haystack.contains(word))
}

/// The firms matching `query`, in catalogue order.
pub fn filter<'a>(dataset: &'a Dataset, query: &FirmQuery) -> Vec<&'a Firm> {
    dataset.firms.iter().filter(|f| query.matches(f)).collect()
}

/// The rows a firm list renders, given `matching`, the firms [`filter`]
/// found (references into `dataset.firms`, in catalogue order): each row a
/// firm's position in `dataset.firms` and whether it matches (is shown), in
/// catalogue order. Where the whole catalogue fits in `limit` rows, every
/// firm has a row and the ones that do not match are hidden: a filter change
/// then shows and hides rows instead of building and removing them.
/// Otherwise only the first `limit` matches have rows.
pub fn rows(dataset: &Dataset, matching: &[&Firm], limit: usize) -> Vec<(usize, bool)> {
    let mut next = matching.iter().peekable();
    let all = dataset.firms.iter().enumerate().map(|(i, firm)| {
        // Both in catalogue order: a walk through the two, by reference.
        let shown = next.next_if(|m| std::ptr::eq(**m, firm)).is_some();
        (i, shown)
    });
    if dataset.firms.len() <= limit {
        all.collect()
    } else {
        all.filter(|&(_, shown)| shown).take(limit).collect()
    }
}

/// How many firms each facet state would give, the other parts of the query
/// held as they are: `[any, present, absent]` for each attribute.
pub fn facet_counts(dataset: &Dataset, query: &FirmQuery) -> [[usize; 3]; 5] {
    let mut counts = [[0; 3]; 5];
    for firm in &dataset.firms {
        for attribute in HrAttribute::ALL {
            if !query.matches_except(firm, Some(attribute)) {
                continue;
            }
            let value = firm.hr.get(attribute);
            for (i, facet) in Facet::ALL.into_iter().enumerate() {
                if facet.accepts(value) {
                    counts[attribute as usize][i] += 1;
                }
            }
        }
    }
    counts
}

/// How many firms each study option would give (all studies first).
pub fn study_counts(dataset: &Dataset, query: &FirmQuery) -> (usize, [usize; 4]) {
    let unrestricted = query.with_study(None);
    let mut per_study = [0; 4];
    let mut all = 0;
    for firm in dataset.firms.iter().filter(|f| unrestricted.matches(f)) {
        all += 1;
        if let Some(i) = StudyId::ALL.iter().position(|s| *s == firm.study) {
            per_study[i] += 1;
        }
    }
    (all, per_study)
}

/// Firms that pass the study and text parts of the query but are left out
/// only because an active facet's attribute is not reported for them.
pub fn excluded_as_not_reported(dataset: &Dataset, query: &FirmQuery) -> usize {
    let active: Vec<HrAttribute> = HrAttribute::ALL.into_iter().filter(|a| query.facet(*a) != Facet::Any).collect();
    if active.is_empty() {
        return 0;
    }
    let base = FirmQuery { facets: [Facet::Any; 5], ..query.clone() };
    dataset
        .firms
        .iter()
        .filter(|f| base.matches(f))
        .filter(|f| active.iter().any(|a| f.hr.get(*a).is_none()))
        .count()
}

/// Which combinations of the five attributes occur among `firms` (only
/// firms whose study reports the attributes), most frequent first.
pub fn combinations<'a>(firms: &[&'a Firm]) -> Vec<([bool; 5], Vec<&'a Firm>)> {
    let mut groups: Vec<([bool; 5], Vec<&Firm>)> = Vec::new();
    for firm in firms.iter().copied().filter(|f| f.hr.is_reported()) {
        let key = HrAttribute::ALL.map(|a| firm.hr.get(a) == Some(true));
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, members)) => members.push(firm),
            None => groups.push((key, vec![firm])),
        }
    }
    // Largest group first; among equal sizes, the combination with the
    // earlier attributes present first (descending, as booleans compare).
    crate::order::sorted_by_key(groups, |(key, members)| {
        let bits = key.iter().fold(0u64, |acc, &present| (acc << 1) | u64::from(present));
        (u64::from(u32::MAX) - members.len() as u64) << 8 | (0xff - bits)
    })
}
