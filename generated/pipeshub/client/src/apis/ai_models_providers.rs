//! Operations of the `AI Models Providers` API.
//!
//! Manage individual AI model providers - add, update, delete, and set defaults.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Get all AI model providers
    ///
    /// List all configured AI model providers with their configurations.
    ///
    /// `GET /configurationManager/ai-models` (operation `getAIModelsProviders`)
    pub fn get_ai_models_providers(
        &self,
    ) -> Call<'_, (), crate::models::AiModelsConfig, GetAiModelsProvidersError> {
        const OPERATION: Operation = Operation {
            id: "getAIModelsProviders",
            method: "GET",
            path: "/configurationManager/ai-models",
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
                        "/configurationManager/ai-models",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetAiModelsProvidersError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetAiModelsProvidersError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_ai_models_providers`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAiModelsProvidersError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAiModelsProvidersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAIModelsProviders", status, message)
    }
}
impl ::std::error::Error for GetAiModelsProvidersError {}

impl Client {
    /// Get models by type
    ///
    /// Get all configured models of a specific type.
    ///
    /// `GET /configurationManager/ai-models/{modelType}` (operation `getModelsByType`)
    ///
    /// # Arguments
    ///
    /// * `model_type`: path parameter `modelType`. Type of AI model
    pub fn get_models_by_type<'a>(
        &'a self,
        model_type: &'a crate::models::ModelType,
    ) -> Call<
        'a,
        GetModelsByTypeParams<'a>,
        crate::models::GetModelsByTypeResponse,
        GetModelsByTypeError,
    > {
        const OPERATION: Operation = Operation {
            id: "getModelsByType",
            method: "GET",
            path: "/configurationManager/ai-models/{modelType}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetModelsByTypeParams {
                model_type,
            },
            |client, params| {
                let GetModelsByTypeParams { model_type } = params;
                let path = format!(
                    "/configurationManager/ai-models/{}",
                    crate::runtime::path_param(
                        "modelType",
                        model_type,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetModelsByTypeError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetModelsByTypeError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_models_by_type`], kept in its [`Call`] until it is awaited.
pub struct GetModelsByTypeParams<'a> {
    model_type: &'a crate::models::ModelType,
}
/// Error responses of [`Client::get_models_by_type`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetModelsByTypeError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetModelsByTypeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getModelsByType", status, message)
    }
}
impl ::std::error::Error for GetModelsByTypeError {}

impl Client {
    /// Get available models for selection
    ///
    /// Get available models in a flattened format for UI selection dropdowns.
    ///
    /// `GET /configurationManager/ai-models/available/{modelType}` (operation `getAvailableModelsByType`)
    ///
    /// # Arguments
    ///
    /// * `model_type`: path parameter `modelType`
    pub fn get_available_models_by_type<'a>(
        &'a self,
        model_type: &'a crate::models::ModelType,
    ) -> Call<
        'a,
        GetAvailableModelsByTypeParams<'a>,
        crate::models::GetAvailableModelsByTypeResponse,
        GetAvailableModelsByTypeError,
    > {
        const OPERATION: Operation = Operation {
            id: "getAvailableModelsByType",
            method: "GET",
            path: "/configurationManager/ai-models/available/{modelType}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetAvailableModelsByTypeParams {
                model_type,
            },
            |client, params| {
                let GetAvailableModelsByTypeParams { model_type } = params;
                let path = format!(
                    "/configurationManager/ai-models/available/{}",
                    crate::runtime::path_param(
                        "modelType",
                        model_type,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetAvailableModelsByTypeError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetAvailableModelsByTypeError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_available_models_by_type`], kept in its [`Call`] until it is awaited.
pub struct GetAvailableModelsByTypeParams<'a> {
    model_type: &'a crate::models::ModelType,
}
/// Error responses of [`Client::get_available_models_by_type`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAvailableModelsByTypeError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAvailableModelsByTypeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAvailableModelsByType", status, message)
    }
}
impl ::std::error::Error for GetAvailableModelsByTypeError {}

impl Client {
    /// Add new AI model provider
    ///
    /// Add a new AI model provider configuration. Performs a health check before saving to verify connectivity. Supported providers: openai, anthropic, azure-openai, aws-bedrock, google-vertex, ollama, huggingface.
    ///
    /// `POST /configurationManager/ai-models/providers` (operation `addAIModelProvider`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Add new AI model provider
    pub fn add_ai_model_provider<'a>(
        &'a self,
        body: &'a crate::models::AddAiModelProviderRequest,
    ) -> Call<
        'a,
        AddAiModelProviderParams<'a>,
        crate::models::AiModelProviderResponse,
        AddAiModelProviderError,
    > {
        const OPERATION: Operation = Operation {
            id: "addAIModelProvider",
            method: "POST",
            path: "/configurationManager/ai-models/providers",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            AddAiModelProviderParams { body },
            |client, params| {
                let AddAiModelProviderParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/ai-models/providers",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(AddAiModelProviderError::BadRequest)),
                401 => Err(Error::Status(AddAiModelProviderError::Unauthorized)),
                403 => Err(Error::Status(AddAiModelProviderError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            AddAiModelProviderError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::add_ai_model_provider`], kept in its [`Call`] until it is awaited.
pub struct AddAiModelProviderParams<'a> {
    body: &'a crate::models::AddAiModelProviderRequest,
}
/// Error responses of [`Client::add_ai_model_provider`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AddAiModelProviderError {
    /// Status `400`: Invalid configuration or health check failed
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AddAiModelProviderError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "addAIModelProvider", status, message)
    }
}
impl ::std::error::Error for AddAiModelProviderError {}

impl Client {
    /// Update AI model provider
    ///
    /// Update an existing AI model provider configuration.
    ///
    /// `PUT /configurationManager/ai-models/providers/{modelType}/{modelKey}` (operation `updateAIModelProvider`)
    ///
    /// # Arguments
    ///
    /// * `model_type`: path parameter `modelType`
    /// * `model_key`: path parameter `modelKey`. Unique model key (UUID)
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_ai_model_provider<'a>(
        &'a self,
        model_type: &'a crate::models::ModelType,
        model_key: &'a str,
        body: &'a crate::models::UpdateAiModelProviderRequest,
    ) -> Call<'a, UpdateAiModelProviderParams<'a>, (), UpdateAiModelProviderError> {
        const OPERATION: Operation = Operation {
            id: "updateAIModelProvider",
            method: "PUT",
            path: "/configurationManager/ai-models/providers/{modelType}/{modelKey}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateAiModelProviderParams {
                model_type,
                model_key,
                body,
            },
            |client, params| {
                let UpdateAiModelProviderParams { model_type, model_key, body } = params;
                let path = format!(
                    "/configurationManager/ai-models/providers/{}/{}",
                    crate::runtime::path_param(
                        "modelType",
                        model_type,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "modelKey",
                        model_key,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(UpdateAiModelProviderError::BadRequest)),
                401 => Err(Error::Status(UpdateAiModelProviderError::Unauthorized)),
                403 => Err(Error::Status(UpdateAiModelProviderError::Forbidden)),
                404 => Err(Error::Status(UpdateAiModelProviderError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateAiModelProviderError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_ai_model_provider`], kept in its [`Call`] until it is awaited.
pub struct UpdateAiModelProviderParams<'a> {
    model_type: &'a crate::models::ModelType,
    model_key: &'a str,
    body: &'a crate::models::UpdateAiModelProviderRequest,
}
/// Error responses of [`Client::update_ai_model_provider`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateAiModelProviderError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Model provider not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateAiModelProviderError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateAIModelProvider", status, message)
    }
}
impl ::std::error::Error for UpdateAiModelProviderError {}

impl Client {
    /// Delete AI model provider
    ///
    /// Remove an AI model provider configuration. Cannot delete the default model if it's the only one.
    ///
    /// `DELETE /configurationManager/ai-models/providers/{modelType}/{modelKey}` (operation `deleteAIModelProvider`)
    ///
    /// # Arguments
    ///
    /// * `model_type`: path parameter `modelType`
    /// * `model_key`: path parameter `modelKey`
    pub fn delete_ai_model_provider<'a>(
        &'a self,
        model_type: &'a crate::models::ModelType,
        model_key: &'a str,
    ) -> Call<'a, DeleteAiModelProviderParams<'a>, (), DeleteAiModelProviderError> {
        const OPERATION: Operation = Operation {
            id: "deleteAIModelProvider",
            method: "DELETE",
            path: "/configurationManager/ai-models/providers/{modelType}/{modelKey}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteAiModelProviderParams {
                model_type,
                model_key,
            },
            |client, params| {
                let DeleteAiModelProviderParams { model_type, model_key } = params;
                let path = format!(
                    "/configurationManager/ai-models/providers/{}/{}",
                    crate::runtime::path_param(
                        "modelType",
                        model_type,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "modelKey",
                        model_key,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(DeleteAiModelProviderError::BadRequest)),
                401 => Err(Error::Status(DeleteAiModelProviderError::Unauthorized)),
                403 => Err(Error::Status(DeleteAiModelProviderError::Forbidden)),
                404 => Err(Error::Status(DeleteAiModelProviderError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteAiModelProviderError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_ai_model_provider`], kept in its [`Call`] until it is awaited.
pub struct DeleteAiModelProviderParams<'a> {
    model_type: &'a crate::models::ModelType,
    model_key: &'a str,
}
/// Error responses of [`Client::delete_ai_model_provider`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteAiModelProviderError {
    /// Status `400`: Cannot delete default model
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Model provider not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteAiModelProviderError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteAIModelProvider", status, message)
    }
}
impl ::std::error::Error for DeleteAiModelProviderError {}

impl Client {
    /// Set default AI model
    ///
    /// Set a model as the default for its type.
    ///
    /// `PUT /configurationManager/ai-models/default/{modelType}/{modelKey}` (operation `setDefaultAIModel`)
    ///
    /// # Arguments
    ///
    /// * `model_type`: path parameter `modelType`
    /// * `model_key`: path parameter `modelKey`
    pub fn set_default_ai_model<'a>(
        &'a self,
        model_type: &'a crate::models::ModelType,
        model_key: &'a str,
    ) -> Call<'a, SetDefaultAiModelParams<'a>, (), SetDefaultAiModelError> {
        const OPERATION: Operation = Operation {
            id: "setDefaultAIModel",
            method: "PUT",
            path: "/configurationManager/ai-models/default/{modelType}/{modelKey}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetDefaultAiModelParams {
                model_type,
                model_key,
            },
            |client, params| {
                let SetDefaultAiModelParams { model_type, model_key } = params;
                let path = format!(
                    "/configurationManager/ai-models/default/{}/{}",
                    crate::runtime::path_param(
                        "modelType",
                        model_type,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "modelKey",
                        model_key,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::PUT, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                401 => Err(Error::Status(SetDefaultAiModelError::Unauthorized)),
                403 => Err(Error::Status(SetDefaultAiModelError::Forbidden)),
                404 => Err(Error::Status(SetDefaultAiModelError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            SetDefaultAiModelError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_default_ai_model`], kept in its [`Call`] until it is awaited.
pub struct SetDefaultAiModelParams<'a> {
    model_type: &'a crate::models::ModelType,
    model_key: &'a str,
}
/// Error responses of [`Client::set_default_ai_model`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetDefaultAiModelError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Model not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetDefaultAiModelError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setDefaultAIModel", status, message)
    }
}
impl ::std::error::Error for SetDefaultAiModelError {}
