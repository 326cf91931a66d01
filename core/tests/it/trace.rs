//! Trace and search: chains match the tables, unknown input is answered.

use explorer_core::trace::{suggest, trace};
use explorer_core::Level;

use crate::dataset;

/// Asserts the chains of `code`, each written as space-separated ids.
fn check_chains(code: &str, expected: &[&str]) {
    let found = trace(dataset(), code).unwrap_or_else(|e| panic!("{code}: {e:?}"));
    let chains: Vec<String> =
        found.chains.iter().map(|c| c.iter().map(|x| x.id.as_str()).collect::<Vec<_>>().join(" ")).collect();
    assert_eq!(chains, expected, "chains of {code}");
}

#[test]
fn chains_follow_tables_2_to_4_and_appendix_2() {
    check_chains("a65", &["a65 b3 A1 S1 C1"]);
    check_chains("b3", &["b3 A1 S1 C1"]);
    check_chains("b25", &["b25 A10 S5 C3"]);
    check_chains("A14", &["A14 S7 C3"]);
    check_chains("S4", &["S4 C2"]);
    check_chains("C2", &["C2"]);
    check_chains("a13", &["a13 b1 A1 S1 C1", "a13 b16 A6 S3 C2"]);
    check_chains("a149", &["a149 b17 A7 S4 C2"]);
}

#[test]
fn kunming_items_trace_to_their_construct() {
    check_chains("IL1", &["IL1 X11 IL"]);
    check_chains("IL6", &["IL6 X11 IL", "IL6 X12 IL"]);
    check_chains("IC11", &["IC11 M22 IC", "IC11 M23 IC"]);
    check_chains("KM15", &["KM15 M13 KM"]);
    check_chains("EI1", &["EI1 Y11 EI"]);
    let il6 = trace(dataset(), "IL6").expect("IL6");
    let paths: Vec<String> = il6.structural_paths.iter().map(|p| format!("{}->{} {}", p.from, p.to, p.std)).collect();
    assert_eq!(paths, ["IL->KM 0.638", "IL->IC 0.428", "IL->EI 0.200"]);
    assert!(!il6.notes.is_empty(), "IL6 carries its note");
}

#[test]
fn counts_below_are_distinct_codes_per_level() {
    let d = dataset();
    let below = |id: &str| explorer_core::trace::count_below(d, d.code(id).expect("code"));
    // S1: A1 (b1–b3) and A2 (b4–b7); Appendix 2 lists 3+3+4+4+2+4+4 = 24 concepts.
    assert_eq!(below("S1"), [(Level::InitialCategory, 2), (Level::Theme, 7), (Level::Concept, 24)]);
    assert_eq!(below("b1"), [(Level::Concept, 3)]);
    assert_eq!(below("a1"), []);
    // All of C1..C3 together cover every concept once: 148.
    let concepts: usize = ["C1", "C2", "C3"]
        .iter()
        .map(|c| below(c).iter().find(|(l, _)| *l == Level::Concept).map(|(_, n)| *n).unwrap_or(0))
        .sum();
    assert_eq!(concepts, 149, "a13 is counted under both C1 and C2");
}

#[test]
fn concepts_link_to_their_excerpt_passages() {
    let found = trace(dataset(), "a37").expect("a37");
    assert_eq!(found.excerpt_passages.len(), 1);
    let passage = &dataset().sources.small_giants.excerpt[found.excerpt_passages[0]];
    assert!(passage.text.contains("technological innovation award"));
    assert!(trace(dataset(), "a133").expect("a133").excerpt_passages.is_empty());
}

#[test]
fn codes_are_case_sensitive() {
    assert!(trace(dataset(), "b3").is_ok());
    let unknown = trace(dataset(), "B3").expect_err("B3 is not a code");
    assert_eq!(unknown.suggestions.first().map(String::as_str), Some("b3"));
}

#[test]
fn unknown_and_malformed_codes_are_answered_without_panicking() {
    for input in ["zz9", "", "%", "%E4%BA", "a13/../C1", "\u{0}", "人才", &"x".repeat(10_000), &"%ZZ".repeat(3_000)] {
        let unknown = trace(dataset(), input).expect_err("not a code");
        assert!(unknown.input.chars().count() <= 200, "input is clamped");
        assert!(unknown.suggestions.len() <= 5);
    }
    let zz9 = trace(dataset(), "zz9").expect_err("zz9");
    assert!(!zz9.suggestions.is_empty(), "zz9 gets suggestions");
}

#[test]
fn suggestions_prefer_near_ids() {
    let d = dataset();
    assert_eq!(suggest(d, "c1", 1), ["C1"]);
    assert!(suggest(d, "a1300", 5).iter().any(|s| s == "a130"));
}

#[test]
fn search_matches_ids_and_words_case_insensitively() {
    let d = dataset();
    let ids = |q: &str| crate::search::code_ids(d, q);
    assert_eq!(ids("b3").first().map(String::as_str), Some("b3"));
    let talent = ids("talent");
    for id in ["b1", "a62", "a65", "a57"] {
        assert!(talent.contains(&id.to_string()), "talent finds {id}: {talent:?}");
    }
    assert_eq!(ids("TALENT"), talent);
    assert!(ids("team building").contains(&"A1".to_string()));
    // Variant printings are searchable too: b2 is "competent" only in Appendix 2.
    assert!(ids("competent").contains(&"b2".to_string()));
    assert!(ids("").is_empty());
    assert!(ids("qqqqq").is_empty());
}
