//! A study page, shown before told: what the study found, drawn, first; then
//! its findings and what it is (question, method, sample); then its tables;
//! and an "On this page" table of contents beside the text on wide screens,
//! at the top on narrow ones. Every section is a route
//! (`#/study/<id>/<section>`, see `explorer_core::records::study_sections`),
//! and the source notes about a section follow it, closed, with their count.
//! One module per study renders its own sections.

pub mod beijing;
pub mod haier_huawei;
pub mod kunming;
pub mod small_giants;

use explorer_core::export::apa;
use explorer_core::i18n::Msg;
use explorer_core::records::{note_section, study_sections};
use explorer_core::route::Route;
use explorer_core::{Dataset, SourceNote, StudyId};
use yew::prelude::*;

use crate::components::data_error;
use crate::components::notes::note_list;
use crate::data::dataset;
use crate::i18n::{english, ours, printed, t, tf, tx, txf, with_code};

/// What a study's own sections' module draws: one of its page's sections
/// by name (with the in-page section the URL names), or a piece of one that
/// a tour's step shows (`explorer_core::learn::tours::Live::sections`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Piece<'a> {
    Section(&'a str, Option<&'a str>),
    /// The small giants' model, drawn.
    ModelDiagram,
    /// Haier and Huawei's milestones, drawn.
    Timeline,
    /// The Kunming items a dimension loads, with their loadings.
    Loadings(&'a str),
}

/// A study's own sections: `sections` in the study's module. The release
/// ships each study's as a module of its own, so that a link to one study
/// does not fetch the other three's tables and diagrams
/// (`views::sections`, `explorer_core::part::sections_of`).
pub type Sections = fn(&Dataset, Piece) -> Html;

/// A study's page; `section` is the in-page section the URL names, if any.
pub fn study_page(id: &str, section: Option<&str>) -> Html {
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    let given = id;
    let Some(id) = StudyId::parse(given) else {
        let shown: String = given.chars().take(60).collect();
        return html! {
            <section class="panel">
                <h1>{ tx(Msg::TitleStudyNotFound) }</h1>
                <p>{ with_code(t(Msg::StudyNotFoundText), "id", &shown) }</p>
                <ul class="link-list">
                    { for StudyId::ALL.into_iter().map(|s| html! {
                        <li><a href={Route::Study(s.as_str().into()).to_hash()}>{ crate::i18n::study_name_text(s) }</a></li>
                    }) }
                </ul>
            </section>
        };
    };
    let study = dataset.study(id);
    let title = match &study.title {
        Some(title) => printed(title.clone()),
        None => txf(Msg::TitleNotPrinted, &[("name", &crate::i18n::study_name(id))]),
    };
    let notes = dataset.sources.notes(id);
    let notes_of = |name: &str| notes.iter().filter(|n| note_section(id, n) == name).collect::<Vec<&SourceNote>>();
    let route = Route::Study(id.as_str().into());
    html! {
        <article class="study">
            <header class="study-header">
                <p class="kicker">{ crate::i18n::study_name_text(id) }{ " · " }{ study.year }</p>
                <h1>{ title }</h1>
                if !study.authors.is_empty() {
                    <p class="authors" lang="en">{ study.authors.join(", ") }</p>
                }
                <p class="citation" lang="en">{ apa(study) }</p>
            </header>
            <div class="with-toc">
                <nav class="page-toc" aria-label={t(Msg::OnThisPage)}>
                    <details open={crate::browser::is_wide()} data-open-wide="">
                        <summary>{ tx(Msg::OnThisPage) }</summary>
                        <ol>
                            { for study_sections(id).iter().map(|name| {
                                let count = notes_of(name).len();
                                html! {
                                    <li>
                                        <a href={route.section_hash(name)}>{ tx(section_title(id, name)) }</a>
                                        if count > 0 && *name != "notes" { <span class="muted">{ " · " }{ note_count(count) }</span> }
                                    </li>
                                }
                            }) }
                        </ol>
                    </details>
                </nav>
                <div class="study-body">
                    { for study_sections(id).iter().map(|name| html! {
                        <>
                            { section_html(&dataset, id, name, section) }
                            if *name != "notes" { { section_notes(name, &notes_of(name)) } }
                        </>
                    }) }
                </div>
            </div>
        </article>
    }
}

/// "3 notes".
fn note_count(n: usize) -> String {
    if n == 1 { t(Msg::OneNote).to_string() } else { tf(Msg::NotesCount, &[("n", &n.to_string())]) }
}

/// The notes about one section, closed, their count in the summary.
fn section_notes(name: &str, notes: &[&SourceNote]) -> Html {
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <details class="section-notes" id={format!("notes-{name}")}>
            <summary>{ txf(Msg::NotesOnSection, &[("n", &notes.len().to_string())]) }</summary>
            { note_list(notes) }
        </details>
    }
}

/// The title of a section of a study page, as its heading says it.
fn section_title(study: StudyId, name: &str) -> Msg {
    match (study, name) {
        (_, "findings") => Msg::KeyFindings,
        (_, "about") => Msg::AboutStudy,
        (_, "notes") => Msg::NotesOnStudy,
        (StudyId::SmallGiants, "model") => Msg::SgModelHeading,
        (StudyId::SmallGiants, "passage") => Msg::PassageHeading,
        (StudyId::SmallGiants, "firms") => Msg::SgFirmsHeading,
        (StudyId::HaierHuawei, "milestones") => Msg::DatedMilestones,
        (StudyId::HaierHuawei, "paths") => Msg::PathsHeading,
        (StudyId::KunmingSem, "structural") => Msg::StructuralHeading,
        (StudyId::KunmingSem, "effects") => Msg::EffectsHeading,
        (StudyId::KunmingSem, "measurement") => Msg::MeasurementHeading,
        (StudyId::KunmingSem, "sample") => Msg::SampleHeading,
        (StudyId::BeijingSmes, "table1") => Msg::BjMatrixHeading,
        _ => Msg::MechanismsHeading,
    }
}

/// Each study's own sections, as the build without the split has them
/// (the split release fetches each from its module: `views::sections`).
pub fn sections_of(id: StudyId) -> Sections {
    match id {
        StudyId::SmallGiants => small_giants::sections,
        StudyId::HaierHuawei => haier_huawei::sections,
        StudyId::KunmingSem => kunming::sections,
        StudyId::BeijingSmes => beijing::sections,
    }
}

/// The rest of a study's sections, where it has them
/// (`explorer_core::part::REST`), as the build without the split
/// has them (the split release fetches them: `views::rest`).
pub fn rest_of(id: StudyId) -> Option<Sections> {
    match id {
        StudyId::KunmingSem => Some(kunming::rest),
        _ => None,
    }
}

/// A block of the rest of a study's sections (`explorer_core::part::REST`):
/// from their module once here, else where it will be, with its section's
/// heading if it is the section, and a line saying it is loading (or, where
/// the fetch failed, a way to try again). The module is fetched at once
/// where the link opens a place in the rest (`explorer_core::part::opens_rest`),
/// else at the reader's first move (`views::request_rest`).
fn rest_block(dataset: &Dataset, id: StudyId, name: &str, block: &str, section: Option<&str>) -> Html {
    if let Some(rest) = crate::views::rest(id) {
        return rest(dataset, Piece::Section(block, section));
    }
    crate::views::request_rest(id, section.is_some_and(|s| explorer_core::part::opens_rest(id, s)));
    let heading = format!("{block}-heading");
    html! {
        <section class="deferred" id={block.to_string()} aria-labelledby={(block == name).then(|| heading.clone())}>
            if block == name { <h2 id={heading}>{ tx(section_title(id, name)) }</h2> }
            if crate::views::rest_failed(id) {
                <div class="panel error" role="alert">
                    <p>{ tx(Msg::ViewUnavailable) }</p>
                    <button type="button" onclick={Callback::from(move |_: MouseEvent| crate::views::request_rest(id, true))}>{ tx(Msg::TryAgain) }</button>
                </div>
            } else {
                <p class="loading">{ tx(Msg::Loading) }</p>
            }
        </section>
    }
}

/// One section of a study page, by its name.
fn section_html(dataset: &Dataset, id: StudyId, name: &str, section: Option<&str>) -> Html {
    let study = dataset.study(id);
    match (id, name) {
        (_, "findings") => html! {
            <section class="deferred" id="findings" aria-labelledby="findings-heading">
                <h2 id="findings-heading">{ tx(Msg::KeyFindings) }</h2>
                <ul>{ for study.findings.iter().map(|f| html! { <li>{ ours(f) }</li> }) }</ul>
                <p class="provenance">{ tx(Msg::SourceLabel) }{ english(study.source.clone()) }{ tx(Msg::SummariesOurs) }</p>
            </section>
        },
        (_, "about") => html! {
            <section class="deferred" id="about" aria-labelledby="about-heading">
                <h2 id="about-heading">{ tx(Msg::AboutStudy) }</h2>
                <dl class="facts">
                    <dt>{ tx(Msg::Question) }</dt><dd>{ ours(&study.research_question) }</dd>
                    <dt>{ tx(Msg::Method) }</dt><dd>{ ours(&study.method) }</dd>
                    <dt>{ tx(Msg::Sample) }</dt><dd>{ ours(&study.sample) }</dd>
                </dl>
            </section>
        },
        (_, "notes") => {
            let notes: Vec<&SourceNote> = dataset.sources.notes(id).iter().filter(|n| note_section(id, n) == "notes").collect();
            html! {
                <section id="notes" class="source-notes deferred" aria-labelledby="notes-heading">
                    <h2 id="notes-heading">{ tx(Msg::NotesOnStudy) }</h2>
                    if notes.is_empty() { <p>{ tx(Msg::NoNotesOnStudy) }</p> } else { { note_list(&notes) } }
                </section>
            }
        }
        // The study's own sections, from its module (which the view waited
        // for: `views::status`), and the blocks of them in the rest of its
        // sections.
        _ => html! {
            <>
                { crate::views::sections(id).map(|sections| sections(dataset, Piece::Section(name, section))).unwrap_or_default() }
                { for explorer_core::part::rest_blocks(id, name).map(|block| rest_block(dataset, id, name, block, section)) }
            </>
        },
    }
}
pub(crate) fn code_link(dataset: &Dataset, id: &str) -> Html {
    let label = dataset.code(id).map(|c| c.label.clone()).unwrap_or_default();
    html! { <a href={Route::Trace(id.to_string()).to_hash()}><span class="code" lang="en">{ id }</span>{ " " }{ printed(label) }</a> }
}

pub(super) fn code_link_id(id: &str) -> Html {
    html! { <a href={Route::Trace(id.to_string()).to_hash()}>{ id }</a> }
}

pub(super) fn dash(value: &str) -> &str {
    if value.is_empty() { "—" } else { value }
}