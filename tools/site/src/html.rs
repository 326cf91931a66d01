//! Rewrites Trunk's `index.html` for a strict Content-Security-Policy and
//! writes the one-file edition and the service worker.

use std::fs;
use std::path::{Path, PathBuf};

/// The policy: only the app's own origin, plus compiling its wasm.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data: blob:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; \
object-src 'none'; base-uri 'self'; form-action 'none'";

const SW_REGISTRATION: &str = "\nif ('serviceWorker' in navigator && location.protocol.startsWith('http')) {\n  navigator.serviceWorker.register('./sw.js').catch(() => {});\n}\n";

pub fn finish(dir: &Path, parts: &crate::split::Parts) -> Result<Vec<PathBuf>, String> {
    let index_path = dir.join("index.html");
    let index = read(&index_path)?;
    let (before, script, after) = split_inline_module(&index)?;
    let mut written = Vec::new();

    // 1. The one-file edition, from Trunk's page before it is rewritten.
    let standalone = standalone(dir, &index)?;
    let path = dir.join("standalone.html");
    fs::write(&path, standalone).map_err(|e| format!("{}: {e}", path.display()))?;
    written.push(path);
    // The glue and the loader the split wrote anew, minified now that the
    // one-file edition has read them as wasm-bindgen writes them.
    crate::split::minify(dir)?;

    // 2. The start-up script as a file, and the policy.
    let boot = crate::first_paint::boot(dir, script, SW_REGISTRATION, parts)?;
    let boot_name = format!("boot-{:016x}.js", fnv(boot.as_bytes()));
    let boot_path = dir.join(&boot_name);
    fs::write(&boot_path, &boot).map_err(|e| format!("{}: {e}", boot_path.display()))?;
    written.push(boot_path);
    let meta = format!("<meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">");
    // Trunk's release build minifies the page, which drops the quotes.
    let charset = ["<meta charset=\"utf-8\">", "<meta charset=utf-8>"].into_iter().find(|c| before.contains(c)).unwrap_or_default();
    let page = crate::first_paint::page(dir, &format!("{before}{}{after}", crate::first_paint::script_tag(dir, &boot_name)))
        .replacen(charset, &meta, usize::from(!charset.is_empty()));
    if !page.contains("Content-Security-Policy") {
        return Err("index.html has no <meta charset=\"utf-8\"> to put the policy after".into());
    }
    fs::write(&index_path, page).map_err(|e| format!("{}: {e}", index_path.display()))?;
    written.push(index_path);

    // 3. The service worker, listing every file it caches.
    let path = dir.join("sw.js");
    fs::write(&path, service_worker(dir)?).map_err(|e| format!("{}: {e}", path.display()))?;
    written.push(path);

    // 4. Caching rules for static hosts that read `_headers` (written last,
    //    so the service worker does not cache it).
    let path = dir.join("_headers");
    fs::write(&path, headers_file(dir)?).map_err(|e| format!("{}: {e}", path.display()))?;
    written.push(path);
    Ok(written)
}

/// The files whose names carry a hash of their content: Trunk's stylesheet,
/// JS glue and wasm, the split wasm's loader and parts, and our start-up
/// script. They never change under their
/// name, so any cache may keep them for a year.
fn hashed_files(dir: &Path) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    for (prefix, suffix) in [("boot-", ".js"), ("sme-explorer-", ".js"), ("sme-explorer-", "_bg.wasm"), ("styles-", ".css")] {
        names.push(staged(dir, prefix, suffix)?);
    }
    // The split wasm's loader and modules (`split.rs`), named by the glue's hash.
    names.extend(named(dir, "part-", &[".js", ".wasm"])?);
    Ok(names)
}

/// `_headers` for static hosts that read one (Netlify, Cloudflare Pages and
/// others): the hashed files cached for a year as immutable; the page, the
/// service worker and every file without a hash in its name revalidated on
/// each visit, so a new build is seen at once. Paths assume the site is
/// served from the host's root (the README says what to do otherwise).
fn headers_file(dir: &Path) -> Result<String, String> {
    let mut out = String::from(
        "# Caching rules for static hosts that read this file, written at build time.\n\
         # Hashed files never change under their name: cache them for a year.\n",
    );
    for name in hashed_files(dir)? {
        out.push_str(&format!("/{name}\n  Cache-Control: public, max-age=31536000, immutable\n"));
    }
    out.push_str("# Everything else is revalidated on every visit.\n");
    for path in ["/", "/index.html", "/sw.js", "/standalone.html", "/manifest.webmanifest", "/icon.svg", "/dataset.json", "/codebook.qdc", "/data/*", "/shell/*"] {
        out.push_str(&format!("{path}\n  Cache-Control: no-cache\n"));
    }
    Ok(out)
}

pub fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Splits the page around Trunk's one inline `<script type="module">`.
fn split_inline_module(page: &str) -> Result<(&str, &str, &str), String> {
    // Quoted as written, or unquoted as Trunk's minified release page has it.
    let (start, open) = ["<script type=\"module\">", "<script type=module>"]
        .into_iter()
        .find_map(|open| page.find(open).map(|start| (start, open)))
        .ok_or("index.html has no inline module script from Trunk")?;
    let body_start = start + open.len();
    let end = page[body_start..].find("</script>").ok_or("unterminated inline script")? + body_start;
    Ok((&page[..start], &page[body_start..end], &page[end + "</script>".len()..]))
}

/// Finds the name of the first staged file with this prefix and suffix.
pub fn staged(dir: &Path, prefix: &str, suffix: &str) -> Result<String, String> {
    named(dir, prefix, &[suffix])?.into_iter().next().ok_or_else(|| format!("no {prefix}*{suffix} in {}", dir.display()))
}

/// The names of the files in `dir` that start with `prefix` and end with
/// one of `suffixes`, sorted.
pub fn named(dir: &Path, prefix: &str, suffixes: &[&str]) -> Result<Vec<String>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.starts_with(prefix) && suffixes.iter().any(|s| n.ends_with(s)))
        .collect();
    names.sort();
    Ok(names)
}

/// The marker by which the app knows it runs as the one-file edition
/// (`browser::ONE_FILE_MARKER` looks for it).
pub const ONE_FILE_MARKER: &str = "<meta name=\"sme-explorer-edition\" content=\"one-file\">";

/// The open data files, each inside a `<script type="application/octet-stream"
/// data-file="…">` holding its bytes in base64, so that the one-file edition
/// can offer them as downloads without fetching anything (from `file://`
/// it cannot). Browsers do not run scripts of that type, and base64 cannot
/// contain `</script`.
fn embedded_files(dir: &Path) -> Result<String, String> {
    let mut out = String::new();
    let interface = interface_files(dir)?;
    for path in explorer_core::export::published_files().into_iter().map(|(path, _)| path).chain(interface) {
        let bytes = fs::read(dir.join(&path)).map_err(|e| format!("{path}: {e}"))?;
        out.push_str(&format!("<script type=\"application/octet-stream\" data-file=\"{path}\">{}</script>\n", base64(&bytes)));
    }
    Ok(out)
}

/// The staged interface files the app loads on demand (`i18n/*.txt`: the
/// Chinese bundle and the glossary), which the one-file edition carries so
/// that it can show them from `file://`.
fn interface_files(dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = fs::read_dir(dir.join("i18n"))
        .map_err(|e| format!("{}/i18n: {e}", dir.display()))?
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .map(|n| format!("i18n/{n}"))
        .collect();
    names.sort();
    Ok(names)
}

/// The app in one HTML file: styles, JavaScript glue and wasm (base64)
/// inlined, for `file://` and learning platforms, with the marker that tells
/// the app so and the open data files carried inside (see `embedded_files`).
fn standalone(dir: &Path, index: &str) -> Result<String, String> {
    let css_name = staged(dir, "styles-", ".css")?;
    let js_name = staged(dir, "sme-explorer-", ".js")?;
    let wasm_name = staged(dir, "sme-explorer-", "_bg.wasm")?;
    let css = read(&dir.join(&css_name))?;
    let glue = crate::split::inline(dir, &read(&dir.join(&js_name))?, &js_name)?;
    let wasm = fs::read(dir.join(&wasm_name)).map_err(|e| format!("{wasm_name}: {e}"))?;
    let head_end = index.find("<body>").ok_or("index.html has no <body>")?;
    let body = &index[head_end..];
    let title = "<title>SME Innovation Explorer (one-file edition)</title>";
    let files = embedded_files(dir)?;
    Ok(format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n{ONE_FILE_MARKER}\n{title}\n{files}<style>\n{css}\n</style>\n<script type=\"module\">\n{glue}\nconst wasmBase64 = \"{}\";\nconst bytes = Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0));\ninitSync({{ module: bytes }});\n</script>\n</head>\n{body}",
        base64(&wasm)
    ))
}

/// A service worker caching every built file (but itself and the one-file
/// edition). Its version is a hash of the files, so a new build replaces the
/// old cache.
fn service_worker(dir: &Path) -> Result<String, String> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    collect(dir, dir, &mut files)?;
    // The shells are for a first visit over the network; a visitor the
    // worker serves has the app itself at once.
    let shells = format!("{}/", explorer_core::shell::DIR);
    files.retain(|(name, _)| name != "sw.js" && name != "standalone.html" && !name.starts_with(".stage") && !name.starts_with(&shells));
    files.sort();
    let mut hash_input = Vec::new();
    for (name, bytes) in &files {
        hash_input.extend_from_slice(name.as_bytes());
        hash_input.extend_from_slice(bytes);
    }
    let version = format!("{:016x}", fnv(&hash_input));
    let list: Vec<String> = std::iter::once("'./'".to_string())
        .chain(files.iter().map(|(name, _)| format!("'./{name}'")))
        .collect();
    Ok(format!(
        r#"// Service worker of the SME Innovation Explorer: caches the built site so
// it reloads without a network after one visit. Generated at build time;
// VERSION changes whenever any file changes, replacing the old cache.
const VERSION = '{version}';
const CACHE = `sme-explorer-${{VERSION}}`;
const FILES = [
  {}
];

self.addEventListener('install', (event) => {{
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
}});

self.addEventListener('activate', (event) => {{
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('sme-explorer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
}});

self.addEventListener('fetch', (event) => {{
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.match(request, {{ ignoreSearch: true }}).then((hit) => hit || fetch(request).catch(() =>
      request.mode === 'navigate' ? caches.match('./index.html') : Response.error())),
  );
}});
"#,
        list.join(",\n  ")
    ))
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else {
            let name = path.strip_prefix(root).map_err(|e| e.to_string())?.to_string_lossy().replace('\\', "/");
            out.push((name, fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?));
        }
    }
    Ok(())
}

pub fn fnv(bytes: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

pub fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        out.push(TABLE[(n >> 18) as usize & 63] as char);
        out.push(TABLE[(n >> 12) as usize & 63] as char);
        out.push(if chunk.len() > 1 { TABLE[(n >> 6) as usize & 63] as char } else { '=' });
        out.push(if chunk.len() > 2 { TABLE[n as usize & 63] as char } else { '=' });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn the_one_file_edition_carries_its_marker_and_every_data_file() {
        let dir = std::env::temp_dir().join(format!("site-tools-standalone-{}", std::process::id()));
        fs::create_dir_all(dir.join("data")).expect("temporary directory");
        fs::create_dir_all(dir.join("i18n")).expect("temporary directory");
        for (name, contents) in [("styles-1.css", "body{}"), ("sme-explorer-1.js", "export function initSync() {}"), ("sme-explorer-1_bg.wasm", "\0asm"), ("i18n/zh-1.txt", "zh")] {
            fs::write(dir.join(name), contents).expect("staged file");
        }
        let published = explorer_core::export::published_files();
        for (path, _) in &published {
            fs::write(dir.join(path), format!("\u{feff}contents of {path}")).expect("data file");
        }
        let page = standalone(&dir, "<html><head></head><body><p>app</p></body></html>").expect("builds");
        assert!(page.contains(ONE_FILE_MARKER));
        for (path, _) in &published {
            let open = format!("<script type=\"application/octet-stream\" data-file=\"{path}\">");
            let start = page.find(&open).unwrap_or_else(|| panic!("{path} is embedded")) + open.len();
            let end = page[start..].find("</script>").expect("closed") + start;
            assert_eq!(page[start..end], base64(format!("\u{feff}contents of {path}").as_bytes()), "{path} byte for byte");
        }
        // The Chinese bundle travels too, so the one-file edition speaks Chinese.
        assert!(page.contains(&format!("data-file=\"i18n/zh-1.txt\">{}</script>", base64(b"zh"))));
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn splits_the_inline_module_script() {
        let page = "<head><script type=\"module\">import x;</script><link></head>";
        assert_eq!(split_inline_module(page), Ok(("<head>", "import x;", "<link></head>")));
        assert!(split_inline_module("<head></head>").is_err());
    }

    #[test]
    fn headers_cache_hashed_files_for_a_year_and_revalidate_the_rest() {
        let dir = std::env::temp_dir().join(format!("site-headers-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temp dir");
        let hashed = ["boot-0123.js", "sme-explorer-ab12.js", "sme-explorer-ab12_bg.wasm", "styles-cd34.css"];
        for name in hashed.iter().chain(&["index.html", "sw.js", "dataset.json"]) {
            fs::write(dir.join(name), "x").expect("write");
        }
        let headers = headers_file(&dir).expect("headers");
        let rule = |path: &str| {
            let at = headers.find(&format!("\n{path}\n")).unwrap_or_else(|| panic!("{path} has a rule:\n{headers}"));
            headers[at + path.len() + 2..].lines().next().unwrap_or_default().trim().to_string()
        };
        for name in hashed {
            assert_eq!(rule(&format!("/{name}")), "Cache-Control: public, max-age=31536000, immutable", "{name}");
        }
        for path in ["/", "/index.html", "/sw.js", "/dataset.json", "/data/*"] {
            assert_eq!(rule(path), "Cache-Control: no-cache", "{path}");
        }
        let _ = fs::remove_dir_all(&dir);
        // Without the built files there is nothing to write rules for.
        assert!(headers_file(&std::env::temp_dir().join("no-such-site-dir")).is_err());
    }

    #[test]
    fn reads_trunks_minified_page() {
        // Trunk's minified release page.
        let page = "<head><meta charset=utf-8><script type=module>import x;</script><link></head>";
        assert_eq!(split_inline_module(page), Ok(("<head><meta charset=utf-8>", "import x;", "<link></head>")));
    }
}
