//! "Share / Embed" and "Cite this view", under every view: the view's
//! permalink, a ready `<iframe>` snippet, a citation of the explorer itself
//! (version, the view's URL, today's date) and of the source paper(s) in APA,
//! RIS and BibTeX, each with a one-click copy. APA is copied as HTML as well
//! as text, so its italics survive pasting.
//!
//! A citation holds only what its paper prints; what the paper leaves out is
//! said beside it (`citation::gaps`), never inside it.

use explorer_core::citation::{self, bibtex, explorer_citation, html, plain_text, ris, Date, Segment};
use explorer_core::route::Route;
use explorer_core::{Study, StudyId};
use yew::prelude::*;

use explorer_core::i18n::{Lang, Msg};

use crate::browser::{self, CopyOutcome};
use crate::data::{dataset, index};
use crate::i18n::{english, lang, printed, t, tf};
use crate::views::{self, PanelStatus};

/// The hash a shared link of `route` carries: its language too, where the
/// reader reads Chinese or chose English in the URL.
pub fn shared_hash(route: &Route) -> String {
    let hash = route.to_hash();
    let chosen = explorer_core::route::parse(&browser::current_hash()).lang;
    match (lang(), chosen) {
        (Lang::Zh, _) | (_, Some(Lang::En)) => explorer_core::route::with_lang(&hash, lang()),
        _ => hash,
    }
}

/// The app's version, as Cargo.toml's package version declares it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The studies a view draws on: one for a study, code or firm, all four
/// otherwise (and for a code or firm until the dataset is loaded, which
/// their views wait for).
pub fn studies_of(route: &Route) -> Vec<StudyId> {
    let one = match route {
        Route::Study(id) => StudyId::parse(id),
        Route::Trace(code) => dataset().ok().and_then(|d| d.code(code).map(|c| c.study)),
        Route::Firm(id) => dataset().ok().and_then(|d| d.firm(id).map(|f| f.study)),
        Route::Firms(query) => query.study,
        Route::Tour(id, _) => explorer_core::learn::tours::tour(id).map(|t| t.study),
        Route::Exercise(id, _) => Some(id.study()),
        _ => None,
    };
    match one {
        Some(study) => vec![study],
        None => StudyId::ALL.to_vec(),
    }
}

/// The view a hash names, without its parameters: the embed builder's
/// choices last while a filter changes, and start afresh in another view.
fn view_of(hash: &str) -> String {
    hash.split('?').next().unwrap_or_default().to_string()
}

/// Which of the two panels are open (bits, see `SHARE_OPEN`, `CITE_OPEN`),
/// held by `AppView`.
pub type Panels = UseStateHandle<u8>;
const SHARE_OPEN: u8 = 1;
const CITE_OPEN: u8 = 2;

/// "Share / Embed" and "Cite this view" for a route (a plain function: the
/// copy buttons inside keep their own state). A closed panel renders only its
/// summary: its content (about 160 elements) would otherwise be built on
/// every first render and every filter change, and sent in every static
/// first paint, for a panel few readers open. Its code is a part of its own
/// too (`PanelViews`), fetched when a panel is first opened.
pub fn share_and_cite(route: &Route, panels: &Panels) -> Html {
    if index().is_none() {
        return html! {};
    }
    let toggle = |bit: u8| {
        let panels = panels.clone();
        Callback::from(move |e: Event| {
            let open = e.target_unchecked_into::<web_sys::Element>().has_attribute("open");
            let now = if open { *panels | bit } else { *panels & !bit };
            if now != *panels {
                panels.set(now);
            }
        })
    };
    let (share_open, cite_open) = (**panels & SHARE_OPEN != 0, **panels & CITE_OPEN != 0);
    html! {
        <section class="share-cite" aria-label={t(Msg::ShareAndCite)}>
            <details ontoggle={toggle(SHARE_OPEN)}>
                <summary>{ crate::i18n::tx(Msg::ShareEmbed) }</summary>
                if share_open { { panel(route, |views| views.share) } }
            </details>
            <details ontoggle={toggle(CITE_OPEN)}>
                <summary>{ crate::i18n::tx(Msg::CiteView) }</summary>
                if cite_open { { panel(route, |views| views.cite) } }
            </details>
        </section>
    }
}

/// The two panels' content, from their own part of the code (`views`): a
/// first visit does not fetch it, the first panel opened does.
#[derive(Clone, Copy, Debug)]
pub struct PanelViews {
    pub share: fn(&Route) -> Html,
    pub cite: fn(&Route) -> Html,
}

pub const PANEL_VIEWS: PanelViews = PanelViews { share: share_content, cite: cite_content };

/// An open panel's content once its part is loaded: until then a line
/// saying so, and where it could not be fetched, a way to try again.
fn panel(route: &Route, which: fn(&PanelViews) -> fn(&Route) -> Html) -> Html {
    match views::panels() {
        PanelStatus::Ready(views) => which(&views)(route),
        PanelStatus::Loading => {
            views::request_panels();
            html! { <p class="loading" role="status">{ t(Msg::Loading) }</p> }
        }
        PanelStatus::Failed => html! {
            <div class="panel error" role="alert">
                <p>{ t(Msg::PanelUnavailable) }</p>
                <button type="button" onclick={Callback::from(|_: MouseEvent| views::request_panels())}>{ t(Msg::TryAgain) }</button>
            </div>
        },
    }
}

/// A route's shared hash, its view (the hash without parameters) and its
/// permalink, as both panels show them.
fn shared(route: &Route) -> (String, String, String) {
    let hash = shared_hash(route);
    let view = view_of(&hash);
    let permalink = browser::permalink(&hash);
    (hash, view, permalink)
}

/// "Share / Embed": the view's link with its copy button, and the embed
/// builder.
fn share_content(route: &Route) -> Html {
    let (hash, view, permalink) = shared(route);
    html! {
        <>
            <label for="permalink">{ crate::i18n::tx(Msg::LinkToView) }</label>
            <input id="permalink" type="text" readonly=true value={permalink.clone()} />
            <CopyButton key={format!("{view} link")} label={t(Msg::CopyLink)} text={permalink} />
            <crate::components::embed_builder::EmbedBuilder key={view.clone()} hash={hash.clone()}
                title={tf(Msg::EmbedTitle, &[("view", &route.title(crate::i18n::table()))])} />
        </>
    }
}

/// "Cite this view": the explorer's citation, then its papers'.
fn cite_content(route: &Route) -> Html {
    let Some(index) = index() else { return html! {} };
    let (_, view, permalink) = shared(route);
    html! {
        <>
            { explorer_citation_block(&view, &permalink) }
            { for studies_of(route).into_iter().filter_map(|id| index.study(id)).map(|study| study_citation(study, &view, true)) }
        </>
    }
}

/// The explorer's own citation: name, version, the view's URL and today's
/// date (read from the browser).
pub fn explorer_citation_block(view: &str, permalink: &str) -> Html {
    let (year, month, day) = browser::today_parts();
    let cite = explorer_citation(VERSION, permalink, Date { year, month, day });
    html! {
        <section class="cite-study cite-self" aria-labelledby="cite-self-heading">
            <h2 id="cite-self-heading">{ crate::i18n::tx(Msg::CiteSelfHeading) }</h2>
            <p class="citation-self" lang="en">{ segments(&cite.apa) }</p>
            <p class="cite-note">{ crate::i18n::tx(Msg::CiteSelfNote) }</p>
            { copy_formats(view, t(Msg::TheExplorer), &cite.apa, cite.ris, cite.bibtex) }
        </section>
    }
}

/// One paper's citation: APA with its italics, what the paper does not print
/// (beside it), its licence where it prints one, and copy buttons for APA,
/// RIS and BibTeX. `view` is the view it is shown on, without parameters;
/// with `heading` false it has no heading of its own (the Data & sources page
/// has one).
pub fn study_citation(study: &Study, view: &str, heading: bool) -> Html {
    let id = study.id;
    let apa = citation::apa_segments(study);
    let mut beside: Vec<String> = citation::gaps(study);
    beside.extend(study.citation_remark.iter().cloned());
    html! {
        <div key={id.as_str()} class="cite-study">
            if heading {
                <h2>{ crate::i18n::tx(Msg::SourcePaper) }{ crate::i18n::study_name_text(id) }</h2>
            }
            <p class="citation" lang="en">{ segments(&apa) }</p>
            if !beside.is_empty() {
                <p class="citation-gaps">{ crate::i18n::tx(Msg::NotPartOfCitation) }{ english(beside.join(" ")) }</p>
            }
            if let Some(licence) = &study.licence {
                <p class="cite-licence">{ crate::i18n::tx(Msg::LicenceAsPrinted) }{ printed(format!("({}) “{}”", licence.source, licence.text)) }</p>
            }
            { copy_formats(view, &crate::i18n::study_name(id), &apa, ris(study), bibtex(study)) }
        </div>
    }
}

/// Renders APA segments: italics as `<i>`, links as links (opening in a new
/// tab, since they leave the app). Text only, never raw HTML.
pub fn segments(parts: &[Segment]) -> Html {
    html! {
        { for parts.iter().map(|part| match part {
            Segment::Text(t) => html! { { t.clone() } },
            Segment::Italic(t) => html! { <i>{ t.clone() }</i> },
            Segment::Link(url) => html! { <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ url.clone() }</a> },
        }) }
    }
}

/// Copy buttons for APA (as HTML and text), RIS and BibTeX, with the RIS and
/// BibTeX texts shown in boxes that wrap rather than widen the page. The
/// buttons are keyed by the view, so another view starts with no message; a
/// filter changing the text keeps them (the message belongs to the text it
/// copied, see `CopyButton`).
fn copy_formats(view: &str, name: &str, apa: &[Segment], ris: String, bibtex: String) -> Html {
    let apa_text = plain_text(apa);
    let apa_html = html(apa);
    html! {
        <div class="copy-formats" role="group" aria-label={tf(Msg::CopyCitationOf, &[("name", name)])}>
            <CopyButton key={format!("{view} apa")} label={t(Msg::CopyApa)} text={apa_text.clone()} html={Some(AttrValue::from(apa_html))} />
            <CopyButton key={format!("{view} ris")} label={t(Msg::CopyRis)} text={ris.clone()} />
            <CopyButton key={format!("{view} bib")} label={t(Msg::CopyBibtex)} text={bibtex.clone()} />
            <details class="cite-formats">
                <summary>{ crate::i18n::tx(Msg::ShowRisBibtex) }</summary>
                <pre class="bibtex" tabindex="0" lang="en" aria-label={tf(Msg::RisRecordOf, &[("name", name)])}><code>{ ris }</code></pre>
                <pre class="bibtex" tabindex="0" lang="en" aria-label={tf(Msg::BibtexEntryOf, &[("name", name)])}><code>{ bibtex }</code></pre>
            </details>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CopyProps {
    pub label: AttrValue,
    pub text: AttrValue,
    /// The same content as HTML, copied beside the text where the browser
    /// allows it.
    #[prop_or_default]
    pub html: Option<AttrValue>,
    /// Copy the table beside the button (its region's, read when clicked)
    /// instead of `text`.
    #[prop_or_default]
    pub table: bool,
    /// The button's accessible name where it differs from its label.
    #[prop_or_default]
    pub name: Option<AttrValue>,
}

/// A button that copies `text` and says, in a polite live region, whether it
/// could. The message belongs to this button and the text it copied: callers
/// key the button by the view, so another view starts with no message, and
/// a new text (a filter changed the permalink) shows none either.
#[component]
pub fn CopyButton(props: &CopyProps) -> Html {
    // The outcome with the text it was for: when the button is given another
    // text (a filter changed the permalink), the message no longer shows.
    // Keeping the component (no key by text) keeps a filter change cheap.
    let outcome = use_state_eq(|| None::<(AttrValue, CopyOutcome)>);
    let onclick = {
        let outcome = outcome.clone();
        let text = props.text.clone();
        let html = props.html.clone();
        let table = props.table;
        Callback::from(move |event: MouseEvent| {
            let outcome = outcome.clone();
            let copied_for = text.clone();
            let (text, html) = match table.then(|| browser::table_beside(&event)).flatten() {
                Some(rows) => (explorer_core::export::table_tsv(&rows.0), Some(explorer_core::export::table_html(&rows.0, rows.1))),
                None => (text.to_string(), html.as_ref().map(ToString::to_string)),
            };
            browser::copy_rich(text, html, Callback::from(move |result| outcome.set(Some((copied_for.clone(), result)))));
        })
    };
    let message = match &*outcome {
        Some((text, _)) if *text != props.text => String::new(),
        Some((_, CopyOutcome::Copied)) => t(Msg::Copied).to_string(),
        Some((_, CopyOutcome::Refused(reason))) => tf(Msg::NotCopied, &[("reason", t(*reason))]),
        None => String::new(),
    };
    html! {
        <span class="copy">
            <button type="button" {onclick} aria-label={props.name.clone()}>{ props.label.clone() }</button>
            <span class="copied" aria-live="polite">{ message }</span>
        </span>
    }
}
