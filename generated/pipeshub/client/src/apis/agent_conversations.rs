//! Operations of the `Agent Conversations` API.
//!
//! Conversations with custom AI agents including streaming and feedback
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// List agent conversations
    ///
    /// Get all conversations with a specific agent.<br><br>
    /// <b>Overview:</b><br>
    /// Returns conversations the user has had with this particular agent.
    /// Agent conversations maintain the agent's context and capabilities.
    ///
    /// `GET /agents/{agentKey}/conversations` (operation `listAgentConversations`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`. Agent identifier
    pub fn list_agent_conversations<'a>(
        &'a self,
        agent_key: &'a str,
    ) -> Call<
        'a,
        ListAgentConversationsParams<'a>,
        ::std::vec::Vec<crate::models::AgentConversation>,
        ListAgentConversationsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listAgentConversations",
            method: "GET",
            path: "/agents/{agentKey}/conversations",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListAgentConversationsParams {
                agent_key,
            },
            |client, params| {
                let ListAgentConversationsParams { agent_key } = params;
                let path = format!(
                    "/agents/{}/conversations",
                    crate::runtime::path_param(
                        "agentKey",
                        agent_key,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ListAgentConversationsError::Unauthorized)),
                404 => Err(Error::Status(ListAgentConversationsError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ListAgentConversationsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_agent_conversations`], kept in its [`Call`] until it is awaited.
pub struct ListAgentConversationsParams<'a> {
    agent_key: &'a str,
}
/// Error responses of [`Client::list_agent_conversations`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListAgentConversationsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListAgentConversationsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listAgentConversations", status, message)
    }
}
impl ::std::error::Error for ListAgentConversationsError {}

impl Client {
    /// Create agent conversation
    ///
    /// Start a new conversation with an agent.<br><br>
    /// <b>Overview:</b><br>
    /// Creates a conversation using the agent's configuration including
    /// its system prompt, tools, and knowledge base access.
    ///
    /// `POST /agents/{agentKey}/conversations` (operation `createAgentConversation`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_agent_conversation<'a>(
        &'a self,
        agent_key: &'a str,
        body: &'a crate::models::CreateConversationRequest,
    ) -> Call<
        'a,
        CreateAgentConversationParams<'a>,
        crate::models::AgentConversation,
        CreateAgentConversationError,
    > {
        const OPERATION: Operation = Operation {
            id: "createAgentConversation",
            method: "POST",
            path: "/agents/{agentKey}/conversations",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateAgentConversationParams {
                agent_key,
                body,
            },
            |client, params| {
                let CreateAgentConversationParams { agent_key, body } = params;
                let path = format!(
                    "/agents/{}/conversations",
                    crate::runtime::path_param(
                        "agentKey",
                        agent_key,
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
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateAgentConversationError::BadRequest)),
                401 => Err(Error::Status(CreateAgentConversationError::Unauthorized)),
                404 => Err(Error::Status(CreateAgentConversationError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            CreateAgentConversationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_agent_conversation`], kept in its [`Call`] until it is awaited.
pub struct CreateAgentConversationParams<'a> {
    agent_key: &'a str,
    body: &'a crate::models::CreateConversationRequest,
}
/// Error responses of [`Client::create_agent_conversation`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateAgentConversationError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateAgentConversationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createAgentConversation", status, message)
    }
}
impl ::std::error::Error for CreateAgentConversationError {}

impl Client {
    /// Create agent conversation with streaming
    ///
    /// Start a new agent conversation with SSE streaming response.<br><br>
    /// <b>Overview:</b><br>
    /// Same as POST /agents/{agentKey}/conversations but with real-time streaming.
    ///
    /// `POST /agents/{agentKey}/conversations/stream` (operation `streamAgentConversation`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`
    /// * `body`: request body, sent as `application/json`. Request body for Create agent conversation with streaming
    pub fn stream_agent_conversation<'a>(
        &'a self,
        agent_key: &'a str,
        body: &'a crate::models::CreateConversationRequest,
    ) -> Call<
        'a,
        StreamAgentConversationParams<'a>,
        ::std::vec::Vec<u8>,
        StreamAgentConversationError,
    > {
        const OPERATION: Operation = Operation {
            id: "streamAgentConversation",
            method: "POST",
            path: "/agents/{agentKey}/conversations/stream",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            StreamAgentConversationParams {
                agent_key,
                body,
            },
            |client, params| {
                let StreamAgentConversationParams { agent_key, body } = params;
                let path = format!(
                    "/agents/{}/conversations/stream",
                    crate::runtime::path_param(
                        "agentKey",
                        agent_key,
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
                    let body = received.body.clone();
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(StreamAgentConversationError::Unauthorized)),
                404 => Err(Error::Status(StreamAgentConversationError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            StreamAgentConversationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
    /// [`Client::stream_agent_conversation`], with the body of a successful response streamed as it arrives instead of read into memory first.
    #[allow(clippy::match_single_binding)]
    pub fn stream_agent_conversation_stream<'a>(
        &'a self,
        agent_key: &'a str,
        body: &'a crate::models::CreateConversationRequest,
    ) -> Call<
        'a,
        StreamAgentConversationParams<'a>,
        crate::runtime::ByteStream,
        StreamAgentConversationError,
    > {
        self.stream_agent_conversation(agent_key, body)
            .streamed(|received| match received.status.as_u16() {
                401 => Err(Error::Status(StreamAgentConversationError::Unauthorized)),
                404 => Err(Error::Status(StreamAgentConversationError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            StreamAgentConversationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            })
    }
}
/// The parameters of [`Client::stream_agent_conversation`], kept in its [`Call`] until it is awaited.
pub struct StreamAgentConversationParams<'a> {
    agent_key: &'a str,
    body: &'a crate::models::CreateConversationRequest,
}
/// Error responses of [`Client::stream_agent_conversation`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum StreamAgentConversationError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for StreamAgentConversationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "streamAgentConversation", status, message)
    }
}
impl ::std::error::Error for StreamAgentConversationError {}

impl Client {
    /// Get agent conversation
    ///
    /// Retrieve a specific agent conversation by ID.
    ///
    /// `GET /agents/{agentKey}/conversations/{conversationId}` (operation `getAgentConversation`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`
    /// * `conversation_id`: path parameter `conversationId`
    pub fn get_agent_conversation<'a>(
        &'a self,
        agent_key: &'a str,
        conversation_id: &'a str,
    ) -> Call<
        'a,
        GetAgentConversationParams<'a>,
        crate::models::AgentConversation,
        GetAgentConversationError,
    > {
        const OPERATION: Operation = Operation {
            id: "getAgentConversation",
            method: "GET",
            path: "/agents/{agentKey}/conversations/{conversationId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetAgentConversationParams {
                agent_key,
                conversation_id,
            },
            |client, params| {
                let GetAgentConversationParams { agent_key, conversation_id } = params;
                let path = format!(
                    "/agents/{}/conversations/{}",
                    crate::runtime::path_param(
                        "agentKey",
                        agent_key,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "conversationId",
                        conversation_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetAgentConversationError::Unauthorized)),
                404 => Err(Error::Status(GetAgentConversationError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetAgentConversationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_agent_conversation`], kept in its [`Call`] until it is awaited.
pub struct GetAgentConversationParams<'a> {
    agent_key: &'a str,
    conversation_id: &'a str,
}
/// Error responses of [`Client::get_agent_conversation`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAgentConversationError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent or conversation not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAgentConversationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAgentConversation", status, message)
    }
}
impl ::std::error::Error for GetAgentConversationError {}

impl Client {
    /// Delete agent conversation
    ///
    /// Delete a conversation with an agent.
    ///
    /// `DELETE /agents/{agentKey}/conversations/{conversationId}` (operation `deleteAgentConversation`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`
    /// * `conversation_id`: path parameter `conversationId`
    pub fn delete_agent_conversation<'a>(
        &'a self,
        agent_key: &'a str,
        conversation_id: &'a str,
    ) -> Call<'a, DeleteAgentConversationParams<'a>, (), DeleteAgentConversationError> {
        const OPERATION: Operation = Operation {
            id: "deleteAgentConversation",
            method: "DELETE",
            path: "/agents/{agentKey}/conversations/{conversationId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteAgentConversationParams {
                agent_key,
                conversation_id,
            },
            |client, params| {
                let DeleteAgentConversationParams { agent_key, conversation_id } = params;
                let path = format!(
                    "/agents/{}/conversations/{}",
                    crate::runtime::path_param(
                        "agentKey",
                        agent_key,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "conversationId",
                        conversation_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                401 => Err(Error::Status(DeleteAgentConversationError::Unauthorized)),
                404 => Err(Error::Status(DeleteAgentConversationError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteAgentConversationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_agent_conversation`], kept in its [`Call`] until it is awaited.
pub struct DeleteAgentConversationParams<'a> {
    agent_key: &'a str,
    conversation_id: &'a str,
}
/// Error responses of [`Client::delete_agent_conversation`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteAgentConversationError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent or conversation not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteAgentConversationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteAgentConversation", status, message)
    }
}
impl ::std::error::Error for DeleteAgentConversationError {}

impl Client {
    /// Add message to agent conversation
    ///
    /// Add a follow-up message to an agent conversation.
    ///
    /// `POST /agents/{agentKey}/conversations/{conversationId}/messages` (operation `addAgentMessage`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`
    /// * `conversation_id`: path parameter `conversationId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn add_agent_message<'a>(
        &'a self,
        agent_key: &'a str,
        conversation_id: &'a str,
        body: &'a crate::models::AddMessageRequest,
    ) -> Call<
        'a,
        AddAgentMessageParams<'a>,
        crate::models::AgentConversation,
        AddAgentMessageError,
    > {
        const OPERATION: Operation = Operation {
            id: "addAgentMessage",
            method: "POST",
            path: "/agents/{agentKey}/conversations/{conversationId}/messages",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            AddAgentMessageParams {
                agent_key,
                conversation_id,
                body,
            },
            |client, params| {
                let AddAgentMessageParams { agent_key, conversation_id, body } = params;
                let path = format!(
                    "/agents/{}/conversations/{}/messages",
                    crate::runtime::path_param(
                        "agentKey",
                        agent_key,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "conversationId",
                        conversation_id,
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
                401 => Err(Error::Status(AddAgentMessageError::Unauthorized)),
                404 => Err(Error::Status(AddAgentMessageError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            AddAgentMessageError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::add_agent_message`], kept in its [`Call`] until it is awaited.
pub struct AddAgentMessageParams<'a> {
    agent_key: &'a str,
    conversation_id: &'a str,
    body: &'a crate::models::AddMessageRequest,
}
/// Error responses of [`Client::add_agent_message`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AddAgentMessageError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent or conversation not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AddAgentMessageError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "addAgentMessage", status, message)
    }
}
impl ::std::error::Error for AddAgentMessageError {}

impl Client {
    /// Add message with streaming
    ///
    /// Add a message to agent conversation with SSE streaming response.
    ///
    /// `POST /agents/{agentKey}/conversations/{conversationId}/messages/stream` (operation `streamAgentMessage`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`
    /// * `conversation_id`: path parameter `conversationId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn stream_agent_message<'a>(
        &'a self,
        agent_key: &'a str,
        conversation_id: &'a str,
        body: &'a crate::models::AddMessageRequest,
    ) -> Call<
        'a,
        StreamAgentMessageParams<'a>,
        ::std::vec::Vec<u8>,
        StreamAgentMessageError,
    > {
        const OPERATION: Operation = Operation {
            id: "streamAgentMessage",
            method: "POST",
            path: "/agents/{agentKey}/conversations/{conversationId}/messages/stream",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            StreamAgentMessageParams {
                agent_key,
                conversation_id,
                body,
            },
            |client, params| {
                let StreamAgentMessageParams { agent_key, conversation_id, body } = params;
                let path = format!(
                    "/agents/{}/conversations/{}/messages/stream",
                    crate::runtime::path_param(
                        "agentKey",
                        agent_key,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "conversationId",
                        conversation_id,
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
                    let body = received.body.clone();
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(StreamAgentMessageError::Unauthorized)),
                404 => Err(Error::Status(StreamAgentMessageError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            StreamAgentMessageError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
    /// [`Client::stream_agent_message`], with the body of a successful response streamed as it arrives instead of read into memory first.
    #[allow(clippy::match_single_binding)]
    pub fn stream_agent_message_stream<'a>(
        &'a self,
        agent_key: &'a str,
        conversation_id: &'a str,
        body: &'a crate::models::AddMessageRequest,
    ) -> Call<
        'a,
        StreamAgentMessageParams<'a>,
        crate::runtime::ByteStream,
        StreamAgentMessageError,
    > {
        self.stream_agent_message(agent_key, conversation_id, body)
            .streamed(|received| match received.status.as_u16() {
                401 => Err(Error::Status(StreamAgentMessageError::Unauthorized)),
                404 => Err(Error::Status(StreamAgentMessageError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            StreamAgentMessageError::Unknown(received.unexpected()),
                        ),
                    )
                }
            })
    }
}
/// The parameters of [`Client::stream_agent_message`], kept in its [`Call`] until it is awaited.
pub struct StreamAgentMessageParams<'a> {
    agent_key: &'a str,
    conversation_id: &'a str,
    body: &'a crate::models::AddMessageRequest,
}
/// Error responses of [`Client::stream_agent_message`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum StreamAgentMessageError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent or conversation not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for StreamAgentMessageError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "streamAgentMessage", status, message)
    }
}
impl ::std::error::Error for StreamAgentMessageError {}

impl Client {
    /// Regenerate agent response
    ///
    /// Regenerate the agent's response for a specific message.<br><br>
    /// <b>Overview:</b><br>
    /// Similar to conversation regeneration but uses the agent's configuration.
    ///
    /// `POST /agents/{agentKey}/conversations/{conversationId}/message/{messageId}/regenerate` (operation `regenerateAgentAnswer`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`
    /// * `conversation_id`: path parameter `conversationId`
    /// * `message_id`: path parameter `messageId`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`RegenerateAgentAnswerParams`\]).
    pub fn regenerate_agent_answer<'a>(
        &'a self,
        agent_key: &'a str,
        conversation_id: &'a str,
        message_id: &'a str,
    ) -> Call<
        'a,
        RegenerateAgentAnswerParams<'a>,
        crate::models::AgentConversation,
        RegenerateAgentAnswerError,
    > {
        const OPERATION: Operation = Operation {
            id: "regenerateAgentAnswer",
            method: "POST",
            path: "/agents/{agentKey}/conversations/{conversationId}/message/{messageId}/regenerate",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            RegenerateAgentAnswerParams {
                agent_key,
                conversation_id,
                message_id,
                body: None,
            },
            |client, params| {
                let RegenerateAgentAnswerParams {
                    agent_key,
                    conversation_id,
                    message_id,
                    body,
                } = params;
                let path = format!(
                    "/agents/{}/conversations/{}/message/{}/regenerate",
                    crate::runtime::path_param(
                        "agentKey",
                        agent_key,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "conversationId",
                        conversation_id,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "messageId",
                        message_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, &path);
                if let Some(body) = body {
                    request = request.json(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(RegenerateAgentAnswerError::Unauthorized)),
                404 => Err(Error::Status(RegenerateAgentAnswerError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            RegenerateAgentAnswerError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::regenerate_agent_answer`], kept in its [`Call`] until it is awaited.
pub struct RegenerateAgentAnswerParams<'a> {
    agent_key: &'a str,
    conversation_id: &'a str,
    message_id: &'a str,
    body: ::std::option::Option<&'a crate::models::RegenerateAgentAnswerBody>,
}
impl<'a, T, E> Call<'a, RegenerateAgentAnswerParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn body(mut self, body: &'a crate::models::RegenerateAgentAnswerBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::regenerate_agent_answer`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RegenerateAgentAnswerError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent, conversation, or message not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RegenerateAgentAnswerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "regenerateAgentAnswer", status, message)
    }
}
impl ::std::error::Error for RegenerateAgentAnswerError {}
