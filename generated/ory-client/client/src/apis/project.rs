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
        crate::models::ActiveProjectInConsole,
        GetActiveProjectInConsoleError,
    > {
        const OPERATION: Operation = Operation {
            id: "getActiveProjectInConsole",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/console/active/project");
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(
                        Error::Status(
                            GetActiveProjectInConsoleError::Unauthorized(
                                received.json()?,
                            ),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(GetActiveProjectInConsoleError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_active_project_in_console`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetActiveProjectInConsoleError {
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Sets the Ory Network Project active in the Ory Network Console
    ///
    /// Use this API to set your active project in the Ory Network Console UI.
    ///
    /// `PUT /console/active/project` (operation `setActiveProjectInConsole`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn set_active_project_in_console(
        &self,
        body: ::std::option::Option<&crate::models::SetActiveProjectInConsoleBody>,
    ) -> Call<'_, (), SetActiveProjectInConsoleError> {
        const OPERATION: Operation = Operation {
            id: "setActiveProjectInConsole",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::PUT, "/console/active/project");
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                401 => {
                    Err(
                        Error::Status(
                            SetActiveProjectInConsoleError::Unauthorized(
                                received.json()?,
                            ),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(SetActiveProjectInConsoleError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::set_active_project_in_console`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetActiveProjectInConsoleError {
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// List All Projects
    ///
    /// Lists all projects you have access to.
    ///
    /// `GET /projects` (operation `listProjects`)
    pub fn list_projects(
        &self,
    ) -> Call<'_, crate::models::ProjectMetadataList, ListProjectsError> {
        const OPERATION: Operation = Operation {
            id: "listProjects",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/projects");
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(Error::Status(ListProjectsError::Unauthorized(received.json()?)))
                }
                403 => Err(Error::Status(ListProjectsError::Forbidden(received.json()?))),
                404 => Err(Error::Status(ListProjectsError::NotFound(received.json()?))),
                _ => {
                    Err(
                        Error::Status(ListProjectsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_projects`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListProjectsError {
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Create a Project
    ///
    /// Creates a new project.
    ///
    /// `POST /projects` (operation `createProject`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn create_project(
        &self,
        body: ::std::option::Option<&crate::models::CreateProjectBody>,
    ) -> Call<'_, crate::models::Project, CreateProjectError> {
        const OPERATION: Operation = Operation {
            id: "createProject",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, "/projects");
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(
                        Error::Status(CreateProjectError::Unauthorized(received.json()?)),
                    )
                }
                403 => {
                    Err(Error::Status(CreateProjectError::Forbidden(received.json()?)))
                }
                404 => Err(Error::Status(CreateProjectError::NotFound(received.json()?))),
                _ => {
                    Err(
                        Error::Status(CreateProjectError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_project`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateProjectError {
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_project(
        &self,
        project_id: &str,
    ) -> Call<'_, crate::models::Project, GetProjectError> {
        const OPERATION: Operation = Operation {
            id: "getProject",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/projects/{}",
            crate::runtime::path_param("project_id", project_id, Style::Simple, false),
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
                401 => {
                    Err(Error::Status(GetProjectError::Unauthorized(received.json()?)))
                }
                403 => Err(Error::Status(GetProjectError::Forbidden(received.json()?))),
                404 => Err(Error::Status(GetProjectError::NotFound(received.json()?))),
                _ => {
                    Err(
                        Error::Status(GetProjectError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_project`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetProjectError {
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `body`: request body, sent as `application/json`
    pub fn set_project(
        &self,
        project_id: &str,
        body: ::std::option::Option<&crate::models::SetProject>,
    ) -> Call<'_, crate::models::SuccessfulProjectUpdate, SetProjectError> {
        const OPERATION: Operation = Operation {
            id: "setProject",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/projects/{}",
            crate::runtime::path_param("project_id", project_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, &path);
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(SetProjectError::BadRequest(received.json()?))),
                401 => {
                    Err(Error::Status(SetProjectError::Unauthorized(received.json()?)))
                }
                403 => Err(Error::Status(SetProjectError::Forbidden(received.json()?))),
                404 => Err(Error::Status(SetProjectError::NotFound(received.json()?))),
                _ => {
                    Err(
                        Error::Status(SetProjectError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::set_project`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn purge_project(&self, project_id: &str) -> Call<'_, (), PurgeProjectError> {
        const OPERATION: Operation = Operation {
            id: "purgeProject",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/projects/{}",
            crate::runtime::path_param("project_id", project_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                401 => {
                    Err(Error::Status(PurgeProjectError::Unauthorized(received.json()?)))
                }
                403 => Err(Error::Status(PurgeProjectError::Forbidden(received.json()?))),
                404 => Err(Error::Status(PurgeProjectError::NotFound(received.json()?))),
                _ => {
                    Err(
                        Error::Status(PurgeProjectError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::purge_project`].
#[derive(Debug, Clone, PartialEq)]
pub enum PurgeProjectError {
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `403`: genericError
    Forbidden(crate::models::GenericError),
    /// Status `404`: genericError
    NotFound(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `body`: request body, sent as `application/json`
    pub fn patch_project(
        &self,
        project_id: &str,
        body: ::std::option::Option<&::std::vec::Vec<crate::models::JsonPatch>>,
    ) -> Call<'_, crate::models::SuccessfulProjectUpdate, PatchProjectError> {
        const OPERATION: Operation = Operation {
            id: "patchProject",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/projects/{}",
            crate::runtime::path_param("project_id", project_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(Error::Status(PatchProjectError::BadRequest(received.json()?)))
                }
                401 => {
                    Err(Error::Status(PatchProjectError::Unauthorized(received.json()?)))
                }
                403 => Err(Error::Status(PatchProjectError::Forbidden(received.json()?))),
                404 => Err(Error::Status(PatchProjectError::NotFound(received.json()?))),
                _ => {
                    Err(
                        Error::Status(PatchProjectError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::patch_project`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_project_members(
        &self,
        project_id: &str,
    ) -> Call<'_, crate::models::ProjectMembers, GetProjectMembersError> {
        const OPERATION: Operation = Operation {
            id: "getProjectMembers",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/projects/{}/members",
            crate::runtime::path_param("project_id", project_id, Style::Simple, false),
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
                401 => {
                    Err(
                        Error::Status(
                            GetProjectMembersError::Unauthorized(received.json()?),
                        ),
                    )
                }
                406 => {
                    Err(
                        Error::Status(
                            GetProjectMembersError::NotAcceptable(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(GetProjectMembersError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_project_members`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetProjectMembersError {
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `406`: genericError
    NotAcceptable(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn remove_project_member(
        &self,
        project_id: &str,
        member_id: &str,
    ) -> Call<'_, (), RemoveProjectMemberError> {
        const OPERATION: Operation = Operation {
            id: "removeProjectMember",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/projects/{}/members/{}",
            crate::runtime::path_param("project_id", project_id, Style::Simple, false),
            crate::runtime::path_param("member_id", member_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                401 => {
                    Err(
                        Error::Status(
                            RemoveProjectMemberError::Unauthorized(received.json()?),
                        ),
                    )
                }
                406 => {
                    Err(
                        Error::Status(
                            RemoveProjectMemberError::NotAcceptable(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(RemoveProjectMemberError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::remove_project_member`].
#[derive(Debug, Clone, PartialEq)]
pub enum RemoveProjectMemberError {
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `406`: genericError
    NotAcceptable(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_project_metrics(
        &self,
        project_id: &str,
        event_type: &str,
        resolution: &str,
        from: ::chrono::DateTime<::chrono::Utc>,
        to: ::chrono::DateTime<::chrono::Utc>,
    ) -> Call<'_, crate::models::GetProjectMetricsResponse, GetProjectMetricsError> {
        const OPERATION: Operation = Operation {
            id: "getProjectMetrics",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/projects/{}/metrics",
            crate::runtime::path_param("project_id", project_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
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
        crate::runtime::query_pairs(&mut query, "from", &from, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "to", &to, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            GetProjectMetricsError::BadRequest(received.json()?),
                        ),
                    )
                }
                403 => {
                    Err(
                        Error::Status(
                            GetProjectMetricsError::Forbidden(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(GetProjectMetricsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_project_metrics`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetProjectMetricsError {
    /// Status `400`: genericError
    BadRequest(crate::models::GenericError),
    /// Status `403`: genericError
    Forbidden(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn list_project_api_keys(
        &self,
        project: &str,
    ) -> Call<'_, crate::models::ProjectApiKeys, ListProjectApiKeysError> {
        const OPERATION: Operation = Operation {
            id: "listProjectApiKeys",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/projects/{}/tokens",
            crate::runtime::path_param("project", project, Style::Simple, false),
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
                _ => {
                    Err(
                        Error::Status(ListProjectApiKeysError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_project_api_keys`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListProjectApiKeysError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `body`: request body, sent as `application/json`
    pub fn create_project_api_key(
        &self,
        project: &str,
        body: ::std::option::Option<&crate::models::CreateProjectApiKeyBody>,
    ) -> Call<'_, crate::models::ProjectApiKey, CreateProjectApiKeyError> {
        const OPERATION: Operation = Operation {
            id: "createProjectApiKey",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/projects/{}/tokens",
            crate::runtime::path_param("project", project, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(CreateProjectApiKeyError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_project_api_key`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateProjectApiKeyError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn delete_project_api_key(
        &self,
        project: &str,
        token_id: &str,
    ) -> Call<'_, (), DeleteProjectApiKeyError> {
        const OPERATION: Operation = Operation {
            id: "deleteProjectApiKey",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/projects/{}/tokens/{}",
            crate::runtime::path_param("project", project, Style::Simple, false),
            crate::runtime::path_param("token_id", token_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(DeleteProjectApiKeyError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_project_api_key`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteProjectApiKeyError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
