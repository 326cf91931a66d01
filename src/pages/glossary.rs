//! The glossary (`#/glossary`, `#/glossary/<term>`): the method terms the
//! interface uses, each with the English and the standard Chinese term and a
//! one-line explanation in the reader's language. Terms elsewhere in the
//! interface link here (`term_link`). The glossary is a file of its own
//! (`i18n::GLOSSARY_FILE`), loaded when this page first opens, so that no
//! other view's first visit pays for it.

use std::cell::RefCell;
use std::rc::Rc;

use explorer_core::i18n::{Glossary, Lang, Msg};
use yew::prelude::*;

use crate::browser;
use crate::i18n::{lang, marked, t, tf, GLOSSARY_FILE};

/// The groups of terms, in order, with their headings.
const GROUPS: [(&str, Msg); 3] =
    [("grounded-theory", Msg::GlossaryGroundedTheory), ("sem", Msg::GlossarySem), ("hr", Msg::GlossaryHr)];

thread_local! {
    /// The glossary once loaded (for the life of the page).
    static LOADED: RefCell<Option<Rc<Glossary>>> = const { RefCell::new(None) };
}

#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    /// The term the URL names, scrolled to once the glossary has loaded.
    #[prop_or_default]
    pub section: Option<AttrValue>,
}

/// Where the glossary file stands.
#[derive(Clone, PartialEq)]
enum State {
    Loading,
    Failed,
    Ready(Rc<Glossary>),
}

/// The glossary page.
#[component]
pub fn GlossaryPage(props: &GlossaryProps) -> Html {
    let state = use_state(|| LOADED.with(|l| l.borrow().clone()).map_or(State::Loading, State::Ready));
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if *state == State::Loading {
                browser::load_file(
                    GLOSSARY_FILE,
                    Callback::from(move |bytes: Result<Vec<u8>, String>| {
                        match bytes.and_then(|b| postcard::from_bytes::<Glossary>(&b).map_err(|e| e.to_string())) {
                            Ok(glossary) => {
                                let glossary = Rc::new(glossary);
                                LOADED.with(|l| *l.borrow_mut() = Some(glossary.clone()));
                                state.set(State::Ready(glossary));
                            }
                            Err(_) => state.set(State::Failed),
                        }
                    }),
                );
            }
        });
    }
    // Once the terms are on the page, open at the one the URL names.
    {
        let ready = matches!(*state, State::Ready(_));
        use_effect_with((ready, props.section.clone()), |(ready, section)| {
            if let (true, Some(section)) = (ready, section) {
                browser::scroll_into_view(section);
            }
        });
    }
    let body = match &*state {
        State::Loading => html! { <p role="status">{ t(Msg::GlossaryLoading) }</p> },
        State::Failed => html! { <p class="callout" role="status">{ t(Msg::GlossaryEmpty) }</p> },
        State::Ready(glossary) => terms(glossary),
    };
    html! {
        <article class="glossary">
            <h1>{ t(Msg::TitleGlossary) }</h1>
            <p class="lead">{ t(Msg::GlossaryLead) }</p>
            { body }
        </article>
    }
}

fn terms(glossary: &Glossary) -> Html {
    let zh = lang() == Lang::Zh;
    html! {
        { for GROUPS.iter().map(|(group, heading)| html! {
            <section aria-labelledby={format!("glossary-{group}")}>
                <h2 id={format!("glossary-{group}")}>{ t(*heading) }</h2>
                <dl class="terms">
                    { for glossary.terms.iter().filter(|term| term.group == *group).map(|term| html! {
                        <div class="term" id={term.id.clone()}>
                            <dt>
                                <span lang="en">{ &term.en }</span>
                                <span class="term-zh" lang="zh-Hans">{ &term.zh }</span>
                            </dt>
                            <dd>{ if zh { marked(&term.zh_text) } else { html! { { term.en_text.clone() } } } }</dd>
                        </div>
                    }) }
                </dl>
            </section>
        }) }
    }
}

/// A term of method in the interface, linked to its glossary entry.
pub fn term_link(text: &str, term: &str) -> Html {
    html! {
        <a class="term-link" href={format!("#/glossary/{term}")} title={tf(Msg::GlossaryTermLink, &[("term", text)])}>{ text.to_string() }</a>
    }
}
