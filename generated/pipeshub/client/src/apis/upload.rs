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
    /// Documents (PDF, DOCX, TXT), Images (PNG, JPG), Videos (MP4), and more.<br><br>
    /// <b>File Metadata:</b><br>
    /// Use <code>files_metadata</code> to provide additional info like file paths and last modified timestamps.<br><br>
    /// <b>Versioning:</b><br>
    /// Set <code>isVersioned: true</code> to enable version tracking for uploaded files.
    ///
    /// `POST /knowledgeBase/{kbId}/upload` (operation `uploadRecordsToKB`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`. Knowledge base ID
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of [`UploadRecordsToKbForm`]. Request payload
    pub fn upload_records_to_kb(
        &self,
        kb_id: &str,
        body: UploadRecordsToKbForm,
    ) -> Call<'_, crate::models::UploadResult, UploadRecordsToKbError> {
        const OPERATION: Operation = Operation {
            id: "uploadRecordsToKB",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/{}/upload",
            crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request
            .multipart(
                match body.into_form() {
                    Ok(form) => form,
                    Err(error) => return crate::runtime::failed(Error::Transport(error)),
                },
            );
        self.call(
            &OPERATION,
            request,
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of [`UploadRecordsToFolderForm`]. Request payload
    pub fn upload_records_to_folder(
        &self,
        kb_id: &str,
        folder_id: &str,
        body: UploadRecordsToFolderForm,
    ) -> Call<'_, crate::models::UploadResult, UploadRecordsToFolderError> {
        const OPERATION: Operation = Operation {
            id: "uploadRecordsToFolder",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/{}/folder/{}/upload",
            crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
            crate::runtime::path_param("folderId", folder_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request
            .multipart(
                match body.into_form() {
                    Ok(form) => form,
                    Err(error) => return crate::runtime::failed(Error::Transport(error)),
                },
            );
        self.call(
            &OPERATION,
            request,
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
pub enum UploadRecordsToFolderError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Folder or knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    ) -> Call<'_, crate::models::GetUploadLimitsResponse, GetUploadLimitsError> {
        const OPERATION: Operation = Operation {
            id: "getUploadLimits",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/knowledgeBase/limits");
        self.call(
            &OPERATION,
            request,
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
pub enum GetUploadLimitsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
