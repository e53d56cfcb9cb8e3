//! 10,000 malformed requests against the generated server (with the example implementation):
//! each gets a 4xx and none a 5xx, the server still answers a good request afterwards, and its
//! memory does not keep growing. Bounded: a fixed number of requests, a few at a time.

use std::collections::BTreeMap;

use hydra_oidc_example::MemoryOidc;

const REQUESTS: usize = 10_000;
const CONCURRENCY: usize = 16;

/// This process's resident memory in KiB (the server runs in it).
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The `i`-th malformed request: its kind and the request.
fn malformed(
    http: &reqwest::Client,
    base: &str,
    i: usize,
) -> (&'static str, reqwest::RequestBuilder) {
    let valid = r#"{"client_name":"x","redirect_uris":["http://127.0.0.1/cb"],"grant_types":["client_credentials"]}"#;
    let json = |body: String| {
        http.post(format!("{base}/oauth2/register"))
            .header("content-type", "application/json")
            .body(body)
    };
    match i % 12 {
        // JSON cut short at every possible place.
        0 => ("broken json", json(valid[..i % valid.len()].to_string())),
        1 => ("wrong type", json(format!(r#"{{"client_name": {i}}}"#))),
        2 => (
            "wrong array type",
            json(format!(r#"{{"redirect_uris": "http://{i}"}}"#)),
        ),
        3 => ("json not an object", json(format!("[{i}, true, null]"))),
        4 => (
            "wrong content type",
            http.post(format!("{base}/oauth2/register"))
                .header("content-type", "text/csv")
                .body("a,b"),
        ),
        5 => (
            "missing body",
            http.put(format!("{base}/oauth2/register/client-{i}"))
                .header("content-type", "application/json"),
        ),
        6 => (
            "bad path encoding",
            http.get(format!("{base}/oauth2/register/%FF%FE%{:02X}", i % 256)),
        ),
        7 => (
            "unknown path",
            http.get(format!("{base}/oauth2/{i}/nothing")),
        ),
        8 => ("wrong method", http.patch(format!("{base}/userinfo"))),
        9 => (
            "bad credentials",
            http.get(format!("{base}/oauth2/register/client-{i}"))
                .header(
                    "authorization",
                    reqwest::header::HeaderValue::from_bytes(b"Basic \xff\xfe!!").unwrap(),
                ),
        ),
        10 if i % 240 == 10 => (
            "huge body",
            json(" ".repeat(ory_hydra_server::BODY_LIMIT + 1 + i % 7)),
        ),
        10 => (
            "deep nesting",
            json(format!(
                "{}{}",
                "[".repeat(200 + i % 50),
                "]".repeat(200 + i % 50)
            )),
        ),
        _ => (
            "invalid utf-8 body",
            http.post(format!("{base}/oauth2/register"))
                .header("content-type", "application/json")
                .body(vec![0xff, 0xfe, b'{', (i % 256) as u8]),
        ),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_requests_get_4xx_and_the_server_survives() {
    let loopback = specmint_tests::Loopback::bind().await;
    let base = loopback.url.clone();
    let app = MemoryOidc::new(&base).router();
    loopback.serve(app);
    let http = reqwest::Client::new();

    let mut by_status: BTreeMap<u16, usize> = BTreeMap::new();
    let mut server_errors = Vec::new();
    let mut rss_after_warmup = 0;
    let mut sent = 0;
    while sent < REQUESTS {
        let mut batch = tokio::task::JoinSet::new();
        for i in sent..(sent + CONCURRENCY).min(REQUESTS) {
            let (kind, request) = malformed(&http, &base, i);
            batch.spawn(async move { (kind, request.send().await) });
        }
        for (kind, outcome) in batch.join_all().await {
            match outcome {
                Ok(response) => {
                    let status = response.status().as_u16();
                    *by_status.entry(status).or_default() += 1;
                    if !(400..500).contains(&status) {
                        server_errors.push(format!("{kind}: {status}"));
                    }
                }
                // The server may close the connection on a body over the limit before reading it.
                Err(e) if kind == "huge body" => {
                    *by_status.entry(0).or_default() += usize::from(e.is_request())
                }
                Err(e) => server_errors.push(format!("{kind}: transport error {e}")),
            }
        }
        sent += CONCURRENCY;
        if sent == 1_000 {
            rss_after_warmup = rss_kib();
        }
    }
    println!("{REQUESTS} malformed requests by status: {by_status:?}");
    assert!(
        server_errors.is_empty(),
        "{} non-4xx answers, first: {:?}",
        server_errors.len(),
        &server_errors[..server_errors.len().min(10)]
    );

    // The server still answers a good request.
    let client = ory_hydra_client::Client::new(&base);
    assert_eq!(
        client.discover_oidc_configuration().await.unwrap().status(),
        200
    );

    // Memory after 9,000 more requests stays near where it was after the first 1,000.
    let growth = rss_kib().saturating_sub(rss_after_warmup);
    println!("resident memory grew {growth} KiB after warm-up");
    assert!(growth < 64 * 1024, "resident memory grew {growth} KiB");
}
