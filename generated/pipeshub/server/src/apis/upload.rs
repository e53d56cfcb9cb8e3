//! The `Upload` API.
//!
//! File upload operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// File upload operations
pub trait UploadApi: Clone + Send + Sync + 'static {
    /// Upload files to knowledge base
    ///
    /// Upload one or more files directly to a knowledge base.<br><br>
    /// <b>Overview:</b><br>
    /// Batch upload multiple files in a single request. Each file becomes a new record in the KB with automatic content indexing.<br><br>
    /// <b>Upload Limits:</b><br>
    /// <ul>
    /// <li><b>Max files per request:</b> 1000</li>
    /// <li><b>Default max file size:</b> 30MB (configurable via platform settings)</li>
    /// <li>Use <code>GET /knowledgeBase/limits</code> to check current limits</li>
    /// </ul>
    /// <b>Supported File Types:</b><br>
    /// Documents (PDF, DOCX, TXT), Images (PNG, JPG), Videos (MP4), and more.&lt;br&gt;&lt;br&gt;
    /// <b>File Metadata:</b><br>
    /// Use &lt;code&gt;files_metadata&lt;/code&gt; to provide additional info like file paths and last modified timestamps.&lt;br&gt;&lt;br&gt;
    /// <b>Versioning:</b><br>
    /// Set &lt;code&gt;isVersioned: true&lt;/code&gt; to enable version tracking for uploaded files.
    ///
    /// `POST /knowledgeBase/{kbId}/upload` (operation `uploadRecordsToKB`)
    fn upload_records_to_kb(
        &self,
        request: UploadRecordsToKbRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UploadRecordsToKbResponse>,
    > + Send;
    /// Upload files to folder
    ///
    /// Upload files directly to a specific folder within a knowledge base.<br><br>
    /// <b>Same as KB upload</b> but files are placed in the specified folder instead of KB root.
    ///
    /// `POST /knowledgeBase/{kbId}/folder/{folderId}/upload` (operation `uploadRecordsToFolder`)
    fn upload_records_to_folder(
        &self,
        request: UploadRecordsToFolderRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UploadRecordsToFolderResponse>,
    > + Send;
    /// Get upload limits
    ///
    /// Retrieve current upload constraints for the organization.<br><br>
    /// <b>Use Case:</b><br>
    /// Call this before uploads to validate file sizes on the client side and display appropriate limits to users.
    ///
    /// `GET /knowledgeBase/limits` (operation `getUploadLimits`)
    fn get_upload_limits(
        &self,
        request: GetUploadLimitsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetUploadLimitsResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(upload::routes().merge(...), service)`.
pub fn routes<S: UploadApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/knowledgeBase/limits",
            axum::routing::get(crate::apis::upload::handle_get_upload_limits::<S>),
        );
    let routes = routes
        .route(
            "/knowledgeBase/{p0}/folder/{p1}/upload",
            axum::routing::post(
                crate::apis::upload::handle_upload_records_to_folder::<S>,
            ),
        );
    routes
        .route(
            "/knowledgeBase/{p0}/upload",
            axum::routing::post(crate::apis::upload::handle_upload_records_to_kb::<S>),
        )
}

/// What a `POST /knowledgeBase/{kbId}/upload` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadRecordsToKbRequest {
    /// path parameter `kbId`.
    ///
    /// Knowledge base ID
    pub kb_id: ::std::string::String,
    /// The request body (`multipart/form-data`).
    pub body: UploadRecordsToKbForm,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /knowledgeBase/{kbId}/upload` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadRecordsToKbResponse {
    /// Status `200`: Files uploaded successfully
    Ok(crate::models::UploadResult),
    /// Status `400`: Invalid request - Check file types and sizes
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions (requires WRITER or higher)
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
    /// Status `413`: File size exceeds maximum allowed
    PayloadTooLarge,
}
impl IntoResponse for UploadRecordsToKbResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
            Self::PayloadTooLarge => runtime::empty(runtime::status(413)),
        }
    }
}
/// The parts of a `POST /knowledgeBase/{kbId}/upload` multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadRecordsToKbForm {
    /// Part `files`.
    ///
    /// Files to upload (max 1000)
    pub files: ::std::vec::Vec<crate::runtime::FilePart>,
    /// Part `files_metadata` (`None` when left out).
    ///
    /// JSON array with file_path and last_modified for each file
    pub files_metadata: ::std::option::Option<::std::string::String>,
    /// Part `isVersioned` (`None` when left out).
    ///
    /// Enable version tracking
    pub is_versioned: ::std::option::Option<bool>,
    /// Part `recordType` (`None` when left out).
    ///
    /// Type of records to create
    pub record_type: ::std::option::Option<::std::string::String>,
}
impl UploadRecordsToKbForm {
    /// Reads the parts into their fields; `None` when the request has no body.
    pub fn read(parts: Option<runtime::Parts>) -> Result<Option<Self>, Problem> {
        let Some(parts) = parts else { return Ok(None) };
        Ok(
            Some(UploadRecordsToKbForm {
                files: runtime::required_part(parts.files("files")?, "files")?,
                files_metadata: parts.value("files_metadata", false)?,
                is_versioned: parts.value("isVersioned", false)?,
                record_type: parts.value("recordType", false)?,
            }),
        )
    }
}
impl UploadRecordsToKbRequest {
    /// Reads and checks a `POST /knowledgeBase/{kbId}/upload` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UploadRecordsToKbRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            body: runtime::required_body(
                UploadRecordsToKbForm::read(runtime::multipart(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /knowledgeBase/{kbId}/upload` request and hands it to [`UploadApi::upload_records_to_kb`].
pub async fn handle_upload_records_to_kb<S: UploadApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "uploadRecordsToKB",
        path: "/knowledgeBase/{kbId}/upload",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UploadRecordsToKbRequest::read,
            |request| service.upload_records_to_kb(request),
        )
        .await
}

/// What a `POST /knowledgeBase/{kbId}/folder/{folderId}/upload` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadRecordsToFolderRequest {
    /// path parameter `kbId`.
    pub kb_id: ::std::string::String,
    /// path parameter `folderId`.
    ///
    /// Target folder ID
    pub folder_id: ::std::string::String,
    /// The request body (`multipart/form-data`).
    pub body: UploadRecordsToFolderForm,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /knowledgeBase/{kbId}/folder/{folderId}/upload` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadRecordsToFolderResponse {
    /// Status `200`: Files uploaded successfully
    Ok(crate::models::UploadResult),
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Folder or knowledge base not found
    NotFound,
}
impl IntoResponse for UploadRecordsToFolderResponse {
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
/// The parts of a `POST /knowledgeBase/{kbId}/folder/{folderId}/upload` multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadRecordsToFolderForm {
    /// Part `files`.
    pub files: ::std::vec::Vec<crate::runtime::FilePart>,
    /// Part `files_metadata` (`None` when left out).
    ///
    /// JSON array with file metadata
    pub files_metadata: ::std::option::Option<::std::string::String>,
    /// Part `isVersioned` (`None` when left out).
    pub is_versioned: ::std::option::Option<bool>,
}
impl UploadRecordsToFolderForm {
    /// Reads the parts into their fields; `None` when the request has no body.
    pub fn read(parts: Option<runtime::Parts>) -> Result<Option<Self>, Problem> {
        let Some(parts) = parts else { return Ok(None) };
        Ok(
            Some(UploadRecordsToFolderForm {
                files: runtime::required_part(parts.files("files")?, "files")?,
                files_metadata: parts.value("files_metadata", false)?,
                is_versioned: parts.value("isVersioned", false)?,
            }),
        )
    }
}
impl UploadRecordsToFolderRequest {
    /// Reads and checks a `POST /knowledgeBase/{kbId}/folder/{folderId}/upload` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UploadRecordsToFolderRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            folder_id: runtime::path_param(path, "p1", "folderId")?,
            body: runtime::required_body(
                UploadRecordsToFolderForm::read(runtime::multipart(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /knowledgeBase/{kbId}/folder/{folderId}/upload` request and hands it to [`UploadApi::upload_records_to_folder`].
pub async fn handle_upload_records_to_folder<S: UploadApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "uploadRecordsToFolder",
        path: "/knowledgeBase/{kbId}/folder/{folderId}/upload",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UploadRecordsToFolderRequest::read,
            |request| service.upload_records_to_folder(request),
        )
        .await
}

/// What a `GET /knowledgeBase/limits` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUploadLimitsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /knowledgeBase/limits` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUploadLimitsResponse {
    /// Status `200`: Upload limits retrieved
    Ok(crate::models::GetUploadLimitsResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetUploadLimitsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetUploadLimitsRequest {
    /// Reads and checks a `GET /knowledgeBase/limits` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetUploadLimitsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /knowledgeBase/limits` request and hands it to [`UploadApi::get_upload_limits`].
pub async fn handle_get_upload_limits<S: UploadApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getUploadLimits",
        path: "/knowledgeBase/limits",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetUploadLimitsRequest::read,
            |request| service.get_upload_limits(request),
        )
        .await
}
