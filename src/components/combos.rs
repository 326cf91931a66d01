//! How many firms, in words, and the firms grouped by their combination of
//! the five human-resource attributes: on the firms' list and in the
//! Beijing tour.

use explorer_core::i18n::{attribute_msg, Msg};
use explorer_core::model::HrAttribute;
use yew::prelude::*;

use crate::components::hr_marks::{hr_legend, hr_mark};
use crate::i18n::{t, tf};

pub fn firm_count_text(n: usize) -> String {
    if n == 1 { t(Msg::OneFirm).to_string() } else { tf(Msg::NFirms, &[("n", &n.to_string())]) }
}

/// The firms grouped by their whole combination of the five attributes (the
/// Firms page, and the Beijing tour).
pub fn combos_table(combos: &[([bool; 5], Vec<&explorer_core::Firm>)]) -> Html {
        crate::components::table_region(t(Msg::CombosRegion), false, html! { <>
        <table>
            <thead><tr>
                { for HrAttribute::ALL.into_iter().map(|a| html! { <th scope="col">{ crate::i18n::tx(attribute_msg(a)) }</th> }) }
                <th scope="col">{ crate::i18n::tx(Msg::TitleFirms) }</th>
            </tr></thead>
            <tbody>
                { for combos.iter().map(|(key, firms)| html! {
                    // Keyed by the combination: a filter change keeps the
                    // rows of the combinations it keeps.
                    <tr key={key.iter().map(|present| if *present { '1' } else { '0' }).collect::<String>()}>
                        { for key.iter().map(|present| html! { <td class="mark">{ hr_mark(Some(*present)) }</td> }) }
                        <td>{ format!("{}: ", firms.len()) }{ firms.iter().map(|f| f.id.as_str()).collect::<Vec<_>>().join(", ") }</td>
                    </tr>
                }) }
            </tbody>
        </table>
        { hr_legend(false) } </>
    })
}
