//! Cross-implementation: Ory's official Python SDK for Hydra v2.2.0 (`tests/python`, installed
//! into `tests/python/.venv` by `.ci/run` and `tests/run-all.sh`) against the generated server
//! with the example implementation: discovery, dynamic client create/get/update/delete, userinfo.

use std::path::Path;

use hydra_oidc_example::MemoryOidc;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn official_python_sdk_talks_to_the_generated_server() {
    let python_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/python");
    let python = python_dir.join(".venv/bin/python");
    assert!(
        python.exists(),
        "{} is missing: run `bash tests/run-all.sh` (or .ci/run) to create it",
        python.display()
    );

    let loopback = specmint_tests::Loopback::bind().await;
    let base = loopback.url.clone();
    let alice = ory_hydra_server::models::OidcUserInfo {
        sub: Some("alice".into()),
        email: Some("alice@example.com".into()),
        ..Default::default()
    };
    let provider = MemoryOidc::new(&base).with_user(alice);
    let token = provider
        .issue_user_token("alice", "openid email profile")
        .unwrap();
    loopback.serve(provider.router());

    let output = tokio::process::Command::new(&python)
        .arg(python_dir.join("hydra_sdk_check.py"))
        .args([base.as_str(), token.as_str()])
        .kill_on_drop(true)
        .output()
        .await
        .expect("run python");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the Python SDK check failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let seen: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(seen["issuer"], base.as_str());
    assert_eq!(seen["updated"], "python sdk, renamed");
    assert_eq!(seen["deleted"], true);
    assert_eq!(seen["userinfo"], "alice");
}
