//! The `Connector Registry` API.
//!
//! Browse available connector types and their configuration schemas
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Browse available connector types and their configuration schemas
pub trait ConnectorRegistryApi: Clone + Send + Sync + 'static {
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
    fn get_connector_registry(
        &self,
        request: GetConnectorRegistryRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetConnectorRegistryResponse>,
    > + Send;
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
    fn get_connector_schema(
        &self,
        request: GetConnectorSchemaRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetConnectorSchemaResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(connector_registry::routes().merge(...), service)`.
pub fn routes<S: ConnectorRegistryApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/connectors/registry",
            axum::routing::get(
                crate::apis::connector_registry::handle_get_connector_registry::<S>,
            ),
        );
    routes
        .route(
            "/connectors/registry/{p0}/schema",
            axum::routing::get(
                crate::apis::connector_registry::handle_get_connector_schema::<S>,
            ),
        )
}

/// What a `GET /connectors/registry` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetConnectorRegistryRequest {
    /// query parameter `scope`.
    ///
    /// Filter by scope type
    pub scope: ::std::option::Option<crate::models::ConnectorScope>,
    /// query parameter `page`.
    ///
    /// Page number
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    ///
    /// Items per page
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    ///
    /// Search term for connector names
    pub search: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connectors/registry` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectorRegistryResponse {
    /// Status `200`: Connector registry retrieved
    Ok(crate::models::GetConnectorRegistryResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetConnectorRegistryResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetConnectorRegistryRequest {
    /// Reads and checks a `GET /connectors/registry` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetConnectorRegistryRequest {
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
/// Reads a `GET /connectors/registry` request and hands it to [`ConnectorRegistryApi::get_connector_registry`].
pub async fn handle_get_connector_registry<S: ConnectorRegistryApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getConnectorRegistry",
        path: "/connectors/registry",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetConnectorRegistryRequest::read,
            |request| service.get_connector_registry(request),
        )
        .await
}

/// What a `GET /connectors/registry/{connectorType}/schema` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetConnectorSchemaRequest {
    /// path parameter `connectorType`.
    ///
    /// Connector type identifier
    pub connector_type: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connectors/registry/{connectorType}/schema` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectorSchemaResponse {
    /// Status `200`: Schema retrieved
    Ok(crate::models::GetConnectorSchemaResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector type not found
    NotFound,
}
impl IntoResponse for GetConnectorSchemaResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetConnectorSchemaRequest {
    /// Reads and checks a `GET /connectors/registry/{connectorType}/schema` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetConnectorSchemaRequest {
            connector_type: runtime::path_param(path, "p0", "connectorType")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connectors/registry/{connectorType}/schema` request and hands it to [`ConnectorRegistryApi::get_connector_schema`].
pub async fn handle_get_connector_schema<S: ConnectorRegistryApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getConnectorSchema",
        path: "/connectors/registry/{connectorType}/schema",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetConnectorSchemaRequest::read,
            |request| service.get_connector_schema(request),
        )
        .await
}
