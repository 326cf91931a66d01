//! Home: what the explorer is, the four studies as cards, and questions to
//! explore, each a link into a view that answers it.

use explorer_core::index::Card;
use explorer_core::route::Route;
use explorer_core::StudyId;
use yew::prelude::*;

use explorer_core::i18n::Msg;

use crate::components::data_error;
use crate::data::index;
use crate::i18n::{ours, printed, t};

/// Why home cannot show the studies, if the index does not decode.
const NO_INDEX: &str = "The bundled index of the studies could not be read.";

/// Questions a reader might bring, each with the view that answers it.
const QUESTIONS: &[(Msg, &str)] = &[
    (Msg::Q1, "#/trace/C1"),
    (Msg::Q2, "#/trace/a13"),
    (Msg::Q3, "#/firms?foreign_origin=yes&ceo_international=yes"),
    (Msg::Q4, "#/firms?personal_connections=yes&work_abroad=no"),
    (Msg::Q5, "#/trace/IL6"),
    (Msg::Q6, "#/study/haier-huawei/paths"),
    (Msg::Q7, "#/study/kunming-sem/effects"),
    (Msg::Q8, "#/themes"),
];

/// Home (a plain function: it keeps no state).
pub fn home_page() -> Html {
    let Some(index) = index() else { return data_error(NO_INDEX) };
    html! {
        <>
            <section class="hero">
                <h1>{ crate::i18n::tx(Msg::HomeTitle) }</h1>
                <p class="lead">{ crate::i18n::tx(Msg::HomeLead) }</p>
            </section>
            <section aria-labelledby="studies-heading">
                <h2 id="studies-heading">{ crate::i18n::tx(Msg::HomeStudies) }</h2>
                <ul class="cards">
                    { for index.cards.iter().map(|card| {
                        let (id, study) = (card.study.id, &card.study);
                        let title = match &study.title {
                            Some(title) => printed(title.clone()),
                            None => html! { { crate::i18n::tx(Msg::HomeNoTitle) } },
                        };
                        html! {
                            <li class="card">
                                { crate::components::minis::study_mini(&card.mini) }
                                <p class="card-kicker">{ crate::i18n::study_name(id) }{ " · " }{ study.year }</p>
                                <h3><a href={Route::Study(id.as_str().into()).to_hash()}>{ title }</a></h3>
                                if let Some(finding) = study.findings.first() { <p>{ ours(finding) }</p> }
                                <p class="card-size">{ size_line(card) }</p>
                            </li>
                        }
                    }) }
                </ul>
            </section>
            <section aria-labelledby="start-heading">
                <h2 id="start-heading">{ crate::i18n::tx(Msg::StartHere) }</h2>
                <ul class="start-here">
                    <li>
                        <h3>{ crate::i18n::tx(Msg::StartStudents) }</h3>
                        <p>{ crate::i18n::tx(Msg::StartStudentsText) }</p>
                        <p><a href="#/trace/a13">{ crate::i18n::tx(Msg::StartStudentsLink) }</a>{ " · " }<a href="#/glossary">{ crate::i18n::tx(Msg::NavGlossary) }</a></p>
                    </li>
                    <li>
                        <h3>{ crate::i18n::tx(Msg::StartLecturers) }</h3>
                        <p>{ crate::i18n::tx(Msg::StartLecturersText) }</p>
                        <p><a href="#/study/kunming-sem/effects">{ crate::i18n::tx(Msg::StartLecturersLink) }</a></p>
                    </li>
                    <li>
                        <h3>{ crate::i18n::tx(Msg::StartData) }</h3>
                        <p>{ crate::i18n::marked(t(Msg::StartDataText)) }</p>
                        <p><a href="#/data">{ crate::i18n::tx(Msg::NavData) }</a></p>
                    </li>
                </ul>
            </section>
            <section aria-labelledby="questions-heading">
                <h2 id="questions-heading">{ crate::i18n::tx(Msg::HomeQuestions) }</h2>
                <ul class="questions">
                    { for QUESTIONS.iter().map(|(question, href)| html! {
                        <li><a href={*href}>{ crate::i18n::marked(t(*question)) }</a></li>
                    }) }
                </ul>
            </section>
        </>
    }
}

/// How big a study is, in the units it has: codes, firms, items, milestones.
fn size_line(card: &Card) -> String {
    let msg = match card.study.id {
        StudyId::SmallGiants => Msg::SizeSmallGiants,
        StudyId::HaierHuawei => Msg::SizeHaierHuawei,
        StudyId::KunmingSem => Msg::SizeKunming,
        StudyId::BeijingSmes => Msg::SizeBeijing,
    };
    let args = card.size_args();
    let args: Vec<(&str, &str)> = args.iter().map(|(name, n)| (*name, n.as_str())).collect();
    crate::i18n::tf(msg, &args)
}
