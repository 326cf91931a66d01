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
    let UrlState { route, section, embed, warnings } = &props.state;
    let title = format!("{} · {PRODUCT_NAME}", route.title());
    // The view, ignoring the firm filter: changing a facet keeps focus and
    // scroll position on the facet; opening another view (or another section
    // of it) moves focus to the new view and scrolls to its top, to the
    // section its URL names, or, on Back and Forward, to where the reader left.
    let view = match route {
        Route::Firms(_) => "#/firms".to_string(),
        other => other.to_hash(),
    };
    {
        let first = use_mut_ref(|| true);
        use_effect_with((view, section.clone()), move |(_, section)| {
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            let target = browser::take_scroll_target();
            let at_section = match (target, section) {
                (Some(browser::ScrollTarget::Restore(y)), _) => {
                    browser::scroll_to_y(y);
                    false
                }
                (_, Some(section)) => browser::scroll_into_view(section),
                (Some(browser::ScrollTarget::Top), None) => {
                    browser::scroll_to_y(0.0);
                    false
                }
                (None, None) => false,
            };
            // Not on first load, where focus should stay at the top.
            if !first && !at_section {
                browser::focus("main");
            }
        });
    }
    use_effect_with(title, |title| browser::set_title(title));
    html! {
        <Shell route={route.clone()} embed={*embed}>
            <UrlWarnings warnings={warnings.clone()} />
            { page(route, section) }
        </Shell>
    }
}

fn page(route: &Route, section: &Option<String>) -> Html {
    match route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::Study(id) => html! { <pages::study::StudyPage id={id.clone()} section={section.clone()} /> },
        Route::TraceIndex => html! { <pages::trace::TraceIndexPage /> },
        Route::Trace(code) => html! { <pages::trace::TracePage code={code.clone()} /> },
        Route::Firms(query) => html! { <pages::firms::FirmsPage query={query.clone()} /> },
        Route::Firm(id) => html! { <pages::firm::FirmPage id={id.clone()} /> },
        Route::Data => html! { <pages::data_sources::DataSourcesPage /> },
        Route::Themes => html! { <pages::themes::ThemesPage /> },
        Route::Search(query) => html! { <pages::search::SearchPage query={query.clone()} /> },
        Route::NotFound(path) => html! { <pages::not_found::NotFoundPage path={path.clone()} /> },
    }
}
