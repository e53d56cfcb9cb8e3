//! Operations of the `Document Buffer` API.
//!
//! Document buffer read/write operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `document_id`: path parameter `documentId`. Document ID (24-character MongoDB ObjectId)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetDocumentBufferParams`\]).
    pub fn get_document_buffer<'a>(
        &'a self,
        document_id: &'a str,
    ) -> Call<
        'a,
        GetDocumentBufferParams<'a>,
        ::std::vec::Vec<u8>,
        GetDocumentBufferError,
    > {
        const OPERATION: Operation = Operation {
            id: "getDocumentBuffer",
            method: "GET",
            path: "/document/{documentId}/buffer",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetDocumentBufferParams {
                document_id,
                version: None,
            },
            |client, params| {
                let GetDocumentBufferParams { document_id, version } = params;
                let path = format!(
                    "/document/{}/buffer",
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
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.body.clone();
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetDocumentBufferError::BadRequest)),
                401 => Err(Error::Status(GetDocumentBufferError::Unauthorized)),
                404 => Err(Error::Status(GetDocumentBufferError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetDocumentBufferError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
    /// [`Client::get_document_buffer`], with the body of a successful response streamed as it arrives instead of read into memory first.
    #[allow(clippy::match_single_binding)]
    pub fn get_document_buffer_stream<'a>(
        &'a self,
        document_id: &'a str,
    ) -> Call<
        'a,
        GetDocumentBufferParams<'a>,
        crate::runtime::ByteStream,
        GetDocumentBufferError,
    > {
        self.get_document_buffer(document_id)
            .streamed(|received| match received.status.as_u16() {
                400 => Err(Error::Status(GetDocumentBufferError::BadRequest)),
                401 => Err(Error::Status(GetDocumentBufferError::Unauthorized)),
                404 => Err(Error::Status(GetDocumentBufferError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetDocumentBufferError::Unknown(received.unexpected()),
                        ),
                    )
                }
            })
    }
}
/// The parameters of [`Client::get_document_buffer`], kept in its [`Call`] until it is awaited.
pub struct GetDocumentBufferParams<'a> {
    document_id: &'a str,
    version: ::std::option::Option<i64>,
}
impl<'a, T, E> Call<'a, GetDocumentBufferParams<'a>, T, E> {
    /// * `version`: query parameter `version`. Version number to retrieve (0-indexed)
    pub fn version(mut self, version: i64) -> Self {
        self.params.version = Some(version);
        self
    }
}
/// Error responses of [`Client::get_document_buffer`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetDocumentBufferError {
    /// Status `400`: Invalid version number
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: Document not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetDocumentBufferError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getDocumentBuffer", status, message)
    }
}
impl ::std::error::Error for GetDocumentBufferError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `document_id`: path parameter `documentId`. Document ID (24-character MongoDB ObjectId)
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of \[`UpdateDocumentBufferForm`\]. Request payload
    pub fn update_document_buffer<'a>(
        &'a self,
        document_id: &'a str,
        body: UpdateDocumentBufferForm,
    ) -> Call<
        'a,
        UpdateDocumentBufferParams<'a>,
        crate::models::UpdateDocumentBufferResponse,
        UpdateDocumentBufferError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateDocumentBuffer",
            method: "PUT",
            path: "/document/{documentId}/buffer",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateDocumentBufferParams {
                document_id,
                body,
            },
            |client, params| {
                let UpdateDocumentBufferParams { document_id, body } = params;
                let path = format!(
                    "/document/{}/buffer",
                    crate::runtime::path_param(
                        "documentId",
                        document_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, &path);
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
                400 => Err(Error::Status(UpdateDocumentBufferError::BadRequest)),
                401 => Err(Error::Status(UpdateDocumentBufferError::Unauthorized)),
                404 => Err(Error::Status(UpdateDocumentBufferError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateDocumentBufferError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_document_buffer`], kept in its [`Call`] until it is awaited.
pub struct UpdateDocumentBufferParams<'a> {
    document_id: &'a str,
    body: UpdateDocumentBufferForm,
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
    /// The `multipart/form-data` form of these parts; fails when a file's media type is
    /// not a valid one.
    pub fn into_form(
        self,
    ) -> ::std::result::Result<::reqwest::multipart::Form, ::reqwest::Error> {
        let mut form = ::reqwest::multipart::Form::new();
        let value = self.file;
        form = crate::runtime::file_part(form, "file", value)?;
        Ok(form)
    }
}
/// Error responses of [`Client::update_document_buffer`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateDocumentBufferError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateDocumentBufferError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateDocumentBuffer", status, message)
    }
}
impl ::std::error::Error for UpdateDocumentBufferError {}
