//! The `AI Models Providers` API.
//!
//! Manage individual AI model providers - add, update, delete, and set defaults.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Manage individual AI model providers - add, update, delete, and set defaults.
pub trait AiModelsProvidersApi: Clone + Send + Sync + 'static {
    /// Get all AI model providers
    ///
    /// List all configured AI model providers with their configurations.
    ///
    /// `GET /configurationManager/ai-models` (operation `getAIModelsProviders`)
    fn get_ai_models_providers(
        &self,
        request: GetAiModelsProvidersRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAiModelsProvidersResponse>,
    > + Send;
    /// Get models by type
    ///
    /// Get all configured models of a specific type.
    ///
    /// `GET /configurationManager/ai-models/{modelType}` (operation `getModelsByType`)
    fn get_models_by_type(
        &self,
        request: GetModelsByTypeRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetModelsByTypeResponse>,
    > + Send;
    /// Get available models for selection
    ///
    /// Get available models in a flattened format for UI selection dropdowns.
    ///
    /// `GET /configurationManager/ai-models/available/{modelType}` (operation `getAvailableModelsByType`)
    fn get_available_models_by_type(
        &self,
        request: GetAvailableModelsByTypeRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAvailableModelsByTypeResponse>,
    > + Send;
    /// Add new AI model provider
    ///
    /// Add a new AI model provider configuration. Performs a health check before saving to verify connectivity. Supported providers: openai, anthropic, azure-openai, aws-bedrock, google-vertex, ollama, huggingface.
    ///
    /// `POST /configurationManager/ai-models/providers` (operation `addAIModelProvider`)
    fn add_ai_model_provider(
        &self,
        request: AddAiModelProviderRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<AddAiModelProviderResponse>,
    > + Send;
    /// Update AI model provider
    ///
    /// Update an existing AI model provider configuration.
    ///
    /// `PUT /configurationManager/ai-models/providers/{modelType}/{modelKey}` (operation `updateAIModelProvider`)
    fn update_ai_model_provider(
        &self,
        request: UpdateAiModelProviderRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateAiModelProviderResponse>,
    > + Send;
    /// Delete AI model provider
    ///
    /// Remove an AI model provider configuration. Cannot delete the default model if it's the only one.
    ///
    /// `DELETE /configurationManager/ai-models/providers/{modelType}/{modelKey}` (operation `deleteAIModelProvider`)
    fn delete_ai_model_provider(
        &self,
        request: DeleteAiModelProviderRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteAiModelProviderResponse>,
    > + Send;
    /// Set default AI model
    ///
    /// Set a model as the default for its type.
    ///
    /// `PUT /configurationManager/ai-models/default/{modelType}/{modelKey}` (operation `setDefaultAIModel`)
    fn set_default_ai_model(
        &self,
        request: SetDefaultAiModelRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetDefaultAiModelResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(ai_models_providers::routes().merge(...), service)`.
pub fn routes<S: AiModelsProvidersApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/configurationManager/ai-models",
            axum::routing::get(
                crate::apis::ai_models_providers::handle_get_ai_models_providers::<S>,
            ),
        );
    let routes = routes
        .route(
            "/configurationManager/ai-models/available/{p0}",
            axum::routing::get(
                crate::apis::ai_models_providers::handle_get_available_models_by_type::<
                    S,
                >,
            ),
        );
    let routes = routes
        .route(
            "/configurationManager/ai-models/default/{p0}/{p1}",
            axum::routing::put(
                crate::apis::ai_models_providers::handle_set_default_ai_model::<S>,
            ),
        );
    let routes = routes
        .route(
            "/configurationManager/ai-models/providers",
            axum::routing::post(
                crate::apis::ai_models_providers::handle_add_ai_model_provider::<S>,
            ),
        );
    let routes = routes
        .route(
            "/configurationManager/ai-models/providers/{p0}/{p1}",
            axum::routing::put(
                    crate::apis::ai_models_providers::handle_update_ai_model_provider::<
                        S,
                    >,
                )
                .delete(
                    crate::apis::ai_models_providers::handle_delete_ai_model_provider::<
                        S,
                    >,
                ),
        );
    routes
        .route(
            "/configurationManager/ai-models/{p0}",
            axum::routing::get(
                crate::apis::ai_models_providers::handle_get_models_by_type::<S>,
            ),
        )
}

/// What a `GET /configurationManager/ai-models` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAiModelsProvidersRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/ai-models` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAiModelsProvidersResponse {
    /// Status `200`: AI model providers retrieved
    Ok(crate::models::AiModelsConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetAiModelsProvidersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetAiModelsProvidersRequest {
    /// Reads and checks a `GET /configurationManager/ai-models` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAiModelsProvidersRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/ai-models` request and hands it to [`AiModelsProvidersApi::get_ai_models_providers`].
pub async fn handle_get_ai_models_providers<S: AiModelsProvidersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAIModelsProviders",
        path: "/configurationManager/ai-models",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAiModelsProvidersRequest::read,
            |request| service.get_ai_models_providers(request),
        )
        .await
}

/// What a `GET /configurationManager/ai-models/{modelType}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetModelsByTypeRequest {
    /// path parameter `modelType`.
    ///
    /// Type of AI model
    pub model_type: crate::models::ModelType,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/ai-models/{modelType}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetModelsByTypeResponse {
    /// Status `200`: Models retrieved
    Ok(crate::models::GetModelsByTypeResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetModelsByTypeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetModelsByTypeRequest {
    /// Reads and checks a `GET /configurationManager/ai-models/{modelType}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetModelsByTypeRequest {
            model_type: runtime::path_param(path, "p0", "modelType")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/ai-models/{modelType}` request and hands it to [`AiModelsProvidersApi::get_models_by_type`].
pub async fn handle_get_models_by_type<S: AiModelsProvidersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getModelsByType",
        path: "/configurationManager/ai-models/{modelType}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetModelsByTypeRequest::read,
            |request| service.get_models_by_type(request),
        )
        .await
}

/// What a `GET /configurationManager/ai-models/available/{modelType}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAvailableModelsByTypeRequest {
    /// path parameter `modelType`.
    pub model_type: crate::models::ModelType,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/ai-models/available/{modelType}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAvailableModelsByTypeResponse {
    /// Status `200`: Available models retrieved
    Ok(crate::models::GetAvailableModelsByTypeResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetAvailableModelsByTypeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetAvailableModelsByTypeRequest {
    /// Reads and checks a `GET /configurationManager/ai-models/available/{modelType}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAvailableModelsByTypeRequest {
            model_type: runtime::path_param(path, "p0", "modelType")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/ai-models/available/{modelType}` request and hands it to [`AiModelsProvidersApi::get_available_models_by_type`].
pub async fn handle_get_available_models_by_type<S: AiModelsProvidersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAvailableModelsByType",
        path: "/configurationManager/ai-models/available/{modelType}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAvailableModelsByTypeRequest::read,
            |request| service.get_available_models_by_type(request),
        )
        .await
}

/// What a `POST /configurationManager/ai-models/providers` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AddAiModelProviderRequest {
    /// The request body (`application/json`).
    pub body: crate::models::AddAiModelProviderRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/ai-models/providers` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AddAiModelProviderResponse {
    /// Status `201`: AI model provider added successfully
    Created(crate::models::AiModelProviderResponse),
    /// Status `400`: Invalid configuration or health check failed
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for AddAiModelProviderResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl AddAiModelProviderRequest {
    /// Reads and checks a `POST /configurationManager/ai-models/providers` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(AddAiModelProviderRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/ai-models/providers` request and hands it to [`AiModelsProvidersApi::add_ai_model_provider`].
pub async fn handle_add_ai_model_provider<S: AiModelsProvidersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "addAIModelProvider",
        path: "/configurationManager/ai-models/providers",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AddAiModelProviderRequest::read,
            |request| service.add_ai_model_provider(request),
        )
        .await
}

/// What a `PUT /configurationManager/ai-models/providers/{modelType}/{modelKey}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateAiModelProviderRequest {
    /// path parameter `modelType`.
    pub model_type: crate::models::ModelType,
    /// path parameter `modelKey`.
    ///
    /// Unique model key (UUID)
    pub model_key: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateAiModelProviderRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /configurationManager/ai-models/providers/{modelType}/{modelKey}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateAiModelProviderResponse {
    /// Status `200`: AI model provider updated
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Model provider not found
    NotFound,
}
impl IntoResponse for UpdateAiModelProviderResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateAiModelProviderRequest {
    /// Reads and checks a `PUT /configurationManager/ai-models/providers/{modelType}/{modelKey}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateAiModelProviderRequest {
            model_type: runtime::path_param(path, "p0", "modelType")?,
            model_key: runtime::path_param(path, "p1", "modelKey")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /configurationManager/ai-models/providers/{modelType}/{modelKey}` request and hands it to [`AiModelsProvidersApi::update_ai_model_provider`].
pub async fn handle_update_ai_model_provider<S: AiModelsProvidersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateAIModelProvider",
        path: "/configurationManager/ai-models/providers/{modelType}/{modelKey}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateAiModelProviderRequest::read,
            |request| service.update_ai_model_provider(request),
        )
        .await
}

/// What a `DELETE /configurationManager/ai-models/providers/{modelType}/{modelKey}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAiModelProviderRequest {
    /// path parameter `modelType`.
    pub model_type: crate::models::ModelType,
    /// path parameter `modelKey`.
    pub model_key: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /configurationManager/ai-models/providers/{modelType}/{modelKey}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAiModelProviderResponse {
    /// Status `200`: AI model provider deleted
    Ok,
    /// Status `400`: Cannot delete default model
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Model provider not found
    NotFound,
}
impl IntoResponse for DeleteAiModelProviderResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteAiModelProviderRequest {
    /// Reads and checks a `DELETE /configurationManager/ai-models/providers/{modelType}/{modelKey}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteAiModelProviderRequest {
            model_type: runtime::path_param(path, "p0", "modelType")?,
            model_key: runtime::path_param(path, "p1", "modelKey")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /configurationManager/ai-models/providers/{modelType}/{modelKey}` request and hands it to [`AiModelsProvidersApi::delete_ai_model_provider`].
pub async fn handle_delete_ai_model_provider<S: AiModelsProvidersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteAIModelProvider",
        path: "/configurationManager/ai-models/providers/{modelType}/{modelKey}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteAiModelProviderRequest::read,
            |request| service.delete_ai_model_provider(request),
        )
        .await
}

/// What a `PUT /configurationManager/ai-models/default/{modelType}/{modelKey}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetDefaultAiModelRequest {
    /// path parameter `modelType`.
    pub model_type: crate::models::ModelType,
    /// path parameter `modelKey`.
    pub model_key: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /configurationManager/ai-models/default/{modelType}/{modelKey}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetDefaultAiModelResponse {
    /// Status `200`: Default model updated
    Ok,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Model not found
    NotFound,
}
impl IntoResponse for SetDefaultAiModelResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl SetDefaultAiModelRequest {
    /// Reads and checks a `PUT /configurationManager/ai-models/default/{modelType}/{modelKey}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetDefaultAiModelRequest {
            model_type: runtime::path_param(path, "p0", "modelType")?,
            model_key: runtime::path_param(path, "p1", "modelKey")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /configurationManager/ai-models/default/{modelType}/{modelKey}` request and hands it to [`AiModelsProvidersApi::set_default_ai_model`].
pub async fn handle_set_default_ai_model<S: AiModelsProvidersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setDefaultAIModel",
        path: "/configurationManager/ai-models/default/{modelType}/{modelKey}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetDefaultAiModelRequest::read,
            |request| service.set_default_ai_model(request),
        )
        .await
}
