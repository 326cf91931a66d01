//! Trace: search and browse the coding (`#/trace`), and one code's chains up
//! to its core category and what lies below it (`#/trace/<code>`).
//!
//! Contract: on `#/trace/<code>` each chain is an ordered list whose
//! accessible name begins with "Trace"; its items run from the code up to the
//! top level, one per level, and each item's text begins with the code.

use explorer_core::route::Route;
use explorer_core::trace::{trace, Trace};
use explorer_core::{Code, Dataset, Level, StudyId};
use yew::prelude::*;

use crate::components::code_tree::{counts_text, CodeTree};
use crate::components::data_error;
use crate::components::notes::{source_notes, theme_mentions};
use crate::components::passage::passage_section;
use crate::data::dataset;

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
            <h1>{ "Trace" }</h1>
            <p class="lead">{ "Follow any code of the small-giants study up through its five levels (concept a*, core theme b*, initial category A*, category S*, core category C*), or any item of the Kunming survey up to its construct." }</p>
            <p class="hint">{ "To find a code by id or label, use the search box at the top of the page; it searches firms, themes, quotations and notes too." }</p>
            <section aria-labelledby="tree-heading">
                <h2 id="tree-heading">{ "The coding of the small-giants study" }</h2>
                <p class="hint">{ "Use the arrow keys to move, Right and Left to open and close, Home and End to jump, Enter to open a code." }</p>
                <CodeTree roots={grounded_roots} label="Small-giants coding, from core categories to concepts" />
            </section>
            <section aria-labelledby="measurement-tree-heading">
                <h2 id="measurement-tree-heading">{ "The Kunming measurement model" }</h2>
                <CodeTree roots={measurement_roots} label="Kunming measurement model, from constructs to items" />
            </section>
        </>
    }
}

fn study_name(dataset: &Dataset, id: StudyId) -> String {
    dataset.study(id).short_title.clone()
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
                        <h1>{ "No code “" }{ shown.clone() }{ ellipsis }{ "” in these studies" }</h1>
                        <p>{ "Codes are matched exactly as printed, including upper and lower case (b3 is a core theme, B3 is nothing)." }</p>
                        if !unknown.suggestions.is_empty() {
                            <h2>{ "Did you mean" }</h2>
                            <ul class="link-list" aria-label="Suggested codes">
                                { for unknown.suggestions.iter().filter_map(|id| dataset.code(id)).map(|code| html! {
                                    <li><a href={Route::Trace(code.id.clone()).to_hash()}><span class="code">{ &code.id }</span>{ " " }{ &code.label }</a></li>
                                }) }
                            </ul>
                        }
                        <p><a href={Route::Search(unknown.input.chars().take(60).collect()).to_hash()}>{ "Search for “" }{ shown.clone() }{ "” in every kind of record" }</a>{ " · " }<a href="#/trace">{ "Browse all codes" }</a></p>
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

fn item_text(code: &Code) -> Html {
    html! { <><span class="code">{ &code.id }</span>{ " " }{ &code.label }</> }
}

fn chain_name(found: &Trace, chain: &[&Code]) -> String {
    let top = chain.last().map(|c| c.id.as_str()).unwrap_or_default();
    let via: Vec<&str> = chain.iter().skip(1).take(chain.len().saturating_sub(2)).map(|c| c.id.as_str()).collect();
    if via.is_empty() {
        format!("Trace {} to {top}", found.code.id)
    } else {
        format!("Trace {} to {top} via {}", found.code.id, via.join(", "))
    }
}

fn trace_view(dataset: &Dataset, found: &Trace) -> Html {
    let code = found.code;
    let variants = code.variant_labels();
    let scheme: &[Level] = if Level::GROUNDED_THEORY.contains(&code.level) { &Level::GROUNDED_THEORY } else { &Level::MEASUREMENT };
    html! {
        <article class="trace">
            <p class="kicker">{ code.level.title() }{ " · " }{ study_name(dataset, code.study) }</p>
            <h1><span class="code">{ &code.id }</span>{ " " }{ &code.label }</h1>
            if !variants.is_empty() {
                <p class="variants">{ "Also printed as: " }
                    { for variants.iter().enumerate().map(|(i, p)| html! { <>{ if i > 0 { "; " } else { "" } }{ "“" }{ &p.label }{ "” (" }{ &p.source }{ ")" }</> }) }
                </p>
            }
            <p class="provenance">{ "Defined in " }{ &code.source }{ " of " }<a href={Route::Study(code.study.as_str().into()).to_hash()}>{ study_name(dataset, code.study) }</a>{ "." }</p>

            <section aria-labelledby="chain-heading">
                <h2 id="chain-heading">{ if code.level.is_top() { "Top level" } else { "Up to the top" } }</h2>
                if found.chains.len() > 1 {
                    <p class="callout" role="note">{ format!("{} is listed under more than one parent: the paper lists it {} times, so it has {} chains.", code.id, found.chains.len(), found.chains.len()) }</p>
                }
                { for found.chains.iter().map(|chain| html! {
                    <ol class={classes!("chain", format!("levels-{}", chain.len()))} aria-label={chain_name(found, chain)}>
                        { for chain.iter().enumerate().map(|(i, link)| html! {
                            <li class={classes!((i == 0).then_some("current"))}>
                                if i == 0 { <span>{ item_text(link) }</span> } else { <a href={Route::Trace(link.id.clone()).to_hash()}>{ item_text(link) }</a> }
                                <span class="level-tag">{ link.level.title() }</span>
                            </li>
                        }) }
                    </ol>
                }) }
                { diagram(scheme, found) }
            </section>

            if !found.children.is_empty() {
                <section aria-labelledby="below-heading">
                    <h2 id="below-heading">{ "Below" }</h2>
                    <p>{ counts_text(dataset, &code.id) }</p>
                    <ul class="children" aria-label={format!("Children of {}", code.id)}>
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
                    <h2 id="excerpt-heading">{ "In the interview excerpt (Appendix 1)" }</h2>
                    { for found.excerpt_passages.iter().filter_map(|&i| dataset.sources.small_giants.excerpt.get(i).map(|p| (i, p))).map(|(i, p)| html! {
                        <figure class="excerpt">
                            <blockquote lang="en">{ "“…" }{ p.text.trim() }{ "…”" }</blockquote>
                            <figcaption>{ "Coded as (" }<span lang="en">{ &p.annotation }</span>{ "). Raw interview data quoted from Appendix 1. " }
                                <a href={Route::Study(StudyId::SmallGiants.as_str().into()).section_hash(&passage_section(i))}>{ format!("Read it in the whole passage (phrase {})", i + 1) }</a>
                            </figcaption>
                        </figure>
                    }) }
                </section>
            }

            if !found.structural_paths.is_empty() {
                <section aria-labelledby="paths-heading">
                    <h2 id="paths-heading">{ "Structural paths of its construct" }</h2>
                    <ul>
                        { for found.structural_paths.iter().map(|p| html! {
                            <li>
                                <a href={Route::Trace(p.from.clone()).to_hash()}>{ &p.from }</a>{ " → " }<a href={Route::Trace(p.to.clone()).to_hash()}>{ &p.to }</a>
                                { format!(": standardised coefficient {} ({}; text: {}), {}", p.std, p.p, p.p_text, p.hypothesis) }
                            </li>
                        }) }
                    </ul>
                    <p class="provenance">{ "Source: Table 7 and the hypothesis tests." }</p>
                </section>
            }

            { theme_mentions(&format!("{}:{}", record_kind(code.level), code.id)) }
            { source_notes(&found.notes, None) }
        </article>
    }
}

/// The levels of the scheme as a row of boxes (a column on narrow screens),
/// bottom level first, with the codes on this trace's chains highlighted.
/// HTML rather than SVG, so its text keeps the page's size at every width.
fn diagram(scheme: &[Level], found: &Trace) -> Html {
    html! {
        <figure class="levels-diagram">
            <ol class={classes!("levels", format!("levels-{}", scheme.len()))}
                aria-label={format!("Levels of the scheme; {} sits at level {}", found.code.id, found.code.level.title())}>
                { for scheme.iter().map(|level| {
                    // Each code once, in the order of the chains.
                    let mut on_chain: Vec<&str> = Vec::new();
                    for code in found.chains.iter().flat_map(|c| c.iter()).filter(|c| c.level == *level) {
                        if !on_chain.contains(&code.id.as_str()) {
                            on_chain.push(&code.id);
                        }
                    }
                    let active = !on_chain.is_empty();
                    html! {
                        <li class={classes!("level-box", active.then_some("active"))}>
                            <span class="level-name">{ level.title() }</span>
                            <span class="level-codes" lang="en">{ on_chain.join(", ") }</span>
                        </li>
                    }
                }) }
            </ol>
            <figcaption>{ "The levels of the coding, lowest first; highlighted: where this code's chains pass." }</figcaption>
        </figure>
    }
}
