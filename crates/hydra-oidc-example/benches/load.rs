//! Load benchmark (not a test): requests per second and p50/p99 latency at 64 connections for
//! OpenID discovery, served by the example over the generated layer (`runtime::Server`, the
//! generated router, request reading and the trait) and by the same answer written directly in
//! axum, run one after the other in one process.
//!
//! `cargo bench -p hydra-oidc-example --bench load [-- SECONDS]`

use std::time::{Duration, Instant};

use hydra_oidc_example::MemoryOidc;

const CONNECTIONS: usize = 64;
const PATH: &str = "/.well-known/openid-configuration";

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
            "{name:<10} {:>9.0} req/s  p50 {:>7.3} ms  p99 {:>7.3} ms  {} requests, {} errors",
            self.requests as f64 / self.elapsed.as_secs_f64(),
            self.percentile(0.50).as_secs_f64() * 1e3,
            self.percentile(0.99).as_secs_f64() * 1e3,
            self.requests,
            self.errors
        );
    }
}

/// `CONNECTIONS` clients, one connection each, asking `url` in a loop for `length`.
async fn load(url: String, length: Duration) -> Figures {
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..CONNECTIONS {
        let url = url.clone();
        workers.push(tokio::spawn(async move {
            let client = reqwest::Client::builder()
                .pool_max_idle_per_host(1)
                .build()
                .expect("a client");
            let (mut latencies, mut errors) = (Vec::new(), 0);
            while started.elapsed() < length {
                let sent = Instant::now();
                match client.get(&url).send().await {
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

#[tokio::main]
async fn main() {
    let seconds: u64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(5);

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    let app = MemoryOidc::new(&issuer).router();
    tokio::spawn(ory_hydra_server::runtime::Server::default().run(listener, app));
    let generated_url = format!("{issuer}{PATH}");
    // The bare handler answers the same document, built the same way on each request.
    let document: serde_json::Value = reqwest::get(&generated_url)
        .await
        .unwrap()
        .json()
        .await
        .unwrap();

    let bare_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let bare_url = format!("http://{}{PATH}", bare_listener.local_addr().unwrap());
    let bare = axum::Router::new().route(
        PATH,
        axum::routing::get(move || {
            let document = document.clone();
            async move { axum::Json(document) }
        }),
    );
    tokio::spawn(async move { axum::serve(bare_listener, bare).await });

    // In turns of one second, so that a busy moment on the machine falls on both.
    println!("discovery, {CONNECTIONS} connections, {seconds} s each, in turns of 1 s");
    let (mut bare, mut generated) = (Figures::default(), Figures::default());
    for _ in 0..seconds {
        bare.add(load(bare_url.clone(), Duration::from_secs(1)).await);
        generated.add(load(generated_url.clone(), Duration::from_secs(1)).await);
    }
    bare.print("bare axum");
    generated.print("generated");
    let ratio = generated.requests as f64
        / generated.elapsed.as_secs_f64()
        / (bare.requests as f64 / bare.elapsed.as_secs_f64());
    println!(
        "generated/bare throughput: {:.1}%; process peak RSS (server and load client): {:.1} MiB",
        ratio * 100.0,
        peak_rss_mib()
    );
}
