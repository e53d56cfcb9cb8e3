//! The `Connector Configuration` API.
//!
//! Configure authentication, sync settings, and filters for connectors
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Configure authentication, sync settings, and filters for connectors
pub trait ConnectorConfigurationApi: Clone + Send + Sync + 'static {
    /// Get connector configuration
    ///
    /// Get the current configuration for a connector instance.<br><br>
    /// <b>Security:</b><br>
    /// Sensitive data (credentials, OAuth tokens) are redacted from the response.
    /// Only admins can see partial credential information.
    ///
    /// `GET /connectors/{connectorId}/config` (operation `getConnectorConfig`)
    fn get_connector_config(
        &self,
        request: GetConnectorConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetConnectorConfigResponse>,
    > + Send;
    /// Update connector configuration
    ///
    /// Update authentication, sync, and filter configuration.<br><br>
    /// <b>Prerequisites:</b><br>
    /// Connector must be <b>disabled</b> before updating configuration.
    /// Disable it first using <code>POST /{id}/toggle</code>.<br><br>
    /// <b>Partial Updates:</b><br>
    /// Only provide the sections you want to update. Omitted sections
    /// are not modified.
    ///
    /// `PUT /connectors/{connectorId}/config` (operation `updateConnectorConfig`)
    fn update_connector_config(
        &self,
        request: UpdateConnectorConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateConnectorConfigResponse>,
    > + Send;
    /// Update authentication configuration
    ///
    /// Update only the authentication configuration.<br><br>
    /// <b>Use Case:</b><br>
    /// Use this when you need to update credentials without changing
    /// sync or filter settings. Useful for credential rotation.<br><br>
    /// <b>Prerequisites:</b><br>
    /// Connector must be disabled. This endpoint clears OAuth state,
    /// requiring re-authentication for OAuth connectors.
    ///
    /// `PUT /connectors/{connectorId}/config/auth` (operation `updateConnectorAuthConfig`)
    fn update_connector_auth_config(
        &self,
        request: UpdateConnectorAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateConnectorAuthConfigResponse>,
    > + Send;
    /// Update filters and sync configuration
    ///
    /// Update filter selections and sync settings without touching auth.<br><br>
    /// <b>Use Case:</b><br>
    /// Use this to change what data is synced or adjust sync schedule
    /// without re-authenticating.
    ///
    /// `PUT /connectors/{connectorId}/config/filters-sync` (operation `updateConnectorFiltersSyncConfig`)
    fn update_connector_filters_sync_config(
        &self,
        request: UpdateConnectorFiltersSyncConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateConnectorFiltersSyncConfigResponse>,
    > + Send;
    /// Get Google Workspace credentials status
    ///
    /// Check if Google Workspace credentials are configured.
    ///
    /// `GET /configurationManager/connectors/googleWorkspaceCredentials` (operation `getGoogleWorkspaceCredentials`)
    fn get_google_workspace_credentials(
        &self,
        request: GetGoogleWorkspaceCredentialsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetGoogleWorkspaceCredentialsResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(connector_configuration::routes().merge(...), service)`.
pub fn routes<S: ConnectorConfigurationApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/configurationManager/connectors/googleWorkspaceCredentials",
            axum::routing::get(
                crate::apis::connector_configuration::handle_get_google_workspace_credentials::<
                    S,
                >,
            ),
        );
    let routes = routes
        .route(
            "/connectors/{p0}/config",
            axum::routing::get(
                    crate::apis::connector_configuration::handle_get_connector_config::<
                        S,
                    >,
                )
                .put(
                    crate::apis::connector_configuration::handle_update_connector_config::<
                        S,
                    >,
                ),
        );
    let routes = routes
        .route(
            "/connectors/{p0}/config/auth",
            axum::routing::put(
                crate::apis::connector_configuration::handle_update_connector_auth_config::<
                    S,
                >,
            ),
        );
    routes
        .route(
            "/connectors/{p0}/config/filters-sync",
            axum::routing::put(
                crate::apis::connector_configuration::handle_update_connector_filters_sync_config::<
                    S,
                >,
            ),
        )
}

/// What a `GET /connectors/{connectorId}/config` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetConnectorConfigRequest {
    /// path parameter `connectorId`.
    pub connector_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connectors/{connectorId}/config` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectorConfigResponse {
    /// Status `200`: Configuration retrieved
    Ok(crate::models::GetConnectorConfigResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: No access to this connector
    Forbidden,
    /// Status `404`: Connector not found
    NotFound,
}
impl IntoResponse for GetConnectorConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetConnectorConfigRequest {
    /// Reads and checks a `GET /connectors/{connectorId}/config` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetConnectorConfigRequest {
            connector_id: runtime::path_param(path, "p0", "connectorId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connectors/{connectorId}/config` request and hands it to [`ConnectorConfigurationApi::get_connector_config`].
pub async fn handle_get_connector_config<S: ConnectorConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getConnectorConfig",
        path: "/connectors/{connectorId}/config",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetConnectorConfigRequest::read,
            |request| service.get_connector_config(request),
        )
        .await
}

/// What a `PUT /connectors/{connectorId}/config` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateConnectorConfigRequest {
    /// path parameter `connectorId`.
    pub connector_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateConnectorConfigRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /connectors/{connectorId}/config` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateConnectorConfigResponse {
    /// Status `200`: Configuration updated
    Ok(crate::models::UpdateConnectorConfigResponse),
    /// Status `400`: Invalid configuration or connector is active.
    /// Disable connector before updating.
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
}
impl IntoResponse for UpdateConnectorConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateConnectorConfigRequest {
    /// Reads and checks a `PUT /connectors/{connectorId}/config` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateConnectorConfigRequest {
            connector_id: runtime::path_param(path, "p0", "connectorId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /connectors/{connectorId}/config` request and hands it to [`ConnectorConfigurationApi::update_connector_config`].
pub async fn handle_update_connector_config<S: ConnectorConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateConnectorConfig",
        path: "/connectors/{connectorId}/config",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateConnectorConfigRequest::read,
            |request| service.update_connector_config(request),
        )
        .await
}

/// What a `PUT /connectors/{connectorId}/config/auth` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateConnectorAuthConfigRequest {
    /// path parameter `connectorId`.
    pub connector_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateConnectorAuthRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /connectors/{connectorId}/config/auth` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateConnectorAuthConfigResponse {
    /// Status `200`: Auth configuration updated
    Ok(crate::models::UpdateConnectorAuthConfigResponse),
    /// Status `400`: Connector must be disabled first
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
}
impl IntoResponse for UpdateConnectorAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateConnectorAuthConfigRequest {
    /// Reads and checks a `PUT /connectors/{connectorId}/config/auth` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateConnectorAuthConfigRequest {
            connector_id: runtime::path_param(path, "p0", "connectorId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /connectors/{connectorId}/config/auth` request and hands it to [`ConnectorConfigurationApi::update_connector_auth_config`].
pub async fn handle_update_connector_auth_config<S: ConnectorConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateConnectorAuthConfig",
        path: "/connectors/{connectorId}/config/auth",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateConnectorAuthConfigRequest::read,
            |request| service.update_connector_auth_config(request),
        )
        .await
}

/// What a `PUT /connectors/{connectorId}/config/filters-sync` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateConnectorFiltersSyncConfigRequest {
    /// path parameter `connectorId`.
    pub connector_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateConnectorFiltersSyncRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /connectors/{connectorId}/config/filters-sync` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateConnectorFiltersSyncConfigResponse {
    /// Status `200`: Configuration updated
    Ok(crate::models::UpdateConnectorFiltersSyncConfigResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
}
impl IntoResponse for UpdateConnectorFiltersSyncConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateConnectorFiltersSyncConfigRequest {
    /// Reads and checks a `PUT /connectors/{connectorId}/config/filters-sync` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateConnectorFiltersSyncConfigRequest {
            connector_id: runtime::path_param(path, "p0", "connectorId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /connectors/{connectorId}/config/filters-sync` request and hands it to [`ConnectorConfigurationApi::update_connector_filters_sync_config`].
pub async fn handle_update_connector_filters_sync_config<S: ConnectorConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateConnectorFiltersSyncConfig",
        path: "/connectors/{connectorId}/config/filters-sync",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateConnectorFiltersSyncConfigRequest::read,
            |request| service.update_connector_filters_sync_config(request),
        )
        .await
}

/// What a `GET /configurationManager/connectors/googleWorkspaceCredentials` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetGoogleWorkspaceCredentialsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/connectors/googleWorkspaceCredentials` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetGoogleWorkspaceCredentialsResponse {
    /// Status `200`: Credentials status retrieved
    Ok(crate::models::GoogleWorkspaceCredentials),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetGoogleWorkspaceCredentialsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetGoogleWorkspaceCredentialsRequest {
    /// Reads and checks a `GET /configurationManager/connectors/googleWorkspaceCredentials` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetGoogleWorkspaceCredentialsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/connectors/googleWorkspaceCredentials` request and hands it to [`ConnectorConfigurationApi::get_google_workspace_credentials`].
pub async fn handle_get_google_workspace_credentials<S: ConnectorConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getGoogleWorkspaceCredentials",
        path: "/configurationManager/connectors/googleWorkspaceCredentials",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetGoogleWorkspaceCredentialsRequest::read,
            |request| service.get_google_workspace_credentials(request),
        )
        .await
}
