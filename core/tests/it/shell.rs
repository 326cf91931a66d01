//! The static first paint's list and file names (`core::shell`).

use std::collections::HashSet;

use explorer_core::i18n::Lang;
use explorer_core::route::{self, Route};
use explorer_core::shell::{file_name, fnv32, grouped, routes};
use explorer_core::StudyId;

use crate::dataset;

#[test]
fn the_shells_are_the_views_that_depend_only_on_the_url_and_the_data() {
    let data = dataset();
    let list = routes(data);
    let mut expected = vec![Route::Home, Route::TraceIndex, Route::Firms(Default::default()), Route::Themes, Route::Data];
    expected.extend(StudyId::ALL.iter().map(|s| Route::Study(s.as_str().to_string())));
    expected.extend(data.codes.iter().map(|c| Route::Trace(c.id.clone())));
    expected.extend(data.firms.iter().map(|f| Route::Firm(f.id.clone())));
    assert_eq!(list.len(), expected.len());
    for route in &expected {
        assert!(list.contains(route), "{route:?} has a shell");
    }
    // Each is exactly what the app reads from its own hash: no warning, no
    // section, no parameter, nothing not found.
    let mut hashes = HashSet::new();
    for route in &list {
        let hash = route.to_hash();
        assert!(hashes.insert(hash.clone()), "{hash} listed once");
        let state = route::parse(&hash);
        assert_eq!(&state.route, route, "{hash}");
        assert!(state.warnings.is_empty() && state.section.is_none() && state.lang.is_none() && !state.embed, "{hash}");
        assert!(!hash.contains('?'), "{hash}");
        assert!(!matches!(route, Route::NotFound(_)), "{hash}");
    }
}

#[test]
fn file_names_are_distinct_even_where_hashes_differ_only_by_case() {
    let data = dataset();
    let hashes: Vec<String> = routes(data).iter().map(Route::to_hash).collect();
    // The data has codes that differ only by case (a1 and A1).
    let lower: HashSet<String> = hashes.iter().map(|h| h.to_lowercase()).collect();
    assert!(lower.len() < hashes.len(), "the data has hashes that differ only by case");
    let mut names = HashSet::new();
    for lang in [Lang::En, Lang::Zh] {
        for hash in &hashes {
            let name = file_name(lang, hash);
            assert!(name.starts_with(&format!("{}-", lang.key())) && name.ends_with(".html"), "{name}");
            assert!(names.insert(name.to_lowercase()), "{name} is unique, case aside");
        }
    }
}

#[test]
fn fnv32_is_fnv_1a() {
    // The published FNV-1a 32-bit test vectors.
    assert_eq!(fnv32(b""), 0x811c_9dc5);
    assert_eq!(fnv32(b"a"), 0xe40c_292c);
    assert_eq!(fnv32(b"foobar"), 0xbf9c_f968);
}

#[test]
fn the_grouped_list_gives_back_every_hash() {
    let data = dataset();
    let hashes: Vec<String> = routes(data).iter().map(Route::to_hash).collect();
    let refs: Vec<&str> = hashes.iter().map(String::as_str).collect();
    let literal = grouped(&refs);
    // Read it back as the start-up script does: each "prefix":"end end…"
    // pair, every end joined to its prefix.
    let inner = literal.strip_prefix('{').and_then(|l| l.strip_suffix('}')).expect("an object literal");
    let mut back = Vec::new();
    for pair in inner.split("\",\"") {
        let pair = pair.trim_matches('"');
        let (prefix, ends) = pair.split_once("\":\"").expect("prefix and ends");
        for end in ends.split(' ') {
            // A range, `b1-52`, as the script expands it.
            match end.split_once('-').filter(|_| explorer_core::shell::is_range(end)) {
                Some((first, last)) => {
                    let digits = first.find(|c: char| c.is_ascii_digit()).expect("a number");
                    let (letters, start) = (&first[..digits], first[digits..].parse::<u32>().expect("a number"));
                    let last: u32 = last.parse().expect("a number");
                    assert!(last >= start + 2, "{end}: three or more");
                    back.extend((start..=last).map(|n| format!("{prefix}{letters}{n}")));
                }
                None => back.push(format!("{prefix}{end}")),
            }
        }
    }
    let expected: HashSet<&String> = hashes.iter().collect();
    assert_eq!(back.len(), hashes.len());
    assert_eq!(back.iter().collect::<HashSet<_>>(), expected);
    assert!(literal.len() < refs.iter().map(|h| h.len() + 3).sum::<usize>() / 4, "grouping and ranges quarter the list at least: {literal}");
    assert!(literal.contains("b1-52"), "{literal}");
    // A group with an end written as a range keeps its ends as they are;
    // runs of two, numbers with a leading zero and ends without letters too.
    assert_eq!(grouped(&["#/x/a1", "#/x/a2", "#/x/a3", "#/x/b1-2"]), r##"{"#/x/":"a1 a2 a3 b1-2"}"##);
    assert_eq!(grouped(&["#/x/a1", "#/x/a2", "#/x/a3", "#/x/a05", "#/x/c7", "#/x/c8", "#/x/9", "#/x/10", "#/x/11", "#/x/a4", "#/x/a6", "#/"]), r##"{"#/x/":"a1-4 a6 a05 c7 c8 9 10 11","#/":""}"##);
}

const NOTE: &str = "<p class=\"loading\">rest</p>";

#[test]
fn a_shell_keeps_its_view_up_to_the_end_of_the_first_long_block() {
    use explorer_core::shell::first_block;
    let page = concat!(
        "<div class=\"app\"><header><a href=\"#/\">home</a><input type=\"search\"></header><main id=\"main\">",
        "<h1>Title</h1><section class=\"deferred\" id=\"a\" aria-label=\"a > b\"><p>A<br>a</p><svg><path d=\"M0 0\"/></svg>",
        "<section class=\"deferred\" id=\"inner\">inner</section></section>",
        "<div class=\"wrap\"><p>between</p><section class=\"theme deferred\" id=\"b\"><p>B</p></section><p>after</p></div>",
        "<section class=\"deferred\" id=\"c\">C</section><section class=\"share\">share</section></main>",
        "<footer class=\"site-footer\"><p>f</p></footer></div>"
    );
    let cut = first_block(page, NOTE);
    // Everything up to the second block at the first block's level (not the
    // one inside it), the note where it was, the elements around it closed,
    // and the footer.
    let second = page.find("<section class=\"theme deferred\"").expect("b");
    assert_eq!(cut, format!("{}{NOTE}</div></main><footer class=\"site-footer\"><p>f</p></footer></div>", &page[..second]));
    assert!(cut.contains("id=\"inner\"") && cut.contains("<p>between</p>"), "{cut}");
    for gone in ["id=\"b\"", "after", "id=\"c\"", "share"] {
        assert!(!cut.contains(gone), "{gone} is cut: {cut}");
    }
    // Balanced: every element the shell opens, it closes.
    assert_eq!(cut.matches("<div").count(), cut.matches("</div>").count());
    assert_eq!(cut.matches("<section").count(), cut.matches("</section>").count());
}

#[test]
fn a_view_with_one_long_block_or_none_or_unreadable_html_is_unchanged() {
    use explorer_core::shell::first_block;
    for page in [
        "<main><h1>x</h1><p>no blocks</p></main><footer>f</footer>",
        "<main><ul class=\"firm-list deferred\"><li>one</li></ul><p>end</p></main>",
        // A class that only contains the word is not a block.
        "<main><section class=\"deferred\">A</section><section class=\"undeferred\">B</section></main>",
        // The second block after the main region.
        "<main><section class=\"deferred\">A</section></main><section class=\"deferred\">B</section>",
        // A tag that never ends.
        "<main><section class=\"deferred\">A</section><section class=\"deferred\" id=\"b",
        // No main region.
        "<div><section class=\"deferred\">A</section><section class=\"deferred\">B</section></div>",
    ] {
        assert_eq!(first_block(page, NOTE), page);
    }
}
