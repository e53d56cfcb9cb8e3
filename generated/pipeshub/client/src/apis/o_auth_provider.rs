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
    /// * `code_challenge`: query parameter `code_challenge`. PKCE code challenge (base64url-encoded)
    /// * `code_challenge_method`: query parameter `code_challenge_method`. PKCE method (S256 recommended)
    /// * `nonce`: query parameter `nonce`. Nonce for ID token binding
    #[allow(clippy::too_many_arguments)]
    pub fn oauth_authorize(
        &self,
        response_type: &crate::models::OauthAuthorizeResponseType,
        client_id: &str,
        redirect_uri: &str,
        scope: &str,
        state: &str,
        code_challenge: ::std::option::Option<&str>,
        code_challenge_method: ::std::option::Option<
            &crate::models::OauthAuthorizeCodeChallengeMethod,
        >,
        nonce: ::std::option::Option<&str>,
    ) -> Call<'_, (), OauthAuthorizeError> {
        const OPERATION: Operation = Operation {
            id: "oauthAuthorize",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
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
        crate::runtime::query_pairs(&mut query, "scope", scope, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "state", state, Style::Form, true);
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
        crate::runtime::query_pairs(&mut query, "nonce", &nonce, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                301 | 302 | 303 | 307 | 308 => Ok(received.value(())),
                400 => {
                    Err(Error::Status(OauthAuthorizeError::BadRequest(received.json()?)))
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
/// Error responses of [`Client::oauth_authorize`].
#[derive(Debug, Clone, PartialEq)]
pub enum OauthAuthorizeError {
    /// Status `400`: Invalid request parameters
    BadRequest(crate::models::OAuthErrorResponse),
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn oauth_authorize_consent(
        &self,
        body: &crate::models::OAuthConsentRequest,
    ) -> Call<
        '_,
        crate::models::OauthAuthorizeConsentResponse,
        OauthAuthorizeConsentError,
    > {
        const OPERATION: Operation = Operation {
            id: "oauthAuthorizeConsent",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/oauth/authorize");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            OauthAuthorizeConsentError::BadRequest(received.json()?),
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
/// Error responses of [`Client::oauth_authorize_consent`].
#[derive(Debug, Clone, PartialEq)]
pub enum OauthAuthorizeConsentError {
    /// Status `400`: Invalid request
    BadRequest(crate::models::OAuthErrorResponse),
    /// Status `401`: User not authenticated
    Unauthorized,
    /// Status `403`: Client not authorized or invalid redirect URI
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn oauth_token(
        &self,
        body: &crate::models::OAuthTokenRequest,
    ) -> Call<'_, crate::models::OAuthTokenResponse, OauthTokenError> {
        const OPERATION: Operation = Operation {
            id: "oauthToken",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/oauth/token");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(OauthTokenError::BadRequest(received.json()?))),
                401 => {
                    Err(Error::Status(OauthTokenError::Unauthorized(received.json()?)))
                }
                _ => Err(Error::Status(OauthTokenError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::oauth_token`].
#[derive(Debug, Clone, PartialEq)]
pub enum OauthTokenError {
    /// Status `400`: Invalid request (missing parameters, invalid code, etc.)
    BadRequest(crate::models::OAuthErrorResponse),
    /// Status `401`: Client authentication failed
    Unauthorized(crate::models::OAuthErrorResponse),
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn oauth_revoke(
        &self,
        body: &crate::models::OAuthRevokeRequest,
    ) -> Call<'_, (), OauthRevokeError> {
        const OPERATION: Operation = Operation {
            id: "oauthRevoke",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/oauth/revoke");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                401 => {
                    Err(Error::Status(OauthRevokeError::Unauthorized(received.json()?)))
                }
                _ => Err(Error::Status(OauthRevokeError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::oauth_revoke`].
#[derive(Debug, Clone, PartialEq)]
pub enum OauthRevokeError {
    /// Status `401`: Client authentication failed
    Unauthorized(crate::models::OAuthErrorResponse),
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn oauth_introspect(
        &self,
        body: &crate::models::OAuthIntrospectRequest,
    ) -> Call<'_, crate::models::OAuthIntrospectResponse, OauthIntrospectError> {
        const OPERATION: Operation = Operation {
            id: "oauthIntrospect",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/oauth/introspect");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(
                        Error::Status(
                            OauthIntrospectError::Unauthorized(received.json()?),
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
/// Error responses of [`Client::oauth_introspect`].
#[derive(Debug, Clone, PartialEq)]
pub enum OauthIntrospectError {
    /// Status `401`: Client authentication failed
    Unauthorized(crate::models::OAuthErrorResponse),
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
