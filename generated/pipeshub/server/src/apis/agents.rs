//! The `Agents` API.
//!
//! Custom AI agents with specialized capabilities and tool integrations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Custom AI agents with specialized capabilities and tool integrations
pub trait AgentsApi: Clone + Send + Sync + 'static {
    /// List agents
    ///
    /// Retrieve all agents available to the authenticated user.<br><br>
    /// <b>Overview:</b><br>
    /// Returns agents created by the user plus public agents in the organization.
    /// Each agent has unique capabilities defined by its tools and knowledge scope.
    ///
    /// `GET /agents` (operation `listAgents`)
    fn list_agents(
        &self,
        request: ListAgentsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListAgentsResponse>> + Send;
    /// Create agent
    ///
    /// Create a new custom AI agent.<br><br>
    /// <b>Overview:</b><br>
    /// Agents are specialized AI assistants configured for specific tasks.
    /// They can have custom system prompts, access to specific tools, and
    /// be limited to certain knowledge bases.<br><br>
    /// <b>Agent Configuration:</b><br>
    /// <ul>
    /// <li><b>System prompt:</b> Instructions that define agent behavior</li>
    /// <li><b>Tools:</b> Capabilities like web search, code execution, etc.</li>
    /// <li><b>Knowledge bases:</b> Data sources the agent can access</li>
    /// <li><b>Model config:</b> AI model settings (temperature, max tokens)</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Customer support bot with product knowledge</li>
    /// <li>Code review assistant with repository access</li>
    /// <li>HR assistant with policy documents</li>
    /// </ul>
    ///
    /// `POST /agents/create` (operation `createAgent`)
    fn create_agent(
        &self,
        request: CreateAgentRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<CreateAgentResponse>> + Send;
    /// List available tools
    ///
    /// Get all tools that can be assigned to agents.<br><br>
    /// <b>Overview:</b><br>
    /// Tools extend agent capabilities beyond basic Q&A. Each tool
    /// has specific inputs and outputs defined by its schema.<br><br>
    /// <b>Common Tools:</b><br>
    /// <ul>
    /// <li><b>web-search:</b> Search the internet</li>
    /// <li><b>code-interpreter:</b> Execute code snippets</li>
    /// <li><b>file-reader:</b> Read uploaded files</li>
    /// <li><b>api-caller:</b> Make external API requests</li>
    /// </ul>
    ///
    /// `GET /agents/tools/list` (operation `listAgentTools`)
    fn list_agent_tools(
        &self,
        request: ListAgentToolsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListAgentToolsResponse>,
    > + Send;
    /// Get agent
    ///
    /// Retrieve agent details by its unique key.
    ///
    /// `GET /agents/{agentKey}` (operation `getAgent`)
    fn get_agent(
        &self,
        request: GetAgentRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetAgentResponse>> + Send;
    /// Update agent
    ///
    /// Update an existing agent's configuration.<br><br>
    /// <b>Permissions:</b><br>
    /// Only the agent creator can update it.
    ///
    /// `PUT /agents/{agentKey}` (operation `updateAgent`)
    fn update_agent(
        &self,
        request: UpdateAgentRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UpdateAgentResponse>> + Send;
    /// Delete agent
    ///
    /// Delete an agent.<br><br>
    /// <b>Warning:</b><br>
    /// All conversations with this agent will become inaccessible.
    ///
    /// `DELETE /agents/{agentKey}` (operation `deleteAgent`)
    fn delete_agent(
        &self,
        request: DeleteAgentRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<DeleteAgentResponse>> + Send;
    /// Get agent permissions
    ///
    /// Get the current permission configuration for an agent.
    ///
    /// `GET /agents/{agentKey}/permissions` (operation `getAgentPermissions`)
    fn get_agent_permissions(
        &self,
        request: GetAgentPermissionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAgentPermissionsResponse>,
    > + Send;
    /// Update agent permissions
    ///
    /// Update who can access and use the agent.
    ///
    /// `PUT /agents/{agentKey}/permissions` (operation `updateAgentPermissions`)
    fn update_agent_permissions(
        &self,
        request: UpdateAgentPermissionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateAgentPermissionsResponse>,
    > + Send;
    /// Share agent
    ///
    /// Share an agent with specific users.
    ///
    /// `POST /agents/{agentKey}/share` (operation `shareAgent`)
    fn share_agent(
        &self,
        request: ShareAgentRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ShareAgentResponse>> + Send;
    /// Revoke agent access
    ///
    /// Remove sharing access from specified users.
    ///
    /// `POST /agents/{agentKey}/unshare` (operation `unshareAgent`)
    fn unshare_agent(
        &self,
        request: UnshareAgentRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UnshareAgentResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(agents::routes().merge(...), service)`.
pub fn routes<S: AgentsApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/agents",
            axum::routing::get(crate::apis::agents::handle_list_agents::<S>),
        );
    let routes = routes
        .route(
            "/agents/create",
            axum::routing::post(crate::apis::agents::handle_create_agent::<S>),
        );
    let routes = routes
        .route(
            "/agents/tools/list",
            axum::routing::get(crate::apis::agents::handle_list_agent_tools::<S>),
        );
    let routes = routes
        .route(
            "/agents/{p0}",
            axum::routing::get(crate::apis::agents::handle_get_agent::<S>)
                .put(crate::apis::agents::handle_update_agent::<S>)
                .delete(crate::apis::agents::handle_delete_agent::<S>),
        );
    let routes = routes
        .route(
            "/agents/{p0}/permissions",
            axum::routing::get(crate::apis::agents::handle_get_agent_permissions::<S>)
                .put(crate::apis::agents::handle_update_agent_permissions::<S>),
        );
    let routes = routes
        .route(
            "/agents/{p0}/share",
            axum::routing::post(crate::apis::agents::handle_share_agent::<S>),
        );
    routes
        .route(
            "/agents/{p0}/unshare",
            axum::routing::post(crate::apis::agents::handle_unshare_agent::<S>),
        )
}

/// What a `GET /agents` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListAgentsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /agents` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListAgentsResponse {
    /// Status `200`: List of agents
    Ok(::std::vec::Vec<crate::models::Agent>),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ListAgentsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListAgentsRequest {
    /// Reads and checks a `GET /agents` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListAgentsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /agents` request and hands it to [`AgentsApi::list_agents`].
pub async fn handle_list_agents<S: AgentsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listAgents",
        path: "/agents",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListAgentsRequest::read,
            |request| service.list_agents(request),
        )
        .await
}

/// What a `POST /agents/create` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAgentRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateAgentBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /agents/create` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAgentResponse {
    /// Status `201`: Agent created
    Created(crate::models::Agent),
    /// Status `400`: Invalid agent configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for CreateAgentResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl CreateAgentRequest {
    /// Reads and checks a `POST /agents/create` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateAgentRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /agents/create` request and hands it to [`AgentsApi::create_agent`].
pub async fn handle_create_agent<S: AgentsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createAgent",
        path: "/agents/create",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateAgentRequest::read,
            |request| service.create_agent(request),
        )
        .await
}

/// What a `GET /agents/tools/list` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListAgentToolsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /agents/tools/list` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListAgentToolsResponse {
    /// Status `200`: List of available tools
    Ok(::std::vec::Vec<crate::models::AgentTool>),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ListAgentToolsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListAgentToolsRequest {
    /// Reads and checks a `GET /agents/tools/list` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListAgentToolsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /agents/tools/list` request and hands it to [`AgentsApi::list_agent_tools`].
pub async fn handle_list_agent_tools<S: AgentsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listAgentTools",
        path: "/agents/tools/list",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListAgentToolsRequest::read,
            |request| service.list_agent_tools(request),
        )
        .await
}

/// What a `GET /agents/{agentKey}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAgentRequest {
    /// path parameter `agentKey`.
    ///
    /// Unique agent identifier
    pub agent_key: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /agents/{agentKey}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAgentResponse {
    /// Status `200`: Agent details
    Ok(crate::models::Agent),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
}
impl IntoResponse for GetAgentResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetAgentRequest {
    /// Reads and checks a `GET /agents/{agentKey}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAgentRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /agents/{agentKey}` request and hands it to [`AgentsApi::get_agent`].
pub async fn handle_get_agent<S: AgentsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAgent",
        path: "/agents/{agentKey}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAgentRequest::read,
            |request| service.get_agent(request),
        )
        .await
}

/// What a `PUT /agents/{agentKey}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateAgentRequest {
    /// path parameter `agentKey`.
    pub agent_key: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateAgentBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /agents/{agentKey}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateAgentResponse {
    /// Status `200`: Agent updated
    Ok(crate::models::Agent),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only creator can update
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
}
impl IntoResponse for UpdateAgentResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateAgentRequest {
    /// Reads and checks a `PUT /agents/{agentKey}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateAgentRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /agents/{agentKey}` request and hands it to [`AgentsApi::update_agent`].
pub async fn handle_update_agent<S: AgentsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateAgent",
        path: "/agents/{agentKey}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateAgentRequest::read,
            |request| service.update_agent(request),
        )
        .await
}

/// What a `DELETE /agents/{agentKey}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAgentRequest {
    /// path parameter `agentKey`.
    pub agent_key: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /agents/{agentKey}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAgentResponse {
    /// Status `200`: Agent deleted
    Ok,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only creator can delete
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
}
impl IntoResponse for DeleteAgentResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteAgentRequest {
    /// Reads and checks a `DELETE /agents/{agentKey}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteAgentRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /agents/{agentKey}` request and hands it to [`AgentsApi::delete_agent`].
pub async fn handle_delete_agent<S: AgentsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteAgent",
        path: "/agents/{agentKey}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteAgentRequest::read,
            |request| service.delete_agent(request),
        )
        .await
}

/// What a `GET /agents/{agentKey}/permissions` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAgentPermissionsRequest {
    /// path parameter `agentKey`.
    pub agent_key: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /agents/{agentKey}/permissions` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAgentPermissionsResponse {
    /// Status `200`: Permission configuration
    Ok(crate::models::GetAgentPermissionsResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
}
impl IntoResponse for GetAgentPermissionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetAgentPermissionsRequest {
    /// Reads and checks a `GET /agents/{agentKey}/permissions` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAgentPermissionsRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /agents/{agentKey}/permissions` request and hands it to [`AgentsApi::get_agent_permissions`].
pub async fn handle_get_agent_permissions<S: AgentsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAgentPermissions",
        path: "/agents/{agentKey}/permissions",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAgentPermissionsRequest::read,
            |request| service.get_agent_permissions(request),
        )
        .await
}

/// What a `PUT /agents/{agentKey}/permissions` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateAgentPermissionsRequest {
    /// path parameter `agentKey`.
    pub agent_key: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateAgentPermissionsBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /agents/{agentKey}/permissions` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateAgentPermissionsResponse {
    /// Status `200`: Permissions updated
    Ok,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can update permissions
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
}
impl IntoResponse for UpdateAgentPermissionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateAgentPermissionsRequest {
    /// Reads and checks a `PUT /agents/{agentKey}/permissions` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateAgentPermissionsRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /agents/{agentKey}/permissions` request and hands it to [`AgentsApi::update_agent_permissions`].
pub async fn handle_update_agent_permissions<S: AgentsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateAgentPermissions",
        path: "/agents/{agentKey}/permissions",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateAgentPermissionsRequest::read,
            |request| service.update_agent_permissions(request),
        )
        .await
}

/// What a `POST /agents/{agentKey}/share` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareAgentRequest {
    /// path parameter `agentKey`.
    pub agent_key: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::ShareRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /agents/{agentKey}/share` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareAgentResponse {
    /// Status `200`: Agent shared
    Ok(crate::models::Agent),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can share
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
}
impl IntoResponse for ShareAgentResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ShareAgentRequest {
    /// Reads and checks a `POST /agents/{agentKey}/share` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ShareAgentRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /agents/{agentKey}/share` request and hands it to [`AgentsApi::share_agent`].
pub async fn handle_share_agent<S: AgentsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "shareAgent",
        path: "/agents/{agentKey}/share",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ShareAgentRequest::read,
            |request| service.share_agent(request),
        )
        .await
}

/// What a `POST /agents/{agentKey}/unshare` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UnshareAgentRequest {
    /// path parameter `agentKey`.
    pub agent_key: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UnshareAgentBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /agents/{agentKey}/unshare` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UnshareAgentResponse {
    /// Status `200`: Access revoked
    Ok(crate::models::Agent),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can unshare
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
}
impl IntoResponse for UnshareAgentResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UnshareAgentRequest {
    /// Reads and checks a `POST /agents/{agentKey}/unshare` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UnshareAgentRequest {
            agent_key: runtime::path_param(path, "p0", "agentKey")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /agents/{agentKey}/unshare` request and hands it to [`AgentsApi::unshare_agent`].
pub async fn handle_unshare_agent<S: AgentsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "unshareAgent",
        path: "/agents/{agentKey}/unshare",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UnshareAgentRequest::read,
            |request| service.unshare_agent(request),
        )
        .await
}
