//! SVG diagrams of the studies' models. Each is laid out for a narrow
//! screen first (it scales up, not down), links or buttons inside it are
//! keyboard-focusable, and each page shows the same content as a list or
//! table beside it (the text alternative).

use explorer_core::effects::effects;
use explorer_core::order::sorted_by_key;
use explorer_core::text::format_fixed3;
use explorer_core::route::Route;
use explorer_core::{Dataset, Level};
use yew::prelude::*;

use crate::i18n::{printed, t, tf};
use explorer_core::i18n::Msg;

const WIDTH: i32 = 360;

/// The small-giants model: each core category with its categories, every
/// node a link to its trace.
pub fn model_diagram(dataset: &Dataset) -> Html {
    let mut y = 8;
    let mut nodes = Vec::new();
    for core in dataset.codes_at(Level::CoreCategory) {
        let top = y;
        nodes.push(html! {
            <a href={Route::Trace(core.id.clone()).to_hash()} class="node core">
                <rect x="8" y={top.to_string()} width={(WIDTH - 16).to_string()} height="34" rx="8" />
                <text x="20" y={(top + 22).to_string()} lang="en">{ format!("{} {}", core.id, core.label) }</text>
            </a>
        });
        y += 42;
        let children: Vec<_> = core.children.iter().filter_map(|id| dataset.code(id)).collect();
        let first_child = y;
        for child in &children {
            let cy = y;
            nodes.push(html! {
                <a href={Route::Trace(child.id.clone()).to_hash()} class="node category">
                    <rect x="40" y={cy.to_string()} width={(WIDTH - 48).to_string()} height="28" rx="6" />
                    <text x="52" y={(cy + 19).to_string()} lang="en">{ format!("{} {}", child.id, child.label) }</text>
                </a>
            });
            y += 34;
        }
        if let Some(last) = children.len().checked_sub(1) {
            let last_y = first_child + last as i32 * 34 + 14;
            nodes.push(html! { <path class="connector" d={format!("M24 {} V{last_y}", top + 34)} /> });
            for i in 0..children.len() {
                let cy = first_child + i as i32 * 34 + 14;
                nodes.push(html! { <path class="connector" d={format!("M24 {cy} H40")} /> });
            }
        }
        y += 10;
    }
    html! {
        <figure class="diagram model-diagram">
            <svg viewBox={format!("0 0 {WIDTH} {y}")} role="group" aria-label={t(Msg::ModelDiagramLabel)}>
                { for nodes }
            </svg>
            <figcaption>{ crate::i18n::tx(Msg::ModelDiagramCaption) }</figcaption>
        </figure>
    }
}

pub struct PathDiagramProps {
    /// `"IL->KM"` of the selected path, if any.
    pub selected: Option<String>,
    pub on_select: Callback<String>,
}

/// Node positions of the Kunming structural model.
fn position(id: &str) -> (i32, i32) {
    match id {
        "IL" => (60, 130),
        "KM" => (180, 40),
        "IC" => (180, 220),
        "EI" => (300, 130),
        _ => (180, 130),
    }
}

/// The Kunming structural model: four constructs, five paths labelled with
/// their standardised coefficients and significance. Paths are buttons:
/// selecting one shows its hypothesis.
pub fn path_diagram(props: &PathDiagramProps) -> Html {
    let Ok(dataset) = crate::data::dataset() else { return html! {} };
    let model = &dataset.sources.kunming;
    let edges = model.structural_path.iter().map(|p| {
        let key = format!("{}->{}", p.from, p.to);
        let (x1, y1) = position(&p.from);
        let (x2, y2) = position(&p.to);
        // Shorten the line so it ends at the node's edge.
        // Integer geometry: float formatting would add much code to the wasm.
        let (dx, dy) = ((x2 - x1) as f64, (y2 - y1) as f64);
        let length = (dx * dx + dy * dy).sqrt().max(1.0);
        let (ux, uy) = (dx / length, dy / length);
        let (sx, sy) = ((x1 as f64 + ux * 40.0).round() as i32, (y1 as f64 + uy * 24.0).round() as i32);
        let (ex, ey) = ((x2 as f64 - ux * 44.0).round() as i32, (y2 as f64 - uy * 28.0).round() as i32);
        let (mx, my) = ((sx + ex) / 2, (sy + ey) / 2);
        let selected = props.selected.as_deref() == Some(key.as_str());
        let result = model.hypothesis.iter().find(|h| h.id == p.hypothesis).map(|h| h.result.clone()).unwrap_or_default();
        let label = tf(Msg::PathLabel, &[("from", &p.from), ("to", &p.to), ("std", &p.std), ("p", &p.p_text), ("hypothesis", &p.hypothesis), ("result", &result.to_lowercase())]);
        let onclick = { let cb = props.on_select.clone(); let key = key.clone(); Callback::from(move |_| cb.emit(key.clone())) };
        let onkeydown = {
            let cb = props.on_select.clone();
            let key = key.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    cb.emit(key.clone());
                }
            })
        };
        html! {
            <g class={classes!("edge", selected.then_some("selected"))} role="button" tabindex="0"
               aria-pressed={selected.to_string()} aria-label={label} {onclick} {onkeydown}>
                <line x1={sx.to_string()} y1={sy.to_string()} x2={ex.to_string()} y2={ey.to_string()} marker-end="url(#arrow)" />
                <line class="hit" x1={sx.to_string()} y1={sy.to_string()} x2={ex.to_string()} y2={ey.to_string()} />
                <rect x={(mx - 42).to_string()} y={(my - 12).to_string()} width="84" height="24" rx="4" />
                <text x={mx.to_string()} y={(my + 5).to_string()} text-anchor="middle">{ format!("{}{}", p.std, p.p) }</text>
            </g>
        }
    });
    let nodes = model.construct.iter().map(|c| {
        let (x, y) = position(&c.id);
        html! {
            <a href={Route::Trace(c.id.clone()).to_hash()} class="node construct" aria-label={tf(Msg::ConstructNode, &[("id", &c.id), ("label", &c.label)])}>
                <ellipse cx={x.to_string()} cy={y.to_string()} rx="44" ry="26" />
                <text x={x.to_string()} y={(y + 5).to_string()} text-anchor="middle">{ &c.id }</text>
            </a>
        }
    });
    html! {
        <figure class="diagram path-diagram">
            <svg viewBox="0 0 360 260" role="group" aria-label={t(Msg::PathDiagramLabel)}>
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
                        <path d="M0 0 L10 5 L0 10 z" class="arrowhead" />
                    </marker>
                </defs>
                { for edges }
                { for nodes }
            </svg>
            <figcaption>{ crate::i18n::tx(Msg::PathDiagramCaption) }</figcaption>
        </figure>
    }
}

/// The selected path's hypothesis and, where there is more than one chain,
/// the computed decomposition of the effect.
pub fn path_details(dataset: &Dataset, key: &str) -> Html {
    let model = &dataset.sources.kunming;
    let Some(path) = model.structural_path.iter().find(|p| format!("{}->{}", p.from, p.to) == key) else {
        return html! { <p class="hint">{ crate::i18n::tx(Msg::SelectPath) }</p> };
    };
    let hypothesis = model.hypothesis.iter().find(|h| h.id == path.hypothesis);
    let e = effects(model, &path.from, &path.to);
    html! {
        <div class="path-details" aria-live="polite">
            <h3>{ format!("{} → {}", path.from, path.to) }</h3>
            <p>{ crate::i18n::txf(Msg::PathCoefficient, &[("std", &path.std), ("p", &path.p), ("ptext", &path.p_text)]) }</p>
            if let Some(h) = hypothesis {
                <p><strong>{ &h.id }</strong>{ ": “" }{ printed(h.text.clone()) }{ "” " }<span lang="en" class={classes!("result", if h.result == "Supported" { "supported" } else { "not-supported" })}>{ &h.result }</span></p>
            }
            if e.chains.len() > 1 {
                <p>{ crate::i18n::txf(Msg::TotalEffectComputed, &[("from", &e.from), ("to", &e.to), ("total", &format_fixed3(e.total)), ("direct", &format_fixed3(e.direct)), ("indirect", &format_fixed3(e.indirect))]) }</p>
            }
        </div>
    }
}

/// The two companies' dated milestones on one year axis. Decorative: the
/// ordered list beside it is the text alternative.
pub fn timeline(dataset: &Dataset) -> Html {
    let hh = &dataset.sources.haier_huawei;
    let years: Vec<u16> = hh.milestone.iter().map(|m| m.year).collect();
    let (Some(&min), Some(&max)) = (years.iter().min(), years.iter().max()) else { return html! {} };
    let (start, end) = (min.saturating_sub(1) as i32, max as i32 + 1);
    let x = |year: u16| 20 + (year as i32 - start) * (WIDTH - 40) / (end - start).max(1);
    let companies: Vec<&str> = hh.company.iter().map(|c| c.id.as_str()).collect();
    let ticks: Vec<i32> = (start..=end).filter(|y| y % 5 == 0).collect();
    let row_height = 64;
    let height = 24 + companies.len() as i32 * row_height;
    html! {
        <figure class="diagram timeline-diagram">
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img"
                 aria-label={tf(Msg::TimelineLabel, &[("start", &start.to_string()), ("end", &end.to_string()), ("companies", &companies.join(t(Msg::And)))])}>
                { for ticks.iter().map(|&t| html! {
                    <>
                        <line class="tick" x1={x(t as u16).to_string()} x2={x(t as u16).to_string()} y1="14" y2={height.to_string()} />
                        <text class="tick-label" x={x(t as u16).to_string()} y="10" text-anchor="middle">{ t }</text>
                    </>
                }) }
                { for companies.iter().enumerate().map(|(row, company)| {
                    let y = 48 + row as i32 * row_height;
                    let dots = sorted_by_key(hh.milestone.iter().filter(|m| m.company == *company).collect(), |m| u64::from(m.year));
                    html! {
                        <g class="timeline-row">
                            <text class="row-label" x="8" y={(y - 12).to_string()} lang="en">{ *company }</text>
                            <line class="axis" x1="8" x2={(WIDTH - 8).to_string()} y1={y.to_string()} y2={y.to_string()} />
                            { for dots.iter().enumerate().map(|(i, m)| html! {
                                <g>
                                    <circle cx={x(m.year).to_string()} cy={y.to_string()} r="5" class={classes!(m.approximate.then_some("approximate"))} />
                                    // Alternate label depths so that close years do not overlap.
                                    <text class="dot-label" x={x(m.year).to_string()} y={(y + if i % 2 == 0 { 18 } else { 30 }).to_string()} text-anchor="middle">{ if m.approximate { format!("~{}", m.year) } else { m.year.to_string() } }</text>
                                </g>
                            }) }
                        </g>
                    }
                }) }
            </svg>
            <figcaption>{ crate::i18n::tx(Msg::TimelineCaption) }</figcaption>
        </figure>
    }
}
