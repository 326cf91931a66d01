//! Search results (`#/search?q=…`): every kind of record matching the query,
//! one section per kind, best match first. The query lives in the URL, so Back
//! from a result returns here with the same results.
//!
//! Contract: each kind's results are a list named after the kind ("Codes",
//! "Firms", "Themes", "Quotations", "Source notes"); a polite status states
//! the total.

use explorer_core::search::search_everything;
use yew::prelude::*;

use crate::components::data_error;
use crate::data::dataset;

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
            <h1>{ "Search" }</h1>
            if query.is_empty() {
                <p class="lead">{ "Type in the search box at the top of the page: codes by id or label, firms, themes, quotations from the papers and source notes. Codes are matched exactly as printed first (a7 is a concept, A7 an initial category)." }</p>
            } else {
                <p class="result-count" role="status" aria-live="polite">
                    { match total { 0 => format!("No results for “{query}”"), 1 => format!("1 result for “{query}”"), n => format!("{n} results for “{query}”") } }
                </p>
                <nav class="toc" aria-label="Result kinds">
                    <ul>
                        { for groups.iter().map(|g| html! {
                            <li><a href={format!("#search-{}", g.kind.key())} onclick={jump(g.kind.key())}>{ g.kind.title() }{ format!(" ({})", g.total) }</a></li>
                        }) }
                    </ul>
                </nav>
                { for groups.iter().map(|group| {
                    let heading = format!("search-{}", group.kind.key());
                    html! {
                        <section class="search-group" aria-labelledby={heading.clone()}>
                            <h2 id={heading}>{ group.kind.title() }<span class="muted">{ format!(" ({})", group.total) }</span></h2>
                            <ul class="search-results" aria-label={group.kind.title()}>
                                { for group.hits.iter().map(|hit| html! {
                                    <li>
                                        <a href={hit.href.clone()}>
                                            if let Some(id) = &hit.id { <span class="code" lang="en">{ id }</span>{ " " } }
                                            <span lang="en">{ &hit.text }</span>
                                        </a>
                                        <span class="muted">{ " · " }{ &hit.context }</span>
                                    </li>
                                }) }
                            </ul>
                            if group.total > group.hits.len() {
                                <p class="muted">{ format!("The first {} of {} are listed; add a word to narrow the search.", group.hits.len(), group.total) }</p>
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
