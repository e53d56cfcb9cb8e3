//! Helpers shared by the repository-level tests in `tests/`.

pub mod echo;
pub mod peer;

use std::path::{Path, PathBuf};

use specmint::output::{self, FileSet, Stale};
use specmint::{Generated, Job};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Fixture specs under `tests/fixtures/`, by file stem, sorted.
pub fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures"))
        .expect("tests/fixtures exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    names
}

/// The generation job of a fixture: its client crate is the snapshot in
/// `tests/snapshots/<name>/client`, a workspace member, so it is compiled and linted too.
pub fn fixture_job(name: &str) -> Job {
    let spec = root().join("tests/fixtures").join(format!("{name}.yaml"));
    Job {
        spec_display: format!("tests/fixtures/{name}.yaml"),
        spec,
        out_dir: root().join("tests/snapshots").join(name),
        client_crate: Some(format!("fixture-{name}")),
        install_path: Some(format!("tests/snapshots/{name}/client")),
        docs: true,
        server_crate: Some(format!("fixture-{name}-server")),
        templates: None,
        format: Default::default(),
    }
}

/// Compares generated output with what is on disk. With `UPDATE_SNAPSHOTS=1` the output is
/// written instead. Returns a readable report of every difference.
pub fn check_outputs(generated: &Generated) -> Vec<String> {
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        let sets: Vec<(PathBuf, &FileSet)> = generated
            .outputs
            .iter()
            .map(|(d, f)| (d.clone(), f))
            .collect();
        output::write_all(&sets).expect("write snapshots");
        return Vec::new();
    }
    let mut report = Vec::new();
    for (dir, files) in &generated.outputs {
        for stale in output::compare(dir, files).expect("read generated output") {
            match &stale {
                Stale::Changed { diff, .. } => report.push(format!("{stale}\n{diff}")),
                other => report.push(other.to_string()),
            }
        }
    }
    report
}
