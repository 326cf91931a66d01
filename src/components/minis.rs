//! Small drawings of each study for the home page's cards: the model's three
//! core categories and their categories, the two timelines, the structural
//! paths, the HR matrix. Decorative (hidden from screen readers, no text):
//! each card says the same in words beside it.

use explorer_core::index::Mini;
use yew::prelude::*;

use crate::components::diagrams::position;

/// The drawing for a study's card.
pub fn study_mini(mini: &Mini) -> Html {
    match mini {
        Mini::Model(cores) => model_mini(cores),
        Mini::Timeline(years) => timeline_mini(years),
        Mini::Paths { paths, constructs } => paths_mini(paths, constructs),
        Mini::Matrix(rows) => matrix_mini(rows),
    }
}

/// Three core categories, each a bar with one block per category.
fn model_mini(cores: &[usize]) -> Html {
    html! {
        <svg class="mini" viewBox="0 0 300 110" aria-hidden="true" focusable="false">
            { for cores.iter().enumerate().map(|(i, &children)| {
                let x = 10 + i as i32 * 100;
                html! {
                    <g>
                        <rect class="mini-core" x={x.to_string()} y="8" width="80" height="22" rx="5" />
                        { for (0..children).map(|j| {
                            let y = 38 + j as i32 * 14;
                            html! { <rect class="mini-cat" x={(x + 12).to_string()} y={y.to_string()} width="68" height="10" rx="3" /> }
                        }) }
                        <line class="mini-line" x1={(x + 6).to_string()} y1="30" x2={(x + 6).to_string()} y2={(38 + (children as i32 - 1).max(0) * 14 + 5).to_string()} />
                    </g>
                }
            }) }
        </svg>
    }
}

/// The two companies' dated milestones on one axis each.
fn timeline_mini(companies: &[Vec<u16>]) -> Html {
    let years = || companies.iter().flatten().copied();
    let (Some(min), Some(max)) = (years().min(), years().max()) else { return html! {} };
    let span = i32::from(max - min).max(1);
    let x = |year: u16| 15 + i32::from(year - min) * 270 / span;
    html! {
        <svg class="mini" viewBox="0 0 300 110" aria-hidden="true" focusable="false">
            { for companies.iter().enumerate().map(|(row, years)| {
                let y = 35 + row as i32 * 45;
                html! {
                    <g>
                        <line class="mini-line" x1="10" x2="290" y1={y.to_string()} y2={y.to_string()} />
                        { for years.iter().map(|&year| html! {
                            <circle class="mini-dot" cx={x(year).to_string()} cy={y.to_string()} r="6" />
                        }) }
                    </g>
                }
            }) }
        </svg>
    }
}

/// The four constructs and the five structural paths.
fn paths_mini(paths: &[(String, String)], constructs: &[String]) -> Html {
    let scaled = |id: &str| {
        let (x, y) = position(id);
        (x * 300 / 360, y * 110 / 260)
    };
    html! {
        <svg class="mini" viewBox="0 0 300 110" aria-hidden="true" focusable="false">
            { for paths.iter().map(|(from, to)| {
                let ((x1, y1), (x2, y2)) = (scaled(from), scaled(to));
                html! { <line class="mini-line" x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()} /> }
            }) }
            { for constructs.iter().map(|id| {
                let (x, y) = scaled(id);
                html! { <ellipse class="mini-node" cx={x.to_string()} cy={y.to_string()} rx="26" ry="14" /> }
            }) }
        </svg>
    }
}

/// Table 1 at a glance: one row per attribute, one column per firm.
fn matrix_mini(rows: &[Vec<bool>]) -> Html {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0).max(1) as i32;
    let cell = (280 / columns).max(4);
    html! {
        <svg class="mini" viewBox="0 0 300 110" aria-hidden="true" focusable="false">
            { for rows.iter().enumerate().map(|(r, row)| html! {
                <g>
                    { for row.iter().enumerate().map(|(c, &marked)| {
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
