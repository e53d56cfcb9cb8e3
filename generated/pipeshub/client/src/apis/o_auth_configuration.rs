//! Operations of the `OAuth Configuration` API.
//!
//! Admin management of OAuth credentials for connector types
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// List OAuth-capable connector types
    ///
    /// Get all connector types that support OAuth authentication.<br><br>
    /// <b>Admin Use:</b><br>
    /// Admins use this to see which connector types need OAuth credentials
    /// to be configured before users can authenticate.
    ///
    /// `GET /oauth/registry` (operation `getOAuthRegistry`)
    ///
    /// # Arguments
    ///
    /// * `page`: query parameter `page`
    /// * `limit`: query parameter `limit`
    /// * `search`: query parameter `search`
    pub fn get_o_auth_registry(
        &self,
        page: ::std::option::Option<i64>,
        limit: ::std::option::Option<i64>,
        search: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::GetOAuthRegistryResponse, GetOAuthRegistryError> {
        const OPERATION: Operation = Operation {
            id: "getOAuthRegistry",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/oauth/registry");
        let mut query = ::std::vec::Vec::new();
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
                401 => Err(Error::Status(GetOAuthRegistryError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetOAuthRegistryError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_o_auth_registry`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuthRegistryError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get OAuth connector type details
    ///
    /// Get details for a specific OAuth-capable connector type.
    ///
    /// `GET /oauth/registry/{connectorType}` (operation `getOAuthConnectorType`)
    ///
    /// # Arguments
    ///
    /// * `connector_type`: path parameter `connectorType`
    pub fn get_o_auth_connector_type(
        &self,
        connector_type: &str,
    ) -> Call<
        '_,
        crate::models::GetOAuthConnectorTypeResponse,
        GetOAuthConnectorTypeError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOAuthConnectorType",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/oauth/registry/{}",
            crate::runtime::path_param(
                "connectorType",
                connector_type,
                Style::Simple,
                false,
            ),
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
                401 => Err(Error::Status(GetOAuthConnectorTypeError::Unauthorized)),
                404 => Err(Error::Status(GetOAuthConnectorTypeError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetOAuthConnectorTypeError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_o_auth_connector_type`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuthConnectorTypeError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector type not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// List OAuth configurations
    ///
    /// List all OAuth configurations for the organization.<br><br>
    /// <b>Security:</b><br>
    /// <ul>
    /// <li>Admins see full configuration including credentials</li>
    /// <li>Non-admins see only essential fields (client ID, not secret)</li>
    /// </ul>
    ///
    /// `GET /oauth` (operation `listOAuthConfigs`)
    ///
    /// # Arguments
    ///
    /// * `page`: query parameter `page`
    /// * `limit`: query parameter `limit`
    /// * `search`: query parameter `search`
    pub fn list_o_auth_configs(
        &self,
        page: ::std::option::Option<i64>,
        limit: ::std::option::Option<i64>,
        search: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::ListOAuthConfigsResponse, ListOAuthConfigsError> {
        const OPERATION: Operation = Operation {
            id: "listOAuthConfigs",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, "/oauth");
        let mut query = ::std::vec::Vec::new();
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
                401 => Err(Error::Status(ListOAuthConfigsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            ListOAuthConfigsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_o_auth_configs`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListOAuthConfigsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// List OAuth configs for connector type
    ///
    /// Get all OAuth configurations for a specific connector type.
    ///
    /// `GET /oauth/{connectorType}` (operation `listOAuthConfigsByType`)
    ///
    /// # Arguments
    ///
    /// * `connector_type`: path parameter `connectorType`
    /// * `page`: query parameter `page`
    /// * `limit`: query parameter `limit`
    /// * `search`: query parameter `search`
    pub fn list_o_auth_configs_by_type(
        &self,
        connector_type: &str,
        page: ::std::option::Option<i64>,
        limit: ::std::option::Option<i64>,
        search: ::std::option::Option<&str>,
    ) -> Call<
        '_,
        crate::models::ListOAuthConfigsByTypeResponse,
        ListOAuthConfigsByTypeError,
    > {
        const OPERATION: Operation = Operation {
            id: "listOAuthConfigsByType",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/oauth/{}",
            crate::runtime::path_param(
                "connectorType",
                connector_type,
                Style::Simple,
                false,
            ),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
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
                401 => Err(Error::Status(ListOAuthConfigsByTypeError::Unauthorized)),
                404 => Err(Error::Status(ListOAuthConfigsByTypeError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ListOAuthConfigsByTypeError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_o_auth_configs_by_type`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListOAuthConfigsByTypeError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector type not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Create OAuth configuration
    ///
    /// Create a new OAuth configuration for a connector type.<br><br>
    /// <b>Admin Only:</b><br>
    /// Only admins can create OAuth configurations. These provide the
    /// OAuth credentials needed for users to authenticate connectors.<br><br>
    /// <b>Use Case:</b><br>
    /// Before users can create Google Drive connectors with OAuth,
    /// an admin must create an OAuth configuration with the Google
    /// OAuth client ID and secret.
    ///
    /// `POST /oauth/{connectorType}` (operation `createOAuthConfig`)
    ///
    /// # Arguments
    ///
    /// * `connector_type`: path parameter `connectorType`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_o_auth_config(
        &self,
        connector_type: &str,
        body: &crate::models::CreateOAuthConfigRequest,
    ) -> Call<'_, crate::models::CreateOAuthConfigResponse, CreateOAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "createOAuthConfig",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/oauth/{}",
            crate::runtime::path_param(
                "connectorType",
                connector_type,
                Style::Simple,
                false,
            ),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateOAuthConfigError::BadRequest)),
                401 => Err(Error::Status(CreateOAuthConfigError::Unauthorized)),
                403 => Err(Error::Status(CreateOAuthConfigError::Forbidden)),
                404 => Err(Error::Status(CreateOAuthConfigError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            CreateOAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_o_auth_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOAuthConfigError {
    /// Status `400`: Invalid configuration or duplicate name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Connector type not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get OAuth configuration
    ///
    /// Get a specific OAuth configuration by ID.
    ///
    /// `GET /oauth/{connectorType}/{configId}` (operation `getOAuthConfig`)
    ///
    /// # Arguments
    ///
    /// * `connector_type`: path parameter `connectorType`
    /// * `config_id`: path parameter `configId`
    pub fn get_o_auth_config(
        &self,
        connector_type: &str,
        config_id: &str,
    ) -> Call<'_, crate::models::GetOAuthConfigResponse, GetOAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "getOAuthConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/oauth/{}/{}",
            crate::runtime::path_param(
                "connectorType",
                connector_type,
                Style::Simple,
                false,
            ),
            crate::runtime::path_param("configId", config_id, Style::Simple, false),
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
                401 => Err(Error::Status(GetOAuthConfigError::Unauthorized)),
                404 => Err(Error::Status(GetOAuthConfigError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetOAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_o_auth_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuthConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Configuration not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Update OAuth configuration
    ///
    /// Update an OAuth configuration.<br><br>
    /// <b>Admin Only:</b><br>
    /// Only the creator or another admin can update.
    ///
    /// `PUT /oauth/{connectorType}/{configId}` (operation `updateOAuthConfig`)
    ///
    /// # Arguments
    ///
    /// * `connector_type`: path parameter `connectorType`
    /// * `config_id`: path parameter `configId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_o_auth_config(
        &self,
        connector_type: &str,
        config_id: &str,
        body: &crate::models::UpdateOAuthConfigBody,
    ) -> Call<'_, crate::models::UpdateOAuthConfigResponse, UpdateOAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "updateOAuthConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/oauth/{}/{}",
            crate::runtime::path_param(
                "connectorType",
                connector_type,
                Style::Simple,
                false,
            ),
            crate::runtime::path_param("configId", config_id, Style::Simple, false),
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
                400 => Err(Error::Status(UpdateOAuthConfigError::BadRequest)),
                401 => Err(Error::Status(UpdateOAuthConfigError::Unauthorized)),
                403 => Err(Error::Status(UpdateOAuthConfigError::Forbidden)),
                404 => Err(Error::Status(UpdateOAuthConfigError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateOAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::update_o_auth_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateOAuthConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Configuration not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Delete OAuth configuration
    ///
    /// Delete an OAuth configuration.<br><br>
    /// <b>Warning:</b><br>
    /// Cannot delete if the configuration is used by active connectors.
    /// Disable or delete dependent connectors first.
    ///
    /// `DELETE /oauth/{connectorType}/{configId}` (operation `deleteOAuthConfig`)
    ///
    /// # Arguments
    ///
    /// * `connector_type`: path parameter `connectorType`
    /// * `config_id`: path parameter `configId`
    pub fn delete_o_auth_config(
        &self,
        connector_type: &str,
        config_id: &str,
    ) -> Call<'_, crate::models::DeleteOAuthConfigResponse, DeleteOAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "deleteOAuthConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/oauth/{}/{}",
            crate::runtime::path_param(
                "connectorType",
                connector_type,
                Style::Simple,
                false,
            ),
            crate::runtime::path_param("configId", config_id, Style::Simple, false),
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
                400 => Err(Error::Status(DeleteOAuthConfigError::BadRequest)),
                401 => Err(Error::Status(DeleteOAuthConfigError::Unauthorized)),
                403 => Err(Error::Status(DeleteOAuthConfigError::Forbidden)),
                404 => Err(Error::Status(DeleteOAuthConfigError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteOAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_o_auth_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOAuthConfigError {
    /// Status `400`: Cannot delete - used by active connectors
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Configuration not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
