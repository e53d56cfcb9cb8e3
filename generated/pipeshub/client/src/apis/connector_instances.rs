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
    /// # Arguments
    ///
    /// * `scope`: query parameter `scope`. Filter by scope (team or personal)
    /// * `page`: query parameter `page`
    /// * `limit`: query parameter `limit`
    /// * `search`: query parameter `search`. Search by instance name
    pub fn list_connector_instances(
        &self,
        scope: ::std::option::Option<&crate::models::ConnectorScope>,
        page: ::std::option::Option<i64>,
        limit: ::std::option::Option<i64>,
        search: ::std::option::Option<&str>,
    ) -> Call<
        '_,
        crate::models::ListConnectorInstancesResponse,
        ListConnectorInstancesError,
    > {
        const OPERATION: Operation = Operation {
            id: "listConnectorInstances",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/connectors");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "scope", &scope, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "page", &page, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "search", &search, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::list_connector_instances`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListConnectorInstancesError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn create_connector_instance(
        &self,
        body: &crate::models::CreateConnectorRequest,
    ) -> Call<
        '_,
        crate::models::CreateConnectorInstanceResponse,
        CreateConnectorInstanceError,
    > {
        const OPERATION: Operation = Operation {
            id: "createConnectorInstance",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/connectors");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::create_connector_instance`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
        crate::models::ListActiveConnectorsResponse,
        ListActiveConnectorsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listActiveConnectors",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/connectors/active");
        self.call(
            &OPERATION,
            request,
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
pub enum ListActiveConnectorsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
        crate::models::ListInactiveConnectorsResponse,
        ListInactiveConnectorsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listInactiveConnectors",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/connectors/inactive");
        self.call(
            &OPERATION,
            request,
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
pub enum ListInactiveConnectorsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// # Arguments
    ///
    /// * `scope`: query parameter `scope`
    /// * `page`: query parameter `page`
    /// * `limit`: query parameter `limit`
    /// * `search`: query parameter `search`
    pub fn list_configured_connectors(
        &self,
        scope: ::std::option::Option<&crate::models::ConnectorScope>,
        page: ::std::option::Option<i64>,
        limit: ::std::option::Option<i64>,
        search: ::std::option::Option<&str>,
    ) -> Call<
        '_,
        crate::models::ListConfiguredConnectorsResponse,
        ListConfiguredConnectorsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listConfiguredConnectors",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/connectors/configured");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "scope", &scope, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "page", &page, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "search", &search, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::list_configured_connectors`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListConfiguredConnectorsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// # Arguments
    ///
    /// * `scope`: query parameter `scope`
    /// * `page`: query parameter `page`
    /// * `limit`: query parameter `limit`
    /// * `search`: query parameter `search`
    pub fn list_active_agent_connectors(
        &self,
        scope: ::std::option::Option<&crate::models::ConnectorScope>,
        page: ::std::option::Option<i64>,
        limit: ::std::option::Option<i64>,
        search: ::std::option::Option<&str>,
    ) -> Call<
        '_,
        crate::models::ListActiveAgentConnectorsResponse,
        ListActiveAgentConnectorsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listActiveAgentConnectors",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/connectors/agents/active");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "scope", &scope, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "page", &page, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "search", &search, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::list_active_agent_connectors`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListActiveAgentConnectorsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_connector_instance(
        &self,
        connector_id: &str,
    ) -> Call<
        '_,
        crate::models::GetConnectorInstanceResponse,
        GetConnectorInstanceError,
    > {
        const OPERATION: Operation = Operation {
            id: "getConnectorInstance",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/connectors/{}",
            crate::runtime::path_param("connectorId", connector_id, Style::Simple, false),
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
/// Error responses of [`Client::get_connector_instance`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectorInstanceError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: No access to this connector
    Forbidden,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn delete_connector_instance(
        &self,
        connector_id: &str,
    ) -> Call<
        '_,
        crate::models::DeleteConnectorInstanceResponse,
        DeleteConnectorInstanceError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteConnectorInstance",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/connectors/{}",
            crate::runtime::path_param("connectorId", connector_id, Style::Simple, false),
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
/// Error responses of [`Client::delete_connector_instance`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteConnectorInstanceError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Permission denied
    Forbidden,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn update_connector_name(
        &self,
        connector_id: &str,
        body: &crate::models::UpdateConnectorNameRequest,
    ) -> Call<'_, crate::models::UpdateConnectorNameResponse, UpdateConnectorNameError> {
        const OPERATION: Operation = Operation {
            id: "updateConnectorName",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/connectors/{}/name",
            crate::runtime::path_param("connectorId", connector_id, Style::Simple, false),
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
/// Error responses of [`Client::update_connector_name`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateConnectorNameError {
    /// Status `400`: Invalid name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
