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
        assert!(state.warnings.iter().all(|w| w.message(explorer_core::i18n::EN).chars().count() < 200));
        assert!(state.warnings.iter().all(|w| w.message(explorer_core::i18n::ZH).chars().count() < 200));
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

#[test]
fn in_page_sections_are_routes() {
    let check_section = |hash: &str, route: Route, section: Option<&str>, warnings: usize| {
        let state = parse(hash);
        assert_eq!((state.route, state.section.as_deref(), state.warnings.len()), (route, section, warnings), "{hash}");
    };
    let kunming = || Route::Study("kunming-sem".into());
    check_section("#/study/kunming-sem/effects", kunming(), Some("effects"), 0);
    check_section("#/study/kunming-sem/effects?embed=1", kunming(), Some("effects"), 0);
    check_section("#/study/kunming-sem", kunming(), None, 0);
    check_section("#/themes/rd-talent", Route::Themes, Some("rd-talent"), 0);
    // A section name must be usable as an element id; otherwise the view opens at its top.
    check_section("#/themes/a%20b", Route::Themes, None, 1);
    check_section("#/study//effects", Route::NotFound("/study//effects".into()), None, 0);
    check_section("#/trace/b3/effects", Route::Trace("b3/effects".into()), None, 0);
    assert_eq!(kunming().section_hash("effects"), "#/study/kunming-sem/effects");
    assert_eq!(Route::Themes.section_hash("open-innovation"), "#/themes/open-innovation");
    assert_eq!(Route::Firm("CF7".into()).section_hash("x"), "#/firm/CF7");
    for hash in ["#/study/kunming-sem/effects", "#/themes/rd-talent"] {
        let state = parse(hash);
        assert_eq!(state.route.section_hash(state.section.as_deref().unwrap_or_default()), hash);
    }
}

#[test]
fn search_route_keeps_its_query() {
    check("#/search", Route::Search(String::new()), false, 0);
    check("#/search?q=a7", Route::Search("a7".into()), false, 0);
    check("#/search?q=R%26D%20team&embed=1", Route::Search("R&D team".into()), true, 0);
    check("#/search?x=1", Route::Search(String::new()), false, 1);
    for query in ["a7", "R&D = 5%?", "团队", ""] {
        let route = Route::Search(query.into());
        assert_eq!(parse(&route.to_hash()).route, route, "{}", route.to_hash());
    }
    assert_eq!(Route::Search("a7".into()).title(explorer_core::i18n::EN), "Search: a7");
    assert_eq!(Route::Search("a7".into()).title(explorer_core::i18n::ZH), "搜索：a7");
}

#[test]
fn in_app_links_keep_the_embed_parameter() {
    use explorer_core::route::{carry_params, is_app_link};
    let embedded = parse("#/trace/a13?embed=1");
    let plain = parse("#/trace/a13");
    let cases = [
        ("#/trace/C1", &embedded, "#/trace/C1?embed=1"),
        ("#/firms?study_abroad=yes", &embedded, "#/firms?study_abroad=yes&embed=1"),
        ("#/firms?embed=0", &embedded, "#/firms?embed=0"),
        ("#/study/kunming-sem/effects", &embedded, "#/study/kunming-sem/effects?embed=1"),
        ("#/trace/C1", &plain, "#/trace/C1"),
    ];
    for (target, current, expected) in cases {
        let carried = carry_params(target, current);
        assert_eq!(carried, expected, "{target}");
        assert_eq!(parse(&carried).embed, current.embed && !target.contains("embed=0"), "{target}");
    }
    assert!(is_app_link("#/firms"));
    for href in ["#main", "dataset.json", "https://doi.org/10.1", "data/codes.csv", ""] {
        assert!(!is_app_link(href), "{href}");
    }
}
