//! The data dictionary: every published file, every column or field, its
//! type, allowed values, meaning and source, plus the licence of our work and
//! the rights of the quoted papers.
//!
//! One description serves both the Data & sources page (which renders
//! [`dictionary`]) and the file written beside the data at build time
//! ([`markdown`], `data/DICTIONARY.md`), so the two cannot drift; a test
//! checks every CSV's header row against it. Allowed values are read from the
//! data where the data decides them (study ids, codes, firms).

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

fn field(name: &str, kind: &'static str, allowed: &str, meaning: &str) -> Field {
    Field { names: vec![name.to_string()], kind, allowed: allowed.to_string(), meaning: meaning.to_string() }
}

const TEXT: &str = "text";
const PRINTED_NUMBER: &str = "text (a number exactly as printed)";
const INTEGER: &str = "integer";
const ANY_TEXT: &str = "any text";
const SOURCE_MEANING: &str = "Where in the paper the row comes from (table, section, appendix).";
const EMPTY_WHERE_NOT_PRINTED: &str = "as printed; empty where the paper prints none";

fn study_ids() -> String {
    StudyId::ALL.map(StudyId::as_str).join(", ")
}

fn note_kinds() -> String {
    [
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
    .join(", ")
}

fn levels() -> String {
    Level::GROUNDED_THEORY.map(Level::key).join(", ")
}

fn first_and_last(ids: &[&str]) -> String {
    match ids {
        [] => String::new(),
        [one] => (*one).to_string(),
        [first, .., last] => format!("{first} … {last} ({} values)", ids.len()),
    }
}

fn title_of(name: &str) -> String {
    TABLE_CSVS.iter().find(|(n, _)| *n == name).map(|(_, t)| (*t).to_string()).unwrap_or_default()
}

/// Every published file with its columns or fields.
pub fn dictionary(dataset: &Dataset) -> Vec<FileEntry> {
    let s = &dataset.sources;
    let mut out = Vec::new();

    out.push(FileEntry {
        path: "dataset.json".into(),
        format: "JSON (UTF-8)",
        description: "All studies, the five levels of grounded-theory codes, all firms with their human-resource profiles, and every source note. Schema version 1; fields may be added, none removed or renamed.".into(),
        source: "All four papers; see each record's source field.".into(),
        fields: vec![
            field("schema_version", INTEGER, "1", "Version of this layout."),
            field("studies[].id", TEXT, &study_ids(), "The study."),
            field("studies[].title", "text or null", "as printed; null where the paper prints no title", "The paper's title."),
            field("studies[].citation", TEXT, ANY_TEXT, "APA 7 reference built only from what the paper prints (plain text)."),
            field("studies[].bibtex", TEXT, ANY_TEXT, "The same as a BibTeX entry keyed by the study id."),
            field("studies[].ris", TEXT, ANY_TEXT, "The same as a RIS record."),
            field("studies[].citation_gaps", "list of text", "empty where nothing is missing", "What the paper does not print that a full citation would hold, in our words."),
            field("studies[].authors", "list of text", "as printed, given name first; empty where none is printed", "The authors."),
            field("studies[].year", INTEGER, "a year", "Year of publication; where year_printed is false, the earliest year the paper can be from."),
            field("studies[].year_printed", "boolean", "true, false", "Whether the paper prints its year."),
            field("studies[].doi", "text or null", EMPTY_WHERE_NOT_PRINTED, "The DOI the paper prints."),
            field("studies[].licence", "object or null", "{ text, source }; null where none is printed", "The licence the paper prints, verbatim, and where."),
            field("studies[].rights", "object or null", "{ text, source }; null where none is printed", "Any other statement about rights the paper prints, verbatim."),
            field("codes[].id", TEXT, "a*, b*, A*, S*, C* as printed (case-sensitive)", "The code."),
            field("codes[].study", TEXT, "small-giants", "The study whose coding it is."),
            field("codes[].level", TEXT, &levels(), "concept (Appendix 2), theme (core theme), initial_category (Table 2), category (Table 3), core_category (Table 4)."),
            field("codes[].label", TEXT, "as printed", "The defining printing of the label."),
            field("codes[].parents", "list of text", "code ids one level up", "Where the code is listed; two where the paper lists it twice."),
            field("codes[].source", TEXT, ANY_TEXT, "Table or appendix."),
            field("codes[].other_labels", "list of text", "present only where the paper prints other labels", "Other printings of the label."),
            field("firms[].id", TEXT, &first_and_last(&dataset.firms.iter().map(|f| f.id.as_str()).collect::<Vec<_>>()), "The firm, as printed (anonymised initials or CF numbers; company names for Haier and Huawei)."),
            field("firms[].study", TEXT, &study_ids(), "The study that reports the firm."),
            field("firms[].name", TEXT, "as printed", "Name or description as printed."),
            field("firms[].sector", TEXT, ANY_TEXT, "Sector as the paper gives it."),
            field("firms[].source", TEXT, ANY_TEXT, "Where the firm is reported."),
            Field {
                names: HrAttribute::ALL.map(|a| format!("firms[].hr.{}", a.key())).to_vec(),
                kind: "boolean or null",
                allowed: "true, false, null (not reported by the firm's study)".into(),
                meaning: "The five human-resource attributes of Beijing Table 1; only the Beijing study reports them.".into(),
            },
            field("notes[].id", TEXT, "unique", "The source note."),
            field("notes[].study", TEXT, &study_ids(), "The paper the note is about."),
            field("notes[].kind", TEXT, &note_kinds(), "What kind of inconsistency or gap."),
            field("notes[].records", "list of text", "kind:id references, e.g. code:a13, firm:CF16", "The records the note concerns."),
            field("notes[].text", TEXT, ANY_TEXT, "What the paper prints and why it matters, in our words."),
            field("notes[].source", TEXT, ANY_TEXT, "Where in the paper."),
        ],
    });

    out.push(FileEntry {
        path: "codebook.qdc".into(),
        format: "REFI-QDA codebook (XML, UTF-8)",
        description: "The small-giants coding scheme for QualCoder, NVivo, ATLAS.ti or MAXQDA: core categories down to concepts as nested Code elements.".into(),
        source: "Small giants: Tables 2–4 and Appendix 2.".into(),
        fields: vec![
            field("Code@guid", TEXT, "a UUID derived from the code's path in the tree", "Stable identifier; identical across builds."),
            field("Code@name", TEXT, "\"id label\" as printed", "The code."),
            field("Code/Description", TEXT, ANY_TEXT, "Level, source table, other printings, and both parents where listed twice."),
        ],
    });

    let csv = |name: &str, source: &str, fields: Vec<Field>| FileEntry {
        path: format!("data/{name}"),
        format: "CSV (RFC 4180, UTF-8 with byte-order mark, CRLF)",
        description: title_of(name),
        source: source.to_string(),
        fields,
    };

    let code_ids: Vec<&str> = dataset.codes.iter().filter(|c| c.study == StudyId::SmallGiants).map(|c| c.id.as_str()).collect();
    out.push(csv(
        "codes.csv",
        "Small giants: Tables 2–4 and Appendix 2.",
        vec![
            field("id", TEXT, &format!("a*, b*, A*, S*, C* as printed, case-sensitive: {}", first_and_last(&code_ids)), "The code."),
            field("level", TEXT, &levels(), "The grounded-theory level."),
            field("label", TEXT, "as printed", "The defining printing of the label."),
            field("parents", TEXT, "code ids one level up, separated by spaces; empty for core categories", "Where the code is listed; two ids where the paper lists it twice."),
            field("other_labels", TEXT, "labels separated by \" | \"; empty where there are none", "Other printings of the label."),
            field("source", TEXT, ANY_TEXT, SOURCE_MEANING),
        ],
    ));

    let mut firm_fields = vec![
        field("id", TEXT, &first_and_last(&dataset.firms.iter().map(|f| f.id.as_str()).collect::<Vec<_>>()), "The firm, as printed."),
        field("study", TEXT, &study_ids(), "The study that reports the firm."),
        field("name", TEXT, "as printed", "Name or description."),
        field("sector", TEXT, ANY_TEXT, "Sector as the paper gives it."),
    ];
    for attribute in HrAttribute::ALL {
        let label = s.beijing.hr_row.iter().find(|r| r.attribute == attribute).map(|r| r.label.as_str()).unwrap_or(attribute.short_label());
        firm_fields.push(field(
            attribute.key(),
            "yes / no / empty",
            "yes (marked X in Beijing Table 1), no (left blank there), empty (not reported by the firm's study)",
            &format!("Beijing Table 1 row “{label}”."),
        ));
    }
    firm_fields.push(field("source", TEXT, ANY_TEXT, SOURCE_MEANING));
    out.push(csv("firms.csv", "All four papers; the five attributes from Beijing Table 1.", firm_fields));

    let mut sg_fields = Vec::new();
    let columns = &s.small_giants.firm_table_columns;
    let meanings = [
        ("integer", "1 … 5", "Row number printed in the first column."),
        (TEXT, "as printed", "The firm's printed initials (firms are anonymised)."),
        (TEXT, "as printed", "The Type column."),
        (PRINTED_NUMBER, "as printed", "Annual sales revenue in millions, as printed."),
    ];
    for (i, name) in columns.iter().enumerate() {
        let (kind, allowed, meaning) = meanings.get(i).copied().unwrap_or(("Y / empty", "Y (marked), empty (blank cell)", "A selection criterion column of Table 1, as printed."));
        sg_fields.push(field(name, kind, allowed, meaning));
    }
    out.push(csv("small-giants-table1.csv", "Small giants: Table 1; column headings as printed.", sg_fields));

    let dimension_ids: Vec<&str> = s.kunming.dimension.iter().map(|d| d.id.as_str()).collect();
    let construct_ids: Vec<&str> = s.kunming.construct.iter().map(|c| c.id.as_str()).collect();
    out.push(csv(
        "kunming-items.csv",
        "Kunming: Table 2 (reliability) and Tables 3–6 (confirmatory factor analysis).",
        vec![
            field("item", TEXT, &first_and_last(&s.kunming.item.iter().map(|i| i.id.as_str()).collect::<Vec<_>>()), "The questionnaire item (its wording is not printed)."),
            field("dimensions", TEXT, &format!("dimension ids separated by spaces: {}", dimension_ids.join(", ")), "The dimension(s) the item is printed under."),
            field("citc", PRINTED_NUMBER, "as printed", "Corrected item-total correlation (Table 2)."),
            field("alpha_if_deleted", PRINTED_NUMBER, "as printed", "Cronbach's α if the item is deleted (Table 2)."),
            field("estimate", PRINTED_NUMBER, "as printed", "Unstandardised loading (CFA table)."),
            field("se", PRINTED_NUMBER, EMPTY_WHERE_NOT_PRINTED, "Standard error of the loading."),
            field("cr", PRINTED_NUMBER, EMPTY_WHERE_NOT_PRINTED, "Critical ratio of the loading."),
            field("p", TEXT, EMPTY_WHERE_NOT_PRINTED, "Significance as printed (e.g. ***)."),
            field("std_loading", PRINTED_NUMBER, "as printed", "Standardised loading."),
            field("source", TEXT, ANY_TEXT, SOURCE_MEANING),
        ],
    ));
    out.push(csv(
        "kunming-dimensions.csv",
        "Kunming: Table 2 and Tables 3–7.",
        vec![
            field("dimension", TEXT, &dimension_ids.join(", "), "The dimension (observed variable) id."),
            field("construct", TEXT, &construct_ids.join(", "), "The construct it measures."),
            field("label", TEXT, "as printed", "The dimension's name."),
            field("alpha", PRINTED_NUMBER, "as printed", "Cronbach's α (Table 2)."),
            field("cr", PRINTED_NUMBER, "as printed", "Composite reliability."),
            field("ave", PRINTED_NUMBER, "as printed", "Average variance extracted."),
            field("loading_estimate", PRINTED_NUMBER, "as printed", "Unstandardised loading on its construct."),
            field("loading_std", PRINTED_NUMBER, "as printed", "Standardised loading on its construct."),
            field("source", TEXT, ANY_TEXT, SOURCE_MEANING),
        ],
    ));
    out.push(csv(
        "kunming-paths.csv",
        "Kunming: Table 7 (structural paths) and Table 8 (hypotheses).",
        vec![
            field("from", TEXT, &construct_ids.join(", "), "The construct the path starts from."),
            field("to", TEXT, &construct_ids.join(", "), "The construct the path leads to."),
            field("estimate", PRINTED_NUMBER, "as printed", "Unstandardised coefficient."),
            field("se", PRINTED_NUMBER, "as printed", "Standard error."),
            field("cr", PRINTED_NUMBER, "as printed", "Critical ratio."),
            field("p", TEXT, "***, **, * as printed", "Significance stars of Table 7."),
            field("p_in_text", TEXT, "as printed, e.g. P < 0.001", "The p-value bound stated in the text."),
            field("std", PRINTED_NUMBER, "as printed", "Standardised coefficient."),
            field("hypothesis", TEXT, &s.kunming.hypothesis.iter().map(|h| h.id.as_str()).collect::<Vec<_>>().join(", "), "The hypothesis the path tests."),
            field("result", TEXT, "as printed in Table 8 (Supported, Not supported)", "The reported result."),
            field("source", TEXT, ANY_TEXT, SOURCE_MEANING),
        ],
    ));
    let categories: Vec<&str> = {
        let mut seen: Vec<&str> = Vec::new();
        for row in &s.kunming.sample_row {
            if !seen.contains(&row.category.as_str()) {
                seen.push(&row.category);
            }
        }
        seen
    };
    out.push(csv(
        "kunming-sample.csv",
        "Kunming: Table 1.",
        vec![
            field("category", TEXT, &categories.join("; "), "The characteristic described."),
            field("classify", TEXT, "as printed", "The class within it."),
            field("frequency", INTEGER, "as printed", "Number of respondents."),
            field("percentage", PRINTED_NUMBER, "as printed, with %", "Share of respondents."),
            field("source", TEXT, ANY_TEXT, SOURCE_MEANING),
        ],
    ));
    out.push(csv(
        "beijing-table1.csv",
        "Beijing: Table 1, one row per printed row.",
        vec![
            field("attribute", TEXT, &HrAttribute::ALL.map(HrAttribute::key).join(", "), "Our key for the printed row."),
            field("label", TEXT, "as printed", "The row label."),
            Field {
                names: s.beijing.firm.iter().map(|f| f.id.clone()).collect(),
                kind: "X / empty",
                allowed: "X (marked), empty (blank cell)".into(),
                meaning: "One column per case firm, in printed order.".into(),
            },
        ],
    ));
    out.push(csv(
        "haier-huawei-milestones.csv",
        "Haier and Huawei: Sections 3–5.",
        vec![
            field("company", TEXT, "Haier, Huawei", "The company."),
            field("year", INTEGER, "a year", "The year printed."),
            field("approximate", "boolean", "true, false", "true where the paper gives the year loosely (\"about\", \"since\")."),
            field("text", TEXT, ANY_TEXT, "The event, in our words."),
            field("source", TEXT, ANY_TEXT, SOURCE_MEANING),
        ],
    ));
    out.push(csv(
        "source-notes.csv",
        "All four papers.",
        vec![
            field("id", TEXT, "unique", "The source note."),
            field("study", TEXT, &study_ids(), "The paper the note is about."),
            field("kind", TEXT, &note_kinds(), "What kind of inconsistency or gap."),
            field("records", TEXT, "kind:id references separated by spaces", "The records the note concerns."),
            field("text", TEXT, ANY_TEXT, "What the paper prints and why it matters, in our words."),
            field("source", TEXT, ANY_TEXT, "Where in the paper."),
        ],
    ));
    out
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
        (Some(licence), _) => format!("Prints (in its {}): “{}”", lower_first(&licence.source), licence.text),
        (None, Some(rights)) => format!("Prints no licence; its {} says: “{}”", lower_first(&rights.source), rights.text),
        (None, None) => "Prints no licence or copyright statement.".to_string(),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
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
