//! Shows what the URL asked for but could not be applied (unknown
//! parameters, bad values), so a mistyped link explains itself.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UrlWarningsProps {
    pub warnings: Vec<String>,
}

#[component]
pub fn UrlWarnings(props: &UrlWarningsProps) -> Html {
    if props.warnings.is_empty() {
        return html! {};
    }
    html! {
        <div class="url-warnings" role="status">
            <p><strong>{ "Part of this link was ignored:" }</strong></p>
            <ul>
                { for props.warnings.iter().map(|w| html! { <li>{ w }</li> }) }
            </ul>
        </div>
    }
}
