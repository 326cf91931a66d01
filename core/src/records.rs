//! Record references: what a reader calls the record a `kind:id` reference
//! names, and where a link to it should go.
//!
//! Notes and theme links name records as `kind:id` (`code:b3`,
//! `structural_path:IL->IC`, `milestone:Huawei/2006`, see `data/README.md`).
//! Those references are for the data files; a reader needs the record's name
//! ("b3 R&D team building", "IL → IC", "Huawei, 2006"). Contact points:
//! [`Dataset::record_name`] (total: an unknown reference comes back as given),
//! [`Dataset::find_record_name`] (`None` for a reference that names nothing,
//! which is also how validation decides that a reference exists) and
//! [`Dataset::record_link`].

use crate::dataset::{Dataset, Level};
use crate::model::{StatedCount, StudyId};
use crate::route::{is_section_name, Route};

impl Dataset {
    /// The name a reader understands for a record reference of `study`, e.g.
    /// `code:b3` → "b3 R&D team building", `excerpt:17` → "Appendix 1,
    /// passage 17". A reference that names nothing is returned as given.
    pub fn record_name(&self, study: StudyId, reference: &str) -> String {
        self.find_record_name(study, reference).unwrap_or_else(|| reference.to_string())
    }

    /// The name of the record a reference of `study` names, or `None` if it
    /// names nothing in that study (references name records of their own
    /// study; `study:` may name any study).
    pub fn find_record_name(&self, study: StudyId, reference: &str) -> Option<String> {
        let (kind, id) = reference.split_once(':')?;
        let s = &self.sources;
        let only = |owner: StudyId| (study == owner).then_some(());
        match kind {
            "study" => StudyId::parse(id).map(|other| self.study(other).short_title.clone()),
            "code" => {
                let code = self.code(id).filter(|c| c.study == study)?;
                Some(format!("{} {}", code.id, code.label))
            }
            "item" | "dimension" | "construct" => {
                let level = match kind {
                    "item" => Level::Item,
                    "dimension" => Level::Dimension,
                    _ => Level::Construct,
                };
                let code = self.code(id).filter(|c| c.study == study && c.level == level)?;
                Some(format!("{} {}", code.id, code.label))
            }
            "firm" => self.firm(id).filter(|f| f.study == study).map(|f| f.id.clone()),
            "criterion" => {
                only(StudyId::SmallGiants)?;
                let criterion = s.small_giants.criterion.iter().find(|c| c.id == id)?;
                let column = criterion.table_column.trim();
                Some(if column.is_empty() { criterion.text.clone() } else { column.to_string() })
            }
            "excerpt" => {
                only(StudyId::SmallGiants)?;
                let number = id.parse::<usize>().ok().filter(|&n| n >= 1 && n <= s.small_giants.excerpt.len())?;
                Some(format!("Appendix 1, passage {number}"))
            }
            "structural_path" => {
                only(StudyId::KunmingSem)?;
                let (from, to) = id.split_once("->")?;
                let path = s.kunming.structural_path.iter().find(|p| p.from == from && p.to == to)?;
                Some(format!("{} → {}", path.from, path.to))
            }
            "hypothesis" => {
                only(StudyId::KunmingSem)?;
                s.kunming.hypothesis.iter().find(|h| h.id == id).map(|h| h.id.clone())
            }
            "sample_row" => {
                only(StudyId::KunmingSem)?;
                s.kunming.sample_row.iter().find(|r| r.category == id).map(|r| format!("Table 1, {}", r.category))
            }
            "stage" => {
                only(StudyId::HaierHuawei)?;
                let (company, name) = id.split_once('/')?;
                let stage = s.haier_huawei.stage.iter().find(|x| x.company == company && x.name == name)?;
                Some(stage.name.clone())
            }
            "milestone" => {
                only(StudyId::HaierHuawei)?;
                let (company, year) = id.split_once('/')?;
                let milestone = s.haier_huawei.milestone.iter().find(|m| m.company == company && m.year.to_string() == year)?;
                Some(format!("{}, {}", milestone.company, milestone.year))
            }
            "innovation_path" => {
                only(StudyId::HaierHuawei)?;
                s.haier_huawei.path.iter().find(|p| p.id == id).map(|p| p.title.clone())
            }
            "hr_row" => {
                only(StudyId::BeijingSmes)?;
                s.beijing.hr_row.iter().find(|r| r.attribute.key() == id).map(|r| r.label.clone())
            }
            "mechanism" => {
                only(StudyId::BeijingSmes)?;
                s.beijing.mechanism.iter().find(|m| m.id == id).map(|m| m.title.clone())
            }
            "stated_count" => {
                let stated = crate::validate::stated_counts(s, study).iter().find(|c| c.what == id)?;
                Some(self.stated_count_name(stated))
            }
            _ => None,
        }
    }

    /// The hash a link to a record opens: its trace or profile where it has
    /// one ([`Route::for_record`]), else the section of its study's page that
    /// shows it (an Appendix 1 passage opens the whole passage with that
    /// phrase marked), else its study's page.
    pub fn record_link(&self, study: StudyId, reference: &str) -> String {
        let route = Route::for_record(study, reference);
        match self.record_section(study, reference) {
            Some(section) if is_section_name(&section) => route.section_hash(&section),
            _ => route.to_hash(),
        }
    }

    /// The in-page section of the study page that shows a record without a
    /// view of its own; `None` for other and unknown references. The names
    /// are the element ids of `src/pages/study.rs` and
    /// `src/components/passage.rs` (an end-to-end test follows every link).
    fn record_section(&self, study: StudyId, reference: &str) -> Option<String> {
        self.find_record_name(study, reference)?;
        let (kind, id) = reference.split_once(':')?;
        let section = match kind {
            "excerpt" => format!("passage-{}", id.parse::<usize>().ok()?),
            "criterion" => "firms".to_string(),
            "stage" | "milestone" => "milestones".to_string(),
            "innovation_path" => format!("path-{id}"),
            "structural_path" => "structural".to_string(),
            "hypothesis" => "hypotheses".to_string(),
            "sample_row" => "sample".to_string(),
            "hr_row" => "table1".to_string(),
            "mechanism" => "mechanisms".to_string(),
            _ => return None,
        };
        Some(section)
    }

    /// What a stated count counts, for naming it in either language.
    pub fn stated_counted(&self, stated: &StatedCount) -> Counted {
        let what = stated.what.as_str();
        if let Some(level) = Level::parse(what) {
            return Counted::Level(level);
        }
        let row_label = |key: &str| {
            self.sources.beijing.hr_row.iter().find(|r| r.attribute.key() == key).map_or_else(|| key.to_string(), |r| r.label.clone())
        };
        if let Some(key) = what.strip_prefix("hr:") {
            Counted::FirmsMarked(vec![row_label(key)])
        } else if let Some(keys) = what.strip_prefix("hr_any:") {
            Counted::FirmsMarked(keys.split('|').map(row_label).collect())
        } else {
            Counted::Other(what.to_string())
        }
    }

    /// "22 initial categories, as stated in Section 4".
    pub fn stated_count_name(&self, stated: &StatedCount) -> String {
        let counted = match self.stated_counted(stated) {
            Counted::Level(level) => level.noun(stated.count as usize).to_string(),
            Counted::FirmsMarked(labels) => {
                let quoted: Vec<String> = labels.iter().map(|l| format!("“{l}”")).collect();
                format!("firms marked {}", quoted.join(" or "))
            }
            Counted::Other(what) => what.replace('_', " "),
        };
        format!("{} {counted}, as stated in {}", stated.count, stated.source)
    }
}

/// The in-page sections of a study page, in page order: what the study
/// found, drawn, first; then its findings and what it is; then the tables;
/// then the notes on the study as a whole. The names are element ids of
/// `src/pages/study.rs` and routes (`#/study/<id>/<section>`).
pub fn study_sections(study: StudyId) -> &'static [&'static str] {
    match study {
        StudyId::SmallGiants => &["model", "findings", "about", "passage", "firms", "notes"],
        StudyId::HaierHuawei => &["milestones", "findings", "about", "paths", "notes"],
        StudyId::KunmingSem => &["structural", "findings", "about", "effects", "measurement", "sample", "notes"],
        StudyId::BeijingSmes => &["table1", "findings", "about", "mechanisms", "notes"],
    }
}

/// The section of its study page a source note belongs to: the section that
/// shows the record it names first; `notes` (the study as a whole) for
/// study-level notes and anything else.
pub fn note_section(study: StudyId, note: &crate::SourceNote) -> &'static str {
    let kind = note.records.first().and_then(|r| r.split_once(':')).map_or("", |(kind, _)| kind);
    match (study, kind) {
        (StudyId::SmallGiants, "code" | "stated_count") => "model",
        (StudyId::SmallGiants, "criterion" | "firm") => "firms",
        (StudyId::SmallGiants, "excerpt") => "passage",
        (StudyId::HaierHuawei, "stage" | "milestone") => "milestones",
        (StudyId::HaierHuawei, "innovation_path") => "paths",
        (StudyId::KunmingSem, "construct" | "dimension" | "item") => "measurement",
        (StudyId::KunmingSem, "structural_path" | "hypothesis") => "structural",
        (StudyId::KunmingSem, "sample_row") => "sample",
        (StudyId::KunmingSem, "stated_count") if note.records.iter().any(|r| r.contains("hypothes")) => "structural",
        (StudyId::KunmingSem, "stated_count") => "sample",
        (StudyId::BeijingSmes, "firm" | "hr_row" | "stated_count") => "table1",
        (StudyId::BeijingSmes, "mechanism") => "mechanisms",
        _ => "notes",
    }
}

/// What a stated count counts ([`Dataset::stated_counted`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Counted {
    /// Codes of one level ("22 initial categories").
    Level(Level),
    /// Firms marked in any of these Table 1 rows (labels as printed).
    FirmsMarked(Vec<String>),
    /// Anything else, by its key (`firms`, `hypotheses`, `valid_questionnaires`…).
    Other(String),
}
