//! Operations of the `Connector OAuth` API.
//!
//! OAuth 2.0 authorization flow for connectors requiring user consent
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Exchange authorization code for tokens (legacy)
    ///
    /// Exchange a Google Workspace authorization code for access and refresh tokens.<br><br>
    /// <b>Note:</b> This is a legacy endpoint specific to Google Workspace connectors.
    /// For new integrations, use the standard OAuth flow via
    /// <code>/connectors/{connectorId}/oauth/authorize</code> and the callback.<br><br>
    /// <b>Flow:</b><br>
    /// <ol>
    /// <li>User completes Google Workspace OAuth consent in the browser</li>
    /// <li>Browser receives authorization code</li>
    /// <li>Frontend sends the code to this endpoint</li>
    /// <li>Backend exchanges code for tokens and stores them</li>
    /// </ol>
    /// <b>Admin Only:</b> Requires admin privileges.
    ///
    /// `POST /connectors/getTokenFromCode` (operation `getTokenFromCode`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Authorization code from Google OAuth consent
    pub fn get_token_from_code(
        &self,
        body: &crate::models::GetTokenFromCodeBody,
    ) -> Call<'_, crate::models::GetTokenFromCodeResponse, GetTokenFromCodeError> {
        const OPERATION: Operation = Operation {
            id: "getTokenFromCode",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/connectors/getTokenFromCode",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetTokenFromCodeError::BadRequest)),
                401 => Err(Error::Status(GetTokenFromCodeError::Unauthorized)),
                403 => Err(Error::Status(GetTokenFromCodeError::Forbidden)),
                404 => Err(Error::Status(GetTokenFromCodeError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetTokenFromCodeError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_token_from_code`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetTokenFromCodeError {
    /// Status `400`: Invalid or expired authorization code
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Google Workspace configuration not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get OAuth authorization URL
    ///
    /// Generate an OAuth authorization URL to start the OAuth flow.<br><br>
    /// <b>Flow:</b><br>
    /// <ol>
    /// <li>Call this endpoint to get the authorization URL</li>
    /// <li>Redirect user's browser to the URL</li>
    /// <li>User authenticates with the provider</li>
    /// <li>Provider redirects to callback with authorization code</li>
    /// <li>Callback exchanges code for tokens automatically</li>
    /// </ol>
    /// <b>State Parameter:</b><br>
    /// The response includes a <code>state</code> value that encodes the
    /// connector ID. This is validated in the callback.
    ///
    /// `GET /connectors/{connectorId}/oauth/authorize` (operation `getOAuthAuthorizationUrl`)
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`
    /// * `base_url`: query parameter `baseUrl`. Base URL for self-hosted instances
    pub fn get_o_auth_authorization_url(
        &self,
        connector_id: &str,
        base_url: ::std::option::Option<&str>,
    ) -> Call<
        '_,
        crate::models::GetOAuthAuthorizationUrlResponse,
        GetOAuthAuthorizationUrlError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOAuthAuthorizationUrl",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/connectors/{}/oauth/authorize",
            crate::runtime::path_param("connectorId", connector_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "baseUrl", &base_url, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetOAuthAuthorizationUrlError::BadRequest)),
                401 => Err(Error::Status(GetOAuthAuthorizationUrlError::Unauthorized)),
                404 => Err(Error::Status(GetOAuthAuthorizationUrlError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetOAuthAuthorizationUrlError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_o_auth_authorization_url`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuthAuthorizationUrlError {
    /// Status `400`: Connector doesn't support OAuth
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// OAuth callback handler
    ///
    /// Handle the OAuth callback from the identity provider.<br><br>
    /// <b>Note:</b><br>
    /// This endpoint is called by the OAuth provider after user authentication.
    /// The state parameter contains the encoded connector ID.<br><br>
    /// <b>Success:</b><br>
    /// On success, tokens are stored and the connector becomes authenticated.
    /// User is redirected to the frontend success page.<br><br>
    /// <b>Error:</b><br>
    /// If the provider returns an error (e.g., user denied access),
    /// user is redirected with error information.
    ///
    /// `GET /connectors/oauth/callback` (operation `handleOAuthCallback`)
    ///
    /// # Arguments
    ///
    /// * `code`: query parameter `code`. Authorization code from provider
    /// * `state`: query parameter `state`. State parameter (contains connector ID)
    /// * `error`: query parameter `error`. Error code if authorization failed
    /// * `base_url`: query parameter `baseUrl`. Base URL for redirect
    pub fn handle_o_auth_callback(
        &self,
        code: ::std::option::Option<&str>,
        state: ::std::option::Option<&str>,
        error: ::std::option::Option<&str>,
        base_url: ::std::option::Option<&str>,
    ) -> Call<'_, (), HandleOAuthCallbackError> {
        const OPERATION: Operation = Operation {
            id: "handleOAuthCallback",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/connectors/oauth/callback");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "code", &code, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "state", &state, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "error", &error, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "baseUrl", &base_url, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                301 | 302 | 303 | 307 | 308 => Ok(received.value(())),
                400 => Err(Error::Status(HandleOAuthCallbackError::BadRequest)),
                _ => {
                    Err(
                        Error::Status(
                            HandleOAuthCallbackError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::handle_o_auth_callback`].
#[derive(Debug, Clone, PartialEq)]
pub enum HandleOAuthCallbackError {
    /// Status `400`: Invalid or missing state parameter
    BadRequest,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
