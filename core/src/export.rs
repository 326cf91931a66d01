//! The open exports: `dataset.json` (a documented contract, see README),
//! one CSV per table (UTF-8 with a byte-order mark, so that Excel reads
//! them as UTF-8), and the codebook. Citations live in `citation`.
//!
//! Everything here is plain text built from the dataset, so the same
//! functions serve the build (files at the site root) and the browser
//! (downloads of the current selection).

use serde::Serialize;

use crate::dataset::{Dataset, Firm, HrProfile, Level};
use crate::model::{PrintedStatement, StudyId};

pub use crate::citation::{apa, bibtex, ris};

/// The `dataset.json` document.
#[derive(Serialize)]
pub struct DatasetJson<'a> {
    pub schema_version: u32,
    pub studies: Vec<StudyJson<'a>>,
    pub codes: Vec<CodeJson<'a>>,
    pub firms: Vec<FirmJson<'a>>,
    pub notes: Vec<NoteJson<'a>>,
}

#[derive(Serialize)]
pub struct StudyJson<'a> {
    pub id: StudyId,
    pub title: Option<&'a str>,
    pub citation: String,
    pub bibtex: String,
    pub authors: &'a [String],
    pub year: u16,
    pub doi: Option<&'a str>,
    /// The citation as a RIS record.
    pub ris: String,
    /// What the paper does not print that a full citation would hold.
    pub citation_gaps: Vec<String>,
    /// False where the paper prints no year (`year` is then a lower bound).
    pub year_printed: bool,
    /// The paper's licence, as printed, or null where it prints none.
    pub licence: Option<&'a PrintedStatement>,
    /// Any other statement about its rights, as printed, or null.
    pub rights: Option<&'a PrintedStatement>,
}

#[derive(Serialize)]
pub struct CodeJson<'a> {
    pub id: &'a str,
    pub study: StudyId,
    pub level: Level,
    pub label: &'a str,
    pub parents: &'a [String],
    pub source: &'a str,
    /// Other printings of the label, where the paper prints more than one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_labels: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct FirmJson<'a> {
    pub id: &'a str,
    pub study: StudyId,
    pub name: &'a str,
    pub sector: &'a str,
    pub source: &'a str,
    pub hr: HrProfile,
}

#[derive(Serialize)]
pub struct NoteJson<'a> {
    pub id: &'a str,
    pub study: StudyId,
    pub kind: crate::model::NoteKind,
    pub records: &'a [String],
    pub text: &'a str,
    pub source: &'a str,
}

/// Builds the `dataset.json` document: every study, the grounded-theory codes
/// (five levels), all firms and every source note.
pub fn dataset_json(dataset: &Dataset) -> DatasetJson<'_> {
    let studies = StudyId::ALL
        .into_iter()
        .map(|id| {
            let study = dataset.study(id);
            StudyJson {
                id,
                title: study.title.as_deref(),
                citation: apa(study),
                bibtex: bibtex(study),
                authors: &study.authors,
                year: study.year,
                doi: study.doi.as_deref(),
                ris: ris(study),
                citation_gaps: crate::citation::gaps(study),
                year_printed: study.year_printed,
                licence: study.licence.as_ref(),
                rights: study.rights.as_ref(),
            }
        })
        .collect();
    let codes = dataset
        .codes
        .iter()
        .filter(|c| Level::GROUNDED_THEORY.contains(&c.level))
        .map(|c| CodeJson {
            id: &c.id,
            study: c.study,
            level: c.level,
            label: &c.label,
            parents: &c.parents,
            source: &c.source,
            other_labels: c.variant_labels().into_iter().map(|p| p.label.as_str()).collect(),
        })
        .collect();
    let firms = dataset.firms.iter().map(firm_json).collect();
    let notes = dataset
        .all_notes()
        .map(|(study, n)| NoteJson { id: &n.id, study, kind: n.kind, records: &n.records, text: &n.text, source: &n.source })
        .collect();
    DatasetJson { schema_version: 1, studies, codes, firms, notes }
}

pub fn firm_json(firm: &Firm) -> FirmJson<'_> {
    FirmJson { id: &firm.id, study: firm.study, name: &firm.name, sector: &firm.sector, source: &firm.source, hr: firm.hr }
}

/// A selection of firms as JSON (the firm list's export), in the shape of
/// `dataset.json`'s `firms`. Written by hand so that the app links no JSON
/// library; a test checks it against serde_json's output.
pub fn firms_json(firms: &[&Firm]) -> String {
    let mut out = String::from("[");
    for (i, firm) in firms.iter().enumerate() {
        out.push_str(if i == 0 { "\n  {" } else { ",\n  {" });
        out.push_str(&format!(
            "\"id\": {}, \"study\": {}, \"name\": {}, \"sector\": {}, \"source\": {}, \"hr\": {{",
            json_string(&firm.id),
            json_string(firm.study.as_str()),
            json_string(&firm.name),
            json_string(&firm.sector),
            json_string(&firm.source)
        ));
        for (j, attribute) in crate::model::HrAttribute::ALL.into_iter().enumerate() {
            let value = match firm.hr.get(attribute) {
                Some(true) => "true",
                Some(false) => "false",
                None => "null",
            };
            out.push_str(&format!("{}\"{}\": {value}", if j == 0 { "" } else { ", " }, attribute.key()));
        }
        out.push_str("}}");
    }
    out.push_str(if firms.is_empty() { "]\n" } else { "\n]\n" });
    out
}

/// A JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A selection of firms as CSV: id, study, name, sector, the five attributes
/// (`yes`, `no`, or empty where not reported), source.
pub fn firms_csv(firms: &[&Firm]) -> String {
    let mut header = vec!["id", "study", "name", "sector"];
    header.extend(crate::model::HrAttribute::ALL.map(|a| a.key()));
    header.push("source");
    let rows = firms.iter().map(|f| {
        let mut row = vec![f.id.clone(), f.study.to_string(), f.name.clone(), f.sector.clone()];
        row.extend(crate::model::HrAttribute::ALL.map(|a| yes_no(f.hr.get(a)).to_string()));
        row.push(f.source.clone());
        row
    });
    csv(&header, rows)
}

fn yes_no(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    }
}

/// The CSV files written at build time, as `(file name, title)`, in the order
/// of `table_csvs`.
pub const TABLE_CSVS: [(&str, &str); 10] = [
    ("codes.csv", "Grounded-theory codes, five levels (small giants, Tables 2–4, Appendix 2)"),
    ("firms.csv", "All 26 firms with the five human-resource attributes"),
    ("small-giants-table1.csv", "Small giants, Table 1: the five firms"),
    ("kunming-items.csv", "Kunming survey: items with reliability (Table 2) and loadings (Tables 3–6)"),
    ("kunming-dimensions.csv", "Kunming survey: dimensions with α, CR, AVE and loading on their construct"),
    ("kunming-paths.csv", "Kunming survey: structural paths (Table 7) and hypotheses (Table 8)"),
    ("kunming-sample.csv", "Kunming survey, Table 1: sample description"),
    ("beijing-table1.csv", "Beijing SMEs, Table 1: human resources in the 19 case firms"),
    ("haier-huawei-milestones.csv", "Haier and Huawei: dated milestones"),
    ("source-notes.csv", "Source notes: inconsistencies and gaps in the papers"),
];

/// One CSV document per table, as `(file name, title, contents)`.
pub fn table_csvs(dataset: &Dataset) -> Vec<(&'static str, &'static str, String)> {
    let s = &dataset.sources;
    let mut out = Vec::new();
    out.push((
        TABLE_CSVS[0].0,
        TABLE_CSVS[0].1,
        csv(
            &["id", "level", "label", "parents", "other_labels", "source"],
            dataset.codes.iter().filter(|c| c.study == StudyId::SmallGiants).map(|c| {
                vec![
                    c.id.clone(),
                    c.level.key().to_string(),
                    c.label.clone(),
                    c.parents.join(" "),
                    c.variant_labels().iter().map(|p| p.label.as_str()).collect::<Vec<_>>().join(" | "),
                    c.source.clone(),
                ]
            }),
        ),
    ));
    out.push((
        TABLE_CSVS[1].0,
        TABLE_CSVS[1].1, firms_csv(&dataset.firms.iter().collect::<Vec<_>>())));
    out.push((
        TABLE_CSVS[2].0,
        TABLE_CSVS[2].1,
        csv(
            &s.small_giants.firm_table_columns.iter().map(String::as_str).collect::<Vec<_>>(),
            s.small_giants.firm.iter().map(|f| {
                let mut row = vec![f.number.to_string(), f.id.clone(), f.firm_type.clone(), f.annual_sales_revenue_millions.clone()];
                for criterion in s.small_giants.criterion.iter().filter(|c| c.id != "revenue") {
                    row.push(if f.meets.contains(&criterion.id) { "Y".to_string() } else { String::new() });
                }
                row
            }),
        ),
    ));
    out.push((
        TABLE_CSVS[3].0,
        TABLE_CSVS[3].1,
        csv(
            &["item", "dimensions", "citc", "alpha_if_deleted", "estimate", "se", "cr", "p", "std_loading", "source"],
            s.kunming.item.iter().map(|i| {
                vec![
                    i.id.clone(),
                    i.dimensions.join(" "),
                    i.citc.clone(),
                    i.alpha_if_deleted.clone(),
                    i.estimate.clone(),
                    i.se.clone().unwrap_or_default(),
                    i.cr.clone().unwrap_or_default(),
                    i.p.clone().unwrap_or_default(),
                    i.std_loading.clone(),
                    i.source.clone(),
                ]
            }),
        ),
    ));
    out.push((
        TABLE_CSVS[4].0,
        TABLE_CSVS[4].1,
        csv(
            &["dimension", "construct", "label", "alpha", "cr", "ave", "loading_estimate", "loading_std", "source"],
            s.kunming.dimension.iter().map(|d| {
                vec![
                    d.id.clone(),
                    d.construct.clone(),
                    d.label.clone(),
                    d.alpha.clone(),
                    d.cr.clone(),
                    d.ave.clone(),
                    d.loading_estimate.clone(),
                    d.loading_std.clone(),
                    d.source.clone(),
                ]
            }),
        ),
    ));
    out.push((
        TABLE_CSVS[5].0,
        TABLE_CSVS[5].1,
        csv(
            &["from", "to", "estimate", "se", "cr", "p", "p_in_text", "std", "hypothesis", "result", "source"],
            s.kunming.structural_path.iter().map(|p| {
                let result = s.kunming.hypothesis.iter().find(|h| h.id == p.hypothesis).map(|h| h.result.clone()).unwrap_or_default();
                vec![
                    p.from.clone(),
                    p.to.clone(),
                    p.estimate.clone(),
                    p.se.clone(),
                    p.cr.clone(),
                    p.p.clone(),
                    p.p_text.clone(),
                    p.std.clone(),
                    p.hypothesis.clone(),
                    result,
                    p.source.clone(),
                ]
            }),
        ),
    ));
    out.push((
        TABLE_CSVS[6].0,
        TABLE_CSVS[6].1,
        csv(
            &["category", "classify", "frequency", "percentage", "source"],
            s.kunming.sample_row.iter().map(|r| {
                vec![r.category.clone(), r.classify.clone(), r.frequency.to_string(), r.percentage.clone(), r.source.clone()]
            }),
        ),
    ));
    out.push((
        TABLE_CSVS[7].0,
        TABLE_CSVS[7].1,
        {
            let mut header = vec!["attribute".to_string(), "label".to_string()];
            header.extend(s.beijing.firm.iter().map(|f| f.id.clone()));
            let header_refs: Vec<&str> = header.iter().map(String::as_str).collect();
            csv(
                &header_refs,
                s.beijing.hr_row.iter().map(|r| {
                    let mut row = vec![r.attribute.key().to_string(), r.label.clone()];
                    row.extend(s.beijing.firm.iter().map(|f| if r.marked.contains(&f.id) { "X".to_string() } else { String::new() }));
                    row
                }),
            )
        },
    ));
    out.push((
        TABLE_CSVS[8].0,
        TABLE_CSVS[8].1,
        csv(
            &["company", "year", "approximate", "text", "source"],
            s.haier_huawei.milestone.iter().map(|m| {
                vec![m.company.clone(), m.year.to_string(), m.approximate.to_string(), m.text.clone(), m.source.clone()]
            }),
        ),
    ));
    out.push((
        TABLE_CSVS[9].0,
        TABLE_CSVS[9].1,
        csv(
            &["id", "study", "kind", "records", "text", "source"],
            dataset.all_notes().map(|(study, n)| {
                vec![
                    n.id.clone(),
                    study.to_string(),
                    n.kind.key().to_string(),
                    n.records.join(" "),
                    n.text.clone(),
                    n.source.clone(),
                ]
            }),
        ),
    ));
    out
}

/// The byte-order mark that opens every CSV file. Excel reads a CSV as UTF-8
/// only when it starts with one (without, it garbles α, ≥ and –); R's readr
/// and pandas skip it.
pub const BOM: char = '\u{FEFF}';

/// RFC 4180 CSV with CRLF line ends, opening with a byte-order mark; fields
/// are quoted when they need it.
pub fn csv(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::from(BOM);
    let line = |out: &mut String, fields: &mut dyn Iterator<Item = &str>| {
        let mut first = true;
        for field in fields {
            if !first {
                out.push(',');
            }
            first = false;
            if field.contains([',', '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&field.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(field);
            }
        }
        out.push_str("\r\n");
    };
    line(&mut out, &mut header.iter().copied());
    for row in rows {
        line(&mut out, &mut row.iter().map(String::as_str));
    }
    out
}

/// Writes `dataset.json`, `codebook.qdc`, `data/<table>.csv` and the data
/// dictionary under `dir`;
/// returns the paths.
pub fn write_site_files(dataset: &Dataset, dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut written = Vec::new();
    let json = serde_json::to_string_pretty(&dataset_json(dataset)).map_err(std::io::Error::other)?;
    let path = dir.join("dataset.json");
    std::fs::write(&path, json + "\n")?;
    written.push(path);
    let csv_dir = dir.join("data");
    std::fs::create_dir_all(&csv_dir)?;
    for (name, _, contents) in table_csvs(dataset) {
        let path = csv_dir.join(name);
        std::fs::write(&path, contents)?;
        written.push(path);
    }
    let path = dir.join("codebook.qdc");
    std::fs::write(&path, codebook_qdc(dataset))?;
    written.push(path);
    let path = dir.join(DICTIONARY_FILE);
    std::fs::write(&path, crate::dictionary::markdown(dataset))?;
    written.push(path);
    Ok(written)
}

/// The data dictionary's path, beside the CSV files.
pub const DICTIONARY_FILE: &str = "data/DICTIONARY.md";

/// Every file `write_site_files` writes, as paths relative to the site root,
/// with its media type: the one-file edition carries these inside itself.
pub fn published_files() -> Vec<(String, &'static str)> {
    let mut out = vec![
        ("dataset.json".to_string(), "application/json"),
        ("codebook.qdc".to_string(), "application/xml"),
        (DICTIONARY_FILE.to_string(), "text/markdown;charset=utf-8"),
    ];
    out.extend(TABLE_CSVS.iter().map(|(name, _)| (format!("data/{name}"), "text/csv;charset=utf-8")));
    out
}

/// The coding scheme as a REFI-QDA codebook (`codebook.qdc`), for QualCoder,
/// NVivo, ATLAS.ti or MAXQDA: core categories down to concepts as nested
/// `Code` elements named "id label" exactly as printed. A concept listed
/// under two themes appears under both. GUIDs are derived from each code's
/// path in the tree, so two builds give byte-identical files.
pub fn codebook_qdc(dataset: &Dataset) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"SME Innovation Explorer: the small-giants study's coding (Tables 2-4, Appendix 2)\">\n");
    out.push_str("  <Codes>\n");
    for core in dataset.codes_at(Level::CoreCategory) {
        write_code(dataset, &core.id, &core.id, 2, &mut out);
    }
    out.push_str("  </Codes>\n");
    out.push_str("</CodeBook>\n");
    out
}

fn write_code(dataset: &Dataset, id: &str, path: &str, depth: usize, out: &mut String) {
    let Some(code) = dataset.code(id) else { return };
    let indent = "  ".repeat(depth);
    let name = format!("{} {}", code.id, code.label);
    let mut description = format!("{} in {} ({}).", code.level.title(), code.source, dataset.study(code.study).short_title);
    for variant in code.variant_labels() {
        description.push_str(&format!(" Also printed as \"{}\" ({}).", variant.label, variant.source));
    }
    if code.parents.len() > 1 {
        description.push_str(&format!(" Listed under {} in the paper.", code.parents.join(" and ")));
    }
    out.push_str(&format!(
        "{indent}<Code guid=\"{}\" name=\"{}\" isCodable=\"true\">\n",
        guid(path),
        xml_escape(&name)
    ));
    out.push_str(&format!("{indent}  <Description>{}</Description>\n", xml_escape(&description)));
    for child in &code.children {
        write_code(dataset, child, &format!("{path}/{child}"), depth + 1, out);
    }
    out.push_str(&format!("{indent}</Code>\n"));
}

/// A deterministic GUID (UUID version 8, "custom") from a string, built from
/// two FNV-1a hashes.
pub fn guid(key: &str) -> String {
    let fnv = |seed: u64| {
        let mut hash = 0xcbf2_9ce4_8422_2325u64 ^ seed;
        for byte in key.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        hash
    };
    let high = fnv(0x736d_652d_6578_706c);
    let low = fnv(0x6f72_6572_2d71_6463);
    let high = (high & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_8000;
    let low = (low & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        high >> 32,
        (high >> 16) & 0xffff,
        high & 0xffff,
        low >> 48,
        low & 0xffff_ffff_ffff
    )
}

/// Escapes text for XML attributes and content.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// A table as tab-separated text, as "Copy table" puts it on the clipboard:
/// one line per row (headers first), cells as shown, tabs and line breaks
/// inside a cell turned into spaces so the grid stays a grid.
pub fn table_tsv(rows: &[Vec<String>]) -> String {
    rows.iter()
        .map(|row| row.iter().map(|cell| cell.replace(['\t', '\n', '\r'], " ").trim().to_string()).collect::<Vec<_>>().join("\t"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The same table as HTML (its first `header_rows` rows as header cells),
/// every cell escaped, so that it pastes as a real table into a word
/// processor.
pub fn table_html(rows: &[Vec<String>], header_rows: usize) -> String {
    let mut out = String::from("<table>");
    for (i, row) in rows.iter().enumerate() {
        let tag = if i < header_rows { "th" } else { "td" };
        out.push_str("<tr>");
        for cell in row {
            out.push_str(&format!("<{tag}>{}</{tag}>", crate::citation::escape_html(cell.trim())));
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>");
    out
}
