//! The `Connector Instances` API.
//!
//! Create, manage, and delete connector instances for your organization
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Create, manage, and delete connector instances for your organization
pub trait ConnectorInstancesApi: Clone + Send + Sync + 'static {
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
    fn list_connector_instances(
        &self,
        request: ListConnectorInstancesRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListConnectorInstancesResponse>,
    > + Send;
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
    fn create_connector_instance(
        &self,
        request: CreateConnectorInstanceRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateConnectorInstanceResponse>,
    > + Send;
    /// List active connector instances
    ///
    /// Get all active (enabled) connector instances.<br><br>
    /// <b>Overview:</b><br>
    /// Returns only instances where <code>isActive: true</code>.
    /// These are connectors currently syncing data or available to AI agents.
    ///
    /// `GET /connectors/active` (operation `listActiveConnectors`)
    fn list_active_connectors(
        &self,
        request: ListActiveConnectorsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListActiveConnectorsResponse>,
    > + Send;
    /// List inactive connector instances
    ///
    /// Get all inactive (disabled) connector instances.
    ///
    /// `GET /connectors/inactive` (operation `listInactiveConnectors`)
    fn list_inactive_connectors(
        &self,
        request: ListInactiveConnectorsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListInactiveConnectorsResponse>,
    > + Send;
    /// List configured connector instances
    ///
    /// Get all connector instances that have completed configuration.<br><br>
    /// <b>Overview:</b><br>
    /// Returns instances where <code>isConfigured: true</code>.
    /// These have all required settings but may not be active yet.
    ///
    /// `GET /connectors/configured` (operation `listConfiguredConnectors`)
    fn list_configured_connectors(
        &self,
        request: ListConfiguredConnectorsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListConfiguredConnectorsResponse>,
    > + Send;
    /// List active agent connectors
    ///
    /// Get connector instances enabled for AI agent integration.<br><br>
    /// <b>Overview:</b><br>
    /// Returns connectors where <code>agentEnabled: true</code>.
    /// These are available to AI agents for querying and actions.
    ///
    /// `GET /connectors/agents/active` (operation `listActiveAgentConnectors`)
    fn list_active_agent_connectors(
        &self,
        request: ListActiveAgentConnectorsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListActiveAgentConnectorsResponse>,
    > + Send;
    /// Get connector instance
    ///
    /// Retrieve a specific connector instance by ID.
    ///
    /// `GET /connectors/{connectorId}` (operation `getConnectorInstance`)
    fn get_connector_instance(
        &self,
        request: GetConnectorInstanceRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetConnectorInstanceResponse>,
    > + Send;
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
    fn delete_connector_instance(
        &self,
        request: DeleteConnectorInstanceRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteConnectorInstanceResponse>,
    > + Send;
    /// Update connector instance name
    ///
    /// Update the display name of a connector instance.<br><br>
    /// <b>Note:</b> This only updates the display name, not the connector configuration.
    ///
    /// `PUT /connectors/{connectorId}/name` (operation `updateConnectorName`)
    fn update_connector_name(
        &self,
        request: UpdateConnectorNameRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateConnectorNameResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(connector_instances::routes().merge(...), service)`.
pub fn routes<S: ConnectorInstancesApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/connectors",
            axum::routing::get(
                    crate::apis::connector_instances::handle_list_connector_instances::<
                        S,
                    >,
                )
                .post(
                    crate::apis::connector_instances::handle_create_connector_instance::<
                        S,
                    >,
                ),
        );
    let routes = routes
        .route(
            "/connectors/active",
            axum::routing::get(
                crate::apis::connector_instances::handle_list_active_connectors::<S>,
            ),
        );
    let routes = routes
        .route(
            "/connectors/agents/active",
            axum::routing::get(
                crate::apis::connector_instances::handle_list_active_agent_connectors::<
                    S,
                >,
            ),
        );
    let routes = routes
        .route(
            "/connectors/configured",
            axum::routing::get(
                crate::apis::connector_instances::handle_list_configured_connectors::<S>,
            ),
        );
    let routes = routes
        .route(
            "/connectors/inactive",
            axum::routing::get(
                crate::apis::connector_instances::handle_list_inactive_connectors::<S>,
            ),
        );
    let routes = routes
        .route(
            "/connectors/{p0}",
            axum::routing::get(
                    crate::apis::connector_instances::handle_get_connector_instance::<S>,
                )
                .delete(
                    crate::apis::connector_instances::handle_delete_connector_instance::<
                        S,
                    >,
                ),
        );
    routes
        .route(
            "/connectors/{p0}/name",
            axum::routing::put(
                crate::apis::connector_instances::handle_update_connector_name::<S>,
            ),
        )
}

/// What a `GET /connectors` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListConnectorInstancesRequest {
    /// query parameter `scope`.
    ///
    /// Filter by scope (team or personal)
    pub scope: ::std::option::Option<crate::models::ConnectorScope>,
    /// query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    ///
    /// Search by instance name
    pub search: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connectors` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListConnectorInstancesResponse {
    /// Status `200`: Instances retrieved
    Ok(crate::models::ListConnectorInstancesResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ListConnectorInstancesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListConnectorInstancesRequest {
    /// Reads and checks a `GET /connectors` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListConnectorInstancesRequest {
            scope: query.optional("scope", false)?,
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
                    maximum: Some(200.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            search: query.optional("search", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connectors` request and hands it to [`ConnectorInstancesApi::list_connector_instances`].
pub async fn handle_list_connector_instances<S: ConnectorInstancesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listConnectorInstances",
        path: "/connectors",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListConnectorInstancesRequest::read,
            |request| service.list_connector_instances(request),
        )
        .await
}

/// What a `POST /connectors` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateConnectorInstanceRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateConnectorRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /connectors` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateConnectorInstanceResponse {
    /// Status `201`: Instance created
    Created(crate::models::CreateConnectorInstanceResponse),
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
}
impl IntoResponse for CreateConnectorInstanceResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl CreateConnectorInstanceRequest {
    /// Reads and checks a `POST /connectors` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateConnectorInstanceRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /connectors` request and hands it to [`ConnectorInstancesApi::create_connector_instance`].
pub async fn handle_create_connector_instance<S: ConnectorInstancesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createConnectorInstance",
        path: "/connectors",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateConnectorInstanceRequest::read,
            |request| service.create_connector_instance(request),
        )
        .await
}

/// What a `GET /connectors/active` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListActiveConnectorsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connectors/active` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListActiveConnectorsResponse {
    /// Status `200`: Active connectors retrieved
    Ok(crate::models::ListActiveConnectorsResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ListActiveConnectorsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListActiveConnectorsRequest {
    /// Reads and checks a `GET /connectors/active` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListActiveConnectorsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connectors/active` request and hands it to [`ConnectorInstancesApi::list_active_connectors`].
pub async fn handle_list_active_connectors<S: ConnectorInstancesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listActiveConnectors",
        path: "/connectors/active",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListActiveConnectorsRequest::read,
            |request| service.list_active_connectors(request),
        )
        .await
}

/// What a `GET /connectors/inactive` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListInactiveConnectorsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connectors/inactive` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListInactiveConnectorsResponse {
    /// Status `200`: Inactive connectors retrieved
    Ok(crate::models::ListInactiveConnectorsResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ListInactiveConnectorsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListInactiveConnectorsRequest {
    /// Reads and checks a `GET /connectors/inactive` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListInactiveConnectorsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connectors/inactive` request and hands it to [`ConnectorInstancesApi::list_inactive_connectors`].
pub async fn handle_list_inactive_connectors<S: ConnectorInstancesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listInactiveConnectors",
        path: "/connectors/inactive",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListInactiveConnectorsRequest::read,
            |request| service.list_inactive_connectors(request),
        )
        .await
}

/// What a `GET /connectors/configured` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListConfiguredConnectorsRequest {
    /// query parameter `scope`.
    pub scope: ::std::option::Option<crate::models::ConnectorScope>,
    /// query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    pub search: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connectors/configured` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListConfiguredConnectorsResponse {
    /// Status `200`: Configured connectors retrieved
    Ok(crate::models::ListConfiguredConnectorsResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ListConfiguredConnectorsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListConfiguredConnectorsRequest {
    /// Reads and checks a `GET /connectors/configured` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListConfiguredConnectorsRequest {
            scope: query.optional("scope", false)?,
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
                    maximum: Some(200.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            search: query.optional("search", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connectors/configured` request and hands it to [`ConnectorInstancesApi::list_configured_connectors`].
pub async fn handle_list_configured_connectors<S: ConnectorInstancesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listConfiguredConnectors",
        path: "/connectors/configured",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListConfiguredConnectorsRequest::read,
            |request| service.list_configured_connectors(request),
        )
        .await
}

/// What a `GET /connectors/agents/active` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListActiveAgentConnectorsRequest {
    /// query parameter `scope`.
    pub scope: ::std::option::Option<crate::models::ConnectorScope>,
    /// query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    pub search: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connectors/agents/active` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListActiveAgentConnectorsResponse {
    /// Status `200`: Active agent connectors retrieved
    Ok(crate::models::ListActiveAgentConnectorsResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ListActiveAgentConnectorsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListActiveAgentConnectorsRequest {
    /// Reads and checks a `GET /connectors/agents/active` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListActiveAgentConnectorsRequest {
            scope: query.optional("scope", false)?,
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
                    maximum: Some(200.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            search: query.optional("search", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connectors/agents/active` request and hands it to [`ConnectorInstancesApi::list_active_agent_connectors`].
pub async fn handle_list_active_agent_connectors<S: ConnectorInstancesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listActiveAgentConnectors",
        path: "/connectors/agents/active",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListActiveAgentConnectorsRequest::read,
            |request| service.list_active_agent_connectors(request),
        )
        .await
}

/// What a `GET /connectors/{connectorId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetConnectorInstanceRequest {
    /// path parameter `connectorId`.
    ///
    /// Connector instance ID
    pub connector_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connectors/{connectorId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectorInstanceResponse {
    /// Status `200`: Instance retrieved
    Ok(crate::models::GetConnectorInstanceResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: No access to this connector
    Forbidden,
    /// Status `404`: Connector not found
    NotFound,
}
impl IntoResponse for GetConnectorInstanceResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetConnectorInstanceRequest {
    /// Reads and checks a `GET /connectors/{connectorId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetConnectorInstanceRequest {
            connector_id: runtime::path_param(path, "p0", "connectorId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connectors/{connectorId}` request and hands it to [`ConnectorInstancesApi::get_connector_instance`].
pub async fn handle_get_connector_instance<S: ConnectorInstancesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getConnectorInstance",
        path: "/connectors/{connectorId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetConnectorInstanceRequest::read,
            |request| service.get_connector_instance(request),
        )
        .await
}

/// What a `DELETE /connectors/{connectorId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteConnectorInstanceRequest {
    /// path parameter `connectorId`.
    pub connector_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /connectors/{connectorId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteConnectorInstanceResponse {
    /// Status `200`: Connector deleted
    Ok(crate::models::DeleteConnectorInstanceResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Permission denied
    Forbidden,
    /// Status `404`: Connector not found
    NotFound,
}
impl IntoResponse for DeleteConnectorInstanceResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteConnectorInstanceRequest {
    /// Reads and checks a `DELETE /connectors/{connectorId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteConnectorInstanceRequest {
            connector_id: runtime::path_param(path, "p0", "connectorId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /connectors/{connectorId}` request and hands it to [`ConnectorInstancesApi::delete_connector_instance`].
pub async fn handle_delete_connector_instance<S: ConnectorInstancesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteConnectorInstance",
        path: "/connectors/{connectorId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteConnectorInstanceRequest::read,
            |request| service.delete_connector_instance(request),
        )
        .await
}

/// What a `PUT /connectors/{connectorId}/name` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateConnectorNameRequest {
    /// path parameter `connectorId`.
    ///
    /// Unique connector instance ID
    pub connector_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateConnectorNameRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /connectors/{connectorId}/name` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateConnectorNameResponse {
    /// Status `200`: Name updated
    Ok(crate::models::UpdateConnectorNameResponse),
    /// Status `400`: Invalid name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
}
impl IntoResponse for UpdateConnectorNameResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateConnectorNameRequest {
    /// Reads and checks a `PUT /connectors/{connectorId}/name` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateConnectorNameRequest {
            connector_id: runtime::path_param(path, "p0", "connectorId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /connectors/{connectorId}/name` request and hands it to [`ConnectorInstancesApi::update_connector_name`].
pub async fn handle_update_connector_name<S: ConnectorInstancesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateConnectorName",
        path: "/connectors/{connectorId}/name",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateConnectorNameRequest::read,
            |request| service.update_connector_name(request),
        )
        .await
}
