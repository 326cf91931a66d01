//! Home: what the explorer is, the four studies as cards, and questions to
//! explore, each a link into a view that answers it.

use explorer_core::route::Route;
use explorer_core::StudyId;
use yew::prelude::*;

use explorer_core::i18n::Msg;

use crate::components::data_error;
use crate::data::dataset;
use crate::i18n::{ours, printed, t};

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
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    html! {
        <>
            <section class="hero">
                <h1>{ crate::i18n::tx(Msg::HomeTitle) }</h1>
                <p class="lead">{ crate::i18n::tx(Msg::HomeLead) }</p>
            </section>
            <section aria-labelledby="studies-heading">
                <h2 id="studies-heading">{ crate::i18n::tx(Msg::HomeStudies) }</h2>
                <ul class="cards">
                    { for StudyId::ALL.into_iter().map(|id| {
                        let study = dataset.study(id);
                        let title = match &study.title {
                            Some(title) => printed(title.clone()),
                            None => html! { { crate::i18n::tx(Msg::HomeNoTitle) } },
                        };
                        html! {
                            <li class="card">
                                { crate::components::minis::study_mini(&dataset, id) }
                                <p class="card-kicker">{ crate::i18n::study_name(id) }{ " · " }{ study.year }</p>
                                <h3><a href={Route::Study(id.as_str().into()).to_hash()}>{ title }</a></h3>
                                if let Some(finding) = study.findings.first() { <p>{ ours(finding) }</p> }
                                <p class="card-size">{ size_line(&dataset, id) }</p>
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
fn size_line(dataset: &explorer_core::Dataset, id: StudyId) -> String {
    use explorer_core::Level;
    let n = |level: Level| dataset.codes_at(level).filter(|c| c.study == id).count().to_string();
    let firms = dataset.firms.iter().filter(|f| f.study == id).count().to_string();
    match id {
        StudyId::SmallGiants => crate::i18n::tf(Msg::SizeSmallGiants, &[("concepts", &n(Level::Concept)), ("categories", &n(Level::Category)), ("firms", &firms)]),
        StudyId::HaierHuawei => {
            let hh = &dataset.sources.haier_huawei;
            crate::i18n::tf(Msg::SizeHaierHuawei, &[("milestones", &hh.milestone.len().to_string()), ("paths", &hh.path.len().to_string()), ("firms", &firms)])
        }
        StudyId::KunmingSem => crate::i18n::tf(Msg::SizeKunming, &[
            ("items", &n(Level::Item)), ("dimensions", &n(Level::Dimension)), ("constructs", &n(Level::Construct)),
            ("paths", &dataset.sources.kunming.structural_path.len().to_string()),
        ]),
        StudyId::BeijingSmes => crate::i18n::tf(Msg::SizeBeijing, &[("firms", &firms), ("attributes", &dataset.sources.beijing.hr_row.len().to_string())]),
    }
}
