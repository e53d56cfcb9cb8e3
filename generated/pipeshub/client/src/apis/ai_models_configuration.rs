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
    ) -> Call<'_, (), crate::models::AiModelsConfig, GetAiModelsConfigError> {
        const OPERATION: Operation = Operation {
            id: "getAIModelsConfig",
            method: "GET",
            path: "/configurationManager/aiModelsConfig",
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
                        "/configurationManager/aiModelsConfig",
                    );
                Ok(request)
            },
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
#[non_exhaustive]
pub enum GetAiModelsConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAiModelsConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAIModelsConfig", status, message)
    }
}
impl ::std::error::Error for GetAiModelsConfigError {}

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
    pub fn create_ai_models_config<'a>(
        &'a self,
        body: &'a crate::models::AiModelsConfig,
    ) -> Call<'a, CreateAiModelsConfigParams<'a>, (), CreateAiModelsConfigError> {
        const OPERATION: Operation = Operation {
            id: "createAIModelsConfig",
            method: "POST",
            path: "/configurationManager/aiModelsConfig",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateAiModelsConfigParams { body },
            |client, params| {
                let CreateAiModelsConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/aiModelsConfig",
                    );
                request = request.json(body);
                Ok(request)
            },
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
/// The parameters of [`Client::create_ai_models_config`], kept in its [`Call`] until it is awaited.
pub struct CreateAiModelsConfigParams<'a> {
    body: &'a crate::models::AiModelsConfig,
}
/// Error responses of [`Client::create_ai_models_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateAiModelsConfigError {
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
impl ::std::fmt::Display for CreateAiModelsConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createAIModelsConfig", status, message)
    }
}
impl ::std::error::Error for CreateAiModelsConfigError {}
