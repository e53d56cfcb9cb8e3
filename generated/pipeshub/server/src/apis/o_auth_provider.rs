//! The `OAuth Provider` API.
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
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// PipesHub OAuth 2.0 Authorization Server implementing RFC 6749, RFC 7636 (PKCE), and OpenID Connect.
///
/// **Supported Grant Types:**
/// - `authorization_code` - Standard OAuth flow with PKCE support
/// - `client_credentials` - Machine-to-machine authentication
/// - `refresh_token` - Token refresh for long-lived access
///
/// **Security Features:**
/// - PKCE (Proof Key for Code Exchange) for public clients
/// - State parameter for CSRF protection
/// - Configurable token lifetimes
/// - Token revocation and introspection
///
/// **OpenID Connect:**
/// - ID tokens with standard claims
/// - UserInfo endpoint for profile data
/// - Discovery endpoint for automatic configuration
pub trait OAuthProviderApi: Clone + Send + Sync + 'static {
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
    fn oauth_authorize(
        &self,
        request: OauthAuthorizeRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<OauthAuthorizeResponse>,
    > + Send;
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
    fn oauth_authorize_consent(
        &self,
        request: OauthAuthorizeConsentRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<OauthAuthorizeConsentResponse>,
    > + Send;
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
    fn oauth_token(
        &self,
        request: OauthTokenRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<OauthTokenResponse>> + Send;
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
    fn oauth_revoke(
        &self,
        request: OauthRevokeRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<OauthRevokeResponse>> + Send;
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
    fn oauth_introspect(
        &self,
        request: OauthIntrospectRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<OauthIntrospectResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(o_auth_provider::routes().merge(...), service)`.
pub fn routes<S: OAuthProviderApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/oauth/authorize",
            axum::routing::get(crate::apis::o_auth_provider::handle_oauth_authorize::<S>)
                .post(crate::apis::o_auth_provider::handle_oauth_authorize_consent::<S>),
        );
    let routes = routes
        .route(
            "/oauth/introspect",
            axum::routing::post(
                crate::apis::o_auth_provider::handle_oauth_introspect::<S>,
            ),
        );
    let routes = routes
        .route(
            "/oauth/revoke",
            axum::routing::post(crate::apis::o_auth_provider::handle_oauth_revoke::<S>),
        );
    routes
        .route(
            "/oauth/token",
            axum::routing::post(crate::apis::o_auth_provider::handle_oauth_token::<S>),
        )
}

/// What a `GET /oauth/authorize` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct OauthAuthorizeRequest {
    /// query parameter `response_type`.
    ///
    /// Must be "code" for authorization code grant
    pub response_type: crate::models::OauthAuthorizeResponseType,
    /// query parameter `client_id`.
    ///
    /// OAuth app client ID
    pub client_id: ::std::string::String,
    /// query parameter `redirect_uri`.
    ///
    /// Callback URI (must match registered URI)
    pub redirect_uri: ::std::string::String,
    /// query parameter `scope`.
    ///
    /// Space-separated list of requested scopes
    pub scope: ::std::string::String,
    /// query parameter `state`.
    ///
    /// Random string for CSRF protection
    pub state: ::std::string::String,
    /// query parameter `code_challenge`.
    ///
    /// PKCE code challenge (base64url-encoded)
    pub code_challenge: ::std::option::Option<::std::string::String>,
    /// query parameter `code_challenge_method`.
    ///
    /// PKCE method (S256 recommended)
    pub code_challenge_method: ::std::option::Option<
        crate::models::OauthAuthorizeCodeChallengeMethod,
    >,
    /// query parameter `nonce`.
    ///
    /// Nonce for ID token binding
    pub nonce: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth/authorize` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum OauthAuthorizeResponse {
    /// Status `302`: Redirects to either:
    /// - Login page (if user not authenticated)
    /// - Consent page (if user authenticated)
    /// - Redirect URI with code (if consent already granted)
    /// - Redirect URI with error (if request invalid)
    Found { headers: OauthAuthorizeFoundHeaders },
    /// Status `400`: Invalid request parameters
    BadRequest(crate::models::OAuthErrorResponse),
}
impl IntoResponse for OauthAuthorizeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Found { headers } => {
                let mut response = runtime::empty(runtime::status(302));
                headers.write(response.headers_mut());
                response
            }
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
        }
    }
}
/// The headers of the `302` response of `GET /oauth/authorize`.
#[derive(Debug, Clone, PartialEq)]
pub struct OauthAuthorizeFoundHeaders {
    /// `Location`
    ///
    /// Redirect URL
    pub location: ::std::option::Option<::std::string::String>,
}
impl OauthAuthorizeFoundHeaders {
    /// Adds the headers to a response's.
    pub fn write(&self, map: &mut HeaderMap) {
        if let Some(value) = &self.location {
            runtime::set_header(map, "location", value);
        }
    }
}
impl OauthAuthorizeRequest {
    /// Reads and checks a `GET /oauth/authorize` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(OauthAuthorizeRequest {
            response_type: query.required("response_type", false)?,
            client_id: query.required("client_id", false)?,
            redirect_uri: query.required("redirect_uri", false)?,
            scope: query.required("scope", false)?,
            state: query.required("state", false)?,
            code_challenge: query.optional("code_challenge", false)?,
            code_challenge_method: query.optional("code_challenge_method", false)?,
            nonce: query.optional("nonce", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth/authorize` request and hands it to [`OAuthProviderApi::oauth_authorize`].
pub async fn handle_oauth_authorize<S: OAuthProviderApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "oauthAuthorize",
        path: "/oauth/authorize",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            OauthAuthorizeRequest::read,
            |request| service.oauth_authorize(request),
        )
        .await
}

/// What a `POST /oauth/authorize` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct OauthAuthorizeConsentRequest {
    /// The request body (`application/json`).
    pub body: crate::models::OAuthConsentRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /oauth/authorize` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum OauthAuthorizeConsentResponse {
    /// Status `200`: Consent processed, returns redirect URL with authorization code
    Ok(crate::models::OauthAuthorizeConsentResponse),
    /// Status `400`: Invalid request
    BadRequest(crate::models::OAuthErrorResponse),
    /// Status `401`: User not authenticated
    Unauthorized,
    /// Status `403`: Client not authorized or invalid redirect URI
    Forbidden,
}
impl IntoResponse for OauthAuthorizeConsentResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl OauthAuthorizeConsentRequest {
    /// Reads and checks a `POST /oauth/authorize` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(OauthAuthorizeConsentRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /oauth/authorize` request and hands it to [`OAuthProviderApi::oauth_authorize_consent`].
pub async fn handle_oauth_authorize_consent<S: OAuthProviderApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "oauthAuthorizeConsent",
        path: "/oauth/authorize",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            OauthAuthorizeConsentRequest::read,
            |request| service.oauth_authorize_consent(request),
        )
        .await
}

/// What a `POST /oauth/token` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct OauthTokenRequest {
    /// The request body (`application/json`).
    pub body: crate::models::OAuthTokenRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /oauth/token` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum OauthTokenResponse {
    /// Status `200`: Tokens issued successfully
    Ok(crate::models::OAuthTokenResponse),
    /// Status `400`: Invalid request (missing parameters, invalid code, etc.)
    BadRequest(crate::models::OAuthErrorResponse),
    /// Status `401`: Client authentication failed
    Unauthorized(crate::models::OAuthErrorResponse),
}
impl IntoResponse for OauthTokenResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
        }
    }
}
impl OauthTokenRequest {
    /// Reads and checks a `POST /oauth/token` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(OauthTokenRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /oauth/token` request and hands it to [`OAuthProviderApi::oauth_token`].
pub async fn handle_oauth_token<S: OAuthProviderApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "oauthToken",
        path: "/oauth/token",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            OauthTokenRequest::read,
            |request| service.oauth_token(request),
        )
        .await
}

/// What a `POST /oauth/revoke` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct OauthRevokeRequest {
    /// The request body (`application/json`).
    pub body: crate::models::OAuthRevokeRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /oauth/revoke` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum OauthRevokeResponse {
    /// Status `200`: Token revoked (or was already invalid)
    Ok,
    /// Status `401`: Client authentication failed
    Unauthorized(crate::models::OAuthErrorResponse),
}
impl IntoResponse for OauthRevokeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
        }
    }
}
impl OauthRevokeRequest {
    /// Reads and checks a `POST /oauth/revoke` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(OauthRevokeRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /oauth/revoke` request and hands it to [`OAuthProviderApi::oauth_revoke`].
pub async fn handle_oauth_revoke<S: OAuthProviderApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "oauthRevoke",
        path: "/oauth/revoke",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            OauthRevokeRequest::read,
            |request| service.oauth_revoke(request),
        )
        .await
}

/// What a `POST /oauth/introspect` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct OauthIntrospectRequest {
    /// The request body (`application/json`).
    pub body: crate::models::OAuthIntrospectRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /oauth/introspect` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum OauthIntrospectResponse {
    /// Status `200`: Token introspection result
    Ok(crate::models::OAuthIntrospectResponse),
    /// Status `401`: Client authentication failed
    Unauthorized(crate::models::OAuthErrorResponse),
}
impl IntoResponse for OauthIntrospectResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
        }
    }
}
impl OauthIntrospectRequest {
    /// Reads and checks a `POST /oauth/introspect` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(OauthIntrospectRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /oauth/introspect` request and hands it to [`OAuthProviderApi::oauth_introspect`].
pub async fn handle_oauth_introspect<S: OAuthProviderApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "oauthIntrospect",
        path: "/oauth/introspect",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            OauthIntrospectRequest::read,
            |request| service.oauth_introspect(request),
        )
        .await
}
