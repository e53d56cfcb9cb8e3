//! The `Connector Control` API.
//!
//! Enable/disable connectors for sync or agent functionality
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Enable/disable connectors for sync or agent functionality
pub trait ConnectorControlApi: Clone + Send + Sync + 'static {
    /// Toggle connector sync or agent
    ///
    /// Enable or disable a connector for sync or agent functionality.<br><br>
    /// <b>Toggle Types:</b><br>
    /// <ul>
    /// <li><code>sync</code> - Enable/disable data synchronization</li>
    /// <li><code>agent</code> - Enable/disable AI agent integration</li>
    /// </ul>
    /// <b>Prerequisites for Enabling:</b><br>
    /// <ul>
    /// <li>Connector must be configured (<code>isConfigured: true</code>)</li>
    /// <li>For OAuth connectors: Must be authenticated (<code>isAuthenticated: true</code>)</li>
    /// <li>For agent: Connector must support agent (<code>supportsAgent: true</code>)</li>
    /// </ul>
    /// <b>Permissions:</b><br>
    /// <ul>
    /// <li>Team scope: Requires admin</li>
    /// <li>Personal scope: Only creator can toggle</li>
    /// </ul>
    ///
    /// `POST /connectors/{connectorId}/toggle` (operation `toggleConnector`)
    fn toggle_connector(
        &self,
        request: ToggleConnectorRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ToggleConnectorResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(connector_control::routes().merge(...), service)`.
pub fn routes<S: ConnectorControlApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/connectors/{p0}/toggle",
            axum::routing::post(
                crate::apis::connector_control::handle_toggle_connector::<S>,
            ),
        )
}

/// What a `POST /connectors/{connectorId}/toggle` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleConnectorRequest {
    /// path parameter `connectorId`.
    pub connector_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::ConnectorToggleRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /connectors/{connectorId}/toggle` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ToggleConnectorResponse {
    /// Status `200`: Connector toggled
    Ok(crate::models::ToggleConnectorResponse),
    /// Status `400`: Cannot toggle. Possible reasons:<br>
    /// <ul>
    /// <li>Connector not configured</li>
    /// <li>OAuth not authenticated</li>
    /// <li>Agent not supported</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Permission denied
    Forbidden,
    /// Status `404`: Connector not found
    NotFound,
}
impl IntoResponse for ToggleConnectorResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ToggleConnectorRequest {
    /// Reads and checks a `POST /connectors/{connectorId}/toggle` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ToggleConnectorRequest {
            connector_id: runtime::path_param(path, "p0", "connectorId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /connectors/{connectorId}/toggle` request and hands it to [`ConnectorControlApi::toggle_connector`].
pub async fn handle_toggle_connector<S: ConnectorControlApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "toggleConnector",
        path: "/connectors/{connectorId}/toggle",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ToggleConnectorRequest::read,
            |request| service.toggle_connector(request),
        )
        .await
}
