//! Data & sources: the open data (`dataset.json`, one CSV per table, the
//! codebook and the data dictionary, written at build time), the licence and
//! rights, and the four papers with their citations, where to find them and
//! every source note.
//!
//! In the one-file edition the files beside the page cannot be fetched; the
//! page carries them inside itself, and a click on a download link takes the
//! file from there (`browser::download_embedded_on_click`).

use explorer_core::dictionary::{rights_statement, OUR_LICENCE, PAGE_FILE, QUOTATIONS};
use explorer_core::export::{DICTIONARY_FILE, TABLE_CSVS};
use explorer_core::route::Route;
use explorer_core::{Study, StudyId};
use yew::prelude::*;

use crate::browser;
use crate::components::data_error;
use crate::components::notes::source_notes;
use crate::components::share::study_citation;
use crate::data::dataset;

/// Data & sources (a plain function: it keeps no state).
pub fn data_sources_page() -> Html {
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    let one_file = browser::is_one_file_edition();
    let on_download = Callback::from(|event: MouseEvent| browser::download_embedded_on_click(&event));
    // The dictionary page sits beside the data; the one-file edition carries
    // only its Markdown twin.
    let dictionary_link = if one_file {
        html! { <a href={DICTIONARY_FILE} download="DICTIONARY.md">{ "DICTIONARY.md" }</a> }
    } else {
        html! { <><a href={PAGE_FILE}>{ "the data dictionary page" }</a>{ ", or the same as a file, " }<a href={DICTIONARY_FILE} download="DICTIONARY.md">{ "DICTIONARY.md" }</a></> }
    };
    html! {
        <>
            <h1>{ "Data & sources" }</h1>
            <p class="lead">{ "Everything in this explorer comes from the four papers below. Codes, labels, numbers and names are copied exactly as printed; explanations are our own words; quotations are marked. Where a paper contradicts itself or leaves a gap, the data keeps what it prints and a note says so." }</p>

            <section aria-labelledby="downloads-heading" class="panel" onclick={on_download}>
                <h2 id="downloads-heading">{ "Open data" }</h2>
                <p>
                    <a class="button" href="dataset.json" download="dataset.json">{ "Download dataset.json" }</a>
                    { " All studies, the five levels of codes, all firms with their human-resource profiles, and every source note, each field described in the data dictionary below." }
                </p>
                <h3>{ "For qualitative-analysis tools" }</h3>
                <p>
                    <a class="button" href="codebook.qdc" download="codebook.qdc">{ "Download the codebook (codebook.qdc)" }</a>
                    { " The small-giants coding scheme, core categories down to concepts, as a REFI-QDA codebook for QualCoder, NVivo, ATLAS.ti or MAXQDA." }
                </p>
                // The one-file edition cannot offer itself: it is this page.
                if !one_file {
                    <h3>{ "Offline and one-file edition" }</h3>
                    <p>
                        <a class="button" href="standalone.html" download="sme-innovation-explorer.html">{ "Download the one-file edition (standalone.html)" }</a>
                        { " The whole explorer in a single HTML file that opens from a USB stick or a learning platform, with no network. The hosted explorer also keeps working offline after one visit." }
                    </p>
                }
                <h3>{ "Tables as CSV" }</h3>
                <p>{ "UTF-8 with a byte-order mark, so that Excel shows α, ≥ and – correctly; R (readr) and pandas read them as they are." }</p>
                <ul class="downloads">
                    { for TABLE_CSVS.iter().map(|(name, title)| html! {
                        <li><a href={format!("data/{name}")} download={*name}>{ *name }</a>{ " — " }{ *title }</li>
                    }) }
                </ul>
                <h3 id="dictionary">{ "Data dictionary" }</h3>
                <p>{ "Every file, column and field, with its type, allowed values and meaning: " }{ dictionary_link }{ "." }</p>
            </section>

            <section class="panel licence" aria-labelledby="licence-heading">
                <h2 id="licence-heading">{ "Licence and rights" }</h2>
                <p>{ OUR_LICENCE.join(" ") }{ " " }{ QUOTATIONS }</p>
                <ul class="rights">
                    { for StudyId::ALL.into_iter().map(|id| html! { <li>{ format!("{}: {}", dataset.study(id).short_title, rights_statement(&dataset, id)) }</li> }) }
                </ul>
            </section>

            <section aria-labelledby="papers-heading">
                <h2 id="papers-heading">{ "The papers" }</h2>
                { for StudyId::ALL.into_iter().map(|id| {
                    let study = dataset.study(id);
                    let heading_id = format!("paper-{id}");
                    html! {
                        <article class="panel paper" aria-labelledby={heading_id.clone()}>
                            <h3 id={heading_id}><a href={Route::Study(id.as_str().into()).to_hash()}>{ &study.short_title }</a></h3>
                            <p class="provenance">{ "Where to find it: " }{ where_to_find(study) }</p>
                            { study_citation(&dataset, id, "#/data", false) }
                            { source_notes(&dataset.sources.notes(id).iter().collect::<Vec<_>>(), Some(format!("Notes on the source: {} ({})", study.short_title, dataset.sources.notes(id).len()))) }
                        </article>
                    }
                }) }
            </section>
        </>
    }
}

/// The DOI or URL the paper prints, as a link, or a plain statement that it
/// prints none.
fn where_to_find(study: &Study) -> Html {
    let (href, text, what) = match (&study.doi, &study.url) {
        (Some(doi), _) => (format!("https://doi.org/{doi}"), format!("DOI {doi}"), " (the DOI the paper prints)"),
        (None, Some(url)) => (url.clone(), url.clone(), " (the URL the paper prints)"),
        (None, None) => return html! { { "not printed: the paper gives no DOI or URL" } },
    };
    html! { <><a {href} target="_blank" rel="noopener noreferrer">{ text }</a>{ what }</> }
}
