//! Operations of the `Query Service` API.
//!
//! ## Query Service (Internal)
//!
//! **⚠️ INTERNAL SERVICE - NOT for direct external API access**
//!
//! **Port:** 8000 | **Base URL:** `http://localhost:8000`
//!
//! Handles AI-powered search and retrieval:
//! - Semantic/vector search across indexed documents
//! - RAG (Retrieval-Augmented Generation) for conversational AI
//! - LLM integration via LiteLLM for multiple providers
//! - AI Agent execution
//!
//! **Authentication:** Requires scoped service token (except health checks)
//!
//! **Key Endpoints:**
//! - `GET /health` - Health check (no auth)
//! - `POST /api/v1/search` - Semantic search
//! - `POST /api/v1/chat` - Chat with knowledge base
//! - `POST /api/v1/chat/stream` - Streaming chat
//! - `POST /api/v1/agent-chat` - Agent-based chat
//! - `POST /api/v1/llm-health-check` - LLM model validation
//! - `POST /api/v1/embedding-health-check` - Embedding model validation
//! - `POST /api/v1/health-check/{model_type}` - Generic model health check
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// \[Query Service\] Health check
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Health check endpoint for the Query Service (Python FastAPI).<br><br>
    ///
    /// <b>Service:</b> Query Service<br>
    /// <b>Port:</b> 8000<br>
    /// <b>Base URL:</b> <code><http://localhost:8000></code><br><br>
    ///
    /// <b>Authentication:</b> None required for health check<br><br>
    ///
    /// <b>Note:</b> This is an internal service health endpoint. It also verifies
    /// connectivity to the Connector Service as a dependency check.
    ///
    /// `GET /query/health` (operation `queryServiceHealth`)
    pub fn query_service_health(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::QueryServiceHealthResponse,
        QueryServiceHealthError,
    > {
        const OPERATION: Operation = Operation {
            id: "queryServiceHealth",
            method: "GET",
            path: "/query/health",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8000",
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
                    .request(&OPERATION, ::reqwest::Method::GET, "/query/health");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                500 => {
                    Err(
                        received
                            .error_json(
                                QueryServiceHealthError::InternalServerError,
                                QueryServiceHealthError::Unknown,
                            ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(
                            QueryServiceHealthError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::query_service_health`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum QueryServiceHealthError {
    /// Status `500`: Service is unhealthy or dependency check failed
    InternalServerError(crate::models::QueryServiceHealthResponse500),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for QueryServiceHealthError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "queryServiceHealth", status, message)
    }
}
impl ::std::error::Error for QueryServiceHealthError {}

impl Client {
    /// \[Query Service\] Semantic search
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Perform semantic search across indexed documents using vector embeddings.<br><br>
    ///
    /// <b>Service:</b> Query Service<br>
    /// <b>Port:</b> 8000<br>
    /// <b>Base URL:</b> <code><http://localhost:8000></code><br><br>
    ///
    /// <b>Authentication:</b> Requires user JWT token (proxied from main API) or scoped service token<br><br>
    ///
    /// <b>How It Works:</b><br>
    /// <ol>
    /// <li>Query is transformed and expanded using LLM</li>
    /// <li>Embeddings are generated for search queries</li>
    /// <li>Vector similarity search in Qdrant</li>
    /// <li>Results filtered by user permissions</li>
    /// <li>Optional knowledge base filtering</li>
    /// </ol>
    ///
    /// `POST /query/api/v1/search` (operation `queryServiceSearch`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn query_service_search<'a>(
        &'a self,
        body: &'a crate::models::QueryServiceSearchBody,
    ) -> Call<
        'a,
        QueryServiceSearchParams<'a>,
        crate::models::QueryServiceSearchResponse,
        QueryServiceSearchError,
    > {
        const OPERATION: Operation = Operation {
            id: "queryServiceSearch",
            method: "POST",
            path: "/query/api/v1/search",
            idempotent: false,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8000",
                    variables: &[],
                },
            ],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            QueryServiceSearchParams { body },
            |client, params| {
                let QueryServiceSearchParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/query/api/v1/search",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(QueryServiceSearchError::Unauthorized)),
                403 => Err(Error::Status(QueryServiceSearchError::Forbidden)),
                500 => Err(Error::Status(QueryServiceSearchError::InternalServerError)),
                _ => {
                    Err(
                        Error::Status(
                            QueryServiceSearchError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::query_service_search`], kept in its [`Call`] until it is awaited.
pub struct QueryServiceSearchParams<'a> {
    body: &'a crate::models::QueryServiceSearchBody,
}
/// Error responses of [`Client::query_service_search`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum QueryServiceSearchError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Access denied to specified knowledge bases
    Forbidden,
    /// Status `500`: Search failed
    InternalServerError,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for QueryServiceSearchError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::InternalServerError => (500, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "queryServiceSearch", status, message)
    }
}
impl ::std::error::Error for QueryServiceSearchError {}

impl Client {
    /// \[Query Service\] Chat with knowledge base
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Conversational AI endpoint with RAG (Retrieval-Augmented Generation).<br><br>
    ///
    /// <b>Service:</b> Query Service<br>
    /// <b>Port:</b> 8000<br>
    /// <b>Base URL:</b> <code><http://localhost:8000></code><br><br>
    ///
    /// <b>Authentication:</b> Requires user JWT token (proxied from main API) or scoped service token<br><br>
    ///
    /// <b>Features:</b><br>
    /// <ul>
    /// <li>Multi-turn conversation support</li>
    /// <li>Context from knowledge base</li>
    /// <li>Citation of source documents</li>
    /// <li>Multiple chat modes (quick, analysis, deep_research, creative, precise)</li>
    /// <li>Multi-model support (OpenAI, Anthropic, Ollama, etc.)</li>
    /// </ul>
    ///
    /// `POST /query/api/v1/chat` (operation `queryServiceChat`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn query_service_chat<'a>(
        &'a self,
        body: &'a crate::models::QueryServiceChatBody,
    ) -> Call<'a, QueryServiceChatParams<'a>, (), QueryServiceChatError> {
        const OPERATION: Operation = Operation {
            id: "queryServiceChat",
            method: "POST",
            path: "/query/api/v1/chat",
            idempotent: false,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8000",
                    variables: &[],
                },
            ],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            QueryServiceChatParams { body },
            |client, params| {
                let QueryServiceChatParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/query/api/v1/chat");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                401 => Err(Error::Status(QueryServiceChatError::Unauthorized)),
                500 => Err(Error::Status(QueryServiceChatError::InternalServerError)),
                _ => {
                    Err(
                        Error::Status(
                            QueryServiceChatError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::query_service_chat`], kept in its [`Call`] until it is awaited.
pub struct QueryServiceChatParams<'a> {
    body: &'a crate::models::QueryServiceChatBody,
}
/// Error responses of [`Client::query_service_chat`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum QueryServiceChatError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `500`: Chat failed
    InternalServerError,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for QueryServiceChatError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::InternalServerError => (500, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "queryServiceChat", status, message)
    }
}
impl ::std::error::Error for QueryServiceChatError {}

impl Client {
    /// \[Query Service\] Streaming chat with knowledge base
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Streaming conversational AI endpoint with real-time token delivery.<br><br>
    ///
    /// <b>Service:</b> Query Service<br>
    /// <b>Port:</b> 8000<br>
    /// <b>Base URL:</b> <code><http://localhost:8000></code><br><br>
    ///
    /// <b>Authentication:</b> Requires user JWT token (proxied from main API) or scoped service token<br><br>
    ///
    /// <b>SSE Events:</b><br>
    /// <ul>
    /// <li><code>status</code>: Processing status updates</li>
    /// <li><code>chunk</code>: Token/text chunks</li>
    /// <li><code>citations</code>: Source citations</li>
    /// <li><code>done</code>: Stream complete</li>
    /// <li><code>error</code>: Error occurred</li>
    /// </ul>
    ///
    /// `POST /query/api/v1/chat/stream` (operation `queryServiceChatStream`)
    pub fn query_service_chat_stream(
        &self,
    ) -> Call<'_, (), ::std::vec::Vec<u8>, QueryServiceChatStreamError> {
        const OPERATION: Operation = Operation {
            id: "queryServiceChatStream",
            method: "POST",
            path: "/query/api/v1/chat/stream",
            idempotent: false,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8000",
                    variables: &[],
                },
            ],
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
                        ::reqwest::Method::POST,
                        "/query/api/v1/chat/stream",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.body.clone();
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(QueryServiceChatStreamError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            QueryServiceChatStreamError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
    /// [`Client::query_service_chat_stream`], with the body of a successful response streamed as it arrives instead of read into memory first.
    #[allow(clippy::match_single_binding)]
    pub fn query_service_chat_stream_stream(
        &self,
    ) -> Call<'_, (), crate::runtime::ByteStream, QueryServiceChatStreamError> {
        self.query_service_chat_stream()
            .streamed(|received| match received.status.as_u16() {
                401 => Err(Error::Status(QueryServiceChatStreamError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            QueryServiceChatStreamError::Unknown(received.unexpected()),
                        ),
                    )
                }
            })
    }
}
/// Error responses of [`Client::query_service_chat_stream`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum QueryServiceChatStreamError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for QueryServiceChatStreamError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "queryServiceChatStream", status, message)
    }
}
impl ::std::error::Error for QueryServiceChatStreamError {}

impl Client {
    /// \[Query Service\] AI model health check
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Validate LLM or embedding model configuration.<br><br>
    ///
    /// <b>Service:</b> Query Service<br>
    /// <b>Port:</b> 8000<br>
    /// <b>Base URL:</b> <code><http://localhost:8000></code><br><br>
    ///
    /// <b>Authentication:</b> Requires scoped service token<br><br>
    ///
    /// <b>Model Types:</b>
    /// <ul>
    /// <li><code>llm</code> - Test LLM configuration (text generation)</li>
    /// <li><code>embedding</code> - Test embedding model configuration</li>
    /// </ul>
    ///
    /// `POST /query/api/v1/health-check/{model_type}` (operation `queryServiceHealthCheck`)
    ///
    /// # Arguments
    ///
    /// * `model_type`: path parameter `model_type`. Type of model to health check
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn query_service_health_check<'a>(
        &'a self,
        model_type: &'a crate::models::QueryServiceHealthCheckModelType,
        body: &'a crate::models::QueryServiceHealthCheckBody,
    ) -> Call<
        'a,
        QueryServiceHealthCheckParams<'a>,
        crate::models::QueryServiceHealthCheckResponse,
        QueryServiceHealthCheckError,
    > {
        const OPERATION: Operation = Operation {
            id: "queryServiceHealthCheck",
            method: "POST",
            path: "/query/api/v1/health-check/{model_type}",
            idempotent: false,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8000",
                    variables: &[],
                },
            ],
            security: &[&["scopedToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            QueryServiceHealthCheckParams {
                model_type,
                body,
            },
            |client, params| {
                let QueryServiceHealthCheckParams { model_type, body } = params;
                let path = format!(
                    "/query/api/v1/health-check/{}",
                    crate::runtime::path_param(
                        "model_type",
                        model_type,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                500 => {
                    Err(
                        received
                            .error_json(
                                QueryServiceHealthCheckError::InternalServerError,
                                QueryServiceHealthCheckError::Unknown,
                            ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(
                            QueryServiceHealthCheckError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::query_service_health_check`], kept in its [`Call`] until it is awaited.
pub struct QueryServiceHealthCheckParams<'a> {
    model_type: &'a crate::models::QueryServiceHealthCheckModelType,
    body: &'a crate::models::QueryServiceHealthCheckBody,
}
/// Error responses of [`Client::query_service_health_check`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum QueryServiceHealthCheckError {
    /// Status `500`: Model health check failed
    InternalServerError(crate::models::QueryServiceHealthCheckResponse500),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for QueryServiceHealthCheckError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "queryServiceHealthCheck", status, message)
    }
}
impl ::std::error::Error for QueryServiceHealthCheckError {}

impl Client {
    /// \[Query Service\] List available agent tools
    ///
    /// Retrieve all available tools that can be used by AI agents.<br><br>
    ///
    /// <b>Service:</b> Query Service<br>
    /// <b>Port:</b> 8000<br>
    /// <b>Base URL:</b> <code><http://localhost:8000></code><br><br>
    ///
    /// <b>Overview:</b><br>
    /// Returns a list of tools registered in the system, including their parameters,
    /// descriptions, and tags. Tools are loaded from ArangoDB.<br><br>
    ///
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Agent configuration UI - show available tools to assign to agents</li>
    /// <li>Tool discovery for building custom agent workflows</li>
    /// </ul>
    ///
    /// `GET /query/api/v1/tools` (operation `queryListTools`)
    pub fn query_list_tools(
        &self,
    ) -> Call<
        '_,
        (),
        ::std::vec::Vec<crate::models::QueryListToolsResponseItem>,
        QueryListToolsError,
    > {
        const OPERATION: Operation = Operation {
            id: "queryListTools",
            method: "GET",
            path: "/query/api/v1/tools",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8000",
                    variables: &[],
                },
            ],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/query/api/v1/tools");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(QueryListToolsError::Unauthorized)),
                500 => Err(Error::Status(QueryListToolsError::InternalServerError)),
                _ => {
                    Err(
                        Error::Status(
                            QueryListToolsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::query_list_tools`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum QueryListToolsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `500`: Failed to retrieve tools from database
    InternalServerError,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for QueryListToolsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::InternalServerError => (500, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "queryListTools", status, message)
    }
}
impl ::std::error::Error for QueryListToolsError {}
