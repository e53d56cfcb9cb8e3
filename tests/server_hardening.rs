//! A generated server (the bodies fixture's) on the open internet: trailing JSON, `-0`, slow,
//! idle and surplus connections, a panicking handler, requests over the time limit, bytes that
//! are not UTF-8, oversized heads, Basic credentials as OAuth2 clients send them, and fields the
//! spec does not declare. Each probe goes over a real loopback socket to `runtime::Server`.

use std::time::Duration;

use base64::Engine;
use fixture_bodies_server::apis::default::{self, DefaultApi};
use fixture_bodies_server::runtime::{same_secret, Server};
use fixture_bodies_server::{models, Reply};
use serde_json::{json, Value};
use specmint_tests::raw;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Answers each operation with what a probe needs to see.
#[derive(Clone)]
struct Probe;

fn echo(body: impl Into<String>) -> models::Echo {
    models::Echo {
        method: String::new(),
        path: String::new(),
        query: String::new(),
        headers: Default::default(),
        body: body.into(),
    }
}

impl DefaultApi for Probe {
    async fn send_json(&self, r: default::SendJsonRequest) -> Reply<default::SendJsonResponse> {
        let stars = r.body.stars.map(|s| s.to_string()).unwrap_or_default();
        default::SendJsonResponse::Ok(echo(format!("{}:{stars}", r.body.title))).into()
    }

    /// The declared grant type, the undeclared `client_secret` and the OAuth2 client's Basic
    /// credentials, form-decoded.
    async fn send_form(&self, r: default::SendFormRequest) -> Reply<default::SendFormResponse> {
        let grant = r.body.map(|b| b.grant_type).unwrap_or_default();
        let secret = r.raw.form_field("client_secret").unwrap_or_default();
        let client = r.credentials.basic.and_then(|b| b.form_decoded());
        let (id, matches) = client.map_or((String::new(), false), |c| {
            let matches = same_secret("s3cret pass", &c.password);
            (c.user_id, matches)
        });
        let seen = json!({"grant": grant, "secret": secret, "client": id, "matches": matches});
        default::SendFormResponse::Ok(echo(seen.to_string())).into()
    }

    async fn send_preferred(
        &self,
        r: default::SendPreferredRequest,
    ) -> Reply<default::SendPreferredResponse> {
        default::SendPreferredResponse::Ok(echo(r.body.title)).into()
    }

    async fn upload(&self, _: default::UploadRequest) -> Reply<default::UploadResponse> {
        default::UploadResponse::Ok(echo("upload")).into()
    }

    async fn upload_any(&self, _: default::UploadAnyRequest) -> Reply<default::UploadAnyResponse> {
        default::UploadAnyResponse::Ok(echo("upload")).into()
    }

    /// Takes its time: longer than the request timeout the tests set.
    async fn put_raw(&self, r: default::PutRawRequest) -> Reply<default::PutRawResponse> {
        tokio::time::sleep(Duration::from_secs(3)).await;
        default::PutRawResponse::Ok(r.body).into()
    }

    /// Panics when told to.
    async fn send_text(&self, r: default::SendTextRequest) -> Reply<default::SendTextResponse> {
        if r.body == "panic" {
            panic!("secret detail that must not reach the client");
        }
        default::SendTextResponse::Ok(r.body).into()
    }

    async fn get_note(&self, r: default::GetNoteRequest) -> Reply<default::GetNoteResponse> {
        let seen = json!({"id": r.id, "q": r.q, "tag": r.x_tag});
        default::GetNoteResponse::Ok(echo(seen.to_string())).into()
    }
}

/// Serves the probe with `server`'s limits on a free loopback port; returns its address
/// (`127.0.0.1:PORT`).
async fn start(server: Server) -> String {
    let (listener, url) = specmint_tests::Loopback::bind().await.into_parts();
    let app = fixture_bodies_server::router(Probe);
    tokio::spawn(server.run(listener, app));
    url.trim_start_matches("http://").to_string()
}

/// Sends raw bytes as a request and reads the whole answer (the request asks to close).
fn problem(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not a JSON problem ({e}): {body:?}"))
}

async fn post(addr: &str, path: &str, content_type: &str, body: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .post(format!("http://{addr}{path}"))
        .header("content-type", content_type)
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn a_json_body_is_one_value_and_nothing_after_it() {
    let addr = start(Server::default()).await;
    for trailing in [
        r#"{"title":"a"} xyz"#,
        r#"{"title":"a"}{"title":"evil"}"#,
        r#"{"title":"a"}]]]"#,
    ] {
        let (status, body) = post(&addr, "/json", "application/json", trailing).await;
        assert_eq!(status, 400, "{trailing}: {body}");
        let problem = problem(&body);
        assert_eq!(problem["location"], "body");
        assert!(
            problem["error"].as_str().unwrap().contains("trailing"),
            "{body}"
        );
    }
    let (status, body) = post(&addr, "/json", "application/json", "{\"title\":\"a\"} \n\t").await;
    assert_eq!(status, 200, "whitespace after the value is fine: {body}");
}

#[tokio::test]
async fn minus_zero_is_an_integer() {
    let addr = start(Server::default()).await;
    let (status, body) = post(
        &addr,
        "/json",
        "application/json",
        r#"{"title":"-0 in a string stays","stars":-0}"#,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(problem(&body)["body"], "-0 in a string stays:0");
    // A float is still not an integer.
    let (status, _) = post(
        &addr,
        "/json",
        "application/json",
        r#"{"title":"a","stars":-0.5}"#,
    )
    .await;
    assert_eq!(status, 422);
}

#[tokio::test]
async fn a_slow_client_is_cut_off_while_others_are_served() {
    let addr = start(Server {
        header_read_timeout: Duration::from_millis(800),
        ..Server::default()
    })
    .await;
    let mut slow = TcpStream::connect(&addr).await.unwrap();
    let started = std::time::Instant::now();
    let head =
        b"GET /notes/1 HTTP/1.1\r\nhost: x\r\nx-tag: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    let mut cut_off = None;
    for byte in head {
        if slow.write_all(&[*byte]).await.is_err() {
            cut_off = Some(started.elapsed());
            break;
        }
        // Meanwhile, a normal client is served.
        if *byte == b'x' {
            let (status, _) = raw(
                &addr,
                b"GET /notes/2 HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
            )
            .await;
            assert_eq!(status, 200);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        let mut probe = [0u8; 1];
        if let Ok(Ok(0)) =
            tokio::time::timeout(Duration::from_millis(1), slow.read(&mut probe)).await
        {
            cut_off = Some(started.elapsed());
            break;
        }
    }
    let cut_off = cut_off.expect("the slow client is disconnected before it finishes its head");
    assert!(
        cut_off < Duration::from_secs(3),
        "cut off after {cut_off:?}"
    );
}

#[tokio::test]
async fn a_thousand_idle_connections_do_not_block_a_new_client() {
    let addr = start(Server::default()).await;
    let mut idle = Vec::new();
    for _ in 0..1_000 {
        idle.push(TcpStream::connect(&addr).await.unwrap());
    }
    let (status, body) = raw(
        &addr,
        b"GET /notes/7 HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status, 200, "{body}");
    drop(idle);
}

/// Whether the server closed `stream` within `within`.
async fn closed(stream: &mut TcpStream, within: Duration) -> bool {
    let mut buf = [0u8; 1];
    matches!(
        tokio::time::timeout(within, stream.read(&mut buf)).await,
        Ok(Ok(0)) | Ok(Err(_))
    )
}

#[tokio::test]
async fn a_connection_over_the_limit_gets_503_when_every_connection_is_busy() {
    let addr = start(Server {
        max_connections: 3,
        ..Server::default()
    })
    .await;
    let mut busy = Vec::new();
    for _ in 0..3 {
        let mut stream = TcpStream::connect(&addr).await.unwrap();
        // `put_raw` takes 3 s to answer.
        let request = b"PUT /raw HTTP/1.1\r\nhost: x\r\ncontent-type: application/octet-stream\r\ncontent-length: 1\r\n\r\nx";
        stream.write_all(request).await.unwrap();
        busy.push(stream);
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let (status, body) = raw(&addr, b"GET /notes/1 HTTP/1.1\r\nhost: x\r\n\r\n").await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(problem(&body)["location"], "server");
}

#[tokio::test]
async fn idle_connections_make_room_for_new_ones_and_time_out() {
    let addr = start(Server {
        max_connections: 2,
        idle_timeout: Duration::from_millis(1_500),
        ..Server::default()
    })
    .await;
    let mut idle = Vec::new();
    for _ in 0..2 {
        idle.push(TcpStream::connect(&addr).await.unwrap());
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    // At the limit, the connection idle the longest is closed for the new client.
    let (status, _) = raw(
        &addr,
        b"GET /notes/1 HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status, 200);
    assert!(
        closed(&mut idle[0], Duration::from_millis(500)).await,
        "the oldest idle connection makes room"
    );
    // The other one idles out.
    assert!(
        closed(&mut idle[1], Duration::from_secs(5)).await,
        "an idle connection is closed"
    );
}

#[tokio::test]
async fn a_panicking_handler_answers_500_and_the_server_goes_on() {
    let addr = start(Server::default()).await;
    let (status, body) = post(&addr, "/text", "text/plain", "panic").await;
    assert_eq!(status, 500);
    let problem = problem(&body);
    assert_eq!(problem["error"], "internal server error");
    assert!(
        !body.contains("secret detail") && !body.contains(".rs"),
        "{body}"
    );
    let (status, body) = post(&addr, "/text", "text/plain", "calm").await;
    assert_eq!((status, body.as_str()), (200, "calm"));
}

#[tokio::test]
async fn a_request_over_the_time_limit_gets_408() {
    let addr = start(Server {
        request_timeout: Duration::from_millis(300),
        ..Server::default()
    })
    .await;
    let response = reqwest::Client::new()
        .put(format!("http://{addr}/raw"))
        .header("content-type", "application/octet-stream")
        .body("slow")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 408);
    let body = response.text().await.unwrap();
    assert_eq!(problem(&body)["location"], "server");
}

#[tokio::test]
async fn bytes_that_are_not_utf8_get_a_json_400_wherever_they_are() {
    let addr = start(Server::default()).await;
    let requests: [&[u8]; 3] = [
        b"GET /notes/%FF HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
        b"GET /notes/1?q=%FF%FE HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
        b"GET /notes/1 HTTP/1.1\r\nhost: x\r\nx-tag: \xff\xfe\r\nconnection: close\r\n\r\n",
    ];
    for (request, location) in requests.iter().zip(["path", "query", "header"]) {
        let (status, body) = raw(&addr, request).await;
        assert_eq!(status, 400, "{location}: {body}");
        assert_eq!(problem(&body)["location"], location, "{body}");
    }
    // Raw bytes that are not ASCII in the request line never reach the router: hyper answers
    // 400 itself (documented on `Server`).
    let (status, _) = raw(&addr, b"GET /notes/\xff HTTP/1.1\r\nhost: x\r\n\r\n").await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn long_uris_and_large_headers_get_json_problems() {
    let addr = start(Server::default()).await;
    let long = format!(
        "GET /notes/{} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n",
        "a".repeat(20_000)
    );
    let (status, body) = raw(&addr, long.as_bytes()).await;
    assert_eq!(status, 414);
    assert_eq!(problem(&body)["location"], "path");
    let large = format!(
        "GET /notes/1 HTTP/1.1\r\nhost: x\r\nx-big: {}\r\nconnection: close\r\n\r\n",
        "b".repeat(40_000)
    );
    let (status, body) = raw(&addr, large.as_bytes()).await;
    assert_eq!(status, 431);
    assert_eq!(problem(&body)["location"], "header");
}

#[tokio::test]
async fn oauth2_basic_credentials_are_form_decoded_and_undeclared_fields_are_readable() {
    let addr = start(Server::default()).await;
    // RFC 6749 §2.3.1: the client form-encodes its id and secret, then Basic-encodes them.
    let basic = base64::engine::general_purpose::STANDARD.encode("client%2D1:s3cret+pass");
    let response = reqwest::Client::new()
        .post(format!("http://{addr}/form"))
        .header("authorization", format!("Basic {basic}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials&client_secret=posted%2Dsecret")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let echo: Value = response.json().await.unwrap();
    let seen: Value = serde_json::from_str(echo["body"].as_str().unwrap()).unwrap();
    assert_eq!(
        seen,
        json!({"grant": "client_credentials", "secret": "posted-secret", "client": "client-1", "matches": true})
    );
}

#[test]
fn secrets_compare_equal_only_when_equal_and_never_print() {
    assert!(same_secret("abc", "abc"));
    assert!(!same_secret("abc", "abd"));
    assert!(!same_secret("abc", "abcd"));
    assert!(!same_secret("", "a"));
    let basic = fixture_bodies_server::runtime::Basic {
        user_id: "me".into(),
        password: "hunter2".into(),
    };
    let credentials = fixture_bodies_server::Credentials {
        basic: Some(basic),
        bearer: Some("token-value".into()),
        ..Default::default()
    };
    let printed = format!("{credentials:?}");
    assert!(printed.contains("me"), "{printed}");
    assert!(
        !printed.contains("hunter2") && !printed.contains("token-value"),
        "{printed}"
    );
}

#[tokio::test]
async fn each_request_runs_in_a_span_like_the_clients() {
    use tracing_subscriber::layer::SubscriberExt;
    let spans = specmint_tests::Spans::default();
    let subscriber = tracing_subscriber::registry().with(spans.clone());
    // The server's tasks run on other threads: the subscriber is global for this test binary.
    tracing::subscriber::set_global_default(subscriber).unwrap();
    let addr = start(Server::default()).await;
    let (status, _) = raw(
        &addr,
        b"GET /notes/9?q=x HTTP/1.1\r\nhost: x\r\nauthorization: Bearer tok-SECRET\r\nconnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status, 200);
    let seen = spans.0.lock().unwrap().clone();
    let (_, fields) = seen
        .iter()
        .find(|(name, f)| {
            name == "http_request" && f.get("operation").map(String::as_str) == Some("getNote")
        })
        .unwrap_or_else(|| panic!("no span for getNote: {seen:?}"));
    assert_eq!(fields["method"], "GET");
    assert_eq!(fields["path"], "/notes/{id}");
    assert_eq!(fields["status"], "200");
    assert!(fields.contains_key("duration_ms"), "{fields:?}");
    assert!(!format!("{seen:?}").contains("SECRET"));
}
