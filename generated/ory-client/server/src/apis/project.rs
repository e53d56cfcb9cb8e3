//! The `project` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

pub trait ProjectApi: Clone + Send + Sync + 'static {
    /// Returns the Ory Network Project selected in the Ory Network Console
    ///
    /// Use this API to get your active project in the Ory Network Console UI.
    ///
    /// `GET /console/active/project` (operation `getActiveProjectInConsole`)
    fn get_active_project_in_console(
        &self,
        request: GetActiveProjectInConsoleRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetActiveProjectInConsoleResponse>,
    > + Send;
    /// Sets the Ory Network Project active in the Ory Network Console
    ///
    /// Use this API to set your active project in the Ory Network Console UI.
    ///
    /// `PUT /console/active/project` (operation `setActiveProjectInConsole`)
    fn set_active_project_in_console(
        &self,
        request: SetActiveProjectInConsoleRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SetActiveProjectInConsoleResponse>,
    > + Send;
    /// List All Projects
    ///
    /// Lists all projects you have access to.
    ///
    /// `GET /projects` (operation `listProjects`)
    fn list_projects(
        &self,
        request: ListProjectsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListProjectsResponse>> + Send;
    /// Create a Project
    ///
    /// Creates a new project.
    ///
    /// `POST /projects` (operation `createProject`)
    fn create_project(
        &self,
        request: CreateProjectRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<CreateProjectResponse>> + Send;
    /// Get a Project
    ///
    /// Get a projects you have access to by its ID.
    ///
    /// `GET /projects/{project_id}` (operation `getProject`)
    fn get_project(
        &self,
        request: GetProjectRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetProjectResponse>> + Send;
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
    fn set_project(
        &self,
        request: SetProjectRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<SetProjectResponse>> + Send;
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
    fn purge_project(
        &self,
        request: PurgeProjectRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<PurgeProjectResponse>> + Send;
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
    fn patch_project(
        &self,
        request: PatchProjectRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<PatchProjectResponse>> + Send;
    /// Get all members associated with this project
    ///
    /// This endpoint requires the user to be a member of the project with the role `OWNER` or `DEVELOPER`.
    ///
    /// `GET /projects/{project_id}/members` (operation `getProjectMembers`)
    fn get_project_members(
        &self,
        request: GetProjectMembersRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetProjectMembersResponse>,
    > + Send;
    /// Remove a member associated with this project
    ///
    /// This also sets their invite status to `REMOVED`.
    /// This endpoint requires the user to be a member of the project with the role `OWNER`.
    ///
    /// `DELETE /projects/{project_id}/members/{member_id}` (operation `removeProjectMember`)
    fn remove_project_member(
        &self,
        request: RemoveProjectMemberRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RemoveProjectMemberResponse>,
    > + Send;
    /// Retrieves project metrics for the specified event type and time range
    ///
    /// `GET /projects/{project_id}/metrics` (operation `getProjectMetrics`)
    fn get_project_metrics(
        &self,
        request: GetProjectMetricsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetProjectMetricsResponse>,
    > + Send;
    /// List a project's API Tokens
    ///
    /// A list of all the project's API tokens.
    ///
    /// `GET /projects/{project}/tokens` (operation `listProjectApiKeys`)
    fn list_project_api_keys(
        &self,
        request: ListProjectApiKeysRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListProjectApiKeysResponse>,
    > + Send;
    /// Create project API token
    ///
    /// Create an API token for a project.
    ///
    /// `POST /projects/{project}/tokens` (operation `createProjectApiKey`)
    fn create_project_api_key(
        &self,
        request: CreateProjectApiKeyRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateProjectApiKeyResponse>,
    > + Send;
    /// Delete project API token
    ///
    /// Deletes an API token and immediately removes it.
    ///
    /// `DELETE /projects/{project}/tokens/{token_id}` (operation `deleteProjectApiKey`)
    fn delete_project_api_key(
        &self,
        request: DeleteProjectApiKeyRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteProjectApiKeyResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(project::routes().merge(...), service)`.
pub fn routes<S: ProjectApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/console/active/project",
            axum::routing::get(
                    crate::apis::project::handle_get_active_project_in_console::<S>,
                )
                .put(crate::apis::project::handle_set_active_project_in_console::<S>),
        );
    let routes = routes
        .route(
            "/projects",
            axum::routing::get(crate::apis::project::handle_list_projects::<S>)
                .post(crate::apis::project::handle_create_project::<S>),
        );
    let routes = routes
        .route(
            "/projects/{p0}",
            axum::routing::get(crate::apis::project::handle_get_project::<S>)
                .put(crate::apis::project::handle_set_project::<S>)
                .delete(crate::apis::project::handle_purge_project::<S>)
                .patch(crate::apis::project::handle_patch_project::<S>),
        );
    let routes = routes
        .route(
            "/projects/{p0}/members",
            axum::routing::get(crate::apis::project::handle_get_project_members::<S>),
        );
    let routes = routes
        .route(
            "/projects/{p0}/members/{p1}",
            axum::routing::delete(
                crate::apis::project::handle_remove_project_member::<S>,
            ),
        );
    let routes = routes
        .route(
            "/projects/{p0}/metrics",
            axum::routing::get(crate::apis::project::handle_get_project_metrics::<S>),
        );
    let routes = routes
        .route(
            "/projects/{p0}/tokens",
            axum::routing::get(crate::apis::project::handle_list_project_api_keys::<S>)
                .post(crate::apis::project::handle_create_project_api_key::<S>),
        );
    routes
        .route(
            "/projects/{p0}/tokens/{p1}",
            axum::routing::delete(
                crate::apis::project::handle_delete_project_api_key::<S>,
            ),
        )
}

/// What a `GET /console/active/project` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetActiveProjectInConsoleRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /console/active/project` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetActiveProjectInConsoleResponse {
    /// Status `200`: activeProjectInConsole
    Ok(crate::models::ActiveProjectInConsole),
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
}
impl IntoResponse for GetActiveProjectInConsoleResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetActiveProjectInConsoleRequest {
    /// Reads and checks a `GET /console/active/project` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetActiveProjectInConsoleRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /console/active/project` request and hands it to [`ProjectApi::get_active_project_in_console`].
pub async fn handle_get_active_project_in_console<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getActiveProjectInConsole",
        path: "/console/active/project",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetActiveProjectInConsoleRequest::read,
            |request| service.get_active_project_in_console(request),
        )
        .await
}

/// What a `PUT /console/active/project` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetActiveProjectInConsoleRequest {
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::SetActiveProjectInConsoleBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /console/active/project` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetActiveProjectInConsoleResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
}
impl IntoResponse for SetActiveProjectInConsoleResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl SetActiveProjectInConsoleRequest {
    /// Reads and checks a `PUT /console/active/project` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetActiveProjectInConsoleRequest {
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /console/active/project` request and hands it to [`ProjectApi::set_active_project_in_console`].
pub async fn handle_set_active_project_in_console<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setActiveProjectInConsole",
        path: "/console/active/project",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetActiveProjectInConsoleRequest::read,
            |request| service.set_active_project_in_console(request),
        )
        .await
}

/// What a `GET /projects` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListProjectsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /projects` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListProjectsResponse {
    /// Status `200`: projectMetadataList
    Ok(crate::models::ProjectMetadataList),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for ListProjectsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ListProjectsRequest {
    /// Reads and checks a `GET /projects` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListProjectsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /projects` request and hands it to [`ProjectApi::list_projects`].
pub async fn handle_list_projects<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listProjects",
        path: "/projects",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListProjectsRequest::read,
            |request| service.list_projects(request),
        )
        .await
}

/// What a `POST /projects` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateProjectRequest {
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::CreateProjectBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /projects` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateProjectResponse {
    /// Status `201`: project
    Created(crate::models::Project),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateProjectResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateProjectRequest {
    /// Reads and checks a `POST /projects` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateProjectRequest {
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /projects` request and hands it to [`ProjectApi::create_project`].
pub async fn handle_create_project<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createProject",
        path: "/projects",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateProjectRequest::read,
            |request| service.create_project(request),
        )
        .await
}

/// What a `GET /projects/{project_id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetProjectRequest {
    /// path parameter `project_id`.
    ///
    /// Project ID
    ///
    /// The project's ID.
    pub project_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /projects/{project_id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetProjectResponse {
    /// Status `200`: project
    Ok(crate::models::Project),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `403`: errorGeneric
    Forbidden(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for GetProjectResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetProjectRequest {
    /// Reads and checks a `GET /projects/{project_id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetProjectRequest {
            project_id: runtime::path_param(path, "p0", "project_id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /projects/{project_id}` request and hands it to [`ProjectApi::get_project`].
pub async fn handle_get_project<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getProject",
        path: "/projects/{project_id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetProjectRequest::read,
            |request| service.get_project(request),
        )
        .await
}

/// What a `PUT /projects/{project_id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SetProjectRequest {
    /// path parameter `project_id`.
    ///
    /// Project ID
    ///
    /// The project's ID.
    pub project_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::SetProject>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /projects/{project_id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SetProjectResponse {
    /// Status `200`: successfulProjectUpdate
    Ok(crate::models::SuccessfulProjectUpdate),
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
}
impl IntoResponse for SetProjectResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl SetProjectRequest {
    /// Reads and checks a `PUT /projects/{project_id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SetProjectRequest {
            project_id: runtime::path_param(path, "p0", "project_id")?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /projects/{project_id}` request and hands it to [`ProjectApi::set_project`].
pub async fn handle_set_project<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "setProject",
        path: "/projects/{project_id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SetProjectRequest::read,
            |request| service.set_project(request),
        )
        .await
}

/// What a `DELETE /projects/{project_id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PurgeProjectRequest {
    /// path parameter `project_id`.
    ///
    /// Project ID
    ///
    /// The project's ID.
    pub project_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /projects/{project_id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PurgeProjectResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `403`: genericError
    Forbidden(crate::models::GenericError),
    /// Status `404`: genericError
    NotFound(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
}
impl IntoResponse for PurgeProjectResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl PurgeProjectRequest {
    /// Reads and checks a `DELETE /projects/{project_id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(PurgeProjectRequest {
            project_id: runtime::path_param(path, "p0", "project_id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /projects/{project_id}` request and hands it to [`ProjectApi::purge_project`].
pub async fn handle_purge_project<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "purgeProject",
        path: "/projects/{project_id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            PurgeProjectRequest::read,
            |request| service.purge_project(request),
        )
        .await
}

/// What a `PATCH /projects/{project_id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchProjectRequest {
    /// path parameter `project_id`.
    ///
    /// Project ID
    ///
    /// The project's ID.
    pub project_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<::std::vec::Vec<crate::models::JsonPatch>>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /projects/{project_id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PatchProjectResponse {
    /// Status `200`: successfulProjectUpdate
    Ok(crate::models::SuccessfulProjectUpdate),
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
}
impl IntoResponse for PatchProjectResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl PatchProjectRequest {
    /// Reads and checks a `PATCH /projects/{project_id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(PatchProjectRequest {
            project_id: runtime::path_param(path, "p0", "project_id")?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /projects/{project_id}` request and hands it to [`ProjectApi::patch_project`].
pub async fn handle_patch_project<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "patchProject",
        path: "/projects/{project_id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            PatchProjectRequest::read,
            |request| service.patch_project(request),
        )
        .await
}

/// What a `GET /projects/{project_id}/members` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetProjectMembersRequest {
    /// path parameter `project_id`.
    ///
    /// Project ID
    ///
    /// The project's ID.
    pub project_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /projects/{project_id}/members` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetProjectMembersResponse {
    /// Status `200`: projectMembers
    Ok(crate::models::ProjectMembers),
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `406`: genericError
    NotAcceptable(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
}
impl IntoResponse for GetProjectMembersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::NotAcceptable(body) => runtime::json(runtime::status(406), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetProjectMembersRequest {
    /// Reads and checks a `GET /projects/{project_id}/members` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetProjectMembersRequest {
            project_id: runtime::path_param(path, "p0", "project_id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /projects/{project_id}/members` request and hands it to [`ProjectApi::get_project_members`].
pub async fn handle_get_project_members<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getProjectMembers",
        path: "/projects/{project_id}/members",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetProjectMembersRequest::read,
            |request| service.get_project_members(request),
        )
        .await
}

/// What a `DELETE /projects/{project_id}/members/{member_id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveProjectMemberRequest {
    /// path parameter `project_id`.
    ///
    /// Project ID
    ///
    /// The project's ID.
    pub project_id: ::std::string::String,
    /// path parameter `member_id`.
    ///
    /// Member ID
    pub member_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /projects/{project_id}/members/{member_id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RemoveProjectMemberResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `401`: genericError
    Unauthorized(crate::models::GenericError),
    /// Status `406`: genericError
    NotAcceptable(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
}
impl IntoResponse for RemoveProjectMemberResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::NotAcceptable(body) => runtime::json(runtime::status(406), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl RemoveProjectMemberRequest {
    /// Reads and checks a `DELETE /projects/{project_id}/members/{member_id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RemoveProjectMemberRequest {
            project_id: runtime::path_param(path, "p0", "project_id")?,
            member_id: runtime::path_param(path, "p1", "member_id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /projects/{project_id}/members/{member_id}` request and hands it to [`ProjectApi::remove_project_member`].
pub async fn handle_remove_project_member<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "removeProjectMember",
        path: "/projects/{project_id}/members/{member_id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RemoveProjectMemberRequest::read,
            |request| service.remove_project_member(request),
        )
        .await
}

/// What a `GET /projects/{project_id}/metrics` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetProjectMetricsRequest {
    /// path parameter `project_id`.
    ///
    /// Project ID
    pub project_id: ::std::string::String,
    /// query parameter `event_type`.
    ///
    /// The event type to query for
    pub event_type: ::std::string::String,
    /// query parameter `resolution`.
    ///
    /// The resolution of the buckets
    ///
    /// The minimum resolution is 1 hour.
    pub resolution: ::std::string::String,
    /// query parameter `from`.
    ///
    /// The start time of the time window
    pub from: ::chrono::DateTime<::chrono::Utc>,
    /// query parameter `to`.
    ///
    /// The end time of the time window
    pub to: ::chrono::DateTime<::chrono::Utc>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /projects/{project_id}/metrics` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetProjectMetricsResponse {
    /// Status `200`: getProjectMetricsResponse
    Ok(crate::models::GetProjectMetricsResponse),
    /// Status `400`: genericError
    BadRequest(crate::models::GenericError),
    /// Status `403`: genericError
    Forbidden(crate::models::GenericError),
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
}
impl IntoResponse for GetProjectMetricsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetProjectMetricsRequest {
    /// Reads and checks a `GET /projects/{project_id}/metrics` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetProjectMetricsRequest {
            project_id: runtime::path_param(path, "p0", "project_id")?,
            event_type: query.required("event_type", false)?,
            resolution: runtime::checked(
                query.required("resolution", false)?,
                &crate::runtime::Rules {
                    pattern: Some("^[0-9]+(ns|us|ms|s|m|h)$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "resolution",
            )?,
            from: query.required("from", false)?,
            to: query.required("to", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /projects/{project_id}/metrics` request and hands it to [`ProjectApi::get_project_metrics`].
pub async fn handle_get_project_metrics<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getProjectMetrics",
        path: "/projects/{project_id}/metrics",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetProjectMetricsRequest::read,
            |request| service.get_project_metrics(request),
        )
        .await
}

/// What a `GET /projects/{project}/tokens` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListProjectApiKeysRequest {
    /// path parameter `project`.
    ///
    /// The Project ID or Project slug
    pub project: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /projects/{project}/tokens` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListProjectApiKeysResponse {
    /// Status `200`: projectApiKeys
    Ok(crate::models::ProjectApiKeys),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for ListProjectApiKeysResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ListProjectApiKeysRequest {
    /// Reads and checks a `GET /projects/{project}/tokens` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListProjectApiKeysRequest {
            project: runtime::path_param(path, "p0", "project")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /projects/{project}/tokens` request and hands it to [`ProjectApi::list_project_api_keys`].
pub async fn handle_list_project_api_keys<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listProjectApiKeys",
        path: "/projects/{project}/tokens",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListProjectApiKeysRequest::read,
            |request| service.list_project_api_keys(request),
        )
        .await
}

/// What a `POST /projects/{project}/tokens` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateProjectApiKeyRequest {
    /// path parameter `project`.
    ///
    /// The Project ID or Project slug
    pub project: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::CreateProjectApiKeyBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /projects/{project}/tokens` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateProjectApiKeyResponse {
    /// Status `201`: projectApiKey
    Created(crate::models::ProjectApiKey),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateProjectApiKeyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateProjectApiKeyRequest {
    /// Reads and checks a `POST /projects/{project}/tokens` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateProjectApiKeyRequest {
            project: runtime::path_param(path, "p0", "project")?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /projects/{project}/tokens` request and hands it to [`ProjectApi::create_project_api_key`].
pub async fn handle_create_project_api_key<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createProjectApiKey",
        path: "/projects/{project}/tokens",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateProjectApiKeyRequest::read,
            |request| service.create_project_api_key(request),
        )
        .await
}

/// What a `DELETE /projects/{project}/tokens/{token_id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteProjectApiKeyRequest {
    /// path parameter `project`.
    ///
    /// The Project ID or Project slug
    pub project: ::std::string::String,
    /// path parameter `token_id`.
    ///
    /// The Token ID
    pub token_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /projects/{project}/tokens/{token_id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteProjectApiKeyResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for DeleteProjectApiKeyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DeleteProjectApiKeyRequest {
    /// Reads and checks a `DELETE /projects/{project}/tokens/{token_id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteProjectApiKeyRequest {
            project: runtime::path_param(path, "p0", "project")?,
            token_id: runtime::path_param(path, "p1", "token_id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /projects/{project}/tokens/{token_id}` request and hands it to [`ProjectApi::delete_project_api_key`].
pub async fn handle_delete_project_api_key<S: ProjectApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteProjectApiKey",
        path: "/projects/{project}/tokens/{token_id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteProjectApiKeyRequest::read,
            |request| service.delete_project_api_key(request),
        )
        .await
}
