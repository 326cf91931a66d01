//! Firms: all 26 firms, filtered by the five human-resource attributes of the
//! Beijing study's Table 1, by study and by text. The filter lives in the URL
//! (`#/firms?study_abroad=yes&study=beijing-smes&q=…`), so every state is a link
//! and Back and Forward restore it.
//!
//! Contract: the results are a list named "Matching firms" whose items begin
//! with the firm id; a polite live region states "N firms" (or "1 firm").

use explorer_core::export::{firms_csv, firms_json};
use explorer_core::filter::{
    combinations, excluded_as_not_reported, facet_counts, filter, rows, study_counts, Facet, FirmQuery,
};
use explorer_core::route::Route;
use explorer_core::{HrAttribute, StudyId};
use yew::prelude::*;

use crate::browser;
use crate::components::combos::{combos_table, firm_count_text};
use crate::components::data_error;
use crate::components::firm_matrix::{firm_matrix, FirmMatrixProps, FirmRow, Sort};
use crate::data::dataset;
use crate::i18n::{printed, t, tf};
use explorer_core::i18n::{attribute_msg, facet_msg, Msg};

#[derive(Properties, PartialEq)]
pub struct FirmsPageProps {
    pub query: FirmQuery,
}


/// The active filter in words, for print ("Filter: …").
fn describe(query: &FirmQuery) -> String {
    let mut parts: Vec<String> = HrAttribute::ALL
        .into_iter()
        .filter(|&a| query.facet(a) != Facet::Any)
        .map(|a| format!("{}: {}", t(attribute_msg(a)), t(facet_msg(query.facet(a)))))
        .collect();
    if let Some(study) = query.study {
        parts.push(tf(Msg::FilterStudyPart, &[("name", &crate::i18n::study_name(study))]));
    }
    if !query.text.is_empty() {
        parts.push(tf(Msg::FilterTextPart, &[("text", &query.text)]));
    }
    if parts.is_empty() {
        t(Msg::FilterNone).to_string()
    } else {
        tf(Msg::FilterDescribed, &[("parts", &parts.join("; "))])
    }
}

/// How many matching firms are listed before "Show all".
const PAGE_SIZE: usize = 100;

#[component]
pub fn FirmsPage(props: &FirmsPageProps) -> Html {
    let show_all = use_state(|| false);
    let sort = use_state(|| None::<Sort>);
    let navigate = browser::use_navigate();
    let navigate_matrix = navigate.clone();
    let go = move |query: &FirmQuery| navigate.emit(Route::Firms(query.clone()).to_hash());
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    let query = &props.query;
    let matching = filter(&dataset, query);
    let counts = facet_counts(&dataset, query);
    let (all_studies, per_study) = study_counts(&dataset, query);
    let left_out = excluded_as_not_reported(&dataset, query);

    let on_study = {
        let go = go.clone();
        let query = query.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            go(&query.with_study(StudyId::parse(&select.value())));
        })
    };
    let on_text = {
        let go = go.clone();
        let query = query.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            go(&query.with_text(input.value().trim()));
        })
    };
    // Exports are built on click, from the selection's ids.
    let selection: Vec<String> = matching.iter().map(|f| f.id.clone()).collect();
    let export = |file_name: &'static str, mime: &'static str, render: fn(&[&explorer_core::Firm]) -> String| {
        let ids = selection.clone();
        let dataset = dataset.clone();
        Callback::from(move |_: MouseEvent| {
            let firms: Vec<&explorer_core::Firm> = dataset.firms.iter().filter(|f| ids.contains(&f.id)).collect();
            browser::download(file_name, mime, &render(&firms));
        })
    };
    let export_csv = export("firms.csv", "text/csv", firms_csv);
    let export_json = export("firms.json", "application/json", firms_json);
    let combos = combinations(&matching);
    // The rows of the list and the matrix: every firm, the others hidden, as
    // long as the catalogue fits on one page (see `filter::rows`).
    let rows = rows(&dataset, &matching, if *show_all { usize::MAX } else { PAGE_SIZE });

    html! {
        <>
            <h1>{ crate::i18n::tx(Msg::TitleFirms) }</h1>
            <p class="lead">{ crate::i18n::tx(Msg::FirmsLead) }</p>
            <div class="firms-layout">
                <section class="filters panel" aria-label={t(Msg::FilterFirms)}>
                    <h2>{ crate::i18n::tx(Msg::Filter) }</h2>
                    { for HrAttribute::ALL.into_iter().map(|attribute| {
                        let name = attribute.key();
                        html! {
                            <fieldset class="facet">
                                <legend>{ crate::components::term_link::term_link(t(attribute_msg(attribute)), attribute.key()) }</legend>
                                if let Some(row) = dataset.sources.beijing.hr_row.iter().find(|r| r.attribute == attribute) {
                                    <p class="facet-printed">{ crate::i18n::tx(Msg::Table1Printed) }{ "“" }{ printed(row.label.clone()) }{ "”" }</p>
                                }
                                { for Facet::ALL.into_iter().enumerate().map(|(i, facet)| {
                                    let id = format!("facet-{name}-{}", facet.key());
                                    let checked = query.facet(attribute) == facet;
                                    let next = query.with_facet(attribute, facet);
                                    let go = go.clone();
                                    let onchange = Callback::from(move |_| go(&next));
                                    html! {
                                        <div class="radio">
                                            <input type="radio" id={id.clone()} name={name} {checked} {onchange} />
                                            <label for={id}>{ crate::i18n::tx(facet_msg(facet)) }<span class="count">{ format!(" ({})", counts[attribute as usize][i]) }</span></label>
                                        </div>
                                    }
                                }) }
                            </fieldset>
                        }
                    }) }
                    <label for="study-filter">{ crate::i18n::tx(Msg::Study) }</label>
                    <select id="study-filter" onchange={on_study}>
                        <option value="" selected={query.study.is_none()}>{ crate::i18n::txf(Msg::AllStudies, &[("n", &all_studies.to_string())]) }</option>
                        { for StudyId::ALL.into_iter().enumerate().map(|(i, s)| html! {
                            <option value={s.as_str()} selected={query.study == Some(s)}>{ format!("{} ({})", &crate::i18n::study_name(s), per_study[i]) }</option>
                        }) }
                    </select>
                    <label for="firm-text">{ crate::i18n::tx(Msg::TextFilter) }</label>
                    <input id="firm-text" type="search" value={query.text.clone()} onchange={on_text} placeholder={t(Msg::TextPlaceholder)} />
                    if !query.is_empty() {
                        <p><a href="#/firms">{ crate::i18n::tx(Msg::ClearFilters) }</a></p>
                    }
                </section>
                <section class="results" aria-labelledby="results-heading">
                    <h2 id="results-heading">{ crate::i18n::tx(Msg::Results) }</h2>
                    <p class="print-only">{ describe(query) }</p>
                    <p class="result-count" role="status" aria-live="polite">{ firm_count_text(matching.len()) }</p>
                    if left_out > 0 {
                        <p class="callout">{ crate::i18n::txf(Msg::LeftOut, &[("count", &firm_count_text(left_out))]) }</p>
                    }
                    // The Beijing paper reports one sector for all its firms: said once.
                    if let Some(sector) = matching.iter().find(|f| f.study == StudyId::BeijingSmes).map(|f| f.sector.clone()) {
                        <p class="hint">{ crate::i18n::fill_html(t(Msg::FirmsSectorOnce), &[("sector", crate::i18n::ours(&sector))]) }</p>
                    }
                    <ul class="firm-list deferred" aria-label={t(Msg::MatchingFirms)}>
                        { for rows.iter().filter_map(|&(index, shown)| dataset.firms.get(index).map(|firm| html! {
                            // Keyed by firm: a filter change shows and hides
                            // items, and re-renders only those.
                            <FirmRow key={firm.id.as_str()} {index} {shown} matrix=false />
                        })) }
                    </ul>
                    if matching.len() > PAGE_SIZE && !*show_all {
                        <p>
                            <button type="button" onclick={{ let show_all = show_all.clone(); Callback::from(move |_| show_all.set(true)) }}>
                                { crate::i18n::txf(Msg::ShowAllFirms, &[("n", &matching.len().to_string())]) }
                            </button>
                            { crate::i18n::txf(Msg::FirstListed, &[("n", &PAGE_SIZE.to_string())]) }
                        </p>
                    }
                    <p class="export">
                        <button type="button" onclick={export_csv}>{ crate::i18n::tx(Msg::ExportCsv) }</button>
                        <button type="button" onclick={export_json}>{ crate::i18n::tx(Msg::ExportJson) }</button>
                    </p>
                    <section class="deferred" aria-labelledby="matrix-heading">
                        <h3 id="matrix-heading">{ crate::i18n::tx(Msg::MatrixHeading) }</h3>
                        { firm_matrix(&FirmMatrixProps {
                            rows: &rows,
                            query,
                            sort: &sort,
                            navigate: &navigate_matrix,
                        }) }
                    </section>
                    if !combos.is_empty() {
                        <section class="deferred" aria-labelledby="combos-heading">
                            <h3 id="combos-heading">{ crate::i18n::tx(Msg::CombosHeading) }</h3>
                            { combos_table(&combos) }
                        </section>
                    }
                </section>
            </div>
        </>
    }
}
