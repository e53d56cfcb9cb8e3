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
    ) -> Call<'_, ::std::vec::Vec<crate::models::Agent>, ListAgentsError> {
        const OPERATION: Operation = Operation {
            id: "listAgents",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/agents");
        self.call(
            &OPERATION,
            request,
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
pub enum ListAgentsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn create_agent(
        &self,
        body: &crate::models::CreateAgentBody,
    ) -> Call<'_, crate::models::Agent, CreateAgentError> {
        const OPERATION: Operation = Operation {
            id: "createAgent",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/agents/create");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::create_agent`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAgentError {
    /// Status `400`: Invalid agent configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    ) -> Call<'_, ::std::vec::Vec<crate::models::AgentTool>, ListAgentToolsError> {
        const OPERATION: Operation = Operation {
            id: "listAgentTools",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/agents/tools/list");
        self.call(
            &OPERATION,
            request,
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
pub enum ListAgentToolsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_agent(
        &self,
        agent_key: &str,
    ) -> Call<'_, crate::models::Agent, GetAgentError> {
        const OPERATION: Operation = Operation {
            id: "getAgent",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}",
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
                401 => Err(Error::Status(GetAgentError::Unauthorized)),
                404 => Err(Error::Status(GetAgentError::NotFound)),
                _ => Err(Error::Status(GetAgentError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::get_agent`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetAgentError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn update_agent(
        &self,
        agent_key: &str,
        body: &crate::models::UpdateAgentBody,
    ) -> Call<'_, crate::models::Agent, UpdateAgentError> {
        const OPERATION: Operation = Operation {
            id: "updateAgent",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::update_agent`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateAgentError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only creator can update
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn delete_agent(&self, agent_key: &str) -> Call<'_, (), DeleteAgentError> {
        const OPERATION: Operation = Operation {
            id: "deleteAgent",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::delete_agent`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAgentError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only creator can delete
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_agent_permissions(
        &self,
        agent_key: &str,
    ) -> Call<'_, crate::models::GetAgentPermissionsResponse, GetAgentPermissionsError> {
        const OPERATION: Operation = Operation {
            id: "getAgentPermissions",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/permissions",
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
/// Error responses of [`Client::get_agent_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetAgentPermissionsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn update_agent_permissions(
        &self,
        agent_key: &str,
        body: &crate::models::UpdateAgentPermissionsBody,
    ) -> Call<'_, (), UpdateAgentPermissionsError> {
        const OPERATION: Operation = Operation {
            id: "updateAgentPermissions",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/permissions",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::update_agent_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateAgentPermissionsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can update permissions
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn share_agent(
        &self,
        agent_key: &str,
        body: &crate::models::ShareRequest,
    ) -> Call<'_, crate::models::Agent, ShareAgentError> {
        const OPERATION: Operation = Operation {
            id: "shareAgent",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/share",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
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
                401 => Err(Error::Status(ShareAgentError::Unauthorized)),
                403 => Err(Error::Status(ShareAgentError::Forbidden)),
                404 => Err(Error::Status(ShareAgentError::NotFound)),
                _ => Err(Error::Status(ShareAgentError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::share_agent`].
#[derive(Debug, Clone, PartialEq)]
pub enum ShareAgentError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can share
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn unshare_agent(
        &self,
        agent_key: &str,
        body: &crate::models::UnshareAgentBody,
    ) -> Call<'_, crate::models::Agent, UnshareAgentError> {
        const OPERATION: Operation = Operation {
            id: "unshareAgent",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/{}/unshare",
            crate::runtime::path_param("agentKey", agent_key, Style::Simple, false),
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
/// Error responses of [`Client::unshare_agent`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnshareAgentError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only owner can unshare
    Forbidden,
    /// Status `404`: Agent not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
