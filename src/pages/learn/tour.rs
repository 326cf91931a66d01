//! A step of a guided tour (`#/learn/tour/<tour-id>/<n>`): "Step n of N",
//! its title (which takes focus when the step opens), a short explanation in
//! our own words, the live data it talks about (rendered by the same
//! functions as the full views), a link into the full view, and links named
//! `Previous` and `Next`.

use explorer_core::filter::{combinations, excluded_as_not_reported, filter, FirmQuery};
use explorer_core::i18n::{attribute_msg, facet_msg, level_msg, Msg};
use explorer_core::learn::tours::{example_filter, first_concept, tour, two_parent_concept, Live};
use explorer_core::route::Route;
use explorer_core::trace::trace;
use explorer_core::{Dataset, HrAttribute, Level, StudyId};
use yew::prelude::*;

use super::progress;
use crate::components::data_error;
use crate::data::dataset;
use crate::i18n::{english, ours, printed, t, tf, tx, txf};
use crate::pages::study::{code_link, Piece};
use crate::components::chains::chains;

pub fn tour_page(id: &str, step: u32) -> Html {
    let (Some(tour), Ok(dataset)) = (tour(id), dataset()) else {
        return data_error(t(Msg::TitleNotFound));
    };
    let n = tour.steps.len() as u32;
    let Some(current) = step.checked_sub(1).and_then(|i| tour.steps.get(i as usize)) else {
        return html! {
            <article class="tour">
                { super::back_link() }
                <h1 id="step-heading" tabindex="-1">{ tx(tour.title) }</h1>
                <p role="status">{ txf(Msg::TourNoStep, &[("n", &n.to_string())]) }</p>
                <p><a href={Route::Tour(tour.id.into(), 1).to_hash()}>{ tx(Msg::TourStart) }</a></p>
            </article>
        };
    };
    progress::mark_seen(tour.id, step);
    let (live, full) = live_view(&dataset, current.live);
    html! {
        <article class="tour">
            { super::back_link() }
            <p class="kicker">{ tx(tour.title) }{ " · " }<span class="step-of">{ tf(Msg::StepOf, &[("n", &step.to_string()), ("m", &n.to_string())]) }</span></p>
            <h1 id="step-heading" tabindex="-1">{ tx(current.title) }</h1>
            <p class="lead">{ tx(current.body) }</p>
            <div class="tour-live">{ live }</div>
            if let Some(full) = full {
                <p><a href={full}>{ tx(Msg::OpenFullView) }</a></p>
            }
            if step == n {
                <section aria-labelledby="tour-done">
                    <h2 id="tour-done">{ tx(Msg::TourDone) }</h2>
                    { super::exercise_list() }
                </section>
            }
            <nav class="tour-nav" aria-label={t(Msg::TourSteps)}>
                if step > 1 {
                    <a rel="prev" href={Route::Tour(tour.id.into(), step - 1).to_hash()}>{ tx(Msg::Previous) }</a>
                }
                if step < n {
                    <a rel="next" class="button" href={Route::Tour(tour.id.into(), step + 1).to_hash()}>{ tx(Msg::Next) }</a>
                }
            </nav>
        </article>
    }
}

fn study_section(study: StudyId, section: &str) -> String {
    Route::Study(study.as_str().into()).section_hash(section)
}

/// A piece of a study's own sections, drawn by that study's module, or the
/// module of the rest of its sections (which the step waited for:
/// `explorer_core::part::sections_of`, `rest_of`).
fn drawn(dataset: &Dataset, live: Live, piece: Piece) -> Html {
    let module = if live.in_rest() { crate::views::rest } else { crate::views::sections };
    live.sections().and_then(module).map(|sections| sections(dataset, piece)).unwrap_or_default()
}

/// What a step shows, and the full view it links to.
fn live_view(dataset: &Dataset, live: Live) -> (Html, Option<String>) {
    let sg = &dataset.sources.small_giants;
    let k = &dataset.sources.kunming;
    let hh = &dataset.sources.haier_huawei;
    let concept = first_concept(dataset).unwrap_or_default();
    match live {
        Live::Passage => (drawn(dataset, live, Piece::Section("passage", None)), Some(study_section(StudyId::SmallGiants, "passage"))),
        Live::OpenCoding => {
            let coded: Vec<_> = sg.excerpt.iter().enumerate().filter(|(_, p)| !p.codes.is_empty()).take(5).collect();
            let table = html! {
                <table>
                    <thead><tr><th scope="col">{ tx(Msg::ColFragment) }</th><th scope="col">{ tx(Msg::ColAnnotation) }</th><th scope="col">{ tx(level_msg(Level::Concept)) }</th></tr></thead>
                    <tbody>
                        { for coded.iter().map(|(i, p)| html! {
                            <tr>
                                <td><a href={study_section(StudyId::SmallGiants, &crate::components::passage::passage_section(*i))}>{ tf(Msg::FragmentN, &[("n", &(i + 1).to_string())]) }</a>{ ": " }<q lang="en">{ p.text.trim() }</q></td>
                                <td>{ printed(p.annotation.clone()) }</td>
                                <td>{ for explorer_core::learn::exercise::fragment_codes(dataset, *i).iter().map(|id| html! { <div>{ code_link(dataset, id) }</div> }) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            };
            (crate::components::table_region(t(Msg::ExCodePassage), false, table), Some(study_section(StudyId::SmallGiants, "passage")))
        }
        Live::ThemeOfFirstConcept => {
            let theme = dataset.code(&concept).and_then(|c| c.parents.first()).cloned().unwrap_or_default();
            match trace(dataset, &theme) {
                Ok(found) => (
                    html! {
                        <section aria-labelledby="live-theme">
                            <h2 id="live-theme">{ code_link(dataset, &theme) }</h2>
                            <ul class="children" aria-label={tf(Msg::ChildrenOf, &[("code", &theme)])}>
                                { for found.children.iter().map(|c| html! { <li class={classes!((c.id == concept).then_some("current"))}>{ code_link(dataset, &c.id) }</li> }) }
                            </ul>
                        </section>
                    },
                    Some(Route::Trace(theme.clone()).to_hash()),
                ),
                Err(_) => (html! {}, None),
            }
        }
        Live::ChainOfFirstConcept | Live::TwoParents => {
            let id = if live == Live::TwoParents { two_parent_concept(dataset).unwrap_or_default() } else { concept };
            match trace(dataset, &id) {
                Ok(found) => (
                    html! { <section aria-labelledby="live-chain"><h2 id="live-chain">{ code_link(dataset, &id) }</h2>{ chains(&found, &Level::GROUNDED_THEORY) }</section> },
                    Some(Route::Trace(id.clone()).to_hash()),
                ),
                Err(_) => (html! {}, None),
            }
        }
        Live::Model => (drawn(dataset, live, Piece::ModelDiagram), Some(study_section(StudyId::SmallGiants, "model"))),
        Live::ItemsOfFirstDimension => {
            let Some(d) = k.dimension.first() else { return (html! {}, None) };
            (
                html! { <section aria-labelledby="live-dim"><h2 id="live-dim">{ code_link(dataset, &d.id) }</h2>{ drawn(dataset, live, Piece::Loadings(&d.id)) }</section> },
                Some(study_section(StudyId::KunmingSem, "measurement")),
            )
        }
        Live::Constructs => (
            html! {
                <ul class="constructs">
                    { for k.construct.iter().map(|c| html! {
                        <li>{ code_link(dataset, &c.id) }
                            <ul>{ for k.dimension.iter().filter(|d| d.construct == c.id).map(|d| html! { <li>{ code_link(dataset, &d.id) }</li> }) }</ul>
                        </li>
                    }) }
                </ul>
            },
            Some(study_section(StudyId::KunmingSem, "measurement")),
        ),
        Live::StatedRanges => (
            html! {
                <ul>
                    { for k.stated_range.iter().map(|r| html! {
                        <li>{ code_link(dataset, &r.construct) }{ ": " }<span class="num">{ format!("{}–{}", r.min, r.max) }</span>
                            { " “" }{ printed(r.quote.clone()) }{ "” (" }{ english(r.source.clone()) }{ ")" }</li>
                    }) }
                </ul>
            },
            Some("#/checks".to_string()),
        ),
        Live::PathDiagram => (drawn(dataset, live, Piece::Section("structural", None)), Some(study_section(StudyId::KunmingSem, "structural"))),
        Live::Effects => (drawn(dataset, live, Piece::Section("effects", None)), Some(study_section(StudyId::KunmingSem, "effects"))),
        Live::Hypotheses => (
            html! {
                <ul>{ for k.hypothesis.iter().map(|h| html! { <li><strong>{ &h.id }</strong>{ ": “" }{ printed(h.text.clone()) }{ "” — " }{ printed(h.result.clone()) }</li> }) }</ul>
            },
            Some(study_section(StudyId::KunmingSem, "structural")),
        ),
        Live::Table1 => (drawn(dataset, live, Piece::Section("table1", None)), Some(study_section(StudyId::BeijingSmes, "table1"))),
        Live::NotReported => (
            html! {
                <ul>
                    { for HrAttribute::ALL.into_iter().map(|a| {
                        let silent = dataset.firms.iter().filter(|f| f.hr.get(a).is_none()).count();
                        html! { <li>{ tx(attribute_msg(a)) }{ ": " }{ crate::components::combos::firm_count_text(silent) }</li> }
                    }) }
                </ul>
            },
            Some("#/firms".to_string()),
        ),
        Live::FilterExample => {
            let query = example_filter();
            let found = filter(dataset, &query);
            let left_out = excluded_as_not_reported(dataset, &query);
            (
                html! {
                    <>
                        <p>{ conditions(&query) }</p>
                        <ul aria-label={t(Msg::MatchingFirms)}>
                            { for found.iter().map(|f| html! { <li><a href={Route::Firm(f.id.clone()).to_hash()} lang="en">{ &f.id }</a>{ " " }<span lang="en">{ &f.name }</span></li> }) }
                        </ul>
                        <p>{ crate::components::combos::firm_count_text(found.len()) }{ ". " }{ txf(Msg::FirmNotReported, &[("n", &left_out.to_string())]) }</p>
                    </>
                },
                Some(Route::Firms(query).to_hash()),
            )
        }
        Live::Combinations => {
            let query = FirmQuery::default().with_study(Some(StudyId::BeijingSmes));
            let firms = filter(dataset, &query);
            (crate::components::combos::combos_table(&combinations(&firms)), Some(Route::Firms(query).to_hash()))
        }
        Live::Mechanisms => (drawn(dataset, live, Piece::Section("mechanisms", None)), Some(study_section(StudyId::BeijingSmes, "mechanisms"))),
        Live::Stages => (
            html! {
                <div class="two-columns">
                    { for hh.company.iter().map(|c| html! {
                        <section aria-labelledby={format!("stages-{}", c.id)}>
                            <h2 id={format!("stages-{}", c.id)} lang="en">{ &c.id }</h2>
                            <ol>{ for hh.stage.iter().filter(|s| s.company == c.id).map(|s| html! { <li><strong lang="en">{ &s.name }</strong>{ ": " }{ ours(&s.summary) }</li> }) }</ol>
                        </section>
                    }) }
                </div>
            },
            Some(study_section(StudyId::HaierHuawei, "milestones")),
        ),
        Live::Timeline => (drawn(dataset, live, Piece::Timeline), Some(study_section(StudyId::HaierHuawei, "milestones"))),
        Live::PathTitles => (
            html! {
                <ol>{ for hh.path.iter().map(|p| html! { <li><strong>{ printed(p.title.clone()) }</strong>{ ": " }{ ours(&p.summary) }</li> }) }</ol>
            },
            Some(study_section(StudyId::HaierHuawei, "paths")),
        ),
        Live::PathEvidence => (drawn(dataset, live, Piece::Section("paths", None)), Some(study_section(StudyId::HaierHuawei, "paths"))),
        Live::CompareFirms => (
            html! {
                <ul>{ for hh.company.iter().map(|c| html! { <li><a href={Route::Firm(c.id.clone()).to_hash()} lang="en">{ &c.name }</a>{ " · " }{ ours(&c.sector) }</li> }) }</ul>
            },
            Some("#/compare?firms=Haier,Huawei".to_string()),
        ),
    }
}

/// A firm query's conditions in words: "Staff of foreign origin: Present;
/// CEO/founder with international experience: Absent".
pub fn conditions(query: &FirmQuery) -> String {
    HrAttribute::ALL
        .into_iter()
        .filter(|&a| query.facet(a) != explorer_core::filter::Facet::Any)
        .map(|a| tf(Msg::FirmCondition, &[("attribute", t(attribute_msg(a))), ("value", t(facet_msg(query.facet(a))))]))
        .collect::<Vec<_>>()
        .join("; ")
}
