//! What handlers send: replies with headers, JSON problems for bad requests, and the
//! helpers the generated response enums are sent with.

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::Violation;

/// A response with extra headers: what every operation returns. Build it from a response enum
/// with `.into()`, and add headers with [`Reply::header`].
#[derive(Debug, Clone)]
pub struct Reply<T> {
    pub response: T,
    pub headers: HeaderMap,
}

impl<T> Reply<T> {
    /// Adds a response header; a name or value that is not valid HTTP is left out.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let (Ok(name), Ok(value)) = (
            axum::http::HeaderName::from_bytes(name.as_bytes()),
            axum::http::HeaderValue::from_str(value),
        ) {
            self.headers.append(name, value);
        }
        self
    }
}

impl<T> From<T> for Reply<T> {
    fn from(response: T) -> Self {
        Reply {
            response,
            headers: HeaderMap::new(),
        }
    }
}

impl<T: IntoResponse> IntoResponse for Reply<T> {
    fn into_response(self) -> Response {
        let mut response = self.response.into_response();
        response.headers_mut().extend(self.headers);
        response
    }
}

/// Sets a documented response header: strings as they are, lists comma-separated, other
/// values as JSON literals. A value that is not valid in a header is left out.
pub fn set_header<T: serde::Serialize>(map: &mut HeaderMap, name: &str, value: &T) {
    fn text(value: serde_json::Value) -> String {
        match value {
            serde_json::Value::String(s) => s,
            serde_json::Value::Array(items) => {
                items.into_iter().map(text).collect::<Vec<_>>().join(",")
            }
            other => other.to_string(),
        }
    }
    let (Ok(name), Ok(value)) = (
        axum::http::HeaderName::from_bytes(name.as_bytes()),
        serde_json::to_value(value),
    ) else {
        return;
    };
    if let Ok(value) = axum::http::HeaderValue::from_str(&text(value)) {
        map.insert(name, value);
    }
}

/// Where a problem was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Location {
    Path,
    Query,
    Header,
    Cookie,
    Body,
    Route,
    /// The server itself: a timeout, a connection limit, a handler that failed.
    Server,
}

/// A request the server refuses, answered as JSON:
/// `{"status": 422, "error": "...", "location": "body", "pointer": "/client_name"}`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Problem {
    #[serde(serialize_with = "status_code")]
    pub status: StatusCode,
    pub error: String,
    pub location: Location,
    /// The parameter name, or the JSON pointer inside the body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// Every rule of the spec the value breaks, when it was checked against them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub violations: Vec<Violation>,
}

fn status_code<S: serde::Serializer>(status: &StatusCode, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u16(status.as_u16())
}

impl Problem {
    pub fn new(
        status: StatusCode,
        location: Location,
        pointer: Option<String>,
        error: impl Into<String>,
    ) -> Self {
        Problem {
            status,
            error: error.into(),
            location,
            pointer,
            violations: Vec::new(),
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = self.status;
        (status, axum::Json(self)).into_response()
    }
}

/// Answers a request the router could not read (a path that does not decode, a body over the
/// size limit) with a JSON problem of the same status.
pub fn rejected(status: StatusCode, location: Location, error: String) -> Response {
    let status = if status.is_client_error() {
        status
    } else {
        StatusCode::BAD_REQUEST
    };
    Problem::new(status, location, None, error).into_response()
}

/// The status of a documented response; a code HTTP cannot carry becomes 500.
pub fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// A response with a JSON body.
pub fn json<T: serde::Serialize>(status: StatusCode, body: T) -> Response {
    (status, axum::Json(body)).into_response()
}

/// A response with a body of another media type (text or bytes).
pub fn content<T: IntoResponse>(status: StatusCode, media_type: &'static str, body: T) -> Response {
    (
        status,
        [(axum::http::header::CONTENT_TYPE, media_type)],
        body,
    )
        .into_response()
}

/// A response without a body.
pub fn empty(status: StatusCode) -> Response {
    status.into_response()
}

/// Answers requests to paths the API does not have.
pub async fn not_found() -> Response {
    Problem::new(StatusCode::NOT_FOUND, Location::Route, None, "no such path").into_response()
}

/// Answers requests with a method the path does not have.
pub async fn method_not_allowed() -> Response {
    Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        Location::Route,
        None,
        "method not allowed on this path",
    )
    .into_response()
}
