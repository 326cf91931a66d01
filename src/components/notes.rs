//! Source notes: what a paper prints inconsistently or leaves out, shown next
//! to the records they concern.

use explorer_core::SourceNote;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceNotesProps {
    pub notes: Vec<SourceNote>,
    /// Heading text; defaults to "Notes on the source".
    #[prop_or_default]
    pub heading: Option<AttrValue>,
}

#[component]
pub fn SourceNotes(props: &SourceNotesProps) -> Html {
    if props.notes.is_empty() {
        return html! {};
    }
    let heading = props.heading.clone().unwrap_or_else(|| AttrValue::from("Notes on the source"));
    html! {
        <aside class="source-notes" aria-label={heading.clone()}>
            <h2>{ heading }</h2>
            <ul>
                { for props.notes.iter().map(|note| html! {
                    <li>
                        <span class="note-kind">{ note.kind.label() }</span>
                        <p>{ &note.text }</p>
                        <p class="provenance">{ "Source: " }{ &note.source }</p>
                    </li>
                }) }
            </ul>
        </aside>
    }
}

#[derive(Properties, PartialEq)]
pub struct ThemeMentionsProps {
    /// The record reference, e.g. `code:b3`.
    pub record: AttrValue,
}

/// Links to the themes across studies that name a record.
#[component]
pub fn ThemeMentions(props: &ThemeMentionsProps) -> Html {
    let Ok(dataset) = crate::data::dataset() else { return html! {} };
    let themes = dataset.themes_mentioning(&props.record);
    if themes.is_empty() {
        return html! {};
    }
    html! {
        <section class="theme-mentions" aria-label="Themes across studies">
            <h2>{ "In the themes across studies" }</h2>
            <ul>
                { for themes.iter().map(|t| html! { <li><a href="#/themes">{ &t.title }</a></li> }) }
            </ul>
        </section>
    }
}
