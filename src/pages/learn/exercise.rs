//! An exercise (`#/learn/<exercise-id>?seed=N`): the questions the core
//! generates for the seed, each a radio group in a `fieldset` whose legend
//! says what it asks (or, for Find the firms, the firm filter's five
//! selects); a button named `Check answers` that states the result in a
//! polite status region as "N of M correct" and then shows, per question,
//! whether it was right and the answer with a link to its record. Place the
//! concept is answered one level at a time. Scores are the core's
//! (`learn::exercise::judge`); results are kept in the browser.

use explorer_core::filter::{excluded_as_not_reported, Facet, FirmQuery};
use explorer_core::i18n::{attribute_msg, facet_msg, level_msg, Msg};
use explorer_core::learn::exercise::{
    accepted, chosen, firm_ids, generate, judge, path_ranks, Answer, Exercise, ExerciseId, ExerciseQuery, Prompt, Question,
};
use explorer_core::route::{exercise_msg, Route, MAX_SEED};
use explorer_core::{Dataset, HrAttribute, StudyId};
use yew::prelude::*;

use super::progress;
use crate::components::data_error;
use crate::data::dataset;
use crate::i18n::{printed, t, tf, tx, txf};
use crate::pages::study::code_link;

#[derive(Properties, PartialEq)]
pub struct ExerciseProps {
    pub id: ExerciseId,
    pub query: ExerciseQuery,
}

/// The answers so far and how many questions (from the first) are checked.
#[derive(Clone, PartialEq)]
struct Sheet {
    answers: Vec<Answer>,
    checked: usize,
}

#[component]
pub fn ExercisePage(props: &ExerciseProps) -> Html {
    let sheet = use_state(|| Sheet { answers: Vec::new(), checked: 0 });
    let Ok(dataset) = dataset() else { return data_error(t(Msg::TitleNotFound)) };
    let exercise = generate(&dataset, props.id, props.query);
    let n = exercise.questions.len();
    let stepwise = props.id.stepwise();
    let answers: Vec<Answer> = (0..n).map(|i| sheet.answers.get(i).cloned().unwrap_or_default()).collect();
    let verdicts = judge(&dataset, &exercise, &answers);
    let checked = sheet.checked.min(n);
    let right = verdicts[..checked].iter().filter(|v| **v).count();
    let shown = if stepwise { (checked + 1).min(n) } else { n };

    let set = {
        let sheet = sheet.clone();
        Callback::from(move |(i, answer): (usize, Answer)| {
            let mut next = (*sheet).clone();
            if next.answers.len() <= i {
                next.answers.resize(i + 1, Answer::None);
            }
            next.answers[i] = answer;
            sheet.set(next);
        })
    };
    let check = {
        let sheet = sheet.clone();
        let (key, seed) = (props.query.progress_key(props.id), props.query.seed);
        let verdicts = verdicts.clone();
        Callback::from(move |_: MouseEvent| {
            let checked = if stepwise { (sheet.checked + 1).min(n) } else { n };
            if checked == n {
                progress::record(&key, seed, verdicts.iter().filter(|v| **v).count(), n);
            }
            sheet.set(Sheet { answers: sheet.answers.clone(), checked });
        })
    };
    let again = {
        let sheet = sheet.clone();
        Callback::from(move |_: MouseEvent| sheet.set(Sheet { answers: Vec::new(), checked: 0 }))
    };
    let other_seed = Route::Exercise(props.id, ExerciseQuery { seed: props.query.seed % MAX_SEED + 1, ..props.query });
    html! {
        <article class="exercise">
            { super::back_link() }
            <h1 id="step-heading" tabindex="-1">{ tx(exercise_msg(props.id, props.query.chains)) }</h1>
            <p class="lead">{ tx(super::about(props.id, props.query.chains)) }</p>
            <p class="seed">
                <strong>{ tf(Msg::QuestionSet, &[("seed", &props.query.seed.to_string())]) }</strong>{ " · " }{ tx(Msg::QuestionSetHint) }{ " " }
                <a href={other_seed.to_hash()}>{ tx(Msg::AnotherSet) }</a>
                if props.id == ExerciseId::CodePassage {
                    { " · " }<a href={Route::Exercise(props.id, ExerciseQuery { chains: !props.query.chains, ..props.query }).to_hash()}>{ tx(Msg::OtherMode) }</a>
                }
            </p>
            if stepwise { <p>{ tx(Msg::PlaceIntro) }</p> }
            if props.id == ExerciseId::PredictPaths { { constructs(&dataset) } }
            <form class="questions" aria-label={t(Msg::QuestionsLabel)} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for exercise.questions.iter().take(shown).enumerate().map(|(i, q)| {
                    question(&dataset, &exercise, &answers, i, q, i < checked, verdicts[i], &set)
                }) }
            </form>
            <p class="score" role="status" aria-live="polite">
                if checked > 0 { { tf(Msg::NCorrect, &[("n", &right.to_string()), ("m", &checked.to_string())]) } }
            </p>
            <p class="actions">
                if checked < n { <button type="button" class="primary" onclick={check}>{ tx(Msg::CheckAnswers) }</button> }
                if checked > 0 { <button type="button" onclick={again}>{ tx(Msg::StartAgain) }</button> }
            </p>
            if props.id == ExerciseId::PredictPaths && checked == n {
                { path_results(&dataset, &exercise, &answers) }
            }
        </article>
    }
}

/// A path's printed rank by strength: "2", or "2–3" where coefficients tie.
fn rank_text(ranks: std::ops::RangeInclusive<usize>) -> String {
    if ranks.start() == ranks.end() { ranks.start().to_string() } else { format!("{}–{}", ranks.start(), ranks.end()) }
}

/// "IL → KM", a structural path by its constructs.
fn path_name(dataset: &Dataset, i: usize) -> String {
    dataset.sources.kunming.structural_path.get(i).map(|p| format!("{} → {}", p.from, p.to)).unwrap_or_default()
}

/// The Kunming constructs, so that the path names can be read.
fn constructs(dataset: &Dataset) -> Html {
    html! {
        <ul class="constructs">{ for dataset.sources.kunming.construct.iter().map(|c| html! { <li>{ code_link(dataset, &c.id) }</li> }) }</ul>
    }
}

/// How a choice reads: a code with its label, a rank, yes or no.
fn choice_label(dataset: &Dataset, prompt: &Prompt, value: &str) -> Html {
    match prompt {
        Prompt::Fragment(_) | Prompt::Level { .. } => match dataset.code(value) {
            Some(code) => html! { <><span class="code" lang="en">{ &code.id }</span>{ " " }{ printed(code.label.clone()) }</> },
            None => html! { { value.to_string() } },
        },
        Prompt::PathSignificant(_) => tx(if value == "yes" { Msg::AnswerYes } else { Msg::AnswerNo }),
        _ => html! { { value.to_string() } },
    }
}

fn legend(dataset: &Dataset, prompt: &Prompt, i: usize) -> Html {
    match prompt {
        Prompt::Fragment(n) => {
            let text = dataset.sources.small_giants.excerpt.get(*n).map(|p| p.text.trim().to_string()).unwrap_or_default();
            html! { <><span class="q-num">{ tf(Msg::FragmentN, &[("n", &(n + 1).to_string())]) }</span>{ " " }<q lang="en">{ text }</q></> }
        }
        Prompt::Level { concept, level } => {
            let label = dataset.code(concept).map(|c| c.label.clone()).unwrap_or_default();
            let concept = html! { <><span class="code" lang="en">{ concept }</span>{ " " }{ printed(label) }</> };
            crate::i18n::fill_html(t(Msg::LevelOf), &[("level", html! { { t(level_msg(*level)) } }), ("concept", concept)])
        }
        Prompt::PathRank(p) => txf(Msg::PathRankOf, &[("path", &path_name(dataset, *p))]),
        Prompt::PathSignificant(p) => txf(Msg::PathSignificantQ, &[("path", &path_name(dataset, *p))]),
        Prompt::Firms(query) => txf(Msg::FirmQuestion, &[("n", &(i + 1).to_string()), ("conditions", &super::tour::conditions(query))]),
    }
}

#[allow(clippy::too_many_arguments)]
fn question(dataset: &Dataset, exercise: &Exercise, answers: &[Answer], i: usize, q: &Question, locked: bool, right: bool, set: &Callback<(usize, Answer)>) -> Html {
    let name = format!("q{}", i + 1);
    let body = match &q.prompt {
        Prompt::Firms(_) => firm_filter(dataset, answers.get(i), i, locked, set),
        prompt => html! {
            <div class={classes!("choices", matches!(prompt, Prompt::PathRank(_) | Prompt::PathSignificant(_)).then_some("inline"))}>
                { for q.choices.iter().enumerate().map(|(c, value)| {
                    let set = set.clone();
                    html! {
                        <label>
                            <input type="radio" name={name.clone()} value={value.clone()} checked={answers.get(i) == Some(&Answer::Choice(c))}
                                disabled={locked} onchange={Callback::from(move |_: Event| set.emit((i, Answer::Choice(c))))} />
                            { choice_label(dataset, prompt, value) }
                        </label>
                    }
                }) }
            </div>
        },
    };
    html! {
        <fieldset class={classes!("question", locked.then_some(if right { "right" } else { "wrong" }))} id={name.clone()}>
            <legend>{ legend(dataset, &q.prompt, i) }</legend>
            { body }
            if locked { { feedback(dataset, exercise, answers, i, right) } }
        </fieldset>
    }
}

/// Right or not, and the answer with a link to its record.
fn feedback(dataset: &Dataset, exercise: &Exercise, answers: &[Answer], i: usize, right: bool) -> Html {
    let Some(q) = exercise.questions.get(i) else { return html! {} };
    let verdict = match (right, answers.get(i)) {
        (true, _) => tx(Msg::AnswerRight),
        (false, Some(Answer::None) | None) => tx(Msg::Unanswered),
        (false, _) => tx(Msg::AnswerWrong),
    };
    let values = accepted(dataset, exercise, answers, i);
    let detail = match &q.prompt {
        Prompt::Fragment(n) => {
            let annotation = dataset.sources.small_giants.excerpt.get(*n).map(|p| p.annotation.clone()).unwrap_or_default();
            let first = values.first().cloned().unwrap_or_default();
            crate::i18n::fill_html(t(Msg::AuthorsCode), &[("code", html! { <a href={Route::Trace(first).to_hash()} lang="en">{ annotation }</a> })])
        }
        Prompt::Level { .. } => {
            let links = html! { { for values.iter().enumerate().map(|(k, id)| html! { <>{ if k > 0 { ", " } else { "" } }{ code_link(dataset, id) }</> }) } };
            let follows = i > 0 && matches!(&exercise.questions[i - 1].prompt, Prompt::Level { concept, .. } if matches!(&q.prompt, Prompt::Level { concept: c, .. } if c == concept))
                && chosen(exercise, answers, i - 1).is_some_and(|v| values.iter().all(|a| a != v));
            html! { <>{ crate::i18n::fill_html(t(Msg::AcceptedCodes), &[("codes", links)]) }if follows { { " " }{ tx(Msg::ChainNote) } }</> }
        }
        Prompt::PathRank(p) => {
            txf(Msg::AcceptedCodes, &[("codes", &rank_text(path_ranks(dataset, *p)))])
        }
        Prompt::PathSignificant(_) => {
            let yes = values.iter().any(|v| v == "yes");
            txf(Msg::AcceptedCodes, &[("codes", t(if yes { Msg::AnswerYes } else { Msg::AnswerNo }))])
        }
        Prompt::Firms(target) => {
            let ids = firm_ids(dataset, target);
            let links = html! { { for ids.iter().enumerate().map(|(k, id)| html! { <>{ if k > 0 { ", " } else { "" } }<a href={Route::Firm(id.clone()).to_hash()} lang="en">{ id }</a></> }) } };
            let left_out = excluded_as_not_reported(dataset, target);
            html! {
                <>
                    { crate::i18n::fill_html(t(Msg::FirmAnswer), &[("firms", links)]) }
                    if left_out > 0 { { " " }{ txf(Msg::FirmNotReported, &[("n", &left_out.to_string())]) } }
                </>
            }
        }
    };
    html! { <p class="feedback"><strong>{ verdict }</strong>{ " " }{ detail }</p> }
}

/// Find the firms: the firm filter's five attributes as selects, how many
/// firms the filter gives, and a link to it on the Firms page.
fn firm_filter(dataset: &Dataset, answer: Option<&Answer>, i: usize, locked: bool, set: &Callback<(usize, Answer)>) -> Html {
    let query = match answer {
        Some(Answer::Firms(q)) => q.clone(),
        _ => FirmQuery::default(),
    };
    let count = firm_ids(dataset, &query).len();
    html! {
        <>
            <div class="facet-selects">
                { for HrAttribute::ALL.into_iter().map(|a| {
                    let set = set.clone();
                    let base = query.clone();
                    let onchange = Callback::from(move |e: Event| {
                        let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                        let facet = Facet::ALL.into_iter().find(|f| f.key() == value).unwrap_or(Facet::Any);
                        set.emit((i, Answer::Firms(base.with_facet(a, facet))));
                    });
                    html! {
                        <label>{ tx(attribute_msg(a)) }
                            <select {onchange} disabled={locked}>
                                { for Facet::ALL.into_iter().map(|f| html! { <option value={f.key()} selected={query.facet(a) == f}>{ tx(facet_msg(f)) }</option> }) }
                            </select>
                        </label>
                    }
                }) }
            </div>
            <p class="muted">{ if count == 1 { t(Msg::FilterMatchesOne).to_string() } else { tf(Msg::FilterMatches, &[("n", &count.to_string())]) } }{ " · " }
                <a href={Route::Firms(query.clone()).to_hash()}>{ tx(Msg::OpenInFirms) }</a></p>
        </>
    }
}

/// Predict the paths, after checking: the printed coefficients beside the
/// student's ranks, and what a standardised coefficient is.
fn path_results(dataset: &Dataset, exercise: &Exercise, answers: &[Answer]) -> Html {
    let k = &dataset.sources.kunming;
    let yours = |p: usize| {
        exercise
            .questions
            .iter()
            .position(|q| q.prompt == Prompt::PathRank(p))
            .and_then(|i| chosen(exercise, answers, i))
            .unwrap_or("–")
            .to_string()
    };
    html! {
        <section aria-labelledby="printed-results">
            <h2 id="printed-results">{ tx(Msg::PrintedResults) }</h2>
            <p>{ tx(Msg::StdExplained) }</p>
            { crate::components::table_region(t(Msg::ColStdCoefficient), false, html! {
                <table>
                    <thead><tr>
                        <th scope="col">{ tx(Msg::ColPath) }</th>
                        <th scope="col">{ tx(Msg::ColStdCoefficient) }</th>
                        <th scope="col">{ tx(Msg::ColSignificance) }</th>
                        <th scope="col">{ tx(Msg::ColPrintedRank) }</th>
                        <th scope="col">{ tx(Msg::ColYourRank) }</th>
                    </tr></thead>
                    <tbody>
                        { for k.structural_path.iter().enumerate().map(|(p, path)| {
                            html! {
                                <tr>
                                    <th scope="row"><a href={Route::Trace(path.from.clone()).to_hash()}>{ &path.from }</a>{ " → " }<a href={Route::Trace(path.to.clone()).to_hash()}>{ &path.to }</a></th>
                                    <td class="num">{ &path.std }</td>
                                    <td lang="en">{ format!("{} ({})", path.p, path.p_text) }</td>
                                    <td class="num">{ rank_text(path_ranks(dataset, p)) }</td>
                                    <td class="num">{ yours(p) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }) }
            <p class="provenance">{ tx(Msg::SourceTable7) }{ " · " }<a href={Route::Study(StudyId::KunmingSem.as_str().into()).section_hash("structural")}>{ tx(Msg::OpenFullView) }</a></p>
        </section>
    }
}
