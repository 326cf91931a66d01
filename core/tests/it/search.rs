//! Search across every kind of record: ranking, grouping, case.

use explorer_core::search::{search_everything, HitKind};
use explorer_core::Dataset;

use crate::dataset;

/// The ids in the Codes group for `query`, best first (all of them).
pub fn code_ids(d: &Dataset, query: &str) -> Vec<String> {
    search_everything(d, query, usize::MAX)
        .into_iter()
        .filter(|g| g.kind == HitKind::Code)
        .flat_map(|g| g.hits)
        .filter_map(|h| h.id)
        .collect()
}

fn first_ids(query: &str) -> Vec<String> {
    search_everything(dataset(), query, 100)
        .into_iter()
        .flat_map(|g| g.hits)
        .filter_map(|h| h.id)
        .take(3)
        .collect()
}

#[test]
fn an_exact_id_comes_first_case_included() {
    let d = dataset();
    // Derived from the data: pairs of codes whose ids differ only by case.
    let pairs: Vec<(&str, &str)> = d
        .codes
        .iter()
        .filter_map(|a| d.codes.iter().find(|b| b.id != a.id && b.id.to_lowercase() == a.id.to_lowercase()).map(|b| (a.id.as_str(), b.id.as_str())))
        .collect();
    assert!(pairs.iter().any(|&(a, b)| (a, b) == ("a7", "A7")), "a7 and A7 are both printed");
    for (id, other) in pairs {
        assert_eq!(first_ids(id).first().map(String::as_str), Some(id), "{id} before {other}");
        assert_eq!(code_ids(d, id).first().map(String::as_str), Some(id), "the Codes group: {id}");
    }
    // A query in the wrong case still finds the code, as the second-best match.
    assert_eq!(first_ids("cf7").first().map(String::as_str), Some("CF7"));
}

#[test]
fn every_kind_is_searchable_and_grouped() {
    let d = dataset();
    // One query per kind, each taken from the data itself.
    let theme = &d.sources.themes.theme[0];
    let quote = &theme.link[0].quote;
    let quote_words: String = quote.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    let note = d.all_notes().next().map(|(_, n)| n).expect("the data has notes");
    let note_words: String = note.text.split_whitespace().take(5).collect::<Vec<_>>().join(" ");
    let firm = &d.firms[0];
    for (query, kind) in [
        (theme.title.as_str(), HitKind::Theme),
        (quote_words.as_str(), HitKind::Quotation),
        (note_words.as_str(), HitKind::Note),
        (firm.id.as_str(), HitKind::Firm),
        ("talent", HitKind::Code),
    ] {
        let groups = search_everything(d, query, 5);
        let group = groups.iter().find(|g| g.kind == kind).unwrap_or_else(|| panic!("{query:?} finds a {kind:?}: {groups:?}"));
        assert!(!group.hits.is_empty() && group.hits.len() <= 5 && group.total >= group.hits.len(), "{query:?}");
        assert!(group.hits.iter().all(|h| h.kind == kind && h.href.starts_with("#/")), "{query:?}");
    }
    // Each kind appears at most once, and the group with the best match leads.
    let groups = search_everything(d, "a13", 5);
    let mut kinds: Vec<HitKind> = groups.iter().map(|g| g.kind).collect();
    assert_eq!(kinds.first(), Some(&HitKind::Code));
    kinds.dedup();
    assert_eq!(kinds.len(), groups.len());
    assert!(search_everything(d, "   ", 5).is_empty());
    assert!(search_everything(d, "qqqqqzzzz", 5).is_empty());
}

#[test]
fn hits_link_to_where_the_record_is_shown() {
    let d = dataset();
    let groups = search_everything(d, &d.sources.themes.theme[1].title, 5);
    let theme = groups.iter().find(|g| g.kind == HitKind::Theme).and_then(|g| g.hits.first()).expect("theme hit");
    assert_eq!(theme.href, format!("#/themes/{}", d.sources.themes.theme[1].id));
    let code = &search_everything(d, "b3", 5)[0].hits[0];
    assert_eq!((code.id.as_deref(), code.href.as_str()), (Some("b3"), "#/trace/b3"));
}
