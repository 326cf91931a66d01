//! One firm: everything its study says of it, each fact with its source, its
//! human-resource profile, and where the study's findings mention it.

use explorer_core::filter::value_label;
use explorer_core::route::Route;
use explorer_core::{HrAttribute, StudyId};
use yew::prelude::*;

use crate::components::data_error;
use crate::components::notes::{source_notes, theme_mentions};
use crate::data::dataset;

/// One firm's profile, or the list of firms where `id` names none.
pub fn firm_page(id: &str) -> Html {
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    let Some(firm) = dataset.firm(&id) else {
        let shown: String = id.chars().take(60).collect();
        return html! {
            <section class="panel">
                <h1>{ "No firm “" }{ shown }{ "” in these studies" }</h1>
                <p>{ "Firm ids are printed as in the papers: CF1–CF19, the small giants' initials, Haier and Huawei." }</p>
                <ul class="link-list firm-index" aria-label="All firms">
                    { for dataset.firms.iter().map(|f| html! { <li><a href={Route::Firm(f.id.clone()).to_hash()}>{ &f.id }</a></li> }) }
                </ul>
            </section>
        };
    };
    let study = dataset.study(firm.study);
    let mentions: Vec<Html> = match firm.study {
        StudyId::BeijingSmes => dataset
            .sources
            .beijing
            .mechanism
            .iter()
            .filter(|m| m.firms.contains(&firm.id))
            .map(|m| html! { <li>{ &m.title }<span class="provenance">{ " (" }{ &m.source }{ ")" }</span></li> })
            .collect(),
        StudyId::HaierHuawei => dataset
            .sources
            .haier_huawei
            .path
            .iter()
            .filter(|p| p.evidence.iter().any(|e| e.company == firm.id || e.company == "both"))
            .map(|p| html! { <li>{ format!("Path {}: {}", p.number, p.title) }<span class="provenance">{ " (" }{ &p.source }{ ")" }</span></li> })
            .collect(),
        _ => Vec::new(),
    };
    html! {
        <article class="firm">
            <p class="kicker"><a href={Route::Study(firm.study.as_str().into()).to_hash()}>{ &study.short_title }</a>{ " · " }{ &firm.sector }</p>
            <h1><span class="code">{ &firm.id }</span></h1>
            <p>{ &firm.name }</p>
            <section aria-labelledby="facts-heading">
                <h2 id="facts-heading">{ "What the source says" }</h2>
                <ul class="facts-list">
                    { for firm.facts.iter().map(|fact| html! {
                        <li>
                            { &fact.text }
                            if let Some(q) = &fact.quote { <blockquote>{ "“" }{ q }{ "”" }</blockquote> }
                            <span class="provenance">{ " (" }{ &fact.source }{ ")" }</span>
                        </li>
                    }) }
                </ul>
            </section>
            <section aria-labelledby="hr-heading">
                <h2 id="hr-heading">{ "Human-resource profile" }</h2>
                if firm.hr.is_reported() {
                    <table>
                        <caption>{ "From Table 1 of the Beijing study: whether such individuals were detected." }</caption>
                        <tbody>
                            { for HrAttribute::ALL.into_iter().map(|a| html! {
                                <tr>
                                    <th scope="row"><a href={format!("#/firms?{}=yes", a.key())}>{ a.short_label() }</a></th>
                                    <td>{ value_label(firm.hr.get(a)) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                } else {
                    <p>{ value_label(None) }{ ": this firm's study does not report the five human-resource attributes." }</p>
                }
            </section>
            if !mentions.is_empty() {
                <section aria-labelledby="mentions-heading">
                    <h2 id="mentions-heading">{ "Findings that mention it" }</h2>
                    <ul>{ for mentions }</ul>
                </section>
            }
            <p class="provenance">{ "Source: " }{ &firm.source }</p>
            { theme_mentions(&format!("firm:{}", firm.id)) }
            { source_notes(&dataset.notes_for(&format!("firm:{}", firm.id)), None) }
        </article>
    }
}
