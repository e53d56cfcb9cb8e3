//! Operations of the `Agent Templates` API.
//!
//! Reusable templates for creating AI agents with predefined configurations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    pub fn list_agent_templates(
        &self,
    ) -> Call<
        '_,
        (),
        ::std::vec::Vec<crate::models::AgentTemplate>,
        ListAgentTemplatesError,
    > {
        const OPERATION: Operation = Operation {
            id: "listAgentTemplates",
            method: "GET",
            path: "/agents/template",
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
                    .request(&OPERATION, ::reqwest::Method::GET, "/agents/template");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ListAgentTemplatesError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            ListAgentTemplatesError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_agent_templates`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListAgentTemplatesError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListAgentTemplatesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listAgentTemplates", status, message)
    }
}
impl ::std::error::Error for ListAgentTemplatesError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_agent_template<'a>(
        &'a self,
        body: &'a crate::models::CreateAgentTemplateBody,
    ) -> Call<
        'a,
        CreateAgentTemplateParams<'a>,
        crate::models::AgentTemplate,
        CreateAgentTemplateError,
    > {
        const OPERATION: Operation = Operation {
            id: "createAgentTemplate",
            method: "POST",
            path: "/agents/template",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateAgentTemplateParams { body },
            |client, params| {
                let CreateAgentTemplateParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/agents/template");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateAgentTemplateError::BadRequest)),
                401 => Err(Error::Status(CreateAgentTemplateError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            CreateAgentTemplateError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_agent_template`], kept in its [`Call`] until it is awaited.
pub struct CreateAgentTemplateParams<'a> {
    body: &'a crate::models::CreateAgentTemplateBody,
}
/// Error responses of [`Client::create_agent_template`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateAgentTemplateError {
    /// Status `400`: Invalid template configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateAgentTemplateError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createAgentTemplate", status, message)
    }
}
impl ::std::error::Error for CreateAgentTemplateError {}

impl Client {
    /// Get agent template
    ///
    /// Retrieve a specific agent template by ID.
    ///
    /// `GET /agents/template/{templateId}` (operation `getAgentTemplate`)
    ///
    /// # Arguments
    ///
    /// * `template_id`: path parameter `templateId`. Template identifier
    pub fn get_agent_template<'a>(
        &'a self,
        template_id: &'a str,
    ) -> Call<
        'a,
        GetAgentTemplateParams<'a>,
        crate::models::AgentTemplate,
        GetAgentTemplateError,
    > {
        const OPERATION: Operation = Operation {
            id: "getAgentTemplate",
            method: "GET",
            path: "/agents/template/{templateId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetAgentTemplateParams {
                template_id,
            },
            |client, params| {
                let GetAgentTemplateParams { template_id } = params;
                let path = format!(
                    "/agents/template/{}",
                    crate::runtime::path_param(
                        "templateId",
                        template_id,
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
                401 => Err(Error::Status(GetAgentTemplateError::Unauthorized)),
                404 => Err(Error::Status(GetAgentTemplateError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetAgentTemplateError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_agent_template`], kept in its [`Call`] until it is awaited.
pub struct GetAgentTemplateParams<'a> {
    template_id: &'a str,
}
/// Error responses of [`Client::get_agent_template`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAgentTemplateError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Template not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAgentTemplateError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAgentTemplate", status, message)
    }
}
impl ::std::error::Error for GetAgentTemplateError {}

impl Client {
    /// Update agent template
    ///
    /// Update an existing agent template.<br><br>
    /// <b>Permissions:</b><br>
    /// Only the template creator can update it.
    ///
    /// `PUT /agents/template/{templateId}` (operation `updateAgentTemplate`)
    ///
    /// # Arguments
    ///
    /// * `template_id`: path parameter `templateId`
    /// * `body`: request body, sent as `application/json`. Request body for Update agent template
    pub fn update_agent_template<'a>(
        &'a self,
        template_id: &'a str,
        body: &'a crate::models::UpdateAgentTemplateBody,
    ) -> Call<
        'a,
        UpdateAgentTemplateParams<'a>,
        crate::models::AgentTemplate,
        UpdateAgentTemplateError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateAgentTemplate",
            method: "PUT",
            path: "/agents/template/{templateId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateAgentTemplateParams {
                template_id,
                body,
            },
            |client, params| {
                let UpdateAgentTemplateParams { template_id, body } = params;
                let path = format!(
                    "/agents/template/{}",
                    crate::runtime::path_param(
                        "templateId",
                        template_id,
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
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(UpdateAgentTemplateError::Unauthorized)),
                403 => Err(Error::Status(UpdateAgentTemplateError::Forbidden)),
                404 => Err(Error::Status(UpdateAgentTemplateError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateAgentTemplateError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_agent_template`], kept in its [`Call`] until it is awaited.
pub struct UpdateAgentTemplateParams<'a> {
    template_id: &'a str,
    body: &'a crate::models::UpdateAgentTemplateBody,
}
/// Error responses of [`Client::update_agent_template`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateAgentTemplateError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only creator can update
    Forbidden,
    /// Status `404`: Template not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateAgentTemplateError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateAgentTemplate", status, message)
    }
}
impl ::std::error::Error for UpdateAgentTemplateError {}

impl Client {
    /// Delete agent template
    ///
    /// Delete an agent template.<br><br>
    /// <b>Note:</b><br>
    /// Existing agents created from this template are not affected.
    ///
    /// `DELETE /agents/template/{templateId}` (operation `deleteAgentTemplate`)
    ///
    /// # Arguments
    ///
    /// * `template_id`: path parameter `templateId`
    pub fn delete_agent_template<'a>(
        &'a self,
        template_id: &'a str,
    ) -> Call<'a, DeleteAgentTemplateParams<'a>, (), DeleteAgentTemplateError> {
        const OPERATION: Operation = Operation {
            id: "deleteAgentTemplate",
            method: "DELETE",
            path: "/agents/template/{templateId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteAgentTemplateParams {
                template_id,
            },
            |client, params| {
                let DeleteAgentTemplateParams { template_id } = params;
                let path = format!(
                    "/agents/template/{}",
                    crate::runtime::path_param(
                        "templateId",
                        template_id,
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
                401 => Err(Error::Status(DeleteAgentTemplateError::Unauthorized)),
                403 => Err(Error::Status(DeleteAgentTemplateError::Forbidden)),
                404 => Err(Error::Status(DeleteAgentTemplateError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteAgentTemplateError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_agent_template`], kept in its [`Call`] until it is awaited.
pub struct DeleteAgentTemplateParams<'a> {
    template_id: &'a str,
}
/// Error responses of [`Client::delete_agent_template`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteAgentTemplateError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only creator can delete
    Forbidden,
    /// Status `404`: Template not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteAgentTemplateError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteAgentTemplate", status, message)
    }
}
impl ::std::error::Error for DeleteAgentTemplateError {}
