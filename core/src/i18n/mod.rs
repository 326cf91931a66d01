//! The interface's languages: English and Simplified Chinese.
//!
//! Every string the interface says is a [`Msg`] of the catalog
//! (`catalog.rs`), written once in each language side by side, so that a key
//! missing in either language does not compile. The English table is linked
//! into the app; the Chinese table (with the Chinese versions of our own
//! summaries and the glossary's Chinese explanations) is written at build time
//! to a separate file, [`ZhBundle`], which the app loads only when Chinese is
//! chosen: an English first visit does not pay for it.
//!
//! Text the papers print (codes and their labels, names, titles, quotations)
//! is never in the catalog; the views mark it `lang="en"`.

mod catalog;

pub use catalog::{en, slice, Msg, ViewTable, EN, EN_ALL, EN_ENDS, KEYS, MAIN, MESSAGES, TABLES, ZH};
pub use catalog::{FIRMS, HOME, LEARN, REFERENCE, TRACE};

use serde::{Deserialize, Serialize};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The URL value (`lang=en`, `lang=zh`) and the local-storage value.
    pub fn key(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The value of `<html lang>` and of `lang` attributes: a BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hans",
        }
    }

    /// The language's own name, as a switcher offers it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
        }
    }

    /// Parses a URL or stored value: `en` or `zh` (case-insensitive, and the
    /// tags `zh-Hans`, `zh-CN` and the like as the browser gives them).
    pub fn parse(value: &str) -> Option<Lang> {
        let lower = value.trim().to_ascii_lowercase();
        match lower.as_str() {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The language for a browser's preferred languages
    /// (`navigator.languages`, best first): Simplified Chinese for the first
    /// Chinese tag that is not explicitly Traditional (`zh`, `zh-CN`,
    /// `zh-Hans`, `zh-SG`, `zh-Hans-HK`, …) when it comes before any English
    /// one; English for anything else.
    pub fn from_preferences<S: AsRef<str>>(preferred: &[S]) -> Lang {
        for tag in preferred {
            let lower = tag.as_ref().trim().to_ascii_lowercase();
            let mut parts = lower.split(['-', '_']);
            match parts.next() {
                Some("zh") => {
                    let rest: Vec<&str> = parts.collect();
                    let traditional = rest.iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"))
                        && !rest.contains(&"hans");
                    if !traditional {
                        return Lang::Zh;
                    }
                }
                Some("en") => return Lang::En,
                _ => {}
            }
        }
        Lang::En
    }
}

/// A catalog table: one string per [`Msg`], in key order.
pub type Table<'a> = &'a [&'a str];

/// The text of `msg` in `table`; the English text where the table is empty
/// (the app passes none for English) or short (a stale file), so a lookup
/// never fails. The core formats no message of the Learn table (a test
/// checks), whose English the app reads from Learn's part.
pub fn text<'a>(table: Table<'a>, msg: Msg) -> &'a str {
    let i = msg as usize;
    table.get(i).copied().unwrap_or_else(|| en(i))
}

/// Fills the `{name}` placeholders of a catalog string.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders of a catalog string, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        names.push(&after[..end]);
        rest = &after[end + 1..];
    }
    names
}

/// One entry of the glossary of method terms (`i18n/glossary.toml`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub group: String,
    pub en: String,
    pub zh: String,
    pub en_text: String,
    pub zh_text: String,
}

/// One of our own English texts (a study's question, a theme summary, …)
/// with its Chinese version (`i18n/zh.toml`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// Where the English text is used, for reviewers.
    #[serde(rename = "where")]
    pub place: String,
    pub en: String,
    pub zh: String,
}

/// Everything Chinese the app needs beyond what it links in: the catalog's
/// Chinese table and the Chinese versions of our own texts (keyed by a hash
/// of the English, see [`text_key`]). Written by the build as one postcard
/// file. (The glossary, in both languages, is a file of its own, loaded by
/// its page: see [`Glossary`].)
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ZhBundle {
    pub catalog: Vec<String>,
    pub texts: Vec<(u64, String)>,
}

/// The glossary as published: every term in both languages, loaded by the
/// glossary page only, so that no other view pays for it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

/// Separates records and fields in the published interface files: plain
/// UTF-8 text the app splits, with no decoder to link (ASCII unit and record
/// separators never occur in our texts; `encode` refuses them).
const FIELD: char = '\u{1f}';
const RECORD: char = '\u{1e}';

fn check_text(text: &str) -> Result<(), String> {
    match text.contains([FIELD, RECORD]) {
        true => Err(format!("a text holds a separator character: {text:?}")),
        false => Ok(()),
    }
}

impl Glossary {
    /// The file name it is published under, content-hashed.
    pub fn file_name(bytes: &[u8]) -> String {
        format!("i18n/glossary-{:016x}.txt", fnv(bytes))
    }

    /// The published text: one record per term, its six fields in order.
    pub fn encode(&self) -> Result<String, String> {
        let mut records = Vec::new();
        for term in &self.terms {
            let fields = [&term.id, &term.group, &term.en, &term.zh, &term.en_text, &term.zh_text];
            for field in fields {
                check_text(field)?;
            }
            records.push(fields.map(String::as_str).join(&FIELD.to_string()));
        }
        Ok(records.join(&RECORD.to_string()))
    }

    /// Reads the published text; None where it is not one.
    pub fn decode(text: &str) -> Option<Glossary> {
        let mut terms = Vec::new();
        for record in text.split(RECORD).filter(|r| !r.is_empty()) {
            let mut f = record.split(FIELD).map(str::to_string);
            let mut next = || f.next();
            terms.push(Term { id: next()?, group: next()?, en: next()?, zh: next()?, en_text: next()?, zh_text: next()? });
        }
        Some(Glossary { terms })
    }
}

impl ZhBundle {
    /// The bundle for the linked-in Chinese table and our translations.
    pub fn new(translations: &[Translation]) -> ZhBundle {
        let mut texts: Vec<(u64, String)> = translations.iter().map(|t| (text_key(&t.en), t.zh.clone())).collect();
        texts.sort_by_key(|(key, _)| *key);
        texts.dedup_by_key(|(key, _)| *key);
        ZhBundle { catalog: ZH.iter().map(|s| s.to_string()).collect(), texts }
    }

    /// The Chinese version of one of our English texts, if there is one.
    pub fn text(&self, english: &str) -> Option<&str> {
        let key = text_key(english);
        self.texts.binary_search_by_key(&key, |(k, _)| *k).ok().map(|i| self.texts[i].1.as_str())
    }

    /// The file name the bundle is published under: content-hashed, so a
    /// cached copy never outlives its app.
    pub fn file_name(bytes: &[u8]) -> String {
        format!("i18n/zh-{:016x}.txt", fnv(bytes))
    }

    /// The published text: the catalog's strings in key order, then one
    /// record per translation (its key in hexadecimal, then its text).
    pub fn encode(&self) -> Result<String, String> {
        for text in self.catalog.iter().chain(self.texts.iter().map(|(_, t)| t)) {
            check_text(text)?;
        }
        let mut out = self.catalog.join(&FIELD.to_string());
        for (key, text) in &self.texts {
            out.push(RECORD);
            out.push_str(&format!("{key:x}{FIELD}{text}"));
        }
        Ok(out)
    }

    /// Reads the published text; None where it is not one.
    pub fn decode(text: &str) -> Option<ZhBundle> {
        let mut records = text.split(RECORD);
        let catalog = records.next()?.split(FIELD).map(str::to_string).collect();
        let mut texts = Vec::new();
        for record in records {
            let (key, text) = record.split_once(FIELD)?;
            texts.push((u64::from_str_radix(key, 16).ok()?, text.to_string()));
        }
        Some(ZhBundle { catalog, texts })
    }
}

/// The key of an English text in [`ZhBundle::texts`].
pub fn text_key(english: &str) -> u64 {
    fnv(english.as_bytes())
}

/// 64-bit FNV-1a.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// Splits one of our Chinese texts into runs: `(text, printed)` where
/// `printed` marks text the papers print in English (written `⟦…⟧` in
/// `i18n/zh.toml`), which the views mark `lang="en"`.
pub fn runs(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('⟦') {
        if start > 0 {
            out.push((&rest[..start], false));
        }
        let after = &rest[start + '⟦'.len_utf8()..];
        match after.find('⟧') {
            Some(end) => {
                out.push((&after[..end], true));
                rest = &after[end + '⟧'.len_utf8()..];
            }
            None => {
                out.push((after, true));
                rest = "";
            }
        }
    }
    if !rest.is_empty() {
        out.push((rest, false));
    }
    out
}

/// The interface name of a study (navigation, titles, chips).
pub fn study_msg(study: crate::StudyId) -> Msg {
    match study {
        crate::StudyId::SmallGiants => Msg::NavSmallGiants,
        crate::StudyId::HaierHuawei => Msg::NavHaierHuawei,
        crate::StudyId::KunmingSem => Msg::NavKunming,
        crate::StudyId::BeijingSmes => Msg::NavBeijing,
    }
}

/// The heading name of a level of a coding or measurement scheme.
pub fn level_msg(level: crate::Level) -> Msg {
    use crate::Level;
    match level {
        Level::Concept => Msg::LevelConcept,
        Level::Theme => Msg::LevelTheme,
        Level::InitialCategory => Msg::LevelInitialCategory,
        Level::Category => Msg::LevelCategory,
        Level::CoreCategory => Msg::LevelCoreCategory,
        Level::Item => Msg::LevelItem,
        Level::Dimension => Msg::LevelDimension,
        Level::Construct => Msg::LevelConstruct,
    }
}

/// The glossary entry a level's name links to.
pub fn level_term(level: crate::Level) -> &'static str {
    use crate::Level;
    match level {
        Level::Concept => "concept",
        Level::Theme => "core-theme",
        Level::InitialCategory => "initial-category",
        Level::Category => "category",
        Level::CoreCategory => "core-category",
        Level::Item => "item",
        Level::Dimension => "dimension",
        Level::Construct => "construct",
    }
}

/// The reader's name of a human-resource attribute.
pub fn attribute_msg(attribute: crate::HrAttribute) -> Msg {
    use crate::HrAttribute as A;
    match attribute {
        A::PersonalConnections => Msg::AttrPersonalConnections,
        A::StudyAbroad => Msg::AttrStudyAbroad,
        A::WorkAbroad => Msg::AttrWorkAbroad,
        A::ForeignOrigin => Msg::AttrForeignOrigin,
        A::CeoInternational => Msg::AttrCeoInternational,
    }
}

/// The one vocabulary for an attribute's value (see `filter::value_label`).
pub fn value_msg(value: Option<bool>) -> Msg {
    match value {
        Some(true) => Msg::ValuePresent,
        Some(false) => Msg::ValueNotDetected,
        None => Msg::ValueNotReported,
    }
}

/// A facet option's label.
pub fn facet_msg(facet: crate::filter::Facet) -> Msg {
    use crate::filter::Facet;
    match facet {
        Facet::Any => Msg::FacetAny,
        Facet::Present => Msg::ValuePresent,
        Facet::Absent => Msg::ValueNotDetected,
    }
}

/// The label of a kind of source note.
pub fn note_kind_msg(kind: crate::NoteKind) -> Msg {
    use crate::NoteKind as K;
    match kind {
        K::MultipleParents => Msg::NoteMultipleParents,
        K::IdGap => Msg::NoteIdGap,
        K::DifferentLabels => Msg::NoteDifferentLabels,
        K::CountMismatch => Msg::NoteCountMismatch,
        K::UnitMismatch => Msg::NoteUnitMismatch,
        K::Gap => Msg::NoteGap,
        K::AmbiguousLayout => Msg::NoteAmbiguousLayout,
        K::Inconsistency => Msg::NoteInconsistency,
    }
}

/// The heading of a kind of search result.
pub fn hit_kind_msg(kind: crate::search::HitKind) -> Msg {
    use crate::search::HitKind as K;
    match kind {
        K::Code => Msg::HitCodes,
        K::Firm => Msg::HitFirms,
        K::Theme => Msg::HitThemes,
        K::Quotation => Msg::HitQuotations,
        K::Note => Msg::HitNotes,
    }
}
