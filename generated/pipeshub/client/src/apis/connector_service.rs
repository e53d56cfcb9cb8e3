//! Operations of the `Connector Service` API.
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
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    pub fn connector_service_health(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::ConnectorServiceHealthResponse,
        ConnectorServiceHealthError,
    > {
        const OPERATION: Operation = Operation {
            id: "connectorServiceHealth",
            method: "GET",
            path: "/connector/health",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8088",
                    variables: &[],
                },
            ],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/connector/health");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                500 => {
                    Err(Error::Status(ConnectorServiceHealthError::InternalServerError))
                }
                _ => {
                    Err(
                        Error::Status(
                            ConnectorServiceHealthError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::connector_service_health`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ConnectorServiceHealthError {
    /// Status `500`: Service is unhealthy
    InternalServerError,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ConnectorServiceHealthError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::InternalServerError => (500, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "connectorServiceHealth", status, message)
    }
}
impl ::std::error::Error for ConnectorServiceHealthError {}

impl Client {
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
    pub fn drive_webhook(&self) -> Call<'_, (), (), DriveWebhookError> {
        const OPERATION: Operation = Operation {
            id: "driveWebhook",
            method: "POST",
            path: "/connector/drive/webhook",
            idempotent: false,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8088",
                    variables: &[],
                },
            ],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/connector/drive/webhook",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(DriveWebhookError::BadRequest)),
                _ => {
                    Err(Error::Status(DriveWebhookError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// Error responses of [`Client::drive_webhook`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DriveWebhookError {
    /// Status `400`: Invalid webhook payload
    BadRequest,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DriveWebhookError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "driveWebhook", status, message)
    }
}
impl ::std::error::Error for DriveWebhookError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `record_id`: path parameter `record_id`. Record ID to stream
    pub fn connector_internal_stream_record<'a>(
        &'a self,
        record_id: &'a str,
    ) -> Call<
        'a,
        ConnectorInternalStreamRecordParams<'a>,
        ::std::vec::Vec<u8>,
        ConnectorInternalStreamRecordError,
    > {
        const OPERATION: Operation = Operation {
            id: "connectorInternalStreamRecord",
            method: "GET",
            path: "/connector/api/v1/internal/stream/record/{record_id}",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8088",
                    variables: &[],
                },
            ],
            security: &[&["scopedToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            ConnectorInternalStreamRecordParams {
                record_id,
            },
            |client, params| {
                let ConnectorInternalStreamRecordParams { record_id } = params;
                let path = format!(
                    "/connector/api/v1/internal/stream/record/{}",
                    crate::runtime::path_param(
                        "record_id",
                        record_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.body.clone();
                    Ok(received.value(body))
                }
                404 => Err(Error::Status(ConnectorInternalStreamRecordError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ConnectorInternalStreamRecordError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
    /// [`Client::connector_internal_stream_record`], with the body of a successful response streamed as it arrives instead of read into memory first.
    #[allow(clippy::match_single_binding)]
    pub fn connector_internal_stream_record_stream<'a>(
        &'a self,
        record_id: &'a str,
    ) -> Call<
        'a,
        ConnectorInternalStreamRecordParams<'a>,
        crate::runtime::ByteStream,
        ConnectorInternalStreamRecordError,
    > {
        self.connector_internal_stream_record(record_id)
            .streamed(|received| match received.status.as_u16() {
                404 => Err(Error::Status(ConnectorInternalStreamRecordError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ConnectorInternalStreamRecordError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            })
    }
}
/// The parameters of [`Client::connector_internal_stream_record`], kept in its [`Call`] until it is awaited.
pub struct ConnectorInternalStreamRecordParams<'a> {
    record_id: &'a str,
}
/// Error responses of [`Client::connector_internal_stream_record`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ConnectorInternalStreamRecordError {
    /// Status `404`: Record not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ConnectorInternalStreamRecordError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "connectorInternalStreamRecord", status, message)
    }
}
impl ::std::error::Error for ConnectorInternalStreamRecordError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn connector_convert_record_buffer<'a>(
        &'a self,
        body: &'a crate::models::ConnectorConvertRecordBufferBody,
    ) -> Call<
        'a,
        ConnectorConvertRecordBufferParams<'a>,
        ::std::vec::Vec<u8>,
        ConnectorConvertRecordBufferError,
    > {
        const OPERATION: Operation = Operation {
            id: "connectorConvertRecordBuffer",
            method: "POST",
            path: "/connector/api/v1/record/buffer/convert",
            idempotent: false,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8088",
                    variables: &[],
                },
            ],
            security: &[&["scopedToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            ConnectorConvertRecordBufferParams {
                body,
            },
            |client, params| {
                let ConnectorConvertRecordBufferParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/connector/api/v1/record/buffer/convert",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.body.clone();
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ConnectorConvertRecordBufferError::BadRequest)),
                _ => {
                    Err(
                        Error::Status(
                            ConnectorConvertRecordBufferError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
    /// [`Client::connector_convert_record_buffer`], with the body of a successful response streamed as it arrives instead of read into memory first.
    #[allow(clippy::match_single_binding)]
    pub fn connector_convert_record_buffer_stream<'a>(
        &'a self,
        body: &'a crate::models::ConnectorConvertRecordBufferBody,
    ) -> Call<
        'a,
        ConnectorConvertRecordBufferParams<'a>,
        crate::runtime::ByteStream,
        ConnectorConvertRecordBufferError,
    > {
        self.connector_convert_record_buffer(body)
            .streamed(|received| match received.status.as_u16() {
                400 => Err(Error::Status(ConnectorConvertRecordBufferError::BadRequest)),
                _ => {
                    Err(
                        Error::Status(
                            ConnectorConvertRecordBufferError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            })
    }
}
/// The parameters of [`Client::connector_convert_record_buffer`], kept in its [`Call`] until it is awaited.
pub struct ConnectorConvertRecordBufferParams<'a> {
    body: &'a crate::models::ConnectorConvertRecordBufferBody,
}
/// Error responses of [`Client::connector_convert_record_buffer`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ConnectorConvertRecordBufferError {
    /// Status `400`: Invalid request or unsupported conversion
    BadRequest,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ConnectorConvertRecordBufferError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "connectorConvertRecordBuffer", status, message)
    }
}
impl ::std::error::Error for ConnectorConvertRecordBufferError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `org_id`: query parameter `org_id`. Organization ID
    /// * `connector`: query parameter `connector`. Connector name (e.g., GOOGLE_DRIVE, ONEDRIVE)
    pub fn connector_get_stats<'a>(
        &'a self,
        org_id: &'a str,
        connector: &'a str,
    ) -> Call<
        'a,
        ConnectorGetStatsParams<'a>,
        crate::models::ConnectorGetStatsResponse,
        ConnectorGetStatsError,
    > {
        const OPERATION: Operation = Operation {
            id: "connectorGetStats",
            method: "GET",
            path: "/connector/api/v1/stats",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8088",
                    variables: &[],
                },
            ],
            security: &[&["scopedToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            ConnectorGetStatsParams {
                org_id,
                connector,
            },
            |client, params| {
                let ConnectorGetStatsParams { org_id, connector } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/connector/api/v1/stats",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "org_id",
                    org_id,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "connector",
                    connector,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(
                            ConnectorGetStatsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::connector_get_stats`], kept in its [`Call`] until it is awaited.
pub struct ConnectorGetStatsParams<'a> {
    org_id: &'a str,
    connector: &'a str,
}
/// Error responses of [`Client::connector_get_stats`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ConnectorGetStatsError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ConnectorGetStatsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for ConnectorGetStatsError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn connector_reindex_failed_records<'a>(
        &'a self,
        body: &'a crate::models::ConnectorReindexFailedRecordsBody,
    ) -> Call<
        'a,
        ConnectorReindexFailedRecordsParams<'a>,
        crate::models::ConnectorReindexFailedRecordsResponse,
        ConnectorReindexFailedRecordsError,
    > {
        const OPERATION: Operation = Operation {
            id: "connectorReindexFailedRecords",
            method: "POST",
            path: "/connector/api/v1/records/reindex-failed",
            idempotent: false,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8088",
                    variables: &[],
                },
            ],
            security: &[&["scopedToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            ConnectorReindexFailedRecordsParams {
                body,
            },
            |client, params| {
                let ConnectorReindexFailedRecordsParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/connector/api/v1/records/reindex-failed",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(
                            ConnectorReindexFailedRecordsError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::connector_reindex_failed_records`], kept in its [`Call`] until it is awaited.
pub struct ConnectorReindexFailedRecordsParams<'a> {
    body: &'a crate::models::ConnectorReindexFailedRecordsBody,
}
/// Error responses of [`Client::connector_reindex_failed_records`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ConnectorReindexFailedRecordsError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ConnectorReindexFailedRecordsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for ConnectorReindexFailedRecordsError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `org_id`: path parameter `org_id`. Organization ID
    /// * `user_id`: path parameter `user_id`. User ID
    /// * `connector`: path parameter `connector`. Connector name
    /// * `record_id`: path parameter `record_id`. Record ID
    pub fn connector_get_signed_url<'a>(
        &'a self,
        org_id: &'a str,
        user_id: &'a str,
        connector: &'a str,
        record_id: &'a str,
    ) -> Call<
        'a,
        ConnectorGetSignedUrlParams<'a>,
        crate::models::ConnectorGetSignedUrlResponse,
        ConnectorGetSignedUrlError,
    > {
        const OPERATION: Operation = Operation {
            id: "connectorGetSignedUrl",
            method: "GET",
            path: "/connector/api/v1/{org_id}/{user_id}/{connector}/record/{record_id}/signedUrl",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8088",
                    variables: &[],
                },
            ],
            security: &[&["scopedToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            ConnectorGetSignedUrlParams {
                org_id,
                user_id,
                connector,
                record_id,
            },
            |client, params| {
                let ConnectorGetSignedUrlParams {
                    org_id,
                    user_id,
                    connector,
                    record_id,
                } = params;
                let path = format!(
                    "/connector/api/v1/{}/{}/{}/record/{}/signedUrl",
                    crate::runtime::path_param("org_id", org_id, Style::Simple, false),
                    crate::runtime::path_param("user_id", user_id, Style::Simple, false),
                    crate::runtime::path_param(
                        "connector",
                        connector,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "record_id",
                        record_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                403 => Err(Error::Status(ConnectorGetSignedUrlError::Forbidden)),
                404 => Err(Error::Status(ConnectorGetSignedUrlError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ConnectorGetSignedUrlError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::connector_get_signed_url`], kept in its [`Call`] until it is awaited.
pub struct ConnectorGetSignedUrlParams<'a> {
    org_id: &'a str,
    user_id: &'a str,
    connector: &'a str,
    record_id: &'a str,
}
/// Error responses of [`Client::connector_get_signed_url`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ConnectorGetSignedUrlError {
    /// Status `403`: Access denied
    Forbidden,
    /// Status `404`: Record not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ConnectorGetSignedUrlError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "connectorGetSignedUrl", status, message)
    }
}
impl ::std::error::Error for ConnectorGetSignedUrlError {}
