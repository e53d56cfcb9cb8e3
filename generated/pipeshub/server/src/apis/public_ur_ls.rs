//! The `Public URLs` API.
//!
//! Configure public URLs for frontend application and connector callbacks.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Configure public URLs for frontend application and connector callbacks.
pub trait PublicUrLsApi: Clone + Send + Sync + 'static {
    /// Get frontend public URL
    ///
    /// Get frontend public URL.
    ///
    /// `GET /configurationManager/frontendPublicUrl` (operation `getFrontendPublicUrl`)
    fn get_frontend_public_url(
        &self,
        request: GetFrontendPublicUrlRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetFrontendPublicUrlResponse>,
    > + Send;
    /// Set frontend public URL
    ///
    /// Configure the public URL where the frontend application is accessible. Used for OAuth redirects and email links.
    ///
    /// `POST /configurationManager/frontendPublicUrl` (operation `setFrontendPublicUrl`)
    fn set_frontend_public_url(
        &self,
        request: SetFrontendPublicUrlRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetFrontendPublicUrlResponse>,
    > + Send;
    /// Get connector public URL
    ///
    /// Get connector public URL.
    ///
    /// `GET /configurationManager/connectorPublicUrl` (operation `getConnectorPublicUrl`)
    fn get_connector_public_url(
        &self,
        request: GetConnectorPublicUrlRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetConnectorPublicUrlResponse>,
    > + Send;
    /// Set connector public URL
    ///
    /// Configure the public URL for connector OAuth callbacks.
    ///
    /// `POST /configurationManager/connectorPublicUrl` (operation `setConnectorPublicUrl`)
    fn set_connector_public_url(
        &self,
        request: SetConnectorPublicUrlRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetConnectorPublicUrlResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(public_ur_ls::routes().merge(...), service)`.
pub fn routes<S: PublicUrLsApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/configurationManager/connectorPublicUrl",
            axum::routing::get(
                    crate::apis::public_ur_ls::handle_get_connector_public_url::<S>,
                )
                .post(crate::apis::public_ur_ls::handle_set_connector_public_url::<S>),
        );
    routes
        .route(
            "/configurationManager/frontendPublicUrl",
            axum::routing::get(
                    crate::apis::public_ur_ls::handle_get_frontend_public_url::<S>,
                )
                .post(crate::apis::public_ur_ls::handle_set_frontend_public_url::<S>),
        )
}

/// What a `GET /configurationManager/frontendPublicUrl` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetFrontendPublicUrlRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/frontendPublicUrl` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetFrontendPublicUrlResponse {
    /// Status `200`: Frontend URL retrieved
    Ok(crate::models::UrlConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetFrontendPublicUrlResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetFrontendPublicUrlRequest {
    /// Reads and checks a `GET /configurationManager/frontendPublicUrl` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetFrontendPublicUrlRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/frontendPublicUrl` request and hands it to [`PublicUrLsApi::get_frontend_public_url`].
pub async fn handle_get_frontend_public_url<S: PublicUrLsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getFrontendPublicUrl",
        path: "/configurationManager/frontendPublicUrl",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetFrontendPublicUrlRequest::read,
            |request| service.get_frontend_public_url(request),
        )
        .await
}

/// What a `POST /configurationManager/frontendPublicUrl` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetFrontendPublicUrlRequest {
    /// The request body (`application/json`).
    pub body: crate::models::UrlConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/frontendPublicUrl` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetFrontendPublicUrlResponse {
    /// Status `200`: Frontend URL saved
    Ok,
    /// Status `400`: Invalid URL
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for SetFrontendPublicUrlResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetFrontendPublicUrlRequest {
    /// Reads and checks a `POST /configurationManager/frontendPublicUrl` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetFrontendPublicUrlRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/frontendPublicUrl` request and hands it to [`PublicUrLsApi::set_frontend_public_url`].
pub async fn handle_set_frontend_public_url<S: PublicUrLsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setFrontendPublicUrl",
        path: "/configurationManager/frontendPublicUrl",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetFrontendPublicUrlRequest::read,
            |request| service.set_frontend_public_url(request),
        )
        .await
}

/// What a `GET /configurationManager/connectorPublicUrl` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetConnectorPublicUrlRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/connectorPublicUrl` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectorPublicUrlResponse {
    /// Status `200`: Connector URL retrieved
    Ok(crate::models::UrlConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetConnectorPublicUrlResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetConnectorPublicUrlRequest {
    /// Reads and checks a `GET /configurationManager/connectorPublicUrl` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetConnectorPublicUrlRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/connectorPublicUrl` request and hands it to [`PublicUrLsApi::get_connector_public_url`].
pub async fn handle_get_connector_public_url<S: PublicUrLsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getConnectorPublicUrl",
        path: "/configurationManager/connectorPublicUrl",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetConnectorPublicUrlRequest::read,
            |request| service.get_connector_public_url(request),
        )
        .await
}

/// What a `POST /configurationManager/connectorPublicUrl` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetConnectorPublicUrlRequest {
    /// The request body (`application/json`).
    pub body: crate::models::UrlConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/connectorPublicUrl` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetConnectorPublicUrlResponse {
    /// Status `200`: Connector URL saved
    Ok,
    /// Status `400`: Invalid URL
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for SetConnectorPublicUrlResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetConnectorPublicUrlRequest {
    /// Reads and checks a `POST /configurationManager/connectorPublicUrl` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetConnectorPublicUrlRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/connectorPublicUrl` request and hands it to [`PublicUrLsApi::set_connector_public_url`].
pub async fn handle_set_connector_public_url<S: PublicUrLsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setConnectorPublicUrl",
        path: "/configurationManager/connectorPublicUrl",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetConnectorPublicUrlRequest::read,
            |request| service.set_connector_public_url(request),
        )
        .await
}
