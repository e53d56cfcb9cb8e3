//! Load benchmark (not a test): requests per second and p50/p99 latency at 64 connections for
//! two requests, OpenID discovery and a client-credentials token request, each served three
//! ways in turns in one process: by the example over the generated layer (`runtime::Server`,
//! the generated router, request reading and the trait), by the same handler written directly
//! in axum, and by that bare router on `runtime::Server` (the server's share of the cost).
//!
//! `cargo bench -p hydra-oidc-example --bench load [-- SECONDS]`

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use hydra_oidc_example::MemoryOidc;

/// The allocator the example's binary uses (see `src/main.rs`), for both servers alike.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CONNECTIONS: usize = 64;
const DISCOVERY: &str = "/.well-known/openid-configuration";
const TOKEN: &str = "/oauth2/token";

/// Builds one request of a scenario.
type Make = Arc<dyn Fn(&reqwest::Client) -> reqwest::RequestBuilder + Send + Sync>;

#[derive(Default)]
struct Figures {
    requests: usize,
    errors: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Figures {
    fn add(&mut self, turn: Figures) {
        self.requests += turn.requests;
        self.errors += turn.errors;
        self.elapsed += turn.elapsed;
        self.latencies.extend(turn.latencies);
        self.latencies.sort();
    }

    fn percentile(&self, p: f64) -> Duration {
        let at = ((self.latencies.len() as f64 - 1.0) * p).round() as usize;
        self.latencies.get(at).copied().unwrap_or_default()
    }

    fn print(&self, name: &str) {
        println!(
            "{name:<24} {:>6.0} req/s  p50 {:>7.3} ms  p99 {:>7.3} ms  {} requests, {} errors",
            self.requests as f64 / self.elapsed.as_secs_f64(),
            self.percentile(0.50).as_secs_f64() * 1e3,
            self.percentile(0.99).as_secs_f64() * 1e3,
            self.requests,
            self.errors
        );
    }
}

/// `CONNECTIONS` clients, one connection each, sending `make`'s request in a loop for
/// `length`.
async fn load(make: Make, length: Duration) -> Figures {
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..CONNECTIONS {
        let make = make.clone();
        workers.push(tokio::spawn(async move {
            let client = reqwest::Client::builder()
                .pool_max_idle_per_host(1)
                .build()
                .expect("a client");
            let (mut latencies, mut errors) = (Vec::new(), 0);
            while started.elapsed() < length {
                let sent = Instant::now();
                match make(&client).send().await {
                    Ok(response) if response.status().is_success() => {
                        let _ = response.bytes().await;
                        latencies.push(sent.elapsed());
                    }
                    _ => errors += 1,
                }
            }
            (latencies, errors)
        }));
    }
    let mut figures = Figures::default();
    for worker in workers {
        let (latencies, errors) = worker.await.expect("a worker");
        figures.latencies.extend(latencies);
        figures.errors += errors;
    }
    figures.elapsed = started.elapsed();
    figures.requests = figures.latencies.len();
    figures.latencies.sort();
    figures
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

/// The bare token endpoint's state: the provider, and the one client it authenticates.
struct BareTokens {
    provider: MemoryOidc,
    client_id: String,
    secret: String,
}

/// `client_credentials` for one client with `client_secret_basic`, written directly in axum:
/// the same checks as the example (Basic credentials, a constant-time secret comparison) and
/// the same token issued and stored by the same provider, answered as JSON with no-store.
async fn bare_token(
    axum::extract::State(state): axum::extract::State<Arc<BareTokens>>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<BTreeMap<String, String>>,
) -> Response {
    let authenticated = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok()?.strip_prefix("Basic "))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .and_then(|pair| String::from_utf8(pair).ok())
        .is_some_and(|pair| {
            pair.split_once(':').is_some_and(|(id, secret)| {
                id == state.client_id
                    && ory_hydra_server::runtime::same_secret(&state.secret, secret)
            })
        });
    if !authenticated || form.get("grant_type").map(String::as_str) != Some("client_credentials") {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let scope = form.get("scope").map_or("", String::as_str);
    let Some(token) = state.provider.issue_client_token(&state.client_id, scope) else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let body =
        serde_json::json!({"access_token": token, "token_type": "Bearer", "expires_in": 3600});
    ([(header::CACHE_CONTROL, "no-store")], axum::Json(body)).into_response()
}

/// Runs each server's `Make` in one-second turns, round after round, and prints them, with
/// each one's throughput relative to the first.
async fn compare(name: &str, seconds: u64, servers: &[(&str, Make)]) {
    println!("{name}, {CONNECTIONS} connections, {seconds} s each, in turns of 1 s");
    let mut figures: Vec<Figures> = servers.iter().map(|_| Figures::default()).collect();
    // Each round starts with the next server, so that none always runs right after another
    // (a turn inherits the previous one's warm caches and its timers winding down).
    for round in 0..seconds as usize {
        for turn in 0..servers.len() {
            let at = (round + turn) % servers.len();
            figures[at].add(load(servers[at].1.clone(), Duration::from_secs(1)).await);
        }
    }
    let rate = |f: &Figures| f.requests as f64 / f.elapsed.as_secs_f64();
    for ((server, _), f) in servers.iter().zip(&figures) {
        f.print(server);
        println!(
            "{:<22} throughput {:.1}% of {}",
            "",
            rate(f) / rate(&figures[0]) * 100.0,
            servers[0].0
        );
    }
}

#[tokio::main]
async fn main() {
    let seconds: u64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(5);

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    let provider = MemoryOidc::new(&issuer);
    let app = provider.clone().router();
    tokio::spawn(ory_hydra_server::runtime::Server::default().run(listener, app));
    // The bare handlers answer the same discovery document, and issue tokens to one client
    // registered at the example.
    let document: serde_json::Value = reqwest::get(format!("{issuer}{DISCOVERY}"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let registered: serde_json::Value = reqwest::Client::new()
        .post(format!("{issuer}/oauth2/register"))
        .json(&serde_json::json!({"grant_types": ["client_credentials"]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let client_id = registered["client_id"].as_str().unwrap().to_string();
    let secret = registered["client_secret"].as_str().unwrap().to_string();

    let bare_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let bare_base = format!("http://{}", bare_listener.local_addr().unwrap());
    // The bare handler issues through the same provider, so all three servers store their
    // tokens in one map and pay the same for it.
    let tokens = Arc::new(BareTokens {
        provider,
        client_id: client_id.clone(),
        secret: secret.clone(),
    });
    let bare = axum::Router::new()
        .route(
            DISCOVERY,
            axum::routing::get(move || {
                let document = document.clone();
                async move { axum::Json(document) }
            }),
        )
        .route(TOKEN, axum::routing::post(bare_token))
        .with_state(tokens);
    // The same bare router behind the generated runtime's server (timeouts, connection
    // limit), to tell the server's share of the cost from the router's and the handler's.
    let served_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let served_base = format!("http://{}", served_listener.local_addr().unwrap());
    tokio::spawn(ory_hydra_server::runtime::Server::default().run(served_listener, bare.clone()));
    tokio::spawn(async move { axum::serve(bare_listener, bare).await });

    let discovery = |base: &str| -> Make {
        let url = format!("{base}{DISCOVERY}");
        Arc::new(move |client| client.get(&url))
    };
    let token = |base: &str| -> Make {
        let (url, id, secret) = (format!("{base}{TOKEN}"), client_id.clone(), secret.clone());
        Arc::new(move |client| {
            client
                .post(&url)
                .basic_auth(&id, Some(&secret))
                .form(&[("grant_type", "client_credentials")])
        })
    };
    compare(
        "discovery",
        seconds,
        &[
            ("bare axum", discovery(&bare_base)),
            ("bare on runtime::Server", discovery(&served_base)),
            ("generated", discovery(&issuer)),
        ],
    )
    .await;
    compare(
        "client-credentials token",
        seconds,
        &[
            ("bare axum", token(&bare_base)),
            ("bare on runtime::Server", token(&served_base)),
            ("generated", token(&issuer)),
        ],
    )
    .await;
    println!(
        "process peak RSS (both servers and the load client): {:.1} MiB",
        peak_rss_mib()
    );
}
