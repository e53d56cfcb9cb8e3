//! Operations of the `OAuth Apps` API.
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
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListOAuthAppsParams`\]).
    pub fn list_o_auth_apps(
        &self,
    ) -> Call<
        '_,
        ListOAuthAppsParams<'_>,
        crate::models::OAuthAppListResponse,
        ListOAuthAppsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listOAuthApps",
            method: "GET",
            path: "/oauth-clients",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListOAuthAppsParams {
                page: None,
                limit: None,
                status: None,
                search: None,
            },
            |client, params| {
                let ListOAuthAppsParams { page, limit, status, search } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/oauth-clients");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "page",
                    &page,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "status",
                    &status,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "search",
                    &search,
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
                401 => Err(Error::Status(ListOAuthAppsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(ListOAuthAppsError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_o_auth_apps`], kept in its [`Call`] until it is awaited.
pub struct ListOAuthAppsParams<'a> {
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    status: ::std::option::Option<&'a crate::models::ListOAuthAppsStatus>,
    search: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListOAuthAppsParams<'a>, T, E> {
    /// * `page`: query parameter `page`. Page number
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `limit`: query parameter `limit`. Items per page
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `status`: query parameter `status`. Filter by status
    pub fn status(mut self, status: &'a crate::models::ListOAuthAppsStatus) -> Self {
        self.params.status = Some(status);
        self
    }
    /// * `search`: query parameter `search`. Search by app name
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
        self
    }
}
/// Error responses of [`Client::list_o_auth_apps`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListOAuthAppsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListOAuthAppsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listOAuthApps", status, message)
    }
}
impl ::std::error::Error for ListOAuthAppsError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Create OAuth app
    pub fn create_o_auth_app<'a>(
        &'a self,
        body: &'a crate::models::CreateOAuthAppRequest,
    ) -> Call<
        'a,
        CreateOAuthAppParams<'a>,
        crate::models::OAuthAppWithSecret,
        CreateOAuthAppError,
    > {
        const OPERATION: Operation = Operation {
            id: "createOAuthApp",
            method: "POST",
            path: "/oauth-clients",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateOAuthAppParams { body },
            |client, params| {
                let CreateOAuthAppParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/oauth-clients");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateOAuthAppError::BadRequest)),
                401 => Err(Error::Status(CreateOAuthAppError::Unauthorized)),
                403 => Err(Error::Status(CreateOAuthAppError::Forbidden)),
                429 => Err(Error::Status(CreateOAuthAppError::TooManyRequests)),
                _ => {
                    Err(
                        Error::Status(
                            CreateOAuthAppError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_o_auth_app`], kept in its [`Call`] until it is awaited.
pub struct CreateOAuthAppParams<'a> {
    body: &'a crate::models::CreateOAuthAppRequest,
}
/// Error responses of [`Client::create_o_auth_app`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateOAuthAppError {
    /// Status `400`: Invalid request (validation error)
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `429`: Rate limit exceeded
    TooManyRequests,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateOAuthAppError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::TooManyRequests => (429, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createOAuthApp", status, message)
    }
}
impl ::std::error::Error for CreateOAuthAppError {}

impl Client {
    /// List available scopes
    ///
    /// List all available OAuth scopes that can be requested by apps.
    /// <br><br>
    /// Returns scope names, descriptions, and categories for display
    /// in app configuration UI.
    ///
    /// `GET /oauth-clients/scopes` (operation `listOAuthScopes`)
    pub fn list_o_auth_scopes(
        &self,
    ) -> Call<
        '_,
        (),
        ::std::vec::Vec<crate::models::OAuthScopeInfo>,
        ListOAuthScopesError,
    > {
        const OPERATION: Operation = Operation {
            id: "listOAuthScopes",
            method: "GET",
            path: "/oauth-clients/scopes",
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
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/oauth-clients/scopes",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ListOAuthScopesError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            ListOAuthScopesError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_o_auth_scopes`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListOAuthScopesError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListOAuthScopesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listOAuthScopes", status, message)
    }
}
impl ::std::error::Error for ListOAuthScopesError {}

impl Client {
    /// Get OAuth app details
    ///
    /// Get details of a specific OAuth app.
    /// <br><br>
    /// Returns app configuration without the client secret.
    ///
    /// `GET /oauth-clients/{appId}` (operation `getOAuthApp`)
    ///
    /// # Arguments
    ///
    /// * `app_id`: path parameter `appId`. OAuth app ID (MongoDB ObjectId)
    pub fn get_o_auth_app<'a>(
        &'a self,
        app_id: &'a str,
    ) -> Call<
        'a,
        GetOAuthAppParams<'a>,
        crate::models::OAuthAppResponse,
        GetOAuthAppError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOAuthApp",
            method: "GET",
            path: "/oauth-clients/{appId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetOAuthAppParams { app_id },
            |client, params| {
                let GetOAuthAppParams { app_id } = params;
                let path = format!(
                    "/oauth-clients/{}",
                    crate::runtime::path_param("appId", app_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetOAuthAppError::Unauthorized)),
                404 => Err(Error::Status(GetOAuthAppError::NotFound)),
                _ => Err(Error::Status(GetOAuthAppError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_o_auth_app`], kept in its [`Call`] until it is awaited.
pub struct GetOAuthAppParams<'a> {
    app_id: &'a str,
}
/// Error responses of [`Client::get_o_auth_app`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOAuthAppError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: OAuth app not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOAuthAppError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOAuthApp", status, message)
    }
}
impl ::std::error::Error for GetOAuthAppError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `app_id`: path parameter `appId`. OAuth app ID
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_o_auth_app<'a>(
        &'a self,
        app_id: &'a str,
        body: &'a crate::models::UpdateOAuthAppRequest,
    ) -> Call<
        'a,
        UpdateOAuthAppParams<'a>,
        crate::models::OAuthAppResponse,
        UpdateOAuthAppError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateOAuthApp",
            method: "PUT",
            path: "/oauth-clients/{appId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateOAuthAppParams {
                app_id,
                body,
            },
            |client, params| {
                let UpdateOAuthAppParams { app_id, body } = params;
                let path = format!(
                    "/oauth-clients/{}",
                    crate::runtime::path_param("appId", app_id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateOAuthAppError::BadRequest)),
                401 => Err(Error::Status(UpdateOAuthAppError::Unauthorized)),
                403 => Err(Error::Status(UpdateOAuthAppError::Forbidden)),
                404 => Err(Error::Status(UpdateOAuthAppError::NotFound)),
                429 => Err(Error::Status(UpdateOAuthAppError::TooManyRequests)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateOAuthAppError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_o_auth_app`], kept in its [`Call`] until it is awaited.
pub struct UpdateOAuthAppParams<'a> {
    app_id: &'a str,
    body: &'a crate::models::UpdateOAuthAppRequest,
}
/// Error responses of [`Client::update_o_auth_app`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateOAuthAppError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateOAuthAppError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::TooManyRequests => (429, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateOAuthApp", status, message)
    }
}
impl ::std::error::Error for UpdateOAuthAppError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `app_id`: path parameter `appId`. OAuth app ID
    pub fn delete_o_auth_app<'a>(
        &'a self,
        app_id: &'a str,
    ) -> Call<
        'a,
        DeleteOAuthAppParams<'a>,
        crate::models::DeleteOAuthAppResponse,
        DeleteOAuthAppError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteOAuthApp",
            method: "DELETE",
            path: "/oauth-clients/{appId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteOAuthAppParams { app_id },
            |client, params| {
                let DeleteOAuthAppParams { app_id } = params;
                let path = format!(
                    "/oauth-clients/{}",
                    crate::runtime::path_param("appId", app_id, Style::Simple, false),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(DeleteOAuthAppError::Unauthorized)),
                403 => Err(Error::Status(DeleteOAuthAppError::Forbidden)),
                404 => Err(Error::Status(DeleteOAuthAppError::NotFound)),
                429 => Err(Error::Status(DeleteOAuthAppError::TooManyRequests)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteOAuthAppError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_o_auth_app`], kept in its [`Call`] until it is awaited.
pub struct DeleteOAuthAppParams<'a> {
    app_id: &'a str,
}
/// Error responses of [`Client::delete_o_auth_app`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteOAuthAppError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `404`: OAuth app not found
    NotFound,
    /// Status `429`: Rate limit exceeded
    TooManyRequests,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteOAuthAppError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::TooManyRequests => (429, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteOAuthApp", status, message)
    }
}
impl ::std::error::Error for DeleteOAuthAppError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `app_id`: path parameter `appId`. OAuth app ID
    pub fn regenerate_o_auth_app_secret<'a>(
        &'a self,
        app_id: &'a str,
    ) -> Call<
        'a,
        RegenerateOAuthAppSecretParams<'a>,
        crate::models::OAuthAppWithSecret,
        RegenerateOAuthAppSecretError,
    > {
        const OPERATION: Operation = Operation {
            id: "regenerateOAuthAppSecret",
            method: "POST",
            path: "/oauth-clients/{appId}/regenerate-secret",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            RegenerateOAuthAppSecretParams {
                app_id,
            },
            |client, params| {
                let RegenerateOAuthAppSecretParams { app_id } = params;
                let path = format!(
                    "/oauth-clients/{}/regenerate-secret",
                    crate::runtime::path_param("appId", app_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(RegenerateOAuthAppSecretError::Unauthorized)),
                403 => Err(Error::Status(RegenerateOAuthAppSecretError::Forbidden)),
                404 => Err(Error::Status(RegenerateOAuthAppSecretError::NotFound)),
                429 => Err(Error::Status(RegenerateOAuthAppSecretError::TooManyRequests)),
                _ => {
                    Err(
                        Error::Status(
                            RegenerateOAuthAppSecretError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::regenerate_o_auth_app_secret`], kept in its [`Call`] until it is awaited.
pub struct RegenerateOAuthAppSecretParams<'a> {
    app_id: &'a str,
}
/// Error responses of [`Client::regenerate_o_auth_app_secret`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RegenerateOAuthAppSecretError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `404`: OAuth app not found
    NotFound,
    /// Status `429`: Rate limit exceeded
    TooManyRequests,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RegenerateOAuthAppSecretError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::TooManyRequests => (429, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "regenerateOAuthAppSecret", status, message)
    }
}
impl ::std::error::Error for RegenerateOAuthAppSecretError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `app_id`: path parameter `appId`. OAuth app ID
    pub fn suspend_o_auth_app<'a>(
        &'a self,
        app_id: &'a str,
    ) -> Call<
        'a,
        SuspendOAuthAppParams<'a>,
        crate::models::OAuthAppResponse,
        SuspendOAuthAppError,
    > {
        const OPERATION: Operation = Operation {
            id: "suspendOAuthApp",
            method: "POST",
            path: "/oauth-clients/{appId}/suspend",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SuspendOAuthAppParams { app_id },
            |client, params| {
                let SuspendOAuthAppParams { app_id } = params;
                let path = format!(
                    "/oauth-clients/{}/suspend",
                    crate::runtime::path_param("appId", app_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(SuspendOAuthAppError::Unauthorized)),
                403 => Err(Error::Status(SuspendOAuthAppError::Forbidden)),
                404 => Err(Error::Status(SuspendOAuthAppError::NotFound)),
                429 => Err(Error::Status(SuspendOAuthAppError::TooManyRequests)),
                _ => {
                    Err(
                        Error::Status(
                            SuspendOAuthAppError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::suspend_o_auth_app`], kept in its [`Call`] until it is awaited.
pub struct SuspendOAuthAppParams<'a> {
    app_id: &'a str,
}
/// Error responses of [`Client::suspend_o_auth_app`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SuspendOAuthAppError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `404`: OAuth app not found
    NotFound,
    /// Status `429`: Rate limit exceeded
    TooManyRequests,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SuspendOAuthAppError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::TooManyRequests => (429, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "suspendOAuthApp", status, message)
    }
}
impl ::std::error::Error for SuspendOAuthAppError {}

impl Client {
    /// Activate suspended OAuth app
    ///
    /// Reactivate a suspended OAuth app, allowing it to authenticate and issue tokens again.
    /// <br><br>
    /// <b>Admin Only:</b> Requires admin privileges.
    /// <br><br>
    /// <b>Rate Limited:</b> 10 requests per minute.
    ///
    /// `POST /oauth-clients/{appId}/activate` (operation `activateOAuthApp`)
    ///
    /// # Arguments
    ///
    /// * `app_id`: path parameter `appId`. OAuth app ID
    pub fn activate_o_auth_app<'a>(
        &'a self,
        app_id: &'a str,
    ) -> Call<
        'a,
        ActivateOAuthAppParams<'a>,
        crate::models::OAuthAppResponse,
        ActivateOAuthAppError,
    > {
        const OPERATION: Operation = Operation {
            id: "activateOAuthApp",
            method: "POST",
            path: "/oauth-clients/{appId}/activate",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ActivateOAuthAppParams { app_id },
            |client, params| {
                let ActivateOAuthAppParams { app_id } = params;
                let path = format!(
                    "/oauth-clients/{}/activate",
                    crate::runtime::path_param("appId", app_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ActivateOAuthAppError::Unauthorized)),
                403 => Err(Error::Status(ActivateOAuthAppError::Forbidden)),
                404 => Err(Error::Status(ActivateOAuthAppError::NotFound)),
                429 => Err(Error::Status(ActivateOAuthAppError::TooManyRequests)),
                _ => {
                    Err(
                        Error::Status(
                            ActivateOAuthAppError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::activate_o_auth_app`], kept in its [`Call`] until it is awaited.
pub struct ActivateOAuthAppParams<'a> {
    app_id: &'a str,
}
/// Error responses of [`Client::activate_o_auth_app`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ActivateOAuthAppError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `404`: OAuth app not found
    NotFound,
    /// Status `429`: Rate limit exceeded
    TooManyRequests,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ActivateOAuthAppError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::TooManyRequests => (429, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "activateOAuthApp", status, message)
    }
}
impl ::std::error::Error for ActivateOAuthAppError {}

impl Client {
    /// List app tokens
    ///
    /// List all active tokens issued to an OAuth app.
    /// <br><br>
    /// Useful for monitoring app usage and identifying tokens to revoke.
    /// <br><br>
    /// <b>Admin Only:</b> Requires admin privileges.
    ///
    /// `GET /oauth-clients/{appId}/tokens` (operation `listOAuthAppTokens`)
    ///
    /// # Arguments
    ///
    /// * `app_id`: path parameter `appId`. OAuth app ID
    pub fn list_o_auth_app_tokens<'a>(
        &'a self,
        app_id: &'a str,
    ) -> Call<
        'a,
        ListOAuthAppTokensParams<'a>,
        ::std::vec::Vec<crate::models::OAuthTokenListItem>,
        ListOAuthAppTokensError,
    > {
        const OPERATION: Operation = Operation {
            id: "listOAuthAppTokens",
            method: "GET",
            path: "/oauth-clients/{appId}/tokens",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListOAuthAppTokensParams { app_id },
            |client, params| {
                let ListOAuthAppTokensParams { app_id } = params;
                let path = format!(
                    "/oauth-clients/{}/tokens",
                    crate::runtime::path_param("appId", app_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ListOAuthAppTokensError::Unauthorized)),
                403 => Err(Error::Status(ListOAuthAppTokensError::Forbidden)),
                404 => Err(Error::Status(ListOAuthAppTokensError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ListOAuthAppTokensError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_o_auth_app_tokens`], kept in its [`Call`] until it is awaited.
pub struct ListOAuthAppTokensParams<'a> {
    app_id: &'a str,
}
/// Error responses of [`Client::list_o_auth_app_tokens`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListOAuthAppTokensError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `404`: OAuth app not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListOAuthAppTokensError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listOAuthAppTokens", status, message)
    }
}
impl ::std::error::Error for ListOAuthAppTokensError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `app_id`: path parameter `appId`. OAuth app ID
    pub fn revoke_all_o_auth_app_tokens<'a>(
        &'a self,
        app_id: &'a str,
    ) -> Call<
        'a,
        RevokeAllOAuthAppTokensParams<'a>,
        crate::models::RevokeAllOAuthAppTokensResponse,
        RevokeAllOAuthAppTokensError,
    > {
        const OPERATION: Operation = Operation {
            id: "revokeAllOAuthAppTokens",
            method: "POST",
            path: "/oauth-clients/{appId}/revoke-all-tokens",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            RevokeAllOAuthAppTokensParams {
                app_id,
            },
            |client, params| {
                let RevokeAllOAuthAppTokensParams { app_id } = params;
                let path = format!(
                    "/oauth-clients/{}/revoke-all-tokens",
                    crate::runtime::path_param("appId", app_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(RevokeAllOAuthAppTokensError::Unauthorized)),
                403 => Err(Error::Status(RevokeAllOAuthAppTokensError::Forbidden)),
                404 => Err(Error::Status(RevokeAllOAuthAppTokensError::NotFound)),
                429 => Err(Error::Status(RevokeAllOAuthAppTokensError::TooManyRequests)),
                _ => {
                    Err(
                        Error::Status(
                            RevokeAllOAuthAppTokensError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::revoke_all_o_auth_app_tokens`], kept in its [`Call`] until it is awaited.
pub struct RevokeAllOAuthAppTokensParams<'a> {
    app_id: &'a str,
}
/// Error responses of [`Client::revoke_all_o_auth_app_tokens`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RevokeAllOAuthAppTokensError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin privileges required
    Forbidden,
    /// Status `404`: OAuth app not found
    NotFound,
    /// Status `429`: Rate limit exceeded
    TooManyRequests,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RevokeAllOAuthAppTokensError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::TooManyRequests => (429, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "revokeAllOAuthAppTokens", status, message)
    }
}
impl ::std::error::Error for RevokeAllOAuthAppTokensError {}
