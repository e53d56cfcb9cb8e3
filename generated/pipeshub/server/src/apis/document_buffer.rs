//! The `Document Buffer` API.
//!
//! Document buffer read/write operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Document buffer read/write operations
pub trait DocumentBufferApi: Clone + Send + Sync + 'static {
    /// Get document buffer
    ///
    /// Retrieve the raw binary content of a document as a buffer. Used for in-memory document processing.<br><br>
    /// <b>Overview:</b><br>
    /// Returns the complete file content as a binary buffer. This is useful for server-side document processing, content analysis, or format conversion.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Document parsing and text extraction</li>
    /// <li>Format conversion pipelines</li>
    /// <li>Content analysis and indexing</li>
    /// <li>Thumbnail generation</li>
    /// </ul>
    /// <b>Version Support:</b><br>
    /// Specify &lt;code&gt;version&lt;/code&gt; to get a specific historical version's content.&lt;br&gt;&lt;br&gt;
    /// <b>Memory Considerations:</b><br>
    /// Large files will consume significant memory. For files &gt;100MB, consider using streaming download instead.&lt;br&gt;&lt;br&gt;
    /// <b>Response Format:</b><br>
    /// Returns Node.js Buffer object serialized as JSON with type and data array.
    ///
    /// `GET /document/{documentId}/buffer` (operation `getDocumentBuffer`)
    fn get_document_buffer(
        &self,
        request: GetDocumentBufferRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetDocumentBufferResponse>,
    > + Send;
    /// Update document buffer
    ///
    /// Replace the document's file content with a new file. Updates the current version without creating version history.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint replaces the document's content in storage. Use this for quick updates that don't need version tracking.<br><br>
    /// <b>When to Use:</b><br>
    /// <ul>
    /// <li>Updating draft documents</li>
    /// <li>Replacing temporary files</li>
    /// <li>Quick fixes without version history</li>
    /// </ul>
    /// <b>For Version Tracking:</b><br>
    /// Use &lt;code&gt;/uploadNextVersion&lt;/code&gt; instead if you need to maintain version history.&lt;br&gt;&lt;br&gt;
    /// <b>File Constraints:</b><br>
    /// <ul>
    /// <li>Maximum size: 100MB</li>
    /// <li>File extension must match original document</li>
    /// </ul>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>Increments <code>mutationCount</code></li>
    /// <li>Updates <code>sizeInBytes</code></li>
    /// <li>Updates <code>updatedAt</code> timestamp</li>
    /// </ul>
    ///
    /// `PUT /document/{documentId}/buffer` (operation `updateDocumentBuffer`)
    fn update_document_buffer(
        &self,
        request: UpdateDocumentBufferRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateDocumentBufferResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(document_buffer::routes().merge(...), service)`.
pub fn routes<S: DocumentBufferApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/document/{p0}/buffer",
            axum::routing::get(
                    crate::apis::document_buffer::handle_get_document_buffer::<S>,
                )
                .put(crate::apis::document_buffer::handle_update_document_buffer::<S>),
        )
}

/// What a `GET /document/{documentId}/buffer` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetDocumentBufferRequest {
    /// path parameter `documentId`.
    ///
    /// Document ID (24-character MongoDB ObjectId)
    pub document_id: ::std::string::String,
    /// query parameter `version`.
    ///
    /// Version number to retrieve (0-indexed)
    pub version: ::std::option::Option<i64>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /document/{documentId}/buffer` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetDocumentBufferResponse {
    /// Status `200`: Document buffer retrieved successfully
    Ok(::std::vec::Vec<u8>),
    /// Status `400`: Invalid version number
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Document not found
    NotFound,
}
impl IntoResponse for GetDocumentBufferResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                runtime::content(runtime::status(200), "application/octet-stream", body)
            }
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetDocumentBufferRequest {
    /// Reads and checks a `GET /document/{documentId}/buffer` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetDocumentBufferRequest {
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
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /document/{documentId}/buffer` request and hands it to [`DocumentBufferApi::get_document_buffer`].
pub async fn handle_get_document_buffer<S: DocumentBufferApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getDocumentBuffer",
        path: "/document/{documentId}/buffer",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetDocumentBufferRequest::read,
            |request| service.get_document_buffer(request),
        )
        .await
}

/// What a `PUT /document/{documentId}/buffer` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateDocumentBufferRequest {
    /// path parameter `documentId`.
    ///
    /// Document ID (24-character MongoDB ObjectId)
    pub document_id: ::std::string::String,
    /// The request body (`multipart/form-data`).
    pub body: UpdateDocumentBufferForm,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /document/{documentId}/buffer` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateDocumentBufferResponse {
    /// Status `200`: Buffer updated successfully
    Ok(crate::models::UpdateDocumentBufferResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>File extension mismatch</li>
    /// <li>File exceeds 100MB limit</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Document not found
    NotFound,
}
impl IntoResponse for UpdateDocumentBufferResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
/// The parts of a `PUT /document/{documentId}/buffer` multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateDocumentBufferForm {
    /// Part `file`.
    ///
    /// New file content (max 100MB)
    pub file: crate::runtime::FilePart,
}
impl UpdateDocumentBufferForm {
    /// Reads the parts into their fields; `None` when the request has no body.
    pub fn read(parts: Option<runtime::Parts>) -> Result<Option<Self>, Problem> {
        let Some(parts) = parts else { return Ok(None) };
        Ok(
            Some(UpdateDocumentBufferForm {
                file: runtime::required_part(parts.file("file")?, "file")?,
            }),
        )
    }
}
impl UpdateDocumentBufferRequest {
    /// Reads and checks a `PUT /document/{documentId}/buffer` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateDocumentBufferRequest {
            document_id: runtime::checked(
                runtime::path_param(path, "p0", "documentId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "documentId",
            )?,
            body: runtime::required_body(
                UpdateDocumentBufferForm::read(runtime::multipart(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /document/{documentId}/buffer` request and hands it to [`DocumentBufferApi::update_document_buffer`].
pub async fn handle_update_document_buffer<S: DocumentBufferApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateDocumentBuffer",
        path: "/document/{documentId}/buffer",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateDocumentBufferRequest::read,
            |request| service.update_document_buffer(request),
        )
        .await
}
