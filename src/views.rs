//! The views, by part of the code (`explorer_core::part`). The main part's
//! views are here; each other part's views are reached through a loader
//! that, in the split release (feature `split`), fetches that part's wasm
//! module the first time, and hands back the part's view function. Once a
//! part is loaded its views render at once, with no await. A view of a
//! split part is ready once the data files it shows from are loaded too
//! (`part::data_of`, `data::load`).

use explorer_core::part::Part;
use explorer_core::route::Route;
use yew::prelude::*;

use crate::components::share::{PanelViews, PANEL_VIEWS};
use crate::pages;
use crate::pages::study::Sections;
use explorer_core::StudyId;

/// A part's view: the route and the in-page section it opens at.
pub type View = fn(&Route, Option<&str>) -> Html;

/// Where a module of the split release stands, with what it hands back
/// once it is here.
#[derive(Clone, Copy, Debug)]
pub enum Fetched<T> {
    /// Being fetched.
    Loading,
    /// Loaded: what it holds renders at once.
    Ready(T),
    /// The fetch failed (offline, a failed deployment); it may be retried.
    Failed,
}

/// Where a part stands: ready with its view function.
pub type Status = Fetched<View>;

/// Where a route's view stands: every view is ready in a build without
/// the split.
#[cfg(not(all(feature = "split", target_family = "wasm")))]
pub fn status(route: &Route) -> Status {
    Status::Ready(match Part::of(route) {
        Part::Main => main_view,
        Part::Home => home_view,
        Part::Studies => studies_view,
        Part::Trace => trace_view,
        Part::TraceIndex => trace_index_view,
        Part::Firms => firms_view,
        Part::Firm => firm_view,
        Part::Learn => learn_view,
        Part::Reference => reference_view,
    })
}

/// Starts loading a route's view (nothing to do without the split).
#[cfg(not(all(feature = "split", target_family = "wasm")))]
pub fn request(_route: &Route) {}

/// Loads a route's view (nothing to do without the split).
#[cfg(not(all(feature = "split", target_family = "wasm")))]
pub async fn load(_route: &Route) {}

#[cfg(all(feature = "split", target_family = "wasm"))]
pub use split::{load, panels, request, request_panels, request_rest, rest, rest_failed, sections, status};

/// A study's own sections (`pages::study::Sections`): always there without
/// the split.
#[cfg(not(all(feature = "split", target_family = "wasm")))]
pub fn sections(id: StudyId) -> Option<Sections> {
    Some(pages::study::sections_of(id))
}

/// The rest of a study's sections (`explorer_core::part::REST`):
/// always there without the split (`None` for a study without them).
#[cfg(not(all(feature = "split", target_family = "wasm")))]
pub fn rest(id: StudyId) -> Option<Sections> {
    pages::study::rest_of(id)
}

/// Asks for the rest of a study's sections (nothing to do without the
/// split).
#[cfg(not(all(feature = "split", target_family = "wasm")))]
pub fn request_rest(_id: StudyId, _now: bool) {}

/// Whether the rest of a study's sections failed to load: never without the
/// split.
#[cfg(not(all(feature = "split", target_family = "wasm")))]
pub fn rest_failed(_id: StudyId) -> bool {
    false
}

/// Where the Share and Cite panels' content stands (`share::PanelViews`):
/// its own part of the code in the split build, fetched when a panel is
/// first opened.
pub type PanelStatus = Fetched<PanelViews>;

/// The panels' content: always there without the split.
#[cfg(not(all(feature = "split", target_family = "wasm")))]
pub fn panels() -> PanelStatus {
    PanelStatus::Ready(PANEL_VIEWS)
}

/// Starts fetching the panels' content (nothing to do without the split).
#[cfg(not(all(feature = "split", target_family = "wasm")))]
pub fn request_panels() {}

#[cfg(all(feature = "split", target_family = "wasm"))]
mod split {
    use std::cell::{Cell, RefCell};

    use explorer_core::part::{data_of, rest_of, sections_of, Files};

    use super::*;

    thread_local! {
        /// The split parts, by index in `Part::SPLIT`: `None` not asked for,
        /// `Some(Status)` on its way, ready or failed.
        static SLOTS: [Cell<Option<Status>>; Part::SPLIT.len()] = const { [const { Cell::new(None) }; Part::SPLIT.len()] };
        /// The views being loaded (their part and data files), so that a
        /// view asked for again while it loads is not loaded twice.
        static PENDING: RefCell<Vec<(Part, Files)>> = const { RefCell::new(Vec::new()) };
        /// The views whose data files could not be fetched the last time.
        static DATA_FAILED: RefCell<Vec<(Part, Files)>> = const { RefCell::new(Vec::new()) };
        /// Each study's own sections' module, one slot per study, as
        /// the parts' (`None` not asked for).
        static SECTIONS: [Cell<Option<Fetched<Sections>>>; StudyId::ALL.len()] = const { [const { Cell::new(None) }; StudyId::ALL.len()] };
        /// The rest of each study's sections' module, as `SECTIONS`.
        static REST: [Cell<Option<Fetched<Sections>>>; StudyId::ALL.len()] = const { [const { Cell::new(None) }; StudyId::ALL.len()] };
        /// Whether the reader's first move is awaited to fetch the rest.
        static AWAITING_MOVE: Cell<bool> = const { Cell::new(false) };
        /// Whether a link to one of the rest's sections asked for it.
        static FOR_LINK: Cell<bool> = const { Cell::new(false) };
    }

    fn rest_status(id: StudyId) -> Option<Fetched<Sections>> {
        REST.with(|slots| slots[id as usize].get())
    }

    /// The rest of a study's sections, once their module is here.
    pub fn rest(id: StudyId) -> Option<Sections> {
        match rest_status(id) {
            Some(Fetched::Ready(sections)) => Some(sections),
            _ => None,
        }
    }

    /// Fetches the rest of a study's sections unless they are here or on
    /// their way (a failed fetch is tried again).
    async fn load_rest(id: StudyId) {
        if matches!(rest_status(id), Some(Fetched::Loading | Fetched::Ready(_))) {
            return;
        }
        let set = |status| REST.with(|slots| slots[id as usize].set(Some(status)));
        set(Fetched::Loading);
        let loaded = match id {
            StudyId::KunmingSem => load_kunming_rest().await,
            _ => Err(NotLoaded),
        };
        set(loaded.map_or(Fetched::Failed, Fetched::Ready));
    }

    loader!(load_kunming_rest, rest_kunming, Sections, pages::study::kunming::rest);

    /// Whether the last fetch of the rest of a study's sections failed.
    pub fn rest_failed(id: StudyId) -> bool {
        matches!(rest_status(id), Some(Fetched::Failed))
    }

    /// Asks for the rest of a study's sections: `now` (a failed fetch is
    /// tried again only so, as the reader asks), or at the reader's first
    /// scroll, touch, key or pointer move (`browser::on_first_move`);
    /// renders the app again once they have arrived or failed.
    pub fn request_rest(id: StudyId, now: bool) {
        // Asked for by a link to one of its sections (even while on its
        // way), it is shown and the window goes to that section again; at
        // the reader's first move, it is shown where the reader is.
        if now {
            FOR_LINK.with(|f| f.set(true));
        }
        match rest_status(id) {
            Some(Fetched::Loading | Fetched::Ready(_)) => return,
            Some(Fetched::Failed) if !now => return,
            _ => {}
        }
        let fetch = move || {
            yew::platform::spawn_local(async move {
                load_rest(id).await;
                if FOR_LINK.with(|f| f.replace(false)) { crate::i18n::rerender() } else { crate::i18n::refresh() }
            })
        };
        if now {
            fetch();
        } else if !AWAITING_MOVE.with(|a| a.replace(true)) {
            crate::browser::on_first_move(move || {
                AWAITING_MOVE.with(|a| a.set(false));
                fetch();
            });
        }
    }

    fn sections_status(id: StudyId) -> Option<Fetched<Sections>> {
        SECTIONS.with(|slots| slots[id as usize].get())
    }

    fn set_sections(id: StudyId, status: Fetched<Sections>) {
        SECTIONS.with(|slots| slots[id as usize].set(Some(status)));
    }

    /// A study's own sections, once its module is here.
    pub fn sections(id: StudyId) -> Option<Sections> {
        match sections_status(id) {
            Some(Fetched::Ready(sections)) => Some(sections),
            _ => None,
        }
    }

    /// Fetches a study's sections' module unless it is here or on its way
    /// (a failed fetch is tried again).
    async fn load_sections(id: StudyId) {
        if matches!(sections_status(id), Some(Fetched::Loading | Fetched::Ready(_))) {
            return;
        }
        set_sections(id, Fetched::Loading);
        let loaded = match id {
            StudyId::SmallGiants => load_small_giants_sections().await,
            StudyId::HaierHuawei => load_haier_huawei_sections().await,
            StudyId::KunmingSem => load_kunming_sections().await,
            StudyId::BeijingSmes => load_beijing_sections().await,
        };
        set_sections(id, loaded.map_or(Fetched::Failed, Fetched::Ready));
    }

    loader!(load_small_giants_sections, sections_small_giants, Sections, pages::study::small_giants::sections);
    loader!(load_haier_huawei_sections, sections_haier_huawei, Sections, pages::study::haier_huawei::sections);
    loader!(load_kunming_sections, sections_kunming, Sections, pages::study::kunming::sections);
    loader!(load_beijing_sections, sections_beijing, Sections, pages::study::beijing::sections);

    /// Whether the study's sections a view draws from are here (or it
    /// draws from none); `None` if their fetch failed.
    fn sections_ready(route: &Route) -> Option<bool> {
        let ready = |status: Option<Option<Fetched<Sections>>>| match status {
            None | Some(Some(Fetched::Ready(_))) => Some(true),
            Some(Some(Fetched::Failed)) => None,
            Some(_) => Some(false),
        };
        Some(ready(sections_of(route).map(sections_status))? && ready(rest_of(route).map(rest_status))?)
    }

    fn index(part: Part) -> Option<usize> {
        Part::SPLIT.iter().position(|p| *p == part)
    }

    fn get(i: usize) -> Option<Status> {
        SLOTS.with(|slots| slots[i].get())
    }

    /// Whether part `i` is neither loaded nor on its way (never asked
    /// for, or failed).
    fn wanted(i: usize) -> bool {
        matches!(get(i), None | Some(Status::Failed))
    }

    /// Whether the data files a view of `part` shows from are here (a part
    /// that shows no data needs none, not even the decoder).
    fn data_ready(part: Part, files: Files) -> bool {
        !part.needs_data() || crate::data::has(files)
    }

    /// Where a route's view stands: a view of the main part is always
    /// ready; another is ready once its part and the data files it shows
    /// from (`part::data_of`) are.
    pub fn status(route: &Route) -> Status {
        let (part, files) = (Part::of(route), data_of(route));
        let Some(i) = index(part) else { return Status::Ready(main_view) };
        let data = data_ready(part, files);
        // Files that failed may have come since, with another view's.
        if !data && DATA_FAILED.with(|f| f.borrow().contains(&(part, files))) {
            return Status::Failed;
        }
        let Some(sections) = sections_ready(route) else { return Status::Failed };
        match get(i) {
            Some(Status::Ready(view)) if data && sections => Status::Ready(view),
            Some(Status::Failed) => Status::Failed,
            _ => Status::Loading,
        }
    }

    /// Loads a route's view: its data files first (the start-up script has
    /// asked for them with the part), then the study's sections it draws
    /// from, if any, then its part unless that is loaded or on its way (a
    /// failed part is fetched again). Resolves when all are ready or one
    /// has failed.
    pub async fn load(route: &Route) {
        let (part, files) = (Part::of(route), data_of(route));
        let Some(i) = index(part) else { return };
        DATA_FAILED.with(|f| f.borrow_mut().retain(|v| *v != (part, files)));
        if part.needs_data() && !crate::data::load(files).await {
            DATA_FAILED.with(|f| f.borrow_mut().push((part, files)));
            return;
        }
        if let Some(id) = sections_of(route) {
            load_sections(id).await;
        }
        if let Some(id) = rest_of(route) {
            load_rest(id).await;
        }
        if !wanted(i) {
            return;
        }
        SLOTS.with(|slots| slots[i].set(Some(Status::Loading)));
        let loaded = match part {
            Part::Main => Ok(main_view as View),
            Part::Home => load_home().await,
            Part::Studies => load_studies().await,
            Part::Trace => load_trace().await,
            Part::TraceIndex => load_trace_index().await,
            Part::Firms => load_firms().await,
            Part::Firm => load_firm().await,
            Part::Learn => load_learn().await,
            Part::Reference => load_reference().await,
        };
        let status = loaded.map_or(Status::Failed, Status::Ready);
        SLOTS.with(|slots| slots[i].set(Some(status)));
    }

    thread_local! {
        /// The panels' part: `None` not asked for.
        static PANELS: Cell<Option<PanelStatus>> = const { Cell::new(None) };
    }

    /// Where the panels' content stands (`Loading` until asked for).
    pub fn panels() -> PanelStatus {
        PANELS.with(Cell::get).unwrap_or(PanelStatus::Loading)
    }

    /// Fetches the panels' part unless it is loaded or on its way (a failed
    /// fetch is tried again), and renders the app again once it has arrived
    /// or failed.
    pub fn request_panels() {
        let before = PANELS.with(|p| p.replace(Some(PanelStatus::Loading)));
        match before {
            Some(PanelStatus::Loading | PanelStatus::Ready(_)) => return PANELS.with(|p| p.set(before)),
            // "Try again": the line says it is loading again.
            Some(PanelStatus::Failed) => crate::i18n::rerender(),
            None => {}
        }
        yew::platform::spawn_local(async {
            let status = load_panels().await.map_or(PanelStatus::Failed, PanelStatus::Ready);
            PANELS.with(|p| p.set(Some(status)));
            crate::i18n::rerender();
        });
    }

    loader!(load_panels, panels, PanelViews, PANEL_VIEWS);

    /// Starts loading a route's view, and renders the app again once it
    /// has arrived or failed. Nothing to do while its part is on its way
    /// with its data here (that load renders again when it ends).
    pub fn request(route: &Route) {
        let (part, files) = (Part::of(route), data_of(route));
        let Some(i) = index(part) else { return };
        if (data_ready(part, files) && sections_ready(route) == Some(true) && !wanted(i)) || PENDING.with(|p| p.borrow().contains(&(part, files))) {
            return;
        }
        PENDING.with(|p| p.borrow_mut().push((part, files)));
        let route = route.clone();
        yew::platform::spawn_local(async move {
            load(&route).await;
            PENDING.with(|p| p.borrow_mut().retain(|v| *v != (part, files)));
            crate::i18n::rerender();
        });
    }
}

/// The main part has no view of its own (`Part::of` names another for
/// every route).
fn main_view(_route: &Route, _section: Option<&str>) -> Html {
    Html::default()
}

/// Why a part could not be loaded.
#[derive(Debug)]
pub struct NotLoaded;

#[cfg(all(feature = "split", target_family = "wasm"))]
impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// A split module's loader (only in the split build): a function in the
/// module `$module` handing back `$value` of type `$type`, whose call fetches
/// that module first (a failed fetch is an error, not a panic). Used for the
/// views' parts here, the panels' part and each data file's module.
macro_rules! loader {
    ($name:ident, $module:ident, $type:ty, $value:expr) => {
        #[cfg(all(feature = "split", target_family = "wasm"))]
        #[wasm_split_helpers::wasm_split($module, fallible)]
        fn $name() -> Result<$type, $crate::views::NotLoaded> {
            Ok($value)
        }
    };
}
// Used by `data`'s loaders, which exist only in the split build.
#[cfg_attr(not(all(feature = "split", target_family = "wasm")), allow(unused_imports))]
pub(crate) use loader;

loader!(load_home, home, View, home_view);
loader!(load_studies, studies, View, studies_view);
loader!(load_trace, trace, View, trace_view);
loader!(load_trace_index, trace_index, View, trace_index_view);
loader!(load_firms, firms, View, firms_view);
loader!(load_firm, firm, View, firm_view);
loader!(load_learn, learn, View, learn_view);
loader!(load_reference, reference, View, reference_view);

fn home_view(route: &Route, _: Option<&str>) -> Html {
    crate::i18n::install(&explorer_core::i18n::HOME);
    match route {
        Route::NotFound(path) => pages::not_found::not_found_page(path),
        _ => pages::home::home_page(),
    }
}

fn studies_view(route: &Route, section: Option<&str>) -> Html {
    match route {
        Route::Study(id) => pages::study::study_page(id, section),
        _ => Html::default(),
    }
}

fn trace_view(route: &Route, _: Option<&str>) -> Html {
    crate::i18n::install(&explorer_core::i18n::TRACE);
    match route {
        Route::Trace(code) => pages::trace::trace_page(code),
        _ => Html::default(),
    }
}

fn trace_index_view(_: &Route, _: Option<&str>) -> Html {
    crate::i18n::install(&explorer_core::i18n::TRACE);
    pages::trace::trace_index_page()
}

fn firms_view(route: &Route, _: Option<&str>) -> Html {
    crate::i18n::install(&explorer_core::i18n::FIRMS);
    match route {
        Route::Firms(query) => html! { <pages::firms::FirmsPage query={query.clone()} /> },
        _ => Html::default(),
    }
}

fn firm_view(route: &Route, _: Option<&str>) -> Html {
    crate::i18n::install(&explorer_core::i18n::FIRMS);
    match route {
        Route::Firm(id) => pages::firm::firm_page(id),
        Route::Compare(query) => pages::compare::compare_page(query),
        _ => Html::default(),
    }
}

fn learn_view(route: &Route, _: Option<&str>) -> Html {
    crate::i18n::install(&explorer_core::i18n::LEARN);
    match route {
        Route::Learn => pages::learn::learn_page(),
        Route::Tour(id, step) => pages::learn::tour::tour_page(id, *step),
        Route::Exercise(id, query) => html! { <pages::learn::exercise::ExercisePage key={route.to_hash()} id={*id} query={*query} /> },
        _ => Html::default(),
    }
}

fn reference_view(route: &Route, _: Option<&str>) -> Html {
    crate::i18n::install(&explorer_core::i18n::REFERENCE);
    match route {
        Route::Data => pages::data_sources::data_sources_page(),
        Route::Themes => pages::themes::themes_page(),
        Route::Search(query) => pages::search::search_page(query),
        Route::Glossary => pages::glossary::glossary_page(),
        Route::Checks => pages::checks::checks_page(),
        _ => Html::default(),
    }
}
