//! Check the numbers: every number the data can recompute, recomputed.
//!
//! Composite reliability and average variance extracted of every Kunming
//! dimension and second-order construct from the standardised loadings
//! printed in the same table, with the paper's thresholds applied to the
//! printed and the recomputed values; Table 1's percentages from its counts
//! and its totals against the sample size the text states; every count a
//! text states against its tables; the indirect and total effects (computed
//! here; the paper prints none).
//!
//! Tolerance follows the printed precision: each printed input stands for
//! every value that rounds to it, so a recomputation yields an interval; it
//! reproduces a printed figure when that interval meets the figure's own
//! rounding interval. No fixed epsilon. Arithmetic is in `f64`, formatting
//! by `format_fixed` (no float formatter in the app).

use crate::dataset::Dataset;
use crate::model::{KunmingFile, StudyId};
use crate::text::parse_decimal;

/// The paper's thresholds (Kunming, citing Black et al. and Sharma et al.).
pub const LOADING_MIN: f64 = 0.5;
pub const CR_MIN: f64 = 0.7;
pub const AVE_MIN: f64 = 0.5;

/// What a check found.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Reproduces,
    DoesNotReproduce,
    CannotBeChecked(Why),
}

/// Why a number cannot be checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The paper prints no value to compare with (computed here only).
    NotPrinted,
    /// An input is missing or not a number.
    NoInput,
}

/// The quantity a check is about.
#[derive(Clone, Debug, PartialEq)]
pub enum Quantity {
    Cr,
    Ave,
    /// A Table 1 row's percentage.
    Percentage,
    /// A Table 1 category's total of counts, against the sample size stated.
    Total,
    /// A count the text states, against the tables.
    StatedCount,
    /// Indirect and total effect, computed here.
    Effect,
    /// The items' loading range a text states, against its table.
    LoadingRange,
}

/// One recomputation.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub study: StudyId,
    /// The record, as a reference (`dimension:X13`, `construct:IL`,
    /// `sample_row:Enterprise scale`, `stated_count:hypotheses`,
    /// `structural_path:IL->EI`).
    pub record: String,
    /// How a reader names it ("X13", "Table 1 · Gender · Male").
    pub name: String,
    pub quantity: Quantity,
    /// As printed ("0.805", "23.81%", "366"); empty where nothing is printed.
    pub printed: String,
    /// Recomputed here, to the printed precision plus one decimal (or three
    /// decimals where nothing is printed); empty where it cannot be.
    pub recomputed: String,
    /// The formula with the numbers put in.
    pub formula: String,
    pub status: Status,
    /// The paper's threshold on the printed and on the recomputed value:
    /// `Some(true)` meets it; None where no threshold applies.
    pub threshold: Option<(Option<bool>, Option<bool>)>,
}

/// Decimals printed after the point (`"0.805"` → 3, `"23.81%"` → 2, `"12"` → 0).
pub fn decimals(printed: &str) -> u32 {
    let digits = printed.trim().trim_end_matches('%');
    digits.split_once('.').map_or(0, |(_, f)| f.len() as u32)
}

/// Half a unit of the last printed decimal: how far the true value may lie
/// from what is printed.
fn half_unit(decimals: u32) -> f64 {
    0.5 / 10f64.powi(decimals as i32)
}

/// Formats with `decimals` decimals, rounding half away from zero, without
/// the standard float formatter.
pub fn format_fixed(value: f64, decimals: u32) -> String {
    let scale = 10i64.pow(decimals);
    let units = (value * scale as f64).round() as i64;
    let sign = if units < 0 { "-" } else { "" };
    let magnitude = units.unsigned_abs();
    if decimals == 0 {
        return format!("{sign}{magnitude}");
    }
    format!("{sign}{}.{:0width$}", magnitude / scale as u64, magnitude % scale as u64, width = decimals as usize)
}

/// Composite reliability: (Σλ)² / ((Σλ)² + Σ(1 − λ²)).
pub fn cr(loadings: &[f64]) -> f64 {
    let sum: f64 = loadings.iter().sum();
    let error: f64 = loadings.iter().map(|l| 1.0 - l * l).sum();
    let squared = sum * sum;
    if squared + error == 0.0 { 0.0 } else { squared / (squared + error) }
}

/// Average variance extracted: Σλ² / n.
pub fn ave(loadings: &[f64]) -> f64 {
    if loadings.is_empty() { 0.0 } else { loadings.iter().map(|l| l * l).sum::<f64>() / loadings.len() as f64 }
}

/// The interval a formula yields when each input may be anything that rounds
/// to its printed value. CR and AVE both grow with every loading in [0, 1],
/// so the ends are the formula at the inputs' low and high ends.
fn interval(f: fn(&[f64]) -> f64, inputs: &[(f64, u32)]) -> (f64, f64) {
    let low: Vec<f64> = inputs.iter().map(|(v, d)| (v - half_unit(*d)).max(0.0)).collect();
    let high: Vec<f64> = inputs.iter().map(|(v, d)| (v + half_unit(*d)).min(1.0)).collect();
    (f(&low), f(&high))
}

/// Whether a recomputed interval meets a printed figure's rounding interval.
fn reproduces((low, high): (f64, f64), printed: f64, decimals: u32) -> bool {
    let h = half_unit(decimals);
    high >= printed - h - 1e-12 && low <= printed + h + 1e-12
}

/// Every check the data allows, grouped by study in study order.
pub fn all_checks(dataset: &Dataset) -> Vec<Check> {
    let mut out = Vec::new();
    reliability(&dataset.sources.kunming, &mut out);
    ranges(&dataset.sources.kunming, &mut out);
    sample(dataset, &mut out);
    for study in StudyId::ALL {
        stated(dataset, study, &mut out);
    }
    effects(&dataset.sources.kunming, &mut out);
    // Study order; the order of checking within a study (the sort is stable).
    let position = |s: StudyId| StudyId::ALL.iter().position(|x| *x == s).unwrap_or(0) as u64;
    crate::order::sorted_by_key(out, |c| position(c.study))
}

/// CR and AVE of one set of loadings against the printed figures.
fn cr_ave(out: &mut Vec<Check>, record: String, name: String, printed: [(Quantity, &str); 2], loadings: &[(String, &str)]) {
    let inputs: Vec<(f64, u32)> = loadings.iter().filter_map(|(_, l)| parse_decimal(l).map(|v| (v, decimals(l)))).collect();
    let complete = inputs.len() == loadings.len() && !inputs.is_empty();
    for (quantity, printed) in printed {
        let (f, formula): (fn(&[f64]) -> f64, String) = match quantity {
            Quantity::Cr => {
                let terms = loadings.iter().map(|(_, l)| l.to_string()).collect::<Vec<_>>().join(" + ");
                let errors = loadings.iter().map(|(_, l)| format!("(1 − {l}²)")).collect::<Vec<_>>().join(" + ");
                (cr, format!("({terms})² / (({terms})² + {errors})"))
            }
            _ => {
                let squares = loadings.iter().map(|(_, l)| format!("{l}²")).collect::<Vec<_>>().join(" + ");
                (ave, format!("({squares}) / {}", loadings.len()))
            }
        };
        let values: Vec<f64> = inputs.iter().map(|(v, _)| *v).collect();
        let printed_value = parse_decimal(printed);
        let d = decimals(printed);
        let minimum = if quantity == Quantity::Cr { CR_MIN } else { AVE_MIN };
        let (recomputed, status, threshold) = match (complete, printed_value) {
            (false, _) => (String::new(), Status::CannotBeChecked(Why::NoInput), None),
            (true, None) => {
                let value = f(&values);
                (format_fixed(value, 3), Status::CannotBeChecked(Why::NotPrinted), Some((None, Some(value >= minimum))))
            }
            (true, Some(p)) => {
                let value = f(&values);
                let status = if reproduces(interval(f, &inputs), p, d) { Status::Reproduces } else { Status::DoesNotReproduce };
                (format_fixed(value, d + 1), status, Some((Some(p >= minimum), Some(value >= minimum))))
            }
        };
        let formula = if recomputed.is_empty() { formula } else { format!("{formula} = {recomputed}") };
        out.push(Check { study: StudyId::KunmingSem, record: record.clone(), name: name.clone(), quantity, printed: printed.to_string(), recomputed, formula, status, threshold });
    }
}

/// Tables 3–6: every dimension from its items' loadings as the CFA table
/// groups them (an item printed under two dimensions, IL6 and IC11, is
/// loaded under the second, the CFA table's; see the notes on them), every
/// construct that prints CR and AVE from its dimensions' loadings.
fn reliability(k: &KunmingFile, out: &mut Vec<Check>) {
    for d in &k.dimension {
        let loadings: Vec<(String, &str)> =
            k.item.iter().filter(|i| i.dimensions.last() == Some(&d.id)).map(|i| (i.id.clone(), i.std_loading.as_str())).collect();
        cr_ave(out, format!("dimension:{}", d.id), d.id.clone(), [(Quantity::Cr, &d.cr), (Quantity::Ave, &d.ave)], &loadings);
    }
    for c in &k.construct {
        let loadings: Vec<(String, &str)> =
            k.dimension.iter().filter(|d| d.construct == c.id).map(|d| (d.id.clone(), d.loading_std.as_str())).collect();
        let cr_printed = c.cr.as_deref().unwrap_or_default();
        let ave_printed = c.ave.as_deref().unwrap_or_default();
        cr_ave(out, format!("construct:{}", c.id), c.id.clone(), [(Quantity::Cr, cr_printed), (Quantity::Ave, ave_printed)], &loadings);
    }
}

/// The loading range each CFA table's text states, against the lowest and
/// highest standardised loading that table prints for its items.
fn ranges(k: &KunmingFile, out: &mut Vec<Check>) {
    for r in &k.stated_range {
        let dimensions: Vec<&str> = k.dimension.iter().filter(|d| d.construct == r.construct).map(|d| d.id.as_str()).collect();
        let loadings: Vec<(&str, f64, &str)> = k
            .item
            .iter()
            .filter(|i| i.dimensions.last().is_some_and(|d| dimensions.contains(&d.as_str())))
            .filter_map(|i| parse_decimal(&i.std_loading).map(|v| (i.id.as_str(), v, i.std_loading.as_str())))
            .collect();
        let low = loadings.iter().min_by(|a, b| a.1.total_cmp(&b.1));
        let high = loadings.iter().max_by(|a, b| a.1.total_cmp(&b.1));
        // The paper's loading threshold, on the stated and on the printed lowest loading.
        let threshold = Some((parse_decimal(&r.min).map(|m| m >= LOADING_MIN), low.map(|l| l.1 >= LOADING_MIN)));
        let (recomputed, status, formula) = match (low, high, parse_decimal(&r.min), parse_decimal(&r.max)) {
            (Some(low), Some(high), Some(min), Some(max)) => {
                let same = low.1 == min && high.1 == max;
                (
                    format!("{}–{}", low.2, high.2),
                    if same { Status::Reproduces } else { Status::DoesNotReproduce },
                    format!("min = {} ({}), max = {} ({}) of {} items", low.2, low.0, high.2, high.0, loadings.len()),
                )
            }
            _ => (String::new(), Status::CannotBeChecked(Why::NoInput), String::new()),
        };
        out.push(Check {
            study: StudyId::KunmingSem,
            record: format!("construct:{}", r.construct),
            name: format!("{} · {}", r.construct, r.source),
            quantity: Quantity::LoadingRange,
            printed: format!("{}–{}", r.min, r.max),
            recomputed,
            formula,
            status,
            threshold,
        });
    }
}

/// Table 1: each row's percentage from its count and its category's total;
/// each category's total against the sample size the text states.
fn sample(dataset: &Dataset, out: &mut Vec<Check>) {
    let k = &dataset.sources.kunming;
    let stated = crate::validate::stated_counts(&dataset.sources, StudyId::KunmingSem)
        .iter()
        .find(|s| s.what == "valid_questionnaires")
        .map(|s| s.count);
    let mut categories: Vec<&str> = Vec::new();
    for row in &k.sample_row {
        if !categories.contains(&row.category.as_str()) {
            categories.push(&row.category);
        }
    }
    for category in categories {
        let rows: Vec<_> = k.sample_row.iter().filter(|r| r.category == category).collect();
        let total: u32 = rows.iter().map(|r| r.frequency).sum();
        for row in &rows {
            let d = decimals(&row.percentage);
            let printed = parse_decimal(row.percentage.trim().trim_end_matches('%'));
            let value = if total == 0 { 0.0 } else { f64::from(row.frequency) * 100.0 / f64::from(total) };
            let status = match printed {
                // Counts are exact: only the printed percentage is rounded.
                Some(p) if reproduces((value, value), p, d) => Status::Reproduces,
                Some(_) => Status::DoesNotReproduce,
                None => Status::CannotBeChecked(Why::NoInput),
            };
            let recomputed = format!("{}%", format_fixed(value, d + 1));
            out.push(Check {
                study: StudyId::KunmingSem,
                record: format!("sample_row:{category}"),
                name: format!("Table 1 · {category} · {}", row.classify),
                quantity: Quantity::Percentage,
                printed: row.percentage.clone(),
                formula: format!("{} / {total} × 100 = {recomputed}", row.frequency),
                recomputed,
                status,
                threshold: None,
            });
        }
        let (printed, status) = match stated {
            Some(n) => (n.to_string(), if n == total { Status::Reproduces } else { Status::DoesNotReproduce }),
            None => (String::new(), Status::CannotBeChecked(Why::NotPrinted)),
        };
        let counts = rows.iter().map(|r| r.frequency.to_string()).collect::<Vec<_>>().join(" + ");
        out.push(Check {
            study: StudyId::KunmingSem,
            record: format!("sample_row:{category}"),
            name: format!("Table 1 · {category} · total"),
            quantity: Quantity::Total,
            printed,
            recomputed: total.to_string(),
            formula: format!("{counts} = {total}"),
            status,
            threshold: None,
        });
    }
}

/// Every count a study's text states, against its tables.
fn stated(dataset: &Dataset, study: StudyId, out: &mut Vec<Check>) {
    for s in crate::validate::stated_counts(&dataset.sources, study) {
        let (recomputed, status) = match crate::validate::count(dataset, study, &s.what) {
            Ok(n) => (n.to_string(), if n == s.count { Status::Reproduces } else { Status::DoesNotReproduce }),
            Err(_) => (String::new(), Status::CannotBeChecked(Why::NoInput)),
        };
        out.push(Check {
            study,
            record: format!("stated_count:{}", s.what),
            name: dataset.stated_count_name(s),
            quantity: Quantity::StatedCount,
            printed: s.count.to_string(),
            formula: format!("“{}” ({})", s.quote, s.source),
            recomputed,
            status,
            threshold: None,
        });
    }
}

/// The indirect and total effects, computed here from the printed
/// standardised coefficients: nothing printed to compare with.
fn effects(k: &KunmingFile, out: &mut Vec<Check>) {
    for e in crate::effects::all_effects(k) {
        if e.chains.len() < 2 {
            continue;
        }
        let chains = e
            .chains
            .iter()
            .map(|c| format!("{} ({})", c.constructs().join(" → "), crate::text::format_fixed3(c.effect)))
            .collect::<Vec<_>>()
            .join(" + ");
        out.push(Check {
            study: StudyId::KunmingSem,
            record: format!("structural_path:{}->{}", e.from, e.to),
            name: format!("{} → {}", e.from, e.to),
            quantity: Quantity::Effect,
            printed: String::new(),
            recomputed: format!("{} ({} + {})", crate::text::format_fixed3(e.total), crate::text::format_fixed3(e.direct), crate::text::format_fixed3(e.indirect)),
            formula: format!("{chains} = {}", crate::text::format_fixed3(e.total)),
            status: Status::CannotBeChecked(Why::NotPrinted),
            threshold: None,
        });
    }
}

/// The checks that concern a record (for the mark beside it).
pub fn checks_for<'a>(checks: &'a [Check], record: &str) -> Vec<&'a Check> {
    checks.iter().filter(|c| c.record == record).collect()
}

// ---------------------------------------------------------------------------
// The published file: the checks are computed at build time (natively, by
// this module) and published as plain text the checks page loads, so the
// app carries neither the arithmetic nor the validation code it uses.
// ---------------------------------------------------------------------------

const FIELD: char = '\u{1f}';
const RECORD: char = '\u{1e}';

/// The file name the checks are published under, content-hashed.
pub fn file_name(text: &str) -> String {
    format!("i18n/checks-{:016x}.txt", crate::i18n::fnv(text.as_bytes()))
}

fn flag(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "1",
        Some(false) => "0",
        None => "-",
    }
}

fn unflag(text: &str) -> Option<bool> {
    match text {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

impl Quantity {
    fn key(&self) -> &'static str {
        match self {
            Quantity::Cr => "cr",
            Quantity::Ave => "ave",
            Quantity::Percentage => "percentage",
            Quantity::Total => "total",
            Quantity::StatedCount => "stated",
            Quantity::Effect => "effect",
            Quantity::LoadingRange => "range",
        }
    }

    fn parse(key: &str) -> Option<Quantity> {
        Some(match key {
            "cr" => Quantity::Cr,
            "ave" => Quantity::Ave,
            "percentage" => Quantity::Percentage,
            "total" => Quantity::Total,
            "stated" => Quantity::StatedCount,
            "effect" => Quantity::Effect,
            "range" => Quantity::LoadingRange,
            _ => return None,
        })
    }
}

impl Status {
    fn key(&self) -> &'static str {
        match self {
            Status::Reproduces => "ok",
            Status::DoesNotReproduce => "bad",
            Status::CannotBeChecked(Why::NotPrinted) => "not-printed",
            Status::CannotBeChecked(Why::NoInput) => "no-input",
        }
    }

    fn parse(key: &str) -> Option<Status> {
        Some(match key {
            "ok" => Status::Reproduces,
            "bad" => Status::DoesNotReproduce,
            "not-printed" => Status::CannotBeChecked(Why::NotPrinted),
            "no-input" => Status::CannotBeChecked(Why::NoInput),
            _ => return None,
        })
    }
}

/// The checks as published text, one record per check.
pub fn encode(checks: &[Check]) -> String {
    checks
        .iter()
        .map(|c| {
            let (p, r) = match c.threshold {
                Some((p, r)) => (flag(p), flag(r)),
                None => ("", ""),
            };
            let fields: [&str; 10] =
                [c.study.as_str(), &c.record, &c.name, c.quantity.key(), &c.printed, &c.recomputed, &c.formula, c.status.key(), p, r];
            fields.map(|f| f.replace([FIELD, RECORD], " ")).join(&FIELD.to_string())
        })
        .collect::<Vec<_>>()
        .join(&RECORD.to_string())
}

/// Reads the published text; None where it is not one.
pub fn decode(text: &str) -> Option<Vec<Check>> {
    let mut out = Vec::new();
    for record in text.split(RECORD).filter(|r| !r.is_empty()) {
        let f: Vec<&str> = record.split(FIELD).collect();
        let [study, rec, name, quantity, printed, recomputed, formula, status, p, r] = f.as_slice() else { return None };
        let threshold = if p.is_empty() && r.is_empty() { None } else { Some((unflag(p), unflag(r))) };
        out.push(Check {
            study: StudyId::parse(study)?,
            record: rec.to_string(),
            name: name.to_string(),
            quantity: Quantity::parse(quantity)?,
            printed: printed.to_string(),
            recomputed: recomputed.to_string(),
            formula: formula.to_string(),
            status: Status::parse(status)?,
            threshold,
        });
    }
    Some(out)
}

/// One `study|record` line per recomputation that does not reproduce (what
/// the app embeds for the marks beside the records).
pub fn not_reproduced(checks: &[Check]) -> String {
    checks
        .iter()
        .filter(|c| c.status == Status::DoesNotReproduce)
        .map(|c| format!("{}|{}", c.study.as_str(), c.record))
        .collect::<Vec<_>>()
        .join("\n")
}
