//! Operations of the `OpenID Connect` API.
//!
//! OpenID Connect 1.0 endpoints for identity federation and discovery.
//!
//! **Discovery:**
//! - `/.well-known/openid-configuration` - Authorization server metadata
//! - `/.well-known/jwks.json` - Public keys for token verification
//!
//! **UserInfo:**
//! - `/oauth/userinfo` - Get authenticated user's profile information
//!
//! **Supported Claims:**
//! - `sub` - User identifier
//! - `email`, `email_verified` - Email information
//! - `name`, `given_name`, `family_name` - Name information
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Get authenticated user information
    ///
    /// OpenID Connect UserInfo Endpoint.
    /// <br><br>
    /// Returns claims about the authenticated user. Requires a valid access token
    /// with the `openid` scope.
    /// <br><br>
    /// <b>Available Claims:</b><br>
    /// - `sub` - Subject identifier (user ID)<br>
    /// - `name`, `given_name`, `family_name` - Name claims (with `profile` scope)<br>
    /// - `email`, `email_verified` - Email claims (with `email` scope)
    /// <br><br>
    /// <b>Authentication:</b><br>
    /// Pass the access token as a Bearer token: `Authorization: Bearer {access_token}`
    ///
    /// `GET /oauth/userinfo` (operation `oauthUserInfo`)
    pub fn oauth_user_info(
        &self,
    ) -> Call<'_, (), crate::models::OAuthUserInfoResponse, OauthUserInfoError> {
        const OPERATION: Operation = Operation {
            id: "oauthUserInfo",
            method: "GET",
            path: "/oauth/userinfo",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/oauth/userinfo");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(OauthUserInfoError::Unauthorized)),
                403 => Err(Error::Status(OauthUserInfoError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(OauthUserInfoError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::oauth_user_info`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OauthUserInfoError {
    /// Status `401`: Invalid or missing access token
    Unauthorized,
    /// Status `403`: Token does not have openid scope
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for OauthUserInfoError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "oauthUserInfo", status, message)
    }
}
impl ::std::error::Error for OauthUserInfoError {}

impl Client {
    /// OpenID Connect Discovery
    ///
    /// OpenID Connect Discovery Endpoint (RFC 8414).
    /// <br><br>
    /// Returns metadata about the OAuth/OIDC authorization server including
    /// endpoint URLs, supported features, and capabilities.
    /// <br><br>
    /// <b>Use Cases:</b><br>
    /// - Automatic client configuration<br>
    /// - Discovering supported features<br>
    /// - Getting endpoint URLs without hardcoding
    /// <br><br>
    /// <b>Note:</b> This endpoint does not require authentication.
    ///
    /// `GET /.well-known/openid-configuration` (operation `openidConfiguration`)
    pub fn openid_configuration(
        &self,
    ) -> Call<'_, (), crate::models::OpenIdConfiguration, OpenidConfigurationError> {
        const OPERATION: Operation = Operation {
            id: "openidConfiguration",
            method: "GET",
            path: "/.well-known/openid-configuration",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "/",
                    variables: &[],
                },
            ],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/.well-known/openid-configuration",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(
                            OpenidConfigurationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::openid_configuration`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OpenidConfigurationError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for OpenidConfigurationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for OpenidConfigurationError {}

impl Client {
    /// JSON Web Key Set
    ///
    /// JSON Web Key Set Endpoint (RFC 7517).
    /// <br><br>
    /// Returns the public keys used to verify JWT signatures for ID tokens
    /// and access tokens.
    /// <br><br>
    /// <b>Use Cases:</b><br>
    /// - Verifying ID token signatures<br>
    /// - Verifying access token signatures (if JWT-based)
    /// <br><br>
    /// <b>Note:</b><br>
    /// - For HS256 (symmetric) signing, this returns empty keys<br>
    /// - For RS256 (asymmetric) signing, returns public RSA keys<br>
    /// - Keys should be cached with appropriate TTL
    ///
    /// `GET /.well-known/jwks.json` (operation `jwks`)
    pub fn jwks(&self) -> Call<'_, (), crate::models::Jwks, JwksError> {
        const OPERATION: Operation = Operation {
            id: "jwks",
            method: "GET",
            path: "/.well-known/jwks.json",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "/",
                    variables: &[],
                },
            ],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/.well-known/jwks.json",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(JwksError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::jwks`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum JwksError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for JwksError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for JwksError {}
