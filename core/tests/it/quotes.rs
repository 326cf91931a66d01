//! Every quotation in the data appears verbatim in its paper. The source
//! texts are read from `../shared/seeds/` beside the repository; a clone
//! without them skips the check with one line saying so.

use std::io::Write;
use std::path::{Path, PathBuf};

use explorer_core::StudyId;

use crate::dataset;

/// Collapses whitespace, so that the papers' hard line breaks do not matter.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where the source texts live: `../shared/seeds/` beside the repository.
pub fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds")
}

/// The four source texts in `dir`, whitespace-normalised, or `None` if `dir`
/// does not exist (a clone without the papers). A directory that exists but
/// lacks a paper is an error, not a reason to skip.
pub fn read_seeds(dir: &Path) -> Option<Vec<(StudyId, String)>> {
    if !dir.is_dir() {
        return None;
    }
    let names: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list the source texts in {}: {e}", dir.display()))
        .flatten()
        .map(|entry| (entry.file_name().to_string_lossy().to_string(), entry.path()))
        .collect();
    let read = |study: StudyId| {
        let prefix = match study {
            StudyId::SmallGiants => "000_",
            StudyId::HaierHuawei => "001_",
            StudyId::KunmingSem => "002_",
            StudyId::BeijingSmes => "003_",
        };
        let (_, path) = names
            .iter()
            .find(|(name, _)| name.starts_with(prefix))
            .unwrap_or_else(|| panic!("no source text {prefix}* in {}", dir.display()));
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        (study, normalise(&text))
    };
    Some(StudyId::ALL.into_iter().map(read).collect())
}

/// What the quotation check did.
#[derive(Debug)]
enum Outcome {
    /// The source texts are absent; the one-line message says so.
    Skipped(String),
    /// The check ran; these quotations were not found verbatim.
    Checked { quotations: usize, missing: Vec<String> },
}

/// Checks every quotation against the source texts in `dir`.
fn check_quotations(dir: &Path) -> Outcome {
    let Some(texts) = read_seeds(dir) else {
        return Outcome::Skipped(format!(
            "skipped: the quotation check needs the source texts in {}, which is absent",
            dir.display()
        ));
    };
    let quotes = quotations();
    let count = quotes.len();
    let mut missing = Vec::new();
    for (study, place, quote) in quotes {
        let Some((_, text)) = texts.iter().find(|(s, _)| *s == study) else { continue };
        // A quotation may elide with "[...]" or "…"; each part must be there.
        for part in quote.split("[...]").flat_map(|p| p.split('…')).map(normalise).filter(|p| p.len() > 3) {
            if !text.contains(&part) {
                missing.push(format!("{study} {place}: \"{part}\""));
            }
        }
    }
    Outcome::Checked { quotations: count, missing }
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
    for r in &s.kunming.stated_range {
        add(StudyId::KunmingSem, format!("stated_range {}", r.construct), &r.quote);
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
    match check_quotations(&seeds_dir()) {
        // Written to stderr directly, so that it shows although the test
        // harness captures `println!` and `eprintln!` of passing tests.
        Outcome::Skipped(message) => {
            let _ = writeln!(std::io::stderr(), "{message}");
        }
        Outcome::Checked { quotations, missing } => {
            assert!(quotations > 50, "the data quotes its papers");
            assert!(missing.is_empty(), "not found verbatim in the paper:\n{}", missing.join("\n"));
        }
    }
}

#[test]
fn without_the_source_texts_the_check_skips_with_one_line() {
    let dir = std::env::temp_dir().join(format!("explorer-no-seeds-{}", std::process::id()));
    assert!(!dir.exists(), "{} should not exist", dir.display());
    match check_quotations(&dir) {
        Outcome::Skipped(message) => {
            assert!(message.contains(&dir.display().to_string()), "{message}");
            assert!(!message.contains('\n'), "one line: {message}");
        }
        other => panic!("expected a skip, got {other:?}"),
    }
}

#[test]
fn with_texts_that_lack_the_quotations_the_check_fails() {
    // Four stand-in papers that quote nothing: every quotation is reported.
    let dir = std::env::temp_dir().join(format!("explorer-empty-seeds-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    for prefix in ["000_", "001_", "002_", "003_"] {
        std::fs::write(dir.join(format!("{prefix}stand-in.txt")), "no quotation here").expect("stand-in paper");
    }
    let outcome = check_quotations(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    match outcome {
        Outcome::Checked { quotations, missing } => {
            assert!(missing.len() >= quotations, "{} of {quotations} reported", missing.len());
        }
        other => panic!("expected the check to run, got {other:?}"),
    }
}
