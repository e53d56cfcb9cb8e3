//! Real relying parties against the example OpenID provider over loopback: panva's
//! openid-client (Node, `tests/relying-party`, installed by `.ci/run` and `tests/run-all.sh`) and
//! Authlib (Python, `tests/python/.venv`). Each runs discovery, registration, client
//! credentials with `client_secret_basic` and `client_secret_post`, the authorization code
//! flow with PKCE (verifying the ES256 ID token), userinfo, a rotated refresh, introspection
//! and revocation, and reports each flow; every one must pass.

use std::path::{Path, PathBuf};

use hydra_oidc_example::MemoryOidc;
use ory_hydra_server::models::OidcUserInfo;

const FLOWS: [&str; 10] = [
    "discovery",
    "registration (client_secret_basic)",
    "registration (client_secret_post)",
    "client credentials (client_secret_basic)",
    "client credentials (client_secret_post)",
    "authorization code + PKCE",
    "userinfo",
    "refresh (rotated)",
    "introspection",
    "revocation",
];

/// Serves a provider with the user `alice` on a free loopback port; returns its issuer.
async fn provider() -> String {
    let loopback = specmint_tests::Loopback::bind().await;
    let issuer = loopback.url.clone();
    let provider = MemoryOidc::new(&issuer).with_user(OidcUserInfo {
        sub: Some("alice".into()),
        email: Some("alice@example.com".into()),
        email_verified: Some(true),
        ..Default::default()
    });
    loopback.serve(provider.router());
    issuer
}

/// Runs `program script issuer alice` and checks that it reports every flow as passed.
async fn relying_party(name: &str, program: PathBuf, script: PathBuf) {
    assert!(
        program.exists() || program.components().count() == 1,
        "{} is missing: run `bash tests/run-all.sh` (or .ci/run) to install it",
        program.display()
    );
    assert!(script.exists(), "{} is missing", script.display());
    let issuer = provider().await;
    let output = tokio::process::Command::new(&program)
        .arg(&script)
        .args([issuer.as_str(), "alice"])
        .kill_on_drop(true)
        .output()
        .await
        .unwrap_or_else(|e| panic!("run {}: {e}", program.display()));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{name} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let results: serde_json::Value = serde_json::from_str(stdout.trim())
        .unwrap_or_else(|e| panic!("{name} printed no JSON report ({e}):\n{stdout}"));
    let mut failed = Vec::new();
    for flow in FLOWS {
        let result = &results[flow];
        println!("{name} | {flow} | {} | {}", result["ok"], result["detail"]);
        if result["ok"] != true {
            failed.push(format!("{flow}: {}", result["detail"]));
        }
    }
    assert!(
        failed.is_empty(),
        "{name}: flows failed:\n{}",
        failed.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn openid_client_runs_every_flow() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relying-party");
    assert!(
        dir.join("node_modules/openid-client").exists(),
        "openid-client is not installed: run `bash tests/run-all.sh` (or .ci/run)"
    );
    relying_party("openid-client", "node".into(), dir.join("rp.mjs")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn authlib_runs_every_flow() {
    let python_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/python");
    relying_party(
        "Authlib",
        python_dir.join(".venv/bin/python"),
        python_dir.join("authlib_rp.py"),
    )
    .await;
}
