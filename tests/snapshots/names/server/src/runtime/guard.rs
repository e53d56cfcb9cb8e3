//! What the router does around every handler: request heads within limits, and a panicking
//! handler answered with a JSON `500` while the server keeps serving.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::{log_error, Location, Problem};

/// The longest path and query accepted, in bytes; longer ones get `414`.
pub const MAX_URI_BYTES: usize = 8 * 1024;

/// The most header bytes (names and values) accepted; more get `431`.
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

/// Answers a request whose URI or headers are over the limits with a JSON problem.
pub async fn limit_head(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let uri_bytes = request
        .uri()
        .path_and_query()
        .map_or(0, |p| p.as_str().len());
    if uri_bytes > MAX_URI_BYTES {
        return Problem::new(
            StatusCode::URI_TOO_LONG,
            Location::Path,
            None,
            format!("the path and query are {uri_bytes} bytes, over the limit of {MAX_URI_BYTES}"),
        )
        .into_response();
    }
    let header_bytes: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    if header_bytes > MAX_HEADER_BYTES {
        return Problem::new(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            Location::Header,
            None,
            format!("the headers are {header_bytes} bytes, over the limit of {MAX_HEADER_BYTES}"),
        )
        .into_response();
    }
    next.run(request).await
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
