//! The `Indexing Service` API.
//!
//! ## Indexing Service (Internal)
//!
//! **⚠️ INTERNAL SERVICE - NOT for direct external API access**
//!
//! **Port:** 8091 | **Base URL:** `http://localhost:8091`
//!
//! Handles document processing and embedding generation:
//! - Document parsing (PDF, DOCX, images, etc.)
//! - Text chunking and embedding generation
//! - Vector storage in Qdrant
//! - Graph indexing in ArangoDB
//!
//! **Authentication:** Internal only (Kafka consumer)
//!
//! **Key Endpoints:**
//! - `GET /health` - Health check (no auth)
//!
//! **Note:** This service primarily consumes Kafka messages for indexing tasks.
//! It listens to the `record-events` topic for new, update, delete, and reindex events.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// ## Indexing Service (Internal)
///
/// **⚠️ INTERNAL SERVICE - NOT for direct external API access**
///
/// **Port:** 8091 | **Base URL:** `http://localhost:8091`
///
/// Handles document processing and embedding generation:
/// - Document parsing (PDF, DOCX, images, etc.)
/// - Text chunking and embedding generation
/// - Vector storage in Qdrant
/// - Graph indexing in ArangoDB
///
/// **Authentication:** Internal only (Kafka consumer)
///
/// **Key Endpoints:**
/// - `GET /health` - Health check (no auth)
///
/// **Note:** This service primarily consumes Kafka messages for indexing tasks.
/// It listens to the `record-events` topic for new, update, delete, and reindex events.
pub trait IndexingServiceApi: Clone + Send + Sync + 'static {
    /// \[Indexing Service\] Health check
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Health check endpoint for the Indexing Service (Python FastAPI).<br><br>
    ///
    /// <b>Service:</b> Indexing Service<br>
    /// <b>Port:</b> 8091<br>
    /// <b>Base URL:</b> <code><http://localhost:8091></code><br><br>
    ///
    /// <b>Authentication:</b> None required for health check<br><br>
    ///
    /// <b>Note:</b> This is an internal service. It processes Kafka messages
    /// for document indexing and does not expose user-facing endpoints.
    /// Health check also verifies Connector Service connectivity.
    ///
    /// `GET /indexing/health` (operation `indexingServiceHealth`)
    fn indexing_service_health(
        &self,
        request: IndexingServiceHealthRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<IndexingServiceHealthResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(indexing_service::routes().merge(...), service)`.
pub fn routes<S: IndexingServiceApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/indexing/health",
            axum::routing::get(
                crate::apis::indexing_service::handle_indexing_service_health::<S>,
            ),
        )
}

/// What a `GET /indexing/health` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexingServiceHealthRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /indexing/health` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum IndexingServiceHealthResponse {
    /// Status `200`: Service is healthy
    Ok(crate::models::IndexingServiceHealthResponse),
    /// Status `500`: Service is unhealthy
    InternalServerError,
}
impl IntoResponse for IndexingServiceHealthResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::InternalServerError => runtime::empty(runtime::status(500)),
        }
    }
}
impl IndexingServiceHealthRequest {
    /// Reads and checks a `GET /indexing/health` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(IndexingServiceHealthRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /indexing/health` request and hands it to [`IndexingServiceApi::indexing_service_health`].
pub async fn handle_indexing_service_health<S: IndexingServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "indexingServiceHealth",
        path: "/indexing/health",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            IndexingServiceHealthRequest::read,
            |request| service.indexing_service_health(request),
        )
        .await
}
