//! The `Connector Service` API.
//!
//! ## Connector Service (Internal)
//!
//! **⚠️ INTERNAL SERVICE - NOT for direct external API access**
//!
//! **Port:** 8088 | **Base URL:** `http://localhost:8088`
//!
//! Manages all data source integrations and OAuth flows:
//! - OAuth token management and refresh
//! - Data sync from 30+ enterprise connectors
//! - Webhook handlers for real-time updates
//! - File streaming and signed URLs
//!
//! **Authentication:** Requires scoped service token (except health checks and webhooks)
//!
//! **Key Endpoints:**
//! - `GET /health` - Health check (no auth)
//! - `GET /api/v1/connectors/` - List all connectors
//! - `GET /api/v1/records` - List records
//! - `GET /api/v1/stats` - Get connector statistics
//! - `POST /api/v1/records/reindex-failed` - Reindex failed records
//! - `GET /api/v1/stream/record/{record_id}` - Stream file content
//! - `GET /api/v1/internal/stream/record/{record_id}` - Internal streaming
//!
//! **Webhook Endpoints (no auth - verified by provider signatures):**
//! - `POST /drive/webhook` - Google Drive push notifications
//! - `POST /gmail/webhook` - Gmail Pub/Sub notifications
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// ## Connector Service (Internal)
///
/// **⚠️ INTERNAL SERVICE - NOT for direct external API access**
///
/// **Port:** 8088 | **Base URL:** `http://localhost:8088`
///
/// Manages all data source integrations and OAuth flows:
/// - OAuth token management and refresh
/// - Data sync from 30+ enterprise connectors
/// - Webhook handlers for real-time updates
/// - File streaming and signed URLs
///
/// **Authentication:** Requires scoped service token (except health checks and webhooks)
///
/// **Key Endpoints:**
/// - `GET /health` - Health check (no auth)
/// - `GET /api/v1/connectors/` - List all connectors
/// - `GET /api/v1/records` - List records
/// - `GET /api/v1/stats` - Get connector statistics
/// - `POST /api/v1/records/reindex-failed` - Reindex failed records
/// - `GET /api/v1/stream/record/{record_id}` - Stream file content
/// - `GET /api/v1/internal/stream/record/{record_id}` - Internal streaming
///
/// **Webhook Endpoints (no auth - verified by provider signatures):**
/// - `POST /drive/webhook` - Google Drive push notifications
/// - `POST /gmail/webhook` - Gmail Pub/Sub notifications
pub trait ConnectorServiceApi: Clone + Send + Sync + 'static {
    /// \[Connector Service\] Health check
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Health check endpoint for the Connector Service (Python FastAPI).<br><br>
    ///
    /// <b>Service:</b> Connector Service<br>
    /// <b>Port:</b> 8088<br>
    /// <b>Base URL:</b> <code><http://localhost:8088></code><br><br>
    ///
    /// <b>Authentication:</b> None required for health check<br><br>
    ///
    /// <b>Note:</b> This is the core internal service that manages all
    /// data source connectors and OAuth flows.
    ///
    /// `GET /connector/health` (operation `connectorServiceHealth`)
    fn connector_service_health(
        &self,
        request: ConnectorServiceHealthRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ConnectorServiceHealthResponse>,
    > + Send;
    /// \[Connector Service\] Google Drive webhook
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Webhook endpoint for Google Drive push notifications.<br><br>
    ///
    /// <b>Service:</b> Connector Service<br>
    /// <b>Port:</b> 8088<br>
    /// <b>Base URL:</b> <code><http://localhost:8088></code><br><br>
    ///
    /// <b>Authentication:</b> None required - uses Google's push notification verification<br><br>
    ///
    /// <b>Note:</b> This endpoint receives real-time change notifications from
    /// Google Drive when files are created, modified, or deleted.
    ///
    /// `POST /connector/drive/webhook` (operation `driveWebhook`)
    fn drive_webhook(
        &self,
        request: DriveWebhookRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<DriveWebhookResponse>> + Send;
    /// \[Connector Service\] Internal stream record
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Internal endpoint for streaming record content (service-to-service).<br><br>
    ///
    /// <b>Service:</b> Connector Service<br>
    /// <b>Port:</b> 8088<br>
    /// <b>Base URL:</b> <code><http://localhost:8088></code><br><br>
    ///
    /// <b>Authentication:</b> Requires scoped service token<br><br>
    ///
    /// <b>Use Case:</b> Used by Indexing Service to fetch file content for processing.
    ///
    /// `GET /connector/api/v1/internal/stream/record/{record_id}` (operation `connectorInternalStreamRecord`)
    fn connector_internal_stream_record(
        &self,
        request: ConnectorInternalStreamRecordRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ConnectorInternalStreamRecordResponse>,
    > + Send;
    /// \[Connector Service\] Convert record buffer
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Convert a record buffer to a different format.<br><br>
    ///
    /// <b>Service:</b> Connector Service<br>
    /// <b>Port:</b> 8088<br>
    /// <b>Base URL:</b> <code><http://localhost:8088></code><br><br>
    ///
    /// <b>Authentication:</b> Requires scoped service token<br><br>
    ///
    /// <b>Supported Conversions:</b> PDF to text, DOCX to text, etc.
    ///
    /// `POST /connector/api/v1/record/buffer/convert` (operation `connectorConvertRecordBuffer`)
    fn connector_convert_record_buffer(
        &self,
        request: ConnectorConvertRecordBufferRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ConnectorConvertRecordBufferResponse>,
    > + Send;
    /// \[Connector Service\] Get connector statistics
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Get statistics for a specific connector.<br><br>
    ///
    /// <b>Service:</b> Connector Service<br>
    /// <b>Port:</b> 8088<br>
    /// <b>Base URL:</b> <code><http://localhost:8088></code><br><br>
    ///
    /// <b>Authentication:</b> Requires scoped service token
    ///
    /// `GET /connector/api/v1/stats` (operation `connectorGetStats`)
    fn connector_get_stats(
        &self,
        request: ConnectorGetStatsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ConnectorGetStatsResponse>,
    > + Send;
    /// \[Connector Service\] Reindex all failed records
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Trigger reindexing of all failed records for a specific connector.<br><br>
    ///
    /// <b>Service:</b> Connector Service<br>
    /// <b>Port:</b> 8088<br>
    /// <b>Base URL:</b> <code><http://localhost:8088></code><br><br>
    ///
    /// <b>Authentication:</b> Requires scoped service token
    ///
    /// `POST /connector/api/v1/records/reindex-failed` (operation `connectorReindexFailedRecords`)
    fn connector_reindex_failed_records(
        &self,
        request: ConnectorReindexFailedRecordsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ConnectorReindexFailedRecordsResponse>,
    > + Send;
    /// \[Connector Service\] Get signed URL for record
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Get a signed URL for direct file access from the connector source.<br><br>
    ///
    /// <b>Service:</b> Connector Service<br>
    /// <b>Port:</b> 8088<br>
    /// <b>Base URL:</b> <code><http://localhost:8088></code><br><br>
    ///
    /// <b>Authentication:</b> Requires scoped service token<br><br>
    ///
    /// <b>Use Case:</b> Generate temporary signed URLs for file downloads from
    /// Google Drive, OneDrive, SharePoint, etc.
    ///
    /// `GET /connector/api/v1/{org_id}/{user_id}/{connector}/record/{record_id}/signedUrl` (operation `connectorGetSignedUrl`)
    fn connector_get_signed_url(
        &self,
        request: ConnectorGetSignedUrlRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ConnectorGetSignedUrlResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(connector_service::routes().merge(...), service)`.
pub fn routes<S: ConnectorServiceApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/connector/api/v1/internal/stream/record/{p0}",
            axum::routing::get(
                crate::apis::connector_service::handle_connector_internal_stream_record::<
                    S,
                >,
            ),
        );
    let routes = routes
        .route(
            "/connector/api/v1/record/buffer/convert",
            axum::routing::post(
                crate::apis::connector_service::handle_connector_convert_record_buffer::<
                    S,
                >,
            ),
        );
    let routes = routes
        .route(
            "/connector/api/v1/records/reindex-failed",
            axum::routing::post(
                crate::apis::connector_service::handle_connector_reindex_failed_records::<
                    S,
                >,
            ),
        );
    let routes = routes
        .route(
            "/connector/api/v1/stats",
            axum::routing::get(
                crate::apis::connector_service::handle_connector_get_stats::<S>,
            ),
        );
    let routes = routes
        .route(
            "/connector/api/v1/{p0}/{p1}/{p2}/record/{p3}/signedUrl",
            axum::routing::get(
                crate::apis::connector_service::handle_connector_get_signed_url::<S>,
            ),
        );
    let routes = routes
        .route(
            "/connector/drive/webhook",
            axum::routing::post(
                crate::apis::connector_service::handle_drive_webhook::<S>,
            ),
        );
    routes
        .route(
            "/connector/health",
            axum::routing::get(
                crate::apis::connector_service::handle_connector_service_health::<S>,
            ),
        )
}

/// What a `GET /connector/health` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorServiceHealthRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connector/health` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ConnectorServiceHealthResponse {
    /// Status `200`: Service is healthy
    Ok(crate::models::ConnectorServiceHealthResponse),
    /// Status `500`: Service is unhealthy
    InternalServerError,
}
impl IntoResponse for ConnectorServiceHealthResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::InternalServerError => runtime::empty(runtime::status(500)),
        }
    }
}
impl ConnectorServiceHealthRequest {
    /// Reads and checks a `GET /connector/health` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ConnectorServiceHealthRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connector/health` request and hands it to [`ConnectorServiceApi::connector_service_health`].
pub async fn handle_connector_service_health<S: ConnectorServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "connectorServiceHealth",
        path: "/connector/health",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ConnectorServiceHealthRequest::read,
            |request| service.connector_service_health(request),
        )
        .await
}

/// What a `POST /connector/drive/webhook` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DriveWebhookRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /connector/drive/webhook` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DriveWebhookResponse {
    /// Status `200`: Webhook processed
    Ok,
    /// Status `400`: Invalid webhook payload
    BadRequest,
}
impl IntoResponse for DriveWebhookResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
        }
    }
}
impl DriveWebhookRequest {
    /// Reads and checks a `POST /connector/drive/webhook` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DriveWebhookRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /connector/drive/webhook` request and hands it to [`ConnectorServiceApi::drive_webhook`].
pub async fn handle_drive_webhook<S: ConnectorServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "driveWebhook",
        path: "/connector/drive/webhook",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DriveWebhookRequest::read,
            |request| service.drive_webhook(request),
        )
        .await
}

/// What a `GET /connector/api/v1/internal/stream/record/{record_id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorInternalStreamRecordRequest {
    /// path parameter `record_id`.
    ///
    /// Record ID to stream
    pub record_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connector/api/v1/internal/stream/record/{record_id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ConnectorInternalStreamRecordResponse {
    /// Status `200`: File content stream
    Ok(::std::vec::Vec<u8>),
    /// Status `404`: Record not found
    NotFound,
}
impl IntoResponse for ConnectorInternalStreamRecordResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                runtime::content(runtime::status(200), "application/octet-stream", body)
            }
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ConnectorInternalStreamRecordRequest {
    /// Reads and checks a `GET /connector/api/v1/internal/stream/record/{record_id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ConnectorInternalStreamRecordRequest {
            record_id: runtime::path_param(path, "p0", "record_id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connector/api/v1/internal/stream/record/{record_id}` request and hands it to [`ConnectorServiceApi::connector_internal_stream_record`].
pub async fn handle_connector_internal_stream_record<S: ConnectorServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "connectorInternalStreamRecord",
        path: "/connector/api/v1/internal/stream/record/{record_id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ConnectorInternalStreamRecordRequest::read,
            |request| service.connector_internal_stream_record(request),
        )
        .await
}

/// What a `POST /connector/api/v1/record/buffer/convert` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorConvertRecordBufferRequest {
    /// The request body (`application/json`).
    pub body: crate::models::ConnectorConvertRecordBufferBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /connector/api/v1/record/buffer/convert` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ConnectorConvertRecordBufferResponse {
    /// Status `200`: Conversion successful
    Ok(::std::vec::Vec<u8>),
    /// Status `400`: Invalid request or unsupported conversion
    BadRequest,
}
impl IntoResponse for ConnectorConvertRecordBufferResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                runtime::content(runtime::status(200), "application/octet-stream", body)
            }
            Self::BadRequest => runtime::empty(runtime::status(400)),
        }
    }
}
impl ConnectorConvertRecordBufferRequest {
    /// Reads and checks a `POST /connector/api/v1/record/buffer/convert` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ConnectorConvertRecordBufferRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /connector/api/v1/record/buffer/convert` request and hands it to [`ConnectorServiceApi::connector_convert_record_buffer`].
pub async fn handle_connector_convert_record_buffer<S: ConnectorServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "connectorConvertRecordBuffer",
        path: "/connector/api/v1/record/buffer/convert",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ConnectorConvertRecordBufferRequest::read,
            |request| service.connector_convert_record_buffer(request),
        )
        .await
}

/// What a `GET /connector/api/v1/stats` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorGetStatsRequest {
    /// query parameter `org_id`.
    ///
    /// Organization ID
    pub org_id: ::std::string::String,
    /// query parameter `connector`.
    ///
    /// Connector name (e.g., GOOGLE_DRIVE, ONEDRIVE)
    pub connector: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connector/api/v1/stats` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ConnectorGetStatsResponse {
    /// Status `200`: Connector statistics
    Ok(crate::models::ConnectorGetStatsResponse),
}
impl IntoResponse for ConnectorGetStatsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl ConnectorGetStatsRequest {
    /// Reads and checks a `GET /connector/api/v1/stats` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ConnectorGetStatsRequest {
            org_id: query.required("org_id", false)?,
            connector: query.required("connector", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connector/api/v1/stats` request and hands it to [`ConnectorServiceApi::connector_get_stats`].
pub async fn handle_connector_get_stats<S: ConnectorServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "connectorGetStats",
        path: "/connector/api/v1/stats",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ConnectorGetStatsRequest::read,
            |request| service.connector_get_stats(request),
        )
        .await
}

/// What a `POST /connector/api/v1/records/reindex-failed` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorReindexFailedRecordsRequest {
    /// The request body (`application/json`).
    pub body: crate::models::ConnectorReindexFailedRecordsBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /connector/api/v1/records/reindex-failed` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ConnectorReindexFailedRecordsResponse {
    /// Status `200`: Reindexing triggered
    Ok(crate::models::ConnectorReindexFailedRecordsResponse),
}
impl IntoResponse for ConnectorReindexFailedRecordsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl ConnectorReindexFailedRecordsRequest {
    /// Reads and checks a `POST /connector/api/v1/records/reindex-failed` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ConnectorReindexFailedRecordsRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /connector/api/v1/records/reindex-failed` request and hands it to [`ConnectorServiceApi::connector_reindex_failed_records`].
pub async fn handle_connector_reindex_failed_records<S: ConnectorServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "connectorReindexFailedRecords",
        path: "/connector/api/v1/records/reindex-failed",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ConnectorReindexFailedRecordsRequest::read,
            |request| service.connector_reindex_failed_records(request),
        )
        .await
}

/// What a `GET /connector/api/v1/{org_id}/{user_id}/{connector}/record/{record_id}/signedUrl` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorGetSignedUrlRequest {
    /// path parameter `org_id`.
    ///
    /// Organization ID
    pub org_id: ::std::string::String,
    /// path parameter `user_id`.
    ///
    /// User ID
    pub user_id: ::std::string::String,
    /// path parameter `connector`.
    ///
    /// Connector name
    pub connector: ::std::string::String,
    /// path parameter `record_id`.
    ///
    /// Record ID
    pub record_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connector/api/v1/{org_id}/{user_id}/{connector}/record/{record_id}/signedUrl` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ConnectorGetSignedUrlResponse {
    /// Status `200`: Signed URL generated
    Ok(crate::models::ConnectorGetSignedUrlResponse),
    /// Status `403`: Access denied
    Forbidden,
    /// Status `404`: Record not found
    NotFound,
}
impl IntoResponse for ConnectorGetSignedUrlResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ConnectorGetSignedUrlRequest {
    /// Reads and checks a `GET /connector/api/v1/{org_id}/{user_id}/{connector}/record/{record_id}/signedUrl` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ConnectorGetSignedUrlRequest {
            org_id: runtime::path_param(path, "p0", "org_id")?,
            user_id: runtime::path_param(path, "p1", "user_id")?,
            connector: runtime::path_param(path, "p2", "connector")?,
            record_id: runtime::path_param(path, "p3", "record_id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connector/api/v1/{org_id}/{user_id}/{connector}/record/{record_id}/signedUrl` request and hands it to [`ConnectorServiceApi::connector_get_signed_url`].
pub async fn handle_connector_get_signed_url<S: ConnectorServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "connectorGetSignedUrl",
        path: "/connector/api/v1/{org_id}/{user_id}/{connector}/record/{record_id}/signedUrl",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ConnectorGetSignedUrlRequest::read,
            |request| service.connector_get_signed_url(request),
        )
        .await
}
