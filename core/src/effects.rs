//! Effects in the Kunming structural model, computed here from the printed
//! standardised coefficients (Table 7). The paper reports direct paths only;
//! indirect effects (the product of the coefficients along a chain) and total
//! effects (direct plus all indirect) are our computation, and the app says so.

use crate::model::{KunmingFile, StructuralPath};
use crate::text::parse_decimal;

/// One chain of paths from a construct to another.
#[derive(Clone, Debug, PartialEq)]
pub struct Chain<'a> {
    pub paths: Vec<&'a StructuralPath>,
    /// The product of the standardised coefficients along the chain.
    pub effect: f64,
}

impl Chain<'_> {
    /// The constructs along the chain, e.g. `["IL", "KM", "EI"]`.
    pub fn constructs(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.paths.first().map(|p| vec![p.from.as_str()]).unwrap_or_default();
        out.extend(self.paths.iter().map(|p| p.to.as_str()));
        out
    }

    pub fn is_direct(&self) -> bool {
        self.paths.len() == 1
    }
}

/// The decomposition of the effect of one construct on another.
#[derive(Clone, Debug, PartialEq)]
pub struct Effects<'a> {
    pub from: String,
    pub to: String,
    /// Every chain, the direct path (if any) first, then longer chains.
    pub chains: Vec<Chain<'a>>,
    pub direct: f64,
    pub indirect: f64,
    pub total: f64,
}

/// Every chain of structural paths from `from` to `to`, with direct, indirect
/// and total effects. Coefficients that do not parse count as missing paths.
pub fn effects<'a>(model: &'a KunmingFile, from: &str, to: &str) -> Effects<'a> {
    let mut chains = Vec::new();
    walk(model, from, to, &mut Vec::new(), &mut chains);
    let chains = crate::order::sorted_by_key(chains, |c: &Chain| c.paths.len() as u64);
    let direct: f64 = chains.iter().filter(|c| c.is_direct()).map(|c| c.effect).sum();
    let indirect: f64 = chains.iter().filter(|c| !c.is_direct()).map(|c| c.effect).sum();
    Effects { from: from.to_string(), to: to.to_string(), chains, direct, indirect, total: direct + indirect }
}

fn walk<'a>(model: &'a KunmingFile, at: &str, to: &str, path: &mut Vec<&'a StructuralPath>, out: &mut Vec<Chain<'a>>) {
    for step in model.structural_path.iter().filter(|p| p.from == at) {
        // The model is acyclic; the guard keeps bad data finite.
        if path.iter().any(|p| p.from == step.to) || path.len() > 8 || parse_decimal(&step.std).is_none() {
            continue;
        }
        path.push(step);
        if step.to == to {
            let effect = path.iter().filter_map(|p| parse_decimal(&p.std)).product();
            out.push(Chain { paths: path.clone(), effect });
        } else {
            walk(model, &step.to, to, path, out);
        }
        path.pop();
    }
}

/// Every ordered pair of constructs with at least one chain between them.
pub fn all_effects(model: &KunmingFile) -> Vec<Effects<'_>> {
    let ids: Vec<&str> = model.construct.iter().map(|c| c.id.as_str()).collect();
    let mut out = Vec::new();
    for from in &ids {
        for to in &ids {
            if from != to {
                let e = effects(model, from, to);
                if !e.chains.is_empty() {
                    out.push(e);
                }
            }
        }
    }
    out
}
