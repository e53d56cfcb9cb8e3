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
    ) -> Call<'_, crate::models::PlatformSettings, GetPlatformSettingsError> {
        const OPERATION: Operation = Operation {
            id: "getPlatformSettings",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/platform/settings",
            );
        self.call(
            &OPERATION,
            request,
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
pub enum GetPlatformSettingsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn set_platform_settings(
        &self,
        body: &crate::models::SetPlatformSettingsBody,
    ) -> Call<'_, (), SetPlatformSettingsError> {
        const OPERATION: Operation = Operation {
            id: "setPlatformSettings",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/configurationManager/platform/settings",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::set_platform_settings`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetPlatformSettingsError {
    /// Status `400`: Invalid settings
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
        crate::models::GetAvailableFeatureFlagsResponse,
        GetAvailableFeatureFlagsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getAvailableFeatureFlags",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/platform/feature-flags/available",
            );
        self.call(
            &OPERATION,
            request,
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
pub enum GetAvailableFeatureFlagsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get custom system prompt
    ///
    /// Get custom system prompt.
    ///
    /// `GET /configurationManager/prompts/system` (operation `getCustomSystemPrompt`)
    pub fn get_custom_system_prompt(
        &self,
    ) -> Call<'_, crate::models::CustomSystemPrompt, GetCustomSystemPromptError> {
        const OPERATION: Operation = Operation {
            id: "getCustomSystemPrompt",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/prompts/system",
            );
        self.call(
            &OPERATION,
            request,
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
pub enum GetCustomSystemPromptError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn set_custom_system_prompt(
        &self,
        body: &crate::models::CustomSystemPrompt,
    ) -> Call<'_, (), SetCustomSystemPromptError> {
        const OPERATION: Operation = Operation {
            id: "setCustomSystemPrompt",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::PUT,
                "/configurationManager/prompts/system",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::set_custom_system_prompt`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetCustomSystemPromptError {
    /// Status `400`: Invalid prompt
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
