//! Side-by-side comparison: the URL's lists, what is compared, and every bad
//! request reported while the rest still compares. Also: every source note
//! belongs to a section its study page has.

use explorer_core::compare::{compare, differs, CompareQuery, Problem, MAX};
use explorer_core::records::{note_section, study_sections};
use explorer_core::route::{parse, Route};
use explorer_core::StudyId;

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_url_names_the_records_and_round_trips() {
    let state = parse("#/compare?firms=CF7,CF11");
    assert_eq!(state.route, Route::Compare(CompareQuery { firms: ids(&["CF7", "CF11"]), codes: vec![] }));
    assert!(state.warnings.is_empty());
    let codes = Route::Compare(CompareQuery { firms: vec![], codes: ids(&["a13", "b16"]) });
    assert_eq!(codes.to_hash(), "#/compare?codes=a13,b16");
    assert_eq!(parse(&codes.to_hash()).route, codes);
    // Spaces, empty pieces and a trailing comma are forgiven.
    assert_eq!(parse("#/compare?firms=Haier,%20Huawei,,").route, Route::Compare(CompareQuery { firms: ids(&["Haier", "Huawei"]), codes: vec![] }));
    assert_eq!(parse("#/compare?x=1").warnings.len(), 1, "other parameters are noted");
    assert_eq!(parse("#/compare").route, Route::Compare(CompareQuery::default()));
}

#[test]
fn two_to_four_firms_or_codes_of_one_study_compare() {
    let d = crate::dataset();
    let found = compare(d, &CompareQuery { firms: ids(&["CF7", "CF11"]), codes: vec![] });
    assert_eq!(found.firms.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(), ["CF7", "CF11"]);
    assert!(found.problems.is_empty());
    let found = compare(d, &CompareQuery { firms: vec![], codes: ids(&["a13", "b16"]) });
    assert_eq!(found.codes.len(), 2);
    assert!(found.problems.is_empty());
    let found = compare(d, &CompareQuery { firms: ids(&["Haier", "Huawei"]), codes: vec![] });
    assert_eq!(found.firms.len(), 2);
}

#[test]
fn bad_requests_are_reported_and_the_rest_still_compares() {
    let d = crate::dataset();
    let found = compare(d, &CompareQuery { firms: ids(&["CF7", "CF99", "CF7", "CF11"]), codes: vec![] });
    assert_eq!(found.firms.len(), 2);
    assert_eq!(found.problems, vec![Problem::UnknownFirm("CF99".into()), Problem::Duplicate("CF7".into())]);
    let many = compare(d, &CompareQuery { firms: ids(&["CF1", "CF2", "CF3", "CF4", "CF5", "CF6"]), codes: vec![] });
    assert_eq!(many.firms.len(), MAX);
    assert_eq!(many.problems, vec![Problem::TooMany(6)]);
    // Codes are case-sensitive; codes of another study are left out.
    let mixed = compare(d, &CompareQuery { firms: vec![], codes: ids(&["a13", "B16", "IL6", "b16"]) });
    assert_eq!(mixed.codes.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["a13", "b16"]);
    assert_eq!(mixed.problems, vec![Problem::UnknownCode("B16".into()), Problem::OtherStudy("IL6".into())]);
    let one = compare(d, &CompareQuery { firms: ids(&["CF7"]), codes: vec![] });
    assert_eq!(one.problems, vec![Problem::TooFew]);
    let both = compare(d, &CompareQuery { firms: ids(&["CF7", "CF8"]), codes: ids(&["a13"]) });
    assert_eq!((both.firms.len(), both.problems.clone()), (2, vec![Problem::BothKinds]));
    assert_eq!(compare(d, &CompareQuery::default()).problems, vec![Problem::TooFew]);
}

#[test]
fn differences_are_what_is_not_the_same_everywhere() {
    assert!(!differs(&["a", "a", "a"]));
    assert!(differs(&["a", "b"]));
    assert!(!differs::<&str>(&[]));
}

#[test]
fn every_note_belongs_to_a_section_of_its_study_page() {
    let d = crate::dataset();
    for study in StudyId::ALL {
        let sections = study_sections(study);
        assert_eq!(sections.last(), Some(&"notes"), "{study}: the notes on the study as a whole come last");
        let notes = d.sources.notes(study);
        let mut placed = 0;
        for note in notes {
            let section = note_section(study, note);
            assert!(sections.contains(&section), "{}: {section} is a section of {study}", note.id);
            if section != "notes" {
                placed += 1;
            }
        }
        // Notes about one record sit with the section that shows it.
        if notes.iter().any(|n| !n.records.iter().all(|r| r.starts_with("study:"))) {
            assert!(placed > 0, "{study}: some notes sit with their section");
        }
    }
    let a13 = d.sources.notes(StudyId::SmallGiants).iter().find(|n| n.records.iter().any(|r| r == "code:a13")).expect("a13 has notes");
    assert_eq!(note_section(StudyId::SmallGiants, a13), "model");
}
