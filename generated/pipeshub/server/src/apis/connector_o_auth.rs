//! The `Connector OAuth` API.
//!
//! OAuth 2.0 authorization flow for connectors requiring user consent
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// OAuth 2.0 authorization flow for connectors requiring user consent
pub trait ConnectorOAuthApi: Clone + Send + Sync + 'static {
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
    fn get_token_from_code(
        &self,
        request: GetTokenFromCodeRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetTokenFromCodeResponse>,
    > + Send;
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
    fn get_o_auth_authorization_url(
        &self,
        request: GetOAuthAuthorizationUrlRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetOAuthAuthorizationUrlResponse>,
    > + Send;
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
    fn handle_o_auth_callback(
        &self,
        request: HandleOAuthCallbackRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<HandleOAuthCallbackResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(connector_o_auth::routes().merge(...), service)`.
pub fn routes<S: ConnectorOAuthApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/connectors/getTokenFromCode",
            axum::routing::post(
                crate::apis::connector_o_auth::handle_get_token_from_code::<S>,
            ),
        );
    let routes = routes
        .route(
            "/connectors/oauth/callback",
            axum::routing::get(
                crate::apis::connector_o_auth::handle_handle_o_auth_callback::<S>,
            ),
        );
    routes
        .route(
            "/connectors/{p0}/oauth/authorize",
            axum::routing::get(
                crate::apis::connector_o_auth::handle_get_o_auth_authorization_url::<S>,
            ),
        )
}

/// What a `POST /connectors/getTokenFromCode` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetTokenFromCodeRequest {
    /// The request body (`application/json`).
    pub body: crate::models::GetTokenFromCodeBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /connectors/getTokenFromCode` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTokenFromCodeResponse {
    /// Status `200`: Tokens exchanged and stored successfully
    Ok(crate::models::GetTokenFromCodeResponse),
    /// Status `400`: Invalid or expired authorization code
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Google Workspace configuration not found
    NotFound,
}
impl IntoResponse for GetTokenFromCodeResponse {
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
impl GetTokenFromCodeRequest {
    /// Reads and checks a `POST /connectors/getTokenFromCode` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetTokenFromCodeRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /connectors/getTokenFromCode` request and hands it to [`ConnectorOAuthApi::get_token_from_code`].
pub async fn handle_get_token_from_code<S: ConnectorOAuthApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getTokenFromCode",
        path: "/connectors/getTokenFromCode",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetTokenFromCodeRequest::read,
            |request| service.get_token_from_code(request),
        )
        .await
}

/// What a `GET /connectors/{connectorId}/oauth/authorize` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOAuthAuthorizationUrlRequest {
    /// path parameter `connectorId`.
    pub connector_id: ::std::string::String,
    /// query parameter `baseUrl`.
    ///
    /// Base URL for self-hosted instances
    pub base_url: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connectors/{connectorId}/oauth/authorize` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuthAuthorizationUrlResponse {
    /// Status `200`: Authorization URL generated
    Ok(crate::models::GetOAuthAuthorizationUrlResponse),
    /// Status `400`: Connector doesn't support OAuth
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
}
impl IntoResponse for GetOAuthAuthorizationUrlResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetOAuthAuthorizationUrlRequest {
    /// Reads and checks a `GET /connectors/{connectorId}/oauth/authorize` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOAuthAuthorizationUrlRequest {
            connector_id: runtime::path_param(path, "p0", "connectorId")?,
            base_url: query.optional("baseUrl", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connectors/{connectorId}/oauth/authorize` request and hands it to [`ConnectorOAuthApi::get_o_auth_authorization_url`].
pub async fn handle_get_o_auth_authorization_url<S: ConnectorOAuthApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOAuthAuthorizationUrl",
        path: "/connectors/{connectorId}/oauth/authorize",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOAuthAuthorizationUrlRequest::read,
            |request| service.get_o_auth_authorization_url(request),
        )
        .await
}

/// What a `GET /connectors/oauth/callback` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct HandleOAuthCallbackRequest {
    /// query parameter `code`.
    ///
    /// Authorization code from provider
    pub code: ::std::option::Option<::std::string::String>,
    /// query parameter `state`.
    ///
    /// State parameter (contains connector ID)
    pub state: ::std::option::Option<::std::string::String>,
    /// query parameter `error`.
    ///
    /// Error code if authorization failed
    pub error: ::std::option::Option<::std::string::String>,
    /// query parameter `baseUrl`.
    ///
    /// Base URL for redirect
    pub base_url: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connectors/oauth/callback` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum HandleOAuthCallbackResponse {
    /// Status `302`: Redirect to frontend with result
    Found { headers: HandleOAuthCallbackFoundHeaders },
    /// Status `400`: Invalid or missing state parameter
    BadRequest,
}
impl IntoResponse for HandleOAuthCallbackResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Found { headers } => {
                let mut response = runtime::empty(runtime::status(302));
                headers.write(response.headers_mut());
                response
            }
            Self::BadRequest => runtime::empty(runtime::status(400)),
        }
    }
}
/// The headers of the `302` response of `GET /connectors/oauth/callback`.
#[derive(Debug, Clone, PartialEq)]
pub struct HandleOAuthCallbackFoundHeaders {
    /// `Location`
    ///
    /// Frontend URL with success/error params
    pub location: ::std::option::Option<::std::string::String>,
}
impl HandleOAuthCallbackFoundHeaders {
    /// Adds the headers to a response's.
    pub fn write(&self, map: &mut HeaderMap) {
        if let Some(value) = &self.location {
            runtime::set_header(map, "location", value);
        }
    }
}
impl HandleOAuthCallbackRequest {
    /// Reads and checks a `GET /connectors/oauth/callback` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(HandleOAuthCallbackRequest {
            code: query.optional("code", false)?,
            state: query.optional("state", false)?,
            error: query.optional("error", false)?,
            base_url: query.optional("baseUrl", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connectors/oauth/callback` request and hands it to [`ConnectorOAuthApi::handle_o_auth_callback`].
pub async fn handle_handle_o_auth_callback<S: ConnectorOAuthApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "handleOAuthCallback",
        path: "/connectors/oauth/callback",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            HandleOAuthCallbackRequest::read,
            |request| service.handle_o_auth_callback(request),
        )
        .await
}
