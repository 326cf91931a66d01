//! Native tests of the core, one binary (see `STYLE.md`): the real data
//! validates, broken fixtures fail with useful messages, and the queries
//! agree with the tables and with brute force.

mod checks;
mod citation;
mod compare;
mod data;
mod dictionary;
mod effects;
mod embed;
mod export;
mod figures;
mod filter;
mod i18n;
mod index;
mod learn;
mod part;
mod quotes;
mod route;
mod search;
mod shell;
mod text;
mod themes;
mod trace;

use std::path::PathBuf;
use std::sync::OnceLock;

use explorer_core::Dataset;

/// The real dataset, loaded once per test binary.
pub fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
        match explorer_core::load::load_dir(&dir) {
            Ok(sources) => Dataset::new(sources),
            Err(errors) => panic!(
                "data files do not load:\n{}",
                errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
            ),
        }
    })
}

/// The four data files' texts, for tests that break them.
pub fn data_texts() -> [String; 4] {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
    ["small-giants.toml", "haier-huawei.toml", "kunming-sem.toml", "beijing-smes.toml"]
        .map(|name| std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}")))
}
