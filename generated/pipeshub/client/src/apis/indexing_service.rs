//! Operations of the `Indexing Service` API.
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
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    pub fn indexing_service_health(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::IndexingServiceHealthResponse,
        IndexingServiceHealthError,
    > {
        const OPERATION: Operation = Operation {
            id: "indexingServiceHealth",
            method: "GET",
            path: "/indexing/health",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8091",
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
                    .request(&OPERATION, ::reqwest::Method::GET, "/indexing/health");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                500 => {
                    Err(Error::Status(IndexingServiceHealthError::InternalServerError))
                }
                _ => {
                    Err(
                        Error::Status(
                            IndexingServiceHealthError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::indexing_service_health`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum IndexingServiceHealthError {
    /// Status `500`: Service is unhealthy
    InternalServerError,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for IndexingServiceHealthError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::InternalServerError => (500, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "indexingServiceHealth", status, message)
    }
}
impl ::std::error::Error for IndexingServiceHealthError {}
