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
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetOAuthRegistryParams`\]).
    pub fn get_o_auth_registry(
        &self,
    ) -> Call<
        '_,
        GetOAuthRegistryParams<'_>,
        crate::models::GetOAuthRegistryResponse,
        GetOAuthRegistryError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOAuthRegistry",
            method: "GET",
            path: "/oauth/registry",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetOAuthRegistryParams {
                page: None,
                limit: None,
                search: None,
            },
            |client, params| {
                let GetOAuthRegistryParams { page, limit, search } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/oauth/registry");
                let mut query = ::std::vec::Vec::new();
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
/// The parameters of [`Client::get_o_auth_registry`], kept in its [`Call`] until it is awaited.
pub struct GetOAuthRegistryParams<'a> {
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetOAuthRegistryParams<'a>, T, E> {
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
/// Error responses of [`Client::get_o_auth_registry`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOAuthRegistryError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOAuthRegistryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOAuthRegistry", status, message)
    }
}
impl ::std::error::Error for GetOAuthRegistryError {}

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
    pub fn get_o_auth_connector_type<'a>(
        &'a self,
        connector_type: &'a str,
    ) -> Call<
        'a,
        GetOAuthConnectorTypeParams<'a>,
        crate::models::GetOAuthConnectorTypeResponse,
        GetOAuthConnectorTypeError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOAuthConnectorType",
            method: "GET",
            path: "/oauth/registry/{connectorType}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetOAuthConnectorTypeParams {
                connector_type,
            },
            |client, params| {
                let GetOAuthConnectorTypeParams { connector_type } = params;
                let path = format!(
                    "/oauth/registry/{}",
                    crate::runtime::path_param(
                        "connectorType",
                        connector_type,
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
/// The parameters of [`Client::get_o_auth_connector_type`], kept in its [`Call`] until it is awaited.
pub struct GetOAuthConnectorTypeParams<'a> {
    connector_type: &'a str,
}
/// Error responses of [`Client::get_o_auth_connector_type`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOAuthConnectorTypeError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector type not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOAuthConnectorTypeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOAuthConnectorType", status, message)
    }
}
impl ::std::error::Error for GetOAuthConnectorTypeError {}

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
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListOAuthConfigsParams`\]).
    pub fn list_o_auth_configs(
        &self,
    ) -> Call<
        '_,
        ListOAuthConfigsParams<'_>,
        crate::models::ListOAuthConfigsResponse,
        ListOAuthConfigsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listOAuthConfigs",
            method: "GET",
            path: "/oauth",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListOAuthConfigsParams {
                page: None,
                limit: None,
                search: None,
            },
            |client, params| {
                let ListOAuthConfigsParams { page, limit, search } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/oauth");
                let mut query = ::std::vec::Vec::new();
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
/// The parameters of [`Client::list_o_auth_configs`], kept in its [`Call`] until it is awaited.
pub struct ListOAuthConfigsParams<'a> {
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListOAuthConfigsParams<'a>, T, E> {
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
/// Error responses of [`Client::list_o_auth_configs`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListOAuthConfigsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListOAuthConfigsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listOAuthConfigs", status, message)
    }
}
impl ::std::error::Error for ListOAuthConfigsError {}

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
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListOAuthConfigsByTypeParams`\]).
    pub fn list_o_auth_configs_by_type<'a>(
        &'a self,
        connector_type: &'a str,
    ) -> Call<
        'a,
        ListOAuthConfigsByTypeParams<'a>,
        crate::models::ListOAuthConfigsByTypeResponse,
        ListOAuthConfigsByTypeError,
    > {
        const OPERATION: Operation = Operation {
            id: "listOAuthConfigsByType",
            method: "GET",
            path: "/oauth/{connectorType}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListOAuthConfigsByTypeParams {
                connector_type,
                page: None,
                limit: None,
                search: None,
            },
            |client, params| {
                let ListOAuthConfigsByTypeParams {
                    connector_type,
                    page,
                    limit,
                    search,
                } = params;
                let path = format!(
                    "/oauth/{}",
                    crate::runtime::path_param(
                        "connectorType",
                        connector_type,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
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
/// The parameters of [`Client::list_o_auth_configs_by_type`], kept in its [`Call`] until it is awaited.
pub struct ListOAuthConfigsByTypeParams<'a> {
    connector_type: &'a str,
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListOAuthConfigsByTypeParams<'a>, T, E> {
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
/// Error responses of [`Client::list_o_auth_configs_by_type`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListOAuthConfigsByTypeError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector type not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListOAuthConfigsByTypeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listOAuthConfigsByType", status, message)
    }
}
impl ::std::error::Error for ListOAuthConfigsByTypeError {}

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
    pub fn create_o_auth_config<'a>(
        &'a self,
        connector_type: &'a str,
        body: &'a crate::models::CreateOAuthConfigRequest,
    ) -> Call<
        'a,
        CreateOAuthConfigParams<'a>,
        crate::models::CreateOAuthConfigResponse,
        CreateOAuthConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "createOAuthConfig",
            method: "POST",
            path: "/oauth/{connectorType}",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateOAuthConfigParams {
                connector_type,
                body,
            },
            |client, params| {
                let CreateOAuthConfigParams { connector_type, body } = params;
                let path = format!(
                    "/oauth/{}",
                    crate::runtime::path_param(
                        "connectorType",
                        connector_type,
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
/// The parameters of [`Client::create_o_auth_config`], kept in its [`Call`] until it is awaited.
pub struct CreateOAuthConfigParams<'a> {
    connector_type: &'a str,
    body: &'a crate::models::CreateOAuthConfigRequest,
}
/// Error responses of [`Client::create_o_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateOAuthConfigError {
    /// Status `400`: Invalid configuration or duplicate name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Connector type not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateOAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createOAuthConfig", status, message)
    }
}
impl ::std::error::Error for CreateOAuthConfigError {}

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
    pub fn get_o_auth_config<'a>(
        &'a self,
        connector_type: &'a str,
        config_id: &'a str,
    ) -> Call<
        'a,
        GetOAuthConfigParams<'a>,
        crate::models::GetOAuthConfigResponse,
        GetOAuthConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOAuthConfig",
            method: "GET",
            path: "/oauth/{connectorType}/{configId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetOAuthConfigParams {
                connector_type,
                config_id,
            },
            |client, params| {
                let GetOAuthConfigParams { connector_type, config_id } = params;
                let path = format!(
                    "/oauth/{}/{}",
                    crate::runtime::path_param(
                        "connectorType",
                        connector_type,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "configId",
                        config_id,
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
/// The parameters of [`Client::get_o_auth_config`], kept in its [`Call`] until it is awaited.
pub struct GetOAuthConfigParams<'a> {
    connector_type: &'a str,
    config_id: &'a str,
}
/// Error responses of [`Client::get_o_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOAuthConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Configuration not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOAuthConfig", status, message)
    }
}
impl ::std::error::Error for GetOAuthConfigError {}

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
    pub fn update_o_auth_config<'a>(
        &'a self,
        connector_type: &'a str,
        config_id: &'a str,
        body: &'a crate::models::UpdateOAuthConfigBody,
    ) -> Call<
        'a,
        UpdateOAuthConfigParams<'a>,
        crate::models::UpdateOAuthConfigResponse,
        UpdateOAuthConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateOAuthConfig",
            method: "PUT",
            path: "/oauth/{connectorType}/{configId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateOAuthConfigParams {
                connector_type,
                config_id,
                body,
            },
            |client, params| {
                let UpdateOAuthConfigParams { connector_type, config_id, body } = params;
                let path = format!(
                    "/oauth/{}/{}",
                    crate::runtime::path_param(
                        "connectorType",
                        connector_type,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "configId",
                        config_id,
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
/// The parameters of [`Client::update_o_auth_config`], kept in its [`Call`] until it is awaited.
pub struct UpdateOAuthConfigParams<'a> {
    connector_type: &'a str,
    config_id: &'a str,
    body: &'a crate::models::UpdateOAuthConfigBody,
}
/// Error responses of [`Client::update_o_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateOAuthConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Configuration not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateOAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateOAuthConfig", status, message)
    }
}
impl ::std::error::Error for UpdateOAuthConfigError {}

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
    pub fn delete_o_auth_config<'a>(
        &'a self,
        connector_type: &'a str,
        config_id: &'a str,
    ) -> Call<
        'a,
        DeleteOAuthConfigParams<'a>,
        crate::models::DeleteOAuthConfigResponse,
        DeleteOAuthConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteOAuthConfig",
            method: "DELETE",
            path: "/oauth/{connectorType}/{configId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteOAuthConfigParams {
                connector_type,
                config_id,
            },
            |client, params| {
                let DeleteOAuthConfigParams { connector_type, config_id } = params;
                let path = format!(
                    "/oauth/{}/{}",
                    crate::runtime::path_param(
                        "connectorType",
                        connector_type,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "configId",
                        config_id,
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
/// The parameters of [`Client::delete_o_auth_config`], kept in its [`Call`] until it is awaited.
pub struct DeleteOAuthConfigParams<'a> {
    connector_type: &'a str,
    config_id: &'a str,
}
/// Error responses of [`Client::delete_o_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteOAuthConfigError {
    /// Status `400`: Cannot delete - used by active connectors
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Configuration not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteOAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteOAuthConfig", status, message)
    }
}
impl ::std::error::Error for DeleteOAuthConfigError {}
