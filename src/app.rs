//! The root component: reads the URL state, sets the document title, moves
//! focus on navigation, and renders the shell around the page for the route.
//! The URL is the one source of truth for what is shown.

use explorer_core::route::{Route, UrlState};
use yew::prelude::*;

use crate::browser;
use crate::components::shell::Shell;
use crate::components::warnings::UrlWarnings;
use crate::pages;

/// The product name, used in the header and the document title.
pub const PRODUCT_NAME: &str = "SME Innovation Explorer";

#[component]
pub fn App() -> Html {
    let (state, navigator) = browser::use_url_state();
    html! {
        <ContextProvider<browser::Navigator> context={navigator}>
            <AppView state={state} />
        </ContextProvider<browser::Navigator>>
    }
}

#[derive(Properties, PartialEq)]
pub struct AppViewProps {
    pub state: UrlState,
}

/// The app for a given URL state (separate from `App` so that component
/// tests can render any route without touching the real URL).
#[component]
pub fn AppView(props: &AppViewProps) -> Html {
    let UrlState { route, embed, warnings } = &props.state;
    let title = format!("{} · {PRODUCT_NAME}", route.title());
    // The view, ignoring the firm filter: changing a facet keeps focus on
    // the facet; opening another view moves focus to the new view.
    let view = match route {
        Route::Firms(_) => "#/firms".to_string(),
        other => other.to_hash(),
    };
    {
        let first = use_mut_ref(|| true);
        use_effect_with(view, move |_| {
            // Not on first load, where focus should stay at the top.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                browser::focus("main");
            }
        });
    }
    use_effect_with(title, |title| browser::set_title(title));
    html! {
        <Shell route={route.clone()} embed={*embed}>
            <UrlWarnings warnings={warnings.clone()} />
            { page(route) }
        </Shell>
    }
}

fn page(route: &Route) -> Html {
    match route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::Study(id) => html! { <pages::study::StudyPage id={id.clone()} /> },
        Route::TraceIndex => html! { <pages::trace::TraceIndexPage /> },
        Route::Trace(code) => html! { <pages::trace::TracePage code={code.clone()} /> },
        Route::Firms(query) => html! { <pages::firms::FirmsPage query={query.clone()} /> },
        Route::Firm(id) => html! { <pages::firm::FirmPage id={id.clone()} /> },
        Route::Data => html! { <pages::data_sources::DataSourcesPage /> },
        Route::Themes => html! { <pages::themes::ThemesPage /> },
        Route::NotFound(path) => html! { <pages::not_found::NotFoundPage path={path.clone()} /> },
    }
}
