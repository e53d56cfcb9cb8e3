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
        ::std::vec::Vec<crate::models::AgentTemplate>,
        ListAgentTemplatesError,
    > {
        const OPERATION: Operation = Operation {
            id: "listAgentTemplates",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/agents/template");
        self.call(
            &OPERATION,
            request,
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
pub enum ListAgentTemplatesError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn create_agent_template(
        &self,
        body: &crate::models::CreateAgentTemplateBody,
    ) -> Call<'_, crate::models::AgentTemplate, CreateAgentTemplateError> {
        const OPERATION: Operation = Operation {
            id: "createAgentTemplate",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/agents/template");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::create_agent_template`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAgentTemplateError {
    /// Status `400`: Invalid template configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_agent_template(
        &self,
        template_id: &str,
    ) -> Call<'_, crate::models::AgentTemplate, GetAgentTemplateError> {
        const OPERATION: Operation = Operation {
            id: "getAgentTemplate",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/template/{}",
            crate::runtime::path_param("templateId", template_id, Style::Simple, false),
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
/// Error responses of [`Client::get_agent_template`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetAgentTemplateError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Template not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn update_agent_template(
        &self,
        template_id: &str,
        body: &crate::models::UpdateAgentTemplateBody,
    ) -> Call<'_, crate::models::AgentTemplate, UpdateAgentTemplateError> {
        const OPERATION: Operation = Operation {
            id: "updateAgentTemplate",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/template/{}",
            crate::runtime::path_param("templateId", template_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::update_agent_template`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateAgentTemplateError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only creator can update
    Forbidden,
    /// Status `404`: Template not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn delete_agent_template(
        &self,
        template_id: &str,
    ) -> Call<'_, (), DeleteAgentTemplateError> {
        const OPERATION: Operation = Operation {
            id: "deleteAgentTemplate",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/agents/template/{}",
            crate::runtime::path_param("templateId", template_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::delete_agent_template`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAgentTemplateError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Forbidden - Only creator can delete
    Forbidden,
    /// Status `404`: Template not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
