//! Operations of the `Authentication Configuration` API.
//!
//! Configure authentication providers including Azure AD, Microsoft, Google OAuth, SAML SSO, and custom OAuth 2.0.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Get Azure AD configuration
    ///
    /// Retrieve Azure AD authentication configuration.
    ///
    /// `GET /configurationManager/authConfig/azureAd` (operation `getAzureAdAuthConfig`)
    pub fn get_azure_ad_auth_config(
        &self,
    ) -> Call<'_, (), crate::models::AzureAdAuthConfig, GetAzureAdAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "getAzureAdAuthConfig",
            method: "GET",
            path: "/configurationManager/authConfig/azureAd",
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
                        "/configurationManager/authConfig/azureAd",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetAzureAdAuthConfigError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetAzureAdAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_azure_ad_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAzureAdAuthConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAzureAdAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAzureAdAuthConfig", status, message)
    }
}
impl ::std::error::Error for GetAzureAdAuthConfigError {}

impl Client {
    /// Configure Azure AD authentication
    ///
    /// Set up Azure Active Directory as an authentication provider for user login.
    ///
    /// `POST /configurationManager/authConfig/azureAd` (operation `setAzureAdAuthConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Configure Azure AD authentication
    pub fn set_azure_ad_auth_config<'a>(
        &'a self,
        body: &'a crate::models::AzureAdAuthConfig,
    ) -> Call<'a, SetAzureAdAuthConfigParams<'a>, (), SetAzureAdAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "setAzureAdAuthConfig",
            method: "POST",
            path: "/configurationManager/authConfig/azureAd",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetAzureAdAuthConfigParams { body },
            |client, params| {
                let SetAzureAdAuthConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/authConfig/azureAd",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(SetAzureAdAuthConfigError::BadRequest)),
                401 => Err(Error::Status(SetAzureAdAuthConfigError::Unauthorized)),
                403 => Err(Error::Status(SetAzureAdAuthConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetAzureAdAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_azure_ad_auth_config`], kept in its [`Call`] until it is awaited.
pub struct SetAzureAdAuthConfigParams<'a> {
    body: &'a crate::models::AzureAdAuthConfig,
}
/// Error responses of [`Client::set_azure_ad_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetAzureAdAuthConfigError {
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
impl ::std::fmt::Display for SetAzureAdAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setAzureAdAuthConfig", status, message)
    }
}
impl ::std::error::Error for SetAzureAdAuthConfigError {}

impl Client {
    /// Get Microsoft authentication configuration
    ///
    /// Get Microsoft authentication configuration.
    ///
    /// `GET /configurationManager/authConfig/microsoft` (operation `getMicrosoftAuthConfig`)
    pub fn get_microsoft_auth_config(
        &self,
    ) -> Call<'_, (), crate::models::MicrosoftAuthConfig, GetMicrosoftAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "getMicrosoftAuthConfig",
            method: "GET",
            path: "/configurationManager/authConfig/microsoft",
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
                        "/configurationManager/authConfig/microsoft",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetMicrosoftAuthConfigError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetMicrosoftAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_microsoft_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetMicrosoftAuthConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetMicrosoftAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getMicrosoftAuthConfig", status, message)
    }
}
impl ::std::error::Error for GetMicrosoftAuthConfigError {}

impl Client {
    /// Configure Microsoft authentication
    ///
    /// Set up Microsoft account as an authentication provider.
    ///
    /// `POST /configurationManager/authConfig/microsoft` (operation `setMicrosoftAuthConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Configure Microsoft authentication
    pub fn set_microsoft_auth_config<'a>(
        &'a self,
        body: &'a crate::models::MicrosoftAuthConfig,
    ) -> Call<'a, SetMicrosoftAuthConfigParams<'a>, (), SetMicrosoftAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "setMicrosoftAuthConfig",
            method: "POST",
            path: "/configurationManager/authConfig/microsoft",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetMicrosoftAuthConfigParams {
                body,
            },
            |client, params| {
                let SetMicrosoftAuthConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/authConfig/microsoft",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(SetMicrosoftAuthConfigError::BadRequest)),
                401 => Err(Error::Status(SetMicrosoftAuthConfigError::Unauthorized)),
                403 => Err(Error::Status(SetMicrosoftAuthConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetMicrosoftAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_microsoft_auth_config`], kept in its [`Call`] until it is awaited.
pub struct SetMicrosoftAuthConfigParams<'a> {
    body: &'a crate::models::MicrosoftAuthConfig,
}
/// Error responses of [`Client::set_microsoft_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetMicrosoftAuthConfigError {
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
impl ::std::fmt::Display for SetMicrosoftAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setMicrosoftAuthConfig", status, message)
    }
}
impl ::std::error::Error for SetMicrosoftAuthConfigError {}

impl Client {
    /// Get Google authentication configuration
    ///
    /// Get Google authentication configuration.
    ///
    /// `GET /configurationManager/authConfig/google` (operation `getGoogleAuthConfig`)
    pub fn get_google_auth_config(
        &self,
    ) -> Call<'_, (), crate::models::GoogleAuthConfig, GetGoogleAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "getGoogleAuthConfig",
            method: "GET",
            path: "/configurationManager/authConfig/google",
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
                        "/configurationManager/authConfig/google",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetGoogleAuthConfigError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetGoogleAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_google_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetGoogleAuthConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetGoogleAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getGoogleAuthConfig", status, message)
    }
}
impl ::std::error::Error for GetGoogleAuthConfigError {}

impl Client {
    /// Configure Google authentication
    ///
    /// Set up Google OAuth as an authentication provider.
    ///
    /// `POST /configurationManager/authConfig/google` (operation `setGoogleAuthConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Configure Google authentication
    pub fn set_google_auth_config<'a>(
        &'a self,
        body: &'a crate::models::GoogleAuthConfig,
    ) -> Call<'a, SetGoogleAuthConfigParams<'a>, (), SetGoogleAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "setGoogleAuthConfig",
            method: "POST",
            path: "/configurationManager/authConfig/google",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetGoogleAuthConfigParams { body },
            |client, params| {
                let SetGoogleAuthConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/authConfig/google",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(SetGoogleAuthConfigError::BadRequest)),
                401 => Err(Error::Status(SetGoogleAuthConfigError::Unauthorized)),
                403 => Err(Error::Status(SetGoogleAuthConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetGoogleAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_google_auth_config`], kept in its [`Call`] until it is awaited.
pub struct SetGoogleAuthConfigParams<'a> {
    body: &'a crate::models::GoogleAuthConfig,
}
/// Error responses of [`Client::set_google_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetGoogleAuthConfigError {
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
impl ::std::fmt::Display for SetGoogleAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setGoogleAuthConfig", status, message)
    }
}
impl ::std::error::Error for SetGoogleAuthConfigError {}

impl Client {
    /// Get SAML SSO configuration
    ///
    /// Get SAML SSO configuration.
    ///
    /// `GET /configurationManager/authConfig/sso` (operation `getSsoAuthConfig`)
    pub fn get_sso_auth_config(
        &self,
    ) -> Call<'_, (), crate::models::SsoAuthConfig, GetSsoAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "getSsoAuthConfig",
            method: "GET",
            path: "/configurationManager/authConfig/sso",
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
                        "/configurationManager/authConfig/sso",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetSsoAuthConfigError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetSsoAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_sso_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSsoAuthConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetSsoAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getSsoAuthConfig", status, message)
    }
}
impl ::std::error::Error for GetSsoAuthConfigError {}

impl Client {
    /// Configure SAML SSO authentication
    ///
    /// Set up SAML 2.0 Single Sign-On with your identity provider (Okta, OneLogin, etc.).
    ///
    /// `POST /configurationManager/authConfig/sso` (operation `setSsoAuthConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Configure SAML SSO authentication
    pub fn set_sso_auth_config<'a>(
        &'a self,
        body: &'a crate::models::SsoAuthConfig,
    ) -> Call<'a, SetSsoAuthConfigParams<'a>, (), SetSsoAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "setSsoAuthConfig",
            method: "POST",
            path: "/configurationManager/authConfig/sso",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetSsoAuthConfigParams { body },
            |client, params| {
                let SetSsoAuthConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/authConfig/sso",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(SetSsoAuthConfigError::BadRequest)),
                401 => Err(Error::Status(SetSsoAuthConfigError::Unauthorized)),
                403 => Err(Error::Status(SetSsoAuthConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetSsoAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_sso_auth_config`], kept in its [`Call`] until it is awaited.
pub struct SetSsoAuthConfigParams<'a> {
    body: &'a crate::models::SsoAuthConfig,
}
/// Error responses of [`Client::set_sso_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetSsoAuthConfigError {
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
impl ::std::fmt::Display for SetSsoAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setSsoAuthConfig", status, message)
    }
}
impl ::std::error::Error for SetSsoAuthConfigError {}

impl Client {
    /// Get generic OAuth configuration
    ///
    /// Get generic OAuth configuration.
    ///
    /// `GET /configurationManager/authConfig/oauth` (operation `getGenericOAuthConfig`)
    pub fn get_generic_o_auth_config(
        &self,
    ) -> Call<'_, (), crate::models::GenericOAuthConfig, GetGenericOAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "getGenericOAuthConfig",
            method: "GET",
            path: "/configurationManager/authConfig/oauth",
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
                        "/configurationManager/authConfig/oauth",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetGenericOAuthConfigError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetGenericOAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_generic_o_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetGenericOAuthConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetGenericOAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getGenericOAuthConfig", status, message)
    }
}
impl ::std::error::Error for GetGenericOAuthConfigError {}

impl Client {
    /// Configure generic OAuth provider
    ///
    /// Set up a custom OAuth 2.0 authentication provider.
    ///
    /// `POST /configurationManager/authConfig/oauth` (operation `setOAuthConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Configure generic OAuth provider
    pub fn set_o_auth_config<'a>(
        &'a self,
        body: &'a crate::models::GenericOAuthConfig,
    ) -> Call<'a, SetOAuthConfigParams<'a>, (), SetOAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "setOAuthConfig",
            method: "POST",
            path: "/configurationManager/authConfig/oauth",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetOAuthConfigParams { body },
            |client, params| {
                let SetOAuthConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/authConfig/oauth",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(SetOAuthConfigError::BadRequest)),
                401 => Err(Error::Status(SetOAuthConfigError::Unauthorized)),
                403 => Err(Error::Status(SetOAuthConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetOAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_o_auth_config`], kept in its [`Call`] until it is awaited.
pub struct SetOAuthConfigParams<'a> {
    body: &'a crate::models::GenericOAuthConfig,
}
/// Error responses of [`Client::set_o_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetOAuthConfigError {
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
impl ::std::fmt::Display for SetOAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setOAuthConfig", status, message)
    }
}
impl ::std::error::Error for SetOAuthConfigError {}
