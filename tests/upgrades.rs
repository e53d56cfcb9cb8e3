//! Swagger 2.0 and OpenAPI 3.1 input: each fixture is read by rewriting it into OpenAPI 3.0, and
//! must generate exactly what its hand-written 3.0 twin (`tests/fixtures/twins/`) generates:
//! client, server and docs, file for file.

use specmint::Job;
use specmint_tests::root;

fn job(spec: &str) -> Job {
    let mut job = Job::new(root().join(spec), root().join("target/upgrades")).crate_names("twin");
    job.spec_display = spec.to_string();
    job
}

fn same_as_twin(name: &str) {
    let upgraded = specmint::generate(&job(&format!("tests/fixtures/{name}.yaml")))
        .unwrap_or_else(|d| panic!("{name}: {d:?}"));
    let twin = specmint::generate(&job(&format!("tests/fixtures/twins/{name}.yaml")))
        .unwrap_or_else(|d| panic!("twin of {name}: {d:?}"));
    assert_eq!(upgraded.outputs.len(), twin.outputs.len());
    let mut compared = 0;
    for ((dir, files), (twin_dir, twin_files)) in upgraded.outputs.iter().zip(&twin.outputs) {
        assert_eq!(dir, twin_dir);
        let paths: Vec<&str> = files.iter().map(|(p, _)| p).collect();
        let twin_paths: Vec<&str> = twin_files.iter().map(|(p, _)| p).collect();
        assert_eq!(
            paths,
            twin_paths,
            "{name}: the same files in {}",
            dir.display()
        );
        for (path, contents) in files.iter() {
            let expected = twin_files.get(path).unwrap_or_default();
            if contents != expected {
                let diff = similar::TextDiff::from_lines(expected, contents)
                    .unified_diff()
                    .header("3.0 twin", name)
                    .to_string();
                panic!("{name}: {path} differs from its twin's:\n{diff}");
            }
            compared += 1;
        }
    }
    assert!(compared > 10, "{name}: only {compared} files compared");
}

#[test]
fn swagger2_generates_what_its_openapi30_twin_does() {
    same_as_twin("swagger2");
}

#[test]
fn openapi31_generates_what_its_openapi30_twin_does() {
    same_as_twin("openapi31");
}
