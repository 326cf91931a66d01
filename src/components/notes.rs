//! Source notes: what a paper prints inconsistently or leaves out, shown next
//! to the records they concern.

use explorer_core::i18n::{note_kind_msg, Msg};
use explorer_core::SourceNote;
use yew::prelude::*;

use crate::i18n::{english, ours, ours_plain, t};

/// The notes, under `heading` (default "Notes on the source"); nothing where
/// there are none.
pub fn source_notes(notes: &[&SourceNote], heading: Option<String>) -> Html {
    if notes.is_empty() {
        return html! {};
    }
    let heading = heading.unwrap_or_else(|| t(Msg::NotesHeading).to_string());
    html! {
        <aside class="source-notes" aria-label={heading.clone()}>
            <h2>{ heading }</h2>
            { note_list(notes) }
        </aside>
    }
}

/// The notes as a list, each with its kind, text and source.
pub fn note_list(notes: &[&SourceNote]) -> Html {
    html! {
        <ul class="note-list">
            { for notes.iter().map(|note| html! {
                <li>
                    <span class="note-kind">{ crate::i18n::tx(note_kind_msg(note.kind)) }</span>
                    <p>{ ours(&note.text) }</p>
                    <p class="provenance">{ crate::i18n::tx(Msg::SourceLabel) }{ english(note.source.clone()) }</p>
                </li>
            }) }
        </ul>
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
        <section class="theme-mentions" aria-label={t(Msg::ThemesAcross)}>
            <h2>{ crate::i18n::tx(Msg::InThemes) }</h2>
            <ul>
                { for themes.iter().map(|theme| html! { <li><a href={format!("#/themes/{}", theme.id)}>{ ours_plain(&theme.title) }</a></li> }) }
            </ul>
        </section>
    }
}

/// A mark beside a value that a source note concerns (a table row, a code,
/// a path): a link to the notes of the section that holds them, which it
/// opens. Nothing where no note concerns `record` (`item:IL6`, `firm:CF8`).
pub fn note_mark(study: explorer_core::StudyId, record: &str) -> Html {
    let Ok(dataset) = crate::data::dataset() else { return html! {} };
    let notes = dataset.notes_for(record);
    let Some(first) = notes.first() else { return html! {} };
    let section = explorer_core::records::note_section(study, first);
    let target = if section == "notes" { "notes".to_string() } else { format!("notes-{section}") };
    let href = explorer_core::route::Route::Study(study.as_str().into()).section_hash(&target);
    let label = crate::i18n::tf(Msg::NoteMarkLabel, &[("n", &notes.len().to_string())]);
    html! {
        <>{ " " }<a class="note-mark" href={href} title={label.clone()} aria-label={label}>{ crate::i18n::tx(Msg::NoteMark) }</a></>
    }
}
