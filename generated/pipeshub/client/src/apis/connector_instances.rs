//! Operations of the `Connector Instances` API.
//!
//! Create, manage, and delete connector instances for your organization
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// List connector instances
    ///
    /// Get all configured connector instances for your organization.<br><br>
    /// <b>Overview:</b><br>
    /// Returns instances created by users, filtered by scope and permissions.
    /// Team-scope connectors are visible to all org users. Personal connectors
    /// are only visible to their creators.<br><br>
    /// <b>Instance States:</b><br>
    /// <ul>
    /// <li><b>isConfigured:</b> All required settings are complete</li>
    /// <li><b>isAuthenticated:</b> OAuth flow complete or credentials valid</li>
    /// <li><b>isActive:</b> Connector is enabled for sync/agent</li>
    /// </ul>
    ///
    /// `GET /connectors` (operation `listConnectorInstances`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListConnectorInstancesParams`\]).
    pub fn list_connector_instances(
        &self,
    ) -> Call<
        '_,
        ListConnectorInstancesParams<'_>,
        crate::models::ListConnectorInstancesResponse,
        ListConnectorInstancesError,
    > {
        const OPERATION: Operation = Operation {
            id: "listConnectorInstances",
            method: "GET",
            path: "/connectors",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListConnectorInstancesParams {
                scope: None,
                page: None,
                limit: None,
                search: None,
            },
            |client, params| {
                let ListConnectorInstancesParams { scope, page, limit, search } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/connectors");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "scope",
                    &scope,
                    Style::Form,
                    true,
                );
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
                    "search",
                    &search,
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
                401 => Err(Error::Status(ListConnectorInstancesError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            ListConnectorInstancesError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_connector_instances`], kept in its [`Call`] until it is awaited.
pub struct ListConnectorInstancesParams<'a> {
    scope: ::std::option::Option<&'a crate::models::ConnectorScope>,
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListConnectorInstancesParams<'a>, T, E> {
    /// * `scope`: query parameter `scope`. Filter by scope (team or personal)
    pub fn scope(mut self, scope: &'a crate::models::ConnectorScope) -> Self {
        self.params.scope = Some(scope);
        self
    }
    /// * `page`: query parameter `page`
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `limit`: query parameter `limit`
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `search`: query parameter `search`. Search by instance name
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
        self
    }
}
/// Error responses of [`Client::list_connector_instances`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListConnectorInstancesError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListConnectorInstancesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listConnectorInstances", status, message)
    }
}
impl ::std::error::Error for ListConnectorInstancesError {}

impl Client {
    /// Create connector instance
    ///
    /// Create a new connector instance from a registry type.<br><br>
    /// <b>Overview:</b><br>
    /// Creates a new connector instance that can then be configured and enabled.
    /// The instance is created in an unconfigured state and needs authentication
    /// and filter setup before it can be activated.<br><br>
    /// <b>Scope Permissions:</b><br>
    /// <ul>
    /// <li><code>team</code> scope requires admin privileges</li>
    /// <li><code>personal</code> scope available to all users</li>
    /// </ul>
    /// <b>Next Steps After Creation:</b><br>
    /// <ol>
    /// <li>Configure authentication via <code>PUT /{id}/config/auth</code></li>
    /// <li>Complete OAuth flow if needed via <code>GET /{id}/oauth/authorize</code></li>
    /// <li>Set up filters via <code>POST /{id}/filters</code></li>
    /// <li>Enable connector via <code>POST /{id}/toggle</code></li>
    /// </ol>
    ///
    /// `POST /connectors` (operation `createConnectorInstance`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_connector_instance<'a>(
        &'a self,
        body: &'a crate::models::CreateConnectorRequest,
    ) -> Call<
        'a,
        CreateConnectorInstanceParams<'a>,
        crate::models::CreateConnectorInstanceResponse,
        CreateConnectorInstanceError,
    > {
        const OPERATION: Operation = Operation {
            id: "createConnectorInstance",
            method: "POST",
            path: "/connectors",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateConnectorInstanceParams {
                body,
            },
            |client, params| {
                let CreateConnectorInstanceParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/connectors");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateConnectorInstanceError::BadRequest)),
                401 => Err(Error::Status(CreateConnectorInstanceError::Unauthorized)),
                403 => Err(Error::Status(CreateConnectorInstanceError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            CreateConnectorInstanceError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_connector_instance`], kept in its [`Call`] until it is awaited.
pub struct CreateConnectorInstanceParams<'a> {
    body: &'a crate::models::CreateConnectorRequest,
}
/// Error responses of [`Client::create_connector_instance`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateConnectorInstanceError {
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Invalid connector type</li>
    /// <li>Scope not supported by connector</li>
    /// <li>Duplicate instance name</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin required for team-scope connectors
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateConnectorInstanceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createConnectorInstance", status, message)
    }
}
impl ::std::error::Error for CreateConnectorInstanceError {}

impl Client {
    /// List active connector instances
    ///
    /// Get all active (enabled) connector instances.<br><br>
    /// <b>Overview:</b><br>
    /// Returns only instances where <code>isActive: true</code>.
    /// These are connectors currently syncing data or available to AI agents.
    ///
    /// `GET /connectors/active` (operation `listActiveConnectors`)
    pub fn list_active_connectors(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::ListActiveConnectorsResponse,
        ListActiveConnectorsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listActiveConnectors",
            method: "GET",
            path: "/connectors/active",
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
                    .request(&OPERATION, ::reqwest::Method::GET, "/connectors/active");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ListActiveConnectorsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            ListActiveConnectorsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_active_connectors`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListActiveConnectorsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListActiveConnectorsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listActiveConnectors", status, message)
    }
}
impl ::std::error::Error for ListActiveConnectorsError {}

impl Client {
    /// List inactive connector instances
    ///
    /// Get all inactive (disabled) connector instances.
    ///
    /// `GET /connectors/inactive` (operation `listInactiveConnectors`)
    pub fn list_inactive_connectors(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::ListInactiveConnectorsResponse,
        ListInactiveConnectorsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listInactiveConnectors",
            method: "GET",
            path: "/connectors/inactive",
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
                    .request(&OPERATION, ::reqwest::Method::GET, "/connectors/inactive");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ListInactiveConnectorsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            ListInactiveConnectorsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_inactive_connectors`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListInactiveConnectorsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListInactiveConnectorsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listInactiveConnectors", status, message)
    }
}
impl ::std::error::Error for ListInactiveConnectorsError {}

impl Client {
    /// List configured connector instances
    ///
    /// Get all connector instances that have completed configuration.<br><br>
    /// <b>Overview:</b><br>
    /// Returns instances where <code>isConfigured: true</code>.
    /// These have all required settings but may not be active yet.
    ///
    /// `GET /connectors/configured` (operation `listConfiguredConnectors`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListConfiguredConnectorsParams`\]).
    pub fn list_configured_connectors(
        &self,
    ) -> Call<
        '_,
        ListConfiguredConnectorsParams<'_>,
        crate::models::ListConfiguredConnectorsResponse,
        ListConfiguredConnectorsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listConfiguredConnectors",
            method: "GET",
            path: "/connectors/configured",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListConfiguredConnectorsParams {
                scope: None,
                page: None,
                limit: None,
                search: None,
            },
            |client, params| {
                let ListConfiguredConnectorsParams { scope, page, limit, search } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/connectors/configured",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "scope",
                    &scope,
                    Style::Form,
                    true,
                );
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
                    "search",
                    &search,
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
                401 => Err(Error::Status(ListConfiguredConnectorsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            ListConfiguredConnectorsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_configured_connectors`], kept in its [`Call`] until it is awaited.
pub struct ListConfiguredConnectorsParams<'a> {
    scope: ::std::option::Option<&'a crate::models::ConnectorScope>,
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListConfiguredConnectorsParams<'a>, T, E> {
    /// * `scope`: query parameter `scope`
    pub fn scope(mut self, scope: &'a crate::models::ConnectorScope) -> Self {
        self.params.scope = Some(scope);
        self
    }
    /// * `page`: query parameter `page`
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `limit`: query parameter `limit`
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `search`: query parameter `search`
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
        self
    }
}
/// Error responses of [`Client::list_configured_connectors`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListConfiguredConnectorsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListConfiguredConnectorsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listConfiguredConnectors", status, message)
    }
}
impl ::std::error::Error for ListConfiguredConnectorsError {}

impl Client {
    /// List active agent connectors
    ///
    /// Get connector instances enabled for AI agent integration.<br><br>
    /// <b>Overview:</b><br>
    /// Returns connectors where <code>agentEnabled: true</code>.
    /// These are available to AI agents for querying and actions.
    ///
    /// `GET /connectors/agents/active` (operation `listActiveAgentConnectors`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListActiveAgentConnectorsParams`\]).
    pub fn list_active_agent_connectors(
        &self,
    ) -> Call<
        '_,
        ListActiveAgentConnectorsParams<'_>,
        crate::models::ListActiveAgentConnectorsResponse,
        ListActiveAgentConnectorsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listActiveAgentConnectors",
            method: "GET",
            path: "/connectors/agents/active",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListActiveAgentConnectorsParams {
                scope: None,
                page: None,
                limit: None,
                search: None,
            },
            |client, params| {
                let ListActiveAgentConnectorsParams { scope, page, limit, search } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/connectors/agents/active",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "scope",
                    &scope,
                    Style::Form,
                    true,
                );
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
                    "search",
                    &search,
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
                401 => Err(Error::Status(ListActiveAgentConnectorsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            ListActiveAgentConnectorsError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_active_agent_connectors`], kept in its [`Call`] until it is awaited.
pub struct ListActiveAgentConnectorsParams<'a> {
    scope: ::std::option::Option<&'a crate::models::ConnectorScope>,
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListActiveAgentConnectorsParams<'a>, T, E> {
    /// * `scope`: query parameter `scope`
    pub fn scope(mut self, scope: &'a crate::models::ConnectorScope) -> Self {
        self.params.scope = Some(scope);
        self
    }
    /// * `page`: query parameter `page`
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `limit`: query parameter `limit`
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `search`: query parameter `search`
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
        self
    }
}
/// Error responses of [`Client::list_active_agent_connectors`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListActiveAgentConnectorsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListActiveAgentConnectorsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listActiveAgentConnectors", status, message)
    }
}
impl ::std::error::Error for ListActiveAgentConnectorsError {}

impl Client {
    /// Get connector instance
    ///
    /// Retrieve a specific connector instance by ID.
    ///
    /// `GET /connectors/{connectorId}` (operation `getConnectorInstance`)
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`. Connector instance ID
    pub fn get_connector_instance<'a>(
        &'a self,
        connector_id: &'a str,
    ) -> Call<
        'a,
        GetConnectorInstanceParams<'a>,
        crate::models::GetConnectorInstanceResponse,
        GetConnectorInstanceError,
    > {
        const OPERATION: Operation = Operation {
            id: "getConnectorInstance",
            method: "GET",
            path: "/connectors/{connectorId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetConnectorInstanceParams {
                connector_id,
            },
            |client, params| {
                let GetConnectorInstanceParams { connector_id } = params;
                let path = format!(
                    "/connectors/{}",
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
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
                401 => Err(Error::Status(GetConnectorInstanceError::Unauthorized)),
                403 => Err(Error::Status(GetConnectorInstanceError::Forbidden)),
                404 => Err(Error::Status(GetConnectorInstanceError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetConnectorInstanceError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_connector_instance`], kept in its [`Call`] until it is awaited.
pub struct GetConnectorInstanceParams<'a> {
    connector_id: &'a str,
}
/// Error responses of [`Client::get_connector_instance`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetConnectorInstanceError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: No access to this connector
    Forbidden,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetConnectorInstanceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getConnectorInstance", status, message)
    }
}
impl ::std::error::Error for GetConnectorInstanceError {}

impl Client {
    /// Delete connector instance
    ///
    /// Delete a connector instance and all associated data.<br><br>
    /// <b>Warning:</b><br>
    /// This permanently removes the connector configuration.
    /// Synced records in knowledge bases are NOT deleted.<br><br>
    /// <b>Permissions:</b><br>
    /// <ul>
    /// <li>Team scope: Requires admin</li>
    /// <li>Personal scope: Only creator can delete</li>
    /// </ul>
    ///
    /// `DELETE /connectors/{connectorId}` (operation `deleteConnectorInstance`)
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`
    pub fn delete_connector_instance<'a>(
        &'a self,
        connector_id: &'a str,
    ) -> Call<
        'a,
        DeleteConnectorInstanceParams<'a>,
        crate::models::DeleteConnectorInstanceResponse,
        DeleteConnectorInstanceError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteConnectorInstance",
            method: "DELETE",
            path: "/connectors/{connectorId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteConnectorInstanceParams {
                connector_id,
            },
            |client, params| {
                let DeleteConnectorInstanceParams { connector_id } = params;
                let path = format!(
                    "/connectors/{}",
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
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
                401 => Err(Error::Status(DeleteConnectorInstanceError::Unauthorized)),
                403 => Err(Error::Status(DeleteConnectorInstanceError::Forbidden)),
                404 => Err(Error::Status(DeleteConnectorInstanceError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteConnectorInstanceError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_connector_instance`], kept in its [`Call`] until it is awaited.
pub struct DeleteConnectorInstanceParams<'a> {
    connector_id: &'a str,
}
/// Error responses of [`Client::delete_connector_instance`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteConnectorInstanceError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Permission denied
    Forbidden,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteConnectorInstanceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteConnectorInstance", status, message)
    }
}
impl ::std::error::Error for DeleteConnectorInstanceError {}

impl Client {
    /// Update connector instance name
    ///
    /// Update the display name of a connector instance.<br><br>
    /// <b>Note:</b> This only updates the display name, not the connector configuration.
    ///
    /// `PUT /connectors/{connectorId}/name` (operation `updateConnectorName`)
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`. Unique connector instance ID
    /// * `body`: request body, sent as `application/json`. Request body for Update connector instance name
    pub fn update_connector_name<'a>(
        &'a self,
        connector_id: &'a str,
        body: &'a crate::models::UpdateConnectorNameRequest,
    ) -> Call<
        'a,
        UpdateConnectorNameParams<'a>,
        crate::models::UpdateConnectorNameResponse,
        UpdateConnectorNameError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateConnectorName",
            method: "PUT",
            path: "/connectors/{connectorId}/name",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateConnectorNameParams {
                connector_id,
                body,
            },
            |client, params| {
                let UpdateConnectorNameParams { connector_id, body } = params;
                let path = format!(
                    "/connectors/{}/name",
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
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
                400 => Err(Error::Status(UpdateConnectorNameError::BadRequest)),
                401 => Err(Error::Status(UpdateConnectorNameError::Unauthorized)),
                404 => Err(Error::Status(UpdateConnectorNameError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateConnectorNameError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_connector_name`], kept in its [`Call`] until it is awaited.
pub struct UpdateConnectorNameParams<'a> {
    connector_id: &'a str,
    body: &'a crate::models::UpdateConnectorNameRequest,
}
/// Error responses of [`Client::update_connector_name`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateConnectorNameError {
    /// Status `400`: Invalid name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateConnectorNameError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateConnectorName", status, message)
    }
}
impl ::std::error::Error for UpdateConnectorNameError {}
