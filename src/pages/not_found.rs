//! Any route the app does not know.

use explorer_core::i18n::Msg;
use yew::prelude::*;

use crate::i18n::t;

/// The not-found view for `path`.
pub fn not_found_page(path: &str) -> Html {
    let shown: String = path.chars().take(80).collect();
    html! {
        <section class="panel not-found">
            <h1>{ crate::i18n::tx(Msg::TitleNotFound) }</h1>
            <p>{ crate::i18n::with_code(t(Msg::NotFoundAt), "path", &if shown.is_empty() { t(Msg::NotFoundEmpty).to_string() } else { shown }) }</p>
            <p>{ crate::i18n::tx(Msg::NotFoundHelp) }</p>
            <ul class="link-list">
                <li><a href="#/">{ crate::i18n::tx(Msg::NavHome) }</a></li>
                <li><a href="#/trace">{ crate::i18n::tx(Msg::NotFoundTrace) }</a></li>
                <li><a href="#/firms">{ crate::i18n::tx(Msg::NotFoundFirms) }</a></li>
                <li><a href="#/data">{ crate::i18n::tx(Msg::NavData) }</a></li>
            </ul>
        </section>
    }
}
