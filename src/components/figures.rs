//! "Download SVG" and "Download PNG" under every diagram: the figure as a
//! standalone SVG built by `explorer_core::figures` (the view's title, a
//! source line, the permalink, a light palette), and a PNG drawn from it in
//! the browser at slide resolution. Nothing is fetched.

use std::rc::Rc;

use explorer_core::figures;
use explorer_core::i18n::Msg;
use explorer_core::{Dataset, StudyId};
use yew::prelude::*;

use crate::browser;
use crate::i18n::{t, tf, tx};

/// A figure to download: the study and the place in it that its source
/// line names, the file's name (without extension), and what draws it. Each
/// view names its own drawing, so a view's code holds its figure's drawing
/// and no other (docs/performance.md, "Each figure's drawing with its view").
pub struct Figure {
    study: StudyId,
    place: &'static str,
    file: String,
    draw: Draw,
}

/// What draws a figure: the dataset and the frame to the SVG.
type Draw = Rc<dyn Fn(&Dataset, &figures::Frame) -> String>;

impl Figure {
    /// The small giants' model (Tables 3 and 4).
    pub fn model() -> Figure {
        Figure { study: StudyId::SmallGiants, place: "Tables 3 and 4", file: "small-giants-model".into(), draw: Rc::new(figures::model) }
    }

    /// The Kunming structural model (Table 7).
    pub fn paths() -> Figure {
        Figure { study: StudyId::KunmingSem, place: "Table 7", file: "kunming-structural-model".into(), draw: Rc::new(figures::paths) }
    }

    /// Haier's and Huawei's dated milestones.
    pub fn timeline() -> Figure {
        Figure { study: StudyId::HaierHuawei, place: "dated milestones in the text", file: "haier-huawei-milestones".into(), draw: Rc::new(figures::timeline) }
    }

    /// The Beijing study's Table 1 as a matrix.
    pub fn matrix() -> Figure {
        Figure { study: StudyId::BeijingSmes, place: "Table 1", file: "beijing-table-1".into(), draw: Rc::new(figures::hr_matrix) }
    }

    /// The chains of a code of `study`.
    pub fn chains(code: &str, study: StudyId) -> Figure {
        let id = code.to_string();
        Figure {
            study,
            place: "Tables 2–4 and Appendix 2",
            file: format!("trace-{code}"),
            draw: Rc::new(move |d: &Dataset, frame: &figures::Frame| figures::chains(d, &id, frame)),
        }
    }
}

/// The PNG's width in pixels (at least 1600, for slides).
const PNG_WIDTH: u32 = 1920;

fn build(figure: &Figure) -> Option<(String, String)> {
    let dataset = crate::data::dataset().ok()?;
    let title = browser::title();
    let permalink = browser::permalink(&browser::current_hash());
    let frame = figures::Frame { title: &title, source: figures::source_line(&dataset, figure.study, figure.place), permalink: &permalink };
    Some(((figure.draw)(&dataset, &frame), figure.file.clone()))
}

/// The two download buttons for a figure named `name` (as the buttons say).
pub fn figure_downloads(figure: Figure, name: &str) -> Html {
    let figure = Rc::new(figure);
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
