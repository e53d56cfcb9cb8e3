//! The `Document Upload` API.
//!
//! Document upload operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Document upload operations
pub trait DocumentUploadApi: Clone + Send + Sync + 'static {
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
    fn upload_document(
        &self,
        request: UploadDocumentRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UploadDocumentResponse>,
    > + Send;
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
    fn create_document_placeholder(
        &self,
        request: CreateDocumentPlaceholderRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateDocumentPlaceholderResponse>,
    > + Send;
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
    fn get_direct_upload_url(
        &self,
        request: GetDirectUploadUrlRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetDirectUploadUrlResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(document_upload::routes().merge(...), service)`.
pub fn routes<S: DocumentUploadApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/document/placeholder",
            axum::routing::post(
                crate::apis::document_upload::handle_create_document_placeholder::<S>,
            ),
        );
    let routes = routes
        .route(
            "/document/upload",
            axum::routing::post(
                crate::apis::document_upload::handle_upload_document::<S>,
            ),
        );
    routes
        .route(
            "/document/{p0}/directUpload",
            axum::routing::post(
                crate::apis::document_upload::handle_get_direct_upload_url::<S>,
            ),
        )
}

/// What a `POST /document/upload` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadDocumentRequest {
    /// The request body (`multipart/form-data`).
    pub body: UploadDocumentForm,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /document/upload` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadDocumentResponse {
    /// Status `200`: Document uploaded successfully
    Ok { body: crate::models::Document, headers: UploadDocumentOkHeaders },
    /// Status `308`: Permanent Redirect - File requires direct upload.<br>
    /// For files &gt;10MB, client should upload directly to the URL in the Location header.
    PermanentRedirect { headers: UploadDocumentPermanentRedirectHeaders },
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
}
impl IntoResponse for UploadDocumentResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = runtime::json(runtime::status(200), body);
                headers.write(response.headers_mut());
                response
            }
            Self::PermanentRedirect { headers } => {
                let mut response = runtime::empty(runtime::status(308));
                headers.write(response.headers_mut());
                response
            }
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::PayloadTooLarge => runtime::empty(runtime::status(413)),
        }
    }
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
    /// Reads the parts into their fields; `None` when the request has no body.
    pub fn read(parts: Option<runtime::Parts>) -> Result<Option<Self>, Problem> {
        let Some(parts) = parts else { return Ok(None) };
        Ok(
            Some(UploadDocumentForm {
                document_name: runtime::required_part(
                    parts.value("documentName", false)?,
                    "documentName",
                )?,
                document_path: parts.value("documentPath", false)?,
                alternate_document_name: parts.value("alternateDocumentName", false)?,
                permissions: parts.value("permissions", false)?,
                custom_metadata: parts.value("customMetadata", false)?,
                is_versioned_file: runtime::required_part(
                    parts.value("isVersionedFile", false)?,
                    "isVersionedFile",
                )?,
                file: runtime::required_part(parts.file("file")?, "file")?,
            }),
        )
    }
}
/// The headers of the `200` response of `POST /document/upload`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadDocumentOkHeaders {
    /// `x-document-id`
    ///
    /// Unique identifier of the created document
    pub x_document_id: ::std::option::Option<::std::string::String>,
    /// `x-document-name`
    ///
    /// Document name as stored
    pub x_document_name: ::std::option::Option<::std::string::String>,
}
impl UploadDocumentOkHeaders {
    /// Adds the headers to a response's.
    pub fn write(&self, map: &mut HeaderMap) {
        if let Some(value) = &self.x_document_id {
            runtime::set_header(map, "x-document-id", value);
        }
        if let Some(value) = &self.x_document_name {
            runtime::set_header(map, "x-document-name", value);
        }
    }
}
/// The headers of the `308` response of `POST /document/upload`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadDocumentPermanentRedirectHeaders {
    /// `Location`
    ///
    /// Presigned URL for direct upload to storage
    pub location: ::std::option::Option<::std::string::String>,
    /// `x-document-id`
    ///
    /// Document ID for follow-up requests
    pub x_document_id: ::std::option::Option<::std::string::String>,
}
impl UploadDocumentPermanentRedirectHeaders {
    /// Adds the headers to a response's.
    pub fn write(&self, map: &mut HeaderMap) {
        if let Some(value) = &self.location {
            runtime::set_header(map, "location", value);
        }
        if let Some(value) = &self.x_document_id {
            runtime::set_header(map, "x-document-id", value);
        }
    }
}
impl UploadDocumentRequest {
    /// Reads and checks a `POST /document/upload` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UploadDocumentRequest {
            body: runtime::required_body(
                UploadDocumentForm::read(runtime::multipart(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /document/upload` request and hands it to [`DocumentUploadApi::upload_document`].
pub async fn handle_upload_document<S: DocumentUploadApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "uploadDocument",
        path: "/document/upload",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UploadDocumentRequest::read,
            |request| service.upload_document(request),
        )
        .await
}

/// What a `POST /document/placeholder` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDocumentPlaceholderRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateDocumentPlaceholderBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /document/placeholder` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateDocumentPlaceholderResponse {
    /// Status `200`: Document placeholder created successfully
    Ok(crate::models::Document),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Missing required fields</li>
    /// <li>Invalid extension</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
}
impl IntoResponse for CreateDocumentPlaceholderResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl CreateDocumentPlaceholderRequest {
    /// Reads and checks a `POST /document/placeholder` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateDocumentPlaceholderRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /document/placeholder` request and hands it to [`DocumentUploadApi::create_document_placeholder`].
pub async fn handle_create_document_placeholder<S: DocumentUploadApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createDocumentPlaceholder",
        path: "/document/placeholder",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateDocumentPlaceholderRequest::read,
            |request| service.create_document_placeholder(request),
        )
        .await
}

/// What a `POST /document/{documentId}/directUpload` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetDirectUploadUrlRequest {
    /// path parameter `documentId`.
    ///
    /// Document ID from placeholder creation
    pub document_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /document/{documentId}/directUpload` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetDirectUploadUrlResponse {
    /// Status `200`: Direct upload URL generated successfully
    Ok(crate::models::GetDirectUploadUrlResponse),
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
}
impl IntoResponse for GetDirectUploadUrlResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetDirectUploadUrlRequest {
    /// Reads and checks a `POST /document/{documentId}/directUpload` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetDirectUploadUrlRequest {
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
/// Reads a `POST /document/{documentId}/directUpload` request and hands it to [`DocumentUploadApi::get_direct_upload_url`].
pub async fn handle_get_direct_upload_url<S: DocumentUploadApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getDirectUploadUrl",
        path: "/document/{documentId}/directUpload",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetDirectUploadUrlRequest::read,
            |request| service.get_direct_upload_url(request),
        )
        .await
}
