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
    pub fn get_token_from_code<'a>(
        &'a self,
        body: &'a crate::models::GetTokenFromCodeBody,
    ) -> Call<
        'a,
        GetTokenFromCodeParams<'a>,
        crate::models::GetTokenFromCodeResponse,
        GetTokenFromCodeError,
    > {
        const OPERATION: Operation = Operation {
            id: "getTokenFromCode",
            method: "POST",
            path: "/connectors/getTokenFromCode",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetTokenFromCodeParams { body },
            |client, params| {
                let GetTokenFromCodeParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/connectors/getTokenFromCode",
                    );
                request = request.json(body);
                Ok(request)
            },
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
/// The parameters of [`Client::get_token_from_code`], kept in its [`Call`] until it is awaited.
pub struct GetTokenFromCodeParams<'a> {
    body: &'a crate::models::GetTokenFromCodeBody,
}
/// Error responses of [`Client::get_token_from_code`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetTokenFromCodeError {
    /// Status `400`: Invalid or expired authorization code
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Google Workspace configuration not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetTokenFromCodeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getTokenFromCode", status, message)
    }
}
impl ::std::error::Error for GetTokenFromCodeError {}

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
    /// The response includes a &lt;code&gt;state&lt;/code&gt; value that encodes the
    /// connector ID. This is validated in the callback.
    ///
    /// `GET /connectors/{connectorId}/oauth/authorize` (operation `getOAuthAuthorizationUrl`)
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetOAuthAuthorizationUrlParams`\]).
    pub fn get_o_auth_authorization_url<'a>(
        &'a self,
        connector_id: &'a str,
    ) -> Call<
        'a,
        GetOAuthAuthorizationUrlParams<'a>,
        crate::models::GetOAuthAuthorizationUrlResponse,
        GetOAuthAuthorizationUrlError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOAuthAuthorizationUrl",
            method: "GET",
            path: "/connectors/{connectorId}/oauth/authorize",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetOAuthAuthorizationUrlParams {
                connector_id,
                base_url: None,
            },
            |client, params| {
                let GetOAuthAuthorizationUrlParams { connector_id, base_url } = params;
                let path = format!(
                    "/connectors/{}/oauth/authorize",
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "baseUrl",
                    &base_url,
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
/// The parameters of [`Client::get_o_auth_authorization_url`], kept in its [`Call`] until it is awaited.
pub struct GetOAuthAuthorizationUrlParams<'a> {
    connector_id: &'a str,
    base_url: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetOAuthAuthorizationUrlParams<'a>, T, E> {
    /// * `base_url`: query parameter `baseUrl`. Base URL for self-hosted instances
    pub fn base_url(mut self, base_url: &'a str) -> Self {
        self.params.base_url = Some(base_url);
        self
    }
}
/// Error responses of [`Client::get_o_auth_authorization_url`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOAuthAuthorizationUrlError {
    /// Status `400`: Connector doesn't support OAuth
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOAuthAuthorizationUrlError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOAuthAuthorizationUrl", status, message)
    }
}
impl ::std::error::Error for GetOAuthAuthorizationUrlError {}

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
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`HandleOAuthCallbackParams`\]).
    pub fn handle_o_auth_callback(
        &self,
    ) -> Call<'_, HandleOAuthCallbackParams<'_>, (), HandleOAuthCallbackError> {
        const OPERATION: Operation = Operation {
            id: "handleOAuthCallback",
            method: "GET",
            path: "/connectors/oauth/callback",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            HandleOAuthCallbackParams {
                code: None,
                state: None,
                error: None,
                base_url: None,
            },
            |client, params| {
                let HandleOAuthCallbackParams { code, state, error, base_url } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/connectors/oauth/callback",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "code",
                    &code,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "state",
                    &state,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "error",
                    &error,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "baseUrl",
                    &base_url,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
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
/// The parameters of [`Client::handle_o_auth_callback`], kept in its [`Call`] until it is awaited.
pub struct HandleOAuthCallbackParams<'a> {
    code: ::std::option::Option<&'a str>,
    state: ::std::option::Option<&'a str>,
    error: ::std::option::Option<&'a str>,
    base_url: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, HandleOAuthCallbackParams<'a>, T, E> {
    /// * `code`: query parameter `code`. Authorization code from provider
    pub fn code(mut self, code: &'a str) -> Self {
        self.params.code = Some(code);
        self
    }
    /// * `state`: query parameter `state`. State parameter (contains connector ID)
    pub fn state(mut self, state: &'a str) -> Self {
        self.params.state = Some(state);
        self
    }
    /// * `error`: query parameter `error`. Error code if authorization failed
    pub fn error(mut self, error: &'a str) -> Self {
        self.params.error = Some(error);
        self
    }
    /// * `base_url`: query parameter `baseUrl`. Base URL for redirect
    pub fn base_url(mut self, base_url: &'a str) -> Self {
        self.params.base_url = Some(base_url);
        self
    }
}
/// Error responses of [`Client::handle_o_auth_callback`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum HandleOAuthCallbackError {
    /// Status `400`: Invalid or missing state parameter
    BadRequest,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for HandleOAuthCallbackError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "handleOAuthCallback", status, message)
    }
}
impl ::std::error::Error for HandleOAuthCallbackError {}
