//! Operations of the `Document Upload` API.
//!
//! Document upload operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Upload a new document
    ///
    /// Upload a new document to PipesHub storage. Supports multiple storage backends including S3, Azure Blob, and local storage.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint handles document uploads with automatic processing, metadata extraction, and optional versioning. It's the primary endpoint for adding new files to PipesHub.<br><br>
    /// <b>Upload Flow:</b><br>
    /// <ol>
    /// <li>Client sends file with metadata via multipart/form-data</li>
    /// <li>Document metadata saved to database</li>
    /// <li>Returns document object with storage URLs</li>
    /// </ol>
    /// <b>File Size Limits:</b><br>
    /// <ul>
    /// <li><b>Maximum:</b> 1GB (1,073,741,824 bytes)</li>
    /// <li><b>Large file threshold:</b> 10MB (triggers direct upload flow)</li>
    /// </ul>
    /// <b>Supported File Types:</b><br>
    /// <ul>
    /// <li><b>Documents:</b> PDF, DOCX, DOC, XLSX, XLS, PPTX, PPT, TXT, MD, CSV</li>
    /// <li><b>Images:</b> PNG, JPG, JPEG, GIF, WebP, SVG, BMP, TIFF</li>
    /// <li><b>Videos:</b> MP4, AVI, MOV, MKV, WebM</li>
    /// <li><b>Audio:</b> MP3, WAV, FLAC, AAC</li>
    /// <li><b>Archives:</b> ZIP, RAR, 7Z, TAR, GZ</li>
    /// </ul>
    /// <b>Version Control:</b><br>
    /// Set &lt;code&gt;isVersionedFile: "true"&lt;/code&gt; to enable version tracking. Versioned documents maintain full history of all changes.&lt;br&gt;&lt;br&gt;
    /// <b>Response Headers:</b><br>
    /// <ul>
    /// <li><code>x-document-id</code>: Unique document identifier</li>
    /// <li><code>x-document-name</code>: Document name as stored</li>
    /// </ul>
    /// <b>Storage Backends:</b><br>
    /// Automatically routes to configured storage: Amazon S3, Azure Blob Storage, or Local filesystem.
    ///
    /// `POST /document/upload` (operation `uploadDocument`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of \[`UploadDocumentForm`\]. Request payload
    pub fn upload_document(
        &self,
        body: UploadDocumentForm,
    ) -> Call<
        '_,
        UploadDocumentParams<'_>,
        UploadDocumentResponse,
        UploadDocumentError,
    > {
        const OPERATION: Operation = Operation {
            id: "uploadDocument",
            method: "POST",
            path: "/document/upload",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UploadDocumentParams {
                body,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let UploadDocumentParams { body, .. } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/document/upload");
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
                    Ok(received.value(UploadDocumentResponse::Ok(body)))
                }
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(UploadDocumentResponse::PermanentRedirect))
                }
                400 => Err(Error::Status(UploadDocumentError::BadRequest)),
                401 => Err(Error::Status(UploadDocumentError::Unauthorized)),
                413 => Err(Error::Status(UploadDocumentError::PayloadTooLarge)),
                _ => {
                    Err(
                        Error::Status(
                            UploadDocumentError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::upload_document`], kept in its [`Call`] until it is awaited.
pub struct UploadDocumentParams<'a> {
    body: UploadDocumentForm,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
/// The parts of a `POST /document/upload` multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadDocumentForm {
    /// Part `documentName`.
    ///
    /// Display name for the document
    pub document_name: ::std::string::String,
    /// Part `documentPath` (`None` when left out).
    ///
    /// Virtual folder path for organization
    pub document_path: ::std::option::Option<::std::string::String>,
    /// Part `alternateDocumentName` (`None` when left out).
    ///
    /// Alternative name for search/display
    pub alternate_document_name: ::std::option::Option<::std::string::String>,
    /// Part `permissions` (`None` when left out).
    ///
    /// Default permission level for shared access
    pub permissions: ::std::option::Option<crate::models::UploadDocumentPermissions>,
    /// Part `customMetadata` (`None` when left out).
    ///
    /// JSON string of custom key-value metadata
    pub custom_metadata: ::std::option::Option<::std::string::String>,
    /// Part `isVersionedFile`.
    ///
    /// Enable version control for this document
    pub is_versioned_file: crate::models::UploadDocumentIsVersionedFile,
    /// Part `file`.
    ///
    /// The file to upload (max 1GB)
    pub file: crate::runtime::FilePart,
}
impl UploadDocumentForm {
    /// The `multipart/form-data` form of these parts; fails when a file's media type is
    /// not a valid one.
    pub fn into_form(
        self,
    ) -> ::std::result::Result<::reqwest::multipart::Form, ::reqwest::Error> {
        let mut form = ::reqwest::multipart::Form::new();
        let value = self.document_name;
        form = crate::runtime::value_part(form, "documentName", &value, false);
        if let Some(value) = self.document_path {
            form = crate::runtime::value_part(form, "documentPath", &value, false);
        }
        if let Some(value) = self.alternate_document_name {
            form = crate::runtime::value_part(
                form,
                "alternateDocumentName",
                &value,
                false,
            );
        }
        if let Some(value) = self.permissions {
            form = crate::runtime::value_part(form, "permissions", &value, false);
        }
        if let Some(value) = self.custom_metadata {
            form = crate::runtime::value_part(form, "customMetadata", &value, false);
        }
        let value = self.is_versioned_file;
        form = crate::runtime::value_part(form, "isVersionedFile", &value, false);
        let value = self.file;
        form = crate::runtime::file_part(form, "file", value)?;
        Ok(form)
    }
}
/// Error responses of [`Client::upload_document`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadDocumentError {
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Missing required fields</li>
    /// <li>Unsupported file type</li>
    /// <li>File exceeds size limit (1GB)</li>
    /// <li>Invalid metadata format</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `413`: File too large - Maximum size is 1GB
    PayloadTooLarge,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UploadDocumentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::PayloadTooLarge => (413, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "uploadDocument", status, message)
    }
}
impl ::std::error::Error for UploadDocumentError {}
/// Successful responses of [`Client::upload_document`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadDocumentResponse {
    /// Status `200`: Document uploaded successfully
    Ok(crate::models::Document),
    /// Status `308`: Permanent Redirect - File requires direct upload.<br>
    /// For files &gt;10MB, client should upload directly to the URL in the Location header.
    PermanentRedirect,
}

impl Client {
    /// Create document placeholder
    ///
    /// Create a document metadata record without uploading file content. Used in conjunction with direct upload for large files.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint creates a document entry in the database without actual file content. The file is then uploaded directly to storage using the <code>/directUpload</code> endpoint.<br><br>
    /// <b>Direct Upload Flow:</b><br>
    /// <ol>
    /// <li>Call this endpoint to create document placeholder</li>
    /// <li>Receive document ID in response</li>
    /// <li>Call <code>/document/{documentId}/directUpload</code> to get presigned URL</li>
    /// <li>Upload file directly to presigned URL</li>
    /// <li>Document becomes accessible once upload completes</li>
    /// </ol>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Large file uploads (bypassing server)</li>
    /// <li>Client-side upload progress tracking</li>
    /// <li>Resumable uploads</li>
    /// <li>Reduced server memory usage</li>
    /// </ul>
    /// <b>Note:</b> Extension must be provided without the dot (e.g., "pdf" not ".pdf").
    ///
    /// `POST /document/placeholder` (operation `createDocumentPlaceholder`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_document_placeholder<'a>(
        &'a self,
        body: &'a crate::models::CreateDocumentPlaceholderBody,
    ) -> Call<
        'a,
        CreateDocumentPlaceholderParams<'a>,
        crate::models::Document,
        CreateDocumentPlaceholderError,
    > {
        const OPERATION: Operation = Operation {
            id: "createDocumentPlaceholder",
            method: "POST",
            path: "/document/placeholder",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateDocumentPlaceholderParams {
                body,
            },
            |client, params| {
                let CreateDocumentPlaceholderParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/document/placeholder",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateDocumentPlaceholderError::BadRequest)),
                401 => Err(Error::Status(CreateDocumentPlaceholderError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            CreateDocumentPlaceholderError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_document_placeholder`], kept in its [`Call`] until it is awaited.
pub struct CreateDocumentPlaceholderParams<'a> {
    body: &'a crate::models::CreateDocumentPlaceholderBody,
}
/// Error responses of [`Client::create_document_placeholder`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateDocumentPlaceholderError {
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Missing required fields</li>
    /// <li>Invalid extension</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateDocumentPlaceholderError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createDocumentPlaceholder", status, message)
    }
}
impl ::std::error::Error for CreateDocumentPlaceholderError {}

impl Client {
    /// Get direct upload URL
    ///
    /// Generate a presigned URL for direct client-to-storage upload, bypassing the server for large files.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint provides a presigned URL that allows clients to upload directly to storage (S3/Azure) without routing through the server. Essential for large file uploads.<br><br>
    /// <b>Direct Upload Flow:</b><br>
    /// <ol>
    /// <li>Create document placeholder with <code>/placeholder</code></li>
    /// <li>Call this endpoint with document ID</li>
    /// <li>Receive presigned URL and document ID</li>
    /// <li>Client uploads file directly to presigned URL (PUT request)</li>
    /// <li>Document becomes available once upload completes</li>
    /// </ol>
    /// <b>Benefits:</b><br>
    /// <ul>
    /// <li>No server memory consumption for large files</li>
    /// <li>Direct transfer to storage (faster)</li>
    /// <li>Client-side progress tracking</li>
    /// <li>Reduced server bandwidth</li>
    /// </ul>
    /// <b>URL Validity:</b><br>
    /// Presigned URLs typically expire after 1 hour. Upload must complete before expiration.&lt;br&gt;&lt;br&gt;
    /// <b>Note:</b> Only available for S3 and Azure Blob storage. Local storage does not support direct upload.
    ///
    /// `POST /document/{documentId}/directUpload` (operation `getDirectUploadUrl`)
    ///
    /// # Arguments
    ///
    /// * `document_id`: path parameter `documentId`. Document ID from placeholder creation
    pub fn get_direct_upload_url<'a>(
        &'a self,
        document_id: &'a str,
    ) -> Call<
        'a,
        GetDirectUploadUrlParams<'a>,
        crate::models::GetDirectUploadUrlResponse,
        GetDirectUploadUrlError,
    > {
        const OPERATION: Operation = Operation {
            id: "getDirectUploadUrl",
            method: "POST",
            path: "/document/{documentId}/directUpload",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetDirectUploadUrlParams {
                document_id,
            },
            |client, params| {
                let GetDirectUploadUrlParams { document_id } = params;
                let path = format!(
                    "/document/{}/directUpload",
                    crate::runtime::path_param(
                        "documentId",
                        document_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetDirectUploadUrlError::BadRequest)),
                401 => Err(Error::Status(GetDirectUploadUrlError::Unauthorized)),
                404 => Err(Error::Status(GetDirectUploadUrlError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetDirectUploadUrlError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_direct_upload_url`], kept in its [`Call`] until it is awaited.
pub struct GetDirectUploadUrlParams<'a> {
    document_id: &'a str,
}
/// Error responses of [`Client::get_direct_upload_url`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetDirectUploadUrlError {
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Document doesn't exist</li>
    /// <li>Document already has content</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Document placeholder not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetDirectUploadUrlError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getDirectUploadUrl", status, message)
    }
}
impl ::std::error::Error for GetDirectUploadUrlError {}
