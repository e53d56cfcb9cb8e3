//! The generated client runtime against a loopback server: credentials for every kind of
//! security scheme, server URLs and their variables, timeouts, retries and faults.

use std::time::{Duration, Instant};

use base64::Engine;
use specmint_tests::echo::{EchoServer, Fault};

fn fast_retries() -> fixture_servers::RetryPolicy {
    fixture_servers::RetryPolicy::default()
        .initial_delay(Duration::from_millis(10))
        .max_delay(Duration::from_millis(50))
}

// ---- security -------------------------------------------------------------------------

#[tokio::test]
async fn credentials_follow_each_operations_requirements() {
    use fixture_security::Client;
    let server = EchoServer::start().await;
    let client = Client::builder()
        .base_url(&server.url)
        .bearer_token("tok")
        .basic_auth("ann", "s3cret")
        .build()
        .unwrap();

    // The global requirement (bearer) applies where the operation says nothing.
    let echo = client.uses_global().await.unwrap();
    assert_eq!(
        echo.headers.get("authorization").map(String::as_str),
        Some("Bearer tok")
    );
    // `security: []` opts out.
    let echo = client.opts_out().await.unwrap();
    assert!(
        !echo.headers.contains_key("authorization"),
        "{:?}",
        echo.headers
    );
    // The first requirement the client can satisfy wins: basic before oauth2.
    let echo = client.basic_or_oauth2().await.unwrap();
    let basic = base64::engine::general_purpose::STANDARD.encode("ann:s3cret");
    assert_eq!(
        echo.headers.get("authorization"),
        Some(&format!("Basic {basic}"))
    );

    // Per-call credentials replace the configured ones for that call only.
    let echo = client
        .with_bearer_token("other")
        .uses_global()
        .await
        .unwrap();
    assert_eq!(
        echo.headers.get("authorization").map(String::as_str),
        Some("Bearer other")
    );
    let echo = client.uses_global().await.unwrap();
    assert_eq!(
        echo.headers.get("authorization").map(String::as_str),
        Some("Bearer tok")
    );
}

#[tokio::test]
async fn api_keys_go_to_header_query_and_cookie() {
    use fixture_security::Client;
    let server = EchoServer::start().await;
    let client = Client::builder()
        .base_url(&server.url)
        .api_key("k-1")
        .build()
        .unwrap();
    let echo = client.all_keys(Some("s1")).await.unwrap();
    assert_eq!(
        echo.headers.get("x-api-key").map(String::as_str),
        Some("k-1")
    );
    assert_eq!(echo.query, "api_key=k-1");
    // The cookie parameter and the cookie key share one `Cookie` header.
    assert_eq!(
        echo.headers.get("cookie").map(String::as_str),
        Some("session=s1; key=k-1")
    );
    let seen = server.seen();
    assert_eq!(
        seen.last()
            .unwrap()
            .headers
            .get_all("cookie")
            .iter()
            .count(),
        1
    );

    // `{}` among the requirements allows anonymous calls; with a key, the key is sent.
    let anonymous = Client::new(&server.url);
    let echo = anonymous.anonymous_allowed().await.unwrap();
    assert!(!echo.headers.contains_key("x-api-key"));
    let echo = client.anonymous_allowed().await.unwrap();
    assert_eq!(
        echo.headers.get("x-api-key").map(String::as_str),
        Some("k-1")
    );
    // A single scheme by its spec name.
    let echo = anonymous
        .with_credential(
            "headerKey",
            fixture_security::Credential::ApiKey("k-2".into()),
        )
        .anonymous_allowed()
        .await
        .unwrap();
    assert_eq!(
        echo.headers.get("x-api-key").map(String::as_str),
        Some("k-2")
    );
}

#[tokio::test]
async fn oauth2_client_credentials_are_fetched_cached_and_renewed() {
    use fixture_security::{Client, ClientCredentials};
    let server = EchoServer::start().await;
    // A lifetime of 31 s with the default 30 s margin: the token is renewed after 1 s.
    server.set_token_lifetime(31);
    let credentials = ClientCredentials::new("app", "app-secret")
        .token_url(format!("{}/oauth2/token", server.url))
        .scopes(["api:read"]);
    let client = Client::builder()
        .base_url(&server.url)
        .oauth2_client_credentials(credentials)
        .build()
        .unwrap();

    let echo = client.oauth2_only().await.unwrap();
    assert_eq!(
        echo.headers.get("authorization").map(String::as_str),
        Some("Bearer token-1")
    );
    let echo = client.oauth2_only().await.unwrap();
    assert_eq!(
        echo.headers.get("authorization").map(String::as_str),
        Some("Bearer token-1")
    );
    assert_eq!(server.tokens_issued(), 1, "the token is cached");

    let token_request = server
        .seen()
        .into_iter()
        .find(|s| s.path == "/oauth2/token")
        .unwrap();
    assert_eq!(
        token_request.body,
        "grant_type=client_credentials&scope=api%3Aread"
    );
    let basic = base64::engine::general_purpose::STANDARD.encode("app:app-secret");
    assert_eq!(
        token_request.headers.get("authorization").unwrap(),
        &format!("Basic {basic}")
    );

    tokio::time::sleep(Duration::from_millis(1100)).await;
    let echo = client.oauth2_only().await.unwrap();
    assert_eq!(
        echo.headers.get("authorization").map(String::as_str),
        Some("Bearer token-2")
    );
    assert_eq!(
        server.tokens_issued(),
        2,
        "the token is renewed before it expires"
    );
}

#[tokio::test]
async fn a_refused_token_request_is_an_auth_error() {
    use fixture_security::{Client, ClientCredentials, Error};
    let server = EchoServer::start().await;
    // The spec's token URL points at a closed port; a 400 from this one is a refusal.
    let credentials =
        ClientCredentials::new("app", "bad").token_url(format!("{}/strict/400", server.url));
    let client = Client::builder()
        .base_url(&server.url)
        .oauth2_client_credentials(credentials)
        .build()
        .unwrap();
    match client.oauth2_only().await {
        Err(Error::Auth { scheme, message }) => {
            assert_eq!(scheme, "oauth2");
            assert!(message.contains("400"), "{message}");
        }
        other => panic!("unexpected {other:?}"),
    }
}

// ---- servers ---------------------------------------------------------------------------

#[tokio::test]
async fn server_variables_and_operation_servers_decide_the_url() {
    use fixture_servers::Client;
    let server = EchoServer::start().await;
    let port = server.port.to_string();

    // The spec's first server, `http://{host}:{port}/{basePath}`, with a variable set.
    let client = Client::builder()
        .server_variable("port", &port)
        .build()
        .unwrap();
    assert_eq!(client.base_url(), format!("http://127.0.0.1:{port}/v1"));
    assert_eq!(client.list_things().await.unwrap().path, "/v1/things");
    let v2 = Client::builder()
        .server_variable("port", &port)
        .server_variable("basePath", "v2")
        .build()
        .unwrap();
    assert_eq!(v2.list_things().await.unwrap().path, "/v2/things");

    // An operation server `/` is resolved against the client's origin, not its base path.
    assert_eq!(
        client.root_config().await.unwrap().path,
        "/.well-known/config"
    );
    // A per-call override wins over an operation's absolute server.
    let echo = client
        .with_server_url(format!("{}/alt/", server.url))
        .elsewhere()
        .await
        .unwrap();
    assert_eq!(echo.path, "/alt/elsewhere");
    // Without it, the operation's own server (a closed port here) is used.
    let err = client
        .with_retry(fixture_servers::RetryPolicy::none())
        .elsewhere()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, fixture_servers::Error::Transport(e) if e.is_connect()),
        "{err:?}"
    );
}

#[test]
fn building_without_a_usable_server_says_why() {
    let err = ory_hydra_client::Client::builder().build().unwrap_err();
    assert!(
        matches!(err, ory_hydra_client::BuildError::NoServer),
        "{err}"
    );
    let err = pipeshub_client::Client::builder().build().unwrap_err();
    assert!(
        matches!(&err, pipeshub_client::BuildError::RelativeServer(url) if url == "/api/v1"),
        "{err}"
    );
    assert!(err.to_string().contains("base_url"));
}

// ---- timeouts, retries, faults ----------------------------------------------------------

#[tokio::test]
async fn idempotent_calls_are_retried_on_503_and_429() {
    use fixture_servers::Client;
    let server = EchoServer::start().await;
    let client = Client::builder()
        .base_url(&server.url)
        .retry(fast_retries())
        .build()
        .unwrap();

    server.queue([Fault::Status(503), Fault::Status(503)]);
    let echo = client.retry_get("a").await.unwrap();
    assert_eq!(echo.path, "/retry/a");
    assert_eq!(server.seen().len(), 3, "two failures, then success");

    // `Retry-After` is honoured.
    server.queue([Fault::RetryAfter(429, "1".into())]);
    let started = Instant::now();
    client.retry_get("b").await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "waited {:?}",
        started.elapsed()
    );

    // A `Retry-After` longer than the policy allows ends the retries.
    server.queue([Fault::RetryAfter(429, "3600".into())]);
    match client.retry_get("c").await {
        Err(fixture_servers::Error::Status(e)) => {
            assert!(format!("{e:?}").contains("429"), "{e:?}")
        }
        other => panic!("unexpected {other:?}"),
    }

    // Retries run out: the last answer is returned.
    let before = server.seen().len();
    server.queue([
        Fault::Status(503),
        Fault::Status(503),
        Fault::Status(503),
        Fault::Status(503),
        Fault::Status(503),
    ]);
    assert!(client
        .with_retry(fast_retries().max_retries(2))
        .retry_get("d")
        .await
        .is_err());
    assert_eq!(server.seen().len() - before, 3, "one try and two retries");
    server.queue([]);
}

#[tokio::test]
async fn non_idempotent_calls_are_retried_only_when_allowed() {
    use fixture_servers::Client;
    let server = EchoServer::start().await;
    let client = Client::builder()
        .base_url(&server.url)
        .retry(fast_retries())
        .build()
        .unwrap();
    server.queue([Fault::Status(503)]);
    assert!(client.retry_post("a").await.is_err());
    assert_eq!(server.seen().len(), 1, "POST is not retried by default");

    server.queue([Fault::Status(503)]);
    let echo = client
        .with_retry(fast_retries().retry_non_idempotent(true))
        .retry_post("b")
        .await
        .unwrap();
    assert_eq!(echo.method, "POST");
    assert_eq!(server.seen().len(), 3);
}

#[tokio::test]
async fn slow_responses_time_out() {
    use fixture_servers::Client;
    let server = EchoServer::start().await;
    let client = Client::builder()
        .base_url(&server.url)
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    server.queue([Fault::Slow(Duration::from_secs(3))]);
    let started = Instant::now();
    match client.retry_get("slow").await {
        Err(fixture_servers::Error::Transport(e)) => assert!(e.is_timeout(), "{e}"),
        other => panic!("unexpected {other:?}"),
    }
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(server.seen().len(), 1, "timeouts are not retried");
    // A per-call timeout overrides the client's.
    server.queue([Fault::Slow(Duration::from_millis(300))]);
    client
        .with_timeout(Duration::from_secs(5))
        .retry_get("patient")
        .await
        .unwrap();
}

#[tokio::test]
async fn dropped_connections_are_retried_then_reported() {
    // A server that accepts connections and closes them without answering.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let accepted = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = accepted.clone();
    tokio::spawn(async move {
        use tokio::io::AsyncReadExt;
        while let Ok((mut socket, _)) = listener.accept().await {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let mut buf = [0u8; 1024];
            let _ = socket.read(&mut buf).await;
            drop(socket);
        }
    });
    let client = fixture_servers::Client::builder()
        .base_url(url)
        .retry(fast_retries().max_retries(2))
        .build()
        .unwrap();
    match client.retry_get("x").await {
        Err(fixture_servers::Error::Transport(e)) => assert!(!e.is_timeout(), "{e}"),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(accepted.load(std::sync::atomic::Ordering::SeqCst), 3);
}

#[tokio::test]
async fn malformed_bodies_name_the_operation_and_the_path() {
    let server = EchoServer::start().await;
    let client = fixture_servers::Client::new(&server.url);
    server.queue([Fault::Malformed(
        r#"{"method":"GET","path":"/","query":"","headers":{"a":1},"body":""}"#.into(),
    )]);
    match client.list_things().await {
        Err(fixture_servers::Error::Decode {
            operation, path, ..
        }) => {
            assert_eq!((operation, path.as_str()), ("listThings", "headers.a"));
        }
        other => panic!("unexpected {other:?}"),
    }
    server.queue([Fault::Malformed("{\"method\": ".into())]);
    let err = client.list_things().await.unwrap_err();
    assert!(err.to_string().contains("listThings"), "{err}");
}

#[tokio::test]
async fn extra_headers_and_query_reach_the_server() {
    let server = EchoServer::start().await;
    let client = fixture_servers::Client::new(&server.url);
    let echo = client
        .with_header("X-Extra", "1")
        .with_query("debug", "yes")
        .list_things()
        .await
        .unwrap();
    assert_eq!(echo.headers.get("x-extra").map(String::as_str), Some("1"));
    assert_eq!(echo.query, "debug=yes");
}

// ---- open enums ---------------------------------------------------------------------------

#[tokio::test]
async fn unknown_enum_values_and_fields_decode_instead_of_failing() {
    use fixture_enums::models::{Order, OrderPriority, Status};
    let server = EchoServer::start().await;
    let client = fixture_enums::Client::new(&server.url);
    server.queue([Fault::Malformed(
        r#"[{"status": "client_secret_basic", "priority": "high"},
            {"status": "brand-new", "priority": "urgent", "codes": ["a", "z"], "added_later": {"x": 1}}]"#
            .into(),
    )]);
    let orders: Vec<Order> = client.list_orders(None, None).await.unwrap().into_inner();
    assert_eq!(orders[0].status, Status::ClientSecretBasic);
    assert_eq!(orders[0].priority, Some(OrderPriority::High));
    // Values the spec does not list are kept, and written back unchanged.
    assert_eq!(orders[1].status, Status::Unknown("brand-new".into()));
    assert_eq!(
        orders[1].priority,
        Some(OrderPriority::Unknown("urgent".into()))
    );
    assert_eq!(orders[1].status.as_str(), "brand-new");
    let json = serde_json::to_value(&orders[1]).unwrap();
    assert_eq!(json["status"], "brand-new");
    assert_eq!(json["codes"], serde_json::json!(["a", "z"]));
    // Known values serialize to their wire form, and a query parameter uses it too.
    assert_eq!(serde_json::to_value(Status::Star).unwrap(), "*");
    server.queue([Fault::Malformed("[]".into())]);
    let seen = {
        client
            .list_orders(
                Some(&fixture_enums::models::ListOrdersStatus::Delivered),
                Some(&fixture_enums::models::ListOrdersLevel::Minus1),
            )
            .await
            .unwrap();
        server.seen()
    };
    assert_eq!(seen.last().unwrap().query, "status=delivered&level=-1");
}
