//! The studies at a glance (`explorer_core::index`): home and the frame show
//! from it while the dataset is not loaded, so it must say what the dataset
//! says, and survive the trip through postcard the build gives it.

use explorer_core::index::{Index, Mini};
use explorer_core::{Level, StudyId};

use crate::dataset;

#[test]
fn every_study_has_its_own_record_in_order() {
    let index = Index::of(dataset());
    let ids: Vec<StudyId> = index.cards.iter().map(|c| c.study.id).collect();
    assert_eq!(ids, StudyId::ALL.to_vec());
    for id in StudyId::ALL {
        let (card, full) = (index.study(id).expect("a card"), dataset().study(id));
        // What home and the citations show is the record's own.
        assert_eq!(card.short_title, full.short_title);
        assert_eq!(card.title, full.title);
        assert_eq!(card.findings.first(), full.findings.first());
        assert_eq!(explorer_core::export::apa(card), explorer_core::export::apa(full), "{id:?}");
        assert_eq!(explorer_core::citation::ris(card), explorer_core::citation::ris(full), "{id:?}");
        assert_eq!(explorer_core::citation::bibtex(card), explorer_core::citation::bibtex(full), "{id:?}");
        assert_eq!(explorer_core::citation::gaps(card), explorer_core::citation::gaps(full), "{id:?}");
        assert_eq!((&card.citation_remark, &card.licence), (&full.citation_remark, &full.licence));
        // What they do not show is left out, not made up.
        assert!(card.method.is_empty() && card.sample.is_empty() && card.findings.len() <= 1, "{id:?}");
    }
}

#[test]
fn the_sizes_count_the_records() {
    let d = dataset();
    let index = Index::of(d);
    let size = |id: StudyId, name: &str| {
        let card = index.card(id).expect("a card per study");
        card.sizes.iter().find(|(n, _)| n == name).map(|(_, v)| *v).unwrap_or_else(|| panic!("{id:?} has no size {name}"))
    };
    let codes = |id: StudyId, level: Level| d.codes.iter().filter(|c| c.study == id && c.level == level).count();
    for id in StudyId::ALL {
        let firms = d.firms.iter().filter(|f| f.study == id).count();
        if id != StudyId::KunmingSem {
            assert_eq!(size(id, "firms"), firms, "{id:?}");
        }
    }
    assert_eq!(size(StudyId::SmallGiants, "concepts"), codes(StudyId::SmallGiants, Level::Concept));
    assert_eq!(size(StudyId::SmallGiants, "categories"), codes(StudyId::SmallGiants, Level::Category));
    assert_eq!(size(StudyId::HaierHuawei, "milestones"), d.sources.haier_huawei.milestone.len());
    assert_eq!(size(StudyId::HaierHuawei, "paths"), d.sources.haier_huawei.path.len());
    assert_eq!(size(StudyId::KunmingSem, "items"), codes(StudyId::KunmingSem, Level::Item));
    assert_eq!(size(StudyId::KunmingSem, "constructs"), codes(StudyId::KunmingSem, Level::Construct));
    assert_eq!(size(StudyId::KunmingSem, "paths"), d.sources.kunming.structural_path.len());
    assert_eq!(size(StudyId::BeijingSmes, "attributes"), d.sources.beijing.hr_row.len());
    assert!(index.cards.iter().all(|c| c.sizes.iter().all(|(_, n)| *n > 0)), "every size counts something");
}

#[test]
fn the_drawings_count_the_records() {
    let d = dataset();
    let index = Index::of(d);
    let mini = |id: StudyId| &index.card(id).expect("a card").mini;
    let Mini::Model(cores) = mini(StudyId::SmallGiants) else { panic!("small giants draw the model") };
    let core_codes: Vec<_> = d.codes.iter().filter(|c| c.level == Level::CoreCategory).collect();
    assert_eq!(cores.len(), core_codes.len());
    assert_eq!(cores.iter().sum::<usize>(), core_codes.iter().map(|c| c.children.len()).sum::<usize>());
    let Mini::Timeline(years) = mini(StudyId::HaierHuawei) else { panic!("Haier and Huawei draw timelines") };
    let hh = &d.sources.haier_huawei;
    assert_eq!(years.len(), hh.company.len());
    assert_eq!(years.iter().map(Vec::len).sum::<usize>(), hh.milestone.len());
    let Mini::Paths { paths, constructs } = mini(StudyId::KunmingSem) else { panic!("Kunming draws its paths") };
    assert_eq!(paths.len(), d.sources.kunming.structural_path.len());
    assert!(paths.iter().all(|(from, to)| constructs.contains(from) && constructs.contains(to)), "paths join constructs");
    let Mini::Matrix(rows) = mini(StudyId::BeijingSmes) else { panic!("Beijing draws Table 1") };
    let b = &d.sources.beijing;
    assert_eq!(rows.len(), b.hr_row.len());
    let marked: usize = rows.iter().map(|r| r.iter().filter(|m| **m).count()).sum();
    assert_eq!(marked, b.hr_row.iter().map(|r| r.marked.len()).sum::<usize>());
}

#[test]
fn the_index_survives_postcard() {
    let index = Index::of(dataset());
    let bytes = postcard::to_allocvec(&index).expect("encodes");
    assert_eq!(postcard::from_bytes::<Index>(&bytes).expect("decodes"), index);
    // It is in every first visit, the dataset only where a view needs it: it
    // must stay a small fraction of the dataset.
    let sources = postcard::to_allocvec(&dataset().sources).expect("encodes");
    assert!(bytes.len() * 8 < sources.len(), "the index is {} bytes, the dataset {}", bytes.len(), sources.len());
}
