//! Operations of the `Agents` API.
//!
//! Custom AI agents with specialized capabilities and tool integrations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// List agents
    ///
    /// Retrieve all agents available to the authenticated user.<br><br>
    /// <b>Overview:</b><br>
    /// Returns agents created by the user plus public agents in the organization.
    /// Each agent has unique capabilities defined by its tools and knowledge scope.
    ///
    /// `GET /agents` (operation `listAgents`)
    pub fn list_agents(
        &self,
    ) -> Call<'_, (), ::std::vec::Vec<crate::models::Agent>, ListAgentsError> {
        const OPERATION: Operation = Operation {
            id: "listAgents",
            method: "GET",
            path: "/agents",
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
                    .request(&OPERATION, ::reqwest::Method::GET, "/agents");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ListAgentsError::Unauthorized)),
                _ => Err(Error::Status(ListAgentsError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::list_agents`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListAgentsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListAgentsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listAgents", status, message)
    }
}
impl ::std::error::Error for ListAgentsError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_agent<'a>(
        &'a self,
        body: &'a crate::models::CreateAgentBody,
    ) -> Call<'a, CreateAgentParams<'a>, crate::models::Agent, CreateAgentError> {
        const OPERATION: Operation = Operation {
            id: "createAgent",
            method: "POST",
            path: "/agents/create",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateAgentParams { body },
            |client, params| {
                let CreateAgentParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/agents/create");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateAgentError::BadRequest)),
                401 => Err(Error::Status(CreateAgentError::Unauthorized)),
                _ => Err(Error::Status(CreateAgentError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::create_agent`], kept in its [`Call`] until it is awaited.
pub struct CreateAgentParams<'a> {
    body: &'a crate::models::CreateAgentBody,
}
/// Error responses of [`Client::create_agent`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateAgentError {
    /// Status `400`: Invalid agent configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateAgentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createAgent", status, message)
    }
}
impl ::std::error::Error for CreateAgentError {}

impl Client {
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
    pub fn list_agent_tools(
        &self,
    ) -> Call<'_, (), ::std::vec::Vec<crate::models::AgentTool>, ListAgentToolsError> {
        const OPERATION: Operation = Operation {
            id: "listAgentTools",
            method: "GET",
            path: "/agents/tools/list",
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
                    .request(&OPERATION, ::reqwest::Method::GET, "/agents/tools/list");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ListAgentToolsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            ListAgentToolsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_agent_tools`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListAgentToolsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListAgentToolsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listAgentTools", status, message)
    }
}
impl ::std::error::Error for ListAgentToolsError {}

impl Client {
    /// Get agent
    ///
    /// Retrieve agent details by its unique key.
    ///
    /// `GET /agents/{agentKey}` (operation `getAgent`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`. Unique agent identifier
    pub fn get_agent<'a>(
        &'a self,
        agent_key: &'a str,
    ) -> Call<'a, GetAgentParams<'a>, crate::models::Agent, GetAgentError> {
        const OPERATION: Operation = Operation {
            id: "getAgent",
            method: "GET",
            path: "/agents/{agentKey}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetAgentParams { agent_key },
            |client, params| {
                let GetAgentParams { agent_key } = params;
                let path = format!(
                    "/agents/{}",
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
                401 => Err(Error::Status(GetAgentError::Unauthorized)),
                404 => Err(Error::Status(GetAgentError::NotFound)),
                _ => Err(Error::Status(GetAgentError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_agent`], kept in its [`Call`] until it is awaited.
pub struct GetAgentParams<'a> {
    agent_key: &'a str,
}
/// Error responses of [`Client::get_agent`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAgentError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAgentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAgent", status, message)
    }
}
impl ::std::error::Error for GetAgentError {}

impl Client {
    /// Update agent
    ///
    /// Update an existing agent's configuration.<br><br>
    /// <b>Permissions:</b><br>
    /// Only the agent creator can update it.
    ///
    /// `PUT /agents/{agentKey}` (operation `updateAgent`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`
    /// * `body`: request body, sent as `application/json`. Request body for Update agent
    pub fn update_agent<'a>(
        &'a self,
        agent_key: &'a str,
        body: &'a crate::models::UpdateAgentBody,
    ) -> Call<'a, UpdateAgentParams<'a>, crate::models::Agent, UpdateAgentError> {
        const OPERATION: Operation = Operation {
            id: "updateAgent",
            method: "PUT",
            path: "/agents/{agentKey}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateAgentParams {
                agent_key,
                body,
            },
            |client, params| {
                let UpdateAgentParams { agent_key, body } = params;
                let path = format!(
                    "/agents/{}",
                    crate::runtime::path_param(
                        "agentKey",
                        agent_key,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(UpdateAgentError::Unauthorized)),
                403 => Err(Error::Status(UpdateAgentError::Forbidden)),
                404 => Err(Error::Status(UpdateAgentError::NotFound)),
                _ => Err(Error::Status(UpdateAgentError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::update_agent`], kept in its [`Call`] until it is awaited.
pub struct UpdateAgentParams<'a> {
    agent_key: &'a str,
    body: &'a crate::models::UpdateAgentBody,
}
/// Error responses of [`Client::update_agent`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateAgentError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only creator can update
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateAgentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateAgent", status, message)
    }
}
impl ::std::error::Error for UpdateAgentError {}

impl Client {
    /// Delete agent
    ///
    /// Delete an agent.<br><br>
    /// <b>Warning:</b><br>
    /// All conversations with this agent will become inaccessible.
    ///
    /// `DELETE /agents/{agentKey}` (operation `deleteAgent`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`
    pub fn delete_agent<'a>(
        &'a self,
        agent_key: &'a str,
    ) -> Call<'a, DeleteAgentParams<'a>, (), DeleteAgentError> {
        const OPERATION: Operation = Operation {
            id: "deleteAgent",
            method: "DELETE",
            path: "/agents/{agentKey}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteAgentParams { agent_key },
            |client, params| {
                let DeleteAgentParams { agent_key } = params;
                let path = format!(
                    "/agents/{}",
                    crate::runtime::path_param(
                        "agentKey",
                        agent_key,
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
                401 => Err(Error::Status(DeleteAgentError::Unauthorized)),
                403 => Err(Error::Status(DeleteAgentError::Forbidden)),
                404 => Err(Error::Status(DeleteAgentError::NotFound)),
                _ => Err(Error::Status(DeleteAgentError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::delete_agent`], kept in its [`Call`] until it is awaited.
pub struct DeleteAgentParams<'a> {
    agent_key: &'a str,
}
/// Error responses of [`Client::delete_agent`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteAgentError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only creator can delete
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteAgentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteAgent", status, message)
    }
}
impl ::std::error::Error for DeleteAgentError {}

impl Client {
    /// Get agent permissions
    ///
    /// Get the current permission configuration for an agent.
    ///
    /// `GET /agents/{agentKey}/permissions` (operation `getAgentPermissions`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`
    pub fn get_agent_permissions<'a>(
        &'a self,
        agent_key: &'a str,
    ) -> Call<
        'a,
        GetAgentPermissionsParams<'a>,
        crate::models::GetAgentPermissionsResponse,
        GetAgentPermissionsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getAgentPermissions",
            method: "GET",
            path: "/agents/{agentKey}/permissions",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetAgentPermissionsParams {
                agent_key,
            },
            |client, params| {
                let GetAgentPermissionsParams { agent_key } = params;
                let path = format!(
                    "/agents/{}/permissions",
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
                401 => Err(Error::Status(GetAgentPermissionsError::Unauthorized)),
                404 => Err(Error::Status(GetAgentPermissionsError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetAgentPermissionsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_agent_permissions`], kept in its [`Call`] until it is awaited.
pub struct GetAgentPermissionsParams<'a> {
    agent_key: &'a str,
}
/// Error responses of [`Client::get_agent_permissions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAgentPermissionsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAgentPermissionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAgentPermissions", status, message)
    }
}
impl ::std::error::Error for GetAgentPermissionsError {}

impl Client {
    /// Update agent permissions
    ///
    /// Update who can access and use the agent.
    ///
    /// `PUT /agents/{agentKey}/permissions` (operation `updateAgentPermissions`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`
    /// * `body`: request body, sent as `application/json`. Request body for Update agent permissions
    pub fn update_agent_permissions<'a>(
        &'a self,
        agent_key: &'a str,
        body: &'a crate::models::UpdateAgentPermissionsBody,
    ) -> Call<'a, UpdateAgentPermissionsParams<'a>, (), UpdateAgentPermissionsError> {
        const OPERATION: Operation = Operation {
            id: "updateAgentPermissions",
            method: "PUT",
            path: "/agents/{agentKey}/permissions",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateAgentPermissionsParams {
                agent_key,
                body,
            },
            |client, params| {
                let UpdateAgentPermissionsParams { agent_key, body } = params;
                let path = format!(
                    "/agents/{}/permissions",
                    crate::runtime::path_param(
                        "agentKey",
                        agent_key,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                401 => Err(Error::Status(UpdateAgentPermissionsError::Unauthorized)),
                403 => Err(Error::Status(UpdateAgentPermissionsError::Forbidden)),
                404 => Err(Error::Status(UpdateAgentPermissionsError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateAgentPermissionsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_agent_permissions`], kept in its [`Call`] until it is awaited.
pub struct UpdateAgentPermissionsParams<'a> {
    agent_key: &'a str,
    body: &'a crate::models::UpdateAgentPermissionsBody,
}
/// Error responses of [`Client::update_agent_permissions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateAgentPermissionsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can update permissions
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateAgentPermissionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateAgentPermissions", status, message)
    }
}
impl ::std::error::Error for UpdateAgentPermissionsError {}

impl Client {
    /// Share agent
    ///
    /// Share an agent with specific users.
    ///
    /// `POST /agents/{agentKey}/share` (operation `shareAgent`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`
    /// * `body`: request body, sent as `application/json`. Request body for Share agent
    pub fn share_agent<'a>(
        &'a self,
        agent_key: &'a str,
        body: &'a crate::models::ShareRequest,
    ) -> Call<'a, ShareAgentParams<'a>, crate::models::Agent, ShareAgentError> {
        const OPERATION: Operation = Operation {
            id: "shareAgent",
            method: "POST",
            path: "/agents/{agentKey}/share",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ShareAgentParams {
                agent_key,
                body,
            },
            |client, params| {
                let ShareAgentParams { agent_key, body } = params;
                let path = format!(
                    "/agents/{}/share",
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
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ShareAgentError::Unauthorized)),
                403 => Err(Error::Status(ShareAgentError::Forbidden)),
                404 => Err(Error::Status(ShareAgentError::NotFound)),
                _ => Err(Error::Status(ShareAgentError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::share_agent`], kept in its [`Call`] until it is awaited.
pub struct ShareAgentParams<'a> {
    agent_key: &'a str,
    body: &'a crate::models::ShareRequest,
}
/// Error responses of [`Client::share_agent`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ShareAgentError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can share
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ShareAgentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "shareAgent", status, message)
    }
}
impl ::std::error::Error for ShareAgentError {}

impl Client {
    /// Revoke agent access
    ///
    /// Remove sharing access from specified users.
    ///
    /// `POST /agents/{agentKey}/unshare` (operation `unshareAgent`)
    ///
    /// # Arguments
    ///
    /// * `agent_key`: path parameter `agentKey`
    /// * `body`: request body, sent as `application/json`. Request body for Revoke agent access
    pub fn unshare_agent<'a>(
        &'a self,
        agent_key: &'a str,
        body: &'a crate::models::UnshareAgentBody,
    ) -> Call<'a, UnshareAgentParams<'a>, crate::models::Agent, UnshareAgentError> {
        const OPERATION: Operation = Operation {
            id: "unshareAgent",
            method: "POST",
            path: "/agents/{agentKey}/unshare",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UnshareAgentParams {
                agent_key,
                body,
            },
            |client, params| {
                let UnshareAgentParams { agent_key, body } = params;
                let path = format!(
                    "/agents/{}/unshare",
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
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(UnshareAgentError::Unauthorized)),
                403 => Err(Error::Status(UnshareAgentError::Forbidden)),
                404 => Err(Error::Status(UnshareAgentError::NotFound)),
                _ => {
                    Err(Error::Status(UnshareAgentError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// The parameters of [`Client::unshare_agent`], kept in its [`Call`] until it is awaited.
pub struct UnshareAgentParams<'a> {
    agent_key: &'a str,
    body: &'a crate::models::UnshareAgentBody,
}
/// Error responses of [`Client::unshare_agent`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UnshareAgentError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can unshare
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UnshareAgentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "unshareAgent", status, message)
    }
}
impl ::std::error::Error for UnshareAgentError {}
