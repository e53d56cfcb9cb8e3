//! Operations of the `User Groups` API.
//!
//! User group management operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    pub fn get_all_user_groups(
        &self,
    ) -> Call<'_, (), crate::models::GetAllUserGroupsResponse, GetAllUserGroupsError> {
        const OPERATION: Operation = Operation {
            id: "getAllUserGroups",
            method: "GET",
            path: "/user-groups",
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
                    .request(&OPERATION, ::reqwest::Method::GET, "/user-groups");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetAllUserGroupsError::Unauthorized)),
                403 => Err(Error::Status(GetAllUserGroupsError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            GetAllUserGroupsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_all_user_groups`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAllUserGroupsError {
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAllUserGroupsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAllUserGroups", status, message)
    }
}
impl ::std::error::Error for GetAllUserGroupsError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_user_group<'a>(
        &'a self,
        body: &'a crate::models::CreateUserGroupBody,
    ) -> Call<
        'a,
        CreateUserGroupParams<'a>,
        crate::models::UserGroup,
        CreateUserGroupError,
    > {
        const OPERATION: Operation = Operation {
            id: "createUserGroup",
            method: "POST",
            path: "/user-groups",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateUserGroupParams { body },
            |client, params| {
                let CreateUserGroupParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/user-groups");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateUserGroupError::BadRequest)),
                401 => Err(Error::Status(CreateUserGroupError::Unauthorized)),
                403 => Err(Error::Status(CreateUserGroupError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            CreateUserGroupError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_user_group`], kept in its [`Call`] until it is awaited.
pub struct CreateUserGroupParams<'a> {
    body: &'a crate::models::CreateUserGroupBody,
}
/// Error responses of [`Client::create_user_group`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateUserGroupError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateUserGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createUserGroup", status, message)
    }
}
impl ::std::error::Error for CreateUserGroupError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `group_id`: path parameter `groupId`. Unique identifier of the user group
    pub fn get_user_group_by_id<'a>(
        &'a self,
        group_id: &'a str,
    ) -> Call<
        'a,
        GetUserGroupByIdParams<'a>,
        crate::models::UserGroup,
        GetUserGroupByIdError,
    > {
        const OPERATION: Operation = Operation {
            id: "getUserGroupById",
            method: "GET",
            path: "/user-groups/{groupId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetUserGroupByIdParams { group_id },
            |client, params| {
                let GetUserGroupByIdParams { group_id } = params;
                let path = format!(
                    "/user-groups/{}",
                    crate::runtime::path_param("groupId", group_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetUserGroupByIdError::BadRequest)),
                401 => Err(Error::Status(GetUserGroupByIdError::Unauthorized)),
                404 => Err(Error::Status(GetUserGroupByIdError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetUserGroupByIdError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_user_group_by_id`], kept in its [`Call`] until it is awaited.
pub struct GetUserGroupByIdParams<'a> {
    group_id: &'a str,
}
/// Error responses of [`Client::get_user_group_by_id`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUserGroupByIdError {
    /// Status `400`: Invalid group ID format
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `404`: User group not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetUserGroupByIdError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getUserGroupById", status, message)
    }
}
impl ::std::error::Error for GetUserGroupByIdError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `group_id`: path parameter `groupId`. Unique identifier of the user group to update
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_user_group<'a>(
        &'a self,
        group_id: &'a str,
        body: &'a crate::models::UpdateUserGroupBody,
    ) -> Call<
        'a,
        UpdateUserGroupParams<'a>,
        crate::models::UserGroup,
        UpdateUserGroupError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateUserGroup",
            method: "PUT",
            path: "/user-groups/{groupId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateUserGroupParams {
                group_id,
                body,
            },
            |client, params| {
                let UpdateUserGroupParams { group_id, body } = params;
                let path = format!(
                    "/user-groups/{}",
                    crate::runtime::path_param("groupId", group_id, Style::Simple, false),
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
                400 => Err(Error::Status(UpdateUserGroupError::BadRequest)),
                401 => Err(Error::Status(UpdateUserGroupError::Unauthorized)),
                403 => Err(Error::Status(UpdateUserGroupError::Forbidden)),
                404 => Err(Error::Status(UpdateUserGroupError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateUserGroupError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_user_group`], kept in its [`Call`] until it is awaited.
pub struct UpdateUserGroupParams<'a> {
    group_id: &'a str,
    body: &'a crate::models::UpdateUserGroupBody,
}
/// Error responses of [`Client::update_user_group`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateUserGroupError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateUserGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateUserGroup", status, message)
    }
}
impl ::std::error::Error for UpdateUserGroupError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `group_id`: path parameter `groupId`. Unique identifier of the user group to delete
    pub fn delete_user_group<'a>(
        &'a self,
        group_id: &'a str,
    ) -> Call<
        'a,
        DeleteUserGroupParams<'a>,
        crate::models::DeleteUserGroupResponse,
        DeleteUserGroupError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteUserGroup",
            method: "DELETE",
            path: "/user-groups/{groupId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteUserGroupParams { group_id },
            |client, params| {
                let DeleteUserGroupParams { group_id } = params;
                let path = format!(
                    "/user-groups/{}",
                    crate::runtime::path_param("groupId", group_id, Style::Simple, false),
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
                400 => Err(Error::Status(DeleteUserGroupError::BadRequest)),
                401 => Err(Error::Status(DeleteUserGroupError::Unauthorized)),
                403 => Err(Error::Status(DeleteUserGroupError::Forbidden)),
                404 => Err(Error::Status(DeleteUserGroupError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteUserGroupError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_user_group`], kept in its [`Call`] until it is awaited.
pub struct DeleteUserGroupParams<'a> {
    group_id: &'a str,
}
/// Error responses of [`Client::delete_user_group`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteUserGroupError {
    /// Status `400`: Invalid request. Cannot delete system groups.
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// Status `404`: User group not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteUserGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteUserGroup", status, message)
    }
}
impl ::std::error::Error for DeleteUserGroupError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn add_users_to_group<'a>(
        &'a self,
        body: &'a crate::models::AddUsersToGroupBody,
    ) -> Call<
        'a,
        AddUsersToGroupParams<'a>,
        crate::models::AddUsersToGroupResponse,
        AddUsersToGroupError,
    > {
        const OPERATION: Operation = Operation {
            id: "addUsersToGroup",
            method: "POST",
            path: "/user-groups/add-users",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            AddUsersToGroupParams { body },
            |client, params| {
                let AddUsersToGroupParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/user-groups/add-users",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(AddUsersToGroupError::BadRequest)),
                401 => Err(Error::Status(AddUsersToGroupError::Unauthorized)),
                403 => Err(Error::Status(AddUsersToGroupError::Forbidden)),
                404 => Err(Error::Status(AddUsersToGroupError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            AddUsersToGroupError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::add_users_to_group`], kept in its [`Call`] until it is awaited.
pub struct AddUsersToGroupParams<'a> {
    body: &'a crate::models::AddUsersToGroupBody,
}
/// Error responses of [`Client::add_users_to_group`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AddUsersToGroupError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AddUsersToGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "addUsersToGroup", status, message)
    }
}
impl ::std::error::Error for AddUsersToGroupError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn remove_users_from_group<'a>(
        &'a self,
        body: &'a crate::models::RemoveUsersFromGroupBody,
    ) -> Call<
        'a,
        RemoveUsersFromGroupParams<'a>,
        crate::models::RemoveUsersFromGroupResponse,
        RemoveUsersFromGroupError,
    > {
        const OPERATION: Operation = Operation {
            id: "removeUsersFromGroup",
            method: "POST",
            path: "/user-groups/remove-users",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            RemoveUsersFromGroupParams { body },
            |client, params| {
                let RemoveUsersFromGroupParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/user-groups/remove-users",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(RemoveUsersFromGroupError::BadRequest)),
                401 => Err(Error::Status(RemoveUsersFromGroupError::Unauthorized)),
                403 => Err(Error::Status(RemoveUsersFromGroupError::Forbidden)),
                404 => Err(Error::Status(RemoveUsersFromGroupError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            RemoveUsersFromGroupError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::remove_users_from_group`], kept in its [`Call`] until it is awaited.
pub struct RemoveUsersFromGroupParams<'a> {
    body: &'a crate::models::RemoveUsersFromGroupBody,
}
/// Error responses of [`Client::remove_users_from_group`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RemoveUsersFromGroupError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RemoveUsersFromGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "removeUsersFromGroup", status, message)
    }
}
impl ::std::error::Error for RemoveUsersFromGroupError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `group_id`: path parameter `groupId`. Unique identifier of the user group
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetUsersInGroupParams`\]).
    pub fn get_users_in_group<'a>(
        &'a self,
        group_id: &'a str,
    ) -> Call<
        'a,
        GetUsersInGroupParams<'a>,
        crate::models::GetUsersInGroupResponse,
        GetUsersInGroupError,
    > {
        const OPERATION: Operation = Operation {
            id: "getUsersInGroup",
            method: "GET",
            path: "/user-groups/{groupId}/users",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetUsersInGroupParams {
                group_id,
                page: None,
                limit: None,
            },
            |client, params| {
                let GetUsersInGroupParams { group_id, page, limit } = params;
                let path = format!(
                    "/user-groups/{}/users",
                    crate::runtime::path_param("groupId", group_id, Style::Simple, false),
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
                400 => Err(Error::Status(GetUsersInGroupError::BadRequest)),
                401 => Err(Error::Status(GetUsersInGroupError::Unauthorized)),
                404 => Err(Error::Status(GetUsersInGroupError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetUsersInGroupError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_users_in_group`], kept in its [`Call`] until it is awaited.
pub struct GetUsersInGroupParams<'a> {
    group_id: &'a str,
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
}
impl<'a, T, E> Call<'a, GetUsersInGroupParams<'a>, T, E> {
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
/// Error responses of [`Client::get_users_in_group`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUsersInGroupError {
    /// Status `400`: Invalid group ID format
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `404`: User group not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetUsersInGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getUsersInGroup", status, message)
    }
}
impl ::std::error::Error for GetUsersInGroupError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `user_id`: path parameter `userId`. Unique identifier of the user
    pub fn get_groups_for_user<'a>(
        &'a self,
        user_id: &'a str,
    ) -> Call<
        'a,
        GetGroupsForUserParams<'a>,
        crate::models::GetGroupsForUserResponse,
        GetGroupsForUserError,
    > {
        const OPERATION: Operation = Operation {
            id: "getGroupsForUser",
            method: "GET",
            path: "/user-groups/users/{userId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetGroupsForUserParams { user_id },
            |client, params| {
                let GetGroupsForUserParams { user_id } = params;
                let path = format!(
                    "/user-groups/users/{}",
                    crate::runtime::path_param("userId", user_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetGroupsForUserError::BadRequest)),
                401 => Err(Error::Status(GetGroupsForUserError::Unauthorized)),
                404 => Err(Error::Status(GetGroupsForUserError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetGroupsForUserError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_groups_for_user`], kept in its [`Call`] until it is awaited.
pub struct GetGroupsForUserParams<'a> {
    user_id: &'a str,
}
/// Error responses of [`Client::get_groups_for_user`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetGroupsForUserError {
    /// Status `400`: Invalid user ID format
    BadRequest,
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `404`: User not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetGroupsForUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getGroupsForUser", status, message)
    }
}
impl ::std::error::Error for GetGroupsForUserError {}

impl Client {
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
    pub fn get_user_group_stats(
        &self,
    ) -> Call<'_, (), crate::models::GetUserGroupStatsResponse, GetUserGroupStatsError> {
        const OPERATION: Operation = Operation {
            id: "getUserGroupStats",
            method: "GET",
            path: "/user-groups/stats/list",
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
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/user-groups/stats/list",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetUserGroupStatsError::Unauthorized)),
                403 => Err(Error::Status(GetUserGroupStatsError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            GetUserGroupStatsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_user_group_stats`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUserGroupStatsError {
    /// Status `401`: Unauthorized - Valid authentication required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetUserGroupStatsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getUserGroupStats", status, message)
    }
}
impl ::std::error::Error for GetUserGroupStatsError {}
