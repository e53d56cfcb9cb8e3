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
    /// Use <code>scope</code> to filter by team or personal connectors.
    /// Use <code>search</code> for full-text search across connector names.
    ///
    /// `GET /connectors/registry` (operation `getConnectorRegistry`)
    ///
    /// # Arguments
    ///
    /// * `scope`: query parameter `scope`. Filter by scope type
    /// * `page`: query parameter `page`. Page number
    /// * `limit`: query parameter `limit`. Items per page
    /// * `search`: query parameter `search`. Search term for connector names
    pub fn get_connector_registry(
        &self,
        scope: ::std::option::Option<&crate::models::ConnectorScope>,
        page: ::std::option::Option<i64>,
        limit: ::std::option::Option<i64>,
        search: ::std::option::Option<&str>,
    ) -> Call<
        '_,
        crate::models::GetConnectorRegistryResponse,
        GetConnectorRegistryError,
    > {
        const OPERATION: Operation = Operation {
            id: "getConnectorRegistry",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/connectors/registry");
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
/// Error responses of [`Client::get_connector_registry`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectorRegistryError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_connector_schema(
        &self,
        connector_type: &str,
    ) -> Call<'_, crate::models::GetConnectorSchemaResponse, GetConnectorSchemaError> {
        const OPERATION: Operation = Operation {
            id: "getConnectorSchema",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/connectors/registry/{}/schema",
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
/// Error responses of [`Client::get_connector_schema`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectorSchemaError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector type not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
