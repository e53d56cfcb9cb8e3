//! The `Organization Auth Config` API.
//!
//! Admin configuration of authentication methods including MFA steps and allowed providers
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Admin configuration of authentication methods including MFA steps and allowed providers
pub trait OrganizationAuthConfigApi: Clone + Send + Sync + 'static {
    /// Create organization authentication configuration
    ///
    /// Create initial organization authentication configuration during onboarding.
    /// This endpoint creates a new organization with admin user and default auth settings.
    /// <br><br>
    /// <b>Note:</b> This is typically called during the initial setup process.
    ///
    /// `POST /orgAuthConfig/` (operation `createOrgAuthConfig`)
    fn create_org_auth_config(
        &self,
        request: CreateOrgAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateOrgAuthConfigResponse>,
    > + Send;
    /// Get organization authentication methods
    ///
    /// Retrieve the configured authentication methods for the organization.
    /// <br><br>
    /// <b>Response Structure:</b><br>
    /// Returns an array of authentication steps, each containing:<br>
    /// - <code>order</code>: Step number (1-3)<br>
    /// - <code>allowedMethods</code>: Array of methods allowed for that step
    /// <br><br>
    /// <b>Example Response:</b><br>
    /// <pre>
    /// {
    /// "authMethods": [
    /// { "order": 1, "allowedMethods": [{ "type": "password" }, { "type": "google" }] },
    /// { "order": 2, "allowedMethods": [{ "type": "otp" }] }
    /// ]
    /// }
    /// </pre>
    /// <br>
    /// <b>Admin Access Required:</b> Only organization admins can view auth configuration.
    ///
    /// `GET /orgAuthConfig/authMethods` (operation `getAuthMethods`)
    fn get_auth_methods(
        &self,
        request: GetAuthMethodsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAuthMethodsResponse>,
    > + Send;
    /// Update organization authentication methods
    ///
    /// Update the authentication methods configuration for an organization.
    /// This allows admins to configure single or multi-factor authentication.
    /// <br><br>
    /// <b>Validation Rules:</b><br>
    /// - Minimum 1 step, maximum 3 steps<br>
    /// - Each step must have a unique order (1, 2, or 3)<br>
    /// - No duplicate methods within the same step<br>
    /// - No method can appear in multiple steps<br>
    /// - Each step must have at least one allowed method
    /// <br><br>
    /// <b>Available Methods:</b><br>
    /// - <code>password</code>: Email/password authentication<br>
    /// - <code>otp</code>: One-time password via email<br>
    /// - <code>google</code>: Google OAuth 2.0<br>
    /// - <code>microsoft</code>: Microsoft OAuth 2.0<br>
    /// - <code>azureAd</code>: Azure Active Directory<br>
    /// - <code>samlSso</code>: SAML 2.0 Single Sign-On<br>
    /// - <code>oauth</code>: Generic OAuth 2.0 provider
    /// <br><br>
    /// <b>Example - Single Factor (Password or Google):</b><br>
    /// <pre>
    /// {
    /// "authMethods": [
    /// { "order": 1, "allowedMethods": [{ "type": "password" }, { "type": "google" }] }
    /// ]
    /// }
    /// </pre>
    /// <br>
    /// <b>Example - Two Factor (Password + OTP):</b><br>
    /// <pre>
    /// {
    /// "authMethods": [
    /// { "order": 1, "allowedMethods": [{ "type": "password" }] },
    /// { "order": 2, "allowedMethods": [{ "type": "otp" }] }
    /// ]
    /// }
    /// </pre>
    /// <br>
    /// <b>Admin Access Required:</b> Only organization admins can update auth configuration.
    ///
    /// `POST /orgAuthConfig/updateAuthMethod` (operation `updateAuthMethod`)
    fn update_auth_method(
        &self,
        request: UpdateAuthMethodRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateAuthMethodResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(organization_auth_config::routes().merge(...), service)`.
pub fn routes<S: OrganizationAuthConfigApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/orgAuthConfig/",
            axum::routing::post(
                crate::apis::organization_auth_config::handle_create_org_auth_config::<S>,
            ),
        );
    let routes = routes
        .route(
            "/orgAuthConfig/authMethods",
            axum::routing::get(
                crate::apis::organization_auth_config::handle_get_auth_methods::<S>,
            ),
        );
    routes
        .route(
            "/orgAuthConfig/updateAuthMethod",
            axum::routing::post(
                crate::apis::organization_auth_config::handle_update_auth_method::<S>,
            ),
        )
}

/// What a `POST /orgAuthConfig/` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrgAuthConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::OrgAuthConfigCreateRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /orgAuthConfig/` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrgAuthConfigResponse {
    /// Status `200`: Organization auth configuration created successfully
    Ok(crate::models::CreateOrgAuthConfigResponse),
    /// Status `400`: Invalid request or organization already exists
    BadRequest(crate::models::AuthError),
    /// Status `409`: Organization with this email already exists
    Conflict,
}
impl IntoResponse for CreateOrgAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Conflict => runtime::empty(runtime::status(409)),
        }
    }
}
impl CreateOrgAuthConfigRequest {
    /// Reads and checks a `POST /orgAuthConfig/` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateOrgAuthConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /orgAuthConfig/` request and hands it to [`OrganizationAuthConfigApi::create_org_auth_config`].
pub async fn handle_create_org_auth_config<S: OrganizationAuthConfigApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createOrgAuthConfig",
        path: "/orgAuthConfig/",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateOrgAuthConfigRequest::read,
            |request| service.create_org_auth_config(request),
        )
        .await
}

/// What a `GET /orgAuthConfig/authMethods` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAuthMethodsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /orgAuthConfig/authMethods` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAuthMethodsResponse {
    /// Status `200`: Authentication methods retrieved successfully
    Ok(crate::models::AuthConfig),
    /// Status `401`: Unauthorized - invalid or missing token
    Unauthorized,
    /// Status `403`: Admin access required - user is not an admin
    Forbidden,
    /// Status `404`: Organization configuration not found
    NotFound,
}
impl IntoResponse for GetAuthMethodsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetAuthMethodsRequest {
    /// Reads and checks a `GET /orgAuthConfig/authMethods` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAuthMethodsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /orgAuthConfig/authMethods` request and hands it to [`OrganizationAuthConfigApi::get_auth_methods`].
pub async fn handle_get_auth_methods<S: OrganizationAuthConfigApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAuthMethods",
        path: "/orgAuthConfig/authMethods",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAuthMethodsRequest::read,
            |request| service.get_auth_methods(request),
        )
        .await
}

/// What a `POST /orgAuthConfig/updateAuthMethod` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateAuthMethodRequest {
    /// The request body (`application/json`).
    pub body: crate::models::AuthConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /orgAuthConfig/updateAuthMethod` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateAuthMethodResponse {
    /// Status `200`: Authentication methods updated successfully
    Ok(crate::models::UpdateAuthMethodResponse),
    /// Status `400`: Invalid request or validation failed (duplicate methods, invalid order, etc.)
    BadRequest(crate::models::AuthError),
    /// Status `401`: Unauthorized - invalid or missing token
    Unauthorized,
    /// Status `403`: Admin access required - user is not an admin
    Forbidden,
    /// Status `404`: Organization configuration not found
    NotFound,
}
impl IntoResponse for UpdateAuthMethodResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateAuthMethodRequest {
    /// Reads and checks a `POST /orgAuthConfig/updateAuthMethod` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateAuthMethodRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /orgAuthConfig/updateAuthMethod` request and hands it to [`OrganizationAuthConfigApi::update_auth_method`].
pub async fn handle_update_auth_method<S: OrganizationAuthConfigApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateAuthMethod",
        path: "/orgAuthConfig/updateAuthMethod",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateAuthMethodRequest::read,
            |request| service.update_auth_method(request),
        )
        .await
}
