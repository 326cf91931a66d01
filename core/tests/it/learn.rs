//! Learn: exercises generated from the data and judged against independent
//! brute force; the stored progress read totally; the tours' routes and
//! their data.

use explorer_core::filter::{filter, Facet, FirmQuery};
use explorer_core::learn::exercise::{
    accepted, ancestors_at, generate, judge, path_ranks, Answer, Exercise, ExerciseId, ExerciseQuery, Prompt, Question,
};
use explorer_core::learn::progress::{Progress, STORAGE_KEY};
use explorer_core::learn::tours::{first_concept, tour, two_parent_concept, TOURS};
use explorer_core::route::{parse, Route, Warning};
use explorer_core::{HrAttribute, Level};

use crate::dataset;

fn exercise(id: ExerciseId, seed: u32, chains: bool) -> Exercise {
    generate(dataset(), id, ExerciseQuery { seed, chains })
}

/// Every full chain of a concept, from its theme up to its core category,
/// found by walking the parent lists (independently of `ancestors_at`).
fn chains(id: &str) -> Vec<Vec<String>> {
    let code = dataset().code(id).expect("code");
    if code.parents.is_empty() {
        return vec![vec![]];
    }
    let mut out = Vec::new();
    for parent in &code.parents {
        for mut rest in chains(parent) {
            rest.insert(0, parent.clone());
            out.push(rest);
        }
    }
    out
}

/// The answer choosing `value` for question `q` (which must offer it).
fn choose(q: &Question, value: &str) -> Answer {
    Answer::Choice(q.choices.iter().position(|c| c == value).expect("value offered"))
}

#[test]
fn every_seed_gives_valid_questions() {
    let ds = dataset();
    for seed in 1..=300 {
        for id in ExerciseId::ALL {
            for chains in [false, true] {
                let ex = exercise(id, seed, chains);
                assert!(!ex.questions.is_empty(), "{id:?} seed {seed} has no questions");
                let none = vec![Answer::None; ex.questions.len()];
                for (i, q) in ex.questions.iter().enumerate() {
                    let right = accepted(ds, &ex, &none, i);
                    assert!(!right.is_empty(), "{id:?} seed {seed} question {i} accepts nothing");
                    if !matches!(q.prompt, Prompt::Firms(_)) {
                        assert!(right.iter().any(|r| q.choices.contains(r)), "{id:?} seed {seed} q{i}: no right choice offered");
                        let mut unique = q.choices.clone();
                        unique.sort();
                        unique.dedup();
                        assert_eq!(unique.len(), q.choices.len(), "repeated choice");
                        assert!(q.choices.len() >= 2, "a question needs a choice to make");
                    }
                }
            }
        }
    }
}

#[test]
fn same_seed_same_exercise_other_seed_other_exercise() {
    for id in ExerciseId::ALL {
        assert_eq!(exercise(id, 42, false), exercise(id, 42, false));
    }
    let differs = (2..20).any(|s| exercise(ExerciseId::CodePassage, s, false) != exercise(ExerciseId::CodePassage, 1, false));
    assert!(differs, "seeds change the distractors");
    let places: Vec<_> = (1..30).map(|s| exercise(ExerciseId::PlaceConcept, s, false).questions[0].prompt.clone()).collect();
    assert!(places.iter().any(|p| *p != places[0]), "seeds choose other concepts");
}

#[test]
fn code_passage_asks_every_coded_fragment_and_scores_against_the_printed_codes() {
    let ds = dataset();
    let excerpt = &ds.sources.small_giants.excerpt;
    let ex = exercise(ExerciseId::CodePassage, 7, false);
    let coded = excerpt.iter().filter(|p| !p.codes.is_empty()).count();
    assert_eq!(ex.questions.len(), coded);
    // Every combination of the first three questions' choices, the rest
    // unanswered: the score is how many choices the printed annotation names.
    let q = &ex.questions;
    for a in 0..q[0].choices.len() {
        for b in 0..q[1].choices.len() {
            for c in 0..q[2].choices.len() {
                let mut answers = vec![Answer::None; q.len()];
                answers[0] = Answer::Choice(a);
                answers[1] = Answer::Choice(b);
                answers[2] = Answer::Choice(c);
                let expected = [(0, a), (1, b), (2, c)]
                    .iter()
                    .filter(|(i, choice)| {
                        let Prompt::Fragment(n) = q[*i].prompt else { panic!("fragment") };
                        excerpt[n].codes.iter().any(|code| code.id == q[*i].choices[*choice])
                    })
                    .count();
                let got = judge(ds, &ex, &answers).iter().filter(|v| **v).count();
                assert_eq!(got, expected);
            }
        }
    }
    // All right, by the printed annotation.
    let perfect: Vec<Answer> = q
        .iter()
        .map(|question| {
            let Prompt::Fragment(n) = question.prompt else { panic!("fragment") };
            choose(question, &excerpt[n].codes[0].id)
        })
        .collect();
    assert!(judge(ds, &ex, &perfect).iter().all(|v| *v));
}

#[test]
fn place_the_concept_scores_against_every_chain_by_brute_force() {
    let ds = dataset();
    for seed in 1..=40 {
        let ex = exercise(ExerciseId::PlaceConcept, seed, false);
        assert_eq!(ex.questions.len(), 4);
        let Prompt::Level { concept, .. } = &ex.questions[0].prompt else { panic!("level question") };
        let all_chains = chains(concept);
        let q = &ex.questions;
        for a in 0..q[0].choices.len() {
            for b in 0..q[1].choices.len() {
                for c in 0..q[2].choices.len() {
                    for d in 0..q[3].choices.len() {
                        let picks = [&q[0].choices[a], &q[1].choices[b], &q[2].choices[c], &q[3].choices[d]];
                        let answers: Vec<Answer> = [a, b, c, d].into_iter().map(Answer::Choice).collect();
                        let verdicts = judge(ds, &ex, &answers);
                        // Brute force: the answers are all right exactly when
                        // they lie on one printed chain.
                        let on_a_chain = all_chains.iter().any(|chain| chain.iter().zip(picks).all(|(x, y)| x == y));
                        assert_eq!(verdicts.iter().all(|v| *v), on_a_chain, "seed {seed} {picks:?}");
                        // The first level is right exactly when some chain has it.
                        assert_eq!(verdicts[0], all_chains.iter().any(|ch| ch[0] == *picks[0]));
                    }
                }
            }
        }
    }
}

#[test]
fn a_concept_under_two_parents_accepts_either_chain() {
    let ds = dataset();
    let concept = two_parent_concept(ds).expect("the paper lists a concept under two themes");
    let parents = ds.code(&concept).expect("code").parents.clone();
    assert!(parents.len() >= 2);
    let levels = [Level::Theme, Level::InitialCategory, Level::Category, Level::CoreCategory];
    let questions: Vec<Question> = levels
        .iter()
        .map(|&level| {
            let mut choices = ancestors_at(ds, &concept, level);
            choices.push("distractor".into());
            Question { prompt: Prompt::Level { concept: concept.clone(), level }, choices }
        })
        .collect();
    let ex = Exercise { id: ExerciseId::PlaceConcept, query: ExerciseQuery::default(), questions };
    let all_chains = chains(&concept);
    assert!(all_chains.len() >= 2);
    for chain in &all_chains {
        let answers: Vec<Answer> = ex.questions.iter().zip(chain).map(|(q, id)| choose(q, id)).collect();
        assert_eq!(judge(ds, &ex, &answers), vec![true; 4], "chain {chain:?}");
    }
    // Both themes are right on their own.
    for parent in &parents {
        let answers = vec![choose(&ex.questions[0], parent)];
        assert!(judge(ds, &ex, &answers)[0]);
    }
}

#[test]
fn chains_mode_asks_theme_and_core_category_of_passage_concepts() {
    let ds = dataset();
    let printed: Vec<&str> =
        ds.sources.small_giants.excerpt.iter().flat_map(|p| &p.codes).map(|c| c.id.as_str()).collect();
    for seed in 1..=50 {
        let ex = exercise(ExerciseId::CodePassage, seed, true);
        assert_eq!(ex.questions.len(), 8);
        for pair in ex.questions.chunks(2) {
            let (Prompt::Level { concept: c1, level: l1 }, Prompt::Level { concept: c2, level: l2 }) = (&pair[0].prompt, &pair[1].prompt)
            else {
                panic!("level questions")
            };
            assert_eq!(c1, c2);
            assert!(printed.contains(&c1.as_str()), "{c1} is coded in the passage");
            assert_eq!((*l1, *l2), (Level::Theme, Level::CoreCategory));
        }
        // Perfect answers along the first chain of each concept score 8 of 8.
        let answers: Vec<Answer> = ex
            .questions
            .iter()
            .map(|q| {
                let Prompt::Level { concept, level } = &q.prompt else { panic!() };
                let chain = &chains(concept)[0];
                let at = match level {
                    Level::Theme => 0,
                    _ => chain.len() - 1,
                };
                choose(q, &chain[at])
            })
            .collect();
        assert!(judge(ds, &ex, &answers).iter().all(|v| *v), "seed {seed}");
    }
}

#[test]
fn predicted_paths_are_scored_against_the_printed_coefficients() {
    let ds = dataset();
    let paths = &ds.sources.kunming.structural_path;
    let ex = exercise(ExerciseId::PredictPaths, 3, false);
    assert_eq!(ex.questions.len(), paths.len() * 2);
    // Brute-force ranks: sort the printed coefficients.
    let mut by_strength: Vec<(f64, usize)> = paths.iter().enumerate().map(|(i, p)| (p.std.parse::<f64>().unwrap().abs(), i)).collect();
    by_strength.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
    for (rank, (_, i)) in by_strength.iter().enumerate() {
        assert!(path_ranks(ds, *i).contains(&(rank + 1)));
    }
    let perfect: Vec<Answer> = ex
        .questions
        .iter()
        .map(|q| match q.prompt {
            Prompt::PathRank(i) => {
                let rank = by_strength.iter().position(|(_, j)| *j == i).unwrap() + 1;
                choose(q, &rank.to_string())
            }
            Prompt::PathSignificant(i) => choose(q, if paths[i].p.is_empty() { "no" } else { "yes" }),
            _ => panic!("path questions"),
        })
        .collect();
    assert_eq!(judge(ds, &ex, &perfect), vec![true; ex.questions.len()]);
    // Every rank question answered "1": exactly the strongest path is right.
    let ones: Vec<Answer> = ex.questions.iter().map(|q| if matches!(q.prompt, Prompt::PathRank(_)) { choose(q, "1") } else { Answer::None }).collect();
    assert_eq!(judge(ds, &ex, &ones).iter().filter(|v| **v).count(), 1);
}

#[test]
fn find_the_firms_checks_the_set_not_the_filter() {
    let ds = dataset();
    for seed in 1..=60 {
        let ex = exercise(ExerciseId::FindFirms, seed, false);
        assert_eq!(ex.questions.len(), 3);
        for (i, q) in ex.questions.iter().enumerate() {
            let Prompt::Firms(target) = &q.prompt else { panic!("firm question") };
            let expected: Vec<&str> = filter(ds, target).iter().map(|f| f.id.as_str()).collect();
            assert!(!expected.is_empty());
            // Brute force over every facet setting: right exactly when the set
            // of firms is the same.
            for n in 0..243usize {
                let mut query = FirmQuery::default();
                let mut m = n;
                for a in HrAttribute::ALL {
                    query = query.with_facet(a, Facet::ALL[m % 3]);
                    m /= 3;
                }
                let got: Vec<&str> = filter(ds, &query).iter().map(|f| f.id.as_str()).collect();
                let mut answers = vec![Answer::None; ex.questions.len()];
                answers[i] = Answer::Firms(query);
                assert_eq!(judge(ds, &ex, &answers)[i], got == expected);
            }
        }
    }
}

#[test]
fn progress_round_trips_and_ignores_what_it_cannot_read() {
    assert_eq!(STORAGE_KEY, "sme-explorer.learn.v1");
    let mut p = Progress::default();
    assert!(p.mark_seen("small-giants", 2));
    assert!(!p.mark_seen("small-giants", 2));
    assert!(p.record("code-passage", 7, 10, 24));
    assert!(!p.record("code-passage", 7, 9, 24), "a worse score is not kept");
    assert!(p.record("code-passage", 7, 12, 24));
    assert!(p.record("code-passage/chains", 7, 3, 8));
    let loaded = Progress::decode(Some(&p.encode()));
    assert_eq!(loaded.progress, p);
    assert!(!loaded.ignored);
    assert_eq!(loaded.progress.steps_seen("small-giants"), 1);
    // Nothing stored: nothing to report.
    assert_eq!(Progress::decode(None), Default::default());
    // Foreign or damaged values: ignored, reported.
    for bad in ["{\"json\":true}", "", "\u{0}\u{1}", &"x".repeat(100_000)] {
        let loaded = Progress::decode(Some(bad));
        assert!(loaded.ignored, "{bad:.20}");
        assert_eq!(loaded.progress, Progress::default());
    }
    // Good lines kept, bad lines dropped and reported.
    let mixed = "sme-explorer learn 1\nseen small-giants 1\nseen small-giants 99\nseen nope 1\nscore find-firms 3 2 3\nscore find-firms 3 5 3\nscore hack 1 1 1\nwhat\n";
    let loaded = Progress::decode(Some(mixed));
    assert!(loaded.ignored);
    assert_eq!(loaded.progress.seen, vec![("small-giants".to_string(), 1)]);
    assert_eq!(loaded.progress.scores.len(), 1);
}

#[test]
fn learn_routes_round_trip_and_bad_parameters_warn() {
    for tour in TOURS {
        assert!((5..=9).contains(&tour.steps.len()), "{} has 5–9 steps", tour.id);
        for n in 1..=tour.steps.len() as u32 {
            let hash = format!("#/learn/tour/{}/{n}", tour.id);
            let state = parse(&hash);
            assert_eq!(state.route, Route::Tour(tour.id.to_string(), n));
            assert_eq!(state.route.to_hash(), hash);
        }
    }
    assert_eq!(parse("#/learn").route, Route::Learn);
    assert_eq!(parse("#/learn/tour/kunming-sem").route, Route::Tour("kunming-sem".into(), 1));
    assert!(matches!(parse("#/learn/tour/nope/1").route, Route::NotFound(_)));
    assert!(matches!(parse("#/learn/tour/kunming-sem/zero").route, Route::NotFound(_)));
    assert!(matches!(parse("#/learn/nope").route, Route::NotFound(_)));
    let state = parse("#/learn/code-passage?seed=12&mode=chains");
    assert_eq!(state.route, Route::Exercise(ExerciseId::CodePassage, ExerciseQuery { seed: 12, chains: true }));
    assert_eq!(state.route.to_hash(), "#/learn/code-passage?seed=12&mode=chains");
    assert_eq!(parse("#/learn/find-firms").route.to_hash(), "#/learn/find-firms");
    let bad = parse("#/learn/find-firms?seed=-3&mode=x");
    assert_eq!(bad.route, Route::Exercise(ExerciseId::FindFirms, ExerciseQuery::default()));
    assert_eq!(bad.warnings, vec![Warning::Seed("-3".into()), Warning::Mode("x".into())]);
    assert!(parse("#/learn/predict-paths?seed=99999999999").warnings.iter().any(|w| matches!(w, Warning::Seed(_))));
}

#[test]
fn tours_show_records_found_in_the_data() {
    let ds = dataset();
    let first = first_concept(ds).expect("the passage is coded");
    assert_eq!(ds.code(&first).map(|c| c.level), Some(Level::Concept));
    assert_eq!(Some(first.as_str()), ds.sources.small_giants.excerpt.iter().flat_map(|p| &p.codes).map(|c| c.id.as_str()).next());
    let two = two_parent_concept(ds).expect("a concept under two parents");
    assert!(ds.code(&two).expect("code").parents.len() > 1);
    assert!(tour("small-giants").is_some() && tour("x").is_none());
    assert_eq!(TOURS.len(), 4);
}
