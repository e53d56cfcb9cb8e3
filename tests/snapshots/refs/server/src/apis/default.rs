//! The `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

pub trait DefaultApi: Clone + Send + Sync + 'static {
    /// `GET /a` (operation `getA`)
    fn get_a(
        &self,
        request: GetARequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetAResponse>> + Send;
    /// `GET /c` (operation `getC`)
    fn get_c(
        &self,
        request: GetCRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetCResponse>> + Send;
    /// `GET /b` (operation `getB`)
    fn get_b(
        &self,
        request: GetBRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetBResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(default::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route("/a", axum::routing::get(crate::apis::default::handle_get_a::<S>));
    let routes = routes
        .route("/b", axum::routing::get(crate::apis::default::handle_get_b::<S>));
    routes.route("/c", axum::routing::get(crate::apis::default::handle_get_c::<S>))
}

/// What a `GET /a` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetARequest {
    /// query parameter `limit`.
    pub limit: ::std::option::Option<crate::models::Limit>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /a` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAResponse {
    /// Status `200`: Inline object, referred to below by a pointer into paths.
    Ok(crate::models::GetAResponse),
    /// Status `404`: A media type with parameters, referred to below with its space percent-encoded.
    NotFound(::std::string::String),
}
impl IntoResponse for GetAResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::NotFound(body) => {
                runtime::content(runtime::status(404), "text/plain; charset=utf-8", body)
            }
        }
    }
}
impl GetARequest {
    /// Reads and checks a `GET /a` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetARequest {
            limit: query.optional("limit", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /a` request and hands it to [`DefaultApi::get_a`].
pub async fn handle_get_a<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getA",
        path: "/a",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetARequest::read,
            |request| service.get_a(request),
        )
        .await
}

/// What a `GET /c` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /c` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCResponse {
    /// Status `200`: The same schema as /a's 404, through a `$ref` whose fragment is percent-encoded.
    Ok(::std::string::String),
}
impl IntoResponse for GetCResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::content(runtime::status(200), "text/plain", body),
        }
    }
}
impl GetCRequest {
    /// Reads and checks a `GET /c` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetCRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /c` request and hands it to [`DefaultApi::get_c`].
pub async fn handle_get_c<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getC",
        path: "/c",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetCRequest::read,
            |request| service.get_c(request),
        )
        .await
}

/// What a `GET /b` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetBRequest {
    /// query parameter `limit`.
    pub limit: ::std::option::Option<crate::models::Limit>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /b` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetBResponse {
    /// Status `200`: Inline object, referred to below by a pointer into paths.
    Ok(crate::models::GetAResponse),
}
impl IntoResponse for GetBResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl GetBRequest {
    /// Reads and checks a `GET /b` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetBRequest {
            limit: query.optional("limit", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /b` request and hands it to [`DefaultApi::get_b`].
pub async fn handle_get_b<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getB",
        path: "/b",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetBRequest::read,
            |request| service.get_b(request),
        )
        .await
}
