//! The small-giants study's sections: the model (drawn, then as a list) and
//! the five firms with the selection criteria and the interviewees.

use explorer_core::route::Route;
use explorer_core::Dataset;
use explorer_core::i18n::Msg;
use yew::prelude::*;

use crate::components::notes::note_mark;
const SG: explorer_core::StudyId = explorer_core::StudyId::SmallGiants;


use crate::i18n::{ours, printed, t};

use crate::components::diagrams::model_diagram;

/// The study's own sections, and the pieces of them a tour shows (in the
/// split release, this study's sections' module: `views::sections`).
pub fn sections(dataset: &Dataset, piece: super::Piece) -> Html {
    match piece {
        super::Piece::Section("model", _) => model(dataset),
        super::Piece::Section("passage", section) => crate::components::passage::interview_passage(section),
        super::Piece::Section(..) => firms(dataset),
        super::Piece::ModelDiagram => model_diagram(dataset),
        _ => Html::default(),
    }
}

pub fn model(dataset: &Dataset) -> Html {
    let sg = &dataset.sources.small_giants;
    html! {
            <section class="deferred" id="model" aria-labelledby="model-heading">
                <h2 id="model-heading">{ crate::i18n::tx(Msg::SgModelHeading) }</h2>
                { for sg.model_summary.iter().map(|p| html! { <p>{ ours(p) }</p> }) }
                { model_diagram(dataset) }
                <p><a href="#/trace">{ crate::i18n::tx(Msg::BrowseFiveLevels) }</a></p>
            </section>
    }
}

pub fn firms(dataset: &Dataset) -> Html {
    let sg = &dataset.sources.small_giants;
    let criteria: Vec<_> = sg.criterion.iter().filter(|c| c.id != "revenue").collect();
    html! {
            <section class="deferred" id="firms" aria-labelledby="firms-heading">
                <h2 id="firms-heading">{ crate::i18n::tx(Msg::SgFirmsHeading) }</h2>
                { crate::components::table_region(t(Msg::SgTable1Region), false, html! {
                    <table>
                        <caption>{ printed("Five Chosen Science and Technology Small Giants.") }{ " " }{ crate::i18n::tx(Msg::SgTable1Caption) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ crate::i18n::tx(Msg::Initials) }</th>
                                <th scope="col">{ crate::i18n::tx(Msg::Type) }</th>
                                <th scope="col">{ crate::i18n::tx(Msg::Revenue) }</th>
                                { for criteria.iter().map(|c| html! { <th scope="col"><span lang="en">{ &c.table_column }</span>{ note_mark(SG, &format!("criterion:{}", c.id)) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for sg.firm.iter().map(|f| html! {
                                <tr>
                                    <th scope="row"><a href={Route::Firm(f.id.clone()).to_hash()} lang="en">{ &f.id }</a>{ note_mark(SG, &format!("firm:{}", f.id)) }</th>
                                    <td lang="en">{ &f.firm_type }</td>
                                    <td class="num">{ &f.annual_sales_revenue_millions }</td>
                                    { for criteria.iter().map(|c| html! { <td class="mark">{ if f.meets.contains(&c.id) { "Y" } else { "" } }</td> }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }) }
                <h3>{ crate::i18n::tx(Msg::SelectionCriteria) }</h3>
                <ul>{ for sg.criterion.iter().map(|c| html! { <li>{ "“" }{ printed(c.text.clone()) }{ "”" }</li> }) }</ul>
                <h3>{ crate::i18n::tx(Msg::Interviewed) }</h3>
                <ul>
                    { for sg.interviewees.level.iter().map(|l| html! { <li>{ printed(l.label.clone()) }{ ": " }{ l.count }</li> }) }
                    <li>{ crate::i18n::txf(Msg::InterviewTotal, &[("n", &sg.interviewees.total.to_string())]) }</li>
                </ul>
            </section>
    }
}
