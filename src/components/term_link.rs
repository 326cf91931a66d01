//! A term of method in the interface, linked to its glossary entry.

use explorer_core::i18n::Msg;
use yew::prelude::*;

use crate::i18n::tf;

/// A term of method in the interface, linked to its glossary entry.
pub fn term_link(text: &str, term: &str) -> Html {
    html! {
        <a class="term-link" href={format!("#/glossary/{term}")} title={tf(Msg::GlossaryTermLink, &[("term", text)])}>{ text.to_string() }</a>
    }
}
