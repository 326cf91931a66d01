//! The bundled dataset. `build.rs` validated the data files and wrote them
//! as JSON into `OUT_DIR`; this module decodes that once per page load.

use std::rc::Rc;

use explorer_core::{Dataset, Sources};

const SOURCES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/sources.json"));

thread_local! {
    static DATASET: Result<Rc<Dataset>, String> = decode();
}

fn decode() -> Result<Rc<Dataset>, String> {
    serde_json::from_str::<Sources>(SOURCES_JSON)
        .map(|sources| Rc::new(Dataset::new(sources)))
        .map_err(|e| format!("The bundled data could not be read ({e})."))
}

/// The dataset, or a message saying why it could not be decoded (which the
/// build's validation makes very unlikely, but a page must still render).
pub fn dataset() -> Result<Rc<Dataset>, String> {
    DATASET.with(Clone::clone)
}
