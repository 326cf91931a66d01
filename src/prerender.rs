//! The static first paint, rendered natively at build time (feature `ssr`,
//! never in the wasm): the root's frame around a view, exactly as the app's
//! first render draws it, through Yew's server renderer. `src/bin/prerender`
//! writes one file per route and language (see `explorer_core::shell`).

use explorer_core::route::{self, UrlState};
use yew::prelude::*;

use crate::app::{frame, AppView};

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub state: UrlState,
}

/// The root for one URL state, with no browser behind it.
#[component]
fn Shell(props: &ShellProps) -> Html {
    frame(false, false, html! { <AppView state={props.state.clone()} /> })
}

/// The HTML of the view a hash names, in the current language (see
/// `i18n::set_lang`), and its document title.
pub fn render(hash: &str) -> (String, String) {
    let state = route::parse(hash);
    let title = crate::app::title(&state.route);
    let renderer = yew::LocalServerRenderer::<Shell>::with_props(ShellProps { state }).hydratable(false);
    (title, futures_executor::block_on(renderer.render()))
}
