//! Operations of the `Document Management` API.
//!
//! Document CRUD and retrieval operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `document_id`: path parameter `documentId`. Document ID (24-character MongoDB ObjectId)
    pub fn get_document_by_id<'a>(
        &'a self,
        document_id: &'a str,
    ) -> Call<
        'a,
        GetDocumentByIdParams<'a>,
        crate::models::GetDocumentByIdResponse,
        GetDocumentByIdError,
    > {
        const OPERATION: Operation = Operation {
            id: "getDocumentById",
            method: "GET",
            path: "/document/{documentId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetDocumentByIdParams {
                document_id,
            },
            |client, params| {
                let GetDocumentByIdParams { document_id } = params;
                let path = format!(
                    "/document/{}",
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
                400 => Err(Error::Status(GetDocumentByIdError::BadRequest)),
                401 => Err(Error::Status(GetDocumentByIdError::Unauthorized)),
                404 => Err(Error::Status(GetDocumentByIdError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetDocumentByIdError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_document_by_id`], kept in its [`Call`] until it is awaited.
pub struct GetDocumentByIdParams<'a> {
    document_id: &'a str,
}
/// Error responses of [`Client::get_document_by_id`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetDocumentByIdError {
    /// Status `400`: Invalid document ID format
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Document not found or has been deleted
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetDocumentByIdError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getDocumentById", status, message)
    }
}
impl ::std::error::Error for GetDocumentByIdError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `document_id`: path parameter `documentId`. Document ID (24-character MongoDB ObjectId)
    pub fn delete_document_by_id<'a>(
        &'a self,
        document_id: &'a str,
    ) -> Call<
        'a,
        DeleteDocumentByIdParams<'a>,
        crate::models::DeleteDocumentByIdResponse,
        DeleteDocumentByIdError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteDocumentById",
            method: "DELETE",
            path: "/document/{documentId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteDocumentByIdParams {
                document_id,
            },
            |client, params| {
                let DeleteDocumentByIdParams { document_id } = params;
                let path = format!(
                    "/document/{}",
                    crate::runtime::path_param(
                        "documentId",
                        document_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(DeleteDocumentByIdError::Unauthorized)),
                404 => Err(Error::Status(DeleteDocumentByIdError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteDocumentByIdError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_document_by_id`], kept in its [`Call`] until it is awaited.
pub struct DeleteDocumentByIdParams<'a> {
    document_id: &'a str,
}
/// Error responses of [`Client::delete_document_by_id`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteDocumentByIdError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Document not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteDocumentByIdError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteDocumentById", status, message)
    }
}
impl ::std::error::Error for DeleteDocumentByIdError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `document_id`: path parameter `documentId`. Document ID (24-character MongoDB ObjectId)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`DownloadDocumentParams`\]).
    pub fn download_document<'a>(
        &'a self,
        document_id: &'a str,
    ) -> Call<
        'a,
        DownloadDocumentParams<'a>,
        crate::models::DownloadDocumentResponse,
        DownloadDocumentError,
    > {
        const OPERATION: Operation = Operation {
            id: "downloadDocument",
            method: "GET",
            path: "/document/{documentId}/download",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DownloadDocumentParams {
                document_id,
                version: None,
                expiration_time_in_seconds: None,
            },
            |client, params| {
                let DownloadDocumentParams {
                    document_id,
                    version,
                    expiration_time_in_seconds,
                } = params;
                let path = format!(
                    "/document/{}/download",
                    crate::runtime::path_param(
                        "documentId",
                        document_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "version",
                    &version,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "expirationTimeInSeconds",
                    &expiration_time_in_seconds,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(DownloadDocumentError::BadRequest)),
                401 => Err(Error::Status(DownloadDocumentError::Unauthorized)),
                404 => Err(Error::Status(DownloadDocumentError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            DownloadDocumentError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::download_document`], kept in its [`Call`] until it is awaited.
pub struct DownloadDocumentParams<'a> {
    document_id: &'a str,
    version: ::std::option::Option<i64>,
    expiration_time_in_seconds: ::std::option::Option<i64>,
}
impl<'a, T, E> Call<'a, DownloadDocumentParams<'a>, T, E> {
    /// * `version`: query parameter `version`. Version number to download (0-indexed). Must be less than total versions.
    pub fn version(mut self, version: i64) -> Self {
        self.params.version = Some(version);
        self
    }
    /// * `expiration_time_in_seconds`: query parameter `expirationTimeInSeconds`. Signed URL validity duration in seconds
    pub fn expiration_time_in_seconds(
        mut self,
        expiration_time_in_seconds: i64,
    ) -> Self {
        self.params.expiration_time_in_seconds = Some(expiration_time_in_seconds);
        self
    }
}
/// Error responses of [`Client::download_document`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DownloadDocumentError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DownloadDocumentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "downloadDocument", status, message)
    }
}
impl ::std::error::Error for DownloadDocumentError {}
