//! Themes across studies: supporting and contrasting evidence is read and
//! validated, and every record a theme or note names has a name a reader
//! understands and a link.

use explorer_core::load::themes_from_text;
use explorer_core::model::Evidence;
use explorer_core::route::Route;
use explorer_core::validate::check;
use explorer_core::{Dataset, StudyId};

use crate::dataset;

/// A one-link theme in TOML, with `extra` added to the link.
fn one_link_theme(extra: &str) -> String {
    format!(
        "[[theme]]\nid = \"t\"\ntitle = \"T\"\nsummary = \"S\"\n\n[[theme.link]]\nstudy = \"small-giants\"\n{extra}text = \"x\"\nquote = \"y\"\nsource = \"z\"\n"
    )
}

#[test]
fn evidence_is_supporting_unless_the_file_says_contrasts() {
    let check = |extra: &str, expected: Evidence| {
        let themes = themes_from_text(&one_link_theme(extra)).unwrap_or_else(|e| panic!("{extra}: {e:?}"));
        assert_eq!(themes.theme[0].link[0].evidence, expected, "{extra}");
    };
    check("", Evidence::Supports);
    check("evidence = \"supports\"\n", Evidence::Supports);
    check("evidence = \"contrasts\"\n", Evidence::Contrasts);
    for kind in Evidence::ALL {
        check(&format!("evidence = \"{}\"\n", kind.key()), kind);
    }
}

#[test]
fn an_unknown_evidence_kind_fails_naming_the_file_and_the_record() {
    let errors = themes_from_text(&one_link_theme("evidence = \"contrast\"\n")).expect_err("\"contrast\" is not a kind");
    let message = errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
    assert!(message.contains("data/themes.toml"), "{message}");
    assert!(message.contains("[[theme.link]]"), "{message}");
    assert!(message.contains("contrast"), "{message}");
}

/// The links the papers' words set against their themes (issue 18): the
/// Haier–Huawei passage on ending the dependence on foreign technology.
#[test]
fn links_against_their_theme_are_contrasting_evidence() {
    let themes = &dataset().sources.themes.theme;
    let contrasting: Vec<(&str, StudyId, &str)> = themes
        .iter()
        .flat_map(|t| t.link.iter().map(move |l| (t, l)))
        .filter(|(_, l)| l.evidence == Evidence::Contrasts)
        .map(|(t, l)| (t.id.as_str(), l.study, l.quote.as_str()))
        .collect();
    assert_eq!(
        contrasting,
        [("international-linkages", StudyId::HaierHuawei, "aiming to get rid of the dependence on foreign technology")]
    );
}

/// The real data with `edit` applied to its themes, then validated.
fn theme_problems_after(edit: impl Fn(&mut Vec<explorer_core::model::Theme>)) -> Vec<String> {
    let mut sources = dataset().sources.clone();
    edit(&mut sources.themes.theme);
    check(&Dataset::new(sources)).iter().map(ToString::to_string).collect()
}

#[test]
fn contrasting_links_do_not_count_towards_the_two_studies_a_theme_needs() {
    let theme = "international-linkages";
    let problem = "supporting links from at least two studies";
    // As it stands the theme has supporting links from three studies.
    assert!(theme_problems_after(|_| {}).is_empty());
    // Turning every link but the small giants' into a contrast leaves one.
    let problems = theme_problems_after(|themes| {
        for t in themes.iter_mut().filter(|t| t.id == theme) {
            for link in t.link.iter_mut().filter(|l| l.study != StudyId::SmallGiants) {
                link.evidence = Evidence::Contrasts;
            }
        }
    });
    assert!(
        problems.iter().any(|p| p.contains("data/themes.toml") && p.contains(theme) && p.contains(problem)),
        "{problems:#?}"
    );
    // Marking only the Beijing links as contrasting still leaves two studies.
    let problems = theme_problems_after(|themes| {
        for t in themes.iter_mut().filter(|t| t.id == theme) {
            for link in t.link.iter_mut().filter(|l| l.study == StudyId::BeijingSmes) {
                link.evidence = Evidence::Contrasts;
            }
        }
    });
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn theme_links_name_records_of_their_own_study_only() {
    // `criterion:` names a small-giants record; a Beijing link cannot name it.
    let problems = theme_problems_after(|themes| {
        let link = themes.iter_mut().flat_map(|t| t.link.iter_mut()).find(|l| l.study == StudyId::BeijingSmes);
        link.expect("a Beijing link").records.push("criterion:rd_personnel".into());
    });
    assert!(
        problems.iter().any(|p| p.contains("names criterion:rd_personnel, which is not in beijing-smes")),
        "{problems:#?}"
    );
}

#[test]
fn record_names_are_what_a_reader_understands() {
    let d = dataset();
    let check = |study: StudyId, reference: &str, expected: &str| {
        assert_eq!(d.record_name(study, reference), expected, "{study} {reference}");
    };
    use StudyId::*;
    check(SmallGiants, "code:b3", "b3 R&D team building");
    check(SmallGiants, "code:C3", "C3 Innovation base");
    check(SmallGiants, "criterion:rd_personnel", "R&D personnel ratio over 15%");
    check(SmallGiants, "excerpt:17", "Appendix 1, passage 17");
    check(SmallGiants, "stated_count:initial_category", "22 initial categories, as stated in Section 4");
    check(SmallGiants, "firm:ZXSK", "ZXSK");
    check(SmallGiants, "study:small-giants", "Small giants");
    check(KunmingSem, "construct:IC", "IC Innovation Capabilities of Knowledge workers");
    check(KunmingSem, "structural_path:IL->IC", "IL → IC");
    check(KunmingSem, "hypothesis:H2", "H2");
    check(KunmingSem, "sample_row:Enterprise scale", "Table 1, Enterprise scale");
    check(HaierHuawei, "firm:Huawei", "Huawei");
    check(HaierHuawei, "milestone:Huawei/2006", "Huawei, 2006");
    check(HaierHuawei, "stage:Haier/After take part in the network", "After take part in the network");
    check(HaierHuawei, "innovation_path:employee-incentives", "Incentives for employee innovation");
    check(BeijingSmes, "hr_row:personal_connections", "Personal connections favoring international linkages");
    check(BeijingSmes, "mechanism:new-linkages", "Building new international linkages");
    check(BeijingSmes, "study:haier-huawei", "Haier and Huawei");
    // Anything that names nothing comes back as given.
    for unknown in [
        "code:zz9", "code:IL6", "excerpt:0", "excerpt:999", "excerpt:x", "criterion:rd_personnel ", "structural_path:IL-IC",
        "milestone:Huawei/1900", "stage:Haier", "nonsense", "", ":", "code:", "unknown_kind:b3", "CODE:b3",
    ] {
        check(SmallGiants, unknown, unknown);
    }
    // References name records of their own study.
    check(HaierHuawei, "criterion:rd_personnel", "criterion:rd_personnel");
    check(BeijingSmes, "code:b3", "code:b3");
    check(SmallGiants, "hypothesis:H2", "hypothesis:H2");
}

#[test]
fn codes_items_dimensions_and_constructs_are_named_by_id_and_label() {
    let d = dataset();
    for code in &d.codes {
        let kind = match code.level {
            explorer_core::Level::Item => "item",
            explorer_core::Level::Dimension => "dimension",
            explorer_core::Level::Construct => "construct",
            _ => "code",
        };
        let reference = format!("{kind}:{}", code.id);
        assert_eq!(d.record_name(code.study, &reference), format!("{} {}", code.id, code.label));
    }
}

/// Every record a theme link or a note names: (study, reference).
fn named_records() -> Vec<(StudyId, String)> {
    let d = dataset();
    let from_themes = d.sources.themes.theme.iter().flat_map(|t| t.link.iter()).flat_map(|l| l.records.iter().map(move |r| (l.study, r.clone())));
    let from_notes = d.all_notes().flat_map(|(study, n)| n.records.iter().map(move |r| (study, r.clone())));
    from_themes.chain(from_notes).collect()
}

#[test]
fn every_named_record_has_a_name_that_is_not_an_internal_reference() {
    let d = dataset();
    let records = named_records();
    assert!(records.len() > 100, "themes and notes name records");
    for (study, reference) in records {
        let (kind, id) = reference.split_once(':').expect("kind:id");
        // An id_gap note may name a code that is not printed: that is the gap.
        if kind == "code" && d.code(id).is_none() {
            continue;
        }
        let name = d.find_record_name(study, &reference).unwrap_or_else(|| panic!("{study} {reference} has no name"));
        assert_ne!(name, reference);
        assert!(!name.contains("->"), "{reference}: {name}");
        assert!(name.parse::<u64>().is_err(), "{reference} is named by a bare number: {name}");
        // Firms and hypotheses are called by their printed ids; for the rest
        // the id is ours (a slug, a path, a position) and no name.
        if !matches!(kind, "firm" | "hypothesis") {
            assert_ne!(name, id, "{reference}");
        }
    }
}

#[test]
fn record_links_open_where_the_record_is_shown() {
    let d = dataset();
    let check = |study: StudyId, reference: &str, expected: &str| {
        assert_eq!(d.record_link(study, reference), expected, "{study} {reference}");
    };
    use StudyId::*;
    check(SmallGiants, "code:b3", "#/trace/b3");
    check(SmallGiants, "excerpt:17", "#/study/small-giants/passage-17");
    check(SmallGiants, "criterion:rd_personnel", "#/study/small-giants/firms");
    check(SmallGiants, "firm:ZXSK", "#/firm/ZXSK");
    check(SmallGiants, "study:small-giants", "#/study/small-giants");
    check(KunmingSem, "construct:IC", "#/trace/IC");
    check(KunmingSem, "structural_path:IL->IC", "#/study/kunming-sem/structural");
    check(KunmingSem, "hypothesis:H2", "#/study/kunming-sem/hypotheses");
    check(KunmingSem, "sample_row:Enterprise scale", "#/study/kunming-sem/sample");
    check(HaierHuawei, "milestone:Huawei/2006", "#/study/haier-huawei/milestones");
    check(HaierHuawei, "stage:Haier/After take part in the network", "#/study/haier-huawei/milestones");
    check(HaierHuawei, "innovation_path:employee-incentives", "#/study/haier-huawei/path-employee-incentives");
    check(BeijingSmes, "hr_row:personal_connections", "#/study/beijing-smes/table1");
    check(BeijingSmes, "mechanism:new-linkages", "#/study/beijing-smes/mechanisms");
    check(BeijingSmes, "firm:CF10", "#/firm/CF10");
    // Unknown references open their study's page.
    check(SmallGiants, "excerpt:999", "#/study/small-giants");
    check(SmallGiants, "excerpt:x", "#/study/small-giants");
    check(HaierHuawei, "innovation_path:nowhere", "#/study/haier-huawei");
    check(KunmingSem, "nonsense", "#/study/kunming-sem");
}

#[test]
fn every_record_link_is_a_route_of_the_app() {
    let d = dataset();
    for (study, reference) in named_records() {
        let link = d.record_link(study, &reference);
        let state = explorer_core::route::parse(&link);
        assert!(!matches!(state.route, Route::NotFound(_)), "{reference}: {link}");
        assert!(state.warnings.is_empty(), "{reference}: {link}: {:?}", state.warnings);
        assert_eq!(state.route.to_hash().len() < link.len(), state.section.is_some(), "{reference}: {link}");
    }
}
