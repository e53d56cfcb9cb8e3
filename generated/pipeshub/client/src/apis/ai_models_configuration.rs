//! Operations of the `AI Models Configuration` API.
//!
//! Configure AI model providers for LLM, embedding, OCR, SLM, reasoning, and multimodal capabilities.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Get all AI models configuration
    ///
    /// Retrieve all configured AI model providers grouped by type.
    ///
    /// `GET /configurationManager/aiModelsConfig` (operation `getAIModelsConfig`)
    pub fn get_ai_models_config(
        &self,
    ) -> Call<'_, crate::models::AiModelsConfig, GetAiModelsConfigError> {
        const OPERATION: Operation = Operation {
            id: "getAIModelsConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/aiModelsConfig",
            );
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetAiModelsConfigError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetAiModelsConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_ai_models_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetAiModelsConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Bulk create AI models configuration
    ///
    /// Configure multiple AI model providers at once. Performs health checks on each model before saving. Use this for initial setup - for individual model management, use /ai-models/providers endpoints.
    ///
    /// `POST /configurationManager/aiModelsConfig` (operation `createAIModelsConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Bulk create AI models configuration
    pub fn create_ai_models_config(
        &self,
        body: &crate::models::AiModelsConfig,
    ) -> Call<'_, (), CreateAiModelsConfigError> {
        const OPERATION: Operation = Operation {
            id: "createAIModelsConfig",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/configurationManager/aiModelsConfig",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(CreateAiModelsConfigError::BadRequest)),
                401 => Err(Error::Status(CreateAiModelsConfigError::Unauthorized)),
                403 => Err(Error::Status(CreateAiModelsConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            CreateAiModelsConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_ai_models_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAiModelsConfigError {
    /// Status `400`: Invalid configuration or health check failed
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
