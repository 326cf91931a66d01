//! URL state: parsing the hash part of the URL into a route, and back.
//!
//! The URL is the one source of truth for what a view shows, so that every
//! state is a link. Routes are hash routes (`#/trace/b3`, `#/firms?study_abroad=yes`)
//! so the app works from any static host, any sub-path, `file://` and inside
//! an iframe. Parsing never fails: unknown views become `NotFound`, and
//! unknown or malformed parameters become warnings while the rest applies.

use crate::filter::{Facet, FirmQuery};
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
    /// Anything else; holds the path as given.
    NotFound(String),
}

/// A parsed URL: the route, whether it is embedded, and what was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlState {
    pub route: Route,
    /// `embed=1` among the parameters.
    pub embed: bool,
    /// One message per ignored parameter or value.
    pub warnings: Vec<String>,
}

impl Route {
    /// The document title for this route (without the product name).
    pub fn title(&self) -> String {
        match self {
            Route::Home => "Home".to_string(),
            Route::Study(id) => match StudyId::parse(id) {
                Some(study) => format!("Study: {study}"),
                None => "Study not found".to_string(),
            },
            Route::TraceIndex => "Trace".to_string(),
            Route::Trace(code) => format!("Trace {}", clamp_title(code)),
            Route::Firms(_) => "Firms".to_string(),
            Route::Firm(id) => format!("Firm {}", clamp_title(id)),
            Route::Data => "Data & sources".to_string(),
            Route::Themes => "Themes across studies".to_string(),
            Route::NotFound(_) => "Not found".to_string(),
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
            Route::NotFound(path) => format!("#{path}"),
        }
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
    let mut firm_query = FirmQuery::default();
    let route = route_for_path(path);
    let is_firms = matches!(route, Route::Firms(_));
    let mut seen: Vec<&str> = Vec::new();
    for (key, value) in &params {
        if seen.contains(&key.as_str()) {
            warnings.push(format!("Parameter “{}” is repeated; the first value is used.", clamp_title(key)));
            continue;
        }
        seen.push(key.as_str());
        if key == "embed" {
            match value.as_str() {
                "1" | "true" | "yes" => embed = true,
                "0" | "false" | "no" => embed = false,
                other => warnings.push(format!("“embed={}” is not understood (use embed=1); ignored.", clamp_title(other))),
            }
            continue;
        }
        if !is_firms {
            warnings.push(format!("Unknown parameter “{}” ignored.", clamp_title(key)));
            continue;
        }
        if let Some(attribute) = HrAttribute::parse(key) {
            match value.as_str() {
                "yes" => firm_query.facets[attribute as usize] = Facet::Present,
                "no" => firm_query.facets[attribute as usize] = Facet::Absent,
                other => warnings.push(format!(
                    "“{}={}” is not a valid value (use yes or no); ignored.",
                    attribute.key(),
                    clamp_title(other)
                )),
            }
        } else if key == "study" {
            match StudyId::parse(value) {
                Some(study) => firm_query.study = Some(study),
                None => warnings.push(format!("“study={}” names no study; ignored.", clamp_title(value))),
            }
        } else if key == "q" {
            firm_query.text = clamp(value).to_string();
        } else {
            warnings.push(format!("Unknown parameter “{}” ignored.", clamp_title(key)));
        }
    }
    let route = match route {
        Route::Firms(_) => Route::Firms(firm_query),
        other => other,
    };
    UrlState { route, embed, warnings }
}

fn route_for_path(path: &str) -> Route {
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    let trimmed = trimmed.strip_suffix('/').unwrap_or(trimmed);
    let (head, rest) = match trimmed.split_once('/') {
        Some((head, rest)) => (head, Some(rest)),
        None => (trimmed, None),
    };
    let decoded = |segment: &str| clamp(&percent_decode(segment, false)).to_string();
    match (head, rest) {
        ("", None) => Route::Home,
        ("trace", None) => Route::TraceIndex,
        ("trace", Some(code)) if !code.is_empty() => Route::Trace(decoded(code)),
        ("firms", None) => Route::Firms(FirmQuery::default()),
        ("firm", Some(id)) if !id.is_empty() => Route::Firm(decoded(id)),
        ("study", Some(id)) if !id.is_empty() => Route::Study(decoded(id)),
        ("data", None) => Route::Data,
        ("themes", None) => Route::Themes,
        _ => Route::NotFound(clamp(path).to_string()),
    }
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
