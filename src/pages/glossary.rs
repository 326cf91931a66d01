//! The glossary (`#/glossary`, `#/glossary/<term>`): the method terms the
//! interface uses, each with the English and the standard Chinese term and a
//! one-line explanation in the reader's language. Terms elsewhere in the
//! interface link here (`term_link`).

use explorer_core::i18n::{Lang, Msg};
use yew::prelude::*;

use crate::data::glossary;
use crate::i18n::{lang, marked, t, tf, zh_glossary};

/// The groups of terms, in order, with their headings.
const GROUPS: [(&str, Msg); 3] =
    [("grounded-theory", Msg::GlossaryGroundedTheory), ("sem", Msg::GlossarySem), ("hr", Msg::GlossaryHr)];

/// The glossary page; `_section` (a term's id) is scrolled to by the app.
pub fn glossary_page(_section: Option<&str>) -> Html {
    let terms = glossary();
    if terms.is_empty() {
        return html! { <p class="panel">{ t(Msg::GlossaryEmpty) }</p> };
    }
    let zh = lang() == Lang::Zh;
    html! {
        <article class="glossary">
            <h1>{ t(Msg::TitleGlossary) }</h1>
            <p class="lead">{ t(Msg::GlossaryLead) }</p>
            { for GROUPS.iter().map(|(group, heading)| html! {
                <section aria-labelledby={format!("glossary-{group}")}>
                    <h2 id={format!("glossary-{group}")}>{ t(*heading) }</h2>
                    <dl class="terms">
                        { for terms.iter().enumerate().filter(|(_, term)| term.group == *group).map(|(i, term)| {
                            let text = if zh { zh_glossary(i).unwrap_or_default() } else { term.en_text.clone() };
                            html! {
                                <div class="term" id={term.id.clone()}>
                                    <dt>
                                        <span lang="en">{ &term.en }</span>
                                        <span class="term-zh" lang="zh-Hans">{ &term.zh }</span>
                                    </dt>
                                    <dd>{ marked(&text) }</dd>
                                </div>
                            }
                        }) }
                    </dl>
                </section>
            }) }
        </article>
    }
}

/// A term of method in the interface, linked to its glossary entry.
pub fn term_link(text: &str, term: &str) -> Html {
    html! {
        <a class="term-link" href={format!("#/glossary/{term}")} title={tf(Msg::GlossaryTermLink, &[("term", text)])}>{ text.to_string() }</a>
    }
}
