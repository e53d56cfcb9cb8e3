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
    ) -> Call<'_, crate::models::AiModelsConfig, GetAiModelsProvidersError> {
        const OPERATION: Operation = Operation {
            id: "getAIModelsProviders",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/ai-models",
            );
        self.call(
            &OPERATION,
            request,
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
pub enum GetAiModelsProvidersError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_models_by_type(
        &self,
        model_type: &crate::models::ModelType,
    ) -> Call<'_, crate::models::GetModelsByTypeResponse, GetModelsByTypeError> {
        const OPERATION: Operation = Operation {
            id: "getModelsByType",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/configurationManager/ai-models/{}",
            crate::runtime::path_param("modelType", model_type, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_models_by_type`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetModelsByTypeError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_available_models_by_type(
        &self,
        model_type: &crate::models::ModelType,
    ) -> Call<
        '_,
        crate::models::GetAvailableModelsByTypeResponse,
        GetAvailableModelsByTypeError,
    > {
        const OPERATION: Operation = Operation {
            id: "getAvailableModelsByType",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/configurationManager/ai-models/available/{}",
            crate::runtime::path_param("modelType", model_type, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_available_models_by_type`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetAvailableModelsByTypeError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn add_ai_model_provider(
        &self,
        body: &crate::models::AddAiModelProviderRequest,
    ) -> Call<'_, crate::models::AiModelProviderResponse, AddAiModelProviderError> {
        const OPERATION: Operation = Operation {
            id: "addAIModelProvider",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/configurationManager/ai-models/providers",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::add_ai_model_provider`].
#[derive(Debug, Clone, PartialEq)]
pub enum AddAiModelProviderError {
    /// Status `400`: Invalid configuration or health check failed
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn update_ai_model_provider(
        &self,
        model_type: &crate::models::ModelType,
        model_key: &str,
        body: &crate::models::UpdateAiModelProviderRequest,
    ) -> Call<'_, (), UpdateAiModelProviderError> {
        const OPERATION: Operation = Operation {
            id: "updateAIModelProvider",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/configurationManager/ai-models/providers/{}/{}",
            crate::runtime::path_param("modelType", model_type, Style::Simple, false),
            crate::runtime::path_param("modelKey", model_key, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::update_ai_model_provider`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateAiModelProviderError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Model provider not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn delete_ai_model_provider(
        &self,
        model_type: &crate::models::ModelType,
        model_key: &str,
    ) -> Call<'_, (), DeleteAiModelProviderError> {
        const OPERATION: Operation = Operation {
            id: "deleteAIModelProvider",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/configurationManager/ai-models/providers/{}/{}",
            crate::runtime::path_param("modelType", model_type, Style::Simple, false),
            crate::runtime::path_param("modelKey", model_key, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::delete_ai_model_provider`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAiModelProviderError {
    /// Status `400`: Cannot delete default model
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Model provider not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn set_default_ai_model(
        &self,
        model_type: &crate::models::ModelType,
        model_key: &str,
    ) -> Call<'_, (), SetDefaultAiModelError> {
        const OPERATION: Operation = Operation {
            id: "setDefaultAIModel",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/configurationManager/ai-models/default/{}/{}",
            crate::runtime::path_param("modelType", model_type, Style::Simple, false),
            crate::runtime::path_param("modelKey", model_key, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::PUT, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::set_default_ai_model`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetDefaultAiModelError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Model not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
