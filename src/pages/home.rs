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
                                <p class="card-kicker">{ crate::i18n::study_name(id) }{ " · " }{ study.year }</p>
                                <h3><a href={Route::Study(id.as_str().into()).to_hash()}>{ title }</a></h3>
                                <p>{ ours(&study.research_question) }</p>
                            </li>
                        }
                    }) }
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
