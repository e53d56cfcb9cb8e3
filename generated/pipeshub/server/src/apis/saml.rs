//! The `SAML` API.
//!
//! SAML 2.0 Single Sign-On integration with enterprise Identity Providers
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// SAML 2.0 Single Sign-On integration with enterprise Identity Providers
pub trait SamlApi: Clone + Send + Sync + 'static {
    /// Initiate SAML sign-in flow
    ///
    /// Initiate SAML Single Sign-On authentication by redirecting to the Identity Provider (IDP).
    /// <br><br>
    /// <b>Usage:</b><br>
    /// 1. Call <code>/userAccount/initAuth</code> to get a session token<br>
    /// 2. If <code>samlSso</code> is in the allowed methods, redirect the user to this endpoint<br>
    /// 3. User authenticates with their IDP<br>
    /// 4. IDP redirects back to <code>/saml/signIn/callback</code> with SAML response<br>
    /// 5. Callback completes authentication and returns tokens
    /// <br><br>
    /// <b>Note:</b> This is a browser redirect endpoint, not a typical API call.
    /// The user's browser should be redirected to this URL.
    /// <br><br>
    /// <b>Prerequisites:</b><br>
    /// - Organization must have SAML SSO configured via <code>/saml/updateAppConfig</code><br>
    /// - User must belong to an organization with SAML enabled
    ///
    /// `GET /saml/signIn` (operation `signInViaSAML`)
    fn sign_in_via_saml(
        &self,
        request: SignInViaSamlRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<SignInViaSamlResponse>> + Send;
    /// SAML authentication callback
    ///
    /// Handle the callback from SAML Identity Provider after user authentication.
    /// This endpoint processes the SAML response and completes the authentication flow.
    /// <br><br>
    /// <b>Note:</b> This endpoint is called by the IDP, not directly by the client.
    /// The IDP posts the SAML response to this URL after user authentication.
    /// <br><br>
    /// <b>Flow:</b><br>
    /// 1. IDP posts SAMLResponse and RelayState<br>
    /// 2. Server validates SAML assertion signature<br>
    /// 3. Server extracts user identity from assertion<br>
    /// 4. Server completes the authentication step<br>
    /// 5. Redirects to frontend with success/error status
    /// <br><br>
    /// <b>RelayState:</b> Contains the session token to resume the authentication flow.
    ///
    /// `POST /saml/signIn/callback` (operation `samlCallback`)
    fn saml_callback(
        &self,
        request: SamlCallbackRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<SamlCallbackResponse>> + Send;
    /// Reload SAML application configuration (Internal)
    ///
    /// Internal endpoint to reload SAML configuration from the configuration manager.
    /// This is called by other services when SAML settings are updated.<br><br>
    /// <b>Purpose:</b><br>
    /// When SAML configuration is updated in the Configuration Manager, this endpoint
    /// is called to reload the settings into the authentication service without restart.<br><br>
    /// <b>Effects:</b><br>
    /// <ul>
    /// <li>Reloads AppConfig from configuration files</li>
    /// <li>Rebinds authentication controllers with new config</li>
    /// <li>Updates SAML passport strategy settings</li>
    /// </ul>
    /// <b>Note:</b> This is an internal service-to-service endpoint.
    ///
    /// `POST /saml/updateAppConfig` (operation `updateSamlAppConfig`)
    fn update_saml_app_config(
        &self,
        request: UpdateSamlAppConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateSamlAppConfigResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(saml::routes().merge(...), service)`.
pub fn routes<S: SamlApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/saml/signIn",
            axum::routing::get(crate::apis::saml::handle_sign_in_via_saml::<S>),
        );
    let routes = routes
        .route(
            "/saml/signIn/callback",
            axum::routing::post(crate::apis::saml::handle_saml_callback::<S>),
        );
    routes
        .route(
            "/saml/updateAppConfig",
            axum::routing::post(crate::apis::saml::handle_update_saml_app_config::<S>),
        )
}

/// What a `GET /saml/signIn` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SignInViaSamlRequest {
    /// query parameter `email`.
    ///
    /// User's email address
    pub email: ::std::string::String,
    /// query parameter `sessionToken`.
    ///
    /// Session token from `/userAccount/initAuth`. Optional but recommended
    /// for maintaining authentication state across the SAML flow.
    pub session_token: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /saml/signIn` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SignInViaSamlResponse {
    /// Status `302`: Redirect to SAML Identity Provider login page
    Found { headers: SignInViaSamlFoundHeaders },
    /// Status `400`: Invalid request (missing or malformed parameters)
    BadRequest,
    /// Status `404`: User not found or SAML not configured for organization
    NotFound,
}
impl IntoResponse for SignInViaSamlResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Found { headers } => {
                let mut response = runtime::empty(runtime::status(302));
                headers.write(response.headers_mut());
                response
            }
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
/// The headers of the `302` response of `GET /saml/signIn`.
#[derive(Debug, Clone, PartialEq)]
pub struct SignInViaSamlFoundHeaders {
    /// `Location`
    ///
    /// IDP SSO URL
    pub location: ::std::option::Option<::std::string::String>,
}
impl SignInViaSamlFoundHeaders {
    /// Adds the headers to a response's.
    pub fn write(&self, map: &mut HeaderMap) {
        if let Some(value) = &self.location {
            runtime::set_header(map, "location", value);
        }
    }
}
impl SignInViaSamlRequest {
    /// Reads and checks a `GET /saml/signIn` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SignInViaSamlRequest {
            email: query.required("email", false)?,
            session_token: query.optional("sessionToken", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /saml/signIn` request and hands it to [`SamlApi::sign_in_via_saml`].
pub async fn handle_sign_in_via_saml<S: SamlApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "signInViaSAML",
        path: "/saml/signIn",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SignInViaSamlRequest::read,
            |request| service.sign_in_via_saml(request),
        )
        .await
}

/// What a `POST /saml/signIn/callback` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SamlCallbackRequest {
    /// The request body (`application/x-www-form-urlencoded`).
    pub body: ::std::option::Option<crate::models::SamlCallbackBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /saml/signIn/callback` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SamlCallbackResponse {
    /// Status `302`: Redirect to frontend with authentication result
    Found { headers: SamlCallbackFoundHeaders },
    /// Status `400`: Invalid SAML response format
    BadRequest(crate::models::AuthError),
    /// Status `401`: SAML assertion validation failed (invalid signature, expired, etc.)
    Unauthorized(crate::models::AuthError),
    /// Status `404`: Session expired or user not found
    NotFound,
}
impl IntoResponse for SamlCallbackResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Found { headers } => {
                let mut response = runtime::empty(runtime::status(302));
                headers.write(response.headers_mut());
                response
            }
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
/// The headers of the `302` response of `POST /saml/signIn/callback`.
#[derive(Debug, Clone, PartialEq)]
pub struct SamlCallbackFoundHeaders {
    /// `Location`
    ///
    /// Frontend URL with auth result parameters
    pub location: ::std::option::Option<::std::string::String>,
}
impl SamlCallbackFoundHeaders {
    /// Adds the headers to a response's.
    pub fn write(&self, map: &mut HeaderMap) {
        if let Some(value) = &self.location {
            runtime::set_header(map, "location", value);
        }
    }
}
impl SamlCallbackRequest {
    /// Reads and checks a `POST /saml/signIn/callback` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SamlCallbackRequest {
            body: runtime::validated(runtime::form_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /saml/signIn/callback` request and hands it to [`SamlApi::saml_callback`].
pub async fn handle_saml_callback<S: SamlApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "samlCallback",
        path: "/saml/signIn/callback",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SamlCallbackRequest::read,
            |request| service.saml_callback(request),
        )
        .await
}

/// What a `POST /saml/updateAppConfig` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateSamlAppConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /saml/updateAppConfig` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateSamlAppConfigResponse {
    /// Status `200`: Configuration reloaded successfully
    Ok(crate::models::UpdateSamlAppConfigResponse),
    /// Status `401`: Unauthorized - Invalid or missing scoped token
    Unauthorized,
    /// Status `500`: Failed to reload configuration
    InternalServerError,
}
impl IntoResponse for UpdateSamlAppConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::InternalServerError => runtime::empty(runtime::status(500)),
        }
    }
}
impl UpdateSamlAppConfigRequest {
    /// Reads and checks a `POST /saml/updateAppConfig` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateSamlAppConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /saml/updateAppConfig` request and hands it to [`SamlApi::update_saml_app_config`].
pub async fn handle_update_saml_app_config<S: SamlApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateSamlAppConfig",
        path: "/saml/updateAppConfig",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateSamlAppConfigRequest::read,
            |request| service.update_saml_app_config(request),
        )
        .await
}
