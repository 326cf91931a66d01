//! Data & sources: the four papers with their citations, the open data
//! (`dataset.json` and one CSV per table, written at build time), and every
//! source note.

use explorer_core::export::{apa, bibtex, TABLE_CSVS};
use explorer_core::route::Route;
use explorer_core::StudyId;
use yew::prelude::*;

use crate::components::share::CopyButton;
use crate::components::data_error;
use crate::components::notes::SourceNotes;
use crate::data::dataset;

#[component]
pub fn DataSourcesPage() -> Html {
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    let tables = TABLE_CSVS;
    html! {
        <>
            <h1>{ "Data & sources" }</h1>
            <p class="lead">{ "Everything in this explorer comes from the four papers below. Codes, labels, numbers and names are copied exactly as printed; explanations are our own words; quotations are marked. Where a paper contradicts itself or leaves a gap, the data keeps what it prints and a note says so." }</p>

            <section aria-labelledby="downloads-heading" class="panel">
                <h2 id="downloads-heading">{ "Open data" }</h2>
                <p>
                    <a class="button" href="dataset.json" download="dataset.json">{ "Download dataset.json" }</a>
                    { " All studies, the five levels of codes, all firms with their human-resource profiles, and every source note. The schema is documented in the project README." }
                </p>
                <h3>{ "For qualitative-analysis tools" }</h3>
                <p>
                    <a class="button" href="codebook.qdc" download="codebook.qdc">{ "Download the codebook (codebook.qdc)" }</a>
                    { " The small-giants coding scheme, core categories down to concepts, as a REFI-QDA codebook for QualCoder, NVivo, ATLAS.ti or MAXQDA." }
                </p>
                <h3>{ "Offline and one-file edition" }</h3>
                <p>
                    <a class="button" href="standalone.html" download="sme-innovation-explorer.html">{ "Download the one-file edition (standalone.html)" }</a>
                    { " The whole explorer in a single HTML file that opens from a USB stick or a learning platform, with no network. The hosted explorer also keeps working offline after one visit." }
                </p>
                <h3>{ "Tables as CSV" }</h3>
                <ul class="downloads">
                    { for tables.iter().map(|(name, title)| html! {
                        <li><a href={format!("data/{name}")} download={*name}>{ *name }</a>{ " — " }{ *title }</li>
                    }) }
                </ul>
            </section>

            <section aria-labelledby="papers-heading">
                <h2 id="papers-heading">{ "The papers" }</h2>
                { for StudyId::ALL.into_iter().map(|id| {
                    let study = dataset.study(id);
                    let citation = apa(study);
                    let bib = bibtex(study);
                    let heading_id = format!("paper-{id}");
                    html! {
                        <article class="panel paper" aria-labelledby={heading_id.clone()}>
                            <h3 id={heading_id}><a href={Route::Study(id.as_str().into()).to_hash()}>{ &study.short_title }</a></h3>
                            <p class="provenance">{ "Source text: shared/seeds/" }{ seed_file(id) }</p>
                            <h4>{ "APA" }</h4>
                            <p class="citation">{ citation.clone() }</p>
                            <CopyButton label="Copy APA citation" text={citation} />
                            <h4>{ "BibTeX" }</h4>
                            <pre class="bibtex" tabindex="0"><code>{ bib.clone() }</code></pre>
                            <CopyButton label="Copy BibTeX" text={bib} />
                            <SourceNotes notes={dataset.sources.notes(id).to_vec()} heading={AttrValue::from(format!("Notes on the source: {} ({})", study.short_title, dataset.sources.notes(id).len()))} />
                        </article>
                    }
                }) }
            </section>
        </>
    }
}

fn seed_file(id: StudyId) -> &'static str {
    match id {
        StudyId::SmallGiants => "000_…",
        StudyId::HaierHuawei => "001_…",
        StudyId::KunmingSem => "002_…",
        StudyId::BeijingSmes => "003_…",
    }
}
