//! The bundled data. `build.rs` validated the data files and wrote, in
//! postcard (compact binary serde), the sources and the studies at a glance
//! (`explorer_core::index`) into `OUT_DIR`; this module decodes them once per
//! page load. Postcard rather than JSON: no JSON parser in the wasm, and
//! decoding is faster.
//!
//! The index is in the main module: home and the frame around every view
//! show from it. In the split release (feature `split`) the sources, and the
//! code that decodes them, are a part of their own (`data`), fetched with
//! the first view that needs them (`views::load` waits for it) or the first
//! time the header search is used; until then `dataset()` says they are not
//! loaded. Without the split they are decoded on first use.

use std::rc::Rc;

use explorer_core::index::Index;
use explorer_core::search::HitGroup;
use explorer_core::{Dataset, Sources};

/// The header search's suggestions (`explorer_core::search::search_everything`).
pub type Search = fn(&Dataset, &str, usize) -> Vec<HitGroup>;

const INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.postcard"));

thread_local! {
    static INDEX_DECODED: Option<Rc<Index>> = postcard::from_bytes::<Index>(INDEX).ok().map(Rc::new);
}

/// The studies at a glance, or `None` if the bundled index could not be
/// decoded (which the build makes very unlikely; a view must still render).
pub fn index() -> Option<Rc<Index>> {
    INDEX_DECODED.with(Clone::clone)
}

/// Decodes the bundled sources into the dataset.
fn decode() -> Result<Rc<Dataset>, String> {
    const SOURCES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/sources.postcard"));
    let sources = postcard::from_bytes::<Sources>(SOURCES)
        .map_err(|e| format!("The bundled data could not be read ({e})."))?;
    #[cfg(feature = "bench")]
    let sources = match benchmark_scale() {
        Some(factor) => explorer_core::synthetic::scaled(&sources, factor),
        None => sources,
    };
    Ok(Rc::new(Dataset::new(sources)))
}

/// The benchmark's switch, only in a build with the `bench` feature (the
/// released app does not carry the synthetic data code): `?bench-scale=10` or
/// `100` in the page URL (not the hash) replaces the data with synthetic data
/// that many times larger. Only `scripts/bench.mjs` uses it; any other value
/// is ignored.
#[cfg(feature = "bench")]
fn benchmark_scale() -> Option<usize> {
    let search = crate::browser::window()?.location().search().ok()?;
    let value = search.trim_start_matches('?').split('&').find_map(|p| p.strip_prefix("bench-scale="))?;
    match value {
        "10" => Some(10),
        "100" => Some(100),
        _ => None,
    }
}

#[cfg(not(all(feature = "split", target_family = "wasm")))]
pub use whole::{dataset, failed, load, request, search};

#[cfg(all(feature = "split", target_family = "wasm"))]
pub use on_demand::{dataset, failed, load, request, search};

/// Without the split: the sources are in the module, decoded on first use.
#[cfg(not(all(feature = "split", target_family = "wasm")))]
mod whole {
    use super::*;

    thread_local! {
        static DATASET: Result<Rc<Dataset>, String> = decode();
    }

    /// The dataset, or a message saying why it could not be decoded.
    pub fn dataset() -> Result<Rc<Dataset>, String> {
        DATASET.with(Clone::clone)
    }

    /// Makes the dataset ready (nothing to fetch).
    pub async fn load() -> bool {
        true
    }

    /// Asks for the dataset (nothing to fetch: `done` is not called).
    pub fn request(_done: yew::Callback<()>) {}

    /// The header search's suggestions.
    pub fn search(dataset: &Dataset, query: &str, per_group: usize) -> Vec<HitGroup> {
        explorer_core::search::search_everything(dataset, query, per_group)
    }

    /// Whether the last fetch failed: never.
    pub fn failed() -> bool {
        false
    }
}

/// With the split: the sources are the `data` part, fetched on demand.
#[cfg(all(feature = "split", target_family = "wasm"))]
mod on_demand {
    use std::cell::{Cell, RefCell};

    use super::*;
    use crate::views::NotLoaded;

    /// What the `data` part hands back: the dataset (or why it did not
    /// decode) and the header search, which runs only on it.
    type Loaded = (Result<Rc<Dataset>, String>, Search);

    thread_local! {
        /// `None` until the part has been fetched and decoded.
        static LOADED: RefCell<Option<Loaded>> = const { RefCell::new(None) };
        static FAILED: Cell<bool> = const { Cell::new(false) };
        /// Who waits for the fetch `request` started: not empty while it runs.
        static WAITING: RefCell<Vec<yew::Callback<()>>> = const { RefCell::new(Vec::new()) };
    }

    /// Whether the last fetch failed (until the next is asked for).
    pub fn failed() -> bool {
        FAILED.with(Cell::get)
    }

    /// In the `data` part's module, with the sources, their decoder and the
    /// header search: the call fetches that module first (a failed fetch is
    /// an error).
    #[wasm_split_helpers::wasm_split(data, fallible)]
    fn decoded() -> Result<Loaded, NotLoaded> {
        Ok((decode(), explorer_core::search::search_everything))
    }

    /// The header search's suggestions (none before the data is loaded).
    pub fn search(dataset: &Dataset, query: &str, per_group: usize) -> Vec<HitGroup> {
        LOADED.with(|l| l.borrow().as_ref().map(|(_, search)| *search)).map(|search| search(dataset, query, per_group)).unwrap_or_default()
    }

    /// The dataset; until it is loaded, a message saying so.
    pub fn dataset() -> Result<Rc<Dataset>, String> {
        LOADED.with(|l| l.borrow().as_ref().map(|(dataset, _)| dataset.clone())).unwrap_or_else(|| Err("The data is still loading.".to_string()))
    }

    /// Whether the dataset has been fetched (and decoded, or found not to
    /// decode: `dataset()` then says why).
    fn loaded() -> bool {
        LOADED.with(|l| l.borrow().is_some())
    }

    /// Fetches and decodes the dataset unless that is done. False if it
    /// could not be fetched (offline, a failed deployment): it may be
    /// tried again.
    pub async fn load() -> bool {
        if loaded() {
            return true;
        }
        match decoded().await {
            Ok(loaded) => {
                LOADED.with(|l| {
                    l.borrow_mut().get_or_insert(loaded);
                });
                true
            }
            Err(NotLoaded) => false,
        }
    }

    /// Starts loading the dataset (for the header search); `done` is called
    /// once it has arrived or failed. A failure may be retried by asking
    /// again.
    pub fn request(done: yew::Callback<()>) {
        if loaded() {
            return;
        }
        let running = WAITING.with(|w| {
            let mut w = w.borrow_mut();
            w.push(done);
            w.len() > 1
        });
        if running {
            return;
        }
        FAILED.with(|f| f.set(false));
        yew::platform::spawn_local(async {
            let ok = load().await;
            FAILED.with(|f| f.set(!ok));
            for done in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
                done.emit(());
            }
        });
    }
}
