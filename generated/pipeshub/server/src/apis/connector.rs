//! The `Connector` API.
//!
//! Connector-related operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Connector-related operations
pub trait ConnectorApi: Clone + Send + Sync + 'static {
    /// Reindex single record
    ///
    /// Trigger reindexing for a specific record.<br><br>
    /// <b>Overview:</b><br>
    /// Reprocesses the record's content to update search indexes and AI embeddings. Useful after content changes or to fix indexing failures.<br><br>
    /// <b>Depth Parameter:</b><br>
    /// Controls processing depth for complex documents (-1 for full depth, 0-100 for limited).
    ///
    /// `POST /knowledgeBase/reindex/record/{recordId}` (operation `reindexRecord`)
    fn reindex_record(
        &self,
        request: ReindexRecordRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ReindexRecordResponse>> + Send;
    /// Reindex record group
    ///
    /// Trigger reindexing for all records in a folder or knowledge base.<br><br>
    /// <b>Overview:</b><br>
    /// Batch reindex operation for entire containers. The recordGroupId can be a folder ID or KB ID.
    ///
    /// `POST /knowledgeBase/reindex/record-group/{recordGroupId}` (operation `reindexRecordGroup`)
    fn reindex_record_group(
        &self,
        request: ReindexRecordGroupRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ReindexRecordGroupResponse>,
    > + Send;
    /// Reindex failed connector records
    ///
    /// Retry indexing for all failed records from a specific connector.<br><br>
    /// <b>Use Case:</b><br>
    /// After fixing connectivity issues or configuration problems, use this to reprocess all records that failed during the initial sync.
    ///
    /// `POST /knowledgeBase/reindex-failed/connector` (operation `reindexFailedConnectorRecords`)
    fn reindex_failed_connector_records(
        &self,
        request: ReindexFailedConnectorRecordsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ReindexFailedConnectorRecordsResponse>,
    > + Send;
    /// Resync connector
    ///
    /// Trigger a full resync of all records from a connector.<br><br>
    /// <b>Overview:</b><br>
    /// Fetches all content from the external source and updates local records. Use when you suspect data is out of sync.<br><br>
    /// <b>Warning:</b> This can be resource-intensive for large connectors.
    ///
    /// `POST /knowledgeBase/resync/connector` (operation `resyncConnector`)
    fn resync_connector(
        &self,
        request: ResyncConnectorRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ResyncConnectorResponse>,
    > + Send;
    /// Get connector statistics
    ///
    /// Retrieve statistics for a specific connector including record counts, indexing status breakdown, and sync information.
    ///
    /// `GET /knowledgeBase/stats/{connectorId}` (operation `getConnectorStats`)
    fn get_connector_stats(
        &self,
        request: GetConnectorStatsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetConnectorStatsResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(connector::routes().merge(...), service)`.
pub fn routes<S: ConnectorApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/knowledgeBase/reindex-failed/connector",
            axum::routing::post(
                crate::apis::connector::handle_reindex_failed_connector_records::<S>,
            ),
        );
    let routes = routes
        .route(
            "/knowledgeBase/reindex/record-group/{p0}",
            axum::routing::post(crate::apis::connector::handle_reindex_record_group::<S>),
        );
    let routes = routes
        .route(
            "/knowledgeBase/reindex/record/{p0}",
            axum::routing::post(crate::apis::connector::handle_reindex_record::<S>),
        );
    let routes = routes
        .route(
            "/knowledgeBase/resync/connector",
            axum::routing::post(crate::apis::connector::handle_resync_connector::<S>),
        );
    routes
        .route(
            "/knowledgeBase/stats/{p0}",
            axum::routing::get(crate::apis::connector::handle_get_connector_stats::<S>),
        )
}

/// What a `POST /knowledgeBase/reindex/record/{recordId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ReindexRecordRequest {
    /// path parameter `recordId`.
    pub record_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::ReindexRecordBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /knowledgeBase/reindex/record/{recordId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ReindexRecordResponse {
    /// Status `200`: Reindexing triggered successfully
    Ok,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Record not found
    NotFound,
}
impl IntoResponse for ReindexRecordResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ReindexRecordRequest {
    /// Reads and checks a `POST /knowledgeBase/reindex/record/{recordId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ReindexRecordRequest {
            record_id: runtime::path_param(path, "p0", "recordId")?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /knowledgeBase/reindex/record/{recordId}` request and hands it to [`ConnectorApi::reindex_record`].
pub async fn handle_reindex_record<S: ConnectorApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "reindexRecord",
        path: "/knowledgeBase/reindex/record/{recordId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ReindexRecordRequest::read,
            |request| service.reindex_record(request),
        )
        .await
}

/// What a `POST /knowledgeBase/reindex/record-group/{recordGroupId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ReindexRecordGroupRequest {
    /// path parameter `recordGroupId`.
    ///
    /// Folder ID or KB ID
    pub record_group_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::ReindexRecordGroupBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /knowledgeBase/reindex/record-group/{recordGroupId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ReindexRecordGroupResponse {
    /// Status `200`: Reindexing triggered for all records in group
    Ok,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Record group not found
    NotFound,
}
impl IntoResponse for ReindexRecordGroupResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ReindexRecordGroupRequest {
    /// Reads and checks a `POST /knowledgeBase/reindex/record-group/{recordGroupId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ReindexRecordGroupRequest {
            record_group_id: runtime::path_param(path, "p0", "recordGroupId")?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /knowledgeBase/reindex/record-group/{recordGroupId}` request and hands it to [`ConnectorApi::reindex_record_group`].
pub async fn handle_reindex_record_group<S: ConnectorApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "reindexRecordGroup",
        path: "/knowledgeBase/reindex/record-group/{recordGroupId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ReindexRecordGroupRequest::read,
            |request| service.reindex_record_group(request),
        )
        .await
}

/// What a `POST /knowledgeBase/reindex-failed/connector` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ReindexFailedConnectorRecordsRequest {
    /// The request body (`application/json`).
    pub body: crate::models::ReindexFailedConnectorRecordsBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /knowledgeBase/reindex-failed/connector` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ReindexFailedConnectorRecordsResponse {
    /// Status `200`: Reindexing triggered for failed records
    Ok,
    /// Status `400`: Invalid connector parameters
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ReindexFailedConnectorRecordsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ReindexFailedConnectorRecordsRequest {
    /// Reads and checks a `POST /knowledgeBase/reindex-failed/connector` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ReindexFailedConnectorRecordsRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /knowledgeBase/reindex-failed/connector` request and hands it to [`ConnectorApi::reindex_failed_connector_records`].
pub async fn handle_reindex_failed_connector_records<S: ConnectorApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "reindexFailedConnectorRecords",
        path: "/knowledgeBase/reindex-failed/connector",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ReindexFailedConnectorRecordsRequest::read,
            |request| service.reindex_failed_connector_records(request),
        )
        .await
}

/// What a `POST /knowledgeBase/resync/connector` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ResyncConnectorRequest {
    /// The request body (`application/json`).
    pub body: crate::models::ResyncConnectorBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /knowledgeBase/resync/connector` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ResyncConnectorResponse {
    /// Status `200`: Resync initiated
    Ok,
    /// Status `400`: Invalid connector parameters
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ResyncConnectorResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ResyncConnectorRequest {
    /// Reads and checks a `POST /knowledgeBase/resync/connector` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ResyncConnectorRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /knowledgeBase/resync/connector` request and hands it to [`ConnectorApi::resync_connector`].
pub async fn handle_resync_connector<S: ConnectorApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "resyncConnector",
        path: "/knowledgeBase/resync/connector",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ResyncConnectorRequest::read,
            |request| service.resync_connector(request),
        )
        .await
}

/// What a `GET /knowledgeBase/stats/{connectorId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetConnectorStatsRequest {
    /// path parameter `connectorId`.
    ///
    /// Connector ID
    pub connector_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /knowledgeBase/stats/{connectorId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectorStatsResponse {
    /// Status `200`: Connector statistics
    Ok(crate::models::ConnectorStats),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
}
impl IntoResponse for GetConnectorStatsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetConnectorStatsRequest {
    /// Reads and checks a `GET /knowledgeBase/stats/{connectorId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetConnectorStatsRequest {
            connector_id: runtime::path_param(path, "p0", "connectorId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /knowledgeBase/stats/{connectorId}` request and hands it to [`ConnectorApi::get_connector_stats`].
pub async fn handle_get_connector_stats<S: ConnectorApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getConnectorStats",
        path: "/knowledgeBase/stats/{connectorId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetConnectorStatsRequest::read,
            |request| service.get_connector_stats(request),
        )
        .await
}
