//! Operations of the `Users` API.
//!
//! User management operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Get all users
    ///
    /// Retrieve a paginated list of all users in the organization.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint returns all active users in your organization. It's the primary endpoint for listing and displaying users in admin dashboards, user directories, and selection interfaces.<br><br>
    /// <b>Response Data:</b><br>
    /// <ul>
    /// <li>User profile information (name, email, designation)</li>
    /// <li>Account status (active, pending invitation, disabled)</li>
    /// <li>Login history (hasLoggedIn flag)</li>
    /// <li>Timestamps (createdAt, updatedAt)</li>
    /// </ul>
    /// <b>Privacy Controls:</b><br>
    /// <ul>
    /// <li>Email addresses may be masked based on organization settings</li>
    /// <li>Sensitive fields (password, tokens) are never exposed</li>
    /// <li>Deleted users are excluded from results</li>
    /// </ul>
    /// <b>Performance Notes:</b><br>
    /// <ul>
    /// <li>Results are cached for improved performance</li>
    /// <li>For large organizations, consider using pagination</li>
    /// <li>Use <code>/users/by-ids</code> for fetching specific users</li>
    /// </ul>
    ///
    /// `GET /users` (operation `getAllUsers`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetAllUsersParams`\]).
    pub fn get_all_users(
        &self,
    ) -> Call<
        '_,
        GetAllUsersParams<'_>,
        crate::models::GetAllUsersResponse,
        GetAllUsersError,
    > {
        const OPERATION: Operation = Operation {
            id: "getAllUsers",
            method: "GET",
            path: "/users",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetAllUsersParams {
                page: None,
                limit: None,
                search: None,
            },
            |client, params| {
                let GetAllUsersParams { page, limit, search } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/users");
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
                crate::runtime::query_pairs(
                    &mut query,
                    "search",
                    &search,
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
                401 => Err(Error::Status(GetAllUsersError::Unauthorized)),
                _ => Err(Error::Status(GetAllUsersError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_all_users`], kept in its [`Call`] until it is awaited.
pub struct GetAllUsersParams<'a> {
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetAllUsersParams<'a>, T, E> {
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
    /// * `search`: query parameter `search`. Search users by name or email
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
        self
    }
}
/// Error responses of [`Client::get_all_users`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAllUsersError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAllUsersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAllUsers", status, message)
    }
}
impl ::std::error::Error for GetAllUsersError {}

impl Client {
    /// Create a new user
    ///
    /// Create a new user account in the organization and optionally send an invitation email.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint creates a new user account. The user will be added to the organization but won't have a password set until they complete the invitation flow or are assigned one by an admin.<br><br>
    /// <b>Invitation Flow:</b><br>
    /// <ol>
    /// <li>Admin creates user with this endpoint</li>
    /// <li>System generates invitation token</li>
    /// <li>User receives invitation email (if sendInvite is true)</li>
    /// <li>User clicks link and sets their password</li>
    /// <li>User can now log in normally</li>
    /// </ol>
    /// <b>Validation Rules:</b><br>
    /// <ul>
    /// <li><code>fullName</code>: Required, 1-100 characters</li>
    /// <li><code>email</code>: Required, valid email format, must be unique in org</li>
    /// <li><code>mobile</code>: Optional, format: +[country][number] (10-15 digits)</li>
    /// <li><code>designation</code>: Optional, job title or role</li>
    /// </ul>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>User is automatically added to the "everyone" group</li>
    /// <li>Invitation email sent if <code>sendInvite: true</code></li>
    /// <li>User creation event published to event bus</li>
    /// <li>Audit log entry created</li>
    /// </ul>
    /// <b>Authorization:</b><br>
    /// Only organization administrators can create new users.
    ///
    /// `POST /users` (operation `createUser`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_user<'a>(
        &'a self,
        body: &'a crate::models::CreateUserBody,
    ) -> Call<
        'a,
        CreateUserParams<'a>,
        crate::models::CreateUserResponse,
        CreateUserError,
    > {
        const OPERATION: Operation = Operation {
            id: "createUser",
            method: "POST",
            path: "/users",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateUserParams { body },
            |client, params| {
                let CreateUserParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/users");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateUserError::BadRequest)),
                401 => Err(Error::Status(CreateUserError::Unauthorized)),
                403 => Err(Error::Status(CreateUserError::Forbidden)),
                _ => Err(Error::Status(CreateUserError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::create_user`], kept in its [`Call`] until it is awaited.
pub struct CreateUserParams<'a> {
    body: &'a crate::models::CreateUserBody,
}
/// Error responses of [`Client::create_user`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateUserError {
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Missing required fields (fullName, email)</li>
    /// <li>Invalid email format</li>
    /// <li>Email already exists in organization</li>
    /// <li>Invalid mobile number format</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createUser", status, message)
    }
}
impl ::std::error::Error for CreateUserError {}

impl Client {
    /// Get user by ID
    ///
    /// Retrieve detailed information about a specific user by their unique identifier.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint returns the complete user profile for the specified user ID. Use this to display user details in profiles, settings pages, or when you need full user information.<br><br>
    /// <b>Response Data:</b><br>
    /// <ul>
    /// <li>Basic info: fullName, firstName, lastName, email</li>
    /// <li>Contact: mobile, address</li>
    /// <li>Professional: designation</li>
    /// <li>Status: hasLoggedIn, isDeleted, accountStatus</li>
    /// <li>Metadata: createdAt, updatedAt, createdBy</li>
    /// </ul>
    /// <b>Privacy Notes:</b><br>
    /// <ul>
    /// <li>Email may be masked for non-admin users based on org settings</li>
    /// <li>Password and sensitive tokens are never returned</li>
    /// <li>Display picture URL returned if set</li>
    /// </ul>
    /// <b>Related Endpoints:</b><br>
    /// <ul>
    /// <li><code>GET /users/{id}/email</code> - Get just the email (admin only)</li>
    /// <li><code>GET /users/fetch/with-groups</code> - Get user with group memberships</li>
    /// </ul>
    ///
    /// `GET /users/{id}` (operation `getUserById`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. User ID (24-character MongoDB ObjectId)
    pub fn get_user_by_id<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        GetUserByIdParams<'a>,
        crate::models::GetUserByIdResponse,
        GetUserByIdError,
    > {
        const OPERATION: Operation = Operation {
            id: "getUserById",
            method: "GET",
            path: "/users/{id}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetUserByIdParams { id },
            |client, params| {
                let GetUserByIdParams { id } = params;
                let path = format!(
                    "/users/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetUserByIdError::BadRequest)),
                401 => Err(Error::Status(GetUserByIdError::Unauthorized)),
                404 => Err(Error::Status(GetUserByIdError::NotFound)),
                _ => Err(Error::Status(GetUserByIdError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_user_by_id`], kept in its [`Call`] until it is awaited.
pub struct GetUserByIdParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::get_user_by_id`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUserByIdError {
    /// Status `400`: Invalid user ID format
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: User not found or has been deleted
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetUserByIdError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getUserById", status, message)
    }
}
impl ::std::error::Error for GetUserByIdError {}

impl Client {
    /// Update user
    ///
    /// Update user profile information. Users can update their own profile, admins can update any user.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint allows updating user profile fields. The scope of allowed updates depends on the requester's role and relationship to the user being updated.<br><br>
    /// <b>Authorization Matrix:</b><br>
    /// <ul>
    /// <li><b>Self-update:</b> Users can update their own fullName, mobile, designation, address</li>
    /// <li><b>Admin-update:</b> Admins can update any field for any user</li>
    /// <li><b>Email changes:</b> Require admin privileges and trigger re-verification</li>
    /// </ul>
    /// <b>Updatable Fields:</b><br>
    /// <ul>
    /// <li><code>fullName</code>: Display name (also updates firstName/lastName if parsed)</li>
    /// <li><code>firstName</code>: First name only</li>
    /// <li><code>lastName</code>: Last name only</li>
    /// <li><code>email</code>: Email address (admin only, triggers verification)</li>
    /// <li><code>mobile</code>: Phone number with country code</li>
    /// <li><code>designation</code>: Job title</li>
    /// <li><code>address</code>: Full address object</li>
    /// </ul>
    /// <b>Validation Rules:</b><br>
    /// <ul>
    /// <li>Email must be unique within the organization</li>
    /// <li>Mobile must match pattern: +[country][number]</li>
    /// <li>Name fields: 1-100 characters</li>
    /// </ul>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>User update event published to event bus</li>
    /// <li>Audit log entry created for admin updates</li>
    /// <li>Email change triggers verification email</li>
    /// </ul>
    ///
    /// `PUT /users/{id}` (operation `updateUser`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. User ID (24-character MongoDB ObjectId)
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_user<'a>(
        &'a self,
        id: &'a str,
        body: &'a crate::models::UpdateUserBody,
    ) -> Call<
        'a,
        UpdateUserParams<'a>,
        crate::models::UpdateUserResponse,
        UpdateUserError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateUser",
            method: "PUT",
            path: "/users/{id}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateUserParams { id, body },
            |client, params| {
                let UpdateUserParams { id, body } = params;
                let path = format!(
                    "/users/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
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
                400 => Err(Error::Status(UpdateUserError::BadRequest)),
                401 => Err(Error::Status(UpdateUserError::Unauthorized)),
                403 => Err(Error::Status(UpdateUserError::Forbidden)),
                404 => Err(Error::Status(UpdateUserError::NotFound)),
                _ => Err(Error::Status(UpdateUserError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::update_user`], kept in its [`Call`] until it is awaited.
pub struct UpdateUserParams<'a> {
    id: &'a str,
    body: &'a crate::models::UpdateUserBody,
}
/// Error responses of [`Client::update_user`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateUserError {
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Invalid field values</li>
    /// <li>Email already exists</li>
    /// <li>Invalid mobile format</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden. Possible reasons:<br>
    /// <ul>
    /// <li>Attempting to update another user without admin privileges</li>
    /// <li>Attempting to update email without admin privileges</li>
    /// </ul>
    Forbidden,
    /// Status `404`: User not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateUser", status, message)
    }
}
impl ::std::error::Error for UpdateUserError {}

impl Client {
    /// Delete user
    ///
    /// Soft delete a user from the organization. The user account is deactivated but data is retained for audit purposes.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint performs a soft delete on a user account. The user is marked as deleted and can no longer access the system, but their data is retained for compliance and audit purposes.<br><br>
    /// <b>What Happens on Delete:</b><br>
    /// <ol>
    /// <li>User's <code>isDeleted</code> flag is set to true</li>
    /// <li>User's password is cleared</li>
    /// <li>User is removed from all user groups</li>
    /// <li>User's active sessions are invalidated</li>
    /// <li>User deletion event is published</li>
    /// </ol>
    /// <b>Restrictions:</b><br>
    /// <ul>
    /// <li>Cannot delete organization admins (demote first)</li>
    /// <li>Cannot delete the organization owner</li>
    /// <li>Cannot delete yourself through this endpoint</li>
    /// <li>Cannot delete already-deleted users</li>
    /// </ul>
    /// <b>Data Retention:</b><br>
    /// <ul>
    /// <li>User profile data is retained (soft delete)</li>
    /// <li>User's documents and content remain with updated ownership</li>
    /// <li>Audit logs are preserved</li>
    /// <li>Data can be permanently purged by super admin if required</li>
    /// </ul>
    /// <b>Recovery:</b><br>
    /// Deleted users can be restored by organization admins within a configurable retention period.
    ///
    /// `DELETE /users/{id}` (operation `deleteUser`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. User ID (24-character MongoDB ObjectId)
    pub fn delete_user<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        DeleteUserParams<'a>,
        crate::models::DeleteUserResponse,
        DeleteUserError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteUser",
            method: "DELETE",
            path: "/users/{id}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteUserParams { id },
            |client, params| {
                let DeleteUserParams { id } = params;
                let path = format!(
                    "/users/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
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
                400 => Err(Error::Status(DeleteUserError::BadRequest)),
                401 => Err(Error::Status(DeleteUserError::Unauthorized)),
                403 => Err(Error::Status(DeleteUserError::Forbidden)),
                404 => Err(Error::Status(DeleteUserError::NotFound)),
                _ => Err(Error::Status(DeleteUserError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::delete_user`], kept in its [`Call`] until it is awaited.
pub struct DeleteUserParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::delete_user`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteUserError {
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>User is already deleted</li>
    /// <li>Invalid user ID format</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden. Possible reasons:<br>
    /// <ul>
    /// <li>Admin privileges required</li>
    /// <li>Cannot delete admin users</li>
    /// <li>Cannot delete organization owner</li>
    /// </ul>
    Forbidden,
    /// Status `404`: User not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteUser", status, message)
    }
}
impl ::std::error::Error for DeleteUserError {}

impl Client {
    /// Get all users with their groups
    ///
    /// Retrieve all users along with their group memberships in a single optimized query.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint returns users with their associated groups pre-loaded, eliminating the need for separate group lookup calls. Ideal for admin dashboards that need to display user permissions at a glance.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Admin dashboards showing user-group matrix</li>
    /// <li>Permission auditing and compliance checks</li>
    /// <li>Bulk user management interfaces</li>
    /// <li>Access control visualization</li>
    /// </ul>
    /// <b>Response Data per User:</b><br>
    /// <ul>
    /// <li><code>_id</code>: User's unique identifier</li>
    /// <li><code>userId</code>: User's public-facing ID</li>
    /// <li><code>orgId</code>: Organization identifier</li>
    /// <li><code>fullName</code>: User's display name</li>
    /// <li><code>hasLoggedIn</code>: Whether user has ever logged in</li>
    /// <li><code>groups</code>: Array of group objects with name and type</li>
    /// </ul>
    /// <b>Group Types Returned:</b><br>
    /// <ul>
    /// <li><code>admin</code>: Administrative groups with elevated permissions</li>
    /// <li><code>standard</code>: Regular user groups</li>
    /// <li><code>everyone</code>: Default group containing all org users</li>
    /// <li><code>custom</code>: Custom groups created by admins</li>
    /// </ul>
    /// <b>Performance Notes:</b><br>
    /// Uses aggregation pipeline for efficient single-query retrieval. Cached results for improved performance on large organizations.
    ///
    /// `GET /users/fetch/with-groups` (operation `getAllUsersWithGroups`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetAllUsersWithGroupsParams`\]).
    pub fn get_all_users_with_groups(
        &self,
    ) -> Call<
        '_,
        GetAllUsersWithGroupsParams<'_>,
        crate::models::GetAllUsersWithGroupsResponse,
        GetAllUsersWithGroupsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getAllUsersWithGroups",
            method: "GET",
            path: "/users/fetch/with-groups",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetAllUsersWithGroupsParams {
                include_deleted: None,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let GetAllUsersWithGroupsParams { include_deleted, .. } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/users/fetch/with-groups",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "includeDeleted",
                    &include_deleted,
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
                401 => Err(Error::Status(GetAllUsersWithGroupsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetAllUsersWithGroupsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_all_users_with_groups`], kept in its [`Call`] until it is awaited.
pub struct GetAllUsersWithGroupsParams<'a> {
    include_deleted: ::std::option::Option<bool>,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
impl<'a, T, E> Call<'a, GetAllUsersWithGroupsParams<'a>, T, E> {
    /// * `include_deleted`: query parameter `includeDeleted`. Include soft-deleted users (admin only)
    pub fn include_deleted(mut self, include_deleted: bool) -> Self {
        self.params.include_deleted = Some(include_deleted);
        self
    }
}
/// Error responses of [`Client::get_all_users_with_groups`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAllUsersWithGroupsError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAllUsersWithGroupsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAllUsersWithGroups", status, message)
    }
}
impl ::std::error::Error for GetAllUsersWithGroupsError {}

impl Client {
    /// Get user email by ID
    ///
    /// Retrieve the email address for a specific user. This is a dedicated endpoint for email lookup with proper access controls.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint provides direct access to a user's email address. It exists separately from the main user endpoint to allow granular permission control over email visibility.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Admin communication workflows</li>
    /// <li>Invitation and notification systems</li>
    /// <li>Email-based user lookup</li>
    /// <li>Contact information export</li>
    /// </ul>
    /// <b>Privacy Considerations:</b><br>
    /// <ul>
    /// <li>Only organization admins can access this endpoint</li>
    /// <li>Access is logged for audit purposes</li>
    /// <li>Consider GDPR/privacy regulations when exposing emails</li>
    /// </ul>
    /// <b>Authorization:</b><br>
    /// Requires admin privileges. Regular users should use the main user endpoint which may mask emails based on organization settings.
    ///
    /// `GET /users/{id}/email` (operation `getUserEmailById`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. User ID (24-character MongoDB ObjectId)
    pub fn get_user_email_by_id<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        GetUserEmailByIdParams<'a>,
        crate::models::GetUserEmailByIdResponse,
        GetUserEmailByIdError,
    > {
        const OPERATION: Operation = Operation {
            id: "getUserEmailById",
            method: "GET",
            path: "/users/{id}/email",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetUserEmailByIdParams { id },
            |client, params| {
                let GetUserEmailByIdParams { id } = params;
                let path = format!(
                    "/users/{}/email",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetUserEmailByIdError::Unauthorized)),
                403 => Err(Error::Status(GetUserEmailByIdError::Forbidden)),
                404 => Err(Error::Status(GetUserEmailByIdError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetUserEmailByIdError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_user_email_by_id`], kept in its [`Call`] until it is awaited.
pub struct GetUserEmailByIdParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::get_user_email_by_id`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUserEmailByIdError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// Status `404`: User not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetUserEmailByIdError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getUserEmailById", status, message)
    }
}
impl ::std::error::Error for GetUserEmailByIdError {}

impl Client {
    /// Get users by IDs (bulk)
    ///
    /// Retrieve multiple users by their IDs in a single optimized request. Ideal for efficiently fetching a specific set of users.<br><br>
    /// <b>Overview:</b><br>
    /// This bulk endpoint allows fetching multiple users in a single API call, reducing network overhead when you need to display information about several known users.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Fetching user details for a list of team members</li>
    /// <li>Populating user cards in a dashboard</li>
    /// <li>Loading participants in a document or conversation</li>
    /// <li>Building user mention/autocomplete features</li>
    /// </ul>
    /// <b>Request Format:</b><br>
    /// <ul>
    /// <li>Send array of user IDs in request body</li>
    /// <li>Each ID must be valid 24-character MongoDB ObjectId</li>
    /// <li>Maximum 100 IDs per request (for performance)</li>
    /// <li>Duplicate IDs are automatically deduplicated</li>
    /// </ul>
    /// <b>Response Behavior:</b><br>
    /// <ul>
    /// <li>Returns array of found users</li>
    /// <li>Order matches order of requested IDs</li>
    /// <li>Non-existent or deleted users are silently omitted</li>
    /// <li>Partial results returned if some IDs are invalid</li>
    /// </ul>
    /// <b>Performance Notes:</b><br>
    /// Uses single database query with $in operator for optimal performance. Preferable to multiple individual user fetches.
    ///
    /// `POST /users/by-ids` (operation `getUsersByIds`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn get_users_by_ids<'a>(
        &'a self,
        body: &'a crate::models::GetUsersByIdsBody,
    ) -> Call<
        'a,
        GetUsersByIdsParams<'a>,
        crate::models::GetUsersByIdsResponse,
        GetUsersByIdsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getUsersByIds",
            method: "POST",
            path: "/users/by-ids",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetUsersByIdsParams { body },
            |client, params| {
                let GetUsersByIdsParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/users/by-ids");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetUsersByIdsError::BadRequest)),
                401 => Err(Error::Status(GetUsersByIdsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(GetUsersByIdsError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_users_by_ids`], kept in its [`Call`] until it is awaited.
pub struct GetUsersByIdsParams<'a> {
    body: &'a crate::models::GetUsersByIdsBody,
}
/// Error responses of [`Client::get_users_by_ids`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUsersByIdsError {
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Empty userIds array</li>
    /// <li>Invalid ObjectId format in array</li>
    /// <li>Exceeded maximum limit (100 IDs)</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetUsersByIdsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getUsersByIds", status, message)
    }
}
impl ::std::error::Error for GetUsersByIdsError {}

impl Client {
    /// Check if user exists by email
    ///
    /// Check if a user account exists with the given email address. Used for pre-validation in registration and invitation flows.<br><br>
    /// <b>Overview:</b><br>
    /// This internal service endpoint validates email existence before creating accounts or sending invitations. It helps prevent duplicate accounts and validates recovery email addresses.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Pre-flight check before user invitation</li>
    /// <li>Email validation during registration</li>
    /// <li>Account recovery flow validation</li>
    /// <li>Duplicate prevention checks</li>
    /// </ul>
    /// <b>Security Model:</b><br>
    /// <ul>
    /// <li>Requires scoped token with USER_LOOKUP privilege</li>
    /// <li>Not accessible with regular bearer tokens</li>
    /// <li>Typically called from internal services only</li>
    /// </ul>
    /// <b>Response Behavior:</b><br>
    /// <ul>
    /// <li>Returns matching users (including soft-deleted for recovery)</li>
    /// <li>Empty array if no match found</li>
    /// <li>Does not expose whether email exists to prevent enumeration</li>
    /// </ul>
    /// <b>Note:</b> May return soft-deleted users to support account recovery workflows.
    ///
    /// `GET /users/email/exists` (operation `checkUserExistsByEmail`)
    ///
    /// # Arguments
    ///
    /// * `email`: query parameter `email`. Email address to check
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CheckUserExistsByEmailParams`\]).
    pub fn check_user_exists_by_email<'a>(
        &'a self,
        email: &'a str,
    ) -> Call<
        'a,
        CheckUserExistsByEmailParams<'a>,
        crate::models::CheckUserExistsByEmailResponse,
        CheckUserExistsByEmailError,
    > {
        const OPERATION: Operation = Operation {
            id: "checkUserExistsByEmail",
            method: "GET",
            path: "/users/email/exists",
            idempotent: true,
            servers: &[],
            security: &[&["scopedToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            CheckUserExistsByEmailParams {
                email,
                include_deleted: None,
            },
            |client, params| {
                let CheckUserExistsByEmailParams { email, include_deleted } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/users/email/exists");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "email",
                    email,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "includeDeleted",
                    &include_deleted,
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
                400 => Err(Error::Status(CheckUserExistsByEmailError::BadRequest)),
                401 => Err(Error::Status(CheckUserExistsByEmailError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            CheckUserExistsByEmailError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::check_user_exists_by_email`], kept in its [`Call`] until it is awaited.
pub struct CheckUserExistsByEmailParams<'a> {
    email: &'a str,
    include_deleted: ::std::option::Option<bool>,
}
impl<'a, T, E> Call<'a, CheckUserExistsByEmailParams<'a>, T, E> {
    /// * `include_deleted`: query parameter `includeDeleted`. Whether to include soft-deleted users
    pub fn include_deleted(mut self, include_deleted: bool) -> Self {
        self.params.include_deleted = Some(include_deleted);
        self
    }
}
/// Error responses of [`Client::check_user_exists_by_email`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CheckUserExistsByEmailError {
    /// Status `400`: Invalid email format
    BadRequest,
    /// Status `401`: Unauthorized. Possible reasons:<br>
    /// <ul>
    /// <li>Missing scoped token</li>
    /// <li>Invalid scoped token</li>
    /// <li>Token lacks USER_LOOKUP privilege</li>
    /// </ul>
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CheckUserExistsByEmailError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "checkUserExistsByEmail", status, message)
    }
}
impl ::std::error::Error for CheckUserExistsByEmailError {}

impl Client {
    /// Get user (internal service-to-service)
    ///
    /// Internal endpoint for service-to-service user lookup. Returns complete user data without privacy masking.<br><br>
    /// <b>Overview:</b><br>
    /// This internal endpoint provides full user data access for trusted backend services. Unlike public endpoints, it bypasses privacy controls and returns complete user information.<br><br>
    /// <b>Security Model:</b><br>
    /// <ul>
    /// <li>Requires scoped token with USER_LOOKUP privilege</li>
    /// <li>Not accessible via regular bearer tokens</li>
    /// <li>Intended for trusted internal services only</li>
    /// <li>All access is logged for audit purposes</li>
    /// </ul>
    /// <b>Intended Consumers:</b><br>
    /// <ul>
    /// <li>Email notification service</li>
    /// <li>Analytics and reporting services</li>
    /// <li>Audit logging service</li>
    /// <li>Integration sync services</li>
    /// </ul>
    /// <b>Data Returned:</b><br>
    /// Complete user object including fields that may be masked in public endpoints (email, phone, etc.).&lt;br&gt;&lt;br&gt;
    /// <b>Warning:</b><br>
    /// This endpoint returns sensitive data. Ensure consuming services handle data according to privacy policies.
    ///
    /// `GET /users/internal/{id}` (operation `getInternalUser`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. User ID (24-character MongoDB ObjectId)
    pub fn get_internal_user<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        GetInternalUserParams<'a>,
        crate::models::GetInternalUserResponse,
        GetInternalUserError,
    > {
        const OPERATION: Operation = Operation {
            id: "getInternalUser",
            method: "GET",
            path: "/users/internal/{id}",
            idempotent: true,
            servers: &[],
            security: &[&["scopedToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetInternalUserParams { id },
            |client, params| {
                let GetInternalUserParams { id } = params;
                let path = format!(
                    "/users/internal/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetInternalUserError::Unauthorized)),
                404 => Err(Error::Status(GetInternalUserError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetInternalUserError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_internal_user`], kept in its [`Call`] until it is awaited.
pub struct GetInternalUserParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::get_internal_user`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetInternalUserError {
    /// Status `401`: Unauthorized. Possible reasons:<br>
    /// <ul>
    /// <li>Missing scoped token</li>
    /// <li>Invalid scoped token</li>
    /// <li>Token lacks USER_LOOKUP privilege</li>
    /// </ul>
    Unauthorized,
    /// Status `404`: User not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetInternalUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getInternalUser", status, message)
    }
}
impl ::std::error::Error for GetInternalUserError {}

impl Client {
    /// Update user full name
    ///
    /// Update the full name of a user. This is a targeted update endpoint for changing only the display name without affecting other profile fields.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint updates a user's fullName field, which is their primary display name throughout the application. The firstName and lastName fields may also be updated based on name parsing logic.<br><br>
    /// <b>Authorization:</b><br>
    /// <ul>
    /// <li><b>Self-update:</b> Users can update their own full name</li>
    /// <li><b>Admin-update:</b> Admins can update any user's name</li>
    /// </ul>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>Updates fullName field</li>
    /// <li>May parse and update firstName/lastName</li>
    /// <li>User update event published</li>
    /// <li>Cached user data invalidated</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>User profile name change</li>
    /// <li>Name correction by admin</li>
    /// <li>Legal name update</li>
    /// </ul>
    ///
    /// `PATCH /users/{id}/fullname` (operation `updateUserFullName`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_user_full_name<'a>(
        &'a self,
        id: &'a str,
        body: &'a crate::models::UpdateUserFullNameBody,
    ) -> Call<
        'a,
        UpdateUserFullNameParams<'a>,
        crate::models::User,
        UpdateUserFullNameError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateUserFullName",
            method: "PATCH",
            path: "/users/{id}/fullname",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateUserFullNameParams {
                id,
                body,
            },
            |client, params| {
                let UpdateUserFullNameParams { id, body } = params;
                let path = format!(
                    "/users/{}/fullname",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateUserFullNameError::BadRequest)),
                401 => Err(Error::Status(UpdateUserFullNameError::Unauthorized)),
                403 => Err(Error::Status(UpdateUserFullNameError::Forbidden)),
                404 => Err(Error::Status(UpdateUserFullNameError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateUserFullNameError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_user_full_name`], kept in its [`Call`] until it is awaited.
pub struct UpdateUserFullNameParams<'a> {
    id: &'a str,
    body: &'a crate::models::UpdateUserFullNameBody,
}
/// Error responses of [`Client::update_user_full_name`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateUserFullNameError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Not allowed to update this user
    Forbidden,
    /// Status `404`: User not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateUserFullNameError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateUserFullName", status, message)
    }
}
impl ::std::error::Error for UpdateUserFullNameError {}

impl Client {
    /// Update user first name
    ///
    /// Update only the first name of a user without affecting other profile fields.<br><br>
    /// <b>Overview:</b><br>
    /// This targeted endpoint updates just the firstName field. Useful when you need fine-grained control over name components rather than updating the full name.<br><br>
    /// <b>Authorization:</b><br>
    /// <ul>
    /// <li><b>Self-update:</b> Users can update their own first name</li>
    /// <li><b>Admin-update:</b> Admins can update any user's first name</li>
    /// </ul>
    /// <b>Note:</b> This does NOT automatically update the fullName field. Use <code>/users/{id}/fullname</code> if you need to update the complete display name.
    ///
    /// `PATCH /users/{id}/firstName` (operation `updateUserFirstName`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. User ID (24-character MongoDB ObjectId)
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_user_first_name<'a>(
        &'a self,
        id: &'a str,
        body: &'a crate::models::UpdateUserFirstNameBody,
    ) -> Call<
        'a,
        UpdateUserFirstNameParams<'a>,
        crate::models::UpdateUserFirstNameResponse,
        UpdateUserFirstNameError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateUserFirstName",
            method: "PATCH",
            path: "/users/{id}/firstName",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateUserFirstNameParams {
                id,
                body,
            },
            |client, params| {
                let UpdateUserFirstNameParams { id, body } = params;
                let path = format!(
                    "/users/{}/firstName",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateUserFirstNameError::BadRequest)),
                401 => Err(Error::Status(UpdateUserFirstNameError::Unauthorized)),
                403 => Err(Error::Status(UpdateUserFirstNameError::Forbidden)),
                404 => Err(Error::Status(UpdateUserFirstNameError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateUserFirstNameError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_user_first_name`], kept in its [`Call`] until it is awaited.
pub struct UpdateUserFirstNameParams<'a> {
    id: &'a str,
    body: &'a crate::models::UpdateUserFirstNameBody,
}
/// Error responses of [`Client::update_user_first_name`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateUserFirstNameError {
    /// Status `400`: Invalid first name (empty or too long)
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Cannot update this user's profile
    Forbidden,
    /// Status `404`: User not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateUserFirstNameError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateUserFirstName", status, message)
    }
}
impl ::std::error::Error for UpdateUserFirstNameError {}

impl Client {
    /// Update user last name
    ///
    /// Update only the last name of a user without affecting other profile fields.<br><br>
    /// <b>Overview:</b><br>
    /// This targeted endpoint updates just the lastName field. Useful for fine-grained control over name components.<br><br>
    /// <b>Authorization:</b><br>
    /// <ul>
    /// <li><b>Self-update:</b> Users can update their own last name</li>
    /// <li><b>Admin-update:</b> Admins can update any user's last name</li>
    /// </ul>
    /// <b>Note:</b> This does NOT automatically update the fullName field. Use <code>/users/{id}/fullname</code> if you need to update the complete display name.
    ///
    /// `PATCH /users/{id}/lastName` (operation `updateUserLastName`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. User ID (24-character MongoDB ObjectId)
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_user_last_name<'a>(
        &'a self,
        id: &'a str,
        body: &'a crate::models::UpdateUserLastNameBody,
    ) -> Call<
        'a,
        UpdateUserLastNameParams<'a>,
        crate::models::UpdateUserLastNameResponse,
        UpdateUserLastNameError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateUserLastName",
            method: "PATCH",
            path: "/users/{id}/lastName",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateUserLastNameParams {
                id,
                body,
            },
            |client, params| {
                let UpdateUserLastNameParams { id, body } = params;
                let path = format!(
                    "/users/{}/lastName",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateUserLastNameError::BadRequest)),
                401 => Err(Error::Status(UpdateUserLastNameError::Unauthorized)),
                403 => Err(Error::Status(UpdateUserLastNameError::Forbidden)),
                404 => Err(Error::Status(UpdateUserLastNameError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateUserLastNameError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_user_last_name`], kept in its [`Call`] until it is awaited.
pub struct UpdateUserLastNameParams<'a> {
    id: &'a str,
    body: &'a crate::models::UpdateUserLastNameBody,
}
/// Error responses of [`Client::update_user_last_name`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateUserLastNameError {
    /// Status `400`: Invalid last name (empty or too long)
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Cannot update this user's profile
    Forbidden,
    /// Status `404`: User not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateUserLastNameError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateUserLastName", status, message)
    }
}
impl ::std::error::Error for UpdateUserLastNameError {}

impl Client {
    /// Update user designation
    ///
    /// Update the job title or designation of a user.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint updates the user's designation field, which typically represents their job title, role, or position within the organization.<br><br>
    /// <b>Authorization:</b><br>
    /// <ul>
    /// <li><b>Self-update:</b> Users can update their own designation</li>
    /// <li><b>Admin-update:</b> Admins can update any user's designation</li>
    /// </ul>
    /// <b>Common Values:</b><br>
    /// <ul>
    /// <li>Software Engineer</li>
    /// <li>Product Manager</li>
    /// <li>Team Lead</li>
    /// <li>Director of Engineering</li>
    /// </ul>
    /// <b>Display:</b><br>
    /// Designation is shown in user profiles, team views, and organizational charts.
    ///
    /// `PATCH /users/{id}/designation` (operation `updateUserDesignation`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. User ID (24-character MongoDB ObjectId)
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_user_designation<'a>(
        &'a self,
        id: &'a str,
        body: &'a crate::models::UpdateUserDesignationBody,
    ) -> Call<
        'a,
        UpdateUserDesignationParams<'a>,
        crate::models::UpdateUserDesignationResponse,
        UpdateUserDesignationError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateUserDesignation",
            method: "PATCH",
            path: "/users/{id}/designation",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateUserDesignationParams {
                id,
                body,
            },
            |client, params| {
                let UpdateUserDesignationParams { id, body } = params;
                let path = format!(
                    "/users/{}/designation",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateUserDesignationError::BadRequest)),
                401 => Err(Error::Status(UpdateUserDesignationError::Unauthorized)),
                403 => Err(Error::Status(UpdateUserDesignationError::Forbidden)),
                404 => Err(Error::Status(UpdateUserDesignationError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateUserDesignationError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_user_designation`], kept in its [`Call`] until it is awaited.
pub struct UpdateUserDesignationParams<'a> {
    id: &'a str,
    body: &'a crate::models::UpdateUserDesignationBody,
}
/// Error responses of [`Client::update_user_designation`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateUserDesignationError {
    /// Status `400`: Invalid designation (empty or too long)
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Cannot update this user's profile
    Forbidden,
    /// Status `404`: User not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateUserDesignationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateUserDesignation", status, message)
    }
}
impl ::std::error::Error for UpdateUserDesignationError {}

impl Client {
    /// Check if user is admin
    ///
    /// Verify whether a specific user has administrative privileges in the organization.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint checks if the specified user belongs to an admin group and has elevated permissions. It's useful for authorization checks before performing admin-only operations.<br><br>
    /// <b>What Makes a User an Admin:</b><br>
    /// <ul>
    /// <li>Member of a group with type "admin"</li>
    /// <li>Has explicit admin role assignment</li>
    /// <li>Organization owner (always admin)</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>UI permission checks before showing admin features</li>
    /// <li>Pre-flight authorization validation</li>
    /// <li>Access control for sensitive operations</li>
    /// </ul>
    /// <b>Response Codes:</b><br>
    /// <ul>
    /// <li><code>200</code>: User IS an admin</li>
    /// <li><code>403</code>: User is NOT an admin</li>
    /// </ul>
    ///
    /// `GET /users/{id}/adminCheck` (operation `checkUserIsAdmin`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. User ID to check for admin privileges
    pub fn check_user_is_admin<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        CheckUserIsAdminParams<'a>,
        crate::models::CheckUserIsAdminResponse,
        CheckUserIsAdminError,
    > {
        const OPERATION: Operation = Operation {
            id: "checkUserIsAdmin",
            method: "GET",
            path: "/users/{id}/adminCheck",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CheckUserIsAdminParams { id },
            |client, params| {
                let CheckUserIsAdminParams { id } = params;
                let path = format!(
                    "/users/{}/adminCheck",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(CheckUserIsAdminError::Unauthorized)),
                403 => Err(Error::Status(CheckUserIsAdminError::Forbidden)),
                404 => Err(Error::Status(CheckUserIsAdminError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            CheckUserIsAdminError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::check_user_is_admin`], kept in its [`Call`] until it is awaited.
pub struct CheckUserIsAdminParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::check_user_is_admin`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CheckUserIsAdminError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: User does not have admin access. Response includes:<br>
    /// <code>{ "isAdmin": false, "message": "User does not have admin privileges" }</code>
    Forbidden,
    /// Status `404`: User not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CheckUserIsAdminError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "checkUserIsAdmin", status, message)
    }
}
impl ::std::error::Error for CheckUserIsAdminError {}

impl Client {
    /// Get display picture
    ///
    /// Retrieve the current user's display picture image.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint returns the user's profile picture as binary image data. Use this for displaying the user's avatar in the application.<br><br>
    /// <b>Response Format:</b><br>
    /// <ul>
    /// <li>Returns raw image data (not JSON)</li>
    /// <li>Content-Type header indicates image format (typically image/jpeg)</li>
    /// <li>Suitable for use directly in &lt;img&gt; src or CSS background</li>
    /// </ul>
    /// <b>Caching:</b><br>
    /// <ul>
    /// <li>Response includes cache headers for browser caching</li>
    /// <li>Use ETag for conditional requests</li>
    /// <li>Cache invalidated when picture is updated</li>
    /// </ul>
    /// <b>Alternative:</b><br>
    /// For signed URL access, use the user profile endpoint which returns a &lt;code&gt;displayPictureUrl&lt;/code&gt; field.
    ///
    /// `GET /users/dp` (operation `getUserDisplayPicture`)
    pub fn get_user_display_picture(
        &self,
    ) -> Call<'_, (), ::std::vec::Vec<u8>, GetUserDisplayPictureError> {
        const OPERATION: Operation = Operation {
            id: "getUserDisplayPicture",
            method: "GET",
            path: "/users/dp",
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
                    .request(&OPERATION, ::reqwest::Method::GET, "/users/dp");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.body.clone();
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetUserDisplayPictureError::Unauthorized)),
                404 => Err(Error::Status(GetUserDisplayPictureError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetUserDisplayPictureError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
    /// [`Client::get_user_display_picture`], with the body of a successful response streamed as it arrives instead of read into memory first.
    #[allow(clippy::match_single_binding)]
    pub fn get_user_display_picture_stream(
        &self,
    ) -> Call<'_, (), crate::runtime::ByteStream, GetUserDisplayPictureError> {
        self.get_user_display_picture()
            .streamed(|received| match received.status.as_u16() {
                401 => Err(Error::Status(GetUserDisplayPictureError::Unauthorized)),
                404 => Err(Error::Status(GetUserDisplayPictureError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetUserDisplayPictureError::Unknown(received.unexpected()),
                        ),
                    )
                }
            })
    }
}
/// Error responses of [`Client::get_user_display_picture`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUserDisplayPictureError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: No display picture set - User has not uploaded a profile picture
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetUserDisplayPictureError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getUserDisplayPicture", status, message)
    }
}
impl ::std::error::Error for GetUserDisplayPictureError {}

impl Client {
    /// Upload display picture
    ///
    /// Upload or update the display picture (avatar) for the authenticated user.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint allows users to upload their profile picture. The image is processed, resized, and stored for use throughout the application.<br><br>
    /// <b>File Requirements:</b><br>
    /// <ul>
    /// <li><b>Allowed types:</b> PNG, JPEG, JPG, WebP, GIF</li>
    /// <li><b>Maximum size:</b> 1MB (1,048,576 bytes)</li>
    /// <li><b>Recommended dimensions:</b> 256x256 pixels or larger</li>
    /// <li><b>Aspect ratio:</b> Square recommended (will be cropped to square)</li>
    /// </ul>
    /// <b>Image Processing:</b><br>
    /// <ul>
    /// <li>Images are automatically resized to standard dimensions</li>
    /// <li>Converted to JPEG for consistency and smaller file size</li>
    /// <li>Multiple sizes may be generated (thumbnail, standard, large)</li>
    /// <li>Original is not preserved</li>
    /// </ul>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>Previous display picture is replaced</li>
    /// <li>Cached images are invalidated</li>
    /// <li>CDN cache may take time to update</li>
    /// </ul>
    /// <b>Authorization:</b><br>
    /// Users can only upload their own display picture. Admins cannot upload on behalf of other users.
    ///
    /// `PUT /users/dp` (operation `uploadUserDisplayPicture`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of \[`UploadUserDisplayPictureForm`\]. Request payload
    pub fn upload_user_display_picture(
        &self,
        body: UploadUserDisplayPictureForm,
    ) -> Call<
        '_,
        UploadUserDisplayPictureParams<'_>,
        ::std::vec::Vec<u8>,
        UploadUserDisplayPictureError,
    > {
        const OPERATION: Operation = Operation {
            id: "uploadUserDisplayPicture",
            method: "PUT",
            path: "/users/dp",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UploadUserDisplayPictureParams {
                body,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let UploadUserDisplayPictureParams { body, .. } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, "/users/dp");
                request = request
                    .multipart(
                        match body.into_form() {
                            Ok(form) => form,
                            Err(error) => return Err(Error::Transport(error)),
                        },
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.body.clone();
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UploadUserDisplayPictureError::BadRequest)),
                401 => Err(Error::Status(UploadUserDisplayPictureError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            UploadUserDisplayPictureError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
    /// [`Client::upload_user_display_picture`], with the body of a successful response streamed as it arrives instead of read into memory first.
    #[allow(clippy::match_single_binding)]
    pub fn upload_user_display_picture_stream(
        &self,
        body: UploadUserDisplayPictureForm,
    ) -> Call<
        '_,
        UploadUserDisplayPictureParams<'_>,
        crate::runtime::ByteStream,
        UploadUserDisplayPictureError,
    > {
        self.upload_user_display_picture(body)
            .streamed(|received| match received.status.as_u16() {
                400 => Err(Error::Status(UploadUserDisplayPictureError::BadRequest)),
                401 => Err(Error::Status(UploadUserDisplayPictureError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            UploadUserDisplayPictureError::Unknown(received.unexpected()),
                        ),
                    )
                }
            })
    }
}
/// The parameters of [`Client::upload_user_display_picture`], kept in its [`Call`] until it is awaited.
pub struct UploadUserDisplayPictureParams<'a> {
    body: UploadUserDisplayPictureForm,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
/// The parts of a `PUT /users/dp` multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadUserDisplayPictureForm {
    /// Part `file`.
    ///
    /// Image file (PNG, JPEG, WebP, or GIF, max 1MB)
    pub file: crate::runtime::FilePart,
}
impl UploadUserDisplayPictureForm {
    /// The `multipart/form-data` form of these parts; fails when a file's media type is
    /// not a valid one.
    pub fn into_form(
        self,
    ) -> ::std::result::Result<::reqwest::multipart::Form, ::reqwest::Error> {
        let mut form = ::reqwest::multipart::Form::new();
        let value = self.file;
        form = crate::runtime::file_part(form, "file", value)?;
        Ok(form)
    }
}
/// Error responses of [`Client::upload_user_display_picture`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadUserDisplayPictureError {
    /// Status `400`: Invalid file type or size
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UploadUserDisplayPictureError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "uploadUserDisplayPicture", status, message)
    }
}
impl ::std::error::Error for UploadUserDisplayPictureError {}

impl Client {
    /// Remove display picture
    ///
    /// Remove the current user's display picture and revert to default avatar.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint permanently removes the user's uploaded profile picture. After removal, the user will display a default avatar (typically initials or generic icon).<br><br>
    /// <b>What Happens:</b><br>
    /// <ul>
    /// <li>Profile picture file is deleted from storage</li>
    /// <li>User profile updated to remove picture reference</li>
    /// <li>Cached images invalidated</li>
    /// <li>Default avatar will be shown in UI</li>
    /// </ul>
    /// <b>Note:</b><br>
    /// This action is immediate and irreversible. To restore a picture, user must upload a new one.
    ///
    /// `DELETE /users/dp` (operation `removeUserDisplayPicture`)
    pub fn remove_user_display_picture(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::RemoveUserDisplayPictureResponse,
        RemoveUserDisplayPictureError,
    > {
        const OPERATION: Operation = Operation {
            id: "removeUserDisplayPicture",
            method: "DELETE",
            path: "/users/dp",
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
                    .request(&OPERATION, ::reqwest::Method::DELETE, "/users/dp");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(RemoveUserDisplayPictureError::Unauthorized)),
                404 => Err(Error::Status(RemoveUserDisplayPictureError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            RemoveUserDisplayPictureError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::remove_user_display_picture`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RemoveUserDisplayPictureError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `404`: No display picture to remove
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RemoveUserDisplayPictureError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "removeUserDisplayPicture", status, message)
    }
}
impl ::std::error::Error for RemoveUserDisplayPictureError {}

impl Client {
    /// Bulk invite users
    ///
    /// Invite multiple users to the organization in a single operation. Ideal for onboarding entire teams at once.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint creates user accounts for multiple email addresses and sends invitation emails to all of them. It's the most efficient way to add multiple users to your organization.<br><br>
    /// <b>Invitation Flow:</b><br>
    /// <ol>
    /// <li>Validate all email addresses</li>
    /// <li>Check for existing accounts (skip duplicates)</li>
    /// <li>Create user accounts for new emails</li>
    /// <li>Restore any previously deleted accounts</li>
    /// <li>Add users to specified groups (optional)</li>
    /// <li>Send invitation emails to all new users</li>
    /// </ol>
    /// <b>Requirements:</b><br>
    /// <ul>
    /// <li><b>Account Type:</b> Business accounts only (not individual)</li>
    /// <li><b>SMTP:</b> Email configuration must be set up</li>
    /// <li><b>Authorization:</b> Admin privileges required</li>
    /// </ul>
    /// <b>Email Processing:</b><br>
    /// <ul>
    /// <li>Duplicate emails are automatically skipped</li>
    /// <li>Invalid email formats are rejected</li>
    /// <li>Existing users are not re-invited (use resend-invite)</li>
    /// <li>Previously deleted users are restored</li>
    /// </ul>
    /// <b>Response Details:</b><br>
    /// Response includes count of successful invites and any failures with reasons.
    ///
    /// `POST /users/bulk/invite` (operation `bulkInviteUsers`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn bulk_invite_users<'a>(
        &'a self,
        body: &'a crate::models::BulkInviteUsersBody,
    ) -> Call<
        'a,
        BulkInviteUsersParams<'a>,
        crate::models::BulkInviteUsersResponse,
        BulkInviteUsersError,
    > {
        const OPERATION: Operation = Operation {
            id: "bulkInviteUsers",
            method: "POST",
            path: "/users/bulk/invite",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            BulkInviteUsersParams { body },
            |client, params| {
                let BulkInviteUsersParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/users/bulk/invite");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(BulkInviteUsersError::BadRequest)),
                401 => Err(Error::Status(BulkInviteUsersError::Unauthorized)),
                403 => Err(Error::Status(BulkInviteUsersError::Forbidden)),
                503 => Err(Error::Status(BulkInviteUsersError::ServiceUnavailable)),
                _ => {
                    Err(
                        Error::Status(
                            BulkInviteUsersError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::bulk_invite_users`], kept in its [`Call`] until it is awaited.
pub struct BulkInviteUsersParams<'a> {
    body: &'a crate::models::BulkInviteUsersBody,
}
/// Error responses of [`Client::bulk_invite_users`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum BulkInviteUsersError {
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>Empty emails array</li>
    /// <li>Invalid email format in array</li>
    /// <li>Exceeded maximum (100 emails)</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden. Possible reasons:<br>
    /// <ul>
    /// <li>Admin privileges required</li>
    /// <li>Business account required (individual accounts cannot bulk invite)</li>
    /// </ul>
    Forbidden,
    /// Status `503`: Email service unavailable - SMTP not configured
    ServiceUnavailable,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for BulkInviteUsersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::ServiceUnavailable => (503, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "bulkInviteUsers", status, message)
    }
}
impl ::std::error::Error for BulkInviteUsersError {}

impl Client {
    /// Resend user invite
    ///
    /// Resend the invitation email to a user who hasn't completed their account setup.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint resends the invitation email to a user who was previously invited but hasn't logged in yet. Useful when the original invitation email was lost, expired, or ended up in spam.<br><br>
    /// <b>When to Use:</b><br>
    /// <ul>
    /// <li>User didn't receive original invitation</li>
    /// <li>Invitation link expired</li>
    /// <li>User forgot to complete setup</li>
    /// <li>Email went to spam folder</li>
    /// </ul>
    /// <b>Requirements:</b><br>
    /// <ul>
    /// <li>User must exist in the system</li>
    /// <li>User must NOT have logged in yet (hasLoggedIn: false)</li>
    /// <li>SMTP configuration must be active</li>
    /// <li>Admin privileges required</li>
    /// </ul>
    /// <b>What Happens:</b><br>
    /// <ul>
    /// <li>Generates a new invitation token</li>
    /// <li>Invalidates any previous invitation links</li>
    /// <li>Sends new invitation email</li>
    /// <li>Resets invitation expiry timer</li>
    /// </ul>
    ///
    /// `POST /users/{id}/resend-invite` (operation `resendUserInvite`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. User ID of the user to resend invitation to
    pub fn resend_user_invite<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        ResendUserInviteParams<'a>,
        crate::models::ResendUserInviteResponse,
        ResendUserInviteError,
    > {
        const OPERATION: Operation = Operation {
            id: "resendUserInvite",
            method: "POST",
            path: "/users/{id}/resend-invite",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ResendUserInviteParams { id },
            |client, params| {
                let ResendUserInviteParams { id } = params;
                let path = format!(
                    "/users/{}/resend-invite",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ResendUserInviteError::BadRequest)),
                401 => Err(Error::Status(ResendUserInviteError::Unauthorized)),
                403 => Err(Error::Status(ResendUserInviteError::Forbidden)),
                404 => Err(Error::Status(ResendUserInviteError::NotFound)),
                503 => Err(Error::Status(ResendUserInviteError::ServiceUnavailable)),
                _ => {
                    Err(
                        Error::Status(
                            ResendUserInviteError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::resend_user_invite`], kept in its [`Call`] until it is awaited.
pub struct ResendUserInviteParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::resend_user_invite`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ResendUserInviteError {
    /// Status `400`: Invalid request. Possible reasons:<br>
    /// <ul>
    /// <li>User has already logged in (no longer pending)</li>
    /// <li>User account is deleted</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Admin privileges required
    Forbidden,
    /// Status `404`: User not found
    NotFound,
    /// Status `503`: Email service unavailable - SMTP not configured
    ServiceUnavailable,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ResendUserInviteError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::ServiceUnavailable => (503, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "resendUserInvite", status, message)
    }
}
impl ::std::error::Error for ResendUserInviteError {}

impl Client {
    /// List users (paginated with graph data)
    ///
    /// Retrieve a paginated list of users with enhanced search capabilities using the graph service.<br><br>
    /// <b>Overview:</b><br>
    /// This endpoint provides advanced user listing with full-text search, pagination, and optional relationship data from the knowledge graph. It's optimized for large organizations with thousands of users.<br><br>
    /// <b>Search Capabilities:</b><br>
    /// <ul>
    /// <li>Full-text search across name and email</li>
    /// <li>Fuzzy matching for typo tolerance</li>
    /// <li>Results ranked by relevance</li>
    /// </ul>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>User directory with search</li>
    /// <li>Autocomplete user selection</li>
    /// <li>Admin user management lists</li>
    /// <li>User analytics dashboards</li>
    /// </ul>
    /// <b>Performance:</b><br>
    /// <ul>
    /// <li>Powered by graph database for fast queries</li>
    /// <li>Supports pagination for large datasets</li>
    /// <li>Results cached for repeated queries</li>
    /// </ul>
    /// <b>vs /users endpoint:</b><br>
    /// Use this endpoint when you need advanced search or are dealing with large user bases. Use &lt;code&gt;/users&lt;/code&gt; for simple full-list retrieval.
    ///
    /// `GET /users/graph/list` (operation `listUsersGraph`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListUsersGraphParams`\]).
    pub fn list_users_graph(
        &self,
    ) -> Call<
        '_,
        ListUsersGraphParams<'_>,
        crate::models::ListUsersGraphResponse,
        ListUsersGraphError,
    > {
        const OPERATION: Operation = Operation {
            id: "listUsersGraph",
            method: "GET",
            path: "/users/graph/list",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListUsersGraphParams {
                page: None,
                limit: None,
                search: None,
                sort_by: None,
                sort_order: None,
            },
            |client, params| {
                let ListUsersGraphParams { page, limit, search, sort_by, sort_order } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/users/graph/list");
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
                crate::runtime::query_pairs(
                    &mut query,
                    "search",
                    &search,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortBy",
                    &sort_by,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortOrder",
                    &sort_order,
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
                401 => Err(Error::Status(ListUsersGraphError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            ListUsersGraphError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_users_graph`], kept in its [`Call`] until it is awaited.
pub struct ListUsersGraphParams<'a> {
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
    sort_by: ::std::option::Option<&'a crate::models::ListUsersGraphSortBy>,
    sort_order: ::std::option::Option<&'a crate::models::ListUsersGraphSortOrder>,
}
impl<'a, T, E> Call<'a, ListUsersGraphParams<'a>, T, E> {
    /// * `page`: query parameter `page`. Page number (1-based)
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `limit`: query parameter `limit`. Number of results per page
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `search`: query parameter `search`. Search query (searches name and email)
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
        self
    }
    /// * `sort_by`: query parameter `sortBy`. Field to sort by
    pub fn sort_by(mut self, sort_by: &'a crate::models::ListUsersGraphSortBy) -> Self {
        self.params.sort_by = Some(sort_by);
        self
    }
    /// * `sort_order`: query parameter `sortOrder`. Sort direction
    pub fn sort_order(
        mut self,
        sort_order: &'a crate::models::ListUsersGraphSortOrder,
    ) -> Self {
        self.params.sort_order = Some(sort_order);
        self
    }
}
/// Error responses of [`Client::list_users_graph`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListUsersGraphError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListUsersGraphError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listUsersGraph", status, message)
    }
}
impl ::std::error::Error for ListUsersGraphError {}

impl Client {
    /// Get current user's teams
    ///
    /// Get teams that the current user belongs to
    ///
    /// `GET /users/teams/list` (operation `getCurrentUserTeams`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetCurrentUserTeamsParams`\]).
    pub fn get_current_user_teams(
        &self,
    ) -> Call<
        '_,
        GetCurrentUserTeamsParams<'_>,
        ::std::vec::Vec<crate::models::Team>,
        GetCurrentUserTeamsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getCurrentUserTeams",
            method: "GET",
            path: "/users/teams/list",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetCurrentUserTeamsParams {
                page: None,
                limit: None,
                search: None,
            },
            |client, params| {
                let GetCurrentUserTeamsParams { page, limit, search } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/users/teams/list");
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
                crate::runtime::query_pairs(
                    &mut query,
                    "search",
                    &search,
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
                401 => Err(Error::Status(GetCurrentUserTeamsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetCurrentUserTeamsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_current_user_teams`], kept in its [`Call`] until it is awaited.
pub struct GetCurrentUserTeamsParams<'a> {
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetCurrentUserTeamsParams<'a>, T, E> {
    /// * `page`: query parameter `page`
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `limit`: query parameter `limit`
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `search`: query parameter `search`
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
        self
    }
}
/// Error responses of [`Client::get_current_user_teams`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetCurrentUserTeamsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetCurrentUserTeamsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getCurrentUserTeams", status, message)
    }
}
impl ::std::error::Error for GetCurrentUserTeamsError {}
