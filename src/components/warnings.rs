//! Shows what the URL asked for but could not be applied (unknown
//! parameters, bad values), so a mistyped link explains itself.

use yew::prelude::*;

/// The warnings of the current URL, if any.
pub fn url_warnings(warnings: &[String]) -> Html {
    if warnings.is_empty() {
        return html! {};
    }
    html! {
        <div class="url-warnings" role="status">
            <p><strong>{ "Part of this link was ignored:" }</strong></p>
            <ul>
                { for warnings.iter().map(|w| html! { <li>{ w }</li> }) }
            </ul>
        </div>
    }
}
