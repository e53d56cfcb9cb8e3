//! `generated/` must be exactly what `specmint generate` writes from `specs/`.

use specmint::config::Config;
use specmint_tests::{check_outputs, root};

#[test]
fn generated_matches_specs() {
    let config =
        Config::load(&root().join("specs/specmint.toml")).expect("specs/specmint.toml loads");
    assert!(!config.targets.is_empty());
    let mut report = Vec::new();
    for target in &config.targets {
        // A spec imported from a botocore model must be what the model converts to, and the
        // conversion must not change between runs.
        if let Some(model) = &target.botocore {
            let first = specmint::import_botocore(model, "model").expect("the model imports");
            let second = specmint::import_botocore(model, "model").expect("the model imports");
            assert_eq!(
                first.text, second.text,
                "{}: import is not deterministic",
                target.name
            );
            let committed = std::fs::read_to_string(&target.spec).unwrap_or_default();
            if committed != first.text {
                report.push(format!(
                    "{}: {} is not what its botocore model converts to",
                    target.name, target.spec_display
                ));
            }
        }
        let job = specmint::Job::for_target(target, &root());
        let generated = specmint::generate(&job).unwrap_or_else(|diags| {
            let text: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
            panic!(
                "target {} failed to generate:\n{}",
                target.name,
                text.join("\n")
            )
        });
        report.extend(check_outputs(&generated));
    }
    assert!(
        report.is_empty(),
        "generated/ is stale:\n{}\n\nrun `cargo run -p specmint-cli -- generate` to update it",
        report.join("\n")
    );
}

#[test]
fn generation_is_deterministic() {
    let config =
        Config::load(&root().join("specs/specmint.toml")).expect("specs/specmint.toml loads");
    for target in &config.targets {
        let job = specmint::Job::for_target(target, &root());
        let first = specmint::generate(&job).expect("generates");
        let second = specmint::generate(&job).expect("generates");
        assert_eq!(
            first.outputs, second.outputs,
            "target {} differs between two runs",
            target.name
        );
    }
}
