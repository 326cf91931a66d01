//! Benchmark of the core's queries on the real data and on synthetic data 10
//! and 100 times larger (`cargo bench -p explorer-core --features load`).
//! It prints a table; it asserts nothing, since timings vary by machine.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use explorer_core::filter::{facet_counts, filter, Facet, FirmQuery};
use explorer_core::search::search_everything;
use explorer_core::synthetic::scaled;
use explorer_core::trace::trace;
use explorer_core::{Dataset, HrAttribute, Level};

fn time<F: FnMut()>(mut f: F) -> (Duration, Duration) {
    let mut samples: Vec<Duration> = (0..201)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    samples.sort();
    (samples[samples.len() / 2], samples[samples.len() * 95 / 100])
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
    let sources = match explorer_core::load::load_dir(&dir) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e:?}");
            std::process::exit(1);
        }
    };
    println!("{:<8} {:>7} {:>6} {:<34} {:>12} {:>12}", "scale", "codes", "firms", "query", "median", "p95");
    for factor in [1, 10, 100] {
        let build = Instant::now();
        let dataset = Dataset::new(scaled(&sources, factor));
        let build = build.elapsed();
        let concepts: Vec<String> = dataset.codes_at(Level::Concept).map(|c| c.id.clone()).collect();
        let deepest = concepts.last().cloned().unwrap_or_default();
        let row = |name: &str, (median, p95): (Duration, Duration)| {
            println!("{:<8} {:>7} {:>6} {:<34} {:>12?} {:>12?}", format!("{factor}x"), dataset.codes.len(), dataset.firms.len(), name, median, p95);
        };
        row("build dataset (once)", (build, build));
        row("trace a concept (all chains)", time(|| { black_box(trace(&dataset, black_box(&deepest)).ok()); }));
        row("trace a core category (+counts)", time(|| { black_box(trace(&dataset, black_box("C3")).ok()); }));
        row("trace an unknown code", time(|| { black_box(trace(&dataset, black_box("zz9")).err()); }));
        row("search everything for \"talent\" (3 per kind, as the header does)", time(|| { black_box(search_everything(&dataset, black_box("talent"), 3)); }));
        let query = FirmQuery::default().with_facet(HrAttribute::StudyAbroad, Facet::Present);
        row("filter firms + facet counts", time(|| { black_box((filter(&dataset, &query).len(), facet_counts(&dataset, &query))); }));
    }
}
