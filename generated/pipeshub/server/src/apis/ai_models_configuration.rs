//! The `AI Models Configuration` API.
//!
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
/// Configure AI model providers for LLM, embedding, OCR, SLM, reasoning, and multimodal capabilities.
#[allow(unused_imports)]
use std::collections::BTreeMap;
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
    ) -> impl ::std::future::Future<Output = crate::Reply<GetAiModelsConfigResponse>> + Send;
    /// Bulk create AI models configuration
    ///
    /// Configure multiple AI model providers at once. Performs health checks on each model before saving. Use this for initial setup - for individual model management, use /ai-models/providers endpoints.
    ///
    /// `POST /configurationManager/aiModelsConfig` (operation `createAIModelsConfig`)
    fn create_ai_models_config(
        &self,
        request: CreateAiModelsConfigRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<CreateAiModelsConfigResponse>> + Send;
}
/// This API's routes alone, to combine with others: `serve(oidc::routes().merge(...), service)`.
pub fn routes<S: AiModelsConfigurationApi>() -> axum::Router<S> {
    axum::Router::new().route(
        "/configurationManager/aiModelsConfig",
        axum::routing::get(crate::apis::ai_models_configuration::handle_get_ai_models_config::<S>)
            .post(crate::apis::ai_models_configuration::handle_create_ai_models_config::<S>),
    )
}
/// What a `GET /configurationManager/aiModelsConfig` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAiModelsConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
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
            Self::Ok(body) => (
                StatusCode::from_u16(200).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                axum::Json(body),
            )
                .into_response(),
            Self::Unauthorized => StatusCode::from_u16(401)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
        }
    }
}
/// What a `POST /configurationManager/aiModelsConfig` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAiModelsConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::AiModelsConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
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
            Self::Ok => StatusCode::from_u16(200)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
            Self::BadRequest => StatusCode::from_u16(400)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
            Self::Unauthorized => StatusCode::from_u16(401)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
            Self::Forbidden => StatusCode::from_u16(403)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
        }
    }
}
impl GetAiModelsConfigRequest {
    /// Reads and checks a `GET /configurationManager/aiModelsConfig` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        _body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(GetAiModelsConfigRequest {
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `GET /configurationManager/aiModelsConfig` request and hands it to [`AiModelsConfigurationApi::get_ai_models_config`].
pub async fn handle_get_ai_models_config<S: AiModelsConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = Query::parse(query.as_deref());
    match GetAiModelsConfigRequest::read(&BTreeMap::new(), &query, &headers, &[]) {
        Ok(request) => service.get_ai_models_config(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}
impl CreateAiModelsConfigRequest {
    /// Reads and checks a `POST /configurationManager/aiModelsConfig` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(CreateAiModelsConfigRequest {
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `POST /configurationManager/aiModelsConfig` request and hands it to [`AiModelsConfigurationApi::create_ai_models_config`].
pub async fn handle_create_ai_models_config<S: AiModelsConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> Response {
    let body = match body {
        Ok(body) => body,
        Err(rejection) => {
            return runtime::rejected(
                rejection.status(),
                runtime::Location::Body,
                rejection.body_text(),
            );
        }
    };
    let query = Query::parse(query.as_deref());
    match CreateAiModelsConfigRequest::read(&BTreeMap::new(), &query, &headers, &body) {
        Ok(request) => service
            .create_ai_models_config(request)
            .await
            .into_response(),
        Err(problem) => problem.into_response(),
    }
}
