//! Compare side by side (`#/compare?firms=CF7,CF11`, `#/compare?codes=a13,b16`):
//! the compared records are the columns (headed by their ids), what can be
//! compared the rows, and a row whose values differ is marked. Every state
//! is in the URL; what cannot be compared as asked is said, and the rest
//! still shows.

use explorer_core::compare::{compare, differs, CompareQuery, Problem, MAX};
use explorer_core::i18n::{attribute_msg, level_msg, value_msg, Msg};
use explorer_core::route::Route;
use explorer_core::trace::trace;
use explorer_core::{Code, Dataset, Firm, HrAttribute};
use yew::prelude::*;

use crate::browser;
use crate::components::code_tree::counts_text;
use crate::components::data_error;
use crate::data::dataset;
use crate::i18n::{english, ours, printed, t, tf, tx, txf};

/// The comparison page for a query.
pub fn compare_page(query: &CompareQuery) -> Html {
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    let found = compare(&dataset, query);
    let firms = !found.firms.is_empty() || (query.codes.is_empty());
    let ids: Vec<String> = if firms { found.firms.iter().map(|f| f.id.clone()).collect() } else { found.codes.iter().map(|c| c.id.clone()).collect() };
    // The query as shown: what is compared, so that adding and removing
    // start from it.
    let shown = if firms { CompareQuery { firms: ids.clone(), codes: Vec::new() } } else { CompareQuery { firms: Vec::new(), codes: ids.clone() } };
    let too_few = found.problems.contains(&Problem::TooFew);
    let problems: Vec<&Problem> = found.problems.iter().filter(|p| **p != Problem::TooFew).collect();
    let rows = if firms { firm_rows(&found.firms) } else { code_rows(&dataset, &found.codes) };
    html! {
        <article class="compare">
            <h1>{ tx(Msg::TitleCompare) }</h1>
            <p class="lead">{ tx(Msg::CompareLead) }</p>
            if !problems.is_empty() {
                <div class="url-warnings" role="status">
                    <p><strong>{ tx(Msg::CompareProblems) }</strong></p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ problem(p) }</li> }) }</ul>
                </div>
            }
            // Too few records is where every comparison starts, not a
            // mistake: said as a hint, not as a warning.
            if too_few {
                <p class="compare-hint" role="status">{ tx(Msg::CmpTooFew) }</p>
            }
            if !ids.is_empty() {
                <div class="table-wrap" tabindex="0" role="region" aria-label={tf(Msg::CmpTable, &[("ids", &ids.join(", "))])}>
                    <table class="compare-table">
                        <thead>
                            <tr>
                                <td></td>
                                { for ids.iter().enumerate().map(|(i, id)| html! {
                                    <th scope="col">
                                        <a href={if firms { Route::Firm(id.clone()).to_hash() } else { Route::Trace(id.clone()).to_hash() }} lang="en">{ id }</a>
                                        { " " }
                                        <a class="remove" href={Route::Compare(shown.without(firms, i)).to_hash()}
                                            aria-label={tf(Msg::CmpRemove, &[("id", id)])} title={tf(Msg::CmpRemove, &[("id", id)])}>{ "×" }</a>
                                    </th>
                                }) }
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
            if ids.len() < MAX {
                { add_control(&dataset, &shown, firms) }
            }
        </article>
    }
}

/// One row: its heading, one cell per record, marked where the values
/// differ (compared as text).
fn row(heading: Html, cells: Vec<(String, Html)>) -> Html {
    let differ = differs(&cells.iter().map(|(key, _)| key.as_str()).collect::<Vec<_>>());
    html! {
        <tr class={classes!(differ.then_some("differs"))}>
            <th scope="row">
                { heading }
                if differ { <span class="differs-mark">{ " · " }{ tx(Msg::CmpDiffers) }</span> }
            </th>
            { for cells.into_iter().map(|(_, cell)| html! { <td>{ cell }</td> }) }
        </tr>
    }
}

fn firm_rows(firms: &[&Firm]) -> Vec<Html> {
    let mut rows = vec![
        row(tx(Msg::CmpRowStudy), firms.iter().map(|f| (f.study.as_str().to_string(), crate::i18n::study_name_text(f.study))).collect()),
        row(tx(Msg::CmpRowSector), firms.iter().map(|f| (f.sector.clone(), ours(&f.sector))).collect()),
    ];
    for attribute in HrAttribute::ALL {
        rows.push(row(
            tx(attribute_msg(attribute)),
            firms.iter().map(|f| (t(value_msg(f.hr.get(attribute))).to_string(), tx(value_msg(f.hr.get(attribute))))).collect(),
        ));
    }
    rows.push(row(
        tx(Msg::CmpRowFacts),
        firms
            .iter()
            .map(|f| {
                let list = html! {
                    <ul class="compare-facts">
                        { for f.facts.iter().map(|fact| html! {
                            <li>{ ours(&fact.text) }<span class="provenance">{ " (" }{ english(fact.source.clone()) }{ ")" }</span></li>
                        }) }
                    </ul>
                };
                // Facts are each firm's own: never "the same".
                (f.id.clone(), list)
            })
            .collect(),
    ));
    rows
}

fn code_rows(dataset: &Dataset, codes: &[&Code]) -> Vec<Html> {
    let chains = |code: &Code| -> (String, Html) {
        let Ok(found) = trace(dataset, &code.id) else { return (String::new(), html! {}) };
        let lines: Vec<String> = found.chains.iter().map(|c| c.iter().map(|l| l.id.as_str()).collect::<Vec<_>>().join(" → ")).collect();
        let key = lines.iter().map(|l| l.split(" → ").skip(1).collect::<Vec<_>>().join(" → ")).collect::<Vec<_>>().join("; ");
        (key, html! { <ul class="compare-chains" lang="en">{ for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul> })
    };
    vec![
        row(tx(Msg::CmpRowLevel), codes.iter().map(|c| (t(level_msg(c.level)).to_string(), tx(level_msg(c.level)))).collect()),
        row(tx(Msg::CmpRowLabel), codes.iter().map(|c| (c.label.clone(), printed(c.label.clone()))).collect()),
        row(tx(Msg::CmpRowChains), codes.iter().map(|c| chains(c)).collect()),
        row(
            tx(Msg::CmpRowBelow),
            codes
                .iter()
                .map(|c| {
                    let counts = counts_text(dataset, &c.id);
                    let shown = if counts.is_empty() { t(Msg::CmpEmpty).to_string() } else { counts.clone() };
                    (counts, html! { { shown } })
                })
                .collect(),
        ),
        row(
            tx(Msg::CmpRowNotes),
            codes
                .iter()
                .map(|c| {
                    let notes = trace(dataset, &c.id).map(|t| t.notes).unwrap_or_default();
                    (c.id.clone(), html! { <ul class="compare-facts">{ for notes.iter().map(|n| html! { <li>{ ours(&n.text) }</li> }) }</ul> })
                })
                .collect(),
        ),
    ]
}

/// Adds a record: a choice of the firms not yet compared, or a code id typed
/// (of the first code's study).
fn add_control(dataset: &Dataset, shown: &CompareQuery, firms: bool) -> Html {
    let field = NodeRef::default();
    let navigate = browser::use_navigate_plain();
    let onclick = {
        let field = field.clone();
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            let value = browser::field_value(&field);
            let value = value.trim();
            if !value.is_empty() {
                let next = if firms { shown.with_firm(value) } else { shown.with_code(value) };
                navigate.emit(Route::Compare(next).to_hash());
            }
        })
    };
    let label = if firms { Msg::CmpAddFirm } else { Msg::CmpAddCode };
    html! {
        <p class="compare-add">
            <label for="compare-add">{ tx(label) }</label>
            if firms {
                <select id="compare-add" ref={field}>
                    // The first firm is chosen explicitly: Yew inserts a
                    // list's nodes from the end, and a select otherwise
                    // starts on whichever option arrived first (the last).
                    { for dataset.firms.iter().filter(|f| !shown.firms.contains(&f.id)).enumerate().map(|(i, f)| html! {
                        <option value={f.id.clone()} lang="en" selected={i == 0}>{ &f.id }</option>
                    }) }
                </select>
            } else {
                <input id="compare-add" type="text" ref={field} autocomplete="off" spellcheck="false" />
            }
            <button type="button" {onclick}>{ tx(Msg::CmpAdd) }</button>
        </p>
    }
}

fn problem(p: &Problem) -> Html {
    match p {
        Problem::UnknownFirm(id) => txf(Msg::CmpUnknownFirm, &[("id", id)]),
        Problem::UnknownCode(id) => txf(Msg::CmpUnknownCode, &[("id", id)]),
        Problem::Duplicate(id) => txf(Msg::CmpDuplicate, &[("id", id)]),
        Problem::TooMany(n) => txf(Msg::CmpTooMany, &[("n", &n.to_string())]),
        Problem::TooFew => tx(Msg::CmpTooFew),
        Problem::OtherStudy(id) => txf(Msg::CmpOtherStudy, &[("id", id)]),
        Problem::BothKinds => tx(Msg::CmpBothKinds),
    }
}
