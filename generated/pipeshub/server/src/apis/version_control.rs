//! The `Version Control` API.
//!
//! Document versioning and rollback operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Document versioning and rollback operations
pub trait VersionControlApi: Clone + Send + Sync + 'static {
    /// Upload next version
    ///
    /// Upload a new version of a versioned document, maintaining full version history.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint creates a new version entry in the document's version history. The previous version remains accessible and the document can be rolled back if needed.<br><br>
    /// <b>Version Control Flow:</b><br>
    /// <ol>
    /// <li>Upload new file content</li>
    /// <li>System compares with previous version</li>
    /// <li>If different, creates new version entry</li>
    /// <li>Updates version history with metadata</li>
    /// <li>Current document points to new version</li>
    /// </ol>
    /// <b>Version Entry Contains:</b><br>
    /// <ul>
    /// <li>Version number (auto-incremented)</li>
    /// <li>Storage URL for this version</li>
    /// <li>Size and extension</li>
    /// <li>Optional note describing changes</li>
    /// <li>User who created version</li>
    /// <li>Timestamp</li>
    /// </ul>
    /// <b>Requirements:</b><br>
    /// <ul>
    /// <li>Document must have <code>isVersionedFile: true</code></li>
    /// <li>File extension must match original document</li>
    /// <li>Content must differ from previous version</li>
    /// </ul>
    /// <b>File Constraints:</b><br>
    /// <ul>
    /// <li>Maximum size: 100MB</li>
    /// <li>Same extension as original required</li>
    /// </ul>
    ///
    /// `POST /document/{documentId}/uploadNextVersion` (operation `uploadNextVersion`)
    fn upload_next_version(
        &self,
        request: UploadNextVersionRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UploadNextVersionResponse>,
    > + Send;
    /// Rollback to previous version
    ///
    /// Restore a versioned document to a previous version. Creates a new version entry with the rolled-back content.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint allows reverting a document to any previous version while maintaining the complete version history. The rollback itself creates a new version entry.<br><br>
    /// <b>Rollback Flow:</b><br>
    /// <ol>
    /// <li>Specify target version number to rollback to</li>
    /// <li>System retrieves content from that version</li>
    /// <li>Creates new version entry with restored content</li>
    /// <li>Adds rollback note to version history</li>
    /// <li>Document now shows restored content</li>
    /// </ol>
    /// <b>Version History Preserved:</b><br>
    /// Rollback does NOT delete intermediate versions. Full history remains intact for audit purposes.&lt;br&gt;&lt;br&gt;
    /// <b>Requirements:</b><br>
    /// <ul>
    /// <li>Document must be versioned</li>
    /// <li>Target version must exist (less than current version count)</li>
    /// <li>Note explaining rollback reason is required</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Reverting accidental changes</li>
    /// <li>Restoring to known-good state</li>
    /// <li>Undoing problematic updates</li>
    /// </ul>
    ///
    /// `POST /document/{documentId}/rollBack` (operation `rollBackToPreviousVersion`)
    fn roll_back_to_previous_version(
        &self,
        request: RollBackToPreviousVersionRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RollBackToPreviousVersionResponse>,
    > + Send;
    /// Check if document is modified
    ///
    /// Check if the current document content differs from the last saved version. Useful for detecting unsaved changes.<br><br>
    /// <b>Overview:</b><br>
    /// Compares the current document buffer with the most recent version in history to detect modifications. Returns true if content has changed since last version.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Prompting user to save before closing</li>
    /// <li>Auto-save decision making</li>
    /// <li>Version creation validation</li>
    /// <li>Change detection in workflows</li>
    /// </ul>
    /// <b>Comparison Method:</b><br>
    /// Performs binary comparison of file buffers. Identical content returns false even if edited and reverted.&lt;br&gt;&lt;br&gt;
    /// <b>Requirements:</b><br>
    /// Document must be versioned to have comparison baseline.
    ///
    /// `GET /document/{documentId}/isModified` (operation `checkDocumentModified`)
    fn check_document_modified(
        &self,
        request: CheckDocumentModifiedRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CheckDocumentModifiedResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(version_control::routes().merge(...), service)`.
pub fn routes<S: VersionControlApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/document/{p0}/isModified",
            axum::routing::get(
                crate::apis::version_control::handle_check_document_modified::<S>,
            ),
        );
    let routes = routes
        .route(
            "/document/{p0}/rollBack",
            axum::routing::post(
                crate::apis::version_control::handle_roll_back_to_previous_version::<S>,
            ),
        );
    routes
        .route(
            "/document/{p0}/uploadNextVersion",
            axum::routing::post(
                crate::apis::version_control::handle_upload_next_version::<S>,
            ),
        )
}

/// What a `POST /document/{documentId}/uploadNextVersion` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadNextVersionRequest {
    /// path parameter `documentId`.
    ///
    /// Document ID (24-character MongoDB ObjectId)
    pub document_id: ::std::string::String,
    /// The request body (`multipart/form-data`).
    pub body: UploadNextVersionForm,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /document/{documentId}/uploadNextVersion` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadNextVersionResponse {
    /// Status `200`: New version uploaded successfully
    Ok(crate::models::UploadNextVersionResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Document is not versioned</li>
    /// <li>File extension mismatch</li>
    /// <li>Content identical to previous version</li>
    /// <li>File exceeds 100MB limit</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden. Possible reasons:<br>
    /// <ul>
    /// <li>File extension doesn't match original</li>
    /// </ul>
    Forbidden,
    /// Status `404`: Document not found
    NotFound,
}
impl IntoResponse for UploadNextVersionResponse {
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
/// The parts of a `POST /document/{documentId}/uploadNextVersion` multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadNextVersionForm {
    /// Part `currentVersionNote` (`None` when left out).
    ///
    /// Note describing the current version being replaced
    pub current_version_note: ::std::option::Option<::std::string::String>,
    /// Part `nextVersionNote` (`None` when left out).
    ///
    /// Note describing the new version being uploaded
    pub next_version_note: ::std::option::Option<::std::string::String>,
    /// Part `file`.
    ///
    /// New version file (max 100MB)
    pub file: crate::runtime::FilePart,
}
impl UploadNextVersionForm {
    /// Reads the parts into their fields; `None` when the request has no body.
    pub fn read(parts: Option<runtime::Parts>) -> Result<Option<Self>, Problem> {
        let Some(parts) = parts else { return Ok(None) };
        Ok(
            Some(UploadNextVersionForm {
                current_version_note: parts.value("currentVersionNote", false)?,
                next_version_note: parts.value("nextVersionNote", false)?,
                file: runtime::required_part(parts.file("file")?, "file")?,
            }),
        )
    }
}
impl UploadNextVersionRequest {
    /// Reads and checks a `POST /document/{documentId}/uploadNextVersion` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UploadNextVersionRequest {
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
                UploadNextVersionForm::read(runtime::multipart(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /document/{documentId}/uploadNextVersion` request and hands it to [`VersionControlApi::upload_next_version`].
pub async fn handle_upload_next_version<S: VersionControlApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "uploadNextVersion",
        path: "/document/{documentId}/uploadNextVersion",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UploadNextVersionRequest::read,
            |request| service.upload_next_version(request),
        )
        .await
}

/// What a `POST /document/{documentId}/rollBack` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RollBackToPreviousVersionRequest {
    /// path parameter `documentId`.
    ///
    /// Document ID (24-character MongoDB ObjectId)
    pub document_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::RollBackToPreviousVersionBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /document/{documentId}/rollBack` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RollBackToPreviousVersionResponse {
    /// Status `200`: Document rolled back successfully
    Ok(crate::models::RollBackToPreviousVersionResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Document is not versioned</li>
    /// <li>Invalid version number</li>
    /// <li>Version doesn't exist</li>
    /// <li>Missing rollback note</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Document not found
    NotFound,
}
impl IntoResponse for RollBackToPreviousVersionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl RollBackToPreviousVersionRequest {
    /// Reads and checks a `POST /document/{documentId}/rollBack` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RollBackToPreviousVersionRequest {
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
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /document/{documentId}/rollBack` request and hands it to [`VersionControlApi::roll_back_to_previous_version`].
pub async fn handle_roll_back_to_previous_version<S: VersionControlApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "rollBackToPreviousVersion",
        path: "/document/{documentId}/rollBack",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RollBackToPreviousVersionRequest::read,
            |request| service.roll_back_to_previous_version(request),
        )
        .await
}

/// What a `GET /document/{documentId}/isModified` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckDocumentModifiedRequest {
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
/// The responses `GET /document/{documentId}/isModified` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckDocumentModifiedResponse {
    /// Status `200`: Modification check completed
    Ok(crate::models::CheckDocumentModifiedResponse),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Document not found
    NotFound,
}
impl IntoResponse for CheckDocumentModifiedResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl CheckDocumentModifiedRequest {
    /// Reads and checks a `GET /document/{documentId}/isModified` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CheckDocumentModifiedRequest {
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
/// Reads a `GET /document/{documentId}/isModified` request and hands it to [`VersionControlApi::check_document_modified`].
pub async fn handle_check_document_modified<S: VersionControlApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "checkDocumentModified",
        path: "/document/{documentId}/isModified",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CheckDocumentModifiedRequest::read,
            |request| service.check_document_modified(request),
        )
        .await
}
