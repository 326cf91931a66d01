//! Figures for slides: every diagram as standalone SVG that parses as XML,
//! with the SVG namespace, a viewBox, a <title> that is the view's title,
//! the source line and the permalink as text, and every label from the data.

use explorer_core::figures::{chains, hr_matrix, model, paths, short_citation, source_line, timeline, Frame};
use explorer_core::StudyId;

fn check(svg: &str, title: &str, must_contain: &[String]) {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{title}: not XML: {e}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some("http://www.w3.org/2000/svg"), "{title}");
    assert!(root.attribute("viewBox").is_some_and(|v| v.starts_with("0 0 ")), "{title}: a viewBox");
    let first = root.children().find(|n| n.is_element()).expect("children");
    assert_eq!((first.tag_name().name(), first.text()), ("title", Some(title)), "the <title> is the view's title");
    let texts: Vec<&str> = doc.descendants().filter(|n| n.tag_name().name() == "text").filter_map(|n| n.text()).collect();
    for needed in must_contain {
        assert!(texts.iter().any(|t| t.contains(needed.as_str())), "{title}: a text holds {needed:?}");
    }
    assert!(svg.contains("font-family=\"system-ui"), "a system font stack");
    assert!(svg.contains("fill=\"#ffffff\""), "a light page whatever the scheme");
}

fn frame<'a>(title: &'a str, source: String) -> Frame<'a> {
    Frame { title, source, permalink: "https://example.org/explorer/#/study/kunming-sem" }
}

#[test]
fn every_figure_stands_on_its_own() {
    let d = crate::dataset();
    let k = &d.sources.kunming;
    let source = source_line(d, StudyId::KunmingSem, "Table 7");
    let svg = paths(d, &frame("Structural model", source.clone()));
    let mut needed: Vec<String> = k.structural_path.iter().map(|p| format!("{}{}", p.std, p.p)).collect();
    needed.extend([source, "https://example.org/explorer/#/study/kunming-sem".to_string()]);
    check(&svg, "Structural model", &needed);

    let svg = model(d, &frame("The sustainable innovation model", source_line(d, StudyId::SmallGiants, "Tables 3 and 4")));
    let needed: Vec<String> = d.codes_at(explorer_core::Level::Category).filter(|c| c.study == StudyId::SmallGiants).map(|c| format!("{} {}", c.id, c.label)).collect();
    check(&svg, "The sustainable innovation model", &needed);

    let svg = timeline(d, &frame("Dated milestones", source_line(d, StudyId::HaierHuawei, "Section 4")));
    let needed: Vec<String> = d.sources.haier_huawei.milestone.iter().map(|m| m.year.to_string()).collect();
    check(&svg, "Dated milestones", &needed);

    let svg = hr_matrix(d, &frame("Table 1", source_line(d, StudyId::BeijingSmes, "Table 1")));
    let mut needed: Vec<String> = d.sources.beijing.firm.iter().map(|f| f.id.clone()).collect();
    needed.extend(d.sources.beijing.hr_row.iter().map(|r| r.label.clone()));
    check(&svg, "Table 1", &needed);
    let marks = svg.matches('✓').count();
    let expected: usize = d.sources.beijing.hr_row.iter().map(|r| r.marked.len()).sum();
    assert_eq!(marks, expected, "one mark per X the table prints");

    let svg = chains(d, "a13", &frame("Trace a13", source_line(d, StudyId::SmallGiants, "Appendix 2")));
    check(&svg, "Trace a13", &["a13 Industry experts".to_string(), "C1 ".to_string(), "C2 ".to_string()]);
}

#[test]
fn titles_and_sources_are_escaped_and_short_citations_follow_the_authors() {
    let d = crate::dataset();
    let svg = paths(d, &frame("<script> & \"quotes\"", "Source: x < y".to_string()));
    roxmltree::Document::parse(&svg).expect("escaped text stays XML");
    assert!(svg.contains("&lt;script&gt; &amp;"));
    for id in StudyId::ALL {
        let study = d.study(id);
        let cite = short_citation(study);
        assert!(cite.ends_with(')'), "{cite}");
        if let Some(first) = study.authors.first() {
            assert!(cite.starts_with(first.split_whitespace().last().unwrap_or_default()), "{cite}");
        }
        if !study.year_printed {
            assert!(cite.ends_with("(n.d.)"), "{cite}");
        }
    }
}
