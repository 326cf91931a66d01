//! The Kunming study's sections: the structural model (a diagram whose
//! selected path is this section's state), the effects computed here, the
//! measurement model and the sample.

use explorer_core::Dataset;
use explorer_core::i18n::Msg;
use yew::prelude::*;

use crate::i18n::{printed, t};
use explorer_core::effects::all_effects;
use explorer_core::text::{format_fixed3, parse_decimal};

use super::{code_link, code_link_id, dash};
use crate::components::notes::note_mark;

const KM: explorer_core::StudyId = explorer_core::StudyId::KunmingSem;
use crate::components::diagrams::{path_details, path_diagram, PathDiagramProps};
use crate::data::dataset;
use crate::components::term_link::term_link;

/// The study's first section, the structural model drawn, and the items of
/// a dimension (in the split release, this study's sections' module:
/// `views::sections`).
pub fn sections(dataset: &Dataset, piece: super::Piece) -> Html {
    match piece {
        super::Piece::Section("structural", _) => html! { <Structural /> },
        // The items a dimension loads, as the tour's first step shows them
        // (with the module its link preloads: `part::sections_of_key`).
        super::Piece::Loadings(dimension) => item_loadings(&dataset.sources.kunming, dimension),
        _ => Html::default(),
    }
}

/// The rest of the study's sections (in the split release, a module of
/// their own, fetched at the reader's first move: `views::rest`,
/// `explorer_core::part::REST`); a tour's step shows the effects from it.
pub fn rest(dataset: &Dataset, piece: super::Piece) -> Html {
    match piece {
        super::Piece::Section("effects", _) => effects(dataset),
        super::Piece::Section("measurement", _) => measurement(dataset),
        super::Piece::Section("sample", _) => sample(dataset),
        // The structural model's paths, by the name `part::REST` gives
        // their block (its element's id).
        super::Piece::Section(block, _) => paths(dataset, block),
        _ => Html::default(),
    }
}

/// The structural model's selected path (see [`Structural`]).
struct Selected(Option<String>);

#[component]
pub fn Structural() -> Html {
    // The path selected, in a type of its own: the code tree's state is an
    // `Option<String>`, and a hook of the same type would be code the trace
    // and this study's module share, a chunk the trace would fetch for it.
    let selected = use_state(|| Selected(None));
    // Which estimates label the paths, and the highlighted indirect chain.
    let view = use_state(|| (false, None::<usize>));
    let Ok(dataset) = dataset() else { return html! {} };
    let dataset = &*dataset;
    let k = &dataset.sources.kunming;
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |key: String| selected.set(Selected(Some(key))))
    };
    html! {
            <section class="deferred" id="structural" aria-labelledby="structural-heading">
                <h2 id="structural-heading">{ crate::i18n::tx(Msg::StructuralHeading) }</h2>
                <div class="diagram-with-details">
                    { {
                        let effects = all_effects(k);
                        let chains: Vec<(Vec<String>, f64)> = effects
                            .iter()
                            .flat_map(|e| e.chains.iter().filter(|c| !c.is_direct()).map(|c| (c.constructs().into_iter().map(String::from).collect::<Vec<_>>(), c.effect)))
                            .collect();
                        let (unstandardised, chain) = *view;
                        let highlighted = chain.and_then(|i| chains.get(i)).map(|(c, _)| c.clone()).unwrap_or_default();
                        let toggle = |value: bool, msg: Msg| {
                            let view = view.clone();
                            html! {
                                <button type="button" aria-pressed={(unstandardised == value).to_string()}
                                    onclick={Callback::from(move |_| view.set((value, view.1)))}>{ crate::i18n::tx(msg) }</button>
                            }
                        };
                        html! {
                            <div>
                                <div class="segmented" role="group" aria-label={t(Msg::EstimatesShown)}>
                                    { toggle(false, Msg::ShowStandardised) }{ toggle(true, Msg::ShowUnstandardised) }
                                </div>
                                { path_diagram(&PathDiagramProps { selected: selected.0.clone(), on_select, unstandardised, chain: highlighted }) }
                                <p class="legend">{ crate::i18n::tx(Msg::SignificanceLegend) }</p>
                                <p class="hint">{ crate::i18n::tx(Msg::ChainsHeading) }</p>
                                <ul class="chain-buttons">
                                    { for chains.iter().enumerate().map(|(i, (c, product))| {
                                        let view = view.clone();
                                        let on = chain == Some(i);
                                        html! {
                                            <li><button type="button" aria-pressed={on.to_string()}
                                                onclick={Callback::from(move |_| view.set((view.0, if on { None } else { Some(i) })))}>
                                                { crate::i18n::txf(Msg::ChainProduct, &[("chain", &c.join(" → ")), ("product", &format_fixed3(*product))]) }
                                            </button></li>
                                        }
                                    }) }
                                </ul>
                            </div>
                        }
                    } }
                    { path_details(dataset, selected.0.as_deref().unwrap_or_default()) }
                </div>
            </section>
    }
}

/// The structural model's paths as a table, and its hypotheses: below the
/// diagram, a block of the rest of the sections, `block` by name. (The name
/// is not written here: a string this module and the studies' part both
/// held would be a module of its own, a few bytes long.)
fn paths(dataset: &Dataset, block: &str) -> Html {
    let k = &dataset.sources.kunming;
    html! {
            <section class="deferred" id={block.to_string()}>
                <h3>{ crate::i18n::tx(Msg::PathsAsTable) }</h3>
                { crate::components::table_region(t(Msg::PathsRegion), false, html! {
                    <table>
                        <caption>{ crate::i18n::tx(Msg::PathsCaption) }</caption>
                        <thead><tr>
                            <th scope="col">{ crate::i18n::tx(Msg::ColPath) }</th><th scope="col">{ term_link(t(Msg::ColStandardised), "path-coefficient") }</th><th scope="col">{ crate::i18n::tx(Msg::ColEstimate) }</th>
                            <th scope="col" lang="en">{ "S.E." }</th><th scope="col" lang="en">{ "C.R." }</th><th scope="col">{ crate::i18n::tx(Msg::ColPTable) }</th>
                            <th scope="col">{ crate::i18n::tx(Msg::ColPText) }</th><th scope="col">{ crate::i18n::tx(Msg::ColHypothesis) }</th><th scope="col">{ crate::i18n::tx(Msg::ColResult) }</th>
                        </tr></thead>
                        <tbody>
                            { for k.structural_path.iter().map(|p| {
                                let h = k.hypothesis.iter().find(|h| h.id == p.hypothesis);
                                html! {
                                    <tr>
                                        <th scope="row">{ code_link(dataset, &p.from) }{ " → " }{ code_link(dataset, &p.to) }{ note_mark(KM, &format!("structural_path:{}->{}", p.from, p.to)) }</th>
                                        <td class="num">{ &p.std }</td><td class="num">{ &p.estimate }</td><td class="num">{ &p.se }</td>
                                        <td class="num">{ &p.cr }</td><td>{ &p.p }</td><td>{ &p.p_text }</td>
                                        <td>{ &p.hypothesis }</td><td lang="en">{ h.map(|h| h.result.clone()).unwrap_or_default() }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }) }
                <h3 id="hypotheses">{ crate::i18n::tx(Msg::Hypotheses) }</h3>
                <ul>{ for k.hypothesis.iter().map(|h| html! { <li><strong>{ &h.id }</strong>{ ": “" }{ printed(h.text.clone()) }{ "” — " }{ printed(h.result.clone()) }</li> }) }</ul>
            </section>
    }
}

pub fn effects(dataset: &Dataset) -> Html {
    let computed = all_effects(&dataset.sources.kunming);
    html! {
            <section class="deferred" id="effects" aria-labelledby="effects-heading">
                <h2 id="effects-heading">{ crate::i18n::tx(Msg::EffectsHeading) }</h2>
                <p class="callout">{ crate::i18n::tx(Msg::EffectsCallout) }</p>
                { crate::components::table_region(t(Msg::EffectsRegion), false, html! {
                    <table>
                        <caption>{ crate::i18n::tx(Msg::EffectsCaption) }</caption>
                        <thead><tr><th scope="col">{ crate::i18n::tx(Msg::ColEffect) }</th><th scope="col">{ crate::i18n::tx(Msg::ColChains) }</th><th scope="col">{ crate::i18n::tx(Msg::ColDirect) }</th><th scope="col">{ term_link(t(Msg::ColIndirect), "indirect-effect") }</th><th scope="col">{ term_link(t(Msg::ColTotal), "total-effect") }</th></tr></thead>
                        <tbody>
                            { for computed.iter().map(|e| html! {
                                <tr>
                                    <th scope="row">{ format!("{} → {}", e.from, e.to) }</th>
                                    <td>{ e.chains.iter().map(|c| format!("{} ({})", c.constructs().join(" → "), format_fixed3(c.effect))).collect::<Vec<_>>().join("; ") }</td>
                                    <td class="num">{ format_fixed3(e.direct) }</td>
                                    <td class="num">{ format_fixed3(e.indirect) }</td>
                                    <td class="num">{ format_fixed3(e.total) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }) }
            </section>
    }
}

pub fn measurement(dataset: &Dataset) -> Html {
    let k = &dataset.sources.kunming;
    html! {
            <section class="deferred" id="measurement" aria-labelledby="measurement-heading">
                <h2 id="measurement-heading">{ crate::i18n::tx(Msg::MeasurementHeading) }</h2>
                { crate::components::check_marks::check_marks(KM, &k.dimension.iter().map(|d| format!("dimension:{}", d.id)).chain(k.construct.iter().map(|c| format!("construct:{}", c.id))).collect::<Vec<_>>()) }
                <div class="model-columns">
                    { for k.construct.iter().map(|c| html! {
                        <section class="model-column" aria-labelledby={format!("column-{}", c.id)}>
                            <h3 id={format!("column-{}", c.id)}>{ code_link(dataset, &c.id) }{ note_mark(KM, &format!("construct:{}", c.id)) }{ crate::components::check_marks::check_badge(KM, &format!("construct:{}", c.id)) }</h3>
                            <ul>
                                { for k.dimension.iter().filter(|d| d.construct == c.id).map(|d| html! {
                                    <li>{ code_link(dataset, &d.id) }{ note_mark(KM, &format!("dimension:{}", d.id)) }{ crate::components::check_marks::check_badge(KM, &format!("dimension:{}", d.id)) }<span class="muted" lang="en">{ format!(" α {} · CR {} · AVE {}", dash(&d.alpha), dash(&d.cr), dash(&d.ave)) }</span>
                                        <span class="muted">{ crate::i18n::txf(Msg::LoadingOf, &[("value", &d.loading_std)]) }</span>
                                        { item_loadings(k, &d.id) }
                                    </li>
                                }) }
                            </ul>
                        </section>
                    }) }
                </div>
                <p>{ crate::i18n::marked(t(Msg::Thresholds)) }{ " " }{ term_link("CR", "composite-reliability") }{ " · " }{ term_link("AVE", "average-variance-extracted") }</p>
                <h3 id="items">{ crate::i18n::tx(Msg::Items) }</h3>
                { row_filter("items-table", t(Msg::FilterItems)) }
                { crate::components::table_region(t(Msg::ItemsRegion), true, html! {
                    <table id="items-table">
                        <caption>{ crate::i18n::tx(Msg::ItemsCaption) }</caption>
                        <thead><tr><th scope="col">{ crate::i18n::tx(Msg::ColItem) }</th><th scope="col">{ crate::i18n::tx(Msg::ColDimension) }</th><th scope="col" lang="en">{ "CITC" }</th><th scope="col">{ crate::i18n::tx(Msg::ColAlphaIfDeleted) }</th><th scope="col">{ term_link(t(Msg::ColStdLoading), "loading") }</th></tr></thead>
                        <tbody>
                            { for k.item.iter().map(|i| {
                                let low = parse_decimal(&i.std_loading).is_some_and(|v| v < 0.5);
                                html! {
                                    <tr>
                                        <th scope="row">{ code_link_id(&i.id) }{ note_mark(KM, &format!("item:{}", i.id)) }</th>
                                        <td>{ i.dimensions.join(", ") }</td>
                                        <td class="num">{ &i.citc }</td>
                                        <td class="num">{ &i.alpha_if_deleted }</td>
                                        <td class={classes!("num", low.then_some("below"))}>{ &i.std_loading }{ if low { t(Msg::BelowHalf) } else { "" } }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }) }
                <h3>{ crate::i18n::tx(Msg::FitIndices) }</h3>
                if k.fit_index.is_empty() {
                    <p>{ crate::i18n::marked(t(Msg::NoFitIndex)) }</p>
                } else {
                    <ul>{ for k.fit_index.iter().map(|f| html! { <li>{ crate::i18n::txf(Msg::FitLine, &[("name", &f.name), ("value", &f.value), ("threshold", &f.threshold)]) }</li> }) }</ul>
                }
            </section>
    }
}

pub fn sample(dataset: &Dataset) -> Html {
    let k = &dataset.sources.kunming;
    html! {
            <section class="deferred" id="sample" aria-labelledby="sample-heading">
                <h2 id="sample-heading">{ crate::i18n::tx(Msg::SampleHeading) }</h2>
                { crate::components::check_marks::check_marks(KM, &k.sample_row.iter().map(|r| format!("sample_row:{}", r.category)).collect::<Vec<_>>()) }
                { crate::components::table_region(t(Msg::SampleRegion), true, html! {
                    <table>
                        <thead lang="en"><tr><th scope="col">{ "Category" }</th><th scope="col">{ "Classify" }</th><th scope="col">{ "Frequency" }</th><th scope="col">{ "Percentage" }</th></tr></thead>
                        <tbody>
                            { for k.sample_row.iter().enumerate().map(|(i, r)| html! {
                                <tr><td><span lang="en">{ &r.category }</span>
                                    if i == 0 || k.sample_row[i - 1].category != r.category { { note_mark(KM, &format!("sample_row:{}", r.category)) } }
                                </td><td lang="en">{ &r.classify }</td><td class="num">{ r.frequency }</td><td class="num">{ &r.percentage }</td></tr>
                            }) }
                        </tbody>
                    </table>
                }) }
            </section>
    }
}

/// A filter box for a long table: rows whose text does not contain what is
/// typed are hidden (the table's own DOM, not part of the view's state), and
/// a polite status says how many remain.
fn row_filter(table: &'static str, label: &'static str) -> Html {
    let oninput = Callback::from(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        let (shown, total) = crate::browser::filter_rows(table, &input.value());
        crate::browser::set_text(&format!("{table}-status"), &crate::i18n::tf(Msg::ItemsShown, &[("shown", &shown.to_string()), ("total", &total.to_string())]));
    });
    html! {
        <p class="row-filter">
            <label for={format!("{table}-filter")}>{ label }</label>
            <input id={format!("{table}-filter")} type="search" autocomplete="off" spellcheck="false" {oninput} />
            <span id={format!("{table}-status")} class="muted" role="status" aria-live="polite"></span>
        </p>
    }
}

/// A dimension's items as its CFA table loads them, each with its
/// standardised loading; loadings below the paper's 0.5 are marked, and an
/// item Table 2 also lists under another dimension says so.
pub fn item_loadings(k: &explorer_core::model::KunmingFile, dimension: &str) -> Html {
    let items: Vec<_> = k.item.iter().filter(|i| i.dimensions.last().is_some_and(|d| d == dimension)).collect();
    html! {
        <ul class="item-loadings" aria-label={crate::i18n::tf(Msg::ItemsUnder, &[("dim", dimension)])}>
            { for items.into_iter().map(|i| {
                let low = parse_decimal(&i.std_loading).is_some_and(|v| v < explorer_core::checks::LOADING_MIN);
                let others: Vec<&str> = i.dimensions.iter().filter(|d| *d != dimension).map(String::as_str).collect();
                html! {
                    <li class={classes!(low.then_some("below"))}>
                        { code_link_id(&i.id) }{ " " }<span class="num">{ &i.std_loading }</span>
                        if low { <span class="below-mark">{ crate::i18n::tx(Msg::BelowHalf) }</span> }
                        if !others.is_empty() { <span class="muted">{ " · " }{ crate::i18n::txf(Msg::AlsoListedUnder, &[("dims", &others.join(", "))]) }</span> }
                    </li>
                }
            }) }
        </ul>
    }
}
