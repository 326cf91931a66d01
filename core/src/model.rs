//! The data model: what the four papers report, as plain Rust values.
//!
//! Every type here is deserialised from the human-readable files in `data/`
//! (one file per study) and mirrors the printed tables as closely as possible,
//! so that a reviewer can read a file line by line against its paper. Values
//! that the papers print as numbers (coefficients, revenues, percentages) are
//! kept as the exact printed strings; typed accessors parse them where a
//! computation needs a number.
//!
//! Derived views (the flat list of grounded-theory codes, the firm catalogue)
//! live in `dataset.rs`; this module only holds what is written in the files.

use serde::{Deserialize, Serialize};

/// The four studies, by the ids used in URLs and in `dataset.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StudyId {
    SmallGiants,
    HaierHuawei,
    KunmingSem,
    BeijingSmes,
}

impl StudyId {
    pub const ALL: [StudyId; 4] = [
        StudyId::SmallGiants,
        StudyId::HaierHuawei,
        StudyId::KunmingSem,
        StudyId::BeijingSmes,
    ];

    /// The id as it appears in URLs and exports, e.g. `small-giants`.
    pub fn as_str(self) -> &'static str {
        match self {
            StudyId::SmallGiants => "small-giants",
            StudyId::HaierHuawei => "haier-huawei",
            StudyId::KunmingSem => "kunming-sem",
            StudyId::BeijingSmes => "beijing-smes",
        }
    }

    /// Parses a URL or export id; `None` for anything else.
    pub fn parse(text: &str) -> Option<StudyId> {
        StudyId::ALL.into_iter().find(|id| id.as_str() == text)
    }
}

impl std::fmt::Display for StudyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Bibliographic and descriptive facts about one paper.
///
/// The bibliographic fields hold only what the paper prints, so that a
/// citation built from them holds nothing else. `title` and `authors` are
/// optional because one source text (`001_…`) prints neither; the gap is
/// recorded as a source note and stated beside the citation rather than
/// filled in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Study {
    pub id: StudyId,
    /// A short name for navigation, e.g. "Small giants".
    pub short_title: String,
    pub title: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    /// The year of publication. Where the paper prints none (`year_printed =
    /// false`) this is the lower bound a source note explains, and citations
    /// say "n.d." instead.
    pub year: u16,
    #[serde(default = "printed")]
    pub year_printed: bool,
    /// The journal or proceedings, as printed (e.g. "E3S Web of Conferences").
    #[serde(default)]
    pub journal: Option<String>,
    /// A working-paper series, as printed (e.g. "Papers in Innovation Studies").
    #[serde(default)]
    pub series: Option<String>,
    /// The paper's number in its series, as printed (e.g. "Paper no. 2019/05").
    #[serde(default)]
    pub number: Option<String>,
    /// Who issues the series, one printed line per entry.
    #[serde(default)]
    pub publisher: Vec<String>,
    #[serde(default)]
    pub volume: Option<String>,
    #[serde(default)]
    pub issue: Option<String>,
    #[serde(default)]
    pub pages: Option<String>,
    /// An article number printed in place of pages (e.g. "02001").
    #[serde(default)]
    pub article_number: Option<String>,
    #[serde(default)]
    pub doi: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// Where the bibliographic details above are printed, e.g. "Title page".
    pub citation_source: String,
    /// What a reader citing the paper should know that is not a gap (for
    /// example that it is a pre-print), in our own words.
    #[serde(default)]
    pub citation_remark: Option<String>,
    /// The licence the paper is distributed under, as printed.
    #[serde(default)]
    pub licence: Option<PrintedStatement>,
    /// Any other statement the paper prints about its rights, as printed.
    #[serde(default)]
    pub rights: Option<PrintedStatement>,
    /// The research question, in our own words.
    pub research_question: String,
    /// Method, in our own words.
    pub method: String,
    /// Sample, in our own words with the printed numbers.
    pub sample: String,
    /// Key findings, in our own words.
    pub findings: Vec<String>,
    /// Where the facts above come from, e.g. "Title page; Abstract; Section 3".
    pub source: String,
}

fn printed() -> bool {
    true
}

/// A statement quoted verbatim from a paper, with where it is printed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrintedStatement {
    pub text: String,
    pub source: String,
}

/// A range the text states, e.g. "the standardized factor loads of all items
/// ranged from 0.48 to 0.84" for the items of one construct's CFA table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatedRange {
    /// The construct whose items' standardised loadings the range covers.
    pub construct: String,
    pub min: String,
    pub max: String,
    pub quote: String,
    pub source: String,
}

/// A reviewed note on an inconsistency or gap in a paper, shown in the app
/// next to the records it concerns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceNote {
    /// Stable id, e.g. `sg-a13-two-labels`.
    pub id: String,
    pub kind: NoteKind,
    /// The records the note is about, as `kind:id` references
    /// (`code:a13`, `firm:CF16`, `item:IL6`, `study:haier-huawei`, ...).
    pub records: Vec<String>,
    /// What the paper prints and why it matters, in our own words.
    pub text: String,
    /// Where in the paper the inconsistency or gap is.
    pub source: String,
}

/// The kinds of source notes. The first five are found by validation and must
/// each be covered by a note; the rest are found by reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// One id listed under more than one parent.
    MultipleParents,
    /// Gaps in a printed id sequence.
    IdGap,
    /// One id printed with different labels.
    DifferentLabels,
    /// A count stated in the text disagrees with the tables.
    CountMismatch,
    /// A unit that disagrees with the values printed under it.
    UnitMismatch,
    /// The paper leaves something out that a reader would expect.
    Gap,
    /// A table whose layout leaves an assignment ambiguous.
    AmbiguousLayout,
    /// A figure or label that disagrees with another part of the paper.
    Inconsistency,
}

impl NoteKind {
    /// The key used in the data files and exports, e.g. `multiple_parents`.
    pub fn key(self) -> &'static str {
        match self {
            NoteKind::MultipleParents => "multiple_parents",
            NoteKind::IdGap => "id_gap",
            NoteKind::DifferentLabels => "different_labels",
            NoteKind::CountMismatch => "count_mismatch",
            NoteKind::UnitMismatch => "unit_mismatch",
            NoteKind::Gap => "gap",
            NoteKind::AmbiguousLayout => "ambiguous_layout",
            NoteKind::Inconsistency => "inconsistency",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            NoteKind::MultipleParents => "Listed under more than one parent",
            NoteKind::IdGap => "Gap in the id sequence",
            NoteKind::DifferentLabels => "Printed with different labels",
            NoteKind::CountMismatch => "Count in the text disagrees with the tables",
            NoteKind::UnitMismatch => "Unit disagrees with the values",
            NoteKind::Gap => "Not reported by the paper",
            NoteKind::AmbiguousLayout => "Ambiguous table layout",
            NoteKind::Inconsistency => "Inconsistent within the paper",
        }
    }
}

/// A code as printed in a table cell: its id and the label printed beside it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrintedCode {
    pub id: String,
    pub label: String,
}

/// One row of a two-column coding table: the codes in the left column, grouped
/// under the code in the right column (Tables 2–4 and Appendix 2 of `000_…`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodingRow {
    /// The code in the right-hand column (the parent).
    pub parent: PrintedCode,
    /// The codes in the left-hand column (the children), in printed order.
    pub children: Vec<PrintedCode>,
}

/// A tally the paper states in its text, checked against the tables.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatedCount {
    /// What is counted: a code level (`initial_category`, `category`,
    /// `core_category`) or a named tally checked by the study's validation.
    pub what: String,
    pub count: u32,
    /// The sentence, quoted.
    pub quote: String,
    pub source: String,
}

// ---------------------------------------------------------------------------
// 000: small giants
// ---------------------------------------------------------------------------

/// `data/small-giants.toml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmallGiantsFile {
    pub study: Study,
    /// The theoretical model (Figure 1 and Section 5), in our own words.
    pub model_summary: Vec<String>,
    pub criterion: Vec<SelectionCriterion>,
    /// Column headings of Table 1, as printed.
    pub firm_table_columns: Vec<String>,
    pub firm: Vec<SmallGiantFirm>,
    pub interviewees: Interviewees,
    /// Table 2: core themes (children) grouped into initial categories.
    pub table2: Vec<CodingRow>,
    /// Table 3: initial categories grouped into categories.
    pub table3: Vec<CodingRow>,
    /// Table 4: categories grouped into core categories.
    pub table4: Vec<CodingRow>,
    /// Appendix 2: concepts grouped into core themes.
    pub appendix2: Vec<CodingRow>,
    /// Appendix 1: the open-coding example, passage by passage.
    pub excerpt: Vec<ExcerptPassage>,
    #[serde(default)]
    pub stated_count: Vec<StatedCount>,
    #[serde(default)]
    pub note: Vec<SourceNote>,
}

impl SmallGiantsFile {
    /// The file with no records, only the study's own (see `Sources::assemble`).
    pub fn empty(study: Study) -> Self {
        SmallGiantsFile {
            study,
            model_summary: Vec::new(),
            criterion: Vec::new(),
            firm_table_columns: Vec::new(),
            firm: Vec::new(),
            interviewees: Interviewees { total: 0, level: Vec::new(), source: String::new() },
            table2: Vec::new(),
            table3: Vec::new(),
            table4: Vec::new(),
            appendix2: Vec::new(),
            excerpt: Vec::new(),
            stated_count: Vec::new(),
            note: Vec::new(),
        }
    }
}

/// One of the criteria for the title "science and technology small giant".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelectionCriterion {
    /// Short id, also used in `SmallGiantFirm::meets`.
    pub id: String,
    /// The criterion as printed in Section 3.1 (a short quotation).
    pub text: String,
    /// The Table 1 column that reports it.
    pub table_column: String,
    pub source: String,
}

/// One row of Table 1 of `000_…`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmallGiantFirm {
    /// The row number printed in the "SMEs" column.
    pub number: u32,
    /// The printed initials (firms are anonymised).
    pub id: String,
    /// The "Type" column.
    pub firm_type: String,
    /// "Annual sales revenue (millions)", as printed.
    pub annual_sales_revenue_millions: String,
    /// Ids of the criteria marked "Y" in this row; a blank cell is not listed.
    pub meets: Vec<String>,
    pub source: String,
}

/// Who was interviewed (Section 3.2 of `000_…`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interviewees {
    pub total: u32,
    pub level: Vec<IntervieweeLevel>,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntervieweeLevel {
    pub label: String,
    pub count: u32,
}

/// A passage of the Appendix 1 interview excerpt with the annotation printed
/// after it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExcerptPassage {
    /// The raw-data text, verbatim.
    pub text: String,
    /// The annotation printed in brackets after the text, verbatim; empty
    /// where the passage carries none.
    #[serde(default)]
    pub annotation: String,
    /// The concept ids the annotation names, in printed order.
    #[serde(default)]
    pub codes: Vec<PrintedCode>,
}

// ---------------------------------------------------------------------------
// 001: Haier and Huawei
// ---------------------------------------------------------------------------

/// `data/haier-huawei.toml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HaierHuaweiFile {
    pub study: Study,
    pub company: Vec<Company>,
    /// Strategy stages named by the paper, per company, in printed order.
    pub stage: Vec<CompanyStage>,
    /// Dated events.
    pub milestone: Vec<Milestone>,
    /// The four paths to leading innovation (Sections 5.1–5.4 and 6).
    pub path: Vec<InnovationPath>,
    #[serde(default)]
    pub note: Vec<SourceNote>,
}

impl HaierHuaweiFile {
    /// The file with no records, only the study's own (see `Sources::assemble`).
    pub fn empty(study: Study) -> Self {
        HaierHuaweiFile { study, company: Vec::new(), stage: Vec::new(), milestone: Vec::new(), path: Vec::new(), note: Vec::new() }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    /// `Haier` or `Huawei`.
    pub id: String,
    /// The full name as printed.
    pub name: String,
    pub sector: String,
    /// Key facts, each with its source.
    pub fact: Vec<Fact>,
    pub source: String,
}

/// A statement about a firm in our own words, with its provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub text: String,
    pub source: String,
    /// A short verbatim quotation supporting the fact, if any.
    #[serde(default)]
    pub quote: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompanyStage {
    pub company: String,
    pub name: String,
    /// First year, where the paper prints one.
    #[serde(default)]
    pub from_year: Option<u16>,
    #[serde(default)]
    pub to_year: Option<u16>,
    pub summary: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub company: String,
    pub year: u16,
    /// True where the paper qualifies the year ("about 1997").
    #[serde(default)]
    pub approximate: bool,
    pub text: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InnovationPath {
    /// Short id, e.g. `original-innovation`.
    pub id: String,
    /// The finding's number in the abstract and conclusions (1–4).
    pub number: u32,
    pub title: String,
    pub summary: String,
    pub evidence: Vec<PathEvidence>,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathEvidence {
    /// `Haier`, `Huawei`, or `both`.
    pub company: String,
    pub text: String,
    pub source: String,
    #[serde(default)]
    pub quote: Option<String>,
}

// ---------------------------------------------------------------------------
// 002: Kunming survey and structural equation model
// ---------------------------------------------------------------------------

/// `data/kunming-sem.toml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KunmingFile {
    pub study: Study,
    pub construct: Vec<Construct>,
    pub dimension: Vec<Dimension>,
    pub item: Vec<Item>,
    /// Structural paths between constructs (Table 7, first rows).
    pub structural_path: Vec<StructuralPath>,
    pub hypothesis: Vec<Hypothesis>,
    /// Table 1: sample description.
    pub sample_row: Vec<SampleRow>,
    /// Fit indices, where printed (the paper may print none: see notes).
    #[serde(default)]
    pub fit_index: Vec<FitIndex>,
    /// Ranges the text states (the items' loading range of each CFA table).
    #[serde(default)]
    pub stated_range: Vec<StatedRange>,
    #[serde(default)]
    pub stated_count: Vec<StatedCount>,
    #[serde(default)]
    pub note: Vec<SourceNote>,
}

impl KunmingFile {
    /// The file with no records, only the study's own (see `Sources::assemble`).
    pub fn empty(study: Study) -> Self {
        KunmingFile {
            study,
            construct: Vec::new(),
            dimension: Vec::new(),
            item: Vec::new(),
            structural_path: Vec::new(),
            hypothesis: Vec::new(),
            sample_row: Vec::new(),
            fit_index: Vec::new(),
            stated_range: Vec::new(),
            stated_count: Vec::new(),
            note: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Construct {
    /// `IL`, `KM`, `IC` or `EI`.
    pub id: String,
    pub label: String,
    /// `independent`, `mediator` or `dependent`, as the paper describes it.
    pub role: String,
    /// CR and AVE of the second-order model, as printed.
    #[serde(default)]
    pub cr: Option<String>,
    #[serde(default)]
    pub ave: Option<String>,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    /// The CFA id, e.g. `X11`.
    pub id: String,
    pub construct: String,
    pub label: String,
    /// Cronbach's α from Table 2.
    pub alpha: String,
    pub cr: String,
    pub ave: String,
    /// Loading of the dimension on its construct (CFA table and Table 7).
    pub loading_estimate: String,
    #[serde(default)]
    pub loading_se: Option<String>,
    #[serde(default)]
    pub loading_cr: Option<String>,
    #[serde(default)]
    pub loading_p: Option<String>,
    pub loading_std: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// The item code, e.g. `IL6`.
    pub id: String,
    /// The dimension(s) the item is printed under, in table order. An item
    /// printed under two dimensions lists both (and carries a note).
    pub dimensions: Vec<String>,
    /// The wording of the question, where the paper prints it.
    #[serde(default)]
    pub wording: Option<String>,
    /// Table 2 (reliability).
    pub citc: String,
    pub alpha_if_deleted: String,
    /// The CFA table (validity).
    pub estimate: String,
    #[serde(default)]
    pub se: Option<String>,
    #[serde(default)]
    pub cr: Option<String>,
    #[serde(default)]
    pub p: Option<String>,
    pub std_loading: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StructuralPath {
    pub from: String,
    pub to: String,
    pub estimate: String,
    pub se: String,
    pub cr: String,
    /// The significance stars as printed in Table 7 (`***`, `**`, `*`).
    pub p: String,
    /// The p-value bound stated in the text, as printed (e.g. `P < 0.001`).
    pub p_text: String,
    /// Standardised coefficient.
    pub std: String,
    pub hypothesis: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hypothesis {
    pub id: String,
    /// The hypothesis as printed.
    pub text: String,
    /// `Supported` or `Not supported`, as printed.
    pub result: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SampleRow {
    pub category: String,
    pub classify: String,
    pub frequency: u32,
    /// As printed, e.g. `23.81%`.
    pub percentage: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FitIndex {
    pub name: String,
    pub value: String,
    /// The usual threshold, with where it comes from.
    pub threshold: String,
    pub source: String,
}

// ---------------------------------------------------------------------------
// 003: Beijing IT and new-media SMEs
// ---------------------------------------------------------------------------

/// `data/beijing-smes.toml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BeijingFile {
    pub study: Study,
    /// Table 1, row by row: which firms are marked X for each attribute.
    pub hr_row: Vec<HrRow>,
    pub firm: Vec<BeijingFirm>,
    /// The linkage mechanisms of Section 4.2.
    pub mechanism: Vec<LinkageMechanism>,
    #[serde(default)]
    pub stated_count: Vec<StatedCount>,
    #[serde(default)]
    pub note: Vec<SourceNote>,
}

impl BeijingFile {
    /// The file with no records, only the study's own (see `Sources::assemble`).
    pub fn empty(study: Study) -> Self {
        BeijingFile { study, hr_row: Vec::new(), firm: Vec::new(), mechanism: Vec::new(), stated_count: Vec::new(), note: Vec::new() }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HrRow {
    pub attribute: HrAttribute,
    /// The row label as printed.
    pub label: String,
    /// Firms marked X, in column order.
    pub marked: Vec<String>,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BeijingFirm {
    /// `CF1` … `CF19`.
    pub id: String,
    pub sector: String,
    pub fact: Vec<Fact>,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkageMechanism {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Firms the paper names as examples.
    pub firms: Vec<String>,
    pub source: String,
}

/// The five human-resource attributes of Table 1 of `003_…`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HrAttribute {
    PersonalConnections,
    StudyAbroad,
    WorkAbroad,
    ForeignOrigin,
    CeoInternational,
}

impl HrAttribute {
    pub const ALL: [HrAttribute; 5] = [
        HrAttribute::PersonalConnections,
        HrAttribute::StudyAbroad,
        HrAttribute::WorkAbroad,
        HrAttribute::ForeignOrigin,
        HrAttribute::CeoInternational,
    ];

    /// The URL parameter and export key, e.g. `study_abroad`.
    pub fn key(self) -> &'static str {
        match self {
            HrAttribute::PersonalConnections => "personal_connections",
            HrAttribute::StudyAbroad => "study_abroad",
            HrAttribute::WorkAbroad => "work_abroad",
            HrAttribute::ForeignOrigin => "foreign_origin",
            HrAttribute::CeoInternational => "ceo_international",
        }
    }

    pub fn parse(key: &str) -> Option<HrAttribute> {
        HrAttribute::ALL.into_iter().find(|a| a.key() == key)
    }

    /// A short label for filters and column headers; it says whose
    /// experience it is, as the paper's Table 1 rows do (the printed row
    /// labels are in the data, `HrRow::label`).
    pub fn short_label(self) -> &'static str {
        match self {
            HrAttribute::PersonalConnections => "Personal connections",
            HrAttribute::StudyAbroad => "Staff who studied abroad",
            HrAttribute::WorkAbroad => "Staff who worked abroad",
            HrAttribute::ForeignOrigin => "Staff of foreign origin",
            HrAttribute::CeoInternational => "CEO/founder with international experience",
        }
    }
}

// ---------------------------------------------------------------------------
// Themes across studies
// ---------------------------------------------------------------------------

/// `data/themes.toml`: where the papers speak of the same thing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemesFile {
    pub theme: Vec<Theme>,
}

/// A subject several papers address, with each paper's own words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Short id for the URL, e.g. `rd-talent`.
    pub id: String,
    pub title: String,
    /// What the theme is about, in our own words; no claim beyond the links.
    pub summary: String,
    /// One entry per place a paper speaks of the theme; at least two studies.
    pub link: Vec<ThemeLink>,
}

/// One paper's contribution to a theme, justified by its own words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeLink {
    pub study: StudyId,
    /// Whether the paper's words support the theme or point the other way;
    /// `supports` unless the file says otherwise.
    #[serde(default)]
    pub evidence: Evidence,
    /// Records in that study this link is about (`code:b3`, `firm:CF11`,
    /// `construct:KM`, `innovation_path:employee-incentives`, ...).
    #[serde(default)]
    pub records: Vec<String>,
    /// What the paper says, in our own words.
    pub text: String,
    /// The paper's own words, verbatim (checked against the source text).
    pub quote: String,
    pub source: String,
}

/// What a theme link is to its theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// The paper's words bear the theme out.
    #[default]
    Supports,
    /// The paper's words point the other way (for example, reducing reliance
    /// on ties the theme says feed innovation).
    Contrasts,
}

impl Evidence {
    pub const ALL: [Evidence; 2] = [Evidence::Supports, Evidence::Contrasts];

    /// The key used in `data/themes.toml`, e.g. `contrasts`.
    pub fn key(self) -> &'static str {
        match self {
            Evidence::Supports => "supports",
            Evidence::Contrasts => "contrasts",
        }
    }

    /// The heading under which the themes page groups links of this kind.
    pub fn heading(self) -> &'static str {
        match self {
            Evidence::Supports => "Supporting evidence",
            Evidence::Contrasts => "Contrasting evidence",
        }
    }
}
