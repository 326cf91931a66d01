//! Citations hold only what each paper prints, in APA 7 order, with gaps
//! stated beside them rather than inside. Checked study by study against the
//! data and against the source texts in `../shared/seeds/`.

use explorer_core::citation::{apa, apa_segments, bibtex, explorer_citation, gaps, html, plain_text, ris, Date, Segment};
use explorer_core::{Study, StudyId};

use std::io::Write;

use crate::dataset;

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The source texts, whitespace collapsed (and the markdown bold markers of
/// the Beijing title page removed), or `None` in a clone without
/// `../shared/seeds/` (as for the quotation check).
fn seeds() -> Option<Vec<(StudyId, String)>> {
    let seeds = crate::quotes::read_seeds(&crate::quotes::seeds_dir())?;
    Some(seeds.into_iter().map(|(id, text)| (id, normalise(&text.replace("**", "")))).collect())
}

/// Every bibliographic value of a study, as (field, value).
fn printed_fields(s: &Study) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&str, String)> = Vec::new();
    out.extend(s.title.iter().map(|t| ("title", t.clone())));
    out.extend(s.authors.iter().map(|a| ("author", a.clone())));
    out.extend(s.publisher.iter().map(|p| ("publisher", p.clone())));
    for (field, value) in [
        ("journal", &s.journal),
        ("series", &s.series),
        ("number", &s.number),
        ("volume", &s.volume),
        ("issue", &s.issue),
        ("pages", &s.pages),
        ("article_number", &s.article_number),
        ("doi", &s.doi),
        ("url", &s.url),
    ] {
        out.extend(value.iter().map(|v| (field, v.clone())));
    }
    out.extend(s.licence.iter().map(|l| ("licence", l.text.clone())));
    out.extend(s.rights.iter().map(|r| ("rights", r.text.clone())));
    if s.year_printed {
        out.push(("year", s.year.to_string()));
    }
    out
}

#[test]
fn every_bibliographic_field_is_printed_in_its_paper() {
    let Some(seeds) = seeds() else {
        let _ = writeln!(std::io::stderr(), "bibliographic check skipped: the source texts are not in ../shared/seeds");
        return;
    };
    let mut missing = Vec::new();
    for (id, text) in &seeds {
        let id = *id;
        for (field, value) in printed_fields(dataset().study(id)) {
            if !text.contains(&normalise(&value)) {
                missing.push(format!("{id} {field}: {value:?}"));
            }
        }
    }
    assert!(missing.is_empty(), "not printed in the paper:\n{}", missing.join("\n"));
}

#[test]
fn citations_carry_no_gap_text() {
    for id in StudyId::ALL {
        let s = dataset().study(id);
        for (format, text) in [("APA", apa(s)), ("RIS", ris(s)), ("BibTeX", bibtex(s))] {
            let lower = text.to_lowercase();
            assert!(!lower.contains("not printed") && !lower.contains("missing") && !lower.contains("unknown"), "{id} {format}: {text}");
            assert!(!text.contains('['), "{id} {format} has a bracketed insertion: {text}");
        }
    }
}

/// Checks the exact APA text of one study (a snapshot of the layout).
fn check_apa(id: StudyId, expected: &str) {
    assert_eq!(apa(dataset().study(id)), expected);
}

#[test]
fn apa_follows_apa_7_for_each_kind_of_work() {
    check_apa(
        StudyId::SmallGiants,
        "Zhang, L., Chen, P., & Lv, X. (2023). Sustainable Innovation Model for Science and Technology-Based SMEs: Evidence from China. https://doi.org/10.22158/ibes.v5n2p1",
    );
    check_apa(StudyId::HaierHuawei, "E3S Web of Conferences, 214, Article 02001. (2020). https://doi.org/10.1051/e3sconf/202021402001");
    check_apa(
        StudyId::KunmingSem,
        "Tian, F., Tepratuangtip, P., Siraphatthada, Y., & Phusalux, J. (n.d.). INTER-ORGANIZATIONAL LEARNING, KNOWLEDGE MANAGEMENT, INNOVATION CAPABILITIES & PERFORMANCE IN TECH SMES, KUNMING.",
    );
    check_apa(
        StudyId::BeijingSmes,
        "Lin, J., & Plechero, M. (2019). Global innovation networks for Chinese high tech small and medium enterprises: the supportive role of highly skilled migrants and returnees (Papers in Innovation Studies, Paper no. 2019/05). Centre for Innovation, Research and Competence in the Learning Economy (CIRCLE), Lund University. http://www.circle.lu.se/publications",
    );
}

#[test]
fn apa_keeps_the_order_author_date_title_source_link() {
    for id in StudyId::ALL {
        let s = dataset().study(id);
        let text = apa(s);
        let date = if s.year_printed { format!("({})", s.year) } else { "(n.d.)".to_string() };
        let mut order: Vec<(&str, Option<usize>)> = Vec::new();
        if let Some(first) = s.authors.first() {
            order.push(("author", first.split_whitespace().last().and_then(|family| text.find(family))));
        }
        order.push(("date", text.find(&date)));
        if let Some(title) = &s.title {
            order.push(("title", text.find(title.as_str())));
        }
        if let Some(source) = s.journal.as_ref().or(s.series.as_ref()) {
            order.push(("source", text.find(source.as_str())));
        }
        if let Some(link) = s.doi.as_ref().or(s.url.as_ref()) {
            order.push(("link", text.find(link.as_str())));
        }
        assert!(order.iter().all(|(_, at)| at.is_some()), "{id}: every printed element appears: {order:?} in {text}");
        // APA moves the title, or else the source, into the place of a missing author.
        // The date then follows that first element.
        if s.authors.is_empty() {
            let date = order.remove(0);
            order.insert(1, date);
        }
        let positions: Vec<usize> = order.iter().filter_map(|(_, at)| *at).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{id}: APA order {order:?} in {text}");
    }
}

#[test]
fn italics_mark_the_periodical_or_the_stand_alone_title() {
    for id in StudyId::ALL {
        let s = dataset().study(id);
        let segments = apa_segments(s);
        let italic: Vec<&str> = segments.iter().filter_map(|seg| if let Segment::Italic(t) = seg { Some(t.as_str()) } else { None }).collect();
        match (&s.journal, &s.title) {
            (Some(journal), _) => {
                assert!(italic.iter().any(|t| t.starts_with(journal.as_str())), "{id}: journal in italics: {segments:?}");
                if let Some(title) = &s.title {
                    assert!(!italic.iter().any(|t| t.contains(title.as_str())), "{id}: an article title is not in italics");
                }
            }
            (None, Some(title)) => assert!(italic.iter().any(|t| t.contains(title.as_str())), "{id}: title in italics: {segments:?}"),
            (None, None) => {}
        }
        assert_eq!(plain_text(&segments), apa(s));
        let markup = html(&segments);
        assert_eq!(markup.matches("<i>").count(), italic.len(), "{id}: {markup}");
        if let Some(link) = s.doi.as_ref().map(|d| format!("https://doi.org/{d}")).or(s.url.clone()) {
            assert!(markup.contains(&format!("<a href=\"{link}\">{link}</a>")), "{id}: {markup}");
        }
    }
    // The Kunming title's ampersand is escaped in HTML.
    assert!(html(&apa_segments(dataset().study(StudyId::KunmingSem))).contains("CAPABILITIES &amp; PERFORMANCE"));
}

/// Parses a RIS record into (tag, value) pairs, checking the line format.
fn parse_ris(record: &str) -> Vec<(String, String)> {
    assert!(record.ends_with("ER  - \r\n"), "ends with ER: {record}");
    let lines: Vec<&str> = record.strip_suffix("\r\n").unwrap_or(record).split("\r\n").collect();
    lines
        .iter()
        .map(|line| {
            let (tag, value) = line.split_once("  - ").unwrap_or_else(|| panic!("RIS line {line:?}"));
            assert!(tag.len() == 2 && tag.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()), "tag {tag:?}");
            (tag.to_string(), value.to_string())
        })
        .collect()
}

#[test]
fn ris_records_carry_each_printed_field() {
    for id in StudyId::ALL {
        let s = dataset().study(id);
        let record = ris(s);
        let fields = parse_ris(&record);
        assert_eq!(fields.first().map(|(t, _)| t.as_str()), Some("TY"), "{id}");
        assert_eq!(fields.last().map(|(t, _)| t.as_str()), Some("ER"), "{id}");
        let values = |tag: &str| fields.iter().filter(|(t, _)| t == tag).map(|(_, v)| v.clone()).collect::<Vec<_>>();
        let authors: Vec<String> = s
            .authors
            .iter()
            .map(|a| {
                let (given, family) = a.rsplit_once(' ').unwrap_or(("", a));
                format!("{family}, {given}")
            })
            .collect();
        assert_eq!(values("AU"), authors, "{id}");
        assert_eq!(values("TI"), s.title.iter().cloned().collect::<Vec<_>>(), "{id}");
        assert_eq!(values("PY"), if s.year_printed { vec![s.year.to_string()] } else { vec![] }, "{id}");
        assert_eq!(values("DO"), s.doi.iter().cloned().collect::<Vec<_>>(), "{id}");
        assert_eq!(values("T2"), s.journal.iter().chain(&s.series).cloned().collect::<Vec<_>>(), "{id}");
        assert_eq!(values("SN"), s.number.iter().cloned().collect::<Vec<_>>(), "{id}");
        let expected_type = if s.journal.is_some() { "JOUR" } else if s.series.is_some() { "RPRT" } else { "GEN" };
        assert_eq!(values("TY"), [expected_type], "{id}");
    }
}

/// Parses the fields of one BibTeX entry, checking braces balance.
fn parse_bibtex(entry: &str) -> (String, Vec<(String, String)>) {
    let mut depth = 0i32;
    for c in entry.chars() {
        depth += match c {
            '{' => 1,
            '}' => -1,
            _ => 0,
        };
        assert!(depth >= 0, "unbalanced: {entry}");
    }
    assert_eq!(depth, 0, "unbalanced: {entry}");
    let (head, body) = entry.split_once(",\n").unwrap_or_else(|| panic!("entry head: {entry}"));
    let fields = body
        .trim_end_matches('}')
        .lines()
        .map(|line| {
            let (name, value) = line.trim().trim_end_matches(',').split_once(" = ").unwrap_or_else(|| panic!("field {line:?}"));
            (name.to_string(), value.trim_start_matches('{').trim_end_matches('}').to_string())
        })
        .collect();
    (head.to_string(), fields)
}

#[test]
fn bibtex_entries_carry_each_printed_field() {
    for id in StudyId::ALL {
        let s = dataset().study(id);
        let (head, fields) = parse_bibtex(&bibtex(s));
        let kind = if s.journal.is_some() { "@article" } else if s.series.is_some() { "@techreport" } else { "@misc" };
        assert_eq!(head, format!("{kind}{{{id}"));
        let get = |name: &str| fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.replace("\\&", "&"));
        assert_eq!(get("title"), s.title.clone(), "{id}");
        assert_eq!(get("author"), (!s.authors.is_empty()).then(|| s.authors.join(" and ")), "{id}");
        assert_eq!(get("year"), s.year_printed.then(|| s.year.to_string()), "{id}");
        assert_eq!(get("doi"), s.doi.clone(), "{id}");
        assert_eq!(get("journal"), s.journal.clone(), "{id}");
        assert_eq!(get("type"), s.series.clone(), "{id}");
        assert!(!fields.iter().any(|(_, v)| v.contains('&') && !v.contains("\\&")), "{id}: & is escaped");
    }
}

#[test]
fn gaps_are_stated_beside_the_citation() {
    let gap_text = |id| gaps(dataset().study(id)).join(" ");
    assert!(gap_text(StudyId::HaierHuawei).contains("no author names and no title"));
    assert!(gap_text(StudyId::KunmingSem).contains("no publication year"));
    assert!(gap_text(StudyId::KunmingSem).contains("no DOI or URL"));
    assert!(gap_text(StudyId::SmallGiants).contains("no journal"));
    assert_eq!(gap_text(StudyId::BeijingSmes), "", "the Beijing paper prints everything APA needs");
    // Every study without a printed year or title has a gap for it, derived from the data.
    for id in StudyId::ALL {
        let s = dataset().study(id);
        assert_eq!(!s.year_printed, gap_text(id).contains("year"), "{id}");
        assert_eq!(s.title.is_none(), gap_text(id).contains("no title"), "{id}");
    }
}

#[test]
fn the_beijing_citation_carries_its_series_and_number() {
    let s = dataset().study(StudyId::BeijingSmes);
    for text in [apa(s), ris(s), bibtex(s)] {
        assert!(text.contains("Papers in Innovation Studies") && text.contains("Paper no. 2019/05"), "{text}");
    }
}

#[test]
fn the_haier_paper_prints_a_cc_by_licence() {
    let licence = dataset().study(StudyId::HaierHuawei).licence.as_ref().expect("a licence");
    assert!(licence.text.contains("Creative Commons Attribution License 4.0"));
    assert!(licence.text.contains("EDP Sciences"));
    for id in [StudyId::SmallGiants, StudyId::KunmingSem, StudyId::BeijingSmes] {
        assert!(dataset().study(id).licence.is_none(), "{id} prints no licence");
    }
}

#[test]
fn the_explorer_cites_itself_with_version_url_and_access_date() {
    let url = "https://example.org/explorer/#/trace/b3?x=1&y=2";
    let cite = explorer_citation("1.2.3", url, Date { year: 2026, month: 11, day: 5 });
    let text = plain_text(&cite.apa);
    assert_eq!(text, format!("SME Innovation Explorer (Version 1.2.3) [Web application]. (n.d.). Retrieved November 5, 2026, from {url}"));
    assert_eq!(cite.apa.first(), Some(&Segment::Italic("SME Innovation Explorer".into())));
    assert!(html(&cite.apa).contains("x=1&amp;y=2"));
    let ris = parse_ris(&cite.ris);
    assert!(ris.contains(&("TY".into(), "COMP".into())) && ris.contains(&("ET".into(), "1.2.3".into())));
    assert!(ris.contains(&("UR".into(), url.into())) && ris.contains(&("Y2".into(), "2026/11/05".into())));
    let (head, fields) = parse_bibtex(&cite.bibtex);
    assert_eq!(head, "@software{sme-innovation-explorer");
    assert!(fields.contains(&("urldate".into(), "2026-11-05".into())) && fields.contains(&("version".into(), "1.2.3".into())));
    // A month out of range does not panic.
    assert!(Date { year: 2026, month: 13, day: 1 }.long().starts_with("December"));
}
