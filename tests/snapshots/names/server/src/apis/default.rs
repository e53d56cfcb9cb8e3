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

/// This API's routes alone, to combine with others: `serve(default::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
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
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
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
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl GetThingsRequest {
    /// Reads and checks a `GET /things` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetThingsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /things` request and hands it to [`DefaultApi::get_things`].
pub async fn handle_get_things<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "get-things",
        path: "/things",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetThingsRequest::read,
            |request| service.get_things(request),
        )
        .await
}

/// What a `POST /things` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PostThingsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
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
            Self::NoContent => runtime::empty(runtime::status(204)),
        }
    }
}
impl PostThingsRequest {
    /// Reads and checks a `POST /things` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(PostThingsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /things` request and hands it to [`DefaultApi::post_things`].
pub async fn handle_post_things<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "post /things",
        path: "/things",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            PostThingsRequest::read,
            |request| service.post_things(request),
        )
        .await
}
