//! The guided tours: one per study, each a list of steps. A step is a short
//! explanation in our own words (catalog text, in both languages) and a live
//! view of the data it talks about. Which record a step shows is derived
//! from the data (`first_concept`, `two_parent_concept`), never typed in.

use crate::filter::{Facet, FirmQuery};
use crate::i18n::Msg;
use crate::{Dataset, HrAttribute, Level, StudyId};

/// The data a step shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Live {
    // Small giants
    Passage,
    OpenCoding,
    ThemeOfFirstConcept,
    ChainOfFirstConcept,
    Model,
    TwoParents,
    // Kunming
    ItemsOfFirstDimension,
    Constructs,
    StatedRanges,
    PathDiagram,
    Effects,
    Hypotheses,
    // Beijing
    Table1,
    NotReported,
    FilterExample,
    Combinations,
    Mechanisms,
    // Haier and Huawei
    Stages,
    Timeline,
    PathTitles,
    PathEvidence,
    CompareFirms,
}

impl Live {
    /// The study whose own sections' module the step draws from: the app's
    /// study pages render these pieces (a study's tables and diagrams), and
    /// the release ships each study's as a module of its own
    /// (`part::sections_of`). `None` where the step shows none of them.
    /// Whether the piece it draws is in the rest of its study's sections
    /// (`part::REST`: the Kunming study's effects).
    pub fn in_rest(self) -> bool {
        matches!(self, Live::Effects)
    }

    pub fn sections(self) -> Option<StudyId> {
        match self {
            Live::Passage | Live::Model => Some(StudyId::SmallGiants),
            Live::ItemsOfFirstDimension | Live::PathDiagram | Live::Effects => Some(StudyId::KunmingSem),
            Live::Table1 | Live::Mechanisms => Some(StudyId::BeijingSmes),
            Live::Timeline | Live::PathEvidence => Some(StudyId::HaierHuawei),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub title: Msg,
    pub body: Msg,
    pub live: Live,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tour {
    /// The route segment; the study's id.
    pub id: &'static str,
    pub study: StudyId,
    pub title: Msg,
    pub summary: Msg,
    pub minutes: u8,
    pub steps: &'static [Step],
}

macro_rules! steps {
    ($($title:ident $body:ident $live:ident),* $(,)?) => {
        &[$(Step { title: Msg::$title, body: Msg::$body, live: Live::$live }),*]
    };
}

pub const TOURS: [Tour; 4] = [
    Tour {
        id: "small-giants",
        study: StudyId::SmallGiants,
        title: Msg::TourSgTitle,
        summary: Msg::TourSgSummary,
        minutes: 10,
        steps: steps![
            TourSg1 TourSg1Body Passage,
            TourSg2 TourSg2Body OpenCoding,
            TourSg3 TourSg3Body ThemeOfFirstConcept,
            TourSg4 TourSg4Body ChainOfFirstConcept,
            TourSg5 TourSg5Body Model,
            TourSg6 TourSg6Body TwoParents,
        ],
    },
    Tour {
        id: "kunming-sem",
        study: StudyId::KunmingSem,
        title: Msg::TourKmTitle,
        summary: Msg::TourKmSummary,
        minutes: 12,
        steps: steps![
            TourKm1 TourKm1Body ItemsOfFirstDimension,
            TourKm2 TourKm2Body Constructs,
            TourKm3 TourKm3Body StatedRanges,
            TourKm4 TourKm4Body PathDiagram,
            TourKm5 TourKm5Body Effects,
            TourKm6 TourKm6Body Hypotheses,
        ],
    },
    Tour {
        id: "beijing-smes",
        study: StudyId::BeijingSmes,
        title: Msg::TourBjTitle,
        summary: Msg::TourBjSummary,
        minutes: 8,
        steps: steps![
            TourBj1 TourBj1Body Table1,
            TourBj2 TourBj2Body NotReported,
            TourBj3 TourBj3Body FilterExample,
            TourBj4 TourBj4Body Combinations,
            TourBj5 TourBj5Body Mechanisms,
        ],
    },
    Tour {
        id: "haier-huawei",
        study: StudyId::HaierHuawei,
        title: Msg::TourHhTitle,
        summary: Msg::TourHhSummary,
        minutes: 8,
        steps: steps![
            TourHh1 TourHh1Body Stages,
            TourHh2 TourHh2Body Timeline,
            TourHh3 TourHh3Body PathTitles,
            TourHh4 TourHh4Body PathEvidence,
            TourHh5 TourHh5Body CompareFirms,
        ],
    },
];

/// The tour with this id.
pub fn tour(id: &str) -> Option<&'static Tour> {
    TOURS.iter().find(|t| t.id == id)
}

/// The first concept the Appendix 1 passage is coded with.
pub fn first_concept(dataset: &Dataset) -> Option<String> {
    dataset
        .sources
        .small_giants
        .excerpt
        .iter()
        .flat_map(|p| &p.codes)
        .map(|c| c.id.clone())
        .find(|id| dataset.code(id).is_some_and(|c| c.level == Level::Concept))
}

/// The first concept, in the order of Appendix 2, that the paper lists under
/// two (or more) core themes.
pub fn two_parent_concept(dataset: &Dataset) -> Option<String> {
    dataset
        .codes
        .iter()
        .find(|c| c.study == StudyId::SmallGiants && c.level == Level::Concept && c.parents.len() > 1)
        .map(|c| c.id.clone())
}

/// The question the Beijing tour turns into a filter: staff of foreign
/// origin, but no CEO or founder with international experience.
pub fn example_filter() -> FirmQuery {
    FirmQuery::default()
        .with_facet(HrAttribute::ForeignOrigin, Facet::Present)
        .with_facet(HrAttribute::CeoInternational, Facet::Absent)
}
