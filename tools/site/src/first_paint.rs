//! The static first paint's half of the start-up script: shows the shell of
//! the view the link names (written by `prerender`, listed in
//! `shell/routes.txt`, see `explorer_core::shell`) while the wasm loads.
//!
//! It shows a shell only where the app's first render will be that same
//! view: a listed hash whose only parameter, if any, is `lang=en` or
//! `lang=zh`, in the language the app will choose (the URL's, else the
//! remembered one, else the browser's preference by the same rule as
//! `Lang::from_preferences`). It never shows one after the app has started
//! (`<html data-started>`), nor a file without the shell's first line, nor
//! to a visitor whose service worker serves the app from its cache. Any
//! failure leaves the page as it was: the app renders as it always has.

use std::fs;
use std::path::Path;

use explorer_core::citation::Date;
use explorer_core::shell;

use crate::split::Parts;

/// How long the app waits for a shell before fetching the wasm anyway.
const WAIT_MS: u32 = 1500;

/// Whether the build wrote shells (their list).
fn has_shells(dir: &Path) -> bool {
    dir.join(shell::LIST).exists()
}

/// The script, or nothing where the build wrote no shells.
pub fn script(dir: &Path) -> Result<String, String> {
    let path = dir.join(shell::LIST);
    let Ok(list) = fs::read_to_string(&path) else { return Ok(String::new()) };
    let hashes: Vec<&str> = list.lines().filter(|l| !l.trim().is_empty()).collect();
    let (year, month, day) = shell::DATE_STAND_IN;
    let date = Date { year, month, day };
    Ok(compact(SCRIPT)
        .replace("$ROUTES", &shell::grouped(&hashes))
        .replace("$BASE", &format!("{:?}", shell::BASE_STAND_IN))
        .replace("$LONG", &format!("{:?}", date.long()))
        .replace("$ISO", &format!("{:?}", date.iso()))
        .replace("$OPEN_WIDE", shell::OPEN_WIDE)
        .replace("$WAIT_MS", &WAIT_MS.to_string())
        .replace("$DIR", shell::DIR)
        .replace("$MARKER", &format!("{:?}", shell::MARKER)))
}

/// A script written here, without its comment lines and indentation: the
/// comments stay in this file, and their bytes are not sent on every first
/// visit. Lines are kept as lines (no semicolon is inferred differently).
/// Only for a script where no line continues a string or a template literal
/// (a test checks `SCRIPT`), so that no text depends on where a line starts.
fn compact(js: &str) -> String {
    js.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("//")).map(|l| format!("{l}\n")).collect()
}

const SCRIPT: &str = r#"// The static first paint (see explorer_core::shell). The wasm is fetched
// once the shell is on screen (or was not wanted, or is late), so that the
// shell's few kilobytes do not share a slow connection with it.
// The script may run before the page is parsed (it loads `async`): the
// shell and the app wait for the body.
const parsed = document.readyState === 'loading'
  ? new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }))
  : Promise.resolve();
let firstPaint = parsed;
try {
  const routes = new Set(Object.entries($ROUTES).flatMap(([prefix, ends]) => ends.split(' ').flatMap((end) => {
    const run = /^([A-Za-z]+)([1-9][0-9]*)-([0-9]+)$/.exec(end);
    return run ? Array.from({ length: run[3] - run[2] + 1 }, (_, i) => prefix + run[1] + (+run[2] + i)) : [prefix + end];
  })));
  const [path, query = ''] = (location.hash.length > 1 ? location.hash : '#/').split('?');
  const view = path === '#' ? '#/' : path;
  const params = query.split('&').filter((p) => p);
  const asked = params.length === 1 ? /^lang=(en|zh)$/i.exec(params[0]) : null;
  const stored = () => { try { return localStorage.getItem('sme-explorer-lang'); } catch { return null; } };
  const preferred = () => {
    const tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (const tag of tags) {
      const [first, ...rest] = tag.trim().toLowerCase().split(/[-_]/);
      if (first === 'zh' && !(rest.some((p) => ['hant', 'tw', 'hk', 'mo'].includes(p)) && !rest.includes('hans'))) return 'zh';
      if (first === 'en') return 'en';
    }
    return 'en';
  };
  const remembered = (stored() || '').trim().toLowerCase();
  const lang = asked ? asked[1].toLowerCase() : ['en', 'zh'].includes(remembered) ? remembered : preferred();
  const served = navigator.serviceWorker && navigator.serviceWorker.controller;
  if (!served && (params.length === 0 || asked) && routes.has(view)) {
    let hash = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(view)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
    const shown = fetch(`./$DIR/${lang}-${hash.toString(16).padStart(8, '0')}.html`)
      .then((response) => (response.ok ? response.text() : ''))
      .then((text) => parsed.then(() => text))
      .then((text) => {
        const marker = $MARKER + '\n';
        const root = document.documentElement;
        if (!text.startsWith(marker) || root.hasAttribute('data-started')) return;
        const titleEnd = text.indexOf('\n', marker.length);
        if (titleEnd < 0) return;
        // The reader's address and today's date where the views show them
        // (the same forms as Date::long and Date::iso, and RIS's).
        const now = new Date();
        const two = (n) => String(n).padStart(2, '0');
        const iso = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
        const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
        const long = `${months[now.getMonth()]} ${now.getDate()}, ${now.getFullYear()}`;
        const base = location.href.split('#')[0].replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
        const html = text.slice(titleEnd + 1).split($BASE).join(base).split($LONG).join(long)
          .split($ISO).join(iso).split($ISO.replace(/-/g, '/')).join(iso.replace(/-/g, '/'));
        const shell = document.createElement('div');
        shell.setAttribute('data-shell', view);
        shell.innerHTML = html;
        if (innerWidth >= 1000) for (const details of shell.querySelectorAll('details[$OPEN_WIDE]')) details.open = true;
        root.lang = lang === 'zh' ? 'zh-Hans' : 'en';
        document.title = text.slice(marker.length, titleEnd);
        document.body.append(shell);
        // Until the browser reports the shell painted (its largest
        // contentful paint; the next frame where that is not reported), or
        // a moment at most.
        return new Promise((painted) => {
          setTimeout(painted, 500);
          if ((PerformanceObserver.supportedEntryTypes || []).includes('largest-contentful-paint')) {
            new PerformanceObserver((list, observer) => { observer.disconnect(); painted(); })
              .observe({ type: 'largest-contentful-paint' });
          } else {
            requestAnimationFrame(() => setTimeout(painted, 0));
          }
        });
      })
      .catch(() => {});
    firstPaint = Promise.all([parsed, Promise.race([shown, new Promise((late) => setTimeout(late, $WAIT_MS))])]);
  }
} catch {}
"#;

/// The start-up script with the chooser at its head, Trunk's wasm start
/// waiting for the first paint, and the registration of the service worker.
/// Trunk's static import of the JS glue becomes a dynamic one after the
/// first paint: a static import is loaded and run before any of the script,
/// so the shell's request would wait for the glue; and the glue parsed and
/// run while the shell arrives (or preloaded as a module, which parses it
/// too) holds the page's thread just when the shell is to be laid out
/// (measured: the first render 1.29-1.38 x the static page with it, 1.10-1.17
/// without; docs/performance.md, "The glue after the first paint"). The
/// main module's request leaves with the glue's, not after it (a preload
/// that `init`'s fetch takes up). Where the wasm is split (`parts`), the
/// link's part is fetched alongside the main module.
pub fn boot(dir: &Path, trunk_script: &str, registration: &str, parts: &Parts) -> Result<String, String> {
    let chooser = script(dir)?;
    let start = "const wasm = await init(";
    if !trunk_script.contains(start) {
        return Err(format!("Trunk's start-up script has no `{start}` to wait for the first paint"));
    }
    let preload = preload(parts);
    if chooser.is_empty() {
        // Without shells, Trunk's script as it is, with the part's preload
        // after the main module's request leaves (the page has six
        // connections to its host at most, and the main module is what the
        // app waits for longest).
        let script = trunk_script.trim();
        let Some(at) = script.find(start).filter(|_| !preload.is_empty()) else { return Ok(format!("{script}{registration}")) };
        let end = script[at..].find('\n').map_or(script.len(), |e| at + e);
        let call = &script[at + start.len()..end];
        return Ok(format!("{}const started = init({call}\n{preload}const wasm = await started;{}{registration}", &script[..at], &script[end..]));
    }
    let import = "import init, * as bindings from ";
    let Some((at, end)) = trunk_script.find(import).and_then(|at| trunk_script[at..].find(';').map(|end| (at, at + end))) else {
        return Err(format!("Trunk's start-up script has no `{import}` to load after the chooser"));
    };
    let glue = &trunk_script[at + import.len()..end];
    let wasm = module_path(trunk_script).ok_or("Trunk's start-up script names no `module_or_path: '…'` to preload")?;
    // The main module's request first (the page has six connections to its
    // host at most), then the glue's, then the part's; the glue is awaited
    // last.
    Ok(format!(
        "{chooser}{}await firstPaint;\n{{\n{}}}\nconst glue = import({glue});\n{preload}const bindings = await glue;\nconst init = bindings.default;{}{registration}",
        &trunk_script[..at],
        fetch_preload(wasm),
        trunk_script[end + 1..].trim_end()
    ))
}

/// The statements that preload the file at `href` (a JavaScript
/// expression) for a `fetch` to take up: for the same file, `init`'s and the
/// split loader's fetches ask with the same mode and credentials
/// (`crossOrigin = 'anonymous'`), so the browser hands them the preload.
fn fetch_preload(href: &str) -> String {
    format!("const link = document.createElement('link');\nlink.rel = 'preload'; link.as = 'fetch'; link.crossOrigin = 'anonymous'; link.href = {href};\ndocument.head.append(link);\n")
}

/// The main module's path as Trunk's script gives it to `init`, quoted as
/// there (`'./app-1_bg.wasm'`).
fn module_path(trunk_script: &str) -> Option<&str> {
    let key = "module_or_path: ";
    let from = trunk_script.find(key)? + key.len();
    let quote = trunk_script[from..].chars().next().filter(|q| matches!(q, '\'' | '"'))?;
    let end = trunk_script[from + 1..].find(quote)? + from + 1;
    Some(&trunk_script[from..=end])
}

/// The script that preloads a link's files (by the first of its hash's
/// keys it knows, `explorer_core::part::preload_candidates` and
/// `preload_keys`), so that they arrive with the main
/// module and the app's first render is the view: the decoder's module
/// (`explorer_core::part::DATA`), the modules of the data files the view
/// shows from, the study's own sections' module where it draws from one,
/// then the part's own.
fn preload(parts: &Parts) -> String {
    let mut map = Vec::new();
    for (key, part, files) in explorer_core::part::preload_keys() {
        let Some(own) = parts.get(part.name()) else { continue };
        let mut all: Vec<String> = Vec::new();
        let decoder = part.needs_data().then_some(explorer_core::part::DATA);
        let data = decoder.into_iter().chain(files.iter().map(|f| f.name()));
        // A study's own sections, for its page and its tour, with the rest
        // of them where the key names one (`explorer_core::part::sections_of_key`).
        let sections = explorer_core::part::sections_of_key(&key);
        for list in data.chain(sections).filter_map(|name| parts.get(name)).chain(std::iter::once(own)) {
            all.extend(list.iter().filter(|f| !all.contains(f)).cloned().collect::<Vec<_>>());
        }
        map.push((key, all));
    }
    if map.is_empty() {
        return String::new();
    }
    // Every file is `part-<hash>-<name>.wasm`: the script carries the names
    // and puts the rest back.
    let (before, after) = map
        .first()
        .and_then(|(_, files)| files.first())
        .and_then(|f| Some((&f[..=f.rfind('-')?], ".wasm")))
        .filter(|(before, after)| map.iter().flat_map(|(_, files)| files).all(|f| f.starts_with(*before) && f.ends_with(*after) && f.len() > before.len() + after.len()))
        .unwrap_or(("", ""));
    let map: Vec<String> = map
        .iter()
        .map(|(key, files)| {
            let list: Vec<String> = files.iter().map(|f| format!("{:?}", &f[before.len()..f.len() - after.len()])).collect();
            format!("{key:?}:[{}]", list.join(","))
        })
        .collect();
    format!(
        "try {{\n  const parts = {{{}}};\n  const segments = location.hash.split('?')[0].split('/').slice(1);\n  const keys = segments.length === 2 && segments[0] === 'trace' && /$GT/.test(segments[1]) ? ['trace/grounded'] : [];\n  for (let n = 3; n >= 1; n--) keys.push([0, 1, 2].slice(0, n).map((i) => segments[i] || '').join('/'));\n  const key = keys.find((k) => Object.hasOwn(parts, k));\n  for (const file of (key === undefined ? [] : parts[key])) {{\n{}  }}\n}} catch {{}}\n",
        map.join(","),
        fetch_preload("`./$BEFORE${file}$AFTER`")
    )
    .replace("$GT", explorer_core::part::GROUNDED_THEORY_PATTERN)
    .replace("$BEFORE", before)
    .replace("$AFTER", after)
}

/// How the page loads the start-up script: as soon as it arrives where it
/// shows a shell (`async`: neither the rest of the page nor the stylesheet
/// holds it back, so the shell's request leaves a round trip earlier on a
/// slow line), else after the page as Trunk has it.
pub fn script_tag(dir: &Path, src: &str) -> String {
    let timing = if has_shells(dir) { " async" } else { "" };
    format!("<script type=\"module\"{timing} src=\"./{src}\"></script>")
}

/// The page without its preloads of the wasm and of the glue where shells
/// exist: the start-up script fetches both after the shell (see `SCRIPT`
/// and `boot`). Without the
/// `data-integrity=none` Trunk leaves on the stylesheet's link (index.html
/// asks for no integrity attribute; the browser would ignore that one).
pub fn page(dir: &Path, page: &str) -> String {
    let mut out = page.replace(" data-integrity=none", "");
    if !has_shells(dir) {
        return out;
    }
    for needle in ["_bg.wasm", "rel=modulepreload", "rel=\"modulepreload\""] {
        while let Some(at) = out.find(needle) {
            let (Some(open), Some(close)) = (out[..at].rfind("<link"), out[at..].find('>')) else { break };
            if !out[open..at + close].contains("preload") || out[open..at].contains('>') {
                break;
            }
            out.replace_range(open..at + close + 1, "");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "import init, * as bindings from './app-1.js';\nconst wasm = await init({ module_or_path: './app-1_bg.wasm' });\nwindow.wasmBindings = bindings;\n";
    const PAGE: &str = "<head><link href=./app-1.js rel=modulepreload><link as=fetch crossorigin href=./app-1_bg.wasm integrity=sha384-x rel=preload type=application/wasm></head><body></body>";

    fn site(routes: Option<&str>) -> std::path::PathBuf {
        // A directory of its own for each call: tests run in parallel.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("first-paint-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join(shell::DIR)).expect("temp dir");
        if let Some(routes) = routes {
            fs::write(dir.join(shell::LIST), routes).expect("list");
        }
        dir
    }

    #[test]
    fn the_chooser_is_sent_without_its_comments_and_indentation() {
        // No line of it continues a string or a template literal, so
        // trimming a line changes no text.
        for line in SCRIPT.lines() {
            assert_eq!(line.matches('`').count() % 2, 0, "a template literal spans lines: {line}");
            assert!(!line.trim_end().ends_with('\\'), "a string continues: {line}");
        }
        let compacted = compact(SCRIPT);
        assert!(SCRIPT.lines().any(|l| l.trim_start().starts_with("//")), "the source has comments");
        assert!(compacted.lines().all(|l| !l.starts_with("//") && !l.starts_with(' ') && !l.is_empty()), "{compacted}");
        // Every statement line is kept, in order.
        let code: Vec<&str> = SCRIPT.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("//")).collect();
        assert_eq!(compacted.lines().collect::<Vec<_>>(), code);
        assert!(compacted.len() * 10 < SCRIPT.len() * 8, "at least a fifth smaller: {} of {}", compacted.len(), SCRIPT.len());
        let dir = site(Some("#/\n#/firms\n"));
        assert!(script(&dir).expect("script").starts_with("const parsed = document.readyState === 'loading'\n? new Promise"));
    }

    #[test]
    fn without_shells_the_start_up_script_and_page_are_trunks() {
        let dir = site(None);
        assert_eq!(boot(&dir, TRUNK, "\n// sw\n", &Parts::new()).expect("boot"), format!("{}\n// sw\n", TRUNK.trim()));
        assert_eq!(page(&dir, PAGE), PAGE);
        assert_eq!(page(&dir, "<link data-integrity=none href=./s.css rel=stylesheet>"), "<link href=./s.css rel=stylesheet>");
    }

    #[test]
    fn with_shells_the_wasm_waits_for_the_first_paint_and_is_not_preloaded() {
        let dir = site(Some("#/\n#/trace/a1\n#/trace/A1\n#/firms\n"));
        let script = boot(&dir, TRUNK, "\n// sw\n", &Parts::new()).expect("boot");
        let chooser = script.find("let firstPaint").expect("the chooser");
        let wait = script.find("await firstPaint;\n").expect("the first paint awaited");
        // After the first paint, the main module's request, then the glue's
        // (imported there and nowhere before), then the wasm started.
        let wasm = script.find("link.href = './app-1_bg.wasm';").expect("the main module preloaded");
        let glue = script.find("const glue = import('./app-1.js');\n").expect("a dynamic import");
        let start = script.find("const bindings = await glue;\nconst init = bindings.default;\nconst wasm = await init({ module_or_path: './app-1_bg.wasm' });").expect("then the wasm started");
        assert!(chooser < wait && wait < wasm && wasm < glue && glue < start, "{script}");
        assert!(!script.contains("import init") && script.ends_with("\n// sw\n"), "{script}");
        assert_eq!(module_path("init({ module_or_path: \"./a_bg.wasm\" })"), Some("\"./a_bg.wasm\""));
        assert_eq!(module_path("init({ module_or_path: wasm })"), None);
        assert!(script_tag(&dir, "boot-1.js").contains(" async "));
        assert!(!script_tag(&site(None), "boot-1.js").contains("async"));
        assert!(script.contains(r##"{"#/":" firms","#/trace/":"a1 A1"}"##), "{script}");
        for stand_in in [shell::BASE_STAND_IN, shell::MARKER, "\"December 31, 2999\"", "\"2999-12-31\"", shell::OPEN_WIDE] {
            assert!(script.contains(stand_in), "{stand_in}");
        }
        for placeholder in ["$ROUTES", "$BASE", "$DIR", "$ISO", "$LONG", "$MARKER", "$OPEN_WIDE", "$WAIT_MS"] {
            assert!(!script.contains(placeholder), "{placeholder} filled");
        }
        let page = page(&dir, PAGE);
        assert_eq!(page, "<head></head><body></body>");
        let quoted = r#"<head><link href="./app-1.js" rel="modulepreload"><link href=./s.css rel=stylesheet></head>"#;
        assert_eq!(super::page(&dir, quoted), "<head><link href=./s.css rel=stylesheet></head>");
        // Where the wasm is split, the link's part is preloaded with the main
        // module, after the first paint.
        let mut parts = Parts::new();
        parts.insert("studies".into(), vec!["part-1-chunk_2.wasm".into(), "part-1-studies.wasm".into()]);
        parts.insert("firms".into(), vec!["part-1-firms.wasm".into()]);
        parts.insert("firm".into(), vec!["part-1-firm.wasm".into()]);
        parts.insert("data".into(), vec!["part-1-data.wasm".into(), "part-1-chunk_2.wasm".into()]);
        parts.insert("data_kunming".into(), vec!["part-1-data_kunming.wasm".into()]);
        parts.insert("data_themes".into(), vec!["part-1-data_themes.wasm".into()]);
        parts.insert("data_mentions".into(), vec!["part-1-data_mentions.wasm".into()]);
        let split = boot(&dir, TRUNK, "", &parts).expect("boot");
        // A study's page: the decoder, its own file's module, its part.
        assert!(split.contains(r#""study/kunming-sem":["data","chunk_2","data_kunming","studies"]"#), "{split}");
        assert!(split.contains(r#""study/small-giants":["data","chunk_2","studies"]"#), "{split}");
        // A grounded-theory code's trace: no Kunming file (the script tests
        // the code's form as the app does).
        let mut traced = parts.clone();
        traced.insert("trace".into(), vec!["part-1-trace.wasm".into()]);
        let with_trace = boot(&dir, TRUNK, "", &traced).expect("boot");
        assert!(with_trace.contains(r#""trace/grounded":["data","chunk_2","data_mentions","trace"],"trace":["data","chunk_2","data_kunming","data_mentions","trace"]"#), "{with_trace}");
        assert!(with_trace.contains("segments.length === 2 && segments[0] === 'trace' && /^[abASC][0-9]+$/.test(segments[1])"), "{with_trace}");
        // The comparison may show codes of the Kunming study, but never the
        // themes; the firms' list needs neither.
        assert!(split.contains(r#""compare":["data","chunk_2","data_kunming","firm"]"#), "{split}");
        // The data's files first, each file once.
        let preload = split.find(r#""study":["data","chunk_2","studies"]"#).expect("the studies' files");
        assert!(split.contains(r#""firms":["data","chunk_2","firms"],"firm":["data","chunk_2","data_mentions","firm"],"compare":"#), "{split}");
        let glue = split.find("const glue = import(").expect("the glue");
        assert!(split.find("link.href = './app-1_bg.wasm'").expect("the main module first") < glue, "{split}");
        assert!(glue < preload && preload < split.find("const bindings = await glue;").expect("then awaited"), "{split}");
        assert!(split.contains("link.rel = 'preload'; link.as = 'fetch'; link.crossOrigin = 'anonymous'"));
        // The list carries the names; the script puts the rest back.
        assert!(split.contains("link.href = `./part-1-${file}.wasm`;"), "{split}");
        let unshelled = boot(&site(None), TRUNK, "", &parts).expect("boot");
        assert!(unshelled.find("const started = init(").expect("init") < unshelled.find("\"firm\":").expect("preload"));
        assert!(unshelled.find("\"firm\":").expect("preload") < unshelled.find("const wasm = await started;").expect("await"));
        // A start-up script of another shape is an error, not a silent change.
        assert!(boot(&dir, "import init from './x.js';\nawait init();\n", "", &Parts::new()).is_err());
    }
}
