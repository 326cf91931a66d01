//! Search results (`#/search?q=…`): every kind of record matching the query,
//! one section per kind, best match first. The query lives in the URL, so Back
//! from a result returns here with the same results.
//!
//! Contract: each kind's results are a list named after the kind ("Codes",
//! "Firms", "Themes", "Quotations", "Source notes"); a polite status states
//! the total.

use explorer_core::i18n::{hit_kind_msg, Msg};
use explorer_core::search::search_everything;
use yew::prelude::*;

use crate::components::data_error;
use crate::components::hits::{hit_context, hit_text};
use crate::data::dataset;
use crate::i18n::{t, tf};

/// How many results of each kind are listed.
const PER_GROUP: usize = 50;

/// The results for `query`.
pub fn search_page(query: &str) -> Html {
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    let query = query.trim();
    let groups = search_everything(&dataset, query, PER_GROUP);
    let total: usize = groups.iter().map(|g| g.total).sum();
    html! {
        <>
            <h1>{ crate::i18n::tx(Msg::TitleSearch) }</h1>
            if query.is_empty() {
                <p class="lead">{ crate::i18n::tx(Msg::SearchEmpty) }</p>
            } else {
                <p class="result-count" role="status" aria-live="polite">
                    { match total { 0 => tf(Msg::NoResultsFor, &[("query", query)]), 1 => tf(Msg::OneResultFor, &[("query", query)]), n => tf(Msg::ResultsFor, &[("n", &n.to_string()), ("query", query)]) } }
                </p>
                <nav class="toc" aria-label={t(Msg::ResultKinds)}>
                    <ul>
                        { for groups.iter().map(|g| html! {
                            <li><a href={format!("#search-{}", g.kind.key())} onclick={jump(g.kind.key())}>{ crate::i18n::tx(hit_kind_msg(g.kind)) }{ format!(" ({})", g.total) }</a></li>
                        }) }
                    </ul>
                </nav>
                { for groups.iter().map(|group| {
                    let heading = format!("search-{}", group.kind.key());
                    html! {
                        <section class="search-group" aria-labelledby={heading.clone()}>
                            <h2 id={heading}>{ crate::i18n::tx(hit_kind_msg(group.kind)) }<span class="muted">{ format!(" ({})", group.total) }</span></h2>
                            <ul class="search-results" aria-label={t(hit_kind_msg(group.kind))}>
                                { for group.hits.iter().map(|hit| html! {
                                    <li>
                                        <a href={hit.href.clone()}>
                                            if let Some(id) = &hit.id { <span class="code" lang="en">{ id }</span>{ " " } }
                                            { hit_text(hit) }
                                        </a>
                                        <span class="muted">{ " · " }{ hit_context(hit) }</span>
                                    </li>
                                }) }
                            </ul>
                            if group.total > group.hits.len() {
                                <p class="muted">{ crate::i18n::txf(Msg::FirstOfListed, &[("shown", &group.hits.len().to_string()), ("total", &group.total.to_string())]) }</p>
                            }
                        </section>
                    }
                }) }
            }
        </>
    }
}

/// In-page links would replace the hash route; scroll instead.
fn jump(key: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        crate::browser::scroll_into_view(&format!("search-{key}"));
    })
}
