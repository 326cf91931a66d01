//! Figures for slides: each diagram as a standalone SVG that stands on its
//! own (the view's title, a one-line source, the view's permalink as text),
//! in a light, print-friendly palette whatever the page's colour scheme,
//! with a system font stack. Pure: the app offers them as downloads (and
//! draws the PNG from the SVG in the browser).

use crate::citation::escape_html as esc;
use crate::dataset::{Dataset, Level};
use crate::model::{Study, StudyId};

/// The width of every figure, in SVG units (px).
pub const WIDTH: i32 = 960;
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
const INK: &str = "#1b2430";
const MUTED: &str = "#4f5b69";
const ACCENT: &str = "#1f4e79";
const PALE: &str = "#e6eef7";
const LINE: &str = "#9aa7b5";

/// "Tian et al. (n.d.)", "Lin & Plechero (2019)", or the short title where
/// no author is printed.
pub fn short_citation(study: &Study) -> String {
    let surname = |name: &str| name.split_whitespace().last().unwrap_or(name).to_string();
    let year = if study.year_printed { study.year.to_string() } else { "n.d.".to_string() };
    let who = match study.authors.as_slice() {
        [] => study.short_title.clone(),
        [one] => surname(one),
        [a, b] => format!("{} & {}", surname(a), surname(b)),
        [a, ..] => format!("{} et al.", surname(a)),
    };
    format!("{who} ({year})")
}

/// What frames every figure.
pub struct Frame<'a> {
    pub title: &'a str,
    /// "Source: Tian et al. (n.d.), Table 7".
    pub source: String,
    pub permalink: &'a str,
}

/// The standalone document: a white page, the title, the drawing (its own
/// coordinates, `height` tall), the source line and the permalink.
fn standalone(frame: &Frame, height: i32, body: &str) -> String {
    let top = 64;
    let total = top + height + 64;
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {total}\" width=\"{WIDTH}\" height=\"{total}\" font-family=\"{FONT}\">\n<title>{title}</title>\n<rect width=\"{WIDTH}\" height=\"{total}\" fill=\"#ffffff\"/>\n<text x=\"24\" y=\"40\" font-size=\"24\" font-weight=\"700\" fill=\"{INK}\">{title}</text>\n<g transform=\"translate(0 {top})\">\n{body}</g>\n<text x=\"24\" y=\"{y1}\" font-size=\"15\" fill=\"{MUTED}\">{source}</text>\n<text x=\"24\" y=\"{y2}\" font-size=\"13\" fill=\"{MUTED}\">{link}</text>\n</svg>\n",
        title = esc(frame.title),
        source = esc(&frame.source),
        link = esc(frame.permalink),
        y1 = top + height + 28,
        y2 = top + height + 50,
    )
}

fn text(x: i32, y: i32, size: i32, weight: &str, fill: &str, anchor: &str, content: &str) -> String {
    format!("<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{fill}\" text-anchor=\"{anchor}\">{}</text>\n", esc(content))
}

fn rect(x: i32, y: i32, w: i32, h: i32, fill: &str, stroke: &str) -> String {
    format!("<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"6\" fill=\"{fill}\" stroke=\"{stroke}\"/>\n")
}

/// The small-giants model: three core categories, each with its categories.
pub fn model(dataset: &Dataset, frame: &Frame) -> String {
    let mut body = String::new();
    let mut bottom = 0;
    let cores: Vec<_> = dataset.codes_at(Level::CoreCategory).collect();
    let column = (WIDTH - 48) / cores.len().max(1) as i32;
    for (i, core) in cores.iter().enumerate() {
        let x = 24 + i as i32 * column;
        body.push_str(&rect(x, 0, column - 16, 44, ACCENT, ACCENT));
        body.push_str(&text(x + 12, 28, 17, "700", "#ffffff", "start", &format!("{} {}", core.id, core.label)));
        for (j, id) in core.children.iter().enumerate() {
            let Some(cat) = dataset.code(id) else { continue };
            let y = 60 + j as i32 * 44;
            body.push_str(&rect(x + 16, y, column - 32, 36, PALE, LINE));
            body.push_str(&text(x + 24, y + 23, 14, "400", INK, "start", &format!("{} {}", cat.id, cat.label)));
            bottom = bottom.max(y + 36);
        }
    }
    standalone(frame, bottom.max(44) + 8, &body)
}

/// The Kunming structural model: four constructs and five paths with their
/// standardised coefficients and stars as printed.
pub fn paths(dataset: &Dataset, frame: &Frame) -> String {
    let k = &dataset.sources.kunming;
    let position = |id: &str| -> (i32, i32) {
        match id {
            "IL" => (140, 170),
            "KM" => (480, 50),
            "IC" => (480, 290),
            "EI" => (820, 170),
            _ => (480, 170),
        }
    };
    let mut body = String::from("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#4f5b69\"/></marker></defs>\n");
    for p in &k.structural_path {
        let ((x1, y1), (x2, y2)) = (position(&p.from), position(&p.to));
        let (dx, dy) = ((x2 - x1) as f64, (y2 - y1) as f64);
        let length = (dx * dx + dy * dy).sqrt().max(1.0);
        let (ux, uy) = (dx / length, dy / length);
        let (sx, sy) = ((x1 as f64 + ux * 80.0) as i32, (y1 as f64 + uy * 36.0) as i32);
        let (ex, ey) = ((x2 as f64 - ux * 84.0) as i32, (y2 as f64 - uy * 40.0) as i32);
        body.push_str(&format!("<line x1=\"{sx}\" y1=\"{sy}\" x2=\"{ex}\" y2=\"{ey}\" stroke=\"{MUTED}\" stroke-width=\"2.5\" marker-end=\"url(#arrow)\"/>\n"));
        let (mx, my) = ((sx + ex) / 2, (sy + ey) / 2);
        body.push_str(&rect(mx - 56, my - 16, 112, 32, "#ffffff", LINE));
        body.push_str(&text(mx, my + 6, 17, "400", INK, "middle", &format!("{}{}", p.std, p.p)));
    }
    for c in &k.construct {
        let (x, y) = position(&c.id);
        body.push_str(&format!("<ellipse cx=\"{x}\" cy=\"{y}\" rx=\"80\" ry=\"36\" fill=\"{PALE}\" stroke=\"{ACCENT}\" stroke-width=\"2\"/>\n"));
        body.push_str(&text(x, y + 7, 22, "700", INK, "middle", &c.id));
    }
    // The constructs' names, two to a line so that they fit the width.
    let names: Vec<String> = k.construct.iter().map(|c| format!("{}: {}", c.id, c.label)).collect();
    for (i, pair) in names.chunks(2).enumerate() {
        body.push_str(&text(24, 356 + i as i32 * 22, 14, "400", MUTED, "start", &pair.join(" · ")));
    }
    standalone(frame, 356 + names.len().div_ceil(2) as i32 * 22, &body)
}

/// Haier's and Huawei's dated milestones on one year axis each.
pub fn timeline(dataset: &Dataset, frame: &Frame) -> String {
    let hh = &dataset.sources.haier_huawei;
    let years: Vec<u16> = hh.milestone.iter().map(|m| m.year).collect();
    let (Some(&min), Some(&max)) = (years.iter().min(), years.iter().max()) else { return standalone(frame, 20, "") };
    let (start, end) = (i32::from(min) - 1, i32::from(max) + 1);
    let x = |year: i32| 140 + (year - start) * (WIDTH - 180) / (end - start).max(1);
    let mut body = String::new();
    for (row, company) in hh.company.iter().enumerate() {
        let y = 40 + row as i32 * 90;
        body.push_str(&text(24, y + 6, 18, "700", INK, "start", &company.id));
        body.push_str(&format!("<line x1=\"130\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{LINE}\" stroke-width=\"2\"/>\n", WIDTH - 24));
        for (i, m) in hh.milestone.iter().filter(|m| m.company == company.id).enumerate() {
            let cx = x(i32::from(m.year));
            body.push_str(&format!("<circle cx=\"{cx}\" cy=\"{y}\" r=\"8\" fill=\"{ACCENT}\"/>\n"));
            let label = if m.approximate { format!("~{}", m.year) } else { m.year.to_string() };
            body.push_str(&text(cx, y + if i % 2 == 0 { 30 } else { 48 }, 15, "400", INK, "middle", &label));
        }
    }
    standalone(frame, 40 + hh.company.len() as i32 * 90, &body)
}

/// Table 1 of the Beijing study as a matrix: attributes × firms, ✓ where
/// the paper prints X.
pub fn hr_matrix(dataset: &Dataset, frame: &Frame) -> String {
    let b = &dataset.sources.beijing;
    let label_width = 300;
    let cell = ((WIDTH - 24 - label_width) / b.firm.len().max(1) as i32).max(16);
    let mut body = String::new();
    for (c, firm) in b.firm.iter().enumerate() {
        body.push_str(&text(label_width + c as i32 * cell + cell / 2, 16, 12, "700", INK, "middle", &firm.id));
    }
    for (r, row) in b.hr_row.iter().enumerate() {
        let y = 30 + r as i32 * 34;
        body.push_str(&text(24, y + 22, 13, "400", INK, "start", &row.label));
        for (c, firm) in b.firm.iter().enumerate() {
            let marked = row.marked.contains(&firm.id);
            let x = label_width + c as i32 * cell;
            body.push_str(&rect(x + 2, y + 4, cell - 4, 26, if marked { ACCENT } else { "#ffffff" }, LINE));
            if marked {
                body.push_str(&text(x + cell / 2, y + 23, 15, "700", "#ffffff", "middle", "✓"));
            }
        }
    }
    standalone(frame, 30 + b.hr_row.len() as i32 * 34 + 8, &body)
}

/// The trace of a code: every chain from it up to the top level, each link
/// a box with its id and label.
pub fn chains(dataset: &Dataset, code: &str, frame: &Frame) -> String {
    let Ok(found) = crate::trace::trace(dataset, code) else { return standalone(frame, 20, "") };
    let mut body = String::new();
    let mut bottom = 0;
    let column = (WIDTH - 48) / found.chains.len().max(1) as i32;
    for (i, chain) in found.chains.iter().enumerate() {
        let x = 24 + i as i32 * column;
        for (j, link) in chain.iter().enumerate() {
            let y = j as i32 * 64;
            let (fill, ink) = if j == 0 { (ACCENT, "#ffffff") } else { (PALE, INK) };
            body.push_str(&rect(x, y, column - 24, 44, fill, LINE));
            body.push_str(&text(x + 12, y + 28, 15, "400", ink, "start", &format!("{} {}", link.id, link.label)));
            if j > 0 {
                body.push_str(&format!("<line x1=\"{cx}\" y1=\"{y0}\" x2=\"{cx}\" y2=\"{y}\" stroke=\"{MUTED}\" stroke-width=\"2\"/>\n", cx = x + 24, y0 = y - 20));
            }
            bottom = bottom.max(y + 44);
        }
    }
    standalone(frame, bottom + 8, &body)
}

/// The source line of a figure: the study's short citation and where.
pub fn source_line(dataset: &Dataset, study: StudyId, place: &str) -> String {
    format!("Source: {}, {place}", short_citation(dataset.study(study)))
}
