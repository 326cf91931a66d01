//! Case folding for search and the tables' row filters: Unicode's lowercase
//! for the letters a reader may type, and for every text the app searches.

use explorer_core::i18n::{EN, ZH};
use explorer_core::text::{fold, fold_char};

use crate::dataset;

/// Every character `fold_char` changes is changed as Unicode's lowercase
/// mapping does, to one character.
#[test]
fn folds_as_unicode_lowercases() {
    for u in 0..=0x10FFFF {
        let Some(c) = char::from_u32(u) else { continue };
        let ours = fold_char(c);
        if ours != c {
            assert_eq!(ours.to_string(), c.to_lowercase().to_string(), "U+{u:04X}");
        }
    }
}

/// The letters of the scripts a reader may type: every capital with a
/// one-character lowercase folds to it.
#[test]
fn folds_every_capital_of_the_scripts_readers_type() {
    let ranges = [0x41..=0x5A, 0xC0..=0x17F, 0x386..=0x3AB, 0x400..=0x42F, 0xFF21..=0xFF3A];
    for range in ranges {
        for u in range {
            let Some(c) = char::from_u32(u) else { continue };
            let lower: Vec<char> = c.to_lowercase().collect();
            if lower.len() == 1 && lower[0] != c {
                assert_eq!(fold_char(c), lower[0], "U+{u:04X} {c}");
            }
        }
    }
    assert_eq!(fold("ÉTUDE Ölçek ΑΒΓ Σ ЖУРНАЛ ＳＭＥ İ"), "étude ölçek αβγ σ журнал ｓｍｅ İ");
    assert_eq!(fold("Innovation TEAM"), "innovation team");
}

/// Every text the app searches or filters folds as Unicode lowercases it:
/// the data (the five files, every field) and both catalogs.
#[test]
fn the_apps_texts_fold_as_unicode_lowercases() {
    let json = serde_json::to_string(&dataset().sources).unwrap_or_default();
    assert!(json.len() > 100_000, "the data is there ({} bytes)", json.len());
    for text in [json.as_str()].into_iter().chain(EN.iter().copied()).chain(ZH.iter().copied()) {
        assert_eq!(fold(text), text.to_lowercase());
    }
}
