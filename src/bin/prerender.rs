//! `prerender <site directory>`: writes the static first paint of every view
//! that has one (`explorer_core::shell::routes`), in English and Chinese, to
//! `<site>/shell/`, and the list of them to `shell/routes.txt`, which
//! `site-post-build` puts into the start-up script. Run by Trunk's first
//! post-build hook, natively, with feature `ssr`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use explorer_core::i18n::{Lang, ZhBundle};
use explorer_core::shell;
use sme_explorer::{data, i18n, prerender};

fn main() -> ExitCode {
    let Some(site) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender <site directory>");
        return ExitCode::FAILURE;
    };
    match run(&site) {
        Ok(count) => {
            println!("prerender: {count} views written to {}", site.join(shell::DIR).display());
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("prerender: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn run(site: &Path) -> Result<usize, String> {
    let dataset = data::dataset()?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (translations, _) = explorer_core::load::load_i18n(&root.join("i18n")).map_err(|e| e.join("; "))?;
    if !i18n::install_zh(ZhBundle::new(&translations)) {
        return Err("the Chinese catalog does not match the English one".into());
    }
    let dir = site.join(shell::DIR);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let hashes: Vec<String> = shell::routes(&dataset).iter().map(|r| r.to_hash()).collect();
    for lang in [Lang::En, Lang::Zh] {
        if !i18n::set_lang(lang) {
            return Err(format!("{} could not be chosen", lang.key()));
        }
        for hash in &hashes {
            let (title, html) = prerender::shell(hash);
            let path = dir.join(shell::file_name(lang, hash));
            std::fs::write(&path, shell::file(&title, &html)).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    let path = site.join(shell::LIST);
    std::fs::write(&path, hashes.join("\n") + "\n").map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(2 * hashes.len())
}
