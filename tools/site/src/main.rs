//! Finishes the static site after Trunk has built it (Trunk's post-build
//! hook runs `site-post-build DATA_DIR STAGING_DIR`):
//!
//! 0. splits the wasm by view (`split.rs`), where the app was built with
//!    its feature `split`: the main module and one part per family of views;
//! 1. validates the data (failing with file, record and problem) and writes
//!    the open data: `dataset.json`, `codebook.qdc`, `data/*.csv` and the
//!    data dictionary, as a file (`data/DICTIONARY.md`) and as a page
//!    (`data/dictionary.html`);
//! 2. moves Trunk's inline start-up script into `boot-<hash>.js`, so that the
//!    Content-Security-Policy can forbid inline scripts, and adds that policy;
//! 3. writes `standalone.html`, the whole app in one file for `file://`,
//!    marked as such and carrying the open data files inside it;
//! 4. writes `sw.js`, a service worker that caches the built files for
//!    offline use, versioned by their content;
//! 5. puts the static first paint's chooser (`first_paint.rs`) at the head of
//!    the start-up script, where `prerender` wrote shells;
//! 6. writes `_headers`, caching rules for static hosts that read one: the
//!    hashed files for a year, everything else revalidated.
//!
//! Besides the splitter (`wasm_split_cli_support`), only the standard library
//! is used; the page and the JS are treated as text, which is safe because
//! Trunk's and the splitter's output have a fixed shape (and the tests check
//! it).

mod first_paint;
mod html;
mod imports;
mod split;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(data_dir), Some(out_dir)) = (args.next(), args.next()) else {
        eprintln!("usage: site-post-build DATA_DIR STAGING_DIR");
        return ExitCode::FAILURE;
    };
    match run(Path::new(&data_dir), Path::new(&out_dir)) {
        Ok(written) => {
            for path in written {
                println!("site-post-build: wrote {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in problems {
                eprintln!("site-post-build: {problem}");
            }
            ExitCode::FAILURE
        }
    }
}

fn run(data_dir: &Path, out_dir: &Path) -> Result<Vec<PathBuf>, Vec<String>> {
    let strings = |errors: Vec<explorer_core::validate::DataError>| errors.iter().map(ToString::to_string).collect::<Vec<_>>();
    let sources = explorer_core::load::load_dir(data_dir).map_err(strings)?;
    let dataset = explorer_core::Dataset::new(sources);
    let problems = explorer_core::validate::check(&dataset);
    if !problems.is_empty() {
        return Err(strings(problems));
    }
    let io = |e: std::io::Error| vec![e.to_string()];
    // The wasm split by view, first: what follows lists and embeds its files.
    let parts = split::split(out_dir, &split::raw_wasm()).map_err(|e| vec![e])?;
    let mut written = explorer_core::export::write_site_files(&dataset, out_dir).map_err(io)?;
    // The data dictionary as a page, styled by the app's stylesheet; written
    // before `finish` so that the service worker caches it too.
    // The Chinese interface, loaded by the app only when Chinese is chosen.
    let root = data_dir.parent().unwrap_or(Path::new("."));
    let (translations, glossary) = explorer_core::load::load_i18n(&root.join("i18n"))?;
    let checks = explorer_core::checks::encode(&explorer_core::checks::all_checks(&dataset));
    let checks_file = Ok((explorer_core::checks::file_name(&checks), checks.into_bytes()));
    for file in [explorer_core::load::zh_bundle_file(&translations), explorer_core::load::glossary_file(&glossary), checks_file] {
        let (name, bytes) = file.map_err(|e| vec![e])?;
        let path = out_dir.join(&name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        std::fs::write(&path, bytes).map_err(io)?;
        written.push(path);
    }
    let stylesheet = html::staged(out_dir, "styles-", ".css").map_err(|e| vec![e])?;
    let page = explorer_core::dictionary::html_page(&dataset, &format!("../{stylesheet}"));
    let path = out_dir.join(explorer_core::dictionary::PAGE_FILE);
    std::fs::write(&path, page).map_err(io)?;
    written.push(path);
    written.extend(html::finish(out_dir, &parts).map_err(|e| vec![e])?);
    Ok(written)
}
