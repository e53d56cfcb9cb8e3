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
    pub fn list_agent_conversations(
        &self,
        agent_key: &str,
    ) -> Call<
        '_,
        ::std::vec::Vec<crate::models::AgentConversation>,
        ListAgentConversationsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listAgentConversations",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/conversations",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::list_agent_conversations`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListAgentConversationsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn create_agent_conversation(
        &self,
        agent_key: &str,
        body: &crate::models::CreateConversationRequest,
    ) -> Call<'_, crate::models::AgentConversation, CreateAgentConversationError> {
        const OPERATION: Operation = Operation {
            id: "createAgentConversation",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/conversations",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::create_agent_conversation`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAgentConversationError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn stream_agent_conversation(
        &self,
        agent_key: &str,
        body: &crate::models::CreateConversationRequest,
    ) -> Call<'_, ::std::vec::Vec<u8>, StreamAgentConversationError> {
        const OPERATION: Operation = Operation {
            id: "streamAgentConversation",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/conversations/stream",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
    pub fn stream_agent_conversation_stream(
        &self,
        agent_key: &str,
        body: &crate::models::CreateConversationRequest,
    ) -> Call<'_, crate::runtime::ByteStream, StreamAgentConversationError> {
        const OPERATION: Operation = Operation {
            id: "streamAgentConversation",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/conversations/stream",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request.json(body);
        self.call_streamed(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
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
}
/// Error responses of [`Client::stream_agent_conversation`].
#[derive(Debug, Clone, PartialEq)]
pub enum StreamAgentConversationError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_agent_conversation(
        &self,
        agent_key: &str,
        conversation_id: &str,
    ) -> Call<'_, crate::models::AgentConversation, GetAgentConversationError> {
        const OPERATION: Operation = Operation {
            id: "getAgentConversation",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/conversations/{}",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
            crate::runtime::path_param(
                "conversationId",
                conversation_id,
                Style::Simple,
                false,
            ),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_agent_conversation`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetAgentConversationError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent or conversation not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn delete_agent_conversation(
        &self,
        agent_key: &str,
        conversation_id: &str,
    ) -> Call<'_, (), DeleteAgentConversationError> {
        const OPERATION: Operation = Operation {
            id: "deleteAgentConversation",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/conversations/{}",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
            crate::runtime::path_param(
                "conversationId",
                conversation_id,
                Style::Simple,
                false,
            ),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::delete_agent_conversation`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAgentConversationError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent or conversation not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn add_agent_message(
        &self,
        agent_key: &str,
        conversation_id: &str,
        body: &crate::models::AddMessageRequest,
    ) -> Call<'_, crate::models::AgentConversation, AddAgentMessageError> {
        const OPERATION: Operation = Operation {
            id: "addAgentMessage",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/conversations/{}/messages",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
            crate::runtime::path_param(
                "conversationId",
                conversation_id,
                Style::Simple,
                false,
            ),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::add_agent_message`].
#[derive(Debug, Clone, PartialEq)]
pub enum AddAgentMessageError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent or conversation not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn stream_agent_message(
        &self,
        agent_key: &str,
        conversation_id: &str,
        body: &crate::models::AddMessageRequest,
    ) -> Call<'_, ::std::vec::Vec<u8>, StreamAgentMessageError> {
        const OPERATION: Operation = Operation {
            id: "streamAgentMessage",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/conversations/{}/messages/stream",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
            crate::runtime::path_param(
                "conversationId",
                conversation_id,
                Style::Simple,
                false,
            ),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
    pub fn stream_agent_message_stream(
        &self,
        agent_key: &str,
        conversation_id: &str,
        body: &crate::models::AddMessageRequest,
    ) -> Call<'_, crate::runtime::ByteStream, StreamAgentMessageError> {
        const OPERATION: Operation = Operation {
            id: "streamAgentMessage",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/conversations/{}/messages/stream",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
            crate::runtime::path_param(
                "conversationId",
                conversation_id,
                Style::Simple,
                false,
            ),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request.json(body);
        self.call_streamed(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
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
}
/// Error responses of [`Client::stream_agent_message`].
#[derive(Debug, Clone, PartialEq)]
pub enum StreamAgentMessageError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent or conversation not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn regenerate_agent_answer(
        &self,
        agent_key: &str,
        conversation_id: &str,
        message_id: &str,
        body: ::std::option::Option<&crate::models::RegenerateAgentAnswerBody>,
    ) -> Call<'_, crate::models::AgentConversation, RegenerateAgentAnswerError> {
        const OPERATION: Operation = Operation {
            id: "regenerateAgentAnswer",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/conversations/{}/message/{}/regenerate",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
            crate::runtime::path_param(
                "conversationId",
                conversation_id,
                Style::Simple,
                false,
            ),
            crate::runtime::path_param("messageId", message_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::regenerate_agent_answer`].
#[derive(Debug, Clone, PartialEq)]
pub enum RegenerateAgentAnswerError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent, conversation, or message not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
