//! Synthetic data for benchmarks: the real sources copied `factor` times with
//! renumbered ids, so that queries can be measured on data 10 or 100 times
//! larger than the papers'. Nothing here is shown to users.

use crate::dataset::Sources;
use crate::model::{CodingRow, PrintedCode};

/// The sources with every table repeated `factor` times. Copy `k` (from 0)
/// renumbers each numbered id `n` to `n + k * 1000`, keeping the id's
/// prefix, so ids stay valid at their level and copies do not collide.
pub fn scaled(sources: &Sources, factor: usize) -> Sources {
    let mut out = sources.clone();
    let factor = factor.max(1);
    let copy_rows = |rows: &[CodingRow]| -> Vec<CodingRow> {
        (0..factor)
            .flat_map(|k| rows.iter().map(move |row| CodingRow {
                parent: renumber(&row.parent, k),
                children: row.children.iter().map(|c| renumber(c, k)).collect(),
            }))
            .collect()
    };
    let sg = &sources.small_giants;
    out.small_giants.table2 = copy_rows(&sg.table2);
    out.small_giants.table3 = copy_rows(&sg.table3);
    out.small_giants.table4 = copy_rows(&sg.table4);
    out.small_giants.appendix2 = copy_rows(&sg.appendix2);
    out.beijing.firm = (0..factor)
        .flat_map(|k| sources.beijing.firm.iter().map(move |f| {
            let mut f = f.clone();
            f.id = renumber_id(&f.id, k);
            f
        }))
        .collect();
    for (row, original) in out.beijing.hr_row.iter_mut().zip(&sources.beijing.hr_row) {
        row.marked = (0..factor).flat_map(|k| original.marked.iter().map(move |m| renumber_id(m, k))).collect();
    }
    out
}

fn renumber(code: &PrintedCode, copy: usize) -> PrintedCode {
    PrintedCode { id: renumber_id(&code.id, copy), label: code.label.clone() }
}

fn renumber_id(id: &str, copy: usize) -> String {
    if copy == 0 {
        return id.to_string();
    }
    match id.find(|c: char| c.is_ascii_digit()) {
        Some(split) => {
            let (prefix, digits) = id.split_at(split);
            match digits.parse::<usize>() {
                Ok(n) => format!("{prefix}{}", n + copy * 1000),
                Err(_) => format!("{id}-{copy}"),
            }
        }
        None => format!("{id}-{copy}"),
    }
}
