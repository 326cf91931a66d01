//! Any route the app does not know.

use yew::prelude::*;

/// The not-found view for `path`.
pub fn not_found_page(path: &str) -> Html {
    let shown: String = path.chars().take(80).collect();
    html! {
        <section class="panel not-found">
            <h1>{ "Not found" }</h1>
            <p>{ "There is no view at " }<code>{ if shown.is_empty() { "(empty)".to_string() } else { shown } }</code>{ "." }</p>
            <p>{ "The link may be mistyped or out of date. You can start again from the home page, or go straight to:" }</p>
            <ul class="link-list">
                <li><a href="#/">{ "Home" }</a></li>
                <li><a href="#/trace">{ "Trace the coding" }</a></li>
                <li><a href="#/firms">{ "All 26 firms" }</a></li>
                <li><a href="#/data">{ "Data & sources" }</a></li>
            </ul>
        </section>
    }
}
