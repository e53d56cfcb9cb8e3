//! Operations of the `Docling Service` API.
//!
//! ## Docling Service (Internal)
//!
//! **⚠️ INTERNAL SERVICE - NOT for direct external API access**
//!
//! **Port:** 8081 | **Base URL:** `http://localhost:8081`
//!
//! Provides advanced document parsing capabilities:
//! - PDF parsing with layout analysis
//! - OCR for scanned documents
//! - Table extraction
//! - Image analysis
//!
//! **Authentication:** Internal only (called by Indexing Service)
//!
//! **Key Endpoints:**
//! - `GET /health` - Health check (no auth)
//! - `POST /process-pdf` - Full PDF processing
//! - `POST /parse-pdf` - Parse PDF without block creation (Phase 1)
//! - `POST /create-blocks` - Create blocks from parse result (Phase 2)
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// \[Docling Service\] Health check
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Health check endpoint for the Docling Service (Python FastAPI).<br><br>
    ///
    /// <b>Service:</b> Docling Service<br>
    /// <b>Port:</b> 8081<br>
    /// <b>Base URL:</b> <code><http://localhost:8081></code><br><br>
    ///
    /// <b>Authentication:</b> None required for health check<br><br>
    ///
    /// <b>Note:</b> This is an internal service used by the Indexing Service
    /// for advanced document parsing. No user-facing endpoints.
    ///
    /// `GET /docling/health` (operation `doclingServiceHealth`)
    pub fn docling_service_health(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::DoclingServiceHealthResponse,
        DoclingServiceHealthError,
    > {
        const OPERATION: Operation = Operation {
            id: "doclingServiceHealth",
            method: "GET",
            path: "/docling/health",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8081",
                    variables: &[],
                },
            ],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/docling/health");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                503 => Err(Error::Status(DoclingServiceHealthError::ServiceUnavailable)),
                _ => {
                    Err(
                        Error::Status(
                            DoclingServiceHealthError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::docling_service_health`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DoclingServiceHealthError {
    /// Status `503`: Service is unhealthy or not initialized
    ServiceUnavailable,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DoclingServiceHealthError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::ServiceUnavailable => (503, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "doclingServiceHealth", status, message)
    }
}
impl ::std::error::Error for DoclingServiceHealthError {}

impl Client {
    /// \[Docling Service\] Process PDF document
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Full PDF processing endpoint - parses PDF and creates content blocks.<br><br>
    ///
    /// <b>Service:</b> Docling Service<br>
    /// <b>Port:</b> 8081<br>
    /// <b>Base URL:</b> <code><http://localhost:8081></code><br><br>
    ///
    /// <b>Authentication:</b> Internal only - called by Indexing Service<br><br>
    ///
    /// <b>Processing Steps:</b>
    /// <ol>
    /// <li>Decode base64 PDF binary</li>
    /// <li>Parse document structure using Docling library</li>
    /// <li>Extract text, tables, and images</li>
    /// <li>Create content blocks for indexing</li>
    /// </ol>
    ///
    /// <b>Timeout:</b> 40 minutes (for large documents)
    ///
    /// `POST /docling/process-pdf` (operation `doclingProcessPdf`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn docling_process_pdf<'a>(
        &'a self,
        body: &'a crate::models::DoclingProcessPdfBody,
    ) -> Call<
        'a,
        DoclingProcessPdfParams<'a>,
        crate::models::DoclingProcessPdfResponse,
        DoclingProcessPdfError,
    > {
        const OPERATION: Operation = Operation {
            id: "doclingProcessPdf",
            method: "POST",
            path: "/docling/process-pdf",
            idempotent: false,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8081",
                    variables: &[],
                },
            ],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            DoclingProcessPdfParams { body },
            |client, params| {
                let DoclingProcessPdfParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/docling/process-pdf",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(DoclingProcessPdfError::BadRequest)),
                500 => Err(Error::Status(DoclingProcessPdfError::InternalServerError)),
                504 => Err(Error::Status(DoclingProcessPdfError::GatewayTimeout)),
                _ => {
                    Err(
                        Error::Status(
                            DoclingProcessPdfError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::docling_process_pdf`], kept in its [`Call`] until it is awaited.
pub struct DoclingProcessPdfParams<'a> {
    body: &'a crate::models::DoclingProcessPdfBody,
}
/// Error responses of [`Client::docling_process_pdf`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DoclingProcessPdfError {
    /// Status `400`: Invalid base64 PDF data
    BadRequest,
    /// Status `500`: Processing failed or service not available
    InternalServerError,
    /// Status `504`: Processing timed out
    GatewayTimeout,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DoclingProcessPdfError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::InternalServerError => (500, None),
            Self::GatewayTimeout => (504, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "doclingProcessPdf", status, message)
    }
}
impl ::std::error::Error for DoclingProcessPdfError {}

impl Client {
    /// \[Docling Service\] Parse PDF (Phase 1)
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Phase 1 of two-phase PDF processing - parse PDF without block creation.<br><br>
    ///
    /// <b>Service:</b> Docling Service<br>
    /// <b>Port:</b> 8081<br>
    /// <b>Base URL:</b> <code><http://localhost:8081></code><br><br>
    ///
    /// <b>Authentication:</b> Internal only - called by Indexing Service<br><br>
    ///
    /// <b>Note:</b> This endpoint only parses the PDF structure without making
    /// LLM calls for table processing. Use <code>/create-blocks</code> for Phase 2.
    ///
    /// `POST /docling/parse-pdf` (operation `doclingParsePdf`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn docling_parse_pdf<'a>(
        &'a self,
        body: &'a crate::models::DoclingParsePdfBody,
    ) -> Call<
        'a,
        DoclingParsePdfParams<'a>,
        crate::models::DoclingParsePdfResponse,
        DoclingParsePdfError,
    > {
        const OPERATION: Operation = Operation {
            id: "doclingParsePdf",
            method: "POST",
            path: "/docling/parse-pdf",
            idempotent: false,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8081",
                    variables: &[],
                },
            ],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            DoclingParsePdfParams { body },
            |client, params| {
                let DoclingParsePdfParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/docling/parse-pdf");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(DoclingParsePdfError::BadRequest)),
                500 => Err(Error::Status(DoclingParsePdfError::InternalServerError)),
                _ => {
                    Err(
                        Error::Status(
                            DoclingParsePdfError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::docling_parse_pdf`], kept in its [`Call`] until it is awaited.
pub struct DoclingParsePdfParams<'a> {
    body: &'a crate::models::DoclingParsePdfBody,
}
/// Error responses of [`Client::docling_parse_pdf`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DoclingParsePdfError {
    /// Status `400`: Invalid base64 PDF data
    BadRequest,
    /// Status `500`: Parsing failed
    InternalServerError,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DoclingParsePdfError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::InternalServerError => (500, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "doclingParsePdf", status, message)
    }
}
impl ::std::error::Error for DoclingParsePdfError {}

impl Client {
    /// \[Docling Service\] Create blocks from parse result (Phase 2)
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Phase 2 of two-phase PDF processing - create blocks from parse result.<br><br>
    ///
    /// <b>Service:</b> Docling Service<br>
    /// <b>Port:</b> 8081<br>
    /// <b>Base URL:</b> <code><http://localhost:8081></code><br><br>
    ///
    /// <b>Authentication:</b> Internal only - called by Indexing Service<br><br>
    ///
    /// <b>Note:</b> This endpoint creates content blocks from a previously parsed
    /// PDF document. It may involve LLM calls for table processing.
    ///
    /// `POST /docling/create-blocks` (operation `doclingCreateBlocks`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn docling_create_blocks<'a>(
        &'a self,
        body: &'a crate::models::DoclingCreateBlocksBody,
    ) -> Call<
        'a,
        DoclingCreateBlocksParams<'a>,
        crate::models::DoclingCreateBlocksResponse,
        DoclingCreateBlocksError,
    > {
        const OPERATION: Operation = Operation {
            id: "doclingCreateBlocks",
            method: "POST",
            path: "/docling/create-blocks",
            idempotent: false,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8081",
                    variables: &[],
                },
            ],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            DoclingCreateBlocksParams { body },
            |client, params| {
                let DoclingCreateBlocksParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/docling/create-blocks",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(DoclingCreateBlocksError::BadRequest)),
                500 => Err(Error::Status(DoclingCreateBlocksError::InternalServerError)),
                _ => {
                    Err(
                        Error::Status(
                            DoclingCreateBlocksError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::docling_create_blocks`], kept in its [`Call`] until it is awaited.
pub struct DoclingCreateBlocksParams<'a> {
    body: &'a crate::models::DoclingCreateBlocksBody,
}
/// Error responses of [`Client::docling_create_blocks`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DoclingCreateBlocksError {
    /// Status `400`: Invalid parse_result data
    BadRequest,
    /// Status `500`: Block creation failed
    InternalServerError,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DoclingCreateBlocksError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::InternalServerError => (500, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "doclingCreateBlocks", status, message)
    }
}
impl ::std::error::Error for DoclingCreateBlocksError {}
