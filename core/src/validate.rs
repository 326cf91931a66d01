//! Validation of the dataset against the rules in `data/README.md`.
//!
//! Two kinds of result. *Problems* are errors in our data files (a duplicate
//! id, a parent that does not exist, an empty label, a note naming a record
//! that does not exist): the build and the tests fail on any of them.
//! *Findings* are inconsistencies in the papers themselves (an id under two
//! parents, a gap in an id sequence, an id printed with two labels, a count in
//! the text that disagrees with the tables): each must be covered by a
//! reviewed source note of the matching kind naming the record, and a note of
//! those kinds that no finding supports is a problem too (it is stale).
//!
//! Every message names the file, the record and the problem.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;

use crate::dataset::{Dataset, Level, Sources};
use crate::model::{Evidence, NoteKind, StatedCount, StudyId};

/// A problem with the data, naming the file, the record and the problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub record: String,
    pub problem: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.record, self.problem)
    }
}

/// An inconsistency in a paper, found by reading the data.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub study: StudyId,
    pub kind: NoteKindKey,
    /// The record reference a note must name, e.g. `code:a13`.
    pub record: String,
    pub detail: String,
}

/// `NoteKind` with an order, for sorting findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NoteKindKey {
    MultipleParents,
    IdGap,
    DifferentLabels,
    CountMismatch,
}

impl NoteKindKey {
    pub fn kind(self) -> NoteKind {
        match self {
            NoteKindKey::MultipleParents => NoteKind::MultipleParents,
            NoteKindKey::IdGap => NoteKind::IdGap,
            NoteKindKey::DifferentLabels => NoteKind::DifferentLabels,
            NoteKindKey::CountMismatch => NoteKind::CountMismatch,
        }
    }

    fn of(kind: NoteKind) -> Option<NoteKindKey> {
        match kind {
            NoteKind::MultipleParents => Some(NoteKindKey::MultipleParents),
            NoteKind::IdGap => Some(NoteKindKey::IdGap),
            NoteKind::DifferentLabels => Some(NoteKindKey::DifferentLabels),
            NoteKind::CountMismatch => Some(NoteKindKey::CountMismatch),
            _ => None,
        }
    }
}

/// Runs every check; an empty list means the data is valid.
pub fn check(dataset: &Dataset) -> Vec<DataError> {
    let mut out = Problems::default();
    check_studies(dataset, &mut out);
    check_codes(dataset, &mut out);
    check_small_giants(dataset, &mut out);
    check_haier_huawei(dataset, &mut out);
    check_kunming(dataset, &mut out);
    check_beijing(dataset, &mut out);
    check_notes(dataset, &mut out);
    check_themes(dataset, &mut out);
    out.0
}

fn check_themes(dataset: &Dataset, out: &mut Problems) {
    let themes = &dataset.sources.themes.theme;
    let mut push = |record: String, problem: String| {
        out.0.push(DataError { file: "data/themes.toml".to_string(), record, problem });
    };
    let mut ids = HashSet::new();
    for theme in themes {
        let record = format!("[[theme]] {}", theme.id);
        if !ids.insert(theme.id.as_str()) {
            push(record.clone(), "duplicate theme id".into());
        }
        if theme.title.trim().is_empty() || theme.summary.trim().is_empty() {
            push(record.clone(), "empty title or summary".into());
        }
        // Contrasting links do not hold a theme up: supporting evidence must
        // come from at least two studies.
        let supporting: HashSet<StudyId> =
            theme.link.iter().filter(|l| l.evidence == Evidence::Supports).map(|l| l.study).collect();
        if supporting.len() < 2 {
            push(record.clone(), "a theme needs supporting links from at least two studies (contrasting links do not count)".into());
        }
        for link in &theme.link {
            if link.quote.trim().is_empty() || link.text.trim().is_empty() || link.source.trim().is_empty() {
                push(record.clone(), format!("a {} link lacks its quote, text or source", link.study));
            }
            for reference in &link.records {
                if !record_exists(dataset, link.study, reference) {
                    push(record.clone(), format!("names {reference}, which is not in {}", link.study));
                }
            }
        }
    }
}

/// The inconsistencies in the papers that notes must cover.
pub fn findings(dataset: &Dataset) -> Vec<Finding> {
    let mut found = Vec::new();
    for code in &dataset.codes {
        let ref_kind = if code.level == Level::Item { "item" } else { "code" };
        if code.parents.len() > 1 {
            found.push(Finding {
                study: code.study,
                kind: NoteKindKey::MultipleParents,
                record: format!("{ref_kind}:{}", code.id),
                detail: format!("{} is listed under {}", code.id, code.parents.join(" and ")),
            });
        }
        let variants = code.variant_labels();
        if !variants.is_empty() {
            let mut labels = vec![format!("\"{}\" ({})", code.label, code.source)];
            labels.extend(variants.iter().map(|p| format!("\"{}\" ({})", p.label, p.source)));
            found.push(Finding {
                study: code.study,
                kind: NoteKindKey::DifferentLabels,
                record: format!("{ref_kind}:{}", code.id),
                detail: format!("{} is printed as {}", code.id, labels.join(", ")),
            });
        }
    }
    for (study, prefix, missing) in id_gaps(dataset) {
        for number in missing {
            found.push(Finding {
                study,
                kind: NoteKindKey::IdGap,
                record: format!("code:{prefix}{number}"),
                detail: format!("no {prefix}{number} is printed, though higher {prefix}-numbers are"),
            });
        }
    }
    for study in StudyId::ALL {
        for stated in stated_counts(&dataset.sources, study) {
            if let Ok(actual) = count(dataset, study, &stated.what) {
                if actual != stated.count {
                    found.push(Finding {
                        study,
                        kind: NoteKindKey::CountMismatch,
                        record: format!("stated_count:{}", stated.what),
                        detail: format!(
                            "the text states {} ({}: \"{}\"), the tables give {}",
                            stated.count, stated.source, stated.quote, actual
                        ),
                    });
                }
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// Gaps in numbered id sequences: per grounded-theory level prefix and per
/// Kunming item prefix, the numbers from 1 to the highest printed that are
/// missing.
fn id_gaps(dataset: &Dataset) -> Vec<(StudyId, String, Vec<u32>)> {
    let mut numbers: BTreeMap<(StudyId, String), BTreeSet<u32>> = BTreeMap::new();
    for code in &dataset.codes {
        let numbered = code.study == StudyId::SmallGiants || code.level == Level::Item;
        if !numbered {
            continue;
        }
        let split = code.id.find(|c: char| c.is_ascii_digit());
        if let Some(split) = split {
            let (prefix, digits) = code.id.split_at(split);
            if let Ok(n) = digits.parse::<u32>() {
                numbers.entry((code.study, prefix.to_string())).or_default().insert(n);
            }
        }
    }
    numbers
        .into_iter()
        .filter_map(|((study, prefix), present)| {
            let max = *present.iter().next_back()?;
            let missing: Vec<u32> = (1..=max).filter(|n| !present.contains(n)).collect();
            (!missing.is_empty()).then_some((study, prefix, missing))
        })
        .collect()
}

pub fn stated_counts(sources: &Sources, study: StudyId) -> &[StatedCount] {
    match study {
        StudyId::SmallGiants => &sources.small_giants.stated_count,
        StudyId::HaierHuawei => &[],
        StudyId::KunmingSem => &sources.kunming.stated_count,
        StudyId::BeijingSmes => &sources.beijing.stated_count,
    }
}

/// Computes the tally a stated count refers to; `Err` for an unknown `what`.
pub fn count(dataset: &Dataset, study: StudyId, what: &str) -> Result<u32, String> {
    let sources = &dataset.sources;
    let n = |x: usize| x as u32;
    match study {
        StudyId::SmallGiants => match what {
            "firms" => Ok(n(sources.small_giants.firm.len())),
            "interviewees" => Ok(sources.small_giants.interviewees.level.iter().map(|l| l.count).sum()),
            _ => match Level::parse(what) {
                Some(level) if Level::GROUNDED_THEORY.contains(&level) => {
                    Ok(n(dataset.codes_at(level).filter(|c| c.study == study).count()))
                }
                _ => Err(format!("unknown stated count \"{what}\"")),
            },
        },
        StudyId::KunmingSem => {
            let k = &sources.kunming;
            match what {
                "hypotheses" => Ok(n(k.hypothesis.len())),
                "observed_variables" => Ok(n(k.dimension.len())),
                "items" => Ok(n(k.item.len())),
                "constructs" => Ok(n(k.construct.len())),
                // The sample size Table 1 gives: its first category's total
                // (`check_kunming` requires every category to add up alike).
                "valid_questionnaires" => Ok(sample_totals(k).first().map_or(0, |(_, total)| *total)),
                _ => Err(format!("unknown stated count \"{what}\"")),
            }
        }
        StudyId::BeijingSmes => {
            let b = &sources.beijing;
            if what == "firms" {
                return Ok(n(b.firm.len()));
            }
            if let Some(key) = what.strip_prefix("hr:") {
                return b
                    .hr_row
                    .iter()
                    .find(|r| r.attribute.key() == key)
                    .map(|r| n(r.marked.len()))
                    .ok_or_else(|| format!("unknown attribute in stated count \"{what}\""));
            }
            if let Some(keys) = what.strip_prefix("hr_any:") {
                let mut firms = HashSet::new();
                for key in keys.split('|') {
                    let row = b
                        .hr_row
                        .iter()
                        .find(|r| r.attribute.key() == key)
                        .ok_or_else(|| format!("unknown attribute \"{key}\" in stated count \"{what}\""))?;
                    firms.extend(row.marked.iter());
                }
                return Ok(n(firms.len()));
            }
            Err(format!("unknown stated count \"{what}\""))
        }
        StudyId::HaierHuawei => Err(format!("unknown stated count \"{what}\"")),
    }
}

/// The total frequency of each category of the Kunming Table 1, in order.
fn sample_totals(k: &crate::model::KunmingFile) -> Vec<(&str, u32)> {
    let mut totals: Vec<(&str, u32)> = Vec::new();
    for row in &k.sample_row {
        match totals.iter_mut().find(|(c, _)| *c == row.category) {
            Some((_, total)) => *total += row.frequency,
            None => totals.push((row.category.as_str(), row.frequency)),
        }
    }
    totals
}

#[derive(Default)]
struct Problems(Vec<DataError>);

impl Problems {
    fn push(&mut self, study: StudyId, record: impl Into<String>, problem: impl Into<String>) {
        self.0.push(DataError {
            file: Sources::file_name(study).to_string(),
            record: record.into(),
            problem: problem.into(),
        });
    }

    fn non_empty(&mut self, study: StudyId, record: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(study, record, format!("empty {field}"));
        }
    }

    fn unique<'a>(&mut self, study: StudyId, what: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.push(study, format!("{what} {id}"), format!("duplicate {what} id"));
            }
        }
    }
}

fn check_studies(dataset: &Dataset, out: &mut Problems) {
    for study_id in StudyId::ALL {
        let study = dataset.study(study_id);
        let record = format!("[study] {}", study.id);
        if study.id != study_id {
            out.push(study_id, &record, format!("study id should be {study_id}"));
        }
        if let Some(title) = &study.title {
            out.non_empty(study_id, &record, "title", title);
        }
        for (field, value) in [
            ("short_title", &study.short_title),
            ("citation_source", &study.citation_source),
            ("research_question", &study.research_question),
            ("method", &study.method),
            ("sample", &study.sample),
            ("source", &study.source),
        ] {
            out.non_empty(study_id, &record, field, value);
        }
        if study.findings.is_empty() {
            out.push(study_id, &record, "no findings");
        }
        for finding in &study.findings {
            out.non_empty(study_id, &record, "finding", finding);
        }
    }
}

fn check_codes(dataset: &Dataset, out: &mut Problems) {
    let sg = &dataset.sources.small_giants;
    for (table, rows) in [("Table 2", &sg.table2), ("Table 3", &sg.table3), ("Table 4", &sg.table4), ("Appendix 2", &sg.appendix2)] {
        out.unique(StudyId::SmallGiants, &format!("{table} row for"), rows.iter().map(|r| r.parent.id.as_str()));
        for row in rows {
            if row.children.is_empty() {
                out.push(StudyId::SmallGiants, format!("{table} row {}", row.parent.id), "row has no children");
            }
        }
    }
    for code in &dataset.codes {
        let study = code.study;
        let record = format!("code {}", code.id);
        if code.study == StudyId::SmallGiants && Level::of_grounded_theory_id(&code.id).is_none() {
            out.push(study, &record, "id is not a grounded-theory id (a, b, A, S or C followed by digits)");
            continue;
        }
        for printing in &code.printings {
            out.non_empty(study, &record, &format!("label in {}", printing.source), &printing.label);
        }
        if !code.level.is_top() && code.parents.is_empty() {
            out.push(
                study,
                &record,
                format!("{} has no parent, so it does not reach a {}", code.level.title(), top_of(code.level).title()),
            );
        }
        for parent in &code.parents {
            match dataset.code(parent) {
                None => out.push(study, &record, format!("parent {parent} does not exist")),
                Some(p) if Some(p.level) != code.level.parent() => out.push(
                    study,
                    &record,
                    format!(
                        "parent {parent} is at level \"{}\", expected level \"{}\"",
                        p.level.title(),
                        code.level.parent().map_or("(none)", |l| l.title())
                    ),
                ),
                Some(_) => {}
            }
        }
    }
    let mut seen = HashSet::new();
    for code in &dataset.codes {
        if !seen.insert(code.id.as_str()) {
            out.push(code.study, format!("code {}", code.id), "duplicate code id");
        }
    }
}

fn top_of(level: Level) -> Level {
    let mut top = level;
    while let Some(up) = top.parent() {
        top = up;
    }
    top
}

fn check_small_giants(dataset: &Dataset, out: &mut Problems) {
    let s = StudyId::SmallGiants;
    let sg = &dataset.sources.small_giants;
    out.unique(s, "criterion", sg.criterion.iter().map(|c| c.id.as_str()));
    out.unique(s, "firm", sg.firm.iter().map(|f| f.id.as_str()));
    for firm in &sg.firm {
        let record = format!("[[firm]] {}", firm.id);
        out.non_empty(s, &record, "firm_type", &firm.firm_type);
        out.non_empty(s, &record, "annual_sales_revenue_millions", &firm.annual_sales_revenue_millions);
        for criterion in &firm.meets {
            if !sg.criterion.iter().any(|c| &c.id == criterion) {
                out.push(s, &record, format!("meets unknown criterion {criterion}"));
            }
        }
    }
    let total: u32 = sg.interviewees.level.iter().map(|l| l.count).sum();
    if total != sg.interviewees.total {
        out.push(s, "[interviewees]", format!("levels add up to {total}, total says {}", sg.interviewees.total));
    }
    for (i, passage) in sg.excerpt.iter().enumerate() {
        let record = format!("[[excerpt]] {}", i + 1);
        out.non_empty(s, &record, "text", &passage.text);
        for code in &passage.codes {
            match dataset.code(&code.id) {
                Some(c) if c.level == Level::Concept => {}
                _ => out.push(s, &record, format!("{} is not a concept of Appendix 2", code.id)),
            }
        }
    }
}

fn check_haier_huawei(dataset: &Dataset, out: &mut Problems) {
    let s = StudyId::HaierHuawei;
    let hh = &dataset.sources.haier_huawei;
    out.unique(s, "company", hh.company.iter().map(|c| c.id.as_str()));
    out.unique(s, "path", hh.path.iter().map(|p| p.id.as_str()));
    let company_exists = |id: &str| hh.company.iter().any(|c| c.id == id);
    for company in &hh.company {
        let record = format!("[[company]] {}", company.id);
        out.non_empty(s, &record, "name", &company.name);
        for fact in &company.fact {
            out.non_empty(s, &record, "fact", &fact.text);
            out.non_empty(s, &record, "fact source", &fact.source);
        }
    }
    for stage in &hh.stage {
        if !company_exists(&stage.company) {
            out.push(s, format!("[[stage]] {}", stage.name), format!("unknown company {}", stage.company));
        }
    }
    for milestone in &hh.milestone {
        if !company_exists(&milestone.company) {
            out.push(s, format!("[[milestone]] {}", milestone.year), format!("unknown company {}", milestone.company));
        }
    }
    for path in &hh.path {
        let record = format!("[[path]] {}", path.id);
        if path.evidence.is_empty() {
            out.push(s, &record, "no evidence");
        }
        for evidence in &path.evidence {
            if evidence.company != "both" && !company_exists(&evidence.company) {
                out.push(s, &record, format!("evidence for unknown company {}", evidence.company));
            }
        }
    }
}

fn check_kunming(dataset: &Dataset, out: &mut Problems) {
    let s = StudyId::KunmingSem;
    let k = &dataset.sources.kunming;
    out.unique(s, "construct", k.construct.iter().map(|c| c.id.as_str()));
    out.unique(s, "dimension", k.dimension.iter().map(|c| c.id.as_str()));
    out.unique(s, "item", k.item.iter().map(|c| c.id.as_str()));
    out.unique(s, "hypothesis", k.hypothesis.iter().map(|c| c.id.as_str()));
    let construct_exists = |id: &str| k.construct.iter().any(|c| c.id == id);
    for dimension in &k.dimension {
        if !construct_exists(&dimension.construct) {
            out.push(s, format!("[[dimension]] {}", dimension.id), format!("unknown construct {}", dimension.construct));
        }
    }
    for item in &k.item {
        if item.dimensions.is_empty() {
            out.push(s, format!("[[item]] {}", item.id), "no dimension");
        }
    }
    for path in &k.structural_path {
        let record = format!("[[structural_path]] {}->{}", path.from, path.to);
        for end in [&path.from, &path.to] {
            if !construct_exists(end) {
                out.push(s, &record, format!("unknown construct {end}"));
            }
        }
        if !k.hypothesis.iter().any(|h| h.id == path.hypothesis) {
            out.push(s, &record, format!("unknown hypothesis {}", path.hypothesis));
        }
        if crate::text::parse_decimal(&path.std).is_none() {
            out.push(s, &record, format!("standardised coefficient \"{}\" is not a number", path.std));
        }
    }
    for stated in &k.stated_count {
        if let Err(e) = count(dataset, s, &stated.what) {
            out.push(s, format!("[[stated_count]] {}", stated.what), e);
        }
    }
    let totals = sample_totals(k);
    if let Some((first, expected)) = totals.first() {
        for (category, total) in &totals[1..] {
            if total != expected {
                out.push(s, format!("[[sample_row]] {category}"), format!("adds up to {total}, but \"{first}\" adds up to {expected}"));
            }
        }
    }
}

fn check_beijing(dataset: &Dataset, out: &mut Problems) {
    let s = StudyId::BeijingSmes;
    let b = &dataset.sources.beijing;
    out.unique(s, "firm", b.firm.iter().map(|f| f.id.as_str()));
    out.unique(s, "hr_row", b.hr_row.iter().map(|r| r.attribute.key()));
    out.unique(s, "mechanism", b.mechanism.iter().map(|m| m.id.as_str()));
    for attribute in crate::model::HrAttribute::ALL {
        if !b.hr_row.iter().any(|r| r.attribute == attribute) {
            out.push(s, format!("[[hr_row]] {}", attribute.key()), "Table 1 row missing");
        }
    }
    let firm_exists = |id: &str| b.firm.iter().any(|f| f.id == id);
    for row in &b.hr_row {
        for firm in &row.marked {
            if !firm_exists(firm) {
                out.push(s, format!("[[hr_row]] {}", row.attribute.key()), format!("unknown firm {firm}"));
            }
        }
    }
    for mechanism in &b.mechanism {
        for firm in &mechanism.firms {
            if !firm_exists(firm) {
                out.push(s, format!("[[mechanism]] {}", mechanism.id), format!("unknown firm {firm}"));
            }
        }
    }
    for firm in &b.firm {
        let record = format!("[[firm]] {}", firm.id);
        out.non_empty(s, &record, "sector", &firm.sector);
        for fact in &firm.fact {
            out.non_empty(s, &record, "fact", &fact.text);
        }
    }
    for stated in &b.stated_count {
        if let Err(e) = count(dataset, s, &stated.what) {
            out.push(s, format!("[[stated_count]] {}", stated.what), e);
        }
    }
    let sg = &dataset.sources.small_giants;
    for stated in &sg.stated_count {
        if let Err(e) = count(dataset, StudyId::SmallGiants, &stated.what) {
            out.push(StudyId::SmallGiants, format!("[[stated_count]] {}", stated.what), e);
        }
    }
}

/// Whether a `kind:id` record reference names something in the data: exactly
/// when it has a name (see `records.rs`). References name records of their own
/// study; `study:` may name any study.
pub fn record_exists(dataset: &Dataset, study: StudyId, reference: &str) -> bool {
    dataset.find_record_name(study, reference).is_some()
}

fn check_notes(dataset: &Dataset, out: &mut Problems) {
    let findings = findings(dataset);
    let mut covered: HashSet<(NoteKindKey, &str)> = HashSet::new();
    let mut ids = HashSet::new();
    for (study, note) in dataset.all_notes() {
        let record = format!("[[note]] {}", note.id);
        if !ids.insert(note.id.as_str()) {
            out.push(study, &record, "duplicate note id");
        }
        out.non_empty(study, &record, "text", &note.text);
        out.non_empty(study, &record, "source", &note.source);
        if note.records.is_empty() {
            out.push(study, &record, "names no record");
        }
        let key = NoteKindKey::of(note.kind);
        let mut supported_any = false;
        for reference in &note.records {
            let is_gap = key == Some(NoteKindKey::IdGap) && reference.starts_with("code:");
            if !is_gap && !record_exists(dataset, study, reference) {
                out.push(study, &record, format!("names {reference}, which is not in the data"));
            }
            if let Some(key) = key {
                if findings.iter().any(|f| f.kind == key && &f.record == reference && f.study == study) {
                    covered.insert((key, reference.as_str()));
                    supported_any = true;
                }
            }
        }
        // A note of a kind validation finds must name at least one record where
        // validation finds it; other records it names are context.
        if key.is_some() && !supported_any {
            out.push(
                study,
                &record,
                format!("is a {:?} note, but validation finds no such inconsistency in the records it names", note.kind),
            );
        }
    }
    for finding in &findings {
        if !covered.contains(&(finding.kind, finding.record.as_str())) {
            out.push(
                finding.study,
                &finding.record,
                format!(
                    "{}; add a [[note]] of kind \"{}\" naming \"{}\" once you have checked the paper",
                    finding.detail,
                    finding.kind.kind().key(),
                    finding.record
                ),
            );
        }
    }
}
