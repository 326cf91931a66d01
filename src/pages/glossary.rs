//! The glossary (`#/glossary`, `#/glossary/<term>`): the method terms the
//! interface uses, each with the English and the standard Chinese term and a
//! one-line explanation in the reader's language. Terms elsewhere in the
//! interface link here (`term_link`). The glossary is a file of its own
//! (`i18n::GLOSSARY_FILE`), loaded when this page first opens, so that no
//! other view's first visit pays for it; the root renders again when it has
//! arrived (and opens at the term the URL names).

use std::cell::RefCell;
use std::rc::Rc;

use explorer_core::i18n::{Glossary, Lang, Msg};
use yew::prelude::*;

use crate::browser;
use crate::i18n::{lang, marked, rerender, GLOSSARY_FILE};

/// The groups of terms, in order, with their headings.
const GROUPS: [(&str, Msg); 3] =
    [("grounded-theory", Msg::GlossaryGroundedTheory), ("sem", Msg::GlossarySem), ("hr", Msg::GlossaryHr)];

/// Where the glossary file stands, for the life of the page.
enum State {
    NotRequested,
    Loading,
    Failed,
    Ready(Rc<Glossary>),
}

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State::NotRequested) };
}

/// The glossary page (a plain function: its file's state is global, and the
/// root renders again when the file arrives).
pub fn glossary_page() -> Html {
    let requested = STATE.with(|s| matches!(*s.borrow(), State::NotRequested));
    if requested {
        STATE.with(|s| *s.borrow_mut() = State::Loading);
        browser::load_text(
            GLOSSARY_FILE,
            Callback::from(|text: Option<String>| {
                let state = match text.and_then(|t| Glossary::decode(&t)) {
                    Some(glossary) => State::Ready(Rc::new(glossary)),
                    None => State::Failed,
                };
                STATE.with(|s| *s.borrow_mut() = state);
                rerender();
            }),
        );
    }
    let body = STATE.with(|s| match &*s.borrow() {
        State::NotRequested | State::Loading => html! { <p role="status">{ crate::i18n::tx(Msg::GlossaryLoading) }</p> },
        State::Failed => html! { <p class="callout" role="status">{ crate::i18n::tx(Msg::GlossaryEmpty) }</p> },
        State::Ready(glossary) => terms(glossary),
    });
    html! {
        <article class="glossary">
            <h1>{ crate::i18n::tx(Msg::TitleGlossary) }</h1>
            <p class="lead">{ crate::i18n::tx(Msg::GlossaryLead) }</p>
            { body }
        </article>
    }
}

fn terms(glossary: &Glossary) -> Html {
    let zh = lang() == Lang::Zh;
    html! {
        { for GROUPS.iter().map(|(group, heading)| html! {
            <section class="deferred" aria-labelledby={format!("glossary-{group}")}>
                <h2 id={format!("glossary-{group}")}>{ crate::i18n::tx(*heading) }</h2>
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
