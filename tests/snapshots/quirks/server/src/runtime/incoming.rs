//! The request as a handler receives it, and the dispatch from it to the implementation.

use std::collections::BTreeMap;

use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

use super::{rejected, Location, Problem, Query, Reply};

/// What every handler reads from a request: the router's path captures, the query, the
/// headers and the body, with the method and the URI as they arrived. The router's own
/// rejections (a path that does not decode, a body over the size limit) are answered here, as
/// JSON problems.
#[derive(Debug)]
pub struct Incoming {
    pub method: axum::http::Method,
    /// The URI as received, before any nesting of routers.
    pub uri: axum::http::Uri,
    pub path: BTreeMap<String, String>,
    pub query: Query,
    pub headers: HeaderMap,
    pub body: axum::body::Bytes,
    /// The access key id of a SigV4 signature the router verified (operations whose security
    /// requires SigV4 only).
    pub aws_verified_key_id: Option<String>,
}

impl<S: Send + Sync> axum::extract::FromRequest<S> for Incoming {
    type Rejection = Response;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, Response> {
        use axum::extract::rejection::PathRejection;
        use axum::extract::{FromRequestParts, Path};
        let (mut parts, body) = request.into_parts();
        let path =
            match Path::<BTreeMap<String, String>>::from_request_parts(&mut parts, state).await {
                Ok(Path(path)) => path,
                // A route without captures.
                Err(PathRejection::MissingPathParams(_)) => BTreeMap::new(),
                Err(rejection) => {
                    return Err(rejected(
                        rejection.status(),
                        Location::Path,
                        rejection.body_text(),
                    ))
                }
            };
        let uri = match parts.extensions.get::<axum::extract::OriginalUri>() {
            Some(original) => original.0.clone(),
            None => parts.uri.clone(),
        };
        let query = Query::parse(parts.uri.query()).map_err(IntoResponse::into_response)?;
        let method = parts.method.clone();
        // Reading the body needs the extensions (the body limit), not the headers.
        let headers = std::mem::take(&mut parts.headers);
        let request = axum::extract::Request::from_parts(parts, body);
        let body = match axum::body::Bytes::from_request(request, state).await {
            Ok(body) => body,
            Err(rejection) => {
                return Err(rejected(
                    rejection.status(),
                    Location::Body,
                    rejection.body_text(),
                ))
            }
        };
        Ok(Incoming {
            method,
            uri,
            path,
            query,
            headers,
            body,
            aws_verified_key_id: None,
        })
    }
}

/// The operation a handler serves, for its `tracing` span.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    /// The spec's operation id.
    pub operation: &'static str,
    /// The spec's path template.
    pub path: &'static str,
}

/// Reads a request with `read` and hands it to the operation; a request that cannot be read is
/// answered with its problem. With the `tracing` feature, all of it runs in an `http_request`
/// span recording the operation id, method, path template, status and duration, as the
/// generated client's spans do; never credentials or bodies.
pub async fn dispatch<R, T, F>(
    route: &'static Route,
    incoming: Incoming,
    read: fn(&Incoming) -> Result<R, Problem>,
    call: impl FnOnce(R) -> F,
) -> Response
where
    F: std::future::Future<Output = Reply<T>>,
    T: IntoResponse,
{
    #[cfg(feature = "tracing")]
    {
        use tracing::Instrument;
        let started = std::time::Instant::now();
        let span = tracing::info_span!(
            "http_request",
            operation = route.operation,
            method = %incoming.method,
            path = route.path,
            status = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        let response = answer(incoming, read, call).instrument(span.clone()).await;
        span.record("status", response.status().as_u16());
        span.record("duration_ms", started.elapsed().as_secs_f64() * 1000.0);
        response
    }
    #[cfg(not(feature = "tracing"))]
    {
        let _ = route;
        answer(incoming, read, call).await
    }
}

async fn answer<R, T, F>(
    incoming: Incoming,
    read: fn(&Incoming) -> Result<R, Problem>,
    call: impl FnOnce(R) -> F,
) -> Response
where
    F: std::future::Future<Output = Reply<T>>,
    T: IntoResponse,
{
    match read(&incoming) {
        Ok(request) => call(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}

/// The query and body of a request as they arrived, for what the spec leaves out: a form
/// field or JSON member it does not declare (Hydra's token form lacks `client_secret`), or a
/// query parameter it does not list. `Debug` shows sizes only, never contents.
#[derive(Clone, PartialEq)]
pub struct Raw {
    query: Query,
    body: axum::body::Bytes,
}

impl Raw {
    pub fn of(incoming: &Incoming) -> Raw {
        Raw {
            query: incoming.query.clone(),
            body: incoming.body.clone(),
        }
    }

    /// The body's bytes.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// A query parameter by name (its first value), declared or not.
    pub fn query(&self, name: &str) -> Option<String> {
        self.query.values(name).into_iter().next()
    }

    /// A field of a form-encoded body by name (its first value); `None` when the body is not
    /// a form or lacks the field.
    pub fn form_field(&self, name: &str) -> Option<String> {
        serde_urlencoded::from_bytes::<Vec<(String, String)>>(&self.body)
            .ok()?
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }

    /// A member of a JSON object body by name; `None` when the body is not a JSON object or
    /// lacks the member.
    pub fn json_member(&self, name: &str) -> Option<serde_json::Value> {
        match serde_json::from_slice::<serde_json::Value>(&self.body).ok()? {
            serde_json::Value::Object(mut members) => members.remove(name),
            _ => None,
        }
    }
}

impl std::fmt::Debug for Raw {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Raw")
            .field("query_pairs", &self.query.len())
            .field("body_bytes", &self.body.len())
            .finish()
    }
}
