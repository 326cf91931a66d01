//! The Haier and Huawei study's sections: the dated milestones (drawn, then
//! listed) with the strategy stages, and the paths to leading innovation.

use explorer_core::route::Route;
use explorer_core::Dataset;
use explorer_core::i18n::Msg;
use yew::prelude::*;

use crate::components::notes::note_mark;
const HH: explorer_core::StudyId = explorer_core::StudyId::HaierHuawei;


use crate::i18n::{english, ours, printed, t, tf};

use crate::components::diagrams::timeline;

/// The study's own sections, and the pieces of them a tour shows (in the
/// split release, this study's sections' module: `views::sections`).
pub fn sections(dataset: &Dataset, piece: super::Piece) -> Html {
    match piece {
        super::Piece::Section("milestones", _) => milestones(dataset),
        super::Piece::Section(..) => paths(dataset),
        super::Piece::Timeline => timeline(dataset),
        _ => Html::default(),
    }
}

pub fn milestones(dataset: &Dataset) -> Html {
    let hh = &dataset.sources.haier_huawei;
    let milestones = explorer_core::order::sorted_by_key(hh.milestone.iter().collect(), |m| u64::from(m.year));
    html! {
            <section class="deferred" id="milestones" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{ crate::i18n::tx(Msg::DatedMilestones) }</h2>
                { timeline(dataset) }
                <ol class="timeline" aria-label={t(Msg::MilestonesInOrder)}>
                    { for milestones.iter().map(|m| html! {
                        <li>
                            <span class="year">{ if m.approximate { tf(Msg::About, &[("year", &m.year.to_string())]) } else { m.year.to_string() } }</span>
                            <span class="company" lang="en">{ &m.company }</span>{ note_mark(HH, &format!("milestone:{}/{}", m.company, m.year)) }
                            <span>{ ours(&m.text) }</span>
                            <span class="provenance">{ english(m.source.clone()) }</span>
                        </li>
                    }) }
                </ol>
                <h3>{ crate::i18n::tx(Msg::StagesAsNamed) }</h3>
                <div class="two-columns">
                    { for hh.company.iter().map(|c| html! {
                        <div>
                            <h4><a href={Route::Firm(c.id.clone()).to_hash()} lang="en">{ &c.id }</a></h4>
                            <ol>
                                { for hh.stage.iter().filter(|s| s.company == c.id).map(|s| html! {
                                    <li><strong lang="en">{ &s.name }</strong>{ note_mark(HH, &format!("stage:{}/{}", s.company, s.name)) }{ ": " }{ ours(&s.summary) }</li>
                                }) }
                            </ol>
                        </div>
                    }) }
                </div>
            </section>
    }
}

pub fn paths(dataset: &Dataset) -> Html {
    let hh = &dataset.sources.haier_huawei;
    html! {
            <section class="deferred" id="paths" aria-labelledby="paths-heading">
                <h2 id="paths-heading">{ crate::i18n::tx(Msg::PathsHeading) }</h2>
                <p class="compare-link"><a href="#/compare?firms=Haier,Huawei">{ crate::i18n::tx(Msg::CompareHaierHuawei) }</a></p>
                { for hh.path.iter().map(|p| html! {
                    <article class="panel path" id={format!("path-{}", p.id)}>
                        <h3>{ p.number }{ ". " }{ printed(p.title.clone()) }{ note_mark(HH, &format!("innovation_path:{}", p.id)) }</h3>
                        <p>{ ours(&p.summary) }</p>
                        if p.evidence.iter().any(|e| e.company == "both") {
                            <div class="evidence">
                                <h4>{ crate::i18n::tx(Msg::BothCompanies) }</h4>
                                <ul>{ for p.evidence.iter().filter(|e| e.company == "both").map(evidence_item) }</ul>
                            </div>
                        }
                        <div class="two-columns">
                            { for ["Haier", "Huawei"].into_iter().map(|company| html! {
                                <div class="evidence">
                                    <h4 lang="en">{ company }</h4>
                                    <ul>{ for p.evidence.iter().filter(|e| e.company == company).map(evidence_item) }</ul>
                                </div>
                            }) }
                        </div>
                        <p class="provenance">{ crate::i18n::tx(Msg::SourceLabel) }{ english(p.source.clone()) }</p>
                    </article>
                }) }
            </section>
    }
}

fn evidence_item(e: &explorer_core::model::PathEvidence) -> Html {
    html! {
        <li>
            { ours(&e.text) }
            if let Some(q) = &e.quote { <blockquote lang="en">{ "“" }{ q }{ "”" }</blockquote> }
            <span class="provenance">{ " (" }{ english(e.source.clone()) }{ ")" }</span>
        </li>
    }
}
