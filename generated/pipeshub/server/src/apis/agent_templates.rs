//! The `Agent Templates` API.
//!
//! Reusable templates for creating AI agents with predefined configurations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Reusable templates for creating AI agents with predefined configurations
pub trait AgentTemplatesApi: Clone + Send + Sync + 'static {
    /// List agent templates
    ///
    /// Retrieve all available agent templates.<br><br>
    /// <b>Overview:</b><br>
    /// Agent templates provide pre-configured starting points for creating
    /// custom AI agents. Templates include system prompts, recommended tools,
    /// and configuration schemas.<br><br>
    /// <b>Template Types:</b><br>
    /// <ul>
    /// <li>Public templates available to all organization users</li>
    /// <li>Private templates created by individual users</li>
    /// </ul>
    ///
    /// `GET /agents/template` (operation `listAgentTemplates`)
    fn list_agent_templates(
        &self,
        request: ListAgentTemplatesRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListAgentTemplatesResponse>,
    > + Send;
    /// Create agent template
    ///
    /// Create a new reusable agent template.<br><br>
    /// <b>Overview:</b><br>
    /// Templates define the base configuration for agents including
    /// system prompts, tool recommendations, and customization options.<br><br>
    /// <b>Template Components:</b><br>
    /// <ul>
    /// <li><b>System prompt:</b> Default instructions for agents</li>
    /// <li><b>Recommended tools:</b> Suggested tool integrations</li>
    /// <li><b>Config schema:</b> JSON Schema for customization options</li>
    /// </ul>
    ///
    /// `POST /agents/template` (operation `createAgentTemplate`)
    fn create_agent_template(
        &self,
        request: CreateAgentTemplateRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateAgentTemplateResponse>,
    > + Send;
    /// Get agent template
    ///
    /// Retrieve a specific agent template by ID.
    ///
    /// `GET /agents/template/{templateId}` (operation `getAgentTemplate`)
    fn get_agent_template(
        &self,
        request: GetAgentTemplateRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAgentTemplateResponse>,
    > + Send;
    /// Update agent template
    ///
    /// Update an existing agent template.<br><br>
    /// <b>Permissions:</b><br>
    /// Only the template creator can update it.
    ///
    /// `PUT /agents/template/{templateId}` (operation `updateAgentTemplate`)
    fn update_agent_template(
        &self,
        request: UpdateAgentTemplateRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateAgentTemplateResponse>,
    > + Send;
    /// Delete agent template
    ///
    /// Delete an agent template.<br><br>
    /// <b>Note:</b><br>
    /// Existing agents created from this template are not affected.
    ///
    /// `DELETE /agents/template/{templateId}` (operation `deleteAgentTemplate`)
    fn delete_agent_template(
        &self,
        request: DeleteAgentTemplateRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteAgentTemplateResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(agent_templates::routes().merge(...), service)`.
pub fn routes<S: AgentTemplatesApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/agents/template",
            axum::routing::get(
                    crate::apis::agent_templates::handle_list_agent_templates::<S>,
                )
                .post(crate::apis::agent_templates::handle_create_agent_template::<S>),
        );
    routes
        .route(
            "/agents/template/{p0}",
            axum::routing::get(
                    crate::apis::agent_templates::handle_get_agent_template::<S>,
                )
                .put(crate::apis::agent_templates::handle_update_agent_template::<S>)
                .delete(crate::apis::agent_templates::handle_delete_agent_template::<S>),
        )
}

/// What a `GET /agents/template` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListAgentTemplatesRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /agents/template` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListAgentTemplatesResponse {
    /// Status `200`: List of agent templates
    Ok(::std::vec::Vec<crate::models::AgentTemplate>),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ListAgentTemplatesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListAgentTemplatesRequest {
    /// Reads and checks a `GET /agents/template` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListAgentTemplatesRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /agents/template` request and hands it to [`AgentTemplatesApi::list_agent_templates`].
pub async fn handle_list_agent_templates<S: AgentTemplatesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listAgentTemplates",
        path: "/agents/template",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListAgentTemplatesRequest::read,
            |request| service.list_agent_templates(request),
        )
        .await
}

/// What a `POST /agents/template` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAgentTemplateRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateAgentTemplateBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /agents/template` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAgentTemplateResponse {
    /// Status `201`: Template created
    Created(crate::models::AgentTemplate),
    /// Status `400`: Invalid template configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for CreateAgentTemplateResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl CreateAgentTemplateRequest {
    /// Reads and checks a `POST /agents/template` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateAgentTemplateRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /agents/template` request and hands it to [`AgentTemplatesApi::create_agent_template`].
pub async fn handle_create_agent_template<S: AgentTemplatesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createAgentTemplate",
        path: "/agents/template",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateAgentTemplateRequest::read,
            |request| service.create_agent_template(request),
        )
        .await
}

/// What a `GET /agents/template/{templateId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAgentTemplateRequest {
    /// path parameter `templateId`.
    ///
    /// Template identifier
    pub template_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /agents/template/{templateId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAgentTemplateResponse {
    /// Status `200`: Template details
    Ok(crate::models::AgentTemplate),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Template not found
    NotFound,
}
impl IntoResponse for GetAgentTemplateResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetAgentTemplateRequest {
    /// Reads and checks a `GET /agents/template/{templateId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAgentTemplateRequest {
            template_id: runtime::path_param(path, "p0", "templateId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /agents/template/{templateId}` request and hands it to [`AgentTemplatesApi::get_agent_template`].
pub async fn handle_get_agent_template<S: AgentTemplatesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAgentTemplate",
        path: "/agents/template/{templateId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAgentTemplateRequest::read,
            |request| service.get_agent_template(request),
        )
        .await
}

/// What a `PUT /agents/template/{templateId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateAgentTemplateRequest {
    /// path parameter `templateId`.
    pub template_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateAgentTemplateBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /agents/template/{templateId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateAgentTemplateResponse {
    /// Status `200`: Template updated
    Ok(crate::models::AgentTemplate),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only creator can update
    Forbidden,
    /// Status `404`: Template not found
    NotFound,
}
impl IntoResponse for UpdateAgentTemplateResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateAgentTemplateRequest {
    /// Reads and checks a `PUT /agents/template/{templateId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateAgentTemplateRequest {
            template_id: runtime::path_param(path, "p0", "templateId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /agents/template/{templateId}` request and hands it to [`AgentTemplatesApi::update_agent_template`].
pub async fn handle_update_agent_template<S: AgentTemplatesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateAgentTemplate",
        path: "/agents/template/{templateId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateAgentTemplateRequest::read,
            |request| service.update_agent_template(request),
        )
        .await
}

/// What a `DELETE /agents/template/{templateId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAgentTemplateRequest {
    /// path parameter `templateId`.
    pub template_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /agents/template/{templateId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAgentTemplateResponse {
    /// Status `200`: Template deleted
    Ok,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only creator can delete
    Forbidden,
    /// Status `404`: Template not found
    NotFound,
}
impl IntoResponse for DeleteAgentTemplateResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteAgentTemplateRequest {
    /// Reads and checks a `DELETE /agents/template/{templateId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteAgentTemplateRequest {
            template_id: runtime::path_param(path, "p0", "templateId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /agents/template/{templateId}` request and hands it to [`AgentTemplatesApi::delete_agent_template`].
pub async fn handle_delete_agent_template<S: AgentTemplatesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteAgentTemplate",
        path: "/agents/template/{templateId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteAgentTemplateRequest::read,
            |request| service.delete_agent_template(request),
        )
        .await
}
