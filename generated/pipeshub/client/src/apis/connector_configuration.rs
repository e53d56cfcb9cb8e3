//! Operations of the `Connector Configuration` API.
//!
//! Configure authentication, sync settings, and filters for connectors
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Get connector configuration
    ///
    /// Get the current configuration for a connector instance.<br><br>
    /// <b>Security:</b><br>
    /// Sensitive data (credentials, OAuth tokens) are redacted from the response.
    /// Only admins can see partial credential information.
    ///
    /// `GET /connectors/{connectorId}/config` (operation `getConnectorConfig`)
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`
    pub fn get_connector_config<'a>(
        &'a self,
        connector_id: &'a str,
    ) -> Call<
        'a,
        GetConnectorConfigParams<'a>,
        crate::models::GetConnectorConfigResponse,
        GetConnectorConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "getConnectorConfig",
            method: "GET",
            path: "/connectors/{connectorId}/config",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetConnectorConfigParams {
                connector_id,
            },
            |client, params| {
                let GetConnectorConfigParams { connector_id } = params;
                let path = format!(
                    "/connectors/{}/config",
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
                401 => Err(Error::Status(GetConnectorConfigError::Unauthorized)),
                403 => Err(Error::Status(GetConnectorConfigError::Forbidden)),
                404 => Err(Error::Status(GetConnectorConfigError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetConnectorConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_connector_config`], kept in its [`Call`] until it is awaited.
pub struct GetConnectorConfigParams<'a> {
    connector_id: &'a str,
}
/// Error responses of [`Client::get_connector_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetConnectorConfigError {
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
impl ::std::fmt::Display for GetConnectorConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getConnectorConfig", status, message)
    }
}
impl ::std::error::Error for GetConnectorConfigError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_connector_config<'a>(
        &'a self,
        connector_id: &'a str,
        body: &'a crate::models::UpdateConnectorConfigRequest,
    ) -> Call<
        'a,
        UpdateConnectorConfigParams<'a>,
        crate::models::UpdateConnectorConfigResponse,
        UpdateConnectorConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateConnectorConfig",
            method: "PUT",
            path: "/connectors/{connectorId}/config",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateConnectorConfigParams {
                connector_id,
                body,
            },
            |client, params| {
                let UpdateConnectorConfigParams { connector_id, body } = params;
                let path = format!(
                    "/connectors/{}/config",
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
                400 => Err(Error::Status(UpdateConnectorConfigError::BadRequest)),
                401 => Err(Error::Status(UpdateConnectorConfigError::Unauthorized)),
                404 => Err(Error::Status(UpdateConnectorConfigError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateConnectorConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_connector_config`], kept in its [`Call`] until it is awaited.
pub struct UpdateConnectorConfigParams<'a> {
    connector_id: &'a str,
    body: &'a crate::models::UpdateConnectorConfigRequest,
}
/// Error responses of [`Client::update_connector_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateConnectorConfigError {
    /// Status `400`: Invalid configuration or connector is active.
    /// Disable connector before updating.
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateConnectorConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateConnectorConfig", status, message)
    }
}
impl ::std::error::Error for UpdateConnectorConfigError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_connector_auth_config<'a>(
        &'a self,
        connector_id: &'a str,
        body: &'a crate::models::UpdateConnectorAuthRequest,
    ) -> Call<
        'a,
        UpdateConnectorAuthConfigParams<'a>,
        crate::models::UpdateConnectorAuthConfigResponse,
        UpdateConnectorAuthConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateConnectorAuthConfig",
            method: "PUT",
            path: "/connectors/{connectorId}/config/auth",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateConnectorAuthConfigParams {
                connector_id,
                body,
            },
            |client, params| {
                let UpdateConnectorAuthConfigParams { connector_id, body } = params;
                let path = format!(
                    "/connectors/{}/config/auth",
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
                400 => Err(Error::Status(UpdateConnectorAuthConfigError::BadRequest)),
                401 => Err(Error::Status(UpdateConnectorAuthConfigError::Unauthorized)),
                404 => Err(Error::Status(UpdateConnectorAuthConfigError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateConnectorAuthConfigError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_connector_auth_config`], kept in its [`Call`] until it is awaited.
pub struct UpdateConnectorAuthConfigParams<'a> {
    connector_id: &'a str,
    body: &'a crate::models::UpdateConnectorAuthRequest,
}
/// Error responses of [`Client::update_connector_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateConnectorAuthConfigError {
    /// Status `400`: Connector must be disabled first
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateConnectorAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateConnectorAuthConfig", status, message)
    }
}
impl ::std::error::Error for UpdateConnectorAuthConfigError {}

impl Client {
    /// Update filters and sync configuration
    ///
    /// Update filter selections and sync settings without touching auth.<br><br>
    /// <b>Use Case:</b><br>
    /// Use this to change what data is synced or adjust sync schedule
    /// without re-authenticating.
    ///
    /// `PUT /connectors/{connectorId}/config/filters-sync` (operation `updateConnectorFiltersSyncConfig`)
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_connector_filters_sync_config<'a>(
        &'a self,
        connector_id: &'a str,
        body: &'a crate::models::UpdateConnectorFiltersSyncRequest,
    ) -> Call<
        'a,
        UpdateConnectorFiltersSyncConfigParams<'a>,
        crate::models::UpdateConnectorFiltersSyncConfigResponse,
        UpdateConnectorFiltersSyncConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateConnectorFiltersSyncConfig",
            method: "PUT",
            path: "/connectors/{connectorId}/config/filters-sync",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateConnectorFiltersSyncConfigParams {
                connector_id,
                body,
            },
            |client, params| {
                let UpdateConnectorFiltersSyncConfigParams { connector_id, body } = params;
                let path = format!(
                    "/connectors/{}/config/filters-sync",
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
                401 => {
                    Err(
                        Error::Status(
                            UpdateConnectorFiltersSyncConfigError::Unauthorized,
                        ),
                    )
                }
                404 => {
                    Err(Error::Status(UpdateConnectorFiltersSyncConfigError::NotFound))
                }
                _ => {
                    Err(
                        Error::Status(
                            UpdateConnectorFiltersSyncConfigError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_connector_filters_sync_config`], kept in its [`Call`] until it is awaited.
pub struct UpdateConnectorFiltersSyncConfigParams<'a> {
    connector_id: &'a str,
    body: &'a crate::models::UpdateConnectorFiltersSyncRequest,
}
/// Error responses of [`Client::update_connector_filters_sync_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateConnectorFiltersSyncConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateConnectorFiltersSyncConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(
            f,
            "updateConnectorFiltersSyncConfig",
            status,
            message,
        )
    }
}
impl ::std::error::Error for UpdateConnectorFiltersSyncConfigError {}

impl Client {
    /// Get Google Workspace credentials status
    ///
    /// Check if Google Workspace credentials are configured.
    ///
    /// `GET /configurationManager/connectors/googleWorkspaceCredentials` (operation `getGoogleWorkspaceCredentials`)
    pub fn get_google_workspace_credentials(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::GoogleWorkspaceCredentials,
        GetGoogleWorkspaceCredentialsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getGoogleWorkspaceCredentials",
            method: "GET",
            path: "/configurationManager/connectors/googleWorkspaceCredentials",
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
                        "/configurationManager/connectors/googleWorkspaceCredentials",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(Error::Status(GetGoogleWorkspaceCredentialsError::Unauthorized))
                }
                _ => {
                    Err(
                        Error::Status(
                            GetGoogleWorkspaceCredentialsError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_google_workspace_credentials`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetGoogleWorkspaceCredentialsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetGoogleWorkspaceCredentialsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getGoogleWorkspaceCredentials", status, message)
    }
}
impl ::std::error::Error for GetGoogleWorkspaceCredentialsError {}
