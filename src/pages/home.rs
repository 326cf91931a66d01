//! Home: what the explorer is, the four studies as cards, and questions to
//! explore, each a link into a view that answers it.

use explorer_core::route::Route;
use explorer_core::StudyId;
use yew::prelude::*;

use crate::components::data_error;
use crate::data::dataset;

/// Questions a reader might bring, each with the view that answers it.
const QUESTIONS: &[(&str, &str)] = &[
    ("Which categories and concepts make up the core category “Innovation team”?", "#/trace/C1"),
    ("Why does concept a13 reach two different core categories?", "#/trace/a13"),
    ("Which Beijing firms have an internationally experienced CEO or founder and staff of foreign origin?", "#/firms?foreign_origin=yes&ceo_international=yes"),
    ("Which Beijing firms use personal connections but have no staff with work experience abroad?", "#/firms?personal_connections=yes&work_abroad=no"),
    ("Which survey item is printed under two different dimensions?", "#/trace/IL6"),
    ("How did Haier and Huawei reach “leading innovation”?", "#/study/haier-huawei/paths"),
    ("How much of inter-organizational learning's effect on innovation performance runs through knowledge management?", "#/study/kunming-sem/effects"),
    ("Where do the four papers speak of the same things, such as R&D talent or open innovation?", "#/themes"),
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
                <h1>{ "Innovation in Chinese science-and-technology SMEs" }</h1>
                <p class="lead">{ "Four published case studies, made explorable: trace a concept up to the core category it feeds, compare the firms and their people, and follow every finding back to the table or section it comes from." }</p>
            </section>
            <section aria-labelledby="studies-heading">
                <h2 id="studies-heading">{ "The studies" }</h2>
                <ul class="cards">
                    { for StudyId::ALL.into_iter().map(|id| {
                        let study = dataset.study(id);
                        let title = study.title.clone().unwrap_or_else(|| "Haier and Huawei: paths to leading innovation (title not printed in the source)".to_string());
                        html! {
                            <li class="card">
                                <p class="card-kicker">{ &study.short_title }{ " · " }{ study.year }</p>
                                <h3><a href={Route::Study(id.as_str().into()).to_hash()}>{ title }</a></h3>
                                <p>{ &study.research_question }</p>
                            </li>
                        }
                    }) }
                </ul>
            </section>
            <section aria-labelledby="questions-heading">
                <h2 id="questions-heading">{ "Questions to explore" }</h2>
                <ul class="questions">
                    { for QUESTIONS.iter().map(|(question, href)| html! {
                        <li><a href={*href}>{ *question }</a></li>
                    }) }
                </ul>
            </section>
        </>
    }
}
