//! The `Records` API.
//!
//! Record management and operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Record management and operations
pub trait RecordsApi: Clone + Send + Sync + 'static {
    /// Get all records across knowledge bases
    ///
    /// Retrieve records from all knowledge bases accessible to the user.<br><br>
    /// <b>Overview:</b><br>
    /// Search and filter records across your entire organization. Useful for global search, reporting, and cross-KB content discovery.<br><br>
    /// <b>Filtering Options:</b><br>
    /// <ul>
    /// <li><b>search:</b> Full-text search in record names</li>
    /// <li><b>recordTypes:</b> FILE, WEBPAGE, EMAIL, MESSAGE, TICKET, etc.</li>
    /// <li><b>origins:</b> UPLOAD or CONNECTOR</li>
    /// <li><b>connectors:</b> Filter by connector source</li>
    /// <li><b>indexingStatus:</b> COMPLETED, FAILED, IN_PROGRESS, etc.</li>
    /// <li><b>dateFrom/dateTo:</b> Filter by creation date range</li>
    /// </ul>
    /// <b>Response Includes:</b><br>
    /// <ul>
    /// <li>Paginated record list</li>
    /// <li>Applied and available filter counts</li>
    /// <li>Pagination metadata</li>
    /// </ul>
    ///
    /// `GET /knowledgeBase/records` (operation `getAllRecords`)
    fn get_all_records(
        &self,
        request: GetAllRecordsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetAllRecordsResponse>> + Send;
    /// Get records for a knowledge base
    ///
    /// Retrieve a paginated list of records within a specific knowledge base.<br><br>
    /// <b>Overview:</b><br>
    /// Returns all records (documents, files, content) stored in the specified KB, with powerful filtering and sorting capabilities.<br><br>
    /// <b>Filtering:</b><br>
    /// <ul>
    /// <li><b>search:</b> Search by record name (partial match, max 1000 chars)</li>
    /// <li><b>recordTypes:</b> FILE, WEBPAGE, COMMENT, MESSAGE, EMAIL, TICKET</li>
    /// <li><b>origins:</b> UPLOAD (manual uploads) or CONNECTOR (synced)</li>
    /// <li><b>indexingStatus:</b> Filter by processing state</li>
    /// <li><b>dateFrom/dateTo:</b> Creation date range (Unix timestamps)</li>
    /// </ul>
    /// <b>Sorting:</b><br>
    /// Default sorts by &lt;code&gt;createdAtTimestamp&lt;/code&gt; descending (newest first).
    ///
    /// `GET /knowledgeBase/{kbId}/records` (operation `getKBRecords`)
    fn get_kb_records(
        &self,
        request: GetKbRecordsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetKbRecordsResponse>> + Send;
    /// Get record by ID
    ///
    /// Retrieve detailed information about a specific record.<br><br>
    /// <b>Overview:</b><br>
    /// Returns complete record metadata including name, type, indexing status, storage information, and version history.<br><br>
    /// <b>File Conversion:</b><br>
    /// Use the optional <code>convertTo</code> parameter to request file format conversion (e.g., PDF to text).
    ///
    /// `GET /knowledgeBase/record/{recordId}` (operation `getRecordById`)
    fn get_record_by_id(
        &self,
        request: GetRecordByIdRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetRecordByIdResponse>> + Send;
    /// Update record
    ///
    /// Update a record's name and/or file content.<br><br>
    /// <b>Overview:</b><br>
    /// Allows updating the display name and optionally replacing the file content. Triggers re-indexing when content changes.<br><br>
    /// <b>Required Permission:</b> WRITER or higher<br><br>
    /// <b>Updating File Content:</b><br>
    /// Include a new file in the request to replace the existing content. The file extension must match the original.<br><br>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>Updates <code>updatedAtTimestamp</code></li>
    /// <li>Increments version if file content changed</li>
    /// <li>Triggers re-indexing for content changes</li>
    /// </ul>
    ///
    /// `PUT /knowledgeBase/record/{recordId}` (operation `updateRecord`)
    fn update_record(
        &self,
        request: UpdateRecordRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UpdateRecordResponse>> + Send;
    /// Delete record
    ///
    /// Permanently delete a record from the knowledge base.<br><br>
    /// <b>Required Permission:</b> WRITER or higher<br><br>
    /// <b>What Gets Deleted:</b><br>
    /// <ul>
    /// <li>Record metadata</li>
    /// <li>Associated storage file</li>
    /// <li>Indexed content and embeddings</li>
    /// </ul>
    /// <b>Warning:</b> This action is irreversible.
    ///
    /// `DELETE /knowledgeBase/record/{recordId}` (operation `deleteRecord`)
    fn delete_record(
        &self,
        request: DeleteRecordRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<DeleteRecordResponse>> + Send;
    /// Stream record content
    ///
    /// Stream the binary content of a record's file.<br><br>
    /// <b>Overview:</b><br>
    /// Returns the raw file content with appropriate Content-Type and Content-Disposition headers for download or inline viewing.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>File downloads</li>
    /// <li>Inline document preview</li>
    /// <li>Content extraction pipelines</li>
    /// </ul>
    /// <b>Format Conversion:</b><br>
    /// Use &lt;code&gt;convertTo&lt;/code&gt; parameter to convert between formats (e.g., DOCX to PDF).
    ///
    /// `GET /knowledgeBase/stream/record/{recordId}` (operation `streamRecordBuffer`)
    fn stream_record_buffer(
        &self,
        request: StreamRecordBufferRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<StreamRecordBufferResponse>,
    > + Send;
    /// Move a record to another folder
    ///
    /// Move a record (file or folder) to a different parent folder within the same knowledge base.<br><br>
    /// <b>Required Permission:</b> WRITER or higher<br><br>
    /// <b>Moving to Root:</b><br>
    /// Set <code>newParentId</code> to <code>null</code> to move the record to the root level of the knowledge base.
    ///
    /// `PUT /knowledgeBase/{kbId}/record/{recordId}/move` (operation `moveRecord`)
    fn move_record(
        &self,
        request: MoveRecordRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<MoveRecordResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(records::routes().merge(...), service)`.
pub fn routes<S: RecordsApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/knowledgeBase/record/{p0}",
            axum::routing::get(crate::apis::records::handle_get_record_by_id::<S>)
                .put(crate::apis::records::handle_update_record::<S>)
                .delete(crate::apis::records::handle_delete_record::<S>),
        );
    let routes = routes
        .route(
            "/knowledgeBase/records",
            axum::routing::get(crate::apis::records::handle_get_all_records::<S>),
        );
    let routes = routes
        .route(
            "/knowledgeBase/stream/record/{p0}",
            axum::routing::get(crate::apis::records::handle_stream_record_buffer::<S>),
        );
    let routes = routes
        .route(
            "/knowledgeBase/{p0}/record/{p1}/move",
            axum::routing::put(crate::apis::records::handle_move_record::<S>),
        );
    routes
        .route(
            "/knowledgeBase/{p0}/records",
            axum::routing::get(crate::apis::records::handle_get_kb_records::<S>),
        )
}

/// What a `GET /knowledgeBase/records` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAllRecordsRequest {
    /// query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    ///
    /// Search query (max 1000 chars)
    pub search: ::std::option::Option<::std::string::String>,
    /// query parameter `recordTypes`.
    ///
    /// Filter by record types (comma-separated)
    pub record_types: ::std::option::Option<::std::string::String>,
    /// query parameter `origins`.
    ///
    /// Filter by origin (comma-separated)
    pub origins: ::std::option::Option<crate::models::GetAllRecordsOrigins>,
    /// query parameter `connectors`.
    ///
    /// Filter by connector names (comma-separated)
    pub connectors: ::std::option::Option<::std::string::String>,
    /// query parameter `indexingStatus`.
    ///
    /// Filter by indexing status (comma-separated)
    pub indexing_status: ::std::option::Option<::std::string::String>,
    /// query parameter `dateFrom`.
    ///
    /// Start date filter (Unix timestamp ms)
    pub date_from: ::std::option::Option<i64>,
    /// query parameter `dateTo`.
    ///
    /// End date filter (Unix timestamp ms)
    pub date_to: ::std::option::Option<i64>,
    /// query parameter `sortBy`.
    pub sort_by: ::std::option::Option<::std::string::String>,
    /// query parameter `sortOrder`.
    pub sort_order: ::std::option::Option<crate::models::GetAllRecordsSortOrder>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /knowledgeBase/records` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAllRecordsResponse {
    /// Status `200`: Successful operation
    Ok(crate::models::RecordsResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetAllRecordsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetAllRecordsRequest {
    /// Reads and checks a `GET /knowledgeBase/records` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAllRecordsRequest {
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            search: runtime::checked(
                query.optional("search", false)?,
                &crate::runtime::Rules {
                    max_length: Some(1000),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "search",
            )?,
            record_types: query.optional("recordTypes", false)?,
            origins: query.optional("origins", false)?,
            connectors: query.optional("connectors", false)?,
            indexing_status: query.optional("indexingStatus", false)?,
            date_from: query.optional("dateFrom", false)?,
            date_to: query.optional("dateTo", false)?,
            sort_by: query.optional("sortBy", false)?,
            sort_order: query.optional("sortOrder", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /knowledgeBase/records` request and hands it to [`RecordsApi::get_all_records`].
pub async fn handle_get_all_records<S: RecordsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAllRecords",
        path: "/knowledgeBase/records",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAllRecordsRequest::read,
            |request| service.get_all_records(request),
        )
        .await
}

/// What a `GET /knowledgeBase/{kbId}/records` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetKbRecordsRequest {
    /// path parameter `kbId`.
    ///
    /// Knowledge base ID
    pub kb_id: ::std::string::String,
    /// query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    ///
    /// Search query for record names
    pub search: ::std::option::Option<::std::string::String>,
    /// query parameter `recordTypes`.
    ///
    /// Filter by record types (comma-separated)
    pub record_types: ::std::option::Option<::std::string::String>,
    /// query parameter `origins`.
    ///
    /// Filter by origin
    pub origins: ::std::option::Option<::std::string::String>,
    /// query parameter `indexingStatus`.
    ///
    /// Filter by indexing status
    pub indexing_status: ::std::option::Option<::std::string::String>,
    /// query parameter `dateFrom`.
    ///
    /// Start date filter (Unix timestamp)
    pub date_from: ::std::option::Option<i64>,
    /// query parameter `dateTo`.
    ///
    /// End date filter (Unix timestamp)
    pub date_to: ::std::option::Option<i64>,
    /// query parameter `sortBy`.
    pub sort_by: ::std::option::Option<::std::string::String>,
    /// query parameter `sortOrder`.
    pub sort_order: ::std::option::Option<crate::models::GetKbRecordsSortOrder>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /knowledgeBase/{kbId}/records` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetKbRecordsResponse {
    /// Status `200`: Successful operation
    Ok(crate::models::RecordsResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: No access to this knowledge base
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
}
impl IntoResponse for GetKbRecordsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetKbRecordsRequest {
    /// Reads and checks a `GET /knowledgeBase/{kbId}/records` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetKbRecordsRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            search: runtime::checked(
                query.optional("search", false)?,
                &crate::runtime::Rules {
                    max_length: Some(1000),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "search",
            )?,
            record_types: query.optional("recordTypes", false)?,
            origins: query.optional("origins", false)?,
            indexing_status: query.optional("indexingStatus", false)?,
            date_from: query.optional("dateFrom", false)?,
            date_to: query.optional("dateTo", false)?,
            sort_by: query.optional("sortBy", false)?,
            sort_order: query.optional("sortOrder", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /knowledgeBase/{kbId}/records` request and hands it to [`RecordsApi::get_kb_records`].
pub async fn handle_get_kb_records<S: RecordsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getKBRecords",
        path: "/knowledgeBase/{kbId}/records",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetKbRecordsRequest::read,
            |request| service.get_kb_records(request),
        )
        .await
}

/// What a `GET /knowledgeBase/record/{recordId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetRecordByIdRequest {
    /// path parameter `recordId`.
    ///
    /// Record ID
    pub record_id: ::std::string::String,
    /// query parameter `convertTo`.
    ///
    /// Optional format to convert the file to
    pub convert_to: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /knowledgeBase/record/{recordId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetRecordByIdResponse {
    /// Status `200`: Successful operation
    Ok(crate::models::Record),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Record not found
    NotFound,
}
impl IntoResponse for GetRecordByIdResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetRecordByIdRequest {
    /// Reads and checks a `GET /knowledgeBase/record/{recordId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetRecordByIdRequest {
            record_id: runtime::path_param(path, "p0", "recordId")?,
            convert_to: query.optional("convertTo", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /knowledgeBase/record/{recordId}` request and hands it to [`RecordsApi::get_record_by_id`].
pub async fn handle_get_record_by_id<S: RecordsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getRecordById",
        path: "/knowledgeBase/record/{recordId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetRecordByIdRequest::read,
            |request| service.get_record_by_id(request),
        )
        .await
}

/// What a `PUT /knowledgeBase/record/{recordId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateRecordRequest {
    /// path parameter `recordId`.
    ///
    /// Record ID
    pub record_id: ::std::string::String,
    /// The request body (`multipart/form-data`).
    pub body: ::std::option::Option<UpdateRecordForm>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /knowledgeBase/record/{recordId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateRecordResponse {
    /// Status `200`: Record updated successfully
    Ok(crate::models::UpdateRecordResponse),
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Record not found
    NotFound,
}
impl IntoResponse for UpdateRecordResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
/// The parts of a `PUT /knowledgeBase/record/{recordId}` multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateRecordForm {
    /// Part `recordName` (`None` when left out).
    ///
    /// New name for the record
    pub record_name: ::std::option::Option<::std::string::String>,
    /// Part `file` (`None` when left out).
    ///
    /// Replacement file content
    pub file: ::std::option::Option<crate::runtime::FilePart>,
}
impl UpdateRecordForm {
    /// Reads the parts into their fields; `None` when the request has no body.
    pub fn read(parts: Option<runtime::Parts>) -> Result<Option<Self>, Problem> {
        let Some(parts) = parts else { return Ok(None) };
        Ok(
            Some(UpdateRecordForm {
                record_name: runtime::checked_part(
                    parts.value("recordName", false)?,
                    &crate::runtime::Rules {
                        max_length: Some(255),
                        ..crate::runtime::Rules::NONE
                    },
                    "recordName",
                )?,
                file: parts.file("file")?,
            }),
        )
    }
}
impl UpdateRecordRequest {
    /// Reads and checks a `PUT /knowledgeBase/record/{recordId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateRecordRequest {
            record_id: runtime::path_param(path, "p0", "recordId")?,
            body: UpdateRecordForm::read(runtime::multipart(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /knowledgeBase/record/{recordId}` request and hands it to [`RecordsApi::update_record`].
pub async fn handle_update_record<S: RecordsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateRecord",
        path: "/knowledgeBase/record/{recordId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateRecordRequest::read,
            |request| service.update_record(request),
        )
        .await
}

/// What a `DELETE /knowledgeBase/record/{recordId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRecordRequest {
    /// path parameter `recordId`.
    ///
    /// Record ID
    pub record_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /knowledgeBase/record/{recordId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteRecordResponse {
    /// Status `200`: Record deleted successfully
    Ok,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Record not found
    NotFound,
}
impl IntoResponse for DeleteRecordResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteRecordRequest {
    /// Reads and checks a `DELETE /knowledgeBase/record/{recordId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteRecordRequest {
            record_id: runtime::path_param(path, "p0", "recordId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /knowledgeBase/record/{recordId}` request and hands it to [`RecordsApi::delete_record`].
pub async fn handle_delete_record<S: RecordsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteRecord",
        path: "/knowledgeBase/record/{recordId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteRecordRequest::read,
            |request| service.delete_record(request),
        )
        .await
}

/// What a `GET /knowledgeBase/stream/record/{recordId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamRecordBufferRequest {
    /// path parameter `recordId`.
    ///
    /// Record ID
    pub record_id: ::std::string::String,
    /// query parameter `convertTo`.
    ///
    /// Target format for conversion
    pub convert_to: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /knowledgeBase/stream/record/{recordId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum StreamRecordBufferResponse {
    /// Status `200`: File content stream
    Ok(::std::vec::Vec<u8>),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Record not found
    NotFound,
}
impl IntoResponse for StreamRecordBufferResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                runtime::content(runtime::status(200), "application/octet-stream", body)
            }
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl StreamRecordBufferRequest {
    /// Reads and checks a `GET /knowledgeBase/stream/record/{recordId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(StreamRecordBufferRequest {
            record_id: runtime::path_param(path, "p0", "recordId")?,
            convert_to: query.optional("convertTo", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /knowledgeBase/stream/record/{recordId}` request and hands it to [`RecordsApi::stream_record_buffer`].
pub async fn handle_stream_record_buffer<S: RecordsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "streamRecordBuffer",
        path: "/knowledgeBase/stream/record/{recordId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            StreamRecordBufferRequest::read,
            |request| service.stream_record_buffer(request),
        )
        .await
}

/// What a `PUT /knowledgeBase/{kbId}/record/{recordId}/move` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct MoveRecordRequest {
    /// path parameter `kbId`.
    ///
    /// Knowledge base ID
    pub kb_id: ::uuid::Uuid,
    /// path parameter `recordId`.
    ///
    /// Record ID to move
    pub record_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::MoveRecordBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /knowledgeBase/{kbId}/record/{recordId}/move` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum MoveRecordResponse {
    /// Status `200`: Record moved successfully
    Ok,
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Record or knowledge base not found
    NotFound,
}
impl IntoResponse for MoveRecordResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl MoveRecordRequest {
    /// Reads and checks a `PUT /knowledgeBase/{kbId}/record/{recordId}/move` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(MoveRecordRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            record_id: runtime::path_param(path, "p1", "recordId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /knowledgeBase/{kbId}/record/{recordId}/move` request and hands it to [`RecordsApi::move_record`].
pub async fn handle_move_record<S: RecordsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "moveRecord",
        path: "/knowledgeBase/{kbId}/record/{recordId}/move",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            MoveRecordRequest::read,
            |request| service.move_record(request),
        )
        .await
}
