//! What each kind of client error says when printed: one line naming the operation (or the
//! credentials), the status and the server's own message. Ports of loopback servers are
//! replaced by `PORT` so the snapshot holds on any machine.

use std::time::Duration;

use specmint_tests::echo::{EchoServer, Fault};

/// A loopback address nothing listens on: bound, then released.
fn closed_port() -> std::net::SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap()
}

/// Every kind of error a generated client returns, each with the line its `Display` prints.
async fn messages() -> Vec<(&'static str, String)> {
    use fixture_responses::Client;
    let server = EchoServer::start().await;
    let client = Client::new(&server.url);
    let mut lines = Vec::new();
    let mut add = |kind: &'static str, error: &dyn std::error::Error| {
        lines.push((kind, error.to_string()));
    };

    // Documented error statuses, typed.
    add(
        "documented status with a JSON body",
        &client.respond(404).await.unwrap_err(),
    );
    add(
        "documented status without a body",
        &client.respond(409).await.unwrap_err(),
    );
    add(
        "documented status range",
        &client.respond(503).await.unwrap_err(),
    );
    add(
        "documented default",
        &client.defaulted(422).await.unwrap_err(),
    );
    // Error statuses whose body is not the documented one, and undocumented ones.
    add(
        "undocumented status, plain text",
        &client.respond(418).await.unwrap_err(),
    );
    for (kind, what, status) in [
        ("html", "error status with an HTML page", 500),
        ("text", "documented status with plain text instead", 404),
        (
            "other-json",
            "documented status with another JSON shape",
            404,
        ),
    ] {
        let error = client
            .with_header("x-body", kind)
            .respond(status)
            .await
            .unwrap_err();
        add(what, &error);
    }
    // A success response that does not match its type.
    add(
        "success body of the wrong type",
        &client.strict(201).await.unwrap_err(),
    );

    // Transport: refused, timed out.
    let closed = closed_port();
    let refused = Client::new(format!("http://{closed}"));
    add(
        "connection refused",
        &refused.respond(200).await.unwrap_err(),
    );
    server.queue([Fault::Slow(Duration::from_secs(2))]);
    let slow = client
        .with_timeout(Duration::from_millis(100))
        .with_retry(fixture_responses::RetryPolicy::none())
        .respond(200)
        .await
        .unwrap_err();
    add("timed out", &slow);

    // Credentials.
    use fixture_security::{ClientCredentials, Credential};
    let token_client = |credentials: ClientCredentials| {
        fixture_security::Client::builder()
            .base_url(&server.url)
            .oauth2_client_credentials(credentials)
            .build()
            .unwrap()
    };
    let refused_token = token_client(
        ClientCredentials::new("app", "wrong").token_url(format!("{}/strict/401", server.url)),
    );
    add(
        "token refused",
        &refused_token.oauth2_only().await.unwrap_err(),
    );
    let unreachable = token_client(
        ClientCredentials::new("app", "secret").token_url(format!("http://{closed}/oauth2/token")),
    );
    add(
        "token endpoint unreachable",
        &unreachable.oauth2_only().await.unwrap_err(),
    );
    let withheld = fixture_security::Client::new(&server.url).with_credential(
        "oauth2",
        Credential::ClientCredentials(std::sync::Arc::new(ClientCredentials::new("app", "s"))),
    );
    add(
        "credentials withheld",
        &withheld.oauth2_only().await.unwrap_err(),
    );
    let foreign = fixture_security::Client::builder()
        .base_url(&server.url)
        .oauth2_client_credentials(ClientCredentials::new("app", "secret"))
        .build()
        .unwrap_err();
    add("build: foreign token URL", &foreign);
    lines
}

#[tokio::test]
async fn every_error_kind_prints_one_readable_line() {
    let lines = messages().await;
    for (kind, line) in &lines {
        assert!(!line.contains('\n'), "{kind}: {line}");
        assert!(
            !line.contains("Some(") && !line.contains(" { "),
            "{kind} prints Debug: {line}"
        );
    }
    let text: String = lines
        .iter()
        .map(|(kind, line)| format!("{kind}:\n    {line}\n"))
        .collect();
    insta::with_settings!({snapshot_path => "snapshots/insta", filters => vec![(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT")]}, {
        insta::assert_snapshot!(text);
    });
}

#[tokio::test]
async fn errors_chain_their_causes() {
    use std::error::Error as _;
    let closed = closed_port();
    let client = fixture_responses::Client::new(format!("http://{closed}"));
    let error = client.respond(200).await.unwrap_err();
    let mut causes = Vec::new();
    let mut next = error.source();
    while let Some(cause) = next {
        causes.push(cause.to_string());
        next = cause.source();
    }
    assert!(causes.len() >= 2, "{causes:?}");
    assert!(causes.last().unwrap().contains("refused"), "{causes:?}");
    // The status error is the error enum's own, reachable as the source.
    let server = EchoServer::start().await;
    let client = fixture_responses::Client::new(&server.url);
    let error = client.respond(404).await.unwrap_err();
    assert_eq!(error.source().unwrap().to_string(), error.to_string());
}
