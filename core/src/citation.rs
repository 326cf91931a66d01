//! Citations of the four papers (APA 7, RIS, BibTeX) and of the explorer
//! itself.
//!
//! A citation holds only what its paper prints: every element comes from a
//! bibliographic field of [`Study`], and those fields are copied from the
//! paper. What the paper leaves out is not filled in or described inside the
//! citation; [`gaps`] states it in sentences that the app shows beside it.
//!
//! APA comes as [`Segment`]s (plain, italic, link) so that the app can render
//! the italics and put them on the clipboard as HTML; [`plain_text`] and
//! [`html`] flatten the segments.

use crate::model::Study;

/// A run of an APA reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    /// Italic in APA: a periodical name and volume, or a stand-alone title.
    Italic(String),
    /// A DOI or URL, rendered as a link.
    Link(String),
}

/// What kind of work the printed details describe; it decides the APA
/// layout, the RIS type and the BibTeX entry type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkKind {
    /// A journal or proceedings name is printed.
    Article,
    /// A working-paper series is printed.
    Report,
    /// Neither is printed: the title stands alone.
    Unknown,
}

pub fn kind(study: &Study) -> WorkKind {
    if study.journal.is_some() {
        WorkKind::Article
    } else if study.series.is_some() {
        WorkKind::Report
    } else {
        WorkKind::Unknown
    }
}

/// The APA 7 reference of a paper, as segments.
///
/// Order: author, date, title, source, DOI or URL. Where no author is printed
/// the title takes the author's place, and where no title is printed either,
/// the source does (APA's rule of moving the next element up); the date then
/// follows the first element.
pub fn apa_segments(study: &Study) -> Vec<Segment> {
    let mut out = Segments::default();
    let date = if study.year_printed { format!("({}).", study.year) } else { "(n.d.).".to_string() };
    let has_title = study.title.is_some();
    if !study.authors.is_empty() {
        out.text(&apa_authors(&study.authors));
        out.text(" ");
        out.text(&date);
        out.text(" ");
        title_element(study, &mut out);
        source_element(study, &mut out);
    } else if has_title {
        title_element(study, &mut out);
        out.text(&date);
        out.text(" ");
        source_element(study, &mut out);
    } else {
        source_element(study, &mut out);
        out.text(&date);
        out.text(" ");
    }
    if let Some(doi) = &study.doi {
        out.link(&format!("https://doi.org/{doi}"));
    } else if let Some(url) = &study.url {
        out.link(url);
    }
    out.finish()
}

/// The APA reference as plain text.
pub fn apa(study: &Study) -> String {
    plain_text(&apa_segments(study))
}

/// The segments as plain text.
pub fn plain_text(segments: &[Segment]) -> String {
    segments
        .iter()
        .map(|s| match s {
            Segment::Text(t) | Segment::Italic(t) | Segment::Link(t) => t.as_str(),
        })
        .collect()
}

/// The segments as an HTML fragment (for the clipboard), with `<i>` for
/// italics and `<a>` for links; all text is escaped.
pub fn html(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Text(t) => out.push_str(&escape_html(t)),
            Segment::Italic(t) => {
                out.push_str("<i>");
                out.push_str(&escape_html(t));
                out.push_str("</i>");
            }
            Segment::Link(t) => {
                let t = escape_html(t);
                out.push_str(&format!("<a href=\"{t}\">{t}</a>"));
            }
        }
    }
    out
}

/// Escapes text for HTML content and attribute values (the same escaping
/// as the codebook's XML, whose `&apos;` HTML5 also reads).
pub fn escape_html(text: &str) -> String {
    crate::export::xml_escape(text)
}

/// Builds segments, merging neighbouring runs of the same kind.
#[derive(Default)]
struct Segments(Vec<Segment>);

impl Segments {
    fn text(&mut self, text: &str) {
        if let Some(Segment::Text(last)) = self.0.last_mut() {
            last.push_str(text);
        } else {
            self.0.push(Segment::Text(text.to_string()));
        }
    }

    fn italic(&mut self, text: &str) {
        if let Some(Segment::Italic(last)) = self.0.last_mut() {
            last.push_str(text);
        } else {
            self.0.push(Segment::Italic(text.to_string()));
        }
    }

    fn link(&mut self, url: &str) {
        self.0.push(Segment::Link(url.to_string()));
    }

    /// Drops a trailing space.
    fn finish(mut self) -> Vec<Segment> {
        if let Some(Segment::Text(last)) = self.0.last_mut() {
            let trimmed = last.trim_end().to_string();
            *last = trimmed;
        }
        self.0.retain(|s| !matches!(s, Segment::Text(t) if t.is_empty()));
        self.0
    }
}

/// "Zhang, L., Chen, P., & Lv, X."
fn apa_authors(authors: &[String]) -> String {
    match authors {
        [] => String::new(),
        [one] => apa_name(one),
        [rest @ .., last] => format!("{}, & {}", rest.iter().map(|a| apa_name(a)).collect::<Vec<_>>().join(", "), apa_name(last)),
    }
}

/// "Liuyi Zhang" → "Zhang, L." (the papers print given names first).
fn apa_name(name: &str) -> String {
    let (family, given) = split_name(name);
    if given.is_empty() {
        return family.to_string();
    }
    let initials: Vec<String> = given.split_whitespace().filter_map(|g| g.chars().next()).map(|c| format!("{c}.")).collect();
    format!("{family}, {}", initials.join(" "))
}

/// Splits a printed name into (family name, given names): the last word is
/// the family name.
fn split_name(name: &str) -> (&str, &str) {
    let name = name.trim();
    match name.rsplit_once(char::is_whitespace) {
        Some((given, family)) => (family, given.trim_end()),
        None => (name, ""),
    }
}

/// A sentence ends with one period, not two.
fn with_period(text: &str) -> String {
    if text.ends_with(['.', '?', '!']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

fn title_element(study: &Study, out: &mut Segments) {
    let Some(title) = &study.title else { return };
    match kind(study) {
        WorkKind::Article => {
            out.text(&with_period(title));
            out.text(" ");
        }
        WorkKind::Report => {
            out.italic(title);
            let series: Vec<&str> = [study.series.as_deref(), study.number.as_deref()].into_iter().flatten().collect();
            if !series.is_empty() {
                out.text(&format!(" ({})", series.join(", ")));
            }
            out.text(". ");
        }
        WorkKind::Unknown => {
            // The closing period is not part of the italic title.
            out.italic(title);
            out.text(&with_period(title)[title.len()..]);
            out.text(" ");
        }
    }
}

fn source_element(study: &Study, out: &mut Segments) {
    match kind(study) {
        WorkKind::Article => {
            let Some(journal) = &study.journal else { return };
            out.italic(journal);
            if let Some(volume) = &study.volume {
                out.italic(&format!(", {volume}"));
            }
            if let Some(issue) = &study.issue {
                out.text(&format!("({issue})"));
            }
            if let Some(pages) = &study.pages {
                out.text(&format!(", {pages}"));
            } else if let Some(article) = &study.article_number {
                out.text(&format!(", Article {article}"));
            }
            out.text(". ");
        }
        WorkKind::Report => {
            if !study.publisher.is_empty() {
                out.text(&with_period(&study.publisher.join(", ")));
                out.text(" ");
            }
        }
        WorkKind::Unknown => {}
    }
}

/// What the paper does not print that a full citation would hold, one
/// sentence each, to show beside the citation. Empty when nothing is missing.
pub fn gaps(study: &Study) -> Vec<String> {
    let mut out = Vec::new();
    match (study.authors.is_empty(), study.title.is_none()) {
        (true, true) => out.push(
            "The paper prints no author names and no title, so the reference begins with its source. APA 7 would put a bracketed description of the work in their place; we do not invent one."
                .to_string(),
        ),
        (true, false) => out.push("The paper prints no author names, so the reference begins with its title.".to_string()),
        (false, true) => out.push("The paper prints no title.".to_string()),
        (false, false) => {}
    }
    if !study.year_printed {
        out.push(format!(
            "The paper prints no publication year, hence “n.d.”; the data records {} as the earliest year it can be from (see the source notes).",
            study.year
        ));
    }
    if kind(study) == WorkKind::Unknown {
        out.push("The paper prints no journal, proceedings or series name, and no volume, issue or pages.".to_string());
    }
    if study.doi.is_none() && study.url.is_none() {
        out.push("The paper prints no DOI or URL.".to_string());
    }
    out
}

/// The paper as a RIS record (CRLF line ends, as the format asks).
pub fn ris(study: &Study) -> String {
    let ty = match kind(study) {
        WorkKind::Article => "JOUR",
        WorkKind::Report => "RPRT",
        WorkKind::Unknown => "GEN",
    };
    let mut lines: Vec<(&str, String)> = vec![("TY", ty.to_string())];
    for author in &study.authors {
        let (family, given) = split_name(author);
        lines.push(("AU", if given.is_empty() { family.to_string() } else { format!("{family}, {given}") }));
    }
    if study.year_printed {
        lines.push(("PY", study.year.to_string()));
    }
    if let Some(title) = &study.title {
        lines.push(("TI", title.clone()));
    }
    if let Some(journal) = &study.journal {
        lines.push(("T2", journal.clone()));
    }
    if let Some(series) = &study.series {
        lines.push(("T2", series.clone()));
    }
    if let Some(number) = &study.number {
        lines.push(("SN", number.clone()));
    }
    if !study.publisher.is_empty() {
        lines.push(("PB", study.publisher.join(", ")));
    }
    let optional = [("VL", &study.volume), ("IS", &study.issue), ("SP", &study.pages), ("SP", &study.article_number), ("DO", &study.doi), ("UR", &study.url)];
    for (tag, value) in optional {
        if let Some(value) = value {
            lines.push((tag, value.clone()));
        }
    }
    ris_lines(&lines)
}

fn ris_lines(lines: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (tag, value) in lines {
        // A field is one line: line breaks inside a value would end it.
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push_str(&format!("{tag}  - {value}\r\n"));
    }
    out.push_str("ER  - \r\n");
    out
}

/// The paper as a BibTeX entry keyed by the study id.
pub fn bibtex(study: &Study) -> String {
    let entry = match kind(study) {
        WorkKind::Article => "article",
        WorkKind::Report => "techreport",
        WorkKind::Unknown => "misc",
    };
    let mut fields: Vec<(&str, String)> = Vec::new();
    if !study.authors.is_empty() {
        fields.push(("author", braced(&study.authors.iter().map(|a| bibtex_escape(a)).collect::<Vec<_>>().join(" and "))));
    }
    if let Some(title) = &study.title {
        // Double braces keep the printed capitalisation.
        fields.push(("title", format!("{{{}}}", braced(&bibtex_escape(title)))));
    }
    if study.year_printed {
        fields.push(("year", braced(&study.year.to_string())));
    }
    if let Some(journal) = &study.journal {
        fields.push(("journal", braced(&bibtex_escape(journal))));
    }
    if let Some(series) = &study.series {
        fields.push(("type", braced(&bibtex_escape(series))));
    }
    if let Some(number) = &study.number {
        fields.push(("number", braced(&bibtex_escape(number))));
    }
    if !study.publisher.is_empty() {
        fields.push(("institution", braced(&bibtex_escape(&study.publisher.join(", ")))));
    }
    let optional = [("volume", &study.volume), ("number", &study.issue), ("pages", &study.pages), ("eid", &study.article_number)];
    for (name, value) in optional {
        if let Some(value) = value {
            fields.push((name, braced(&bibtex_escape(value))));
        }
    }
    if let Some(doi) = &study.doi {
        fields.push(("doi", braced(doi)));
    }
    if let Some(url) = &study.url {
        fields.push(("url", braced(url)));
    }
    bibtex_entry(entry, study.id.as_str(), &fields)
}

fn bibtex_entry(entry: &str, key: &str, fields: &[(&str, String)]) -> String {
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("  {k} = {v}")).collect();
    format!("@{entry}{{{key},\n{}\n}}", body.join(",\n"))
}

fn braced(value: &str) -> String {
    format!("{{{value}}}")
}

/// Escapes BibTeX's special characters in running text.
fn bibtex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.split_whitespace().collect::<Vec<_>>().join(" ").chars() {
        match c {
            '&' | '%' | '$' | '#' | '_' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '\\' => out.push_str("\\textbackslash{}"),
            c => out.push(c),
        }
    }
    out
}

/// The name under which the explorer cites itself.
pub const EXPLORER_NAME: &str = "SME Innovation Explorer";

/// A calendar date (the day a reader accessed a view).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    pub year: u32,
    /// 1–12.
    pub month: u32,
    pub day: u32,
}

impl Date {
    const MONTHS: [&'static str; 12] =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// "November 25, 2026"; the month number is clamped into 1–12.
    pub fn long(self) -> String {
        let month = Date::MONTHS[(self.month.clamp(1, 12) - 1) as usize];
        format!("{month} {}, {}", self.day, self.year)
    }

    /// "2026-11-25".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A citation of the explorer itself: one view, one version, one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExplorerCitation {
    pub apa: Vec<Segment>,
    pub ris: String,
    pub bibtex: String,
}

/// Cites the explorer at `url` (the view's permalink), `version` (the app's
/// package version), accessed on `accessed`. The explorer names no author
/// and no release date, so APA begins with the title and says "n.d.".
pub fn explorer_citation(version: &str, url: &str, accessed: Date) -> ExplorerCitation {
    let mut apa = Segments::default();
    apa.italic(EXPLORER_NAME);
    apa.text(&format!(" (Version {version}) [Web application]. (n.d.). Retrieved {}, from ", accessed.long()));
    apa.link(url);
    let ris = ris_lines(&[
        ("TY", "COMP".to_string()),
        ("TI", EXPLORER_NAME.to_string()),
        ("ET", version.to_string()),
        ("UR", url.to_string()),
        ("Y2", accessed.iso().replace('-', "/")),
    ]);
    let bibtex = bibtex_entry(
        "software",
        "sme-innovation-explorer",
        &[
            ("title", braced(&braced(EXPLORER_NAME))),
            ("version", braced(&bibtex_escape(version))),
            ("url", braced(url)),
            ("urldate", braced(&accessed.iso())),
        ],
    );
    ExplorerCitation { apa: apa.finish(), ris, bibtex }
}
