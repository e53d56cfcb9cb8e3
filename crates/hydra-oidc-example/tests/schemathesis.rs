//! Property-based API testing: schemathesis (`tests/python`, installed into
//! `tests/python/.venv` by `.ci/run` and `tests/run-all.sh`) generates requests from Hydra's
//! spec for every operation of the `oidc` and `wellknown` tags, valid and invalid, and checks
//! every response against the spec: no 5xx, documented statuses, content types, headers and
//! bodies, invalid data refused, valid data accepted. The run is bounded: a fixed seed and a
//! fixed number of examples per operation.

use std::path::Path;

use hydra_oidc_example::MemoryOidc;

/// Test cases per operation and phase.
const EXAMPLES: &str = "50";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_no_failures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let schemathesis = root.join("tests/python/.venv/bin/schemathesis");
    assert!(
        schemathesis.exists(),
        "{} is missing: run `bash tests/run-all.sh` (or .ci/run) to install it",
        schemathesis.display()
    );

    let loopback = specmint_tests::Loopback::bind().await;
    let base = loopback.url.clone();
    let alice = ory_hydra_server::models::OidcUserInfo {
        sub: Some("alice".into()),
        name: Some("Alice".into()),
        ..Default::default()
    };
    let provider = MemoryOidc::new(&base).with_user(alice);
    let token = provider
        .issue_user_token("alice", "openid email profile")
        .unwrap();
    loopback.serve(provider.router());

    // schemathesis keeps a cache and reports in its working directory.
    let scratch = tempfile::tempdir().unwrap();
    let spec = root.join("specs/ory-hydra.json");
    let config = root.join("tests/python/schemathesis.toml");
    let output = tokio::process::Command::new(&schemathesis)
        .arg("--no-color")
        .arg("--config-file")
        .arg(&config)
        .arg("run")
        .arg(&spec)
        .args(["--url", base.as_str()])
        .args(["--include-tag", "oidc", "--include-tag", "wellknown"])
        .args(["--checks", "all"])
        .args(["--phases", "examples,coverage,fuzzing"])
        .args(["--max-examples", EXAMPLES, "--seed", "20261127"])
        .args(["--workers", "2", "--request-timeout", "10"])
        // Userinfo answers 200 for this token; registration management needs a client's own
        // registration token, which generated requests cannot know (they get 401).
        .args(["--header", &format!("Authorization: Bearer {token}")])
        .current_dir(scratch.path())
        .kill_on_drop(true)
        .output()
        .await
        .expect("run schemathesis");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let summary = stdout
        .find("SUMMARY")
        .map_or(stdout.as_ref(), |at| &stdout[at..]);
    println!("{summary}");
    assert!(
        output.status.success(),
        "schemathesis found failures:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        summary.contains("Tested: 9"),
        "expected the 9 operations of the oidc and wellknown tags to be tested:\n{summary}"
    );
    // "1155 generated, 1155 passed": every generated case passed every check.
    let counts: Vec<u64> = summary
        .lines()
        .find(|l| l.contains(" generated, "))
        .unwrap_or_default()
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    assert!(
        matches!(counts.as_slice(), [generated, passed] if generated == passed && *generated >= 9 * 50),
        "expected every generated case to pass:\n{summary}"
    );
}
