//! What the router does around every handler: request heads within limits, and a panicking
//! handler answered with a JSON `500` while the server keeps serving.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::{log_error, Location, Problem};

/// The longest path and query accepted, in bytes; longer ones get `414`.
pub const MAX_URI_BYTES: usize = 8 * 1024;

/// The most header bytes (names and values) accepted; more get `431`.
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

/// The layer that answers a request whose URI or headers are over the limits with a JSON
/// problem before it is routed. A plain `tower` layer, so a request within the limits costs no
/// allocation on its way through.
#[derive(Debug, Clone, Copy, Default)]
pub struct LimitHead;

impl<S> tower::Layer<S> for LimitHead {
    type Service = LimitHeadService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        LimitHeadService { inner }
    }
}

/// The service [`LimitHead`] wraps around a route.
#[derive(Debug, Clone)]
pub struct LimitHeadService<S> {
    inner: S,
}

impl<S> tower::Service<axum::extract::Request> for LimitHeadService<S>
where
    S: tower::Service<axum::extract::Request, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future =
        futures_util::future::Either<std::future::Ready<Result<Response, S::Error>>, S::Future>;

    fn poll_ready(
        &mut self,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: axum::extract::Request) -> Self::Future {
        use futures_util::future::Either;
        match over_limits(&request) {
            Some(problem) => Either::Left(std::future::ready(Ok(problem.into_response()))),
            None => Either::Right(self.inner.call(request)),
        }
    }
}

/// The problem for a request whose path and query or headers are over the limits.
fn over_limits(request: &axum::extract::Request) -> Option<Problem> {
    let uri_bytes = request
        .uri()
        .path_and_query()
        .map_or(0, |p| p.as_str().len());
    if uri_bytes > MAX_URI_BYTES {
        return Some(Problem::new(
            StatusCode::URI_TOO_LONG,
            Location::Path,
            None,
            format!("the path and query are {uri_bytes} bytes, over the limit of {MAX_URI_BYTES}"),
        ));
    }
    let header_bytes: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    (header_bytes > MAX_HEADER_BYTES).then(|| {
        Problem::new(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            Location::Header,
            None,
            format!("the headers are {header_bytes} bytes, over the limit of {MAX_HEADER_BYTES}"),
        )
    })
}

/// Answers a request whose handler panicked: a JSON `500` that tells the client nothing about
/// the panic; the panic's message is logged.
pub fn panicked(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let message = panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(no message)");
    log_error(format_args!("a handler panicked: {message}"));
    Problem::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        Location::Server,
        None,
        "internal server error",
    )
    .into_response()
}
