//! Operations of the `Teams` API.
//!
//! Team management operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListTeamsParams`\]).
    pub fn list_teams(
        &self,
    ) -> Call<
        '_,
        ListTeamsParams<'_>,
        crate::models::ListTeamsResponse,
        ListTeamsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listTeams",
            method: "GET",
            path: "/teams",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListTeamsParams {
                search: None,
                limit: None,
                page: None,
            },
            |client, params| {
                let ListTeamsParams { search, limit, page } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/teams");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "search",
                    &search,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "page",
                    &page,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ListTeamsError::Unauthorized)),
                _ => Err(Error::Status(ListTeamsError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::list_teams`], kept in its [`Call`] until it is awaited.
pub struct ListTeamsParams<'a> {
    search: ::std::option::Option<&'a str>,
    limit: ::std::option::Option<i64>,
    page: ::std::option::Option<i64>,
}
impl<'a, T, E> Call<'a, ListTeamsParams<'a>, T, E> {
    /// * `search`: query parameter `search`. Search teams by name or description
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
        self
    }
    /// * `limit`: query parameter `limit`. Number of results per page
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `page`: query parameter `page`. Page number (1-based)
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
}
/// Error responses of [`Client::list_teams`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListTeamsError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListTeamsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listTeams", status, message)
    }
}
impl ::std::error::Error for ListTeamsError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_team<'a>(
        &'a self,
        body: &'a crate::models::CreateTeamBody,
    ) -> Call<
        'a,
        CreateTeamParams<'a>,
        crate::models::CreateTeamResponse,
        CreateTeamError,
    > {
        const OPERATION: Operation = Operation {
            id: "createTeam",
            method: "POST",
            path: "/teams",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateTeamParams { body },
            |client, params| {
                let CreateTeamParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/teams");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateTeamError::BadRequest)),
                401 => Err(Error::Status(CreateTeamError::Unauthorized)),
                _ => Err(Error::Status(CreateTeamError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::create_team`], kept in its [`Call`] until it is awaited.
pub struct CreateTeamParams<'a> {
    body: &'a crate::models::CreateTeamBody,
}
/// Error responses of [`Client::create_team`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateTeamError {
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Missing team name</li>
    /// <li>Team name already exists</li>
    /// <li>Invalid user IDs in userRoles</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateTeamError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createTeam", status, message)
    }
}
impl ::std::error::Error for CreateTeamError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `team_id`: path parameter `teamId`. Team ID (24-character MongoDB ObjectId)
    pub fn get_team_by_id<'a>(
        &'a self,
        team_id: &'a str,
    ) -> Call<
        'a,
        GetTeamByIdParams<'a>,
        crate::models::GetTeamByIdResponse,
        GetTeamByIdError,
    > {
        const OPERATION: Operation = Operation {
            id: "getTeamById",
            method: "GET",
            path: "/teams/{teamId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetTeamByIdParams { team_id },
            |client, params| {
                let GetTeamByIdParams { team_id } = params;
                let path = format!(
                    "/teams/{}",
                    crate::runtime::path_param("teamId", team_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetTeamByIdError::Unauthorized)),
                403 => Err(Error::Status(GetTeamByIdError::Forbidden)),
                404 => Err(Error::Status(GetTeamByIdError::NotFound)),
                _ => Err(Error::Status(GetTeamByIdError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_team_by_id`], kept in its [`Call`] until it is awaited.
pub struct GetTeamByIdParams<'a> {
    team_id: &'a str,
}
/// Error responses of [`Client::get_team_by_id`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetTeamByIdError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Not a team member
    Forbidden,
    /// Status `404`: Team not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetTeamByIdError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getTeamById", status, message)
    }
}
impl ::std::error::Error for GetTeamByIdError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `team_id`: path parameter `teamId`. Team ID (24-character MongoDB ObjectId)
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_team<'a>(
        &'a self,
        team_id: &'a str,
        body: &'a crate::models::UpdateTeamBody,
    ) -> Call<
        'a,
        UpdateTeamParams<'a>,
        crate::models::UpdateTeamResponse,
        UpdateTeamError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateTeam",
            method: "PUT",
            path: "/teams/{teamId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateTeamParams { team_id, body },
            |client, params| {
                let UpdateTeamParams { team_id, body } = params;
                let path = format!(
                    "/teams/{}",
                    crate::runtime::path_param("teamId", team_id, Style::Simple, false),
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
                400 => Err(Error::Status(UpdateTeamError::BadRequest)),
                401 => Err(Error::Status(UpdateTeamError::Unauthorized)),
                403 => Err(Error::Status(UpdateTeamError::Forbidden)),
                404 => Err(Error::Status(UpdateTeamError::NotFound)),
                _ => Err(Error::Status(UpdateTeamError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::update_team`], kept in its [`Call`] until it is awaited.
pub struct UpdateTeamParams<'a> {
    team_id: &'a str,
    body: &'a crate::models::UpdateTeamBody,
}
/// Error responses of [`Client::update_team`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateTeamError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateTeamError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateTeam", status, message)
    }
}
impl ::std::error::Error for UpdateTeamError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `team_id`: path parameter `teamId`. Unique identifier of the team to delete
    pub fn delete_team<'a>(
        &'a self,
        team_id: &'a str,
    ) -> Call<
        'a,
        DeleteTeamParams<'a>,
        crate::models::DeleteTeamResponse,
        DeleteTeamError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteTeam",
            method: "DELETE",
            path: "/teams/{teamId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteTeamParams { team_id },
            |client, params| {
                let DeleteTeamParams { team_id } = params;
                let path = format!(
                    "/teams/{}",
                    crate::runtime::path_param("teamId", team_id, Style::Simple, false),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(DeleteTeamError::Unauthorized)),
                403 => Err(Error::Status(DeleteTeamError::Forbidden)),
                404 => Err(Error::Status(DeleteTeamError::NotFound)),
                _ => Err(Error::Status(DeleteTeamError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::delete_team`], kept in its [`Call`] until it is awaited.
pub struct DeleteTeamParams<'a> {
    team_id: &'a str,
}
/// Error responses of [`Client::delete_team`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteTeamError {
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Only team owner or admin can delete
    Forbidden,
    /// Status `404`: Team not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteTeamError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteTeam", status, message)
    }
}
impl ::std::error::Error for DeleteTeamError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `team_id`: path parameter `teamId`. Unique identifier of the team
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetTeamUsersParams`\]).
    pub fn get_team_users<'a>(
        &'a self,
        team_id: &'a str,
    ) -> Call<
        'a,
        GetTeamUsersParams<'a>,
        crate::models::GetTeamUsersResponse,
        GetTeamUsersError,
    > {
        const OPERATION: Operation = Operation {
            id: "getTeamUsers",
            method: "GET",
            path: "/teams/{teamId}/users",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetTeamUsersParams {
                team_id,
                page: None,
                limit: None,
            },
            |client, params| {
                let GetTeamUsersParams { team_id, page, limit } = params;
                let path = format!(
                    "/teams/{}/users",
                    crate::runtime::path_param("teamId", team_id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "page",
                    &page,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetTeamUsersError::BadRequest)),
                401 => Err(Error::Status(GetTeamUsersError::Unauthorized)),
                403 => Err(Error::Status(GetTeamUsersError::Forbidden)),
                404 => Err(Error::Status(GetTeamUsersError::NotFound)),
                _ => {
                    Err(Error::Status(GetTeamUsersError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// The parameters of [`Client::get_team_users`], kept in its [`Call`] until it is awaited.
pub struct GetTeamUsersParams<'a> {
    team_id: &'a str,
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
}
impl<'a, T, E> Call<'a, GetTeamUsersParams<'a>, T, E> {
    /// * `page`: query parameter `page`. Page number for pagination (1-based)
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `limit`: query parameter `limit`. Number of users per page
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
}
/// Error responses of [`Client::get_team_users`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetTeamUsersError {
    /// Status `400`: Invalid team ID format
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Must be team member to view members
    Forbidden,
    /// Status `404`: Team not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetTeamUsersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getTeamUsers", status, message)
    }
}
impl ::std::error::Error for GetTeamUsersError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `team_id`: path parameter `teamId`. Unique identifier of the team
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn add_users_to_team<'a>(
        &'a self,
        team_id: &'a str,
        body: &'a crate::models::AddUsersToTeamBody,
    ) -> Call<
        'a,
        AddUsersToTeamParams<'a>,
        crate::models::AddUsersToTeamResponse,
        AddUsersToTeamError,
    > {
        const OPERATION: Operation = Operation {
            id: "addUsersToTeam",
            method: "POST",
            path: "/teams/{teamId}/users",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            AddUsersToTeamParams {
                team_id,
                body,
            },
            |client, params| {
                let AddUsersToTeamParams { team_id, body } = params;
                let path = format!(
                    "/teams/{}/users",
                    crate::runtime::path_param("teamId", team_id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(AddUsersToTeamError::BadRequest)),
                401 => Err(Error::Status(AddUsersToTeamError::Unauthorized)),
                403 => Err(Error::Status(AddUsersToTeamError::Forbidden)),
                404 => Err(Error::Status(AddUsersToTeamError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            AddUsersToTeamError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::add_users_to_team`], kept in its [`Call`] until it is awaited.
pub struct AddUsersToTeamParams<'a> {
    team_id: &'a str,
    body: &'a crate::models::AddUsersToTeamBody,
}
/// Error responses of [`Client::add_users_to_team`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AddUsersToTeamError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AddUsersToTeamError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "addUsersToTeam", status, message)
    }
}
impl ::std::error::Error for AddUsersToTeamError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `team_id`: path parameter `teamId`. Unique identifier of the team
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn remove_users_from_team<'a>(
        &'a self,
        team_id: &'a str,
        body: &'a crate::models::RemoveUsersFromTeamBody,
    ) -> Call<
        'a,
        RemoveUsersFromTeamParams<'a>,
        crate::models::RemoveUsersFromTeamResponse,
        RemoveUsersFromTeamError,
    > {
        const OPERATION: Operation = Operation {
            id: "removeUsersFromTeam",
            method: "DELETE",
            path: "/teams/{teamId}/users",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            RemoveUsersFromTeamParams {
                team_id,
                body,
            },
            |client, params| {
                let RemoveUsersFromTeamParams { team_id, body } = params;
                let path = format!(
                    "/teams/{}/users",
                    crate::runtime::path_param("teamId", team_id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(RemoveUsersFromTeamError::BadRequest)),
                401 => Err(Error::Status(RemoveUsersFromTeamError::Unauthorized)),
                403 => Err(Error::Status(RemoveUsersFromTeamError::Forbidden)),
                404 => Err(Error::Status(RemoveUsersFromTeamError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            RemoveUsersFromTeamError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::remove_users_from_team`], kept in its [`Call`] until it is awaited.
pub struct RemoveUsersFromTeamParams<'a> {
    team_id: &'a str,
    body: &'a crate::models::RemoveUsersFromTeamBody,
}
/// Error responses of [`Client::remove_users_from_team`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RemoveUsersFromTeamError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RemoveUsersFromTeamError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "removeUsersFromTeam", status, message)
    }
}
impl ::std::error::Error for RemoveUsersFromTeamError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `team_id`: path parameter `teamId`. Unique identifier of the team
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_team_user_permissions<'a>(
        &'a self,
        team_id: &'a str,
        body: &'a crate::models::UpdateTeamUserPermissionsBody,
    ) -> Call<
        'a,
        UpdateTeamUserPermissionsParams<'a>,
        crate::models::UpdateTeamUserPermissionsResponse,
        UpdateTeamUserPermissionsError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateTeamUserPermissions",
            method: "PUT",
            path: "/teams/{teamId}/users/permissions",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateTeamUserPermissionsParams {
                team_id,
                body,
            },
            |client, params| {
                let UpdateTeamUserPermissionsParams { team_id, body } = params;
                let path = format!(
                    "/teams/{}/users/permissions",
                    crate::runtime::path_param("teamId", team_id, Style::Simple, false),
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
                400 => Err(Error::Status(UpdateTeamUserPermissionsError::BadRequest)),
                401 => Err(Error::Status(UpdateTeamUserPermissionsError::Unauthorized)),
                403 => Err(Error::Status(UpdateTeamUserPermissionsError::Forbidden)),
                404 => Err(Error::Status(UpdateTeamUserPermissionsError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateTeamUserPermissionsError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_team_user_permissions`], kept in its [`Call`] until it is awaited.
pub struct UpdateTeamUserPermissionsParams<'a> {
    team_id: &'a str,
    body: &'a crate::models::UpdateTeamUserPermissionsBody,
}
/// Error responses of [`Client::update_team_user_permissions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateTeamUserPermissionsError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateTeamUserPermissionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateTeamUserPermissions", status, message)
    }
}
impl ::std::error::Error for UpdateTeamUserPermissionsError {}

impl Client {
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
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetUserTeamsParams`\]).
    pub fn get_user_teams(
        &self,
    ) -> Call<
        '_,
        GetUserTeamsParams<'_>,
        crate::models::GetUserTeamsResponse,
        GetUserTeamsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getUserTeams",
            method: "GET",
            path: "/teams/user/teams",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetUserTeamsParams {
                page: None,
                limit: None,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let GetUserTeamsParams { page, limit, .. } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/teams/user/teams");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "page",
                    &page,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetUserTeamsError::Unauthorized)),
                _ => {
                    Err(Error::Status(GetUserTeamsError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// The parameters of [`Client::get_user_teams`], kept in its [`Call`] until it is awaited.
pub struct GetUserTeamsParams<'a> {
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
impl<'a, T, E> Call<'a, GetUserTeamsParams<'a>, T, E> {
    /// * `page`: query parameter `page`. Page number for pagination (1-based)
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `limit`: query parameter `limit`. Number of teams per page
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
}
/// Error responses of [`Client::get_user_teams`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUserTeamsError {
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetUserTeamsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getUserTeams", status, message)
    }
}
impl ::std::error::Error for GetUserTeamsError {}

impl Client {
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
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetUserCreatedTeamsParams`\]).
    pub fn get_user_created_teams(
        &self,
    ) -> Call<
        '_,
        GetUserCreatedTeamsParams<'_>,
        crate::models::GetUserCreatedTeamsResponse,
        GetUserCreatedTeamsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getUserCreatedTeams",
            method: "GET",
            path: "/teams/user/teams/created",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetUserCreatedTeamsParams {
                page: None,
                limit: None,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let GetUserCreatedTeamsParams { page, limit, .. } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/teams/user/teams/created",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "page",
                    &page,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetUserCreatedTeamsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetUserCreatedTeamsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_user_created_teams`], kept in its [`Call`] until it is awaited.
pub struct GetUserCreatedTeamsParams<'a> {
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
impl<'a, T, E> Call<'a, GetUserCreatedTeamsParams<'a>, T, E> {
    /// * `page`: query parameter `page`. Page number for pagination (1-based)
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `limit`: query parameter `limit`. Number of teams per page
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
}
/// Error responses of [`Client::get_user_created_teams`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUserCreatedTeamsError {
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetUserCreatedTeamsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getUserCreatedTeams", status, message)
    }
}
impl ::std::error::Error for GetUserCreatedTeamsError {}
