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
    /// `GET /things` (operation `listThings`)
    fn list_things(
        &self,
        request: ListThingsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListThingsResponse>> + Send;
    /// `GET /.well-known/config` (operation `rootConfig`)
    fn root_config(
        &self,
        request: RootConfigRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<RootConfigResponse>> + Send;
    /// `GET /elsewhere` (operation `elsewhere`)
    fn elsewhere(
        &self,
        request: ElsewhereRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ElsewhereResponse>> + Send;
    /// `GET /retry/{key}` (operation `retryGet`)
    fn retry_get(
        &self,
        request: RetryGetRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<RetryGetResponse>> + Send;
    /// `POST /retry/{key}` (operation `retryPost`)
    fn retry_post(
        &self,
        request: RetryPostRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<RetryPostResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(default::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/.well-known/config",
            axum::routing::get(crate::apis::default::handle_root_config::<S>),
        );
    let routes = routes
        .route(
            "/elsewhere",
            axum::routing::get(crate::apis::default::handle_elsewhere::<S>),
        );
    let routes = routes
        .route(
            "/retry/{p0}",
            axum::routing::get(crate::apis::default::handle_retry_get::<S>)
                .post(crate::apis::default::handle_retry_post::<S>),
        );
    routes
        .route(
            "/things",
            axum::routing::get(crate::apis::default::handle_list_things::<S>),
        )
}

/// What a `GET /things` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListThingsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /things` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListThingsResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for ListThingsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl ListThingsRequest {
    /// Reads and checks a `GET /things` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListThingsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /things` request and hands it to [`DefaultApi::list_things`].
pub async fn handle_list_things<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listThings",
        path: "/things",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListThingsRequest::read,
            |request| service.list_things(request),
        )
        .await
}

/// What a `GET /.well-known/config` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RootConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /.well-known/config` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RootConfigResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for RootConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl RootConfigRequest {
    /// Reads and checks a `GET /.well-known/config` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RootConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /.well-known/config` request and hands it to [`DefaultApi::root_config`].
pub async fn handle_root_config<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "rootConfig",
        path: "/.well-known/config",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RootConfigRequest::read,
            |request| service.root_config(request),
        )
        .await
}

/// What a `GET /elsewhere` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ElsewhereRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /elsewhere` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ElsewhereResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for ElsewhereResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl ElsewhereRequest {
    /// Reads and checks a `GET /elsewhere` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ElsewhereRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /elsewhere` request and hands it to [`DefaultApi::elsewhere`].
pub async fn handle_elsewhere<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "elsewhere",
        path: "/elsewhere",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ElsewhereRequest::read,
            |request| service.elsewhere(request),
        )
        .await
}

/// What a `GET /retry/{key}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryGetRequest {
    /// path parameter `key`.
    pub key: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /retry/{key}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RetryGetResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for RetryGetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl RetryGetRequest {
    /// Reads and checks a `GET /retry/{key}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RetryGetRequest {
            key: runtime::path_param(path, "p0", "key")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /retry/{key}` request and hands it to [`DefaultApi::retry_get`].
pub async fn handle_retry_get<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "retryGet",
        path: "/retry/{key}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RetryGetRequest::read,
            |request| service.retry_get(request),
        )
        .await
}

/// What a `POST /retry/{key}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPostRequest {
    /// path parameter `key`.
    pub key: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /retry/{key}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RetryPostResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for RetryPostResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl RetryPostRequest {
    /// Reads and checks a `POST /retry/{key}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RetryPostRequest {
            key: runtime::path_param(path, "p0", "key")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /retry/{key}` request and hands it to [`DefaultApi::retry_post`].
pub async fn handle_retry_post<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "retryPost",
        path: "/retry/{key}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RetryPostRequest::read,
            |request| service.retry_post(request),
        )
        .await
}
