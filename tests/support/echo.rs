//! A real HTTP server on a loopback port for client tests. It answers with a JSON description
//! of each request it receives, plays scripted faults first when a test queues them, serves an
//! OAuth2 token endpoint that counts its tokens, and keeps a log of what it saw.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// What the server does instead of answering normally, once per queued entry.
#[derive(Debug, Clone)]
pub enum Fault {
    /// Answer with this status and an empty JSON object.
    Status(u16),
    /// Answer with this status and a `Retry-After` header.
    RetryAfter(u16, String),
    /// Wait this long, then answer normally.
    Slow(Duration),
    /// Answer `200` with a body that is not valid for the documented type.
    Malformed(String),
}

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub query: String,
    pub headers: HeaderMap,
    pub body: String,
}

#[derive(Default)]
struct Shared {
    faults: Mutex<VecDeque<Fault>>,
    log: Mutex<Vec<Seen>>,
    tokens_issued: Mutex<u32>,
    token_lifetime: Mutex<u64>,
}

/// The running server. It stops when the test's runtime shuts down.
pub struct EchoServer {
    /// `http://127.0.0.1:PORT`
    pub url: String,
    pub port: u16,
    shared: Arc<Shared>,
}

impl EchoServer {
    pub async fn start() -> EchoServer {
        let loopback = crate::Loopback::bind().await;
        let shared = Arc::new(Shared {
            token_lifetime: Mutex::new(3600),
            ..Shared::default()
        });
        let app = axum::Router::new()
            .fallback(handler)
            .with_state(shared.clone());
        let port = loopback.port;
        let url = loopback.serve(app);
        EchoServer { url, port, shared }
    }

    /// Queues faults; each request takes the next one.
    pub fn queue(&self, faults: impl IntoIterator<Item = Fault>) {
        self.shared.faults.lock().unwrap().extend(faults);
    }

    /// Every request seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.shared.log.lock().unwrap().clone()
    }

    /// How many tokens `/oauth2/token` has issued.
    pub fn tokens_issued(&self) -> u32 {
        *self.shared.tokens_issued.lock().unwrap()
    }

    /// The `expires_in` of tokens issued from now on.
    pub fn set_token_lifetime(&self, seconds: u64) {
        *self.shared.token_lifetime.lock().unwrap() = seconds;
    }
}

fn json_response(status: u16, value: serde_json::Value) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [("content-type", "application/json")],
        value.to_string(),
    )
        .into_response()
}

async fn handler(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_string();
    let seen = Seen {
        method: method.to_string(),
        path: path.clone(),
        query: uri.query().unwrap_or("").to_string(),
        headers: headers.clone(),
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    shared.log.lock().unwrap().push(seen.clone());

    let fault = shared.faults.lock().unwrap().pop_front();
    match fault {
        Some(Fault::Status(status)) => return json_response(status, json!({})),
        Some(Fault::RetryAfter(status, after)) => {
            let mut response = json_response(status, json!({}));
            response
                .headers_mut()
                .insert("retry-after", after.parse().unwrap());
            return response;
        }
        Some(Fault::Slow(wait)) => tokio::time::sleep(wait).await,
        Some(Fault::Malformed(text)) => {
            return (StatusCode::OK, [("content-type", "application/json")], text).into_response();
        }
        None => {}
    }

    let status_in = |prefix: &str| {
        path.strip_prefix(prefix)
            .and_then(|s| s.parse::<u16>().ok())
    };
    if path.ends_with("/oauth2/token") {
        let mut issued = shared.tokens_issued.lock().unwrap();
        *issued += 1;
        let lifetime = *shared.token_lifetime.lock().unwrap();
        return json_response(
            200,
            json!({"access_token": format!("token-{issued}"), "token_type": "bearer", "expires_in": lifetime}),
        );
    }
    if let Some(status) = status_in("/respond/") {
        // `x-body` asks for a body other than the documented one, as real servers send.
        let code = StatusCode::from_u16(status).unwrap();
        match headers.get("x-body").and_then(|v| v.to_str().ok()) {
            Some("html") => {
                let page = format!("<html><head><title>{code}</title></head><body><h1>{code}</h1><p>nginx</p></body></html>");
                return (code, [("content-type", "text/html")], page).into_response();
            }
            Some("text") => {
                return (
                    code,
                    [("content-type", "text/plain")],
                    "no widget by that name\n",
                )
                    .into_response();
            }
            Some("other-json") => {
                return json_response(
                    status,
                    json!({"message": "Widget not found", "code": status}),
                );
            }
            _ => {}
        }
        return match status {
            200 => json_response(200, json!({"name": "gear", "nested": {"count": 3}})),
            202 => json_response(202, json!({"ticket": "t-1"})),
            204 | 409 => StatusCode::from_u16(status).unwrap().into_response(),
            418 => (StatusCode::IM_A_TEAPOT, "short and stout").into_response(),
            _ => json_response(
                status,
                json!({"error": "no", "error_description": format!("status {status}")}),
            ),
        };
    }
    if let Some(status) = status_in("/strict/") {
        return match status {
            201 => json_response(201, json!({"name": 5})),
            _ => json_response(status, json!({"error": "bad"})),
        };
    }
    if let Some(status) = status_in("/only-default/").or_else(|| status_in("/no-success/")) {
        return json_response(status, json!({"error": format!("outcome {status}")}));
    }
    if let Some(status) = status_in("/defaulted/") {
        return match status {
            204 => StatusCode::NO_CONTENT.into_response(),
            _ => json_response(status, json!({"error": format!("failed with {status}")})),
        };
    }
    match path.as_str() {
        "/raw" => ([("content-type", "application/octet-stream")], body).into_response(),
        "/text" => (
            [("content-type", "text/plain")],
            format!("you said: {}", seen.body),
        )
            .into_response(),
        _ => {
            let names = [
                "x-request-id",
                "x-trace",
                "cookie",
                "content-type",
                "authorization",
                "x-api-key",
                "x-extra",
            ];
            let echoed: serde_json::Map<String, serde_json::Value> = names
                .iter()
                .filter_map(|n| {
                    headers
                        .get(*n)
                        .map(|v| (n.to_string(), json!(v.to_str().unwrap_or("?"))))
                })
                .collect();
            json_response(
                200,
                json!({"method": seen.method, "path": path, "query": seen.query, "headers": echoed, "body": seen.body}),
            )
        }
    }
}
