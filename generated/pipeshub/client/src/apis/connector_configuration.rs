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
    pub fn get_connector_config(
        &self,
        connector_id: &str,
    ) -> Call<'_, crate::models::GetConnectorConfigResponse, GetConnectorConfigError> {
        const OPERATION: Operation = Operation {
            id: "getConnectorConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/connectors/{}/config",
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
/// Error responses of [`Client::get_connector_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectorConfigError {
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
    pub fn update_connector_config(
        &self,
        connector_id: &str,
        body: &crate::models::UpdateConnectorConfigRequest,
    ) -> Call<
        '_,
        crate::models::UpdateConnectorConfigResponse,
        UpdateConnectorConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateConnectorConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/connectors/{}/config",
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
/// Error responses of [`Client::update_connector_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateConnectorConfigError {
    /// Status `400`: Invalid configuration or connector is active.
    /// Disable connector before updating.
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn update_connector_auth_config(
        &self,
        connector_id: &str,
        body: &crate::models::UpdateConnectorAuthRequest,
    ) -> Call<
        '_,
        crate::models::UpdateConnectorAuthConfigResponse,
        UpdateConnectorAuthConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateConnectorAuthConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/connectors/{}/config/auth",
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
/// Error responses of [`Client::update_connector_auth_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateConnectorAuthConfigError {
    /// Status `400`: Connector must be disabled first
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn update_connector_filters_sync_config(
        &self,
        connector_id: &str,
        body: &crate::models::UpdateConnectorFiltersSyncRequest,
    ) -> Call<
        '_,
        crate::models::UpdateConnectorFiltersSyncConfigResponse,
        UpdateConnectorFiltersSyncConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateConnectorFiltersSyncConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/connectors/{}/config/filters-sync",
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
/// Error responses of [`Client::update_connector_filters_sync_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateConnectorFiltersSyncConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
        crate::models::GoogleWorkspaceCredentials,
        GetGoogleWorkspaceCredentialsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getGoogleWorkspaceCredentials",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/connectors/googleWorkspaceCredentials",
            );
        self.call(
            &OPERATION,
            request,
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
pub enum GetGoogleWorkspaceCredentialsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
