//! The bundled dataset. `build.rs` validated the data files and wrote them
//! in postcard (compact binary serde) into `OUT_DIR`; this module decodes that
//! once per page load. Postcard rather than JSON: the wasm is 35 KB smaller
//! gzipped (no JSON parser) and decoding is faster.

use std::rc::Rc;

use explorer_core::{Dataset, Sources};

const SOURCES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/sources.postcard"));

thread_local! {
    static DATASET: Result<Rc<Dataset>, String> = decode();
}

fn decode() -> Result<Rc<Dataset>, String> {
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

/// The dataset, or a message saying why it could not be decoded (which the
/// build's validation makes very unlikely, but a page must still render).
pub fn dataset() -> Result<Rc<Dataset>, String> {
    DATASET.with(Clone::clone)
}

