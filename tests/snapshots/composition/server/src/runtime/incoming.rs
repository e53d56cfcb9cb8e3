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
        let query = Query::parse(parts.uri.query());
        let method = parts.method.clone();
        let headers = parts.headers.clone();
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
        })
    }
}

/// Reads a request with `read` and hands it to the operation; a request that cannot be read is
/// answered with its problem.
pub async fn dispatch<R, T, F>(
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
