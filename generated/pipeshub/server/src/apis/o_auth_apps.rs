//! The `OAuth Apps` API.
//!
//! Manage OAuth 2.0 client applications registered with PipesHub.
//!
//! OAuth apps allow third-party applications to access PipesHub APIs on behalf of users
//! or organizations. Each app receives a client ID and secret for authentication.
//!
//! **App Types:**
//! - **Confidential clients**: Server-side apps that can securely store secrets
//! - **Public clients**: Browser/mobile apps that cannot securely store secrets (use PKCE)
//!
//! **App Lifecycle:**
//! - Create apps with name, redirect URIs, and allowed scopes
//! - Regenerate secrets if compromised
//! - Suspend/activate apps to control access
//! - Revoke all tokens for emergency access removal
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Manage OAuth 2.0 client applications registered with PipesHub.
///
/// OAuth apps allow third-party applications to access PipesHub APIs on behalf of users
/// or organizations. Each app receives a client ID and secret for authentication.
///
/// **App Types:**
/// - **Confidential clients**: Server-side apps that can securely store secrets
/// - **Public clients**: Browser/mobile apps that cannot securely store secrets (use PKCE)
///
/// **App Lifecycle:**
/// - Create apps with name, redirect URIs, and allowed scopes
/// - Regenerate secrets if compromised
/// - Suspend/activate apps to control access
/// - Revoke all tokens for emergency access removal
pub trait OAuthAppsApi: Clone + Send + Sync + 'static {
    /// List OAuth apps
    ///
    /// List all OAuth apps registered for the organization.
    /// <br><br>
    /// Returns a paginated list of apps with their configuration (excluding secrets).
    /// <br><br>
    /// <b>Filters:</b><br>
    /// - `status` - Filter by app status (active, suspended, revoked)<br>
    /// - `search` - Search by app name
    ///
    /// `GET /oauth-clients` (operation `listOAuthApps`)
    fn list_o_auth_apps(
        &self,
        request: ListOAuthAppsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListOAuthAppsResponse>> + Send;
    /// Create OAuth app
    ///
    /// Create a new OAuth app for the organization.
    /// <br><br>
    /// <b>Important:</b> The client secret is only returned once during creation.
    /// Store it securely - it cannot be retrieved later. If lost, you'll need to
    /// regenerate it.
    /// <br><br>
    /// <b>Admin Only:</b> Requires admin privileges.
    /// <br><br>
    /// <b>Rate Limited:</b> 10 requests per minute.
    ///
    /// `POST /oauth-clients` (operation `createOAuthApp`)
    fn create_o_auth_app(
        &self,
        request: CreateOAuthAppRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateOAuthAppResponse>,
    > + Send;
    /// List available scopes
    ///
    /// List all available OAuth scopes that can be requested by apps.
    /// <br><br>
    /// Returns scope names, descriptions, and categories for display
    /// in app configuration UI.
    ///
    /// `GET /oauth-clients/scopes` (operation `listOAuthScopes`)
    fn list_o_auth_scopes(
        &self,
        request: ListOAuthScopesRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListOAuthScopesResponse>,
    > + Send;
    /// Get OAuth app details
    ///
    /// Get details of a specific OAuth app.
    /// <br><br>
    /// Returns app configuration without the client secret.
    ///
    /// `GET /oauth-clients/{appId}` (operation `getOAuthApp`)
    fn get_o_auth_app(
        &self,
        request: GetOAuthAppRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetOAuthAppResponse>> + Send;
    /// Update OAuth app
    ///
    /// Update an OAuth app's configuration.
    /// <br><br>
    /// <b>Admin Only:</b> Requires admin privileges.
    /// <br><br>
    /// <b>Rate Limited:</b> 10 requests per minute.
    /// <br><br>
    /// <b>Note:</b> To regenerate the client secret, use the
    /// `/oauth-clients/{appId}/regenerate-secret` endpoint.
    ///
    /// `PUT /oauth-clients/{appId}` (operation `updateOAuthApp`)
    fn update_o_auth_app(
        &self,
        request: UpdateOAuthAppRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateOAuthAppResponse>,
    > + Send;
    /// Delete OAuth app
    ///
    /// Delete (soft delete) an OAuth app.
    /// <br><br>
    /// This marks the app as deleted and revokes all its tokens.
    /// The app cannot be restored after deletion.
    /// <br><br>
    /// <b>Admin Only:</b> Requires admin privileges.
    /// <br><br>
    /// <b>Rate Limited:</b> 10 requests per minute.
    ///
    /// `DELETE /oauth-clients/{appId}` (operation `deleteOAuthApp`)
    fn delete_o_auth_app(
        &self,
        request: DeleteOAuthAppRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteOAuthAppResponse>,
    > + Send;
    /// Regenerate client secret
    ///
    /// Regenerate the client secret for an OAuth app.
    /// <br><br>
    /// The old secret is immediately invalidated. Any clients using the old
    /// secret will fail to authenticate until updated with the new secret.
    /// <br><br>
    /// <b>Important:</b> The new secret is only returned once. Store it securely.
    /// <br><br>
    /// <b>Admin Only:</b> Requires admin privileges.
    /// <br><br>
    /// <b>Rate Limited:</b> 10 requests per minute.
    ///
    /// `POST /oauth-clients/{appId}/regenerate-secret` (operation `regenerateOAuthAppSecret`)
    fn regenerate_o_auth_app_secret(
        &self,
        request: RegenerateOAuthAppSecretRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RegenerateOAuthAppSecretResponse>,
    > + Send;
    /// Suspend OAuth app
    ///
    /// Suspend an OAuth app, preventing it from authenticating or issuing tokens.
    /// <br><br>
    /// Existing tokens remain valid until they expire, but no new tokens can
    /// be obtained. Use this for temporary access suspension.
    /// <br><br>
    /// <b>Admin Only:</b> Requires admin privileges.
    /// <br><br>
    /// <b>Rate Limited:</b> 10 requests per minute.
    ///
    /// `POST /oauth-clients/{appId}/suspend` (operation `suspendOAuthApp`)
    fn suspend_o_auth_app(
        &self,
        request: SuspendOAuthAppRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SuspendOAuthAppResponse>,
    > + Send;
    /// Activate suspended OAuth app
    ///
    /// Reactivate a suspended OAuth app, allowing it to authenticate and issue tokens again.
    /// <br><br>
    /// <b>Admin Only:</b> Requires admin privileges.
    /// <br><br>
    /// <b>Rate Limited:</b> 10 requests per minute.
    ///
    /// `POST /oauth-clients/{appId}/activate` (operation `activateOAuthApp`)
    fn activate_o_auth_app(
        &self,
        request: ActivateOAuthAppRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ActivateOAuthAppResponse>,
    > + Send;
    /// List app tokens
    ///
    /// List all active tokens issued to an OAuth app.
    /// <br><br>
    /// Useful for monitoring app usage and identifying tokens to revoke.
    /// <br><br>
    /// <b>Admin Only:</b> Requires admin privileges.
    ///
    /// `GET /oauth-clients/{appId}/tokens` (operation `listOAuthAppTokens`)
    fn list_o_auth_app_tokens(
        &self,
        request: ListOAuthAppTokensRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListOAuthAppTokensResponse>,
    > + Send;
    /// Revoke all app tokens
    ///
    /// Revoke all tokens (access and refresh) issued to an OAuth app.
    /// <br><br>
    /// Use this for emergency access removal or when rotating credentials.
    /// <br><br>
    /// <b>Admin Only:</b> Requires admin privileges.
    /// <br><br>
    /// <b>Rate Limited:</b> 10 requests per minute.
    ///
    /// `POST /oauth-clients/{appId}/revoke-all-tokens` (operation `revokeAllOAuthAppTokens`)
    fn revoke_all_o_auth_app_tokens(
        &self,
        request: RevokeAllOAuthAppTokensRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RevokeAllOAuthAppTokensResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(o_auth_apps::routes().merge(...), service)`.
pub fn routes<S: OAuthAppsApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/oauth-clients",
            axum::routing::get(crate::apis::o_auth_apps::handle_list_o_auth_apps::<S>)
                .post(crate::apis::o_auth_apps::handle_create_o_auth_app::<S>),
        );
    let routes = routes
        .route(
            "/oauth-clients/scopes",
            axum::routing::get(crate::apis::o_auth_apps::handle_list_o_auth_scopes::<S>),
        );
    let routes = routes
        .route(
            "/oauth-clients/{p0}",
            axum::routing::get(crate::apis::o_auth_apps::handle_get_o_auth_app::<S>)
                .put(crate::apis::o_auth_apps::handle_update_o_auth_app::<S>)
                .delete(crate::apis::o_auth_apps::handle_delete_o_auth_app::<S>),
        );
    let routes = routes
        .route(
            "/oauth-clients/{p0}/activate",
            axum::routing::post(
                crate::apis::o_auth_apps::handle_activate_o_auth_app::<S>,
            ),
        );
    let routes = routes
        .route(
            "/oauth-clients/{p0}/regenerate-secret",
            axum::routing::post(
                crate::apis::o_auth_apps::handle_regenerate_o_auth_app_secret::<S>,
            ),
        );
    let routes = routes
        .route(
            "/oauth-clients/{p0}/revoke-all-tokens",
            axum::routing::post(
                crate::apis::o_auth_apps::handle_revoke_all_o_auth_app_tokens::<S>,
            ),
        );
    let routes = routes
        .route(
            "/oauth-clients/{p0}/suspend",
            axum::routing::post(crate::apis::o_auth_apps::handle_suspend_o_auth_app::<S>),
        );
    routes
        .route(
            "/oauth-clients/{p0}/tokens",
            axum::routing::get(
                crate::apis::o_auth_apps::handle_list_o_auth_app_tokens::<S>,
            ),
        )
}

/// What a `GET /oauth-clients` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOAuthAppsRequest {
    /// query parameter `page`.
    ///
    /// Page number
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    ///
    /// Items per page
    pub limit: ::std::option::Option<i64>,
    /// query parameter `status`.
    ///
    /// Filter by status
    pub status: ::std::option::Option<crate::models::ListOAuthAppsStatus>,
    /// query parameter `search`.
    ///
    /// Search by app name
    pub search: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth-clients` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOAuthAppsResponse {
    /// Status `200`: List of OAuth apps
    Ok(crate::models::OAuthAppListResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ListOAuthAppsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListOAuthAppsRequest {
    /// Reads and checks a `GET /oauth-clients` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListOAuthAppsRequest {
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            status: query.optional("status", false)?,
            search: query.optional("search", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth-clients` request and hands it to [`OAuthAppsApi::list_o_auth_apps`].
pub async fn handle_list_o_auth_apps<S: OAuthAppsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listOAuthApps",
        path: "/oauth-clients",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListOAuthAppsRequest::read,
            |request| service.list_o_auth_apps(request),
        )
        .await
}

/// What a `POST /oauth-clients` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOAuthAppRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateOAuthAppRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /oauth-clients` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOAuthAppResponse {
    /// Status `201`: OAuth app created successfully
    Created(crate::models::OAuthAppWithSecret),
    /// Status `400`: Invalid request (validation error)
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `429`: Rate limit exceeded
    TooManyRequests,
}
impl IntoResponse for CreateOAuthAppResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::TooManyRequests => runtime::empty(runtime::status(429)),
        }
    }
}
impl CreateOAuthAppRequest {
    /// Reads and checks a `POST /oauth-clients` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateOAuthAppRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /oauth-clients` request and hands it to [`OAuthAppsApi::create_o_auth_app`].
pub async fn handle_create_o_auth_app<S: OAuthAppsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createOAuthApp",
        path: "/oauth-clients",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateOAuthAppRequest::read,
            |request| service.create_o_auth_app(request),
        )
        .await
}

/// What a `GET /oauth-clients/scopes` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOAuthScopesRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth-clients/scopes` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOAuthScopesResponse {
    /// Status `200`: List of available scopes
    Ok(::std::vec::Vec<crate::models::OAuthScopeInfo>),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ListOAuthScopesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListOAuthScopesRequest {
    /// Reads and checks a `GET /oauth-clients/scopes` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListOAuthScopesRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth-clients/scopes` request and hands it to [`OAuthAppsApi::list_o_auth_scopes`].
pub async fn handle_list_o_auth_scopes<S: OAuthAppsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listOAuthScopes",
        path: "/oauth-clients/scopes",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListOAuthScopesRequest::read,
            |request| service.list_o_auth_scopes(request),
        )
        .await
}

/// What a `GET /oauth-clients/{appId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOAuthAppRequest {
    /// path parameter `appId`.
    ///
    /// OAuth app ID (MongoDB ObjectId)
    pub app_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth-clients/{appId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuthAppResponse {
    /// Status `200`: OAuth app details
    Ok(crate::models::OAuthAppResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: OAuth app not found
    NotFound,
}
impl IntoResponse for GetOAuthAppResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetOAuthAppRequest {
    /// Reads and checks a `GET /oauth-clients/{appId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOAuthAppRequest {
            app_id: runtime::checked(
                runtime::path_param(path, "p0", "appId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "appId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth-clients/{appId}` request and hands it to [`OAuthAppsApi::get_o_auth_app`].
pub async fn handle_get_o_auth_app<S: OAuthAppsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOAuthApp",
        path: "/oauth-clients/{appId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOAuthAppRequest::read,
            |request| service.get_o_auth_app(request),
        )
        .await
}

/// What a `PUT /oauth-clients/{appId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateOAuthAppRequest {
    /// path parameter `appId`.
    ///
    /// OAuth app ID
    pub app_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateOAuthAppRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /oauth-clients/{appId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateOAuthAppResponse {
    /// Status `200`: OAuth app updated
    Ok(crate::models::OAuthAppResponse),
    /// Status `400`: Validation error
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `404`: OAuth app not found
    NotFound,
    /// Status `429`: Rate limit exceeded
    TooManyRequests,
}
impl IntoResponse for UpdateOAuthAppResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
            Self::TooManyRequests => runtime::empty(runtime::status(429)),
        }
    }
}
impl UpdateOAuthAppRequest {
    /// Reads and checks a `PUT /oauth-clients/{appId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateOAuthAppRequest {
            app_id: runtime::checked(
                runtime::path_param(path, "p0", "appId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "appId",
            )?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /oauth-clients/{appId}` request and hands it to [`OAuthAppsApi::update_o_auth_app`].
pub async fn handle_update_o_auth_app<S: OAuthAppsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateOAuthApp",
        path: "/oauth-clients/{appId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateOAuthAppRequest::read,
            |request| service.update_o_auth_app(request),
        )
        .await
}

/// What a `DELETE /oauth-clients/{appId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOAuthAppRequest {
    /// path parameter `appId`.
    ///
    /// OAuth app ID
    pub app_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /oauth-clients/{appId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOAuthAppResponse {
    /// Status `200`: OAuth app deleted
    Ok(crate::models::DeleteOAuthAppResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `404`: OAuth app not found
    NotFound,
    /// Status `429`: Rate limit exceeded
    TooManyRequests,
}
impl IntoResponse for DeleteOAuthAppResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
            Self::TooManyRequests => runtime::empty(runtime::status(429)),
        }
    }
}
impl DeleteOAuthAppRequest {
    /// Reads and checks a `DELETE /oauth-clients/{appId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteOAuthAppRequest {
            app_id: runtime::checked(
                runtime::path_param(path, "p0", "appId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "appId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /oauth-clients/{appId}` request and hands it to [`OAuthAppsApi::delete_o_auth_app`].
pub async fn handle_delete_o_auth_app<S: OAuthAppsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteOAuthApp",
        path: "/oauth-clients/{appId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteOAuthAppRequest::read,
            |request| service.delete_o_auth_app(request),
        )
        .await
}

/// What a `POST /oauth-clients/{appId}/regenerate-secret` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RegenerateOAuthAppSecretRequest {
    /// path parameter `appId`.
    ///
    /// OAuth app ID
    pub app_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /oauth-clients/{appId}/regenerate-secret` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RegenerateOAuthAppSecretResponse {
    /// Status `200`: New client secret generated
    Ok(crate::models::OAuthAppWithSecret),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `404`: OAuth app not found
    NotFound,
    /// Status `429`: Rate limit exceeded
    TooManyRequests,
}
impl IntoResponse for RegenerateOAuthAppSecretResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
            Self::TooManyRequests => runtime::empty(runtime::status(429)),
        }
    }
}
impl RegenerateOAuthAppSecretRequest {
    /// Reads and checks a `POST /oauth-clients/{appId}/regenerate-secret` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RegenerateOAuthAppSecretRequest {
            app_id: runtime::checked(
                runtime::path_param(path, "p0", "appId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "appId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /oauth-clients/{appId}/regenerate-secret` request and hands it to [`OAuthAppsApi::regenerate_o_auth_app_secret`].
pub async fn handle_regenerate_o_auth_app_secret<S: OAuthAppsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "regenerateOAuthAppSecret",
        path: "/oauth-clients/{appId}/regenerate-secret",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RegenerateOAuthAppSecretRequest::read,
            |request| service.regenerate_o_auth_app_secret(request),
        )
        .await
}

/// What a `POST /oauth-clients/{appId}/suspend` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SuspendOAuthAppRequest {
    /// path parameter `appId`.
    ///
    /// OAuth app ID
    pub app_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /oauth-clients/{appId}/suspend` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SuspendOAuthAppResponse {
    /// Status `200`: OAuth app suspended
    Ok(crate::models::OAuthAppResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `404`: OAuth app not found
    NotFound,
    /// Status `429`: Rate limit exceeded
    TooManyRequests,
}
impl IntoResponse for SuspendOAuthAppResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
            Self::TooManyRequests => runtime::empty(runtime::status(429)),
        }
    }
}
impl SuspendOAuthAppRequest {
    /// Reads and checks a `POST /oauth-clients/{appId}/suspend` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SuspendOAuthAppRequest {
            app_id: runtime::checked(
                runtime::path_param(path, "p0", "appId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "appId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /oauth-clients/{appId}/suspend` request and hands it to [`OAuthAppsApi::suspend_o_auth_app`].
pub async fn handle_suspend_o_auth_app<S: OAuthAppsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "suspendOAuthApp",
        path: "/oauth-clients/{appId}/suspend",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SuspendOAuthAppRequest::read,
            |request| service.suspend_o_auth_app(request),
        )
        .await
}

/// What a `POST /oauth-clients/{appId}/activate` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivateOAuthAppRequest {
    /// path parameter `appId`.
    ///
    /// OAuth app ID
    pub app_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /oauth-clients/{appId}/activate` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ActivateOAuthAppResponse {
    /// Status `200`: OAuth app activated
    Ok(crate::models::OAuthAppResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `404`: OAuth app not found
    NotFound,
    /// Status `429`: Rate limit exceeded
    TooManyRequests,
}
impl IntoResponse for ActivateOAuthAppResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
            Self::TooManyRequests => runtime::empty(runtime::status(429)),
        }
    }
}
impl ActivateOAuthAppRequest {
    /// Reads and checks a `POST /oauth-clients/{appId}/activate` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ActivateOAuthAppRequest {
            app_id: runtime::checked(
                runtime::path_param(path, "p0", "appId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "appId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /oauth-clients/{appId}/activate` request and hands it to [`OAuthAppsApi::activate_o_auth_app`].
pub async fn handle_activate_o_auth_app<S: OAuthAppsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "activateOAuthApp",
        path: "/oauth-clients/{appId}/activate",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ActivateOAuthAppRequest::read,
            |request| service.activate_o_auth_app(request),
        )
        .await
}

/// What a `GET /oauth-clients/{appId}/tokens` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOAuthAppTokensRequest {
    /// path parameter `appId`.
    ///
    /// OAuth app ID
    pub app_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth-clients/{appId}/tokens` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOAuthAppTokensResponse {
    /// Status `200`: List of tokens
    Ok(::std::vec::Vec<crate::models::OAuthTokenListItem>),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `404`: OAuth app not found
    NotFound,
}
impl IntoResponse for ListOAuthAppTokensResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ListOAuthAppTokensRequest {
    /// Reads and checks a `GET /oauth-clients/{appId}/tokens` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListOAuthAppTokensRequest {
            app_id: runtime::checked(
                runtime::path_param(path, "p0", "appId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "appId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth-clients/{appId}/tokens` request and hands it to [`OAuthAppsApi::list_o_auth_app_tokens`].
pub async fn handle_list_o_auth_app_tokens<S: OAuthAppsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listOAuthAppTokens",
        path: "/oauth-clients/{appId}/tokens",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListOAuthAppTokensRequest::read,
            |request| service.list_o_auth_app_tokens(request),
        )
        .await
}

/// What a `POST /oauth-clients/{appId}/revoke-all-tokens` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RevokeAllOAuthAppTokensRequest {
    /// path parameter `appId`.
    ///
    /// OAuth app ID
    pub app_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /oauth-clients/{appId}/revoke-all-tokens` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RevokeAllOAuthAppTokensResponse {
    /// Status `200`: All tokens revoked
    Ok(crate::models::RevokeAllOAuthAppTokensResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `404`: OAuth app not found
    NotFound,
    /// Status `429`: Rate limit exceeded
    TooManyRequests,
}
impl IntoResponse for RevokeAllOAuthAppTokensResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
            Self::TooManyRequests => runtime::empty(runtime::status(429)),
        }
    }
}
impl RevokeAllOAuthAppTokensRequest {
    /// Reads and checks a `POST /oauth-clients/{appId}/revoke-all-tokens` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RevokeAllOAuthAppTokensRequest {
            app_id: runtime::checked(
                runtime::path_param(path, "p0", "appId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "appId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /oauth-clients/{appId}/revoke-all-tokens` request and hands it to [`OAuthAppsApi::revoke_all_o_auth_app_tokens`].
pub async fn handle_revoke_all_o_auth_app_tokens<S: OAuthAppsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "revokeAllOAuthAppTokens",
        path: "/oauth-clients/{appId}/revoke-all-tokens",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RevokeAllOAuthAppTokensRequest::read,
            |request| service.revoke_all_o_auth_app_tokens(request),
        )
        .await
}
