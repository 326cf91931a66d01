//! The assembled dataset: the four data files plus the views derived from them.
//!
//! [`Sources`] is what the files say, table by table. [`Dataset::new`] derives
//! from it, once, everything the queries need: one flat list of codes across
//! both coding schemes (the small giants' five grounded-theory levels and the
//! Kunming measurement model), one catalogue of all 26 firms with their
//! human-resource profiles, the source notes attached to the records they
//! concern, and hash indexes by id. Derivation never fails: problems in the
//! data are reported by `validate`, which the build and the tests run.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::part::{DataFile, Files};

use crate::index::Index;
use crate::model::{
    BeijingFile, BeijingFirm, Company, Fact, HaierHuaweiFile, HrAttribute, HrRow, InnovationPath, KunmingFile, LinkageMechanism,
    Evidence, PathEvidence, PrintedCode, SelectionCriterion, SmallGiantFirm, SmallGiantsFile, SourceNote, Study, StudyId, Theme,
    ThemeLink, ThemesFile,
};

/// The four data files, as written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sources {
    pub small_giants: SmallGiantsFile,
    pub haier_huawei: HaierHuaweiFile,
    pub kunming: KunmingFile,
    pub beijing: BeijingFile,
    /// Themes across studies (`data/themes.toml`).
    pub themes: ThemesFile,
}

/// The files of [`Sources`] one by one, as the release ships them (see
/// `part::DataFile`): `None` for a file not loaded.
#[derive(Clone, Debug, Default)]
pub struct LoadedFiles {
    pub small_giants: Option<SmallGiantsFile>,
    pub haier_huawei: Option<HaierHuaweiFile>,
    pub kunming: Option<KunmingFile>,
    pub beijing: Option<BeijingFile>,
    pub themes: Option<ThemesFile>,
}

/// What the firm views show, taken from the three studies with firms
/// (`part::DataFile::Firms`): each one's firm records, what Table 1 of the
/// small giants marks them by, the notes about a firm, and the findings that
/// name firms as far as a firm's page lists them. The firms' pages
/// fetch this rather than the three studies' files with their codes,
/// passages and tables (docs/performance.md, "The firms' own file"). The
/// build writes it from the files ([`FirmsFile::of`]); the app's test renders
/// every firm view with it alone and with the studies' files, and finds the
/// same page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FirmsFile {
    pub criterion: Vec<SelectionCriterion>,
    pub small_giants: Vec<SmallGiantFirm>,
    pub companies: Vec<Company>,
    pub hr_row: Vec<HrRow>,
    pub beijing: Vec<BeijingFirm>,
    /// Haier and Huawei's four paths with their number, title, source and
    /// which company each piece of evidence is about; no summary, no
    /// evidence text (a firm's page lists the paths that concern it).
    pub paths: Vec<InnovationPath>,
    /// The Beijing study's linkage mechanisms with their title, source and
    /// the firms they name; no summary.
    pub mechanisms: Vec<LinkageMechanism>,
    /// The notes that name a firm (`firm:…`), from the small giants', Haier
    /// and Huawei's and the Beijing study's files, each in its file's order.
    pub notes: [Vec<SourceNote>; 3],
}

impl FirmsFile {
    /// The firms' records of `sources`.
    pub fn of(sources: &Sources) -> FirmsFile {
        let about_firms = |notes: &[SourceNote]| -> Vec<SourceNote> {
            notes.iter().filter(|n| n.records.iter().any(|r| r.starts_with("firm:"))).cloned().collect()
        };
        FirmsFile {
            criterion: sources.small_giants.criterion.clone(),
            small_giants: sources.small_giants.firm.clone(),
            companies: sources.haier_huawei.company.clone(),
            hr_row: sources.beijing.hr_row.clone(),
            beijing: sources.beijing.firm.clone(),
            paths: sources
                .haier_huawei
                .path
                .iter()
                .map(|p| InnovationPath {
                    summary: String::new(),
                    evidence: p.evidence.iter().map(|e| PathEvidence { company: e.company.clone(), text: String::new(), source: String::new(), quote: None }).collect(),
                    ..p.clone()
                })
                .collect(),
            mechanisms: sources.beijing.mechanism.iter().map(|m| LinkageMechanism { summary: String::new(), ..m.clone() }).collect(),
            notes: [about_firms(&sources.small_giants.note), about_firms(&sources.haier_huawei.note), about_firms(&sources.beijing.note)],
        }
    }

    /// Puts the firms' records in place of the files of the studies with
    /// firms that are not loaded (a file loaded later replaces them, one
    /// loaded before keeps its own); `study` gives a study's own record.
    /// The app calls it from the firms' file's own module, so that only the
    /// firm views fetch this code.
    pub fn fill(self, loaded: &mut LoadedFiles, study: impl Fn(StudyId) -> Option<Study>) {
        let FirmsFile { criterion, small_giants, companies, hr_row, beijing, paths, mechanisms, notes: [sg_notes, hh_notes, bj_notes] } = self;
        if loaded.small_giants.is_none() {
            if let Some(study) = study(StudyId::SmallGiants) {
                loaded.small_giants = Some(SmallGiantsFile { criterion, firm: small_giants, note: sg_notes, ..SmallGiantsFile::empty(study) });
            }
        }
        if loaded.haier_huawei.is_none() {
            if let Some(study) = study(StudyId::HaierHuawei) {
                loaded.haier_huawei = Some(HaierHuaweiFile { company: companies, path: paths, note: hh_notes, ..HaierHuaweiFile::empty(study) });
            }
        }
        if loaded.beijing.is_none() {
            if let Some(study) = study(StudyId::BeijingSmes) {
                loaded.beijing = Some(BeijingFile { hr_row, firm: beijing, mechanism: mechanisms, note: bj_notes, ..BeijingFile::empty(study) });
            }
        }
    }
}

/// What a code's trace and a firm's page show of the themes
/// (`part::DataFile::Mentions`): each theme's id and title, and per link
/// its study, its kind of evidence and the records it is about; no summary,
/// no text, no quotation. Those pages list the themes that name their
/// record, and fetch this rather than the themes' whole file
/// (docs/performance.md, "The themes' names on their own"). The app's test
/// renders every view with it alone and with the themes' file, and finds
/// the same page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MentionsFile {
    pub themes: Vec<ThemeMentions>,
}

/// One theme, as [`MentionsFile`] holds it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThemeMentions {
    pub id: String,
    pub title: String,
    /// Per link of the theme, in its order: the study, the kind of
    /// evidence, the records.
    pub links: Vec<(StudyId, Evidence, Vec<String>)>,
}

impl MentionsFile {
    /// The themes' mentions of `themes`.
    pub fn of(themes: &ThemesFile) -> MentionsFile {
        MentionsFile {
            themes: themes
                .theme
                .iter()
                .map(|t| ThemeMentions {
                    id: t.id.clone(),
                    title: t.title.clone(),
                    links: t.link.iter().map(|l| (l.study, l.evidence, l.records.clone())).collect(),
                })
                .collect(),
        }
    }

    /// Puts the themes, without their texts, in place of the themes' file
    /// if that is not loaded (loaded later, it replaces them). The app calls
    /// it from this file's own module.
    pub fn fill(self, loaded: &mut LoadedFiles) {
        if loaded.themes.is_some() {
            return;
        }
        let theme = self
            .themes
            .into_iter()
            .map(|t| Theme {
                id: t.id,
                title: t.title,
                summary: String::new(),
                link: t
                    .links
                    .into_iter()
                    .map(|(study, evidence, records)| ThemeLink { study, evidence, records, text: String::new(), quote: String::new(), source: String::new() })
                    .collect(),
            })
            .collect();
        loaded.themes = Some(ThemesFile { theme });
    }
}

impl LoadedFiles {
    /// Those of `sources`' files that `files` names (for tests and tools:
    /// what the app has with only those loaded).
    pub fn subset(sources: &Sources, files: Files) -> LoadedFiles {
        let mut loaded = LoadedFiles {
            small_giants: files.contains(DataFile::SmallGiants).then(|| sources.small_giants.clone()),
            haier_huawei: files.contains(DataFile::HaierHuawei).then(|| sources.haier_huawei.clone()),
            kunming: files.contains(DataFile::Kunming).then(|| sources.kunming.clone()),
            beijing: files.contains(DataFile::Beijing).then(|| sources.beijing.clone()),
            themes: files.contains(DataFile::Themes).then(|| sources.themes.clone()),
        };
        if files.contains(DataFile::Firms) {
            FirmsFile::of(sources).fill(&mut loaded, |id| Some(sources.study(id).clone()));
        }
        if files.contains(DataFile::Mentions) {
            MentionsFile::of(&sources.themes).fill(&mut loaded);
        }
        loaded
    }
}

impl Sources {
    /// The sources from the files that are loaded: a study whose file is not
    /// has no records, only its own record as `index` holds it (a view that
    /// shows its records is not rendered before its file is loaded, see
    /// `part::data_of`). `None` if a study is missing from both.
    pub fn assemble(files: LoadedFiles, index: &Index) -> Option<Sources> {
        let study = |id: StudyId| index.study(id).cloned();
        Some(Sources {
            small_giants: match files.small_giants {
                Some(file) => file,
                None => SmallGiantsFile::empty(study(StudyId::SmallGiants)?),
            },
            haier_huawei: match files.haier_huawei {
                Some(file) => file,
                None => HaierHuaweiFile::empty(study(StudyId::HaierHuawei)?),
            },
            kunming: match files.kunming {
                Some(file) => file,
                None => KunmingFile::empty(study(StudyId::KunmingSem)?),
            },
            beijing: match files.beijing {
                Some(file) => file,
                None => BeijingFile::empty(study(StudyId::BeijingSmes)?),
            },
            themes: files.themes.unwrap_or(ThemesFile { theme: Vec::new() }),
        })
    }

    /// The data file each study comes from, for messages that name the file.
    pub fn file_name(study: StudyId) -> &'static str {
        match study {
            StudyId::SmallGiants => "data/small-giants.toml",
            StudyId::HaierHuawei => "data/haier-huawei.toml",
            StudyId::KunmingSem => "data/kunming-sem.toml",
            StudyId::BeijingSmes => "data/beijing-smes.toml",
        }
    }

    pub fn study(&self, id: StudyId) -> &Study {
        match id {
            StudyId::SmallGiants => &self.small_giants.study,
            StudyId::HaierHuawei => &self.haier_huawei.study,
            StudyId::KunmingSem => &self.kunming.study,
            StudyId::BeijingSmes => &self.beijing.study,
        }
    }

    /// The notes of one study's file.
    pub fn notes(&self, id: StudyId) -> &[SourceNote] {
        match id {
            StudyId::SmallGiants => &self.small_giants.note,
            StudyId::HaierHuawei => &self.haier_huawei.note,
            StudyId::KunmingSem => &self.kunming.note,
            StudyId::BeijingSmes => &self.beijing.note,
        }
    }
}

/// The level of a code. The first five are the grounded-theory levels of the
/// small-giants study; the last three are the Kunming measurement model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Concept,
    Theme,
    InitialCategory,
    Category,
    CoreCategory,
    Item,
    Dimension,
    Construct,
}

impl Level {
    pub const GROUNDED_THEORY: [Level; 5] = [
        Level::Concept,
        Level::Theme,
        Level::InitialCategory,
        Level::Category,
        Level::CoreCategory,
    ];
    pub const MEASUREMENT: [Level; 3] = [Level::Item, Level::Dimension, Level::Construct];

    /// The export name, e.g. `initial_category`.
    pub fn key(self) -> &'static str {
        match self {
            Level::Concept => "concept",
            Level::Theme => "theme",
            Level::InitialCategory => "initial_category",
            Level::Category => "category",
            Level::CoreCategory => "core_category",
            Level::Item => "item",
            Level::Dimension => "dimension",
            Level::Construct => "construct",
        }
    }

    pub fn parse(key: &str) -> Option<Level> {
        Level::GROUNDED_THEORY
            .into_iter()
            .chain(Level::MEASUREMENT)
            .find(|level| level.key() == key)
    }

    /// Singular and plural nouns for counts ("3 initial categories").
    pub fn noun(self, count: usize) -> &'static str {
        let one = count == 1;
        match self {
            Level::Concept => if one { "concept" } else { "concepts" },
            Level::Theme => if one { "core theme" } else { "core themes" },
            Level::InitialCategory => if one { "initial category" } else { "initial categories" },
            Level::Category => if one { "category" } else { "categories" },
            Level::CoreCategory => if one { "core category" } else { "core categories" },
            Level::Item => if one { "item" } else { "items" },
            Level::Dimension => if one { "dimension" } else { "dimensions" },
            Level::Construct => if one { "construct" } else { "constructs" },
        }
    }

    /// A title-case name for headings.
    pub fn title(self) -> &'static str {
        match self {
            Level::Concept => "Concept",
            Level::Theme => "Core theme",
            Level::InitialCategory => "Initial category",
            Level::Category => "Category",
            Level::CoreCategory => "Core category",
            Level::Item => "Item",
            Level::Dimension => "Dimension",
            Level::Construct => "Construct",
        }
    }

    /// The level one step up, if any.
    pub fn parent(self) -> Option<Level> {
        match self {
            Level::Concept => Some(Level::Theme),
            Level::Theme => Some(Level::InitialCategory),
            Level::InitialCategory => Some(Level::Category),
            Level::Category => Some(Level::CoreCategory),
            Level::Item => Some(Level::Dimension),
            Level::Dimension => Some(Level::Construct),
            Level::CoreCategory | Level::Construct => None,
        }
    }

    /// The level one step down, if any.
    pub fn child(self) -> Option<Level> {
        match self {
            Level::Theme => Some(Level::Concept),
            Level::InitialCategory => Some(Level::Theme),
            Level::Category => Some(Level::InitialCategory),
            Level::CoreCategory => Some(Level::Category),
            Level::Dimension => Some(Level::Item),
            Level::Construct => Some(Level::Dimension),
            Level::Concept | Level::Item => None,
        }
    }

    /// Whether this is the top of its scheme.
    pub fn is_top(self) -> bool {
        self.parent().is_none()
    }

    /// The grounded-theory level of a printed id, from its prefix
    /// (`a`, `b`, `A`, `S`, `C` followed by digits).
    pub fn of_grounded_theory_id(id: &str) -> Option<Level> {
        let mut chars = id.chars();
        let level = match chars.next()? {
            'a' => Level::Concept,
            'b' => Level::Theme,
            'A' => Level::InitialCategory,
            'S' => Level::Category,
            'C' => Level::CoreCategory,
            _ => return None,
        };
        let digits = chars.as_str();
        (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then_some(level)
    }
}

/// One printing of a code's label, with where it is printed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Printing {
    pub label: String,
    pub source: String,
}

/// A code of either scheme, with its links one level up and down.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Code {
    pub id: String,
    pub study: StudyId,
    pub level: Level,
    /// The label from the table that defines the code (see `Dataset::new`).
    pub label: String,
    /// Ids one level up, in the order the tables list them.
    pub parents: Vec<String>,
    /// Ids one level down, in printed order.
    pub children: Vec<String>,
    /// Every printing of the code, the defining one first.
    pub printings: Vec<Printing>,
    /// Where the code is defined.
    pub source: String,
}

impl Code {
    /// Labels other than the defining one, each once.
    pub fn variant_labels(&self) -> Vec<&Printing> {
        let mut seen: Vec<&str> = vec![self.label.as_str()];
        let mut out = Vec::new();
        for printing in &self.printings {
            if !seen.contains(&printing.label.as_str()) {
                seen.push(printing.label.as_str());
                out.push(printing);
            }
        }
        out
    }
}

/// The five human-resource attributes of one firm: `Some(true)` present,
/// `Some(false)` absent, `None` not reported by the firm's study.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct HrProfile([Option<bool>; 5]);

impl HrProfile {
    pub const NOT_REPORTED: HrProfile = HrProfile([None; 5]);

    pub fn get(&self, attribute: HrAttribute) -> Option<bool> {
        self.0[attribute as usize]
    }

    pub fn set(&mut self, attribute: HrAttribute, value: Option<bool>) {
        self.0[attribute as usize] = value;
    }

    pub fn is_reported(&self) -> bool {
        self.0.iter().any(Option::is_some)
    }
}

impl Serialize for HrProfile {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(5))?;
        for attribute in HrAttribute::ALL {
            map.serialize_entry(attribute.key(), &self.get(attribute))?;
        }
        map.end()
    }
}

/// One firm of the catalogue (all four studies).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Firm {
    /// As printed: `CF7`, `ZXSK`, `Haier`.
    pub id: String,
    pub study: StudyId,
    pub name: String,
    pub sector: String,
    pub facts: Vec<Fact>,
    pub source: String,
    pub hr: HrProfile,
}

/// The dataset the app and the exports use.
#[derive(Clone, Debug)]
pub struct Dataset {
    pub sources: Sources,
    pub codes: Vec<Code>,
    pub firms: Vec<Firm>,
    code_index: HashMap<String, usize>,
    firm_index: HashMap<String, usize>,
    /// Case-folded id and every printed label of each code, for search.
    search_keys: Vec<String>,
    /// Notes by the record reference they name (`code:a13`).
    /// Notes by the record reference they name (`code:a13`): an index into
    /// `note_lists` (the same map type as the id indexes, so the wasm carries
    /// one hash map).
    notes_by_record: HashMap<String, usize>,
    note_lists: Vec<Vec<(StudyId, usize)>>,
}

impl Dataset {
    /// Derives codes, firms and indexes from the files.
    ///
    /// A code's defining label is its first printing in this order: core
    /// categories from Table 4, categories from Table 3, initial categories from
    /// Table 2 (right column), core themes from Table 2 (left column), concepts
    /// from Appendix 2. Later printings (a code in a table's other column, or in
    /// the Appendix 1 excerpt) are kept as `printings`.
    pub fn new(sources: Sources) -> Dataset {
        let mut builder = CodeBuilder::default();
        let sg = &sources.small_giants;
        // Defining printings, top level first.
        builder.define_parents(&sg.table4, "Table 4");
        builder.define_parents(&sg.table3, "Table 3");
        builder.define_parents(&sg.table2, "Table 2");
        builder.link_children(&sg.table4, "Table 4");
        builder.link_children(&sg.table3, "Table 3");
        builder.link_children(&sg.table2, "Table 2");
        builder.define_parents(&sg.appendix2, "Appendix 2");
        builder.link_children(&sg.appendix2, "Appendix 2");
        for passage in &sg.excerpt {
            for code in &passage.codes {
                builder.printing(code, StudyId::SmallGiants, "Appendix 1");
            }
        }
        builder.add_measurement_model(&sources.kunming);

        let firms = build_firms(&sources);
        let code_index = index_by_id(builder.codes.iter().map(|c| c.id.as_str()));
        let firm_index = index_by_id(firms.iter().map(|f| f.id.as_str()));
        let mut notes_by_record: HashMap<String, usize> = HashMap::new();
        let mut note_lists: Vec<Vec<(StudyId, usize)>> = Vec::new();
        for study in StudyId::ALL {
            for (position, note) in sources.notes(study).iter().enumerate() {
                for record in &note.records {
                    let list = *notes_by_record.entry(record.clone()).or_insert_with(|| {
                        note_lists.push(Vec::new());
                        note_lists.len() - 1
                    });
                    note_lists[list].push((study, position));
                }
            }
        }
        let search_keys = builder
            .codes
            .iter()
            .map(|c| {
                let mut key = crate::text::fold(&c.id);
                for printing in &c.printings {
                    key.push(' ');
                    key.push_str(&crate::text::fold(&printing.label));
                }
                key
            })
            .collect();
        Dataset { sources, codes: builder.codes, firms, code_index, firm_index, search_keys, notes_by_record, note_lists }
    }

    pub fn code(&self, id: &str) -> Option<&Code> {
        self.code_index.get(id).map(|&i| &self.codes[i])
    }

    pub fn firm(&self, id: &str) -> Option<&Firm> {
        self.firm_index.get(id).map(|&i| &self.firms[i])
    }

    pub fn study(&self, id: StudyId) -> &Study {
        self.sources.study(id)
    }

    /// The search key of the code at `position` in `codes`.
    pub fn search_key(&self, position: usize) -> Option<&str> {
        self.search_keys.get(position).map(String::as_str)
    }

    /// The source notes that name a record, e.g. `notes_for("code:a13")`.
    pub fn notes_for(&self, record: &str) -> Vec<&SourceNote> {
        self.notes_by_record
            .get(record)
            .and_then(|&list| self.note_lists.get(list))
            .map(|found| found.iter().filter_map(|&(study, i)| self.sources.notes(study).get(i)).collect())
            .unwrap_or_default()
    }

    /// The themes whose links name a record (`code:b3`, `firm:CF11`, …).
    pub fn themes_mentioning(&self, record: &str) -> Vec<&crate::model::Theme> {
        self.sources
            .themes
            .theme
            .iter()
            .filter(|t| t.link.iter().any(|l| l.records.iter().any(|r| r == record)))
            .collect()
    }

    /// Every note of every study, with its study.
    pub fn all_notes(&self) -> impl Iterator<Item = (StudyId, &SourceNote)> {
        StudyId::ALL
            .into_iter()
            .flat_map(move |study| self.sources.notes(study).iter().map(move |n| (study, n)))
    }

    /// Codes of one level, in dataset order.
    pub fn codes_at(&self, level: Level) -> impl Iterator<Item = &Code> {
        self.codes.iter().filter(move |c| c.level == level)
    }
}

fn index_by_id<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    let mut index = HashMap::new();
    for (position, id) in ids.enumerate() {
        // The first record wins; duplicates are reported by validation.
        index.entry(id.to_string()).or_insert(position);
    }
    index
}

#[derive(Default)]
struct CodeBuilder {
    codes: Vec<Code>,
    index: HashMap<String, usize>,
}

impl CodeBuilder {
    /// Returns the code for `printed`, creating it from this printing if new,
    /// else recording the printing.
    fn printing(&mut self, printed: &PrintedCode, study: StudyId, source: &str) -> usize {
        let printing = Printing { label: printed.label.clone(), source: source.to_string() };
        if let Some(&i) = self.index.get(&printed.id) {
            self.codes[i].printings.push(printing);
            return i;
        }
        let level = match study {
            StudyId::SmallGiants => Level::of_grounded_theory_id(&printed.id),
            _ => None,
        };
        let code = Code {
            id: printed.id.clone(),
            study,
            // Ids that fit no level are kept (as concepts) so that validation
            // can name them; they never reach a core category.
            level: level.unwrap_or(Level::Concept),
            label: printed.label.clone(),
            parents: Vec::new(),
            children: Vec::new(),
            printings: vec![printing],
            source: source.to_string(),
        };
        self.index.insert(code.id.clone(), self.codes.len());
        self.codes.push(code);
        self.codes.len() - 1
    }

    fn define_parents(&mut self, rows: &[crate::model::CodingRow], source: &str) {
        for row in rows {
            self.printing(&row.parent, StudyId::SmallGiants, source);
        }
    }

    fn link_children(&mut self, rows: &[crate::model::CodingRow], source: &str) {
        for row in rows {
            // `define_parents` ran on the same rows first, so the parent exists.
            let Some(&parent) = self.index.get(&row.parent.id) else { continue };
            for child in &row.children {
                let c = self.printing(child, StudyId::SmallGiants, source);
                push_unique(&mut self.codes[c].parents, &row.parent.id);
                push_unique(&mut self.codes[parent].children, &child.id);
            }
        }
    }

    fn add_measurement_model(&mut self, kunming: &KunmingFile) {
        let study = StudyId::KunmingSem;
        let add = |this: &mut CodeBuilder, id: &str, level, label: &str, parents: Vec<String>, source: &str| {
            let code = Code {
                id: id.to_string(),
                study,
                level,
                label: label.to_string(),
                parents,
                children: Vec::new(),
                printings: vec![Printing { label: label.to_string(), source: source.to_string() }],
                source: source.to_string(),
            };
            this.index.entry(code.id.clone()).or_insert(this.codes.len());
            this.codes.push(code);
        };
        for construct in &kunming.construct {
            add(self, &construct.id, Level::Construct, &construct.label, vec![], &construct.source);
        }
        for dimension in &kunming.dimension {
            let parents = vec![dimension.construct.clone()];
            add(self, &dimension.id, Level::Dimension, &dimension.label, parents, &dimension.source);
        }
        for item in &kunming.item {
            // Items carry no printed label; the label names what they measure.
            let label = item.wording.clone().unwrap_or_else(|| {
                let dimension_labels: Vec<&str> = item
                    .dimensions
                    .iter()
                    .filter_map(|d| kunming.dimension.iter().find(|x| &x.id == d))
                    .map(|d| d.label.as_str())
                    .collect();
                format!("Item of {}", dimension_labels.join(" / "))
            });
            add(self, &item.id, Level::Item, &label, item.dimensions.clone(), &item.source);
        }
        // Children from parents, in data order.
        for i in 0..self.codes.len() {
            if self.codes[i].study != study {
                continue;
            }
            let id = self.codes[i].id.clone();
            for parent in self.codes[i].parents.clone() {
                if let Some(&p) = self.index.get(&parent) {
                    push_unique(&mut self.codes[p].children, &id);
                }
            }
        }
    }
}

fn push_unique(list: &mut Vec<String>, id: &str) {
    if !list.iter().any(|x| x == id) {
        list.push(id.to_string());
    }
}

fn build_firms(sources: &Sources) -> Vec<Firm> {
    let mut firms = Vec::new();
    let sg = &sources.small_giants;
    for row in &sg.firm {
        let mut facts = vec![
            Fact {
                text: format!("Type: {}", row.firm_type),
                source: row.source.clone(),
                quote: None,
            },
            Fact {
                text: format!("Annual sales revenue (millions): {}", row.annual_sales_revenue_millions),
                source: row.source.clone(),
                quote: None,
            },
        ];
        for criterion in &sg.criterion {
            if criterion.id == "revenue" {
                continue;
            }
            let meets = row.meets.contains(&criterion.id);
            facts.push(Fact {
                text: format!(
                    "{}: {}",
                    criterion.table_column,
                    if meets { "Y (meets the criterion)" } else { "blank (not marked as meeting it)" }
                ),
                source: row.source.clone(),
                quote: None,
            });
        }
        firms.push(Firm {
            id: row.id.clone(),
            study: StudyId::SmallGiants,
            name: format!("{} (initials; firms are anonymised)", row.id),
            sector: row.firm_type.clone(),
            facts,
            source: row.source.clone(),
            hr: HrProfile::NOT_REPORTED,
        });
    }
    for company in &sources.haier_huawei.company {
        firms.push(Firm {
            id: company.id.clone(),
            study: StudyId::HaierHuawei,
            name: company.name.clone(),
            sector: company.sector.clone(),
            facts: company.fact.clone(),
            source: company.source.clone(),
            hr: HrProfile::NOT_REPORTED,
        });
    }
    let beijing = &sources.beijing;
    for firm in &beijing.firm {
        let mut hr = HrProfile::NOT_REPORTED;
        for row in &beijing.hr_row {
            // Table 1 marks presence with X; a blank means not detected.
            hr.set(row.attribute, Some(row.marked.iter().any(|m| m == &firm.id)));
        }
        firms.push(Firm {
            id: firm.id.clone(),
            study: StudyId::BeijingSmes,
            name: format!("{} (case code; firms are anonymised)", firm.id),
            sector: firm.sector.clone(),
            facts: firm.fact.clone(),
            source: firm.source.clone(),
            hr,
        });
    }
    firms
}
