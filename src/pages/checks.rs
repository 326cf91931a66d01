//! Check the numbers (`#/checks`, `#/checks/<study>`): every recomputation
//! the data allows (`explorer_core::checks`), one table per study, with the
//! printed value, the value recomputed here, the formula with the numbers
//! put in, and a status that is exactly `Reproduces`, `Does not reproduce`
//! or `Cannot be checked` (with why). Findings that do not reproduce also
//! show beside their records (`check_marks`).
//!
//! The checks are computed at build time (natively, by the core) and loaded
//! as a file (`CHECKS_FILE`) when this page opens, so the app carries
//! neither their arithmetic nor the validation code; the records whose
//! recomputation does not reproduce are embedded for the marks.

/// The published checks (`i18n/checks-<hash>.txt`).
pub const CHECKS_FILE: &str = env!("SME_CHECKS_FILE");

/// Where the checks file stands, for the life of the page.
enum State {
    NotRequested,
    Loading,
    Failed,
    Ready(Rc<Vec<Check>>),
}

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State::NotRequested) };
}

use std::cell::RefCell;
use std::rc::Rc;

use explorer_core::checks::{decode, Check, Quantity, Status, Why};
use explorer_core::i18n::{Lang, Msg};
use explorer_core::records::Counted;
use explorer_core::validate::stated_counts;
use explorer_core::Dataset;
use explorer_core::route::Route;
use explorer_core::StudyId;
use yew::prelude::*;

use crate::components::data_error;
use crate::data::dataset;
use crate::i18n::{fill_html, printed, t, tf, tx, txf};

fn status_text(status: &Status) -> Html {
    match status {
        Status::Reproduces => html! { <span class="status ok">{ tx(Msg::StatusReproduces) }</span> },
        Status::DoesNotReproduce => html! { <span class="status bad">{ tx(Msg::StatusDoesNot) }</span> },
        Status::CannotBeChecked(why) => html! {
            <span class="status none">{ tx(Msg::StatusCannot) }{ " (" }{ tx(match why { Why::NotPrinted => Msg::WhyNotPrinted, Why::NoInput => Msg::WhyNoInput }) }{ ")" }</span>
        },
    }
}

fn quantity(q: &Quantity) -> Msg {
    match q {
        Quantity::Cr => Msg::QtyCr,
        Quantity::Ave => Msg::QtyAve,
        Quantity::Percentage => Msg::QtyPercentage,
        Quantity::Total => Msg::QtyTotal,
        Quantity::StatedCount => Msg::QtyStated,
        Quantity::Effect => Msg::QtyEffect,
        Quantity::LoadingRange => Msg::QtyRange,
    }
}

fn meets(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => t(Msg::Meets),
        Some(false) => t(Msg::Misses),
        None => t(Msg::NotApplicable),
    }
}

/// How a check is named in the row heading. The names are built in English
/// at build time; a stated count is named again here in the reader's
/// language, its printed parts (labels, the section) kept as printed.
fn check_name(dataset: &Dataset, c: &Check) -> Html {
    if crate::i18n::lang() == Lang::En || c.quantity != Quantity::StatedCount {
        return printed(c.name.clone());
    }
    let Some(stated) = stated_counts(&dataset.sources, c.study).iter().find(|s| dataset.stated_count_name(s) == c.name) else {
        return printed(c.name.clone());
    };
    let what = match dataset.stated_counted(stated) {
        Counted::Level(level) => tx(explorer_core::i18n::level_msg(level)),
        Counted::FirmsMarked(labels) => {
            let or = t(Msg::CountedOr);
            let joined = html! { <>{ for labels.iter().enumerate().map(|(i, l)| html! {
                <>{ if i > 0 { or } else { "" } }{ "“" }{ printed(l.clone()) }{ "”" }</>
            }) }</> };
            fill_html(t(Msg::CountedFirmsMarked), &[("labels", joined)])
        }
        Counted::Other(key) => match key.as_str() {
            "firms" => tx(Msg::CountedFirms),
            "interviewees" => tx(Msg::CountedInterviewees),
            "valid_questionnaires" => tx(Msg::CountedValidQuestionnaires),
            "hypotheses" => tx(Msg::CountedHypotheses),
            "observed_variables" => tx(Msg::CountedObservedVariables),
            // The text counts constructs; the level has its name already.
            "constructs" => tx(Msg::LevelConstruct),
            other => printed(other.replace('_', " ")),
        },
    };
    fill_html(
        t(Msg::StatedCountName),
        &[("n", html! { { stated.count.to_string() } }), ("what", what), ("source", printed(stated.source.clone()))],
    )
}

/// The page.
pub fn checks_page() -> Html {
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    if STATE.with(|st| matches!(*st.borrow(), State::NotRequested)) {
        STATE.with(|st| *st.borrow_mut() = State::Loading);
        crate::browser::load_text(
            CHECKS_FILE,
            Callback::from(|text: Option<String>| {
                let next = match text.as_deref().and_then(decode) {
                    Some(checks) => State::Ready(Rc::new(checks)),
                    None => State::Failed,
                };
                STATE.with(|st| *st.borrow_mut() = next);
                crate::i18n::rerender();
            }),
        );
    }
    let loaded = STATE.with(|st| match &*st.borrow() {
        State::Ready(checks) => Ok(checks.clone()),
        State::Failed => Err(true),
        _ => Err(false),
    });
    let checks = match loaded {
        Ok(checks) => checks,
        Err(failed) => return html! {
            <article class="checks">
                <h1>{ tx(Msg::TitleChecks) }</h1>
                <p role="status">{ tx(if failed { Msg::ChecksUnavailable } else { Msg::ChecksLoading }) }</p>
            </article>
        },
    };
    let bad = checks.iter().filter(|c| c.status == Status::DoesNotReproduce).count();
    html! {
        <article class="checks">
            <h1>{ tx(Msg::TitleChecks) }</h1>
            <p class="lead">{ tx(Msg::ChecksLead) }</p>
            <p>{ tx(Msg::ChecksTolerance) }</p>
            <p class="callout">{ txf(Msg::ChecksSummary, &[("bad", &bad.to_string()), ("total", &checks.len().to_string())]) }</p>
            { for StudyId::ALL.into_iter().filter(|s| checks.iter().any(|c| c.study == *s)).map(|study| {
                let rows: Vec<&Check> = checks.iter().filter(|c| c.study == study).collect();
                let name = crate::i18n::study_name(study);
                html! {
                    <section class="deferred" id={study.as_str()} aria-labelledby={format!("checks-{study}")}>
                        <h2 id={format!("checks-{study}")}><a href={Route::Study(study.as_str().into()).to_hash()}>{ name.clone() }</a></h2>
                        { crate::components::table_region(&tf(Msg::ChecksRegion, &[("study", &name)]), rows.len() > 20, html! {
                            <table class="checks-table">
                                <thead><tr>
                                    <th scope="col">{ tx(Msg::ColChecked) }</th>
                                    <th scope="col">{ tx(Msg::ColPrinted) }</th>
                                    <th scope="col">{ tx(Msg::ColRecomputed) }</th>
                                    <th scope="col">{ tx(Msg::ColFormula) }</th>
                                    <th scope="col">{ tx(Msg::ColStatus) }</th>
                                    <th scope="col">{ tx(Msg::ColThreshold) }</th>
                                </tr></thead>
                                <tbody>
                                    { for rows.iter().map(|c| html! {
                                        <tr class={classes!((c.status == Status::DoesNotReproduce).then_some("differs"))}>
                                            <th scope="row">{ check_name(&dataset, c) }{ " · " }{ tx(quantity(&c.quantity)) }</th>
                                            <td class="num">{ c.printed.clone() }</td>
                                            <td class="num">{ c.recomputed.clone() }</td>
                                            <td class="formula" lang="en">{ c.formula.clone() }</td>
                                            <td>{ status_text(&c.status) }</td>
                                            <td>{ match c.threshold { Some((p, r)) => format!("{} / {}", meets(p), meets(r)), None => t(Msg::NotApplicable).to_string() } }</td>
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                        }) }
                    </section>
                }
            }) }
        </article>
    }
}
