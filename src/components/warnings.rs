//! Shows what the URL asked for but could not be applied (unknown
//! parameters, bad values), so a mistyped link explains itself.

use explorer_core::i18n::Msg;
use explorer_core::route::Warning;
use yew::prelude::*;

use crate::i18n::table;

/// The warnings of the current URL, if any.
pub fn url_warnings(warnings: &[Warning]) -> Html {
    if warnings.is_empty() {
        return html! {};
    }
    html! {
        <div class="url-warnings" role="status">
            <p><strong>{ crate::i18n::tx(Msg::WarningsHeading) }</strong></p>
            <ul>
                { for warnings.iter().map(|w| html! { <li>{ w.message(table()) }</li> }) }
            </ul>
        </div>
    }
}
