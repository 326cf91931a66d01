//! "Download SVG" and "Download PNG" under every diagram: the figure as a
//! standalone SVG built by `explorer_core::figures` (the view's title, a
//! source line, the permalink, a light palette), and a PNG drawn from it in
//! the browser at slide resolution. Nothing is fetched.

use explorer_core::figures;
use explorer_core::i18n::Msg;
use explorer_core::StudyId;
use yew::prelude::*;

use crate::browser;
use crate::i18n::{t, tf, tx};

/// Which figure.
#[derive(Clone, PartialEq)]
pub enum Figure {
    Model,
    Paths,
    Timeline,
    Matrix,
    Chains(String),
}

/// The PNG's width in pixels (at least 1600, for slides).
const PNG_WIDTH: u32 = 1920;

fn build(figure: &Figure) -> Option<(String, String)> {
    let dataset = crate::data::dataset().ok()?;
    let d = &*dataset;
    let title = browser::title();
    let permalink = browser::permalink(&browser::current_hash());
    let (study, place, file) = match figure {
        Figure::Model => (StudyId::SmallGiants, "Tables 3 and 4", "small-giants-model".to_string()),
        Figure::Paths => (StudyId::KunmingSem, "Table 7", "kunming-structural-model".to_string()),
        Figure::Timeline => (StudyId::HaierHuawei, "dated milestones in the text", "haier-huawei-milestones".to_string()),
        Figure::Matrix => (StudyId::BeijingSmes, "Table 1", "beijing-table-1".to_string()),
        Figure::Chains(code) => (d.code(code).map_or(StudyId::SmallGiants, |c| c.study), "Tables 2–4 and Appendix 2", format!("trace-{code}")),
    };
    let frame = figures::Frame { title: &title, source: figures::source_line(d, study, place), permalink: &permalink };
    let svg = match figure {
        Figure::Model => figures::model(d, &frame),
        Figure::Paths => figures::paths(d, &frame),
        Figure::Timeline => figures::timeline(d, &frame),
        Figure::Matrix => figures::hr_matrix(d, &frame),
        Figure::Chains(code) => figures::chains(d, code, &frame),
    };
    Some((svg, file))
}

/// The two download buttons for a figure named `name` (as the buttons say).
pub fn figure_downloads(figure: Figure, name: &str) -> Html {
    let svg = {
        let figure = figure.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some((svg, file)) = build(&figure) {
                browser::download(&format!("{file}.svg"), "image/svg+xml", &svg);
            }
        })
    };
    let png = Callback::from(move |_: MouseEvent| {
        if let Some((svg, file)) = build(&figure) {
            browser::download_png(svg, PNG_WIDTH, format!("{file}.png"));
        }
    });
    html! {
        <p class="figure-downloads">
            <button type="button" onclick={svg} aria-label={tf(Msg::DownloadSvg, &[("name", name)])}>{ tx(Msg::FigureSvg) }</button>
            <button type="button" onclick={png} aria-label={tf(Msg::DownloadPng, &[("name", name)])}>{ tx(Msg::FigurePng) }</button>
        </p>
    }
}

/// The figure name of a message, for the buttons.
pub fn name(msg: Msg) -> &'static str {
    t(msg)
}
