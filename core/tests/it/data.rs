//! The real data validates; validation finds what it should.

use explorer_core::validate::{check, findings};
use explorer_core::{Dataset, Level, StudyId};

use crate::{data_texts, dataset};

#[test]
fn real_data_has_no_problems() {
    let problems = check(dataset());
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn print_findings() {
    for f in findings(dataset()) {
        println!("{:?} {:?} {} {}", f.study, f.kind, f.record, f.detail);
    }
}
