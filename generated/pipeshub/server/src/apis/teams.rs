//! The `Teams` API.
//!
//! Team management operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Team management operations
pub trait TeamsApi: Clone + Send + Sync + 'static {
    /// List teams
    ///
    /// Retrieve all teams in the organization with optional search and pagination.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint returns teams the authenticated user can access. Admins see all teams; regular users see teams they're members of.<br><br>
    /// <b>Response Data per Team:</b><br>
    /// <ul>
    /// <li>Team metadata (name, description)</li>
    /// <li>Member count</li>
    /// <li>Owner information</li>
    /// <li>Creation timestamp</li>
    /// </ul>
    /// <b>Search:</b><br>
    /// The search parameter performs fuzzy matching on team names and descriptions.&lt;br&gt;&lt;br&gt;
    /// <b>Visibility Rules:</b><br>
    /// <ul>
    /// <li><b>Admins:</b> See all organization teams</li>
    /// <li><b>Users:</b> See only teams they belong to</li>
    /// </ul>
    /// <b>Sorting:</b><br>
    /// Results are sorted by name alphabetically by default.
    ///
    /// `GET /teams` (operation `listTeams`)
    fn list_teams(
        &self,
        request: ListTeamsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListTeamsResponse>> + Send;
    /// Create a team
    ///
    /// Create a new team within the organization for project collaboration and resource sharing.<br><br>
    /// <b>Overview:</b><br>
    /// Teams are collaborative units that group users together for specific projects, departments, or initiatives. Teams have their own resources, permissions, and member hierarchies.<br><br>
    /// <b>Team Structure:</b><br>
    /// <ul>
    /// <li><b>Owner:</b> Creator of the team, full administrative control</li>
    /// <li><b>Admins:</b> Can manage members and settings</li>
    /// <li><b>Members:</b> Standard access to team resources</li>
    /// <li><b>Viewers:</b> Read-only access</li>
    /// </ul>
    /// <b>What Gets Created:</b><br>
    /// <ul>
    /// <li>Team entity with unique identifier</li>
    /// <li>Owner role automatically assigned to creator</li>
    /// <li>Team workspace for shared resources</li>
    /// <li>Default permission settings</li>
    /// </ul>
    /// <b>Initial Members:</b><br>
    /// You can optionally add initial members with their roles during creation using the &lt;code&gt;userRoles&lt;/code&gt; array.&lt;br&gt;&lt;br&gt;
    /// <b>Validation:</b><br>
    /// <ul>
    /// <li>Team name is required and must be unique in the org</li>
    /// <li>Name: 1-100 characters</li>
    /// <li>Description: Optional, max 500 characters</li>
    /// </ul>
    ///
    /// `POST /teams` (operation `createTeam`)
    fn create_team(
        &self,
        request: CreateTeamRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<CreateTeamResponse>> + Send;
    /// Get team by ID
    ///
    /// Retrieve detailed information about a specific team.<br><br>
    /// <b>Overview:</b><br>
    /// Returns complete team details including metadata, member list with roles, and resource information. Use this for team profile pages and detailed views.<br><br>
    /// <b>Response Includes:</b><br>
    /// <ul>
    /// <li>Team metadata (name, description, slug)</li>
    /// <li>Owner and creator information</li>
    /// <li>Member count and list (with pagination)</li>
    /// <li>Team settings and permissions</li>
    /// <li>Creation and modification timestamps</li>
    /// </ul>
    /// <b>Authorization:</b><br>
    /// <ul>
    /// <li>Team members can view their team</li>
    /// <li>Organization admins can view any team</li>
    /// </ul>
    ///
    /// `GET /teams/{teamId}` (operation `getTeamById`)
    fn get_team_by_id(
        &self,
        request: GetTeamByIdRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetTeamByIdResponse>> + Send;
    /// Update team
    ///
    /// Update team metadata and settings.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint allows updating team properties like name and description. Member management is handled through separate endpoints.<br><br>
    /// <b>Updatable Fields:</b><br>
    /// <ul>
    /// <li><code>name</code>: Team display name (must remain unique)</li>
    /// <li><code>description</code>: Team description</li>
    /// </ul>
    /// <b>Authorization:</b><br>
    /// <ul>
    /// <li><b>Team Owner:</b> Full update access</li>
    /// <li><b>Team Admin:</b> Can update name and description</li>
    /// <li><b>Org Admin:</b> Can update any team</li>
    /// </ul>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>Team update event published</li>
    /// <li>Team slug may be regenerated if name changes</li>
    /// <li>Cached team data invalidated</li>
    /// </ul>
    ///
    /// `PUT /teams/{teamId}` (operation `updateTeam`)
    fn update_team(
        &self,
        request: UpdateTeamRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UpdateTeamResponse>> + Send;
    /// Delete team
    ///
    /// Delete a team from the organization.<br><br>
    /// <b>Behavior:</b><br>
    /// <ul>
    /// <li>Team is soft-deleted (isDeleted: true)</li>
    /// <li>Team members lose access to team resources</li>
    /// <li>Team can be restored by admin if needed</li>
    /// </ul>
    /// <b>Restrictions:</b><br>
    /// <ul>
    /// <li>Only team owner or organization admin can delete</li>
    /// <li>Team must have no active resources (configurable)</li>
    /// </ul>
    ///
    /// `DELETE /teams/{teamId}` (operation `deleteTeam`)
    fn delete_team(
        &self,
        request: DeleteTeamRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<DeleteTeamResponse>> + Send;
    /// Get team members
    ///
    /// Retrieve all users that are members of a specific team.<br><br>
    /// <b>Response Details:</b><br>
    /// <ul>
    /// <li>Returns user profiles with their team role</li>
    /// <li>Supports pagination for large teams</li>
    /// <li>Excludes deleted or inactive users</li>
    /// </ul>
    /// <b>Team Roles:</b><br>
    /// <ul>
    /// <li><code>owner</code> - Full control over team settings and members</li>
    /// <li><code>admin</code> - Can manage members and most settings</li>
    /// <li><code>member</code> - Standard team member</li>
    /// <li><code>viewer</code> - Read-only access to team resources</li>
    /// </ul>
    ///
    /// `GET /teams/{teamId}/users` (operation `getTeamUsers`)
    fn get_team_users(
        &self,
        request: GetTeamUsersRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetTeamUsersResponse>> + Send;
    /// Add users to team
    ///
    /// Add one or more users to a team with specified roles.<br><br>
    /// <b>Behavior:</b><br>
    /// <ul>
    /// <li>Users already in the team are skipped</li>
    /// <li>Default role is "member" if not specified</li>
    /// <li>Sends invitation notification to added users</li>
    /// </ul>
    /// <b>Validation:</b><br>
    /// <ul>
    /// <li>All user IDs must be valid and from the same organization</li>
    /// <li>Role must be one of the allowed values</li>
    /// <li>Only team owner/admin can add members</li>
    /// </ul>
    ///
    /// `POST /teams/{teamId}/users` (operation `addUsersToTeam`)
    fn add_users_to_team(
        &self,
        request: AddUsersToTeamRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<AddUsersToTeamResponse>,
    > + Send;
    /// Remove users from team
    ///
    /// Remove one or more users from a team.<br><br>
    /// <b>Behavior:</b><br>
    /// <ul>
    /// <li>Users not in the team are silently skipped</li>
    /// <li>Removed users lose access to team resources immediately</li>
    /// </ul>
    /// <b>Restrictions:</b><br>
    /// <ul>
    /// <li>Cannot remove the team owner</li>
    /// <li>Only team owner/admin can remove members</li>
    /// <li>Admins cannot remove other admins (only owner can)</li>
    /// </ul>
    ///
    /// `DELETE /teams/{teamId}/users` (operation `removeUsersFromTeam`)
    fn remove_users_from_team(
        &self,
        request: RemoveUsersFromTeamRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RemoveUsersFromTeamResponse>,
    > + Send;
    /// Update user role in team
    ///
    /// Update a user's role/permissions within a team.<br><br>
    /// <b>Available Roles:</b><br>
    /// <ul>
    /// <li><code>owner</code> - Full control (only one per team, transferable)</li>
    /// <li><code>admin</code> - Can manage members and settings</li>
    /// <li><code>member</code> - Standard access</li>
    /// <li><code>viewer</code> - Read-only access</li>
    /// </ul>
    /// <b>Restrictions:</b><br>
    /// <ul>
    /// <li>Only team owner can promote to admin</li>
    /// <li>Only team owner can transfer ownership</li>
    /// <li>Admins can modify member/viewer roles</li>
    /// </ul>
    ///
    /// `PUT /teams/{teamId}/users/permissions` (operation `updateTeamUserPermissions`)
    fn update_team_user_permissions(
        &self,
        request: UpdateTeamUserPermissionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateTeamUserPermissionsResponse>,
    > + Send;
    /// Get current user's teams
    ///
    /// Retrieve all teams that the authenticated user is a member of.<br><br>
    /// <b>Response Details:</b><br>
    /// <ul>
    /// <li>Includes teams where user is owner, admin, member, or viewer</li>
    /// <li>Returns user's role in each team</li>
    /// <li>Sorted by most recently accessed</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Populating team switcher in UI</li>
    /// <li>Dashboard team list</li>
    /// <li>Access control checks</li>
    /// </ul>
    ///
    /// `GET /teams/user/teams` (operation `getUserTeams`)
    fn get_user_teams(
        &self,
        request: GetUserTeamsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetUserTeamsResponse>> + Send;
    /// Get teams created by current user
    ///
    /// Retrieve all teams that were created by the authenticated user.<br><br>
    /// <b>Response Details:</b><br>
    /// <ul>
    /// <li>Only includes teams where user is the original creator</li>
    /// <li>User may or may not still be the owner (ownership can be transferred)</li>
    /// <li>Useful for tracking team creation history</li>
    /// </ul>
    ///
    /// `GET /teams/user/teams/created` (operation `getUserCreatedTeams`)
    fn get_user_created_teams(
        &self,
        request: GetUserCreatedTeamsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetUserCreatedTeamsResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(teams::routes().merge(...), service)`.
pub fn routes<S: TeamsApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/teams",
            axum::routing::get(crate::apis::teams::handle_list_teams::<S>)
                .post(crate::apis::teams::handle_create_team::<S>),
        );
    let routes = routes
        .route(
            "/teams/user/teams",
            axum::routing::get(crate::apis::teams::handle_get_user_teams::<S>),
        );
    let routes = routes
        .route(
            "/teams/user/teams/created",
            axum::routing::get(crate::apis::teams::handle_get_user_created_teams::<S>),
        );
    let routes = routes
        .route(
            "/teams/{p0}",
            axum::routing::get(crate::apis::teams::handle_get_team_by_id::<S>)
                .put(crate::apis::teams::handle_update_team::<S>)
                .delete(crate::apis::teams::handle_delete_team::<S>),
        );
    let routes = routes
        .route(
            "/teams/{p0}/users",
            axum::routing::get(crate::apis::teams::handle_get_team_users::<S>)
                .post(crate::apis::teams::handle_add_users_to_team::<S>)
                .delete(crate::apis::teams::handle_remove_users_from_team::<S>),
        );
    routes
        .route(
            "/teams/{p0}/users/permissions",
            axum::routing::put(
                crate::apis::teams::handle_update_team_user_permissions::<S>,
            ),
        )
}

/// What a `GET /teams` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListTeamsRequest {
    /// query parameter `search`.
    ///
    /// Search teams by name or description
    pub search: ::std::option::Option<::std::string::String>,
    /// query parameter `limit`.
    ///
    /// Number of results per page
    pub limit: ::std::option::Option<i64>,
    /// query parameter `page`.
    ///
    /// Page number (1-based)
    pub page: ::std::option::Option<i64>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /teams` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListTeamsResponse {
    /// Status `200`: Teams retrieved successfully
    Ok(crate::models::ListTeamsResponse),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
}
impl IntoResponse for ListTeamsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListTeamsRequest {
    /// Reads and checks a `GET /teams` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListTeamsRequest {
            search: query.optional("search", false)?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /teams` request and hands it to [`TeamsApi::list_teams`].
pub async fn handle_list_teams<S: TeamsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listTeams",
        path: "/teams",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListTeamsRequest::read,
            |request| service.list_teams(request),
        )
        .await
}

/// What a `POST /teams` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTeamRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateTeamBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /teams` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateTeamResponse {
    /// Status `201`: Team created successfully
    Created(crate::models::CreateTeamResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Missing team name</li>
    /// <li>Team name already exists</li>
    /// <li>Invalid user IDs in userRoles</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
}
impl IntoResponse for CreateTeamResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl CreateTeamRequest {
    /// Reads and checks a `POST /teams` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateTeamRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /teams` request and hands it to [`TeamsApi::create_team`].
pub async fn handle_create_team<S: TeamsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createTeam",
        path: "/teams",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateTeamRequest::read,
            |request| service.create_team(request),
        )
        .await
}

/// What a `GET /teams/{teamId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetTeamByIdRequest {
    /// path parameter `teamId`.
    ///
    /// Team ID (24-character MongoDB ObjectId)
    pub team_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /teams/{teamId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTeamByIdResponse {
    /// Status `200`: Team details retrieved successfully
    Ok(crate::models::GetTeamByIdResponse),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Not a team member
    Forbidden,
    /// Status `404`: Team not found
    NotFound,
}
impl IntoResponse for GetTeamByIdResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetTeamByIdRequest {
    /// Reads and checks a `GET /teams/{teamId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetTeamByIdRequest {
            team_id: runtime::checked(
                runtime::path_param(path, "p0", "teamId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "teamId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /teams/{teamId}` request and hands it to [`TeamsApi::get_team_by_id`].
pub async fn handle_get_team_by_id<S: TeamsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getTeamById",
        path: "/teams/{teamId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetTeamByIdRequest::read,
            |request| service.get_team_by_id(request),
        )
        .await
}

/// What a `PUT /teams/{teamId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateTeamRequest {
    /// path parameter `teamId`.
    ///
    /// Team ID (24-character MongoDB ObjectId)
    pub team_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateTeamBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /teams/{teamId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateTeamResponse {
    /// Status `200`: Team updated successfully
    Ok(crate::models::UpdateTeamResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Team name already exists</li>
    /// <li>Invalid field values</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Insufficient permissions to update this team
    Forbidden,
    /// Status `404`: Team not found
    NotFound,
}
impl IntoResponse for UpdateTeamResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateTeamRequest {
    /// Reads and checks a `PUT /teams/{teamId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateTeamRequest {
            team_id: runtime::checked(
                runtime::path_param(path, "p0", "teamId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "teamId",
            )?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /teams/{teamId}` request and hands it to [`TeamsApi::update_team`].
pub async fn handle_update_team<S: TeamsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateTeam",
        path: "/teams/{teamId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateTeamRequest::read,
            |request| service.update_team(request),
        )
        .await
}

/// What a `DELETE /teams/{teamId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTeamRequest {
    /// path parameter `teamId`.
    ///
    /// Unique identifier of the team to delete
    pub team_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /teams/{teamId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteTeamResponse {
    /// Status `200`: Team deleted successfully
    Ok(crate::models::DeleteTeamResponse),
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Only team owner or admin can delete
    Forbidden,
    /// Status `404`: Team not found
    NotFound,
}
impl IntoResponse for DeleteTeamResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteTeamRequest {
    /// Reads and checks a `DELETE /teams/{teamId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteTeamRequest {
            team_id: runtime::checked(
                runtime::path_param(path, "p0", "teamId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "teamId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /teams/{teamId}` request and hands it to [`TeamsApi::delete_team`].
pub async fn handle_delete_team<S: TeamsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteTeam",
        path: "/teams/{teamId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteTeamRequest::read,
            |request| service.delete_team(request),
        )
        .await
}

/// What a `GET /teams/{teamId}/users` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetTeamUsersRequest {
    /// path parameter `teamId`.
    ///
    /// Unique identifier of the team
    pub team_id: ::std::string::String,
    /// query parameter `page`.
    ///
    /// Page number for pagination (1-based)
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    ///
    /// Number of users per page
    pub limit: ::std::option::Option<i64>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /teams/{teamId}/users` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetTeamUsersResponse {
    /// Status `200`: Team members retrieved successfully
    Ok(crate::models::GetTeamUsersResponse),
    /// Status `400`: Invalid team ID format
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Must be team member to view members
    Forbidden,
    /// Status `404`: Team not found
    NotFound,
}
impl IntoResponse for GetTeamUsersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetTeamUsersRequest {
    /// Reads and checks a `GET /teams/{teamId}/users` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetTeamUsersRequest {
            team_id: runtime::checked(
                runtime::path_param(path, "p0", "teamId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "teamId",
            )?,
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /teams/{teamId}/users` request and hands it to [`TeamsApi::get_team_users`].
pub async fn handle_get_team_users<S: TeamsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getTeamUsers",
        path: "/teams/{teamId}/users",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetTeamUsersRequest::read,
            |request| service.get_team_users(request),
        )
        .await
}

/// What a `POST /teams/{teamId}/users` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AddUsersToTeamRequest {
    /// path parameter `teamId`.
    ///
    /// Unique identifier of the team
    pub team_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::AddUsersToTeamBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /teams/{teamId}/users` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AddUsersToTeamResponse {
    /// Status `200`: Users added to team successfully
    Ok(crate::models::AddUsersToTeamResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Invalid team ID or user ID format</li>
    /// <li>Invalid role specified</li>
    /// <li>Empty users array</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Only team owner/admin can add members
    Forbidden,
    /// Status `404`: Team or one or more users not found
    NotFound,
}
impl IntoResponse for AddUsersToTeamResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl AddUsersToTeamRequest {
    /// Reads and checks a `POST /teams/{teamId}/users` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(AddUsersToTeamRequest {
            team_id: runtime::checked(
                runtime::path_param(path, "p0", "teamId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "teamId",
            )?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /teams/{teamId}/users` request and hands it to [`TeamsApi::add_users_to_team`].
pub async fn handle_add_users_to_team<S: TeamsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "addUsersToTeam",
        path: "/teams/{teamId}/users",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AddUsersToTeamRequest::read,
            |request| service.add_users_to_team(request),
        )
        .await
}

/// What a `DELETE /teams/{teamId}/users` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveUsersFromTeamRequest {
    /// path parameter `teamId`.
    ///
    /// Unique identifier of the team
    pub team_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::RemoveUsersFromTeamBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /teams/{teamId}/users` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RemoveUsersFromTeamResponse {
    /// Status `200`: Users removed from team successfully
    Ok(crate::models::RemoveUsersFromTeamResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Invalid team ID or user ID format</li>
    /// <li>Cannot remove team owner</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Only team owner/admin can remove members
    Forbidden,
    /// Status `404`: Team not found
    NotFound,
}
impl IntoResponse for RemoveUsersFromTeamResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl RemoveUsersFromTeamRequest {
    /// Reads and checks a `DELETE /teams/{teamId}/users` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RemoveUsersFromTeamRequest {
            team_id: runtime::checked(
                runtime::path_param(path, "p0", "teamId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "teamId",
            )?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /teams/{teamId}/users` request and hands it to [`TeamsApi::remove_users_from_team`].
pub async fn handle_remove_users_from_team<S: TeamsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "removeUsersFromTeam",
        path: "/teams/{teamId}/users",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RemoveUsersFromTeamRequest::read,
            |request| service.remove_users_from_team(request),
        )
        .await
}

/// What a `PUT /teams/{teamId}/users/permissions` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateTeamUserPermissionsRequest {
    /// path parameter `teamId`.
    ///
    /// Unique identifier of the team
    pub team_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateTeamUserPermissionsBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /teams/{teamId}/users/permissions` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateTeamUserPermissionsResponse {
    /// Status `200`: User role updated successfully
    Ok(crate::models::UpdateTeamUserPermissionsResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Invalid team ID or user ID format</li>
    /// <li>Invalid role specified</li>
    /// <li>User not a member of the team</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden. Possible reasons:<br>
    /// <ul>
    /// <li>Insufficient permissions to modify this role</li>
    /// <li>Cannot demote yourself as owner</li>
    /// </ul>
    Forbidden,
    /// Status `404`: Team or user not found
    NotFound,
}
impl IntoResponse for UpdateTeamUserPermissionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateTeamUserPermissionsRequest {
    /// Reads and checks a `PUT /teams/{teamId}/users/permissions` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateTeamUserPermissionsRequest {
            team_id: runtime::checked(
                runtime::path_param(path, "p0", "teamId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "teamId",
            )?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /teams/{teamId}/users/permissions` request and hands it to [`TeamsApi::update_team_user_permissions`].
pub async fn handle_update_team_user_permissions<S: TeamsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateTeamUserPermissions",
        path: "/teams/{teamId}/users/permissions",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateTeamUserPermissionsRequest::read,
            |request| service.update_team_user_permissions(request),
        )
        .await
}

/// What a `GET /teams/user/teams` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserTeamsRequest {
    /// query parameter `page`.
    ///
    /// Page number for pagination (1-based)
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    ///
    /// Number of teams per page
    pub limit: ::std::option::Option<i64>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /teams/user/teams` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserTeamsResponse {
    /// Status `200`: User's teams retrieved successfully
    Ok(crate::models::GetUserTeamsResponse),
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
}
impl IntoResponse for GetUserTeamsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetUserTeamsRequest {
    /// Reads and checks a `GET /teams/user/teams` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetUserTeamsRequest {
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /teams/user/teams` request and hands it to [`TeamsApi::get_user_teams`].
pub async fn handle_get_user_teams<S: TeamsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getUserTeams",
        path: "/teams/user/teams",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetUserTeamsRequest::read,
            |request| service.get_user_teams(request),
        )
        .await
}

/// What a `GET /teams/user/teams/created` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserCreatedTeamsRequest {
    /// query parameter `page`.
    ///
    /// Page number for pagination (1-based)
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    ///
    /// Number of teams per page
    pub limit: ::std::option::Option<i64>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /teams/user/teams/created` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserCreatedTeamsResponse {
    /// Status `200`: User's created teams retrieved successfully
    Ok(crate::models::GetUserCreatedTeamsResponse),
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
}
impl IntoResponse for GetUserCreatedTeamsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetUserCreatedTeamsRequest {
    /// Reads and checks a `GET /teams/user/teams/created` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetUserCreatedTeamsRequest {
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /teams/user/teams/created` request and hands it to [`TeamsApi::get_user_created_teams`].
pub async fn handle_get_user_created_teams<S: TeamsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getUserCreatedTeams",
        path: "/teams/user/teams/created",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetUserCreatedTeamsRequest::read,
            |request| service.get_user_created_teams(request),
        )
        .await
}
