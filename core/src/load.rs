//! Reading the data files (feature `load`).
//!
//! Each study has one TOML file in `data/`. A file that does not parse, or does
//! not match the model, is reported with the file name, the record and the
//! problem, as the TOML parser describes it (with line and column).

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::dataset::Sources;
use crate::model::{StudyId, ThemesFile};
pub use crate::validate::DataError;

/// Reads the four files from a data directory.
pub fn load_dir(dir: &Path) -> Result<Sources, Vec<DataError>> {
    let read = |study: StudyId| -> Result<(String, String), DataError> {
        let name = Sources::file_name(study);
        let file_name = name.trim_start_matches("data/");
        let path = dir.join(file_name);
        std::fs::read_to_string(&path)
            .map(|text| (name.to_string(), text))
            .map_err(|e| DataError {
                file: name.to_string(),
                record: "(file)".to_string(),
                problem: format!("cannot read {}: {e}", path.display()),
            })
    };
    let mut texts = Vec::new();
    let mut errors = Vec::new();
    for study in StudyId::ALL {
        match read(study) {
            Ok(pair) => texts.push(pair),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let themes_path = dir.join("themes.toml");
    let themes = std::fs::read_to_string(&themes_path).map_err(|e| {
        vec![DataError { file: "data/themes.toml".into(), record: "(file)".into(), problem: format!("cannot read {}: {e}", themes_path.display()) }]
    })?;
    let text = |i: usize| texts[i].1.as_str();
    let mut sources = from_texts(text(0), text(1), text(2), text(3))?;
    sources.themes = themes_from_text(&themes)?;
    Ok(sources)
}

/// Parses the text of `data/themes.toml`.
pub fn themes_from_text(text: &str) -> Result<ThemesFile, Vec<DataError>> {
    toml::from_str(text).map_err(|e| {
        let record = e.span().map(|span| record_at(text, span.start)).unwrap_or_else(|| "(file)".to_string());
        vec![DataError { file: "data/themes.toml".into(), record, problem: e.message().to_string() }]
    })
}

/// Parses the four study files' texts (in `StudyId::ALL` order); the themes
/// are left empty (`load_dir` reads them).
pub fn from_texts(
    small_giants: &str,
    haier_huawei: &str,
    kunming: &str,
    beijing: &str,
) -> Result<Sources, Vec<DataError>> {
    let mut errors = Vec::new();
    let small_giants = parse(StudyId::SmallGiants, small_giants, &mut errors);
    let haier_huawei = parse(StudyId::HaierHuawei, haier_huawei, &mut errors);
    let kunming = parse(StudyId::KunmingSem, kunming, &mut errors);
    let beijing = parse(StudyId::BeijingSmes, beijing, &mut errors);
    match (small_giants, haier_huawei, kunming, beijing) {
        (Some(small_giants), Some(haier_huawei), Some(kunming), Some(beijing)) if errors.is_empty() => {
            Ok(Sources { small_giants, haier_huawei, kunming, beijing, themes: ThemesFile { theme: Vec::new() } })
        }
        _ => Err(errors),
    }
}

fn parse<T: DeserializeOwned>(study: StudyId, text: &str, errors: &mut Vec<DataError>) -> Option<T> {
    match toml::from_str::<T>(text) {
        Ok(value) => Some(value),
        Err(e) => {
            let record = e
                .span()
                .map(|span| record_at(text, span.start))
                .unwrap_or_else(|| "(file)".to_string());
            errors.push(DataError {
                file: Sources::file_name(study).to_string(),
                record,
                problem: e.message().to_string(),
            });
            None
        }
    }
}

/// Describes the record around a byte offset: the nearest table header above
/// it and its line number, e.g. `[[firm]] at line 40`.
fn record_at(text: &str, offset: usize) -> String {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let mut id = None;
    let mut header = "(top of file)";
    for l in before.lines().rev().map(str::trim) {
        if l.starts_with('[') {
            header = l;
            break;
        }
        if id.is_none() && l.starts_with("id = ") {
            id = Some(l);
        }
    }
    match id {
        Some(id) => format!("{header} ({id}) near line {line}"),
        None => format!("{header} near line {line}"),
    }
}

/// The interface's Chinese texts and glossary, read from the `i18n/`
/// directory beside `data/`: `zh.toml` (our texts in Chinese) and
/// `glossary.toml` (method terms).
#[derive(serde::Deserialize)]
struct TranslationsFile {
    #[serde(default)]
    text: Vec<crate::i18n::Translation>,
}

#[derive(serde::Deserialize)]
struct GlossaryFile {
    #[serde(default)]
    term: Vec<crate::i18n::Term>,
}

/// Reads `i18n/zh.toml` (with any `i18n/zh-*.toml` beside it, such as the
/// firm facts' and source notes' Chinese versions) and `i18n/glossary.toml`;
/// errors name the file and the problem.
pub fn load_i18n(dir: &Path) -> Result<(Vec<crate::i18n::Translation>, Vec<crate::i18n::Term>), Vec<String>> {
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).map_err(|e| vec![format!("i18n/{name}: {e}")]);
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| vec![format!("i18n/: {e}")])?
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n == "zh.toml" || (n.starts_with("zh-") && n.ends_with(".toml")))
        .collect();
    names.sort();
    if !names.iter().any(|n| n == "zh.toml") {
        return Err(vec!["i18n/zh.toml: missing".into()]);
    }
    let mut texts = Vec::new();
    for name in &names {
        let file: TranslationsFile = toml::from_str(&read(name)?).map_err(|e| vec![format!("i18n/{name}: {e}")])?;
        texts.extend(file.text);
    }
    let terms: GlossaryFile = toml::from_str(&read("glossary.toml")?).map_err(|e| vec![format!("i18n/glossary.toml: {e}")])?;
    Ok((texts, terms.term))
}

/// The Chinese bundle as published: postcard bytes and the content-hashed
/// file name the app fetches it under.
pub fn zh_bundle_file(translations: &[crate::i18n::Translation]) -> Result<(String, Vec<u8>), String> {
    let bytes = crate::i18n::ZhBundle::new(translations).encode()?.into_bytes();
    Ok((crate::i18n::ZhBundle::file_name(&bytes), bytes))
}

/// The glossary as published: postcard bytes and its content-hashed name.
pub fn glossary_file(terms: &[crate::i18n::Term]) -> Result<(String, Vec<u8>), String> {
    let bytes = crate::i18n::Glossary { terms: terms.to_vec() }.encode()?.into_bytes();
    Ok((crate::i18n::Glossary::file_name(&bytes), bytes))
}

/// Decodes a published glossary (for tests and tools).
pub fn decode_glossary(bytes: &[u8]) -> Result<crate::i18n::Glossary, String> {
    std::str::from_utf8(bytes).ok().and_then(crate::i18n::Glossary::decode).ok_or_else(|| "not a glossary".to_string())
}

/// Decodes a published Chinese bundle (for tests and tools).
pub fn decode_zh_bundle(bytes: &[u8]) -> Result<crate::i18n::ZhBundle, String> {
    std::str::from_utf8(bytes).ok().and_then(crate::i18n::ZhBundle::decode).ok_or_else(|| "not a Chinese bundle".to_string())
}
