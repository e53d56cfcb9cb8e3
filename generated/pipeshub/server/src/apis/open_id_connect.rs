//! The `OpenID Connect` API.
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
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// OpenID Connect 1.0 endpoints for identity federation and discovery.
///
/// **Discovery:**
/// - `/.well-known/openid-configuration` - Authorization server metadata
/// - `/.well-known/jwks.json` - Public keys for token verification
///
/// **UserInfo:**
/// - `/oauth/userinfo` - Get authenticated user's profile information
///
/// **Supported Claims:**
/// - `sub` - User identifier
/// - `email`, `email_verified` - Email information
/// - `name`, `given_name`, `family_name` - Name information
pub trait OpenIdConnectApi: Clone + Send + Sync + 'static {
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
    fn oauth_user_info(
        &self,
        request: OauthUserInfoRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<OauthUserInfoResponse>> + Send;
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
    fn openid_configuration(
        &self,
        request: OpenidConfigurationRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<OpenidConfigurationResponse>,
    > + Send;
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
    fn jwks(
        &self,
        request: JwksRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<JwksResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(open_id_connect::routes().merge(...), service)`.
pub fn routes<S: OpenIdConnectApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/.well-known/jwks.json",
            axum::routing::get(crate::apis::open_id_connect::handle_jwks::<S>),
        );
    let routes = routes
        .route(
            "/.well-known/openid-configuration",
            axum::routing::get(
                crate::apis::open_id_connect::handle_openid_configuration::<S>,
            ),
        );
    routes
        .route(
            "/oauth/userinfo",
            axum::routing::get(crate::apis::open_id_connect::handle_oauth_user_info::<S>),
        )
}

/// What a `GET /oauth/userinfo` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct OauthUserInfoRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth/userinfo` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum OauthUserInfoResponse {
    /// Status `200`: User information
    Ok(crate::models::OAuthUserInfoResponse),
    /// Status `401`: Invalid or missing access token
    Unauthorized,
    /// Status `403`: Token does not have openid scope
    Forbidden,
}
impl IntoResponse for OauthUserInfoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl OauthUserInfoRequest {
    /// Reads and checks a `GET /oauth/userinfo` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(OauthUserInfoRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth/userinfo` request and hands it to [`OpenIdConnectApi::oauth_user_info`].
pub async fn handle_oauth_user_info<S: OpenIdConnectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "oauthUserInfo",
        path: "/oauth/userinfo",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            OauthUserInfoRequest::read,
            |request| service.oauth_user_info(request),
        )
        .await
}

/// What a `GET /.well-known/openid-configuration` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenidConfigurationRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /.well-known/openid-configuration` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum OpenidConfigurationResponse {
    /// Status `200`: Authorization server metadata
    Ok(crate::models::OpenIdConfiguration),
}
impl IntoResponse for OpenidConfigurationResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl OpenidConfigurationRequest {
    /// Reads and checks a `GET /.well-known/openid-configuration` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(OpenidConfigurationRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /.well-known/openid-configuration` request and hands it to [`OpenIdConnectApi::openid_configuration`].
pub async fn handle_openid_configuration<S: OpenIdConnectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "openidConfiguration",
        path: "/.well-known/openid-configuration",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            OpenidConfigurationRequest::read,
            |request| service.openid_configuration(request),
        )
        .await
}

/// What a `GET /.well-known/jwks.json` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct JwksRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /.well-known/jwks.json` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum JwksResponse {
    /// Status `200`: JSON Web Key Set
    Ok(crate::models::Jwks),
}
impl IntoResponse for JwksResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl JwksRequest {
    /// Reads and checks a `GET /.well-known/jwks.json` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(JwksRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /.well-known/jwks.json` request and hands it to [`OpenIdConnectApi::jwks`].
pub async fn handle_jwks<S: OpenIdConnectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "jwks",
        path: "/.well-known/jwks.json",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            JwksRequest::read,
            |request| service.jwks(request),
        )
        .await
}
