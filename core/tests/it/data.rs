//! The real data validates, matches what the papers state, and broken data
//! fails with messages naming the file, the record and the problem.

use explorer_core::load::from_texts;
use explorer_core::validate::{check, count, findings, NoteKindKey};
use explorer_core::{Dataset, HrAttribute, Level, StudyId};

use crate::{data_texts, dataset};

fn problems_for(texts: &[String; 4]) -> Vec<String> {
    match from_texts(&texts[0], &texts[1], &texts[2], &texts[3]) {
        Ok(sources) => check(&Dataset::new(sources)).iter().map(ToString::to_string).collect(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// Applies `edit` to file `index` (StudyId::ALL order) and returns the problems.
fn problems_after(index: usize, edit: impl Fn(&str) -> String) -> Vec<String> {
    let mut texts = data_texts();
    let edited = edit(&texts[index]);
    assert_ne!(edited, texts[index], "the edit must change the file");
    texts[index] = edited;
    problems_for(&texts)
}

/// Asserts that some problem mentions every fragment.
fn assert_problem(problems: &[String], fragments: &[&str]) {
    assert!(
        problems.iter().any(|p| fragments.iter().all(|f| p.contains(f))),
        "no problem mentions all of {fragments:?}; problems were:\n{}",
        problems.join("\n")
    );
}

#[test]
fn real_data_has_no_problems() {
    let problems = check(dataset());
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
}

#[test]
fn grounded_theory_levels_have_the_printed_sizes() {
    let d = dataset();
    let count_at = |level| d.codes_at(level).filter(|c| c.study == StudyId::SmallGiants).count();
    // Tables 2–4 and Appendix 2: 148 distinct concepts (a1–a149 without a135),
    // 52 core themes, 22 initial categories, 9 categories, 3 core categories.
    assert_eq!(count_at(Level::Concept), 148);
    assert_eq!(count_at(Level::Theme), 52);
    assert_eq!(count_at(Level::InitialCategory), 22);
    assert_eq!(count_at(Level::Category), 9);
    assert_eq!(count_at(Level::CoreCategory), 3);
}

#[test]
fn ids_are_unique_per_level_and_labels_non_empty() {
    let d = dataset();
    let mut seen = std::collections::HashSet::new();
    for code in &d.codes {
        assert!(seen.insert((code.level, code.id.as_str())), "duplicate {}", code.id);
        assert!(!code.label.trim().is_empty(), "{} has an empty label", code.id);
    }
}

#[test]
fn every_code_reaches_the_top_of_its_scheme() {
    let d = dataset();
    for code in &d.codes {
        let trace = explorer_core::trace::trace(d, &code.id).expect("known code traces");
        assert!(!trace.chains.is_empty(), "{} has no chain", code.id);
        for chain in &trace.chains {
            let top = chain.last().expect("chain has its code");
            assert!(top.level.is_top(), "{} stops at {}", code.id, top.id);
            for pair in chain.windows(2) {
                assert_eq!(pair[0].level.parent(), Some(pair[1].level), "{} → {}", pair[0].id, pair[1].id);
                assert!(pair[1].children.contains(&pair[0].id), "{} is not a child of {}", pair[0].id, pair[1].id);
            }
        }
    }
}

#[test]
fn stated_counts_match_or_carry_a_note() {
    let d = dataset();
    let mismatches: Vec<String> = findings(d)
        .into_iter()
        .filter(|f| f.kind == NoteKindKey::CountMismatch)
        .map(|f| f.record)
        .collect();
    // The small giants' and Beijing's stated counts agree with the tables.
    for what in ["initial_category", "category", "core_category", "firms", "interviewees"] {
        assert!(!mismatches.contains(&format!("stated_count:{what}")), "{what}");
    }
    assert_eq!(count(d, StudyId::SmallGiants, "initial_category"), Ok(22));
    assert_eq!(count(d, StudyId::BeijingSmes, "hr:personal_connections"), Ok(14));
    assert_eq!(count(d, StudyId::BeijingSmes, "hr_any:study_abroad|work_abroad|foreign_origin"), Ok(15));
    // The Kunming paper's 366 against 336 and its "6 hypotheses" are found,
    // and covered by notes (otherwise `real_data_has_no_problems` fails).
    assert!(mismatches.contains(&"stated_count:valid_questionnaires".to_string()));
    assert!(mismatches.contains(&"stated_count:hypotheses".to_string()));
}

#[test]
fn known_inconsistencies_are_found() {
    let found: Vec<(NoteKindKey, String)> = findings(dataset()).into_iter().map(|f| (f.kind, f.record)).collect();
    let has = |kind, record: &str| found.contains(&(kind, record.to_string()));
    assert!(has(NoteKindKey::MultipleParents, "code:a13"));
    assert!(has(NoteKindKey::MultipleParents, "item:IL6"));
    assert!(has(NoteKindKey::IdGap, "code:a135"));
    assert!(has(NoteKindKey::DifferentLabels, "code:b1"));
    assert!(has(NoteKindKey::DifferentLabels, "code:A13"));
}

#[test]
fn beijing_table1_is_encoded_cell_by_cell() {
    let d = dataset();
    let marked = |attribute: HrAttribute| -> Vec<&str> {
        d.firms.iter().filter(|f| f.hr.get(attribute) == Some(true)).map(|f| f.id.as_str()).collect()
    };
    assert_eq!(marked(HrAttribute::ForeignOrigin), ["CF3", "CF7", "CF8", "CF11", "CF15"]);
    assert_eq!(marked(HrAttribute::CeoInternational), ["CF1", "CF2", "CF11", "CF13", "CF14", "CF15"]);
    assert_eq!(marked(HrAttribute::WorkAbroad), ["CF2", "CF5", "CF7", "CF8", "CF11", "CF13", "CF14", "CF15"]);
    // Firms of the other studies are not reported, not absent.
    assert_eq!(d.firm("Huawei").map(|f| f.hr.get(HrAttribute::StudyAbroad)), Some(None));
    assert_eq!(d.firm("CF9").map(|f| f.hr.get(HrAttribute::StudyAbroad)), Some(Some(false)));
}

#[test]
fn the_catalogue_has_all_26_firms() {
    let d = dataset();
    assert_eq!(d.firms.len(), 26);
    for id in ["ZXSK", "BLW", "HFZY", "JW", "HFCN", "Haier", "Huawei", "CF1", "CF19"] {
        assert!(d.firm(id).is_some(), "{id}");
    }
}

// ---- Broken fixtures: each names the file, the record and the problem. ----

#[test]
fn a_syntax_error_names_the_file_and_line() {
    let problems = problems_after(3, |t| t.replacen("[[firm]]", "[[firm]\n", 1));
    assert_problem(&problems, &["data/beijing-smes.toml", "line"]);
}

#[test]
fn an_unknown_field_names_the_record() {
    let problems = problems_after(0, |t| t.replacen("number = 3\n", "number = 3\ncolour = \"red\"\n", 1));
    assert_problem(&problems, &["data/small-giants.toml", "[[firm]]", "colour"]);
}

#[test]
fn a_child_under_a_missing_level_is_reported() {
    // Make Table 2 group b8–b10 under a core theme instead of an initial category.
    let problems = problems_after(0, |t| t.replacen("{ id = \"A3\", label = \"Entrepreneurship\" }", "{ id = \"b99\", label = \"Entrepreneurship\" }", 1));
    assert_problem(&problems, &["data/small-giants.toml", "code b8", "parent b99", "expected level \"Initial category\""]);
}

#[test]
fn a_code_without_parent_is_reported() {
    // Remove the Table 2 row that groups b13 and b14 under A5.
    let problems = problems_after(0, |t| {
        let start = t.find("parent = { id = \"A5\"").expect("A5 row");
        let row_start = t[..start].rfind("[[table2]]").expect("row header");
        let row_end = start + t[start..].find("\n\n").expect("row end");
        format!("{}{}", &t[..row_start], &t[row_end..])
    });
    assert_problem(&problems, &["data/small-giants.toml", "code b13", "does not reach a Core category"]);
    assert_problem(&problems, &["data/small-giants.toml", "code b14", "does not reach a Core category"]);
}

#[test]
fn an_empty_label_is_reported() {
    let problems = problems_after(0, |t| t.replacen("label = \"Team building\"", "label = \"  \"", 1));
    assert_problem(&problems, &["data/small-giants.toml", "code A1", "empty label"]);
}

#[test]
fn a_duplicate_id_is_reported() {
    let problems = problems_after(3, |t| t.replacen("id = \"CF2\"", "id = \"CF1\"", 1));
    assert_problem(&problems, &["data/beijing-smes.toml", "firm CF1", "duplicate"]);
}

#[test]
fn an_unknown_firm_in_table1_is_reported() {
    let problems = problems_after(3, |t| t.replacen("\"CF3\"", "\"CF33\"", 1));
    assert_problem(&problems, &["data/beijing-smes.toml", "CF33"]);
}

#[test]
fn a_new_inconsistency_without_a_note_fails() {
    // Print b3 with a second label in Appendix 2: a finding with no note.
    let problems = problems_after(0, |t| t.replacen("parent = { id = \"b3\", label = \"R&D team building\" }", "parent = { id = \"b3\", label = \"R&D team built\" }", 1));
    assert_problem(&problems, &["data/small-giants.toml", "code:b3", "different_labels"]);
}

#[test]
fn a_stale_note_fails() {
    let problems = problems_after(0, |t| t.replacen("records = [\"code:a135\"]", "records = [\"code:a134\"]", 1));
    assert_problem(&problems, &["data/small-giants.toml", "sg-a135-missing", "no such inconsistency"]);
    assert_problem(&problems, &["data/small-giants.toml", "code:a135", "id_gap"]);
}

#[test]
fn a_wrong_stated_count_fails() {
    let problems = problems_after(0, |t| t.replacen("what = \"category\"\ncount = 9", "what = \"category\"\ncount = 10", 1));
    assert_problem(&problems, &["data/small-giants.toml", "stated_count:category", "states 10", "give 9"]);
}

#[test]
fn a_note_naming_a_missing_record_fails() {
    let problems = problems_after(3, |t| t.replacen("records = [", "records = [\"firm:CF99\", ", 1));
    assert_problem(&problems, &["data/beijing-smes.toml", "firm:CF99", "not in the data"]);
}

#[test]
fn sample_categories_that_add_up_differently_are_reported() {
    let problems = problems_after(2, |t| t.replacen("frequency = 80", "frequency = 81", 1));
    assert_problem(&problems, &["data/kunming-sem.toml", "[[sample_row]]", "adds up to 336", "adds up to 337"]);
}
