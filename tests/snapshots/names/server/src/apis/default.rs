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
    /// `GET /things` (operation `get-things`)
    fn get_things(
        &self,
        request: GetThingsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetThingsResponse>> + Send;
    /// `POST /things` (operation `post /things`)
    fn post_things(
        &self,
        request: PostThingsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<PostThingsResponse>> + Send;
}
/// This API's routes alone, to combine with others: `serve(oidc::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    axum::Router::new().route(
        "/things",
        axum::routing::get(crate::apis::default::handle_get_things::<S>)
            .post(crate::apis::default::handle_post_things::<S>),
    )
}
/// What a `GET /things` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetThingsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
}
/// The responses `GET /things` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetThingsResponse {
    /// Status `200`: Things
    Ok(crate::models::T2things),
}
impl IntoResponse for GetThingsResponse {
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
/// What a `POST /things` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PostThingsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
}
/// The responses `POST /things` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PostThingsResponse {
    /// Status `204`: Created
    NoContent,
}
impl IntoResponse for PostThingsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => StatusCode::from_u16(204)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
        }
    }
}
impl GetThingsRequest {
    /// Reads and checks a `GET /things` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        _body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(GetThingsRequest {
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `GET /things` request and hands it to [`DefaultApi::get_things`].
pub async fn handle_get_things<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = Query::parse(query.as_deref());
    match GetThingsRequest::read(&BTreeMap::new(), &query, &headers, &[]) {
        Ok(request) => service.get_things(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}
impl PostThingsRequest {
    /// Reads and checks a `POST /things` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        _body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(PostThingsRequest {
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `POST /things` request and hands it to [`DefaultApi::post_things`].
pub async fn handle_post_things<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = Query::parse(query.as_deref());
    match PostThingsRequest::read(&BTreeMap::new(), &query, &headers, &[]) {
        Ok(request) => service.post_things(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}
