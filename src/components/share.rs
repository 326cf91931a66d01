//! "Share / Embed" and "Cite this view", under every view: the view's
//! permalink, a ready `<iframe>` snippet, and the source paper(s) in APA and
//! BibTeX, each with a one-click copy.

use explorer_core::export::{apa, bibtex};
use explorer_core::route::Route;
use explorer_core::{Dataset, StudyId};
use yew::prelude::*;

use crate::browser;
use crate::data::dataset;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub route: Route,
}

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

#[component]
pub fn ShareAndCite(props: &ShareProps) -> Html {
    let Ok(dataset) = dataset() else { return html! {} };
    let hash = props.route.to_hash();
    let permalink = browser::permalink(&hash);
    let embed_hash = if hash.contains('?') { format!("{hash}&embed=1") } else { format!("{hash}?embed=1") };
    let snippet = format!(
        "<iframe src=\"{}\" title=\"SME Innovation Explorer: {}\" width=\"100%\" height=\"600\" style=\"border:1px solid #ccc\" loading=\"lazy\"></iframe>",
        browser::permalink(&embed_hash),
        props.route.title()
    );
    let studies = studies_of(&dataset, &props.route);
    html! {
        <section class="share-cite" aria-label="Share and cite">
            <details>
                <summary>{ "Share / Embed" }</summary>
                <label for="permalink">{ "Link to this view" }</label>
                <input id="permalink" type="text" readonly=true value={permalink.clone()} />
                { copy_button_component("Copy link", permalink) }
                <label for="embed-snippet">{ "Embed in a course page" }</label>
                <textarea id="embed-snippet" readonly=true rows="3" value={snippet.clone()} />
                { copy_button_component("Copy embed code", snippet) }
            </details>
            <details>
                <summary>{ "Cite this view" }</summary>
                { for studies.into_iter().map(|id| {
                    let study = dataset.study(id);
                    html! {
                        <div class="cite-study">
                            <p class="citation">{ apa(study) }</p>
                            { copy_button_component("Copy APA", apa(study)) }
                            <pre class="bibtex" tabindex="0"><code>{ bibtex(study) }</code></pre>
                            { copy_button_component("Copy BibTeX", bibtex(study)) }
                        </div>
                    }
                }) }
                <p class="provenance">{ "Viewed in the SME Innovation Explorer: " }{ browser::permalink(&hash) }</p>
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CopyProps {
    pub label: AttrValue,
    pub text: AttrValue,
}

/// A button that copies `text` and says whether it could.
#[component]
pub fn CopyButton(props: &CopyProps) -> Html {
    let copied = use_state(|| None::<bool>);
    let onclick = {
        let copied = copied.clone();
        let text = props.text.clone();
        Callback::from(move |_| copied.set(Some(browser::copy_text(&text))))
    };
    html! {
        <span class="copy">
            <button type="button" {onclick}>{ props.label.clone() }</button>
            <span class="copied" aria-live="polite">{ match *copied {
                Some(true) => "Copied",
                Some(false) => "This browser does not allow copying here; select the text instead",
                None => "",
            } }</span>
        </span>
    }
}

fn copy_button_component(label: &'static str, text: String) -> Html {
    html! { <CopyButton label={label} text={text} /> }
}
