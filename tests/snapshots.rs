//! One small spec per construct under `tests/fixtures/`, each with a snapshot of its client
//! crate under `tests/snapshots/`. The snapshots are workspace members, so `cargo build`,
//! `cargo clippy` and `cargo test` compile them. `UPDATE_SNAPSHOTS=1 cargo test --test snapshots`
//! rewrites them after an intended change.

use specmint_tests::{check_outputs, fixture_job, fixture_names};

#[test]
fn fixtures_match_their_snapshots() {
    let names = fixture_names();
    assert!(
        names.len() >= 8,
        "expected the fixture specs, found {names:?}"
    );
    let mut report = Vec::new();
    for name in &names {
        let generated = specmint::generate(&fixture_job(name)).unwrap_or_else(|diags| {
            let text: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
            panic!("fixture {name} failed to generate:\n{}", text.join("\n"))
        });
        report.extend(check_outputs(&generated));
    }
    assert!(
        report.is_empty(),
        "snapshots differ:\n{}\n\nrun `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` to accept the new output",
        report.join("\n")
    );
}
