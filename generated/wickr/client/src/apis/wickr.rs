//! Operations of the `Wickr` API.
//!
//! Operations of AWS Wickr Admin API.
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Retrieves a paginated list of users in a specified Wickr network. You can filter and sort the results based on various criteria such as name, status, or security group membership.
    ///
    /// `GET /networks/{networkId}/users` (operation `ListUsers`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which to list users.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListUsersParams`\]).
    pub fn list_users<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<'a, ListUsersParams<'a>, crate::models::ListUsersResponse, ListUsersError> {
        const OPERATION: Operation = Operation {
            id: "ListUsers",
            method: "GET",
            path: "/networks/{networkId}/users",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListUsersParams {
                network_id,
                next_token: None,
                max_results: None,
                sort_fields: None,
                sort_direction: None,
                first_name: None,
                last_name: None,
                username: None,
                status: None,
                group_id: None,
            },
            |client, params| {
                let ListUsersParams {
                    network_id,
                    next_token,
                    max_results,
                    sort_fields,
                    sort_direction,
                    first_name,
                    last_name,
                    username,
                    status,
                    group_id,
                } = params;
                let path = format!(
                    "/networks/{}/users",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "nextToken",
                    &next_token,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "maxResults",
                    &max_results,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortFields",
                    &sort_fields,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortDirection",
                    &sort_direction,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "firstName",
                    &first_name,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(&mut query, "lastName", &last_name, Style::Form, true);
                crate::runtime::query_pairs(&mut query, "username", &username, Style::Form, true);
                crate::runtime::query_pairs(&mut query, "status", &status, Style::Form, true);
                crate::runtime::query_pairs(&mut query, "groupId", &group_id, Style::Form, true);
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(received.error_json(ListUsersError::BadRequest, ListUsersError::Unknown))
                }
                401 => {
                    Err(received.error_json(ListUsersError::Unauthorized, ListUsersError::Unknown))
                }
                403 => Err(received.error_json(ListUsersError::Forbidden, ListUsersError::Unknown)),
                404 => Err(received.error_json(ListUsersError::NotFound, ListUsersError::Unknown)),
                422 => Err(received
                    .error_json(ListUsersError::UnprocessableEntity, ListUsersError::Unknown)),
                429 => {
                    Err(received
                        .error_json(ListUsersError::TooManyRequests, ListUsersError::Unknown))
                }
                500 => Err(received
                    .error_json(ListUsersError::InternalServerError, ListUsersError::Unknown)),
                _ => Err(Error::Status(ListUsersError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::list_users`], kept in its [`Call`] until it is awaited.
pub struct ListUsersParams<'a> {
    network_id: &'a str,
    next_token: ::std::option::Option<&'a str>,
    max_results: ::std::option::Option<i32>,
    sort_fields: ::std::option::Option<&'a str>,
    sort_direction: ::std::option::Option<&'a crate::models::SortDirection>,
    first_name: ::std::option::Option<&'a str>,
    last_name: ::std::option::Option<&'a str>,
    username: ::std::option::Option<&'a str>,
    status: ::std::option::Option<i32>,
    group_id: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListUsersParams<'a>, T, E> {
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub fn next_token(mut self, next_token: &'a str) -> Self {
        self.params.next_token = Some(next_token);
        self
    }
    /// * `max_results`: query parameter `maxResults`. The maximum number of users to return in a single page. Valid range is 1-100. Default is 10.
    pub fn max_results(mut self, max_results: i32) -> Self {
        self.params.max_results = Some(max_results);
        self
    }
    /// * `sort_fields`: query parameter `sortFields`. The fields to sort users by. Multiple fields can be specified by separating them with '+'. Accepted values include 'username', 'firstName', 'lastName', 'status', and 'groupId'.
    pub fn sort_fields(mut self, sort_fields: &'a str) -> Self {
        self.params.sort_fields = Some(sort_fields);
        self
    }
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub fn sort_direction(mut self, sort_direction: &'a crate::models::SortDirection) -> Self {
        self.params.sort_direction = Some(sort_direction);
        self
    }
    /// * `first_name`: query parameter `firstName`. Filter results to only include users with first names matching this value.
    pub fn first_name(mut self, first_name: &'a str) -> Self {
        self.params.first_name = Some(first_name);
        self
    }
    /// * `last_name`: query parameter `lastName`. Filter results to only include users with last names matching this value.
    pub fn last_name(mut self, last_name: &'a str) -> Self {
        self.params.last_name = Some(last_name);
        self
    }
    /// * `username`: query parameter `username`. Filter results to only include users with usernames matching this value.
    pub fn username(mut self, username: &'a str) -> Self {
        self.params.username = Some(username);
        self
    }
    /// * `status`: query parameter `status`. Filter results to only include users with this status (1 for pending, 2 for active).
    pub fn status(mut self, status: i32) -> Self {
        self.params.status = Some(status);
        self
    }
    /// * `group_id`: query parameter `groupId`. Filter results to only include users belonging to this security group.
    pub fn group_id(mut self, group_id: &'a str) -> Self {
        self.params.group_id = Some(group_id);
        self
    }
}
/// Error responses of [`Client::list_users`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListUsersError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListUsersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "ListUsers", status, message)
    }
}
impl ::std::error::Error for ListUsersError {}

impl Client {
    /// Creates multiple users in a specified Wickr network. This operation allows you to provision multiple user accounts simultaneously, optionally specifying security groups, and validation requirements for each user.
    ///
    /// `codeValidation`, `inviteCode`, and `inviteCodeTtl` are restricted to networks under preview only.
    ///
    /// `POST /networks/{networkId}/users` (operation `BatchCreateUser`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network where users will be created.
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`BatchCreateUserParams`\]).
    pub fn batch_create_user<'a>(
        &'a self,
        network_id: &'a str,
        body: &'a crate::models::BatchCreateUserRequestBody,
    ) -> Call<
        'a,
        BatchCreateUserParams<'a>,
        crate::models::BatchCreateUserResponse,
        BatchCreateUserError,
    > {
        const OPERATION: Operation = Operation {
            id: "BatchCreateUser",
            method: "POST",
            path: "/networks/{networkId}/users",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            BatchCreateUserParams {
                network_id,
                body,
                x_client_token: None,
            },
            |client, params| {
                let BatchCreateUserParams {
                    network_id,
                    body,
                    x_client_token,
                } = params;
                let path = format!(
                    "/networks/{}/users",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                let x_client_token_generated = x_client_token
                    .map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
                let x_client_token = Some(x_client_token_generated.as_str());
                if let Some(value) = &x_client_token {
                    request = request.header("X-Client-Token", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    BatchCreateUserError::BadRequest,
                    BatchCreateUserError::Unknown,
                )),
                401 => Err(received.error_json(
                    BatchCreateUserError::Unauthorized,
                    BatchCreateUserError::Unknown,
                )),
                403 => Err(received.error_json(
                    BatchCreateUserError::Forbidden,
                    BatchCreateUserError::Unknown,
                )),
                404 => Err(received.error_json(
                    BatchCreateUserError::NotFound,
                    BatchCreateUserError::Unknown,
                )),
                422 => Err(received.error_json(
                    BatchCreateUserError::UnprocessableEntity,
                    BatchCreateUserError::Unknown,
                )),
                429 => Err(received.error_json(
                    BatchCreateUserError::TooManyRequests,
                    BatchCreateUserError::Unknown,
                )),
                500 => Err(received.error_json(
                    BatchCreateUserError::InternalServerError,
                    BatchCreateUserError::Unknown,
                )),
                _ => Err(Error::Status(BatchCreateUserError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::batch_create_user`], kept in its [`Call`] until it is awaited.
pub struct BatchCreateUserParams<'a> {
    network_id: &'a str,
    body: &'a crate::models::BatchCreateUserRequestBody,
    x_client_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, BatchCreateUserParams<'a>, T, E> {
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when not set, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency. If you retry a request with the same client token, the service will return the same response without creating duplicate users.
    pub fn x_client_token(mut self, x_client_token: &'a str) -> Self {
        self.params.x_client_token = Some(x_client_token);
        self
    }
}
/// Error responses of [`Client::batch_create_user`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum BatchCreateUserError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for BatchCreateUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "BatchCreateUser", status, message)
    }
}
impl ::std::error::Error for BatchCreateUserError {}

impl Client {
    /// Updates the properties of an existing user in a Wickr network. This operation allows you to modify the user's name, password, security group membership, and invite code settings.
    ///
    /// Updates the properties of an existing user in a Wickr network. This operation allows you to modify the user's name, password, security group membership, and invite code settings.
    ///
    /// `codeValidation`, `inviteCode`, and `inviteCodeTtl` are restricted to networks under preview only.
    ///
    /// `PATCH /networks/{networkId}/users` (operation `UpdateUser`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the user to update.
    /// * `body`: request body, sent as `application/json`
    pub fn update_user<'a>(
        &'a self,
        network_id: &'a str,
        body: &'a crate::models::UpdateUserRequestBody,
    ) -> Call<'a, UpdateUserParams<'a>, crate::models::UpdateUserResponse, UpdateUserError> {
        const OPERATION: Operation = Operation {
            id: "UpdateUser",
            method: "PATCH",
            path: "/networks/{networkId}/users",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateUserParams { network_id, body },
            |client, params| {
                let UpdateUserParams { network_id, body } = params;
                let path = format!(
                    "/networks/{}/users",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::PATCH, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(received.error_json(UpdateUserError::BadRequest, UpdateUserError::Unknown))
                }
                401 => {
                    Err(received
                        .error_json(UpdateUserError::Unauthorized, UpdateUserError::Unknown))
                }
                403 => {
                    Err(received.error_json(UpdateUserError::Forbidden, UpdateUserError::Unknown))
                }
                404 => {
                    Err(received.error_json(UpdateUserError::NotFound, UpdateUserError::Unknown))
                }
                422 => Err(received.error_json(
                    UpdateUserError::UnprocessableEntity,
                    UpdateUserError::Unknown,
                )),
                429 => {
                    Err(received
                        .error_json(UpdateUserError::TooManyRequests, UpdateUserError::Unknown))
                }
                500 => Err(received.error_json(
                    UpdateUserError::InternalServerError,
                    UpdateUserError::Unknown,
                )),
                _ => Err(Error::Status(UpdateUserError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::update_user`], kept in its [`Call`] until it is awaited.
pub struct UpdateUserParams<'a> {
    network_id: &'a str,
    body: &'a crate::models::UpdateUserRequestBody,
}
/// Error responses of [`Client::update_user`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateUserError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "UpdateUser", status, message)
    }
}
impl ::std::error::Error for UpdateUserError {}

impl Client {
    /// Deletes multiple users from a specified Wickr network. This operation permanently removes user accounts and their associated data from the network.
    ///
    /// `POST /networks/{networkId}/users/batch-delete` (operation `BatchDeleteUser`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which users will be deleted.
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`BatchDeleteUserParams`\]).
    pub fn batch_delete_user<'a>(
        &'a self,
        network_id: &'a str,
        body: &'a crate::models::BatchDeleteUserRequestBody,
    ) -> Call<
        'a,
        BatchDeleteUserParams<'a>,
        crate::models::BatchDeleteUserResponse,
        BatchDeleteUserError,
    > {
        const OPERATION: Operation = Operation {
            id: "BatchDeleteUser",
            method: "POST",
            path: "/networks/{networkId}/users/batch-delete",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            BatchDeleteUserParams {
                network_id,
                body,
                x_client_token: None,
            },
            |client, params| {
                let BatchDeleteUserParams {
                    network_id,
                    body,
                    x_client_token,
                } = params;
                let path = format!(
                    "/networks/{}/users/batch-delete",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                let x_client_token_generated = x_client_token
                    .map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
                let x_client_token = Some(x_client_token_generated.as_str());
                if let Some(value) = &x_client_token {
                    request = request.header("X-Client-Token", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    BatchDeleteUserError::BadRequest,
                    BatchDeleteUserError::Unknown,
                )),
                401 => Err(received.error_json(
                    BatchDeleteUserError::Unauthorized,
                    BatchDeleteUserError::Unknown,
                )),
                403 => Err(received.error_json(
                    BatchDeleteUserError::Forbidden,
                    BatchDeleteUserError::Unknown,
                )),
                404 => Err(received.error_json(
                    BatchDeleteUserError::NotFound,
                    BatchDeleteUserError::Unknown,
                )),
                422 => Err(received.error_json(
                    BatchDeleteUserError::UnprocessableEntity,
                    BatchDeleteUserError::Unknown,
                )),
                429 => Err(received.error_json(
                    BatchDeleteUserError::TooManyRequests,
                    BatchDeleteUserError::Unknown,
                )),
                500 => Err(received.error_json(
                    BatchDeleteUserError::InternalServerError,
                    BatchDeleteUserError::Unknown,
                )),
                _ => Err(Error::Status(BatchDeleteUserError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::batch_delete_user`], kept in its [`Call`] until it is awaited.
pub struct BatchDeleteUserParams<'a> {
    network_id: &'a str,
    body: &'a crate::models::BatchDeleteUserRequestBody,
    x_client_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, BatchDeleteUserParams<'a>, T, E> {
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when not set, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency. If you retry a request with the same client token, the service will return the same response without attempting to delete users again.
    pub fn x_client_token(mut self, x_client_token: &'a str) -> Self {
        self.params.x_client_token = Some(x_client_token);
        self
    }
}
/// Error responses of [`Client::batch_delete_user`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum BatchDeleteUserError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for BatchDeleteUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "BatchDeleteUser", status, message)
    }
}
impl ::std::error::Error for BatchDeleteUserError {}

impl Client {
    /// Looks up multiple user usernames from their unique username hashes (unames). This operation allows you to retrieve the email addresses associated with a list of username hashes.
    ///
    /// `POST /networks/{networkId}/users/uname-lookup` (operation `BatchLookupUserUname`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network where the users will be looked up.
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`BatchLookupUserUnameParams`\]).
    pub fn batch_lookup_user_uname<'a>(
        &'a self,
        network_id: &'a str,
        body: &'a crate::models::BatchLookupUserUnameRequestBody,
    ) -> Call<
        'a,
        BatchLookupUserUnameParams<'a>,
        crate::models::BatchLookupUserUnameResponse,
        BatchLookupUserUnameError,
    > {
        const OPERATION: Operation = Operation {
            id: "BatchLookupUserUname",
            method: "POST",
            path: "/networks/{networkId}/users/uname-lookup",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            BatchLookupUserUnameParams {
                network_id,
                body,
                x_client_token: None,
            },
            |client, params| {
                let BatchLookupUserUnameParams {
                    network_id,
                    body,
                    x_client_token,
                } = params;
                let path = format!(
                    "/networks/{}/users/uname-lookup",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                let x_client_token_generated = x_client_token
                    .map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
                let x_client_token = Some(x_client_token_generated.as_str());
                if let Some(value) = &x_client_token {
                    request = request.header("X-Client-Token", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    BatchLookupUserUnameError::BadRequest,
                    BatchLookupUserUnameError::Unknown,
                )),
                401 => Err(received.error_json(
                    BatchLookupUserUnameError::Unauthorized,
                    BatchLookupUserUnameError::Unknown,
                )),
                403 => Err(received.error_json(
                    BatchLookupUserUnameError::Forbidden,
                    BatchLookupUserUnameError::Unknown,
                )),
                404 => Err(received.error_json(
                    BatchLookupUserUnameError::NotFound,
                    BatchLookupUserUnameError::Unknown,
                )),
                422 => Err(received.error_json(
                    BatchLookupUserUnameError::UnprocessableEntity,
                    BatchLookupUserUnameError::Unknown,
                )),
                429 => Err(received.error_json(
                    BatchLookupUserUnameError::TooManyRequests,
                    BatchLookupUserUnameError::Unknown,
                )),
                500 => Err(received.error_json(
                    BatchLookupUserUnameError::InternalServerError,
                    BatchLookupUserUnameError::Unknown,
                )),
                _ => Err(Error::Status(BatchLookupUserUnameError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::batch_lookup_user_uname`], kept in its [`Call`] until it is awaited.
pub struct BatchLookupUserUnameParams<'a> {
    network_id: &'a str,
    body: &'a crate::models::BatchLookupUserUnameRequestBody,
    x_client_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, BatchLookupUserUnameParams<'a>, T, E> {
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when not set, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency.
    pub fn x_client_token(mut self, x_client_token: &'a str) -> Self {
        self.params.x_client_token = Some(x_client_token);
        self
    }
}
/// Error responses of [`Client::batch_lookup_user_uname`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum BatchLookupUserUnameError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for BatchLookupUserUnameError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "BatchLookupUserUname", status, message)
    }
}
impl ::std::error::Error for BatchLookupUserUnameError {}

impl Client {
    /// Resends invitation codes to multiple users who have pending invitations in a Wickr network. This operation is useful when users haven't accepted their initial invitations or when invitations have expired.
    ///
    /// `PATCH /networks/{networkId}/users/re-invite` (operation `BatchReinviteUser`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network where users will be reinvited.
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`BatchReinviteUserParams`\]).
    pub fn batch_reinvite_user<'a>(
        &'a self,
        network_id: &'a str,
        body: &'a crate::models::BatchReinviteUserRequestBody,
    ) -> Call<
        'a,
        BatchReinviteUserParams<'a>,
        crate::models::BatchReinviteUserResponse,
        BatchReinviteUserError,
    > {
        const OPERATION: Operation = Operation {
            id: "BatchReinviteUser",
            method: "PATCH",
            path: "/networks/{networkId}/users/re-invite",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            BatchReinviteUserParams {
                network_id,
                body,
                x_client_token: None,
            },
            |client, params| {
                let BatchReinviteUserParams {
                    network_id,
                    body,
                    x_client_token,
                } = params;
                let path = format!(
                    "/networks/{}/users/re-invite",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::PATCH, &path);
                let x_client_token_generated = x_client_token
                    .map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
                let x_client_token = Some(x_client_token_generated.as_str());
                if let Some(value) = &x_client_token {
                    request = request.header("X-Client-Token", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    BatchReinviteUserError::BadRequest,
                    BatchReinviteUserError::Unknown,
                )),
                401 => Err(received.error_json(
                    BatchReinviteUserError::Unauthorized,
                    BatchReinviteUserError::Unknown,
                )),
                403 => Err(received.error_json(
                    BatchReinviteUserError::Forbidden,
                    BatchReinviteUserError::Unknown,
                )),
                404 => Err(received.error_json(
                    BatchReinviteUserError::NotFound,
                    BatchReinviteUserError::Unknown,
                )),
                422 => Err(received.error_json(
                    BatchReinviteUserError::UnprocessableEntity,
                    BatchReinviteUserError::Unknown,
                )),
                429 => Err(received.error_json(
                    BatchReinviteUserError::TooManyRequests,
                    BatchReinviteUserError::Unknown,
                )),
                500 => Err(received.error_json(
                    BatchReinviteUserError::InternalServerError,
                    BatchReinviteUserError::Unknown,
                )),
                _ => Err(Error::Status(BatchReinviteUserError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::batch_reinvite_user`], kept in its [`Call`] until it is awaited.
pub struct BatchReinviteUserParams<'a> {
    network_id: &'a str,
    body: &'a crate::models::BatchReinviteUserRequestBody,
    x_client_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, BatchReinviteUserParams<'a>, T, E> {
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when not set, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency.
    pub fn x_client_token(mut self, x_client_token: &'a str) -> Self {
        self.params.x_client_token = Some(x_client_token);
        self
    }
}
/// Error responses of [`Client::batch_reinvite_user`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum BatchReinviteUserError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for BatchReinviteUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "BatchReinviteUser", status, message)
    }
}
impl ::std::error::Error for BatchReinviteUserError {}

impl Client {
    /// Retrieves a paginated list of devices associated with a specific user in a Wickr network. This operation returns information about all devices where the user has logged into Wickr.
    ///
    /// `GET /networks/{networkId}/users/{userId}/devices` (operation `ListDevicesForUser`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the user.
    /// * `user_id`: path parameter `userId`. The unique identifier of the user whose devices will be listed.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListDevicesForUserParams`\]).
    pub fn list_devices_for_user<'a>(
        &'a self,
        network_id: &'a str,
        user_id: &'a str,
    ) -> Call<
        'a,
        ListDevicesForUserParams<'a>,
        crate::models::ListDevicesForUserResponse,
        ListDevicesForUserError,
    > {
        const OPERATION: Operation = Operation {
            id: "ListDevicesForUser",
            method: "GET",
            path: "/networks/{networkId}/users/{userId}/devices",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListDevicesForUserParams {
                network_id,
                user_id,
                next_token: None,
                max_results: None,
                sort_fields: None,
                sort_direction: None,
            },
            |client, params| {
                let ListDevicesForUserParams {
                    network_id,
                    user_id,
                    next_token,
                    max_results,
                    sort_fields,
                    sort_direction,
                } = params;
                let path = format!(
                    "/networks/{}/users/{}/devices",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                    crate::runtime::path_param("userId", user_id, Style::Simple, false),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "nextToken",
                    &next_token,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "maxResults",
                    &max_results,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortFields",
                    &sort_fields,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortDirection",
                    &sort_direction,
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
                400 => Err(received.error_json(
                    ListDevicesForUserError::BadRequest,
                    ListDevicesForUserError::Unknown,
                )),
                401 => Err(received.error_json(
                    ListDevicesForUserError::Unauthorized,
                    ListDevicesForUserError::Unknown,
                )),
                403 => Err(received.error_json(
                    ListDevicesForUserError::Forbidden,
                    ListDevicesForUserError::Unknown,
                )),
                404 => Err(received.error_json(
                    ListDevicesForUserError::NotFound,
                    ListDevicesForUserError::Unknown,
                )),
                422 => Err(received.error_json(
                    ListDevicesForUserError::UnprocessableEntity,
                    ListDevicesForUserError::Unknown,
                )),
                429 => Err(received.error_json(
                    ListDevicesForUserError::TooManyRequests,
                    ListDevicesForUserError::Unknown,
                )),
                500 => Err(received.error_json(
                    ListDevicesForUserError::InternalServerError,
                    ListDevicesForUserError::Unknown,
                )),
                _ => Err(Error::Status(ListDevicesForUserError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::list_devices_for_user`], kept in its [`Call`] until it is awaited.
pub struct ListDevicesForUserParams<'a> {
    network_id: &'a str,
    user_id: &'a str,
    next_token: ::std::option::Option<&'a str>,
    max_results: ::std::option::Option<i32>,
    sort_fields: ::std::option::Option<&'a str>,
    sort_direction: ::std::option::Option<&'a crate::models::SortDirection>,
}
impl<'a, T, E> Call<'a, ListDevicesForUserParams<'a>, T, E> {
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub fn next_token(mut self, next_token: &'a str) -> Self {
        self.params.next_token = Some(next_token);
        self
    }
    /// * `max_results`: query parameter `maxResults`. The maximum number of devices to return in a single page. Valid range is 1-100. Default is 10.
    pub fn max_results(mut self, max_results: i32) -> Self {
        self.params.max_results = Some(max_results);
        self
    }
    /// * `sort_fields`: query parameter `sortFields`. The fields to sort devices by. Multiple fields can be specified by separating them with '+'. Accepted values include 'lastlogin', 'type', 'suspend', and 'created'.
    pub fn sort_fields(mut self, sort_fields: &'a str) -> Self {
        self.params.sort_fields = Some(sort_fields);
        self
    }
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub fn sort_direction(mut self, sort_direction: &'a crate::models::SortDirection) -> Self {
        self.params.sort_direction = Some(sort_direction);
        self
    }
}
/// Error responses of [`Client::list_devices_for_user`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListDevicesForUserError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListDevicesForUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "ListDevicesForUser", status, message)
    }
}
impl ::std::error::Error for ListDevicesForUserError {}

impl Client {
    /// Resets multiple devices for a specific user in a Wickr network. This operation forces the selected devices to log out and requires users to re-authenticate, which is useful for security purposes or when devices need to be revoked.
    ///
    /// `PATCH /networks/{networkId}/users/{userId}/devices` (operation `BatchResetDevicesForUser`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the user whose devices will be reset.
    /// * `user_id`: path parameter `userId`. The ID of the user whose devices will be reset.
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`BatchResetDevicesForUserParams`\]).
    pub fn batch_reset_devices_for_user<'a>(
        &'a self,
        network_id: &'a str,
        user_id: &'a str,
        body: &'a crate::models::BatchResetDevicesForUserRequestBody,
    ) -> Call<
        'a,
        BatchResetDevicesForUserParams<'a>,
        crate::models::BatchResetDevicesForUserResponse,
        BatchResetDevicesForUserError,
    > {
        const OPERATION: Operation = Operation {
            id: "BatchResetDevicesForUser",
            method: "PATCH",
            path: "/networks/{networkId}/users/{userId}/devices",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            BatchResetDevicesForUserParams {
                network_id,
                user_id,
                body,
                x_client_token: None,
            },
            |client, params| {
                let BatchResetDevicesForUserParams {
                    network_id,
                    user_id,
                    body,
                    x_client_token,
                } = params;
                let path = format!(
                    "/networks/{}/users/{}/devices",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                    crate::runtime::path_param("userId", user_id, Style::Simple, false),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::PATCH, &path);
                let x_client_token_generated = x_client_token
                    .map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
                let x_client_token = Some(x_client_token_generated.as_str());
                if let Some(value) = &x_client_token {
                    request = request.header("X-Client-Token", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    BatchResetDevicesForUserError::BadRequest,
                    BatchResetDevicesForUserError::Unknown,
                )),
                401 => Err(received.error_json(
                    BatchResetDevicesForUserError::Unauthorized,
                    BatchResetDevicesForUserError::Unknown,
                )),
                403 => Err(received.error_json(
                    BatchResetDevicesForUserError::Forbidden,
                    BatchResetDevicesForUserError::Unknown,
                )),
                404 => Err(received.error_json(
                    BatchResetDevicesForUserError::NotFound,
                    BatchResetDevicesForUserError::Unknown,
                )),
                422 => Err(received.error_json(
                    BatchResetDevicesForUserError::UnprocessableEntity,
                    BatchResetDevicesForUserError::Unknown,
                )),
                429 => Err(received.error_json(
                    BatchResetDevicesForUserError::TooManyRequests,
                    BatchResetDevicesForUserError::Unknown,
                )),
                500 => Err(received.error_json(
                    BatchResetDevicesForUserError::InternalServerError,
                    BatchResetDevicesForUserError::Unknown,
                )),
                _ => Err(Error::Status(BatchResetDevicesForUserError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::batch_reset_devices_for_user`], kept in its [`Call`] until it is awaited.
pub struct BatchResetDevicesForUserParams<'a> {
    network_id: &'a str,
    user_id: &'a str,
    body: &'a crate::models::BatchResetDevicesForUserRequestBody,
    x_client_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, BatchResetDevicesForUserParams<'a>, T, E> {
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when not set, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency.
    pub fn x_client_token(mut self, x_client_token: &'a str) -> Self {
        self.params.x_client_token = Some(x_client_token);
        self
    }
}
/// Error responses of [`Client::batch_reset_devices_for_user`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum BatchResetDevicesForUserError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for BatchResetDevicesForUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "BatchResetDevicesForUser", status, message)
    }
}
impl ::std::error::Error for BatchResetDevicesForUserError {}

impl Client {
    /// Suspends or unsuspends multiple users in a Wickr network. Suspended users cannot access the network until they are unsuspended. This operation is useful for temporarily restricting access without deleting user accounts.
    ///
    /// `PATCH /networks/{networkId}/users/toggleSuspend` (operation `BatchToggleUserSuspendStatus`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network where users will be suspended or unsuspended.
    /// * `suspend`: query parameter `suspend`. A boolean value indicating whether to suspend (true) or unsuspend (false) the specified users.
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`BatchToggleUserSuspendStatusParams`\]).
    pub fn batch_toggle_user_suspend_status<'a>(
        &'a self,
        network_id: &'a str,
        suspend: bool,
        body: &'a crate::models::BatchToggleUserSuspendStatusRequestBody,
    ) -> Call<
        'a,
        BatchToggleUserSuspendStatusParams<'a>,
        crate::models::BatchToggleUserSuspendStatusResponse,
        BatchToggleUserSuspendStatusError,
    > {
        const OPERATION: Operation = Operation {
            id: "BatchToggleUserSuspendStatus",
            method: "PATCH",
            path: "/networks/{networkId}/users/toggleSuspend",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            BatchToggleUserSuspendStatusParams {
                network_id,
                suspend,
                body,
                x_client_token: None,
            },
            |client, params| {
                let BatchToggleUserSuspendStatusParams {
                    network_id,
                    suspend,
                    body,
                    x_client_token,
                } = params;
                let path = format!(
                    "/networks/{}/users/toggleSuspend",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::PATCH, &path);
                let x_client_token_generated = x_client_token
                    .map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
                let x_client_token = Some(x_client_token_generated.as_str());
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "suspend", &suspend, Style::Form, true);
                request = request.query(&query);
                if let Some(value) = &x_client_token {
                    request = request.header("X-Client-Token", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    BatchToggleUserSuspendStatusError::BadRequest,
                    BatchToggleUserSuspendStatusError::Unknown,
                )),
                401 => Err(received.error_json(
                    BatchToggleUserSuspendStatusError::Unauthorized,
                    BatchToggleUserSuspendStatusError::Unknown,
                )),
                403 => Err(received.error_json(
                    BatchToggleUserSuspendStatusError::Forbidden,
                    BatchToggleUserSuspendStatusError::Unknown,
                )),
                404 => Err(received.error_json(
                    BatchToggleUserSuspendStatusError::NotFound,
                    BatchToggleUserSuspendStatusError::Unknown,
                )),
                422 => Err(received.error_json(
                    BatchToggleUserSuspendStatusError::UnprocessableEntity,
                    BatchToggleUserSuspendStatusError::Unknown,
                )),
                429 => Err(received.error_json(
                    BatchToggleUserSuspendStatusError::TooManyRequests,
                    BatchToggleUserSuspendStatusError::Unknown,
                )),
                500 => Err(received.error_json(
                    BatchToggleUserSuspendStatusError::InternalServerError,
                    BatchToggleUserSuspendStatusError::Unknown,
                )),
                _ => Err(Error::Status(BatchToggleUserSuspendStatusError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::batch_toggle_user_suspend_status`], kept in its [`Call`] until it is awaited.
pub struct BatchToggleUserSuspendStatusParams<'a> {
    network_id: &'a str,
    suspend: bool,
    body: &'a crate::models::BatchToggleUserSuspendStatusRequestBody,
    x_client_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, BatchToggleUserSuspendStatusParams<'a>, T, E> {
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when not set, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency.
    pub fn x_client_token(mut self, x_client_token: &'a str) -> Self {
        self.params.x_client_token = Some(x_client_token);
        self
    }
}
/// Error responses of [`Client::batch_toggle_user_suspend_status`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum BatchToggleUserSuspendStatusError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for BatchToggleUserSuspendStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "BatchToggleUserSuspendStatus", status, message)
    }
}
impl ::std::error::Error for BatchToggleUserSuspendStatusError {}

impl Client {
    /// Retrieves a paginated list of bots in a specified Wickr network. You can filter and sort the results based on various criteria.
    ///
    /// `GET /networks/{networkId}/bots` (operation `ListBots`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which to list bots.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListBotsParams`\]).
    pub fn list_bots<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<'a, ListBotsParams<'a>, crate::models::ListBotsResponse, ListBotsError> {
        const OPERATION: Operation = Operation {
            id: "ListBots",
            method: "GET",
            path: "/networks/{networkId}/bots",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListBotsParams {
                network_id,
                next_token: None,
                max_results: None,
                sort_fields: None,
                sort_direction: None,
                display_name: None,
                username: None,
                status: None,
                group_id: None,
            },
            |client, params| {
                let ListBotsParams {
                    network_id,
                    next_token,
                    max_results,
                    sort_fields,
                    sort_direction,
                    display_name,
                    username,
                    status,
                    group_id,
                } = params;
                let path = format!(
                    "/networks/{}/bots",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "nextToken",
                    &next_token,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "maxResults",
                    &max_results,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortFields",
                    &sort_fields,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortDirection",
                    &sort_direction,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "displayName",
                    &display_name,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(&mut query, "username", &username, Style::Form, true);
                crate::runtime::query_pairs(&mut query, "status", &status, Style::Form, true);
                crate::runtime::query_pairs(&mut query, "groupId", &group_id, Style::Form, true);
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(ListBotsError::BadRequest, ListBotsError::Unknown)),
                401 => {
                    Err(received.error_json(ListBotsError::Unauthorized, ListBotsError::Unknown))
                }
                403 => Err(received.error_json(ListBotsError::Forbidden, ListBotsError::Unknown)),
                404 => Err(received.error_json(ListBotsError::NotFound, ListBotsError::Unknown)),
                422 => {
                    Err(received
                        .error_json(ListBotsError::UnprocessableEntity, ListBotsError::Unknown))
                }
                429 => {
                    Err(received.error_json(ListBotsError::TooManyRequests, ListBotsError::Unknown))
                }
                500 => {
                    Err(received
                        .error_json(ListBotsError::InternalServerError, ListBotsError::Unknown))
                }
                _ => Err(Error::Status(ListBotsError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::list_bots`], kept in its [`Call`] until it is awaited.
pub struct ListBotsParams<'a> {
    network_id: &'a str,
    next_token: ::std::option::Option<&'a str>,
    max_results: ::std::option::Option<i32>,
    sort_fields: ::std::option::Option<&'a str>,
    sort_direction: ::std::option::Option<&'a crate::models::SortDirection>,
    display_name: ::std::option::Option<&'a str>,
    username: ::std::option::Option<&'a str>,
    status: ::std::option::Option<i32>,
    group_id: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListBotsParams<'a>, T, E> {
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub fn next_token(mut self, next_token: &'a str) -> Self {
        self.params.next_token = Some(next_token);
        self
    }
    /// * `max_results`: query parameter `maxResults`. The maximum number of bots to return in a single page. Valid range is 1-100. Default is 10.
    pub fn max_results(mut self, max_results: i32) -> Self {
        self.params.max_results = Some(max_results);
        self
    }
    /// * `sort_fields`: query parameter `sortFields`. The fields to sort bots by. Multiple fields can be specified by separating them with '+'. Accepted values include 'username', 'firstName', 'displayName', 'status', and 'groupId'.
    pub fn sort_fields(mut self, sort_fields: &'a str) -> Self {
        self.params.sort_fields = Some(sort_fields);
        self
    }
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub fn sort_direction(mut self, sort_direction: &'a crate::models::SortDirection) -> Self {
        self.params.sort_direction = Some(sort_direction);
        self
    }
    /// * `display_name`: query parameter `displayName`. Filter results to only include bots with display names matching this value.
    pub fn display_name(mut self, display_name: &'a str) -> Self {
        self.params.display_name = Some(display_name);
        self
    }
    /// * `username`: query parameter `username`. Filter results to only include bots with usernames matching this value.
    pub fn username(mut self, username: &'a str) -> Self {
        self.params.username = Some(username);
        self
    }
    /// * `status`: query parameter `status`. Filter results to only include bots with this status (1 for pending, 2 for active).
    pub fn status(mut self, status: i32) -> Self {
        self.params.status = Some(status);
        self
    }
    /// * `group_id`: query parameter `groupId`. Filter results to only include bots belonging to this security group.
    pub fn group_id(mut self, group_id: &'a str) -> Self {
        self.params.group_id = Some(group_id);
        self
    }
}
/// Error responses of [`Client::list_bots`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListBotsError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListBotsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "ListBots", status, message)
    }
}
impl ::std::error::Error for ListBotsError {}

impl Client {
    /// Creates a new bot in a specified Wickr network. Bots are automated accounts that can send and receive messages, enabling integration with external systems and automation of tasks.
    ///
    /// `POST /networks/{networkId}/bots` (operation `CreateBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network where the bot will be created.
    /// * `body`: request body, sent as `application/json`
    pub fn create_bot<'a>(
        &'a self,
        network_id: &'a str,
        body: &'a crate::models::CreateBotRequestBody,
    ) -> Call<'a, CreateBotParams<'a>, crate::models::CreateBotResponse, CreateBotError> {
        const OPERATION: Operation = Operation {
            id: "CreateBot",
            method: "POST",
            path: "/networks/{networkId}/bots",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateBotParams { network_id, body },
            |client, params| {
                let CreateBotParams { network_id, body } = params;
                let path = format!(
                    "/networks/{}/bots",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(received.error_json(CreateBotError::BadRequest, CreateBotError::Unknown))
                }
                401 => {
                    Err(received.error_json(CreateBotError::Unauthorized, CreateBotError::Unknown))
                }
                403 => Err(received.error_json(CreateBotError::Forbidden, CreateBotError::Unknown)),
                404 => Err(received.error_json(CreateBotError::NotFound, CreateBotError::Unknown)),
                422 => Err(received
                    .error_json(CreateBotError::UnprocessableEntity, CreateBotError::Unknown)),
                429 => {
                    Err(received
                        .error_json(CreateBotError::TooManyRequests, CreateBotError::Unknown))
                }
                500 => Err(received
                    .error_json(CreateBotError::InternalServerError, CreateBotError::Unknown)),
                _ => Err(Error::Status(CreateBotError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::create_bot`], kept in its [`Call`] until it is awaited.
pub struct CreateBotParams<'a> {
    network_id: &'a str,
    body: &'a crate::models::CreateBotRequestBody,
}
/// Error responses of [`Client::create_bot`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateBotError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateBotError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "CreateBot", status, message)
    }
}
impl ::std::error::Error for CreateBotError {}

impl Client {
    /// Retrieves information about the data retention bot in a Wickr network, including its status and whether the data retention service is enabled.
    ///
    /// `GET /networks/{networkId}/data-retention-bots` (operation `GetDataRetentionBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the data retention bot.
    pub fn get_data_retention_bot<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<
        'a,
        GetDataRetentionBotParams<'a>,
        crate::models::GetDataRetentionBotResponse,
        GetDataRetentionBotError,
    > {
        const OPERATION: Operation = Operation {
            id: "GetDataRetentionBot",
            method: "GET",
            path: "/networks/{networkId}/data-retention-bots",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetDataRetentionBotParams { network_id },
            |client, params| {
                let GetDataRetentionBotParams { network_id } = params;
                let path = format!(
                    "/networks/{}/data-retention-bots",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    GetDataRetentionBotError::BadRequest,
                    GetDataRetentionBotError::Unknown,
                )),
                401 => Err(received.error_json(
                    GetDataRetentionBotError::Unauthorized,
                    GetDataRetentionBotError::Unknown,
                )),
                403 => Err(received.error_json(
                    GetDataRetentionBotError::Forbidden,
                    GetDataRetentionBotError::Unknown,
                )),
                404 => Err(received.error_json(
                    GetDataRetentionBotError::NotFound,
                    GetDataRetentionBotError::Unknown,
                )),
                422 => Err(received.error_json(
                    GetDataRetentionBotError::UnprocessableEntity,
                    GetDataRetentionBotError::Unknown,
                )),
                429 => Err(received.error_json(
                    GetDataRetentionBotError::TooManyRequests,
                    GetDataRetentionBotError::Unknown,
                )),
                500 => Err(received.error_json(
                    GetDataRetentionBotError::InternalServerError,
                    GetDataRetentionBotError::Unknown,
                )),
                _ => Err(Error::Status(GetDataRetentionBotError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::get_data_retention_bot`], kept in its [`Call`] until it is awaited.
pub struct GetDataRetentionBotParams<'a> {
    network_id: &'a str,
}
/// Error responses of [`Client::get_data_retention_bot`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetDataRetentionBotError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetDataRetentionBotError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "GetDataRetentionBot", status, message)
    }
}
impl ::std::error::Error for GetDataRetentionBotError {}

impl Client {
    /// Creates a data retention bot in a Wickr network. Data retention bots are specialized bots that handle message archiving and compliance by capturing and storing messages for regulatory or organizational requirements.
    ///
    /// `POST /networks/{networkId}/data-retention-bots` (operation `CreateDataRetentionBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network where the data retention bot will be created.
    pub fn create_data_retention_bot<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<
        'a,
        CreateDataRetentionBotParams<'a>,
        crate::models::CreateDataRetentionBotResponse,
        CreateDataRetentionBotError,
    > {
        const OPERATION: Operation = Operation {
            id: "CreateDataRetentionBot",
            method: "POST",
            path: "/networks/{networkId}/data-retention-bots",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateDataRetentionBotParams { network_id },
            |client, params| {
                let CreateDataRetentionBotParams { network_id } = params;
                let path = format!(
                    "/networks/{}/data-retention-bots",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    CreateDataRetentionBotError::BadRequest,
                    CreateDataRetentionBotError::Unknown,
                )),
                401 => Err(received.error_json(
                    CreateDataRetentionBotError::Unauthorized,
                    CreateDataRetentionBotError::Unknown,
                )),
                403 => Err(received.error_json(
                    CreateDataRetentionBotError::Forbidden,
                    CreateDataRetentionBotError::Unknown,
                )),
                404 => Err(received.error_json(
                    CreateDataRetentionBotError::NotFound,
                    CreateDataRetentionBotError::Unknown,
                )),
                422 => Err(received.error_json(
                    CreateDataRetentionBotError::UnprocessableEntity,
                    CreateDataRetentionBotError::Unknown,
                )),
                429 => Err(received.error_json(
                    CreateDataRetentionBotError::TooManyRequests,
                    CreateDataRetentionBotError::Unknown,
                )),
                500 => Err(received.error_json(
                    CreateDataRetentionBotError::InternalServerError,
                    CreateDataRetentionBotError::Unknown,
                )),
                _ => Err(Error::Status(CreateDataRetentionBotError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::create_data_retention_bot`], kept in its [`Call`] until it is awaited.
pub struct CreateDataRetentionBotParams<'a> {
    network_id: &'a str,
}
/// Error responses of [`Client::create_data_retention_bot`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateDataRetentionBotError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateDataRetentionBotError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "CreateDataRetentionBot", status, message)
    }
}
impl ::std::error::Error for CreateDataRetentionBotError {}

impl Client {
    /// Deletes the data retention bot from a Wickr network. This operation permanently removes the bot and all its associated data from the database.
    ///
    /// `DELETE /networks/{networkId}/data-retention-bots` (operation `DeleteDataRetentionBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which the data retention bot will be deleted.
    pub fn delete_data_retention_bot<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<
        'a,
        DeleteDataRetentionBotParams<'a>,
        crate::models::DeleteDataRetentionBotResponse,
        DeleteDataRetentionBotError,
    > {
        const OPERATION: Operation = Operation {
            id: "DeleteDataRetentionBot",
            method: "DELETE",
            path: "/networks/{networkId}/data-retention-bots",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteDataRetentionBotParams { network_id },
            |client, params| {
                let DeleteDataRetentionBotParams { network_id } = params;
                let path = format!(
                    "/networks/{}/data-retention-bots",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    DeleteDataRetentionBotError::BadRequest,
                    DeleteDataRetentionBotError::Unknown,
                )),
                401 => Err(received.error_json(
                    DeleteDataRetentionBotError::Unauthorized,
                    DeleteDataRetentionBotError::Unknown,
                )),
                403 => Err(received.error_json(
                    DeleteDataRetentionBotError::Forbidden,
                    DeleteDataRetentionBotError::Unknown,
                )),
                404 => Err(received.error_json(
                    DeleteDataRetentionBotError::NotFound,
                    DeleteDataRetentionBotError::Unknown,
                )),
                422 => Err(received.error_json(
                    DeleteDataRetentionBotError::UnprocessableEntity,
                    DeleteDataRetentionBotError::Unknown,
                )),
                429 => Err(received.error_json(
                    DeleteDataRetentionBotError::TooManyRequests,
                    DeleteDataRetentionBotError::Unknown,
                )),
                500 => Err(received.error_json(
                    DeleteDataRetentionBotError::InternalServerError,
                    DeleteDataRetentionBotError::Unknown,
                )),
                _ => Err(Error::Status(DeleteDataRetentionBotError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::delete_data_retention_bot`], kept in its [`Call`] until it is awaited.
pub struct DeleteDataRetentionBotParams<'a> {
    network_id: &'a str,
}
/// Error responses of [`Client::delete_data_retention_bot`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteDataRetentionBotError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteDataRetentionBotError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "DeleteDataRetentionBot", status, message)
    }
}
impl ::std::error::Error for DeleteDataRetentionBotError {}

impl Client {
    /// Updates the data retention bot settings, allowing you to enable or disable the data retention service, or acknowledge the public key message.
    ///
    /// `PATCH /networks/{networkId}/data-retention-bots` (operation `UpdateDataRetention`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the data retention bot.
    /// * `body`: request body, sent as `application/json`
    pub fn update_data_retention<'a>(
        &'a self,
        network_id: &'a str,
        body: &'a crate::models::UpdateDataRetentionRequestBody,
    ) -> Call<
        'a,
        UpdateDataRetentionParams<'a>,
        crate::models::UpdateDataRetentionResponse,
        UpdateDataRetentionError,
    > {
        const OPERATION: Operation = Operation {
            id: "UpdateDataRetention",
            method: "PATCH",
            path: "/networks/{networkId}/data-retention-bots",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateDataRetentionParams { network_id, body },
            |client, params| {
                let UpdateDataRetentionParams { network_id, body } = params;
                let path = format!(
                    "/networks/{}/data-retention-bots",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::PATCH, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    UpdateDataRetentionError::BadRequest,
                    UpdateDataRetentionError::Unknown,
                )),
                401 => Err(received.error_json(
                    UpdateDataRetentionError::Unauthorized,
                    UpdateDataRetentionError::Unknown,
                )),
                403 => Err(received.error_json(
                    UpdateDataRetentionError::Forbidden,
                    UpdateDataRetentionError::Unknown,
                )),
                404 => Err(received.error_json(
                    UpdateDataRetentionError::NotFound,
                    UpdateDataRetentionError::Unknown,
                )),
                422 => Err(received.error_json(
                    UpdateDataRetentionError::UnprocessableEntity,
                    UpdateDataRetentionError::Unknown,
                )),
                429 => Err(received.error_json(
                    UpdateDataRetentionError::TooManyRequests,
                    UpdateDataRetentionError::Unknown,
                )),
                500 => Err(received.error_json(
                    UpdateDataRetentionError::InternalServerError,
                    UpdateDataRetentionError::Unknown,
                )),
                _ => Err(Error::Status(UpdateDataRetentionError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::update_data_retention`], kept in its [`Call`] until it is awaited.
pub struct UpdateDataRetentionParams<'a> {
    network_id: &'a str,
    body: &'a crate::models::UpdateDataRetentionRequestBody,
}
/// Error responses of [`Client::update_data_retention`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateDataRetentionError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateDataRetentionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "UpdateDataRetention", status, message)
    }
}
impl ::std::error::Error for UpdateDataRetentionError {}

impl Client {
    /// Creates a new challenge password for the data retention bot. This password is used for authentication when the bot connects to the network.
    ///
    /// `POST /networks/{networkId}/data-retention-bots/challenge` (operation `CreateDataRetentionBotChallenge`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the data retention bot.
    pub fn create_data_retention_bot_challenge<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<
        'a,
        CreateDataRetentionBotChallengeParams<'a>,
        crate::models::CreateDataRetentionBotChallengeResponse,
        CreateDataRetentionBotChallengeError,
    > {
        const OPERATION: Operation = Operation {
            id: "CreateDataRetentionBotChallenge",
            method: "POST",
            path: "/networks/{networkId}/data-retention-bots/challenge",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateDataRetentionBotChallengeParams { network_id },
            |client, params| {
                let CreateDataRetentionBotChallengeParams { network_id } = params;
                let path = format!(
                    "/networks/{}/data-retention-bots/challenge",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    CreateDataRetentionBotChallengeError::BadRequest,
                    CreateDataRetentionBotChallengeError::Unknown,
                )),
                401 => Err(received.error_json(
                    CreateDataRetentionBotChallengeError::Unauthorized,
                    CreateDataRetentionBotChallengeError::Unknown,
                )),
                403 => Err(received.error_json(
                    CreateDataRetentionBotChallengeError::Forbidden,
                    CreateDataRetentionBotChallengeError::Unknown,
                )),
                404 => Err(received.error_json(
                    CreateDataRetentionBotChallengeError::NotFound,
                    CreateDataRetentionBotChallengeError::Unknown,
                )),
                422 => Err(received.error_json(
                    CreateDataRetentionBotChallengeError::UnprocessableEntity,
                    CreateDataRetentionBotChallengeError::Unknown,
                )),
                429 => Err(received.error_json(
                    CreateDataRetentionBotChallengeError::TooManyRequests,
                    CreateDataRetentionBotChallengeError::Unknown,
                )),
                500 => Err(received.error_json(
                    CreateDataRetentionBotChallengeError::InternalServerError,
                    CreateDataRetentionBotChallengeError::Unknown,
                )),
                _ => Err(Error::Status(
                    CreateDataRetentionBotChallengeError::Unknown(received.unexpected()),
                )),
            },
        )
    }
}
/// The parameters of [`Client::create_data_retention_bot_challenge`], kept in its [`Call`] until it is awaited.
pub struct CreateDataRetentionBotChallengeParams<'a> {
    network_id: &'a str,
}
/// Error responses of [`Client::create_data_retention_bot_challenge`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateDataRetentionBotChallengeError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateDataRetentionBotChallengeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "CreateDataRetentionBotChallenge", status, message)
    }
}
impl ::std::error::Error for CreateDataRetentionBotChallengeError {}

impl Client {
    /// Retrieves a paginated list of all Wickr networks associated with your Amazon Web Services account. You can sort the results by network ID or name.
    ///
    /// `GET /networks` (operation `ListNetworks`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListNetworksParams`\]).
    pub fn list_networks(
        &self,
    ) -> Call<'_, ListNetworksParams<'_>, crate::models::ListNetworksResponse, ListNetworksError>
    {
        const OPERATION: Operation = Operation {
            id: "ListNetworks",
            method: "GET",
            path: "/networks",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListNetworksParams {
                max_results: None,
                sort_fields: None,
                sort_direction: None,
                next_token: None,
            },
            |client, params| {
                let ListNetworksParams {
                    max_results,
                    sort_fields,
                    sort_direction,
                    next_token,
                } = params;
                let mut request = client.request(&OPERATION, ::reqwest::Method::GET, "/networks");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "maxResults",
                    &max_results,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortFields",
                    &sort_fields,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortDirection",
                    &sort_direction,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "nextToken",
                    &next_token,
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
                400 => {
                    Err(received
                        .error_json(ListNetworksError::BadRequest, ListNetworksError::Unknown))
                }
                401 => Err(received
                    .error_json(ListNetworksError::Unauthorized, ListNetworksError::Unknown)),
                403 => {
                    Err(received
                        .error_json(ListNetworksError::Forbidden, ListNetworksError::Unknown))
                }
                422 => Err(received.error_json(
                    ListNetworksError::UnprocessableEntity,
                    ListNetworksError::Unknown,
                )),
                429 => Err(received.error_json(
                    ListNetworksError::TooManyRequests,
                    ListNetworksError::Unknown,
                )),
                500 => Err(received.error_json(
                    ListNetworksError::InternalServerError,
                    ListNetworksError::Unknown,
                )),
                _ => Err(Error::Status(ListNetworksError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::list_networks`], kept in its [`Call`] until it is awaited.
pub struct ListNetworksParams<'a> {
    max_results: ::std::option::Option<i32>,
    sort_fields: ::std::option::Option<&'a str>,
    sort_direction: ::std::option::Option<&'a crate::models::SortDirection>,
    next_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListNetworksParams<'a>, T, E> {
    /// * `max_results`: query parameter `maxResults`. The maximum number of networks to return in a single page. Valid range is 1-100. Default is 10.
    pub fn max_results(mut self, max_results: i32) -> Self {
        self.params.max_results = Some(max_results);
        self
    }
    /// * `sort_fields`: query parameter `sortFields`. The field to sort networks by. Accepted values are 'networkId' and 'networkName'. Default is 'networkId'.
    pub fn sort_fields(mut self, sort_fields: &'a str) -> Self {
        self.params.sort_fields = Some(sort_fields);
        self
    }
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub fn sort_direction(mut self, sort_direction: &'a crate::models::SortDirection) -> Self {
        self.params.sort_direction = Some(sort_direction);
        self
    }
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub fn next_token(mut self, next_token: &'a str) -> Self {
        self.params.next_token = Some(next_token);
        self
    }
}
/// Error responses of [`Client::list_networks`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListNetworksError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListNetworksError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "ListNetworks", status, message)
    }
}
impl ::std::error::Error for ListNetworksError {}

impl Client {
    /// Creates a new Wickr network with specified access level and configuration. This operation provisions a new communication network for your organization.
    ///
    /// `POST /networks` (operation `CreateNetwork`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn create_network<'a>(
        &'a self,
        body: &'a crate::models::CreateNetworkRequest,
    ) -> Call<'a, CreateNetworkParams<'a>, crate::models::CreateNetworkResponse, CreateNetworkError>
    {
        const OPERATION: Operation = Operation {
            id: "CreateNetwork",
            method: "POST",
            path: "/networks",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateNetworkParams { body },
            |client, params| {
                let CreateNetworkParams { body } = params;
                let mut request = client.request(&OPERATION, ::reqwest::Method::POST, "/networks");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received
                    .error_json(CreateNetworkError::BadRequest, CreateNetworkError::Unknown)),
                401 => Err(received.error_json(
                    CreateNetworkError::Unauthorized,
                    CreateNetworkError::Unknown,
                )),
                403 => {
                    Err(received
                        .error_json(CreateNetworkError::Forbidden, CreateNetworkError::Unknown))
                }
                404 => {
                    Err(received
                        .error_json(CreateNetworkError::NotFound, CreateNetworkError::Unknown))
                }
                422 => Err(received.error_json(
                    CreateNetworkError::UnprocessableEntity,
                    CreateNetworkError::Unknown,
                )),
                429 => Err(received.error_json(
                    CreateNetworkError::TooManyRequests,
                    CreateNetworkError::Unknown,
                )),
                500 => Err(received.error_json(
                    CreateNetworkError::InternalServerError,
                    CreateNetworkError::Unknown,
                )),
                _ => Err(Error::Status(CreateNetworkError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::create_network`], kept in its [`Call`] until it is awaited.
pub struct CreateNetworkParams<'a> {
    body: &'a crate::models::CreateNetworkRequest,
}
/// Error responses of [`Client::create_network`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateNetworkError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateNetworkError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "CreateNetwork", status, message)
    }
}
impl ::std::error::Error for CreateNetworkError {}

impl Client {
    /// Retrieves a paginated list of security groups in a specified Wickr network. You can sort the results by various criteria.
    ///
    /// `GET /networks/{networkId}/security-groups` (operation `ListSecurityGroups`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which to list security groups.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListSecurityGroupsParams`\]).
    pub fn list_security_groups<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<
        'a,
        ListSecurityGroupsParams<'a>,
        crate::models::ListSecurityGroupsResponse,
        ListSecurityGroupsError,
    > {
        const OPERATION: Operation = Operation {
            id: "ListSecurityGroups",
            method: "GET",
            path: "/networks/{networkId}/security-groups",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListSecurityGroupsParams {
                network_id,
                next_token: None,
                max_results: None,
                sort_fields: None,
                sort_direction: None,
            },
            |client, params| {
                let ListSecurityGroupsParams {
                    network_id,
                    next_token,
                    max_results,
                    sort_fields,
                    sort_direction,
                } = params;
                let path = format!(
                    "/networks/{}/security-groups",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "nextToken",
                    &next_token,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "maxResults",
                    &max_results,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortFields",
                    &sort_fields,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortDirection",
                    &sort_direction,
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
                400 => Err(received.error_json(
                    ListSecurityGroupsError::BadRequest,
                    ListSecurityGroupsError::Unknown,
                )),
                401 => Err(received.error_json(
                    ListSecurityGroupsError::Unauthorized,
                    ListSecurityGroupsError::Unknown,
                )),
                403 => Err(received.error_json(
                    ListSecurityGroupsError::Forbidden,
                    ListSecurityGroupsError::Unknown,
                )),
                404 => Err(received.error_json(
                    ListSecurityGroupsError::NotFound,
                    ListSecurityGroupsError::Unknown,
                )),
                422 => Err(received.error_json(
                    ListSecurityGroupsError::UnprocessableEntity,
                    ListSecurityGroupsError::Unknown,
                )),
                429 => Err(received.error_json(
                    ListSecurityGroupsError::TooManyRequests,
                    ListSecurityGroupsError::Unknown,
                )),
                500 => Err(received.error_json(
                    ListSecurityGroupsError::InternalServerError,
                    ListSecurityGroupsError::Unknown,
                )),
                _ => Err(Error::Status(ListSecurityGroupsError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::list_security_groups`], kept in its [`Call`] until it is awaited.
pub struct ListSecurityGroupsParams<'a> {
    network_id: &'a str,
    next_token: ::std::option::Option<&'a str>,
    max_results: ::std::option::Option<i32>,
    sort_fields: ::std::option::Option<&'a str>,
    sort_direction: ::std::option::Option<&'a crate::models::SortDirection>,
}
impl<'a, T, E> Call<'a, ListSecurityGroupsParams<'a>, T, E> {
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub fn next_token(mut self, next_token: &'a str) -> Self {
        self.params.next_token = Some(next_token);
        self
    }
    /// * `max_results`: query parameter `maxResults`. The maximum number of security groups to return in a single page. Valid range is 1-100. Default is 10.
    pub fn max_results(mut self, max_results: i32) -> Self {
        self.params.max_results = Some(max_results);
        self
    }
    /// * `sort_fields`: query parameter `sortFields`. The field to sort security groups by. Accepted values include 'id' and 'name'.
    pub fn sort_fields(mut self, sort_fields: &'a str) -> Self {
        self.params.sort_fields = Some(sort_fields);
        self
    }
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub fn sort_direction(mut self, sort_direction: &'a crate::models::SortDirection) -> Self {
        self.params.sort_direction = Some(sort_direction);
        self
    }
}
/// Error responses of [`Client::list_security_groups`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListSecurityGroupsError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListSecurityGroupsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "ListSecurityGroups", status, message)
    }
}
impl ::std::error::Error for ListSecurityGroupsError {}

impl Client {
    /// Creates a new security group in a Wickr network. Security groups allow you to organize users and control their permissions, features, and security settings.
    ///
    /// `POST /networks/{networkId}/security-groups` (operation `CreateSecurityGroup`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network where the security group will be created.
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateSecurityGroupParams`\]).
    pub fn create_security_group<'a>(
        &'a self,
        network_id: &'a str,
        body: &'a crate::models::CreateSecurityGroupRequestBody,
    ) -> Call<
        'a,
        CreateSecurityGroupParams<'a>,
        crate::models::CreateSecurityGroupResponse,
        CreateSecurityGroupError,
    > {
        const OPERATION: Operation = Operation {
            id: "CreateSecurityGroup",
            method: "POST",
            path: "/networks/{networkId}/security-groups",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateSecurityGroupParams {
                network_id,
                body,
                x_client_token: None,
            },
            |client, params| {
                let CreateSecurityGroupParams {
                    network_id,
                    body,
                    x_client_token,
                } = params;
                let path = format!(
                    "/networks/{}/security-groups",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                let x_client_token_generated = x_client_token
                    .map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
                let x_client_token = Some(x_client_token_generated.as_str());
                if let Some(value) = &x_client_token {
                    request = request.header("X-Client-Token", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    CreateSecurityGroupError::BadRequest,
                    CreateSecurityGroupError::Unknown,
                )),
                401 => Err(received.error_json(
                    CreateSecurityGroupError::Unauthorized,
                    CreateSecurityGroupError::Unknown,
                )),
                403 => Err(received.error_json(
                    CreateSecurityGroupError::Forbidden,
                    CreateSecurityGroupError::Unknown,
                )),
                404 => Err(received.error_json(
                    CreateSecurityGroupError::NotFound,
                    CreateSecurityGroupError::Unknown,
                )),
                422 => Err(received.error_json(
                    CreateSecurityGroupError::UnprocessableEntity,
                    CreateSecurityGroupError::Unknown,
                )),
                429 => Err(received.error_json(
                    CreateSecurityGroupError::TooManyRequests,
                    CreateSecurityGroupError::Unknown,
                )),
                500 => Err(received.error_json(
                    CreateSecurityGroupError::InternalServerError,
                    CreateSecurityGroupError::Unknown,
                )),
                _ => Err(Error::Status(CreateSecurityGroupError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::create_security_group`], kept in its [`Call`] until it is awaited.
pub struct CreateSecurityGroupParams<'a> {
    network_id: &'a str,
    body: &'a crate::models::CreateSecurityGroupRequestBody,
    x_client_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, CreateSecurityGroupParams<'a>, T, E> {
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when not set, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency.
    pub fn x_client_token(mut self, x_client_token: &'a str) -> Self {
        self.params.x_client_token = Some(x_client_token);
        self
    }
}
/// Error responses of [`Client::create_security_group`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateSecurityGroupError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateSecurityGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "CreateSecurityGroup", status, message)
    }
}
impl ::std::error::Error for CreateSecurityGroupError {}

impl Client {
    /// Retrieves detailed information about a specific bot in a Wickr network, including its status, group membership, and authentication details.
    ///
    /// `GET /networks/{networkId}/bots/{botId}` (operation `GetBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the bot.
    /// * `bot_id`: path parameter `botId`. The unique identifier of the bot to retrieve.
    pub fn get_bot<'a>(
        &'a self,
        network_id: &'a str,
        bot_id: &'a str,
    ) -> Call<'a, GetBotParams<'a>, crate::models::GetBotResponse, GetBotError> {
        const OPERATION: Operation = Operation {
            id: "GetBot",
            method: "GET",
            path: "/networks/{networkId}/bots/{botId}",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetBotParams { network_id, bot_id },
            |client, params| {
                let GetBotParams { network_id, bot_id } = params;
                let path = format!(
                    "/networks/{}/bots/{}",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                    crate::runtime::path_param("botId", bot_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(GetBotError::BadRequest, GetBotError::Unknown)),
                401 => Err(received.error_json(GetBotError::Unauthorized, GetBotError::Unknown)),
                403 => Err(received.error_json(GetBotError::Forbidden, GetBotError::Unknown)),
                404 => Err(received.error_json(GetBotError::NotFound, GetBotError::Unknown)),
                422 => {
                    Err(received.error_json(GetBotError::UnprocessableEntity, GetBotError::Unknown))
                }
                429 => Err(received.error_json(GetBotError::TooManyRequests, GetBotError::Unknown)),
                500 => {
                    Err(received.error_json(GetBotError::InternalServerError, GetBotError::Unknown))
                }
                _ => Err(Error::Status(GetBotError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_bot`], kept in its [`Call`] until it is awaited.
pub struct GetBotParams<'a> {
    network_id: &'a str,
    bot_id: &'a str,
}
/// Error responses of [`Client::get_bot`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetBotError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetBotError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "GetBot", status, message)
    }
}
impl ::std::error::Error for GetBotError {}

impl Client {
    /// Deletes a bot from a specified Wickr network. This operation permanently removes the bot account and its associated data from the network.
    ///
    /// `DELETE /networks/{networkId}/bots/{botId}` (operation `DeleteBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which the bot will be deleted.
    /// * `bot_id`: path parameter `botId`. The unique identifier of the bot to be deleted.
    pub fn delete_bot<'a>(
        &'a self,
        network_id: &'a str,
        bot_id: &'a str,
    ) -> Call<'a, DeleteBotParams<'a>, crate::models::DeleteBotResponse, DeleteBotError> {
        const OPERATION: Operation = Operation {
            id: "DeleteBot",
            method: "DELETE",
            path: "/networks/{networkId}/bots/{botId}",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteBotParams { network_id, bot_id },
            |client, params| {
                let DeleteBotParams { network_id, bot_id } = params;
                let path = format!(
                    "/networks/{}/bots/{}",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                    crate::runtime::path_param("botId", bot_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(received.error_json(DeleteBotError::BadRequest, DeleteBotError::Unknown))
                }
                401 => {
                    Err(received.error_json(DeleteBotError::Unauthorized, DeleteBotError::Unknown))
                }
                403 => Err(received.error_json(DeleteBotError::Forbidden, DeleteBotError::Unknown)),
                404 => Err(received.error_json(DeleteBotError::NotFound, DeleteBotError::Unknown)),
                422 => Err(received
                    .error_json(DeleteBotError::UnprocessableEntity, DeleteBotError::Unknown)),
                429 => {
                    Err(received
                        .error_json(DeleteBotError::TooManyRequests, DeleteBotError::Unknown))
                }
                500 => Err(received
                    .error_json(DeleteBotError::InternalServerError, DeleteBotError::Unknown)),
                _ => Err(Error::Status(DeleteBotError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::delete_bot`], kept in its [`Call`] until it is awaited.
pub struct DeleteBotParams<'a> {
    network_id: &'a str,
    bot_id: &'a str,
}
/// Error responses of [`Client::delete_bot`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteBotError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteBotError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "DeleteBot", status, message)
    }
}
impl ::std::error::Error for DeleteBotError {}

impl Client {
    /// Updates the properties of an existing bot in a Wickr network. This operation allows you to modify the bot's display name, security group, password, or suspension status.
    ///
    /// `PATCH /networks/{networkId}/bots/{botId}` (operation `UpdateBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the bot to update.
    /// * `bot_id`: path parameter `botId`. The unique identifier of the bot to update.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`UpdateBotParams`\]).
    pub fn update_bot<'a>(
        &'a self,
        network_id: &'a str,
        bot_id: &'a str,
    ) -> Call<'a, UpdateBotParams<'a>, crate::models::UpdateBotResponse, UpdateBotError> {
        const OPERATION: Operation = Operation {
            id: "UpdateBot",
            method: "PATCH",
            path: "/networks/{networkId}/bots/{botId}",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateBotParams {
                network_id,
                bot_id,
                body: None,
            },
            |client, params| {
                let UpdateBotParams {
                    network_id,
                    bot_id,
                    body,
                } = params;
                let path = format!(
                    "/networks/{}/bots/{}",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                    crate::runtime::path_param("botId", bot_id, Style::Simple, false),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::PATCH, &path);
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
                    Err(received.error_json(UpdateBotError::BadRequest, UpdateBotError::Unknown))
                }
                401 => {
                    Err(received.error_json(UpdateBotError::Unauthorized, UpdateBotError::Unknown))
                }
                403 => Err(received.error_json(UpdateBotError::Forbidden, UpdateBotError::Unknown)),
                404 => Err(received.error_json(UpdateBotError::NotFound, UpdateBotError::Unknown)),
                422 => Err(received
                    .error_json(UpdateBotError::UnprocessableEntity, UpdateBotError::Unknown)),
                429 => {
                    Err(received
                        .error_json(UpdateBotError::TooManyRequests, UpdateBotError::Unknown))
                }
                500 => Err(received
                    .error_json(UpdateBotError::InternalServerError, UpdateBotError::Unknown)),
                _ => Err(Error::Status(UpdateBotError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::update_bot`], kept in its [`Call`] until it is awaited.
pub struct UpdateBotParams<'a> {
    network_id: &'a str,
    bot_id: &'a str,
    body: ::std::option::Option<&'a crate::models::UpdateBotRequestBody>,
}
impl<'a, T, E> Call<'a, UpdateBotParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::UpdateBotRequestBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::update_bot`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateBotError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateBotError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "UpdateBot", status, message)
    }
}
impl ::std::error::Error for UpdateBotError {}

impl Client {
    /// Retrieves detailed information about a specific Wickr network, including its configuration, access level, and status.
    ///
    /// `GET /networks/{networkId}` (operation `GetNetwork`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network to retrieve.
    pub fn get_network<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<'a, GetNetworkParams<'a>, crate::models::GetNetworkResponse, GetNetworkError> {
        const OPERATION: Operation = Operation {
            id: "GetNetwork",
            method: "GET",
            path: "/networks/{networkId}",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetNetworkParams { network_id },
            |client, params| {
                let GetNetworkParams { network_id } = params;
                let path = format!(
                    "/networks/{}",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(received.error_json(GetNetworkError::BadRequest, GetNetworkError::Unknown))
                }
                401 => {
                    Err(received
                        .error_json(GetNetworkError::Unauthorized, GetNetworkError::Unknown))
                }
                403 => {
                    Err(received.error_json(GetNetworkError::Forbidden, GetNetworkError::Unknown))
                }
                404 => {
                    Err(received.error_json(GetNetworkError::NotFound, GetNetworkError::Unknown))
                }
                422 => Err(received.error_json(
                    GetNetworkError::UnprocessableEntity,
                    GetNetworkError::Unknown,
                )),
                429 => {
                    Err(received
                        .error_json(GetNetworkError::TooManyRequests, GetNetworkError::Unknown))
                }
                500 => Err(received.error_json(
                    GetNetworkError::InternalServerError,
                    GetNetworkError::Unknown,
                )),
                _ => Err(Error::Status(GetNetworkError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::get_network`], kept in its [`Call`] until it is awaited.
pub struct GetNetworkParams<'a> {
    network_id: &'a str,
}
/// Error responses of [`Client::get_network`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetNetworkError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetNetworkError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "GetNetwork", status, message)
    }
}
impl ::std::error::Error for GetNetworkError {}

impl Client {
    /// Deletes a Wickr network and all its associated resources, including users, bots, security groups, and settings. This operation is permanent and cannot be undone.
    ///
    /// `DELETE /networks/{networkId}` (operation `DeleteNetwork`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network to delete.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`DeleteNetworkParams`\]).
    pub fn delete_network<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<'a, DeleteNetworkParams<'a>, crate::models::DeleteNetworkResponse, DeleteNetworkError>
    {
        const OPERATION: Operation = Operation {
            id: "DeleteNetwork",
            method: "DELETE",
            path: "/networks/{networkId}",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteNetworkParams {
                network_id,
                x_client_token: None,
            },
            |client, params| {
                let DeleteNetworkParams {
                    network_id,
                    x_client_token,
                } = params;
                let path = format!(
                    "/networks/{}",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::DELETE, &path);
                let x_client_token_generated = x_client_token
                    .map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
                let x_client_token = Some(x_client_token_generated.as_str());
                if let Some(value) = &x_client_token {
                    request = request.header("X-Client-Token", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received
                    .error_json(DeleteNetworkError::BadRequest, DeleteNetworkError::Unknown)),
                401 => Err(received.error_json(
                    DeleteNetworkError::Unauthorized,
                    DeleteNetworkError::Unknown,
                )),
                403 => {
                    Err(received
                        .error_json(DeleteNetworkError::Forbidden, DeleteNetworkError::Unknown))
                }
                404 => {
                    Err(received
                        .error_json(DeleteNetworkError::NotFound, DeleteNetworkError::Unknown))
                }
                422 => Err(received.error_json(
                    DeleteNetworkError::UnprocessableEntity,
                    DeleteNetworkError::Unknown,
                )),
                429 => Err(received.error_json(
                    DeleteNetworkError::TooManyRequests,
                    DeleteNetworkError::Unknown,
                )),
                500 => Err(received.error_json(
                    DeleteNetworkError::InternalServerError,
                    DeleteNetworkError::Unknown,
                )),
                _ => Err(Error::Status(DeleteNetworkError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::delete_network`], kept in its [`Call`] until it is awaited.
pub struct DeleteNetworkParams<'a> {
    network_id: &'a str,
    x_client_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, DeleteNetworkParams<'a>, T, E> {
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when not set, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency. If you retry a request with the same client token, the service will return the same response without attempting to delete the network again.
    pub fn x_client_token(mut self, x_client_token: &'a str) -> Self {
        self.params.x_client_token = Some(x_client_token);
        self
    }
}
/// Error responses of [`Client::delete_network`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteNetworkError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteNetworkError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "DeleteNetwork", status, message)
    }
}
impl ::std::error::Error for DeleteNetworkError {}

impl Client {
    /// Updates the properties of an existing Wickr network, such as its name or encryption key configuration.
    ///
    /// `PATCH /networks/{networkId}` (operation `UpdateNetwork`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network to update.
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`UpdateNetworkParams`\]).
    pub fn update_network<'a>(
        &'a self,
        network_id: &'a str,
        body: &'a crate::models::UpdateNetworkRequestBody,
    ) -> Call<'a, UpdateNetworkParams<'a>, crate::models::UpdateNetworkResponse, UpdateNetworkError>
    {
        const OPERATION: Operation = Operation {
            id: "UpdateNetwork",
            method: "PATCH",
            path: "/networks/{networkId}",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateNetworkParams {
                network_id,
                body,
                x_client_token: None,
            },
            |client, params| {
                let UpdateNetworkParams {
                    network_id,
                    body,
                    x_client_token,
                } = params;
                let path = format!(
                    "/networks/{}",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::PATCH, &path);
                let x_client_token_generated = x_client_token
                    .map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
                let x_client_token = Some(x_client_token_generated.as_str());
                if let Some(value) = &x_client_token {
                    request = request.header("X-Client-Token", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received
                    .error_json(UpdateNetworkError::BadRequest, UpdateNetworkError::Unknown)),
                401 => Err(received.error_json(
                    UpdateNetworkError::Unauthorized,
                    UpdateNetworkError::Unknown,
                )),
                403 => {
                    Err(received
                        .error_json(UpdateNetworkError::Forbidden, UpdateNetworkError::Unknown))
                }
                404 => {
                    Err(received
                        .error_json(UpdateNetworkError::NotFound, UpdateNetworkError::Unknown))
                }
                422 => Err(received.error_json(
                    UpdateNetworkError::UnprocessableEntity,
                    UpdateNetworkError::Unknown,
                )),
                429 => Err(received.error_json(
                    UpdateNetworkError::TooManyRequests,
                    UpdateNetworkError::Unknown,
                )),
                500 => Err(received.error_json(
                    UpdateNetworkError::InternalServerError,
                    UpdateNetworkError::Unknown,
                )),
                _ => Err(Error::Status(UpdateNetworkError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::update_network`], kept in its [`Call`] until it is awaited.
pub struct UpdateNetworkParams<'a> {
    network_id: &'a str,
    body: &'a crate::models::UpdateNetworkRequestBody,
    x_client_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, UpdateNetworkParams<'a>, T, E> {
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when not set, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency.
    pub fn x_client_token(mut self, x_client_token: &'a str) -> Self {
        self.params.x_client_token = Some(x_client_token);
        self
    }
}
/// Error responses of [`Client::update_network`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateNetworkError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateNetworkError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "UpdateNetwork", status, message)
    }
}
impl ::std::error::Error for UpdateNetworkError {}

impl Client {
    /// Retrieves detailed information about a specific security group in a Wickr network, including its settings, member counts, and configuration.
    ///
    /// `GET /networks/{networkId}/security-groups/{groupId}` (operation `GetSecurityGroup`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the security group.
    /// * `group_id`: path parameter `groupId`. The unique identifier of the security group to retrieve.
    pub fn get_security_group<'a>(
        &'a self,
        network_id: &'a str,
        group_id: &'a str,
    ) -> Call<
        'a,
        GetSecurityGroupParams<'a>,
        crate::models::GetSecurityGroupResponse,
        GetSecurityGroupError,
    > {
        const OPERATION: Operation = Operation {
            id: "GetSecurityGroup",
            method: "GET",
            path: "/networks/{networkId}/security-groups/{groupId}",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetSecurityGroupParams {
                network_id,
                group_id,
            },
            |client, params| {
                let GetSecurityGroupParams {
                    network_id,
                    group_id,
                } = params;
                let path = format!(
                    "/networks/{}/security-groups/{}",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
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
                400 => Err(received.error_json(
                    GetSecurityGroupError::BadRequest,
                    GetSecurityGroupError::Unknown,
                )),
                401 => Err(received.error_json(
                    GetSecurityGroupError::Unauthorized,
                    GetSecurityGroupError::Unknown,
                )),
                403 => Err(received.error_json(
                    GetSecurityGroupError::Forbidden,
                    GetSecurityGroupError::Unknown,
                )),
                404 => Err(received.error_json(
                    GetSecurityGroupError::NotFound,
                    GetSecurityGroupError::Unknown,
                )),
                422 => Err(received.error_json(
                    GetSecurityGroupError::UnprocessableEntity,
                    GetSecurityGroupError::Unknown,
                )),
                429 => Err(received.error_json(
                    GetSecurityGroupError::TooManyRequests,
                    GetSecurityGroupError::Unknown,
                )),
                500 => Err(received.error_json(
                    GetSecurityGroupError::InternalServerError,
                    GetSecurityGroupError::Unknown,
                )),
                _ => Err(Error::Status(GetSecurityGroupError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::get_security_group`], kept in its [`Call`] until it is awaited.
pub struct GetSecurityGroupParams<'a> {
    network_id: &'a str,
    group_id: &'a str,
}
/// Error responses of [`Client::get_security_group`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSecurityGroupError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetSecurityGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "GetSecurityGroup", status, message)
    }
}
impl ::std::error::Error for GetSecurityGroupError {}

impl Client {
    /// Deletes a security group from a Wickr network. This operation cannot be performed on the default security group.
    ///
    /// `DELETE /networks/{networkId}/security-groups/{groupId}` (operation `DeleteSecurityGroup`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which the security group will be deleted.
    /// * `group_id`: path parameter `groupId`. The unique identifier of the security group to delete.
    pub fn delete_security_group<'a>(
        &'a self,
        network_id: &'a str,
        group_id: &'a str,
    ) -> Call<
        'a,
        DeleteSecurityGroupParams<'a>,
        crate::models::DeleteSecurityGroupResponse,
        DeleteSecurityGroupError,
    > {
        const OPERATION: Operation = Operation {
            id: "DeleteSecurityGroup",
            method: "DELETE",
            path: "/networks/{networkId}/security-groups/{groupId}",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteSecurityGroupParams {
                network_id,
                group_id,
            },
            |client, params| {
                let DeleteSecurityGroupParams {
                    network_id,
                    group_id,
                } = params;
                let path = format!(
                    "/networks/{}/security-groups/{}",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                    crate::runtime::path_param("groupId", group_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    DeleteSecurityGroupError::BadRequest,
                    DeleteSecurityGroupError::Unknown,
                )),
                401 => Err(received.error_json(
                    DeleteSecurityGroupError::Unauthorized,
                    DeleteSecurityGroupError::Unknown,
                )),
                403 => Err(received.error_json(
                    DeleteSecurityGroupError::Forbidden,
                    DeleteSecurityGroupError::Unknown,
                )),
                404 => Err(received.error_json(
                    DeleteSecurityGroupError::NotFound,
                    DeleteSecurityGroupError::Unknown,
                )),
                422 => Err(received.error_json(
                    DeleteSecurityGroupError::UnprocessableEntity,
                    DeleteSecurityGroupError::Unknown,
                )),
                429 => Err(received.error_json(
                    DeleteSecurityGroupError::TooManyRequests,
                    DeleteSecurityGroupError::Unknown,
                )),
                500 => Err(received.error_json(
                    DeleteSecurityGroupError::InternalServerError,
                    DeleteSecurityGroupError::Unknown,
                )),
                _ => Err(Error::Status(DeleteSecurityGroupError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::delete_security_group`], kept in its [`Call`] until it is awaited.
pub struct DeleteSecurityGroupParams<'a> {
    network_id: &'a str,
    group_id: &'a str,
}
/// Error responses of [`Client::delete_security_group`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteSecurityGroupError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteSecurityGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "DeleteSecurityGroup", status, message)
    }
}
impl ::std::error::Error for DeleteSecurityGroupError {}

impl Client {
    /// Updates the properties of an existing security group in a Wickr network, such as its name or settings.
    ///
    /// `PATCH /networks/{networkId}/security-groups/{groupId}` (operation `UpdateSecurityGroup`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the security group to update.
    /// * `group_id`: path parameter `groupId`. The unique identifier of the security group to update.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`UpdateSecurityGroupParams`\]).
    pub fn update_security_group<'a>(
        &'a self,
        network_id: &'a str,
        group_id: &'a str,
    ) -> Call<
        'a,
        UpdateSecurityGroupParams<'a>,
        crate::models::UpdateSecurityGroupResponse,
        UpdateSecurityGroupError,
    > {
        const OPERATION: Operation = Operation {
            id: "UpdateSecurityGroup",
            method: "PATCH",
            path: "/networks/{networkId}/security-groups/{groupId}",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateSecurityGroupParams {
                network_id,
                group_id,
                body: None,
            },
            |client, params| {
                let UpdateSecurityGroupParams {
                    network_id,
                    group_id,
                    body,
                } = params;
                let path = format!(
                    "/networks/{}/security-groups/{}",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                    crate::runtime::path_param("groupId", group_id, Style::Simple, false),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::PATCH, &path);
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
                400 => Err(received.error_json(
                    UpdateSecurityGroupError::BadRequest,
                    UpdateSecurityGroupError::Unknown,
                )),
                401 => Err(received.error_json(
                    UpdateSecurityGroupError::Unauthorized,
                    UpdateSecurityGroupError::Unknown,
                )),
                403 => Err(received.error_json(
                    UpdateSecurityGroupError::Forbidden,
                    UpdateSecurityGroupError::Unknown,
                )),
                404 => Err(received.error_json(
                    UpdateSecurityGroupError::NotFound,
                    UpdateSecurityGroupError::Unknown,
                )),
                422 => Err(received.error_json(
                    UpdateSecurityGroupError::UnprocessableEntity,
                    UpdateSecurityGroupError::Unknown,
                )),
                429 => Err(received.error_json(
                    UpdateSecurityGroupError::TooManyRequests,
                    UpdateSecurityGroupError::Unknown,
                )),
                500 => Err(received.error_json(
                    UpdateSecurityGroupError::InternalServerError,
                    UpdateSecurityGroupError::Unknown,
                )),
                _ => Err(Error::Status(UpdateSecurityGroupError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::update_security_group`], kept in its [`Call`] until it is awaited.
pub struct UpdateSecurityGroupParams<'a> {
    network_id: &'a str,
    group_id: &'a str,
    body: ::std::option::Option<&'a crate::models::UpdateSecurityGroupRequestBody>,
}
impl<'a, T, E> Call<'a, UpdateSecurityGroupParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::UpdateSecurityGroupRequestBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::update_security_group`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateSecurityGroupError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateSecurityGroupError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "UpdateSecurityGroup", status, message)
    }
}
impl ::std::error::Error for UpdateSecurityGroupError {}

impl Client {
    /// Retrieves the count of bots in a Wickr network, categorized by their status (pending, active, and total).
    ///
    /// `GET /networks/{networkId}/bots/count` (operation `GetBotsCount`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which to retrieve bot counts.
    pub fn get_bots_count<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<'a, GetBotsCountParams<'a>, crate::models::GetBotsCountResponse, GetBotsCountError>
    {
        const OPERATION: Operation = Operation {
            id: "GetBotsCount",
            method: "GET",
            path: "/networks/{networkId}/bots/count",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetBotsCountParams { network_id },
            |client, params| {
                let GetBotsCountParams { network_id } = params;
                let path = format!(
                    "/networks/{}/bots/count",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(received
                        .error_json(GetBotsCountError::BadRequest, GetBotsCountError::Unknown))
                }
                401 => Err(received
                    .error_json(GetBotsCountError::Unauthorized, GetBotsCountError::Unknown)),
                403 => {
                    Err(received
                        .error_json(GetBotsCountError::Forbidden, GetBotsCountError::Unknown))
                }
                404 => {
                    Err(received
                        .error_json(GetBotsCountError::NotFound, GetBotsCountError::Unknown))
                }
                422 => Err(received.error_json(
                    GetBotsCountError::UnprocessableEntity,
                    GetBotsCountError::Unknown,
                )),
                429 => Err(received.error_json(
                    GetBotsCountError::TooManyRequests,
                    GetBotsCountError::Unknown,
                )),
                500 => Err(received.error_json(
                    GetBotsCountError::InternalServerError,
                    GetBotsCountError::Unknown,
                )),
                _ => Err(Error::Status(GetBotsCountError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::get_bots_count`], kept in its [`Call`] until it is awaited.
pub struct GetBotsCountParams<'a> {
    network_id: &'a str,
}
/// Error responses of [`Client::get_bots_count`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetBotsCountError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetBotsCountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "GetBotsCount", status, message)
    }
}
impl ::std::error::Error for GetBotsCountError {}

impl Client {
    /// Retrieves historical guest user count data for a Wickr network, showing the number of guest users per billing period over the past 90 days.
    ///
    /// `GET /networks/{networkId}/guest-users/count` (operation `GetGuestUserHistoryCount`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which to retrieve guest user history.
    pub fn get_guest_user_history_count<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<
        'a,
        GetGuestUserHistoryCountParams<'a>,
        crate::models::GetGuestUserHistoryCountResponse,
        GetGuestUserHistoryCountError,
    > {
        const OPERATION: Operation = Operation {
            id: "GetGuestUserHistoryCount",
            method: "GET",
            path: "/networks/{networkId}/guest-users/count",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetGuestUserHistoryCountParams { network_id },
            |client, params| {
                let GetGuestUserHistoryCountParams { network_id } = params;
                let path = format!(
                    "/networks/{}/guest-users/count",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    GetGuestUserHistoryCountError::BadRequest,
                    GetGuestUserHistoryCountError::Unknown,
                )),
                401 => Err(received.error_json(
                    GetGuestUserHistoryCountError::Unauthorized,
                    GetGuestUserHistoryCountError::Unknown,
                )),
                403 => Err(received.error_json(
                    GetGuestUserHistoryCountError::Forbidden,
                    GetGuestUserHistoryCountError::Unknown,
                )),
                404 => Err(received.error_json(
                    GetGuestUserHistoryCountError::NotFound,
                    GetGuestUserHistoryCountError::Unknown,
                )),
                422 => Err(received.error_json(
                    GetGuestUserHistoryCountError::UnprocessableEntity,
                    GetGuestUserHistoryCountError::Unknown,
                )),
                429 => Err(received.error_json(
                    GetGuestUserHistoryCountError::TooManyRequests,
                    GetGuestUserHistoryCountError::Unknown,
                )),
                500 => Err(received.error_json(
                    GetGuestUserHistoryCountError::InternalServerError,
                    GetGuestUserHistoryCountError::Unknown,
                )),
                _ => Err(Error::Status(GetGuestUserHistoryCountError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::get_guest_user_history_count`], kept in its [`Call`] until it is awaited.
pub struct GetGuestUserHistoryCountParams<'a> {
    network_id: &'a str,
}
/// Error responses of [`Client::get_guest_user_history_count`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetGuestUserHistoryCountError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetGuestUserHistoryCountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "GetGuestUserHistoryCount", status, message)
    }
}
impl ::std::error::Error for GetGuestUserHistoryCountError {}

impl Client {
    /// Retrieves all network-level settings for a Wickr network, including client metrics, data retention, and other configuration options.
    ///
    /// `GET /networks/{networkId}/settings` (operation `GetNetworkSettings`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network whose settings will be retrieved.
    pub fn get_network_settings<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<
        'a,
        GetNetworkSettingsParams<'a>,
        crate::models::GetNetworkSettingsResponse,
        GetNetworkSettingsError,
    > {
        const OPERATION: Operation = Operation {
            id: "GetNetworkSettings",
            method: "GET",
            path: "/networks/{networkId}/settings",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetNetworkSettingsParams { network_id },
            |client, params| {
                let GetNetworkSettingsParams { network_id } = params;
                let path = format!(
                    "/networks/{}/settings",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    GetNetworkSettingsError::BadRequest,
                    GetNetworkSettingsError::Unknown,
                )),
                401 => Err(received.error_json(
                    GetNetworkSettingsError::Unauthorized,
                    GetNetworkSettingsError::Unknown,
                )),
                403 => Err(received.error_json(
                    GetNetworkSettingsError::Forbidden,
                    GetNetworkSettingsError::Unknown,
                )),
                404 => Err(received.error_json(
                    GetNetworkSettingsError::NotFound,
                    GetNetworkSettingsError::Unknown,
                )),
                422 => Err(received.error_json(
                    GetNetworkSettingsError::UnprocessableEntity,
                    GetNetworkSettingsError::Unknown,
                )),
                429 => Err(received.error_json(
                    GetNetworkSettingsError::TooManyRequests,
                    GetNetworkSettingsError::Unknown,
                )),
                500 => Err(received.error_json(
                    GetNetworkSettingsError::InternalServerError,
                    GetNetworkSettingsError::Unknown,
                )),
                _ => Err(Error::Status(GetNetworkSettingsError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::get_network_settings`], kept in its [`Call`] until it is awaited.
pub struct GetNetworkSettingsParams<'a> {
    network_id: &'a str,
}
/// Error responses of [`Client::get_network_settings`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetNetworkSettingsError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetNetworkSettingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "GetNetworkSettings", status, message)
    }
}
impl ::std::error::Error for GetNetworkSettingsError {}

impl Client {
    /// Updates network-level settings for a Wickr network. You can modify settings such as client metrics, data retention, and other network-wide options.
    ///
    /// `PATCH /networks/{networkId}/settings` (operation `UpdateNetworkSettings`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network whose settings will be updated.
    /// * `body`: request body, sent as `application/json`
    pub fn update_network_settings<'a>(
        &'a self,
        network_id: &'a str,
        body: &'a crate::models::UpdateNetworkSettingsRequestBody,
    ) -> Call<
        'a,
        UpdateNetworkSettingsParams<'a>,
        crate::models::UpdateNetworkSettingsResponse,
        UpdateNetworkSettingsError,
    > {
        const OPERATION: Operation = Operation {
            id: "UpdateNetworkSettings",
            method: "PATCH",
            path: "/networks/{networkId}/settings",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateNetworkSettingsParams { network_id, body },
            |client, params| {
                let UpdateNetworkSettingsParams { network_id, body } = params;
                let path = format!(
                    "/networks/{}/settings",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::PATCH, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    UpdateNetworkSettingsError::BadRequest,
                    UpdateNetworkSettingsError::Unknown,
                )),
                401 => Err(received.error_json(
                    UpdateNetworkSettingsError::Unauthorized,
                    UpdateNetworkSettingsError::Unknown,
                )),
                403 => Err(received.error_json(
                    UpdateNetworkSettingsError::Forbidden,
                    UpdateNetworkSettingsError::Unknown,
                )),
                404 => Err(received.error_json(
                    UpdateNetworkSettingsError::NotFound,
                    UpdateNetworkSettingsError::Unknown,
                )),
                422 => Err(received.error_json(
                    UpdateNetworkSettingsError::UnprocessableEntity,
                    UpdateNetworkSettingsError::Unknown,
                )),
                429 => Err(received.error_json(
                    UpdateNetworkSettingsError::TooManyRequests,
                    UpdateNetworkSettingsError::Unknown,
                )),
                500 => Err(received.error_json(
                    UpdateNetworkSettingsError::InternalServerError,
                    UpdateNetworkSettingsError::Unknown,
                )),
                _ => Err(Error::Status(UpdateNetworkSettingsError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::update_network_settings`], kept in its [`Call`] until it is awaited.
pub struct UpdateNetworkSettingsParams<'a> {
    network_id: &'a str,
    body: &'a crate::models::UpdateNetworkSettingsRequestBody,
}
/// Error responses of [`Client::update_network_settings`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateNetworkSettingsError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateNetworkSettingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "UpdateNetworkSettings", status, message)
    }
}
impl ::std::error::Error for UpdateNetworkSettingsError {}

impl Client {
    /// Retrieves the OpenID Connect (OIDC) configuration for a Wickr network, including SSO settings and optional token information if access token parameters are provided.
    ///
    /// `GET /networks/{networkId}/oidc` (operation `GetOidcInfo`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network whose OIDC configuration will be retrieved.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetOidcInfoParams`\]).
    pub fn get_oidc_info<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<'a, GetOidcInfoParams<'a>, crate::models::GetOidcInfoResponse, GetOidcInfoError> {
        const OPERATION: Operation = Operation {
            id: "GetOidcInfo",
            method: "GET",
            path: "/networks/{networkId}/oidc",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetOidcInfoParams {
                network_id,
                client_id: None,
                code: None,
                grant_type: None,
                redirect_uri: None,
                url: None,
                client_secret: None,
                code_verifier: None,
                certificate: None,
            },
            |client, params| {
                let GetOidcInfoParams {
                    network_id,
                    client_id,
                    code,
                    grant_type,
                    redirect_uri,
                    url,
                    client_secret,
                    code_verifier,
                    certificate,
                } = params;
                let path = format!(
                    "/networks/{}/oidc",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "clientId", &client_id, Style::Form, true);
                crate::runtime::query_pairs(&mut query, "code", &code, Style::Form, true);
                crate::runtime::query_pairs(
                    &mut query,
                    "grantType",
                    &grant_type,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "redirectUri",
                    &redirect_uri,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(&mut query, "url", &url, Style::Form, true);
                crate::runtime::query_pairs(
                    &mut query,
                    "clientSecret",
                    &client_secret,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "codeVerifier",
                    &code_verifier,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "certificate",
                    &certificate,
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
                400 => {
                    Err(received
                        .error_json(GetOidcInfoError::BadRequest, GetOidcInfoError::Unknown))
                }
                401 => {
                    Err(received
                        .error_json(GetOidcInfoError::Unauthorized, GetOidcInfoError::Unknown))
                }
                403 => {
                    Err(received.error_json(GetOidcInfoError::Forbidden, GetOidcInfoError::Unknown))
                }
                404 => {
                    Err(received.error_json(GetOidcInfoError::NotFound, GetOidcInfoError::Unknown))
                }
                422 => Err(received.error_json(
                    GetOidcInfoError::UnprocessableEntity,
                    GetOidcInfoError::Unknown,
                )),
                429 => Err(received
                    .error_json(GetOidcInfoError::TooManyRequests, GetOidcInfoError::Unknown)),
                500 => Err(received.error_json(
                    GetOidcInfoError::InternalServerError,
                    GetOidcInfoError::Unknown,
                )),
                _ => Err(Error::Status(GetOidcInfoError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::get_oidc_info`], kept in its [`Call`] until it is awaited.
pub struct GetOidcInfoParams<'a> {
    network_id: &'a str,
    client_id: ::std::option::Option<&'a str>,
    code: ::std::option::Option<&'a str>,
    grant_type: ::std::option::Option<&'a str>,
    redirect_uri: ::std::option::Option<&'a str>,
    url: ::std::option::Option<&'a str>,
    client_secret: ::std::option::Option<&'a str>,
    code_verifier: ::std::option::Option<&'a str>,
    certificate: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetOidcInfoParams<'a>, T, E> {
    /// * `client_id`: query parameter `clientId`. The OAuth client ID for retrieving access tokens (optional).
    pub fn client_id(mut self, client_id: &'a str) -> Self {
        self.params.client_id = Some(client_id);
        self
    }
    /// * `code`: query parameter `code`. The authorization code for retrieving access tokens (optional).
    pub fn code(mut self, code: &'a str) -> Self {
        self.params.code = Some(code);
        self
    }
    /// * `grant_type`: query parameter `grantType`. The OAuth grant type for retrieving access tokens (optional).
    pub fn grant_type(mut self, grant_type: &'a str) -> Self {
        self.params.grant_type = Some(grant_type);
        self
    }
    /// * `redirect_uri`: query parameter `redirectUri`. The redirect URI for the OAuth flow (optional).
    pub fn redirect_uri(mut self, redirect_uri: &'a str) -> Self {
        self.params.redirect_uri = Some(redirect_uri);
        self
    }
    /// * `url`: query parameter `url`. The URL for the OIDC provider (optional).
    pub fn url(mut self, url: &'a str) -> Self {
        self.params.url = Some(url);
        self
    }
    /// * `client_secret`: query parameter `clientSecret`. The OAuth client secret for retrieving access tokens (optional).
    pub fn client_secret(mut self, client_secret: &'a str) -> Self {
        self.params.client_secret = Some(client_secret);
        self
    }
    /// * `code_verifier`: query parameter `codeVerifier`. The PKCE code verifier for enhanced security in the OAuth flow (optional).
    pub fn code_verifier(mut self, code_verifier: &'a str) -> Self {
        self.params.code_verifier = Some(code_verifier);
        self
    }
    /// * `certificate`: query parameter `certificate`. The CA certificate for secure communication with the OIDC provider (optional).
    pub fn certificate(mut self, certificate: &'a str) -> Self {
        self.params.certificate = Some(certificate);
        self
    }
}
/// Error responses of [`Client::get_oidc_info`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOidcInfoError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOidcInfoError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "GetOidcInfo", status, message)
    }
}
impl ::std::error::Error for GetOidcInfoError {}

impl Client {
    /// Retrieves the OpenTDF integration configuration for a Wickr network.
    ///
    /// `GET /networks/{networkId}/tdf` (operation `GetOpentdfConfig`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which OpenTDF integration will be retrieved.
    pub fn get_opentdf_config<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<
        'a,
        GetOpentdfConfigParams<'a>,
        crate::models::GetOpentdfConfigResponse,
        GetOpentdfConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "GetOpentdfConfig",
            method: "GET",
            path: "/networks/{networkId}/tdf",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetOpentdfConfigParams { network_id },
            |client, params| {
                let GetOpentdfConfigParams { network_id } = params;
                let path = format!(
                    "/networks/{}/tdf",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    GetOpentdfConfigError::BadRequest,
                    GetOpentdfConfigError::Unknown,
                )),
                401 => Err(received.error_json(
                    GetOpentdfConfigError::Unauthorized,
                    GetOpentdfConfigError::Unknown,
                )),
                403 => Err(received.error_json(
                    GetOpentdfConfigError::Forbidden,
                    GetOpentdfConfigError::Unknown,
                )),
                404 => Err(received.error_json(
                    GetOpentdfConfigError::NotFound,
                    GetOpentdfConfigError::Unknown,
                )),
                422 => Err(received.error_json(
                    GetOpentdfConfigError::UnprocessableEntity,
                    GetOpentdfConfigError::Unknown,
                )),
                429 => Err(received.error_json(
                    GetOpentdfConfigError::TooManyRequests,
                    GetOpentdfConfigError::Unknown,
                )),
                500 => Err(received.error_json(
                    GetOpentdfConfigError::InternalServerError,
                    GetOpentdfConfigError::Unknown,
                )),
                _ => Err(Error::Status(GetOpentdfConfigError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::get_opentdf_config`], kept in its [`Call`] until it is awaited.
pub struct GetOpentdfConfigParams<'a> {
    network_id: &'a str,
}
/// Error responses of [`Client::get_opentdf_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOpentdfConfigError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOpentdfConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "GetOpentdfConfig", status, message)
    }
}
impl ::std::error::Error for GetOpentdfConfigError {}

impl Client {
    /// Registers and saves OpenTDF configuration for a Wickr network, enabling attribute-based access control for Wickr through an OpenTDF provider.
    ///
    /// `POST /networks/{networkId}/tdf` (operation `RegisterOpentdfConfig`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which OpenTDF integration will be configured.
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`RegisterOpentdfConfigParams`\]).
    pub fn register_opentdf_config<'a>(
        &'a self,
        network_id: &'a str,
        body: &'a crate::models::RegisterOpentdfConfigRequestBody,
    ) -> Call<
        'a,
        RegisterOpentdfConfigParams<'a>,
        crate::models::RegisterOpentdfConfigResponse,
        RegisterOpentdfConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "RegisterOpentdfConfig",
            method: "POST",
            path: "/networks/{networkId}/tdf",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            RegisterOpentdfConfigParams {
                network_id,
                body,
                dry_run: None,
            },
            |client, params| {
                let RegisterOpentdfConfigParams {
                    network_id,
                    body,
                    dry_run,
                } = params;
                let path = format!(
                    "/networks/{}/tdf",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "dryRun", &dry_run, Style::Form, true);
                request = request.query(&query);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    RegisterOpentdfConfigError::BadRequest,
                    RegisterOpentdfConfigError::Unknown,
                )),
                401 => Err(received.error_json(
                    RegisterOpentdfConfigError::Unauthorized,
                    RegisterOpentdfConfigError::Unknown,
                )),
                403 => Err(received.error_json(
                    RegisterOpentdfConfigError::Forbidden,
                    RegisterOpentdfConfigError::Unknown,
                )),
                404 => Err(received.error_json(
                    RegisterOpentdfConfigError::NotFound,
                    RegisterOpentdfConfigError::Unknown,
                )),
                422 => Err(received.error_json(
                    RegisterOpentdfConfigError::UnprocessableEntity,
                    RegisterOpentdfConfigError::Unknown,
                )),
                429 => Err(received.error_json(
                    RegisterOpentdfConfigError::TooManyRequests,
                    RegisterOpentdfConfigError::Unknown,
                )),
                500 => Err(received.error_json(
                    RegisterOpentdfConfigError::InternalServerError,
                    RegisterOpentdfConfigError::Unknown,
                )),
                _ => Err(Error::Status(RegisterOpentdfConfigError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::register_opentdf_config`], kept in its [`Call`] until it is awaited.
pub struct RegisterOpentdfConfigParams<'a> {
    network_id: &'a str,
    body: &'a crate::models::RegisterOpentdfConfigRequestBody,
    dry_run: ::std::option::Option<bool>,
}
impl<'a, T, E> Call<'a, RegisterOpentdfConfigParams<'a>, T, E> {
    /// * `dry_run`: query parameter `dryRun`. Perform dry-run test connection of OpenTDF configuration (optional).
    pub fn dry_run(mut self, dry_run: bool) -> Self {
        self.params.dry_run = Some(dry_run);
        self
    }
}
/// Error responses of [`Client::register_opentdf_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RegisterOpentdfConfigError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RegisterOpentdfConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "RegisterOpentdfConfig", status, message)
    }
}
impl ::std::error::Error for RegisterOpentdfConfigError {}

impl Client {
    /// Retrieves detailed information about a specific user in a Wickr network, including their profile, status, and activity history.
    ///
    /// `GET /networks/{networkId}/users/{userId}` (operation `GetUser`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the user.
    /// * `user_id`: path parameter `userId`. The unique identifier of the user to retrieve.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetUserParams`\]).
    pub fn get_user<'a>(
        &'a self,
        network_id: &'a str,
        user_id: &'a str,
    ) -> Call<'a, GetUserParams<'a>, crate::models::GetUserResponse, GetUserError> {
        const OPERATION: Operation = Operation {
            id: "GetUser",
            method: "GET",
            path: "/networks/{networkId}/users/{userId}",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetUserParams {
                network_id,
                user_id,
                start_time: None,
                end_time: None,
            },
            |client, params| {
                let GetUserParams {
                    network_id,
                    user_id,
                    start_time,
                    end_time,
                } = params;
                let path = format!(
                    "/networks/{}/users/{}",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                    crate::runtime::path_param("userId", user_id, Style::Simple, false),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "startTime",
                    &start_time,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(&mut query, "endTime", &end_time, Style::Form, true);
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(GetUserError::BadRequest, GetUserError::Unknown)),
                401 => Err(received.error_json(GetUserError::Unauthorized, GetUserError::Unknown)),
                403 => Err(received.error_json(GetUserError::Forbidden, GetUserError::Unknown)),
                404 => Err(received.error_json(GetUserError::NotFound, GetUserError::Unknown)),
                422 => {
                    Err(received
                        .error_json(GetUserError::UnprocessableEntity, GetUserError::Unknown))
                }
                429 => {
                    Err(received.error_json(GetUserError::TooManyRequests, GetUserError::Unknown))
                }
                500 => {
                    Err(received
                        .error_json(GetUserError::InternalServerError, GetUserError::Unknown))
                }
                _ => Err(Error::Status(GetUserError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_user`], kept in its [`Call`] until it is awaited.
pub struct GetUserParams<'a> {
    network_id: &'a str,
    user_id: &'a str,
    start_time: ::std::option::Option<f64>,
    end_time: ::std::option::Option<f64>,
}
impl<'a, T, E> Call<'a, GetUserParams<'a>, T, E> {
    /// * `start_time`: query parameter `startTime`. The start time for filtering the user's last activity. Only activity after this timestamp will be considered. Time is specified in epoch seconds.
    pub fn start_time(mut self, start_time: f64) -> Self {
        self.params.start_time = Some(start_time);
        self
    }
    /// * `end_time`: query parameter `endTime`. The end time for filtering the user's last activity. Only activity before this timestamp will be considered. Time is specified in epoch seconds.
    pub fn end_time(mut self, end_time: f64) -> Self {
        self.params.end_time = Some(end_time);
        self
    }
}
/// Error responses of [`Client::get_user`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUserError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "GetUser", status, message)
    }
}
impl ::std::error::Error for GetUserError {}

impl Client {
    /// Retrieves the count of users in a Wickr network, categorized by their status (pending, active, rejected) and showing how many users can still be added.
    ///
    /// `GET /networks/{networkId}/users/count` (operation `GetUsersCount`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which to retrieve user counts.
    pub fn get_users_count<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<'a, GetUsersCountParams<'a>, crate::models::GetUsersCountResponse, GetUsersCountError>
    {
        const OPERATION: Operation = Operation {
            id: "GetUsersCount",
            method: "GET",
            path: "/networks/{networkId}/users/count",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetUsersCountParams { network_id },
            |client, params| {
                let GetUsersCountParams { network_id } = params;
                let path = format!(
                    "/networks/{}/users/count",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received
                    .error_json(GetUsersCountError::BadRequest, GetUsersCountError::Unknown)),
                401 => Err(received.error_json(
                    GetUsersCountError::Unauthorized,
                    GetUsersCountError::Unknown,
                )),
                403 => {
                    Err(received
                        .error_json(GetUsersCountError::Forbidden, GetUsersCountError::Unknown))
                }
                404 => {
                    Err(received
                        .error_json(GetUsersCountError::NotFound, GetUsersCountError::Unknown))
                }
                422 => Err(received.error_json(
                    GetUsersCountError::UnprocessableEntity,
                    GetUsersCountError::Unknown,
                )),
                429 => Err(received.error_json(
                    GetUsersCountError::TooManyRequests,
                    GetUsersCountError::Unknown,
                )),
                500 => Err(received.error_json(
                    GetUsersCountError::InternalServerError,
                    GetUsersCountError::Unknown,
                )),
                _ => Err(Error::Status(GetUsersCountError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::get_users_count`], kept in its [`Call`] until it is awaited.
pub struct GetUsersCountParams<'a> {
    network_id: &'a str,
}
/// Error responses of [`Client::get_users_count`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetUsersCountError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetUsersCountError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "GetUsersCount", status, message)
    }
}
impl ::std::error::Error for GetUsersCountError {}

impl Client {
    /// Retrieves a paginated list of guest users who have been blocked from a Wickr network. You can filter and sort the results.
    ///
    /// `GET /networks/{networkId}/guest-users/blocklist` (operation `ListBlockedGuestUsers`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which to list blocked guest users.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListBlockedGuestUsersParams`\]).
    pub fn list_blocked_guest_users<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<
        'a,
        ListBlockedGuestUsersParams<'a>,
        crate::models::ListBlockedGuestUsersResponse,
        ListBlockedGuestUsersError,
    > {
        const OPERATION: Operation = Operation {
            id: "ListBlockedGuestUsers",
            method: "GET",
            path: "/networks/{networkId}/guest-users/blocklist",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListBlockedGuestUsersParams {
                network_id,
                max_results: None,
                sort_direction: None,
                sort_fields: None,
                username: None,
                admin: None,
                next_token: None,
            },
            |client, params| {
                let ListBlockedGuestUsersParams {
                    network_id,
                    max_results,
                    sort_direction,
                    sort_fields,
                    username,
                    admin,
                    next_token,
                } = params;
                let path = format!(
                    "/networks/{}/guest-users/blocklist",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "maxResults",
                    &max_results,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortDirection",
                    &sort_direction,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortFields",
                    &sort_fields,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(&mut query, "username", &username, Style::Form, true);
                crate::runtime::query_pairs(&mut query, "admin", &admin, Style::Form, true);
                crate::runtime::query_pairs(
                    &mut query,
                    "nextToken",
                    &next_token,
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
                400 => Err(received.error_json(
                    ListBlockedGuestUsersError::BadRequest,
                    ListBlockedGuestUsersError::Unknown,
                )),
                401 => Err(received.error_json(
                    ListBlockedGuestUsersError::Unauthorized,
                    ListBlockedGuestUsersError::Unknown,
                )),
                403 => Err(received.error_json(
                    ListBlockedGuestUsersError::Forbidden,
                    ListBlockedGuestUsersError::Unknown,
                )),
                404 => Err(received.error_json(
                    ListBlockedGuestUsersError::NotFound,
                    ListBlockedGuestUsersError::Unknown,
                )),
                422 => Err(received.error_json(
                    ListBlockedGuestUsersError::UnprocessableEntity,
                    ListBlockedGuestUsersError::Unknown,
                )),
                429 => Err(received.error_json(
                    ListBlockedGuestUsersError::TooManyRequests,
                    ListBlockedGuestUsersError::Unknown,
                )),
                500 => Err(received.error_json(
                    ListBlockedGuestUsersError::InternalServerError,
                    ListBlockedGuestUsersError::Unknown,
                )),
                _ => Err(Error::Status(ListBlockedGuestUsersError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::list_blocked_guest_users`], kept in its [`Call`] until it is awaited.
pub struct ListBlockedGuestUsersParams<'a> {
    network_id: &'a str,
    max_results: ::std::option::Option<i32>,
    sort_direction: ::std::option::Option<&'a crate::models::SortDirection>,
    sort_fields: ::std::option::Option<&'a str>,
    username: ::std::option::Option<&'a str>,
    admin: ::std::option::Option<&'a str>,
    next_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListBlockedGuestUsersParams<'a>, T, E> {
    /// * `max_results`: query parameter `maxResults`. The maximum number of blocked guest users to return in a single page. Valid range is 1-100. Default is 10.
    pub fn max_results(mut self, max_results: i32) -> Self {
        self.params.max_results = Some(max_results);
        self
    }
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub fn sort_direction(mut self, sort_direction: &'a crate::models::SortDirection) -> Self {
        self.params.sort_direction = Some(sort_direction);
        self
    }
    /// * `sort_fields`: query parameter `sortFields`. The field to sort blocked guest users by. Accepted values include 'username', 'admin', and 'modified'.
    pub fn sort_fields(mut self, sort_fields: &'a str) -> Self {
        self.params.sort_fields = Some(sort_fields);
        self
    }
    /// * `username`: query parameter `username`. Filter results to only include blocked guest users with usernames matching this value.
    pub fn username(mut self, username: &'a str) -> Self {
        self.params.username = Some(username);
        self
    }
    /// * `admin`: query parameter `admin`. Filter results to only include blocked guest users that were blocked by this administrator.
    pub fn admin(mut self, admin: &'a str) -> Self {
        self.params.admin = Some(admin);
        self
    }
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub fn next_token(mut self, next_token: &'a str) -> Self {
        self.params.next_token = Some(next_token);
        self
    }
}
/// Error responses of [`Client::list_blocked_guest_users`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListBlockedGuestUsersError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListBlockedGuestUsersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "ListBlockedGuestUsers", status, message)
    }
}
impl ::std::error::Error for ListBlockedGuestUsersError {}

impl Client {
    /// Retrieves a paginated list of guest users who have communicated with your Wickr network. Guest users are external users from federated networks who can communicate with network members.
    ///
    /// `GET /networks/{networkId}/guest-users` (operation `ListGuestUsers`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which to list guest users.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListGuestUsersParams`\]).
    pub fn list_guest_users<'a>(
        &'a self,
        network_id: &'a str,
    ) -> Call<
        'a,
        ListGuestUsersParams<'a>,
        crate::models::ListGuestUsersResponse,
        ListGuestUsersError,
    > {
        const OPERATION: Operation = Operation {
            id: "ListGuestUsers",
            method: "GET",
            path: "/networks/{networkId}/guest-users",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListGuestUsersParams {
                network_id,
                max_results: None,
                sort_direction: None,
                sort_fields: None,
                username: None,
                billing_period: None,
                next_token: None,
            },
            |client, params| {
                let ListGuestUsersParams {
                    network_id,
                    max_results,
                    sort_direction,
                    sort_fields,
                    username,
                    billing_period,
                    next_token,
                } = params;
                let path = format!(
                    "/networks/{}/guest-users",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "maxResults",
                    &max_results,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortDirection",
                    &sort_direction,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortFields",
                    &sort_fields,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(&mut query, "username", &username, Style::Form, true);
                crate::runtime::query_pairs(
                    &mut query,
                    "billingPeriod",
                    &billing_period,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "nextToken",
                    &next_token,
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
                400 => Err(received.error_json(
                    ListGuestUsersError::BadRequest,
                    ListGuestUsersError::Unknown,
                )),
                401 => Err(received.error_json(
                    ListGuestUsersError::Unauthorized,
                    ListGuestUsersError::Unknown,
                )),
                403 => Err(received
                    .error_json(ListGuestUsersError::Forbidden, ListGuestUsersError::Unknown)),
                404 => Err(received
                    .error_json(ListGuestUsersError::NotFound, ListGuestUsersError::Unknown)),
                422 => Err(received.error_json(
                    ListGuestUsersError::UnprocessableEntity,
                    ListGuestUsersError::Unknown,
                )),
                429 => Err(received.error_json(
                    ListGuestUsersError::TooManyRequests,
                    ListGuestUsersError::Unknown,
                )),
                500 => Err(received.error_json(
                    ListGuestUsersError::InternalServerError,
                    ListGuestUsersError::Unknown,
                )),
                _ => Err(Error::Status(ListGuestUsersError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::list_guest_users`], kept in its [`Call`] until it is awaited.
pub struct ListGuestUsersParams<'a> {
    network_id: &'a str,
    max_results: ::std::option::Option<i32>,
    sort_direction: ::std::option::Option<&'a crate::models::SortDirection>,
    sort_fields: ::std::option::Option<&'a str>,
    username: ::std::option::Option<&'a str>,
    billing_period: ::std::option::Option<&'a str>,
    next_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListGuestUsersParams<'a>, T, E> {
    /// * `max_results`: query parameter `maxResults`. The maximum number of guest users to return in a single page. Valid range is 1-100. Default is 10.
    pub fn max_results(mut self, max_results: i32) -> Self {
        self.params.max_results = Some(max_results);
        self
    }
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub fn sort_direction(mut self, sort_direction: &'a crate::models::SortDirection) -> Self {
        self.params.sort_direction = Some(sort_direction);
        self
    }
    /// * `sort_fields`: query parameter `sortFields`. The field to sort guest users by. Accepted values include 'username' and 'billingPeriod'.
    pub fn sort_fields(mut self, sort_fields: &'a str) -> Self {
        self.params.sort_fields = Some(sort_fields);
        self
    }
    /// * `username`: query parameter `username`. Filter results to only include guest users with usernames matching this value.
    pub fn username(mut self, username: &'a str) -> Self {
        self.params.username = Some(username);
        self
    }
    /// * `billing_period`: query parameter `billingPeriod`. Filter results to only include guest users from this billing period (e.g., '2024-01').
    pub fn billing_period(mut self, billing_period: &'a str) -> Self {
        self.params.billing_period = Some(billing_period);
        self
    }
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub fn next_token(mut self, next_token: &'a str) -> Self {
        self.params.next_token = Some(next_token);
        self
    }
}
/// Error responses of [`Client::list_guest_users`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListGuestUsersError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListGuestUsersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "ListGuestUsers", status, message)
    }
}
impl ::std::error::Error for ListGuestUsersError {}

impl Client {
    /// Retrieves a paginated list of users who belong to a specific security group in a Wickr network.
    ///
    /// `GET /networks/{networkId}/security-groups/{groupId}/users` (operation `ListSecurityGroupUsers`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the security group.
    /// * `group_id`: path parameter `groupId`. The unique identifier of the security group whose users will be listed.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListSecurityGroupUsersParams`\]).
    pub fn list_security_group_users<'a>(
        &'a self,
        network_id: &'a str,
        group_id: &'a str,
    ) -> Call<
        'a,
        ListSecurityGroupUsersParams<'a>,
        crate::models::ListSecurityGroupUsersResponse,
        ListSecurityGroupUsersError,
    > {
        const OPERATION: Operation = Operation {
            id: "ListSecurityGroupUsers",
            method: "GET",
            path: "/networks/{networkId}/security-groups/{groupId}/users",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListSecurityGroupUsersParams {
                network_id,
                group_id,
                next_token: None,
                max_results: None,
                sort_fields: None,
                sort_direction: None,
            },
            |client, params| {
                let ListSecurityGroupUsersParams {
                    network_id,
                    group_id,
                    next_token,
                    max_results,
                    sort_fields,
                    sort_direction,
                } = params;
                let path = format!(
                    "/networks/{}/security-groups/{}/users",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                    crate::runtime::path_param("groupId", group_id, Style::Simple, false),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "nextToken",
                    &next_token,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "maxResults",
                    &max_results,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortFields",
                    &sort_fields,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortDirection",
                    &sort_direction,
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
                400 => Err(received.error_json(
                    ListSecurityGroupUsersError::BadRequest,
                    ListSecurityGroupUsersError::Unknown,
                )),
                401 => Err(received.error_json(
                    ListSecurityGroupUsersError::Unauthorized,
                    ListSecurityGroupUsersError::Unknown,
                )),
                403 => Err(received.error_json(
                    ListSecurityGroupUsersError::Forbidden,
                    ListSecurityGroupUsersError::Unknown,
                )),
                404 => Err(received.error_json(
                    ListSecurityGroupUsersError::NotFound,
                    ListSecurityGroupUsersError::Unknown,
                )),
                422 => Err(received.error_json(
                    ListSecurityGroupUsersError::UnprocessableEntity,
                    ListSecurityGroupUsersError::Unknown,
                )),
                429 => Err(received.error_json(
                    ListSecurityGroupUsersError::TooManyRequests,
                    ListSecurityGroupUsersError::Unknown,
                )),
                500 => Err(received.error_json(
                    ListSecurityGroupUsersError::InternalServerError,
                    ListSecurityGroupUsersError::Unknown,
                )),
                _ => Err(Error::Status(ListSecurityGroupUsersError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::list_security_group_users`], kept in its [`Call`] until it is awaited.
pub struct ListSecurityGroupUsersParams<'a> {
    network_id: &'a str,
    group_id: &'a str,
    next_token: ::std::option::Option<&'a str>,
    max_results: ::std::option::Option<i32>,
    sort_fields: ::std::option::Option<&'a str>,
    sort_direction: ::std::option::Option<&'a crate::models::SortDirection>,
}
impl<'a, T, E> Call<'a, ListSecurityGroupUsersParams<'a>, T, E> {
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub fn next_token(mut self, next_token: &'a str) -> Self {
        self.params.next_token = Some(next_token);
        self
    }
    /// * `max_results`: query parameter `maxResults`. The maximum number of users to return in a single page. Valid range is 1-100. Default is 10.
    pub fn max_results(mut self, max_results: i32) -> Self {
        self.params.max_results = Some(max_results);
        self
    }
    /// * `sort_fields`: query parameter `sortFields`. The field to sort users by. Multiple fields can be specified by separating them with '+'. Accepted values include 'username', 'firstName', and 'lastName'.
    pub fn sort_fields(mut self, sort_fields: &'a str) -> Self {
        self.params.sort_fields = Some(sort_fields);
        self
    }
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub fn sort_direction(mut self, sort_direction: &'a crate::models::SortDirection) -> Self {
        self.params.sort_direction = Some(sort_direction);
        self
    }
}
/// Error responses of [`Client::list_security_group_users`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListSecurityGroupUsersError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListSecurityGroupUsersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "ListSecurityGroupUsers", status, message)
    }
}
impl ::std::error::Error for ListSecurityGroupUsersError {}

impl Client {
    /// Registers and saves an OpenID Connect (OIDC) configuration for a Wickr network, enabling Single Sign-On (SSO) authentication through an identity provider.
    ///
    /// `POST /networks/{networkId}/oidc/save` (operation `RegisterOidcConfig`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which OIDC will be configured.
    /// * `body`: request body, sent as `application/json`
    pub fn register_oidc_config<'a>(
        &'a self,
        network_id: &'a str,
        body: &'a crate::models::RegisterOidcConfigRequestBody,
    ) -> Call<
        'a,
        RegisterOidcConfigParams<'a>,
        crate::models::RegisterOidcConfigResponse,
        RegisterOidcConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "RegisterOidcConfig",
            method: "POST",
            path: "/networks/{networkId}/oidc/save",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            RegisterOidcConfigParams { network_id, body },
            |client, params| {
                let RegisterOidcConfigParams { network_id, body } = params;
                let path = format!(
                    "/networks/{}/oidc/save",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    RegisterOidcConfigError::BadRequest,
                    RegisterOidcConfigError::Unknown,
                )),
                401 => Err(received.error_json(
                    RegisterOidcConfigError::Unauthorized,
                    RegisterOidcConfigError::Unknown,
                )),
                403 => Err(received.error_json(
                    RegisterOidcConfigError::Forbidden,
                    RegisterOidcConfigError::Unknown,
                )),
                404 => Err(received.error_json(
                    RegisterOidcConfigError::NotFound,
                    RegisterOidcConfigError::Unknown,
                )),
                422 => Err(received.error_json(
                    RegisterOidcConfigError::UnprocessableEntity,
                    RegisterOidcConfigError::Unknown,
                )),
                429 => Err(received.error_json(
                    RegisterOidcConfigError::TooManyRequests,
                    RegisterOidcConfigError::Unknown,
                )),
                500 => Err(received.error_json(
                    RegisterOidcConfigError::InternalServerError,
                    RegisterOidcConfigError::Unknown,
                )),
                _ => Err(Error::Status(RegisterOidcConfigError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::register_oidc_config`], kept in its [`Call`] until it is awaited.
pub struct RegisterOidcConfigParams<'a> {
    network_id: &'a str,
    body: &'a crate::models::RegisterOidcConfigRequestBody,
}
/// Error responses of [`Client::register_oidc_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RegisterOidcConfigError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RegisterOidcConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "RegisterOidcConfig", status, message)
    }
}
impl ::std::error::Error for RegisterOidcConfigError {}

impl Client {
    /// Tests an OpenID Connect (OIDC) configuration for a Wickr network by validating the connection to the identity provider and retrieving its supported capabilities.
    ///
    /// `POST /networks/{networkId}/oidc/test` (operation `RegisterOidcConfigTest`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which the OIDC configuration will be tested.
    /// * `body`: request body, sent as `application/json`
    pub fn register_oidc_config_test<'a>(
        &'a self,
        network_id: &'a str,
        body: &'a crate::models::RegisterOidcConfigTestRequestBody,
    ) -> Call<
        'a,
        RegisterOidcConfigTestParams<'a>,
        crate::models::RegisterOidcConfigTestResponse,
        RegisterOidcConfigTestError,
    > {
        const OPERATION: Operation = Operation {
            id: "RegisterOidcConfigTest",
            method: "POST",
            path: "/networks/{networkId}/oidc/test",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            RegisterOidcConfigTestParams { network_id, body },
            |client, params| {
                let RegisterOidcConfigTestParams { network_id, body } = params;
                let path = format!(
                    "/networks/{}/oidc/test",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    RegisterOidcConfigTestError::BadRequest,
                    RegisterOidcConfigTestError::Unknown,
                )),
                401 => Err(received.error_json(
                    RegisterOidcConfigTestError::Unauthorized,
                    RegisterOidcConfigTestError::Unknown,
                )),
                403 => Err(received.error_json(
                    RegisterOidcConfigTestError::Forbidden,
                    RegisterOidcConfigTestError::Unknown,
                )),
                404 => Err(received.error_json(
                    RegisterOidcConfigTestError::NotFound,
                    RegisterOidcConfigTestError::Unknown,
                )),
                422 => Err(received.error_json(
                    RegisterOidcConfigTestError::UnprocessableEntity,
                    RegisterOidcConfigTestError::Unknown,
                )),
                429 => Err(received.error_json(
                    RegisterOidcConfigTestError::TooManyRequests,
                    RegisterOidcConfigTestError::Unknown,
                )),
                500 => Err(received.error_json(
                    RegisterOidcConfigTestError::InternalServerError,
                    RegisterOidcConfigTestError::Unknown,
                )),
                _ => Err(Error::Status(RegisterOidcConfigTestError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::register_oidc_config_test`], kept in its [`Call`] until it is awaited.
pub struct RegisterOidcConfigTestParams<'a> {
    network_id: &'a str,
    body: &'a crate::models::RegisterOidcConfigTestRequestBody,
}
/// Error responses of [`Client::register_oidc_config_test`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RegisterOidcConfigTestError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RegisterOidcConfigTestError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "RegisterOidcConfigTest", status, message)
    }
}
impl ::std::error::Error for RegisterOidcConfigTestError {}

impl Client {
    /// Updates the block status of a guest user in a Wickr network. This operation allows you to block or unblock a guest user from accessing the network.
    ///
    /// `PATCH /networks/{networkId}/guest-users/{usernameHash}` (operation `UpdateGuestUser`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network where the guest user's status will be updated.
    /// * `username_hash`: path parameter `usernameHash`. The username hash (unique identifier) of the guest user to update.
    /// * `body`: request body, sent as `application/json`
    pub fn update_guest_user<'a>(
        &'a self,
        network_id: &'a str,
        username_hash: &'a str,
        body: &'a crate::models::UpdateGuestUserRequestBody,
    ) -> Call<
        'a,
        UpdateGuestUserParams<'a>,
        crate::models::UpdateGuestUserResponse,
        UpdateGuestUserError,
    > {
        const OPERATION: Operation = Operation {
            id: "UpdateGuestUser",
            method: "PATCH",
            path: "/networks/{networkId}/guest-users/{usernameHash}",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateGuestUserParams {
                network_id,
                username_hash,
                body,
            },
            |client, params| {
                let UpdateGuestUserParams {
                    network_id,
                    username_hash,
                    body,
                } = params;
                let path = format!(
                    "/networks/{}/guest-users/{}",
                    crate::runtime::path_param("networkId", network_id, Style::Simple, false,),
                    crate::runtime::path_param("usernameHash", username_hash, Style::Simple, false,),
                );
                let mut request = client.request(&OPERATION, ::reqwest::Method::PATCH, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(received.error_json(
                    UpdateGuestUserError::BadRequest,
                    UpdateGuestUserError::Unknown,
                )),
                401 => Err(received.error_json(
                    UpdateGuestUserError::Unauthorized,
                    UpdateGuestUserError::Unknown,
                )),
                403 => Err(received.error_json(
                    UpdateGuestUserError::Forbidden,
                    UpdateGuestUserError::Unknown,
                )),
                404 => Err(received.error_json(
                    UpdateGuestUserError::NotFound,
                    UpdateGuestUserError::Unknown,
                )),
                422 => Err(received.error_json(
                    UpdateGuestUserError::UnprocessableEntity,
                    UpdateGuestUserError::Unknown,
                )),
                429 => Err(received.error_json(
                    UpdateGuestUserError::TooManyRequests,
                    UpdateGuestUserError::Unknown,
                )),
                500 => Err(received.error_json(
                    UpdateGuestUserError::InternalServerError,
                    UpdateGuestUserError::Unknown,
                )),
                _ => Err(Error::Status(UpdateGuestUserError::Unknown(
                    received.unexpected(),
                ))),
            },
        )
    }
}
/// The parameters of [`Client::update_guest_user`], kept in its [`Call`] until it is awaited.
pub struct UpdateGuestUserParams<'a> {
    network_id: &'a str,
    username_hash: &'a str,
    body: &'a crate::models::UpdateGuestUserRequestBody,
}
/// Error responses of [`Client::update_guest_user`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateGuestUserError {
    /// Status `400`: `BadRequestError`: The request was invalid or malformed. This error occurs when the request parameters do not meet the API requirements, such as invalid field values, missing required parameters, or improperly formatted data.
    BadRequest(crate::models::BadRequestError),
    /// Status `401`: `UnauthorizedError`: The request was not authenticated or the authentication credentials were invalid. This error occurs when the request lacks valid authentication credentials or the credentials have expired.
    Unauthorized(crate::models::UnauthorizedError),
    /// Status `403`: `ForbiddenError`: Access to the requested resource is forbidden. This error occurs when the authenticated user does not have the necessary permissions to perform the requested operation, even though they are authenticated.
    Forbidden(crate::models::ForbiddenError),
    /// Status `404`: `ResourceNotFoundError`: The requested resource could not be found. This error occurs when you try to access or modify a network, user, bot, security group, or other resource that doesn't exist or has been deleted.
    NotFound(crate::models::ResourceNotFoundError),
    /// Status `422`: `ValidationError`: One or more fields in the request failed validation. This error provides detailed information about which fields were invalid and why, allowing you to correct the request and retry.
    UnprocessableEntity(crate::models::ValidationError),
    /// Status `429`: `RateLimitError`: The request was throttled because too many requests were sent in a short period of time. Wait a moment and retry the request. Consider implementing exponential backoff in your application.
    TooManyRequests(crate::models::RateLimitError),
    /// Status `500`: `InternalServerError`: An unexpected error occurred on the server while processing the request. This indicates a problem with the Wickr service itself rather than with the request. If this error persists, contact Amazon Web Services Support.
    InternalServerError(crate::models::InternalServerError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateGuestUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::UnprocessableEntity(body) => (422, crate::runtime::message_of(body)),
            Self::TooManyRequests(body) => (429, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "UpdateGuestUser", status, message)
    }
}
impl ::std::error::Error for UpdateGuestUserError {}
