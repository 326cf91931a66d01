//! The firm matrix: like Table 1 of the Beijing study, for the current
//! selection, but interactive. Each attribute's header has a sort button and
//! a filter button that steps the facet through any → present → absent.
//! `FirmRow` is a firm's row here and its item in the firm list.

use explorer_core::filter::{Facet, FirmQuery};
use explorer_core::route::Route;
use explorer_core::{Firm, HrAttribute, StudyId};
use yew::prelude::*;

use crate::i18n::{t, tf};
use explorer_core::i18n::{attribute_msg, facet_msg, Msg};

use crate::components::hr_marks::{hr_legend, hr_mark};

pub struct FirmMatrixProps<'a> {
    /// The firms' rows in catalogue order: each a position in the
    /// catalogue and whether it is shown (see `filter::rows`).
    pub rows: &'a [(usize, bool)],
    pub query: &'a FirmQuery,
    /// The column the reader sorted by (state kept by the firms page).
    pub sort: &'a UseStateHandle<Option<Sort>>,
    pub navigate: &'a Callback<String>,
}

/// Sort key: none (catalogue order), or an attribute with a direction.
#[derive(Clone, Copy, PartialEq)]
pub struct Sort {
    attribute: HrAttribute,
    descending: bool,
}

fn next_facet(facet: Facet) -> Facet {
    match facet {
        Facet::Any => Facet::Present,
        Facet::Present => Facet::Absent,
        Facet::Absent => Facet::Any,
    }
}

/// The matrix (a plain function: the firms page keeps its sort state).
pub fn firm_matrix(props: &FirmMatrixProps) -> Html {
    let (sort, navigate) = (props.sort, props.navigate);
    let Ok(dataset) = crate::data::dataset() else { return html! {} };
    let mut firms: Vec<(&Firm, usize, bool)> = props.rows.iter().filter_map(|&(i, shown)| dataset.firms.get(i).map(|f| (f, i, shown))).collect();
    if let Some(s) = **sort {
        // Present first when descending; not reported always last.
        let rank = |(f, _, _): &(&Firm, usize, bool)| -> u64 {
            match f.hr.get(s.attribute) {
                Some(true) => u64::from(!s.descending),
                Some(false) => u64::from(s.descending),
                None => 2,
            }
        };
        firms = explorer_core::order::sorted_by_key(firms, |f| rank(f));
    }
    html! {
        <>
        { crate::components::table_region(t(Msg::MatrixRegion), false, html! {
            <table class="matrix firm-matrix">
                <caption>{ crate::i18n::tx(Msg::MatrixCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ crate::i18n::tx(Msg::Firm) }</th>
                        { for HrAttribute::ALL.into_iter().map(|attribute| {
                            let current = **sort;
                            let aria_sort = match current {
                                Some(s) if s.attribute == attribute => if s.descending { "descending" } else { "ascending" },
                                _ => "none",
                            };
                            let on_sort = {
                                let sort = sort.clone();
                                Callback::from(move |_| {
                                    let descending = !matches!(current, Some(s) if s.attribute == attribute && s.descending);
                                    sort.set(Some(Sort { attribute, descending }));
                                })
                            };
                            let facet = props.query.facet(attribute);
                            let next = props.query.with_facet(attribute, next_facet(facet));
                            let navigate = navigate.clone();
                            let on_filter = Callback::from(move |_| navigate.emit(Route::Firms(next.clone()).to_hash()));
                            html! {
                                <th scope="col" aria-sort={aria_sort}>
                                    <button type="button" class="link-button" onclick={on_sort}
                                        aria-label={tf(Msg::SortBy, &[("name", t(attribute_msg(attribute)))])}>{ crate::i18n::tx(attribute_msg(attribute)) }{ match aria_sort { "descending" => " ▼", "ascending" => " ▲", _ => "" } }</button>
                                    <button type="button" class="chip" onclick={on_filter}
                                        aria-label={tf(Msg::FilterChip, &[("name", t(attribute_msg(attribute))), ("value", t(facet_msg(facet))), ("next", t(facet_msg(next_facet(facet))))])}>{ crate::i18n::tx(facet_msg(facet)) }</button>
                                </th>
                            }
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for firms.iter().map(|&(firm, index, shown)| html! {
                        // A component: a filter change re-renders only the
                        // rows it shows or hides.
                        <FirmRow key={firm.id.as_str()} {index} {shown} matrix=true />
                    }) }
                </tbody>
            </table>
        }) }
        { hr_legend(true) }
        </>
    }
}

/// A firm's row: its position in the catalogue, whether the filter shows it,
/// and where it is (a matrix row, or an item of the firm list).
#[derive(Properties, PartialEq)]
pub struct FirmRowProps {
    pub index: usize,
    pub shown: bool,
    pub matrix: bool,
}

/// One firm in the matrix (its id and its five values) or in the list (id,
/// study, sector, badges). One component for both, so that a filter change
/// skips every row whose props did not change, at the price of one
/// component type in the wasm.
#[component]
pub fn FirmRow(props: &FirmRowProps) -> Html {
    let Ok(dataset) = crate::data::dataset() else { return html! {} };
    let Some(firm) = dataset.firms.get(props.index) else { return html! {} };
    let link = Route::Firm(firm.id.clone()).to_hash();
    if props.matrix {
        return html! {
            <tr hidden={!props.shown}>
                <th scope="row"><a href={link} lang="en">{ &firm.id }</a></th>
                { for HrAttribute::ALL.into_iter().map(|a| html! { <td class="mark">{ hr_mark(firm.hr.get(a)) }</td> }) }
            </tr>
        };
    }
    html! {
        <li hidden={!props.shown}>
            <a href={link}><span class="code" lang="en">{ &firm.id }</span></a>
            <span class="firm-meta">{ " · " }{ crate::i18n::study_name_text(firm.study) }
                if firm.study != StudyId::BeijingSmes { { " · " }{ crate::i18n::ours(&firm.sector) } }
            </span>
            if firm.hr.is_reported() {
                <span class="badges">
                    { for HrAttribute::ALL.into_iter().filter(|a| firm.hr.get(*a) == Some(true)).map(|a| html! { <span class="badge">{ crate::i18n::tx(attribute_msg(a)) }</span> }) }
                </span>
            }
        </li>
    }
}
