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
                <h1>{ "Study not found" }</h1>
                <p>{ "No study is called " }<code>{ shown }</code>{ ". The four studies are:" }</p>
                <ul class="link-list">
                    { for StudyId::ALL.into_iter().map(|s| html! {
                        <li><a href={Route::Study(s.as_str().into()).to_hash()}>{ &dataset.study(s).short_title }</a></li>
                    }) }
                </ul>
            </section>
        };
    };
    let study = dataset.study(id);
    let title = study.title.clone().unwrap_or_else(|| format!("{} (title not printed in the source text)", study.short_title));
    html! {
        <article class="study">
            <p class="kicker">{ &study.short_title }{ " · " }{ study.year }</p>
            <h1>{ title }</h1>
            if !study.authors.is_empty() {
                <p class="authors">{ study.authors.join(", ") }</p>
            }
            <p class="citation">{ apa(study) }</p>
            <dl class="facts">
                <dt>{ "Question" }</dt><dd>{ &study.research_question }</dd>
                <dt>{ "Method" }</dt><dd>{ &study.method }</dd>
                <dt>{ "Sample" }</dt><dd>{ &study.sample }</dd>
            </dl>
            <section id="findings" aria-labelledby="findings-heading">
                <h2 id="findings-heading">{ "Key findings" }</h2>
                <ul>{ for study.findings.iter().map(|f| html! { <li>{ f }</li> }) }</ul>
                <p class="provenance">{ "Source: " }{ &study.source }{ ". Summaries in our own words." }</p>
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
    html! { <a href={Route::Trace(id.to_string()).to_hash()}><span class="code">{ id }</span>{ " " }{ label }</a> }
}

fn small_giants(dataset: &Dataset, section: Option<&str>) -> Html {
    let sg = &dataset.sources.small_giants;
    let criteria: Vec<_> = sg.criterion.iter().filter(|c| c.id != "revenue").collect();
    html! {
        <>
            <section id="model" aria-labelledby="model-heading">
                <h2 id="model-heading">{ "The sustainable innovation model" }</h2>
                { for sg.model_summary.iter().map(|p| html! { <p>{ p }</p> }) }
                { model_diagram(dataset) }
                <h3>{ "The model as a list" }</h3>
                <div class="model-columns">
                    { for dataset.codes_at(Level::CoreCategory).map(|core| html! {
                        <section class="model-column" aria-label={format!("{} {}", core.id, core.label)}>
                            <h3>{ code_link(dataset, &core.id) }</h3>
                            <ul>
                                { for core.children.iter().map(|s| html! { <li>{ code_link(dataset, s) }</li> }) }
                            </ul>
                        </section>
                    }) }
                </div>
                <p><a href="#/trace">{ "Browse all five levels in Trace" }</a></p>
            </section>
            { interview_passage(section) }
            <section id="firms" aria-labelledby="firms-heading">
                <h2 id="firms-heading">{ "The five firms (Table 1)" }</h2>
                <p class="scroll-hint" aria-hidden="true">{ "Scroll sideways to see every column →" }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Table 1: the five small giants (scrolls sideways)">
                    <table>
                        <caption>{ "Five Chosen Science and Technology Small Giants. Y: meets the criterion; blank: not marked." }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Initials" }</th>
                                <th scope="col">{ "Type" }</th>
                                <th scope="col">{ "Annual sales revenue (millions)" }</th>
                                { for criteria.iter().map(|c| html! { <th scope="col">{ &c.table_column }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for sg.firm.iter().map(|f| html! {
                                <tr>
                                    <th scope="row"><a href={Route::Firm(f.id.clone()).to_hash()}>{ &f.id }</a></th>
                                    <td>{ &f.firm_type }</td>
                                    <td class="num">{ &f.annual_sales_revenue_millions }</td>
                                    { for criteria.iter().map(|c| html! { <td class="mark">{ if f.meets.contains(&c.id) { "Y" } else { "" } }</td> }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <h3>{ "Selection criteria (Section 3.1)" }</h3>
                <ul>{ for sg.criterion.iter().map(|c| html! { <li>{ "“" }{ &c.text }{ "”" }</li> }) }</ul>
                <h3>{ "Who was interviewed (Section 3.2)" }</h3>
                <ul>
                    { for sg.interviewees.level.iter().map(|l| html! { <li>{ &l.label }{ ": " }{ l.count }</li> }) }
                    <li>{ "Total: " }{ sg.interviewees.total }{ " management personnel" }</li>
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
                <h2 id="timeline-heading">{ "Dated milestones" }</h2>
                { timeline(dataset) }
                <ol class="timeline" aria-label="Milestones in order">
                    { for milestones.iter().map(|m| html! {
                        <li>
                            <span class="year">{ if m.approximate { format!("about {}", m.year) } else { m.year.to_string() } }</span>
                            <span class="company">{ &m.company }</span>
                            <span>{ &m.text }</span>
                            <span class="provenance">{ &m.source }</span>
                        </li>
                    }) }
                </ol>
                <h3>{ "Strategy stages as the paper names them" }</h3>
                <div class="two-columns">
                    { for hh.company.iter().map(|c| html! {
                        <div>
                            <h4><a href={Route::Firm(c.id.clone()).to_hash()}>{ &c.id }</a></h4>
                            <ol>
                                { for hh.stage.iter().filter(|s| s.company == c.id).map(|s| html! {
                                    <li><strong>{ &s.name }</strong>{ ": " }{ &s.summary }</li>
                                }) }
                            </ol>
                        </div>
                    }) }
                </div>
            </section>
            <section id="paths" aria-labelledby="paths-heading">
                <h2 id="paths-heading">{ "Paths to leading innovation" }</h2>
                { for hh.path.iter().map(|p| html! {
                    <article class="panel path" id={format!("path-{}", p.id)}>
                        <h3>{ p.number }{ ". " }{ &p.title }</h3>
                        <p>{ &p.summary }</p>
                        if p.evidence.iter().any(|e| e.company == "both") {
                            <div class="evidence">
                                <h4>{ "Both companies" }</h4>
                                <ul>{ for p.evidence.iter().filter(|e| e.company == "both").map(evidence_item) }</ul>
                            </div>
                        }
                        <div class="two-columns">
                            { for ["Haier", "Huawei"].into_iter().map(|company| html! {
                                <div class="evidence">
                                    <h4>{ company }</h4>
                                    <ul>{ for p.evidence.iter().filter(|e| e.company == company).map(evidence_item) }</ul>
                                </div>
                            }) }
                        </div>
                        <p class="provenance">{ "Source: " }{ &p.source }</p>
                    </article>
                }) }
            </section>
        </>
    }
}

fn evidence_item(e: &explorer_core::model::PathEvidence) -> Html {
    html! {
        <li>
            { &e.text }
            if let Some(q) = &e.quote { <blockquote>{ "“" }{ q }{ "”" }</blockquote> }
            <span class="provenance">{ " (" }{ &e.source }{ ")" }</span>
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
                <h2 id="structural-heading">{ "Structural model (Table 7, Table 8)" }</h2>
                <div class="diagram-with-details">
                    { path_diagram(&PathDiagramProps { selected: (*selected).clone(), on_select }) }
                    { path_details(dataset, selected.as_deref().unwrap_or_default()) }
                </div>
                <h3>{ "The paths as a table" }</h3>
                <p class="scroll-hint" aria-hidden="true">{ "Scroll sideways to see every column →" }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Structural paths (scrolls sideways)">
                    <table>
                        <caption>{ "Standardised path coefficients between the four constructs, with significance as printed and the hypothesis each path tests." }</caption>
                        <thead><tr>
                            <th scope="col">{ "Path" }</th><th scope="col">{ "Standardised" }</th><th scope="col">{ "Estimate" }</th>
                            <th scope="col">{ "S.E." }</th><th scope="col">{ "C.R." }</th><th scope="col">{ "P (table)" }</th>
                            <th scope="col">{ "P (text)" }</th><th scope="col">{ "Hypothesis" }</th><th scope="col">{ "Result" }</th>
                        </tr></thead>
                        <tbody>
                            { for k.structural_path.iter().map(|p| {
                                let h = k.hypothesis.iter().find(|h| h.id == p.hypothesis);
                                html! {
                                    <tr>
                                        <th scope="row">{ code_link(dataset, &p.from) }{ " → " }{ code_link(dataset, &p.to) }</th>
                                        <td class="num">{ &p.std }</td><td class="num">{ &p.estimate }</td><td class="num">{ &p.se }</td>
                                        <td class="num">{ &p.cr }</td><td>{ &p.p }</td><td>{ &p.p_text }</td>
                                        <td>{ &p.hypothesis }</td><td>{ h.map(|h| h.result.clone()).unwrap_or_default() }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <h3 id="hypotheses">{ "Hypotheses" }</h3>
                <ul>{ for k.hypothesis.iter().map(|h| html! { <li><strong>{ &h.id }</strong>{ ": “" }{ &h.text }{ "” — " }{ &h.result }</li> }) }</ul>
            </section>
            <section id="effects" aria-labelledby="effects-heading">
                <h2 id="effects-heading">{ "Indirect and total effects (computed here)" }</h2>
                <p class="callout">{ "Computed here by multiplying the printed standardised coefficients along each chain; the paper reports only the direct paths and tests no indirect effect." }</p>
                <p class="scroll-hint" aria-hidden="true">{ "Scroll sideways to see every column →" }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Indirect and total effects (scrolls sideways)">
                    <table>
                        <caption>{ "Direct effect: the single path; indirect: the sum of the products along longer chains; total: their sum." }</caption>
                        <thead><tr><th scope="col">{ "Effect" }</th><th scope="col">{ "Chains (product of coefficients)" }</th><th scope="col">{ "Direct" }</th><th scope="col">{ "Indirect" }</th><th scope="col">{ "Total" }</th></tr></thead>
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
                <h2 id="measurement-heading">{ "Measurement model" }</h2>
                <div class="model-columns">
                    { for k.construct.iter().map(|c| html! {
                        <section class="model-column" aria-label={format!("{} {}", c.id, c.label)}>
                            <h3>{ code_link(dataset, &c.id) }</h3>
                            <ul>
                                { for k.dimension.iter().filter(|d| d.construct == c.id).map(|d| html! {
                                    <li>{ code_link(dataset, &d.id) }<span class="muted">{ format!(" α {} · CR {} · AVE {}", dash(&d.alpha), dash(&d.cr), dash(&d.ave)) }</span></li>
                                }) }
                            </ul>
                        </section>
                    }) }
                </div>
                <p>{ "Thresholds the paper applies (citing Black et al., 2010, and Sharma et al., 1996): standardised loading above 0.5, composite reliability (CR) above 0.7, average variance extracted (AVE) above 0.5; it also reads Cronbach's α above 0.8 as high reliability and CITC above 0.4 as acceptable." }</p>
                <h3>{ "Items" }</h3>
                <p class="scroll-hint" aria-hidden="true">{ "Scroll sideways to see every column →" }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Items (scrolls sideways)">
                    <table>
                        <caption>{ "Reliability (Table 2) and standardised loadings (Tables 3–6). The questionnaire's wording is not printed." }</caption>
                        <thead><tr><th scope="col">{ "Item" }</th><th scope="col">{ "Dimension" }</th><th scope="col">{ "CITC" }</th><th scope="col">{ "α if deleted" }</th><th scope="col">{ "Std loading" }</th></tr></thead>
                        <tbody>
                            { for k.item.iter().map(|i| {
                                let low = parse_decimal(&i.std_loading).is_some_and(|v| v < 0.5);
                                html! {
                                    <tr>
                                        <th scope="row">{ code_link_id(&i.id) }</th>
                                        <td>{ i.dimensions.join(", ") }</td>
                                        <td class="num">{ &i.citc }</td>
                                        <td class="num">{ &i.alpha_if_deleted }</td>
                                        <td class={classes!("num", low.then_some("below"))}>{ &i.std_loading }{ if low { " (below 0.5)" } else { "" } }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <h3>{ "Fit indices" }</h3>
                if k.fit_index.is_empty() {
                    <p>{ "The paper says the model's fit was tested but prints no fit index (such as χ²/df, CFI or RMSEA), so none can be shown or compared with the usual thresholds; see the notes below." }</p>
                } else {
                    <ul>{ for k.fit_index.iter().map(|f| html! { <li>{ format!("{}: {} (threshold {})", f.name, f.value, f.threshold) }</li> }) }</ul>
                }
            </section>
            <section id="sample" aria-labelledby="sample-heading">
                <h2 id="sample-heading">{ "Sample (Table 1)" }</h2>
                <p class="scroll-hint" aria-hidden="true">{ "Scroll sideways to see every column →" }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Sample (scrolls sideways)">
                    <table>
                        <thead><tr><th scope="col">{ "Category" }</th><th scope="col">{ "Classify" }</th><th scope="col">{ "Frequency" }</th><th scope="col">{ "Percentage" }</th></tr></thead>
                        <tbody>
                            { for k.sample_row.iter().map(|r| html! {
                                <tr><td>{ &r.category }</td><td>{ &r.classify }</td><td class="num">{ r.frequency }</td><td class="num">{ &r.percentage }</td></tr>
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
                <h2 id="matrix-heading">{ "Human resources in the 19 case firms (Table 1)" }</h2>
                <p class="scroll-hint" aria-hidden="true">{ "Scroll sideways to see every column →" }</p>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Table 1: human resources in the 19 case firms (scrolls sideways)">
                    <table class="matrix">
                        <caption>{ "The paper prints X where “a presence of those individuals has been detected”; shown here as ✓ (present), and a blank as – (not detected)." }</caption>
                        <thead><tr>
                            <th scope="col">{ "Attribute" }</th>
                            { for b.firm.iter().map(|f| html! { <th scope="col"><a href={Route::Firm(f.id.clone()).to_hash()}>{ &f.id }</a></th> }) }
                        </tr></thead>
                        <tbody>
                            { for b.hr_row.iter().map(|row| {
                                let filter = Route::Firms(Default::default()).to_hash() + &format!("?{}=yes", row.attribute.key());
                                html! {
                                    <tr>
                                        <th scope="row"><a href={filter}>{ &row.label }</a></th>
                                        { for b.firm.iter().map(|f| html! { <td class="mark">{ hr_mark(Some(row.marked.contains(&f.id))) }</td> }) }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                { hr_legend(false) }
                <p>{ "Filter the firms by these attributes in " }<a href={format!("#/firms?study={}", StudyId::BeijingSmes)}>{ "Firms" }</a>{ ", for example those with " }
                    <a href={format!("#/firms?{}=yes&{}=yes", HrAttribute::StudyAbroad.key(), HrAttribute::ForeignOrigin.key())}>{ "staff who studied abroad and staff of foreign origin" }</a>{ "." }</p>
            </section>
            <section id="mechanisms" aria-labelledby="mechanisms-heading">
                <h2 id="mechanisms-heading">{ "How returnees and skilled migrants link firms to global networks" }</h2>
                { for b.mechanism.iter().map(|m| html! {
                    <article class="panel">
                        <h3>{ &m.title }</h3>
                        <p>{ &m.summary }</p>
                        <p>{ "Firms named as examples: " }
                            { for m.firms.iter().enumerate().map(|(i, f)| html! {
                                <>{ if i > 0 { ", " } else { "" } }<a href={Route::Firm(f.clone()).to_hash()}>{ f }</a></>
                            }) }
                        </p>
                        <p class="provenance">{ "Source: " }{ &m.source }</p>
                    </article>
                }) }
            </section>
        </>
    }
}
