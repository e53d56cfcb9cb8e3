//! Operations of the `Connector OAuth Configuration` API.
//!
//! Configure OAuth credentials for data source connectors (Google Workspace, Atlassian, OneDrive, SharePoint).
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Upload Google Workspace credentials
    ///
    /// Upload Google Workspace credentials (service account JSON for business, or OAuth tokens for individual users). File must be valid JSON.
    ///
    /// `POST /configurationManager/connectors/googleWorkspaceCredentials` (operation `createGoogleWorkspaceCredentials`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of \[`CreateGoogleWorkspaceCredentialsForm`\]. Request body for Upload Google Workspace credentials
    pub fn create_google_workspace_credentials(
        &self,
        body: CreateGoogleWorkspaceCredentialsForm,
    ) -> Call<
        '_,
        CreateGoogleWorkspaceCredentialsParams<'_>,
        (),
        CreateGoogleWorkspaceCredentialsError,
    > {
        const OPERATION: Operation = Operation {
            id: "createGoogleWorkspaceCredentials",
            method: "POST",
            path: "/configurationManager/connectors/googleWorkspaceCredentials",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateGoogleWorkspaceCredentialsParams {
                body,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let CreateGoogleWorkspaceCredentialsParams { body, .. } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/connectors/googleWorkspaceCredentials",
                    );
                request = request
                    .multipart(
                        match body.into_form() {
                            Ok(form) => form,
                            Err(error) => return Err(Error::Transport(error)),
                        },
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => {
                    Err(Error::Status(CreateGoogleWorkspaceCredentialsError::BadRequest))
                }
                401 => {
                    Err(
                        Error::Status(
                            CreateGoogleWorkspaceCredentialsError::Unauthorized,
                        ),
                    )
                }
                403 => {
                    Err(Error::Status(CreateGoogleWorkspaceCredentialsError::Forbidden))
                }
                _ => {
                    Err(
                        Error::Status(
                            CreateGoogleWorkspaceCredentialsError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_google_workspace_credentials`], kept in its [`Call`] until it is awaited.
pub struct CreateGoogleWorkspaceCredentialsParams<'a> {
    body: CreateGoogleWorkspaceCredentialsForm,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
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
    /// The `multipart/form-data` form of these parts; fails when a file's media type is
    /// not a valid one.
    pub fn into_form(
        self,
    ) -> ::std::result::Result<::reqwest::multipart::Form, ::reqwest::Error> {
        let mut form = ::reqwest::multipart::Form::new();
        let value = self.user_type;
        form = crate::runtime::value_part(form, "userType", &value, false);
        let value = self.google_workspace_credentials;
        form = crate::runtime::file_part(form, "googleWorkspaceCredentials", value)?;
        Ok(form)
    }
}
/// Error responses of [`Client::create_google_workspace_credentials`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateGoogleWorkspaceCredentialsError {
    /// Status `400`: Invalid credentials file
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateGoogleWorkspaceCredentialsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(
            f,
            "createGoogleWorkspaceCredentials",
            status,
            message,
        )
    }
}
impl ::std::error::Error for CreateGoogleWorkspaceCredentialsError {}

impl Client {
    /// Get Google Workspace OAuth configuration
    ///
    /// Get Google Workspace OAuth configuration.
    ///
    /// `GET /configurationManager/connectors/googleWorkspaceOauthConfig` (operation `getGoogleWorkspaceOauthConfig`)
    pub fn get_google_workspace_oauth_config(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::GoogleWorkspaceOAuthConfig,
        GetGoogleWorkspaceOauthConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "getGoogleWorkspaceOauthConfig",
            method: "GET",
            path: "/configurationManager/connectors/googleWorkspaceOauthConfig",
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
                        "/configurationManager/connectors/googleWorkspaceOauthConfig",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(Error::Status(GetGoogleWorkspaceOauthConfigError::Unauthorized))
                }
                _ => {
                    Err(
                        Error::Status(
                            GetGoogleWorkspaceOauthConfigError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_google_workspace_oauth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetGoogleWorkspaceOauthConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetGoogleWorkspaceOauthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getGoogleWorkspaceOauthConfig", status, message)
    }
}
impl ::std::error::Error for GetGoogleWorkspaceOauthConfigError {}

impl Client {
    /// Configure Google Workspace OAuth
    ///
    /// Set up OAuth credentials for Google Workspace connector. Required for user authentication with Google Drive, Gmail, etc.
    ///
    /// `POST /configurationManager/connectors/googleWorkspaceOauthConfig` (operation `setGoogleWorkspaceOauthConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Configure Google Workspace OAuth
    pub fn set_google_workspace_oauth_config<'a>(
        &'a self,
        body: &'a crate::models::GoogleWorkspaceOAuthConfig,
    ) -> Call<
        'a,
        SetGoogleWorkspaceOauthConfigParams<'a>,
        (),
        SetGoogleWorkspaceOauthConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "setGoogleWorkspaceOauthConfig",
            method: "POST",
            path: "/configurationManager/connectors/googleWorkspaceOauthConfig",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetGoogleWorkspaceOauthConfigParams {
                body,
            },
            |client, params| {
                let SetGoogleWorkspaceOauthConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/connectors/googleWorkspaceOauthConfig",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(SetGoogleWorkspaceOauthConfigError::BadRequest)),
                401 => {
                    Err(Error::Status(SetGoogleWorkspaceOauthConfigError::Unauthorized))
                }
                403 => Err(Error::Status(SetGoogleWorkspaceOauthConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetGoogleWorkspaceOauthConfigError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_google_workspace_oauth_config`], kept in its [`Call`] until it is awaited.
pub struct SetGoogleWorkspaceOauthConfigParams<'a> {
    body: &'a crate::models::GoogleWorkspaceOAuthConfig,
}
/// Error responses of [`Client::set_google_workspace_oauth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetGoogleWorkspaceOauthConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetGoogleWorkspaceOauthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setGoogleWorkspaceOauthConfig", status, message)
    }
}
impl ::std::error::Error for SetGoogleWorkspaceOauthConfigError {}

impl Client {
    /// Get Atlassian OAuth configuration
    ///
    /// Get Atlassian OAuth configuration.
    ///
    /// `GET /configurationManager/connectors/atlassian/config` (operation `getAtlassianConfig`)
    pub fn get_atlassian_config(
        &self,
    ) -> Call<'_, (), crate::models::AtlassianConfig, GetAtlassianConfigError> {
        const OPERATION: Operation = Operation {
            id: "getAtlassianConfig",
            method: "GET",
            path: "/configurationManager/connectors/atlassian/config",
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
                        "/configurationManager/connectors/atlassian/config",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetAtlassianConfigError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetAtlassianConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_atlassian_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAtlassianConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAtlassianConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAtlassianConfig", status, message)
    }
}
impl ::std::error::Error for GetAtlassianConfigError {}

impl Client {
    /// Configure Atlassian OAuth
    ///
    /// Set up OAuth credentials for Atlassian (Confluence/Jira) connector.
    ///
    /// `POST /configurationManager/connectors/atlassian/config` (operation `setAtlassianConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Configure Atlassian OAuth
    pub fn set_atlassian_config<'a>(
        &'a self,
        body: &'a crate::models::AtlassianConfig,
    ) -> Call<'a, SetAtlassianConfigParams<'a>, (), SetAtlassianConfigError> {
        const OPERATION: Operation = Operation {
            id: "setAtlassianConfig",
            method: "POST",
            path: "/configurationManager/connectors/atlassian/config",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetAtlassianConfigParams { body },
            |client, params| {
                let SetAtlassianConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/connectors/atlassian/config",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(SetAtlassianConfigError::BadRequest)),
                401 => Err(Error::Status(SetAtlassianConfigError::Unauthorized)),
                403 => Err(Error::Status(SetAtlassianConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetAtlassianConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_atlassian_config`], kept in its [`Call`] until it is awaited.
pub struct SetAtlassianConfigParams<'a> {
    body: &'a crate::models::AtlassianConfig,
}
/// Error responses of [`Client::set_atlassian_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetAtlassianConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetAtlassianConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setAtlassianConfig", status, message)
    }
}
impl ::std::error::Error for SetAtlassianConfigError {}

impl Client {
    /// Get OneDrive configuration
    ///
    /// Get OneDrive configuration.
    ///
    /// `GET /configurationManager/connectors/onedrive/config` (operation `getOneDriveConfig`)
    pub fn get_one_drive_config(
        &self,
    ) -> Call<'_, (), crate::models::OneDriveConfig, GetOneDriveConfigError> {
        const OPERATION: Operation = Operation {
            id: "getOneDriveConfig",
            method: "GET",
            path: "/configurationManager/connectors/onedrive/config",
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
                        "/configurationManager/connectors/onedrive/config",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetOneDriveConfigError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetOneDriveConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_one_drive_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOneDriveConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOneDriveConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOneDriveConfig", status, message)
    }
}
impl ::std::error::Error for GetOneDriveConfigError {}

impl Client {
    /// Configure OneDrive connector
    ///
    /// Set up Microsoft credentials for OneDrive connector.
    ///
    /// `POST /configurationManager/connectors/onedrive/config` (operation `setOneDriveConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Configure OneDrive connector
    pub fn set_one_drive_config<'a>(
        &'a self,
        body: &'a crate::models::OneDriveConfig,
    ) -> Call<'a, SetOneDriveConfigParams<'a>, (), SetOneDriveConfigError> {
        const OPERATION: Operation = Operation {
            id: "setOneDriveConfig",
            method: "POST",
            path: "/configurationManager/connectors/onedrive/config",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetOneDriveConfigParams { body },
            |client, params| {
                let SetOneDriveConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/connectors/onedrive/config",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(SetOneDriveConfigError::BadRequest)),
                401 => Err(Error::Status(SetOneDriveConfigError::Unauthorized)),
                403 => Err(Error::Status(SetOneDriveConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetOneDriveConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_one_drive_config`], kept in its [`Call`] until it is awaited.
pub struct SetOneDriveConfigParams<'a> {
    body: &'a crate::models::OneDriveConfig,
}
/// Error responses of [`Client::set_one_drive_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetOneDriveConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetOneDriveConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setOneDriveConfig", status, message)
    }
}
impl ::std::error::Error for SetOneDriveConfigError {}

impl Client {
    /// Get SharePoint configuration
    ///
    /// Get SharePoint configuration.
    ///
    /// `GET /configurationManager/connectors/sharepoint/config` (operation `getSharePointConfig`)
    pub fn get_share_point_config(
        &self,
    ) -> Call<'_, (), crate::models::SharePointConfig, GetSharePointConfigError> {
        const OPERATION: Operation = Operation {
            id: "getSharePointConfig",
            method: "GET",
            path: "/configurationManager/connectors/sharepoint/config",
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
                        "/configurationManager/connectors/sharepoint/config",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetSharePointConfigError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetSharePointConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_share_point_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSharePointConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetSharePointConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getSharePointConfig", status, message)
    }
}
impl ::std::error::Error for GetSharePointConfigError {}

impl Client {
    /// Configure SharePoint connector
    ///
    /// Set up Microsoft credentials for SharePoint connector.
    ///
    /// `POST /configurationManager/connectors/sharepoint/config` (operation `setSharePointConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Configure SharePoint connector
    pub fn set_share_point_config<'a>(
        &'a self,
        body: &'a crate::models::SharePointConfig,
    ) -> Call<'a, SetSharePointConfigParams<'a>, (), SetSharePointConfigError> {
        const OPERATION: Operation = Operation {
            id: "setSharePointConfig",
            method: "POST",
            path: "/configurationManager/connectors/sharepoint/config",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetSharePointConfigParams { body },
            |client, params| {
                let SetSharePointConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/connectors/sharepoint/config",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(SetSharePointConfigError::BadRequest)),
                401 => Err(Error::Status(SetSharePointConfigError::Unauthorized)),
                403 => Err(Error::Status(SetSharePointConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetSharePointConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_share_point_config`], kept in its [`Call`] until it is awaited.
pub struct SetSharePointConfigParams<'a> {
    body: &'a crate::models::SharePointConfig,
}
/// Error responses of [`Client::set_share_point_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetSharePointConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetSharePointConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setSharePointConfig", status, message)
    }
}
impl ::std::error::Error for SetSharePointConfigError {}
