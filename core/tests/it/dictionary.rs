//! The data dictionary describes every published file exactly, and the CSV
//! files are bytes that Excel, R and pandas read alike: a UTF-8 byte-order
//! mark first, RFC 4180 quoting, CRLF line ends.

use std::collections::BTreeSet;

use explorer_core::dictionary::{dictionary, markdown, rights_statement};
use explorer_core::export::{firms_csv, published_files, table_csvs, write_site_files, DICTIONARY_FILE, TABLE_CSVS};
use explorer_core::StudyId;
use serde_json::Value;

use crate::dataset;

/// An RFC 4180 reader (quoted fields may hold commas, quotes and line
/// breaks); fails on anything else.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    assert!(matches!(chars.peek(), None | Some(',') | Some('\r')), "a closing quote ends the field");
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '"' => panic!("a quote inside an unquoted field: {field:?}"),
            ',' => {
                row.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR is followed by LF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_start = true;
            }
            '\n' => panic!("a bare LF outside quotes"),
            c => {
                field.push(c);
                at_start = false;
            }
        }
    }
    assert!(field.is_empty() && row.is_empty(), "the file ends with CRLF");
    rows
}

/// Checks the bytes of one CSV file and returns its rows.
fn check_csv_bytes(name: &str, bytes: &[u8]) -> Vec<Vec<String>> {
    assert_eq!(&bytes[..3], [0xEF, 0xBB, 0xBF], "{name} starts with the UTF-8 byte-order mark");
    let text = std::str::from_utf8(&bytes[3..]).unwrap_or_else(|e| panic!("{name} is UTF-8: {e}"));
    assert!(!text.contains('\u{FEFF}'), "{name} has one byte-order mark only");
    let rows = parse_csv(text);
    let width = rows.first().map(Vec::len).unwrap_or_default();
    assert!(rows.len() >= 2 && width >= 2, "{name} has a header and rows");
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row.len(), width, "{name} row {i} has as many fields as the header");
    }
    rows
}

#[test]
fn written_csv_files_open_in_excel_and_parse_back() {
    let dir = std::env::temp_dir().join(format!("sme-explorer-site-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    write_site_files(dataset(), &dir).expect("writes the site files");
    for (name, _) in TABLE_CSVS {
        let bytes = std::fs::read(dir.join("data").join(name)).expect("written");
        check_csv_bytes(name, &bytes);
    }
    // The parsed values are the data's: the codes file round-trips labels with
    // commas and quotes, and the notes file their multi-line texts.
    let codes = check_csv_bytes("codes.csv", &std::fs::read(dir.join("data/codes.csv")).expect("codes"));
    for row in &codes[1..] {
        let code = dataset().code(&row[0]).unwrap_or_else(|| panic!("code {}", row[0]));
        assert_eq!(row[2], code.label);
        assert_eq!(row[3], code.parents.join(" "));
    }
    assert_eq!(codes.len() - 1, dataset().codes.iter().filter(|c| c.study == StudyId::SmallGiants).count());
    let notes = check_csv_bytes("source-notes.csv", &std::fs::read(dir.join("data/source-notes.csv")).expect("notes"));
    let texts: BTreeSet<&str> = notes[1..].iter().map(|r| r[4].as_str()).collect();
    assert!(dataset().all_notes().all(|(_, n)| texts.contains(n.text.as_str())));
    // Non-ASCII characters survive: α in the Kunming file, ≥ in small giants.
    let sg = std::fs::read_to_string(dir.join("data/small-giants-table1.csv")).expect("table 1");
    assert!(sg.contains('≥'));
    let dictionary_file = std::fs::read_to_string(dir.join(DICTIONARY_FILE)).expect("dictionary written");
    assert_eq!(dictionary_file, markdown(dataset()));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_firm_export_is_excel_safe_too() {
    let firms: Vec<&explorer_core::Firm> = dataset().firms.iter().collect();
    let rows = check_csv_bytes("firms export", firms_csv(&firms).as_bytes());
    assert_eq!(rows.len() - 1, firms.len());
    assert_eq!(rows[1..].iter().map(|r| r[0].as_str()).collect::<Vec<_>>(), firms.iter().map(|f| f.id.as_str()).collect::<Vec<_>>());
}

#[test]
fn every_csv_header_equals_the_dictionary_columns() {
    let entries = dictionary(dataset());
    for (name, _, contents) in table_csvs(dataset()) {
        let entry = entries.iter().find(|e| e.path == format!("data/{name}")).unwrap_or_else(|| panic!("{name} is in the dictionary"));
        let rows = check_csv_bytes(name, contents.as_bytes());
        assert_eq!(rows[0], entry.columns(), "{name}");
        for field in &entry.fields {
            assert!(!field.kind.is_empty() && !field.allowed.is_empty() && !field.meaning.is_empty(), "{name} {:?} is described", field.names);
        }
    }
}

/// Every field path of a JSON value: `studies[].id`, `firms[].hr.study_abroad`.
fn paths(value: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                out.insert(path.clone());
                paths(v, &path, out);
            }
        }
        Value::Array(items) => {
            for item in items.iter().filter(|i| i.is_object()) {
                paths(item, &format!("{prefix}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_dictionary_names_every_dataset_json_field() {
    let json = serde_json::to_value(explorer_core::export::dataset_json(dataset())).expect("serialises");
    let mut found = BTreeSet::new();
    paths(&json, "", &mut found);
    let entry = dictionary(dataset()).into_iter().find(|e| e.path == "dataset.json").expect("dataset.json is described");
    let described: BTreeSet<String> = entry.columns().into_iter().map(String::from).collect();
    // Each leaf the file holds is described, itself or as part of a described object.
    let undescribed: Vec<&String> = found
        .iter()
        .filter(|p| !described.iter().any(|d| *p == d || p.starts_with(&format!("{d}."))))
        .filter(|p| !["studies", "codes", "firms", "notes", "firms[].hr"].contains(&p.as_str()))
        .collect();
    assert!(undescribed.is_empty(), "not in the dictionary: {undescribed:?}");
    let stale: Vec<&String> = described.iter().filter(|d| !found.contains(*d)).collect();
    assert!(stale.is_empty(), "described but not in dataset.json: {stale:?}");
}

#[test]
fn every_published_file_is_described_and_listed() {
    let described: BTreeSet<String> = dictionary(dataset()).into_iter().map(|e| e.path).collect();
    let published: BTreeSet<String> = published_files().into_iter().map(|(p, _)| p).filter(|p| p != DICTIONARY_FILE).collect();
    assert_eq!(described, published);
}

#[test]
fn the_dictionary_file_states_licences_and_each_papers_rights() {
    let text = markdown(dataset());
    assert!(text.contains("MIT") && text.contains("CC BY 4.0"));
    for id in StudyId::ALL {
        assert!(text.contains(&rights_statement(dataset(), id)), "{id}");
    }
    assert!(rights_statement(dataset(), StudyId::HaierHuawei).contains("Creative Commons Attribution License 4.0"));
    assert!(rights_statement(dataset(), StudyId::BeijingSmes).contains("copyrights or permissions"));
    assert_eq!(rights_statement(dataset(), StudyId::KunmingSem), "Prints no licence or copyright statement.");
    for entry in dictionary(dataset()) {
        assert!(text.contains(&format!("## {}", entry.path)));
    }
}

#[test]
fn the_dictionary_page_lists_every_file_and_column_as_escaped_text() {
    use explorer_core::dictionary::html_page;
    let page = html_page(dataset(), "../styles-1.css");
    assert!(page.starts_with("<!doctype html>") && page.contains("<link rel=\"stylesheet\" href=\"../styles-1.css\">"));
    assert!(page.contains("Content-Security-Policy") && !page.contains("<script"), "a static page with no script");
    for entry in dictionary(dataset()) {
        assert!(page.contains(&format!("<code>{}</code></h2>", entry.path)), "{}", entry.path);
        for field in &entry.fields {
            let name = field.display_name().replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
            assert!(page.contains(&format!("<th scope=\"row\"><code>{name}</code></th>")), "{} {name}", entry.path);
        }
    }
    // Text from the data is escaped: Table 1's "R&D personnel ratio" heading.
    assert!(page.contains("R&amp;D personnel ratio over 15%") && !page.contains("R&D personnel"));
}
