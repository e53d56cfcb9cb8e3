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
    let echo = client.all_keys().session("s1").await.unwrap();
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
    // A `:` in the id and `%` and a space in the secret: RFC 6749 §2.3.1 form-encodes both
    // before Basic encoding, or the server would split the pair at the wrong `:`.
    let credentials = ClientCredentials::new("app:1", "app secret%")
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
    let basic = base64::engine::general_purpose::STANDARD.encode("app%3A1:app%20secret%25");
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
async fn a_refused_token_request_is_a_typed_token_error() {
    use fixture_security::{AuthError, Client, ClientCredentials, Error};
    let server = EchoServer::start().await;
    // This endpoint answers 400 with `{"error": "bad"}`: a refusal.
    let token_url = format!("{}/strict/400", server.url);
    let credentials = ClientCredentials::new("app", "bad").token_url(&token_url);
    let client = Client::builder()
        .base_url(&server.url)
        .oauth2_client_credentials(credentials)
        .build()
        .unwrap();
    match client.oauth2_only().await {
        Err(Error::Auth(AuthError::TokenRefused {
            scheme,
            token_url: url,
            status,
            error,
            ..
        })) => {
            assert_eq!(
                (scheme, url.as_str(), status.as_u16()),
                ("oauth2", token_url.as_str(), 400)
            );
            assert_eq!(error.as_deref(), Some("bad"));
        }
        other => panic!("unexpected {other:?}"),
    }
    let error = client.oauth2_only().await.unwrap_err();
    assert_eq!(
        error.to_string(),
        format!("the token endpoint {token_url} refused the client credentials of scheme `oauth2`: 400 Bad Request: bad")
    );
}

/// Listens where the security fixture's spec puts its token URL and its `elsewhere` server
/// (`127.0.0.1:47319`, a stand-in for a vendor's host), counting what arrives.
async fn spec_host() -> (
    std::sync::Arc<std::sync::atomic::AtomicUsize>,
    tokio::task::JoinHandle<()>,
) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:47319")
        .await
        .expect("port 47319 stands in for the spec's host and must be free");
    let arrived = std::sync::Arc::new(AtomicUsize::new(0));
    let count = arrived.clone();
    let app = axum::Router::new().fallback(move || {
        count.fetch_add(1, Ordering::SeqCst);
        async {
            axum::Json(serde_json::json!({"access_token": "spec-host-token", "expires_in": 60}))
        }
    });
    let task = tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (arrived, task)
}

#[tokio::test]
async fn secrets_stay_with_the_server_the_user_chose() {
    use fixture_security::{AuthError, BuildError, Client, ClientCredentials, Error};
    use std::sync::atomic::Ordering;
    let (arrived, task) = spec_host().await;
    let server = EchoServer::start().await;

    // The base URL is the user's server; the spec's token URL is elsewhere: building fails,
    // naming both URLs and both ways out.
    let refused = Client::builder()
        .base_url(&server.url)
        .oauth2_client_credentials(ClientCredentials::new("app", "app-secret"))
        .build()
        .unwrap_err();
    assert!(
        matches!(
            &refused,
            BuildError::ForeignTokenUrl {
                scheme: "oauth2",
                ..
            }
        ),
        "{refused:?}"
    );
    let message = refused.to_string();
    for part in [
        "http://127.0.0.1:47319/oauth2/token",
        server.url.as_str(),
        "token_url(..)",
        "trust_spec_token_url()",
    ] {
        assert!(message.contains(part), "{message} lacks {part}");
    }

    // Per-call credentials meet the same rule when the call is made.
    let client = Client::new(&server.url);
    let per_call = client.with_credential(
        "oauth2",
        fixture_security::Credential::ClientCredentials(std::sync::Arc::new(
            ClientCredentials::new("app", "app-secret"),
        )),
    );
    match per_call.oauth2_only().await {
        Err(Error::Auth(AuthError::Withheld {
            scheme: "oauth2",
            url,
            base_url,
        })) => {
            assert_eq!(url, "http://127.0.0.1:47319/oauth2/token");
            assert_eq!(base_url, server.url);
        }
        other => panic!("unexpected {other:?}"),
    }

    // An operation whose own server (from the spec) is on another host gets no credentials:
    // the call fails before anything is sent.
    let client = Client::builder()
        .base_url(&server.url)
        .bearer_token("tok")
        .build()
        .unwrap();
    match client.elsewhere().await {
        Err(Error::Auth(AuthError::Withheld { scheme, url, .. })) => {
            assert_eq!(
                (scheme, url.as_str()),
                ("bearerAuth", "http://127.0.0.1:47319/elsewhere")
            );
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(
        arrived.load(Ordering::SeqCst),
        0,
        "a secret reached the spec's host"
    );

    // Opting in sends the secret to the spec's token URL: the stand-in receives it.
    let trusted = Client::builder()
        .base_url(&server.url)
        .oauth2_client_credentials(
            ClientCredentials::new("app", "app-secret").trust_spec_token_url(),
        )
        .build()
        .unwrap();
    let echo = trusted.oauth2_only().await.unwrap();
    assert_eq!(
        echo.headers.get("authorization").map(String::as_str),
        Some("Bearer spec-host-token")
    );
    assert_eq!(arrived.load(Ordering::SeqCst), 1);
    task.abort();
}

#[test]
fn credentials_never_print_their_secrets() {
    use fixture_security::{ClientCredentials, Credential};
    use wickr_client::AwsCredentials;
    let printed = [
        format!(
            "{:?}",
            Credential::Basic {
                username: "ann".into(),
                password: "pw-SECRET".into()
            }
        ),
        format!("{:?}", Credential::Bearer("tok-SECRET".into())),
        format!("{:?}", Credential::ApiKey("key-SECRET".into())),
        format!("{:?}", ClientCredentials::new("app", "cs-SECRET")),
        format!(
            "{:?}",
            Credential::ClientCredentials(std::sync::Arc::new(ClientCredentials::new(
                "app",
                "cs-SECRET"
            )))
        ),
        format!(
            "{:?}",
            AwsCredentials::new("AKID", "aws-SECRET").session_token("st-SECRET")
        ),
        format!(
            "{:?}",
            wickr_client::Credential::Aws(AwsCredentials::new("AKID", "aws-SECRET"))
        ),
        format!(
            "{:?}",
            fixture_security::Client::builder()
                .base_url("http://127.0.0.1:1")
                .basic_auth("ann", "pw-SECRET")
                .bearer_token("tok-SECRET")
                .api_key("key-SECRET")
        ),
    ];
    for text in printed {
        assert!(!text.contains("SECRET"), "{text}");
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
    let orders: Vec<Order> = client.list_orders().await.unwrap().into_inner();
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
            .list_orders()
            .status(&fixture_enums::models::ListOrdersStatus::Delivered)
            .level(&fixture_enums::models::ListOrdersLevel::Minus1)
            .await
            .unwrap();
        server.seen()
    };
    assert_eq!(seen.last().unwrap().query, "status=delivered&level=-1");
}

// ---- observability -------------------------------------------------------------------

#[tokio::test]
async fn each_attempt_runs_in_a_span_without_secrets() {
    use tracing_subscriber::layer::SubscriberExt;
    let spans = specmint_tests::Spans::default();
    let subscriber = tracing_subscriber::registry().with(spans.clone());
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = EchoServer::start().await;
    let client = fixture_security::Client::builder()
        .base_url(&server.url)
        .bearer_token("tok-SECRET")
        .retry(
            fixture_security::RetryPolicy::default()
                .initial_delay(Duration::from_millis(10))
                .max_delay(Duration::from_millis(20)),
        )
        .build()
        .unwrap();
    // One 503 first: two attempts, two spans.
    server.queue([Fault::Status(503)]);
    client.uses_global().await.unwrap();

    let seen = spans.0.lock().unwrap().clone();
    let attempts: Vec<_> = seen
        .iter()
        .filter(|(name, _)| name == "http_request")
        .collect();
    assert_eq!(attempts.len(), 2, "{seen:?}");
    for (i, (_, fields)) in attempts.iter().enumerate() {
        assert_eq!(fields["operation"], "usesGlobal");
        assert_eq!(fields["method"], "GET");
        assert_eq!(fields["path"], "/global");
        assert_eq!(fields["attempt"], (i + 1).to_string());
        assert!(fields.contains_key("duration_ms"), "{fields:?}");
        let text = format!("{fields:?}");
        assert!(!text.contains("SECRET"), "{text}");
    }
    assert_eq!(attempts[0].1["status"], "503");
    assert_eq!(attempts[1].1["status"], "200");
}

#[tokio::test]
async fn hooks_see_each_request_and_response() {
    use std::sync::{Arc, Mutex};
    let server = EchoServer::start().await;
    let statuses = Arc::new(Mutex::new(Vec::new()));
    let seen = statuses.clone();
    let client = fixture_security::Client::builder()
        .base_url(&server.url)
        .on_request(|request| {
            request
                .headers_mut()
                .insert("x-extra", "from-the-hook".parse().unwrap());
        })
        .on_response(move |response| {
            seen.lock().unwrap().push(response.status().as_u16());
        })
        .retry(
            fixture_security::RetryPolicy::default()
                .initial_delay(Duration::from_millis(10))
                .max_delay(Duration::from_millis(20)),
        )
        .build()
        .unwrap();
    server.queue([Fault::Status(503)]);
    let echo = client.opts_out().await.unwrap();
    // The server saw the header the hook added, on the attempt that succeeded.
    assert_eq!(
        echo.headers.get("x-extra").map(String::as_str),
        Some("from-the-hook")
    );
    assert!(server
        .seen()
        .iter()
        .all(|s| s.headers.get("x-extra").is_some()));
    assert_eq!(*statuses.lock().unwrap(), vec![503, 200]);
}
