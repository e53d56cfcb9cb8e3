//! Operations of the `Conversations` API.
//!
//! AI-powered conversational chat management with citations and follow-up questions
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Create a new AI conversation
    ///
    /// Start a new conversation with PipesHub's AI assistant.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint creates a new conversation session and processes the initial query.
    /// The AI searches your organization's knowledge bases for relevant information and
    /// generates a response with citations to source documents.<br><br>
    /// <b>How It Works:</b><br>
    /// <ol>
    /// <li>Your query is analyzed and converted to semantic embeddings</li>
    /// <li>Relevant content is retrieved from indexed knowledge bases</li>
    /// <li>The AI generates a response using the retrieved context</li>
    /// <li>Citations link back to source documents for verification</li>
    /// <li>Follow-up questions are suggested based on the conversation</li>
    /// </ol>
    /// <b>Filtering Options:</b><br>
    /// <ul>
    /// <li><b>recordIds:</b> Limit search to specific documents</li>
    /// <li><b>filters.apps:</b> Search only specific connector apps</li>
    /// <li><b>filters.kb:</b> Search only specific knowledge bases</li>
    /// </ul>
    /// <b>Model Selection:</b><br>
    /// Use <code>modelKey</code> to select different AI models configured for your organization.
    /// Each model may have different capabilities, speed, and accuracy trade-offs.
    ///
    /// `POST /conversations/create` (operation `createConversation`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_conversation(
        &self,
        body: &crate::models::CreateConversationRequest,
    ) -> Call<'_, crate::models::Conversation, CreateConversationError> {
        const OPERATION: Operation = Operation {
            id: "createConversation",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/conversations/create");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateConversationError::BadRequest)),
                401 => Err(Error::Status(CreateConversationError::Unauthorized)),
                502 => Err(Error::Status(CreateConversationError::BadGateway)),
                504 => Err(Error::Status(CreateConversationError::GatewayTimeout)),
                _ => {
                    Err(
                        Error::Status(
                            CreateConversationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_conversation`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateConversationError {
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Query is empty or exceeds 100,000 characters</li>
    /// <li>Invalid recordIds or filter format</li>
    /// <li>Invalid modelKey specified</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `502`: AI backend service unavailable
    BadGateway,
    /// Status `504`: Request timeout - AI processing took too long
    GatewayTimeout,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Create conversation with streaming response
    ///
    /// Start a new conversation with real-time streaming response using Server-Sent Events (SSE).<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint works like <code>/conversations/create</code> but streams the AI response
    /// in real-time as it's generated, providing a more interactive user experience.<br><br>
    /// <b>SSE Event Types:</b><br>
    /// <ul>
    /// <li><code>connected</code> - Connection established, processing started</li>
    /// <li><code>chunk</code> - Partial response text (stream these to show typing effect)</li>
    /// <li><code>citation</code> - Citation reference found during generation</li>
    /// <li><code>complete</code> - Final message with full response, citations, and follow-up questions</li>
    /// <li><code>error</code> - Error occurred during processing</li>
    /// </ul>
    /// <b>Client Implementation:</b><br>
    /// <code>
    /// const eventSource = new EventSource('/conversations/stream');<br>
    /// eventSource.onmessage = (event) => {<br>
    /// &nbsp;&nbsp;const data = JSON.parse(event.data);<br>
    /// &nbsp;&nbsp;// Handle different event types<br>
    /// };
    /// </code><br><br>
    /// <b>Error Handling:</b><br>
    /// If an error occurs mid-stream, an <code>error</code> event is sent and the stream closes.
    /// The conversation is marked as FAILED with the error reason stored.
    ///
    /// `POST /conversations/stream` (operation `streamChat`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn stream_chat(
        &self,
        body: &crate::models::CreateConversationRequest,
    ) -> Call<'_, ::std::vec::Vec<u8>, StreamChatError> {
        const OPERATION: Operation = Operation {
            id: "streamChat",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/conversations/stream");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.body.clone();
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(StreamChatError::BadRequest)),
                401 => Err(Error::Status(StreamChatError::Unauthorized)),
                502 => Err(Error::Status(StreamChatError::BadGateway)),
                _ => Err(Error::Status(StreamChatError::Unknown(received.unexpected()))),
            },
        )
    }
    /// [`Client::stream_chat`], with the body of a successful response streamed as it arrives instead of read into memory first.
    #[allow(clippy::match_single_binding)]
    pub fn stream_chat_stream(
        &self,
        body: &crate::models::CreateConversationRequest,
    ) -> Call<'_, crate::runtime::ByteStream, StreamChatError> {
        const OPERATION: Operation = Operation {
            id: "streamChat",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/conversations/stream");
        request = request.json(body);
        self.call_streamed(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                400 => Err(Error::Status(StreamChatError::BadRequest)),
                401 => Err(Error::Status(StreamChatError::Unauthorized)),
                502 => Err(Error::Status(StreamChatError::BadGateway)),
                _ => Err(Error::Status(StreamChatError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::stream_chat`].
#[derive(Debug, Clone, PartialEq)]
pub enum StreamChatError {
    /// Status `400`: Invalid request parameters
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `502`: AI backend service unavailable
    BadGateway,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// List all conversations
    ///
    /// Retrieve all conversations for the authenticated user.<br><br>
    /// <b>Overview:</b><br>
    /// Returns a list of all conversations owned by or shared with the current user.
    /// Conversations are returned with their messages, status, and metadata.<br><br>
    /// <b>Filtering:</b><br>
    /// <ul>
    /// <li>Only non-archived conversations are returned by default</li>
    /// <li>Use <code>/conversations/show/archives</code> for archived conversations</li>
    /// </ul>
    /// <b>Sorting:</b><br>
    /// Conversations are sorted by last activity timestamp (most recent first).
    ///
    /// `GET /conversations` (operation `getAllConversations`)
    pub fn get_all_conversations(
        &self,
    ) -> Call<
        '_,
        ::std::vec::Vec<crate::models::Conversation>,
        GetAllConversationsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getAllConversations",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/conversations");
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetAllConversationsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetAllConversationsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_all_conversations`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetAllConversationsError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// List archived conversations
    ///
    /// Retrieve all archived conversations for the authenticated user.<br><br>
    /// <b>Overview:</b><br>
    /// Archived conversations are hidden from the main list but preserved for reference.
    /// This endpoint returns only conversations where <code>isArchived: true</code>.<br><br>
    /// <b>Unarchiving:</b><br>
    /// Use <code>PATCH /conversations/{id}/unarchive</code> to restore a conversation
    /// to the active list.
    ///
    /// `GET /conversations/show/archives` (operation `getArchivedConversations`)
    pub fn get_archived_conversations(
        &self,
    ) -> Call<
        '_,
        ::std::vec::Vec<crate::models::Conversation>,
        GetArchivedConversationsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getArchivedConversations",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/conversations/show/archives");
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetArchivedConversationsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetArchivedConversationsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_archived_conversations`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetArchivedConversationsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get conversation by ID
    ///
    /// Retrieve a specific conversation with its full message history.<br><br>
    /// <b>Overview:</b><br>
    /// Returns the complete conversation including all messages, citations,
    /// feedback, and metadata. Messages can be paginated for long conversations.<br><br>
    /// <b>Message Pagination:</b><br>
    /// For conversations with many messages, use pagination parameters:
    /// <ul>
    /// <li><code>page</code>: Page number (default: 1)</li>
    /// <li><code>limit</code>: Messages per page (default: 10)</li>
    /// <li><code>sortBy</code>: Sort field (default: createdAt)</li>
    /// <li><code>sortOrder</code>: 'asc' or 'desc' (default: desc)</li>
    /// </ul>
    /// <b>Access Control:</b><br>
    /// Users can access conversations they own or that have been shared with them.
    ///
    /// `GET /conversations/{conversationId}` (operation `getConversationById`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`. Unique conversation identifier
    /// * `page`: query parameter `page`. Page number for message pagination
    /// * `limit`: query parameter `limit`. Number of messages per page
    /// * `sort_by`: query parameter `sortBy`. Field to sort messages by
    /// * `sort_order`: query parameter `sortOrder`. Sort direction
    pub fn get_conversation_by_id(
        &self,
        conversation_id: &str,
        page: ::std::option::Option<i64>,
        limit: ::std::option::Option<i64>,
        sort_by: ::std::option::Option<&str>,
        sort_order: ::std::option::Option<&crate::models::GetConversationByIdSortOrder>,
    ) -> Call<'_, crate::models::GetConversationByIdResponse, GetConversationByIdError> {
        const OPERATION: Operation = Operation {
            id: "getConversationById",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/conversations/{}",
            crate::runtime::path_param(
                "conversationId",
                conversation_id,
                Style::Simple,
                false,
            ),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "page", &page, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "sortBy", &sort_by, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "sortOrder",
            &sort_order,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetConversationByIdError::Unauthorized)),
                403 => Err(Error::Status(GetConversationByIdError::Forbidden)),
                404 => Err(Error::Status(GetConversationByIdError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetConversationByIdError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_conversation_by_id`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetConversationByIdError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - No access to this conversation
    Forbidden,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Delete conversation
    ///
    /// Delete a conversation by its ID.<br><br>
    /// <b>Overview:</b><br>
    /// Performs a soft delete by setting <code>isDeleted: true</code>.
    /// The conversation is removed from listings but preserved in the database.<br><br>
    /// <b>Permissions:</b><br>
    /// Only the conversation owner (initiator) can delete it.
    /// Shared users cannot delete conversations.
    ///
    /// `DELETE /conversations/{conversationId}` (operation `deleteConversationById`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`. Unique conversation identifier
    pub fn delete_conversation_by_id(
        &self,
        conversation_id: &str,
    ) -> Call<
        '_,
        crate::models::DeleteConversationByIdResponse,
        DeleteConversationByIdError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteConversationById",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/conversations/{}",
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
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(DeleteConversationByIdError::Unauthorized)),
                403 => Err(Error::Status(DeleteConversationByIdError::Forbidden)),
                404 => Err(Error::Status(DeleteConversationByIdError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteConversationByIdError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_conversation_by_id`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteConversationByIdError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can delete
    Forbidden,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Add message to conversation
    ///
    /// Add a follow-up message to an existing conversation.<br><br>
    /// <b>Overview:</b><br>
    /// Continues an existing conversation by adding a new user query.
    /// The AI maintains context from previous messages when generating the response.<br><br>
    /// <b>Context Handling:</b><br>
    /// <ul>
    /// <li>Previous messages provide context for the new query</li>
    /// <li>Citations from earlier messages may be referenced</li>
    /// <li>The AI can refer back to previous topics discussed</li>
    /// </ul>
    /// <b>Model Override:</b><br>
    /// You can specify a different model for this message using <code>modelKey</code>.
    /// This allows switching models mid-conversation if needed.
    ///
    /// `POST /conversations/{conversationId}/messages` (operation `addMessage`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`. Unique conversation identifier
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn add_message(
        &self,
        conversation_id: &str,
        body: &crate::models::AddMessageRequest,
    ) -> Call<'_, crate::models::Conversation, AddMessageError> {
        const OPERATION: Operation = Operation {
            id: "addMessage",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/conversations/{}/messages",
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
                400 => Err(Error::Status(AddMessageError::BadRequest)),
                401 => Err(Error::Status(AddMessageError::Unauthorized)),
                403 => Err(Error::Status(AddMessageError::Forbidden)),
                404 => Err(Error::Status(AddMessageError::NotFound)),
                _ => Err(Error::Status(AddMessageError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::add_message`].
#[derive(Debug, Clone, PartialEq)]
pub enum AddMessageError {
    /// Status `400`: Invalid request - Query cannot be empty
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - No write access to this conversation
    Forbidden,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Add message with streaming response
    ///
    /// Add a follow-up message to an existing conversation with real-time SSE streaming.<br><br>
    /// <b>Overview:</b><br>
    /// Same as <code>POST /conversations/{id}/messages</code> but with streaming response.
    /// Provides real-time feedback as the AI generates its response.<br><br>
    /// <b>SSE Events:</b><br>
    /// See <code>/conversations/stream</code> for event type documentation.
    ///
    /// `POST /conversations/{conversationId}/messages/stream` (operation `addMessageStream`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn add_message_stream(
        &self,
        conversation_id: &str,
        body: &crate::models::AddMessageRequest,
    ) -> Call<'_, ::std::vec::Vec<u8>, AddMessageStreamError> {
        const OPERATION: Operation = Operation {
            id: "addMessageStream",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/conversations/{}/messages/stream",
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
                401 => Err(Error::Status(AddMessageStreamError::Unauthorized)),
                404 => Err(Error::Status(AddMessageStreamError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            AddMessageStreamError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
    /// [`Client::add_message_stream`], with the body of a successful response streamed as it arrives instead of read into memory first.
    #[allow(clippy::match_single_binding)]
    pub fn add_message_stream_stream(
        &self,
        conversation_id: &str,
        body: &crate::models::AddMessageRequest,
    ) -> Call<'_, crate::runtime::ByteStream, AddMessageStreamError> {
        const OPERATION: Operation = Operation {
            id: "addMessageStream",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/conversations/{}/messages/stream",
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
                401 => Err(Error::Status(AddMessageStreamError::Unauthorized)),
                404 => Err(Error::Status(AddMessageStreamError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            AddMessageStreamError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::add_message_stream`].
#[derive(Debug, Clone, PartialEq)]
pub enum AddMessageStreamError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Share conversation with users
    ///
    /// Share a conversation with other users in your organization.<br><br>
    /// <b>Overview:</b><br>
    /// Allows the conversation owner to grant access to other users.
    /// Shared users can view the conversation and optionally add messages.<br><br>
    /// <b>Access Levels:</b><br>
    /// <ul>
    /// <li><code>read</code> - Can view conversation and messages (default)</li>
    /// <li><code>write</code> - Can view and add new messages</li>
    /// </ul>
    /// <b>Permissions:</b><br>
    /// Only the conversation initiator (owner) can share. Users must belong
    /// to the same organization.
    ///
    /// `POST /conversations/{conversationId}/share` (operation `shareConversation`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn share_conversation(
        &self,
        conversation_id: &str,
        body: &crate::models::ShareRequest,
    ) -> Call<'_, crate::models::Conversation, ShareConversationError> {
        const OPERATION: Operation = Operation {
            id: "shareConversation",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/conversations/{}/share",
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
                400 => Err(Error::Status(ShareConversationError::BadRequest)),
                401 => Err(Error::Status(ShareConversationError::Unauthorized)),
                403 => Err(Error::Status(ShareConversationError::Forbidden)),
                404 => Err(Error::Status(ShareConversationError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ShareConversationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::share_conversation`].
#[derive(Debug, Clone, PartialEq)]
pub enum ShareConversationError {
    /// Status `400`: Invalid request - userIds array required
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can share
    Forbidden,
    /// Status `404`: Conversation or users not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Revoke conversation access
    ///
    /// Remove sharing access from users.<br><br>
    /// <b>Overview:</b><br>
    /// Removes specified users from the conversation's sharedWith list.
    /// Those users will no longer be able to access the conversation.<br><br>
    /// <b>Permissions:</b><br>
    /// Only the conversation owner can revoke access.
    ///
    /// `POST /conversations/{conversationId}/unshare` (operation `unshareConversation`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn unshare_conversation(
        &self,
        conversation_id: &str,
        body: &crate::models::UnshareConversationBody,
    ) -> Call<'_, crate::models::Conversation, UnshareConversationError> {
        const OPERATION: Operation = Operation {
            id: "unshareConversation",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/conversations/{}/unshare",
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
                401 => Err(Error::Status(UnshareConversationError::Unauthorized)),
                403 => Err(Error::Status(UnshareConversationError::Forbidden)),
                404 => Err(Error::Status(UnshareConversationError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UnshareConversationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::unshare_conversation`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnshareConversationError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can unshare
    Forbidden,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Update conversation title
    ///
    /// Update the title of a conversation.<br><br>
    /// <b>Overview:</b><br>
    /// Conversation titles are auto-generated from the first query by default.
    /// Use this endpoint to set a custom, more descriptive title.<br><br>
    /// <b>Title Limits:</b><br>
    /// <ul>
    /// <li>Minimum: 1 character</li>
    /// <li>Maximum: 200 characters</li>
    /// </ul>
    ///
    /// `PATCH /conversations/{conversationId}/title` (operation `updateConversationTitle`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_conversation_title(
        &self,
        conversation_id: &str,
        body: &crate::models::UpdateConversationTitleBody,
    ) -> Call<'_, crate::models::Conversation, UpdateConversationTitleError> {
        const OPERATION: Operation = Operation {
            id: "updateConversationTitle",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/conversations/{}/title",
            crate::runtime::path_param(
                "conversationId",
                conversation_id,
                Style::Simple,
                false,
            ),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateConversationTitleError::BadRequest)),
                401 => Err(Error::Status(UpdateConversationTitleError::Unauthorized)),
                404 => Err(Error::Status(UpdateConversationTitleError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateConversationTitleError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::update_conversation_title`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateConversationTitleError {
    /// Status `400`: Invalid title - must be 1-200 characters
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Archive conversation
    ///
    /// Archive a conversation to hide it from the main list.<br><br>
    /// <b>Overview:</b><br>
    /// Archived conversations are preserved but hidden from the default conversation list.
    /// Use archiving to clean up your workspace without permanently deleting conversations.<br><br>
    /// <b>Retrieval:</b><br>
    /// View archived conversations using <code>GET /conversations/show/archives</code>.
    ///
    /// `PATCH /conversations/{conversationId}/archive` (operation `archiveConversation`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`
    pub fn archive_conversation(
        &self,
        conversation_id: &str,
    ) -> Call<'_, crate::models::Conversation, ArchiveConversationError> {
        const OPERATION: Operation = Operation {
            id: "archiveConversation",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/conversations/{}/archive",
            crate::runtime::path_param(
                "conversationId",
                conversation_id,
                Style::Simple,
                false,
            ),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ArchiveConversationError::Unauthorized)),
                404 => Err(Error::Status(ArchiveConversationError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ArchiveConversationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::archive_conversation`].
#[derive(Debug, Clone, PartialEq)]
pub enum ArchiveConversationError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Unarchive conversation
    ///
    /// Restore an archived conversation to the active list.<br><br>
    /// <b>Overview:</b><br>
    /// Removes the archived flag, making the conversation visible in the main list again.
    ///
    /// `PATCH /conversations/{conversationId}/unarchive` (operation `unarchiveConversation`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`
    pub fn unarchive_conversation(
        &self,
        conversation_id: &str,
    ) -> Call<'_, crate::models::Conversation, UnarchiveConversationError> {
        const OPERATION: Operation = Operation {
            id: "unarchiveConversation",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/conversations/{}/unarchive",
            crate::runtime::path_param(
                "conversationId",
                conversation_id,
                Style::Simple,
                false,
            ),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(UnarchiveConversationError::Unauthorized)),
                404 => Err(Error::Status(UnarchiveConversationError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UnarchiveConversationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::unarchive_conversation`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnarchiveConversationError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Regenerate AI response
    ///
    /// Regenerate the AI response for a specific message.<br><br>
    /// <b>Overview:</b><br>
    /// If you're not satisfied with an AI response, use this endpoint to generate
    /// a new answer. The AI will re-process the original query and may produce
    /// a different response.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Response was incomplete or unclear</li>
    /// <li>Want to try a different AI model</li>
    /// <li>New documents have been indexed since original response</li>
    /// </ul>
    /// <b>Model Override:</b><br>
    /// Specify <code>modelKey</code> to use a different model for regeneration.
    ///
    /// `POST /conversations/{conversationId}/message/{messageId}/regenerate` (operation `regenerateAnswer`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`
    /// * `message_id`: path parameter `messageId`. ID of the message to regenerate response for
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn regenerate_answer(
        &self,
        conversation_id: &str,
        message_id: &str,
        body: ::std::option::Option<&crate::models::RegenerateAnswerBody>,
    ) -> Call<'_, crate::models::Conversation, RegenerateAnswerError> {
        const OPERATION: Operation = Operation {
            id: "regenerateAnswer",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/conversations/{}/message/{}/regenerate",
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
                400 => Err(Error::Status(RegenerateAnswerError::BadRequest)),
                401 => Err(Error::Status(RegenerateAnswerError::Unauthorized)),
                404 => Err(Error::Status(RegenerateAnswerError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            RegenerateAnswerError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::regenerate_answer`].
#[derive(Debug, Clone, PartialEq)]
pub enum RegenerateAnswerError {
    /// Status `400`: Cannot regenerate - message type not supported
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation or message not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Submit feedback on AI response
    ///
    /// Provide feedback on an AI-generated response.<br><br>
    /// <b>Overview:</b><br>
    /// Feedback helps improve AI response quality over time. You can rate
    /// various aspects of the response and provide detailed comments.<br><br>
    /// <b>Feedback Options:</b><br>
    /// <ul>
    /// <li><b>isHelpful:</b> Overall thumbs up/down</li>
    /// <li><b>ratings:</b> 1-5 scale for accuracy, relevance, completeness, clarity</li>
    /// <li><b>categories:</b> Issue categories (incorrect info, too verbose, etc.)</li>
    /// <li><b>comments:</b> Free-text positive/negative feedback and suggestions</li>
    /// <li><b>citationFeedback:</b> Rate individual citations</li>
    /// </ul>
    /// <b>Restrictions:</b><br>
    /// Feedback can only be submitted on <code>bot_response</code> messages,
    /// not on user queries or system messages.
    ///
    /// `POST /conversations/{conversationId}/message/{messageId}/feedback` (operation `updateMessageFeedback`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`
    /// * `message_id`: path parameter `messageId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_message_feedback(
        &self,
        conversation_id: &str,
        message_id: &str,
        body: &crate::models::MessageFeedback,
    ) -> Call<'_, crate::models::Conversation, UpdateMessageFeedbackError> {
        const OPERATION: Operation = Operation {
            id: "updateMessageFeedback",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/conversations/{}/message/{}/feedback",
            crate::runtime::path_param(
                "conversationId",
                conversation_id,
                Style::Simple,
                false,
            ),
            crate::runtime::path_param("messageId", message_id, Style::Simple, false),
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
                400 => Err(Error::Status(UpdateMessageFeedbackError::BadRequest)),
                401 => Err(Error::Status(UpdateMessageFeedbackError::Unauthorized)),
                404 => Err(Error::Status(UpdateMessageFeedbackError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateMessageFeedbackError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::update_message_feedback`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateMessageFeedbackError {
    /// Status `400`: Invalid feedback. Possible reasons:<br>
    /// <ul>
    /// <li>Ratings must be 1-5</li>
    /// <li>Cannot add feedback to user_query messages</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation or message not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
