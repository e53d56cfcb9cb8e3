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
    /// Use &lt;code&gt;modelKey&lt;/code&gt; to select different AI models configured for your organization.
    /// Each model may have different capabilities, speed, and accuracy trade-offs.
    ///
    /// `POST /conversations/create` (operation `createConversation`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_conversation<'a>(
        &'a self,
        body: &'a crate::models::CreateConversationRequest,
    ) -> Call<
        'a,
        CreateConversationParams<'a>,
        crate::models::Conversation,
        CreateConversationError,
    > {
        const OPERATION: Operation = Operation {
            id: "createConversation",
            method: "POST",
            path: "/conversations/create",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateConversationParams { body },
            |client, params| {
                let CreateConversationParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/conversations/create",
                    );
                request = request.json(body);
                Ok(request)
            },
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
/// The parameters of [`Client::create_conversation`], kept in its [`Call`] until it is awaited.
pub struct CreateConversationParams<'a> {
    body: &'a crate::models::CreateConversationRequest,
}
/// Error responses of [`Client::create_conversation`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateConversationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::BadGateway => (502, None),
            Self::GatewayTimeout => (504, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createConversation", status, message)
    }
}
impl ::std::error::Error for CreateConversationError {}

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
    /// const eventSource = new EventSource('/conversations/stream');&lt;br&gt;
    /// eventSource.onmessage = (event) =&gt; {&lt;br&gt;
    /// &nbsp;&nbsp;const data = JSON.parse(event.data);&lt;br&gt;
    /// &nbsp;&nbsp;// Handle different event types&lt;br&gt;
    /// };
    /// </code><br><br>
    /// <b>Error Handling:</b><br>
    /// If an error occurs mid-stream, an &lt;code&gt;error&lt;/code&gt; event is sent and the stream closes.
    /// The conversation is marked as FAILED with the error reason stored.
    ///
    /// `POST /conversations/stream` (operation `streamChat`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn stream_chat<'a>(
        &'a self,
        body: &'a crate::models::CreateConversationRequest,
    ) -> Call<'a, StreamChatParams<'a>, ::std::vec::Vec<u8>, StreamChatError> {
        const OPERATION: Operation = Operation {
            id: "streamChat",
            method: "POST",
            path: "/conversations/stream",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            StreamChatParams { body },
            |client, params| {
                let StreamChatParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/conversations/stream",
                    );
                request = request.json(body);
                Ok(request)
            },
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
    pub fn stream_chat_stream<'a>(
        &'a self,
        body: &'a crate::models::CreateConversationRequest,
    ) -> Call<'a, StreamChatParams<'a>, crate::runtime::ByteStream, StreamChatError> {
        self.stream_chat(body)
            .streamed(|received| match received.status.as_u16() {
                400 => Err(Error::Status(StreamChatError::BadRequest)),
                401 => Err(Error::Status(StreamChatError::Unauthorized)),
                502 => Err(Error::Status(StreamChatError::BadGateway)),
                _ => Err(Error::Status(StreamChatError::Unknown(received.unexpected()))),
            })
    }
}
/// The parameters of [`Client::stream_chat`], kept in its [`Call`] until it is awaited.
pub struct StreamChatParams<'a> {
    body: &'a crate::models::CreateConversationRequest,
}
/// Error responses of [`Client::stream_chat`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum StreamChatError {
    /// Status `400`: Invalid request parameters
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `502`: AI backend service unavailable
    BadGateway,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for StreamChatError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::BadGateway => (502, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "streamChat", status, message)
    }
}
impl ::std::error::Error for StreamChatError {}

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
        (),
        ::std::vec::Vec<crate::models::Conversation>,
        GetAllConversationsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getAllConversations",
            method: "GET",
            path: "/conversations",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/conversations");
                Ok(request)
            },
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
#[non_exhaustive]
pub enum GetAllConversationsError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAllConversationsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAllConversations", status, message)
    }
}
impl ::std::error::Error for GetAllConversationsError {}

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
        (),
        ::std::vec::Vec<crate::models::Conversation>,
        GetArchivedConversationsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getArchivedConversations",
            method: "GET",
            path: "/conversations/show/archives",
            idempotent: true,
            servers: &[],
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
                        ::reqwest::Method::GET,
                        "/conversations/show/archives",
                    );
                Ok(request)
            },
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
#[non_exhaustive]
pub enum GetArchivedConversationsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetArchivedConversationsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getArchivedConversations", status, message)
    }
}
impl ::std::error::Error for GetArchivedConversationsError {}

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
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetConversationByIdParams`\]).
    pub fn get_conversation_by_id<'a>(
        &'a self,
        conversation_id: &'a str,
    ) -> Call<
        'a,
        GetConversationByIdParams<'a>,
        crate::models::GetConversationByIdResponse,
        GetConversationByIdError,
    > {
        const OPERATION: Operation = Operation {
            id: "getConversationById",
            method: "GET",
            path: "/conversations/{conversationId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetConversationByIdParams {
                conversation_id,
                page: None,
                limit: None,
                sort_by: None,
                sort_order: None,
            },
            |client, params| {
                let GetConversationByIdParams {
                    conversation_id,
                    page,
                    limit,
                    sort_by,
                    sort_order,
                } = params;
                let path = format!(
                    "/conversations/{}",
                    crate::runtime::path_param(
                        "conversationId",
                        conversation_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "page",
                    &page,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortBy",
                    &sort_by,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortOrder",
                    &sort_order,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
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
/// The parameters of [`Client::get_conversation_by_id`], kept in its [`Call`] until it is awaited.
pub struct GetConversationByIdParams<'a> {
    conversation_id: &'a str,
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    sort_by: ::std::option::Option<&'a str>,
    sort_order: ::std::option::Option<&'a crate::models::GetConversationByIdSortOrder>,
}
impl<'a, T, E> Call<'a, GetConversationByIdParams<'a>, T, E> {
    /// * `page`: query parameter `page`. Page number for message pagination
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `limit`: query parameter `limit`. Number of messages per page
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `sort_by`: query parameter `sortBy`. Field to sort messages by
    pub fn sort_by(mut self, sort_by: &'a str) -> Self {
        self.params.sort_by = Some(sort_by);
        self
    }
    /// * `sort_order`: query parameter `sortOrder`. Sort direction
    pub fn sort_order(
        mut self,
        sort_order: &'a crate::models::GetConversationByIdSortOrder,
    ) -> Self {
        self.params.sort_order = Some(sort_order);
        self
    }
}
/// Error responses of [`Client::get_conversation_by_id`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetConversationByIdError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - No access to this conversation
    Forbidden,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetConversationByIdError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getConversationById", status, message)
    }
}
impl ::std::error::Error for GetConversationByIdError {}

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
    pub fn delete_conversation_by_id<'a>(
        &'a self,
        conversation_id: &'a str,
    ) -> Call<
        'a,
        DeleteConversationByIdParams<'a>,
        crate::models::DeleteConversationByIdResponse,
        DeleteConversationByIdError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteConversationById",
            method: "DELETE",
            path: "/conversations/{conversationId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteConversationByIdParams {
                conversation_id,
            },
            |client, params| {
                let DeleteConversationByIdParams { conversation_id } = params;
                let path = format!(
                    "/conversations/{}",
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
/// The parameters of [`Client::delete_conversation_by_id`], kept in its [`Call`] until it is awaited.
pub struct DeleteConversationByIdParams<'a> {
    conversation_id: &'a str,
}
/// Error responses of [`Client::delete_conversation_by_id`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteConversationByIdError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can delete
    Forbidden,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteConversationByIdError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteConversationById", status, message)
    }
}
impl ::std::error::Error for DeleteConversationByIdError {}

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
    /// You can specify a different model for this message using &lt;code&gt;modelKey&lt;/code&gt;.
    /// This allows switching models mid-conversation if needed.
    ///
    /// `POST /conversations/{conversationId}/messages` (operation `addMessage`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`. Unique conversation identifier
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn add_message<'a>(
        &'a self,
        conversation_id: &'a str,
        body: &'a crate::models::AddMessageRequest,
    ) -> Call<'a, AddMessageParams<'a>, crate::models::Conversation, AddMessageError> {
        const OPERATION: Operation = Operation {
            id: "addMessage",
            method: "POST",
            path: "/conversations/{conversationId}/messages",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            AddMessageParams {
                conversation_id,
                body,
            },
            |client, params| {
                let AddMessageParams { conversation_id, body } = params;
                let path = format!(
                    "/conversations/{}/messages",
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
                400 => Err(Error::Status(AddMessageError::BadRequest)),
                401 => Err(Error::Status(AddMessageError::Unauthorized)),
                403 => Err(Error::Status(AddMessageError::Forbidden)),
                404 => Err(Error::Status(AddMessageError::NotFound)),
                _ => Err(Error::Status(AddMessageError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::add_message`], kept in its [`Call`] until it is awaited.
pub struct AddMessageParams<'a> {
    conversation_id: &'a str,
    body: &'a crate::models::AddMessageRequest,
}
/// Error responses of [`Client::add_message`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AddMessageError {
    /// Status `400`: Invalid request - Query cannot be empty
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - No write access to this conversation
    Forbidden,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AddMessageError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "addMessage", status, message)
    }
}
impl ::std::error::Error for AddMessageError {}

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
    pub fn add_message_stream<'a>(
        &'a self,
        conversation_id: &'a str,
        body: &'a crate::models::AddMessageRequest,
    ) -> Call<
        'a,
        AddMessageStreamParams<'a>,
        ::std::vec::Vec<u8>,
        AddMessageStreamError,
    > {
        const OPERATION: Operation = Operation {
            id: "addMessageStream",
            method: "POST",
            path: "/conversations/{conversationId}/messages/stream",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            AddMessageStreamParams {
                conversation_id,
                body,
            },
            |client, params| {
                let AddMessageStreamParams { conversation_id, body } = params;
                let path = format!(
                    "/conversations/{}/messages/stream",
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
    pub fn add_message_stream_stream<'a>(
        &'a self,
        conversation_id: &'a str,
        body: &'a crate::models::AddMessageRequest,
    ) -> Call<
        'a,
        AddMessageStreamParams<'a>,
        crate::runtime::ByteStream,
        AddMessageStreamError,
    > {
        self.add_message_stream(conversation_id, body)
            .streamed(|received| match received.status.as_u16() {
                401 => Err(Error::Status(AddMessageStreamError::Unauthorized)),
                404 => Err(Error::Status(AddMessageStreamError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            AddMessageStreamError::Unknown(received.unexpected()),
                        ),
                    )
                }
            })
    }
}
/// The parameters of [`Client::add_message_stream`], kept in its [`Call`] until it is awaited.
pub struct AddMessageStreamParams<'a> {
    conversation_id: &'a str,
    body: &'a crate::models::AddMessageRequest,
}
/// Error responses of [`Client::add_message_stream`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AddMessageStreamError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AddMessageStreamError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "addMessageStream", status, message)
    }
}
impl ::std::error::Error for AddMessageStreamError {}

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
    pub fn share_conversation<'a>(
        &'a self,
        conversation_id: &'a str,
        body: &'a crate::models::ShareRequest,
    ) -> Call<
        'a,
        ShareConversationParams<'a>,
        crate::models::Conversation,
        ShareConversationError,
    > {
        const OPERATION: Operation = Operation {
            id: "shareConversation",
            method: "POST",
            path: "/conversations/{conversationId}/share",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ShareConversationParams {
                conversation_id,
                body,
            },
            |client, params| {
                let ShareConversationParams { conversation_id, body } = params;
                let path = format!(
                    "/conversations/{}/share",
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
/// The parameters of [`Client::share_conversation`], kept in its [`Call`] until it is awaited.
pub struct ShareConversationParams<'a> {
    conversation_id: &'a str,
    body: &'a crate::models::ShareRequest,
}
/// Error responses of [`Client::share_conversation`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ShareConversationError {
    /// Status `400`: Invalid request - userIds array required
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can share
    Forbidden,
    /// Status `404`: Conversation or users not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ShareConversationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "shareConversation", status, message)
    }
}
impl ::std::error::Error for ShareConversationError {}

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
    pub fn unshare_conversation<'a>(
        &'a self,
        conversation_id: &'a str,
        body: &'a crate::models::UnshareConversationBody,
    ) -> Call<
        'a,
        UnshareConversationParams<'a>,
        crate::models::Conversation,
        UnshareConversationError,
    > {
        const OPERATION: Operation = Operation {
            id: "unshareConversation",
            method: "POST",
            path: "/conversations/{conversationId}/unshare",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UnshareConversationParams {
                conversation_id,
                body,
            },
            |client, params| {
                let UnshareConversationParams { conversation_id, body } = params;
                let path = format!(
                    "/conversations/{}/unshare",
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
/// The parameters of [`Client::unshare_conversation`], kept in its [`Call`] until it is awaited.
pub struct UnshareConversationParams<'a> {
    conversation_id: &'a str,
    body: &'a crate::models::UnshareConversationBody,
}
/// Error responses of [`Client::unshare_conversation`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UnshareConversationError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can unshare
    Forbidden,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UnshareConversationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "unshareConversation", status, message)
    }
}
impl ::std::error::Error for UnshareConversationError {}

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
    pub fn update_conversation_title<'a>(
        &'a self,
        conversation_id: &'a str,
        body: &'a crate::models::UpdateConversationTitleBody,
    ) -> Call<
        'a,
        UpdateConversationTitleParams<'a>,
        crate::models::Conversation,
        UpdateConversationTitleError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateConversationTitle",
            method: "PATCH",
            path: "/conversations/{conversationId}/title",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateConversationTitleParams {
                conversation_id,
                body,
            },
            |client, params| {
                let UpdateConversationTitleParams { conversation_id, body } = params;
                let path = format!(
                    "/conversations/{}/title",
                    crate::runtime::path_param(
                        "conversationId",
                        conversation_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, &path);
                request = request.json(body);
                Ok(request)
            },
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
/// The parameters of [`Client::update_conversation_title`], kept in its [`Call`] until it is awaited.
pub struct UpdateConversationTitleParams<'a> {
    conversation_id: &'a str,
    body: &'a crate::models::UpdateConversationTitleBody,
}
/// Error responses of [`Client::update_conversation_title`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateConversationTitleError {
    /// Status `400`: Invalid title - must be 1-200 characters
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateConversationTitleError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateConversationTitle", status, message)
    }
}
impl ::std::error::Error for UpdateConversationTitleError {}

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
    pub fn archive_conversation<'a>(
        &'a self,
        conversation_id: &'a str,
    ) -> Call<
        'a,
        ArchiveConversationParams<'a>,
        crate::models::Conversation,
        ArchiveConversationError,
    > {
        const OPERATION: Operation = Operation {
            id: "archiveConversation",
            method: "PATCH",
            path: "/conversations/{conversationId}/archive",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ArchiveConversationParams {
                conversation_id,
            },
            |client, params| {
                let ArchiveConversationParams { conversation_id } = params;
                let path = format!(
                    "/conversations/{}/archive",
                    crate::runtime::path_param(
                        "conversationId",
                        conversation_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, &path);
                Ok(request)
            },
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
/// The parameters of [`Client::archive_conversation`], kept in its [`Call`] until it is awaited.
pub struct ArchiveConversationParams<'a> {
    conversation_id: &'a str,
}
/// Error responses of [`Client::archive_conversation`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ArchiveConversationError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ArchiveConversationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "archiveConversation", status, message)
    }
}
impl ::std::error::Error for ArchiveConversationError {}

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
    pub fn unarchive_conversation<'a>(
        &'a self,
        conversation_id: &'a str,
    ) -> Call<
        'a,
        UnarchiveConversationParams<'a>,
        crate::models::Conversation,
        UnarchiveConversationError,
    > {
        const OPERATION: Operation = Operation {
            id: "unarchiveConversation",
            method: "PATCH",
            path: "/conversations/{conversationId}/unarchive",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UnarchiveConversationParams {
                conversation_id,
            },
            |client, params| {
                let UnarchiveConversationParams { conversation_id } = params;
                let path = format!(
                    "/conversations/{}/unarchive",
                    crate::runtime::path_param(
                        "conversationId",
                        conversation_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, &path);
                Ok(request)
            },
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
/// The parameters of [`Client::unarchive_conversation`], kept in its [`Call`] until it is awaited.
pub struct UnarchiveConversationParams<'a> {
    conversation_id: &'a str,
}
/// Error responses of [`Client::unarchive_conversation`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UnarchiveConversationError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UnarchiveConversationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "unarchiveConversation", status, message)
    }
}
impl ::std::error::Error for UnarchiveConversationError {}

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
    /// Specify &lt;code&gt;modelKey&lt;/code&gt; to use a different model for regeneration.
    ///
    /// `POST /conversations/{conversationId}/message/{messageId}/regenerate` (operation `regenerateAnswer`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`
    /// * `message_id`: path parameter `messageId`. ID of the message to regenerate response for
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`RegenerateAnswerParams`\]).
    pub fn regenerate_answer<'a>(
        &'a self,
        conversation_id: &'a str,
        message_id: &'a str,
    ) -> Call<
        'a,
        RegenerateAnswerParams<'a>,
        crate::models::Conversation,
        RegenerateAnswerError,
    > {
        const OPERATION: Operation = Operation {
            id: "regenerateAnswer",
            method: "POST",
            path: "/conversations/{conversationId}/message/{messageId}/regenerate",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            RegenerateAnswerParams {
                conversation_id,
                message_id,
                body: None,
            },
            |client, params| {
                let RegenerateAnswerParams { conversation_id, message_id, body } = params;
                let path = format!(
                    "/conversations/{}/message/{}/regenerate",
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
/// The parameters of [`Client::regenerate_answer`], kept in its [`Call`] until it is awaited.
pub struct RegenerateAnswerParams<'a> {
    conversation_id: &'a str,
    message_id: &'a str,
    body: ::std::option::Option<&'a crate::models::RegenerateAnswerBody>,
}
impl<'a, T, E> Call<'a, RegenerateAnswerParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn body(mut self, body: &'a crate::models::RegenerateAnswerBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::regenerate_answer`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RegenerateAnswerError {
    /// Status `400`: Cannot regenerate - message type not supported
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation or message not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RegenerateAnswerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "regenerateAnswer", status, message)
    }
}
impl ::std::error::Error for RegenerateAnswerError {}

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
    /// Feedback can only be submitted on &lt;code&gt;bot_response&lt;/code&gt; messages,
    /// not on user queries or system messages.
    ///
    /// `POST /conversations/{conversationId}/message/{messageId}/feedback` (operation `updateMessageFeedback`)
    ///
    /// # Arguments
    ///
    /// * `conversation_id`: path parameter `conversationId`
    /// * `message_id`: path parameter `messageId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_message_feedback<'a>(
        &'a self,
        conversation_id: &'a str,
        message_id: &'a str,
        body: &'a crate::models::MessageFeedback,
    ) -> Call<
        'a,
        UpdateMessageFeedbackParams<'a>,
        crate::models::Conversation,
        UpdateMessageFeedbackError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateMessageFeedback",
            method: "POST",
            path: "/conversations/{conversationId}/message/{messageId}/feedback",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateMessageFeedbackParams {
                conversation_id,
                message_id,
                body,
            },
            |client, params| {
                let UpdateMessageFeedbackParams { conversation_id, message_id, body } = params;
                let path = format!(
                    "/conversations/{}/message/{}/feedback",
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
                request = request.json(body);
                Ok(request)
            },
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
/// The parameters of [`Client::update_message_feedback`], kept in its [`Call`] until it is awaited.
pub struct UpdateMessageFeedbackParams<'a> {
    conversation_id: &'a str,
    message_id: &'a str,
    body: &'a crate::models::MessageFeedback,
}
/// Error responses of [`Client::update_message_feedback`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateMessageFeedbackError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateMessageFeedback", status, message)
    }
}
impl ::std::error::Error for UpdateMessageFeedbackError {}
