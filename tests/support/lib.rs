//! Helpers shared by the repository-level tests in `tests/`.

pub mod echo;
pub mod peer;

use std::path::{Path, PathBuf};

use specmint::output::{self, FileSet, Stale};
use specmint::{Generated, Job};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Fixture specs under `tests/fixtures/`, by file stem, sorted.
pub fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures"))
        .expect("tests/fixtures exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    names
}

/// The generation job of a fixture: its client crate is the snapshot in
/// `tests/snapshots/<name>/client`, a workspace member, so it is compiled and linted too.
pub fn fixture_job(name: &str) -> Job {
    let spec = root().join("tests/fixtures").join(format!("{name}.yaml"));
    let mut job = Job::new(spec, root().join("tests/snapshots").join(name))
        .crate_names(&format!("fixture-{name}"));
    job.spec_display = format!("tests/fixtures/{name}.yaml");
    job.install_path = format!("tests/snapshots/{name}/client");
    job
}

/// Compares generated output with what is on disk and returns a readable report of every
/// difference. With `UPDATE_SNAPSHOTS=1`, output that differs is also written, and the report
/// still lists it, so the run fails: an update run never passes silently (as rust-analyzer's
/// `ensure_file_contents`); the next run, without the variable, passes.
pub fn check_outputs(generated: &Generated) -> Vec<String> {
    check_or_update(generated, std::env::var_os("UPDATE_SNAPSHOTS").is_some())
}

/// [`check_outputs`] with the update mode given.
pub fn check_or_update(generated: &Generated, update: bool) -> Vec<String> {
    let mut report = Vec::new();
    for (dir, files) in &generated.outputs {
        for stale in output::compare(dir, files).expect("read generated output") {
            match &stale {
                Stale::Changed { diff, .. } => report.push(format!("{stale}\n{diff}")),
                other => report.push(other.to_string()),
            }
        }
    }
    if !report.is_empty() && update {
        let sets: Vec<(PathBuf, &FileSet)> = generated
            .outputs
            .iter()
            .map(|(d, f)| (d.clone(), f))
            .collect();
        output::write_all(&sets).expect("write snapshots");
        report.insert(
            0,
            "UPDATE_SNAPSHOTS: the snapshots below were rewritten; run the test again without it"
                .to_string(),
        );
    }
    report
}

/// A loopback port of its own for a test server: bind first (when the app must know its own
/// URL, as an OpenID issuer does), then [`Loopback::serve`].
pub struct Loopback {
    listener: tokio::net::TcpListener,
    /// The bound port.
    pub port: u16,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
}

impl Loopback {
    /// Binds a free port on 127.0.0.1.
    pub async fn bind() -> Loopback {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a loopback port");
        let port = listener.local_addr().expect("a bound address").port();
        Loopback {
            listener,
            port,
            url: format!("http://127.0.0.1:{port}"),
        }
    }

    /// Serves `app` in the background; the server stops with the test's runtime. Returns the
    /// server's URL.
    pub fn serve(self, app: axum::Router) -> String {
        tokio::spawn(async move { axum::serve(self.listener, app).await });
        self.url
    }
}

impl Loopback {
    /// The bound listener and its URL, for a test that serves it its own way.
    pub fn into_parts(self) -> (tokio::net::TcpListener, String) {
        (self.listener, self.url)
    }
}

/// Serves `app` on a free loopback port until the test's runtime ends; returns its URL.
pub async fn serve(app: axum::Router) -> String {
    Loopback::bind().await.serve(app)
}

/// Writes `request` (raw bytes, as a client that normalizes nothing would) to `addr`
/// (`host:port`) and reads the answer to its end; returns the status and the body.
pub async fn raw(addr: &str, request: &[u8]) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_end(&mut answer),
    )
    .await
    .expect("an answer in time")
    .unwrap();
    let text = String::from_utf8_lossy(&answer).to_string();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string());
    (status, body.unwrap_or_default())
}

// ---- observability -------------------------------------------------------------------

/// A span's name and fields.
pub type SpanRecord = (String, std::collections::BTreeMap<String, String>);

/// Records the spans a client or server opens: name and fields, as a subscriber sees them.
#[derive(Clone, Default)]
pub struct Spans(pub std::sync::Arc<std::sync::Mutex<Vec<SpanRecord>>>);

struct Fields<'a>(&'a mut std::collections::BTreeMap<String, String>);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.insert(
            field.name().to_string(),
            format!("{value:?}").trim_matches('"').to_string(),
        );
    }
}

impl<S> tracing_subscriber::Layer<S> for Spans
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
{
    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        id: &tracing::span::Id,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        let mut fields = std::collections::BTreeMap::new();
        attrs.record(&mut Fields(&mut fields));
        fields.insert("#id".into(), id.into_u64().to_string());
        self.0
            .lock()
            .unwrap()
            .push((attrs.metadata().name().to_string(), fields));
    }

    fn on_record(
        &self,
        id: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        let mut spans = self.0.lock().unwrap();
        let id = id.into_u64().to_string();
        if let Some((_, fields)) = spans.iter_mut().find(|(_, f)| f.get("#id") == Some(&id)) {
            values.record(&mut Fields(fields));
        }
    }
}
