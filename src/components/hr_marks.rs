//! The one way a human-resource attribute's value is shown in tables: a mark
//! (✓, –, n/r) with its word for screen readers, and a legend in the same
//! words as the filter and the firm page (`explorer_core::filter::value_label`).

use explorer_core::filter::value_mark;
use explorer_core::i18n::{value_msg, Msg};
use yew::prelude::*;

use crate::i18n::t;

fn value_label(value: Option<bool>) -> &'static str {
    t(value_msg(value))
}

/// A table cell's content for a value.
pub fn hr_mark(value: Option<bool>) -> Html {
    html! {
        <>
            <span class="hr-mark" aria-hidden="true">{ value_mark(value) }</span>
            <span class="visually-hidden">{ value_label(value) }</span>
        </>
    }
}

/// The legend for tables that use [`hr_mark`]; `with_not_reported` adds the
/// third value where the table can show it.
pub fn hr_legend(with_not_reported: bool) -> Html {
    let values: &[Option<bool>] = if with_not_reported { &[Some(true), Some(false), None] } else { &[Some(true), Some(false)] };
    html! {
        <p class="legend">
            <span class="legend-title">{ crate::i18n::tx(Msg::Legend) }</span>
            { for values.iter().map(|&v| html! {
                <span class="legend-entry"><span class="hr-mark" aria-hidden="true">{ value_mark(v) }</span>{ " " }{ value_label(v) }</span>
            }) }
            if with_not_reported {
                <span class="legend-note">{ crate::i18n::tx(Msg::LegendNotReported) }</span>
            }
        </p>
    }
}
