//! Operations of the `Version Control` API.
//!
//! Document versioning and rollback operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `document_id`: path parameter `documentId`. Document ID (24-character MongoDB ObjectId)
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of \[`UploadNextVersionForm`\]. Request payload
    pub fn upload_next_version<'a>(
        &'a self,
        document_id: &'a str,
        body: UploadNextVersionForm,
    ) -> Call<
        'a,
        UploadNextVersionParams<'a>,
        crate::models::UploadNextVersionResponse,
        UploadNextVersionError,
    > {
        const OPERATION: Operation = Operation {
            id: "uploadNextVersion",
            method: "POST",
            path: "/document/{documentId}/uploadNextVersion",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UploadNextVersionParams {
                document_id,
                body,
            },
            |client, params| {
                let UploadNextVersionParams { document_id, body } = params;
                let path = format!(
                    "/document/{}/uploadNextVersion",
                    crate::runtime::path_param(
                        "documentId",
                        document_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, &path);
                request = request
                    .multipart(
                        match body.into_form() {
                            Ok(form) => form,
                            Err(error) => return Err(Error::Transport(error)),
                        },
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UploadNextVersionError::BadRequest)),
                401 => Err(Error::Status(UploadNextVersionError::Unauthorized)),
                403 => Err(Error::Status(UploadNextVersionError::Forbidden)),
                404 => Err(Error::Status(UploadNextVersionError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UploadNextVersionError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::upload_next_version`], kept in its [`Call`] until it is awaited.
pub struct UploadNextVersionParams<'a> {
    document_id: &'a str,
    body: UploadNextVersionForm,
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
    /// The `multipart/form-data` form of these parts; fails when a file's media type is
    /// not a valid one.
    pub fn into_form(
        self,
    ) -> ::std::result::Result<::reqwest::multipart::Form, ::reqwest::Error> {
        let mut form = ::reqwest::multipart::Form::new();
        if let Some(value) = self.current_version_note {
            form = crate::runtime::value_part(form, "currentVersionNote", &value, false);
        }
        if let Some(value) = self.next_version_note {
            form = crate::runtime::value_part(form, "nextVersionNote", &value, false);
        }
        let value = self.file;
        form = crate::runtime::file_part(form, "file", value)?;
        Ok(form)
    }
}
/// Error responses of [`Client::upload_next_version`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadNextVersionError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UploadNextVersionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "uploadNextVersion", status, message)
    }
}
impl ::std::error::Error for UploadNextVersionError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `document_id`: path parameter `documentId`. Document ID (24-character MongoDB ObjectId)
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn roll_back_to_previous_version<'a>(
        &'a self,
        document_id: &'a str,
        body: &'a crate::models::RollBackToPreviousVersionBody,
    ) -> Call<
        'a,
        RollBackToPreviousVersionParams<'a>,
        crate::models::RollBackToPreviousVersionResponse,
        RollBackToPreviousVersionError,
    > {
        const OPERATION: Operation = Operation {
            id: "rollBackToPreviousVersion",
            method: "POST",
            path: "/document/{documentId}/rollBack",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            RollBackToPreviousVersionParams {
                document_id,
                body,
            },
            |client, params| {
                let RollBackToPreviousVersionParams { document_id, body } = params;
                let path = format!(
                    "/document/{}/rollBack",
                    crate::runtime::path_param(
                        "documentId",
                        document_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(RollBackToPreviousVersionError::BadRequest)),
                401 => Err(Error::Status(RollBackToPreviousVersionError::Unauthorized)),
                404 => Err(Error::Status(RollBackToPreviousVersionError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            RollBackToPreviousVersionError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::roll_back_to_previous_version`], kept in its [`Call`] until it is awaited.
pub struct RollBackToPreviousVersionParams<'a> {
    document_id: &'a str,
    body: &'a crate::models::RollBackToPreviousVersionBody,
}
/// Error responses of [`Client::roll_back_to_previous_version`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RollBackToPreviousVersionError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RollBackToPreviousVersionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "rollBackToPreviousVersion", status, message)
    }
}
impl ::std::error::Error for RollBackToPreviousVersionError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `document_id`: path parameter `documentId`. Document ID (24-character MongoDB ObjectId)
    pub fn check_document_modified<'a>(
        &'a self,
        document_id: &'a str,
    ) -> Call<
        'a,
        CheckDocumentModifiedParams<'a>,
        crate::models::CheckDocumentModifiedResponse,
        CheckDocumentModifiedError,
    > {
        const OPERATION: Operation = Operation {
            id: "checkDocumentModified",
            method: "GET",
            path: "/document/{documentId}/isModified",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CheckDocumentModifiedParams {
                document_id,
            },
            |client, params| {
                let CheckDocumentModifiedParams { document_id } = params;
                let path = format!(
                    "/document/{}/isModified",
                    crate::runtime::path_param(
                        "documentId",
                        document_id,
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
                401 => Err(Error::Status(CheckDocumentModifiedError::Unauthorized)),
                404 => Err(Error::Status(CheckDocumentModifiedError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            CheckDocumentModifiedError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::check_document_modified`], kept in its [`Call`] until it is awaited.
pub struct CheckDocumentModifiedParams<'a> {
    document_id: &'a str,
}
/// Error responses of [`Client::check_document_modified`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CheckDocumentModifiedError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Document not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CheckDocumentModifiedError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "checkDocumentModified", status, message)
    }
}
impl ::std::error::Error for CheckDocumentModifiedError {}
