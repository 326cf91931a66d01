//! The root component: reads the URL state, sets the document title, moves
//! focus on navigation, and renders the shell around the page for the route.
//! The URL is the one source of truth for what is shown.

use explorer_core::i18n::{Lang, Msg};
use explorer_core::route::{Route, UrlState};
use yew::prelude::*;

use crate::browser;
use crate::components::shell::{shell, ShellProps};
use crate::components::warnings::url_warnings;
use crate::i18n::{self, t};
use crate::views::{self, Status};

#[component]
pub fn App() -> Html {
    let (state, navigator) = browser::use_url_state();
    browser::install_navigator(&navigator);
    {
        let navigator = navigator.clone();
        let embedded = state.embed;
        use_effect_with(embedded, move |embedded| {
            let protocol = if *embedded { browser::start_embed_protocol(navigator) } else { None };
            move || drop(protocol)
        });
    }
    // Bumped when an interface file arrives (the Chinese bundle, the
    // glossary), so that the views show it. Hooks are few on purpose: each
    // kind of hook adds generic code to the first visit's download.
    let version = use_state(|| 0u32);
    // Bumped when something arrives that the reader has moved on from
    // (`i18n::refresh`): the view renders again, the window stays.
    let refreshed = use_state(|| 0u32);
    i18n::set_rerender({
        let (version, refreshed) = (version.clone(), refreshed.clone());
        Callback::from(move |again: bool| {
            let count = if again { &version } else { &refreshed };
            count.set(count.wrapping_add(1));
        })
    });
    // A new deployment that took over while this page runs: a notice with
    // a Reload button (see `browser::on_new_version`).
    let new_version = use_state(|| false);
    {
        let new_version = new_version.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_new_version(Callback::from(move |()| new_version.set(true)));
            move || drop(listener)
        });
    }
    // The language: the URL's (remembered for later visits), else the
    // remembered or preferred one.
    if let Some(lang) = state.lang {
        browser::remember_lang(lang);
    }
    let wanted = state.lang.unwrap_or_else(browser::preferred_lang);
    if wanted == Lang::Zh && !i18n::zh_loaded() && !i18n::zh_failed() {
        i18n::request_zh();
        // A moment, before the Chinese bundle arrives: no English interface
        // flashes by.
        return html! { <p class="loading" role="status">{ crate::i18n::tx(Msg::LoadingChinese) }</p> };
    }
    let shown = if i18n::set_lang(wanted) { wanted } else { i18n::set_lang(Lang::En); Lang::En };
    browser::set_document_lang(shown);
    browser::set_document_scheme(state.scheme.map(|s| s.key()));
    let view = html! { <AppView key={shown.key()} state={state} version={*version} refreshed={*refreshed} /> };
    html! {
        <ContextProvider<browser::Navigator> context={navigator}>
            { frame(wanted == Lang::Zh && shown == Lang::En, *new_version, view) }
        </ContextProvider<browser::Navigator>>
    }
}

/// What the root shows around the view: the notice that Chinese could not be
/// loaded, the new-version notice, the view. `prerender` writes the same
/// frame around the same view, so the static first paint and the app's
/// first render are one layout.
pub fn frame(zh_unavailable: bool, new_version: bool, view: Html) -> Html {
    html! {
        <>
            if zh_unavailable {
                <p class="url-warnings" role="status">{ crate::i18n::tx(Msg::ZhUnavailable) }</p>
            }
            <div class="update-notice" role="status">
                if new_version {
                    { crate::i18n::tx(Msg::NewVersion) }{ " " }
                    <button type="button" onclick={Callback::from(|_: MouseEvent| browser::reload())}>{ crate::i18n::tx(Msg::ReloadNow) }</button>
                }
            </div>
            { view }
        </>
    }
}

/// The document title for a route.
pub fn title(route: &Route) -> String {
    format!("{} · {}", route.title(i18n::table()), t(Msg::ProductName))
}

#[derive(Properties, PartialEq)]
pub struct AppViewProps {
    pub state: UrlState,
    /// Changes when an interface file has arrived (see `App`).
    #[prop_or_default]
    pub version: u32,
    /// Changes when something has arrived that renders in place (see `App`).
    #[prop_or_default]
    pub refreshed: u32,
}

/// The app for a given URL state (separate from `App` so that component
/// tests can render any route without touching the real URL).
#[component]
pub fn AppView(props: &AppViewProps) -> Html {
    let UrlState { route, section, embed, warnings, .. } = &props.state;
    let embedded = *embed;
    let title = title(route);
    // The view, ignoring the firm filter: changing a facet keeps focus and
    // scroll position on the facet; opening another view (or another section
    // of it) moves focus to the new view and scrolls to its top, to the
    // section its URL names, or, on Back and Forward, to where the reader left.
    let view = match route {
        Route::Firms(_) => "#/firms".to_string(),
        other => other.to_hash(),
    };
    // A tour step or an exercise gives focus to its heading.
    let focus_target = if matches!(route, Route::Tour(..) | Route::Exercise(..)) { "step-heading" } else { "main" };
    {
        let first = use_mut_ref(|| true);
        use_effect_with((view, section.clone(), props.version), move |(_, section, _)| {
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            // The static first paint, if the start-up script showed one, gives
            // way to the live view, which has just rendered the same layout.
            // A reader who scrolled the shell stays at the same text.
            let mut target = browser::take_scroll_target();
            if first {
                browser::remove_shell();
                if let Some(position) = browser::take_shell_position() {
                    target = Some(browser::ScrollTarget::Restore(position));
                }
            }
            let at_section = match (target, section) {
                (Some(browser::ScrollTarget::Restore(position)), _) => {
                    browser::restore_position(position);
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
                browser::focus(focus_target);
            }
        });
    }
    {
        use_effect_with((title, route.to_hash()), move |(title, hash)| {
            browser::set_title(title);
            if embedded {
                browser::report_view(hash, title);
            }
        });
    }
    // The shell's state: the narrow-screen menu, closed whenever the route
    // changes; which of Share and Cite are open (they stay open from view to
    // view, as the `<details>` do); and the date a printed page names, read
    // again just before printing.
    let menu_open = use_state(|| false);
    {
        let menu_open = menu_open.clone();
        // Only when open: setting a state, even to its value, renders again,
        // and a facet toggle would render the whole view twice.
        use_effect_with(route.clone(), move |_| {
            if *menu_open {
                menu_open.set(false);
            }
        });
    }
    let panels = use_state(|| 0u8);
    let print_date = use_state(browser::today);
    {
        let print_date = print_date.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_before_print(move || {
                print_date.set(browser::today());
                // Notes closed on screen are part of the printed page.
                browser::open_all("details.section-notes");
            });
            move || drop(listener)
        });
    }
    let children = html! {
        <>
            { url_warnings(warnings) }
            { page(route, section) }
        </>
    };
    shell(&ShellProps { route: route.clone(), embed: *embed, children }, &menu_open, &panels, &print_date)
}

/// The route's view, once its part of the code is loaded (`views`): until
/// then a line saying so, and where the part could not be fetched, a way to
/// try again.
fn page(route: &Route, section: &Option<String>) -> Html {
    match views::status(route) {
        Status::Ready(view) => view(route, section.as_deref()),
        Status::Loading => {
            views::request(route);
            html! { <p class="loading" role="status">{ t(Msg::LoadingView) }</p> }
        }
        Status::Failed => {
            let retry = {
                let route = route.clone();
                Callback::from(move |_: MouseEvent| views::request(&route))
            };
            html! {
                <section class="panel error" role="alert">
                    <p>{ t(Msg::ViewUnavailable) }</p>
                    <button type="button" onclick={retry}>{ t(Msg::TryAgain) }</button>
                </section>
            }
        }
    }
}
