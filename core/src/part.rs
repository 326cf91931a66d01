//! The parts the release splits the app's code into: the main part (the
//! shell, the landing view and everything every view needs) and one part
//! per family of views, fetched the first time a view of that family is
//! shown (see docs/performance.md, "Split by view").
//!
//! The start-up script reads [`SEGMENTS`] (written into it at build time) to
//! fetch a deep link's part alongside the main part, before the app starts.

use crate::route::Route;

/// A part of the app's code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    /// The shell, the home page and the not-found page.
    Main,
    /// The four study pages.
    Studies,
    /// The trace index and a code's trace.
    Trace,
    /// The firms, a firm, and the comparison.
    Firms,
    /// Learn: the tours and the exercises.
    Learn,
    /// Data & sources, themes, search, the glossary and the checks.
    Reference,
}

impl Part {
    /// Every part split off the main one.
    pub const SPLIT: [Part; 5] = [Part::Studies, Part::Trace, Part::Firms, Part::Learn, Part::Reference];

    /// The part's name: its split's name in the build (`part-<hash>-<name>.wasm`
    /// in the built site).
    pub fn name(self) -> &'static str {
        match self {
            Part::Main => "main",
            Part::Studies => "studies",
            Part::Trace => "trace",
            Part::Firms => "firms",
            Part::Learn => "learn",
            Part::Reference => "reference",
        }
    }

    /// The part a route's view is in.
    pub fn of(route: &Route) -> Part {
        match route {
            Route::Home | Route::NotFound(_) => Part::Main,
            Route::Study(_) => Part::Studies,
            Route::TraceIndex | Route::Trace(_) => Part::Trace,
            Route::Firms(_) | Route::Firm(_) | Route::Compare(_) => Part::Firms,
            Route::Learn | Route::Tour(..) | Route::Exercise(..) => Part::Learn,
            Route::Data | Route::Themes | Route::Search(_) | Route::Glossary | Route::Checks => Part::Reference,
        }
    }
}

/// The split module that holds the dataset and its decoder (`data.rs` in
/// the app). Every view of a split part shows data, so a deep link's
/// files are the data's and then its part's; home needs neither.
pub const DATA: &str = "data";

/// The first segment of a hash's path (`#/<segment>/…`) and the part its
/// views are in; any other segment is a main-part view (home, not found).
pub const SEGMENTS: [(&str, Part); 11] = [
    ("study", Part::Studies),
    ("trace", Part::Trace),
    ("firms", Part::Firms),
    ("firm", Part::Firms),
    ("compare", Part::Firms),
    ("learn", Part::Learn),
    ("data", Part::Reference),
    ("themes", Part::Reference),
    ("search", Part::Reference),
    ("glossary", Part::Reference),
    ("checks", Part::Reference),
];

/// The part of the view a hash opens, by its first segment alone, as the
/// start-up script reads it.
pub fn of_hash(hash: &str) -> Part {
    let path = hash.split('?').next().unwrap_or_default();
    let segment = path.trim_start_matches('#').trim_start_matches('/').split('/').next().unwrap_or_default();
    SEGMENTS.iter().find(|(s, _)| *s == segment).map_or(Part::Main, |(_, part)| *part)
}
