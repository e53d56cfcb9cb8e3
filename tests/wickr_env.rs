//! The Wickr client takes its AWS credentials and region from the standard environment
//! variables when the builder is given none. A test binary of its own: it sets variables of
//! its process, which no other test may race with.

use std::collections::BTreeMap;

#[tokio::test]
async fn credentials_and_region_come_from_the_environment() {
    // One test in this binary, so nothing reads the environment while it is changed.
    std::env::set_var("AWS_ACCESS_KEY_ID", "AKIDENV");
    std::env::set_var("AWS_SECRET_ACCESS_KEY", "env-secret");
    std::env::set_var("AWS_SESSION_TOKEN", "env-session");
    std::env::set_var("AWS_REGION", "ap-southeast-2");

    // A server that records the signature of every request it gets.
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = seen.clone();
    let app = axum::Router::new().fallback(
        move |method: axum::http::Method, uri: axum::http::Uri, headers: axum::http::HeaderMap| {
            let record = record.clone();
            async move {
                record
                    .lock()
                    .unwrap()
                    .push(wickr_server::runtime::AwsSignature::read(
                        &method,
                        &uri,
                        &headers,
                        &[],
                    ));
                axum::Json(serde_json::json!({}))
            }
        },
    );
    let url = specmint_tests::serve(app).await;

    let client = wickr_client::Client::builder()
        .base_url(&url)
        .build()
        .unwrap();
    client.get_oidc_info("12345678").await.unwrap();
    let signature = seen
        .lock()
        .unwrap()
        .pop()
        .flatten()
        .expect("the request is signed");
    let got: BTreeMap<&str, &str> = BTreeMap::from([
        ("access key", signature.access_key_id.as_str()),
        ("region", signature.region.as_str()),
        ("service", signature.service.as_str()),
        (
            "session token",
            signature.session_token.as_deref().unwrap_or_default(),
        ),
    ]);
    assert_eq!(
        got,
        BTreeMap::from([
            ("access key", "AKIDENV"),
            ("region", "ap-southeast-2"),
            ("service", "wickr"),
            ("session token", "env-session"),
        ])
    );
    let key = wickr_server::sigv4::SigningKey::temporary("env-secret", "env-session");
    let scope = wickr_server::sigv4::Scope {
        signing_name: "wickr",
        regions: &["ap-southeast-2"],
    };
    assert_eq!(signature.verify(&key, &scope), Ok(()));
}
