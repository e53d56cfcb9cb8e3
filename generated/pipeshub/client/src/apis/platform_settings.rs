//! Operations of the `Platform Settings` API.
//!
//! Platform-wide settings including file upload limits, feature flags, and custom system prompts.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Get platform settings
    ///
    /// Retrieve current platform settings including file upload limits and feature flag states.
    ///
    /// `GET /configurationManager/platform/settings` (operation `getPlatformSettings`)
    pub fn get_platform_settings(
        &self,
    ) -> Call<'_, (), crate::models::PlatformSettings, GetPlatformSettingsError> {
        const OPERATION: Operation = Operation {
            id: "getPlatformSettings",
            method: "GET",
            path: "/configurationManager/platform/settings",
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
                        "/configurationManager/platform/settings",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetPlatformSettingsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetPlatformSettingsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_platform_settings`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetPlatformSettingsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetPlatformSettingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getPlatformSettings", status, message)
    }
}
impl ::std::error::Error for GetPlatformSettingsError {}

impl Client {
    /// Update platform settings
    ///
    /// Configure platform-wide settings including file upload limits and feature flags.
    ///
    /// **File Upload Limits:**
    /// - Default: 30MB (31457280 bytes)
    /// - Maximum: 1GB (1073741824 bytes)
    ///
    /// **Available Feature Flags:**
    /// - ENABLE_BETA_CONNECTORS: Enable beta connector integrations (default: false)
    ///
    /// `POST /configurationManager/platform/settings` (operation `setPlatformSettings`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Update platform settings
    pub fn set_platform_settings<'a>(
        &'a self,
        body: &'a crate::models::SetPlatformSettingsBody,
    ) -> Call<'a, SetPlatformSettingsParams<'a>, (), SetPlatformSettingsError> {
        const OPERATION: Operation = Operation {
            id: "setPlatformSettings",
            method: "POST",
            path: "/configurationManager/platform/settings",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetPlatformSettingsParams { body },
            |client, params| {
                let SetPlatformSettingsParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/platform/settings",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(SetPlatformSettingsError::BadRequest)),
                401 => Err(Error::Status(SetPlatformSettingsError::Unauthorized)),
                403 => Err(Error::Status(SetPlatformSettingsError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetPlatformSettingsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_platform_settings`], kept in its [`Call`] until it is awaited.
pub struct SetPlatformSettingsParams<'a> {
    body: &'a crate::models::SetPlatformSettingsBody,
}
/// Error responses of [`Client::set_platform_settings`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetPlatformSettingsError {
    /// Status `400`: Invalid settings
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetPlatformSettingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setPlatformSettings", status, message)
    }
}
impl ::std::error::Error for SetPlatformSettingsError {}

impl Client {
    /// Get available feature flags
    ///
    /// List all available feature flags with their descriptions and default values.
    ///
    /// `GET /configurationManager/platform/feature-flags/available` (operation `getAvailableFeatureFlags`)
    pub fn get_available_feature_flags(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::GetAvailableFeatureFlagsResponse,
        GetAvailableFeatureFlagsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getAvailableFeatureFlags",
            method: "GET",
            path: "/configurationManager/platform/feature-flags/available",
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
                        "/configurationManager/platform/feature-flags/available",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetAvailableFeatureFlagsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetAvailableFeatureFlagsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_available_feature_flags`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAvailableFeatureFlagsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAvailableFeatureFlagsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAvailableFeatureFlags", status, message)
    }
}
impl ::std::error::Error for GetAvailableFeatureFlagsError {}

impl Client {
    /// Get custom system prompt
    ///
    /// Get custom system prompt.
    ///
    /// `GET /configurationManager/prompts/system` (operation `getCustomSystemPrompt`)
    pub fn get_custom_system_prompt(
        &self,
    ) -> Call<'_, (), crate::models::CustomSystemPrompt, GetCustomSystemPromptError> {
        const OPERATION: Operation = Operation {
            id: "getCustomSystemPrompt",
            method: "GET",
            path: "/configurationManager/prompts/system",
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
                        "/configurationManager/prompts/system",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetCustomSystemPromptError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetCustomSystemPromptError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_custom_system_prompt`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetCustomSystemPromptError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetCustomSystemPromptError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getCustomSystemPrompt", status, message)
    }
}
impl ::std::error::Error for GetCustomSystemPromptError {}

impl Client {
    /// Update custom system prompt
    ///
    /// Set a custom system prompt that will be used by AI models.
    ///
    /// `PUT /configurationManager/prompts/system` (operation `setCustomSystemPrompt`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Update custom system prompt
    pub fn set_custom_system_prompt<'a>(
        &'a self,
        body: &'a crate::models::CustomSystemPrompt,
    ) -> Call<'a, SetCustomSystemPromptParams<'a>, (), SetCustomSystemPromptError> {
        const OPERATION: Operation = Operation {
            id: "setCustomSystemPrompt",
            method: "PUT",
            path: "/configurationManager/prompts/system",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetCustomSystemPromptParams {
                body,
            },
            |client, params| {
                let SetCustomSystemPromptParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PUT,
                        "/configurationManager/prompts/system",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(SetCustomSystemPromptError::BadRequest)),
                401 => Err(Error::Status(SetCustomSystemPromptError::Unauthorized)),
                403 => Err(Error::Status(SetCustomSystemPromptError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetCustomSystemPromptError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_custom_system_prompt`], kept in its [`Call`] until it is awaited.
pub struct SetCustomSystemPromptParams<'a> {
    body: &'a crate::models::CustomSystemPrompt,
}
/// Error responses of [`Client::set_custom_system_prompt`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetCustomSystemPromptError {
    /// Status `400`: Invalid prompt
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetCustomSystemPromptError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setCustomSystemPrompt", status, message)
    }
}
impl ::std::error::Error for SetCustomSystemPromptError {}
