//! URL state: parsing the hash part of the URL into a route, and back.
//!
//! The URL is the one source of truth for what a view shows, so that every
//! state is a link. Routes are hash routes (`#/trace/b3`, `#/firms?study_abroad=yes`)
//! so the app works from any static host, any sub-path, `file://` and inside
//! an iframe. Parsing never fails: unknown views become `NotFound`, and
//! unknown or malformed parameters become warnings while the rest applies.

use crate::filter::{Facet, FirmQuery};
use crate::learn::exercise::{ExerciseId, ExerciseQuery};
use crate::i18n::{fill, text, Lang, Msg, Table};
use crate::model::{HrAttribute, StudyId};
use crate::text::{clamp, percent_decode, percent_encode};

/// A view of the app.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    /// `#/study/<id>`; the id as given, which may name no study.
    Study(String),
    /// `#/trace`: search and the whole hierarchy.
    TraceIndex,
    /// `#/trace/<code>`: the code as given, percent-decoded.
    Trace(String),
    /// `#/firms?…`
    Firms(FirmQuery),
    /// `#/firm/<id>`
    Firm(String),
    /// `#/data`: Data & sources.
    Data,
    /// `#/themes`: themes across studies.
    Themes,
    /// `#/search?q=…`: every kind of record matching a query.
    Search(String),
    /// `#/glossary`: the method terms in both languages.
    Glossary,
    /// `#/checks`: every number the data can recompute, recomputed.
    Checks,
    /// `#/compare?firms=…` or `?codes=…`: records side by side.
    Compare(crate::compare::CompareQuery),
    /// `#/learn`: the tours and exercises.
    Learn,
    /// `#/learn/tour/<tour-id>/<step from 1>`: a known tour; the step as
    /// given (a step past the end is the view's to explain).
    Tour(String, u32),
    /// `#/learn/<exercise-id>?seed=N&mode=chains`.
    Exercise(ExerciseId, ExerciseQuery),
    /// Anything else; holds the path as given.
    NotFound(String),
}

/// A parsed URL: the route, the in-page section it opens at, whether it is
/// embedded, and what was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlState {
    pub route: Route,
    /// The in-page section a link opens at: `#/study/<id>/<section>` or
    /// `#/themes/<section>`. The view scrolls to the element with this id.
    pub section: Option<String>,
    /// `embed=1` among the parameters.
    pub embed: bool,
    /// `lang=en` or `lang=zh` among the parameters, where given.
    pub lang: Option<Lang>,
    /// `scheme=light` or `scheme=dark`: a colour scheme the embedding page
    /// chose, instead of the reader's.
    pub scheme: Option<Scheme>,
    /// One per ignored parameter or value.
    pub warnings: Vec<Warning>,
}

/// A colour scheme a URL may ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    pub fn key(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }
}

/// Something the URL asked for that could not be applied; the text names the
/// parameter or value as given (shortened).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    Section(String),
    Repeated(String),
    Embed(String),
    Lang(String),
    UnknownParam(String),
    FacetValue(String, String),
    Study(String),
    Seed(String),
    Mode(String),
}

impl Warning {
    /// The message in the language of `table`.
    pub fn message(&self, table: Table) -> String {
        let (msg, args): (Msg, Vec<(&str, &str)>) = match self {
            Warning::Section(name) => (Msg::WarnSection, vec![("name", name)]),
            Warning::Repeated(name) => (Msg::WarnRepeated, vec![("name", name)]),
            Warning::Embed(value) => (Msg::WarnEmbed, vec![("value", value)]),
            Warning::Lang(value) => (Msg::WarnLang, vec![("value", value)]),
            Warning::UnknownParam(name) => (Msg::WarnUnknownParam, vec![("name", name)]),
            Warning::FacetValue(name, value) => (Msg::WarnFacetValue, vec![("name", name), ("value", value)]),
            Warning::Study(value) => (Msg::WarnStudy, vec![("value", value)]),
            Warning::Seed(value) => (Msg::WarnSeed, vec![("value", value)]),
            Warning::Mode(value) => (Msg::WarnMode, vec![("value", value)]),
        };
        fill(text(table, msg), &args)
    }
}

impl Route {
    /// The document title for this route (without the product name), in
    /// the language of `table`.
    pub fn title(&self, table: Table) -> String {
        let t = |msg| text(table, msg).to_string();
        let with = |msg, name: &str, value: &str| fill(text(table, msg), &[(name, value)]);
        match self {
            Route::Home => t(Msg::TitleHome),
            Route::Study(id) => match StudyId::parse(id) {
                Some(study) => with(Msg::TitleStudy, "name", text(table, crate::i18n::study_msg(study))),
                None => t(Msg::TitleStudyNotFound),
            },
            Route::TraceIndex => t(Msg::TitleTraceIndex),
            Route::Trace(code) => with(Msg::TitleTrace, "code", &clamp_title(code)),
            Route::Firms(_) => t(Msg::TitleFirms),
            Route::Firm(id) => with(Msg::TitleFirm, "id", &clamp_title(id)),
            Route::Data => t(Msg::TitleData),
            Route::Themes => t(Msg::TitleThemes),
            Route::Search(query) if query.trim().is_empty() => t(Msg::TitleSearch),
            Route::Search(query) => with(Msg::TitleSearchFor, "query", &clamp_title(query.trim())),
            Route::Glossary => t(Msg::TitleGlossary),
            Route::Compare(_) => t(Msg::TitleCompare),
            Route::Checks => t(Msg::TitleChecks),
            Route::Learn => t(Msg::TitleLearn),
            Route::Tour(id, step) => match crate::learn::tours::tour(id) {
                Some(tour) => fill(text(table, Msg::TitleTourStep), &[("tour", text(table, tour.title)), ("n", &step.to_string())]),
                None => t(Msg::TitleNotFound),
            },
            Route::Exercise(id, query) => t(exercise_msg(*id, query.chains)),
            Route::NotFound(_) => t(Msg::TitleNotFound),
        }
    }

    /// The route a data record reference (`code:b3`, `firm:CF7`, …) of a study
    /// links to: its trace or profile where it has one, else its study.
    pub fn for_record(study: StudyId, reference: &str) -> Route {
        match reference.split_once(':') {
            Some(("code" | "item" | "dimension" | "construct", id)) => Route::Trace(id.to_string()),
            Some(("firm", id)) => Route::Firm(id.to_string()),
            Some(("study", id)) => Route::Study(id.to_string()),
            _ => Route::Study(study.as_str().to_string()),
        }
    }

    /// The hash for this route, starting with `#/`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Study(id) => format!("#/study/{}", percent_encode(id)),
            Route::TraceIndex => "#/trace".to_string(),
            Route::Trace(code) => format!("#/trace/{}", percent_encode(code)),
            Route::Firms(query) => {
                let params = firm_query_params(query);
                if params.is_empty() {
                    "#/firms".to_string()
                } else {
                    format!("#/firms?{}", params.join("&"))
                }
            }
            Route::Firm(id) => format!("#/firm/{}", percent_encode(id)),
            Route::Data => "#/data".to_string(),
            Route::Themes => "#/themes".to_string(),
            Route::Search(query) if query.is_empty() => "#/search".to_string(),
            Route::Search(query) => format!("#/search?q={}", percent_encode(query)),
            Route::Glossary => "#/glossary".to_string(),
            Route::Checks => "#/checks".to_string(),
            Route::Compare(query) => match query.params() {
                params if params.is_empty() => "#/compare".to_string(),
                params => format!("#/compare?{}", params.join("&")),
            },
            Route::Learn => "#/learn".to_string(),
            Route::Tour(id, step) => format!("#/learn/tour/{}/{step}", percent_encode(id)),
            Route::Exercise(id, query) => {
                let mut params = Vec::new();
                if query.seed != 1 {
                    params.push(format!("seed={}", query.seed));
                }
                if query.chains {
                    params.push("mode=chains".to_string());
                }
                if params.is_empty() {
                    format!("#/learn/{}", id.key())
                } else {
                    format!("#/learn/{}?{}", id.key(), params.join("&"))
                }
            }
            Route::NotFound(path) => format!("#{path}"),
        }
    }

    /// The hash of an in-page section of this route (`#/study/<id>/<section>`,
    /// `#/themes/<section>`); the route's own hash where it has no sections.
    pub fn section_hash(&self, section: &str) -> String {
        match self {
            Route::Study(_) | Route::Themes | Route::Glossary | Route::Checks => format!("{}/{}", self.to_hash(), percent_encode(section)),
            other => other.to_hash(),
        }
    }
}

/// Whether `text` can name an in-page section: 1–64 ASCII letters, digits,
/// `-` or `_` (it becomes an element id).
pub fn is_section_name(text: &str) -> bool {
    (1..=64).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The hash to open for a link to `target` from a view whose URL state is
/// `current`: in-app links keep the reader's display parameters (`embed=1`,
/// `lang=…`), unless the target sets them itself.
pub fn carry_params(target: &str, current: &UrlState) -> String {
    let target = target.strip_prefix('#').unwrap_or(target);
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let given = parse_params(query);
    let sets = |name: &str| given.iter().any(|(key, _)| key == name);
    let mut extra = Vec::new();
    if current.embed && !sets("embed") {
        extra.push("embed=1".to_string());
    }
    if let Some(lang) = current.lang.filter(|_| !sets("lang")) {
        extra.push(format!("lang={}", lang.key()));
    }
    if let Some(scheme) = current.scheme.filter(|_| !sets("scheme")) {
        extra.push(format!("scheme={}", scheme.key()));
    }
    match (extra.is_empty(), query.is_empty()) {
        (true, _) => format!("#{target}"),
        (false, true) => format!("#{path}?{}", extra.join("&")),
        (false, false) => format!("#{path}?{query}&{}", extra.join("&")),
    }
}

/// `hash` with `lang=<lang>` set (replacing any `lang` it has): the link a
/// language switcher opens, and the permalink that keeps the language.
pub fn with_lang(hash: &str, lang: Lang) -> String {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
    let mut pieces: Vec<&str> = query.split('&').filter(|p| !p.is_empty() && *p != "lang" && !p.starts_with("lang=")).collect();
    let lang_param = format!("lang={}", lang.key());
    pieces.push(&lang_param);
    format!("#{path}?{}", pieces.join("&"))
}

/// Whether a link's `href` is a route of this app (a hash route starting
/// with `#/`), as opposed to a file, another page or an in-page anchor.
pub fn is_app_link(href: &str) -> bool {
    href.starts_with("#/")
}

/// The largest seed a URL may give.
pub const MAX_SEED: u32 = 999_999;

/// The name of an exercise (and mode).
pub fn exercise_msg(id: ExerciseId, chains: bool) -> Msg {
    match id {
        ExerciseId::CodePassage if chains => Msg::ExCodeChains,
        ExerciseId::CodePassage => Msg::ExCodePassage,
        ExerciseId::PlaceConcept => Msg::ExPlace,
        ExerciseId::PredictPaths => Msg::ExPredict,
        ExerciseId::FindFirms => Msg::ExFindFirms,
    }
}

fn clamp_title(text: &str) -> String {
    let cut: String = text.chars().take(40).collect();
    if cut.len() < text.len() { format!("{cut}…") } else { cut }
}

/// The query parameters for a firm query, in a fixed order.
pub fn firm_query_params(query: &FirmQuery) -> Vec<String> {
    let mut params = Vec::new();
    for attribute in HrAttribute::ALL {
        if let Some(value) = query.facet(attribute).url_value() {
            params.push(format!("{}={value}", attribute.key()));
        }
    }
    if let Some(study) = query.study {
        params.push(format!("study={study}"));
    }
    if !query.text.is_empty() {
        params.push(format!("q={}", percent_encode(&query.text)));
    }
    params
}

/// Parses `location.hash` (with or without the leading `#`).
pub fn parse(hash: &str) -> UrlState {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = match hash.split_once('?') {
        Some((path, query)) => (path, query),
        None => (hash, ""),
    };
    let mut warnings = Vec::new();
    let params = parse_params(query);
    let mut embed = false;
    let mut lang = None;
    let mut scheme = None;
    let mut firm_query = FirmQuery::default();
    let mut search = String::new();
    let (route, section) = route_for_path(path);
    let section = match section {
        Some(name) if is_section_name(&name) => Some(name),
        Some(name) => {
            warnings.push(Warning::Section(clamp_title(&name)));
            None
        }
        None => None,
    };
    let is_firms = matches!(route, Route::Firms(_));
    let is_search = matches!(route, Route::Search(_));
    let is_compare = matches!(route, Route::Compare(_));
    let is_exercise = matches!(route, Route::Exercise(..));
    let mut exercise = ExerciseQuery::default();
    let mut compare = crate::compare::CompareQuery::default();
    let mut seen: Vec<&str> = Vec::new();
    for (key, value) in &params {
        if seen.contains(&key.as_str()) {
            warnings.push(Warning::Repeated(clamp_title(key)));
            continue;
        }
        seen.push(key.as_str());
        if key == "embed" {
            match value.as_str() {
                "1" | "true" | "yes" => embed = true,
                "0" | "false" | "no" => embed = false,
                other => warnings.push(Warning::Embed(clamp_title(other))),
            }
            continue;
        }
        if key == "scheme" {
            match value.as_str() {
                "light" => scheme = Some(Scheme::Light),
                "dark" => scheme = Some(Scheme::Dark),
                other => warnings.push(Warning::UnknownParam(format!("scheme={}", clamp_title(other)))),
            }
            continue;
        }
        if key == "lang" {
            match Lang::parse(value) {
                Some(value) => lang = Some(value),
                None => warnings.push(Warning::Lang(clamp_title(value))),
            }
            continue;
        }
        if is_search && key == "q" {
            search = clamp(value).to_string();
            continue;
        }
        if is_compare && (key == "firms" || key == "codes") {
            let ids = crate::compare::split_ids(value);
            if key == "firms" { compare.firms = ids } else { compare.codes = ids }
            continue;
        }
        if is_exercise && key == "seed" {
            match value.parse::<u32>() {
                Ok(seed) if (1..=MAX_SEED).contains(&seed) => exercise.seed = seed,
                _ => warnings.push(Warning::Seed(clamp_title(value))),
            }
            continue;
        }
        if is_exercise && key == "mode" {
            match value.as_str() {
                "chains" => exercise.chains = true,
                "concepts" => exercise.chains = false,
                other => warnings.push(Warning::Mode(clamp_title(other))),
            }
            continue;
        }
        if !is_firms {
            warnings.push(Warning::UnknownParam(clamp_title(key)));
            continue;
        }
        if let Some(attribute) = HrAttribute::parse(key) {
            match value.as_str() {
                "yes" => firm_query.facets[attribute as usize] = Facet::Present,
                "no" => firm_query.facets[attribute as usize] = Facet::Absent,
                other => warnings.push(Warning::FacetValue(attribute.key().to_string(), clamp_title(other))),
            }
        } else if key == "study" {
            match StudyId::parse(value) {
                Some(study) => firm_query.study = Some(study),
                None => warnings.push(Warning::Study(clamp_title(value))),
            }
        } else if key == "q" {
            firm_query.text = clamp(value).to_string();
        } else {
            warnings.push(Warning::UnknownParam(clamp_title(key)));
        }
    }
    let route = match route {
        Route::Firms(_) => Route::Firms(firm_query),
        Route::Search(_) => Route::Search(search),
        Route::Compare(_) => Route::Compare(compare),
        Route::Exercise(id, _) => Route::Exercise(id, ExerciseQuery { chains: exercise.chains && id == ExerciseId::CodePassage, ..exercise }),
        other => other,
    };
    UrlState { route, section, embed, lang, scheme, warnings }
}

/// The route for a path, and the in-page section named after it (not yet
/// checked), for the views that have sections.
fn route_for_path(path: &str) -> (Route, Option<String>) {
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    let trimmed = trimmed.strip_suffix('/').unwrap_or(trimmed);
    let (head, rest) = match trimmed.split_once('/') {
        Some((head, rest)) => (head, Some(rest)),
        None => (trimmed, None),
    };
    let decoded = |segment: &str| clamp(&percent_decode(segment, false)).to_string();
    let route = match (head, rest) {
        ("", None) => Route::Home,
        ("trace", None) => Route::TraceIndex,
        ("trace", Some(code)) if !code.is_empty() => Route::Trace(decoded(code)),
        ("firms", None) => Route::Firms(FirmQuery::default()),
        ("firm", Some(id)) if !id.is_empty() => Route::Firm(decoded(id)),
        ("study", Some(rest)) if !rest.is_empty() => {
            return match rest.split_once('/') {
                Some((id, section)) if !id.is_empty() && !section.is_empty() => {
                    (Route::Study(decoded(id)), Some(decoded(section)))
                }
                Some(_) => (Route::NotFound(clamp(path).to_string()), None),
                None => (Route::Study(decoded(rest)), None),
            };
        }
        ("data", None) => Route::Data,
        ("themes", None) => Route::Themes,
        ("themes", Some(section)) if !section.is_empty() => return (Route::Themes, Some(decoded(section))),
        ("search", None) => Route::Search(String::new()),
        ("glossary", None) => Route::Glossary,
        ("compare", None) => Route::Compare(Default::default()),
        ("checks", None) => Route::Checks,
        ("learn", None) => Route::Learn,
        ("learn", Some(rest)) => match rest.split('/').collect::<Vec<_>>().as_slice() {
            ["tour", id] if crate::learn::tours::tour(id).is_some() => Route::Tour(id.to_string(), 1),
            ["tour", id, step] if crate::learn::tours::tour(id).is_some() => match step.parse::<u32>() {
                Ok(step) if step >= 1 => Route::Tour(id.to_string(), step),
                _ => Route::NotFound(clamp(path).to_string()),
            },
            [exercise] => match ExerciseId::parse(exercise) {
                Some(id) => Route::Exercise(id, ExerciseQuery::default()),
                None => Route::NotFound(clamp(path).to_string()),
            },
            _ => Route::NotFound(clamp(path).to_string()),
        },
        ("checks", Some(section)) if !section.is_empty() => return (Route::Checks, Some(decoded(section))),
        ("glossary", Some(section)) if !section.is_empty() => return (Route::Glossary, Some(decoded(section))),
        _ => Route::NotFound(clamp(path).to_string()),
    };
    (route, None)
}

/// Splits `a=1&b=2` into decoded pairs; empty pieces are skipped.
fn parse_params(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|piece| !piece.is_empty())
        .take(64)
        .map(|piece| {
            let (key, value) = piece.split_once('=').unwrap_or((piece, ""));
            (clamp(&percent_decode(key, true)).to_string(), clamp(&percent_decode(value, true)).to_string())
        })
        .collect()
}
