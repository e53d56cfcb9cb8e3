//! The `default` API.
//!
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use std::collections::BTreeMap;
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
/// This API's routes alone, to combine with others: `serve(oidc::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/a",
            axum::routing::get(crate::apis::default::handle_get_a::<S>),
        )
        .route(
            "/b",
            axum::routing::get(crate::apis::default::handle_get_b::<S>),
        )
        .route(
            "/c",
            axum::routing::get(crate::apis::default::handle_get_c::<S>),
        )
}
/// What a `GET /a` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetARequest {
    /// query parameter `limit`.
    pub limit: ::std::option::Option<crate::models::Limit>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
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
            Self::Ok(body) => (
                StatusCode::from_u16(200).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                axum::Json(body),
            )
                .into_response(),
            Self::NotFound(body) => (
                StatusCode::from_u16(404).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                [(
                    axum::http::header::CONTENT_TYPE,
                    "text/plain; charset=utf-8",
                )],
                body,
            )
                .into_response(),
        }
    }
}
/// What a `GET /c` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
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
            Self::Ok(body) => (
                StatusCode::from_u16(200).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                [(axum::http::header::CONTENT_TYPE, "text/plain")],
                body,
            )
                .into_response(),
        }
    }
}
/// What a `GET /b` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetBRequest {
    /// query parameter `limit`.
    pub limit: ::std::option::Option<crate::models::Limit>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
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
            Self::Ok(body) => (
                StatusCode::from_u16(200).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                axum::Json(body),
            )
                .into_response(),
        }
    }
}
impl GetARequest {
    /// Reads and checks a `GET /a` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        _body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(GetARequest {
            limit: query.optional("limit", false)?,
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `GET /a` request and hands it to [`DefaultApi::get_a`].
pub async fn handle_get_a<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = Query::parse(query.as_deref());
    match GetARequest::read(&BTreeMap::new(), &query, &headers, &[]) {
        Ok(request) => service.get_a(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}
impl GetCRequest {
    /// Reads and checks a `GET /c` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        _body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(GetCRequest {
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `GET /c` request and hands it to [`DefaultApi::get_c`].
pub async fn handle_get_c<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = Query::parse(query.as_deref());
    match GetCRequest::read(&BTreeMap::new(), &query, &headers, &[]) {
        Ok(request) => service.get_c(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}
impl GetBRequest {
    /// Reads and checks a `GET /b` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        _body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(GetBRequest {
            limit: query.optional("limit", false)?,
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `GET /b` request and hands it to [`DefaultApi::get_b`].
pub async fn handle_get_b<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = Query::parse(query.as_deref());
    match GetBRequest::read(&BTreeMap::new(), &query, &headers, &[]) {
        Ok(request) => service.get_b(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}
