//! The `Platform Settings` API.
//!
//! Platform-wide settings including file upload limits, feature flags, and custom system prompts.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Platform-wide settings including file upload limits, feature flags, and custom system prompts.
pub trait PlatformSettingsApi: Clone + Send + Sync + 'static {
    /// Get platform settings
    ///
    /// Retrieve current platform settings including file upload limits and feature flag states.
    ///
    /// `GET /configurationManager/platform/settings` (operation `getPlatformSettings`)
    fn get_platform_settings(
        &self,
        request: GetPlatformSettingsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetPlatformSettingsResponse>,
    > + Send;
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
    fn set_platform_settings(
        &self,
        request: SetPlatformSettingsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetPlatformSettingsResponse>,
    > + Send;
    /// Get available feature flags
    ///
    /// List all available feature flags with their descriptions and default values.
    ///
    /// `GET /configurationManager/platform/feature-flags/available` (operation `getAvailableFeatureFlags`)
    fn get_available_feature_flags(
        &self,
        request: GetAvailableFeatureFlagsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAvailableFeatureFlagsResponse>,
    > + Send;
    /// Get custom system prompt
    ///
    /// Get custom system prompt.
    ///
    /// `GET /configurationManager/prompts/system` (operation `getCustomSystemPrompt`)
    fn get_custom_system_prompt(
        &self,
        request: GetCustomSystemPromptRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetCustomSystemPromptResponse>,
    > + Send;
    /// Update custom system prompt
    ///
    /// Set a custom system prompt that will be used by AI models.
    ///
    /// `PUT /configurationManager/prompts/system` (operation `setCustomSystemPrompt`)
    fn set_custom_system_prompt(
        &self,
        request: SetCustomSystemPromptRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetCustomSystemPromptResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(platform_settings::routes().merge(...), service)`.
pub fn routes<S: PlatformSettingsApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/configurationManager/platform/feature-flags/available",
            axum::routing::get(
                crate::apis::platform_settings::handle_get_available_feature_flags::<S>,
            ),
        );
    let routes = routes
        .route(
            "/configurationManager/platform/settings",
            axum::routing::get(
                    crate::apis::platform_settings::handle_get_platform_settings::<S>,
                )
                .post(crate::apis::platform_settings::handle_set_platform_settings::<S>),
        );
    routes
        .route(
            "/configurationManager/prompts/system",
            axum::routing::get(
                    crate::apis::platform_settings::handle_get_custom_system_prompt::<S>,
                )
                .put(
                    crate::apis::platform_settings::handle_set_custom_system_prompt::<S>,
                ),
        )
}

/// What a `GET /configurationManager/platform/settings` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPlatformSettingsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/platform/settings` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPlatformSettingsResponse {
    /// Status `200`: Platform settings retrieved
    Ok(crate::models::PlatformSettings),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetPlatformSettingsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetPlatformSettingsRequest {
    /// Reads and checks a `GET /configurationManager/platform/settings` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetPlatformSettingsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/platform/settings` request and hands it to [`PlatformSettingsApi::get_platform_settings`].
pub async fn handle_get_platform_settings<S: PlatformSettingsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getPlatformSettings",
        path: "/configurationManager/platform/settings",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetPlatformSettingsRequest::read,
            |request| service.get_platform_settings(request),
        )
        .await
}

/// What a `POST /configurationManager/platform/settings` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetPlatformSettingsRequest {
    /// The request body (`application/json`).
    pub body: crate::models::SetPlatformSettingsBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/platform/settings` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetPlatformSettingsResponse {
    /// Status `200`: Platform settings saved successfully
    Ok,
    /// Status `400`: Invalid settings
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for SetPlatformSettingsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetPlatformSettingsRequest {
    /// Reads and checks a `POST /configurationManager/platform/settings` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetPlatformSettingsRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/platform/settings` request and hands it to [`PlatformSettingsApi::set_platform_settings`].
pub async fn handle_set_platform_settings<S: PlatformSettingsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setPlatformSettings",
        path: "/configurationManager/platform/settings",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetPlatformSettingsRequest::read,
            |request| service.set_platform_settings(request),
        )
        .await
}

/// What a `GET /configurationManager/platform/feature-flags/available` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAvailableFeatureFlagsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/platform/feature-flags/available` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAvailableFeatureFlagsResponse {
    /// Status `200`: Feature flags retrieved
    Ok(crate::models::GetAvailableFeatureFlagsResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetAvailableFeatureFlagsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetAvailableFeatureFlagsRequest {
    /// Reads and checks a `GET /configurationManager/platform/feature-flags/available` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAvailableFeatureFlagsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/platform/feature-flags/available` request and hands it to [`PlatformSettingsApi::get_available_feature_flags`].
pub async fn handle_get_available_feature_flags<S: PlatformSettingsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAvailableFeatureFlags",
        path: "/configurationManager/platform/feature-flags/available",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAvailableFeatureFlagsRequest::read,
            |request| service.get_available_feature_flags(request),
        )
        .await
}

/// What a `GET /configurationManager/prompts/system` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCustomSystemPromptRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/prompts/system` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCustomSystemPromptResponse {
    /// Status `200`: System prompt retrieved
    Ok(crate::models::CustomSystemPrompt),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetCustomSystemPromptResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetCustomSystemPromptRequest {
    /// Reads and checks a `GET /configurationManager/prompts/system` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetCustomSystemPromptRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/prompts/system` request and hands it to [`PlatformSettingsApi::get_custom_system_prompt`].
pub async fn handle_get_custom_system_prompt<S: PlatformSettingsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getCustomSystemPrompt",
        path: "/configurationManager/prompts/system",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetCustomSystemPromptRequest::read,
            |request| service.get_custom_system_prompt(request),
        )
        .await
}

/// What a `PUT /configurationManager/prompts/system` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetCustomSystemPromptRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CustomSystemPrompt,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /configurationManager/prompts/system` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetCustomSystemPromptResponse {
    /// Status `200`: System prompt updated
    Ok,
    /// Status `400`: Invalid prompt
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for SetCustomSystemPromptResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl SetCustomSystemPromptRequest {
    /// Reads and checks a `PUT /configurationManager/prompts/system` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetCustomSystemPromptRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /configurationManager/prompts/system` request and hands it to [`PlatformSettingsApi::set_custom_system_prompt`].
pub async fn handle_set_custom_system_prompt<S: PlatformSettingsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setCustomSystemPrompt",
        path: "/configurationManager/prompts/system",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetCustomSystemPromptRequest::read,
            |request| service.set_custom_system_prompt(request),
        )
        .await
}
