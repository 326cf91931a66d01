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
use crate::i18n::{english, marked, t, tf};
use explorer_core::i18n::Msg;

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
        html! { <a href={DICTIONARY_FILE} download="DICTIONARY.md" lang="en">{ "DICTIONARY.md" }</a> }
    } else {
        html! { <><a href={PAGE_FILE}>{ crate::i18n::tx(Msg::DictionaryPage) }</a>{ crate::i18n::tx(Msg::DictionaryAsFile) }<a href={DICTIONARY_FILE} download="DICTIONARY.md" lang="en">{ "DICTIONARY.md" }</a></> }
    };
    html! {
        <>
            <h1>{ crate::i18n::tx(Msg::TitleData) }</h1>
            <p class="lead">{ crate::i18n::tx(Msg::DataLead) }</p>

            <section aria-labelledby="downloads-heading" class="panel" onclick={on_download}>
                <h2 id="downloads-heading">{ crate::i18n::tx(Msg::OpenData) }</h2>
                <p>
                    <a class="button" href="dataset.json" download="dataset.json">{ crate::i18n::tx(Msg::DownloadDataset) }</a>
                    { crate::i18n::tx(Msg::DatasetBlurb) }
                </p>
                <h3>{ crate::i18n::tx(Msg::ForQdaTools) }</h3>
                <p>
                    <a class="button" href="codebook.qdc" download="codebook.qdc">{ crate::i18n::tx(Msg::DownloadCodebook) }</a>
                    { marked(t(Msg::CodebookBlurb)) }
                </p>
                // The one-file edition cannot offer itself: it is this page.
                if !one_file {
                    <h3>{ crate::i18n::tx(Msg::OneFileHeading) }</h3>
                    <p>
                        <a class="button" href="standalone.html" download="sme-innovation-explorer.html">{ crate::i18n::tx(Msg::DownloadOneFile) }</a>
                        { crate::i18n::tx(Msg::OneFileBlurb) }
                    </p>
                }
                <h3>{ crate::i18n::tx(Msg::TablesCsv) }</h3>
                <p>{ marked(t(Msg::CsvBlurb)) }</p>
                <ul class="downloads">
                    { for TABLE_CSVS.iter().map(|(name, title)| html! {
                        <li><a href={format!("data/{name}")} download={*name} lang="en">{ *name }</a>{ " — " }{ english(*title) }</li>
                    }) }
                </ul>
                <h3 id="dictionary">{ crate::i18n::tx(Msg::DataDictionary) }</h3>
                <p>{ crate::i18n::tx(Msg::DictionaryBlurb) }{ dictionary_link }{ "." }</p>
            </section>

            <section class="panel licence" aria-labelledby="licence-heading">
                <h2 id="licence-heading">{ crate::i18n::tx(Msg::LicenceRights) }</h2>
                if crate::i18n::lang() == explorer_core::i18n::Lang::Zh {
                    <p>{ crate::i18n::tx(Msg::LicenceInEnglish) }</p>
                }
                <p lang="en">{ OUR_LICENCE.join(" ") }{ " " }{ QUOTATIONS }</p>
                <ul class="rights">
                    { for StudyId::ALL.into_iter().map(|id| html! { <li>{ crate::i18n::study_name_text(id) }{ ": " }{ english(rights_statement(&dataset, id)) }</li> }) }
                </ul>
            </section>

            <section aria-labelledby="papers-heading">
                <h2 id="papers-heading">{ crate::i18n::tx(Msg::ThePapers) }</h2>
                { for StudyId::ALL.into_iter().map(|id| {
                    let study = dataset.study(id);
                    let heading_id = format!("paper-{id}");
                    html! {
                        <article class="panel paper" aria-labelledby={heading_id.clone()}>
                            <h3 id={heading_id}><a href={Route::Study(id.as_str().into()).to_hash()}>{ crate::i18n::study_name_text(id) }</a></h3>
                            <p class="provenance">{ crate::i18n::tx(Msg::WhereToFind) }{ where_to_find(study) }</p>
                            { study_citation(dataset.study(id), "#/data", false) }
                            { source_notes(&dataset.sources.notes(id).iter().collect::<Vec<_>>(), Some(tf(Msg::NotesOnSourceOf, &[("name", &crate::i18n::study_name(id)), ("n", &dataset.sources.notes(id).len().to_string())]))) }
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
        (Some(doi), _) => (format!("https://doi.org/{doi}"), format!("DOI {doi}"), t(Msg::DoiPrinted)),
        (None, Some(url)) => (url.clone(), url.clone(), t(Msg::UrlPrinted)),
        (None, None) => return html! { { crate::i18n::tx(Msg::NoDoi) } },
    };
    html! { <><a {href} target="_blank" rel="noopener noreferrer" lang="en">{ text }</a>{ what }</> }
}
