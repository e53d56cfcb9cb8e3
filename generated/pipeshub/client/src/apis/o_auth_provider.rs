//! Operations of the `OAuth Provider` API.
//!
//! PipesHub OAuth 2.0 Authorization Server implementing RFC 6749, RFC 7636 (PKCE), and OpenID Connect.
//!
//! **Supported Grant Types:**
//! - `authorization_code` - Standard OAuth flow with PKCE support
//! - `client_credentials` - Machine-to-machine authentication
//! - `refresh_token` - Token refresh for long-lived access
//!
//! **Security Features:**
//! - PKCE (Proof Key for Code Exchange) for public clients
//! - State parameter for CSRF protection
//! - Configurable token lifetimes
//! - Token revocation and introspection
//!
//! **OpenID Connect:**
//! - ID tokens with standard claims
//! - UserInfo endpoint for profile data
//! - Discovery endpoint for automatic configuration
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Initiate OAuth authorization flow
    ///
    /// OAuth 2.0 Authorization Endpoint (RFC 6749 Section 4.1.1).
    /// <br><br>
    /// Initiates the authorization code flow. Users are redirected here by OAuth clients
    /// to authorize access to their account.
    /// <br><br>
    /// <b>Flow:</b><br>
    /// 1. Client redirects user to this endpoint with required parameters<br>
    /// 2. If not logged in, user is redirected to PipesHub login<br>
    /// 3. User sees consent page with requested scopes<br>
    /// 4. User grants or denies consent<br>
    /// 5. User is redirected back to client with authorization code
    /// <br><br>
    /// <b>PKCE Support (RFC 7636):</b><br>
    /// - Required for public clients (SPA, mobile apps)<br>
    /// - Recommended for confidential clients<br>
    /// - Use S256 method (SHA256 hash of code_verifier)
    /// <br><br>
    /// <b>Security:</b><br>
    /// - Always use HTTPS in production<br>
    /// - State parameter provides CSRF protection<br>
    /// - Redirect URI must match registered URIs exactly
    ///
    /// `GET /oauth/authorize` (operation `oauthAuthorize`)
    ///
    /// # Arguments
    ///
    /// * `response_type`: query parameter `response_type`. Must be "code" for authorization code grant
    /// * `client_id`: query parameter `client_id`. OAuth app client ID
    /// * `redirect_uri`: query parameter `redirect_uri`. Callback URI (must match registered URI)
    /// * `scope`: query parameter `scope`. Space-separated list of requested scopes
    /// * `state`: query parameter `state`. Random string for CSRF protection
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`OauthAuthorizeParams`\]).
    pub fn oauth_authorize<'a>(
        &'a self,
        response_type: &'a crate::models::OauthAuthorizeResponseType,
        client_id: &'a str,
        redirect_uri: &'a str,
        scope: &'a str,
        state: &'a str,
    ) -> Call<'a, OauthAuthorizeParams<'a>, (), OauthAuthorizeError> {
        const OPERATION: Operation = Operation {
            id: "oauthAuthorize",
            method: "GET",
            path: "/oauth/authorize",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            OauthAuthorizeParams {
                response_type,
                client_id,
                redirect_uri,
                scope,
                state,
                code_challenge: None,
                code_challenge_method: None,
                nonce: None,
            },
            |client, params| {
                let OauthAuthorizeParams {
                    response_type,
                    client_id,
                    redirect_uri,
                    scope,
                    state,
                    code_challenge,
                    code_challenge_method,
                    nonce,
                } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/oauth/authorize");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "response_type",
                    response_type,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "client_id",
                    client_id,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "redirect_uri",
                    redirect_uri,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "scope",
                    scope,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "state",
                    state,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "code_challenge",
                    &code_challenge,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "code_challenge_method",
                    &code_challenge_method,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "nonce",
                    &nonce,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                301 | 302 | 303 | 307 | 308 => Ok(received.value(())),
                400 => {
                    Err(
                        received
                            .error_json(
                                OauthAuthorizeError::BadRequest,
                                OauthAuthorizeError::Unknown,
                            ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(
                            OauthAuthorizeError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::oauth_authorize`], kept in its [`Call`] until it is awaited.
pub struct OauthAuthorizeParams<'a> {
    response_type: &'a crate::models::OauthAuthorizeResponseType,
    client_id: &'a str,
    redirect_uri: &'a str,
    scope: &'a str,
    state: &'a str,
    code_challenge: ::std::option::Option<&'a str>,
    code_challenge_method: ::std::option::Option<
        &'a crate::models::OauthAuthorizeCodeChallengeMethod,
    >,
    nonce: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, OauthAuthorizeParams<'a>, T, E> {
    /// * `code_challenge`: query parameter `code_challenge`. PKCE code challenge (base64url-encoded)
    pub fn code_challenge(mut self, code_challenge: &'a str) -> Self {
        self.params.code_challenge = Some(code_challenge);
        self
    }
    /// * `code_challenge_method`: query parameter `code_challenge_method`. PKCE method (S256 recommended)
    pub fn code_challenge_method(
        mut self,
        code_challenge_method: &'a crate::models::OauthAuthorizeCodeChallengeMethod,
    ) -> Self {
        self.params.code_challenge_method = Some(code_challenge_method);
        self
    }
    /// * `nonce`: query parameter `nonce`. Nonce for ID token binding
    pub fn nonce(mut self, nonce: &'a str) -> Self {
        self.params.nonce = Some(nonce);
        self
    }
}
/// Error responses of [`Client::oauth_authorize`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OauthAuthorizeError {
    /// Status `400`: Invalid request parameters
    BadRequest(crate::models::OAuthErrorResponse),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for OauthAuthorizeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "oauthAuthorize", status, message)
    }
}
impl ::std::error::Error for OauthAuthorizeError {}

impl Client {
    /// Submit authorization consent
    ///
    /// Submit user's consent decision for OAuth authorization.
    /// <br><br>
    /// Called after user reviews the consent page and makes a decision.
    /// This endpoint generates an authorization code if consent is granted.
    /// <br><br>
    /// <b>Responses:</b><br>
    /// - Consent granted: Redirects to client with authorization code<br>
    /// - Consent denied: Redirects to client with `access_denied` error
    ///
    /// `POST /oauth/authorize` (operation `oauthAuthorizeConsent`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Submit authorization consent
    pub fn oauth_authorize_consent<'a>(
        &'a self,
        body: &'a crate::models::OAuthConsentRequest,
    ) -> Call<
        'a,
        OauthAuthorizeConsentParams<'a>,
        crate::models::OauthAuthorizeConsentResponse,
        OauthAuthorizeConsentError,
    > {
        const OPERATION: Operation = Operation {
            id: "oauthAuthorizeConsent",
            method: "POST",
            path: "/oauth/authorize",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            OauthAuthorizeConsentParams {
                body,
            },
            |client, params| {
                let OauthAuthorizeConsentParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/oauth/authorize");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                OauthAuthorizeConsentError::BadRequest,
                                OauthAuthorizeConsentError::Unknown,
                            ),
                    )
                }
                401 => Err(Error::Status(OauthAuthorizeConsentError::Unauthorized)),
                403 => Err(Error::Status(OauthAuthorizeConsentError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            OauthAuthorizeConsentError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::oauth_authorize_consent`], kept in its [`Call`] until it is awaited.
pub struct OauthAuthorizeConsentParams<'a> {
    body: &'a crate::models::OAuthConsentRequest,
}
/// Error responses of [`Client::oauth_authorize_consent`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OauthAuthorizeConsentError {
    /// Status `400`: Invalid request
    BadRequest(crate::models::OAuthErrorResponse),
    /// Status `401`: User not authenticated
    Unauthorized,
    /// Status `403`: Client not authorized or invalid redirect URI
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for OauthAuthorizeConsentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "oauthAuthorizeConsent", status, message)
    }
}
impl ::std::error::Error for OauthAuthorizeConsentError {}

impl Client {
    /// Exchange authorization code for tokens
    ///
    /// OAuth 2.0 Token Endpoint (RFC 6749 Section 4.1.3).
    /// <br><br>
    /// Exchanges an authorization code, client credentials, or refresh token for access tokens.
    /// <br><br>
    /// <b>Grant Types:</b><br>
    /// - `authorization_code`: Exchange auth code for tokens (user-based)<br>
    /// - `client_credentials`: Get tokens for machine-to-machine auth<br>
    /// - `refresh_token`: Get new access token using refresh token
    /// <br><br>
    /// <b>Client Authentication:</b><br>
    /// Can be provided via:<br>
    /// - HTTP Basic auth: `Authorization: Basic base64(client_id:client_secret)`<br>
    /// - Request body: `client_id` and `client_secret` parameters
    /// <br><br>
    /// <b>PKCE Verification:</b><br>
    /// If authorization used PKCE, the `code_verifier` must be provided and will be
    /// verified against the stored code challenge.
    ///
    /// `POST /oauth/token` (operation `oauthToken`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn oauth_token<'a>(
        &'a self,
        body: &'a crate::models::OAuthTokenRequest,
    ) -> Call<
        'a,
        OauthTokenParams<'a>,
        crate::models::OAuthTokenResponse,
        OauthTokenError,
    > {
        const OPERATION: Operation = Operation {
            id: "oauthToken",
            method: "POST",
            path: "/oauth/token",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            OauthTokenParams { body },
            |client, params| {
                let OauthTokenParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/oauth/token");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                OauthTokenError::BadRequest,
                                OauthTokenError::Unknown,
                            ),
                    )
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                OauthTokenError::Unauthorized,
                                OauthTokenError::Unknown,
                            ),
                    )
                }
                _ => Err(Error::Status(OauthTokenError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::oauth_token`], kept in its [`Call`] until it is awaited.
pub struct OauthTokenParams<'a> {
    body: &'a crate::models::OAuthTokenRequest,
}
/// Error responses of [`Client::oauth_token`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OauthTokenError {
    /// Status `400`: Invalid request (missing parameters, invalid code, etc.)
    BadRequest(crate::models::OAuthErrorResponse),
    /// Status `401`: Client authentication failed
    Unauthorized(crate::models::OAuthErrorResponse),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for OauthTokenError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "oauthToken", status, message)
    }
}
impl ::std::error::Error for OauthTokenError {}

impl Client {
    /// Revoke an access or refresh token
    ///
    /// OAuth 2.0 Token Revocation Endpoint (RFC 7009).
    /// <br><br>
    /// Revokes an access token or refresh token, preventing further use.
    /// Revoking a refresh token also invalidates associated access tokens.
    /// <br><br>
    /// <b>Use Cases:</b><br>
    /// - User logs out of third-party app<br>
    /// - User revokes app access from account settings<br>
    /// - Security incident response
    /// <br><br>
    /// <b>Note:</b> Returns 200 OK even if token was already revoked or invalid
    /// (per RFC 7009, to prevent token enumeration).
    ///
    /// `POST /oauth/revoke` (operation `oauthRevoke`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn oauth_revoke<'a>(
        &'a self,
        body: &'a crate::models::OAuthRevokeRequest,
    ) -> Call<'a, OauthRevokeParams<'a>, (), OauthRevokeError> {
        const OPERATION: Operation = Operation {
            id: "oauthRevoke",
            method: "POST",
            path: "/oauth/revoke",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            OauthRevokeParams { body },
            |client, params| {
                let OauthRevokeParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/oauth/revoke");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                401 => {
                    Err(
                        received
                            .error_json(
                                OauthRevokeError::Unauthorized,
                                OauthRevokeError::Unknown,
                            ),
                    )
                }
                _ => Err(Error::Status(OauthRevokeError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::oauth_revoke`], kept in its [`Call`] until it is awaited.
pub struct OauthRevokeParams<'a> {
    body: &'a crate::models::OAuthRevokeRequest,
}
/// Error responses of [`Client::oauth_revoke`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OauthRevokeError {
    /// Status `401`: Client authentication failed
    Unauthorized(crate::models::OAuthErrorResponse),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for OauthRevokeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "oauthRevoke", status, message)
    }
}
impl ::std::error::Error for OauthRevokeError {}

impl Client {
    /// Introspect a token
    ///
    /// OAuth 2.0 Token Introspection Endpoint (RFC 7662).
    /// <br><br>
    /// Check if a token is active and retrieve its metadata.
    /// <br><br>
    /// <b>Use Cases:</b><br>
    /// - Resource servers validating tokens<br>
    /// - Debugging token issues<br>
    /// - Checking token scopes before processing requests
    /// <br><br>
    /// <b>Response:</b><br>
    /// - Active token: Returns `active: true` with token metadata<br>
    /// - Invalid/expired/revoked token: Returns only `active: false`
    ///
    /// `POST /oauth/introspect` (operation `oauthIntrospect`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn oauth_introspect<'a>(
        &'a self,
        body: &'a crate::models::OAuthIntrospectRequest,
    ) -> Call<
        'a,
        OauthIntrospectParams<'a>,
        crate::models::OAuthIntrospectResponse,
        OauthIntrospectError,
    > {
        const OPERATION: Operation = Operation {
            id: "oauthIntrospect",
            method: "POST",
            path: "/oauth/introspect",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            OauthIntrospectParams { body },
            |client, params| {
                let OauthIntrospectParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/oauth/introspect");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                OauthIntrospectError::Unauthorized,
                                OauthIntrospectError::Unknown,
                            ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(
                            OauthIntrospectError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::oauth_introspect`], kept in its [`Call`] until it is awaited.
pub struct OauthIntrospectParams<'a> {
    body: &'a crate::models::OAuthIntrospectRequest,
}
/// Error responses of [`Client::oauth_introspect`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OauthIntrospectError {
    /// Status `401`: Client authentication failed
    Unauthorized(crate::models::OAuthErrorResponse),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for OauthIntrospectError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "oauthIntrospect", status, message)
    }
}
impl ::std::error::Error for OauthIntrospectError {}
