//! URL state: parsing, warnings, and round trips.

use explorer_core::filter::{Facet, FirmQuery};
use explorer_core::route::{parse, Route};
use explorer_core::{HrAttribute, StudyId};

fn check(hash: &str, route: Route, embed: bool, warnings: usize) {
    let state = parse(hash);
    assert_eq!(state.route, route, "{hash}");
    assert_eq!(state.embed, embed, "{hash}");
    assert_eq!(state.warnings.len(), warnings, "{hash}: {:?}", state.warnings);
}

#[test]
fn parses_every_view() {
    check("", Route::Home, false, 0);
    check("#/", Route::Home, false, 0);
    check("#/trace", Route::TraceIndex, false, 0);
    check("#/trace/b3", Route::Trace("b3".into()), false, 0);
    check("#/trace/b3?embed=1", Route::Trace("b3".into()), true, 0);
    check("#/trace/a%2013", Route::Trace("a 13".into()), false, 0);
    check("#/firms", Route::Firms(FirmQuery::default()), false, 0);
    check("#/firm/CF7", Route::Firm("CF7".into()), false, 0);
    check("#/study/kunming-sem", Route::Study("kunming-sem".into()), false, 0);
    check("#/data", Route::Data, false, 0);
    check("#/themes", Route::Themes, false, 0);
    check("#/nowhere", Route::NotFound("/nowhere".into()), false, 0);
    check("#nowhere", Route::NotFound("nowhere".into()), false, 0);
}

#[test]
fn parses_the_firm_filter_contract() {
    let state = parse("#/firms?personal_connections=yes&study_abroad=no&study=beijing-smes&q=text");
    let expected = FirmQuery::default()
        .with_facet(HrAttribute::PersonalConnections, Facet::Present)
        .with_facet(HrAttribute::StudyAbroad, Facet::Absent)
        .with_study(Some(StudyId::BeijingSmes))
        .with_text("text");
    assert_eq!(state.route, Route::Firms(expected));
    assert!(state.warnings.is_empty());
}

#[test]
fn bad_parameters_are_ignored_with_a_warning_and_the_rest_applies() {
    let state = parse("#/firms?study_abroad=maybe&colour=red&work_abroad=yes&study=nowhere&work_abroad=no");
    let expected = FirmQuery::default().with_facet(HrAttribute::WorkAbroad, Facet::Present);
    assert_eq!(state.route, Route::Firms(expected));
    assert_eq!(state.warnings.len(), 4, "{:?}", state.warnings);
    check("#/trace/b3?x=1", Route::Trace("b3".into()), false, 1);
}

#[test]
fn routes_round_trip_through_their_hash() {
    let routes = [
        Route::Home,
        Route::TraceIndex,
        Route::Trace("a13".into()),
        Route::Trace("odd code/?&#%".into()),
        Route::Firm("CF7".into()),
        Route::Study("beijing-smes".into()),
        Route::Data,
        Route::Themes,
        Route::Firms(
            FirmQuery::default()
                .with_facet(HrAttribute::ForeignOrigin, Facet::Absent)
                .with_study(Some(StudyId::SmallGiants))
                .with_text("R&D = 5%?"),
        ),
    ];
    for route in routes {
        assert_eq!(parse(&route.to_hash()).route, route, "{}", route.to_hash());
    }
}

#[test]
fn malformed_urls_never_panic_and_stay_bounded() {
    let long = "%".repeat(20_000);
    let inputs = [
        "#/trace/%", "#/trace/%E4", "#/firms?&&&=&=", "#/firms?q=%ZZ", "#?", "#//", "#/trace//", &long,
        "#/firms?study_abroad=yes&study_abroad=yes&study_abroad=no", "#/\u{202e}", "#/firm/",
    ];
    for input in inputs {
        let state = parse(input);
        if let Route::Trace(code) | Route::Firm(code) | Route::Study(code) | Route::NotFound(code) = &state.route {
            assert!(code.chars().count() <= 200, "{input}");
        }
        assert!(state.warnings.iter().all(|w| w.chars().count() < 200));
    }
}

#[test]
fn record_references_link_to_their_view() {
    let check = |reference: &str, hash: &str| assert_eq!(Route::for_record(StudyId::KunmingSem, reference).to_hash(), hash, "{reference}");
    check("code:b3", "#/trace/b3");
    check("item:IL6", "#/trace/IL6");
    check("construct:KM", "#/trace/KM");
    check("firm:CF11", "#/firm/CF11");
    check("hypothesis:H4", "#/study/kunming-sem");
    check("study:beijing-smes", "#/study/beijing-smes");
}
