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

use crate::i18n::{printed, t, tf, tx, txf};
use explorer_core::i18n::Msg;

const WIDTH: i32 = 360;

/// How many concepts feed a code (every concept below it, each once).
fn concepts_below(dataset: &Dataset, id: &str) -> usize {
    dataset
        .code(id)
        .map(|code| explorer_core::trace::count_below(dataset, code))
        .and_then(|counts| counts.into_iter().find(|(level, _)| *level == Level::Concept))
        .map_or(0, |(_, n)| n)
}

/// The small-giants model drawn as a model: the three core categories, each
/// built from its categories, with how many concepts feed each (a number and
/// a bar), every box a link into Trace. HTML rather than SVG, so its text
/// keeps the page's size at every width: three columns on wide screens, one
/// under the other on narrow ones. It is its own text alternative.
pub fn model_diagram(dataset: &Dataset) -> Html {
    let cores: Vec<_> = dataset.codes_at(Level::CoreCategory).collect();
    let largest = cores
        .iter()
        .flat_map(|core| core.children.iter())
        .map(|id| concepts_below(dataset, id))
        .max()
        .unwrap_or(1)
        .max(1);
    let size = |n: usize| html! {
        <span class="size">
            <svg class="size-bar" viewBox="0 0 100 8" aria-hidden="true" focusable="false" preserveAspectRatio="none">
                <rect width={(n * 100 / largest).to_string()} height="8" rx="2" />
            </svg>
            { txf(Msg::ConceptsFeeding, &[("n", &n.to_string())]) }
        </span>
    };
    html! {
        <figure class="diagram model-diagram">
            <div class="model-cores">
                { for cores.iter().map(|core| html! {
                    <div class="model-core">
                        <a class="core-box" href={Route::Trace(core.id.clone()).to_hash()}>
                            <span class="code" lang="en">{ &core.id }</span>{ " " }{ printed(core.label.clone()) }{ " " }
                            <span class="size">{ txf(Msg::ConceptsFeeding, &[("n", &concepts_below(dataset, &core.id).to_string())]) }</span>
                        </a>
                        { crate::components::notes::note_mark(explorer_core::StudyId::SmallGiants, &format!("code:{}", core.id)) }
                        <ul class="model-cats">
                            { for core.children.iter().filter_map(|id| dataset.code(id)).map(|cat| html! {
                                <li>
                                    <a class="cat-box" href={Route::Trace(cat.id.clone()).to_hash()}>
                                        <span class="code" lang="en">{ &cat.id }</span>{ " " }{ printed(cat.label.clone()) }{ " " }
                                        { size(concepts_below(dataset, &cat.id)) }
                                    </a>
                                    { crate::components::notes::note_mark(explorer_core::StudyId::SmallGiants, &format!("code:{}", cat.id)) }
                                </li>
                            }) }
                        </ul>
                    </div>
                }) }
            </div>
            <figcaption>{ tx(Msg::ModelDrawingCaption) }</figcaption>
            { crate::components::figures::figure_downloads(crate::components::figures::Figure::model(), t(Msg::FigModel)) }
        </figure>
    }
}

pub struct PathDiagramProps {
    /// `"IL->KM"` of the selected path, if any.
    pub selected: Option<String>,
    pub on_select: Callback<String>,
    /// Label the paths with the unstandardised estimates (Table 7) instead
    /// of the standardised coefficients.
    pub unstandardised: bool,
    /// The constructs of a highlighted chain, in order (`IL`, `KM`, `EI`).
    pub chain: Vec<String>,
}

/// Node positions of the Kunming structural model.
pub fn position(id: &str) -> (i32, i32) {
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
        let in_chain = props.chain.windows(2).any(|w| w[0] == p.from && w[1] == p.to);
        let stars = p.p.matches('*').count().min(3);
        let value = if props.unstandardised { &p.estimate } else { &p.std };
        let result = model.hypothesis.iter().find(|h| h.id == p.hypothesis).map(|h| h.result.clone()).unwrap_or_default();
        let label = tf(Msg::PathLabel, &[("from", &p.from), ("to", &p.to), ("std", &p.std), ("p", &p.p_text), ("hypothesis", &p.hypothesis), ("result", &explorer_core::text::fold(&result))]);
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
            <g class={classes!("edge", format!("sig-{stars}"), selected.then_some("selected"), in_chain.then_some("in-chain"))} role="button" tabindex="0"
               aria-pressed={selected.to_string()} aria-label={label} {onclick} {onkeydown}>
                <line x1={sx.to_string()} y1={sy.to_string()} x2={ex.to_string()} y2={ey.to_string()} marker-end="url(#arrow)" />
                <line class="hit" x1={sx.to_string()} y1={sy.to_string()} x2={ex.to_string()} y2={ey.to_string()} />
                <rect x={(mx - 42).to_string()} y={(my - 12).to_string()} width="84" height="24" rx="4" />
                <text x={mx.to_string()} y={(my + 5).to_string()} text-anchor="middle">{ format!("{value}{}", p.p) }</text>
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
            { crate::components::figures::figure_downloads(crate::components::figures::Figure::paths(), t(Msg::FigStructural)) }
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
            { crate::components::figures::figure_downloads(crate::components::figures::Figure::timeline(), t(Msg::FigTimeline)) }
        </figure>
    }
}
