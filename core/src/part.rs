//! The parts the release splits the app's code into: the main part (the
//! shell, the landing view and everything every view needs) and one part
//! per family of views, fetched the first time a view of that family is
//! shown (see docs/performance.md, "Split by view").
//!
//! The data is split too: the decoder ([`DATA`]) and each data file
//! ([`DataFile`]) are modules of their own, and a view waits for the files it
//! shows from ([`data_of`]; docs/performance.md, "The data by file").
//!
//! The start-up script reads [`preload_keys`] (written into it at build
//! time) to fetch a deep link's part, decoder and data files alongside the
//! main part, before the app starts.

use crate::learn::exercise::ExerciseId;
use crate::model::StudyId;
use crate::route::Route;

/// A part of the app's code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    /// The shell: no view of its own.
    Main,
    /// The home page and the not-found page: a part of their own, so that
    /// a deep link does not fetch them. They show from the index in the
    /// main part, no data file.
    Home,
    /// The four study pages.
    Studies,
    /// A code's trace.
    Trace,
    /// The trace's index: the coding as trees. A part of its own, so that a
    /// code's trace does not fetch the trees' code.
    TraceIndex,
    /// The firms' list.
    Firms,
    /// A firm's page, and firms or codes side by side: a part of their own,
    /// so that the firms' list does not fetch them, nor a firm's page the
    /// list's filters and matrix.
    Firm,
    /// Learn: the tours and the exercises.
    Learn,
    /// Data & sources, themes, search, the glossary and the checks.
    Reference,
}

impl Part {
    /// Whether its views show from the dataset (and so wait for the
    /// decoder's module): all but home's, which shows from the index.
    pub fn needs_data(self) -> bool {
        !matches!(self, Part::Main | Part::Home)
    }

    /// The family of pages it belongs to, named by its first part: a
    /// firm's page goes with the firms' list, the trace's index with a
    /// code's trace (a study's sections' modules go with the studies, see
    /// [`sections_module`]). The release's splitter treats a family's parts
    /// as one where it decides what goes into the main module.
    pub fn family(self) -> Part {
        match self {
            Part::Firm => Part::Firms,
            Part::TraceIndex => Part::Trace,
            other => other,
        }
    }

    /// Every part split off the main one.
    pub const SPLIT: [Part; 8] = [Part::Home, Part::Studies, Part::Trace, Part::TraceIndex, Part::Firms, Part::Firm, Part::Learn, Part::Reference];

    /// The part's name: its split's name in the build (`part-<hash>-<name>.wasm`
    /// in the built site).
    pub fn name(self) -> &'static str {
        match self {
            Part::Main => "main",
            Part::Home => "home",
            Part::Studies => "studies",
            Part::Trace => "trace",
            Part::TraceIndex => "trace_index",
            Part::Firms => "firms",
            Part::Firm => "firm",
            Part::Learn => "learn",
            Part::Reference => "reference",
        }
    }

    /// The part a route's view is in.
    pub fn of(route: &Route) -> Part {
        match route {
            Route::Home => Part::Home,
            Route::NotFound(_) => Part::Home,
            Route::Study(_) => Part::Studies,
            Route::TraceIndex => Part::TraceIndex,
            Route::Trace(_) => Part::Trace,
            Route::Firms(_) => Part::Firms,
            Route::Firm(_) | Route::Compare(_) => Part::Firm,
            Route::Learn | Route::Tour(..) | Route::Exercise(..) => Part::Learn,
            Route::Data | Route::Themes | Route::Search(_) | Route::Glossary | Route::Checks => Part::Reference,
        }
    }
}

/// The split module that holds the dataset's decoder (`data.rs` in the app;
/// the header search's code is a module of its own, `search`, fetched on
/// its first use). Every view of a split part shows data, so a deep
/// link's files are the decoder's, the data files' its view shows (see
/// [`data_of`]) and then its part's; home needs none of them.
pub const DATA: &str = "data";

/// A data file as the release ships it: each is a module of its own,
/// fetched with the first view that shows from it (docs/performance.md,
/// "The data by file").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DataFile {
    SmallGiants,
    HaierHuawei,
    Kunming,
    Beijing,
    /// The themes across studies (`data/themes.toml`).
    Themes,
    /// The firms' records alone, from the three studies with firms
    /// (`dataset::FirmsFile`): what the firm views show. Not needed where
    /// those three studies' files are loaded (see [`Files::covers`]).
    Firms,
    /// The themes' names and the records each names, without their texts
    /// (`dataset::MentionsFile`): what a code's trace and a firm's page
    /// show of them. Not needed where the themes' file is loaded.
    Mentions,
}

impl DataFile {
    /// Every file the build writes.
    pub const ALL: [DataFile; 7] =
        [DataFile::SmallGiants, DataFile::HaierHuawei, DataFile::Kunming, DataFile::Beijing, DataFile::Themes, DataFile::Firms, DataFile::Mentions];

    /// Its module's name in the build (`part-<hash>-<name>.wasm`).
    pub fn name(self) -> &'static str {
        match self {
            DataFile::SmallGiants => "data_small_giants",
            DataFile::HaierHuawei => "data_haier_huawei",
            DataFile::Kunming => "data_kunming",
            DataFile::Beijing => "data_beijing",
            DataFile::Themes => "data_themes",
            DataFile::Firms => "data_firms",
            DataFile::Mentions => "data_mentions",
        }
    }

    /// The file a study's records are in.
    pub fn of_study(id: StudyId) -> DataFile {
        match id {
            StudyId::SmallGiants => DataFile::SmallGiants,
            StudyId::HaierHuawei => DataFile::HaierHuawei,
            StudyId::KunmingSem => DataFile::Kunming,
            StudyId::BeijingSmes => DataFile::Beijing,
        }
    }

    /// The study whose file it is (`None` for the themes, the firms and the
    /// themes' mentions).
    pub fn study(self) -> Option<StudyId> {
        StudyId::ALL.into_iter().find(|id| DataFile::of_study(*id) == self)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of data files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Files(u8);

impl Files {
    pub const NONE: Files = Files(0);
    /// The four studies' files and the themes': everything (the firms' own
    /// file and the themes' mentions add nothing to them).
    pub const ALL: Files = Files(0b1_1111);
    /// The three studies' files that the firms' own file is taken from.
    pub const WITH_FIRMS: Files = Files(0b1011);

    pub fn of(files: &[DataFile]) -> Files {
        Files(files.iter().fold(0, |bits, f| bits | f.bit()))
    }

    pub fn contains(self, file: DataFile) -> bool {
        self.0 & file.bit() != 0
    }

    /// Whether these files hold all that `other` does: every file of
    /// `other` is here, the firms' own file counting as here where the three
    /// studies' files it is taken from are, and the themes' mentions where
    /// the themes' file is. (Two tests rather than a table of what each
    /// file is taken from: this is in the main module, and the table cost
    /// every first visit 63 bytes.)
    pub fn covers(self, other: Files) -> bool {
        let mut have = self.0;
        if have & Files::WITH_FIRMS.0 == Files::WITH_FIRMS.0 {
            have |= DataFile::Firms.bit();
        }
        if self.contains(DataFile::Themes) {
            have |= DataFile::Mentions.bit();
        }
        have & other.0 == other.0
    }

    pub fn union(self, other: Files) -> Files {
        Files(self.0 | other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The files, in [`DataFile::ALL`]'s order.
    pub fn iter(self) -> impl Iterator<Item = DataFile> {
        DataFile::ALL.into_iter().filter(move |f| self.contains(*f))
    }
}

/// The data files a route's view shows from. What a view does not show
/// from is not fetched for it: a link to the Kunming study fetches that
/// study's file only. The app's own test renders every view with exactly
/// these files and with all of them, and finds the same page.
pub fn data_of(route: &Route) -> Files {
    use DataFile::*;
    match route {
        Route::Home | Route::NotFound(_) => Files::NONE,
        Route::Study(id) => StudyId::parse(id).map_or(Files::NONE, |id| Files::of(&[DataFile::of_study(id)])),
        Route::TraceIndex => Files::of(&[SmallGiants, Kunming]),
        // A code's trace names the themes that mention it (their names
        // alone: the themes' mentions, not their file). A code of the
        // small giants' grounded theory shows nothing of the Kunming study;
        // any other (or an unknown one, whose page suggests codes of both)
        // waits for both schemes.
        Route::Trace(code) if grounded_theory_id(code) => Files::of(&[SmallGiants, Mentions]),
        Route::Trace(_) => Files::of(&[SmallGiants, Kunming, Mentions]),
        // The 26 firms are the small giants', Haier and Huawei, and the
        // Beijing study's: their records are in the firms' own file. A
        // firm's page names its themes (the themes' mentions).
        Route::Firms(_) => Files::of(&[Firms]),
        Route::Firm(_) => Files::of(&[Firms, Mentions]),
        // Learn's list names the tours and exercises; a tour walks through
        // one study, an exercise asks about one study's data (the firms'
        // about the 26 firms).
        Route::Learn => Files::NONE,
        // The Beijing study's tour counts the not-reported marks over all 26.
        Route::Tour(id, _) => match crate::learn::tours::tour(id).map(|tour| tour.study) {
            Some(StudyId::BeijingSmes) => Files::of(&[Beijing, Firms]),
            Some(study) => Files::of(&[DataFile::of_study(study)]),
            None => Files::NONE,
        },
        Route::Exercise(ExerciseId::FindFirms, _) => Files::of(&[Firms]),
        Route::Exercise(id, _) => Files::of(&[DataFile::of_study(id.study())]),
        // Firms side by side show from the firm files; codes from both
        // schemes' (a code of the other study is named as such).
        Route::Compare(query) => {
            let firms = if query.firms.is_empty() && !query.codes.is_empty() { Files::NONE } else { Files::of(&[Firms]) };
            let codes = if query.codes.is_empty() { Files::NONE } else { Files::of(&[SmallGiants, Kunming]) };
            firms.union(codes)
        }
        Route::Data
        | Route::Themes
        | Route::Search(_)
        | Route::Glossary
        | Route::Checks => Files::ALL,
    }
}

/// The module of a study's own sections (its tables and diagrams, `sections_<study>`
/// in the build): a study's page waits for its own, not the other three's
/// (docs/performance.md, "Each study's sections on their own").
pub fn sections_module(id: StudyId) -> &'static str {
    match id {
        StudyId::SmallGiants => "sections_small_giants",
        StudyId::HaierHuawei => "sections_haier_huawei",
        StudyId::KunmingSem => "sections_kunming",
        StudyId::BeijingSmes => "sections_beijing",
    }
}

/// The blocks of a study's page below its first screens whose code is a
/// module of its own, the rest of its sections (`rest_<study>`,
/// [`rest_module`]): each the section of the page it is in (the TOC's, and a
/// link's `#/study/<id>/<section>`), its own name (its element's id) and
/// the ids of the places in it a link may open (`records::record_link`'s
/// `hypotheses`). Fetched when the reader first scrolls, touches, points or
/// presses a key, or when a link opens one of them ([`opens_rest`]), so
/// that a first visit does not wait for tables it has not reached
/// (docs/performance.md, "The rest of a study's sections on the reader's
/// first move"). Only the Kunming study's are worth a module: the
/// structural model's paths as a table and its hypotheses, below the
/// diagram, and the three sections after the study's description.
pub const REST: &[RestBlock] = &[
    RestBlock { study: StudyId::KunmingSem, section: "structural", block: "structural-paths", places: &["hypotheses"] },
    RestBlock { study: StudyId::KunmingSem, section: "effects", block: "effects", places: &[] },
    RestBlock { study: StudyId::KunmingSem, section: "measurement", block: "measurement", places: &["items"] },
    RestBlock { study: StudyId::KunmingSem, section: "sample", block: "sample", places: &[] },
];

/// A block of [`REST`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RestBlock {
    pub study: StudyId,
    pub section: &'static str,
    pub block: &'static str,
    pub places: &'static [&'static str],
}

/// The blocks of section `section` of a study's page that are in the rest
/// of its sections ([`REST`]), in order.
pub fn rest_blocks(id: StudyId, section: &str) -> impl Iterator<Item = &'static str> + '_ {
    REST.iter().filter(move |b| b.study == id && b.section == section).map(|b| b.block)
}

/// Whether a link to `#/study/<id>/<target>` opens the rest of the study's
/// sections: `target` is a section with a block there, a block, or a place
/// in one.
pub fn opens_rest(id: StudyId, target: &str) -> bool {
    REST.iter().any(|b| b.study == id && (b.section == target || b.block == target || b.places.contains(&target)))
}

/// The module of the rest of a study's sections ([`REST`]), if it has one.
pub fn rest_module(id: StudyId) -> Option<&'static str> {
    match id {
        StudyId::KunmingSem => Some("rest_kunming"),
        _ => None,
    }
}

/// The study whose sections' module a route's view shows from: a study's
/// page, and a tour's step that shows one of its tables or diagrams (other
/// than the rest of its sections, [`rest_of`]).
pub fn sections_of(route: &Route) -> Option<StudyId> {
    match route {
        Route::Study(id) => StudyId::parse(id),
        Route::Tour(..) => tour_step(route).filter(|live| !live.in_rest())?.sections(),
        _ => None,
    }
}

/// The study whose rest of sections' module ([`rest_module`]) a route's view
/// waits for: a tour's step that draws from it. A study's page does not
/// wait: it shows the rest of its sections as their headings until the
/// module is here.
pub fn rest_of(route: &Route) -> Option<StudyId> {
    tour_step(route).filter(|live| live.in_rest())?.sections()
}

/// What a tour's step shows, for a route to one.
fn tour_step(route: &Route) -> Option<crate::learn::tours::Live> {
    let Route::Tour(id, step) = route else { return None };
    Some(crate::learn::tours::tour(id)?.steps.get(step.checked_sub(1)? as usize)?.live)
}

/// The modules of a study's sections the start-up script preloads for a
/// key of [`preload_keys`]: for a study's page its sections' module, and
/// the rest's where the key names one of the rest of its sections
/// (`study/<id>/<section>`); for a tour the one its first drawing step
/// draws from.
pub fn sections_of_key(key: &str) -> Vec<&'static str> {
    let mut segments = key.split('/');
    match (segments.next(), segments.next(), segments.next()) {
        (Some("study"), Some(id), section) => {
            let Some(id) = StudyId::parse(id) else { return Vec::new() };
            let rest = section.is_some_and(|s| opens_rest(id, s)).then(|| rest_module(id)).flatten();
            std::iter::once(sections_module(id)).chain(rest).collect()
        }
        // The module the tour's first step that draws from one draws from
        // (a link to a tour most often opens it at its start; a later step
        // that needs another fetches it as it is shown).
        (Some("learn"), Some("tour"), Some(id)) => {
            let Some(tour) = crate::learn::tours::tour(id) else { return Vec::new() };
            let module = |live: crate::learn::tours::Live| if live.in_rest() { live.sections().and_then(rest_module) } else { live.sections().map(sections_module) };
            tour.steps.iter().find_map(|step| module(step.live)).into_iter().collect()
        }
        _ => Vec::new(),
    }
}

/// The modules of a study's sections the start-up script preloads for a
/// hash (by the same entry as [`data_of_hash`]).
pub fn sections_of_hash(hash: &str) -> Vec<&'static str> {
    preload_entry(hash).map(|(key, _, _)| sections_of_key(&key)).unwrap_or_default()
}

/// Whether an id has the form of the small giants' grounded-theory codes:
/// `a`, `b`, `A`, `S` or `C` and a number (`a13`, `S2`). No code of the
/// Kunming measurement model has it (a test checks every code of the data),
/// so a link to such a code's trace needs no Kunming file. The start-up
/// script tests the same pattern (`GROUNDED_THEORY_PATTERN`).
pub fn grounded_theory_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('a' | 'b' | 'A' | 'S' | 'C')) && !chars.as_str().is_empty() && chars.all(|c| c.is_ascii_digit())
}

/// [`grounded_theory_id`] as the start-up script's regular expression.
pub const GROUNDED_THEORY_PATTERN: &str = "^[abASC][0-9]+$";

/// The data files the start-up script preloads for a hash: those of the
/// first of its [`preload_candidates`] that [`preload_keys`] has. Agrees
/// with [`data_of`] wherever the app renders the view the script expects
/// (a test checks it).
pub fn data_of_hash(hash: &str) -> Files {
    preload_entry(hash).map_or(Files::NONE, |(_, _, files)| files)
}

/// The entry of [`preload_keys`] the start-up script uses for a hash: the
/// first of its [`preload_candidates`] that has one.
fn preload_entry(hash: &str) -> Option<(String, Part, Files)> {
    let keys = preload_keys();
    preload_candidates(hash).iter().find_map(|key| keys.iter().find(|(k, _, _)| k == key).cloned())
}

/// The keys the start-up script looks up for a hash, in order, read as the
/// script reads it (the path split at `/`): `trace/grounded` for a
/// grounded-theory code's trace, then the first three segments, the first
/// two and the first (`learn/tour/<id>`, `study/<id>`, `trace`, …).
pub fn preload_candidates(hash: &str) -> Vec<String> {
    let path = hash.split('?').next().unwrap_or_default();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let mut keys = Vec::new();
    if segments.len() == 2 && segments[0] == "trace" && grounded_theory_id(segments[1]) {
        keys.push("trace/grounded".to_string());
    }
    for n in (1..=3).rev() {
        let key: Vec<&str> = (0..n).map(|i| segments.get(i).copied().unwrap_or_default()).collect();
        keys.push(key.join("/"));
    }
    keys
}

/// Every key the start-up script knows, with the part and the data files it
/// preloads for it: for a segment, what its widest view shows from (a
/// code's trace rather than the trace's index).
pub fn preload_keys() -> Vec<(String, Part, Files)> {
    let mut keys: Vec<(String, Part, Files)> = Vec::new();
    for (segment, part) in SEGMENTS {
        let files = match segment {
            "study" => {
                for id in StudyId::ALL {
                    let files = data_of(&Route::Study(id.as_str().into()));
                    // A link to a section with blocks in the rest of its
                    // sections preloads their module too (`sections_of_key`).
                    let targets = REST.iter().filter(|b| b.study == id).flat_map(|b| [b.section, b.block].into_iter().chain(b.places.iter().copied()));
                    for target in targets {
                        let key = format!("study/{id}/{target}");
                        if !keys.iter().any(|(k, ..)| *k == key) {
                            keys.push((key, part, files));
                        }
                    }
                    keys.push((format!("study/{id}"), part, files));
                }
                // A study the app does not know: its page says so.
                Files::NONE
            }
            "learn" => {
                for id in ExerciseId::ALL {
                    keys.push((format!("learn/{}", id.key()), part, data_of(&Route::Exercise(id, Default::default()))));
                }
                for tour in crate::learn::tours::TOURS {
                    keys.push((format!("learn/tour/{}", tour.id), part, data_of(&Route::Tour(tour.id.into(), 1))));
                }
                // A tour the app does not know: its page says so.
                keys.push(("learn/tour".into(), part, Files::NONE));
                data_of(&Route::Learn)
            }
            "compare" => data_of(&Route::Compare(crate::compare::CompareQuery { firms: vec![String::new()], codes: vec![String::new()] })),
            "trace" => {
                keys.push(("trace/grounded".into(), part, data_of(&Route::Trace("a1".into()))));
                // `#/trace` (and `#/trace/`) as the script reads it: the
                // index, a part of its own.
                keys.push(("trace/".into(), Part::TraceIndex, data_of(&Route::TraceIndex)));
                data_of(&Route::Trace(String::new()))
            }
            "firms" => data_of(&Route::Firms(Default::default())),
            "firm" => data_of(&Route::Firm(String::new())),
            "" => data_of(&Route::Home),
            _ => Files::ALL,
        };
        keys.push((segment.to_string(), part, files));
    }
    keys
}

/// The first segment of a hash's path (`#/<segment>/…`) and the part its
/// views are in (none for home); any other segment is a main-part view (not
/// found).
pub const SEGMENTS: [(&str, Part); 12] = [
    ("", Part::Home),
    ("study", Part::Studies),
    ("trace", Part::Trace),
    ("firms", Part::Firms),
    ("firm", Part::Firm),
    ("compare", Part::Firm),
    ("learn", Part::Learn),
    ("data", Part::Reference),
    ("themes", Part::Reference),
    ("search", Part::Reference),
    ("glossary", Part::Reference),
    ("checks", Part::Reference),
];

/// The part the start-up script preloads for a hash (the same entry as
/// [`data_of_hash`]); the main part where it preloads none.
pub fn of_hash(hash: &str) -> Part {
    preload_entry(hash).map_or(Part::Main, |(_, part, _)| part)
}
