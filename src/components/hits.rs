//! What a search hit says and where it comes from: in the header search's
//! list and on the search results page.

use explorer_core::i18n::{level_msg, note_kind_msg, Msg};
use explorer_core::search::{Hit, HitDetail, HitKind};
use yew::prelude::*;

use crate::i18n::{ours_plain, printed};

/// What a hit says: a printed label, name or quotation (marked English); a
/// theme's title in our words.
pub fn hit_text(hit: &Hit) -> Html {
    match hit.kind {
        HitKind::Theme => html! { { ours_plain(&hit.text) } },
        _ => printed(hit.text.clone()),
    }
}

/// Where a hit comes from: its study and what it is there.
pub fn hit_context(hit: &Hit) -> Html {
    let study = hit.study.map(crate::i18n::study_name);
    let detail = match &hit.detail {
        HitDetail::None => html! {},
        HitDetail::Level(level) => html! { { crate::i18n::tx(level_msg(*level)) } },
        HitDetail::Printed(place) => printed(place.clone()),
        HitDetail::Note(kind) => html! { { crate::i18n::tx(note_kind_msg(*kind)) } },
        HitDetail::Theme => html! { { crate::i18n::tx(Msg::ThemesAcross) } },
    };
    let separator = study.is_some() && !matches!(hit.detail, HitDetail::None);
    html! { <>{ study.unwrap_or_default() }{ if separator { " · " } else { "" } }{ detail }</> }
}
