//! The `Agent Conversations` API.
//!
//! Conversations with custom AI agents including streaming and feedback
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Conversations with custom AI agents including streaming and feedback
pub trait AgentConversationsApi: Clone + Send + Sync + 'static {
    /// List agent conversations
    ///
    /// Get all conversations with a specific agent.<br><br>
    /// <b>Overview:</b><br>
    /// Returns conversations the user has had with this particular agent.
    /// Agent conversations maintain the agent's context and capabilities.
    ///
    /// `GET /agents/{agentKey}/conversations` (operation `listAgentConversations`)
    fn list_agent_conversations(
        &self,
        request: ListAgentConversationsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListAgentConversationsResponse>,
    > + Send;
    /// Create agent conversation
    ///
    /// Start a new conversation with an agent.<br><br>
    /// <b>Overview:</b><br>
    /// Creates a conversation using the agent's configuration including
    /// its system prompt, tools, and knowledge base access.
    ///
    /// `POST /agents/{agentKey}/conversations` (operation `createAgentConversation`)
    fn create_agent_conversation(
        &self,
        request: CreateAgentConversationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateAgentConversationResponse>,
    > + Send;
    /// Create agent conversation with streaming
    ///
    /// Start a new agent conversation with SSE streaming response.<br><br>
    /// <b>Overview:</b><br>
    /// Same as POST /agents/{agentKey}/conversations but with real-time streaming.
    ///
    /// `POST /agents/{agentKey}/conversations/stream` (operation `streamAgentConversation`)
    fn stream_agent_conversation(
        &self,
        request: StreamAgentConversationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<StreamAgentConversationResponse>,
    > + Send;
    /// Get agent conversation
    ///
    /// Retrieve a specific agent conversation by ID.
    ///
    /// `GET /agents/{agentKey}/conversations/{conversationId}` (operation `getAgentConversation`)
    fn get_agent_conversation(
        &self,
        request: GetAgentConversationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAgentConversationResponse>,
    > + Send;
    /// Delete agent conversation
    ///
    /// Delete a conversation with an agent.
    ///
    /// `DELETE /agents/{agentKey}/conversations/{conversationId}` (operation `deleteAgentConversation`)
    fn delete_agent_conversation(
        &self,
        request: DeleteAgentConversationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteAgentConversationResponse>,
    > + Send;
    /// Add message to agent conversation
    ///
    /// Add a follow-up message to an agent conversation.
    ///
    /// `POST /agents/{agentKey}/conversations/{conversationId}/messages` (operation `addAgentMessage`)
    fn add_agent_message(
        &self,
        request: AddAgentMessageRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<AddAgentMessageResponse>,
    > + Send;
    /// Add message with streaming
    ///
    /// Add a message to agent conversation with SSE streaming response.
    ///
    /// `POST /agents/{agentKey}/conversations/{conversationId}/messages/stream` (operation `streamAgentMessage`)
    fn stream_agent_message(
        &self,
        request: StreamAgentMessageRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<StreamAgentMessageResponse>,
    > + Send;
    /// Regenerate agent response
    ///
    /// Regenerate the agent's response for a specific message.<br><br>
    /// <b>Overview:</b><br>
    /// Similar to conversation regeneration but uses the agent's configuration.
    ///
    /// `POST /agents/{agentKey}/conversations/{conversationId}/message/{messageId}/regenerate` (operation `regenerateAgentAnswer`)
    fn regenerate_agent_answer(
        &self,
        request: RegenerateAgentAnswerRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RegenerateAgentAnswerResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(agent_conversations::routes().merge(...), service)`.
pub fn routes<S: AgentConversationsApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/agents/{p0}/conversations",
            axum::routing::get(
                    crate::apis::agent_conversations::handle_list_agent_conversations::<
                        S,
                    >,
                )
                .post(
                    crate::apis::agent_conversations::handle_create_agent_conversation::<
                        S,
                    >,
                ),
        );
    let routes = routes
        .route(
            "/agents/{p0}/conversations/stream",
            axum::routing::post(
                crate::apis::agent_conversations::handle_stream_agent_conversation::<S>,
            ),
        );
    let routes = routes
        .route(
            "/agents/{p0}/conversations/{p1}",
            axum::routing::get(
                    crate::apis::agent_conversations::handle_get_agent_conversation::<S>,
                )
                .delete(
                    crate::apis::agent_conversations::handle_delete_agent_conversation::<
                        S,
                    >,
                ),
        );
    let routes = routes
        .route(
            "/agents/{p0}/conversations/{p1}/message/{p2}/regenerate",
            axum::routing::post(
                crate::apis::agent_conversations::handle_regenerate_agent_answer::<S>,
            ),
        );
    let routes = routes
        .route(
            "/agents/{p0}/conversations/{p1}/messages",
            axum::routing::post(
                crate::apis::agent_conversations::handle_add_agent_message::<S>,
            ),
        );
    routes
        .route(
            "/agents/{p0}/conversations/{p1}/messages/stream",
            axum::routing::post(
                crate::apis::agent_conversations::handle_stream_agent_message::<S>,
            ),
        )
}

/// What a `GET /agents/{agentKey}/conversations` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListAgentConversationsRequest {
    /// path parameter `agentKey`.
    ///
    /// Agent identifier
    pub agent_key: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /agents/{agentKey}/conversations` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListAgentConversationsResponse {
    /// Status `200`: List of agent conversations
    Ok(::std::vec::Vec<crate::models::AgentConversation>),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
}
impl IntoResponse for ListAgentConversationsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ListAgentConversationsRequest {
    /// Reads and checks a `GET /agents/{agentKey}/conversations` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListAgentConversationsRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /agents/{agentKey}/conversations` request and hands it to [`AgentConversationsApi::list_agent_conversations`].
pub async fn handle_list_agent_conversations<S: AgentConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listAgentConversations",
        path: "/agents/{agentKey}/conversations",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListAgentConversationsRequest::read,
            |request| service.list_agent_conversations(request),
        )
        .await
}

/// What a `POST /agents/{agentKey}/conversations` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAgentConversationRequest {
    /// path parameter `agentKey`.
    pub agent_key: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::CreateConversationRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /agents/{agentKey}/conversations` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAgentConversationResponse {
    /// Status `201`: Agent conversation created
    Created(crate::models::AgentConversation),
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
}
impl IntoResponse for CreateAgentConversationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl CreateAgentConversationRequest {
    /// Reads and checks a `POST /agents/{agentKey}/conversations` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateAgentConversationRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /agents/{agentKey}/conversations` request and hands it to [`AgentConversationsApi::create_agent_conversation`].
pub async fn handle_create_agent_conversation<S: AgentConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createAgentConversation",
        path: "/agents/{agentKey}/conversations",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateAgentConversationRequest::read,
            |request| service.create_agent_conversation(request),
        )
        .await
}

/// What a `POST /agents/{agentKey}/conversations/stream` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamAgentConversationRequest {
    /// path parameter `agentKey`.
    pub agent_key: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::CreateConversationRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /agents/{agentKey}/conversations/stream` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum StreamAgentConversationResponse {
    /// Status `200`: SSE stream established
    Ok(::std::vec::Vec<u8>),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
}
impl IntoResponse for StreamAgentConversationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                runtime::content(runtime::status(200), "text/event-stream", body)
            }
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl StreamAgentConversationRequest {
    /// Reads and checks a `POST /agents/{agentKey}/conversations/stream` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(StreamAgentConversationRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /agents/{agentKey}/conversations/stream` request and hands it to [`AgentConversationsApi::stream_agent_conversation`].
pub async fn handle_stream_agent_conversation<S: AgentConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "streamAgentConversation",
        path: "/agents/{agentKey}/conversations/stream",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            StreamAgentConversationRequest::read,
            |request| service.stream_agent_conversation(request),
        )
        .await
}

/// What a `GET /agents/{agentKey}/conversations/{conversationId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAgentConversationRequest {
    /// path parameter `agentKey`.
    pub agent_key: ::std::string::String,
    /// path parameter `conversationId`.
    pub conversation_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /agents/{agentKey}/conversations/{conversationId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAgentConversationResponse {
    /// Status `200`: Agent conversation details
    Ok(crate::models::AgentConversation),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent or conversation not found
    NotFound,
}
impl IntoResponse for GetAgentConversationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetAgentConversationRequest {
    /// Reads and checks a `GET /agents/{agentKey}/conversations/{conversationId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAgentConversationRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            conversation_id: runtime::path_param(path, "p1", "conversationId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /agents/{agentKey}/conversations/{conversationId}` request and hands it to [`AgentConversationsApi::get_agent_conversation`].
pub async fn handle_get_agent_conversation<S: AgentConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAgentConversation",
        path: "/agents/{agentKey}/conversations/{conversationId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAgentConversationRequest::read,
            |request| service.get_agent_conversation(request),
        )
        .await
}

/// What a `DELETE /agents/{agentKey}/conversations/{conversationId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAgentConversationRequest {
    /// path parameter `agentKey`.
    pub agent_key: ::std::string::String,
    /// path parameter `conversationId`.
    pub conversation_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /agents/{agentKey}/conversations/{conversationId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAgentConversationResponse {
    /// Status `200`: Conversation deleted
    Ok,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent or conversation not found
    NotFound,
}
impl IntoResponse for DeleteAgentConversationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteAgentConversationRequest {
    /// Reads and checks a `DELETE /agents/{agentKey}/conversations/{conversationId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteAgentConversationRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            conversation_id: runtime::path_param(path, "p1", "conversationId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /agents/{agentKey}/conversations/{conversationId}` request and hands it to [`AgentConversationsApi::delete_agent_conversation`].
pub async fn handle_delete_agent_conversation<S: AgentConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteAgentConversation",
        path: "/agents/{agentKey}/conversations/{conversationId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteAgentConversationRequest::read,
            |request| service.delete_agent_conversation(request),
        )
        .await
}

/// What a `POST /agents/{agentKey}/conversations/{conversationId}/messages` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AddAgentMessageRequest {
    /// path parameter `agentKey`.
    pub agent_key: ::std::string::String,
    /// path parameter `conversationId`.
    pub conversation_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::AddMessageRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /agents/{agentKey}/conversations/{conversationId}/messages` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AddAgentMessageResponse {
    /// Status `200`: Message added
    Ok(crate::models::AgentConversation),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent or conversation not found
    NotFound,
}
impl IntoResponse for AddAgentMessageResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl AddAgentMessageRequest {
    /// Reads and checks a `POST /agents/{agentKey}/conversations/{conversationId}/messages` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(AddAgentMessageRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            conversation_id: runtime::path_param(path, "p1", "conversationId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /agents/{agentKey}/conversations/{conversationId}/messages` request and hands it to [`AgentConversationsApi::add_agent_message`].
pub async fn handle_add_agent_message<S: AgentConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "addAgentMessage",
        path: "/agents/{agentKey}/conversations/{conversationId}/messages",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AddAgentMessageRequest::read,
            |request| service.add_agent_message(request),
        )
        .await
}

/// What a `POST /agents/{agentKey}/conversations/{conversationId}/messages/stream` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamAgentMessageRequest {
    /// path parameter `agentKey`.
    pub agent_key: ::std::string::String,
    /// path parameter `conversationId`.
    pub conversation_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::AddMessageRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /agents/{agentKey}/conversations/{conversationId}/messages/stream` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum StreamAgentMessageResponse {
    /// Status `200`: SSE stream established
    Ok(::std::vec::Vec<u8>),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent or conversation not found
    NotFound,
}
impl IntoResponse for StreamAgentMessageResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                runtime::content(runtime::status(200), "text/event-stream", body)
            }
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl StreamAgentMessageRequest {
    /// Reads and checks a `POST /agents/{agentKey}/conversations/{conversationId}/messages/stream` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(StreamAgentMessageRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            conversation_id: runtime::path_param(path, "p1", "conversationId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /agents/{agentKey}/conversations/{conversationId}/messages/stream` request and hands it to [`AgentConversationsApi::stream_agent_message`].
pub async fn handle_stream_agent_message<S: AgentConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "streamAgentMessage",
        path: "/agents/{agentKey}/conversations/{conversationId}/messages/stream",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            StreamAgentMessageRequest::read,
            |request| service.stream_agent_message(request),
        )
        .await
}

/// What a `POST /agents/{agentKey}/conversations/{conversationId}/message/{messageId}/regenerate` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RegenerateAgentAnswerRequest {
    /// path parameter `agentKey`.
    pub agent_key: ::std::string::String,
    /// path parameter `conversationId`.
    pub conversation_id: ::std::string::String,
    /// path parameter `messageId`.
    pub message_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::RegenerateAgentAnswerBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /agents/{agentKey}/conversations/{conversationId}/message/{messageId}/regenerate` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RegenerateAgentAnswerResponse {
    /// Status `200`: Response regenerated
    Ok(crate::models::AgentConversation),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent, conversation, or message not found
    NotFound,
}
impl IntoResponse for RegenerateAgentAnswerResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl RegenerateAgentAnswerRequest {
    /// Reads and checks a `POST /agents/{agentKey}/conversations/{conversationId}/message/{messageId}/regenerate` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RegenerateAgentAnswerRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            conversation_id: runtime::path_param(path, "p1", "conversationId")?,
            message_id: runtime::path_param(path, "p2", "messageId")?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /agents/{agentKey}/conversations/{conversationId}/message/{messageId}/regenerate` request and hands it to [`AgentConversationsApi::regenerate_agent_answer`].
pub async fn handle_regenerate_agent_answer<S: AgentConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "regenerateAgentAnswer",
        path: "/agents/{agentKey}/conversations/{conversationId}/message/{messageId}/regenerate",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RegenerateAgentAnswerRequest::read,
            |request| service.regenerate_agent_answer(request),
        )
        .await
}
