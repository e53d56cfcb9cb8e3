//! The `Docling Service` API.
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
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// ## Docling Service (Internal)
///
/// **⚠️ INTERNAL SERVICE - NOT for direct external API access**
///
/// **Port:** 8081 | **Base URL:** `http://localhost:8081`
///
/// Provides advanced document parsing capabilities:
/// - PDF parsing with layout analysis
/// - OCR for scanned documents
/// - Table extraction
/// - Image analysis
///
/// **Authentication:** Internal only (called by Indexing Service)
///
/// **Key Endpoints:**
/// - `GET /health` - Health check (no auth)
/// - `POST /process-pdf` - Full PDF processing
/// - `POST /parse-pdf` - Parse PDF without block creation (Phase 1)
/// - `POST /create-blocks` - Create blocks from parse result (Phase 2)
pub trait DoclingServiceApi: Clone + Send + Sync + 'static {
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
    fn docling_service_health(
        &self,
        request: DoclingServiceHealthRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DoclingServiceHealthResponse>,
    > + Send;
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
    fn docling_process_pdf(
        &self,
        request: DoclingProcessPdfRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DoclingProcessPdfResponse>,
    > + Send;
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
    fn docling_parse_pdf(
        &self,
        request: DoclingParsePdfRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DoclingParsePdfResponse>,
    > + Send;
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
    fn docling_create_blocks(
        &self,
        request: DoclingCreateBlocksRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DoclingCreateBlocksResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(docling_service::routes().merge(...), service)`.
pub fn routes<S: DoclingServiceApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/docling/create-blocks",
            axum::routing::post(
                crate::apis::docling_service::handle_docling_create_blocks::<S>,
            ),
        );
    let routes = routes
        .route(
            "/docling/health",
            axum::routing::get(
                crate::apis::docling_service::handle_docling_service_health::<S>,
            ),
        );
    let routes = routes
        .route(
            "/docling/parse-pdf",
            axum::routing::post(
                crate::apis::docling_service::handle_docling_parse_pdf::<S>,
            ),
        );
    routes
        .route(
            "/docling/process-pdf",
            axum::routing::post(
                crate::apis::docling_service::handle_docling_process_pdf::<S>,
            ),
        )
}

/// What a `GET /docling/health` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DoclingServiceHealthRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /docling/health` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DoclingServiceHealthResponse {
    /// Status `200`: Service is healthy
    Ok(crate::models::DoclingServiceHealthResponse),
    /// Status `503`: Service is unhealthy or not initialized
    ServiceUnavailable,
}
impl IntoResponse for DoclingServiceHealthResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::ServiceUnavailable => runtime::empty(runtime::status(503)),
        }
    }
}
impl DoclingServiceHealthRequest {
    /// Reads and checks a `GET /docling/health` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DoclingServiceHealthRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /docling/health` request and hands it to [`DoclingServiceApi::docling_service_health`].
pub async fn handle_docling_service_health<S: DoclingServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "doclingServiceHealth",
        path: "/docling/health",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DoclingServiceHealthRequest::read,
            |request| service.docling_service_health(request),
        )
        .await
}

/// What a `POST /docling/process-pdf` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DoclingProcessPdfRequest {
    /// The request body (`application/json`).
    pub body: crate::models::DoclingProcessPdfBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /docling/process-pdf` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DoclingProcessPdfResponse {
    /// Status `200`: PDF processed successfully
    Ok(crate::models::DoclingProcessPdfResponse),
    /// Status `400`: Invalid base64 PDF data
    BadRequest,
    /// Status `500`: Processing failed or service not available
    InternalServerError,
    /// Status `504`: Processing timed out
    GatewayTimeout,
}
impl IntoResponse for DoclingProcessPdfResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::InternalServerError => runtime::empty(runtime::status(500)),
            Self::GatewayTimeout => runtime::empty(runtime::status(504)),
        }
    }
}
impl DoclingProcessPdfRequest {
    /// Reads and checks a `POST /docling/process-pdf` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DoclingProcessPdfRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /docling/process-pdf` request and hands it to [`DoclingServiceApi::docling_process_pdf`].
pub async fn handle_docling_process_pdf<S: DoclingServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "doclingProcessPdf",
        path: "/docling/process-pdf",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DoclingProcessPdfRequest::read,
            |request| service.docling_process_pdf(request),
        )
        .await
}

/// What a `POST /docling/parse-pdf` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DoclingParsePdfRequest {
    /// The request body (`application/json`).
    pub body: crate::models::DoclingParsePdfBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /docling/parse-pdf` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DoclingParsePdfResponse {
    /// Status `200`: PDF parsed successfully
    Ok(crate::models::DoclingParsePdfResponse),
    /// Status `400`: Invalid base64 PDF data
    BadRequest,
    /// Status `500`: Parsing failed
    InternalServerError,
}
impl IntoResponse for DoclingParsePdfResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::InternalServerError => runtime::empty(runtime::status(500)),
        }
    }
}
impl DoclingParsePdfRequest {
    /// Reads and checks a `POST /docling/parse-pdf` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DoclingParsePdfRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /docling/parse-pdf` request and hands it to [`DoclingServiceApi::docling_parse_pdf`].
pub async fn handle_docling_parse_pdf<S: DoclingServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "doclingParsePdf",
        path: "/docling/parse-pdf",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DoclingParsePdfRequest::read,
            |request| service.docling_parse_pdf(request),
        )
        .await
}

/// What a `POST /docling/create-blocks` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DoclingCreateBlocksRequest {
    /// The request body (`application/json`).
    pub body: crate::models::DoclingCreateBlocksBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /docling/create-blocks` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DoclingCreateBlocksResponse {
    /// Status `200`: Blocks created successfully
    Ok(crate::models::DoclingCreateBlocksResponse),
    /// Status `400`: Invalid parse_result data
    BadRequest,
    /// Status `500`: Block creation failed
    InternalServerError,
}
impl IntoResponse for DoclingCreateBlocksResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::InternalServerError => runtime::empty(runtime::status(500)),
        }
    }
}
impl DoclingCreateBlocksRequest {
    /// Reads and checks a `POST /docling/create-blocks` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DoclingCreateBlocksRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /docling/create-blocks` request and hands it to [`DoclingServiceApi::docling_create_blocks`].
pub async fn handle_docling_create_blocks<S: DoclingServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "doclingCreateBlocks",
        path: "/docling/create-blocks",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DoclingCreateBlocksRequest::read,
            |request| service.docling_create_blocks(request),
        )
        .await
}
