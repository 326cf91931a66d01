//! What a printed page ends with: where it comes from (the citations of the
//! papers the view draws on), the permalink of the view and the date it was
//! printed. Shown only in print.

use explorer_core::export::apa;
use explorer_core::route::Route;
use yew::prelude::*;

use crate::browser;
use crate::components::share::studies_of;
use crate::data::index;
use crate::i18n::english;
use explorer_core::i18n::Msg;

/// The footer of a printed view; `date` is today's, read again just before
/// printing (by the app, see `AppView`), so a page left open overnight
/// prints the right day.
pub fn print_footer(route: &Route, date: &str) -> Html {
    let Some(index) = index() else { return html! {} };
    let permalink = browser::permalink(&route.to_hash());
    html! {
        <footer class="print-only print-footer">
            <p>{ crate::i18n::txf(Msg::PrintedFrom, &[("date", date), ("link", &permalink)]) }</p>
            <p>{ crate::i18n::tx(Msg::SourceLabel) }</p>
            <ul>
                { for studies_of(route).into_iter().filter_map(|id| index.study(id)).map(|study| html! { <li>{ english(apa(study)) }</li> }) }
            </ul>
        </footer>
    }
}
