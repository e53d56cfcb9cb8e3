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
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of [`CreateGoogleWorkspaceCredentialsForm`]. Request body for Upload Google Workspace credentials
    pub fn create_google_workspace_credentials(
        &self,
        body: CreateGoogleWorkspaceCredentialsForm,
    ) -> Call<'_, (), CreateGoogleWorkspaceCredentialsError> {
        const OPERATION: Operation = Operation {
            id: "createGoogleWorkspaceCredentials",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/configurationManager/connectors/googleWorkspaceCredentials",
            );
        request = request
            .multipart(
                match body.into_form() {
                    Ok(form) => form,
                    Err(error) => return crate::runtime::failed(Error::Transport(error)),
                },
            );
        self.call(
            &OPERATION,
            request,
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
pub enum CreateGoogleWorkspaceCredentialsError {
    /// Status `400`: Invalid credentials file
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
        crate::models::GoogleWorkspaceOAuthConfig,
        GetGoogleWorkspaceOauthConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "getGoogleWorkspaceOauthConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/connectors/googleWorkspaceOauthConfig",
            );
        self.call(
            &OPERATION,
            request,
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
pub enum GetGoogleWorkspaceOauthConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn set_google_workspace_oauth_config(
        &self,
        body: &crate::models::GoogleWorkspaceOAuthConfig,
    ) -> Call<'_, (), SetGoogleWorkspaceOauthConfigError> {
        const OPERATION: Operation = Operation {
            id: "setGoogleWorkspaceOauthConfig",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/configurationManager/connectors/googleWorkspaceOauthConfig",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::set_google_workspace_oauth_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetGoogleWorkspaceOauthConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get Atlassian OAuth configuration
    ///
    /// Get Atlassian OAuth configuration.
    ///
    /// `GET /configurationManager/connectors/atlassian/config` (operation `getAtlassianConfig`)
    pub fn get_atlassian_config(
        &self,
    ) -> Call<'_, crate::models::AtlassianConfig, GetAtlassianConfigError> {
        const OPERATION: Operation = Operation {
            id: "getAtlassianConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/connectors/atlassian/config",
            );
        self.call(
            &OPERATION,
            request,
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
pub enum GetAtlassianConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn set_atlassian_config(
        &self,
        body: &crate::models::AtlassianConfig,
    ) -> Call<'_, (), SetAtlassianConfigError> {
        const OPERATION: Operation = Operation {
            id: "setAtlassianConfig",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/configurationManager/connectors/atlassian/config",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::set_atlassian_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetAtlassianConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get OneDrive configuration
    ///
    /// Get OneDrive configuration.
    ///
    /// `GET /configurationManager/connectors/onedrive/config` (operation `getOneDriveConfig`)
    pub fn get_one_drive_config(
        &self,
    ) -> Call<'_, crate::models::OneDriveConfig, GetOneDriveConfigError> {
        const OPERATION: Operation = Operation {
            id: "getOneDriveConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/connectors/onedrive/config",
            );
        self.call(
            &OPERATION,
            request,
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
pub enum GetOneDriveConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn set_one_drive_config(
        &self,
        body: &crate::models::OneDriveConfig,
    ) -> Call<'_, (), SetOneDriveConfigError> {
        const OPERATION: Operation = Operation {
            id: "setOneDriveConfig",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/configurationManager/connectors/onedrive/config",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::set_one_drive_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetOneDriveConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get SharePoint configuration
    ///
    /// Get SharePoint configuration.
    ///
    /// `GET /configurationManager/connectors/sharepoint/config` (operation `getSharePointConfig`)
    pub fn get_share_point_config(
        &self,
    ) -> Call<'_, crate::models::SharePointConfig, GetSharePointConfigError> {
        const OPERATION: Operation = Operation {
            id: "getSharePointConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/connectors/sharepoint/config",
            );
        self.call(
            &OPERATION,
            request,
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
pub enum GetSharePointConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn set_share_point_config(
        &self,
        body: &crate::models::SharePointConfig,
    ) -> Call<'_, (), SetSharePointConfigError> {
        const OPERATION: Operation = Operation {
            id: "setSharePointConfig",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/configurationManager/connectors/sharepoint/config",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::set_share_point_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetSharePointConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
