//! Operations of the `project` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Returns the Ory Network Project selected in the Ory Network Console
    ///
    /// Use this API to get your active project in the Ory Network Console UI.
    ///
    /// `GET /console/active/project` (operation `getActiveProjectInConsole`)
    pub fn get_active_project_in_console(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::ActiveProjectInConsole,
        GetActiveProjectInConsoleError,
    > {
        const OPERATION: Operation = Operation {
            id: "getActiveProjectInConsole",
            method: "GET",
            path: "/console/active/project",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
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
                        "/console/active/project",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                GetActiveProjectInConsoleError::Unauthorized,
                                GetActiveProjectInConsoleError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetActiveProjectInConsoleError::Default {
                                    status,
                                    body,
                                },
                                GetActiveProjectInConsoleError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_active_project_in_console`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetActiveProjectInConsoleError {
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetActiveProjectInConsoleError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getActiveProjectInConsole", status, message)
    }
}
impl ::std::error::Error for GetActiveProjectInConsoleError {}

impl Client {
    /// Sets the Ory Network Project active in the Ory Network Console
    ///
    /// Use this API to set your active project in the Ory Network Console UI.
    ///
    /// `PUT /console/active/project` (operation `setActiveProjectInConsole`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`SetActiveProjectInConsoleParams`\]).
    pub fn set_active_project_in_console(
        &self,
    ) -> Call<
        '_,
        SetActiveProjectInConsoleParams<'_>,
        (),
        SetActiveProjectInConsoleError,
    > {
        const OPERATION: Operation = Operation {
            id: "setActiveProjectInConsole",
            method: "PUT",
            path: "/console/active/project",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetActiveProjectInConsoleParams {
                body: None,
            },
            |client, params| {
                let SetActiveProjectInConsoleParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PUT,
                        "/console/active/project",
                    );
                if let Some(body) = body {
                    request = request.json(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                401 => {
                    Err(
                        received
                            .error_json(
                                SetActiveProjectInConsoleError::Unauthorized,
                                SetActiveProjectInConsoleError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| SetActiveProjectInConsoleError::Default {
                                    status,
                                    body,
                                },
                                SetActiveProjectInConsoleError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_active_project_in_console`], kept in its [`Call`] until it is awaited.
pub struct SetActiveProjectInConsoleParams<'a> {
    body: ::std::option::Option<&'a crate::models::SetActiveProjectInConsoleBody>,
}
impl<'a, T, E> Call<'a, SetActiveProjectInConsoleParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(
        mut self,
        body: &'a crate::models::SetActiveProjectInConsoleBody,
    ) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::set_active_project_in_console`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetActiveProjectInConsoleError {
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetActiveProjectInConsoleError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setActiveProjectInConsole", status, message)
    }
}
impl ::std::error::Error for SetActiveProjectInConsoleError {}

impl Client {
    /// List All Projects
    ///
    /// Lists all projects you have access to.
    ///
    /// `GET /projects` (operation `listProjects`)
    pub fn list_projects(
        &self,
    ) -> Call<'_, (), crate::models::ProjectMetadataList, ListProjectsError> {
        const OPERATION: Operation = Operation {
            id: "listProjects",
            method: "GET",
            path: "/projects",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/projects");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                ListProjectsError::Unauthorized,
                                ListProjectsError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                ListProjectsError::Forbidden,
                                ListProjectsError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                ListProjectsError::NotFound,
                                ListProjectsError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| ListProjectsError::Default {
                                    status,
                                    body,
                                },
                                ListProjectsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_projects`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListProjectsError {
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListProjectsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listProjects", status, message)
    }
}
impl ::std::error::Error for ListProjectsError {}

impl Client {
    /// Create a Project
    ///
    /// Creates a new project.
    ///
    /// `POST /projects` (operation `createProject`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateProjectParams`\]).
    pub fn create_project(
        &self,
    ) -> Call<'_, CreateProjectParams<'_>, crate::models::Project, CreateProjectError> {
        const OPERATION: Operation = Operation {
            id: "createProject",
            method: "POST",
            path: "/projects",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateProjectParams { body: None },
            |client, params| {
                let CreateProjectParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/projects");
                if let Some(body) = body {
                    request = request.json(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                CreateProjectError::Unauthorized,
                                CreateProjectError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                CreateProjectError::Forbidden,
                                CreateProjectError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                CreateProjectError::NotFound,
                                CreateProjectError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateProjectError::Default {
                                    status,
                                    body,
                                },
                                CreateProjectError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_project`], kept in its [`Call`] until it is awaited.
pub struct CreateProjectParams<'a> {
    body: ::std::option::Option<&'a crate::models::CreateProjectBody>,
}
impl<'a, T, E> Call<'a, CreateProjectParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::CreateProjectBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::create_project`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateProjectError {
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateProjectError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createProject", status, message)
    }
}
impl ::std::error::Error for CreateProjectError {}

impl Client {
    /// Get a Project
    ///
    /// Get a projects you have access to by its ID.
    ///
    /// `GET /projects/{project_id}` (operation `getProject`)
    ///
    /// # Arguments
    ///
    /// * `project_id`: path parameter `project_id`. Project ID  The project's ID.
    pub fn get_project<'a>(
        &'a self,
        project_id: &'a str,
    ) -> Call<'a, GetProjectParams<'a>, crate::models::Project, GetProjectError> {
        const OPERATION: Operation = Operation {
            id: "getProject",
            method: "GET",
            path: "/projects/{project_id}",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetProjectParams { project_id },
            |client, params| {
                let GetProjectParams { project_id } = params;
                let path = format!(
                    "/projects/{}",
                    crate::runtime::path_param(
                        "project_id",
                        project_id,
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
                401 => {
                    Err(
                        received
                            .error_json(
                                GetProjectError::Unauthorized,
                                GetProjectError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                GetProjectError::Forbidden,
                                GetProjectError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                GetProjectError::NotFound,
                                GetProjectError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetProjectError::Default {
                                    status,
                                    body,
                                },
                                GetProjectError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_project`], kept in its [`Call`] until it is awaited.
pub struct GetProjectParams<'a> {
    project_id: &'a str,
}
/// Error responses of [`Client::get_project`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetProjectError {
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetProjectError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getProject", status, message)
    }
}
impl ::std::error::Error for GetProjectError {}

impl Client {
    /// Update an Ory Network Project Configuration
    ///
    /// This endpoints allows you to update the Ory Network project configuration for
    /// individual services (identity, permission, ...). The configuration is fully compatible
    /// with the open source projects for the respective services (e.g. Ory Kratos for Identity, Ory Keto for Permissions).
    ///
    /// This endpoint expects the `version` key to be set in the payload. If it is unset, it
    /// will try to import the config as if it is from the most recent version.
    ///
    /// If you have an older version of a configuration, you should set the version key in the payload!
    ///
    /// While this endpoint is able to process all configuration items related to features (e.g. password reset),
    /// it does not support operational configuration items (e.g. port, tracing, logging) otherwise available in the
    /// open source.
    ///
    /// For configuration items that can not be translated to the Ory Network, this endpoint will return a list of warnings
    /// to help you understand which parts of your config could not be processed.
    ///
    /// Be aware that updating any service's configuration will completely override your current configuration for that
    /// service!
    ///
    /// `PUT /projects/{project_id}` (operation `setProject`)
    ///
    /// # Arguments
    ///
    /// * `project_id`: path parameter `project_id`. Project ID  The project's ID.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`SetProjectParams`\]).
    pub fn set_project<'a>(
        &'a self,
        project_id: &'a str,
    ) -> Call<
        'a,
        SetProjectParams<'a>,
        crate::models::SuccessfulProjectUpdate,
        SetProjectError,
    > {
        const OPERATION: Operation = Operation {
            id: "setProject",
            method: "PUT",
            path: "/projects/{project_id}",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetProjectParams {
                project_id,
                body: None,
            },
            |client, params| {
                let SetProjectParams { project_id, body } = params;
                let path = format!(
                    "/projects/{}",
                    crate::runtime::path_param(
                        "project_id",
                        project_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, &path);
                if let Some(body) = body {
                    request = request.json(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                SetProjectError::BadRequest,
                                SetProjectError::Unknown,
                            ),
                    )
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                SetProjectError::Unauthorized,
                                SetProjectError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                SetProjectError::Forbidden,
                                SetProjectError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                SetProjectError::NotFound,
                                SetProjectError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| SetProjectError::Default {
                                    status,
                                    body,
                                },
                                SetProjectError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_project`], kept in its [`Call`] until it is awaited.
pub struct SetProjectParams<'a> {
    project_id: &'a str,
    body: ::std::option::Option<&'a crate::models::SetProject>,
}
impl<'a, T, E> Call<'a, SetProjectParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::SetProject) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::set_project`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetProjectError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetProjectError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setProject", status, message)
    }
}
impl ::std::error::Error for SetProjectError {}

impl Client {
    /// Irrecoverably purge a project
    ///
    /// !! Use with extreme caution !!
    ///
    /// Using this API endpoint you can purge (completely delete) a project and its data.
    /// This action can not be undone and will delete ALL your data.
    ///
    /// !! Use with extreme caution !!
    ///
    /// `DELETE /projects/{project_id}` (operation `purgeProject`)
    ///
    /// # Arguments
    ///
    /// * `project_id`: path parameter `project_id`. Project ID  The project's ID.
    pub fn purge_project<'a>(
        &'a self,
        project_id: &'a str,
    ) -> Call<'a, PurgeProjectParams<'a>, (), PurgeProjectError> {
        const OPERATION: Operation = Operation {
            id: "purgeProject",
            method: "DELETE",
            path: "/projects/{project_id}",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            PurgeProjectParams { project_id },
            |client, params| {
                let PurgeProjectParams { project_id } = params;
                let path = format!(
                    "/projects/{}",
                    crate::runtime::path_param(
                        "project_id",
                        project_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                401 => {
                    Err(
                        received
                            .error_json(
                                PurgeProjectError::Unauthorized,
                                PurgeProjectError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                PurgeProjectError::Forbidden,
                                PurgeProjectError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                PurgeProjectError::NotFound,
                                PurgeProjectError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| PurgeProjectError::Default {
                                    status,
                                    body,
                                },
                                PurgeProjectError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::purge_project`], kept in its [`Call`] until it is awaited.
pub struct PurgeProjectParams<'a> {
    project_id: &'a str,
}
/// Error responses of [`Client::purge_project`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PurgeProjectError {
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `403`: genericError
    Forbidden(crate::models::GenericError),
    /// Status `404`: genericError
    NotFound(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for PurgeProjectError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "purgeProject", status, message)
    }
}
impl ::std::error::Error for PurgeProjectError {}

impl Client {
    /// Patch an Ory Network Project Configuration
    ///
    /// Deprecated: Use the `patchProjectWithRevision` endpoint instead to specify the exact revision the patch was generated for.
    ///
    /// This endpoints allows you to patch individual Ory Network project configuration keys for
    /// Ory's services (identity, permission, ...). The configuration format is fully compatible
    /// with the open source projects for the respective services (e.g. Ory Kratos for Identity, Ory Keto for Permissions).
    ///
    /// This endpoint expects the `version` key to be set in the payload. If it is unset, it
    /// will try to import the config as if it is from the most recent version.
    ///
    /// If you have an older version of a configuration, you should set the version key in the payload!
    ///
    /// While this endpoint is able to process all configuration items related to features (e.g. password reset),
    /// it does not support operational configuration items (e.g. port, tracing, logging) otherwise available in the
    /// open source.
    ///
    /// For configuration items that can not be translated to the Ory Network, this endpoint will return a list of warnings
    /// to help you understand which parts of your config could not be processed.
    ///
    /// `PATCH /projects/{project_id}` (operation `patchProject`)
    ///
    /// # Arguments
    ///
    /// * `project_id`: path parameter `project_id`. Project ID  The project's ID.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`PatchProjectParams`\]).
    pub fn patch_project<'a>(
        &'a self,
        project_id: &'a str,
    ) -> Call<
        'a,
        PatchProjectParams<'a>,
        crate::models::SuccessfulProjectUpdate,
        PatchProjectError,
    > {
        const OPERATION: Operation = Operation {
            id: "patchProject",
            method: "PATCH",
            path: "/projects/{project_id}",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            PatchProjectParams {
                project_id,
                body: None,
            },
            |client, params| {
                let PatchProjectParams { project_id, body } = params;
                let path = format!(
                    "/projects/{}",
                    crate::runtime::path_param(
                        "project_id",
                        project_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, &path);
                if let Some(body) = body {
                    request = request.json(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                PatchProjectError::BadRequest,
                                PatchProjectError::Unknown,
                            ),
                    )
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                PatchProjectError::Unauthorized,
                                PatchProjectError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                PatchProjectError::Forbidden,
                                PatchProjectError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                PatchProjectError::NotFound,
                                PatchProjectError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| PatchProjectError::Default {
                                    status,
                                    body,
                                },
                                PatchProjectError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::patch_project`], kept in its [`Call`] until it is awaited.
pub struct PatchProjectParams<'a> {
    project_id: &'a str,
    body: ::std::option::Option<&'a ::std::vec::Vec<crate::models::JsonPatch>>,
}
impl<'a, T, E> Call<'a, PatchProjectParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a ::std::vec::Vec<crate::models::JsonPatch>) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::patch_project`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PatchProjectError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for PatchProjectError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "patchProject", status, message)
    }
}
impl ::std::error::Error for PatchProjectError {}

impl Client {
    /// Get all members associated with this project
    ///
    /// This endpoint requires the user to be a member of the project with the role `OWNER` or `DEVELOPER`.
    ///
    /// `GET /projects/{project_id}/members` (operation `getProjectMembers`)
    ///
    /// # Arguments
    ///
    /// * `project_id`: path parameter `project_id`. Project ID  The project's ID.
    pub fn get_project_members<'a>(
        &'a self,
        project_id: &'a str,
    ) -> Call<
        'a,
        GetProjectMembersParams<'a>,
        crate::models::ProjectMembers,
        GetProjectMembersError,
    > {
        const OPERATION: Operation = Operation {
            id: "getProjectMembers",
            method: "GET",
            path: "/projects/{project_id}/members",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetProjectMembersParams {
                project_id,
            },
            |client, params| {
                let GetProjectMembersParams { project_id } = params;
                let path = format!(
                    "/projects/{}/members",
                    crate::runtime::path_param(
                        "project_id",
                        project_id,
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
                401 => {
                    Err(
                        received
                            .error_json(
                                GetProjectMembersError::Unauthorized,
                                GetProjectMembersError::Unknown,
                            ),
                    )
                }
                406 => {
                    Err(
                        received
                            .error_json(
                                GetProjectMembersError::NotAcceptable,
                                GetProjectMembersError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetProjectMembersError::Default {
                                    status,
                                    body,
                                },
                                GetProjectMembersError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_project_members`], kept in its [`Call`] until it is awaited.
pub struct GetProjectMembersParams<'a> {
    project_id: &'a str,
}
/// Error responses of [`Client::get_project_members`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetProjectMembersError {
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `406`: genericError
    NotAcceptable(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetProjectMembersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::NotAcceptable(body) => (406, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getProjectMembers", status, message)
    }
}
impl ::std::error::Error for GetProjectMembersError {}

impl Client {
    /// Remove a member associated with this project
    ///
    /// This also sets their invite status to `REMOVED`.
    /// This endpoint requires the user to be a member of the project with the role `OWNER`.
    ///
    /// `DELETE /projects/{project_id}/members/{member_id}` (operation `removeProjectMember`)
    ///
    /// # Arguments
    ///
    /// * `project_id`: path parameter `project_id`. Project ID  The project's ID.
    /// * `member_id`: path parameter `member_id`. Member ID
    pub fn remove_project_member<'a>(
        &'a self,
        project_id: &'a str,
        member_id: &'a str,
    ) -> Call<'a, RemoveProjectMemberParams<'a>, (), RemoveProjectMemberError> {
        const OPERATION: Operation = Operation {
            id: "removeProjectMember",
            method: "DELETE",
            path: "/projects/{project_id}/members/{member_id}",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            RemoveProjectMemberParams {
                project_id,
                member_id,
            },
            |client, params| {
                let RemoveProjectMemberParams { project_id, member_id } = params;
                let path = format!(
                    "/projects/{}/members/{}",
                    crate::runtime::path_param(
                        "project_id",
                        project_id,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "member_id",
                        member_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                401 => {
                    Err(
                        received
                            .error_json(
                                RemoveProjectMemberError::Unauthorized,
                                RemoveProjectMemberError::Unknown,
                            ),
                    )
                }
                406 => {
                    Err(
                        received
                            .error_json(
                                RemoveProjectMemberError::NotAcceptable,
                                RemoveProjectMemberError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| RemoveProjectMemberError::Default {
                                    status,
                                    body,
                                },
                                RemoveProjectMemberError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::remove_project_member`], kept in its [`Call`] until it is awaited.
pub struct RemoveProjectMemberParams<'a> {
    project_id: &'a str,
    member_id: &'a str,
}
/// Error responses of [`Client::remove_project_member`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RemoveProjectMemberError {
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `406`: genericError
    NotAcceptable(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RemoveProjectMemberError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::NotAcceptable(body) => (406, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "removeProjectMember", status, message)
    }
}
impl ::std::error::Error for RemoveProjectMemberError {}

impl Client {
    /// Retrieves project metrics for the specified event type and time range
    ///
    /// `GET /projects/{project_id}/metrics` (operation `getProjectMetrics`)
    ///
    /// # Arguments
    ///
    /// * `project_id`: path parameter `project_id`. Project ID
    /// * `event_type`: query parameter `event_type`. The event type to query for
    /// * `resolution`: query parameter `resolution`. The resolution of the buckets  The minimum resolution is 1 hour.
    /// * `from`: query parameter `from`. The start time of the time window
    /// * `to`: query parameter `to`. The end time of the time window
    pub fn get_project_metrics<'a>(
        &'a self,
        project_id: &'a str,
        event_type: &'a str,
        resolution: &'a str,
        from: ::chrono::DateTime<::chrono::Utc>,
        to: ::chrono::DateTime<::chrono::Utc>,
    ) -> Call<
        'a,
        GetProjectMetricsParams<'a>,
        crate::models::GetProjectMetricsResponse,
        GetProjectMetricsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getProjectMetrics",
            method: "GET",
            path: "/projects/{project_id}/metrics",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetProjectMetricsParams {
                project_id,
                event_type,
                resolution,
                from,
                to,
            },
            |client, params| {
                let GetProjectMetricsParams {
                    project_id,
                    event_type,
                    resolution,
                    from,
                    to,
                } = params;
                let path = format!(
                    "/projects/{}/metrics",
                    crate::runtime::path_param(
                        "project_id",
                        project_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "event_type",
                    event_type,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "resolution",
                    resolution,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "from",
                    &from,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(&mut query, "to", &to, Style::Form, true);
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                GetProjectMetricsError::BadRequest,
                                GetProjectMetricsError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                GetProjectMetricsError::Forbidden,
                                GetProjectMetricsError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetProjectMetricsError::Default {
                                    status,
                                    body,
                                },
                                GetProjectMetricsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_project_metrics`], kept in its [`Call`] until it is awaited.
pub struct GetProjectMetricsParams<'a> {
    project_id: &'a str,
    event_type: &'a str,
    resolution: &'a str,
    from: ::chrono::DateTime<::chrono::Utc>,
    to: ::chrono::DateTime<::chrono::Utc>,
}
/// Error responses of [`Client::get_project_metrics`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetProjectMetricsError {
    /// Status `400`: genericError
    BadRequest(crate::models::GenericError),
    /// Status `403`: genericError
    Forbidden(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetProjectMetricsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getProjectMetrics", status, message)
    }
}
impl ::std::error::Error for GetProjectMetricsError {}

impl Client {
    /// List a project's API Tokens
    ///
    /// A list of all the project's API tokens.
    ///
    /// `GET /projects/{project}/tokens` (operation `listProjectApiKeys`)
    ///
    /// # Arguments
    ///
    /// * `project`: path parameter `project`. The Project ID or Project slug
    pub fn list_project_api_keys<'a>(
        &'a self,
        project: &'a str,
    ) -> Call<
        'a,
        ListProjectApiKeysParams<'a>,
        crate::models::ProjectApiKeys,
        ListProjectApiKeysError,
    > {
        const OPERATION: Operation = Operation {
            id: "listProjectApiKeys",
            method: "GET",
            path: "/projects/{project}/tokens",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListProjectApiKeysParams {
                project,
            },
            |client, params| {
                let ListProjectApiKeysParams { project } = params;
                let path = format!(
                    "/projects/{}/tokens",
                    crate::runtime::path_param("project", project, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| ListProjectApiKeysError::Default {
                                    status,
                                    body,
                                },
                                ListProjectApiKeysError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_project_api_keys`], kept in its [`Call`] until it is awaited.
pub struct ListProjectApiKeysParams<'a> {
    project: &'a str,
}
/// Error responses of [`Client::list_project_api_keys`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListProjectApiKeysError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListProjectApiKeysError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listProjectApiKeys", status, message)
    }
}
impl ::std::error::Error for ListProjectApiKeysError {}

impl Client {
    /// Create project API token
    ///
    /// Create an API token for a project.
    ///
    /// `POST /projects/{project}/tokens` (operation `createProjectApiKey`)
    ///
    /// # Arguments
    ///
    /// * `project`: path parameter `project`. The Project ID or Project slug
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateProjectApiKeyParams`\]).
    pub fn create_project_api_key<'a>(
        &'a self,
        project: &'a str,
    ) -> Call<
        'a,
        CreateProjectApiKeyParams<'a>,
        crate::models::ProjectApiKey,
        CreateProjectApiKeyError,
    > {
        const OPERATION: Operation = Operation {
            id: "createProjectApiKey",
            method: "POST",
            path: "/projects/{project}/tokens",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateProjectApiKeyParams {
                project,
                body: None,
            },
            |client, params| {
                let CreateProjectApiKeyParams { project, body } = params;
                let path = format!(
                    "/projects/{}/tokens",
                    crate::runtime::path_param("project", project, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, &path);
                if let Some(body) = body {
                    request = request.json(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateProjectApiKeyError::Default {
                                    status,
                                    body,
                                },
                                CreateProjectApiKeyError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_project_api_key`], kept in its [`Call`] until it is awaited.
pub struct CreateProjectApiKeyParams<'a> {
    project: &'a str,
    body: ::std::option::Option<&'a crate::models::CreateProjectApiKeyBody>,
}
impl<'a, T, E> Call<'a, CreateProjectApiKeyParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::CreateProjectApiKeyBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::create_project_api_key`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateProjectApiKeyError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateProjectApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createProjectApiKey", status, message)
    }
}
impl ::std::error::Error for CreateProjectApiKeyError {}

impl Client {
    /// Delete project API token
    ///
    /// Deletes an API token and immediately removes it.
    ///
    /// `DELETE /projects/{project}/tokens/{token_id}` (operation `deleteProjectApiKey`)
    ///
    /// # Arguments
    ///
    /// * `project`: path parameter `project`. The Project ID or Project slug
    /// * `token_id`: path parameter `token_id`. The Token ID
    pub fn delete_project_api_key<'a>(
        &'a self,
        project: &'a str,
        token_id: &'a str,
    ) -> Call<'a, DeleteProjectApiKeyParams<'a>, (), DeleteProjectApiKeyError> {
        const OPERATION: Operation = Operation {
            id: "deleteProjectApiKey",
            method: "DELETE",
            path: "/projects/{project}/tokens/{token_id}",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteProjectApiKeyParams {
                project,
                token_id,
            },
            |client, params| {
                let DeleteProjectApiKeyParams { project, token_id } = params;
                let path = format!(
                    "/projects/{}/tokens/{}",
                    crate::runtime::path_param("project", project, Style::Simple, false),
                    crate::runtime::path_param(
                        "token_id",
                        token_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| DeleteProjectApiKeyError::Default {
                                    status,
                                    body,
                                },
                                DeleteProjectApiKeyError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_project_api_key`], kept in its [`Call`] until it is awaited.
pub struct DeleteProjectApiKeyParams<'a> {
    project: &'a str,
    token_id: &'a str,
}
/// Error responses of [`Client::delete_project_api_key`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteProjectApiKeyError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteProjectApiKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteProjectApiKey", status, message)
    }
}
impl ::std::error::Error for DeleteProjectApiKeyError {}
