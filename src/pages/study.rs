//! A study page: what the paper asked, how, of whom, what it found, and its
//! model in tables that link into Trace and Firms.

use explorer_core::export::apa;
use explorer_core::model::HrAttribute;
use explorer_core::route::Route;
use explorer_core::{Dataset, Level, StudyId};
use yew::prelude::*;

use crate::components::data_error;
use crate::components::diagrams::{model_diagram, path_details, timeline, PathDiagramProps, path_diagram};
use crate::components::hr_marks::{hr_legend, hr_mark};
use crate::components::notes::source_notes;
use crate::components::passage::interview_passage;
use explorer_core::effects::all_effects;
use explorer_core::text::{format_fixed3, parse_decimal};
use crate::data::dataset;
use crate::i18n::{english, ours, printed, t, tf, with_code};
use crate::pages::glossary::term_link;
use explorer_core::i18n::Msg;

/// A study's page; `section` is the in-page section the URL names, if any.
pub fn study_page(id: &str, section: Option<&str>) -> Html {
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    let given = id;
    let Some(id) = StudyId::parse(given) else {
        let shown: String = given.chars().take(60).collect();
        return html! {
            <section class="panel">
                <h1>{ crate::i18n::tx(Msg::TitleStudyNotFound) }</h1>
                <p>{ with_code(t(Msg::StudyNotFoundText), "id", &shown) }</p>
                <ul class="link-list">
                    { for StudyId::ALL.into_iter().map(|s| html! {
                        <li><a href={Route::Study(s.as_str().into()).to_hash()}>{ crate::i18n::study_name_text(s) }</a></li>
                    }) }
                </ul>
            </section>
        };
    };
    let study = dataset.study(id);
    let title = match &study.title {
        Some(title) => printed(title.clone()),
        None => html! { { crate::i18n::txf(Msg::TitleNotPrinted, &[("name", &crate::i18n::study_name(id))]) } },
    };
    html! {
        <article class="study">
            <p class="kicker">{ crate::i18n::study_name_text(id) }{ " · " }{ study.year }</p>
            <h1>{ title }</h1>
            if !study.authors.is_empty() {
                <p class="authors" lang="en">{ study.authors.join(", ") }</p>
            }
            <p class="citation" lang="en">{ apa(study) }</p>
            <dl class="facts">
                <dt>{ crate::i18n::tx(Msg::Question) }</dt><dd>{ ours(&study.research_question) }</dd>
                <dt>{ crate::i18n::tx(Msg::Method) }</dt><dd>{ ours(&study.method) }</dd>
                <dt>{ crate::i18n::tx(Msg::Sample) }</dt><dd>{ ours(&study.sample) }</dd>
            </dl>
            <section id="findings" aria-labelledby="findings-heading">
                <h2 id="findings-heading">{ crate::i18n::tx(Msg::KeyFindings) }</h2>
                <ul>{ for study.findings.iter().map(|f| html! { <li>{ ours(f) }</li> }) }</ul>
                <p class="provenance">{ crate::i18n::tx(Msg::SourceLabel) }{ english(study.source.clone()) }{ crate::i18n::tx(Msg::SummariesOurs) }</p>
            </section>
            { model(&dataset, id, section) }
            <div id="notes">
                { source_notes(&dataset.sources.notes(id).iter().collect::<Vec<_>>(), None) }
            </div>
        </article>
    }
}

fn model(dataset: &Dataset, id: StudyId, section: Option<&str>) -> Html {
    match id {
        StudyId::SmallGiants => small_giants(dataset, section),
        StudyId::HaierHuawei => haier_huawei(dataset),
        StudyId::KunmingSem => html! { <KunmingModel /> },
        StudyId::BeijingSmes => beijing(dataset),
    }
}

fn code_link(dataset: &Dataset, id: &str) -> Html {
    let label = dataset.code(id).map(|c| c.label.clone()).unwrap_or_default();
    html! { <a href={Route::Trace(id.to_string()).to_hash()}><span class="code" lang="en">{ id }</span>{ " " }{ printed(label) }</a> }
}

fn small_giants(dataset: &Dataset, section: Option<&str>) -> Html {
    let sg = &dataset.sources.small_giants;
    let criteria: Vec<_> = sg.criterion.iter().filter(|c| c.id != "revenue").collect();
    html! {
        <>
            <section id="model" aria-labelledby="model-heading">
                <h2 id="model-heading">{ crate::i18n::tx(Msg::SgModelHeading) }</h2>
                { for sg.model_summary.iter().map(|p| html! { <p>{ ours(p) }</p> }) }
                { model_diagram(dataset) }
                <h3>{ crate::i18n::tx(Msg::ModelAsList) }</h3>
                <div class="model-columns">
                    { for dataset.codes_at(Level::CoreCategory).map(|core| html! {
                        <section class="model-column" aria-labelledby={format!("column-{}", core.id)}>
                            <h3 id={format!("column-{}", core.id)}>{ code_link(dataset, &core.id) }</h3>
                            <ul>
                                { for core.children.iter().map(|s| html! { <li>{ code_link(dataset, s) }</li> }) }
                            </ul>
                        </section>
                    }) }
                </div>
                <p><a href="#/trace">{ crate::i18n::tx(Msg::BrowseFiveLevels) }</a></p>
            </section>
            { interview_passage(section) }
            <section id="firms" aria-labelledby="firms-heading">
                <h2 id="firms-heading">{ crate::i18n::tx(Msg::SgFirmsHeading) }</h2>
                <p class="scroll-hint" aria-hidden="true">{ crate::i18n::tx(Msg::ScrollHint) }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label={t(Msg::SgTable1Region)}>
                    <table>
                        <caption>{ printed("Five Chosen Science and Technology Small Giants.") }{ " " }{ crate::i18n::tx(Msg::SgTable1Caption) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ crate::i18n::tx(Msg::Initials) }</th>
                                <th scope="col">{ crate::i18n::tx(Msg::Type) }</th>
                                <th scope="col">{ crate::i18n::tx(Msg::Revenue) }</th>
                                { for criteria.iter().map(|c| html! { <th scope="col" lang="en">{ &c.table_column }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for sg.firm.iter().map(|f| html! {
                                <tr>
                                    <th scope="row"><a href={Route::Firm(f.id.clone()).to_hash()} lang="en">{ &f.id }</a></th>
                                    <td lang="en">{ &f.firm_type }</td>
                                    <td class="num">{ &f.annual_sales_revenue_millions }</td>
                                    { for criteria.iter().map(|c| html! { <td class="mark">{ if f.meets.contains(&c.id) { "Y" } else { "" } }</td> }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <h3>{ crate::i18n::tx(Msg::SelectionCriteria) }</h3>
                <ul>{ for sg.criterion.iter().map(|c| html! { <li>{ "“" }{ printed(c.text.clone()) }{ "”" }</li> }) }</ul>
                <h3>{ crate::i18n::tx(Msg::Interviewed) }</h3>
                <ul>
                    { for sg.interviewees.level.iter().map(|l| html! { <li>{ printed(l.label.clone()) }{ ": " }{ l.count }</li> }) }
                    <li>{ crate::i18n::txf(Msg::InterviewTotal, &[("n", &sg.interviewees.total.to_string())]) }</li>
                </ul>
            </section>
        </>
    }
}

fn haier_huawei(dataset: &Dataset) -> Html {
    let hh = &dataset.sources.haier_huawei;
    let milestones = explorer_core::order::sorted_by_key(hh.milestone.iter().collect(), |m| u64::from(m.year));
    html! {
        <>
            <section id="milestones" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{ crate::i18n::tx(Msg::DatedMilestones) }</h2>
                { timeline(dataset) }
                <ol class="timeline" aria-label={t(Msg::MilestonesInOrder)}>
                    { for milestones.iter().map(|m| html! {
                        <li>
                            <span class="year">{ if m.approximate { tf(Msg::About, &[("year", &m.year.to_string())]) } else { m.year.to_string() } }</span>
                            <span class="company" lang="en">{ &m.company }</span>
                            <span>{ ours(&m.text) }</span>
                            <span class="provenance">{ english(m.source.clone()) }</span>
                        </li>
                    }) }
                </ol>
                <h3>{ crate::i18n::tx(Msg::StagesAsNamed) }</h3>
                <div class="two-columns">
                    { for hh.company.iter().map(|c| html! {
                        <div>
                            <h4><a href={Route::Firm(c.id.clone()).to_hash()} lang="en">{ &c.id }</a></h4>
                            <ol>
                                { for hh.stage.iter().filter(|s| s.company == c.id).map(|s| html! {
                                    <li><strong lang="en">{ &s.name }</strong>{ ": " }{ ours(&s.summary) }</li>
                                }) }
                            </ol>
                        </div>
                    }) }
                </div>
            </section>
            <section id="paths" aria-labelledby="paths-heading">
                <h2 id="paths-heading">{ crate::i18n::tx(Msg::PathsHeading) }</h2>
                { for hh.path.iter().map(|p| html! {
                    <article class="panel path" id={format!("path-{}", p.id)}>
                        <h3>{ p.number }{ ". " }{ printed(p.title.clone()) }</h3>
                        <p>{ ours(&p.summary) }</p>
                        if p.evidence.iter().any(|e| e.company == "both") {
                            <div class="evidence">
                                <h4>{ crate::i18n::tx(Msg::BothCompanies) }</h4>
                                <ul>{ for p.evidence.iter().filter(|e| e.company == "both").map(evidence_item) }</ul>
                            </div>
                        }
                        <div class="two-columns">
                            { for ["Haier", "Huawei"].into_iter().map(|company| html! {
                                <div class="evidence">
                                    <h4 lang="en">{ company }</h4>
                                    <ul>{ for p.evidence.iter().filter(|e| e.company == company).map(evidence_item) }</ul>
                                </div>
                            }) }
                        </div>
                        <p class="provenance">{ crate::i18n::tx(Msg::SourceLabel) }{ english(p.source.clone()) }</p>
                    </article>
                }) }
            </section>
        </>
    }
}

fn evidence_item(e: &explorer_core::model::PathEvidence) -> Html {
    html! {
        <li>
            { ours(&e.text) }
            if let Some(q) = &e.quote { <blockquote lang="en">{ "“" }{ q }{ "”" }</blockquote> }
            <span class="provenance">{ " (" }{ english(e.source.clone()) }{ ")" }</span>
        </li>
    }
}

#[component]
fn KunmingModel() -> Html {
    let selected = use_state(|| None::<String>);
    let Ok(dataset) = dataset() else { return html! {} };
    let dataset = &*dataset;
    let k = &dataset.sources.kunming;
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |key: String| selected.set(Some(key)))
    };
    let computed = all_effects(k);
    html! {
        <>
            <section id="structural" aria-labelledby="structural-heading">
                <h2 id="structural-heading">{ crate::i18n::tx(Msg::StructuralHeading) }</h2>
                <div class="diagram-with-details">
                    { path_diagram(&PathDiagramProps { selected: (*selected).clone(), on_select }) }
                    { path_details(dataset, selected.as_deref().unwrap_or_default()) }
                </div>
                <h3>{ crate::i18n::tx(Msg::PathsAsTable) }</h3>
                <p class="scroll-hint" aria-hidden="true">{ crate::i18n::tx(Msg::ScrollHint) }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label={t(Msg::PathsRegion)}>
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
                                        <th scope="row">{ code_link(dataset, &p.from) }{ " → " }{ code_link(dataset, &p.to) }</th>
                                        <td class="num">{ &p.std }</td><td class="num">{ &p.estimate }</td><td class="num">{ &p.se }</td>
                                        <td class="num">{ &p.cr }</td><td>{ &p.p }</td><td>{ &p.p_text }</td>
                                        <td>{ &p.hypothesis }</td><td lang="en">{ h.map(|h| h.result.clone()).unwrap_or_default() }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <h3 id="hypotheses">{ crate::i18n::tx(Msg::Hypotheses) }</h3>
                <ul>{ for k.hypothesis.iter().map(|h| html! { <li><strong>{ &h.id }</strong>{ ": “" }{ printed(h.text.clone()) }{ "” — " }{ printed(h.result.clone()) }</li> }) }</ul>
            </section>
            <section id="effects" aria-labelledby="effects-heading">
                <h2 id="effects-heading">{ crate::i18n::tx(Msg::EffectsHeading) }</h2>
                <p class="callout">{ crate::i18n::tx(Msg::EffectsCallout) }</p>
                <p class="scroll-hint" aria-hidden="true">{ crate::i18n::tx(Msg::ScrollHint) }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label={t(Msg::EffectsRegion)}>
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
                </div>
            </section>
            <section id="measurement" aria-labelledby="measurement-heading">
                <h2 id="measurement-heading">{ crate::i18n::tx(Msg::MeasurementHeading) }</h2>
                <div class="model-columns">
                    { for k.construct.iter().map(|c| html! {
                        <section class="model-column" aria-labelledby={format!("column-{}", c.id)}>
                            <h3 id={format!("column-{}", c.id)}>{ code_link(dataset, &c.id) }</h3>
                            <ul>
                                { for k.dimension.iter().filter(|d| d.construct == c.id).map(|d| html! {
                                    <li>{ code_link(dataset, &d.id) }<span class="muted" lang="en">{ format!(" α {} · CR {} · AVE {}", dash(&d.alpha), dash(&d.cr), dash(&d.ave)) }</span></li>
                                }) }
                            </ul>
                        </section>
                    }) }
                </div>
                <p>{ crate::i18n::marked(t(Msg::Thresholds)) }{ " " }{ term_link("CR", "composite-reliability") }{ " · " }{ term_link("AVE", "average-variance-extracted") }</p>
                <h3>{ crate::i18n::tx(Msg::Items) }</h3>
                <p class="scroll-hint" aria-hidden="true">{ crate::i18n::tx(Msg::ScrollHint) }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label={t(Msg::ItemsRegion)}>
                    <table>
                        <caption>{ crate::i18n::tx(Msg::ItemsCaption) }</caption>
                        <thead><tr><th scope="col">{ crate::i18n::tx(Msg::ColItem) }</th><th scope="col">{ crate::i18n::tx(Msg::ColDimension) }</th><th scope="col" lang="en">{ "CITC" }</th><th scope="col">{ crate::i18n::tx(Msg::ColAlphaIfDeleted) }</th><th scope="col">{ term_link(t(Msg::ColStdLoading), "loading") }</th></tr></thead>
                        <tbody>
                            { for k.item.iter().map(|i| {
                                let low = parse_decimal(&i.std_loading).is_some_and(|v| v < 0.5);
                                html! {
                                    <tr>
                                        <th scope="row">{ code_link_id(&i.id) }</th>
                                        <td>{ i.dimensions.join(", ") }</td>
                                        <td class="num">{ &i.citc }</td>
                                        <td class="num">{ &i.alpha_if_deleted }</td>
                                        <td class={classes!("num", low.then_some("below"))}>{ &i.std_loading }{ if low { t(Msg::BelowHalf) } else { "" } }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <h3>{ crate::i18n::tx(Msg::FitIndices) }</h3>
                if k.fit_index.is_empty() {
                    <p>{ crate::i18n::marked(t(Msg::NoFitIndex)) }</p>
                } else {
                    <ul>{ for k.fit_index.iter().map(|f| html! { <li>{ crate::i18n::txf(Msg::FitLine, &[("name", &f.name), ("value", &f.value), ("threshold", &f.threshold)]) }</li> }) }</ul>
                }
            </section>
            <section id="sample" aria-labelledby="sample-heading">
                <h2 id="sample-heading">{ crate::i18n::tx(Msg::SampleHeading) }</h2>
                <p class="scroll-hint" aria-hidden="true">{ crate::i18n::tx(Msg::ScrollHint) }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label={t(Msg::SampleRegion)}>
                    <table>
                        <thead lang="en"><tr><th scope="col">{ "Category" }</th><th scope="col">{ "Classify" }</th><th scope="col">{ "Frequency" }</th><th scope="col">{ "Percentage" }</th></tr></thead>
                        <tbody>
                            { for k.sample_row.iter().map(|r| html! {
                                <tr><td lang="en">{ &r.category }</td><td lang="en">{ &r.classify }</td><td class="num">{ r.frequency }</td><td class="num">{ &r.percentage }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>
        </>
    }
}

fn code_link_id(id: &str) -> Html {
    html! { <a href={Route::Trace(id.to_string()).to_hash()}>{ id }</a> }
}

fn dash(value: &str) -> &str {
    if value.is_empty() { "—" } else { value }
}

fn beijing(dataset: &Dataset) -> Html {
    let b = &dataset.sources.beijing;
    html! {
        <>
            <section id="table1" aria-labelledby="matrix-heading">
                <h2 id="matrix-heading">{ crate::i18n::tx(Msg::BjMatrixHeading) }</h2>
                <p class="scroll-hint" aria-hidden="true">{ crate::i18n::tx(Msg::ScrollHint) }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label={t(Msg::BjMatrixRegion)}>
                    <table class="matrix">
                        <caption>{ crate::i18n::marked(t(Msg::BjMatrixCaption)) }</caption>
                        <thead><tr>
                            <th scope="col">{ crate::i18n::tx(Msg::Attribute) }</th>
                            { for b.firm.iter().map(|f| html! { <th scope="col"><a href={Route::Firm(f.id.clone()).to_hash()} lang="en">{ &f.id }</a></th> }) }
                        </tr></thead>
                        <tbody>
                            { for b.hr_row.iter().map(|row| {
                                let filter = Route::Firms(Default::default()).to_hash() + &format!("?{}=yes", row.attribute.key());
                                html! {
                                    <tr>
                                        <th scope="row"><a href={filter} lang="en">{ &row.label }</a></th>
                                        { for b.firm.iter().map(|f| html! { <td class="mark">{ hr_mark(Some(row.marked.contains(&f.id))) }</td> }) }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                { hr_legend(false) }
                <p>{ crate::i18n::fill_html(t(Msg::BjFilterIn), &[
                    ("firms", html! { <a href={format!("#/firms?study={}", StudyId::BeijingSmes)}>{ crate::i18n::tx(Msg::NavFirms) }</a> }),
                    ("example", html! { <a href={format!("#/firms?{}=yes&{}=yes", HrAttribute::StudyAbroad.key(), HrAttribute::ForeignOrigin.key())}>{ crate::i18n::tx(Msg::BjExample) }</a> }),
                ]) }</p>
            </section>
            <section id="mechanisms" aria-labelledby="mechanisms-heading">
                <h2 id="mechanisms-heading">{ crate::i18n::tx(Msg::MechanismsHeading) }</h2>
                { for b.mechanism.iter().map(|m| html! {
                    <article class="panel">
                        <h3>{ ours(&m.title) }</h3>
                        <p>{ ours(&m.summary) }</p>
                        <p>{ crate::i18n::tx(Msg::FirmsNamed) }
                            { for m.firms.iter().enumerate().map(|(i, f)| html! {
                                <>{ if i > 0 { ", " } else { "" } }<a href={Route::Firm(f.clone()).to_hash()} lang="en">{ f }</a></>
                            }) }
                        </p>
                        <p class="provenance">{ crate::i18n::tx(Msg::SourceLabel) }{ english(m.source.clone()) }</p>
                    </article>
                }) }
            </section>
        </>
    }
}
