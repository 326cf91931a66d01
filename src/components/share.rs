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
use explorer_core::{Dataset, StudyId};
use yew::prelude::*;

use crate::browser::{self, CopyOutcome};
use crate::data::dataset;

/// The app's version, as Cargo.toml's package version declares it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The studies a view draws on: one for a study, code or firm, all four
/// otherwise.
pub fn studies_of(dataset: &Dataset, route: &Route) -> Vec<StudyId> {
    let one = match route {
        Route::Study(id) => StudyId::parse(id),
        Route::Trace(code) => dataset.code(code).map(|c| c.study),
        Route::Firm(id) => dataset.firm(id).map(|f| f.study),
        Route::Firms(query) => query.study,
        _ => None,
    };
    match one {
        Some(study) => vec![study],
        None => StudyId::ALL.to_vec(),
    }
}

/// "Share / Embed" and "Cite this view" for a route (a plain function: the
/// copy buttons inside keep their own state).
pub fn share_and_cite(route: &Route) -> Html {
    let Ok(dataset) = dataset() else { return html! {} };
    let hash = route.to_hash();
    let permalink = browser::permalink(&hash);
    let embed_hash = if hash.contains('?') { format!("{hash}&embed=1") } else { format!("{hash}?embed=1") };
    let snippet = format!(
        "<iframe src=\"{}\" title=\"SME Innovation Explorer: {}\" width=\"100%\" height=\"600\" style=\"border:1px solid #ccc\" loading=\"lazy\"></iframe>",
        browser::permalink(&embed_hash),
        route.title()
    );
    let studies = studies_of(&dataset, route);
    html! {
        <section class="share-cite" aria-label="Share and cite">
            <details>
                <summary>{ "Share / Embed" }</summary>
                <label for="permalink">{ "Link to this view" }</label>
                <input id="permalink" type="text" readonly=true value={permalink.clone()} />
                <CopyButton key={format!("link {permalink}")} label="Copy link" text={permalink.clone()} />
                <label for="embed-snippet">{ "Embed in a course page" }</label>
                <textarea id="embed-snippet" readonly=true rows="3" value={snippet.clone()} />
                <CopyButton key={format!("embed {snippet}")} label="Copy embed code" text={snippet.clone()} />
            </details>
            <details>
                <summary>{ "Cite this view" }</summary>
                { explorer_citation_block(&permalink) }
                { for studies.into_iter().map(|id| study_citation(&dataset, id, &hash, true)) }
            </details>
        </section>
    }
}

/// The explorer's own citation: name, version, the view's URL and today's
/// date (read from the browser).
pub fn explorer_citation_block(permalink: &str) -> Html {
    let (year, month, day) = browser::today_parts();
    let cite = explorer_citation(VERSION, permalink, Date { year, month, day });
    html! {
        <section class="cite-study cite-self" aria-labelledby="cite-self-heading">
            <h2 id="cite-self-heading">{ "This view of the explorer" }</h2>
            <p class="citation-self">{ segments(&cite.apa) }</p>
            <p class="cite-note">{ "Cite the explorer when you refer to what it shows; cite the paper below for its findings." }</p>
            { copy_formats(permalink, "the explorer", &cite.apa, cite.ris, cite.bibtex) }
        </section>
    }
}

/// One paper's citation: APA with its italics, what the paper does not print
/// (beside it), its licence where it prints one, and copy buttons for APA,
/// RIS and BibTeX. `view` is the hash of the view it is shown on; with
/// `heading` false it has no heading of its own (the Data & sources page
/// has one).
pub fn study_citation(dataset: &Dataset, id: StudyId, view: &str, heading: bool) -> Html {
    let study = dataset.study(id);
    let apa = citation::apa_segments(study);
    let mut beside: Vec<String> = citation::gaps(study);
    beside.extend(study.citation_remark.iter().cloned());
    html! {
        <div key={id.as_str()} class="cite-study">
            if heading {
                <h2>{ "Source paper: " }{ &study.short_title }</h2>
            }
            <p class="citation">{ segments(&apa) }</p>
            if !beside.is_empty() {
                <p class="citation-gaps">{ "Note, not part of the citation: " }{ beside.join(" ") }</p>
            }
            if let Some(licence) = &study.licence {
                <p class="cite-licence">{ format!("Licence, as the paper prints it ({}): “{}”", licence.source, licence.text) }</p>
            }
            { copy_formats(view, &study.short_title, &apa, ris(study), bibtex(study)) }
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
/// BibTeX texts shown in boxes that wrap rather than widen the page. Each
/// button is keyed by the view and what it copies, so another view or text
/// starts with no message.
fn copy_formats(view: &str, name: &str, apa: &[Segment], ris: String, bibtex: String) -> Html {
    let apa_text = plain_text(apa);
    let apa_html = html(apa);
    html! {
        <div class="copy-formats" role="group" aria-label={format!("Copy the citation of {name}")}>
            <CopyButton key={format!("{view} apa {apa_text}")} label="Copy APA" text={apa_text.clone()} html={Some(AttrValue::from(apa_html))} />
            <CopyButton key={format!("{view} ris {ris}")} label="Copy RIS" text={ris.clone()} />
            <CopyButton key={format!("{view} bib {bibtex}")} label="Copy BibTeX" text={bibtex.clone()} />
            <details class="cite-formats">
                <summary>{ "Show RIS and BibTeX" }</summary>
                <pre class="bibtex" tabindex="0" aria-label={format!("RIS record of {name}")}><code>{ ris }</code></pre>
                <pre class="bibtex" tabindex="0" aria-label={format!("BibTeX entry of {name}")}><code>{ bibtex }</code></pre>
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
}

/// A button that copies `text` and says, in a polite live region, whether it
/// could. The message belongs to this button and this text: callers key the
/// button by the view and the text, so another view starts with no message.
#[component]
pub fn CopyButton(props: &CopyProps) -> Html {
    let outcome = use_state_eq(|| None::<CopyOutcome>);
    let onclick = {
        let outcome = outcome.clone();
        let text = props.text.clone();
        let html = props.html.clone();
        Callback::from(move |_| {
            let outcome = outcome.clone();
            browser::copy_rich(text.to_string(), html.as_ref().map(ToString::to_string), Callback::from(move |result| outcome.set(Some(result))));
        })
    };
    let message = match &*outcome {
        Some(CopyOutcome::Copied) => "Copied".to_string(),
        Some(CopyOutcome::Refused(reason)) => format!("Not copied: {reason}. Select the text and copy it by hand."),
        None => String::new(),
    };
    html! {
        <span class="copy">
            <button type="button" {onclick}>{ props.label.clone() }</button>
            <span class="copied" aria-live="polite">{ message }</span>
        </span>
    }
}
