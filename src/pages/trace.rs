//! Trace: search and browse the coding (`#/trace`), and one code's chains up
//! to its core category and what lies below it (`#/trace/<code>`).
//!
//! Contract: on `#/trace/<code>` each chain is an ordered list whose
//! accessible name begins with "Trace"; its items run from the code up to the
//! top level, one per level, and each item's text begins with the code.

use explorer_core::i18n::{level_msg, level_term, Msg};
use explorer_core::route::Route;
use explorer_core::trace::{trace, Trace};
use explorer_core::{Code, Dataset, Level, StudyId};
use yew::prelude::*;

use crate::components::code_tree::{counts_text, CodeTree};
use crate::components::data_error;
use crate::components::notes::{source_notes, theme_mentions};
use crate::components::passage::passage_section;
use crate::data::dataset;
use crate::i18n::{english, printed, t, tf, with_code};
use crate::components::chains::{chains, item_text};
use crate::components::term_link::term_link;

/// The coding as trees (a plain function: it keeps no state).
pub fn trace_index_page() -> Html {
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    let grounded_roots: Vec<String> = dataset.codes_at(Level::CoreCategory).map(|c| c.id.clone()).collect();
    let measurement_roots: Vec<String> = dataset.codes_at(Level::Construct).map(|c| c.id.clone()).collect();
    html! {
        <>
            <h1>{ crate::i18n::tx(Msg::TitleTraceIndex) }</h1>
            <p class="lead">{ crate::i18n::tx(Msg::TraceLead) }</p>
            <p class="hint">{ crate::i18n::tx(Msg::TraceSearchHint) }</p>
            <section aria-labelledby="tree-heading">
                <h2 id="tree-heading">{ crate::i18n::tx(Msg::TraceTreeHeading) }</h2>
                <p class="hint">{ crate::i18n::tx(Msg::TraceTreeKeys) }</p>
                <CodeTree roots={grounded_roots} label={t(Msg::TraceTreeLabel)} />
            </section>
            <section aria-labelledby="measurement-tree-heading">
                <h2 id="measurement-tree-heading">{ crate::i18n::tx(Msg::TraceMeasurementHeading) }</h2>
                <CodeTree roots={measurement_roots} label={t(Msg::TraceMeasurementLabel)} />
            </section>
        </>
    }
}

fn study_name(_dataset: &Dataset, id: StudyId) -> String {
    crate::i18n::study_name(id)
}

/// One code's trace, or suggestions where `code` names none.
pub fn trace_page(code: &str) -> Html {
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    match trace(&dataset, code) {
        Ok(found) => trace_view(&dataset, &found),
        Err(unknown) => {
            let shown: String = unknown.input.chars().take(60).collect();
            let ellipsis = if unknown.input.chars().count() > 60 { "…" } else { "" };
            html! {
                <>
                    <section class="panel">
                        <h1>{ with_code(t(Msg::TraceNoCode), "code", &format!("{shown}{ellipsis}")) }</h1>
                        <p>{ crate::i18n::tx(Msg::TraceCaseHint) }</p>
                        if !unknown.suggestions.is_empty() {
                            <h2>{ crate::i18n::tx(Msg::DidYouMean) }</h2>
                            <ul class="link-list" aria-label={t(Msg::SuggestedCodes)}>
                                { for unknown.suggestions.iter().filter_map(|id| dataset.code(id)).map(|code| html! {
                                    <li><a href={Route::Trace(code.id.clone()).to_hash()}><span class="code" lang="en">{ &code.id }</span>{ " " }{ printed(code.label.clone()) }</a></li>
                                }) }
                            </ul>
                        }
                        <p><a href={Route::Search(unknown.input.chars().take(60).collect()).to_hash()}>{ with_code(t(Msg::SearchEverywhere), "query", &shown) }</a>{ " · " }<a href="#/trace">{ crate::i18n::tx(Msg::BrowseAllCodes) }</a></p>
                    </section>
                </>
            }
        }
    }
}

/// The record-reference kind of a code at a level (`code`, `item`, …).
fn record_kind(level: Level) -> &'static str {
    match level {
        Level::Item => "item",
        Level::Dimension => "dimension",
        Level::Construct => "construct",
        _ => "code",
    }
}

fn trace_view(dataset: &Dataset, found: &Trace) -> Html {
    let code = found.code;
    let variants = code.variant_labels();
    let scheme: &[Level] = if Level::GROUNDED_THEORY.contains(&code.level) { &Level::GROUNDED_THEORY } else { &Level::MEASUREMENT };
    html! {
        <article class="trace">
            <p class="kicker">{ term_link(t(level_msg(code.level)), level_term(code.level)) }{ " · " }{ study_name(dataset, code.study) }</p>
            <h1><span class="code" lang="en">{ &code.id }</span>{ " " }{ printed(code.label.clone()) }</h1>
            if !variants.is_empty() {
                <p class="variants">{ crate::i18n::tx(Msg::AlsoPrintedAs) }
                    { for variants.iter().enumerate().map(|(i, p)| html! { <>{ if i > 0 { "; " } else { "" } }{ "“" }{ printed(p.label.clone()) }{ "” (" }{ english(p.source.clone()) }{ ")" }</> }) }
                </p>
            }
            <p class="provenance">{ defined_in(&code.source, code.study) }</p>
            if code.study == StudyId::KunmingSem {
                { crate::components::check_marks::check_marks(StudyId::KunmingSem, &check_records(dataset, code)) }
            }
            <p class="compare-link"><a href={Route::Compare(explorer_core::compare::CompareQuery { firms: Vec::new(), codes: vec![code.id.clone()] }).to_hash()}>{ crate::i18n::tx(Msg::CompareWith) }</a></p>

            <section aria-labelledby="chain-heading">
                <h2 id="chain-heading">{ if code.level.is_top() { crate::i18n::tx(Msg::TopLevel) } else { crate::i18n::tx(Msg::UpToTop) } }</h2>
                { chains(found, scheme) }
            </section>

            if !found.children.is_empty() {
                <section aria-labelledby="below-heading">
                    <h2 id="below-heading">{ crate::i18n::tx(Msg::Below) }</h2>
                    <p>{ counts_text(dataset, &code.id) }</p>
                    <ul class="children" aria-label={tf(Msg::ChildrenOf, &[("code", &code.id)])}>
                        { for found.children.iter().map(|child| {
                            let counts = counts_text(dataset, &child.id);
                            html! {
                                <li>
                                    <a href={Route::Trace(child.id.clone()).to_hash()}>{ item_text(child) }</a>
                                    if !counts.is_empty() { <span class="muted">{ " — " }{ counts }</span> }
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }

            if !found.excerpt_passages.is_empty() {
                <section aria-labelledby="excerpt-heading">
                    <h2 id="excerpt-heading">{ crate::i18n::tx(Msg::InExcerpt) }</h2>
                    { for found.excerpt_passages.iter().filter_map(|&i| dataset.sources.small_giants.excerpt.get(i).map(|p| (i, p))).map(|(i, p)| html! {
                        <figure class="excerpt">
                            <blockquote lang="en">{ "“…" }{ p.text.trim() }{ "…”" }</blockquote>
                            <figcaption>{ coded_as(&p.annotation) }
                                <a href={Route::Study(StudyId::SmallGiants.as_str().into()).section_hash(&passage_section(i))}>{ crate::i18n::txf(Msg::ReadInPassage, &[("n", &(i + 1).to_string())]) }</a>
                            </figcaption>
                        </figure>
                    }) }
                </section>
            }

            if !found.structural_paths.is_empty() {
                <section aria-labelledby="paths-heading">
                    <h2 id="paths-heading">{ crate::i18n::tx(Msg::PathsOfConstruct) }</h2>
                    <ul>
                        { for found.structural_paths.iter().map(|p| html! {
                            <li>
                                <a href={Route::Trace(p.from.clone()).to_hash()}>{ &p.from }</a>{ " → " }<a href={Route::Trace(p.to.clone()).to_hash()}>{ &p.to }</a>
                                { crate::i18n::txf(Msg::PathLine, &[("std", &p.std), ("p", &p.p), ("ptext", &p.p_text), ("hypothesis", &p.hypothesis)]) }
                            </li>
                        }) }
                    </ul>
                    <p class="provenance">{ crate::i18n::tx(Msg::SourceTable7) }</p>
                </section>
            }

            { theme_mentions(&format!("{}:{}", record_kind(code.level), code.id)) }
            { source_notes(&found.notes, None) }
        </article>
    }
}

/// "Defined in Table 2 of Small giants.", the place as printed.
fn defined_in(source: &str, study: StudyId) -> Html {
    let template = t(Msg::DefinedIn);
    let link = html! { <a href={Route::Study(study.as_str().into()).to_hash()}>{ crate::i18n::study_name_text(study) }</a> };
    fill_html(template, &[("source", english(source.to_string())), ("study", link)])
}

/// "Coded as (a1 Internal training)…", the annotation as printed.
fn coded_as(annotation: &str) -> Html {
    fill_html(t(Msg::CodedAs), &[("annotation", printed(annotation.to_string()))])
}

/// A catalog template with its placeholders filled by markup.
fn fill_html(template: &str, parts: &[(&str, Html)]) -> Html {
    crate::i18n::fill_html(template, parts)
}

/// The records whose recomputations concern a Kunming code: a dimension or
/// construct itself; for an item, the dimension its CFA table loads it under.
fn check_records(dataset: &Dataset, code: &Code) -> Vec<String> {
    match code.level {
        Level::Dimension => vec![format!("dimension:{}", code.id)],
        Level::Construct => vec![format!("construct:{}", code.id)],
        _ => dataset
            .sources
            .kunming
            .item
            .iter()
            .find(|i| i.id == code.id)
            .and_then(|i| i.dimensions.last())
            .map(|d| vec![format!("dimension:{d}")])
            .unwrap_or_default(),
    }
}
