//! Self-check exercises, generated from the dataset with a seed and judged
//! here: nothing about an answer is typed in by hand. The same seed always
//! gives the same exercise; the URL carries it (`?seed=N`).

use super::rng::Rng;
use crate::filter::{filter, Facet, FirmQuery};
use crate::{Dataset, HrAttribute, Level, StudyId};

/// The four exercises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExerciseId {
    CodePassage,
    PlaceConcept,
    PredictPaths,
    FindFirms,
}

impl ExerciseId {
    pub const ALL: [ExerciseId; 4] =
        [ExerciseId::CodePassage, ExerciseId::PlaceConcept, ExerciseId::PredictPaths, ExerciseId::FindFirms];

    /// The route segment: `#/learn/<key>`.
    pub fn key(self) -> &'static str {
        match self {
            ExerciseId::CodePassage => "code-passage",
            ExerciseId::PlaceConcept => "place-concept",
            ExerciseId::PredictPaths => "predict-paths",
            ExerciseId::FindFirms => "find-firms",
        }
    }

    pub fn parse(key: &str) -> Option<ExerciseId> {
        ExerciseId::ALL.into_iter().find(|id| id.key() == key)
    }

    /// The study whose data the exercise asks about.
    pub fn study(self) -> StudyId {
        match self {
            ExerciseId::CodePassage | ExerciseId::PlaceConcept => StudyId::SmallGiants,
            ExerciseId::PredictPaths => StudyId::KunmingSem,
            ExerciseId::FindFirms => StudyId::BeijingSmes,
        }
    }

    /// Whether the questions are answered one at a time, each checked before
    /// the next appears.
    pub fn stepwise(self) -> bool {
        self == ExerciseId::PlaceConcept
    }
}

/// What an exercise's URL asks for: the seed (`?seed=N`, 1 when absent) and,
/// for Code this passage, the second mode (`?mode=chains`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExerciseQuery {
    pub seed: u32,
    pub chains: bool,
}

impl Default for ExerciseQuery {
    fn default() -> Self {
        ExerciseQuery { seed: 1, chains: false }
    }
}

impl ExerciseQuery {
    /// The key progress is kept under: the exercise, and its mode where it
    /// has a second one.
    pub fn progress_key(self, id: ExerciseId) -> String {
        if self.chains && id == ExerciseId::CodePassage {
            format!("{}/chains", id.key())
        } else {
            id.key().to_string()
        }
    }
}

/// What one question asks.
#[derive(Clone, Debug, PartialEq)]
pub enum Prompt {
    /// Code fragment `n` of the Appendix 1 passage with a concept.
    Fragment(usize),
    /// The code at `level` that `concept` belongs to.
    Level { concept: String, level: Level },
    /// The rank by strength (largest standardised coefficient first) of the
    /// structural path at this index of Table 7.
    PathRank(usize),
    /// Whether the structural path at this index is significant.
    PathSignificant(usize),
    /// The set of firms this query selects.
    Firms(FirmQuery),
}

/// One question: what it asks and the values to choose from (code ids,
/// ranks `1`…, `yes`/`no`; none where the answer is a firm filter).
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub prompt: Prompt,
    pub choices: Vec<String>,
}

/// A generated exercise.
#[derive(Clone, Debug, PartialEq)]
pub struct Exercise {
    pub id: ExerciseId,
    pub query: ExerciseQuery,
    pub questions: Vec<Question>,
}

/// A student's answer to one question.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Answer {
    #[default]
    None,
    /// The index of the chosen value in `Question::choices`.
    Choice(usize),
    /// The firm filter set as the answer.
    Firms(FirmQuery),
}

/// How many choices a question offers where the data has enough.
const CHOICES: usize = 4;
/// How many concepts the chains mode asks about.
const CHAIN_CONCEPTS: usize = 4;
/// How many firm questions one exercise asks.
const FIRM_QUESTIONS: usize = 3;

/// Generates the exercise for a seed. Total: it never fails, and where the
/// data offers too little for a question, that question is left out.
pub fn generate(dataset: &Dataset, id: ExerciseId, query: ExerciseQuery) -> Exercise {
    let mut rng = Rng::new(query.seed);
    let questions = match id {
        ExerciseId::CodePassage if query.chains => chain_questions(dataset, &mut rng),
        ExerciseId::CodePassage => fragment_questions(dataset, &mut rng),
        ExerciseId::PlaceConcept => place_questions(dataset, &mut rng),
        ExerciseId::PredictPaths => path_questions(dataset, &mut rng),
        ExerciseId::FindFirms => firm_questions(dataset, &mut rng),
    };
    Exercise { id, query, questions }
}

/// The concept ids a passage fragment is annotated with, each once, in
/// printed order (only ids the dataset defines).
pub fn fragment_codes(dataset: &Dataset, passage: usize) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    if let Some(p) = dataset.sources.small_giants.excerpt.get(passage) {
        for code in &p.codes {
            if dataset.code(&code.id).is_some() && !ids.contains(&code.id) {
                ids.push(code.id.clone());
            }
        }
    }
    ids
}

/// Every code at `level` above `id`, following every parent (a code listed
/// under two parents leads up two chains), each once, in the order met.
pub fn ancestors_at(dataset: &Dataset, id: &str, level: Level) -> Vec<String> {
    let mut frontier: Vec<String> = vec![id.to_string()];
    let mut out: Vec<String> = Vec::new();
    // Bounded by the number of levels, so a cycle in bad data cannot loop.
    for _ in 0..8 {
        let mut next: Vec<String> = Vec::new();
        for code in frontier.iter().filter_map(|c| dataset.code(c)) {
            if code.level == level {
                if !out.contains(&code.id) {
                    out.push(code.id.clone());
                }
                continue;
            }
            for parent in &code.parents {
                if !next.contains(parent) {
                    next.push(parent.clone());
                }
            }
        }
        if next.is_empty() {
            break;
        }
        frontier = next;
    }
    out
}

/// `right` plus distractors from `pool` (not in `right`) up to `CHOICES`
/// values (at least two distractors where the pool has them), shuffled.
fn with_distractors(rng: &mut Rng, right: &[String], pool: &[String]) -> Vec<String> {
    let mut others: Vec<String> = pool.iter().filter(|id| !right.contains(id)).cloned().collect();
    rng.shuffle(&mut others);
    let wanted = CHOICES.saturating_sub(right.len()).max(2);
    let mut choices: Vec<String> = right.to_vec();
    choices.extend(others.into_iter().take(wanted));
    rng.shuffle(&mut choices);
    choices
}

fn ids_at(dataset: &Dataset, study: StudyId, level: Level) -> Vec<String> {
    dataset.codes.iter().filter(|c| c.study == study && c.level == level).map(|c| c.id.clone()).collect()
}

fn fragment_questions(dataset: &Dataset, rng: &mut Rng) -> Vec<Question> {
    let pool = ids_at(dataset, StudyId::SmallGiants, Level::Concept);
    (0..dataset.sources.small_giants.excerpt.len())
        .filter_map(|n| {
            let right = fragment_codes(dataset, n);
            (!right.is_empty()).then(|| Question { prompt: Prompt::Fragment(n), choices: with_distractors(rng, &right, &pool) })
        })
        .collect()
}

/// The questions for one concept's chain at the given levels, or none where
/// the concept does not reach every level.
fn chain_for(dataset: &Dataset, rng: &mut Rng, concept: &str, levels: &[Level]) -> Option<Vec<Question>> {
    levels
        .iter()
        .map(|&level| {
            let right = ancestors_at(dataset, concept, level);
            if right.is_empty() {
                return None;
            }
            let pool = ids_at(dataset, StudyId::SmallGiants, level);
            Some(Question {
                prompt: Prompt::Level { concept: concept.to_string(), level },
                choices: with_distractors(rng, &right, &pool),
            })
        })
        .collect()
}

fn chain_questions(dataset: &Dataset, rng: &mut Rng) -> Vec<Question> {
    let mut concepts: Vec<String> = Vec::new();
    for n in 0..dataset.sources.small_giants.excerpt.len() {
        for id in fragment_codes(dataset, n) {
            if !concepts.contains(&id) {
                concepts.push(id);
            }
        }
    }
    rng.shuffle(&mut concepts);
    concepts
        .iter()
        .filter_map(|c| chain_for(dataset, rng, c, &[Level::Theme, Level::CoreCategory]))
        .take(CHAIN_CONCEPTS)
        .flatten()
        .collect()
}

fn place_questions(dataset: &Dataset, rng: &mut Rng) -> Vec<Question> {
    let mut concepts = ids_at(dataset, StudyId::SmallGiants, Level::Concept);
    rng.shuffle(&mut concepts);
    concepts
        .iter()
        .find_map(|c| {
            chain_for(dataset, rng, c, &[Level::Theme, Level::InitialCategory, Level::Category, Level::CoreCategory])
        })
        .unwrap_or_default()
}

fn path_questions(dataset: &Dataset, rng: &mut Rng) -> Vec<Question> {
    let n = dataset.sources.kunming.structural_path.len();
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    let ranks: Vec<String> = (1..=n).map(|r| r.to_string()).collect();
    order
        .into_iter()
        .flat_map(|i| {
            [
                Question { prompt: Prompt::PathRank(i), choices: ranks.clone() },
                Question { prompt: Prompt::PathSignificant(i), choices: vec!["yes".into(), "no".into()] },
            ]
        })
        .collect()
}

/// Ids of the firms a query selects, in catalogue order.
pub fn firm_ids(dataset: &Dataset, query: &FirmQuery) -> Vec<String> {
    filter(dataset, query).into_iter().map(|f| f.id.clone()).collect()
}

fn firm_questions(dataset: &Dataset, rng: &mut Rng) -> Vec<Question> {
    let reported = dataset.firms.iter().filter(|f| f.hr.is_reported()).count();
    let mut candidates: Vec<FirmQuery> = Vec::new();
    for (i, &a) in HrAttribute::ALL.iter().enumerate() {
        for &b in &HrAttribute::ALL[i + 1..] {
            for fa in [Facet::Present, Facet::Absent] {
                for fb in [Facet::Present, Facet::Absent] {
                    candidates.push(FirmQuery::default().with_facet(a, fa).with_facet(b, fb));
                }
            }
        }
    }
    rng.shuffle(&mut candidates);
    let mut seen: Vec<Vec<String>> = Vec::new();
    let mut out = Vec::new();
    for query in candidates {
        let ids = firm_ids(dataset, &query);
        if ids.is_empty() || ids.len() >= reported || seen.contains(&ids) {
            continue;
        }
        seen.push(ids);
        out.push(Question { prompt: Prompt::Firms(query), choices: Vec::new() });
        if out.len() == FIRM_QUESTIONS {
            break;
        }
    }
    out
}

/// A structural path's standardised coefficient as a number (0 where the
/// printed text is not one).
pub fn path_strength(dataset: &Dataset, index: usize) -> f64 {
    dataset
        .sources
        .kunming
        .structural_path
        .get(index)
        .and_then(|p| crate::text::parse_decimal(&p.std))
        .map_or(0.0, f64::abs)
}

/// The ranks path `index` may take when the paths are ordered by strength,
/// largest first: one rank, or several where coefficients tie.
pub fn path_ranks(dataset: &Dataset, index: usize) -> std::ops::RangeInclusive<usize> {
    let n = dataset.sources.kunming.structural_path.len();
    let own = path_strength(dataset, index);
    let stronger = (0..n).filter(|&j| path_strength(dataset, j) > own).count();
    let tied = (0..n).filter(|&j| path_strength(dataset, j) == own).count();
    stronger + 1..=stronger + tied.max(1)
}

/// Whether Table 7 marks path `index` significant (it prints stars).
pub fn path_significant(dataset: &Dataset, index: usize) -> bool {
    dataset.sources.kunming.structural_path.get(index).is_some_and(|p| !p.p.trim().is_empty())
}

/// The values accepted for question `index`, given the answers before it: a
/// chain question accepts the codes above the code chosen one level down
/// where that choice was right (so a chain stays one chain), else any code
/// above the concept at its level (either chain of a concept under two
/// parents).
pub fn accepted(dataset: &Dataset, exercise: &Exercise, answers: &[Answer], index: usize) -> Vec<String> {
    let Some(question) = exercise.questions.get(index) else { return Vec::new() };
    match &question.prompt {
        Prompt::Fragment(n) => fragment_codes(dataset, *n),
        Prompt::Level { concept, level } => {
            let previous = (0..index).rev().find(|&j| {
                matches!(&exercise.questions[j].prompt, Prompt::Level { concept: c, .. } if c == concept)
            });
            let base = previous
                .filter(|&j| verdict(dataset, exercise, answers, j))
                .and_then(|j| chosen(exercise, answers, j))
                .unwrap_or(concept.as_str());
            ancestors_at(dataset, base, *level)
        }
        Prompt::PathRank(i) => path_ranks(dataset, *i).map(|r| r.to_string()).collect(),
        Prompt::PathSignificant(i) => vec![if path_significant(dataset, *i) { "yes" } else { "no" }.to_string()],
        Prompt::Firms(query) => firm_ids(dataset, query),
    }
}

/// The value chosen for question `index`, if any.
pub fn chosen<'a>(exercise: &'a Exercise, answers: &[Answer], index: usize) -> Option<&'a str> {
    match answers.get(index) {
        Some(Answer::Choice(c)) => exercise.questions.get(index)?.choices.get(*c).map(String::as_str),
        _ => None,
    }
}

/// Whether the answer to question `index` is right.
pub fn verdict(dataset: &Dataset, exercise: &Exercise, answers: &[Answer], index: usize) -> bool {
    match (exercise.questions.get(index).map(|q| &q.prompt), answers.get(index)) {
        (Some(Prompt::Firms(target)), Some(Answer::Firms(given))) => firm_ids(dataset, given) == firm_ids(dataset, target),
        (Some(_), Some(Answer::Choice(_))) => {
            chosen(exercise, answers, index).is_some_and(|v| accepted(dataset, exercise, answers, index).iter().any(|a| a == v))
        }
        _ => false,
    }
}

/// The verdict on every question, in order.
pub fn judge(dataset: &Dataset, exercise: &Exercise, answers: &[Answer]) -> Vec<bool> {
    (0..exercise.questions.len()).map(|i| verdict(dataset, exercise, answers, i)).collect()
}
