//! The `Document Management` API.
//!
//! Document CRUD and retrieval operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Document CRUD and retrieval operations
pub trait DocumentManagementApi: Clone + Send + Sync + 'static {
    /// Get document by ID
    ///
    /// Retrieve complete document metadata by its unique identifier.<br><br>
    /// <b>Overview:</b><br>
    /// Returns all document information including metadata, version history, storage location, and access permissions. Use this to display document details or prepare for download/edit operations.<br><br>
    /// <b>Response Includes:</b><br>
    /// <ul>
    /// <li>Document metadata (name, path, size, type)</li>
    /// <li>Storage information (vendor, URLs)</li>
    /// <li>Version history (if versioned)</li>
    /// <li>Permission settings</li>
    /// <li>Custom metadata</li>
    /// <li>Timestamps (created, updated)</li>
    /// </ul>
    /// <b>Authorization:</b><br>
    /// Document must belong to the requesting user's organization.&lt;br&gt;&lt;br&gt;
    /// <b>Note:</b> Soft-deleted documents (isDeleted: true) are not returned.
    ///
    /// `GET /document/{documentId}` (operation `getDocumentById`)
    fn get_document_by_id(
        &self,
        request: GetDocumentByIdRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetDocumentByIdResponse>,
    > + Send;
    /// Delete document
    ///
    /// Soft delete a document from the system. The document is marked as deleted but not permanently removed.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint performs a soft delete, marking the document as deleted while preserving its data for potential recovery or audit purposes.<br><br>
    /// <b>What Happens on Delete:</b><br>
    /// <ul>
    /// <li><code>isDeleted</code> flag set to true</li>
    /// <li><code>deletedByUserId</code> recorded</li>
    /// <li>Document excluded from normal queries</li>
    /// <li>File remains in storage (soft delete)</li>
    /// </ul>
    /// <b>Restrictions:</b><br>
    /// <ul>
    /// <li>Document must belong to user's organization</li>
    /// <li>User must have appropriate permissions</li>
    /// </ul>
    /// <b>Recovery:</b><br>
    /// Soft-deleted documents can be restored by administrators if needed.
    ///
    /// `DELETE /document/{documentId}` (operation `deleteDocumentById`)
    fn delete_document_by_id(
        &self,
        request: DeleteDocumentByIdRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteDocumentByIdResponse>,
    > + Send;
    /// Download document
    ///
    /// Get a time-limited signed URL to download the document, or receive the file directly for local storage.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint generates secure download access to documents. For cloud storage (S3/Azure), it returns a presigned URL. For local storage, it streams the file directly.<br><br>
    /// <b>Download Behavior by Storage:</b><br>
    /// <ul>
    /// <li><b>S3/Azure:</b> Returns presigned URL valid for specified duration</li>
    /// <li><b>Local:</b> Streams file directly with appropriate headers</li>
    /// </ul>
    /// <b>Version Download:</b><br>
    /// Specify the &lt;code&gt;version&lt;/code&gt; parameter to download a specific historical version. Only available for versioned documents.&lt;br&gt;&lt;br&gt;
    /// <b>URL Expiration:</b><br>
    /// <ul>
    /// <li>Default: 3600 seconds (1 hour)</li>
    /// <li>Configurable via <code>expirationTimeInSeconds</code></li>
    /// <li>Maximum depends on storage provider limits</li>
    /// </ul>
    /// <b>Security:</b><br>
    /// Signed URLs are single-use and time-limited. They can be safely shared for temporary access.
    ///
    /// `GET /document/{documentId}/download` (operation `downloadDocument`)
    fn download_document(
        &self,
        request: DownloadDocumentRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DownloadDocumentResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(document_management::routes().merge(...), service)`.
pub fn routes<S: DocumentManagementApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/document/{p0}",
            axum::routing::get(
                    crate::apis::document_management::handle_get_document_by_id::<S>,
                )
                .delete(
                    crate::apis::document_management::handle_delete_document_by_id::<S>,
                ),
        );
    routes
        .route(
            "/document/{p0}/download",
            axum::routing::get(
                crate::apis::document_management::handle_download_document::<S>,
            ),
        )
}

/// What a `GET /document/{documentId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetDocumentByIdRequest {
    /// path parameter `documentId`.
    ///
    /// Document ID (24-character MongoDB ObjectId)
    pub document_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /document/{documentId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetDocumentByIdResponse {
    /// Status `200`: Document details retrieved successfully
    Ok(crate::models::GetDocumentByIdResponse),
    /// Status `400`: Invalid document ID format
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Document not found or has been deleted
    NotFound,
}
impl IntoResponse for GetDocumentByIdResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetDocumentByIdRequest {
    /// Reads and checks a `GET /document/{documentId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetDocumentByIdRequest {
            document_id: runtime::checked(
                runtime::path_param(path, "p0", "documentId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "documentId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /document/{documentId}` request and hands it to [`DocumentManagementApi::get_document_by_id`].
pub async fn handle_get_document_by_id<S: DocumentManagementApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getDocumentById",
        path: "/document/{documentId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetDocumentByIdRequest::read,
            |request| service.get_document_by_id(request),
        )
        .await
}

/// What a `DELETE /document/{documentId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteDocumentByIdRequest {
    /// path parameter `documentId`.
    ///
    /// Document ID (24-character MongoDB ObjectId)
    pub document_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /document/{documentId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteDocumentByIdResponse {
    /// Status `200`: Document deleted successfully
    Ok(crate::models::DeleteDocumentByIdResponse),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Document not found
    NotFound,
}
impl IntoResponse for DeleteDocumentByIdResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteDocumentByIdRequest {
    /// Reads and checks a `DELETE /document/{documentId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteDocumentByIdRequest {
            document_id: runtime::checked(
                runtime::path_param(path, "p0", "documentId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "documentId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /document/{documentId}` request and hands it to [`DocumentManagementApi::delete_document_by_id`].
pub async fn handle_delete_document_by_id<S: DocumentManagementApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteDocumentById",
        path: "/document/{documentId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteDocumentByIdRequest::read,
            |request| service.delete_document_by_id(request),
        )
        .await
}

/// What a `GET /document/{documentId}/download` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DownloadDocumentRequest {
    /// path parameter `documentId`.
    ///
    /// Document ID (24-character MongoDB ObjectId)
    pub document_id: ::std::string::String,
    /// query parameter `version`.
    ///
    /// Version number to download (0-indexed). Must be less than total versions.
    pub version: ::std::option::Option<i64>,
    /// query parameter `expirationTimeInSeconds`.
    ///
    /// Signed URL validity duration in seconds
    pub expiration_time_in_seconds: ::std::option::Option<i64>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /document/{documentId}/download` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DownloadDocumentResponse {
    /// Status `200`: Download URL generated or file stream
    Ok(crate::models::DownloadDocumentResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Invalid version number</li>
    /// <li>Version requested for non-versioned document</li>
    /// <li>Version exceeds available versions</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Document not found
    NotFound,
}
impl IntoResponse for DownloadDocumentResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DownloadDocumentRequest {
    /// Reads and checks a `GET /document/{documentId}/download` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DownloadDocumentRequest {
            document_id: runtime::checked(
                runtime::path_param(path, "p0", "documentId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "documentId",
            )?,
            version: runtime::checked(
                query.optional("version", false)?,
                &crate::runtime::Rules {
                    minimum: Some(0.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "version",
            )?,
            expiration_time_in_seconds: runtime::checked(
                query.optional("expirationTimeInSeconds", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(86400.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "expirationTimeInSeconds",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /document/{documentId}/download` request and hands it to [`DocumentManagementApi::download_document`].
pub async fn handle_download_document<S: DocumentManagementApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "downloadDocument",
        path: "/document/{documentId}/download",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DownloadDocumentRequest::read,
            |request| service.download_document(request),
        )
        .await
}
