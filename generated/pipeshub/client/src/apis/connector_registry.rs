//! Operations of the `Connector Registry` API.
//!
//! Browse available connector types and their configuration schemas
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// List available connector types
    ///
    /// Get all available connector types from the registry.<br><br>
    /// <b>Overview:</b><br>
    /// The registry contains all connector types that can be configured as instances.
    /// Each type has specific authentication requirements, supported scopes, and capabilities.<br><br>
    /// <b>Connector Types Include:</b><br>
    /// <ul>
    /// <li><b>Google Workspace:</b> Drive, Gmail, Calendar, etc.</li>
    /// <li><b>Microsoft 365:</b> OneDrive, Outlook, SharePoint, etc.</li>
    /// <li><b>Cloud Storage:</b> Dropbox, Box, AWS S3</li>
    /// <li><b>Collaboration:</b> Slack, Confluence, Notion, Jira</li>
    /// <li><b>Databases:</b> PostgreSQL, MySQL, MongoDB</li>
    /// </ul>
    /// <b>Filtering:</b><br>
    /// Use &lt;code&gt;scope&lt;/code&gt; to filter by team or personal connectors.
    /// Use &lt;code&gt;search&lt;/code&gt; for full-text search across connector names.
    ///
    /// `GET /connectors/registry` (operation `getConnectorRegistry`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetConnectorRegistryParams`\]).
    pub fn get_connector_registry(
        &self,
    ) -> Call<
        '_,
        GetConnectorRegistryParams<'_>,
        crate::models::GetConnectorRegistryResponse,
        GetConnectorRegistryError,
    > {
        const OPERATION: Operation = Operation {
            id: "getConnectorRegistry",
            method: "GET",
            path: "/connectors/registry",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetConnectorRegistryParams {
                scope: None,
                page: None,
                limit: None,
                search: None,
            },
            |client, params| {
                let GetConnectorRegistryParams { scope, page, limit, search } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/connectors/registry");
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
                401 => Err(Error::Status(GetConnectorRegistryError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetConnectorRegistryError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_connector_registry`], kept in its [`Call`] until it is awaited.
pub struct GetConnectorRegistryParams<'a> {
    scope: ::std::option::Option<&'a crate::models::ConnectorScope>,
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetConnectorRegistryParams<'a>, T, E> {
    /// * `scope`: query parameter `scope`. Filter by scope type
    pub fn scope(mut self, scope: &'a crate::models::ConnectorScope) -> Self {
        self.params.scope = Some(scope);
        self
    }
    /// * `page`: query parameter `page`. Page number
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `limit`: query parameter `limit`. Items per page
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `search`: query parameter `search`. Search term for connector names
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
        self
    }
}
/// Error responses of [`Client::get_connector_registry`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetConnectorRegistryError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetConnectorRegistryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getConnectorRegistry", status, message)
    }
}
impl ::std::error::Error for GetConnectorRegistryError {}

impl Client {
    /// Get connector configuration schema
    ///
    /// Get the configuration schema for a specific connector type.<br><br>
    /// <b>Overview:</b><br>
    /// Returns JSON Schema definitions for authentication, sync settings, and
    /// filter options. Use this to dynamically build configuration forms.<br><br>
    /// <b>Schema Sections:</b><br>
    /// <ul>
    /// <li><b>authSchema:</b> Fields for authentication (credentials, tokens)</li>
    /// <li><b>syncSchema:</b> Sync settings (schedule, incremental options)</li>
    /// <li><b>filterSchema:</b> Filter field definitions</li>
    /// </ul>
    ///
    /// `GET /connectors/registry/{connectorType}/schema` (operation `getConnectorSchema`)
    ///
    /// # Arguments
    ///
    /// * `connector_type`: path parameter `connectorType`. Connector type identifier
    pub fn get_connector_schema<'a>(
        &'a self,
        connector_type: &'a str,
    ) -> Call<
        'a,
        GetConnectorSchemaParams<'a>,
        crate::models::GetConnectorSchemaResponse,
        GetConnectorSchemaError,
    > {
        const OPERATION: Operation = Operation {
            id: "getConnectorSchema",
            method: "GET",
            path: "/connectors/registry/{connectorType}/schema",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetConnectorSchemaParams {
                connector_type,
            },
            |client, params| {
                let GetConnectorSchemaParams { connector_type } = params;
                let path = format!(
                    "/connectors/registry/{}/schema",
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
                401 => Err(Error::Status(GetConnectorSchemaError::Unauthorized)),
                404 => Err(Error::Status(GetConnectorSchemaError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetConnectorSchemaError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_connector_schema`], kept in its [`Call`] until it is awaited.
pub struct GetConnectorSchemaParams<'a> {
    connector_type: &'a str,
}
/// Error responses of [`Client::get_connector_schema`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetConnectorSchemaError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector type not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetConnectorSchemaError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getConnectorSchema", status, message)
    }
}
impl ::std::error::Error for GetConnectorSchemaError {}
