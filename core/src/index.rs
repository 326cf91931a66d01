//! The studies at a glance: what the home page, the Cite panel, the printed
//! footer and the study names need, without the records.
//!
//! The release fetches the dataset with the first view that needs it (see
//! docs/performance.md, "The data on demand"); home and the frame around
//! every view show from this index, which the build derives from the same
//! data and embeds (a few kilobytes, against the dataset's 130).

use serde::{Deserialize, Serialize};

use crate::dataset::{Dataset, Level};
use crate::model::{Study, StudyId};

/// The four studies' cards, in [`StudyId::ALL`]'s order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub cards: Vec<Card>,
}

/// One study at a glance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// The study's own record, as home and the citations show it: its
    /// title, authors, citation details, licence and first finding. What
    /// they do not show is left empty here (the research question, method,
    /// sample, the other findings, rights and where these are printed);
    /// the study's page reads them from the dataset.
    pub study: Study,
    /// How big the study is, by the names its size line uses
    /// (`concepts`, `firms`, `paths`…), in that line's order.
    pub sizes: Vec<(String, usize)>,
    /// What its card's small drawing needs.
    pub mini: Mini,
}

/// What a card's small drawing shows, counted from the data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Mini {
    /// Per core category, how many categories it groups.
    Model(Vec<usize>),
    /// Per company, the years of its dated milestones.
    Timeline(Vec<Vec<u16>>),
    /// The structural paths (from, to) and the constructs, by id.
    Paths { paths: Vec<(String, String)>, constructs: Vec<String> },
    /// Table 1: per attribute row, per firm, whether it is marked.
    Matrix(Vec<Vec<bool>>),
}

impl Index {
    /// The index of a dataset.
    pub fn of(dataset: &Dataset) -> Index {
        Index { cards: StudyId::ALL.into_iter().map(|id| card(dataset, id)).collect() }
    }

    /// A study's card. Every study has one in an index made by [`Index::of`];
    /// `None` only in one that was not.
    pub fn card(&self, id: StudyId) -> Option<&Card> {
        self.cards.iter().find(|c| c.study.id == id)
    }

    /// A study's record (see [`Index::card`]).
    pub fn study(&self, id: StudyId) -> Option<&Study> {
        self.card(id).map(|c| &c.study)
    }
}

impl Card {
    /// The size line's values, as its message's arguments.
    pub fn size_args(&self) -> Vec<(&str, String)> {
        self.sizes.iter().map(|(name, n)| (name.as_str(), n.to_string())).collect()
    }
}

fn card(dataset: &Dataset, id: StudyId) -> Card {
    let n = |level: Level| dataset.codes_at(level).filter(|c| c.study == id).count();
    let firms = dataset.firms.iter().filter(|f| f.study == id).count();
    let s = &dataset.sources;
    let named = |pairs: &[(&str, usize)]| pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    let (sizes, mini) = match id {
        StudyId::SmallGiants => (
            named(&[("concepts", n(Level::Concept)), ("categories", n(Level::Category)), ("firms", firms)]),
            Mini::Model(dataset.codes_at(Level::CoreCategory).map(|c| c.children.len()).collect()),
        ),
        StudyId::HaierHuawei => {
            let hh = &s.haier_huawei;
            let years = hh.company.iter().map(|c| hh.milestone.iter().filter(|m| m.company == c.id).map(|m| m.year).collect()).collect();
            (named(&[("milestones", hh.milestone.len()), ("paths", hh.path.len()), ("firms", firms)]), Mini::Timeline(years))
        }
        StudyId::KunmingSem => {
            let k = &s.kunming;
            (
                named(&[("items", n(Level::Item)), ("dimensions", n(Level::Dimension)), ("constructs", n(Level::Construct)), ("paths", k.structural_path.len())]),
                Mini::Paths {
                    paths: k.structural_path.iter().map(|p| (p.from.clone(), p.to.clone())).collect(),
                    constructs: k.construct.iter().map(|c| c.id.clone()).collect(),
                },
            )
        }
        StudyId::BeijingSmes => {
            let b = &s.beijing;
            let rows = b.hr_row.iter().map(|row| b.firm.iter().map(|f| row.marked.contains(&f.id)).collect()).collect();
            (named(&[("firms", firms), ("attributes", b.hr_row.len())]), Mini::Matrix(rows))
        }
    };
    let mut study = dataset.study(id).clone();
    study.research_question.clear();
    study.method.clear();
    study.sample.clear();
    study.findings.truncate(1);
    study.rights = None;
    study.source.clear();
    Card { study, sizes, mini }
}
