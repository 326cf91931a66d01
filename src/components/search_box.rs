//! The search box in the header of every view: a WAI-ARIA combobox (editable,
//! list autocomplete) whose popup lists the best matches of every kind of
//! record, grouped by kind. Focus stays in the input; Up and Down move the
//! active option, Enter opens it (or, with none active, the full results at
//! `#/search?q=…`), Escape closes the popup and then clears the query.
//!
//! Opening a match first records the search as its own history entry
//! (`#/search?q=…`), so Back from the match returns to the query and all its
//! results.
//!
//! Contract: the input is a combobox named "Search the explorer"; its popup is
//! a listbox named "Suggestions" with one group per kind.

use std::rc::Rc;

use explorer_core::route::Route;
use explorer_core::search::HitGroup;
use yew::prelude::*;

use explorer_core::i18n::{hit_kind_msg, Msg};

use crate::browser;
use crate::data::dataset;
use crate::i18n::t;
use crate::components::hits::{hit_context, hit_text};

/// How many matches of each kind the popup lists.
const PER_GROUP: usize = 3;
const LISTBOX_ID: &str = "site-search-listbox";

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// The query of the current view, where it is the search page.
    #[prop_or_default]
    pub query: AttrValue,
}

/// The targets of the popup's options, in order: every match, then "all
/// results". Option `i` has the element id `site-search-<i>`.
fn targets(groups: &[HitGroup], query: &str) -> Rc<[String]> {
    groups
        .iter()
        .flat_map(|g| g.hits.iter().map(|h| h.href.clone()))
        .chain(std::iter::once(Route::Search(query.trim().to_string()).to_hash()))
        .collect()
}

fn option_id(index: usize) -> String {
    format!("site-search-{index}")
}

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let query = use_state(|| props.query.to_string());
    let open = use_state(|| false);
    let active = use_state(|| None::<usize>);
    let navigate = browser::use_navigate();
    {
        // The search page's query shows in the box (after Back, too).
        let query = query.clone();
        use_effect_with(props.query.clone(), move |q| query.set(q.to_string()));
    }
    // The release fetches the dataset on first use: focusing the box asks
    // for it, and the suggestions come once it is here.
    // Set when the data this box asked for arrives (or fails): the box
    // renders again, reading the data anew.
    let arrived = use_state(|| false);
    // Until its code and every data file are here, the box says so.
    let dataset = dataset().ok().filter(|_| crate::data::searchable());
    let ask = {
        let arrived = arrived.clone();
        move || {
            let arrived = arrived.clone();
            crate::data::request(Callback::from(move |()| arrived.set(true)));
        }
    };
    let groups = match (&dataset, *open) {
        (Some(dataset), true) => crate::data::search(dataset, &query, PER_GROUP),
        _ => Vec::new(),
    };
    let total: usize = groups.iter().map(|g| g.total).sum();
    let options = targets(&groups, &query);
    let expanded = *open && !query.trim().is_empty();

    // Opens a choice: the search itself becomes a history entry first.
    let go = {
        let navigate = navigate.clone();
        let query = query.clone();
        let open = open.clone();
        let active = active.clone();
        let current = props.query.clone();
        Callback::from(move |href: String| {
            let search = Route::Search(query.trim().to_string()).to_hash();
            if *current != *query.trim() {
                navigate.emit(search.clone());
            }
            if href != search {
                navigate.emit(href);
            }
            open.set(false);
            active.set(None);
        })
    };
    let oninput = {
        let ask = ask.clone();
        let query = query.clone();
        let open = open.clone();
        let active = active.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
            open.set(true);
            active.set(None);
            ask();
        })
    };
    let onkeydown = {
        let open = open.clone();
        let active = active.clone();
        let query = query.clone();
        let options = options.clone();
        let go = go.clone();
        Callback::from(move |e: KeyboardEvent| {
            let count = options.len();
            match e.key().as_str() {
                "ArrowDown" | "ArrowUp" if !query.trim().is_empty() => {
                    e.prevent_default();
                    open.set(true);
                    let down = e.key() == "ArrowDown";
                    let next = match (*active, down) {
                        (None, true) => 0,
                        (None, false) => count.saturating_sub(1),
                        (Some(i), true) => (i + 1) % count.max(1),
                        (Some(i), false) => (i + count.max(1) - 1) % count.max(1),
                    };
                    active.set(Some(next));
                }
                "Enter" if !query.trim().is_empty() => {
                    e.prevent_default();
                    let target = active
                        .and_then(|i| options.get(i))
                        .cloned()
                        .unwrap_or_else(|| Route::Search(query.trim().to_string()).to_hash());
                    go.emit(target);
                }
                "Escape" => {
                    if *open && !query.is_empty() {
                        open.set(false);
                        active.set(None);
                    } else {
                        query.set(String::new());
                    }
                }
                _ => {}
            }
        })
    };
    let onblur = {
        let open = open.clone();
        let active = active.clone();
        Callback::from(move |_: FocusEvent| {
            open.set(false);
            active.set(None);
        })
    };
    let onfocus = {
        let ask = ask.clone();
        let open = open.clone();
        Callback::from(move |_: FocusEvent| {
            open.set(true);
            ask();
        })
    };
    let active_id = active.filter(|&i| i < options.len()).map(option_id);
    let option = |index: usize, content: Html| {
        let selected = *active == Some(index);
        let href = options[index].clone();
        let go = go.clone();
        // mousedown, not click: the input's blur would close the popup first.
        let onmousedown = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            go.emit(href.clone());
        });
        html! {
            <li id={option_id(index)} role="option" aria-selected={selected.to_string()}
                class={if selected { "search-option active" } else { "search-option" }} {onmousedown}>
                { content }
            </li>
        }
    };
    let mut position = 0;
    html! {
        <div class="site-search" role="search" aria-label={t(Msg::SearchLandmark)}>
            <label for="site-search-input" class="visually-hidden">{ crate::i18n::tx(Msg::SearchLabel) }</label>
            <input id="site-search-input" type="text" role="combobox" autocomplete="off" spellcheck="false"
                aria-autocomplete="list" aria-expanded={expanded.to_string()} aria-controls={LISTBOX_ID}
                aria-activedescendant={active_id.clone()} aria-describedby="site-search-hint"
                placeholder={t(Msg::SearchPlaceholder)} value={(*query).clone()}
                {oninput} {onkeydown} {onblur} {onfocus} />
            <span id="site-search-hint" class="visually-hidden">{ crate::i18n::tx(Msg::SearchHint) }</span>
            <div class={classes!("search-popup", (!expanded).then_some("hidden"))}>
                <ul id={LISTBOX_ID} role="listbox" aria-label={t(Msg::Suggestions)} hidden={!expanded}>
                    { for groups.iter().map(|group| {
                        let label_id = format!("site-search-group-{}", group.kind.key());
                        html! {
                            <li role="presentation">
                                <ul role="group" aria-labelledby={label_id.clone()}>
                                    <li role="presentation" id={label_id} class="search-group-label">
                                        { crate::i18n::tx(hit_kind_msg(group.kind)) }<span class="muted">{ format!(" ({})", group.total) }</span>
                                    </li>
                                    { for group.hits.iter().map(|hit| {
                                        position += 1;
                                        option(position - 1, html! {
                                            <>
                                                if let Some(id) = &hit.id { <span class="code" lang="en">{ id }</span>{ " " } }
                                                <span class="search-text">{ hit_text(hit) }</span>
                                                <span class="search-context">{ hit_context(hit) }</span>
                                            </>
                                        })
                                    }) }
                                </ul>
                            </li>
                        }
                    }) }
                    { option(options.len() - 1, html! {
                        <span class="search-all">{ match (&dataset, total) {
                            (None, _) => crate::i18n::txf(Msg::SearchFor, &[("query", query.trim())]),
                            (Some(_), 0) => crate::i18n::txf(Msg::NoMatchesFor, &[("query", query.trim())]),
                            (Some(_), _) => crate::i18n::txf(Msg::AllResultsFor, &[("n", &total.to_string()), ("query", query.trim())]),
                        } }</span>
                    }) }
                </ul>
                // Always there, so that a screen reader hears it change.
                <p class="search-loading" role="status">
                    if expanded && dataset.is_none() {
                        { crate::i18n::tx(if crate::data::failed() { Msg::SearchFailed } else { Msg::SearchLoading }) }
                    }
                </p>
            </div>
        </div>
    }
}
