//! The Beijing study's sections: Table 1 (the human resources of the 19 case
//! firms, as a matrix) and how returnees and skilled migrants link firms to
//! global networks.

use explorer_core::route::Route;
use explorer_core::Dataset;
use explorer_core::i18n::Msg;
use yew::prelude::*;

use crate::components::notes::note_mark;
const BJ: explorer_core::StudyId = explorer_core::StudyId::BeijingSmes;


use crate::i18n::{english, ours, t};
use explorer_core::model::HrAttribute;
use explorer_core::StudyId;

use crate::components::hr_marks::{hr_legend, hr_mark};

/// The study's own sections (in the split release, this study's sections'
/// module: `views::sections`).
pub fn sections(dataset: &Dataset, piece: super::Piece) -> Html {
    match piece {
        super::Piece::Section("table1", _) => table1(dataset),
        super::Piece::Section(..) => mechanisms(dataset),
        _ => Html::default(),
    }
}

pub fn table1(dataset: &Dataset) -> Html {
    let b = &dataset.sources.beijing;
    html! {
            <section class="deferred" id="table1" aria-labelledby="matrix-heading">
                <h2 id="matrix-heading">{ crate::i18n::tx(Msg::BjMatrixHeading) }</h2>
                { crate::components::table_region(t(Msg::BjMatrixRegion), false, html! {
                    <table class="matrix">
                        <caption>{ crate::i18n::marked(t(Msg::BjMatrixCaption)) }</caption>
                        <thead><tr>
                            <th scope="col">{ crate::i18n::tx(Msg::Attribute) }</th>
                            { for b.firm.iter().map(|f| html! { <th scope="col"><a href={Route::Firm(f.id.clone()).to_hash()} lang="en">{ &f.id }</a>{ note_mark(BJ, &format!("firm:{}", f.id)) }</th> }) }
                        </tr></thead>
                        <tbody>
                            { for b.hr_row.iter().map(|row| {
                                let filter = Route::Firms(Default::default()).to_hash() + &format!("?{}=yes", row.attribute.key());
                                html! {
                                    <tr>
                                        <th scope="row"><a href={filter} lang="en">{ &row.label }</a>{ note_mark(BJ, &format!("hr_row:{}", row.attribute.key())) }</th>
                                        { for b.firm.iter().map(|f| html! { <td class="mark">{ hr_mark(Some(row.marked.contains(&f.id))) }</td> }) }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }) }
                { hr_legend(false) }
                { crate::components::figures::figure_downloads(crate::components::figures::Figure::matrix(), crate::i18n::t(Msg::FigMatrix)) }
                <p>{ crate::i18n::fill_html(t(Msg::BjFilterIn), &[
                    ("firms", html! { <a href={format!("#/firms?study={}", StudyId::BeijingSmes)}>{ crate::i18n::tx(Msg::NavFirms) }</a> }),
                    ("example", html! { <a href={format!("#/firms?{}=yes&{}=yes", HrAttribute::StudyAbroad.key(), HrAttribute::ForeignOrigin.key())}>{ crate::i18n::tx(Msg::BjExample) }</a> }),
                ]) }</p>
            </section>
    }
}

pub fn mechanisms(dataset: &Dataset) -> Html {
    let b = &dataset.sources.beijing;
    html! {
            <section class="deferred" id="mechanisms" aria-labelledby="mechanisms-heading">
                <h2 id="mechanisms-heading">{ crate::i18n::tx(Msg::MechanismsHeading) }</h2>
                { for b.mechanism.iter().map(|m| html! {
                    <article class="panel">
                        <h3>{ ours(&m.title) }</h3>
                        <p>{ ours(&m.summary) }</p>
                        <p>{ crate::i18n::tx(Msg::FirmsNamed) }
                            { for m.firms.iter().enumerate().map(|(i, f)| html! {
                                <>{ if i > 0 { ", " } else { "" } }<a href={Route::Firm(f.clone()).to_hash()} lang="en">{ f }</a></>
                            }) }
                        </p>
                        <p class="provenance">{ crate::i18n::tx(Msg::SourceLabel) }{ english(m.source.clone()) }</p>
                    </article>
                }) }
            </section>
    }
}
