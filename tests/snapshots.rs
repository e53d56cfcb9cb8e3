//! One small spec per construct under `tests/fixtures/`, each with a snapshot of its client
//! crate under `tests/snapshots/`. The snapshots are workspace members, so `cargo build`,
//! `cargo clippy` and `cargo test` compile them. `UPDATE_SNAPSHOTS=1 cargo test --test snapshots`
//! rewrites them after an intended change.

use specmint_tests::{check_or_update, check_outputs, fixture_job, fixture_names, root};

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

/// The update mode writes what differs and still fails; the run after it passes.
#[test]
fn an_update_run_writes_the_snapshots_and_still_fails() {
    let out = tempfile::tempdir().unwrap();
    let mut job = specmint::Job::new(root().join("tests/fixtures/enums.yaml"), out.path());
    job.spec_display = "tests/fixtures/enums.yaml".to_string();
    let generated = specmint::generate(&job).expect("the fixture generates");

    let first = check_or_update(&generated, true);
    assert!(
        first[0].contains("rewritten"),
        "an update run must fail: {first:?}"
    );
    assert!(out.path().join("client/src/models.rs").is_file());
    assert_eq!(check_or_update(&generated, true), Vec::<String>::new());
    assert_eq!(check_or_update(&generated, false), Vec::<String>::new());

    std::fs::write(out.path().join("client/src/models.rs"), "// edited\n").unwrap();
    let edited = check_or_update(&generated, false);
    assert!(
        edited.iter().any(|line| line.contains("models.rs")),
        "{edited:?}"
    );
}
