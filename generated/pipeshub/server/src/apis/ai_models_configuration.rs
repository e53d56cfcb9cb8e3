//! The `AI Models Configuration` API.
//!
//! Configure AI model providers for LLM, embedding, OCR, SLM, reasoning, and multimodal capabilities.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Configure AI model providers for LLM, embedding, OCR, SLM, reasoning, and multimodal capabilities.
pub trait AiModelsConfigurationApi: Clone + Send + Sync + 'static {
    /// Get all AI models configuration
    ///
    /// Retrieve all configured AI model providers grouped by type.
    ///
    /// `GET /configurationManager/aiModelsConfig` (operation `getAIModelsConfig`)
    fn get_ai_models_config(
        &self,
        request: GetAiModelsConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAiModelsConfigResponse>,
    > + Send;
    /// Bulk create AI models configuration
    ///
    /// Configure multiple AI model providers at once. Performs health checks on each model before saving. Use this for initial setup - for individual model management, use /ai-models/providers endpoints.
    ///
    /// `POST /configurationManager/aiModelsConfig` (operation `createAIModelsConfig`)
    fn create_ai_models_config(
        &self,
        request: CreateAiModelsConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateAiModelsConfigResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(ai_models_configuration::routes().merge(...), service)`.
pub fn routes<S: AiModelsConfigurationApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/configurationManager/aiModelsConfig",
            axum::routing::get(
                    crate::apis::ai_models_configuration::handle_get_ai_models_config::<
                        S,
                    >,
                )
                .post(
                    crate::apis::ai_models_configuration::handle_create_ai_models_config::<
                        S,
                    >,
                ),
        )
}

/// What a `GET /configurationManager/aiModelsConfig` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAiModelsConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/aiModelsConfig` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAiModelsConfigResponse {
    /// Status `200`: AI models configuration retrieved
    Ok(crate::models::AiModelsConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetAiModelsConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetAiModelsConfigRequest {
    /// Reads and checks a `GET /configurationManager/aiModelsConfig` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAiModelsConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/aiModelsConfig` request and hands it to [`AiModelsConfigurationApi::get_ai_models_config`].
pub async fn handle_get_ai_models_config<S: AiModelsConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAIModelsConfig",
        path: "/configurationManager/aiModelsConfig",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAiModelsConfigRequest::read,
            |request| service.get_ai_models_config(request),
        )
        .await
}

/// What a `POST /configurationManager/aiModelsConfig` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAiModelsConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::AiModelsConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/aiModelsConfig` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAiModelsConfigResponse {
    /// Status `200`: AI models configuration saved (includes health check results)
    Ok,
    /// Status `400`: Invalid configuration or health check failed
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for CreateAiModelsConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl CreateAiModelsConfigRequest {
    /// Reads and checks a `POST /configurationManager/aiModelsConfig` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateAiModelsConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/aiModelsConfig` request and hands it to [`AiModelsConfigurationApi::create_ai_models_config`].
pub async fn handle_create_ai_models_config<S: AiModelsConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createAIModelsConfig",
        path: "/configurationManager/aiModelsConfig",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateAiModelsConfigRequest::read,
            |request| service.create_ai_models_config(request),
        )
        .await
}
