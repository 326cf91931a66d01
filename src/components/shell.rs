//! The site chrome: skip link, header with the product name and navigation,
//! the main region, and the footer. In embed mode the chrome is replaced by
//! a slim bar with a link to the full explorer.

use explorer_core::i18n::{study_msg, Lang, Msg};
use explorer_core::route::{with_lang, Route};
use explorer_core::StudyId;
use yew::prelude::*;

use crate::browser;
use crate::i18n::{lang, t};
use crate::components::print_footer::print_footer;
use crate::components::search_box::SearchBox;
use crate::components::share::{share_and_cite, Panels};

pub struct ShellProps {
    pub route: Route,
    pub embed: bool,
    pub children: Html,
}

/// The navigation entries: label, target, and whether a route belongs to it.
fn nav_entries() -> Vec<(Msg, Route)> {
    let mut entries = vec![(Msg::NavHome, Route::Home)];
    entries.extend(StudyId::ALL.into_iter().map(|id| (study_msg(id), Route::Study(id.as_str().into()))));
    entries.extend([
        (Msg::NavThemes, Route::Themes),
        (Msg::NavTrace, Route::TraceIndex),
        (Msg::NavFirms, Route::Firms(Default::default())),
        (Msg::NavLearn, Route::Learn),
        (Msg::NavChecks, Route::Checks),
        (Msg::NavGlossary, Route::Glossary),
        (Msg::NavData, Route::Data),
    ]);
    entries
}

/// The language switcher: a link to this view in the other language, named
/// in both languages.
fn language_switch() -> Html {
    let other = match lang() {
        Lang::En => Lang::Zh,
        Lang::Zh => Lang::En,
    };
    let href = with_lang(&browser::current_hash(), other);
    let label = format!("{}: {}", t(Msg::LangSwitch), other.own_name());
    html! {
        <a class="lang-switch" href={href} hreflang={other.tag()} lang={other.tag()} aria-label={label}>{ other.own_name() }</a>
    }
}

/// Whether the nav entry `target` is the current section for `route`.
fn is_current(target: &Route, route: &Route) -> bool {
    match (target, route) {
        (Route::Home, Route::Home) => true,
        (Route::Study(a), Route::Study(b)) => a == b,
        (Route::TraceIndex, Route::TraceIndex | Route::Trace(_)) => true,
        (Route::Firms(_), Route::Firms(_) | Route::Firm(_)) => true,
        (Route::Data, Route::Data) => true,
        (Route::Themes, Route::Themes) => true,
        (Route::Glossary, Route::Glossary) => true,
        (Route::Learn, Route::Learn | Route::Tour(..) | Route::Exercise(..)) => true,
        (Route::Checks, Route::Checks) => true,
        _ => false,
    }
}

/// The chrome around a page (a plain function; `AppView` holds its state):
/// `menu_open` is whether the narrow-screen menu is open, `panels` which of
/// Share and Cite are open, `print_date` the date a printed page names.
pub fn shell(props: &ShellProps, menu_open: &UseStateHandle<bool>, panels: &Panels, print_date: &str) -> Html {
    if props.embed {
        let full = browser::permalink(&props.route.to_hash());
        return html! {
            <div class="app embed">
                <header class="embed-bar">
                    <span class="brand-small">{ crate::i18n::tx(Msg::ProductName) }</span>
                    <a href={full} target="_blank" rel="noopener">{ crate::i18n::tx(Msg::OpenInFull) }</a>
                </header>
                <main id="main" tabindex="-1">
                    { props.children.clone() }
                    { print_footer(&props.route, print_date) }
                </main>
            </div>
        };
    }
    html! {
        <div class="app">
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                // A plain "#main" link would replace the route; focus instead.
                e.prevent_default();
                browser::focus("main");
            })}>{ crate::i18n::tx(Msg::SkipToContent) }</a>
            <header class="site-header">
                <div class="header-inner">
                    <a class="brand" href="#/">
                        <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                            <circle cx="16" cy="6" r="4" />
                            <circle cx="6" cy="24" r="4" />
                            <circle cx="26" cy="24" r="4" />
                            <path d="M16 10 L6 20 M16 10 L26 20" />
                        </svg>
                        <span>{ crate::i18n::tx(Msg::ProductName) }</span>
                    </a>
                    <SearchBox query={match &props.route { Route::Search(q) => AttrValue::from(q.clone()), _ => AttrValue::default() }} />
                    <button type="button" class="nav-toggle" aria-controls="main-nav" aria-expanded={menu_open.to_string()}
                        onclick={{ let menu_open = menu_open.clone(); Callback::from(move |_| menu_open.set(!*menu_open)) }}>
                        { crate::i18n::tx(Msg::Menu) }
                    </button>
                    { language_switch() }
                    <nav id="main-nav" aria-label={t(Msg::NavMain)} class={classes!((*menu_open).then_some("open"))}>
                        <ul>
                            { for nav_entries().into_iter().map(|(label, target)| {
                                let current = is_current(&target, &props.route);
                                html! {
                                    <li>
                                        <a href={target.to_hash()} aria-current={current.then_some("page")}>{ t(label) }</a>
                                    </li>
                                }
                            }) }
                        </ul>
                    </nav>
                </div>
            </header>
            <main id="main" tabindex="-1">
                { props.children.clone() }
                { share_and_cite(&props.route, panels) }
                { print_footer(&props.route, print_date) }
            </main>
            <footer class="site-footer">
                <p>{ crate::i18n::tx(Msg::FooterAbout) }</p>
                <p><a href="#/data">{ crate::i18n::tx(Msg::NavData) }</a>{ " · " }<a href="dataset.json" lang="en">{ "dataset.json" }</a></p>
            </footer>
        </div>
    }
}
