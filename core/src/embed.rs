//! The embed protocol: the messages an embedded view (`embed=1`, framed)
//! exchanges with its host page. Sent: its height on load and whenever it
//! changes (ours and the `lti.frameResize` that Canvas and other LMS hosts
//! read), and the view it shows. Received: a request to show a route, which
//! goes through the same route parser as any URL. Anything else is ignored.

use serde::{Deserialize, Serialize};

/// `{"type": "sme-explorer:resize", "height": <px>}`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Resize {
    #[serde(rename = "type")]
    pub kind: String,
    pub height: u32,
}

/// `{"subject": "lti.frameResize", "height": <px>}`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LtiResize {
    pub subject: String,
    pub height: u32,
}

/// `{"type": "sme-explorer:view", "route": "#/…", "title": "…"}`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct View {
    #[serde(rename = "type")]
    pub kind: String,
    pub route: String,
    pub title: String,
}

/// What a host may send: `{"type": "sme-explorer:navigate", "route": "#/…"}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Inbound {
    #[serde(rename = "sme-explorer:navigate")]
    Navigate { route: String },
}

/// The tallest height reported (a runaway layout cannot ask for more).
pub const MAX_HEIGHT: u32 = 100_000;

/// A field's value in a message the app sends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Field<'a> {
    Text(&'a str),
    Number(u32),
}

/// A message the app sends, as its fields: the app builds the JavaScript
/// object from them (serde's JSON shape, which a test checks, without
/// serde-wasm-bindgen's serializer in every first visit).
pub trait Outbound {
    fn fields(&self) -> Vec<(&'static str, Field<'_>)>;
}

impl Outbound for Resize {
    fn fields(&self) -> Vec<(&'static str, Field<'_>)> {
        vec![("type", Field::Text(&self.kind)), ("height", Field::Number(self.height))]
    }
}

impl Outbound for LtiResize {
    fn fields(&self) -> Vec<(&'static str, Field<'_>)> {
        vec![("subject", Field::Text(&self.subject)), ("height", Field::Number(self.height))]
    }
}

impl Outbound for View {
    fn fields(&self) -> Vec<(&'static str, Field<'_>)> {
        vec![("type", Field::Text(&self.kind)), ("route", Field::Text(&self.route)), ("title", Field::Text(&self.title))]
    }
}

pub fn resize(height: f64) -> (Resize, LtiResize) {
    let height = if height.is_finite() && height > 0.0 { (height.ceil() as u32).min(MAX_HEIGHT) } else { 0 };
    (Resize { kind: "sme-explorer:resize".into(), height }, LtiResize { subject: "lti.frameResize".into(), height })
}

pub fn view(route: &str, title: &str) -> View {
    View { kind: "sme-explorer:view".into(), route: route.to_string(), title: title.to_string() }
}

/// The hash a navigate request opens: its route as the route parser reads
/// it (unknown routes then get the usual message), or None where it is not
/// a route of this app (`#/…`) or is too long to be one.
pub fn navigate_target(message: &Inbound) -> Option<String> {
    let Inbound::Navigate { route } = message;
    if !route.starts_with("#/") || route.len() > 2000 {
        return None;
    }
    // Parsed like any URL: the hash is the parser's input, never executed.
    let _ = crate::route::parse(route);
    Some(route.clone())
}
