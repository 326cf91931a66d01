//! Every quotation in the data appears verbatim in its paper. The source
//! texts are read from `../shared/seeds/` beside the repository.

use explorer_core::StudyId;

use crate::dataset;

/// Collapses whitespace, so that the papers' hard line breaks do not matter.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn seed(study: StudyId) -> String {
    let prefix = match study {
        StudyId::SmallGiants => "000_",
        StudyId::HaierHuawei => "001_",
        StudyId::KunmingSem => "002_",
        StudyId::BeijingSmes => "003_",
    };
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the source texts are expected in {}: {e}", dir.display()));
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with(prefix) {
            return normalise(&std::fs::read_to_string(entry.path()).unwrap_or_default());
        }
    }
    panic!("no source text {prefix}* in {}", dir.display());
}

/// Every quotation with its study and where it sits in the data.
fn quotations() -> Vec<(StudyId, String, String)> {
    let s = &dataset().sources;
    let mut out = Vec::new();
    let mut add = |study, place: String, quote: &str| out.push((study, place, quote.to_string()));
    for c in &s.small_giants.criterion {
        add(StudyId::SmallGiants, format!("criterion {}", c.id), &c.text);
    }
    for (i, p) in s.small_giants.excerpt.iter().enumerate() {
        add(StudyId::SmallGiants, format!("excerpt {}", i + 1), &format!("{}{}", p.text, if p.annotation.is_empty() { String::new() } else { format!("({})", p.annotation) }));
    }
    for (study, counts) in [(StudyId::SmallGiants, &s.small_giants.stated_count), (StudyId::KunmingSem, &s.kunming.stated_count), (StudyId::BeijingSmes, &s.beijing.stated_count)] {
        for c in counts {
            add(study, format!("stated_count {}", c.what), &c.quote);
        }
    }
    for company in &s.haier_huawei.company {
        for f in company.fact.iter().filter_map(|f| f.quote.as_deref()) {
            add(StudyId::HaierHuawei, format!("company {}", company.id), f);
        }
    }
    for path in &s.haier_huawei.path {
        for q in path.evidence.iter().filter_map(|e| e.quote.as_deref()) {
            add(StudyId::HaierHuawei, format!("path {}", path.id), q);
        }
    }
    for h in &s.kunming.hypothesis {
        add(StudyId::KunmingSem, format!("hypothesis {}", h.id), &h.text);
    }
    for firm in &s.beijing.firm {
        for q in firm.fact.iter().filter_map(|f| f.quote.as_deref()) {
            add(StudyId::BeijingSmes, format!("firm {}", firm.id), q);
        }
    }
    for theme in &s.themes.theme {
        for link in &theme.link {
            add(link.study, format!("theme {}", theme.id), &link.quote);
        }
    }
    out
}

#[test]
fn every_quotation_appears_verbatim_in_its_paper() {
    let texts: Vec<(StudyId, String)> = StudyId::ALL.into_iter().map(|s| (s, seed(s))).collect();
    let mut missing = Vec::new();
    let quotes = quotations();
    assert!(quotes.len() > 50, "the data quotes its papers");
    for (study, place, quote) in quotes {
        let text = &texts.iter().find(|(s, _)| *s == study).expect("study").1;
        // A quotation may elide with "[...]" or "…"; each part must be there.
        for part in quote.split("[...]").flat_map(|p| p.split('…')).map(normalise).filter(|p| p.len() > 3) {
            if !text.contains(&part) {
                missing.push(format!("{study} {place}: \"{part}\""));
            }
        }
    }
    assert!(missing.is_empty(), "not found verbatim in the paper:\n{}", missing.join("\n"));
}
