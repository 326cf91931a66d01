//! Loads and validates the data files at build time and embeds them.
//!
//! The app never parses TOML: this script reads `data/*.toml` with the core's
//! loader, runs every validation check, and writes the sources in postcard (a
//! compact binary serde format), one file per data file, to
//! `$OUT_DIR/<part::DataFile::name>.postcard`, which `src/data.rs` includes. Malformed data fails the build with messages naming
//! the file, the record and the problem.

use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let data_dir = manifest_dir.join("data");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=i18n");

    let sources = match explorer_core::load::load_dir(&data_dir) {
        Ok(sources) => sources,
        Err(errors) => fail(errors.iter().map(ToString::to_string).collect()),
    };
    let dataset = explorer_core::Dataset::new(sources.clone());
    let problems = explorer_core::validate::check(&dataset);
    if !problems.is_empty() {
        fail(problems.iter().map(ToString::to_string).collect());
    }
    // One file per data file: the release ships each as a module of its own,
    // fetched with the first view that shows from it (`part::data_of`).
    use explorer_core::part::DataFile;
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    for file in DataFile::ALL {
        let bytes = match file {
            DataFile::SmallGiants => postcard::to_allocvec(&sources.small_giants),
            DataFile::HaierHuawei => postcard::to_allocvec(&sources.haier_huawei),
            DataFile::Kunming => postcard::to_allocvec(&sources.kunming),
            DataFile::Beijing => postcard::to_allocvec(&sources.beijing),
            DataFile::Themes => postcard::to_allocvec(&sources.themes),
            DataFile::Firms => postcard::to_allocvec(&explorer_core::dataset::FirmsFile::of(&sources)),
            DataFile::Mentions => postcard::to_allocvec(&explorer_core::dataset::MentionsFile::of(&sources.themes)),
        };
        let bytes = match bytes {
            Ok(bytes) => bytes,
            Err(e) => fail(vec![format!("cannot serialise {}: {e}", file.name())]),
        };
        let name = format!("{}.postcard", file.name());
        if let Err(e) = std::fs::write(out_dir.join(&name), bytes) {
            fail(vec![format!("cannot write {name}: {e}")]);
        }
    }
    // The studies at a glance, for home and the frame while the dataset is
    // not loaded (the release fetches it with the first view that needs it).
    let index = match postcard::to_allocvec(&explorer_core::index::Index::of(&dataset)) {
        Ok(bytes) => bytes,
        Err(e) => fail(vec![format!("cannot serialise the index: {e}")]),
    };
    if let Err(e) = std::fs::write(out_dir.join("index.postcard"), index) {
        fail(vec![format!("cannot write index.postcard: {e}")]);
    }

    // The Chinese bundle and the glossary are published beside the app by
    // tools/site under content-hashed names; the app learns the names here.
    let (translations, glossary) = match explorer_core::load::load_i18n(&manifest_dir.join("i18n")) {
        Ok(pair) => pair,
        Err(errors) => fail(errors),
    };
    match explorer_core::load::zh_bundle_file(&translations) {
        Ok((name, _)) => println!("cargo:rustc-env=SME_ZH_FILE={name}"),
        Err(e) => fail(vec![e]),
    }
    // The checks page's file, computed here; the app embeds only which
    // records have a recomputation that does not reproduce.
    let checks = explorer_core::checks::all_checks(&dataset);
    let checks_text = explorer_core::checks::encode(&checks);
    println!("cargo:rustc-env=SME_CHECKS_FILE={}", explorer_core::checks::file_name(&checks_text));
    if let Err(e) = std::fs::write(out_dir.join("not_reproduced.txt"), explorer_core::checks::not_reproduced(&checks)) {
        fail(vec![format!("cannot write not_reproduced.txt: {e}")]);
    }
    match explorer_core::load::glossary_file(&glossary) {
        Ok((name, _)) => println!("cargo:rustc-env=SME_GLOSSARY_FILE={name}"),
        Err(e) => fail(vec![e]),
    }
}

fn fail(messages: Vec<String>) -> ! {
    for message in &messages {
        println!("cargo:warning={message}");
    }
    panic!("the data in data/ is not valid:\n{}", messages.join("\n"));
}
