//! The `Conversations` API.
//!
//! AI-powered conversational chat management with citations and follow-up questions
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// AI-powered conversational chat management with citations and follow-up questions
pub trait ConversationsApi: Clone + Send + Sync + 'static {
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
    fn create_conversation(
        &self,
        request: CreateConversationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateConversationResponse>,
    > + Send;
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
    fn stream_chat(
        &self,
        request: StreamChatRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<StreamChatResponse>> + Send;
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
    fn get_all_conversations(
        &self,
        request: GetAllConversationsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAllConversationsResponse>,
    > + Send;
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
    fn get_archived_conversations(
        &self,
        request: GetArchivedConversationsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetArchivedConversationsResponse>,
    > + Send;
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
    fn get_conversation_by_id(
        &self,
        request: GetConversationByIdRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetConversationByIdResponse>,
    > + Send;
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
    fn delete_conversation_by_id(
        &self,
        request: DeleteConversationByIdRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteConversationByIdResponse>,
    > + Send;
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
    fn add_message(
        &self,
        request: AddMessageRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<AddMessageResponse>> + Send;
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
    fn add_message_stream(
        &self,
        request: AddMessageStreamRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<AddMessageStreamResponse>,
    > + Send;
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
    fn share_conversation(
        &self,
        request: ShareConversationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ShareConversationResponse>,
    > + Send;
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
    fn unshare_conversation(
        &self,
        request: UnshareConversationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UnshareConversationResponse>,
    > + Send;
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
    fn update_conversation_title(
        &self,
        request: UpdateConversationTitleRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateConversationTitleResponse>,
    > + Send;
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
    fn archive_conversation(
        &self,
        request: ArchiveConversationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ArchiveConversationResponse>,
    > + Send;
    /// Unarchive conversation
    ///
    /// Restore an archived conversation to the active list.<br><br>
    /// <b>Overview:</b><br>
    /// Removes the archived flag, making the conversation visible in the main list again.
    ///
    /// `PATCH /conversations/{conversationId}/unarchive` (operation `unarchiveConversation`)
    fn unarchive_conversation(
        &self,
        request: UnarchiveConversationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UnarchiveConversationResponse>,
    > + Send;
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
    fn regenerate_answer(
        &self,
        request: RegenerateAnswerRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RegenerateAnswerResponse>,
    > + Send;
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
    fn update_message_feedback(
        &self,
        request: UpdateMessageFeedbackRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateMessageFeedbackResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(conversations::routes().merge(...), service)`.
pub fn routes<S: ConversationsApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/conversations",
            axum::routing::get(
                crate::apis::conversations::handle_get_all_conversations::<S>,
            ),
        );
    let routes = routes
        .route(
            "/conversations/create",
            axum::routing::post(
                crate::apis::conversations::handle_create_conversation::<S>,
            ),
        );
    let routes = routes
        .route(
            "/conversations/show/archives",
            axum::routing::get(
                crate::apis::conversations::handle_get_archived_conversations::<S>,
            ),
        );
    let routes = routes
        .route(
            "/conversations/stream",
            axum::routing::post(crate::apis::conversations::handle_stream_chat::<S>),
        );
    let routes = routes
        .route(
            "/conversations/{p0}",
            axum::routing::get(
                    crate::apis::conversations::handle_get_conversation_by_id::<S>,
                )
                .delete(
                    crate::apis::conversations::handle_delete_conversation_by_id::<S>,
                ),
        );
    let routes = routes
        .route(
            "/conversations/{p0}/archive",
            axum::routing::patch(
                crate::apis::conversations::handle_archive_conversation::<S>,
            ),
        );
    let routes = routes
        .route(
            "/conversations/{p0}/message/{p1}/feedback",
            axum::routing::post(
                crate::apis::conversations::handle_update_message_feedback::<S>,
            ),
        );
    let routes = routes
        .route(
            "/conversations/{p0}/message/{p1}/regenerate",
            axum::routing::post(
                crate::apis::conversations::handle_regenerate_answer::<S>,
            ),
        );
    let routes = routes
        .route(
            "/conversations/{p0}/messages",
            axum::routing::post(crate::apis::conversations::handle_add_message::<S>),
        );
    let routes = routes
        .route(
            "/conversations/{p0}/messages/stream",
            axum::routing::post(
                crate::apis::conversations::handle_add_message_stream::<S>,
            ),
        );
    let routes = routes
        .route(
            "/conversations/{p0}/share",
            axum::routing::post(
                crate::apis::conversations::handle_share_conversation::<S>,
            ),
        );
    let routes = routes
        .route(
            "/conversations/{p0}/title",
            axum::routing::patch(
                crate::apis::conversations::handle_update_conversation_title::<S>,
            ),
        );
    let routes = routes
        .route(
            "/conversations/{p0}/unarchive",
            axum::routing::patch(
                crate::apis::conversations::handle_unarchive_conversation::<S>,
            ),
        );
    routes
        .route(
            "/conversations/{p0}/unshare",
            axum::routing::post(
                crate::apis::conversations::handle_unshare_conversation::<S>,
            ),
        )
}

/// What a `POST /conversations/create` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateConversationRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateConversationRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /conversations/create` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateConversationResponse {
    /// Status `201`: Conversation created successfully
    Created(crate::models::Conversation),
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
}
impl IntoResponse for CreateConversationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::BadGateway => runtime::empty(runtime::status(502)),
            Self::GatewayTimeout => runtime::empty(runtime::status(504)),
        }
    }
}
impl CreateConversationRequest {
    /// Reads and checks a `POST /conversations/create` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateConversationRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /conversations/create` request and hands it to [`ConversationsApi::create_conversation`].
pub async fn handle_create_conversation<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createConversation",
        path: "/conversations/create",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateConversationRequest::read,
            |request| service.create_conversation(request),
        )
        .await
}

/// What a `POST /conversations/stream` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamChatRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateConversationRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /conversations/stream` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum StreamChatResponse {
    /// Status `200`: SSE stream established
    Ok(::std::vec::Vec<u8>),
    /// Status `400`: Invalid request parameters
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `502`: AI backend service unavailable
    BadGateway,
}
impl IntoResponse for StreamChatResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                runtime::content(runtime::status(200), "text/event-stream", body)
            }
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::BadGateway => runtime::empty(runtime::status(502)),
        }
    }
}
impl StreamChatRequest {
    /// Reads and checks a `POST /conversations/stream` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(StreamChatRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /conversations/stream` request and hands it to [`ConversationsApi::stream_chat`].
pub async fn handle_stream_chat<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "streamChat",
        path: "/conversations/stream",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            StreamChatRequest::read,
            |request| service.stream_chat(request),
        )
        .await
}

/// What a `GET /conversations` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAllConversationsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /conversations` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAllConversationsResponse {
    /// Status `200`: List of conversations
    Ok(::std::vec::Vec<crate::models::Conversation>),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
}
impl IntoResponse for GetAllConversationsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetAllConversationsRequest {
    /// Reads and checks a `GET /conversations` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAllConversationsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /conversations` request and hands it to [`ConversationsApi::get_all_conversations`].
pub async fn handle_get_all_conversations<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAllConversations",
        path: "/conversations",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAllConversationsRequest::read,
            |request| service.get_all_conversations(request),
        )
        .await
}

/// What a `GET /conversations/show/archives` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetArchivedConversationsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /conversations/show/archives` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetArchivedConversationsResponse {
    /// Status `200`: List of archived conversations
    Ok(::std::vec::Vec<crate::models::Conversation>),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetArchivedConversationsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetArchivedConversationsRequest {
    /// Reads and checks a `GET /conversations/show/archives` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetArchivedConversationsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /conversations/show/archives` request and hands it to [`ConversationsApi::get_archived_conversations`].
pub async fn handle_get_archived_conversations<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getArchivedConversations",
        path: "/conversations/show/archives",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetArchivedConversationsRequest::read,
            |request| service.get_archived_conversations(request),
        )
        .await
}

/// What a `GET /conversations/{conversationId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetConversationByIdRequest {
    /// path parameter `conversationId`.
    ///
    /// Unique conversation identifier
    pub conversation_id: ::std::string::String,
    /// query parameter `page`.
    ///
    /// Page number for message pagination
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    ///
    /// Number of messages per page
    pub limit: ::std::option::Option<i64>,
    /// query parameter `sortBy`.
    ///
    /// Field to sort messages by
    pub sort_by: ::std::option::Option<::std::string::String>,
    /// query parameter `sortOrder`.
    ///
    /// Sort direction
    pub sort_order: ::std::option::Option<crate::models::GetConversationByIdSortOrder>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /conversations/{conversationId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetConversationByIdResponse {
    /// Status `200`: Conversation with paginated messages
    Ok(crate::models::GetConversationByIdResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - No access to this conversation
    Forbidden,
    /// Status `404`: Conversation not found
    NotFound,
}
impl IntoResponse for GetConversationByIdResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetConversationByIdRequest {
    /// Reads and checks a `GET /conversations/{conversationId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetConversationByIdRequest {
            conversation_id: runtime::path_param(path, "p0", "conversationId")?,
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            sort_by: query.optional("sortBy", false)?,
            sort_order: query.optional("sortOrder", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /conversations/{conversationId}` request and hands it to [`ConversationsApi::get_conversation_by_id`].
pub async fn handle_get_conversation_by_id<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getConversationById",
        path: "/conversations/{conversationId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetConversationByIdRequest::read,
            |request| service.get_conversation_by_id(request),
        )
        .await
}

/// What a `DELETE /conversations/{conversationId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteConversationByIdRequest {
    /// path parameter `conversationId`.
    ///
    /// Unique conversation identifier
    pub conversation_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /conversations/{conversationId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteConversationByIdResponse {
    /// Status `200`: Conversation deleted successfully
    Ok(crate::models::DeleteConversationByIdResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can delete
    Forbidden,
    /// Status `404`: Conversation not found
    NotFound,
}
impl IntoResponse for DeleteConversationByIdResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteConversationByIdRequest {
    /// Reads and checks a `DELETE /conversations/{conversationId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteConversationByIdRequest {
            conversation_id: runtime::path_param(path, "p0", "conversationId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /conversations/{conversationId}` request and hands it to [`ConversationsApi::delete_conversation_by_id`].
pub async fn handle_delete_conversation_by_id<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteConversationById",
        path: "/conversations/{conversationId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteConversationByIdRequest::read,
            |request| service.delete_conversation_by_id(request),
        )
        .await
}

/// What a `POST /conversations/{conversationId}/messages` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AddMessageRequest {
    /// path parameter `conversationId`.
    ///
    /// Unique conversation identifier
    pub conversation_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::AddMessageRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /conversations/{conversationId}/messages` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AddMessageResponse {
    /// Status `200`: Message added and response generated
    Ok(crate::models::Conversation),
    /// Status `400`: Invalid request - Query cannot be empty
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - No write access to this conversation
    Forbidden,
    /// Status `404`: Conversation not found
    NotFound,
}
impl IntoResponse for AddMessageResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl AddMessageRequest {
    /// Reads and checks a `POST /conversations/{conversationId}/messages` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(AddMessageRequest {
            conversation_id: runtime::path_param(path, "p0", "conversationId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /conversations/{conversationId}/messages` request and hands it to [`ConversationsApi::add_message`].
pub async fn handle_add_message<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "addMessage",
        path: "/conversations/{conversationId}/messages",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AddMessageRequest::read,
            |request| service.add_message(request),
        )
        .await
}

/// What a `POST /conversations/{conversationId}/messages/stream` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AddMessageStreamRequest {
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
/// The responses `POST /conversations/{conversationId}/messages/stream` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AddMessageStreamResponse {
    /// Status `200`: SSE stream established
    Ok(::std::vec::Vec<u8>),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation not found
    NotFound,
}
impl IntoResponse for AddMessageStreamResponse {
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
impl AddMessageStreamRequest {
    /// Reads and checks a `POST /conversations/{conversationId}/messages/stream` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(AddMessageStreamRequest {
            conversation_id: runtime::path_param(path, "p0", "conversationId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /conversations/{conversationId}/messages/stream` request and hands it to [`ConversationsApi::add_message_stream`].
pub async fn handle_add_message_stream<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "addMessageStream",
        path: "/conversations/{conversationId}/messages/stream",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AddMessageStreamRequest::read,
            |request| service.add_message_stream(request),
        )
        .await
}

/// What a `POST /conversations/{conversationId}/share` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareConversationRequest {
    /// path parameter `conversationId`.
    pub conversation_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::ShareRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /conversations/{conversationId}/share` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareConversationResponse {
    /// Status `200`: Conversation shared successfully
    Ok(crate::models::Conversation),
    /// Status `400`: Invalid request - userIds array required
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can share
    Forbidden,
    /// Status `404`: Conversation or users not found
    NotFound,
}
impl IntoResponse for ShareConversationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ShareConversationRequest {
    /// Reads and checks a `POST /conversations/{conversationId}/share` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ShareConversationRequest {
            conversation_id: runtime::path_param(path, "p0", "conversationId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /conversations/{conversationId}/share` request and hands it to [`ConversationsApi::share_conversation`].
pub async fn handle_share_conversation<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "shareConversation",
        path: "/conversations/{conversationId}/share",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ShareConversationRequest::read,
            |request| service.share_conversation(request),
        )
        .await
}

/// What a `POST /conversations/{conversationId}/unshare` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UnshareConversationRequest {
    /// path parameter `conversationId`.
    pub conversation_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UnshareConversationBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /conversations/{conversationId}/unshare` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UnshareConversationResponse {
    /// Status `200`: Access revoked successfully
    Ok(crate::models::Conversation),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can unshare
    Forbidden,
    /// Status `404`: Conversation not found
    NotFound,
}
impl IntoResponse for UnshareConversationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UnshareConversationRequest {
    /// Reads and checks a `POST /conversations/{conversationId}/unshare` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UnshareConversationRequest {
            conversation_id: runtime::path_param(path, "p0", "conversationId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /conversations/{conversationId}/unshare` request and hands it to [`ConversationsApi::unshare_conversation`].
pub async fn handle_unshare_conversation<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "unshareConversation",
        path: "/conversations/{conversationId}/unshare",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UnshareConversationRequest::read,
            |request| service.unshare_conversation(request),
        )
        .await
}

/// What a `PATCH /conversations/{conversationId}/title` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateConversationTitleRequest {
    /// path parameter `conversationId`.
    pub conversation_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateConversationTitleBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /conversations/{conversationId}/title` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateConversationTitleResponse {
    /// Status `200`: Title updated successfully
    Ok(crate::models::Conversation),
    /// Status `400`: Invalid title - must be 1-200 characters
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation not found
    NotFound,
}
impl IntoResponse for UpdateConversationTitleResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateConversationTitleRequest {
    /// Reads and checks a `PATCH /conversations/{conversationId}/title` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateConversationTitleRequest {
            conversation_id: runtime::path_param(path, "p0", "conversationId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /conversations/{conversationId}/title` request and hands it to [`ConversationsApi::update_conversation_title`].
pub async fn handle_update_conversation_title<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateConversationTitle",
        path: "/conversations/{conversationId}/title",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateConversationTitleRequest::read,
            |request| service.update_conversation_title(request),
        )
        .await
}

/// What a `PATCH /conversations/{conversationId}/archive` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveConversationRequest {
    /// path parameter `conversationId`.
    pub conversation_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /conversations/{conversationId}/archive` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ArchiveConversationResponse {
    /// Status `200`: Conversation archived successfully
    Ok(crate::models::Conversation),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation not found
    NotFound,
}
impl IntoResponse for ArchiveConversationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ArchiveConversationRequest {
    /// Reads and checks a `PATCH /conversations/{conversationId}/archive` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ArchiveConversationRequest {
            conversation_id: runtime::path_param(path, "p0", "conversationId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /conversations/{conversationId}/archive` request and hands it to [`ConversationsApi::archive_conversation`].
pub async fn handle_archive_conversation<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "archiveConversation",
        path: "/conversations/{conversationId}/archive",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ArchiveConversationRequest::read,
            |request| service.archive_conversation(request),
        )
        .await
}

/// What a `PATCH /conversations/{conversationId}/unarchive` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UnarchiveConversationRequest {
    /// path parameter `conversationId`.
    pub conversation_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /conversations/{conversationId}/unarchive` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UnarchiveConversationResponse {
    /// Status `200`: Conversation unarchived successfully
    Ok(crate::models::Conversation),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation not found
    NotFound,
}
impl IntoResponse for UnarchiveConversationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UnarchiveConversationRequest {
    /// Reads and checks a `PATCH /conversations/{conversationId}/unarchive` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UnarchiveConversationRequest {
            conversation_id: runtime::path_param(path, "p0", "conversationId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /conversations/{conversationId}/unarchive` request and hands it to [`ConversationsApi::unarchive_conversation`].
pub async fn handle_unarchive_conversation<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "unarchiveConversation",
        path: "/conversations/{conversationId}/unarchive",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UnarchiveConversationRequest::read,
            |request| service.unarchive_conversation(request),
        )
        .await
}

/// What a `POST /conversations/{conversationId}/message/{messageId}/regenerate` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RegenerateAnswerRequest {
    /// path parameter `conversationId`.
    pub conversation_id: ::std::string::String,
    /// path parameter `messageId`.
    ///
    /// ID of the message to regenerate response for
    pub message_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::RegenerateAnswerBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /conversations/{conversationId}/message/{messageId}/regenerate` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RegenerateAnswerResponse {
    /// Status `200`: Response regenerated successfully
    Ok(crate::models::Conversation),
    /// Status `400`: Cannot regenerate - message type not supported
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Conversation or message not found
    NotFound,
}
impl IntoResponse for RegenerateAnswerResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl RegenerateAnswerRequest {
    /// Reads and checks a `POST /conversations/{conversationId}/message/{messageId}/regenerate` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RegenerateAnswerRequest {
            conversation_id: runtime::path_param(path, "p0", "conversationId")?,
            message_id: runtime::path_param(path, "p1", "messageId")?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /conversations/{conversationId}/message/{messageId}/regenerate` request and hands it to [`ConversationsApi::regenerate_answer`].
pub async fn handle_regenerate_answer<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "regenerateAnswer",
        path: "/conversations/{conversationId}/message/{messageId}/regenerate",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RegenerateAnswerRequest::read,
            |request| service.regenerate_answer(request),
        )
        .await
}

/// What a `POST /conversations/{conversationId}/message/{messageId}/feedback` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateMessageFeedbackRequest {
    /// path parameter `conversationId`.
    pub conversation_id: ::std::string::String,
    /// path parameter `messageId`.
    pub message_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::MessageFeedback,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /conversations/{conversationId}/message/{messageId}/feedback` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateMessageFeedbackResponse {
    /// Status `200`: Feedback submitted successfully
    Ok(crate::models::Conversation),
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
}
impl IntoResponse for UpdateMessageFeedbackResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateMessageFeedbackRequest {
    /// Reads and checks a `POST /conversations/{conversationId}/message/{messageId}/feedback` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateMessageFeedbackRequest {
            conversation_id: runtime::path_param(path, "p0", "conversationId")?,
            message_id: runtime::path_param(path, "p1", "messageId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /conversations/{conversationId}/message/{messageId}/feedback` request and hands it to [`ConversationsApi::update_message_feedback`].
pub async fn handle_update_message_feedback<S: ConversationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateMessageFeedback",
        path: "/conversations/{conversationId}/message/{messageId}/feedback",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateMessageFeedbackRequest::read,
            |request| service.update_message_feedback(request),
        )
        .await
}
