//! Small drawings of each study for the home page's cards: the model's three
//! core categories and their categories, the two timelines, the structural
//! paths, the HR matrix. Decorative (hidden from screen readers, no text):
//! each card says the same in words beside it.

use explorer_core::{Dataset, Level, StudyId};
use yew::prelude::*;

use crate::components::diagrams::position;

/// The drawing for a study's card.
pub fn study_mini(dataset: &Dataset, id: StudyId) -> Html {
    match id {
        StudyId::SmallGiants => model_mini(dataset),
        StudyId::HaierHuawei => timeline_mini(dataset),
        StudyId::KunmingSem => paths_mini(dataset),
        StudyId::BeijingSmes => matrix_mini(dataset),
    }
}

/// Three core categories, each a bar with one block per category.
fn model_mini(dataset: &Dataset) -> Html {
    let cores: Vec<_> = dataset.codes_at(Level::CoreCategory).collect();
    html! {
        <svg class="mini" viewBox="0 0 300 110" aria-hidden="true" focusable="false">
            { for cores.iter().enumerate().map(|(i, core)| {
                let x = 10 + i as i32 * 100;
                html! {
                    <g>
                        <rect class="mini-core" x={x.to_string()} y="8" width="80" height="22" rx="5" />
                        { for (0..core.children.len()).map(|j| {
                            let y = 38 + j as i32 * 14;
                            html! { <rect class="mini-cat" x={(x + 12).to_string()} y={y.to_string()} width="68" height="10" rx="3" /> }
                        }) }
                        <line class="mini-line" x1={(x + 6).to_string()} y1="30" x2={(x + 6).to_string()} y2={(38 + (core.children.len() as i32 - 1).max(0) * 14 + 5).to_string()} />
                    </g>
                }
            }) }
        </svg>
    }
}

/// The two companies' dated milestones on one axis each.
fn timeline_mini(dataset: &Dataset) -> Html {
    let hh = &dataset.sources.haier_huawei;
    let years: Vec<u16> = hh.milestone.iter().map(|m| m.year).collect();
    let (Some(&min), Some(&max)) = (years.iter().min(), years.iter().max()) else { return html! {} };
    let span = i32::from(max - min).max(1);
    let x = |year: u16| 15 + i32::from(year - min) * 270 / span;
    html! {
        <svg class="mini" viewBox="0 0 300 110" aria-hidden="true" focusable="false">
            { for hh.company.iter().enumerate().map(|(row, company)| {
                let y = 35 + row as i32 * 45;
                html! {
                    <g>
                        <line class="mini-line" x1="10" x2="290" y1={y.to_string()} y2={y.to_string()} />
                        { for hh.milestone.iter().filter(|m| m.company == company.id).map(|m| html! {
                            <circle class="mini-dot" cx={x(m.year).to_string()} cy={y.to_string()} r="6" />
                        }) }
                    </g>
                }
            }) }
        </svg>
    }
}

/// The four constructs and the five structural paths.
fn paths_mini(dataset: &Dataset) -> Html {
    let k = &dataset.sources.kunming;
    let scaled = |id: &str| {
        let (x, y) = position(id);
        (x * 300 / 360, y * 110 / 260)
    };
    html! {
        <svg class="mini" viewBox="0 0 300 110" aria-hidden="true" focusable="false">
            { for k.structural_path.iter().map(|p| {
                let ((x1, y1), (x2, y2)) = (scaled(&p.from), scaled(&p.to));
                html! { <line class="mini-line" x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()} /> }
            }) }
            { for k.construct.iter().map(|c| {
                let (x, y) = scaled(&c.id);
                html! { <ellipse class="mini-node" cx={x.to_string()} cy={y.to_string()} rx="26" ry="14" /> }
            }) }
        </svg>
    }
}

/// Table 1 at a glance: one row per attribute, one column per firm.
fn matrix_mini(dataset: &Dataset) -> Html {
    let b = &dataset.sources.beijing;
    let columns = b.firm.len().max(1) as i32;
    let cell = (280 / columns).max(4);
    html! {
        <svg class="mini" viewBox="0 0 300 110" aria-hidden="true" focusable="false">
            { for b.hr_row.iter().enumerate().map(|(r, row)| html! {
                <g>
                    { for b.firm.iter().enumerate().map(|(c, firm)| {
                        let marked = row.marked.contains(&firm.id);
                        html! {
                            <rect class={if marked { "mini-on" } else { "mini-off" }}
                                x={(10 + c as i32 * cell).to_string()} y={(8 + r as i32 * 20).to_string()}
                                width={(cell - 3).to_string()} height="16" rx="2" />
                        }
                    }) }
                </g>
            }) }
        </svg>
    }
}
