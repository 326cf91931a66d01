//! The bundled data. `build.rs` validated the data files and wrote, in
//! postcard (compact binary serde), each data file and the studies at a
//! glance (`explorer_core::index`) into `OUT_DIR`; this module decodes them.
//! Postcard rather than JSON: no JSON parser in the wasm, and decoding is
//! faster.
//!
//! The index is in the main module: home and the frame around every view
//! show from it. In the split release (feature `split`) the assembler of
//! the dataset is a part of its own (`data`) and each data file another
//! (`data_kunming`, …, see `explorer_core::part::DataFile`) with the code
//! that decodes it, fetched with the first view that
//! shows from it (`views::load` waits for the files `part::data_of` names)
//! or, every file, the first time the header search is used (with the
//! search's own code, the `search` part). Whenever a
//! file arrives, the dataset is decoded again from the files that are here;
//! a study whose file is not has only its own record. Until the first,
//! `dataset()` says the data is loading. Without the split every file is
//! decoded on first use.

use std::rc::Rc;

use explorer_core::dataset::{FirmsFile, LoadedFiles, MentionsFile};
use explorer_core::index::Index;
use explorer_core::part::{DataFile, Files};
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

/// A data file's bytes as the build wrote them (`build.rs`).
macro_rules! file_bytes {
    ($($name:tt)+) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $($name)+, ".postcard")).as_slice()
    };
}

/// A data file decoded from its bytes (postcard), or why it could not be.
fn read<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<Option<T>, String> {
    postcard::from_bytes(bytes).map(Some).map_err(|e| format!("The bundled data could not be read ({e})."))
}

/// A data file's decoder: decodes the file into its place among the files
/// loaded. In the split release only the file's own module refers to it, so
/// each file's decoding code is in that module.
type Fill = fn(&mut LoadedFiles) -> Result<(), String>;

/// Each data file's decoder, `fill_<module>`: the one place that pairs a
/// file's module (`DataFile::name`) with its field of `LoadedFiles`.
macro_rules! fills {
    ($($fill:ident: $module:literal => $field:ident;)*) => {
        $(
            fn $fill(loaded: &mut LoadedFiles) -> Result<(), String> {
                loaded.$field = read(file_bytes!($module))?;
                Ok(())
            }
        )*
    };
}

fills! {
    fill_small_giants: "data_small_giants" => small_giants;
    fill_haier_huawei: "data_haier_huawei" => haier_huawei;
    fill_kunming: "data_kunming" => kunming;
    fill_beijing: "data_beijing" => beijing;
    fill_themes: "data_themes" => themes;
}

/// The firms' own file's decoder: its records stand in for the files of
/// the studies with firms that are not loaded (`FirmsFile::fill`; a study's
/// own file, decoded before or after, has them all).
fn fill_firms(loaded: &mut LoadedFiles) -> Result<(), String> {
    let index = index().ok_or_else(|| "The bundled index could not be read.".to_string())?;
    if let Some(file) = read::<FirmsFile>(file_bytes!("data_firms"))? {
        file.fill(loaded, |id| index.study(id).cloned());
    }
    Ok(())
}

/// The themes' mentions' decoder: the themes without their texts stand in
/// for the themes' file if that is not loaded (`MentionsFile::fill`).
fn fill_mentions(loaded: &mut LoadedFiles) -> Result<(), String> {
    if let Some(file) = read::<MentionsFile>(file_bytes!("data_mentions"))? {
        file.fill(loaded);
    }
    Ok(())
}

/// The dataset from the data files decoded: the studies whose file is not
/// among them have only their own record (from the index).
fn assemble(loaded: LoadedFiles) -> Result<Rc<Dataset>, String> {
    let index = index().ok_or_else(|| "The bundled index could not be read.".to_string())?;
    let sources = Sources::assemble(loaded, &index).ok_or_else(|| "The bundled index lacks a study.".to_string())?;
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
pub use whole::{dataset, failed, has, load, request, search, searchable};

#[cfg(all(feature = "ssr", not(all(feature = "split", target_family = "wasm"))))]
pub use whole::use_only;

#[cfg(all(feature = "split", target_family = "wasm"))]
pub use on_demand::{dataset, failed, has, load, request, search, searchable};

/// Without the split: every data file is in the module, decoded on first
/// use.
#[cfg(not(all(feature = "split", target_family = "wasm")))]
mod whole {
    use std::cell::RefCell;

    use super::*;

    thread_local! {
        static DATASET: RefCell<Option<Result<Rc<Dataset>, String>>> = const { RefCell::new(None) };
    }

    /// The dataset decoded from `files` alone.
    fn decode_only(files: Files) -> Result<Rc<Dataset>, String> {
        let mut loaded = LoadedFiles::default();
        for file in files.iter() {
            let fill: Fill = match file {
                DataFile::SmallGiants => fill_small_giants,
                DataFile::HaierHuawei => fill_haier_huawei,
                DataFile::Kunming => fill_kunming,
                DataFile::Beijing => fill_beijing,
                DataFile::Themes => fill_themes,
                DataFile::Firms => fill_firms,
                DataFile::Mentions => fill_mentions,
            };
            fill(&mut loaded)?;
        }
        assemble(loaded)
    }

    /// The dataset, or a message saying why it could not be decoded.
    pub fn dataset() -> Result<Rc<Dataset>, String> {
        DATASET.with(|d| d.borrow_mut().get_or_insert_with(|| decode_only(Files::ALL)).clone())
    }

    /// From now on, the dataset as the split release has it with only
    /// `files` loaded (`Files::ALL` for the whole): for the test that
    /// renders every view with only the files `part::data_of` names.
    #[cfg(feature = "ssr")]
    pub fn use_only(files: Files) {
        DATASET.with(|d| *d.borrow_mut() = Some(decode_only(files)));
    }

    /// Makes the data files ready (nothing to fetch).
    pub async fn load(_files: Files) -> bool {
        true
    }

    /// Whether the files are ready: always.
    pub fn has(_files: Files) -> bool {
        true
    }

    /// Asks for the dataset (nothing to fetch: `done` is not called).
    pub fn request(_done: yew::Callback<()>) {}

    /// The header search's suggestions.
    pub fn search(dataset: &Dataset, query: &str, per_group: usize) -> Vec<HitGroup> {
        explorer_core::search::search_everything(dataset, query, per_group)
    }

    /// Whether the header search can search everything: always.
    pub fn searchable() -> bool {
        true
    }

    /// Whether the last fetch failed: never.
    pub fn failed() -> bool {
        false
    }
}

/// With the split: the decoder is the `data` part, the header search's code
/// the `search` part, and each data file a part of its own, fetched on
/// demand.
#[cfg(all(feature = "split", target_family = "wasm"))]
mod on_demand {
    use std::cell::{Cell, RefCell};
    use std::future::Future;
    use std::pin::Pin;
    use std::task::Poll;

    use super::*;
    use crate::views::{loader, NotLoaded};

    /// What the `data` part hands back: the assembler.
    type Decode = fn(&[(DataFile, Fill)]) -> Result<Rc<Dataset>, String>;

    /// The dataset decoded from the files named (or why it could not be).
    type Decoded = (Files, Result<Rc<Dataset>, String>);

    thread_local! {
        /// `None` until the `data` part has been fetched.
        static DECODER: Cell<Option<Decode>> = const { Cell::new(None) };
        /// `None` until the `search` part has been fetched (with the first
        /// use of the header search).
        static SEARCH: Cell<Option<Search>> = const { Cell::new(None) };
        /// The decoder of each data file fetched so far.
        static FILLS: RefCell<Vec<(DataFile, Fill)>> = const { RefCell::new(Vec::new()) };
        /// The dataset decoded from those files, and which they are.
        static DATASET: RefCell<Option<Decoded>> = const { RefCell::new(None) };
        static FAILED: Cell<bool> = const { Cell::new(false) };
        /// Who waits for the fetch `request` started: not empty while it runs.
        static WAITING: RefCell<Vec<yew::Callback<()>>> = const { RefCell::new(Vec::new()) };
    }

    /// Whether the last fetch failed (until the next is asked for).
    pub fn failed() -> bool {
        FAILED.with(Cell::get)
    }

    // In the `data` part's module, with the decoder: the call fetches that
    // module first (a failed fetch is an error).
    loader!(decoder, data, Decode, decode);
    // The header search's code, a module of its own: every view's link
    // fetches the decoder, only the header search's first use this.
    loader!(searcher, search, Search, explorer_core::search::search_everything);

    /// Decodes every file fetched so far, each by its own decoder, into the
    /// dataset.
    fn decode(files: &[(DataFile, Fill)]) -> Result<Rc<Dataset>, String> {
        let mut loaded = LoadedFiles::default();
        for (_, fill) in files {
            fill(&mut loaded)?;
        }
        assemble(loaded)
    }

    // Each data file's loader: a function in the file's own module, handing
    // back the file's decoder (the call fetches that module first).
    loader!(small_giants, data_small_giants, Fill, fill_small_giants);
    loader!(haier_huawei, data_haier_huawei, Fill, fill_haier_huawei);
    loader!(kunming, data_kunming, Fill, fill_kunming);
    loader!(beijing, data_beijing, Fill, fill_beijing);
    loader!(themes, data_themes, Fill, fill_themes);
    loader!(firms, data_firms, Fill, fill_firms);
    loader!(mentions, data_mentions, Fill, fill_mentions);

    async fn fetch(file: DataFile) -> Result<Fill, NotLoaded> {
        match file {
            DataFile::SmallGiants => small_giants().await,
            DataFile::HaierHuawei => haier_huawei().await,
            DataFile::Kunming => kunming().await,
            DataFile::Beijing => beijing().await,
            DataFile::Themes => themes().await,
            DataFile::Firms => firms().await,
            DataFile::Mentions => mentions().await,
        }
    }

    /// The files fetched so far (their decoders are here).
    fn fetched() -> Files {
        FILLS.with(|fills| fills.borrow().iter().fold(Files::NONE, |files, (f, _)| files.union(Files::of(&[*f]))))
    }

    /// Whether `files` are loaded and decoded into the dataset.
    pub fn has(files: Files) -> bool {
        DATASET.with(|d| d.borrow().as_ref().is_some_and(|(decoded, _)| decoded.covers(files)))
    }

    /// The header search's suggestions (none before its code is loaded).
    pub fn search(dataset: &Dataset, query: &str, per_group: usize) -> Vec<HitGroup> {
        SEARCH.with(Cell::get).map(|search| search(dataset, query, per_group)).unwrap_or_default()
    }

    /// Whether the header search can search everything: its code and
    /// every data file are here.
    pub fn searchable() -> bool {
        SEARCH.with(Cell::get).is_some() && has(Files::ALL)
    }

    /// The dataset, with the files loaded so far; until one is, a message
    /// saying the data is loading.
    pub fn dataset() -> Result<Rc<Dataset>, String> {
        DATASET.with(|d| d.borrow().as_ref().map(|(_, dataset)| dataset.clone())).unwrap_or_else(|| Err("The data is still loading.".to_string()))
    }

    /// Runs the futures side by side; their results in order. (Yew links
    /// `futures`, but its `join_all` made every first visit 2.1 KB gzip
    /// larger than this.)
    async fn all<T>(futures: Vec<Pin<Box<dyn Future<Output = T>>>>) -> Vec<T> {
        let mut futures: Vec<Option<Pin<Box<dyn Future<Output = T>>>>> = futures.into_iter().map(Some).collect();
        let mut done: Vec<Option<T>> = futures.iter().map(|_| None).collect();
        std::future::poll_fn(move |cx| {
            for (slot, result) in futures.iter_mut().zip(done.iter_mut()) {
                if let Some(future) = slot {
                    if let Poll::Ready(value) = future.as_mut().poll(cx) {
                        *result = Some(value);
                        *slot = None;
                    }
                }
            }
            if futures.iter().all(Option::is_none) {
                Poll::Ready(done.iter_mut().filter_map(Option::take).collect())
            } else {
                Poll::Pending
            }
        })
        .await
    }

    /// Fetches the decoder and the files of `files` not yet here, side by
    /// side, and decodes the dataset again with them. False if one could
    /// not be fetched (offline, a failed deployment): it may be tried again,
    /// and the dataset keeps the files that did arrive.
    pub async fn load(files: Files) -> bool {
        if has(files) {
            return true;
        }
        let before = fetched();
        // Not the firms' own file where the studies it is taken from are here.
        let missing: Vec<DataFile> = files.iter().filter(|f| !before.covers(Files::of(&[*f]))).collect();
        let mut jobs: Vec<Pin<Box<dyn Future<Output = bool>>>> = Vec::new();
        if DECODER.with(Cell::get).is_none() {
            jobs.push(Box::pin(async {
                match decoder().await {
                    Ok(loaded) => {
                        DECODER.with(|d| d.set(Some(loaded)));
                        true
                    }
                    Err(NotLoaded) => false,
                }
            }));
        }
        for file in missing {
            jobs.push(Box::pin(async move {
                match fetch(file).await {
                    Ok(fill) => {
                        FILLS.with(|fills| {
                            let mut fills = fills.borrow_mut();
                            if !fills.iter().any(|(f, _)| *f == file) {
                                fills.push((file, fill));
                            }
                        });
                        true
                    }
                    Err(NotLoaded) => false,
                }
            }));
        }
        let ok = all(jobs).await.into_iter().all(|ok| ok);
        let Some(decode) = DECODER.with(Cell::get) else { return false };
        let here = fetched();
        if !has(here) {
            let fills = FILLS.with(|f| f.borrow().clone());
            let dataset = decode(&fills);
            DATASET.with(|d| *d.borrow_mut() = Some((here, dataset)));
        }
        ok && has(files)
    }

    /// Starts loading every data file and the header search's code; `done`
    /// is called once they have arrived or one failed. A failure may be
    /// retried by asking again.
    pub fn request(done: yew::Callback<()>) {
        if searchable() {
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
            let code: Pin<Box<dyn Future<Output = bool>>> = Box::pin(async {
                if SEARCH.with(Cell::get).is_some() {
                    return true;
                }
                match searcher().await {
                    Ok(search) => {
                        SEARCH.with(|s| s.set(Some(search)));
                        true
                    }
                    Err(NotLoaded) => false,
                }
            });
            let ok = all(vec![code, Box::pin(load(Files::ALL))]).await.into_iter().all(|ok| ok);
            FAILED.with(|f| f.set(!ok));
            for done in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
                done.emit(());
            }
        });
    }
}
