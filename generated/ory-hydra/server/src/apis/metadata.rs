//! The `metadata` API.
//!
//! Service Metadata
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Service Metadata
pub trait MetadataApi: Clone + Send + Sync + 'static {
    /// Check HTTP Server Status
    ///
    /// This endpoint returns a HTTP 200 status code when Ory Hydra is accepting incoming
    /// HTTP requests. This status does currently not include checks whether the database connection is working.
    ///
    /// If the service supports TLS Edge Termination, this endpoint does not require the
    /// `X-Forwarded-Proto` header to be set.
    ///
    /// Be aware that if you are running multiple nodes of this service, the health status will never
    /// refer to the cluster state, only to a single instance.
    ///
    /// `GET /health/alive` (operation `isAlive`)
    fn is_alive(
        &self,
        request: IsAliveRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<IsAliveResponse>> + Send;
    /// Check HTTP Server and Database Status
    ///
    /// This endpoint returns a HTTP 200 status code when Ory Hydra is up running and the environment dependencies (e.g.
    /// the database) are responsive as well.
    ///
    /// If the service supports TLS Edge Termination, this endpoint does not require the
    /// `X-Forwarded-Proto` header to be set.
    ///
    /// Be aware that if you are running multiple nodes of Ory Hydra, the health status will never
    /// refer to the cluster state, only to a single instance.
    ///
    /// `GET /health/ready` (operation `isReady`)
    fn is_ready(
        &self,
        request: IsReadyRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<IsReadyResponse>> + Send;
    /// Return Running Software Version.
    ///
    /// This endpoint returns the version of Ory Hydra.
    ///
    /// If the service supports TLS Edge Termination, this endpoint does not require the
    /// `X-Forwarded-Proto` header to be set.
    ///
    /// Be aware that if you are running multiple nodes of this service, the version will never
    /// refer to the cluster state, only to a single instance.
    ///
    /// `GET /version` (operation `getVersion`)
    fn get_version(
        &self,
        request: GetVersionRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetVersionResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(metadata::routes().merge(...), service)`.
pub fn routes<S: MetadataApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/health/alive",
            axum::routing::get(crate::apis::metadata::handle_is_alive::<S>),
        );
    let routes = routes
        .route(
            "/health/ready",
            axum::routing::get(crate::apis::metadata::handle_is_ready::<S>),
        );
    routes
        .route(
            "/version",
            axum::routing::get(crate::apis::metadata::handle_get_version::<S>),
        )
}

/// What a `GET /health/alive` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct IsAliveRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /health/alive` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum IsAliveResponse {
    /// Status `200`: Ory Hydra is ready to accept connections.
    Ok(crate::models::HealthStatus),
    /// Status `500`: genericError
    InternalServerError(crate::models::GenericError),
}
impl IntoResponse for IsAliveResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl IsAliveRequest {
    /// Reads and checks a `GET /health/alive` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(IsAliveRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /health/alive` request and hands it to [`MetadataApi::is_alive`].
pub async fn handle_is_alive<S: MetadataApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "isAlive",
        path: "/health/alive",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            IsAliveRequest::read,
            |request| service.is_alive(request),
        )
        .await
}

/// What a `GET /health/ready` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct IsReadyRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /health/ready` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum IsReadyResponse {
    /// Status `200`: Ory Hydra is ready to accept requests.
    Ok(crate::models::IsReadyResponse),
    /// Status `503`: Ory Kratos is not yet ready to accept requests.
    ServiceUnavailable(crate::models::IsReadyResponse503),
}
impl IntoResponse for IsReadyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::ServiceUnavailable(body) => runtime::json(runtime::status(503), body),
        }
    }
}
impl IsReadyRequest {
    /// Reads and checks a `GET /health/ready` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(IsReadyRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /health/ready` request and hands it to [`MetadataApi::is_ready`].
pub async fn handle_is_ready<S: MetadataApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "isReady",
        path: "/health/ready",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            IsReadyRequest::read,
            |request| service.is_ready(request),
        )
        .await
}

/// What a `GET /version` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetVersionRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /version` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetVersionResponse {
    /// Status `200`: Returns the Ory Hydra version.
    Ok(crate::models::GetVersionResponse),
}
impl IntoResponse for GetVersionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl GetVersionRequest {
    /// Reads and checks a `GET /version` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetVersionRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /version` request and hands it to [`MetadataApi::get_version`].
pub async fn handle_get_version<S: MetadataApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getVersion",
        path: "/version",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetVersionRequest::read,
            |request| service.get_version(request),
        )
        .await
}
