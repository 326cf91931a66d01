//! The parts of the code the release splits the views into: every route has
//! one, and the start-up script's reading of a hash (by its first three,
//! two or one segments, `part::preload_candidates`) agrees with the app's,
//! so a deep link's part and data files are fetched alongside the main
//! module.

use explorer_core::learn::exercise::ExerciseId;
use explorer_core::learn::tours::TOURS;
use explorer_core::part::{of_hash, Part, SEGMENTS};
use explorer_core::route::parse;

/// A link to every view, in the forms the app writes, and some it does not.
fn hashes() -> Vec<String> {
    let mut out: Vec<String> = [
        "", "#", "#/", "#/study/kunming-sem", "#/study/kunming-sem/model", "#/study/nowhere", "#/trace", "#/trace/",
        "#/trace/a13", "#/trace/a13?lang=zh", "#/firms", "#/firms?study_abroad=yes&embed=1", "#/firm/CF1",
        "#/compare?firms=CF1,CF2", "#/learn", "#/data", "#/themes", "#/themes/talent", "#/search?q=talent", "#/glossary",
        "#/checks", "#/nowhere", "#/TRACE/a1", "#//trace", "#/trace/a13/extra/bits", "#/firm", "#/study", "#/learn/nowhere",
        "#/data/x", "#?q=1", "#/%74race",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    out.extend(TOURS.iter().map(|t| format!("#/learn/tour/{}/1", t.id)));
    out.extend(ExerciseId::ALL.iter().map(|e| format!("#/learn/{}?seed=3", e.key())));
    out
}

#[test]
fn the_start_up_script_fetches_the_part_the_app_renders() {
    for hash in hashes() {
        let route = parse(&hash).route;
        let app = Part::of(&route);
        let script = of_hash(&hash);
        // Where they differ the app shows "not found" (in home's part): the
        // script fetched a part for nothing, but never missed one.
        let not_found = matches!(route, explorer_core::route::Route::NotFound(_));
        assert!(app == script || not_found, "{hash}: the app renders {app:?}, the script fetches {script:?}");
        assert_ne!(app, Part::Main, "{hash}: every view is in a part of its own");
        if not_found {
            assert_eq!(app, Part::Home, "{hash}");
        }
    }
}

#[test]
fn every_split_part_has_views_and_segments() {
    let hashes = hashes();
    for part in Part::SPLIT {
        assert_ne!(part, Part::Main);
        assert!(hashes.iter().any(|h| Part::of(&parse(h).route) == part), "{part:?} has a view");
        // A segment, or (the trace's index) a key of the start-up script.
        let keyed = explorer_core::part::preload_keys().iter().any(|(_, p, _)| *p == part);
        assert!(SEGMENTS.iter().any(|(_, p)| *p == part) || keyed, "{part:?} has a segment");
    }
    // Families: each part's is a split part whose family is itself.
    assert_eq!((Part::Firm.family(), Part::TraceIndex.family(), Part::Studies.family()), (Part::Firms, Part::Trace, Part::Studies));
    for part in Part::SPLIT {
        assert!(Part::SPLIT.contains(&part.family()) && part.family().family() == part.family(), "{part:?}");
    }
    // The trace's index and a code's trace are apart, as the script reads
    // their links.
    for (hash, part) in [("#/trace", Part::TraceIndex), ("#/trace/", Part::TraceIndex), ("#/trace?lang=zh", Part::TraceIndex), ("#/trace/a13", Part::Trace), ("#/trace/IL3", Part::Trace), ("#/trace/C1?lang=zh", Part::Trace)] {
        assert_eq!((Part::of(&parse(hash).route), of_hash(hash)), (part, part), "{hash}");
    }
    let names: std::collections::BTreeSet<_> = Part::SPLIT.iter().map(|p| p.name()).collect();
    assert_eq!(names.len(), Part::SPLIT.len(), "distinct names");
    assert!(!names.contains(Part::Main.name()));
    // Every segment opens a view of its part.
    for (segment, part) in SEGMENTS {
        assert!(hashes.iter().any(|h| of_hash(h) == part && h.starts_with(&format!("#/{segment}")) && Part::of(&parse(h).route) == part), "#/{segment}");
    }
}

#[test]
fn the_start_up_script_preloads_every_data_file_the_app_waits_for() {
    use explorer_core::part::{data_of, data_of_hash, preload_candidates};
    for hash in hashes() {
        let route = parse(&hash).route;
        let (app, script) = (data_of(&route), data_of_hash(&hash));
        // The script never misses a file the view waits for, except where
        // the app shows "not found" for a path the script reads otherwise.
        assert!(script.covers(app) || matches!(route, explorer_core::route::Route::NotFound(_)), "{hash}: the app waits for {app:?}, the script preloads {script:?}");
        assert!(preload_candidates(&hash).iter().all(|k| !k.contains('?')), "{hash}");
    }
    // The deep links the bench measures preload exactly what they show from.
    for hash in ["#/firms", "#/trace/a13", "#/trace/IL3", "#/study/kunming-sem", "#/study/kunming-sem?lang=zh", "#/firm/CF1", "#/learn", "#/learn/tour/kunming-sem/2", "#/learn/find-firms"] {
        assert_eq!(data_of_hash(hash), data_of(&parse(hash).route), "{hash}");
    }
}

#[test]
fn a_study_s_page_needs_its_own_file_and_home_none() {
    use explorer_core::model::StudyId;
    use explorer_core::part::{data_of, DataFile, Files};
    for id in StudyId::ALL {
        let files = data_of(&parse(&format!("#/study/{id}")).route);
        assert_eq!(files.iter().collect::<Vec<_>>(), vec![DataFile::of_study(id)], "{id}");
        assert_eq!(DataFile::of_study(id).study(), Some(id));
    }
    assert_eq!(DataFile::Themes.study(), None);
    for hash in ["#/", "#/nowhere", "#/study/nowhere", "#/learn"] {
        assert!(data_of(&parse(hash).route).is_empty(), "{hash}");
    }
    // The views that show from everything.
    for hash in ["#/search?q=talent", "#/themes", "#/data", "#/checks", "#/glossary"] {
        assert_eq!(data_of(&parse(hash).route), Files::ALL, "{hash}");
    }
    let names: std::collections::BTreeSet<_> = DataFile::ALL.iter().map(|f| f.name()).collect();
    assert_eq!(names.len(), DataFile::ALL.len());
    assert!(names.iter().all(|n| n.starts_with("data_") && !Part::SPLIT.iter().any(|p| p.name() == *n)));
    let some = Files::of(&[DataFile::Kunming, DataFile::Themes]);
    assert!(Files::ALL.covers(some) && !some.covers(Files::ALL) && some.covers(Files::NONE));
    assert_eq!(some.union(Files::of(&[DataFile::SmallGiants])).iter().count(), 3);
}

#[test]
fn an_exercise_is_the_same_with_only_the_data_files_its_link_fetches() {
    use explorer_core::dataset::LoadedFiles;
    use explorer_core::index::Index;
    use explorer_core::learn::exercise::{accepted, generate, ExerciseQuery};
    use explorer_core::part::data_of;
    use explorer_core::route::Route;
    use explorer_core::{Dataset, Sources};
    let full = crate::dataset();
    let index = Index::of(full);
    for id in ExerciseId::ALL {
        let files = data_of(&Route::Exercise(id, ExerciseQuery::default()));
        assert!(!files.is_empty() && files != explorer_core::part::Files::ALL, "{id:?}: {files:?}");
        let only = Dataset::new(Sources::assemble(LoadedFiles::subset(&full.sources, files), &index).expect("every study in the index"));
        for seed in 1..=40 {
            for chains in [false, true] {
                let query = ExerciseQuery { seed, chains };
                let (a, b) = (generate(full, id, query), generate(&only, id, query));
                assert_eq!(a, b, "{id:?} seed {seed}");
                for i in 0..a.questions.len() {
                    assert_eq!(accepted(full, &a, &[], i), accepted(&only, &b, &[], i), "{id:?} seed {seed} question {i}");
                }
            }
        }
    }
}

#[test]
fn a_grounded_theory_code_is_known_by_its_form_alone() {
    use explorer_core::part::{data_of, grounded_theory_id, DataFile};
    use explorer_core::Level;
    let dataset = crate::dataset();
    assert!(dataset.codes.len() > 100);
    for code in &dataset.codes {
        let grounded = Level::GROUNDED_THEORY.contains(&code.level);
        assert_eq!(grounded_theory_id(&code.id), grounded, "{} ({:?})", code.id, code.level);
        let files = data_of(&parse(&format!("#/trace/{}", code.id)).route);
        assert_eq!(files.contains(DataFile::Kunming), !grounded, "{}", code.id);
    }
    for id in ["", "a", "a1x", "x1", "A-1", "IL1", "s1", "c1", "B1"] {
        assert!(!grounded_theory_id(id), "{id}");
    }
}

#[test]
fn the_firms_own_file_holds_every_firm_as_the_studies_files_do() {
    use explorer_core::dataset::LoadedFiles;
    use explorer_core::index::Index;
    use explorer_core::part::{data_of, DataFile, Files};
    use explorer_core::{Dataset, Sources};
    let full = crate::dataset();
    let index = Index::of(full);
    let only = Dataset::new(Sources::assemble(LoadedFiles::subset(&full.sources, Files::of(&[DataFile::Firms])), &index).expect("every study in the index"));
    assert_eq!(full.firms.len(), 26);
    assert_eq!(only.firms, full.firms);
    for firm in &full.firms {
        let record = format!("firm:{}", firm.id);
        assert_eq!(only.notes_for(&record), full.notes_for(&record), "{record}");
    }
    assert!(full.firms.iter().any(|f| !full.notes_for(&format!("firm:{}", f.id)).is_empty()));
    // It has no codes, passages or tables of the studies.
    assert!(only.codes.is_empty());
    assert!(only.sources.small_giants.excerpt.is_empty() && only.sources.haier_huawei.milestone.is_empty() && only.sources.kunming.item.is_empty());
    // The findings a firm's page lists, without their summaries.
    assert_eq!(only.sources.haier_huawei.path.len(), full.sources.haier_huawei.path.len());
    assert!(only.sources.haier_huawei.path.iter().zip(&full.sources.haier_huawei.path).all(|(a, b)| a.title == b.title && a.source == b.source && a.summary.is_empty()));
    assert!(only.sources.beijing.mechanism.iter().zip(&full.sources.beijing.mechanism).all(|(a, b)| a.firms == b.firms && a.summary.is_empty()));
    // A study's own file, decoded before the firms' file, keeps all it has.
    let mut loaded = LoadedFiles::subset(&full.sources, Files::of(&[DataFile::SmallGiants]));
    explorer_core::dataset::FirmsFile::of(&full.sources).fill(&mut loaded, |id| Some(full.sources.study(id).clone()));
    assert_eq!(loaded.small_giants.as_ref(), Some(&full.sources.small_giants));
    assert!(loaded.haier_huawei.as_ref().is_some_and(|f| f.milestone.is_empty() && f.company == full.sources.haier_huawei.company));
    // The studies' files it is taken from stand for it; two of them do not.
    let three = Files::of(&[DataFile::SmallGiants, DataFile::HaierHuawei, DataFile::Beijing]);
    assert_eq!(three, Files::WITH_FIRMS);
    assert!(three.covers(Files::of(&[DataFile::Firms])) && Files::ALL.covers(Files::of(&[DataFile::Firms])));
    assert!(!Files::of(&[DataFile::SmallGiants, DataFile::Beijing]).covers(Files::of(&[DataFile::Firms])));
    assert!(!Files::ALL.contains(DataFile::Firms) && DataFile::Firms.study().is_none());
    // The firm views wait for it and not for the studies' files.
    for hash in ["#/firms", "#/firms?study_abroad=yes", "#/firm/CF1", "#/compare?firms=CF7,CF11", "#/learn/find-firms"] {
        let files = data_of(&parse(hash).route);
        assert!(files.contains(DataFile::Firms) && !files.contains(DataFile::SmallGiants) && !files.contains(DataFile::HaierHuawei), "{hash}: {files:?}");
    }
}

#[test]
fn the_themes_mentions_name_every_theme_a_record_is_in_as_the_themes_file_does() {
    use explorer_core::dataset::{LoadedFiles, MentionsFile};
    use explorer_core::index::Index;
    use explorer_core::part::{data_of, DataFile, Files};
    use explorer_core::{Dataset, Sources};
    let full = crate::dataset();
    let index = Index::of(full);
    let only = Dataset::new(Sources::assemble(LoadedFiles::subset(&full.sources, Files::of(&[DataFile::Mentions])), &index).expect("every study in the index"));
    // Every record any theme names, and one no theme names.
    let records: Vec<&String> = full.sources.themes.theme.iter().flat_map(|t| t.link.iter().flat_map(|l| l.records.iter())).collect();
    assert!(records.len() > 10);
    for record in records.iter().map(|r| r.as_str()).chain(["code:zz", "firm:CF999"]) {
        let names = |d: &Dataset| d.themes_mentioning(record).iter().map(|t| (t.id.clone(), t.title.clone())).collect::<Vec<_>>();
        assert_eq!(names(&only), names(full), "{record}");
    }
    // Without the themes' texts.
    assert_eq!(only.sources.themes.theme.len(), full.sources.themes.theme.len());
    assert!(only.sources.themes.theme.iter().all(|t| t.summary.is_empty() && t.link.iter().all(|l| l.text.is_empty() && l.quote.is_empty() && l.source.is_empty())));
    assert!(full.sources.themes.theme.iter().all(|t| !t.summary.is_empty()));
    // The themes' file, decoded before, keeps its texts.
    let mut loaded = LoadedFiles::subset(&full.sources, Files::of(&[DataFile::Themes]));
    MentionsFile::of(&full.sources.themes).fill(&mut loaded);
    assert_eq!(loaded.themes.as_ref(), Some(&full.sources.themes));
    // The themes' file stands for it; no other does.
    assert!(Files::of(&[DataFile::Themes]).covers(Files::of(&[DataFile::Mentions])) && Files::ALL.covers(Files::of(&[DataFile::Mentions])));
    assert!(!Files::of(&[DataFile::SmallGiants, DataFile::Firms]).covers(Files::of(&[DataFile::Mentions])));
    assert!(!Files::ALL.contains(DataFile::Mentions) && DataFile::Mentions.study().is_none());
    // A code's trace and a firm's page wait for it and not for the themes' file.
    for hash in ["#/trace/a13", "#/trace/C1", "#/trace/IL1", "#/firm/CF1", "#/firm/Haier"] {
        let files = data_of(&parse(hash).route);
        assert!(files.contains(DataFile::Mentions) && !files.contains(DataFile::Themes), "{hash}: {files:?}");
    }
    for hash in ["#/themes", "#/themes/rd-talent", "#/data"] {
        assert!(data_of(&parse(hash).route).contains(DataFile::Themes), "{hash}");
    }
}

#[test]
fn a_study_s_page_and_the_tour_steps_that_draw_from_it_wait_for_its_sections_alone() {
    use explorer_core::model::StudyId;
    use explorer_core::part::{rest_module, rest_of, sections_module, sections_of, sections_of_hash, DataFile};
    use explorer_core::route::Route;
    for id in StudyId::ALL {
        assert_eq!(sections_of(&parse(&format!("#/study/{id}/notes")).route), Some(id));
        assert_eq!(sections_of_hash(&format!("#/study/{id}?lang=zh")), vec![sections_module(id)]);
        assert!(sections_module(id).starts_with("sections_"));
        for module in std::iter::once(sections_module(id)).chain(rest_module(id)) {
            assert!(!Part::SPLIT.iter().any(|p| p.name() == module) && !DataFile::ALL.iter().any(|f| f.name() == module), "{module}");
        }
        // A study's page never waits for the rest of its sections.
        assert_eq!(rest_of(&parse(&format!("#/study/{id}/measurement")).route), None);
    }
    let modules: std::collections::BTreeSet<_> = StudyId::ALL.iter().flat_map(|id| std::iter::once(sections_module(*id)).chain(rest_module(*id))).collect();
    assert_eq!(modules.len(), 5);
    for hash in ["#/study/nowhere", "#/", "#/learn", "#/firms", "#/trace/a13", "#/learn/find-firms"] {
        assert_eq!(sections_of(&parse(hash).route), None, "{hash}");
        assert_eq!(rest_of(&parse(hash).route), None, "{hash}");
    }
    // A tour's steps draw from their own study's sections, or the rest of
    // them, if any; the start-up script preloads what its first drawing
    // step draws from.
    let mut drawing = 0;
    for tour in TOURS {
        for (i, step) in tour.steps.iter().enumerate() {
            let hash = format!("#/learn/tour/{}/{}", tour.id, i + 1);
            let route = parse(&hash).route;
            let (lead, rest) = (sections_of(&route), rest_of(&route));
            assert_eq!(lead.or(rest), step.live.sections());
            assert!(lead.is_none() || rest.is_none(), "{hash} waits for one module");
            assert_eq!(rest.is_some(), step.live.in_rest() && step.live.sections().is_some(), "{hash}");
            if let Some(id) = lead.or(rest) {
                assert_eq!(id, tour.study, "{hash}");
                drawing += 1;
            }
        }
        let first = tour.steps.iter().position(|step| step.live.sections().is_some()).map(|i| parse(&format!("#/learn/tour/{}/{}", tour.id, i + 1)).route);
        let expected: Vec<&str> = first.iter().flat_map(|route| sections_of(route).map(sections_module).or_else(|| rest_of(route).and_then(rest_module))).collect();
        assert_eq!(sections_of_hash(&format!("#/learn/tour/{}/3", tour.id)), expected, "{}", tour.id);
        assert_eq!(sections_of(&Route::Tour(tour.id.into(), 0)), None);
        assert_eq!(sections_of(&Route::Tour(tour.id.into(), tour.steps.len() as u32 + 1)), None);
        assert_eq!(rest_of(&Route::Tour(tour.id.into(), tour.steps.len() as u32 + 1)), None);
    }
    assert!(drawing >= 8, "{drawing} steps draw from a study's sections");
    // The script never misses a module the app waits for (but for a
    // tour's later steps, above).
    for hash in hashes().into_iter().filter(|h| !h.starts_with("#/learn/tour/")) {
        let route = parse(&hash).route;
        let preloaded = sections_of_hash(&hash);
        assert!(sections_of(&route).is_none_or(|id| preloaded.contains(&sections_module(id))), "{hash}");
        assert!(rest_of(&route).and_then(rest_module).is_none_or(|m| preloaded.contains(&m)), "{hash}");
    }
}

#[test]
fn the_rest_of_a_study_s_sections_comes_with_a_link_to_one_of_them_not_with_its_page() {
    use explorer_core::model::StudyId;
    use explorer_core::part::{opens_rest, rest_blocks, rest_module, sections_module, sections_of_hash, REST};
    use explorer_core::records::study_sections;
    // Each block is in a section of its study's page, after its first
    // screens (not the description or notes every study's page has), and
    // its study has the module; a block's name is an element's id on the
    // page, its section's where it is the section.
    assert!(!REST.is_empty());
    for b in REST {
        assert!(study_sections(b.study).contains(&b.section), "{}", b.section);
        assert!(!["findings", "about", "notes"].contains(&b.section), "{}", b.section);
        assert!(rest_module(b.study).is_some());
        assert!(b.block == b.section || !study_sections(b.study).contains(&b.block), "{}", b.block);
        assert_eq!(REST.iter().filter(|o| o.study == b.study && o.block == b.block).count(), 1, "{}", b.block);
        for place in b.places {
            assert!(!study_sections(b.study).contains(place), "{place}");
        }
    }
    for id in StudyId::ALL {
        let blocks: Vec<_> = study_sections(id).iter().flat_map(|s| rest_blocks(id, s)).collect();
        assert_eq!(rest_module(id).is_some(), !blocks.is_empty(), "{id}");
        // The page's first section keeps its first block: what the page
        // opens on is never waiting for the reader's first move.
        if let Some(first) = study_sections(id).first() {
            assert!(rest_blocks(id, first).all(|b| b != *first), "{id}");
        }
        // Its page fetches its sections' module alone; a link to a section
        // with blocks in the rest, a block or a place in one fetches theirs
        // with it, another not.
        let lead = sections_module(id);
        assert_eq!(sections_of_hash(&format!("#/study/{id}")), vec![lead]);
        let places = REST.iter().filter(|b| b.study == id).flat_map(|b| b.places.iter().copied().chain([b.block]));
        for target in study_sections(id).iter().copied().chain(places) {
            let opens = opens_rest(id, target);
            let expected: Vec<&str> = std::iter::once(lead).chain(rest_module(id).filter(|_| opens)).collect();
            assert_eq!(sections_of_hash(&format!("#/study/{id}/{target}")), expected, "{id}/{target}");
            assert_eq!(sections_of_hash(&format!("#/study/{id}/{target}?lang=zh")), expected, "{id}/{target}");
        }
    }
    assert_eq!(rest_module(StudyId::KunmingSem), Some("rest_kunming"));
    assert_eq!(rest_blocks(StudyId::KunmingSem, "structural").collect::<Vec<_>>(), ["structural-paths"]);
    // The hypotheses a search result or a record's chip opens are there.
    assert!(opens_rest(StudyId::KunmingSem, "hypotheses"));
    assert!(!opens_rest(StudyId::KunmingSem, "findings") && !opens_rest(StudyId::SmallGiants, "model"));
}
