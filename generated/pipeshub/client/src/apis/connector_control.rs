//! Operations of the `Connector Control` API.
//!
//! Enable/disable connectors for sync or agent functionality
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn toggle_connector<'a>(
        &'a self,
        connector_id: &'a str,
        body: &'a crate::models::ConnectorToggleRequest,
    ) -> Call<
        'a,
        ToggleConnectorParams<'a>,
        crate::models::ToggleConnectorResponse,
        ToggleConnectorError,
    > {
        const OPERATION: Operation = Operation {
            id: "toggleConnector",
            method: "POST",
            path: "/connectors/{connectorId}/toggle",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ToggleConnectorParams {
                connector_id,
                body,
            },
            |client, params| {
                let ToggleConnectorParams { connector_id, body } = params;
                let path = format!(
                    "/connectors/{}/toggle",
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
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
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ToggleConnectorError::BadRequest)),
                401 => Err(Error::Status(ToggleConnectorError::Unauthorized)),
                403 => Err(Error::Status(ToggleConnectorError::Forbidden)),
                404 => Err(Error::Status(ToggleConnectorError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ToggleConnectorError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::toggle_connector`], kept in its [`Call`] until it is awaited.
pub struct ToggleConnectorParams<'a> {
    connector_id: &'a str,
    body: &'a crate::models::ConnectorToggleRequest,
}
/// Error responses of [`Client::toggle_connector`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ToggleConnectorError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ToggleConnectorError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "toggleConnector", status, message)
    }
}
impl ::std::error::Error for ToggleConnectorError {}
