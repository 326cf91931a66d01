//! The Appendix 1 passage (the paper's open-coding example of raw data), whole and as
//! printed: each coded phrase is marked, followed by the bracketed annotation
//! the paper prints after it, whose codes link to their traces. Every phrase
//! has its own in-page section (`#/study/small-giants/passage-<n>`), so a
//! concept's page can point into the passage.

use explorer_core::model::ExcerptPassage;
use explorer_core::route::Route;
use yew::prelude::*;

use crate::data::dataset;

use explorer_core::i18n::Msg;

/// The section name of phrase `index` (from 0) of the passage.
pub fn passage_section(index: usize) -> String {
    format!("passage-{}", index + 1)
}

/// The annotation as printed, with each code a link where the annotation is
/// exactly its codes' ids and labels; otherwise the printed text, then links.
fn annotation(passage: &ExcerptPassage) -> Html {
    let printed: Vec<String> = passage.codes.iter().map(|c| format!("{} {}", c.id, c.label)).collect();
    let link = |id: &str, text: String| html! { <a href={Route::Trace(id.to_string()).to_hash()}>{ text }</a> };
    if printed.join(", ") == passage.annotation {
        html! {
            <span class="annotation">{ "(" }
                { for passage.codes.iter().zip(printed).enumerate().map(|(i, (code, text))| html! {
                    <>{ if i > 0 { ", " } else { "" } }{ link(&code.id, text) }</>
                }) }
            { ")" }</span>
        }
    } else {
        html! {
            <span class="annotation">{ "(" }{ &passage.annotation }{ ")" }
                { for passage.codes.iter().map(|code| html! { <>{ " " }{ link(&code.id, code.id.clone()) }</> }) }
            </span>
        }
    }
}

/// The whole passage; `section` is the in-page section the URL names
/// (`passage-<n>` highlights phrase n).
pub fn interview_passage(section: Option<&str>) -> Html {
    let Ok(dataset) = dataset() else { return html! {} };
    let passages = &dataset.sources.small_giants.excerpt;
    if passages.is_empty() {
        return html! {};
    }
    html! {
        <section class="deferred" id="passage" aria-labelledby="passage-heading">
            <h2 id="passage-heading">{ crate::i18n::tx(Msg::PassageHeading) }</h2>
            <p>{ crate::i18n::tx(Msg::PassageLead) }</p>
            <figure class="passage">
                <blockquote lang="en">
                    { for passages.iter().enumerate().map(|(i, passage)| {
                        let id = passage_section(i);
                        let current = section == Some(id.as_str());
                        if passage.codes.is_empty() && passage.annotation.is_empty() {
                            html! { <span id={id}>{ &passage.text }</span> }
                        } else {
                            html! {
                                <span id={id} class={if current { "coded current" } else { "coded" }}>
                                    <mark>{ &passage.text }</mark>{ annotation(passage) }
                                </span>
                            }
                        }
                    }) }
                </blockquote>
                <figcaption>{ crate::i18n::tx(Msg::PassageCaption) }</figcaption>
            </figure>
        </section>
    }
}
