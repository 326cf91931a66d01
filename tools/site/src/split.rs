//! Splits the release's wasm by view (the app's feature `split`, see
//! `src/views.rs` and `explorer_core::part`).
//!
//! Trunk builds the wasm, runs wasm-bindgen and wasm-opt on it as one module.
//! This step goes back to cargo's output (which keeps the linker's
//! relocations), splits it with `wasm_split_cli_support` into the main module
//! and one module per part (plus chunks of code several parts share), runs
//! wasm-bindgen on the main module and wasm-opt on every module, and puts
//! them in place of Trunk's, under Trunk's content-hashed names:
//!
//! - `sme-explorer-<hash>.js` and `sme-explorer-<hash>_bg.wasm`: the glue
//!   and the main module, as Trunk named them;
//! - `part-<hash>.js`: the loader the main module calls for a part;
//! - `part-<hash>-<name>.wasm`: a part's module, or a shared chunk's.
//!
//! It returns, for each part, the files its first use fetches, for the
//! start-up script to fetch a deep link's part alongside the main module.
//! A build without the feature (no split points) is left as Trunk made it.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::html::read;

/// The import module of the split points in a wasm not yet split.
const PLACEHOLDER: &str = "__wasm_split_placeholder__";

/// The files each part's first use fetches, by part name.
pub type Parts = BTreeMap<String, Vec<String>>;

/// Chunks with fewer bytes of code than this (cargo's wasm, before wasm-opt)
/// are put in the main module, or else in a larger chunk that every part
/// using them loads anyway (see `split`).
pub const FOLD_CHUNKS_BELOW: usize = 2048;

/// Splits the staged site's wasm, if it has split points. `raw` is cargo's
/// wasm, before wasm-bindgen.
pub fn split(dir: &Path, raw: &Path) -> Result<Parts, String> {
    let glue_name = crate::html::staged(dir, "sme-explorer-", ".js")?;
    let glue = read(&dir.join(&glue_name))?;
    if !glue.contains(PLACEHOLDER) {
        return Ok(Parts::new());
    }
    let stem = glue_name.trim_end_matches(".js").to_string();
    let (hash, link) = names(&glue_name);
    let work = dir.join(".split");
    let _ = fs::remove_dir_all(&work);
    let input = fs::read(raw).map_err(|e| format!("{}: {e} (cargo's wasm, before wasm-bindgen)", raw.display()))?;
    let main_out = work.join("main.wasm");
    let main_module = format!("./{glue_name}");
    let link_module = format!("./{link}");
    let mut options = wasm_split_cli_support::Options::new(&input);
    options.output_dir = &work;
    options.main_out_path = &main_out;
    options.link_name = &link_module;
    options.main_module = &main_module;
    options.target.web();
    // Code shared by two or more parts goes into a chunk of its own, one per
    // set of parts that use it: many are a few hundred bytes. Each module a
    // deep link loads costs a request and an instantiation beyond its bytes,
    // so chunks under 2 KB of code go into the main module, or into a chunk
    // every part that uses them loads anyway (docs/performance.md, "Small
    // chunks folded into the main module", "The panels on demand").
    options.fold_chunks_below = FOLD_CHUNKS_BELOW;
    // Code every view that shows data shares is loaded by every deep link:
    // in the main module it costs home (which has room) some bytes, and
    // each deep link a module less (docs/performance.md, "Home as a part").
    // A family of pages is one group (`Part::family`: the firms' list and a
    // firm's page; a code's trace and the trace's index), and a study's page
    // loads the studies' part and the study's own sections, and the rest of
    // them (`explorer_core::part::sections_module`, `rest_module`): one
    // family too.
    use explorer_core::part::Part;
    let data_views: Vec<Vec<&str>> = Part::SPLIT
        .iter()
        .filter(|p| p.needs_data() && p.family() == **p)
        .map(|family| {
            let parts = Part::SPLIT.iter().filter(|p| p.family() == *family).map(|p| p.name());
            let sections = (*family == Part::Studies)
                .then(|| {
                    explorer_core::model::StudyId::ALL
                        .iter()
                        .flat_map(|id| std::iter::once(explorer_core::part::sections_module(*id)).chain(explorer_core::part::rest_module(*id)))
                })
                .into_iter()
                .flatten();
            parts.chain(sections).collect()
        })
        .collect();
    let groups: Vec<&[&str]> = data_views.iter().map(Vec::as_slice).collect();
    options.fold_chunks_used_by = &groups;
    let out = wasm_split_cli_support::transform(options).map_err(|e| format!("wasm-split: {e:#}"))?;

    // The main module through wasm-bindgen, as Trunk runs it.
    let bindgen = work.join("bindgen");
    run(Command::new("wasm-bindgen")
        .arg("--target=web")
        .arg(format!("--out-dir={}", bindgen.display()))
        .arg(format!("--out-name={stem}"))
        .arg("--no-typescript")
        // The parts import the function table, which wasm-bindgen would
        // otherwise stop exporting.
        .arg("--keep-lld-exports")
        .arg(&main_out))?;
    let glue = read(&bindgen.join(&glue_name))?;
    if !glue.contains(&link_module) {
        return Err(format!("wasm-bindgen's glue does not import {link_module}"));
    }
    // The imports from the glue under short names, in both files
    // (imports.rs).
    let bound = bindgen.join(format!("{stem}_bg.wasm"));
    let wasm = fs::read(&bound).map_err(|e| format!("{}: {e}", bound.display()))?;
    let (wasm, glue) = crate::imports::shorten(&wasm, &glue, &format!("./{stem}_bg.js"))?;
    fs::write(&bound, wasm).map_err(|e| format!("{}: {e}", bound.display()))?;
    optimise(&bound, &dir.join(format!("{stem}_bg.wasm")))?;
    write(&dir.join(&glue_name), &glue)?;

    // Each part's module and shared chunk under a hashed name.
    let mut loader = read(&work.join(&link))?;
    let mut renamed = BTreeMap::new();
    for path in &out.split_modules {
        let Some(file_stem) = path.file_stem().and_then(|s| s.to_str()) else { continue };
        let name = format!("part-{hash}-{}.wasm", file_stem.trim_start_matches("split_"));
        let quoted = format!("\"./{file_stem}.wasm\"");
        if !loader.contains(&quoted) {
            return Err(format!("the split loader does not fetch {quoted}"));
        }
        loader = loader.replace(&quoted, &format!("\"./{name}\""));
        optimise(path, &dir.join(&name))?;
        renamed.insert(file_stem.to_string(), name);
    }
    write(&dir.join(&link), &loader)?;
    let _ = fs::remove_dir_all(&work);

    let new_hash = rehash(dir, hash)?;
    let mut parts = Parts::new();
    for (part, stems) in out.prefetch_map {
        let files = stems.iter().filter_map(|s| renamed.get(s)).map(|f| f.replace(hash, &new_hash)).collect();
        parts.insert(part, files);
    }
    Ok(parts)
}

/// Names the split's files after their content. Trunk's hash is of the
/// Rust it built, before this step: a change here alone (a new splitter, the
/// imports' short names) would ship new files under the old names, and a
/// visitor holding one of them in a cache kept for a year would run old
/// glue against a new wasm. The new hash is of the files as written (the
/// glue, the main module, the loader, every part) and replaces Trunk's in
/// their names, in their content (where they name each other) and in the
/// page. Returns the new hash.
fn rehash(dir: &Path, old: &str) -> Result<String, String> {
    let mut files = crate::html::named(dir, &format!("sme-explorer-{old}"), &[".js", ".wasm"])?;
    files.extend(crate::html::named(dir, &format!("part-{old}"), &[".js", ".wasm"])?);
    let mut input = Vec::new();
    let mut contents = Vec::new();
    for name in &files {
        let path = dir.join(name);
        let bytes = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        input.extend_from_slice(name.as_bytes());
        input.extend_from_slice(&bytes);
        contents.push((name, bytes));
    }
    // As long as Trunk's, so that a wasm's names keep their length prefixes:
    // Trunk writes its 64-bit hash without leading zeros (15 digits one
    // build in 16).
    if !(8..=16).contains(&old.len()) || !old.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("Trunk's hash {old} is not 8 to 16 hexadecimal digits"));
    }
    let new = format!("{:016x}", crate::html::fnv(&input))[..old.len()].to_string();
    for (name, bytes) in contents {
        fs::remove_file(dir.join(name)).map_err(|e| format!("{name}: {e}"))?;
        fs::write(dir.join(name.replace(old, &new)), replace_bytes(&bytes, old.as_bytes(), new.as_bytes()))
            .map_err(|e| format!("{name}: {e}"))?;
    }
    let page = dir.join("index.html");
    let html = read(&page)?;
    if !html.contains(old) {
        return Err(format!("index.html does not name the build's files ({old})"));
    }
    write(&page, &html.replace(old, &new))?;
    Ok(new)
}

/// `bytes` with every `from` replaced by `to` (of the same length, so a
/// wasm's names keep their length prefixes).
fn replace_bytes(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let mut at = 0;
    while let Some(i) = out[at..].windows(from.len()).position(|w| w == from) {
        out[at + i..at + i + from.len()].copy_from_slice(to);
        at += i + from.len();
    }
    out
}

/// Minifies the glue and the loader that `split` wrote (wasm-bindgen's and
/// the splitter's output, which Trunk's minifier never sees), as Trunk
/// minifies the glue it writes: about 2 KB gzip less in every first visit.
/// A file the minifier cannot read is left as it is, with a warning (as
/// Trunk does). Nothing to do where the wasm is not split.
pub fn minify(dir: &Path) -> Result<(), String> {
    let glue = crate::html::staged(dir, "sme-explorer-", ".js")?;
    let (_, link) = names(&glue);
    if !dir.join(&link).exists() {
        return Ok(());
    }
    for name in [glue.as_str(), link.as_str()] {
        let path = dir.join(name);
        // This minifier requires a semicolon after an import, which
        // wasm-bindgen does not write after the glue's imports of the
        // loader, and cannot read `NAME as default` in an export list.
        let source: String = read(&path)?.lines().map(minifiable).collect();
        let source = source.into_bytes();
        let mut out = Vec::new();
        let session = minify_js::Session::new();
        match minify_js::minify(&session, minify_js::TopLevelMode::Module, &source, &mut out) {
            Ok(()) => fs::write(&path, out).map_err(|e| format!("{}: {e}", path.display()))?,
            Err(e) => eprintln!("site-post-build: warning: {name} left unminified: {e:?}"),
        }
    }
    Ok(())
}

/// A line of wasm-bindgen's glue or the split loader as the minifier reads
/// it (see `minify`), with its newline.
fn minifiable(line: &str) -> String {
    let trimmed = line.trim_end();
    if trimmed.starts_with("import ") && !trimmed.ends_with(';') {
        return format!("{trimmed};\n");
    }
    if let Some(list) = trimmed.strip_prefix("export { ").and_then(|l| l.strip_suffix(" };")) {
        let names: Vec<&str> = list.split(", ").collect();
        if let Some(default) = names.iter().find_map(|n| n.strip_suffix(" as default")) {
            let rest: Vec<&str> = names.iter().copied().filter(|n| !n.ends_with(" as default")).collect();
            return format!("export {{ {} }};\nexport default {default};\n", rest.join(", "));
        }
    }
    format!("{line}\n")
}

/// The build's hash in the glue's name (`sme-explorer-<hash>.js`), and the
/// name of the split loader it imports (`part-<hash>.js`).
fn names(glue_name: &str) -> (&str, String) {
    let hash = glue_name.trim_start_matches("sme-explorer-").trim_end_matches(".js");
    (hash, format!("part-{hash}.js"))
}

/// cargo's wasm for the build Trunk just ran (its profile in
/// `TRUNK_PROFILE`), under `CARGO_TARGET_DIR` or `target/`.
pub fn raw_wasm() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| PathBuf::from("target"), PathBuf::from);
    let profile = match std::env::var("TRUNK_PROFILE").as_deref() {
        Ok("debug") => "debug",
        _ => "release",
    };
    target.join("wasm32-unknown-unknown").join(profile).join("sme-explorer.wasm")
}

/// wasm-opt as Trunk runs it for the page (`data-wasm-opt="z"`), then
/// without the two custom sections the browser ignores (`producers`,
/// `target_features`: about 280 bytes gzip a module, and a deep link
/// fetches a dozen modules). The features are read before they are dropped.
fn optimise(from: &Path, to: &Path) -> Result<(), String> {
    let mut command = Command::new("wasm-opt");
    // `scripts/wasm-profile.sh split` keeps the function names to profile
    // each module (the shipped build never sets it).
    if std::env::var_os("SPLIT_KEEP_NAMES").is_some() {
        command.arg("-g");
    }
    run(command
        .arg("-Oz")
        // No address below 1024 is reached by wrapping around: Rust's data
        // starts above the stack (cargo's wasm, `--stack-first`), and no
        // pointer is computed past zero. wasm-opt may then fold a constant
        // added to an address into the access's offset (the two differ
        // only for such an address): 0.7 % of the main module, 1.4 KB gzip
        // on a study's first visit (docs/performance.md, "Fewer bytes from
        // the same code").
        .arg("--low-memory-unused")
        .arg("-Oz")
        .args(["--flatten", "--rereloop", "-Oz", "-Oz", "-Oz"])
        .arg("--strip-producers")
        .arg("--strip-target-features")
        .arg(format!("--output={}", to.display()))
        .arg(from))
}

fn run(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command.status().map_err(|e| format!("{shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed: {status}"))
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The glue for the one-file edition: where the wasm is split, the part
/// loader (`part-<hash>.js`) inlined in place of the glue's import of it,
/// with each part's module carried inside (base64) instead of fetched.
/// `glue` is the staged glue, `glue_name` its file name.
pub fn inline(dir: &Path, glue: &str, glue_name: &str) -> Result<String, String> {
    let (hash, link) = names(glue_name);
    if !dir.join(&link).exists() {
        return Ok(glue.to_string());
    }
    // `import * as NAME from "./part-<hash>.js"`, as wasm-bindgen writes it
    // (once for each loader the main module imports).
    let mut glue = glue.to_string();
    let mut names = Vec::new();
    for q in ["\"", "'"] {
        let from = format!(" from {q}./{link}{q}");
        while let Some(at) = glue.find(&from) {
            let start = glue[..at].rfind("import * as ").ok_or_else(|| format!("the glue imports ./{link} but not as a namespace"))?;
            names.push(glue[start + "import * as ".len()..at].trim().to_string());
            let end = at + from.len() + usize::from(glue[at + from.len()..].starts_with(';'));
            glue.replace_range(start..end, "");
        }
    }
    let Some(first) = names.first().cloned() else {
        return Err(format!("the glue does not import ./{link}"));
    };
    let mut loader = read(&dir.join(&link))?;
    let main_import = ["\"", "'"]
        .iter()
        .map(|q| format!("import {{ initSync }} from {q}./{glue_name}{q};"))
        .find(|line| loader.contains(line))
        .ok_or_else(|| format!("the split loader does not import initSync from ./{glue_name}"))?;
    loader = loader.replace(&main_import, "");
    let mut exports = Vec::new();
    for line in loader.lines() {
        if let Some(rest) = line.strip_prefix("export const ") {
            exports.push(rest.split([' ', '=']).next().unwrap_or_default().to_string());
        }
    }
    loader = loader.replace("export const ", "const ");
    let mut carried = Vec::new();
    let prefix = format!("part-{hash}-");
    for file in &crate::html::named(dir, &prefix, &[".wasm"])? {
        let fetch = format!("fetch(new URL(\"./{file}\", import.meta.url))");
        if !loader.contains(&fetch) {
            return Err(format!("the split loader does not fetch {file} as expected"));
        }
        loader = loader.replace(&fetch, &format!("carriedPart({file:?})"));
        let bytes = fs::read(dir.join(file)).map_err(|e| format!("{file}: {e}"))?;
        carried.push(format!("{file:?}: \"{}\"", crate::html::base64(&bytes)));
    }
    if loader.contains("import.meta.url") {
        return Err("the split loader fetches a file the one-file edition does not carry".into());
    }
    Ok(format!(
        "{glue}\nconst {first} = (() => {{\nconst carriedParts = {{ {} }};\nconst carriedPart = (file) => Promise.resolve(new Response(Uint8Array.from(atob(carriedParts[file]), (c) => c.charCodeAt(0)), {{ headers: {{ 'content-type': 'application/wasm' }} }}));\n{loader}\nreturn {{ {} }};\n}})();\n{}",
        carried.join(",\n"),
        exports.join(", "),
        names[1..].iter().map(|n| format!("const {n} = {first};\n")).collect::<String>()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("split-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temp dir");
        dir
    }

    const GLUE: &str = "import * as import1 from \"./part-h.js\"\nimport * as import2 from \"./part-h.js\"\n\nfunction __wbg_get_imports() { return { a: import1, b: import2 }; }\nexport { initSync };\n";
    const LOADER: &str = "import { initSync } from \"./sme-explorer-h.js\";\n\nfunction makeLoad(f, deps) { return f; }\nexport const __wasm_split_load_a = makeLoad(() => {\n    const src = fetch(new URL(\"./part-h-a.wasm\", import.meta.url));\n    return src;\n}, []);\nexport const __wasm_split_load_b = makeLoad(() => {\n    const src = fetch(new URL(\"./part-h-chunk_1.wasm\", import.meta.url));\n    return src;\n}, []);\n";

    #[test]
    fn the_one_file_edition_carries_the_parts_inside() {
        let dir = site("inline");
        fs::write(dir.join("part-h.js"), LOADER).expect("loader");
        fs::write(dir.join("part-h-a.wasm"), [0, 97, 115, 109]).expect("a");
        fs::write(dir.join("part-h-chunk_1.wasm"), [1, 2, 3]).expect("chunk");
        let glue = inline(&dir, GLUE, "sme-explorer-h.js").expect("inlined");
        for gone in ["import * as", "./part-h.js", "export const", "import.meta.url", "import { initSync }"] {
            assert!(!glue.contains(gone), "{gone} in {glue}");
        }
        assert!(glue.contains("const import1 = (() => {") && glue.contains("const import2 = import1;"), "{glue}");
        assert!(glue.contains("return { __wasm_split_load_a, __wasm_split_load_b };"), "{glue}");
        assert!(glue.contains("carriedPart(\"part-h-a.wasm\")") && glue.contains("carriedPart(\"part-h-chunk_1.wasm\")"), "{glue}");
        assert!(glue.contains(&format!("\"part-h-a.wasm\": \"{}\"", crate::html::base64(&[0, 97, 115, 109]))), "{glue}");
        // The glue's own code is kept, before the loader.
        assert!(glue.find("function __wbg_get_imports").expect("glue") < glue.find("const import1").expect("loader"));
    }

    #[test]
    fn the_split_files_are_named_after_their_content() {
        let build = |glue: &str| {
            let dir = site(&format!("rehash-{}", glue.len()));
            let old = "0123456789abcdef";
            fs::write(dir.join(format!("sme-explorer-{old}.js")), glue).expect("glue");
            fs::write(dir.join(format!("sme-explorer-{old}_bg.wasm")), format!("\0asm./part-{old}.js")).expect("wasm");
            fs::write(dir.join(format!("part-{old}.js")), format!("import \"./sme-explorer-{old}.js\"; fetch(\"./part-{old}-a.wasm\")")).expect("loader");
            fs::write(dir.join(format!("part-{old}-a.wasm")), [0, 97, 115, 109]).expect("part");
            fs::write(dir.join("styles-x.css"), "a{}").expect("other");
            fs::write(dir.join("index.html"), format!("<link href=sme-explorer-{old}.js><script>import('./sme-explorer-{old}.js')</script>")).expect("page");
            let new = rehash(&dir, old).expect("rehashed");
            let mut names = crate::html::named(&dir, "", &[""]).expect("names");
            names.retain(|n| !n.starts_with('.'));
            let read = |name: String| fs::read_to_string(dir.join(name)).expect("read");
            let files = (read(format!("sme-explorer-{new}.js")), read(format!("part-{new}.js")), read(format!("sme-explorer-{new}_bg.wasm")), read("index.html".into()));
            (new, names, files)
        };
        let (new, names, (glue, loader, wasm, page)) = build("const a = 1;");
        assert_ne!(new, "0123456789abcdef");
        assert_eq!(
            names,
            ["index.html".to_string(), format!("part-{new}-a.wasm"), format!("part-{new}.js"), format!("sme-explorer-{new}.js"), format!("sme-explorer-{new}_bg.wasm"), "styles-x.css".into()]
        );
        assert_eq!(glue, "const a = 1;");
        assert_eq!(loader, format!("import \"./sme-explorer-{new}.js\"; fetch(\"./part-{new}-a.wasm\")"));
        assert_eq!(wasm, format!("\0asm./part-{new}.js"));
        assert_eq!(page, format!("<link href=sme-explorer-{new}.js><script>import('./sme-explorer-{new}.js')</script>"));
        // Other content, another name; the same content, the same name.
        assert_ne!(build("const a = 2;").0, new);
        assert_eq!(build("const b = 1;").0, build("const b = 1;").0);
        // Trunk's hash without its leading zero: the new one as long.
        let dir = site("rehash-short");
        let old = "123456789abcdef";
        fs::write(dir.join(format!("sme-explorer-{old}.js")), "x").expect("glue");
        fs::write(dir.join(format!("sme-explorer-{old}_bg.wasm")), format!("\0asm./part-{old}.js")).expect("wasm");
        fs::write(dir.join("index.html"), format!("<link href=sme-explorer-{old}.js>")).expect("page");
        let short = rehash(&dir, old).expect("rehashed");
        assert_eq!(short.len(), 15);
        assert_ne!(short, old);
        assert!(dir.join(format!("sme-explorer-{short}_bg.wasm")).exists());
        assert!(rehash(&site("rehash-bad"), "xyz").is_err());
    }

    #[test]
    fn a_loader_that_fetches_a_file_not_carried_is_an_error() {
        let dir = site("missing");
        fs::write(dir.join("part-h.js"), LOADER).expect("loader");
        fs::write(dir.join("part-h-a.wasm"), [0]).expect("a");
        assert!(inline(&dir, GLUE, "sme-explorer-h.js").is_err());
        // Without a split there is nothing to inline.
        let plain = site("plain");
        assert_eq!(inline(&plain, "export { initSync };\n", "sme-explorer-h.js").expect("unchanged"), "export { initSync };\n");
    }

    #[test]
    fn the_glue_and_the_loader_are_minified_with_their_imports() {
        let dir = site("minify");
        let glue = format!("{GLUE}function initSync(module) {{\n    const longName = module;\n    return longName;\n}}\nasync function __wbg_init() {{}}\nexport {{ initSync, __wbg_init as default }};\n").replace("export { initSync };\n", "");
        fs::write(dir.join("sme-explorer-h.js"), &glue).expect("glue");
        fs::write(dir.join("part-h.js"), LOADER).expect("loader");
        minify(&dir).expect("minified");
        let (min_glue, min_loader) = (read(&dir.join("sme-explorer-h.js")).expect("glue"), read(&dir.join("part-h.js")).expect("loader"));
        assert!(min_glue.len() < glue.len() && min_loader.len() < LOADER.len(), "{min_glue}\n{min_loader}");
        // What the page and the parts link by name survives.
        assert!(min_glue.contains("./part-h.js") && min_glue.contains("initSync") && min_glue.contains("export default"), "{min_glue}");
        assert_eq!(minifiable("export { initSync, __wbg_init as default };"), "export { initSync };\nexport default __wbg_init;\n");
        assert_eq!(minifiable("import * as import1 from \"./part-h.js\""), "import * as import1 from \"./part-h.js\";\n");
        assert_eq!(minifiable("    const a = 1;"), "    const a = 1;\n");
        for kept in ["./sme-explorer-h.js", "initSync", "__wasm_split_load_a", "__wasm_split_load_b", "./part-h-a.wasm", "./part-h-chunk_1.wasm"] {
            assert!(min_loader.contains(kept), "{kept} in {min_loader}");
        }
        // Without a split, nothing is touched.
        let plain = site("minify-plain");
        fs::write(plain.join("sme-explorer-h.js"), "export { initSync };\n").expect("glue");
        minify(&plain).expect("nothing to do");
        assert_eq!(read(&plain.join("sme-explorer-h.js")).expect("glue"), "export { initSync };\n");
    }

    #[test]
    fn a_build_without_split_points_is_left_alone() {
        let dir = site("unsplit");
        fs::write(dir.join("sme-explorer-h.js"), "import * as wbg from './snippets/x.js';\n").expect("glue");
        assert!(split(&dir, Path::new("/nowhere.wasm")).expect("nothing to do").is_empty());
    }
}
