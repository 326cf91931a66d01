//! Indirect and total effects computed from the printed coefficients.

use explorer_core::effects::{all_effects, effects};

use crate::dataset;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn learning_to_performance_decomposes_into_three_chains() {
    let model = &dataset().sources.kunming;
    let e = effects(model, "IL", "EI");
    let chains: Vec<String> = e.chains.iter().map(|c| c.constructs().join("→")).collect();
    assert_eq!(chains, ["IL→EI", "IL→KM→EI", "IL→IC→EI"]);
    // Table 7: IL→EI 0.200; IL→KM 0.638, KM→EI 0.377; IL→IC 0.428, IC→EI 0.204.
    assert!(close(e.direct, 0.200));
    assert!(close(e.chains[1].effect, 0.638 * 0.377), "{}", e.chains[1].effect);
    assert!(close(e.chains[2].effect, 0.428 * 0.204));
    assert!(close(e.indirect, 0.638 * 0.377 + 0.428 * 0.204));
    assert!(close(e.total, 0.200 + 0.638 * 0.377 + 0.428 * 0.204));
}

#[test]
fn single_paths_have_no_indirect_part() {
    let model = &dataset().sources.kunming;
    let e = effects(model, "KM", "EI");
    assert_eq!(e.chains.len(), 1);
    assert!(close(e.total, 0.377) && close(e.indirect, 0.0));
    assert!(effects(model, "EI", "IL").chains.is_empty(), "no path back");
    let pairs: Vec<String> = all_effects(model).iter().map(|e| format!("{}→{}", e.from, e.to)).collect();
    assert_eq!(pairs, ["IL→KM", "IL→IC", "IL→EI", "KM→EI", "IC→EI"]);
}
