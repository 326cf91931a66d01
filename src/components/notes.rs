//! Source notes: what a paper prints inconsistently or leaves out, shown next
//! to the records they concern.

use explorer_core::SourceNote;
use yew::prelude::*;

/// The notes, under `heading` (default "Notes on the source"); nothing where
/// there are none.
pub fn source_notes(notes: &[&SourceNote], heading: Option<String>) -> Html {
    if notes.is_empty() {
        return html! {};
    }
    let heading = heading.unwrap_or_else(|| "Notes on the source".to_string());
    html! {
        <aside class="source-notes" aria-label={heading.clone()}>
            <h2>{ heading }</h2>
            <ul>
                { for notes.iter().map(|note| html! {
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

/// Links to the themes across studies that name a record (`code:b3`).
pub fn theme_mentions(record: &str) -> Html {
    let Ok(dataset) = crate::data::dataset() else { return html! {} };
    let themes = dataset.themes_mentioning(record);
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
