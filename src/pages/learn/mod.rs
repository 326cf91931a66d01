//! Learn (`#/learn`): the guided tours and the exercises, with what each
//! teaches and how long it takes, and the student's progress kept in this
//! browser (a summary that prints, and a `Reset progress` button).

pub mod exercise;
pub mod progress;
pub mod tour;

use explorer_core::i18n::Msg;
use explorer_core::learn::exercise::{ExerciseId, ExerciseQuery};
use explorer_core::learn::tours::TOURS;
use explorer_core::route::{exercise_msg, Route};
use yew::prelude::*;

use crate::browser;
use crate::i18n::{t, tf, tx, txf};

/// The exercises as listed: id, second mode, what it teaches, minutes.
const EXERCISES: [(ExerciseId, bool, Msg, u8); 5] = [
    (ExerciseId::CodePassage, false, Msg::ExCodePassageAbout, 10),
    (ExerciseId::CodePassage, true, Msg::ExCodeChainsAbout, 5),
    (ExerciseId::PlaceConcept, false, Msg::ExPlaceAbout, 3),
    (ExerciseId::PredictPaths, false, Msg::ExPredictAbout, 5),
    (ExerciseId::FindFirms, false, Msg::ExFindFirmsAbout, 8),
];

/// What an exercise (and mode) teaches, from the list above.
pub fn about(id: ExerciseId, chains: bool) -> Msg {
    EXERCISES.iter().find(|e| e.0 == id && e.1 == chains).map_or(Msg::LearnIntro, |e| e.2)
}

fn exercise_route(id: ExerciseId, chains: bool) -> Route {
    Route::Exercise(id, ExerciseQuery { seed: 1, chains })
}

/// The link back to this list, at the top of every tour step and exercise.
pub fn back_link() -> Html {
    html! { <p class="kicker"><a href="#/learn">{ tx(Msg::AllTours) }</a></p> }
}

/// Links to the exercises (the list page, and the end of a tour).
pub fn exercise_list() -> Html {
    html! {
        <ul class="learn-list">
            { for EXERCISES.iter().map(|&(id, chains, about, minutes)| html! {
                <li>
                    <a href={exercise_route(id, chains).to_hash()}>{ tx(exercise_msg(id, chains)) }</a>
                    <p>{ tx(about) }</p>
                    <p class="muted">{ txf(Msg::ExerciseLength, &[("min", &minutes.to_string())]) }</p>
                </li>
            }) }
        </ul>
    }
}

pub fn learn_page() -> Html {
    let reset = Callback::from(|_: MouseEvent| {
        progress::reset();
        crate::i18n::rerender();
    });
    let print = Callback::from(|_: MouseEvent| browser::print_page());
    progress::with(|loaded| {
        let p = &loaded.progress;
        html! {
            <article class="learn">
                <h1>{ tx(Msg::TitleLearn) }</h1>
                <p class="lead">{ tx(Msg::LearnIntro) }</p>
                <section aria-labelledby="tours-heading">
                    <h2 id="tours-heading">{ tx(Msg::ToursHeading) }</h2>
                    <ul class="learn-list">
                        { for TOURS.iter().map(|tour| html! {
                            <li>
                                <a href={Route::Tour(tour.id.to_string(), 1).to_hash()}>{ tx(tour.title) }</a>
                                <p>{ tx(tour.summary) }</p>
                                <p class="muted">{ txf(Msg::TourLength, &[("n", &tour.steps.len().to_string()), ("min", &tour.minutes.to_string())]) }</p>
                            </li>
                        }) }
                    </ul>
                </section>
                <section aria-labelledby="exercises-heading">
                    <h2 id="exercises-heading">{ tx(Msg::ExercisesHeading) }</h2>
                    { exercise_list() }
                </section>
                <section aria-labelledby="progress-heading" class="progress">
                    <h2 id="progress-heading">{ tx(Msg::ProgressHeading) }</h2>
                    if loaded.ignored {
                        <p class="callout" role="status">{ tx(Msg::ProgressIgnored) }</p>
                    }
                    <p class="muted">{ tx(Msg::ProgressLocal) }</p>
                    if p.seen.is_empty() && p.scores.is_empty() {
                        <p>{ tx(Msg::ProgressNone) }</p>
                    } else {
                        <ul aria-label={t(Msg::ProgressHeading)}>
                            { for TOURS.iter().filter(|tour| p.steps_seen(tour.id) > 0).map(|tour| html! {
                                <li>{ tx(tour.title) }{ ": " }{ tf(Msg::ProgressSteps, &[("n", &p.steps_seen(tour.id).to_string()), ("m", &tour.steps.len().to_string())]) }</li>
                            }) }
                            { for p.scores.iter().map(|s| {
                                let (key, chains) = match s.exercise.split_once('/') {
                                    Some((key, _)) => (key, true),
                                    None => (s.exercise.as_str(), false),
                                };
                                let name = ExerciseId::parse(key).map_or("", |id| t(exercise_msg(id, chains)));
                                html! {
                                    <li>{ name }{ ": " }{ tf(Msg::ProgressScore, &[("n", &s.right.to_string()), ("m", &s.total.to_string()), ("seed", &s.seed.to_string())]) }</li>
                                }
                            }) }
                        </ul>
                    }
                    <p class="actions no-print">
                        <button type="button" onclick={print}>{ tx(Msg::PrintSummary) }</button>
                        <button type="button" onclick={reset}>{ tx(Msg::ResetProgress) }</button>
                    </p>
                </section>
            </article>
        }
    })
}

