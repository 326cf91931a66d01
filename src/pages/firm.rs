//! One firm: everything its study says of it, each fact with its source, its
//! human-resource profile, and where the study's findings mention it.

use explorer_core::i18n::{attribute_msg, value_msg, Msg};
use explorer_core::route::Route;
use explorer_core::{HrAttribute, StudyId};
use yew::prelude::*;

use crate::components::data_error;
use crate::components::notes::{source_notes, theme_mentions};
use crate::data::dataset;
use crate::i18n::{english, ours, printed, t, with_code};

fn value_label(value: Option<bool>) -> &'static str {
    t(value_msg(value))
}

/// One firm's profile, or the list of firms where `id` names none.
pub fn firm_page(id: &str) -> Html {
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    let Some(firm) = dataset.firm(id) else {
        let shown: String = id.chars().take(60).collect();
        return html! {
            <section class="panel">
                <h1>{ with_code(t(Msg::NoFirm), "id", &shown) }</h1>
                <p>{ crate::i18n::marked(t(Msg::FirmIdsHint)) }</p>
                <ul class="link-list firm-index" aria-label={t(Msg::AllFirms)}>
                    { for dataset.firms.iter().map(|f| html! { <li><a href={Route::Firm(f.id.clone()).to_hash()} lang="en">{ &f.id }</a></li> }) }
                </ul>
            </section>
        };
    };
    let mentions: Vec<Html> = match firm.study {
        StudyId::BeijingSmes => dataset
            .sources
            .beijing
            .mechanism
            .iter()
            .filter(|m| m.firms.contains(&firm.id))
            .map(|m| html! { <li>{ ours(&m.title) }<span class="provenance">{ " (" }{ english(m.source.clone()) }{ ")" }</span></li> })
            .collect(),
        StudyId::HaierHuawei => dataset
            .sources
            .haier_huawei
            .path
            .iter()
            .filter(|p| p.evidence.iter().any(|e| e.company == firm.id || e.company == "both"))
            .map(|p| html! { <li>{ crate::i18n::txf(Msg::PathN, &[("n", &p.number.to_string())]) }{ printed(p.title.clone()) }<span class="provenance">{ " (" }{ english(p.source.clone()) }{ ")" }</span></li> })
            .collect(),
        _ => Vec::new(),
    };
    html! {
        <article class="firm">
            <p class="kicker"><a href={Route::Study(firm.study.as_str().into()).to_hash()}>{ crate::i18n::study_name_text(firm.study) }</a>{ " · " }{ ours(&firm.sector) }</p>
            <h1><span class="code" lang="en">{ &firm.id }</span></h1>
            <p class="compare-link"><a href={Route::Compare(explorer_core::compare::CompareQuery { firms: vec![firm.id.clone()], codes: Vec::new() }).to_hash()}>{ crate::i18n::tx(Msg::CompareWith) }</a></p>
            <p>{ printed(firm.name.clone()) }</p>
            <section aria-labelledby="facts-heading">
                <h2 id="facts-heading">{ crate::i18n::tx(Msg::WhatSourceSays) }</h2>
                <ul class="facts-list">
                    { for firm.facts.iter().map(|fact| html! {
                        <li>
                            { ours(&fact.text) }
                            if let Some(q) = &fact.quote { <blockquote lang="en">{ "“" }{ q }{ "”" }</blockquote> }
                            <span class="provenance">{ " (" }{ english(fact.source.clone()) }{ ")" }</span>
                        </li>
                    }) }
                </ul>
            </section>
            <section aria-labelledby="hr-heading">
                <h2 id="hr-heading">{ crate::i18n::tx(Msg::HrProfile) }</h2>
                if firm.hr.is_reported() {
                    <table>
                        <caption>{ crate::i18n::tx(Msg::HrProfileCaption) }</caption>
                        <tbody>
                            { for HrAttribute::ALL.into_iter().map(|a| html! {
                                <tr>
                                    <th scope="row"><a href={format!("#/firms?{}=yes", a.key())}>{ crate::i18n::tx(attribute_msg(a)) }</a></th>
                                    <td>{ value_label(firm.hr.get(a)) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                } else {
                    <p>{ crate::i18n::txf(Msg::HrNotReported, &[("value", value_label(None))]) }</p>
                }
            </section>
            if !mentions.is_empty() {
                <section aria-labelledby="mentions-heading">
                    <h2 id="mentions-heading">{ crate::i18n::tx(Msg::FindingsMention) }</h2>
                    <ul>{ for mentions }</ul>
                </section>
            }
            <p class="provenance">{ crate::i18n::tx(Msg::SourceLabel) }{ english(firm.source.clone()) }</p>
            { theme_mentions(&format!("firm:{}", firm.id)) }
            { source_notes(&dataset.notes_for(&format!("firm:{}", firm.id)), None) }
        </article>
    }
}
