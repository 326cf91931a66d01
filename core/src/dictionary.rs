//! The data dictionary: every published file, every column or field, its
//! type, allowed values, meaning and source, plus the licence of our work and
//! the rights of the quoted papers.
//!
//! One description gives both the page (`data/dictionary.html`, [`html_page`])
//! and the file (`data/DICTIONARY.md`, [`markdown`]) that `tools/site` writes
//! beside the data at build time, so the two cannot drift; a test checks
//! every CSV's header row against it. Allowed values are read from the data
//! where the data decides them (study ids, codes, firms).
//!
//! The page is static HTML rather than a view of the app: the description
//! is long text that every visitor would otherwise download inside the
//! WebAssembly bundle. The app links to it; only the licence statements and
//! [`rights_statement`] are used by the app itself.

use crate::dataset::{Dataset, Level};
use crate::export::TABLE_CSVS;
use crate::model::{HrAttribute, NoteKind, StudyId};

/// One published file.
#[derive(Clone, Debug, PartialEq)]
pub struct FileEntry {
    /// Path relative to the site root, e.g. `data/codes.csv`.
    pub path: String,
    pub format: &'static str,
    pub description: String,
    /// Which paper(s) and which parts of them the contents come from.
    pub source: String,
    pub fields: Vec<Field>,
}

/// One column (or JSON field), or a run of columns sharing one description.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// The column names in file order; more than one where several columns
    /// share one description (the 19 firm columns of Beijing Table 1).
    pub names: Vec<String>,
    pub kind: &'static str,
    pub allowed: String,
    pub meaning: String,
}

impl FileEntry {
    /// The file's header row, in order, for CSV files.
    pub fn columns(&self) -> Vec<&str> {
        self.fields.iter().flat_map(|f| f.names.iter().map(String::as_str)).collect()
    }
}

impl Field {
    /// The names as a reader sees them: one name, or the first and last of a run.
    pub fn display_name(&self) -> String {
        match self.names.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [first, .., last] => format!("{first} … {last}"),
        }
    }
}

/// What a column's allowed values are: fixed text, or read from the data.
#[derive(Clone, Copy)]
enum Allowed {
    Text(&'static str),
    StudyIds,
    NoteKinds,
    Levels,
    FirmIds,
    CodeIds,
    ItemIds,
    DimensionIds,
    ConstructIds,
    HypothesisIds,
    SampleCategories,
    HrKeys,
}

/// Which columns a spec stands for: one, or a run the data decides.
#[derive(Clone, Copy)]
enum Names {
    One(&'static str),
    /// The five `firms[].hr.*` fields of dataset.json.
    HrJson,
    /// The five attribute columns of firms.csv, one per Table 1 row.
    HrCsv,
    /// Small giants Table 1's printed headings.
    SmallGiantsColumns,
    /// One column per Beijing case firm.
    BeijingFirms,
}

struct Spec {
    names: Names,
    kind: &'static str,
    allowed: Allowed,
    meaning: &'static str,
}

struct FileSpec {
    path: &'static str,
    format: &'static str,
    /// Empty for CSV files: their description is their title in `TABLE_CSVS`.
    description: &'static str,
    source: &'static str,
    fields: &'static [Spec],
}

const fn one(name: &'static str, kind: &'static str, allowed: Allowed, meaning: &'static str) -> Spec {
    Spec { names: Names::One(name), kind, allowed, meaning }
}

const TEXT: &str = "text";
const PRINTED_NUMBER: &str = "text (a number exactly as printed)";
const INTEGER: &str = "integer";
const ANY: Allowed = Allowed::Text("any text");
const AS_PRINTED: Allowed = Allowed::Text("as printed");
const OR_EMPTY: Allowed = Allowed::Text("as printed; empty where the paper prints none");
const SOURCE: &str = "Where in the paper the row comes from (table, section, appendix).";
const CSV: &str = "CSV (RFC 4180, UTF-8 with byte-order mark, CRLF)";

/// The published files, in the order the Data & sources page lists them.
const FILES: &[FileSpec] = &[
    FileSpec {
        path: "dataset.json",
        format: "JSON (UTF-8)",
        description: "All studies, the five levels of grounded-theory codes, all firms with their human-resource profiles, and every source note. Schema version 1; fields may be added, none removed or renamed.",
        source: "All four papers; see each record's source field.",
        fields: &[
            one("schema_version", INTEGER, Allowed::Text("1"), "Version of this layout."),
            one("studies[].id", TEXT, Allowed::StudyIds, "The study."),
            one("studies[].title", "text or null", Allowed::Text("as printed; null where the paper prints no title"), "The paper's title."),
            one("studies[].citation", TEXT, ANY, "APA 7 reference built only from what the paper prints (plain text)."),
            one("studies[].bibtex", TEXT, ANY, "The same as a BibTeX entry keyed by the study id."),
            one("studies[].ris", TEXT, ANY, "The same as a RIS record."),
            one("studies[].citation_gaps", "list of text", Allowed::Text("empty where nothing is missing"), "What the paper does not print that a full citation would hold, in our words."),
            one("studies[].authors", "list of text", Allowed::Text("as printed, given name first; empty where none is printed"), "The authors."),
            one("studies[].year", INTEGER, Allowed::Text("a year"), "Year of publication; where year_printed is false, the earliest year the paper can be from."),
            one("studies[].year_printed", "boolean", Allowed::Text("true, false"), "Whether the paper prints its year."),
            one("studies[].doi", "text or null", OR_EMPTY, "The DOI the paper prints (null where none)."),
            one("studies[].licence", "object or null", Allowed::Text("{ text, source }; null where none is printed"), "The licence the paper prints, verbatim, and where."),
            one("studies[].rights", "object or null", Allowed::Text("{ text, source }; null where none is printed"), "Any other statement about rights the paper prints, verbatim."),
            one("codes[].id", TEXT, Allowed::CodeIds, "The code, as printed (case-sensitive)."),
            one("codes[].study", TEXT, Allowed::Text("small-giants"), "The study whose coding it is."),
            one("codes[].level", TEXT, Allowed::Levels, "concept (Appendix 2), theme (core theme), initial_category (Table 2), category (Table 3), core_category (Table 4)."),
            one("codes[].label", TEXT, AS_PRINTED, "The defining printing of the label."),
            one("codes[].parents", "list of text", Allowed::Text("code ids one level up"), "Where the code is listed; two where the paper lists it twice."),
            one("codes[].source", TEXT, ANY, "Table or appendix."),
            one("codes[].other_labels", "list of text", Allowed::Text("present only where the paper prints other labels"), "Other printings of the label."),
            one("firms[].id", TEXT, Allowed::FirmIds, "The firm, as printed (anonymised initials or CF numbers; company names for Haier and Huawei)."),
            one("firms[].study", TEXT, Allowed::StudyIds, "The study that reports the firm."),
            one("firms[].name", TEXT, AS_PRINTED, "Name or description as printed."),
            one("firms[].sector", TEXT, ANY, "Sector as the paper gives it."),
            one("firms[].source", TEXT, ANY, "Where the firm is reported."),
            Spec { names: Names::HrJson, kind: "boolean or null", allowed: Allowed::Text("true, false, null (not reported by the firm's study)"), meaning: "The five human-resource attributes of Beijing Table 1; only the Beijing study reports them." },
            one("notes[].id", TEXT, Allowed::Text("unique"), "The source note."),
            one("notes[].study", TEXT, Allowed::StudyIds, "The paper the note is about."),
            one("notes[].kind", TEXT, Allowed::NoteKinds, "What kind of inconsistency or gap."),
            one("notes[].records", "list of text", Allowed::Text("kind:id references, e.g. code:a13, firm:CF16"), "The records the note concerns."),
            one("notes[].text", TEXT, ANY, "What the paper prints and why it matters, in our words."),
            one("notes[].source", TEXT, ANY, "Where in the paper."),
        ],
    },
    FileSpec {
        path: "codebook.qdc",
        format: "REFI-QDA codebook (XML, UTF-8)",
        description: "The small-giants coding scheme for QualCoder, NVivo, ATLAS.ti or MAXQDA: core categories down to concepts as nested Code elements.",
        source: "Small giants: Tables 2–4 and Appendix 2.",
        fields: &[
            one("Code@guid", TEXT, Allowed::Text("a UUID derived from the code's path in the tree"), "Stable identifier; identical across builds."),
            one("Code@name", TEXT, Allowed::Text("\"id label\" as printed"), "The code."),
            one("Code/Description", TEXT, ANY, "Level, source table, other printings, and both parents where listed twice."),
        ],
    },
    FileSpec {
        path: "data/codes.csv",
        format: CSV,
        description: "",
        source: "Small giants: Tables 2–4 and Appendix 2.",
        fields: &[
            one("id", TEXT, Allowed::CodeIds, "The code, as printed (case-sensitive)."),
            one("level", TEXT, Allowed::Levels, "The grounded-theory level."),
            one("label", TEXT, AS_PRINTED, "The defining printing of the label."),
            one("parents", TEXT, Allowed::Text("code ids one level up, separated by spaces; empty for core categories"), "Where the code is listed; two ids where the paper lists it twice."),
            one("other_labels", TEXT, Allowed::Text("labels separated by \" | \"; empty where there are none"), "Other printings of the label."),
            one("source", TEXT, ANY, SOURCE),
        ],
    },
    FileSpec {
        path: "data/firms.csv",
        format: CSV,
        description: "",
        source: "All four papers; the five attributes from Beijing Table 1.",
        fields: &[
            one("id", TEXT, Allowed::FirmIds, "The firm, as printed."),
            one("study", TEXT, Allowed::StudyIds, "The study that reports the firm."),
            one("name", TEXT, AS_PRINTED, "Name or description."),
            one("sector", TEXT, ANY, "Sector as the paper gives it."),
            Spec { names: Names::HrCsv, kind: "yes / no / empty", allowed: Allowed::Text("yes (marked X in Beijing Table 1), no (left blank there), empty (not reported by the firm's study)"), meaning: "Beijing Table 1 row:" },
            one("source", TEXT, ANY, SOURCE),
        ],
    },
    FileSpec {
        path: "data/small-giants-table1.csv",
        format: CSV,
        description: "",
        source: "Small giants: Table 1; column headings as printed.",
        fields: &[Spec { names: Names::SmallGiantsColumns, kind: "", allowed: ANY, meaning: "" }],
    },
    FileSpec {
        path: "data/kunming-items.csv",
        format: CSV,
        description: "",
        source: "Kunming: Table 2 (reliability) and Tables 3–6 (confirmatory factor analysis).",
        fields: &[
            one("item", TEXT, Allowed::ItemIds, "The questionnaire item (its wording is not printed)."),
            one("dimensions", TEXT, Allowed::DimensionIds, "The dimension(s) the item is printed under, separated by spaces."),
            one("citc", PRINTED_NUMBER, AS_PRINTED, "Corrected item-total correlation (Table 2)."),
            one("alpha_if_deleted", PRINTED_NUMBER, AS_PRINTED, "Cronbach's α if the item is deleted (Table 2)."),
            one("estimate", PRINTED_NUMBER, AS_PRINTED, "Unstandardised loading (CFA table)."),
            one("se", PRINTED_NUMBER, OR_EMPTY, "Standard error of the loading."),
            one("cr", PRINTED_NUMBER, OR_EMPTY, "Critical ratio of the loading."),
            one("p", TEXT, OR_EMPTY, "Significance as printed (e.g. ***)."),
            one("std_loading", PRINTED_NUMBER, AS_PRINTED, "Standardised loading."),
            one("source", TEXT, ANY, SOURCE),
        ],
    },
    FileSpec {
        path: "data/kunming-dimensions.csv",
        format: CSV,
        description: "",
        source: "Kunming: Table 2 and Tables 3–7.",
        fields: &[
            one("dimension", TEXT, Allowed::DimensionIds, "The dimension (observed variable) id."),
            one("construct", TEXT, Allowed::ConstructIds, "The construct it measures."),
            one("label", TEXT, AS_PRINTED, "The dimension's name."),
            one("alpha", PRINTED_NUMBER, AS_PRINTED, "Cronbach's α (Table 2)."),
            one("cr", PRINTED_NUMBER, AS_PRINTED, "Composite reliability."),
            one("ave", PRINTED_NUMBER, AS_PRINTED, "Average variance extracted."),
            one("loading_estimate", PRINTED_NUMBER, AS_PRINTED, "Unstandardised loading on its construct."),
            one("loading_std", PRINTED_NUMBER, AS_PRINTED, "Standardised loading on its construct."),
            one("source", TEXT, ANY, SOURCE),
        ],
    },
    FileSpec {
        path: "data/kunming-paths.csv",
        format: CSV,
        description: "",
        source: "Kunming: Table 7 (structural paths) and Table 8 (hypotheses).",
        fields: &[
            one("from", TEXT, Allowed::ConstructIds, "The construct the path starts from."),
            one("to", TEXT, Allowed::ConstructIds, "The construct the path leads to."),
            one("estimate", PRINTED_NUMBER, AS_PRINTED, "Unstandardised coefficient."),
            one("se", PRINTED_NUMBER, AS_PRINTED, "Standard error."),
            one("cr", PRINTED_NUMBER, AS_PRINTED, "Critical ratio."),
            one("p", TEXT, Allowed::Text("***, **, * as printed"), "Significance stars of Table 7."),
            one("p_in_text", TEXT, Allowed::Text("as printed, e.g. P < 0.001"), "The p-value bound stated in the text."),
            one("std", PRINTED_NUMBER, AS_PRINTED, "Standardised coefficient."),
            one("hypothesis", TEXT, Allowed::HypothesisIds, "The hypothesis the path tests."),
            one("result", TEXT, Allowed::Text("as printed in Table 8 (Supported, Not supported)"), "The reported result."),
            one("source", TEXT, ANY, SOURCE),
        ],
    },
    FileSpec {
        path: "data/kunming-sample.csv",
        format: CSV,
        description: "",
        source: "Kunming: Table 1.",
        fields: &[
            one("category", TEXT, Allowed::SampleCategories, "The characteristic described."),
            one("classify", TEXT, AS_PRINTED, "The class within it."),
            one("frequency", INTEGER, AS_PRINTED, "Number of respondents."),
            one("percentage", PRINTED_NUMBER, Allowed::Text("as printed, with %"), "Share of respondents."),
            one("source", TEXT, ANY, SOURCE),
        ],
    },
    FileSpec {
        path: "data/beijing-table1.csv",
        format: CSV,
        description: "",
        source: "Beijing: Table 1, one row per printed row.",
        fields: &[
            one("attribute", TEXT, Allowed::HrKeys, "Our key for the printed row."),
            one("label", TEXT, AS_PRINTED, "The row label."),
            Spec { names: Names::BeijingFirms, kind: "X / empty", allowed: Allowed::Text("X (marked), empty (blank cell)"), meaning: "One column per case firm, in printed order." },
        ],
    },
    FileSpec {
        path: "data/haier-huawei-milestones.csv",
        format: CSV,
        description: "",
        source: "Haier and Huawei: Sections 3–5.",
        fields: &[
            one("company", TEXT, Allowed::Text("Haier, Huawei"), "The company."),
            one("year", INTEGER, Allowed::Text("a year"), "The year printed."),
            one("approximate", "boolean", Allowed::Text("true, false"), "true where the paper gives the year loosely (\"about\", \"since\")."),
            one("text", TEXT, ANY, "The event, in our words."),
            one("source", TEXT, ANY, SOURCE),
        ],
    },
    FileSpec {
        path: "data/source-notes.csv",
        format: CSV,
        description: "",
        source: "All four papers.",
        fields: &[
            one("id", TEXT, Allowed::Text("unique"), "The source note."),
            one("study", TEXT, Allowed::StudyIds, "The paper the note is about."),
            one("kind", TEXT, Allowed::NoteKinds, "What kind of inconsistency or gap."),
            one("records", TEXT, Allowed::Text("kind:id references separated by spaces"), "The records the note concerns."),
            one("text", TEXT, ANY, "What the paper prints and why it matters, in our words."),
            one("source", TEXT, ANY, "Where in the paper."),
        ],
    },
];

/// The meanings of small giants Table 1's first four columns; the rest are
/// selection criteria.
const SMALL_GIANTS_COLUMNS: [(&str, &str, &str); 4] = [
    (INTEGER, "1 … 5", "Row number printed in the first column."),
    (TEXT, "as printed", "The firm's printed initials (firms are anonymised)."),
    (TEXT, "as printed", "The Type column."),
    (PRINTED_NUMBER, "as printed", "Annual sales revenue in millions, as printed."),
];

/// "first … last (n values)" for a list read from the data.
fn first_and_last<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let ids: Vec<&str> = ids.collect();
    match ids.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [first, .., last] => format!("{first} … {last} ({} values)", ids.len()),
    }
}

fn allowed(dataset: &Dataset, allowed: Allowed) -> String {
    let k = &dataset.sources.kunming;
    match allowed {
        Allowed::Text(text) => text.to_string(),
        Allowed::StudyIds => StudyId::ALL.map(StudyId::as_str).join(", "),
        Allowed::NoteKinds => [
            NoteKind::MultipleParents,
            NoteKind::IdGap,
            NoteKind::DifferentLabels,
            NoteKind::CountMismatch,
            NoteKind::UnitMismatch,
            NoteKind::Gap,
            NoteKind::AmbiguousLayout,
            NoteKind::Inconsistency,
        ]
        .map(NoteKind::key)
        .join(", "),
        Allowed::Levels => Level::GROUNDED_THEORY.map(Level::key).join(", "),
        Allowed::FirmIds => first_and_last(dataset.firms.iter().map(|f| f.id.as_str())),
        Allowed::CodeIds => format!(
            "a*, b*, A*, S*, C* as printed: {}",
            first_and_last(dataset.codes.iter().filter(|c| c.study == StudyId::SmallGiants).map(|c| c.id.as_str()))
        ),
        Allowed::ItemIds => first_and_last(k.item.iter().map(|i| i.id.as_str())),
        Allowed::DimensionIds => k.dimension.iter().map(|d| d.id.as_str()).collect::<Vec<_>>().join(", "),
        Allowed::ConstructIds => k.construct.iter().map(|c| c.id.as_str()).collect::<Vec<_>>().join(", "),
        Allowed::HypothesisIds => k.hypothesis.iter().map(|h| h.id.as_str()).collect::<Vec<_>>().join(", "),
        Allowed::SampleCategories => {
            let mut seen: Vec<&str> = Vec::new();
            for row in &k.sample_row {
                if !seen.contains(&row.category.as_str()) {
                    seen.push(&row.category);
                }
            }
            seen.join("; ")
        }
        Allowed::HrKeys => HrAttribute::ALL.map(HrAttribute::key).join(", "),
    }
}

/// Every published file with its columns or fields.
pub fn dictionary(dataset: &Dataset) -> Vec<FileEntry> {
    let s = &dataset.sources;
    FILES
        .iter()
        .map(|spec| {
            let mut fields = Vec::new();
            for f in spec.fields {
                let mut push = |names: Vec<String>, kind: &'static str, allowed_text: String, meaning: String| {
                    fields.push(Field { names, kind, allowed: allowed_text, meaning });
                };
                match f.names {
                    Names::One(name) => push(vec![name.to_string()], f.kind, allowed(dataset, f.allowed), f.meaning.to_string()),
                    Names::HrJson => push(HrAttribute::ALL.map(|a| format!("firms[].hr.{}", a.key())).to_vec(), f.kind, allowed(dataset, f.allowed), f.meaning.to_string()),
                    Names::HrCsv => {
                        for attribute in HrAttribute::ALL {
                            let label = s.beijing.hr_row.iter().find(|r| r.attribute == attribute).map_or(attribute.short_label(), |r| r.label.as_str());
                            push(vec![attribute.key().to_string()], f.kind, allowed(dataset, f.allowed), format!("{} “{label}”.", f.meaning));
                        }
                    }
                    Names::SmallGiantsColumns => {
                        for (i, name) in s.small_giants.firm_table_columns.iter().enumerate() {
                            let (kind, allowed_text, meaning) =
                                SMALL_GIANTS_COLUMNS.get(i).copied().unwrap_or(("Y / empty", "Y (marked), empty (blank cell)", "A selection criterion of Table 1, heading as printed."));
                            push(vec![name.clone()], kind, allowed_text.to_string(), meaning.to_string());
                        }
                    }
                    Names::BeijingFirms => push(s.beijing.firm.iter().map(|f| f.id.clone()).collect(), f.kind, allowed(dataset, f.allowed), f.meaning.to_string()),
                }
            }
            let description = if spec.description.is_empty() { title_of(spec.path.trim_start_matches("data/")) } else { spec.description.to_string() };
            FileEntry { path: spec.path.to_string(), format: spec.format, description, source: spec.source.to_string(), fields }
        })
        .collect()
}

fn title_of(name: &str) -> String {
    TABLE_CSVS.iter().find(|(n, _)| *n == name).map(|(_, t)| (*t).to_string()).unwrap_or_default()
}

/// The licence of our own work.
pub const OUR_LICENCE: [&str; 2] = [
    "Code: MIT licence (the LICENSE file at the root of the source repository).",
    "Our data encoding (the data files, dataset.json, the CSV files, the codebook) and our own texts (summaries, notes, this dictionary): Creative Commons Attribution 4.0 International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/.",
];

/// How we use the papers' own words.
pub const QUOTATIONS: &str = "The papers remain their authors' and publishers' work. Their codes, labels, numbers and names are reproduced as facts; their own words appear only in short quotations, marked and attributed to the paper and the place they come from.";

/// What each paper prints about its rights, in one sentence.
pub fn rights_statement(dataset: &Dataset, study: StudyId) -> String {
    let s = dataset.study(study);
    match (&s.licence, &s.rights) {
        (Some(licence), _) => format!("Prints ({}): “{}”", licence.source, licence.text),
        (None, Some(rights)) => format!("Prints no licence; it says ({}): “{}”", rights.source, rights.text),
        (None, None) => "Prints no licence or copyright statement.".to_string(),
    }
}

/// The dictionary as Markdown (`data/DICTIONARY.md`).
pub fn markdown(dataset: &Dataset) -> String {
    let mut out = String::from("# Data dictionary: SME Innovation Explorer\n\n");
    out.push_str("Every file published beside the explorer, with each column or field: its type, the values it may take, what it means and where it comes from. The same description is rendered on the explorer's Data & sources page.\n\n");
    out.push_str("Numbers that the papers print are kept as the exact printed text (\"0.638\", \"23.81%\"), so a column of them is text; convert it where you compute. Codes and ids are case-sensitive.\n\n");
    out.push_str("## Licence and rights\n\n");
    for line in OUR_LICENCE {
        out.push_str(&format!("- {line}\n"));
    }
    out.push_str(&format!("\n{QUOTATIONS}\n\n"));
    for id in StudyId::ALL {
        let study = dataset.study(id);
        out.push_str(&format!("- {} ({}): {}\n", study.short_title, crate::citation::apa(study), rights_statement(dataset, id)));
    }
    for file in dictionary(dataset) {
        out.push_str(&format!("\n## {}\n\n{}\n\nFormat: {}. Source: {}\n\n", file.path, file.description, file.format, file.source));
        out.push_str("| column | type | allowed values | meaning |\n| --- | --- | --- | --- |\n");
        for f in &file.fields {
            out.push_str(&format!(
                "| `{}` | {} | {} | {} |\n",
                f.display_name(),
                md_cell(f.kind),
                md_cell(&f.allowed),
                md_cell(&f.meaning)
            ));
        }
    }
    out
}

/// Escapes a Markdown table cell.
fn md_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The dictionary page's path, beside the CSV files.
pub const PAGE_FILE: &str = "data/dictionary.html";

/// The dictionary as a static HTML page (`data/dictionary.html`), styled by
/// the app's stylesheet (`stylesheet`, relative to the page) and with a
/// policy that allows nothing but that stylesheet. All text is escaped.
pub fn html_page(dataset: &Dataset, stylesheet: &str) -> String {
    use crate::citation::escape_html as e;
    let mut out = String::new();
    out.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n");
    out.push_str("<title>Data dictionary · SME Innovation Explorer</title>\n");
    out.push_str(&format!("<link rel=\"stylesheet\" href=\"{}\">\n<link rel=\"icon\" href=\"../icon.svg\" type=\"image/svg+xml\">\n</head>\n<body>\n", e(stylesheet)));
    out.push_str("<main id=\"main\" class=\"dictionary-page\">\n<p><a href=\"../index.html#/data\">← SME Innovation Explorer: Data &amp; sources</a></p>\n");
    out.push_str("<h1>Data dictionary</h1>\n");
    out.push_str("<p class=\"lead\">Every file published beside the explorer, with each column or field: its type, the values it may take and what it means. <a href=\"DICTIONARY.md\" download>The same as a Markdown file (DICTIONARY.md)</a>.</p>\n");
    out.push_str("<p>Numbers the papers print are kept as the printed text (\"0.638\", \"23.81%\"), so such columns are text; convert them where you compute. Codes and ids are case-sensitive. CSV files are UTF-8 with a byte-order mark (Excel reads them as UTF-8; R and pandas skip the mark), quoted as RFC 4180 asks, with CRLF line ends.</p>\n");
    out.push_str("<section class=\"panel\" aria-labelledby=\"licence-heading\">\n<h2 id=\"licence-heading\">Licence and rights</h2>\n<ul>\n");
    for line in OUR_LICENCE {
        out.push_str(&format!("<li>{}</li>\n", e(line)));
    }
    out.push_str(&format!("</ul>\n<p>{}</p>\n<ul>\n", e(QUOTATIONS)));
    for id in StudyId::ALL {
        out.push_str(&format!("<li><strong>{}:</strong> {}</li>\n", e(&dataset.study(id).short_title), e(&rights_statement(dataset, id))));
    }
    out.push_str("</ul>\n</section>\n");
    for file in dictionary(dataset) {
        let id = format!("file-{}", file.path.replace(['/', '.'], "-"));
        out.push_str(&format!("<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\"><code>{}</code></h2>\n", e(&file.path)));
        out.push_str(&format!("<p>{}</p>\n<p class=\"provenance\">Format: {}. Source: {}</p>\n", e(&file.description), e(file.format), e(&file.source)));
        out.push_str(&format!("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Columns of {}\">\n<table>\n", e(&file.path)));
        out.push_str("<thead><tr><th scope=\"col\">Column</th><th scope=\"col\">Type</th><th scope=\"col\">Allowed values</th><th scope=\"col\">Meaning</th></tr></thead>\n<tbody>\n");
        for f in &file.fields {
            out.push_str(&format!(
                "<tr><th scope=\"row\"><code>{}</code></th><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                e(&f.display_name()),
                e(f.kind),
                e(&f.allowed),
                e(&f.meaning)
            ));
        }
        out.push_str("</tbody>\n</table>\n</div>\n</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
