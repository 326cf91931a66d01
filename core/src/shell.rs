//! The static first paint: which views the build renders to HTML ahead of
//! time (`prerender`, Yew's server renderer over the app's own views), and
//! the file each one is written to.
//!
//! A first visit shows the shell of the view its link names while the wasm
//! downloads; the app replaces it with the same view, live. Only views whose
//! first render depends on nothing but the URL and the data have a shell:
//! no view that reads the reader's progress, a fetched file (the glossary,
//! the checks) or a query (a filter, a search, a seed). The start-up script
//! picks a shell only for a hash listed here, in the language the app will
//! choose, so a link never shows another view first.

use crate::i18n::Lang;
use crate::route::Route;
use crate::{Dataset, StudyId};

/// The directory of the shells inside the site.
pub const DIR: &str = "shell";

/// The list of views with a shell (one hash per line; each has one in
/// every language), which the build's start-up script carries.
pub const LIST: &str = "shell/routes.txt";

/// The first line of every shell file, so that a host that answers an
/// unknown path with some other page (a single-page fallback, a custom 404)
/// is never shown as a view.
pub const MARKER: &str = "<!--sme-explorer shell-->";

/// Where a view shows the reader's own address (a permalink, an embed
/// snippet), a shell holds this base in its place; the start-up script puts
/// the page's address there.
pub const BASE_STAND_IN: &str = "https://sme-explorer.invalid/";

/// Where a view shows today's date (the explorer's citation, the printed
/// footer), a shell holds this date, which the start-up script replaces with
/// the reader's today in each form the views print (`Date::long`, `iso`, and
/// RIS's `YYYY/MM/DD`).
pub const DATE_STAND_IN: (u32, u32, u32) = (2999, 12, 31);

/// Where a view opens a `<details>` on wide windows only (a study's "On this
/// page"), it marks it with this attribute; the start-up script opens it in
/// a shell by the same width.
pub const OPEN_WIDE: &str = "data-open-wide";

/// The routes that get a shell, in a stable order: home, the study pages,
/// the trace index and every code's trace, the firms (no filter) and every
/// firm, the themes, data and sources.
pub fn routes(data: &Dataset) -> Vec<Route> {
    let mut routes = vec![Route::Home];
    routes.extend(StudyId::ALL.iter().map(|s| Route::Study(s.as_str().to_string())));
    routes.push(Route::TraceIndex);
    routes.extend(data.codes.iter().map(|c| Route::Trace(c.id.clone())));
    routes.push(Route::Firms(Default::default()));
    routes.extend(data.firms.iter().map(|f| Route::Firm(f.id.clone())));
    routes.push(Route::Themes);
    routes.push(Route::Data);
    routes
}

/// The file (under [`DIR`]) that holds the shell of `hash` in `lang`: the
/// language and a 32-bit FNV-1a hash of the hash's UTF-8 bytes in hex, which
/// the start-up script computes the same way. Never two routes' names only
/// by letter case (`a1` and `A1` are both codes), which some hosts' file
/// systems would merge.
pub fn file_name(lang: Lang, hash: &str) -> String {
    format!("{}-{:08x}.html", lang.key(), fnv32(hash.as_bytes()))
}

/// 32-bit FNV-1a.
pub fn fnv32(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in bytes {
        hash ^= u32::from(*byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// A shell file: the marker, the document title, then the view's HTML.
pub fn file(title: &str, html: &str) -> String {
    format!("{MARKER}\n{}\n{html}", title.replace('\n', " "))
}

/// The list of hashes as the start-up script carries it: grouped by the
/// prefix up to their last `/`, each group's ends joined by spaces, as a
/// JavaScript object literal (`{"#/trace/":"a1 a2","#/":" firms"}`). Three
/// or more ends that are the same letters with consecutive numbers are one
/// range (`b1-52` for `b1 b2 … b52`), which the script expands; not in a
/// group where an end is itself written so.
pub fn grouped(hashes: &[&str]) -> String {
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for hash in hashes {
        let cut = hash.rfind('/').map_or(0, |i| i + 1);
        let (prefix, end) = hash.split_at(cut);
        match groups.iter_mut().find(|(p, _)| *p == prefix) {
            Some((_, ends)) => ends.push(end),
            None => groups.push((prefix, vec![end])),
        }
    }
    let body: Vec<String> = groups.iter().map(|(prefix, ends)| format!("{prefix:?}:{:?}", ranged(ends).join(" "))).collect();
    format!("{{{}}}", body.join(","))
}

/// `a12` as `("a", 12)`: letters, then a number without a leading zero.
fn numbered(end: &str) -> Option<(&str, u32)> {
    let digits = end.find(|c: char| c.is_ascii_digit())?;
    let (letters, number) = end.split_at(digits);
    let well_formed = !letters.is_empty() && letters.chars().all(|c| c.is_ascii_alphabetic()) && !number.starts_with('0');
    well_formed.then(|| number.parse().ok()).flatten().map(|n| (letters, n))
}

/// Whether `end` reads as a range (`b1-52`), as the start-up script reads it.
pub fn is_range(end: &str) -> bool {
    end.split_once('-').is_some_and(|(first, last)| numbered(first).is_some() && !last.is_empty() && last.chars().all(|c| c.is_ascii_digit()))
}

/// One group's ends with runs of three or more consecutive numbers after
/// the same letters as ranges: each run where its first end was.
fn ranged(ends: &[&str]) -> Vec<String> {
    if ends.iter().any(|e| is_range(e)) {
        return ends.iter().map(|e| e.to_string()).collect();
    }
    let numbers = |letters: &str| -> Vec<u32> {
        let mut all: Vec<u32> = ends.iter().filter_map(|e| numbered(e)).filter(|(l, _)| *l == letters).map(|(_, n)| n).collect();
        all.sort_unstable();
        all.dedup();
        all
    };
    let mut out = Vec::new();
    let mut done: Vec<&str> = Vec::new();
    for end in ends {
        let Some((letters, _)) = numbered(end) else {
            out.push(end.to_string());
            continue;
        };
        if done.contains(&letters) {
            continue;
        }
        done.push(letters);
        let all = numbers(letters);
        let mut i = 0;
        while i < all.len() {
            let mut j = i;
            while j + 1 < all.len() && all[j + 1] == all[j] + 1 {
                j += 1;
            }
            if j - i >= 2 {
                out.push(format!("{letters}{}-{}", all[i], all[j]));
            } else {
                out.extend(all[i..=j].iter().map(|n| format!("{letters}{n}")));
            }
            i = j + 1;
        }
    }
    out
}

/// The class that marks a view's long blocks (`.deferred` in the
/// stylesheet: a study's sections, the firms' list, a theme).
pub const BLOCK_CLASS: &str = "deferred";

/// Elements that have no end tag.
const VOID: [&str; 13] = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/// One tag of the renderer's HTML: where it starts and ends, its name,
/// whether it is an end tag, and whether it carries [`BLOCK_CLASS`].
struct Tag<'a> {
    start: usize,
    end: usize,
    name: &'a str,
    closing: bool,
    block: bool,
}

/// The tags of `html` in order (text, which the renderer escapes, holds no
/// `<`); `None` where a tag is not closed.
fn tags(html: &str) -> Option<Vec<Tag<'_>>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = html[at..].find('<') {
        let start = at + found;
        let mut quote = None;
        let mut end = None;
        for (i, c) in html[start..].char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (None, '"' | '\'') => quote = Some(c),
                (None, '>') => {
                    end = Some(start + i + 1);
                    break;
                }
                _ => {}
            }
        }
        let end = end?;
        let inner = &html[start + 1..end - 1];
        let closing = inner.starts_with('/');
        let name = inner.trim_start_matches('/').split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or_default();
        let block = !closing
            && inner.split_once("class=\"").and_then(|(_, rest)| rest.split_once('"')).is_some_and(|(class, _)| class.split(' ').any(|c| c == BLOCK_CLASS));
        if !name.starts_with('!') {
            out.push(Tag { start, end, name, closing, block });
        }
        at = end;
    }
    Some(out)
}

/// A shell's view up to the end of its first long block ([`BLOCK_CLASS`]):
/// what fills the first screens, which is all a reader sees before the app
/// takes over. The blocks after it, and anything else after it in the main
/// region, give way to `note` (the view says the rest is coming); the
/// elements around them are closed as before, and what follows the main
/// region (the footer) is kept. The blocks kept are the app's first blocks,
/// in the same order, so a place scrolled to in the shell is found again.
/// A view with one block or none, or HTML this cannot follow, is unchanged.
pub fn first_block(html: &str, note: &str) -> String {
    cut_after_first_block(html, note).unwrap_or_else(|| html.to_string())
}

fn cut_after_first_block(html: &str, note: &str) -> Option<String> {
    let tags = tags(html)?;
    let opens = |tag: &Tag| !tag.closing && !VOID.contains(&tag.name) && !html[..tag.end].ends_with("/>");
    // The first block, and where it ends.
    let first = tags.iter().position(|t| t.block)?;
    let mut depth = 0usize;
    let mut after = None;
    for (i, tag) in tags.iter().enumerate().skip(first) {
        if opens(tag) {
            depth += 1;
        } else if tag.closing {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                after = Some(i + 1);
                break;
            }
        }
    }
    // The next block after it, inside the main region.
    let main_end = tags.iter().position(|t| t.closing && t.name == "main")?;
    let cut = (after?..main_end).find(|&i| tags[i].block)?;
    // From there to the main region's end, only the end tags of the
    // elements open at the cut.
    let mut out = String::with_capacity(html.len());
    out.push_str(&html[..tags[cut].start]);
    out.push_str(note);
    let (mut depth, mut lowest) = (0isize, 0isize);
    for tag in &tags[cut..main_end] {
        if opens(tag) {
            depth += 1;
        } else if tag.closing {
            depth -= 1;
            if depth < lowest {
                lowest = depth;
                out.push_str(&html[tag.start..tag.end]);
            }
        }
    }
    out.push_str(&html[tags[main_end].start..]);
    Some(out)
}
