//! Operations of the `Connector` API.
//!
//! Connector-related operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Reindex single record
    ///
    /// Trigger reindexing for a specific record.<br><br>
    /// <b>Overview:</b><br>
    /// Reprocesses the record's content to update search indexes and AI embeddings. Useful after content changes or to fix indexing failures.<br><br>
    /// <b>Depth Parameter:</b><br>
    /// Controls processing depth for complex documents (-1 for full depth, 0-100 for limited).
    ///
    /// `POST /knowledgeBase/reindex/record/{recordId}` (operation `reindexRecord`)
    ///
    /// # Arguments
    ///
    /// * `record_id`: path parameter `recordId`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ReindexRecordParams`\]).
    pub fn reindex_record<'a>(
        &'a self,
        record_id: &'a str,
    ) -> Call<'a, ReindexRecordParams<'a>, (), ReindexRecordError> {
        const OPERATION: Operation = Operation {
            id: "reindexRecord",
            method: "POST",
            path: "/knowledgeBase/reindex/record/{recordId}",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ReindexRecordParams {
                record_id,
                body: None,
            },
            |client, params| {
                let ReindexRecordParams { record_id, body } = params;
                let path = format!(
                    "/knowledgeBase/reindex/record/{}",
                    crate::runtime::path_param(
                        "recordId",
                        record_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, &path);
                if let Some(body) = body {
                    request = request.json(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                401 => Err(Error::Status(ReindexRecordError::Unauthorized)),
                404 => Err(Error::Status(ReindexRecordError::NotFound)),
                _ => {
                    Err(
                        Error::Status(ReindexRecordError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::reindex_record`], kept in its [`Call`] until it is awaited.
pub struct ReindexRecordParams<'a> {
    record_id: &'a str,
    body: ::std::option::Option<&'a crate::models::ReindexRecordBody>,
}
impl<'a, T, E> Call<'a, ReindexRecordParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn body(mut self, body: &'a crate::models::ReindexRecordBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::reindex_record`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ReindexRecordError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Record not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ReindexRecordError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "reindexRecord", status, message)
    }
}
impl ::std::error::Error for ReindexRecordError {}

impl Client {
    /// Reindex record group
    ///
    /// Trigger reindexing for all records in a folder or knowledge base.<br><br>
    /// <b>Overview:</b><br>
    /// Batch reindex operation for entire containers. The recordGroupId can be a folder ID or KB ID.
    ///
    /// `POST /knowledgeBase/reindex/record-group/{recordGroupId}` (operation `reindexRecordGroup`)
    ///
    /// # Arguments
    ///
    /// * `record_group_id`: path parameter `recordGroupId`. Folder ID or KB ID
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ReindexRecordGroupParams`\]).
    pub fn reindex_record_group<'a>(
        &'a self,
        record_group_id: &'a str,
    ) -> Call<'a, ReindexRecordGroupParams<'a>, (), ReindexRecordGroupError> {
        const OPERATION: Operation = Operation {
            id: "reindexRecordGroup",
            method: "POST",
            path: "/knowledgeBase/reindex/record-group/{recordGroupId}",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ReindexRecordGroupParams {
                record_group_id,
                body: None,
            },
            |client, params| {
                let ReindexRecordGroupParams { record_group_id, body } = params;
                let path = format!(
                    "/knowledgeBase/reindex/record-group/{}",
                    crate::runtime::path_param(
                        "recordGroupId",
                        record_group_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, &path);
                if let Some(body) = body {
                    request = request.json(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                401 => Err(Error::Status(ReindexRecordGroupError::Unauthorized)),
                404 => Err(Error::Status(ReindexRecordGroupError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ReindexRecordGroupError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::reindex_record_group`], kept in its [`Call`] until it is awaited.
pub struct ReindexRecordGroupParams<'a> {
    record_group_id: &'a str,
    body: ::std::option::Option<&'a crate::models::ReindexRecordGroupBody>,
}
impl<'a, T, E> Call<'a, ReindexRecordGroupParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn body(mut self, body: &'a crate::models::ReindexRecordGroupBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::reindex_record_group`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ReindexRecordGroupError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Record group not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ReindexRecordGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "reindexRecordGroup", status, message)
    }
}
impl ::std::error::Error for ReindexRecordGroupError {}

impl Client {
    /// Reindex failed connector records
    ///
    /// Retry indexing for all failed records from a specific connector.<br><br>
    /// <b>Use Case:</b><br>
    /// After fixing connectivity issues or configuration problems, use this to reprocess all records that failed during the initial sync.
    ///
    /// `POST /knowledgeBase/reindex-failed/connector` (operation `reindexFailedConnectorRecords`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Reindex failed connector records
    pub fn reindex_failed_connector_records<'a>(
        &'a self,
        body: &'a crate::models::ReindexFailedConnectorRecordsBody,
    ) -> Call<
        'a,
        ReindexFailedConnectorRecordsParams<'a>,
        (),
        ReindexFailedConnectorRecordsError,
    > {
        const OPERATION: Operation = Operation {
            id: "reindexFailedConnectorRecords",
            method: "POST",
            path: "/knowledgeBase/reindex-failed/connector",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ReindexFailedConnectorRecordsParams {
                body,
            },
            |client, params| {
                let ReindexFailedConnectorRecordsParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/knowledgeBase/reindex-failed/connector",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(ReindexFailedConnectorRecordsError::BadRequest)),
                401 => {
                    Err(Error::Status(ReindexFailedConnectorRecordsError::Unauthorized))
                }
                _ => {
                    Err(
                        Error::Status(
                            ReindexFailedConnectorRecordsError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::reindex_failed_connector_records`], kept in its [`Call`] until it is awaited.
pub struct ReindexFailedConnectorRecordsParams<'a> {
    body: &'a crate::models::ReindexFailedConnectorRecordsBody,
}
/// Error responses of [`Client::reindex_failed_connector_records`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ReindexFailedConnectorRecordsError {
    /// Status `400`: Invalid connector parameters
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ReindexFailedConnectorRecordsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "reindexFailedConnectorRecords", status, message)
    }
}
impl ::std::error::Error for ReindexFailedConnectorRecordsError {}

impl Client {
    /// Resync connector
    ///
    /// Trigger a full resync of all records from a connector.<br><br>
    /// <b>Overview:</b><br>
    /// Fetches all content from the external source and updates local records. Use when you suspect data is out of sync.<br><br>
    /// <b>Warning:</b> This can be resource-intensive for large connectors.
    ///
    /// `POST /knowledgeBase/resync/connector` (operation `resyncConnector`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Resync connector
    pub fn resync_connector<'a>(
        &'a self,
        body: &'a crate::models::ResyncConnectorBody,
    ) -> Call<'a, ResyncConnectorParams<'a>, (), ResyncConnectorError> {
        const OPERATION: Operation = Operation {
            id: "resyncConnector",
            method: "POST",
            path: "/knowledgeBase/resync/connector",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ResyncConnectorParams { body },
            |client, params| {
                let ResyncConnectorParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/knowledgeBase/resync/connector",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(ResyncConnectorError::BadRequest)),
                401 => Err(Error::Status(ResyncConnectorError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            ResyncConnectorError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::resync_connector`], kept in its [`Call`] until it is awaited.
pub struct ResyncConnectorParams<'a> {
    body: &'a crate::models::ResyncConnectorBody,
}
/// Error responses of [`Client::resync_connector`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ResyncConnectorError {
    /// Status `400`: Invalid connector parameters
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ResyncConnectorError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "resyncConnector", status, message)
    }
}
impl ::std::error::Error for ResyncConnectorError {}

impl Client {
    /// Get connector statistics
    ///
    /// Retrieve statistics for a specific connector including record counts, indexing status breakdown, and sync information.
    ///
    /// `GET /knowledgeBase/stats/{connectorId}` (operation `getConnectorStats`)
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`. Connector ID
    pub fn get_connector_stats<'a>(
        &'a self,
        connector_id: &'a str,
    ) -> Call<
        'a,
        GetConnectorStatsParams<'a>,
        crate::models::ConnectorStats,
        GetConnectorStatsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getConnectorStats",
            method: "GET",
            path: "/knowledgeBase/stats/{connectorId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetConnectorStatsParams {
                connector_id,
            },
            |client, params| {
                let GetConnectorStatsParams { connector_id } = params;
                let path = format!(
                    "/knowledgeBase/stats/{}",
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
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
                401 => Err(Error::Status(GetConnectorStatsError::Unauthorized)),
                404 => Err(Error::Status(GetConnectorStatsError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetConnectorStatsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_connector_stats`], kept in its [`Call`] until it is awaited.
pub struct GetConnectorStatsParams<'a> {
    connector_id: &'a str,
}
/// Error responses of [`Client::get_connector_stats`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetConnectorStatsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetConnectorStatsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getConnectorStats", status, message)
    }
}
impl ::std::error::Error for GetConnectorStatsError {}
