//! Beside a study's records, the marks that a recomputation concerning them
//! does not reproduce (`#/checks`), on study pages and a code's trace. The
//! records that do not reproduce are embedded (computed at build time).

use explorer_core::i18n::Msg;
use explorer_core::route::Route;
use explorer_core::StudyId;
use yew::prelude::*;

use crate::i18n::{tx, txf};

/// `study|record` per line: what does not reproduce.
const NOT_REPRODUCED: &str = include_str!(concat!(env!("OUT_DIR"), "/not_reproduced.txt"));

/// Whether `record` of `study` has a recomputation that does not reproduce.
fn not_reproduced(study: StudyId, record: &str) -> bool {
    NOT_REPRODUCED.lines().any(|line| line.split_once('|') == Some((study.as_str(), record)))
}

/// Beside a record (or a section's records): that a recomputation
/// concerning it does not reproduce, linking to the checks of its study.
/// Nothing where all reproduce.
pub fn check_marks(study: StudyId, records: &[String]) -> Html {
    let bad = NOT_REPRODUCED.lines().filter(|line| line.split_once('|').is_some_and(|(s, r)| s == study.as_str() && records.iter().any(|x| x == r))).count();
    if bad == 0 {
        return html! {};
    }
    html! {
        <p class="check-mark">
            <a href={Route::Checks.section_hash(study.as_str())}>{ tx(Msg::ChecksForRecord) }</a>
            { ": " }{ txf(Msg::ChecksBeside, &[("n", &bad.to_string())]) }
        </p>
    }
}

/// A badge beside one record whose recomputation does not reproduce (a
/// dimension in the measurement model), linking to the checks.
pub fn check_badge(study: StudyId, record: &str) -> Html {
    if !not_reproduced(study, record) {
        return html! {};
    }
    html! { <>{ " " }<a class="check-badge" href={Route::Checks.section_hash(study.as_str())}>{ tx(Msg::StatusDoesNot) }</a></> }
}
