//! The `Public URLs` API.
//!
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
/// Configure public URLs for frontend application and connector callbacks.
#[allow(unused_imports)]
use std::collections::BTreeMap;
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
    ) -> impl ::std::future::Future<Output = crate::Reply<GetFrontendPublicUrlResponse>> + Send;
    /// Set frontend public URL
    ///
    /// Configure the public URL where the frontend application is accessible. Used for OAuth redirects and email links.
    ///
    /// `POST /configurationManager/frontendPublicUrl` (operation `setFrontendPublicUrl`)
    fn set_frontend_public_url(
        &self,
        request: SetFrontendPublicUrlRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<SetFrontendPublicUrlResponse>> + Send;
    /// Get connector public URL
    ///
    /// Get connector public URL.
    ///
    /// `GET /configurationManager/connectorPublicUrl` (operation `getConnectorPublicUrl`)
    fn get_connector_public_url(
        &self,
        request: GetConnectorPublicUrlRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetConnectorPublicUrlResponse>> + Send;
    /// Set connector public URL
    ///
    /// Configure the public URL for connector OAuth callbacks.
    ///
    /// `POST /configurationManager/connectorPublicUrl` (operation `setConnectorPublicUrl`)
    fn set_connector_public_url(
        &self,
        request: SetConnectorPublicUrlRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<SetConnectorPublicUrlResponse>> + Send;
}
/// This API's routes alone, to combine with others: `serve(oidc::routes().merge(...), service)`.
pub fn routes<S: PublicUrLsApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/configurationManager/connectorPublicUrl",
            axum::routing::get(crate::apis::public_ur_ls::handle_get_connector_public_url::<S>)
                .post(crate::apis::public_ur_ls::handle_set_connector_public_url::<S>),
        )
        .route(
            "/configurationManager/frontendPublicUrl",
            axum::routing::get(crate::apis::public_ur_ls::handle_get_frontend_public_url::<S>)
                .post(crate::apis::public_ur_ls::handle_set_frontend_public_url::<S>),
        )
}
/// What a `GET /configurationManager/frontendPublicUrl` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetFrontendPublicUrlRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
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
            Self::Ok(body) => (
                StatusCode::from_u16(200).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                axum::Json(body),
            )
                .into_response(),
            Self::Unauthorized => StatusCode::from_u16(401)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
        }
    }
}
/// What a `POST /configurationManager/frontendPublicUrl` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetFrontendPublicUrlRequest {
    /// The request body (`application/json`).
    pub body: crate::models::UrlConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
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
            Self::Ok => StatusCode::from_u16(200)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
            Self::BadRequest => StatusCode::from_u16(400)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
            Self::Unauthorized => StatusCode::from_u16(401)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
            Self::Forbidden => StatusCode::from_u16(403)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
        }
    }
}
/// What a `GET /configurationManager/connectorPublicUrl` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetConnectorPublicUrlRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
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
            Self::Ok(body) => (
                StatusCode::from_u16(200).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                axum::Json(body),
            )
                .into_response(),
            Self::Unauthorized => StatusCode::from_u16(401)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
        }
    }
}
/// What a `POST /configurationManager/connectorPublicUrl` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetConnectorPublicUrlRequest {
    /// The request body (`application/json`).
    pub body: crate::models::UrlConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
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
            Self::Ok => StatusCode::from_u16(200)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
            Self::BadRequest => StatusCode::from_u16(400)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
            Self::Unauthorized => StatusCode::from_u16(401)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
            Self::Forbidden => StatusCode::from_u16(403)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
        }
    }
}
impl GetFrontendPublicUrlRequest {
    /// Reads and checks a `GET /configurationManager/frontendPublicUrl` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        _body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(GetFrontendPublicUrlRequest {
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `GET /configurationManager/frontendPublicUrl` request and hands it to [`PublicUrLsApi::get_frontend_public_url`].
pub async fn handle_get_frontend_public_url<S: PublicUrLsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = Query::parse(query.as_deref());
    match GetFrontendPublicUrlRequest::read(&BTreeMap::new(), &query, &headers, &[]) {
        Ok(request) => service
            .get_frontend_public_url(request)
            .await
            .into_response(),
        Err(problem) => problem.into_response(),
    }
}
impl SetFrontendPublicUrlRequest {
    /// Reads and checks a `POST /configurationManager/frontendPublicUrl` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(SetFrontendPublicUrlRequest {
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `POST /configurationManager/frontendPublicUrl` request and hands it to [`PublicUrLsApi::set_frontend_public_url`].
pub async fn handle_set_frontend_public_url<S: PublicUrLsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> Response {
    let body = match body {
        Ok(body) => body,
        Err(rejection) => {
            return runtime::rejected(
                rejection.status(),
                runtime::Location::Body,
                rejection.body_text(),
            );
        }
    };
    let query = Query::parse(query.as_deref());
    match SetFrontendPublicUrlRequest::read(&BTreeMap::new(), &query, &headers, &body) {
        Ok(request) => service
            .set_frontend_public_url(request)
            .await
            .into_response(),
        Err(problem) => problem.into_response(),
    }
}
impl GetConnectorPublicUrlRequest {
    /// Reads and checks a `GET /configurationManager/connectorPublicUrl` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        _body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(GetConnectorPublicUrlRequest {
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `GET /configurationManager/connectorPublicUrl` request and hands it to [`PublicUrLsApi::get_connector_public_url`].
pub async fn handle_get_connector_public_url<S: PublicUrLsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = Query::parse(query.as_deref());
    match GetConnectorPublicUrlRequest::read(&BTreeMap::new(), &query, &headers, &[]) {
        Ok(request) => service
            .get_connector_public_url(request)
            .await
            .into_response(),
        Err(problem) => problem.into_response(),
    }
}
impl SetConnectorPublicUrlRequest {
    /// Reads and checks a `POST /configurationManager/connectorPublicUrl` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(SetConnectorPublicUrlRequest {
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `POST /configurationManager/connectorPublicUrl` request and hands it to [`PublicUrLsApi::set_connector_public_url`].
pub async fn handle_set_connector_public_url<S: PublicUrLsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> Response {
    let body = match body {
        Ok(body) => body,
        Err(rejection) => {
            return runtime::rejected(
                rejection.status(),
                runtime::Location::Body,
                rejection.body_text(),
            );
        }
    };
    let query = Query::parse(query.as_deref());
    match SetConnectorPublicUrlRequest::read(&BTreeMap::new(), &query, &headers, &body) {
        Ok(request) => service
            .set_connector_public_url(request)
            .await
            .into_response(),
        Err(problem) => problem.into_response(),
    }
}
