//! Serving a router on a TCP listener with the limits a server on the open internet needs:
//! slow and idle connections are closed, requests that take too long are answered `408`, and
//! connections over the limit are answered `503` at once instead of waiting in the backlog.

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::{pin, Pin};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Notify, Semaphore};
use tokio::time::Instant;

use super::{Location, Problem};

/// Serves a router with limits; every field has a default (see [`Server::default`]):
///
/// ```ignore
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
/// Server { max_connections: 10_000, ..Server::default() }.run(listener, router(service)).await?;
/// ```
///
/// Some malformed requests never reach the router and are answered by hyper, the HTTP
/// library underneath, with an empty body: a request line or header that is not valid HTTP
/// (including raw bytes that are not ASCII in the path or query) gets `400`, a URI over
/// 64 KiB gets `414`, and a request head larger than hyper's buffer (about 400 KiB) or with
/// more than 100 headers gets `431`. Smaller limits on the URI and headers are the router's
/// (see [`super::guard`]) and are answered with JSON.
/// Everything the router sees is answered with a JSON problem.
#[derive(Debug, Clone, Copy)]
pub struct Server {
    /// How long a client may take to send a request's line and headers, from its first byte.
    /// A slower client (slowloris) is disconnected. Default: 10 s.
    pub header_read_timeout: Duration,
    /// How long a connection may wait for its next request before it is closed. Default: 60 s.
    pub idle_timeout: Duration,
    /// How long a request may take from its headers to its response, reading the body
    /// included; past it the client gets `408` with a JSON problem. Default: 30 s.
    pub request_timeout: Duration,
    /// How many connections are served at once. One more closes the connection idle the
    /// longest to make room, or, when every connection is busy, is answered `503` with a JSON
    /// problem. Keep it below the process's open-file limit. Default: 1,000.
    pub max_connections: usize,
}

impl Default for Server {
    fn default() -> Self {
        Server {
            header_read_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            request_timeout: Duration::from_secs(30),
            max_connections: 1_000,
        }
    }
}

impl Server {
    /// Serves `app` on `listener` until the process ends.
    pub async fn run(self, listener: TcpListener, app: axum::Router) -> std::io::Result<()> {
        self.run_until(listener, app, std::future::pending()).await
    }

    /// Serves `app` on `listener` until `shutdown` completes, then lets the requests in flight
    /// finish (each within `request_timeout`) and returns.
    pub async fn run_until(
        self,
        listener: TcpListener,
        app: axum::Router,
        shutdown: impl Future<Output = ()>,
    ) -> std::io::Result<()> {
        let app = app.layer(axum::middleware::from_fn_with_state(
            self.request_timeout,
            request_timeout,
        ));
        let open = Open::new(self.max_connections);
        let (stop, stopped) = watch::channel(false);
        let mut shutdown = pin!(shutdown);
        loop {
            let stream = tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok((stream, _)) => stream,
                    Err(error) => {
                        // Out of file descriptors, most often: wait instead of spinning.
                        log_warning(format_args!("cannot accept a connection: {error}"));
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        continue;
                    }
                },
                () = &mut shutdown => break,
            };
            let connection = Connection {
                limits: self,
                app: app.clone(),
                stopped: stopped.clone(),
                open: open.clone(),
            };
            if let Ok(permit) = open.permits.clone().try_acquire_owned() {
                tokio::spawn(connection.serve(stream, permit));
            } else if let Ok(waiting) = open.waiting.clone().try_acquire_owned() {
                tokio::spawn(async move {
                    connection.make_room(stream).await;
                    drop(waiting);
                });
            }
        }
        let _ = stop.send(true);
        // Every connection holds a receiver; they are all gone when the last one ends.
        drop(stopped);
        stop.closed().await;
        Ok(())
    }
}

/// The open connections: permits for new ones, and each one's activity, so that an idle one
/// can be closed to make room.
#[derive(Clone)]
struct Open {
    permits: Arc<Semaphore>,
    /// Connections over the limit being answered or waiting for room, at most
    /// [`WAITING_AT_ONCE`]; past it, a connection over the limit is closed at once.
    waiting: Arc<Semaphore>,
    each: Arc<Mutex<BTreeMap<u64, Arc<Shared>>>>,
    next_id: Arc<AtomicU64>,
}

/// How many connections over the limit may wait for room or be answered `503` at once.
const WAITING_AT_ONCE: usize = 64;

impl Open {
    fn new(max: usize) -> Open {
        Open {
            permits: Arc::new(Semaphore::new(max)),
            waiting: Arc::new(Semaphore::new(WAITING_AT_ONCE)),
            each: Arc::default(),
            next_id: Arc::default(),
        }
    }

    fn each(&self) -> std::sync::MutexGuard<'_, BTreeMap<u64, Arc<Shared>>> {
        self.each
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Asks the connection idle the longest to close; false when none is idle.
    fn evict_one(&self) -> bool {
        let each = self.each();
        let oldest = each
            .values()
            .filter_map(|shared| {
                let state = shared.lock();
                (state.idle() && !state.evict).then_some((state.idle_since, shared))
            })
            .min_by_key(|(since, _)| *since);
        match oldest {
            Some((_, shared)) => {
                shared.evict();
                true
            }
            None => false,
        }
    }
}

/// The limits and the app, for one connection.
struct Connection {
    limits: Server,
    app: axum::Router,
    stopped: watch::Receiver<bool>,
    open: Open,
}

impl Connection {
    /// A connection over the limit: an idle connection is closed to make room for it (idle
    /// connections never lock out active clients); when every connection is busy, it is
    /// answered `503`.
    async fn make_room(self, stream: TcpStream) {
        if self.open.evict_one() {
            let wait = self.open.permits.clone().acquire_owned();
            if let Ok(Ok(permit)) = tokio::time::timeout(Duration::from_secs(1), wait).await {
                return self.serve(stream, permit).await;
            }
        }
        log_warning(format_args!(
            "{} connections are open and busy; answering a new one with 503",
            self.limits.max_connections
        ));
        shed(stream).await;
    }

    async fn serve(mut self, stream: TcpStream, permit: tokio::sync::OwnedSemaphorePermit) {
        let shared = Arc::new(Shared::default());
        let id = self.open.next_id.fetch_add(1, Ordering::Relaxed);
        self.open.each().insert(id, shared.clone());
        self.watch(stream, &shared).await;
        self.open.each().remove(&id);
        drop(permit);
    }

    /// Serves the connection, closing it when it is slow, idle, evicted or the server stops.
    async fn watch(&mut self, stream: TcpStream, shared: &Arc<Shared>) {
        let io = TokioIo::new(Watched {
            inner: stream,
            shared: shared.clone(),
        });
        let app = self.app.clone();
        let counted = shared.clone();
        let service = hyper::service::service_fn(move |request| {
            let busy = Busy::begin(counted.clone());
            let mut app = app.clone();
            async move {
                let response = tower::Service::call(&mut app, request).await;
                drop(busy);
                response
            }
        });
        let mut builder = hyper::server::conn::http1::Builder::new();
        // Header reading is timed here, from the request's first byte, not by hyper.
        builder.timer(hyper_util::rt::TokioTimer::new());
        builder.header_read_timeout(None);
        let mut connection = pin!(builder.serve_connection(io, service));
        let mut closing = false;
        loop {
            let now = Instant::now();
            let verdict = shared.lock().verdict(&self.limits, now);
            let wake = match verdict {
                Verdict::Slow => {
                    log_debug(format_args!(
                        "closing a connection that did not send a request head within {:?}",
                        self.limits.header_read_timeout
                    ));
                    return;
                }
                Verdict::Idle if !closing => {
                    closing = true;
                    connection.as_mut().graceful_shutdown();
                    now + self.limits.idle_timeout
                }
                Verdict::Idle => now + self.limits.idle_timeout,
                Verdict::WaitUntil(at) => at,
            };
            tokio::select! {
                _ = connection.as_mut() => return,
                () = tokio::time::sleep_until(wake) => {}
                () = shared.changed.notified() => {}
                changed = self.stopped.changed(), if !closing => {
                    if changed.is_err() || *self.stopped.borrow() {
                        closing = true;
                        connection.as_mut().graceful_shutdown();
                    }
                }
            }
        }
    }
}

/// A connection's activity and a signal for its watchdog when it changes.
#[derive(Default)]
struct Shared {
    activity: Mutex<Activity>,
    changed: Notify,
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Activity> {
        self.activity
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Asks the connection to close if it is idle (to make room for a new one).
    fn evict(&self) {
        self.lock().evict = true;
        self.changed.notify_one();
    }
}

/// What a connection is doing, for its timeouts.
struct Activity {
    /// Requests being answered.
    in_flight: usize,
    /// When the connection last had no request in flight.
    idle_since: Instant,
    /// The first byte received while idle: a request head is being read since.
    head_started: Option<Instant>,
    /// The server wants the connection closed as soon as it is idle.
    evict: bool,
}

impl Default for Activity {
    fn default() -> Self {
        Activity {
            in_flight: 0,
            idle_since: Instant::now(),
            head_started: None,
            evict: false,
        }
    }
}

enum Verdict {
    /// A request head is taking too long.
    Slow,
    /// No request for `idle_timeout`.
    Idle,
    /// Nothing to do before then.
    WaitUntil(Instant),
}

impl Activity {
    /// Idle: no request in flight and none being read.
    fn idle(&self) -> bool {
        self.in_flight == 0 && self.head_started.is_none()
    }

    fn verdict(&self, limits: &Server, now: Instant) -> Verdict {
        if self.in_flight > 0 {
            return Verdict::WaitUntil(now + limits.header_read_timeout.min(limits.idle_timeout));
        }
        if self.evict && self.idle() {
            return Verdict::Idle;
        }
        let (since, limit, verdict) = match self.head_started {
            Some(started) => (started, limits.header_read_timeout, Verdict::Slow),
            None => (self.idle_since, limits.idle_timeout, Verdict::Idle),
        };
        if now >= since + limit {
            verdict
        } else {
            Verdict::WaitUntil(since + limit)
        }
    }
}

/// A request in flight: the connection is busy until it is dropped.
struct Busy(Arc<Shared>);

impl Busy {
    fn begin(shared: Arc<Shared>) -> Busy {
        {
            let mut state = shared.lock();
            state.in_flight += 1;
            state.head_started = None;
        }
        Busy(shared)
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        let mut state = self.0.lock();
        state.in_flight -= 1;
        if state.in_flight == 0 {
            state.idle_since = Instant::now();
            state.head_started = None;
            drop(state);
            self.0.changed.notify_one();
        }
    }
}

/// The connection's socket, noting when bytes arrive while no request is in flight.
struct Watched {
    inner: TcpStream,
    shared: Arc<Shared>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(polled, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            let mut state = self.shared.lock();
            if state.idle() {
                state.head_started = Some(Instant::now());
                drop(state);
                self.shared.changed.notify_one();
            }
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

/// Answers a connection over the limit with `503` and closes it, reading first what the
/// client sent (briefly) so that closing does not reset the connection before it reads the
/// answer.
async fn shed(mut stream: TcpStream) {
    let problem = Problem::new(
        StatusCode::SERVICE_UNAVAILABLE,
        Location::Server,
        None,
        "the server is at its connection limit; retry later",
    );
    let body = serde_json::to_string(&problem).unwrap_or_default();
    let head = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nretry-after: 1\r\nconnection: close\r\n\r\n",
        body.len()
    );
    let answer = async {
        let mut request = [0u8; 8192];
        let _ = tokio::time::timeout(Duration::from_millis(200), stream.read(&mut request)).await;
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(body.as_bytes()).await?;
        stream.shutdown().await
    };
    let _ = tokio::time::timeout(Duration::from_secs(2), answer).await;
}

/// Answers `408` with a JSON problem when a request is not answered within the limit.
async fn request_timeout(
    axum::extract::State(limit): axum::extract::State<Duration>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => Problem::new(
            StatusCode::REQUEST_TIMEOUT,
            Location::Server,
            None,
            format!(
                "the request was not answered within {} s",
                limit.as_secs_f64()
            ),
        )
        .into_response(),
    }
}

/// Logs through `tracing` with the feature on, else errors and warnings go to stderr.
pub(crate) fn log_error(message: std::fmt::Arguments<'_>) {
    #[cfg(feature = "tracing")]
    tracing::error!("{message}");
    #[cfg(not(feature = "tracing"))]
    eprintln!("error: {message}");
}

fn log_warning(message: std::fmt::Arguments<'_>) {
    #[cfg(feature = "tracing")]
    tracing::warn!("{message}");
    #[cfg(not(feature = "tracing"))]
    eprintln!("warning: {message}");
}

fn log_debug(message: std::fmt::Arguments<'_>) {
    #[cfg(feature = "tracing")]
    tracing::debug!("{message}");
    #[cfg(not(feature = "tracing"))]
    let _ = message;
}
