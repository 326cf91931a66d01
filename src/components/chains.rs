//! A code's chains up to the top of its scheme, and the levels diagram: on a
//! code's trace and in the tours' steps.

use explorer_core::i18n::{level_msg, Msg};
use explorer_core::route::Route;
use explorer_core::trace::Trace;
use explorer_core::{Code, Level};
use yew::prelude::*;

use crate::i18n::{printed, t, tf};

/// Every chain of a code up to the top of its scheme, each an ordered list
/// (the code first, then a link per level), with a note where there are
/// several, and the levels diagram (the trace page, and the tour's steps).
pub fn chains(found: &Trace, scheme: &[Level]) -> Html {
    let code = found.code;
    html! {
        <>
            if found.chains.len() > 1 {
                <p class="callout" role="note">{ crate::i18n::txf(Msg::MultipleParents, &[("code", &code.id), ("n", &found.chains.len().to_string())]) }</p>
            }
            { for found.chains.iter().map(|chain| html! {
                <ol class={classes!("chain", format!("levels-{}", chain.len()))} aria-label={chain_name(found, chain)}>
                    { for chain.iter().enumerate().map(|(i, link)| html! {
                        <li class={classes!((i == 0).then_some("current"))}>
                            if i == 0 { <span>{ item_text(link) }</span> } else { <a href={Route::Trace(link.id.clone()).to_hash()}>{ item_text(link) }</a> }
                            <span class="level-tag">{ crate::i18n::tx(level_msg(link.level)) }</span>
                        </li>
                    }) }
                </ol>
            }) }
            { diagram(scheme, found) }
        </>
    }
}

/// The levels of the scheme as a row of boxes (a column on narrow screens),
/// bottom level first, with the codes on this trace's chains highlighted.
/// HTML rather than SVG, so its text keeps the page's size at every width.
fn diagram(scheme: &[Level], found: &Trace) -> Html {
    html! {
        <figure class="levels-diagram">
            <ol class={classes!("levels", format!("levels-{}", scheme.len()))}
                aria-label={tf(Msg::LevelsOfScheme, &[("code", &found.code.id), ("level", t(level_msg(found.code.level)))])}>
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
                            <span class="level-name">{ crate::i18n::tx(level_msg(*level)) }</span>
                            <span class="level-codes" lang="en">{ on_chain.join(", ") }</span>
                        </li>
                    }
                }) }
            </ol>
            <figcaption>{ crate::i18n::tx(Msg::LevelsCaption) }</figcaption>
            { crate::components::figures::figure_downloads(crate::components::figures::Figure::chains(&found.code.id, found.code.study), &tf(Msg::FigChains, &[("code", &found.code.id)])) }
        </figure>
    }
}

fn chain_name(found: &Trace, chain: &[&Code]) -> String {
    let top = chain.last().map(|c| c.id.as_str()).unwrap_or_default();
    let via: Vec<&str> = chain.iter().skip(1).take(chain.len().saturating_sub(2)).map(|c| c.id.as_str()).collect();
    if via.is_empty() {
        tf(Msg::ChainTo, &[("code", &found.code.id), ("top", top)])
    } else {
        tf(Msg::ChainVia, &[("code", &found.code.id), ("top", top), ("via", &via.join(", "))])
    }
}

pub fn item_text(code: &Code) -> Html {
    html! { <><span class="code" lang="en">{ &code.id }</span>{ " " }{ printed(code.label.clone()) }</> }
}
