//! The `Query Service` API.
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
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// ## Query Service (Internal)
///
/// **⚠️ INTERNAL SERVICE - NOT for direct external API access**
///
/// **Port:** 8000 | **Base URL:** `http://localhost:8000`
///
/// Handles AI-powered search and retrieval:
/// - Semantic/vector search across indexed documents
/// - RAG (Retrieval-Augmented Generation) for conversational AI
/// - LLM integration via LiteLLM for multiple providers
/// - AI Agent execution
///
/// **Authentication:** Requires scoped service token (except health checks)
///
/// **Key Endpoints:**
/// - `GET /health` - Health check (no auth)
/// - `POST /api/v1/search` - Semantic search
/// - `POST /api/v1/chat` - Chat with knowledge base
/// - `POST /api/v1/chat/stream` - Streaming chat
/// - `POST /api/v1/agent-chat` - Agent-based chat
/// - `POST /api/v1/llm-health-check` - LLM model validation
/// - `POST /api/v1/embedding-health-check` - Embedding model validation
/// - `POST /api/v1/health-check/{model_type}` - Generic model health check
pub trait QueryServiceApi: Clone + Send + Sync + 'static {
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
    fn query_service_health(
        &self,
        request: QueryServiceHealthRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<QueryServiceHealthResponse>,
    > + Send;
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
    fn query_service_search(
        &self,
        request: QueryServiceSearchRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<QueryServiceSearchResponse>,
    > + Send;
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
    fn query_service_chat(
        &self,
        request: QueryServiceChatRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<QueryServiceChatResponse>,
    > + Send;
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
    fn query_service_chat_stream(
        &self,
        request: QueryServiceChatStreamRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<QueryServiceChatStreamResponse>,
    > + Send;
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
    fn query_service_health_check(
        &self,
        request: QueryServiceHealthCheckRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<QueryServiceHealthCheckResponse>,
    > + Send;
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
    fn query_list_tools(
        &self,
        request: QueryListToolsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<QueryListToolsResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(query_service::routes().merge(...), service)`.
pub fn routes<S: QueryServiceApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/query/api/v1/chat",
            axum::routing::post(
                crate::apis::query_service::handle_query_service_chat::<S>,
            ),
        );
    let routes = routes
        .route(
            "/query/api/v1/chat/stream",
            axum::routing::post(
                crate::apis::query_service::handle_query_service_chat_stream::<S>,
            ),
        );
    let routes = routes
        .route(
            "/query/api/v1/health-check/{p0}",
            axum::routing::post(
                crate::apis::query_service::handle_query_service_health_check::<S>,
            ),
        );
    let routes = routes
        .route(
            "/query/api/v1/search",
            axum::routing::post(
                crate::apis::query_service::handle_query_service_search::<S>,
            ),
        );
    let routes = routes
        .route(
            "/query/api/v1/tools",
            axum::routing::get(crate::apis::query_service::handle_query_list_tools::<S>),
        );
    routes
        .route(
            "/query/health",
            axum::routing::get(
                crate::apis::query_service::handle_query_service_health::<S>,
            ),
        )
}

/// What a `GET /query/health` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryServiceHealthRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /query/health` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryServiceHealthResponse {
    /// Status `200`: Service is healthy
    Ok(crate::models::QueryServiceHealthResponse),
    /// Status `500`: Service is unhealthy or dependency check failed
    InternalServerError(crate::models::QueryServiceHealthResponse500),
}
impl IntoResponse for QueryServiceHealthResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl QueryServiceHealthRequest {
    /// Reads and checks a `GET /query/health` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(QueryServiceHealthRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /query/health` request and hands it to [`QueryServiceApi::query_service_health`].
pub async fn handle_query_service_health<S: QueryServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "queryServiceHealth",
        path: "/query/health",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            QueryServiceHealthRequest::read,
            |request| service.query_service_health(request),
        )
        .await
}

/// What a `POST /query/api/v1/search` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryServiceSearchRequest {
    /// The request body (`application/json`).
    pub body: crate::models::QueryServiceSearchBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /query/api/v1/search` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryServiceSearchResponse {
    /// Status `200`: Search results retrieved
    Ok(crate::models::QueryServiceSearchResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Access denied to specified knowledge bases
    Forbidden,
    /// Status `500`: Search failed
    InternalServerError,
}
impl IntoResponse for QueryServiceSearchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::InternalServerError => runtime::empty(runtime::status(500)),
        }
    }
}
impl QueryServiceSearchRequest {
    /// Reads and checks a `POST /query/api/v1/search` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(QueryServiceSearchRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /query/api/v1/search` request and hands it to [`QueryServiceApi::query_service_search`].
pub async fn handle_query_service_search<S: QueryServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "queryServiceSearch",
        path: "/query/api/v1/search",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            QueryServiceSearchRequest::read,
            |request| service.query_service_search(request),
        )
        .await
}

/// What a `POST /query/api/v1/chat` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryServiceChatRequest {
    /// The request body (`application/json`).
    pub body: crate::models::QueryServiceChatBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /query/api/v1/chat` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryServiceChatResponse {
    /// Status `200`: Chat response with citations
    Ok,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `500`: Chat failed
    InternalServerError,
}
impl IntoResponse for QueryServiceChatResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::InternalServerError => runtime::empty(runtime::status(500)),
        }
    }
}
impl QueryServiceChatRequest {
    /// Reads and checks a `POST /query/api/v1/chat` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(QueryServiceChatRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /query/api/v1/chat` request and hands it to [`QueryServiceApi::query_service_chat`].
pub async fn handle_query_service_chat<S: QueryServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "queryServiceChat",
        path: "/query/api/v1/chat",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            QueryServiceChatRequest::read,
            |request| service.query_service_chat(request),
        )
        .await
}

/// What a `POST /query/api/v1/chat/stream` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryServiceChatStreamRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /query/api/v1/chat/stream` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryServiceChatStreamResponse {
    /// Status `200`: Server-Sent Events stream
    Ok(::std::vec::Vec<u8>),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for QueryServiceChatStreamResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                runtime::content(runtime::status(200), "text/event-stream", body)
            }
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl QueryServiceChatStreamRequest {
    /// Reads and checks a `POST /query/api/v1/chat/stream` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(QueryServiceChatStreamRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /query/api/v1/chat/stream` request and hands it to [`QueryServiceApi::query_service_chat_stream`].
pub async fn handle_query_service_chat_stream<S: QueryServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "queryServiceChatStream",
        path: "/query/api/v1/chat/stream",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            QueryServiceChatStreamRequest::read,
            |request| service.query_service_chat_stream(request),
        )
        .await
}

/// What a `POST /query/api/v1/health-check/{model_type}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryServiceHealthCheckRequest {
    /// path parameter `model_type`.
    ///
    /// Type of model to health check
    pub model_type: crate::models::QueryServiceHealthCheckModelType,
    /// The request body (`application/json`).
    pub body: crate::models::QueryServiceHealthCheckBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /query/api/v1/health-check/{model_type}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryServiceHealthCheckResponse {
    /// Status `200`: Model is healthy
    Ok(crate::models::QueryServiceHealthCheckResponse),
    /// Status `500`: Model health check failed
    InternalServerError(crate::models::QueryServiceHealthCheckResponse500),
}
impl IntoResponse for QueryServiceHealthCheckResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl QueryServiceHealthCheckRequest {
    /// Reads and checks a `POST /query/api/v1/health-check/{model_type}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(QueryServiceHealthCheckRequest {
            model_type: runtime::path_param(path, "p0", "model_type")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /query/api/v1/health-check/{model_type}` request and hands it to [`QueryServiceApi::query_service_health_check`].
pub async fn handle_query_service_health_check<S: QueryServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "queryServiceHealthCheck",
        path: "/query/api/v1/health-check/{model_type}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            QueryServiceHealthCheckRequest::read,
            |request| service.query_service_health_check(request),
        )
        .await
}

/// What a `GET /query/api/v1/tools` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryListToolsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /query/api/v1/tools` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryListToolsResponse {
    /// Status `200`: Tools retrieved successfully
    Ok(::std::vec::Vec<crate::models::QueryListToolsResponseItem>),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `500`: Failed to retrieve tools from database
    InternalServerError,
}
impl IntoResponse for QueryListToolsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::InternalServerError => runtime::empty(runtime::status(500)),
        }
    }
}
impl QueryListToolsRequest {
    /// Reads and checks a `GET /query/api/v1/tools` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(QueryListToolsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /query/api/v1/tools` request and hands it to [`QueryServiceApi::query_list_tools`].
pub async fn handle_query_list_tools<S: QueryServiceApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "queryListTools",
        path: "/query/api/v1/tools",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            QueryListToolsRequest::read,
            |request| service.query_list_tools(request),
        )
        .await
}
