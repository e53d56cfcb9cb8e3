//! Operations of the `Upload` API.
//!
//! File upload operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`. Knowledge base ID
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of \[`UploadRecordsToKbForm`\]. Request payload
    pub fn upload_records_to_kb<'a>(
        &'a self,
        kb_id: &'a str,
        body: UploadRecordsToKbForm,
    ) -> Call<
        'a,
        UploadRecordsToKbParams<'a>,
        crate::models::UploadResult,
        UploadRecordsToKbError,
    > {
        const OPERATION: Operation = Operation {
            id: "uploadRecordsToKB",
            method: "POST",
            path: "/knowledgeBase/{kbId}/upload",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UploadRecordsToKbParams {
                kb_id,
                body,
            },
            |client, params| {
                let UploadRecordsToKbParams { kb_id, body } = params;
                let path = format!(
                    "/knowledgeBase/{}/upload",
                    crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
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
                400 => Err(Error::Status(UploadRecordsToKbError::BadRequest)),
                401 => Err(Error::Status(UploadRecordsToKbError::Unauthorized)),
                403 => Err(Error::Status(UploadRecordsToKbError::Forbidden)),
                404 => Err(Error::Status(UploadRecordsToKbError::NotFound)),
                413 => Err(Error::Status(UploadRecordsToKbError::PayloadTooLarge)),
                _ => {
                    Err(
                        Error::Status(
                            UploadRecordsToKbError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::upload_records_to_kb`], kept in its [`Call`] until it is awaited.
pub struct UploadRecordsToKbParams<'a> {
    kb_id: &'a str,
    body: UploadRecordsToKbForm,
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
    /// The `multipart/form-data` form of these parts; fails when a file's media type is
    /// not a valid one.
    pub fn into_form(
        self,
    ) -> ::std::result::Result<::reqwest::multipart::Form, ::reqwest::Error> {
        let mut form = ::reqwest::multipart::Form::new();
        let value = self.files;
        for file in value {
            form = crate::runtime::file_part(form, "files", file)?;
        }
        if let Some(value) = self.files_metadata {
            form = crate::runtime::value_part(form, "files_metadata", &value, false);
        }
        if let Some(value) = self.is_versioned {
            form = crate::runtime::value_part(form, "isVersioned", &value, false);
        }
        if let Some(value) = self.record_type {
            form = crate::runtime::value_part(form, "recordType", &value, false);
        }
        Ok(form)
    }
}
/// Error responses of [`Client::upload_records_to_kb`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadRecordsToKbError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UploadRecordsToKbError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::PayloadTooLarge => (413, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "uploadRecordsToKB", status, message)
    }
}
impl ::std::error::Error for UploadRecordsToKbError {}

impl Client {
    /// Upload files to folder
    ///
    /// Upload files directly to a specific folder within a knowledge base.<br><br>
    /// <b>Same as KB upload</b> but files are placed in the specified folder instead of KB root.
    ///
    /// `POST /knowledgeBase/{kbId}/folder/{folderId}/upload` (operation `uploadRecordsToFolder`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`
    /// * `folder_id`: path parameter `folderId`. Target folder ID
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of \[`UploadRecordsToFolderForm`\]. Request payload
    pub fn upload_records_to_folder<'a>(
        &'a self,
        kb_id: &'a str,
        folder_id: &'a str,
        body: UploadRecordsToFolderForm,
    ) -> Call<
        'a,
        UploadRecordsToFolderParams<'a>,
        crate::models::UploadResult,
        UploadRecordsToFolderError,
    > {
        const OPERATION: Operation = Operation {
            id: "uploadRecordsToFolder",
            method: "POST",
            path: "/knowledgeBase/{kbId}/folder/{folderId}/upload",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UploadRecordsToFolderParams {
                kb_id,
                folder_id,
                body,
            },
            |client, params| {
                let UploadRecordsToFolderParams { kb_id, folder_id, body } = params;
                let path = format!(
                    "/knowledgeBase/{}/folder/{}/upload",
                    crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
                    crate::runtime::path_param(
                        "folderId",
                        folder_id,
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
                400 => Err(Error::Status(UploadRecordsToFolderError::BadRequest)),
                401 => Err(Error::Status(UploadRecordsToFolderError::Unauthorized)),
                403 => Err(Error::Status(UploadRecordsToFolderError::Forbidden)),
                404 => Err(Error::Status(UploadRecordsToFolderError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UploadRecordsToFolderError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::upload_records_to_folder`], kept in its [`Call`] until it is awaited.
pub struct UploadRecordsToFolderParams<'a> {
    kb_id: &'a str,
    folder_id: &'a str,
    body: UploadRecordsToFolderForm,
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
    /// The `multipart/form-data` form of these parts; fails when a file's media type is
    /// not a valid one.
    pub fn into_form(
        self,
    ) -> ::std::result::Result<::reqwest::multipart::Form, ::reqwest::Error> {
        let mut form = ::reqwest::multipart::Form::new();
        let value = self.files;
        for file in value {
            form = crate::runtime::file_part(form, "files", file)?;
        }
        if let Some(value) = self.files_metadata {
            form = crate::runtime::value_part(form, "files_metadata", &value, false);
        }
        if let Some(value) = self.is_versioned {
            form = crate::runtime::value_part(form, "isVersioned", &value, false);
        }
        Ok(form)
    }
}
/// Error responses of [`Client::upload_records_to_folder`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadRecordsToFolderError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Folder or knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UploadRecordsToFolderError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "uploadRecordsToFolder", status, message)
    }
}
impl ::std::error::Error for UploadRecordsToFolderError {}

impl Client {
    /// Get upload limits
    ///
    /// Retrieve current upload constraints for the organization.<br><br>
    /// <b>Use Case:</b><br>
    /// Call this before uploads to validate file sizes on the client side and display appropriate limits to users.
    ///
    /// `GET /knowledgeBase/limits` (operation `getUploadLimits`)
    pub fn get_upload_limits(
        &self,
    ) -> Call<'_, (), crate::models::GetUploadLimitsResponse, GetUploadLimitsError> {
        const OPERATION: Operation = Operation {
            id: "getUploadLimits",
            method: "GET",
            path: "/knowledgeBase/limits",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/knowledgeBase/limits",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetUploadLimitsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetUploadLimitsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_upload_limits`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUploadLimitsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetUploadLimitsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getUploadLimits", status, message)
    }
}
impl ::std::error::Error for GetUploadLimitsError {}
