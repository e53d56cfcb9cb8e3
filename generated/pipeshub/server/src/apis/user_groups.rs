//! The `User Groups` API.
//!
//! User group management operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// User group management operations
pub trait UserGroupsApi: Clone + Send + Sync + 'static {
    /// Get all user groups
    ///
    /// Retrieve all user groups in the organization.<br><br>
    /// <b>Response Details:</b><br>
    /// <ul>
    /// <li>Returns all groups including admin, standard, everyone, and custom types</li>
    /// <li>Groups are returned with their member counts</li>
    /// <li>Soft-deleted groups are excluded by default</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Populating group selection dropdowns</li>
    /// <li>Managing group memberships</li>
    /// <li>Access control configuration</li>
    /// </ul>
    ///
    /// `GET /user-groups` (operation `getAllUserGroups`)
    fn get_all_user_groups(
        &self,
        request: GetAllUserGroupsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetAllUserGroupsResponse>,
    > + Send;
    /// Create user group
    ///
    /// Create a new user group within the organization.<br><br>
    /// <b>Group Types:</b><br>
    /// <ul>
    /// <li><code>admin</code> - Administrative group with elevated privileges</li>
    /// <li><code>standard</code> - Regular user group</li>
    /// <li><code>everyone</code> - Automatically includes all organization users</li>
    /// <li><code>custom</code> - Custom group with manual membership management</li>
    /// </ul>
    /// <b>Validation Rules:</b><br>
    /// <ul>
    /// <li>Group name must be unique within the organization</li>
    /// <li>Group name is required and cannot be empty</li>
    /// <li>Type must be one of the allowed values</li>
    /// </ul>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>Creates a unique slug from the group name</li>
    /// <li>Sets createdBy to the authenticated user</li>
    /// </ul>
    ///
    /// `POST /user-groups` (operation `createUserGroup`)
    fn create_user_group(
        &self,
        request: CreateUserGroupRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateUserGroupResponse>,
    > + Send;
    /// Get user group by ID
    ///
    /// Retrieve detailed information about a specific user group.<br><br>
    /// <b>Response Includes:</b><br>
    /// <ul>
    /// <li>Group metadata (name, type, description)</li>
    /// <li>Member count</li>
    /// <li>Creation and modification timestamps</li>
    /// <li>Creator information</li>
    /// </ul>
    ///
    /// `GET /user-groups/{groupId}` (operation `getUserGroupById`)
    fn get_user_group_by_id(
        &self,
        request: GetUserGroupByIdRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetUserGroupByIdResponse>,
    > + Send;
    /// Update user group
    ///
    /// Update an existing user group's information.<br><br>
    /// <b>Updatable Fields:</b><br>
    /// <ul>
    /// <li><code>name</code> - Display name (must remain unique)</li>
    /// <li><code>description</code> - Group description</li>
    /// </ul>
    /// <b>Note:</b> Group type cannot be changed after creation.
    ///
    /// `PUT /user-groups/{groupId}` (operation `updateUserGroup`)
    fn update_user_group(
        &self,
        request: UpdateUserGroupRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateUserGroupResponse>,
    > + Send;
    /// Delete user group
    ///
    /// Soft delete a user group.<br><br>
    /// <b>Behavior:</b><br>
    /// <ul>
    /// <li>Group is marked as deleted (isDeleted: true)</li>
    /// <li>Group members are not affected</li>
    /// <li>Group can be restored by admin if needed</li>
    /// </ul>
    /// <b>Restrictions:</b><br>
    /// <ul>
    /// <li>Cannot delete system groups (admin, everyone)</li>
    /// <li>Requires admin privileges</li>
    /// </ul>
    ///
    /// `DELETE /user-groups/{groupId}` (operation `deleteUserGroup`)
    fn delete_user_group(
        &self,
        request: DeleteUserGroupRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteUserGroupResponse>,
    > + Send;
    /// Add users to group
    ///
    /// Add one or more users to a user group.<br><br>
    /// <b>Behavior:</b><br>
    /// <ul>
    /// <li>Users already in the group are silently skipped</li>
    /// <li>Invalid user IDs are reported in the response</li>
    /// <li>Operation is atomic - all valid users are added together</li>
    /// </ul>
    /// <b>Validation:</b><br>
    /// <ul>
    /// <li>All user IDs must be valid MongoDB ObjectIds</li>
    /// <li>Users must belong to the same organization</li>
    /// <li>Group must exist and not be deleted</li>
    /// </ul>
    ///
    /// `POST /user-groups/add-users` (operation `addUsersToGroup`)
    fn add_users_to_group(
        &self,
        request: AddUsersToGroupRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<AddUsersToGroupResponse>,
    > + Send;
    /// Remove users from group
    ///
    /// Remove one or more users from a user group.<br><br>
    /// <b>Behavior:</b><br>
    /// <ul>
    /// <li>Users not in the group are silently skipped</li>
    /// <li>Operation is atomic - all specified users are removed together</li>
    /// </ul>
    /// <b>Restrictions:</b><br>
    /// <ul>
    /// <li>Cannot remove users from "everyone" group type</li>
    /// <li>Cannot remove the last admin from admin group</li>
    /// </ul>
    ///
    /// `POST /user-groups/remove-users` (operation `removeUsersFromGroup`)
    fn remove_users_from_group(
        &self,
        request: RemoveUsersFromGroupRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<RemoveUsersFromGroupResponse>,
    > + Send;
    /// Get users in a group
    ///
    /// Retrieve all users that belong to a specific user group.<br><br>
    /// <b>Response Details:</b><br>
    /// <ul>
    /// <li>Returns user profiles with basic information</li>
    /// <li>Supports pagination for large groups</li>
    /// <li>Excludes deleted users</li>
    /// </ul>
    ///
    /// `GET /user-groups/{groupId}/users` (operation `getUsersInGroup`)
    fn get_users_in_group(
        &self,
        request: GetUsersInGroupRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetUsersInGroupResponse>,
    > + Send;
    /// Get groups for a user
    ///
    /// Retrieve all user groups that a specific user belongs to.<br><br>
    /// <b>Response Details:</b><br>
    /// <ul>
    /// <li>Includes all group types (admin, standard, everyone, custom)</li>
    /// <li>Returns group metadata for each membership</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Displaying user's group memberships in profile</li>
    /// <li>Access control checks</li>
    /// <li>Permission inheritance calculations</li>
    /// </ul>
    ///
    /// `GET /user-groups/users/{userId}` (operation `getGroupsForUser`)
    fn get_groups_for_user(
        &self,
        request: GetGroupsForUserRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetGroupsForUserResponse>,
    > + Send;
    /// Get user group statistics
    ///
    /// Retrieve statistics for all user groups in the organization.<br><br>
    /// <b>Statistics Include:</b><br>
    /// <ul>
    /// <li>Total number of groups by type</li>
    /// <li>Member counts per group</li>
    /// <li>Active vs deleted groups</li>
    /// <li>Recently created/modified groups</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Admin dashboard displays</li>
    /// <li>Organization analytics</li>
    /// <li>Capacity planning</li>
    /// </ul>
    ///
    /// `GET /user-groups/stats/list` (operation `getUserGroupStats`)
    fn get_user_group_stats(
        &self,
        request: GetUserGroupStatsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetUserGroupStatsResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(user_groups::routes().merge(...), service)`.
pub fn routes<S: UserGroupsApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/user-groups",
            axum::routing::get(crate::apis::user_groups::handle_get_all_user_groups::<S>)
                .post(crate::apis::user_groups::handle_create_user_group::<S>),
        );
    let routes = routes
        .route(
            "/user-groups/add-users",
            axum::routing::post(crate::apis::user_groups::handle_add_users_to_group::<S>),
        );
    let routes = routes
        .route(
            "/user-groups/remove-users",
            axum::routing::post(
                crate::apis::user_groups::handle_remove_users_from_group::<S>,
            ),
        );
    let routes = routes
        .route(
            "/user-groups/stats/list",
            axum::routing::get(
                crate::apis::user_groups::handle_get_user_group_stats::<S>,
            ),
        );
    let routes = routes
        .route(
            "/user-groups/users/{p0}",
            axum::routing::get(crate::apis::user_groups::handle_get_groups_for_user::<S>),
        );
    let routes = routes
        .route(
            "/user-groups/{p0}",
            axum::routing::get(
                    crate::apis::user_groups::handle_get_user_group_by_id::<S>,
                )
                .put(crate::apis::user_groups::handle_update_user_group::<S>)
                .delete(crate::apis::user_groups::handle_delete_user_group::<S>),
        );
    routes
        .route(
            "/user-groups/{p0}/users",
            axum::routing::get(crate::apis::user_groups::handle_get_users_in_group::<S>),
        )
}

/// What a `GET /user-groups` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAllUserGroupsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /user-groups` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAllUserGroupsResponse {
    /// Status `200`: List of user groups retrieved successfully
    Ok(crate::models::GetAllUserGroupsResponse),
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
}
impl IntoResponse for GetAllUserGroupsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl GetAllUserGroupsRequest {
    /// Reads and checks a `GET /user-groups` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetAllUserGroupsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /user-groups` request and hands it to [`UserGroupsApi::get_all_user_groups`].
pub async fn handle_get_all_user_groups<S: UserGroupsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getAllUserGroups",
        path: "/user-groups",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetAllUserGroupsRequest::read,
            |request| service.get_all_user_groups(request),
        )
        .await
}

/// What a `POST /user-groups` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateUserGroupRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateUserGroupBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /user-groups` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUserGroupResponse {
    /// Status `201`: User group created successfully
    Created(crate::models::UserGroup),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Missing required fields (name, type)</li>
    /// <li>Invalid group type</li>
    /// <li>Group name already exists</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
}
impl IntoResponse for CreateUserGroupResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl CreateUserGroupRequest {
    /// Reads and checks a `POST /user-groups` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateUserGroupRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /user-groups` request and hands it to [`UserGroupsApi::create_user_group`].
pub async fn handle_create_user_group<S: UserGroupsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createUserGroup",
        path: "/user-groups",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateUserGroupRequest::read,
            |request| service.create_user_group(request),
        )
        .await
}

/// What a `GET /user-groups/{groupId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserGroupByIdRequest {
    /// path parameter `groupId`.
    ///
    /// Unique identifier of the user group
    pub group_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /user-groups/{groupId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserGroupByIdResponse {
    /// Status `200`: User group details retrieved successfully
    Ok(crate::models::UserGroup),
    /// Status `400`: Invalid group ID format
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `404`: User group not found
    NotFound,
}
impl IntoResponse for GetUserGroupByIdResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetUserGroupByIdRequest {
    /// Reads and checks a `GET /user-groups/{groupId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetUserGroupByIdRequest {
            group_id: runtime::checked(
                runtime::path_param(path, "p0", "groupId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "groupId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /user-groups/{groupId}` request and hands it to [`UserGroupsApi::get_user_group_by_id`].
pub async fn handle_get_user_group_by_id<S: UserGroupsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getUserGroupById",
        path: "/user-groups/{groupId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetUserGroupByIdRequest::read,
            |request| service.get_user_group_by_id(request),
        )
        .await
}

/// What a `PUT /user-groups/{groupId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateUserGroupRequest {
    /// path parameter `groupId`.
    ///
    /// Unique identifier of the user group to update
    pub group_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateUserGroupBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /user-groups/{groupId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserGroupResponse {
    /// Status `200`: User group updated successfully
    Ok(crate::models::UserGroup),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Invalid group ID format</li>
    /// <li>Group name already exists</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// Status `404`: User group not found
    NotFound,
}
impl IntoResponse for UpdateUserGroupResponse {
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
impl UpdateUserGroupRequest {
    /// Reads and checks a `PUT /user-groups/{groupId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateUserGroupRequest {
            group_id: runtime::checked(
                runtime::path_param(path, "p0", "groupId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "groupId",
            )?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /user-groups/{groupId}` request and hands it to [`UserGroupsApi::update_user_group`].
pub async fn handle_update_user_group<S: UserGroupsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateUserGroup",
        path: "/user-groups/{groupId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateUserGroupRequest::read,
            |request| service.update_user_group(request),
        )
        .await
}

/// What a `DELETE /user-groups/{groupId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteUserGroupRequest {
    /// path parameter `groupId`.
    ///
    /// Unique identifier of the user group to delete
    pub group_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /user-groups/{groupId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteUserGroupResponse {
    /// Status `200`: User group deleted successfully
    Ok(crate::models::DeleteUserGroupResponse),
    /// Status `400`: Invalid request. Cannot delete system groups.
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// Status `404`: User group not found
    NotFound,
}
impl IntoResponse for DeleteUserGroupResponse {
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
impl DeleteUserGroupRequest {
    /// Reads and checks a `DELETE /user-groups/{groupId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteUserGroupRequest {
            group_id: runtime::checked(
                runtime::path_param(path, "p0", "groupId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "groupId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /user-groups/{groupId}` request and hands it to [`UserGroupsApi::delete_user_group`].
pub async fn handle_delete_user_group<S: UserGroupsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteUserGroup",
        path: "/user-groups/{groupId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteUserGroupRequest::read,
            |request| service.delete_user_group(request),
        )
        .await
}

/// What a `POST /user-groups/add-users` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AddUsersToGroupRequest {
    /// The request body (`application/json`).
    pub body: crate::models::AddUsersToGroupBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /user-groups/add-users` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AddUsersToGroupResponse {
    /// Status `200`: Users added to group successfully
    Ok(crate::models::AddUsersToGroupResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Invalid group ID or user ID format</li>
    /// <li>Empty userIds array</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// Status `404`: Group or one or more users not found
    NotFound,
}
impl IntoResponse for AddUsersToGroupResponse {
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
impl AddUsersToGroupRequest {
    /// Reads and checks a `POST /user-groups/add-users` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(AddUsersToGroupRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /user-groups/add-users` request and hands it to [`UserGroupsApi::add_users_to_group`].
pub async fn handle_add_users_to_group<S: UserGroupsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "addUsersToGroup",
        path: "/user-groups/add-users",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AddUsersToGroupRequest::read,
            |request| service.add_users_to_group(request),
        )
        .await
}

/// What a `POST /user-groups/remove-users` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveUsersFromGroupRequest {
    /// The request body (`application/json`).
    pub body: crate::models::RemoveUsersFromGroupBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /user-groups/remove-users` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RemoveUsersFromGroupResponse {
    /// Status `200`: Users removed from group successfully
    Ok(crate::models::RemoveUsersFromGroupResponse),
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Invalid group ID or user ID format</li>
    /// <li>Cannot remove from "everyone" group</li>
    /// <li>Cannot remove last admin from admin group</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// Status `404`: Group not found
    NotFound,
}
impl IntoResponse for RemoveUsersFromGroupResponse {
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
impl RemoveUsersFromGroupRequest {
    /// Reads and checks a `POST /user-groups/remove-users` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RemoveUsersFromGroupRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /user-groups/remove-users` request and hands it to [`UserGroupsApi::remove_users_from_group`].
pub async fn handle_remove_users_from_group<S: UserGroupsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "removeUsersFromGroup",
        path: "/user-groups/remove-users",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RemoveUsersFromGroupRequest::read,
            |request| service.remove_users_from_group(request),
        )
        .await
}

/// What a `GET /user-groups/{groupId}/users` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUsersInGroupRequest {
    /// path parameter `groupId`.
    ///
    /// Unique identifier of the user group
    pub group_id: ::std::string::String,
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
/// The responses `GET /user-groups/{groupId}/users` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUsersInGroupResponse {
    /// Status `200`: Users in group retrieved successfully
    Ok(crate::models::GetUsersInGroupResponse),
    /// Status `400`: Invalid group ID format
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `404`: User group not found
    NotFound,
}
impl IntoResponse for GetUsersInGroupResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetUsersInGroupRequest {
    /// Reads and checks a `GET /user-groups/{groupId}/users` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetUsersInGroupRequest {
            group_id: runtime::checked(
                runtime::path_param(path, "p0", "groupId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "groupId",
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
/// Reads a `GET /user-groups/{groupId}/users` request and hands it to [`UserGroupsApi::get_users_in_group`].
pub async fn handle_get_users_in_group<S: UserGroupsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getUsersInGroup",
        path: "/user-groups/{groupId}/users",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetUsersInGroupRequest::read,
            |request| service.get_users_in_group(request),
        )
        .await
}

/// What a `GET /user-groups/users/{userId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetGroupsForUserRequest {
    /// path parameter `userId`.
    ///
    /// Unique identifier of the user
    pub user_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /user-groups/users/{userId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetGroupsForUserResponse {
    /// Status `200`: User's groups retrieved successfully
    Ok(crate::models::GetGroupsForUserResponse),
    /// Status `400`: Invalid user ID format
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `404`: User not found
    NotFound,
}
impl IntoResponse for GetGroupsForUserResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetGroupsForUserRequest {
    /// Reads and checks a `GET /user-groups/users/{userId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetGroupsForUserRequest {
            user_id: runtime::checked(
                runtime::path_param(path, "p0", "userId")?,
                &crate::runtime::Rules {
                    pattern: Some("^[a-fA-F0-9]{24}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "userId",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /user-groups/users/{userId}` request and hands it to [`UserGroupsApi::get_groups_for_user`].
pub async fn handle_get_groups_for_user<S: UserGroupsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getGroupsForUser",
        path: "/user-groups/users/{userId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetGroupsForUserRequest::read,
            |request| service.get_groups_for_user(request),
        )
        .await
}

/// What a `GET /user-groups/stats/list` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserGroupStatsRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /user-groups/stats/list` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserGroupStatsResponse {
    /// Status `200`: User group statistics retrieved successfully
    Ok(crate::models::GetUserGroupStatsResponse),
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
}
impl IntoResponse for GetUserGroupStatsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl GetUserGroupStatsRequest {
    /// Reads and checks a `GET /user-groups/stats/list` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetUserGroupStatsRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /user-groups/stats/list` request and hands it to [`UserGroupsApi::get_user_group_stats`].
pub async fn handle_get_user_group_stats<S: UserGroupsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getUserGroupStats",
        path: "/user-groups/stats/list",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetUserGroupStatsRequest::read,
            |request| service.get_user_group_stats(request),
        )
        .await
}
