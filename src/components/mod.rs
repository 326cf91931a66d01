//! Widgets used by several pages.

pub mod chains;
pub mod check_marks;
pub mod code_tree;
pub mod combos;
pub mod diagrams;
pub mod embed_builder;
pub mod figures;
pub mod firm_matrix;
pub mod hits;
pub mod hr_marks;
pub mod minis;
pub mod notes;
pub mod passage;
pub mod print_footer;
pub mod search_box;
pub mod share;
pub mod shell;
pub mod term_link;
pub mod warnings;

use yew::prelude::*;

/// A message shown when the bundled data cannot be decoded.
pub fn data_error(message: &str) -> Html {
    html! {
        <section class="panel error" role="alert">
            <h1>{ crate::i18n::t(explorer_core::i18n::Msg::DataNotLoaded) }</h1>
            <p>{ message }</p>
            <p>{ crate::i18n::t(explorer_core::i18n::Msg::DataReload) }<a href="dataset.json" lang="en">{ "dataset.json" }</a>{ "." }</p>
        </section>
    }
}

/// A wide table in its own scroll region: a hint for sighted readers that it
/// scrolls sideways, and a named, keyboard-reachable region around it (a
/// long one also scrolls down under a sticky header row).
pub fn table_region(label: &str, long: bool, table: Html) -> Html {
    html! {
        <>
            <p class="table-tools">
                <crate::components::share::CopyButton key={label.to_string()} label={crate::i18n::t(explorer_core::i18n::Msg::CopyTable)} text=""
                    table=true name={Some(AttrValue::from(crate::i18n::tf(explorer_core::i18n::Msg::CopyTableOf, &[("name", label)])))} />
            </p>
            <p class="scroll-hint" aria-hidden="true">{ crate::i18n::tx(explorer_core::i18n::Msg::ScrollHint) }</p>
            <div class={classes!("table-wrap", long.then_some("long-table"))} tabindex="0" role="region" aria-label={label.to_string()}>
                { table }
            </div>
        </>
    }
}
