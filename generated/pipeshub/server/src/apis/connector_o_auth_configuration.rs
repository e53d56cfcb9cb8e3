//! The `Connector OAuth Configuration` API.
//!
//! Configure OAuth credentials for data source connectors (Google Workspace, Atlassian, OneDrive, SharePoint).
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Configure OAuth credentials for data source connectors (Google Workspace, Atlassian, OneDrive, SharePoint).
pub trait ConnectorOAuthConfigurationApi: Clone + Send + Sync + 'static {
    /// Upload Google Workspace credentials
    ///
    /// Upload Google Workspace credentials (service account JSON for business, or OAuth tokens for individual users). File must be valid JSON.
    ///
    /// `POST /configurationManager/connectors/googleWorkspaceCredentials` (operation `createGoogleWorkspaceCredentials`)
    fn create_google_workspace_credentials(
        &self,
        request: CreateGoogleWorkspaceCredentialsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateGoogleWorkspaceCredentialsResponse>,
    > + Send;
    /// Get Google Workspace OAuth configuration
    ///
    /// Get Google Workspace OAuth configuration.
    ///
    /// `GET /configurationManager/connectors/googleWorkspaceOauthConfig` (operation `getGoogleWorkspaceOauthConfig`)
    fn get_google_workspace_oauth_config(
        &self,
        request: GetGoogleWorkspaceOauthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetGoogleWorkspaceOauthConfigResponse>,
    > + Send;
    /// Configure Google Workspace OAuth
    ///
    /// Set up OAuth credentials for Google Workspace connector. Required for user authentication with Google Drive, Gmail, etc.
    ///
    /// `POST /configurationManager/connectors/googleWorkspaceOauthConfig` (operation `setGoogleWorkspaceOauthConfig`)
    fn set_google_workspace_oauth_config(
        &self,
        request: SetGoogleWorkspaceOauthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetGoogleWorkspaceOauthConfigResponse>,
    > + Send;
    /// Get Atlassian OAuth configuration
    ///
    /// Get Atlassian OAuth configuration.
    ///
    /// `GET /configurationManager/connectors/atlassian/config` (operation `getAtlassianConfig`)
    fn get_atlassian_config(
        &self,
        request: GetAtlassianConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAtlassianConfigResponse>,
    > + Send;
    /// Configure Atlassian OAuth
    ///
    /// Set up OAuth credentials for Atlassian (Confluence/Jira) connector.
    ///
    /// `POST /configurationManager/connectors/atlassian/config` (operation `setAtlassianConfig`)
    fn set_atlassian_config(
        &self,
        request: SetAtlassianConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetAtlassianConfigResponse>,
    > + Send;
    /// Get OneDrive configuration
    ///
    /// Get OneDrive configuration.
    ///
    /// `GET /configurationManager/connectors/onedrive/config` (operation `getOneDriveConfig`)
    fn get_one_drive_config(
        &self,
        request: GetOneDriveConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetOneDriveConfigResponse>,
    > + Send;
    /// Configure OneDrive connector
    ///
    /// Set up Microsoft credentials for OneDrive connector.
    ///
    /// `POST /configurationManager/connectors/onedrive/config` (operation `setOneDriveConfig`)
    fn set_one_drive_config(
        &self,
        request: SetOneDriveConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetOneDriveConfigResponse>,
    > + Send;
    /// Get SharePoint configuration
    ///
    /// Get SharePoint configuration.
    ///
    /// `GET /configurationManager/connectors/sharepoint/config` (operation `getSharePointConfig`)
    fn get_share_point_config(
        &self,
        request: GetSharePointConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetSharePointConfigResponse>,
    > + Send;
    /// Configure SharePoint connector
    ///
    /// Set up Microsoft credentials for SharePoint connector.
    ///
    /// `POST /configurationManager/connectors/sharepoint/config` (operation `setSharePointConfig`)
    fn set_share_point_config(
        &self,
        request: SetSharePointConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetSharePointConfigResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(connector_o_auth_configuration::routes().merge(...), service)`.
pub fn routes<S: ConnectorOAuthConfigurationApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/configurationManager/connectors/atlassian/config",
            axum::routing::get(
                    crate::apis::connector_o_auth_configuration::handle_get_atlassian_config::<
                        S,
                    >,
                )
                .post(
                    crate::apis::connector_o_auth_configuration::handle_set_atlassian_config::<
                        S,
                    >,
                ),
        );
    let routes = routes
        .route(
            "/configurationManager/connectors/googleWorkspaceCredentials",
            axum::routing::post(
                crate::apis::connector_o_auth_configuration::handle_create_google_workspace_credentials::<
                    S,
                >,
            ),
        );
    let routes = routes
        .route(
            "/configurationManager/connectors/googleWorkspaceOauthConfig",
            axum::routing::get(
                    crate::apis::connector_o_auth_configuration::handle_get_google_workspace_oauth_config::<
                        S,
                    >,
                )
                .post(
                    crate::apis::connector_o_auth_configuration::handle_set_google_workspace_oauth_config::<
                        S,
                    >,
                ),
        );
    let routes = routes
        .route(
            "/configurationManager/connectors/onedrive/config",
            axum::routing::get(
                    crate::apis::connector_o_auth_configuration::handle_get_one_drive_config::<
                        S,
                    >,
                )
                .post(
                    crate::apis::connector_o_auth_configuration::handle_set_one_drive_config::<
                        S,
                    >,
                ),
        );
    routes
        .route(
            "/configurationManager/connectors/sharepoint/config",
            axum::routing::get(
                    crate::apis::connector_o_auth_configuration::handle_get_share_point_config::<
                        S,
                    >,
                )
                .post(
                    crate::apis::connector_o_auth_configuration::handle_set_share_point_config::<
                        S,
                    >,
                ),
        )
}

/// What a `POST /configurationManager/connectors/googleWorkspaceCredentials` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateGoogleWorkspaceCredentialsRequest {
    /// The request body (`multipart/form-data`).
    pub body: CreateGoogleWorkspaceCredentialsForm,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/connectors/googleWorkspaceCredentials` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateGoogleWorkspaceCredentialsResponse {
    /// Status `200`: Credentials uploaded successfully
    Ok,
    /// Status `400`: Invalid credentials file
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for CreateGoogleWorkspaceCredentialsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
/// The parts of a `POST /configurationManager/connectors/googleWorkspaceCredentials` multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateGoogleWorkspaceCredentialsForm {
    /// Part `userType`.
    ///
    /// Type: 'business' for service account, 'individual' for user OAuth
    pub user_type: crate::models::CreateGoogleWorkspaceCredentialsUserType,
    /// Part `googleWorkspaceCredentials`.
    ///
    /// JSON credentials file
    pub google_workspace_credentials: crate::runtime::FilePart,
}
impl CreateGoogleWorkspaceCredentialsForm {
    /// Reads the parts into their fields; `None` when the request has no body.
    pub fn read(parts: Option<runtime::Parts>) -> Result<Option<Self>, Problem> {
        let Some(parts) = parts else { return Ok(None) };
        Ok(
            Some(CreateGoogleWorkspaceCredentialsForm {
                user_type: runtime::required_part(
                    parts.value("userType", false)?,
                    "userType",
                )?,
                google_workspace_credentials: runtime::required_part(
                    parts.file("googleWorkspaceCredentials")?,
                    "googleWorkspaceCredentials",
                )?,
            }),
        )
    }
}
impl CreateGoogleWorkspaceCredentialsRequest {
    /// Reads and checks a `POST /configurationManager/connectors/googleWorkspaceCredentials` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateGoogleWorkspaceCredentialsRequest {
            body: runtime::required_body(
                CreateGoogleWorkspaceCredentialsForm::read(
                    runtime::multipart(headers, body)?,
                )?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/connectors/googleWorkspaceCredentials` request and hands it to [`ConnectorOAuthConfigurationApi::create_google_workspace_credentials`].
pub async fn handle_create_google_workspace_credentials<
    S: ConnectorOAuthConfigurationApi,
>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createGoogleWorkspaceCredentials",
        path: "/configurationManager/connectors/googleWorkspaceCredentials",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateGoogleWorkspaceCredentialsRequest::read,
            |request| service.create_google_workspace_credentials(request),
        )
        .await
}

/// What a `GET /configurationManager/connectors/googleWorkspaceOauthConfig` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetGoogleWorkspaceOauthConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/connectors/googleWorkspaceOauthConfig` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetGoogleWorkspaceOauthConfigResponse {
    /// Status `200`: OAuth configuration retrieved
    Ok(crate::models::GoogleWorkspaceOAuthConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetGoogleWorkspaceOauthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetGoogleWorkspaceOauthConfigRequest {
    /// Reads and checks a `GET /configurationManager/connectors/googleWorkspaceOauthConfig` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetGoogleWorkspaceOauthConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/connectors/googleWorkspaceOauthConfig` request and hands it to [`ConnectorOAuthConfigurationApi::get_google_workspace_oauth_config`].
pub async fn handle_get_google_workspace_oauth_config<S: ConnectorOAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getGoogleWorkspaceOauthConfig",
        path: "/configurationManager/connectors/googleWorkspaceOauthConfig",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetGoogleWorkspaceOauthConfigRequest::read,
            |request| service.get_google_workspace_oauth_config(request),
        )
        .await
}

/// What a `POST /configurationManager/connectors/googleWorkspaceOauthConfig` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetGoogleWorkspaceOauthConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::GoogleWorkspaceOAuthConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/connectors/googleWorkspaceOauthConfig` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetGoogleWorkspaceOauthConfigResponse {
    /// Status `200`: OAuth configuration saved
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for SetGoogleWorkspaceOauthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetGoogleWorkspaceOauthConfigRequest {
    /// Reads and checks a `POST /configurationManager/connectors/googleWorkspaceOauthConfig` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetGoogleWorkspaceOauthConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/connectors/googleWorkspaceOauthConfig` request and hands it to [`ConnectorOAuthConfigurationApi::set_google_workspace_oauth_config`].
pub async fn handle_set_google_workspace_oauth_config<S: ConnectorOAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setGoogleWorkspaceOauthConfig",
        path: "/configurationManager/connectors/googleWorkspaceOauthConfig",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetGoogleWorkspaceOauthConfigRequest::read,
            |request| service.set_google_workspace_oauth_config(request),
        )
        .await
}

/// What a `GET /configurationManager/connectors/atlassian/config` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAtlassianConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/connectors/atlassian/config` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAtlassianConfigResponse {
    /// Status `200`: Atlassian configuration retrieved
    Ok(crate::models::AtlassianConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetAtlassianConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetAtlassianConfigRequest {
    /// Reads and checks a `GET /configurationManager/connectors/atlassian/config` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAtlassianConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/connectors/atlassian/config` request and hands it to [`ConnectorOAuthConfigurationApi::get_atlassian_config`].
pub async fn handle_get_atlassian_config<S: ConnectorOAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAtlassianConfig",
        path: "/configurationManager/connectors/atlassian/config",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAtlassianConfigRequest::read,
            |request| service.get_atlassian_config(request),
        )
        .await
}

/// What a `POST /configurationManager/connectors/atlassian/config` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAtlassianConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::AtlassianConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/connectors/atlassian/config` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetAtlassianConfigResponse {
    /// Status `200`: Atlassian configuration saved
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for SetAtlassianConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetAtlassianConfigRequest {
    /// Reads and checks a `POST /configurationManager/connectors/atlassian/config` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetAtlassianConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/connectors/atlassian/config` request and hands it to [`ConnectorOAuthConfigurationApi::set_atlassian_config`].
pub async fn handle_set_atlassian_config<S: ConnectorOAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setAtlassianConfig",
        path: "/configurationManager/connectors/atlassian/config",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetAtlassianConfigRequest::read,
            |request| service.set_atlassian_config(request),
        )
        .await
}

/// What a `GET /configurationManager/connectors/onedrive/config` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOneDriveConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/connectors/onedrive/config` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOneDriveConfigResponse {
    /// Status `200`: OneDrive configuration retrieved
    Ok(crate::models::OneDriveConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetOneDriveConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetOneDriveConfigRequest {
    /// Reads and checks a `GET /configurationManager/connectors/onedrive/config` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOneDriveConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/connectors/onedrive/config` request and hands it to [`ConnectorOAuthConfigurationApi::get_one_drive_config`].
pub async fn handle_get_one_drive_config<S: ConnectorOAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOneDriveConfig",
        path: "/configurationManager/connectors/onedrive/config",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOneDriveConfigRequest::read,
            |request| service.get_one_drive_config(request),
        )
        .await
}

/// What a `POST /configurationManager/connectors/onedrive/config` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetOneDriveConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::OneDriveConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/connectors/onedrive/config` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetOneDriveConfigResponse {
    /// Status `200`: OneDrive configuration saved
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for SetOneDriveConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetOneDriveConfigRequest {
    /// Reads and checks a `POST /configurationManager/connectors/onedrive/config` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetOneDriveConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/connectors/onedrive/config` request and hands it to [`ConnectorOAuthConfigurationApi::set_one_drive_config`].
pub async fn handle_set_one_drive_config<S: ConnectorOAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setOneDriveConfig",
        path: "/configurationManager/connectors/onedrive/config",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetOneDriveConfigRequest::read,
            |request| service.set_one_drive_config(request),
        )
        .await
}

/// What a `GET /configurationManager/connectors/sharepoint/config` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetSharePointConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/connectors/sharepoint/config` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetSharePointConfigResponse {
    /// Status `200`: SharePoint configuration retrieved
    Ok(crate::models::SharePointConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetSharePointConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetSharePointConfigRequest {
    /// Reads and checks a `GET /configurationManager/connectors/sharepoint/config` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetSharePointConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/connectors/sharepoint/config` request and hands it to [`ConnectorOAuthConfigurationApi::get_share_point_config`].
pub async fn handle_get_share_point_config<S: ConnectorOAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getSharePointConfig",
        path: "/configurationManager/connectors/sharepoint/config",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetSharePointConfigRequest::read,
            |request| service.get_share_point_config(request),
        )
        .await
}

/// What a `POST /configurationManager/connectors/sharepoint/config` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetSharePointConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::SharePointConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/connectors/sharepoint/config` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetSharePointConfigResponse {
    /// Status `200`: SharePoint configuration saved
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for SetSharePointConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetSharePointConfigRequest {
    /// Reads and checks a `POST /configurationManager/connectors/sharepoint/config` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetSharePointConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/connectors/sharepoint/config` request and hands it to [`ConnectorOAuthConfigurationApi::set_share_point_config`].
pub async fn handle_set_share_point_config<S: ConnectorOAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setSharePointConfig",
        path: "/configurationManager/connectors/sharepoint/config",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetSharePointConfigRequest::read,
            |request| service.set_share_point_config(request),
        )
        .await
}
