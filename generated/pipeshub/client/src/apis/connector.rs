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
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn reindex_record(
        &self,
        record_id: &str,
        body: ::std::option::Option<&crate::models::ReindexRecordBody>,
    ) -> Call<'_, (), ReindexRecordError> {
        const OPERATION: Operation = Operation {
            id: "reindexRecord",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/reindex/record/{}",
            crate::runtime::path_param("recordId", record_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::reindex_record`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReindexRecordError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Record not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn reindex_record_group(
        &self,
        record_group_id: &str,
        body: ::std::option::Option<&crate::models::ReindexRecordGroupBody>,
    ) -> Call<'_, (), ReindexRecordGroupError> {
        const OPERATION: Operation = Operation {
            id: "reindexRecordGroup",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/reindex/record-group/{}",
            crate::runtime::path_param(
                "recordGroupId",
                record_group_id,
                Style::Simple,
                false,
            ),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::reindex_record_group`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReindexRecordGroupError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Record group not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn reindex_failed_connector_records(
        &self,
        body: &crate::models::ReindexFailedConnectorRecordsBody,
    ) -> Call<'_, (), ReindexFailedConnectorRecordsError> {
        const OPERATION: Operation = Operation {
            id: "reindexFailedConnectorRecords",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/knowledgeBase/reindex-failed/connector",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::reindex_failed_connector_records`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReindexFailedConnectorRecordsError {
    /// Status `400`: Invalid connector parameters
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn resync_connector(
        &self,
        body: &crate::models::ResyncConnectorBody,
    ) -> Call<'_, (), ResyncConnectorError> {
        const OPERATION: Operation = Operation {
            id: "resyncConnector",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/knowledgeBase/resync/connector",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::resync_connector`].
#[derive(Debug, Clone, PartialEq)]
pub enum ResyncConnectorError {
    /// Status `400`: Invalid connector parameters
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_connector_stats(
        &self,
        connector_id: &str,
    ) -> Call<'_, crate::models::ConnectorStats, GetConnectorStatsError> {
        const OPERATION: Operation = Operation {
            id: "getConnectorStats",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/stats/{}",
            crate::runtime::path_param("connectorId", connector_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_connector_stats`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectorStatsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
