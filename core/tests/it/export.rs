//! The dataset.json contract and the CSV and citation exports.

use explorer_core::export::{csv, dataset_json, firms_csv, table_csvs};
use serde_json::Value;

use crate::dataset;

fn json() -> Value {
    serde_json::to_value(dataset_json(dataset())).expect("serialises")
}

#[test]
fn dataset_json_has_the_documented_shape() {
    let j = json();
    let studies = j["studies"].as_array().expect("studies");
    let ids: Vec<&str> = studies.iter().filter_map(|s| s["id"].as_str()).collect();
    assert_eq!(ids, ["small-giants", "haier-huawei", "kunming-sem", "beijing-smes"]);
    assert!(studies.iter().all(|s| s["citation"].as_str().is_some_and(|c| !c.is_empty())));

    let codes = j["codes"].as_array().expect("codes");
    assert_eq!(codes.len(), 148 + 52 + 22 + 9 + 3);
    let b3 = codes.iter().find(|c| c["id"] == "b3").expect("b3");
    assert_eq!(b3["study"], "small-giants");
    assert_eq!(b3["level"], "theme");
    assert_eq!(b3["label"], "R&D team building");
    assert_eq!(b3["parents"], serde_json::json!(["A1"]));
    assert!(b3["source"].as_str().is_some_and(|s| !s.is_empty()));
    let a13 = codes.iter().find(|c| c["id"] == "a13").expect("a13");
    assert_eq!(a13["parents"], serde_json::json!(["b1", "b16"]));
    let levels: std::collections::BTreeSet<&str> = codes.iter().filter_map(|c| c["level"].as_str()).collect();
    assert_eq!(levels.into_iter().collect::<Vec<_>>(), ["category", "concept", "core_category", "initial_category", "theme"]);

    let firms = j["firms"].as_array().expect("firms");
    assert_eq!(firms.len(), 26);
    let cf7 = firms.iter().find(|f| f["id"] == "CF7").expect("CF7");
    assert_eq!(cf7["study"], "beijing-smes");
    assert_eq!(
        cf7["hr"],
        serde_json::json!({"personal_connections": true, "study_abroad": true, "work_abroad": true, "foreign_origin": true, "ceo_international": false})
    );
    let haier = firms.iter().find(|f| f["id"] == "Haier").expect("Haier");
    assert!(haier["hr"].as_object().expect("hr").values().all(Value::is_null));
}

#[test]
fn csv_quotes_what_needs_quoting() {
    let out = csv(&["a", "b"], vec![vec!["x,y".to_string(), "say \"hi\"".to_string()], vec!["plain".to_string(), "line\nbreak".to_string()]]);
    assert!(out.starts_with(explorer_core::export::BOM));
    assert_eq!(out, "\u{feff}a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\nplain,\"line\nbreak\"\r\n");
}

#[test]
fn every_table_csv_has_a_header_and_rows() {
    for (name, title, contents) in table_csvs(dataset()) {
        assert!(name.ends_with(".csv") && !title.is_empty());
        assert!(contents.lines().count() >= 2, "{name} has rows");
    }
    let firms = firms_csv(&dataset().firms.iter().filter(|f| f.id == "CF3").collect::<Vec<_>>());
    assert_eq!(firms.lines().nth(1).map(|l| l.split(',').skip(4).take(5).collect::<Vec<_>>().join(",")), Some("yes,no,no,yes,no".to_string()));
}

#[test]
fn codebook_nests_the_hierarchy_with_deterministic_guids() {
    use explorer_core::export::codebook_qdc;
    let qdc = codebook_qdc(dataset());
    assert_eq!(qdc, codebook_qdc(dataset()), "two runs give identical files");
    assert!(qdc.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""));
    // Walk the nesting with a tiny parser: a stack of open Code names.
    let mut stack: Vec<String> = Vec::new();
    let mut paths: Vec<Vec<String>> = Vec::new();
    let mut guids = std::collections::HashSet::new();
    for line in qdc.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("<Code guid=\"") {
            let (guid, rest) = rest.split_once('"').expect("guid");
            assert!(guids.insert(guid.to_string()), "GUID {guid} is unique");
            assert_eq!(guid.len(), 36);
            let name = rest.split("name=\"").nth(1).and_then(|r| r.split('"').next()).expect("name");
            stack.push(name.replace("&amp;", "&"));
            paths.push(stack.clone());
        } else if line == "</Code>" {
            stack.pop();
        }
    }
    assert!(stack.is_empty(), "balanced");
    let ids = |path: &Vec<String>| path.iter().map(|n| n.split(' ').next().unwrap_or_default().to_string()).collect::<Vec<_>>().join("/");
    let all: Vec<String> = paths.iter().map(ids).collect();
    assert!(paths.iter().any(|p| p[0] == "C1 Innovation team"));
    assert!(all.contains(&"C1/S1/A1/b1/a13".to_string()));
    assert!(all.contains(&"C2/S3/A6/b16/a13".to_string()), "a13 appears under both themes");
    assert!(all.contains(&"C3/S9/A22/b52/a30".to_string()));
    // Every code of the five levels appears, and every concept path has five levels.
    assert_eq!(paths.iter().filter(|p| p.len() == 5).count(), 149);
    assert_eq!(paths.len(), 149 + 52 + 22 + 9 + 3);
    let a13 = paths.iter().find(|p| p.len() == 5 && p[4].starts_with("a13 ")).expect("a13");
    assert_eq!(a13[4], "a13 Industry experts");
}

#[test]
fn table_list_matches_the_tables_written() {
    use explorer_core::export::TABLE_CSVS;
    let written: Vec<(&str, &str)> = table_csvs(dataset()).iter().map(|(n, t, _)| (*n, *t)).collect();
    assert_eq!(written, TABLE_CSVS.to_vec());
}

#[test]
fn hand_written_firm_json_equals_serde_json() {
    use explorer_core::export::{firm_json, firms_json};
    let firms: Vec<&explorer_core::Firm> = dataset().firms.iter().collect();
    let ours: Value = serde_json::from_str(&firms_json(&firms)).expect("valid JSON");
    let reference = serde_json::to_value(firms.iter().map(|f| firm_json(f)).collect::<Vec<_>>()).expect("serialises");
    assert_eq!(ours, reference);
    let odd = explorer_core::Firm { name: "quote \" back\\slash\nline\u{1}".into(), ..dataset().firms[0].clone() };
    let parsed: Value = serde_json::from_str(&firms_json(&[&odd])).expect("escapes");
    assert_eq!(parsed[0]["name"], "quote \" back\\slash\nline\u{1}");
    assert_eq!(serde_json::from_str::<Value>(&firms_json(&[])).expect("empty"), serde_json::json!([]));
}

#[test]
fn a_copied_table_is_one_line_per_row_with_tabs_between_cells() {
    use explorer_core::export::{table_html, table_tsv};
    let rows = vec![
        vec!["Item".to_string(), "Std loading".to_string()],
        vec!["IL4".to_string(), " 0.48\t(below 0.5)\n".to_string()],
        vec!["<b>".to_string(), "a & b".to_string()],
    ];
    assert_eq!(table_tsv(&rows), "Item\tStd loading\nIL4\t0.48 (below 0.5)\n<b>\ta & b");
    assert_eq!(table_html(&rows, 1), "<table><tr><th>Item</th><th>Std loading</th></tr><tr><td>IL4</td><td>0.48\t(below 0.5)</td></tr><tr><td>&lt;b&gt;</td><td>a &amp; b</td></tr></table>");
}
