//! The firm filter against a brute-force scan, for every facet combination.

use explorer_core::filter::{excluded_as_not_reported, facet_counts, filter, rows, Facet, FirmQuery};
use explorer_core::Dataset;
use explorer_core::{HrAttribute, StudyId};

use crate::dataset;

/// All 3^5 facet combinations.
fn all_facet_combinations() -> Vec<[Facet; 5]> {
    (0..243)
        .map(|mut n| {
            let mut facets = [Facet::Any; 5];
            for facet in &mut facets {
                *facet = Facet::ALL[n % 3];
                n /= 3;
            }
            facets
        })
        .collect()
}

/// The filter's meaning, written independently of the implementation.
fn brute_force(query: &FirmQuery) -> Vec<String> {
    let mut out = Vec::new();
    'firms: for firm in &dataset().firms {
        for (i, attribute) in HrAttribute::ALL.into_iter().enumerate() {
            let value = firm.hr.get(attribute);
            let ok = match query.facets[i] {
                Facet::Any => true,
                Facet::Present => value == Some(true),
                Facet::Absent => value == Some(false),
            };
            if !ok {
                continue 'firms;
            }
        }
        if let Some(study) = query.study {
            if firm.study != study {
                continue;
            }
        }
        out.push(firm.id.clone());
    }
    out
}

#[test]
fn filter_equals_brute_force_for_all_243_combinations_and_each_study() {
    let d = dataset();
    let studies = [None, Some(StudyId::BeijingSmes), Some(StudyId::SmallGiants)];
    for facets in all_facet_combinations() {
        for study in studies {
            let query = FirmQuery { facets, study, text: String::new() };
            let got: Vec<String> = filter(d, &query).iter().map(|f| f.id.clone()).collect();
            assert_eq!(got, brute_force(&query), "{query:?}");
        }
    }
}

/// What `rows` must give: the shown rows are the filter's first `limit`
/// matches, in order; hidden rows are only ever non-matching firms.
fn check_rows(d: &Dataset, query: &FirmQuery, limit: usize) -> Vec<(String, bool)> {
    let got: Vec<(String, bool)> = rows(d, &filter(d, query), limit).iter().map(|&(i, shown)| (d.firms[i].id.clone(), shown)).collect();
    let shown: Vec<&String> = got.iter().filter(|(_, s)| *s).map(|(id, _)| id).collect();
    let expected: Vec<String> = filter(d, query).iter().take(limit).map(|f| f.id.clone()).collect();
    assert_eq!(shown, expected.iter().collect::<Vec<_>>(), "{query:?}");
    for (id, shown) in &got {
        let firm = d.firm(id).expect("a catalogue firm");
        assert_eq!(*shown, query.matches(firm), "{id} {query:?}");
    }
    got
}

#[test]
fn a_catalogue_that_fits_has_every_firm_as_a_row_and_hides_the_rest() {
    let d = dataset();
    for facets in all_facet_combinations() {
        let query = FirmQuery { facets, study: None, text: String::new() };
        let got = check_rows(d, &query, d.firms.len());
        let ids: Vec<&String> = got.iter().map(|(id, _)| id).collect();
        assert_eq!(ids, d.firms.iter().map(|f| &f.id).collect::<Vec<_>>(), "every firm, catalogue order");
    }
}

#[test]
fn a_catalogue_larger_than_the_limit_lists_only_the_first_matches() {
    let d = dataset();
    let limit = d.firms.len() - 1;
    for facets in all_facet_combinations() {
        let query = FirmQuery { facets, study: None, text: String::new() };
        let got = check_rows(d, &query, limit);
        assert!(got.iter().all(|(_, shown)| *shown), "no hidden rows: {query:?}");
    }
    let none = FirmQuery { facets: [Facet::Any; 5], study: None, text: "no such firm anywhere".into() };
    assert!(check_rows(d, &none, limit).is_empty());
    assert!(check_rows(d, &none, d.firms.len()).iter().all(|(_, shown)| !shown));
}

#[test]
fn facet_counts_equal_the_size_of_the_filter_they_lead_to() {
    let d = dataset();
    for facets in all_facet_combinations().into_iter().step_by(7) {
        let query = FirmQuery { facets, study: None, text: String::new() };
        let counts = facet_counts(d, &query);
        for attribute in HrAttribute::ALL {
            for (i, facet) in Facet::ALL.into_iter().enumerate() {
                let next = query.with_facet(attribute, facet);
                assert_eq!(counts[attribute as usize][i], filter(d, &next).len(), "{next:?}");
            }
        }
    }
}

#[test]
fn not_reported_firms_never_match_present_or_absent() {
    let d = dataset();
    let present = FirmQuery::default().with_facet(HrAttribute::StudyAbroad, Facet::Present);
    let absent = FirmQuery::default().with_facet(HrAttribute::StudyAbroad, Facet::Absent);
    assert_eq!(filter(d, &present).len(), 13);
    assert_eq!(filter(d, &absent).len(), 6);
    assert_eq!(excluded_as_not_reported(d, &present), 7, "5 small giants, Haier and Huawei");
    assert_eq!(excluded_as_not_reported(d, &FirmQuery::default()), 0);
}

#[test]
fn the_lecturers_question_has_an_answer() {
    // "Which firms with returnee founders also have staff of foreign origin?"
    let query = FirmQuery::default()
        .with_facet(HrAttribute::CeoInternational, Facet::Present)
        .with_facet(HrAttribute::ForeignOrigin, Facet::Present);
    let ids: Vec<&str> = filter(dataset(), &query).iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["CF11", "CF15"]);
}

#[test]
fn text_filter_matches_words_in_any_order() {
    let d = dataset();
    let ids = |text: &str| filter(d, &FirmQuery::default().with_text(text)).iter().map(|f| f.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids("huawei"), ["Huawei"]);
    assert!(ids("game").contains(&"HFZY".to_string()));
    assert!(ids("").len() == 26);
}

#[test]
fn the_active_filter_is_described_in_the_interface_vocabulary() {
    use explorer_core::filter::value_label;
    let d = crate::dataset();
    assert!(FirmQuery::default().describe(d).is_empty());
    let query = FirmQuery::default()
        .with_facet(HrAttribute::WorkAbroad, Facet::Absent)
        .with_facet(HrAttribute::ForeignOrigin, Facet::Present)
        .with_study(Some(StudyId::BeijingSmes))
        .with_text("CEO");
    let parts = query.describe(d);
    assert_eq!(parts.len(), 4, "{parts:?}");
    assert_eq!(parts[0], format!("{}: {}", HrAttribute::WorkAbroad.short_label(), value_label(Some(false))));
    assert_eq!(parts[1], format!("{}: {}", HrAttribute::ForeignOrigin.short_label(), value_label(Some(true))));
    assert!(parts[2].ends_with(&d.study(StudyId::BeijingSmes).short_title));
    assert_eq!(parts[3], "Text: “CEO”");
    // Whose experience it is, as Table 1's printed row says.
    assert!(HrAttribute::WorkAbroad.short_label().starts_with("Staff who"));
    // One vocabulary: the facets use the words of the firm page and the matrix legend.
    assert_eq!((Facet::Present.label(), Facet::Absent.label()), (value_label(Some(true)), value_label(Some(false))));
}
