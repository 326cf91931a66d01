//! What a printed page ends with: where it comes from (the citations of the
//! papers the view draws on), the permalink of the view and the date it was
//! printed. Shown only in print.

use explorer_core::export::apa;
use explorer_core::route::Route;
use yew::prelude::*;

use crate::browser;
use crate::components::share::studies_of;
use crate::data::dataset;

#[derive(Properties, PartialEq)]
pub struct PrintFooterProps {
    pub route: Route,
}

#[component]
pub fn PrintFooter(props: &PrintFooterProps) -> Html {
    // The date is read again just before printing, so a page left open
    // overnight prints the right day.
    let date = use_state(browser::today);
    {
        let date = date.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_before_print(move || date.set(browser::today()));
            move || drop(listener)
        });
    }
    let Ok(dataset) = dataset() else { return html! {} };
    let permalink = browser::permalink(&props.route.to_hash());
    html! {
        <footer class="print-only print-footer">
            <p>{ format!("Printed from the SME Innovation Explorer on {}. This view: {permalink}", *date) }</p>
            <p>{ "Source: " }</p>
            <ul>
                { for studies_of(&dataset, &props.route).into_iter().map(|id| html! { <li>{ apa(dataset.study(id)) }</li> }) }
            </ul>
        </footer>
    }
}
