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
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    /// * `max_results`: query parameter `maxResults`. The maximum number of users to return in a single page. Valid range is 1-100. Default is 10.
    /// * `sort_fields`: query parameter `sortFields`. The fields to sort users by. Multiple fields can be specified by separating them with '+'. Accepted values include 'username', 'firstName', 'lastName', 'status', and 'groupId'.
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    /// * `first_name`: query parameter `firstName`. Filter results to only include users with first names matching this value.
    /// * `last_name`: query parameter `lastName`. Filter results to only include users with last names matching this value.
    /// * `username`: query parameter `username`. Filter results to only include users with usernames matching this value.
    /// * `status`: query parameter `status`. Filter results to only include users with this status (1 for pending, 2 for active).
    /// * `group_id`: query parameter `groupId`. Filter results to only include users belonging to this security group.
    #[allow(clippy::too_many_arguments)]
    pub fn list_users(
        &self,
        network_id: &str,
        next_token: ::std::option::Option<&str>,
        max_results: ::std::option::Option<i32>,
        sort_fields: ::std::option::Option<&str>,
        sort_direction: ::std::option::Option<&crate::models::SortDirection>,
        first_name: ::std::option::Option<&str>,
        last_name: ::std::option::Option<&str>,
        username: ::std::option::Option<&str>,
        status: ::std::option::Option<i32>,
        group_id: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::ListUsersResponse, ListUsersError> {
        const OPERATION: Operation = Operation {
            id: "ListUsers",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/users",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "nextToken", &next_token, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "maxResults", &max_results, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "sortFields", &sort_fields, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "sortDirection",
            &sort_direction,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "firstName", &first_name, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "lastName", &last_name, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "username", &username, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "status", &status, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "groupId", &group_id, Style::Form, true);
        request = request.query(&query);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ListUsersError::BadRequest(received.json()?))),
                401 => Err(Error::Status(ListUsersError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(ListUsersError::Forbidden(received.json()?))),
                404 => Err(Error::Status(ListUsersError::NotFound(received.json()?))),
                422 => Err(Error::Status(ListUsersError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(ListUsersError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(ListUsersError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(ListUsersError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::list_users`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when `None`, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency. If you retry a request with the same client token, the service will return the same response without creating duplicate users.
    pub fn batch_create_user(
        &self,
        network_id: &str,
        body: &crate::models::BatchCreateUserRequestBody,
        x_client_token: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::BatchCreateUserResponse, BatchCreateUserError> {
        const OPERATION: Operation = Operation {
            id: "BatchCreateUser",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/users",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        let x_client_token_generated =
            x_client_token.map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
        let x_client_token = Some(x_client_token_generated.as_str());
        if let Some(value) = &x_client_token {
            request = request.header("X-Client-Token", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(BatchCreateUserError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(BatchCreateUserError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(BatchCreateUserError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(BatchCreateUserError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(BatchCreateUserError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(BatchCreateUserError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(BatchCreateUserError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(BatchCreateUserError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::batch_create_user`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn update_user(
        &self,
        network_id: &str,
        body: &crate::models::UpdateUserRequestBody,
    ) -> Call<'_, crate::models::UpdateUserResponse, UpdateUserError> {
        const OPERATION: Operation = Operation {
            id: "UpdateUser",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/users",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateUserError::BadRequest(received.json()?))),
                401 => Err(Error::Status(UpdateUserError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(UpdateUserError::Forbidden(received.json()?))),
                404 => Err(Error::Status(UpdateUserError::NotFound(received.json()?))),
                422 => Err(Error::Status(UpdateUserError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(UpdateUserError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(UpdateUserError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(UpdateUserError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::update_user`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Deletes multiple users from a specified Wickr network. This operation permanently removes user accounts and their associated data from the network.
    ///
    /// `POST /networks/{networkId}/users/batch-delete` (operation `BatchDeleteUser`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which users will be deleted.
    /// * `body`: request body, sent as `application/json`
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when `None`, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency. If you retry a request with the same client token, the service will return the same response without attempting to delete users again.
    pub fn batch_delete_user(
        &self,
        network_id: &str,
        body: &crate::models::BatchDeleteUserRequestBody,
        x_client_token: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::BatchDeleteUserResponse, BatchDeleteUserError> {
        const OPERATION: Operation = Operation {
            id: "BatchDeleteUser",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/users/batch-delete",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        let x_client_token_generated =
            x_client_token.map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
        let x_client_token = Some(x_client_token_generated.as_str());
        if let Some(value) = &x_client_token {
            request = request.header("X-Client-Token", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(BatchDeleteUserError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(BatchDeleteUserError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(BatchDeleteUserError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(BatchDeleteUserError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(BatchDeleteUserError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(BatchDeleteUserError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(BatchDeleteUserError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(BatchDeleteUserError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::batch_delete_user`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Looks up multiple user usernames from their unique username hashes (unames). This operation allows you to retrieve the email addresses associated with a list of username hashes.
    ///
    /// `POST /networks/{networkId}/users/uname-lookup` (operation `BatchLookupUserUname`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network where the users will be looked up.
    /// * `body`: request body, sent as `application/json`
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when `None`, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency.
    pub fn batch_lookup_user_uname(
        &self,
        network_id: &str,
        body: &crate::models::BatchLookupUserUnameRequestBody,
        x_client_token: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::BatchLookupUserUnameResponse, BatchLookupUserUnameError> {
        const OPERATION: Operation = Operation {
            id: "BatchLookupUserUname",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/users/uname-lookup",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        let x_client_token_generated =
            x_client_token.map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
        let x_client_token = Some(x_client_token_generated.as_str());
        if let Some(value) = &x_client_token {
            request = request.header("X-Client-Token", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(BatchLookupUserUnameError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(BatchLookupUserUnameError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(BatchLookupUserUnameError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(BatchLookupUserUnameError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    BatchLookupUserUnameError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(BatchLookupUserUnameError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(
                    BatchLookupUserUnameError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(BatchLookupUserUnameError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::batch_lookup_user_uname`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Resends invitation codes to multiple users who have pending invitations in a Wickr network. This operation is useful when users haven't accepted their initial invitations or when invitations have expired.
    ///
    /// `PATCH /networks/{networkId}/users/re-invite` (operation `BatchReinviteUser`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network where users will be reinvited.
    /// * `body`: request body, sent as `application/json`
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when `None`, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency.
    pub fn batch_reinvite_user(
        &self,
        network_id: &str,
        body: &crate::models::BatchReinviteUserRequestBody,
        x_client_token: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::BatchReinviteUserResponse, BatchReinviteUserError> {
        const OPERATION: Operation = Operation {
            id: "BatchReinviteUser",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/users/re-invite",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        let x_client_token_generated =
            x_client_token.map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
        let x_client_token = Some(x_client_token_generated.as_str());
        if let Some(value) = &x_client_token {
            request = request.header("X-Client-Token", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(BatchReinviteUserError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(BatchReinviteUserError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(BatchReinviteUserError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(BatchReinviteUserError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(BatchReinviteUserError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(BatchReinviteUserError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(BatchReinviteUserError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(BatchReinviteUserError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::batch_reinvite_user`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves a paginated list of devices associated with a specific user in a Wickr network. This operation returns information about all devices where the user has logged into Wickr.
    ///
    /// `GET /networks/{networkId}/users/{userId}/devices` (operation `ListDevicesForUser`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the user.
    /// * `user_id`: path parameter `userId`. The unique identifier of the user whose devices will be listed.
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    /// * `max_results`: query parameter `maxResults`. The maximum number of devices to return in a single page. Valid range is 1-100. Default is 10.
    /// * `sort_fields`: query parameter `sortFields`. The fields to sort devices by. Multiple fields can be specified by separating them with '+'. Accepted values include 'lastlogin', 'type', 'suspend', and 'created'.
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub fn list_devices_for_user(
        &self,
        network_id: &str,
        user_id: &str,
        next_token: ::std::option::Option<&str>,
        max_results: ::std::option::Option<i32>,
        sort_fields: ::std::option::Option<&str>,
        sort_direction: ::std::option::Option<&crate::models::SortDirection>,
    ) -> Call<'_, crate::models::ListDevicesForUserResponse, ListDevicesForUserError> {
        const OPERATION: Operation = Operation {
            id: "ListDevicesForUser",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/users/{}/devices",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
            crate::runtime::path_param("userId", user_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "nextToken", &next_token, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "maxResults", &max_results, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "sortFields", &sort_fields, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "sortDirection",
            &sort_direction,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ListDevicesForUserError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(ListDevicesForUserError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(ListDevicesForUserError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(ListDevicesForUserError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(ListDevicesForUserError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(ListDevicesForUserError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(ListDevicesForUserError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(ListDevicesForUserError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::list_devices_for_user`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when `None`, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency.
    pub fn batch_reset_devices_for_user(
        &self,
        network_id: &str,
        user_id: &str,
        body: &crate::models::BatchResetDevicesForUserRequestBody,
        x_client_token: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::BatchResetDevicesForUserResponse, BatchResetDevicesForUserError>
    {
        const OPERATION: Operation = Operation {
            id: "BatchResetDevicesForUser",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/users/{}/devices",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
            crate::runtime::path_param("userId", user_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        let x_client_token_generated =
            x_client_token.map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
        let x_client_token = Some(x_client_token_generated.as_str());
        if let Some(value) = &x_client_token {
            request = request.header("X-Client-Token", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(BatchResetDevicesForUserError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(BatchResetDevicesForUserError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(BatchResetDevicesForUserError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(BatchResetDevicesForUserError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    BatchResetDevicesForUserError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(
                    BatchResetDevicesForUserError::TooManyRequests(received.json()?),
                )),
                500 => Err(Error::Status(
                    BatchResetDevicesForUserError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(BatchResetDevicesForUserError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::batch_reset_devices_for_user`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when `None`, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency.
    pub fn batch_toggle_user_suspend_status(
        &self,
        network_id: &str,
        suspend: bool,
        body: &crate::models::BatchToggleUserSuspendStatusRequestBody,
        x_client_token: ::std::option::Option<&str>,
    ) -> Call<
        '_,
        crate::models::BatchToggleUserSuspendStatusResponse,
        BatchToggleUserSuspendStatusError,
    > {
        const OPERATION: Operation = Operation {
            id: "BatchToggleUserSuspendStatus",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/users/toggleSuspend",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        let x_client_token_generated =
            x_client_token.map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
        let x_client_token = Some(x_client_token_generated.as_str());
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "suspend", &suspend, Style::Form, true);
        request = request.query(&query);
        if let Some(value) = &x_client_token {
            request = request.header("X-Client-Token", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(
                    BatchToggleUserSuspendStatusError::BadRequest(received.json()?),
                )),
                401 => Err(Error::Status(
                    BatchToggleUserSuspendStatusError::Unauthorized(received.json()?),
                )),
                403 => Err(Error::Status(BatchToggleUserSuspendStatusError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(BatchToggleUserSuspendStatusError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    BatchToggleUserSuspendStatusError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(
                    BatchToggleUserSuspendStatusError::TooManyRequests(received.json()?),
                )),
                500 => Err(Error::Status(
                    BatchToggleUserSuspendStatusError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(BatchToggleUserSuspendStatusError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::batch_toggle_user_suspend_status`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves a paginated list of bots in a specified Wickr network. You can filter and sort the results based on various criteria.
    ///
    /// `GET /networks/{networkId}/bots` (operation `ListBots`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which to list bots.
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    /// * `max_results`: query parameter `maxResults`. The maximum number of bots to return in a single page. Valid range is 1-100. Default is 10.
    /// * `sort_fields`: query parameter `sortFields`. The fields to sort bots by. Multiple fields can be specified by separating them with '+'. Accepted values include 'username', 'firstName', 'displayName', 'status', and 'groupId'.
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    /// * `display_name`: query parameter `displayName`. Filter results to only include bots with display names matching this value.
    /// * `username`: query parameter `username`. Filter results to only include bots with usernames matching this value.
    /// * `status`: query parameter `status`. Filter results to only include bots with this status (1 for pending, 2 for active).
    /// * `group_id`: query parameter `groupId`. Filter results to only include bots belonging to this security group.
    #[allow(clippy::too_many_arguments)]
    pub fn list_bots(
        &self,
        network_id: &str,
        next_token: ::std::option::Option<&str>,
        max_results: ::std::option::Option<i32>,
        sort_fields: ::std::option::Option<&str>,
        sort_direction: ::std::option::Option<&crate::models::SortDirection>,
        display_name: ::std::option::Option<&str>,
        username: ::std::option::Option<&str>,
        status: ::std::option::Option<i32>,
        group_id: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::ListBotsResponse, ListBotsError> {
        const OPERATION: Operation = Operation {
            id: "ListBots",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/bots",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "nextToken", &next_token, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "maxResults", &max_results, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "sortFields", &sort_fields, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "sortDirection",
            &sort_direction,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "displayName", &display_name, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "username", &username, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "status", &status, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "groupId", &group_id, Style::Form, true);
        request = request.query(&query);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ListBotsError::BadRequest(received.json()?))),
                401 => Err(Error::Status(ListBotsError::Unauthorized(received.json()?))),
                403 => Err(Error::Status(ListBotsError::Forbidden(received.json()?))),
                404 => Err(Error::Status(ListBotsError::NotFound(received.json()?))),
                422 => Err(Error::Status(ListBotsError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(ListBotsError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(ListBotsError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(ListBotsError::Unknown(received.unexpected()))),
            }
        })
    }
}
/// Error responses of [`Client::list_bots`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Creates a new bot in a specified Wickr network. Bots are automated accounts that can send and receive messages, enabling integration with external systems and automation of tasks.
    ///
    /// `POST /networks/{networkId}/bots` (operation `CreateBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network where the bot will be created.
    /// * `body`: request body, sent as `application/json`
    pub fn create_bot(
        &self,
        network_id: &str,
        body: &crate::models::CreateBotRequestBody,
    ) -> Call<'_, crate::models::CreateBotResponse, CreateBotError> {
        const OPERATION: Operation = Operation {
            id: "CreateBot",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/bots",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateBotError::BadRequest(received.json()?))),
                401 => Err(Error::Status(CreateBotError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(CreateBotError::Forbidden(received.json()?))),
                404 => Err(Error::Status(CreateBotError::NotFound(received.json()?))),
                422 => Err(Error::Status(CreateBotError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(CreateBotError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(CreateBotError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(CreateBotError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::create_bot`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves information about the data retention bot in a Wickr network, including its status and whether the data retention service is enabled.
    ///
    /// `GET /networks/{networkId}/data-retention-bots` (operation `GetDataRetentionBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the data retention bot.
    pub fn get_data_retention_bot(
        &self,
        network_id: &str,
    ) -> Call<'_, crate::models::GetDataRetentionBotResponse, GetDataRetentionBotError> {
        const OPERATION: Operation = Operation {
            id: "GetDataRetentionBot",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/data-retention-bots",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetDataRetentionBotError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(GetDataRetentionBotError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(GetDataRetentionBotError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(GetDataRetentionBotError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    GetDataRetentionBotError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(GetDataRetentionBotError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(
                    GetDataRetentionBotError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(GetDataRetentionBotError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::get_data_retention_bot`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Creates a data retention bot in a Wickr network. Data retention bots are specialized bots that handle message archiving and compliance by capturing and storing messages for regulatory or organizational requirements.
    ///
    /// `POST /networks/{networkId}/data-retention-bots` (operation `CreateDataRetentionBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network where the data retention bot will be created.
    pub fn create_data_retention_bot(
        &self,
        network_id: &str,
    ) -> Call<'_, crate::models::CreateDataRetentionBotResponse, CreateDataRetentionBotError> {
        const OPERATION: Operation = Operation {
            id: "CreateDataRetentionBot",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/data-retention-bots",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateDataRetentionBotError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(CreateDataRetentionBotError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(CreateDataRetentionBotError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(CreateDataRetentionBotError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    CreateDataRetentionBotError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(CreateDataRetentionBotError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(
                    CreateDataRetentionBotError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(CreateDataRetentionBotError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::create_data_retention_bot`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Deletes the data retention bot from a Wickr network. This operation permanently removes the bot and all its associated data from the database.
    ///
    /// `DELETE /networks/{networkId}/data-retention-bots` (operation `DeleteDataRetentionBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which the data retention bot will be deleted.
    pub fn delete_data_retention_bot(
        &self,
        network_id: &str,
    ) -> Call<'_, crate::models::DeleteDataRetentionBotResponse, DeleteDataRetentionBotError> {
        const OPERATION: Operation = Operation {
            id: "DeleteDataRetentionBot",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/data-retention-bots",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(DeleteDataRetentionBotError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(DeleteDataRetentionBotError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(DeleteDataRetentionBotError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(DeleteDataRetentionBotError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    DeleteDataRetentionBotError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(DeleteDataRetentionBotError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(
                    DeleteDataRetentionBotError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(DeleteDataRetentionBotError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::delete_data_retention_bot`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Updates the data retention bot settings, allowing you to enable or disable the data retention service, or acknowledge the public key message.
    ///
    /// `PATCH /networks/{networkId}/data-retention-bots` (operation `UpdateDataRetention`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the data retention bot.
    /// * `body`: request body, sent as `application/json`
    pub fn update_data_retention(
        &self,
        network_id: &str,
        body: &crate::models::UpdateDataRetentionRequestBody,
    ) -> Call<'_, crate::models::UpdateDataRetentionResponse, UpdateDataRetentionError> {
        const OPERATION: Operation = Operation {
            id: "UpdateDataRetention",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/data-retention-bots",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateDataRetentionError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(UpdateDataRetentionError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(UpdateDataRetentionError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(UpdateDataRetentionError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    UpdateDataRetentionError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(UpdateDataRetentionError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(
                    UpdateDataRetentionError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(UpdateDataRetentionError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::update_data_retention`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Creates a new challenge password for the data retention bot. This password is used for authentication when the bot connects to the network.
    ///
    /// `POST /networks/{networkId}/data-retention-bots/challenge` (operation `CreateDataRetentionBotChallenge`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the data retention bot.
    pub fn create_data_retention_bot_challenge(
        &self,
        network_id: &str,
    ) -> Call<
        '_,
        crate::models::CreateDataRetentionBotChallengeResponse,
        CreateDataRetentionBotChallengeError,
    > {
        const OPERATION: Operation = Operation {
            id: "CreateDataRetentionBotChallenge",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/data-retention-bots/challenge",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(
                    CreateDataRetentionBotChallengeError::BadRequest(received.json()?),
                )),
                401 => Err(Error::Status(
                    CreateDataRetentionBotChallengeError::Unauthorized(received.json()?),
                )),
                403 => Err(Error::Status(
                    CreateDataRetentionBotChallengeError::Forbidden(received.json()?),
                )),
                404 => Err(Error::Status(
                    CreateDataRetentionBotChallengeError::NotFound(received.json()?),
                )),
                422 => Err(Error::Status(
                    CreateDataRetentionBotChallengeError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(
                    CreateDataRetentionBotChallengeError::TooManyRequests(received.json()?),
                )),
                500 => Err(Error::Status(
                    CreateDataRetentionBotChallengeError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(
                    CreateDataRetentionBotChallengeError::Unknown(received.unexpected()),
                )),
            }
        })
    }
}
/// Error responses of [`Client::create_data_retention_bot_challenge`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves a paginated list of all Wickr networks associated with your Amazon Web Services account. You can sort the results by network ID or name.
    ///
    /// `GET /networks` (operation `ListNetworks`)
    ///
    /// # Arguments
    ///
    /// * `max_results`: query parameter `maxResults`. The maximum number of networks to return in a single page. Valid range is 1-100. Default is 10.
    /// * `sort_fields`: query parameter `sortFields`. The field to sort networks by. Accepted values are 'networkId' and 'networkName'. Default is 'networkId'.
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    pub fn list_networks(
        &self,
        max_results: ::std::option::Option<i32>,
        sort_fields: ::std::option::Option<&str>,
        sort_direction: ::std::option::Option<&crate::models::SortDirection>,
        next_token: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::ListNetworksResponse, ListNetworksError> {
        const OPERATION: Operation = Operation {
            id: "ListNetworks",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, "/networks");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "maxResults", &max_results, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "sortFields", &sort_fields, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "sortDirection",
            &sort_direction,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "nextToken", &next_token, Style::Form, true);
        request = request.query(&query);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ListNetworksError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(ListNetworksError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(ListNetworksError::Forbidden(
                    received.json()?,
                ))),
                422 => Err(Error::Status(ListNetworksError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(ListNetworksError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(ListNetworksError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(ListNetworksError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::list_networks`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Creates a new Wickr network with specified access level and configuration. This operation provisions a new communication network for your organization.
    ///
    /// `POST /networks` (operation `CreateNetwork`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn create_network(
        &self,
        body: &crate::models::CreateNetworkRequest,
    ) -> Call<'_, crate::models::CreateNetworkResponse, CreateNetworkError> {
        const OPERATION: Operation = Operation {
            id: "CreateNetwork",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, "/networks");
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateNetworkError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(CreateNetworkError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(CreateNetworkError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(CreateNetworkError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(CreateNetworkError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(CreateNetworkError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(CreateNetworkError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(CreateNetworkError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::create_network`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves a paginated list of security groups in a specified Wickr network. You can sort the results by various criteria.
    ///
    /// `GET /networks/{networkId}/security-groups` (operation `ListSecurityGroups`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which to list security groups.
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    /// * `max_results`: query parameter `maxResults`. The maximum number of security groups to return in a single page. Valid range is 1-100. Default is 10.
    /// * `sort_fields`: query parameter `sortFields`. The field to sort security groups by. Accepted values include 'id' and 'name'.
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub fn list_security_groups(
        &self,
        network_id: &str,
        next_token: ::std::option::Option<&str>,
        max_results: ::std::option::Option<i32>,
        sort_fields: ::std::option::Option<&str>,
        sort_direction: ::std::option::Option<&crate::models::SortDirection>,
    ) -> Call<'_, crate::models::ListSecurityGroupsResponse, ListSecurityGroupsError> {
        const OPERATION: Operation = Operation {
            id: "ListSecurityGroups",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/security-groups",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "nextToken", &next_token, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "maxResults", &max_results, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "sortFields", &sort_fields, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "sortDirection",
            &sort_direction,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ListSecurityGroupsError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(ListSecurityGroupsError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(ListSecurityGroupsError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(ListSecurityGroupsError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(ListSecurityGroupsError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(ListSecurityGroupsError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(ListSecurityGroupsError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(ListSecurityGroupsError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::list_security_groups`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Creates a new security group in a Wickr network. Security groups allow you to organize users and control their permissions, features, and security settings.
    ///
    /// `POST /networks/{networkId}/security-groups` (operation `CreateSecurityGroup`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network where the security group will be created.
    /// * `body`: request body, sent as `application/json`
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when `None`, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency.
    pub fn create_security_group(
        &self,
        network_id: &str,
        body: &crate::models::CreateSecurityGroupRequestBody,
        x_client_token: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::CreateSecurityGroupResponse, CreateSecurityGroupError> {
        const OPERATION: Operation = Operation {
            id: "CreateSecurityGroup",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/security-groups",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        let x_client_token_generated =
            x_client_token.map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
        let x_client_token = Some(x_client_token_generated.as_str());
        if let Some(value) = &x_client_token {
            request = request.header("X-Client-Token", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateSecurityGroupError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(CreateSecurityGroupError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(CreateSecurityGroupError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(CreateSecurityGroupError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    CreateSecurityGroupError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(CreateSecurityGroupError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(
                    CreateSecurityGroupError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(CreateSecurityGroupError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::create_security_group`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves detailed information about a specific bot in a Wickr network, including its status, group membership, and authentication details.
    ///
    /// `GET /networks/{networkId}/bots/{botId}` (operation `GetBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the bot.
    /// * `bot_id`: path parameter `botId`. The unique identifier of the bot to retrieve.
    pub fn get_bot(
        &self,
        network_id: &str,
        bot_id: &str,
    ) -> Call<'_, crate::models::GetBotResponse, GetBotError> {
        const OPERATION: Operation = Operation {
            id: "GetBot",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/bots/{}",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
            crate::runtime::path_param("botId", bot_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetBotError::BadRequest(received.json()?))),
                401 => Err(Error::Status(GetBotError::Unauthorized(received.json()?))),
                403 => Err(Error::Status(GetBotError::Forbidden(received.json()?))),
                404 => Err(Error::Status(GetBotError::NotFound(received.json()?))),
                422 => Err(Error::Status(GetBotError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(GetBotError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(GetBotError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(GetBotError::Unknown(received.unexpected()))),
            }
        })
    }
}
/// Error responses of [`Client::get_bot`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Deletes a bot from a specified Wickr network. This operation permanently removes the bot account and its associated data from the network.
    ///
    /// `DELETE /networks/{networkId}/bots/{botId}` (operation `DeleteBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which the bot will be deleted.
    /// * `bot_id`: path parameter `botId`. The unique identifier of the bot to be deleted.
    pub fn delete_bot(
        &self,
        network_id: &str,
        bot_id: &str,
    ) -> Call<'_, crate::models::DeleteBotResponse, DeleteBotError> {
        const OPERATION: Operation = Operation {
            id: "DeleteBot",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/bots/{}",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
            crate::runtime::path_param("botId", bot_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(DeleteBotError::BadRequest(received.json()?))),
                401 => Err(Error::Status(DeleteBotError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(DeleteBotError::Forbidden(received.json()?))),
                404 => Err(Error::Status(DeleteBotError::NotFound(received.json()?))),
                422 => Err(Error::Status(DeleteBotError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(DeleteBotError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(DeleteBotError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(DeleteBotError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::delete_bot`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Updates the properties of an existing bot in a Wickr network. This operation allows you to modify the bot's display name, security group, password, or suspension status.
    ///
    /// `PATCH /networks/{networkId}/bots/{botId}` (operation `UpdateBot`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the bot to update.
    /// * `bot_id`: path parameter `botId`. The unique identifier of the bot to update.
    /// * `body`: request body, sent as `application/json`
    pub fn update_bot(
        &self,
        network_id: &str,
        bot_id: &str,
        body: ::std::option::Option<&crate::models::UpdateBotRequestBody>,
    ) -> Call<'_, crate::models::UpdateBotResponse, UpdateBotError> {
        const OPERATION: Operation = Operation {
            id: "UpdateBot",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/bots/{}",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
            crate::runtime::path_param("botId", bot_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateBotError::BadRequest(received.json()?))),
                401 => Err(Error::Status(UpdateBotError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(UpdateBotError::Forbidden(received.json()?))),
                404 => Err(Error::Status(UpdateBotError::NotFound(received.json()?))),
                422 => Err(Error::Status(UpdateBotError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(UpdateBotError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(UpdateBotError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(UpdateBotError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::update_bot`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves detailed information about a specific Wickr network, including its configuration, access level, and status.
    ///
    /// `GET /networks/{networkId}` (operation `GetNetwork`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network to retrieve.
    pub fn get_network(
        &self,
        network_id: &str,
    ) -> Call<'_, crate::models::GetNetworkResponse, GetNetworkError> {
        const OPERATION: Operation = Operation {
            id: "GetNetwork",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetNetworkError::BadRequest(received.json()?))),
                401 => Err(Error::Status(GetNetworkError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(GetNetworkError::Forbidden(received.json()?))),
                404 => Err(Error::Status(GetNetworkError::NotFound(received.json()?))),
                422 => Err(Error::Status(GetNetworkError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(GetNetworkError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(GetNetworkError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(GetNetworkError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::get_network`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Deletes a Wickr network and all its associated resources, including users, bots, security groups, and settings. This operation is permanent and cannot be undone.
    ///
    /// `DELETE /networks/{networkId}` (operation `DeleteNetwork`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network to delete.
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when `None`, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency. If you retry a request with the same client token, the service will return the same response without attempting to delete the network again.
    pub fn delete_network(
        &self,
        network_id: &str,
        x_client_token: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::DeleteNetworkResponse, DeleteNetworkError> {
        const OPERATION: Operation = Operation {
            id: "DeleteNetwork",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        let x_client_token_generated =
            x_client_token.map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
        let x_client_token = Some(x_client_token_generated.as_str());
        if let Some(value) = &x_client_token {
            request = request.header("X-Client-Token", crate::runtime::simple_text(value));
        }
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(DeleteNetworkError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(DeleteNetworkError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(DeleteNetworkError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(DeleteNetworkError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(DeleteNetworkError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(DeleteNetworkError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(DeleteNetworkError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(DeleteNetworkError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::delete_network`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Updates the properties of an existing Wickr network, such as its name or encryption key configuration.
    ///
    /// `PATCH /networks/{networkId}` (operation `UpdateNetwork`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network to update.
    /// * `body`: request body, sent as `application/json`
    /// * `x_client_token`: header parameter `X-Client-Token` (an idempotency token: when `None`, a random UUID is sent, the same on every retry). A unique identifier for this request to ensure idempotency.
    pub fn update_network(
        &self,
        network_id: &str,
        body: &crate::models::UpdateNetworkRequestBody,
        x_client_token: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::UpdateNetworkResponse, UpdateNetworkError> {
        const OPERATION: Operation = Operation {
            id: "UpdateNetwork",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        let x_client_token_generated =
            x_client_token.map_or_else(|| ::uuid::Uuid::new_v4().to_string(), str::to_string);
        let x_client_token = Some(x_client_token_generated.as_str());
        if let Some(value) = &x_client_token {
            request = request.header("X-Client-Token", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateNetworkError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(UpdateNetworkError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(UpdateNetworkError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(UpdateNetworkError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(UpdateNetworkError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(UpdateNetworkError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(UpdateNetworkError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(UpdateNetworkError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::update_network`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves detailed information about a specific security group in a Wickr network, including its settings, member counts, and configuration.
    ///
    /// `GET /networks/{networkId}/security-groups/{groupId}` (operation `GetSecurityGroup`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the security group.
    /// * `group_id`: path parameter `groupId`. The unique identifier of the security group to retrieve.
    pub fn get_security_group(
        &self,
        network_id: &str,
        group_id: &str,
    ) -> Call<'_, crate::models::GetSecurityGroupResponse, GetSecurityGroupError> {
        const OPERATION: Operation = Operation {
            id: "GetSecurityGroup",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/security-groups/{}",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
            crate::runtime::path_param("groupId", group_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetSecurityGroupError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(GetSecurityGroupError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(GetSecurityGroupError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(GetSecurityGroupError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(GetSecurityGroupError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(GetSecurityGroupError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(GetSecurityGroupError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(GetSecurityGroupError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::get_security_group`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Deletes a security group from a Wickr network. This operation cannot be performed on the default security group.
    ///
    /// `DELETE /networks/{networkId}/security-groups/{groupId}` (operation `DeleteSecurityGroup`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which the security group will be deleted.
    /// * `group_id`: path parameter `groupId`. The unique identifier of the security group to delete.
    pub fn delete_security_group(
        &self,
        network_id: &str,
        group_id: &str,
    ) -> Call<'_, crate::models::DeleteSecurityGroupResponse, DeleteSecurityGroupError> {
        const OPERATION: Operation = Operation {
            id: "DeleteSecurityGroup",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/security-groups/{}",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
            crate::runtime::path_param("groupId", group_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(DeleteSecurityGroupError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(DeleteSecurityGroupError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(DeleteSecurityGroupError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(DeleteSecurityGroupError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    DeleteSecurityGroupError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(DeleteSecurityGroupError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(
                    DeleteSecurityGroupError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(DeleteSecurityGroupError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::delete_security_group`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Updates the properties of an existing security group in a Wickr network, such as its name or settings.
    ///
    /// `PATCH /networks/{networkId}/security-groups/{groupId}` (operation `UpdateSecurityGroup`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the security group to update.
    /// * `group_id`: path parameter `groupId`. The unique identifier of the security group to update.
    /// * `body`: request body, sent as `application/json`
    pub fn update_security_group(
        &self,
        network_id: &str,
        group_id: &str,
        body: ::std::option::Option<&crate::models::UpdateSecurityGroupRequestBody>,
    ) -> Call<'_, crate::models::UpdateSecurityGroupResponse, UpdateSecurityGroupError> {
        const OPERATION: Operation = Operation {
            id: "UpdateSecurityGroup",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/security-groups/{}",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
            crate::runtime::path_param("groupId", group_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateSecurityGroupError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(UpdateSecurityGroupError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(UpdateSecurityGroupError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(UpdateSecurityGroupError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    UpdateSecurityGroupError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(UpdateSecurityGroupError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(
                    UpdateSecurityGroupError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(UpdateSecurityGroupError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::update_security_group`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves the count of bots in a Wickr network, categorized by their status (pending, active, and total).
    ///
    /// `GET /networks/{networkId}/bots/count` (operation `GetBotsCount`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which to retrieve bot counts.
    pub fn get_bots_count(
        &self,
        network_id: &str,
    ) -> Call<'_, crate::models::GetBotsCountResponse, GetBotsCountError> {
        const OPERATION: Operation = Operation {
            id: "GetBotsCount",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/bots/count",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetBotsCountError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(GetBotsCountError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(GetBotsCountError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(GetBotsCountError::NotFound(received.json()?))),
                422 => Err(Error::Status(GetBotsCountError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(GetBotsCountError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(GetBotsCountError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(GetBotsCountError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::get_bots_count`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves historical guest user count data for a Wickr network, showing the number of guest users per billing period over the past 90 days.
    ///
    /// `GET /networks/{networkId}/guest-users/count` (operation `GetGuestUserHistoryCount`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which to retrieve guest user history.
    pub fn get_guest_user_history_count(
        &self,
        network_id: &str,
    ) -> Call<'_, crate::models::GetGuestUserHistoryCountResponse, GetGuestUserHistoryCountError>
    {
        const OPERATION: Operation = Operation {
            id: "GetGuestUserHistoryCount",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/guest-users/count",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetGuestUserHistoryCountError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(GetGuestUserHistoryCountError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(GetGuestUserHistoryCountError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(GetGuestUserHistoryCountError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    GetGuestUserHistoryCountError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(
                    GetGuestUserHistoryCountError::TooManyRequests(received.json()?),
                )),
                500 => Err(Error::Status(
                    GetGuestUserHistoryCountError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(GetGuestUserHistoryCountError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::get_guest_user_history_count`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves all network-level settings for a Wickr network, including client metrics, data retention, and other configuration options.
    ///
    /// `GET /networks/{networkId}/settings` (operation `GetNetworkSettings`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network whose settings will be retrieved.
    pub fn get_network_settings(
        &self,
        network_id: &str,
    ) -> Call<'_, crate::models::GetNetworkSettingsResponse, GetNetworkSettingsError> {
        const OPERATION: Operation = Operation {
            id: "GetNetworkSettings",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/settings",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetNetworkSettingsError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(GetNetworkSettingsError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(GetNetworkSettingsError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(GetNetworkSettingsError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(GetNetworkSettingsError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(GetNetworkSettingsError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(GetNetworkSettingsError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(GetNetworkSettingsError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::get_network_settings`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Updates network-level settings for a Wickr network. You can modify settings such as client metrics, data retention, and other network-wide options.
    ///
    /// `PATCH /networks/{networkId}/settings` (operation `UpdateNetworkSettings`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network whose settings will be updated.
    /// * `body`: request body, sent as `application/json`
    pub fn update_network_settings(
        &self,
        network_id: &str,
        body: &crate::models::UpdateNetworkSettingsRequestBody,
    ) -> Call<'_, crate::models::UpdateNetworkSettingsResponse, UpdateNetworkSettingsError> {
        const OPERATION: Operation = Operation {
            id: "UpdateNetworkSettings",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/settings",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateNetworkSettingsError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(UpdateNetworkSettingsError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(UpdateNetworkSettingsError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(UpdateNetworkSettingsError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    UpdateNetworkSettingsError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(UpdateNetworkSettingsError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(
                    UpdateNetworkSettingsError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(UpdateNetworkSettingsError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::update_network_settings`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves the OpenID Connect (OIDC) configuration for a Wickr network, including SSO settings and optional token information if access token parameters are provided.
    ///
    /// `GET /networks/{networkId}/oidc` (operation `GetOidcInfo`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network whose OIDC configuration will be retrieved.
    /// * `client_id`: query parameter `clientId`. The OAuth client ID for retrieving access tokens (optional).
    /// * `code`: query parameter `code`. The authorization code for retrieving access tokens (optional).
    /// * `grant_type`: query parameter `grantType`. The OAuth grant type for retrieving access tokens (optional).
    /// * `redirect_uri`: query parameter `redirectUri`. The redirect URI for the OAuth flow (optional).
    /// * `url`: query parameter `url`. The URL for the OIDC provider (optional).
    /// * `client_secret`: query parameter `clientSecret`. The OAuth client secret for retrieving access tokens (optional).
    /// * `code_verifier`: query parameter `codeVerifier`. The PKCE code verifier for enhanced security in the OAuth flow (optional).
    /// * `certificate`: query parameter `certificate`. The CA certificate for secure communication with the OIDC provider (optional).
    #[allow(clippy::too_many_arguments)]
    pub fn get_oidc_info(
        &self,
        network_id: &str,
        client_id: ::std::option::Option<&str>,
        code: ::std::option::Option<&str>,
        grant_type: ::std::option::Option<&str>,
        redirect_uri: ::std::option::Option<&str>,
        url: ::std::option::Option<&str>,
        client_secret: ::std::option::Option<&str>,
        code_verifier: ::std::option::Option<&str>,
        certificate: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::GetOidcInfoResponse, GetOidcInfoError> {
        const OPERATION: Operation = Operation {
            id: "GetOidcInfo",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/oidc",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "clientId", &client_id, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "code", &code, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "grantType", &grant_type, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "redirectUri", &redirect_uri, Style::Form, true);
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
        crate::runtime::query_pairs(&mut query, "certificate", &certificate, Style::Form, true);
        request = request.query(&query);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetOidcInfoError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(GetOidcInfoError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(GetOidcInfoError::Forbidden(received.json()?))),
                404 => Err(Error::Status(GetOidcInfoError::NotFound(received.json()?))),
                422 => Err(Error::Status(GetOidcInfoError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(GetOidcInfoError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(GetOidcInfoError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(GetOidcInfoError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::get_oidc_info`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves the OpenTDF integration configuration for a Wickr network.
    ///
    /// `GET /networks/{networkId}/tdf` (operation `GetOpentdfConfig`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which OpenTDF integration will be retrieved.
    pub fn get_opentdf_config(
        &self,
        network_id: &str,
    ) -> Call<'_, crate::models::GetOpentdfConfigResponse, GetOpentdfConfigError> {
        const OPERATION: Operation = Operation {
            id: "GetOpentdfConfig",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/tdf",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetOpentdfConfigError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(GetOpentdfConfigError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(GetOpentdfConfigError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(GetOpentdfConfigError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(GetOpentdfConfigError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(GetOpentdfConfigError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(GetOpentdfConfigError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(GetOpentdfConfigError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::get_opentdf_config`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Registers and saves OpenTDF configuration for a Wickr network, enabling attribute-based access control for Wickr through an OpenTDF provider.
    ///
    /// `POST /networks/{networkId}/tdf` (operation `RegisterOpentdfConfig`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which OpenTDF integration will be configured.
    /// * `body`: request body, sent as `application/json`
    /// * `dry_run`: query parameter `dryRun`. Perform dry-run test connection of OpenTDF configuration (optional).
    pub fn register_opentdf_config(
        &self,
        network_id: &str,
        body: &crate::models::RegisterOpentdfConfigRequestBody,
        dry_run: ::std::option::Option<bool>,
    ) -> Call<'_, crate::models::RegisterOpentdfConfigResponse, RegisterOpentdfConfigError> {
        const OPERATION: Operation = Operation {
            id: "RegisterOpentdfConfig",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/tdf",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "dryRun", &dry_run, Style::Form, true);
        request = request.query(&query);
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(RegisterOpentdfConfigError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(RegisterOpentdfConfigError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(RegisterOpentdfConfigError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(RegisterOpentdfConfigError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    RegisterOpentdfConfigError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(RegisterOpentdfConfigError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(
                    RegisterOpentdfConfigError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(RegisterOpentdfConfigError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::register_opentdf_config`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves detailed information about a specific user in a Wickr network, including their profile, status, and activity history.
    ///
    /// `GET /networks/{networkId}/users/{userId}` (operation `GetUser`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the user.
    /// * `user_id`: path parameter `userId`. The unique identifier of the user to retrieve.
    /// * `start_time`: query parameter `startTime`. The start time for filtering the user's last activity. Only activity after this timestamp will be considered. Time is specified in epoch seconds.
    /// * `end_time`: query parameter `endTime`. The end time for filtering the user's last activity. Only activity before this timestamp will be considered. Time is specified in epoch seconds.
    pub fn get_user(
        &self,
        network_id: &str,
        user_id: &str,
        start_time: ::std::option::Option<f64>,
        end_time: ::std::option::Option<f64>,
    ) -> Call<'_, crate::models::GetUserResponse, GetUserError> {
        const OPERATION: Operation = Operation {
            id: "GetUser",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/users/{}",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
            crate::runtime::path_param("userId", user_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "startTime", &start_time, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "endTime", &end_time, Style::Form, true);
        request = request.query(&query);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetUserError::BadRequest(received.json()?))),
                401 => Err(Error::Status(GetUserError::Unauthorized(received.json()?))),
                403 => Err(Error::Status(GetUserError::Forbidden(received.json()?))),
                404 => Err(Error::Status(GetUserError::NotFound(received.json()?))),
                422 => Err(Error::Status(GetUserError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(GetUserError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(GetUserError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(GetUserError::Unknown(received.unexpected()))),
            }
        })
    }
}
/// Error responses of [`Client::get_user`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves the count of users in a Wickr network, categorized by their status (pending, active, rejected) and showing how many users can still be added.
    ///
    /// `GET /networks/{networkId}/users/count` (operation `GetUsersCount`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which to retrieve user counts.
    pub fn get_users_count(
        &self,
        network_id: &str,
    ) -> Call<'_, crate::models::GetUsersCountResponse, GetUsersCountError> {
        const OPERATION: Operation = Operation {
            id: "GetUsersCount",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/users/count",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(GetUsersCountError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(GetUsersCountError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(GetUsersCountError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(GetUsersCountError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(GetUsersCountError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(GetUsersCountError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(GetUsersCountError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(GetUsersCountError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::get_users_count`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves a paginated list of guest users who have been blocked from a Wickr network. You can filter and sort the results.
    ///
    /// `GET /networks/{networkId}/guest-users/blocklist` (operation `ListBlockedGuestUsers`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which to list blocked guest users.
    /// * `max_results`: query parameter `maxResults`. The maximum number of blocked guest users to return in a single page. Valid range is 1-100. Default is 10.
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    /// * `sort_fields`: query parameter `sortFields`. The field to sort blocked guest users by. Accepted values include 'username', 'admin', and 'modified'.
    /// * `username`: query parameter `username`. Filter results to only include blocked guest users with usernames matching this value.
    /// * `admin`: query parameter `admin`. Filter results to only include blocked guest users that were blocked by this administrator.
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    #[allow(clippy::too_many_arguments)]
    pub fn list_blocked_guest_users(
        &self,
        network_id: &str,
        max_results: ::std::option::Option<i32>,
        sort_direction: ::std::option::Option<&crate::models::SortDirection>,
        sort_fields: ::std::option::Option<&str>,
        username: ::std::option::Option<&str>,
        admin: ::std::option::Option<&str>,
        next_token: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::ListBlockedGuestUsersResponse, ListBlockedGuestUsersError> {
        const OPERATION: Operation = Operation {
            id: "ListBlockedGuestUsers",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/guest-users/blocklist",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "maxResults", &max_results, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "sortDirection",
            &sort_direction,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "sortFields", &sort_fields, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "username", &username, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "admin", &admin, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "nextToken", &next_token, Style::Form, true);
        request = request.query(&query);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ListBlockedGuestUsersError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(ListBlockedGuestUsersError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(ListBlockedGuestUsersError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(ListBlockedGuestUsersError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    ListBlockedGuestUsersError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(ListBlockedGuestUsersError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(
                    ListBlockedGuestUsersError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(ListBlockedGuestUsersError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::list_blocked_guest_users`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves a paginated list of guest users who have communicated with your Wickr network. Guest users are external users from federated networks who can communicate with network members.
    ///
    /// `GET /networks/{networkId}/guest-users` (operation `ListGuestUsers`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network from which to list guest users.
    /// * `max_results`: query parameter `maxResults`. The maximum number of guest users to return in a single page. Valid range is 1-100. Default is 10.
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    /// * `sort_fields`: query parameter `sortFields`. The field to sort guest users by. Accepted values include 'username' and 'billingPeriod'.
    /// * `username`: query parameter `username`. Filter results to only include guest users with usernames matching this value.
    /// * `billing_period`: query parameter `billingPeriod`. Filter results to only include guest users from this billing period (e.g., '2024-01').
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    #[allow(clippy::too_many_arguments)]
    pub fn list_guest_users(
        &self,
        network_id: &str,
        max_results: ::std::option::Option<i32>,
        sort_direction: ::std::option::Option<&crate::models::SortDirection>,
        sort_fields: ::std::option::Option<&str>,
        username: ::std::option::Option<&str>,
        billing_period: ::std::option::Option<&str>,
        next_token: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::ListGuestUsersResponse, ListGuestUsersError> {
        const OPERATION: Operation = Operation {
            id: "ListGuestUsers",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/guest-users",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "maxResults", &max_results, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "sortDirection",
            &sort_direction,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "sortFields", &sort_fields, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "username", &username, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "billingPeriod",
            &billing_period,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "nextToken", &next_token, Style::Form, true);
        request = request.query(&query);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ListGuestUsersError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(ListGuestUsersError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(ListGuestUsersError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(ListGuestUsersError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(ListGuestUsersError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(ListGuestUsersError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(ListGuestUsersError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(ListGuestUsersError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::list_guest_users`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Retrieves a paginated list of users who belong to a specific security group in a Wickr network.
    ///
    /// `GET /networks/{networkId}/security-groups/{groupId}/users` (operation `ListSecurityGroupUsers`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network containing the security group.
    /// * `group_id`: path parameter `groupId`. The unique identifier of the security group whose users will be listed.
    /// * `next_token`: query parameter `nextToken`. The token for retrieving the next page of results. This is returned from a previous request when there are more results available.
    /// * `max_results`: query parameter `maxResults`. The maximum number of users to return in a single page. Valid range is 1-100. Default is 10.
    /// * `sort_fields`: query parameter `sortFields`. The field to sort users by. Multiple fields can be specified by separating them with '+'. Accepted values include 'username', 'firstName', and 'lastName'.
    /// * `sort_direction`: query parameter `sortDirection`. The direction to sort results. Valid values are 'ASC' (ascending) or 'DESC' (descending). Default is 'DESC'.
    pub fn list_security_group_users(
        &self,
        network_id: &str,
        group_id: &str,
        next_token: ::std::option::Option<&str>,
        max_results: ::std::option::Option<i32>,
        sort_fields: ::std::option::Option<&str>,
        sort_direction: ::std::option::Option<&crate::models::SortDirection>,
    ) -> Call<'_, crate::models::ListSecurityGroupUsersResponse, ListSecurityGroupUsersError> {
        const OPERATION: Operation = Operation {
            id: "ListSecurityGroupUsers",
            idempotent: true,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/security-groups/{}/users",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
            crate::runtime::path_param("groupId", group_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "nextToken", &next_token, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "maxResults", &max_results, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "sortFields", &sort_fields, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "sortDirection",
            &sort_direction,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ListSecurityGroupUsersError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(ListSecurityGroupUsersError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(ListSecurityGroupUsersError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(ListSecurityGroupUsersError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    ListSecurityGroupUsersError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(ListSecurityGroupUsersError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(
                    ListSecurityGroupUsersError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(ListSecurityGroupUsersError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::list_security_group_users`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Registers and saves an OpenID Connect (OIDC) configuration for a Wickr network, enabling Single Sign-On (SSO) authentication through an identity provider.
    ///
    /// `POST /networks/{networkId}/oidc/save` (operation `RegisterOidcConfig`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which OIDC will be configured.
    /// * `body`: request body, sent as `application/json`
    pub fn register_oidc_config(
        &self,
        network_id: &str,
        body: &crate::models::RegisterOidcConfigRequestBody,
    ) -> Call<'_, crate::models::RegisterOidcConfigResponse, RegisterOidcConfigError> {
        const OPERATION: Operation = Operation {
            id: "RegisterOidcConfig",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/oidc/save",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(RegisterOidcConfigError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(RegisterOidcConfigError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(RegisterOidcConfigError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(RegisterOidcConfigError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(RegisterOidcConfigError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(RegisterOidcConfigError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(RegisterOidcConfigError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(RegisterOidcConfigError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::register_oidc_config`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Tests an OpenID Connect (OIDC) configuration for a Wickr network by validating the connection to the identity provider and retrieving its supported capabilities.
    ///
    /// `POST /networks/{networkId}/oidc/test` (operation `RegisterOidcConfigTest`)
    ///
    /// # Arguments
    ///
    /// * `network_id`: path parameter `networkId`. The ID of the Wickr network for which the OIDC configuration will be tested.
    /// * `body`: request body, sent as `application/json`
    pub fn register_oidc_config_test(
        &self,
        network_id: &str,
        body: &crate::models::RegisterOidcConfigTestRequestBody,
    ) -> Call<'_, crate::models::RegisterOidcConfigTestResponse, RegisterOidcConfigTestError> {
        const OPERATION: Operation = Operation {
            id: "RegisterOidcConfigTest",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/oidc/test",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(RegisterOidcConfigTestError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(RegisterOidcConfigTestError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(RegisterOidcConfigTestError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(RegisterOidcConfigTestError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(
                    RegisterOidcConfigTestError::UnprocessableEntity(received.json()?),
                )),
                429 => Err(Error::Status(RegisterOidcConfigTestError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(
                    RegisterOidcConfigTestError::InternalServerError(received.json()?),
                )),
                _ => Err(Error::Status(RegisterOidcConfigTestError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::register_oidc_config_test`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn update_guest_user(
        &self,
        network_id: &str,
        username_hash: &str,
        body: &crate::models::UpdateGuestUserRequestBody,
    ) -> Call<'_, crate::models::UpdateGuestUserResponse, UpdateGuestUserError> {
        const OPERATION: Operation = Operation {
            id: "UpdateGuestUser",
            idempotent: false,
            servers: &[],
            security: &[&["sigv4"]],
        };
        let path = format!(
            "/networks/{}/guest-users/{}",
            crate::runtime::path_param("networkId", network_id, Style::Simple, false),
            crate::runtime::path_param("usernameHash", username_hash, Style::Simple, false,),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        request = request.json(body);
        self.call(&OPERATION, request, |received| {
            match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateGuestUserError::BadRequest(
                    received.json()?,
                ))),
                401 => Err(Error::Status(UpdateGuestUserError::Unauthorized(
                    received.json()?,
                ))),
                403 => Err(Error::Status(UpdateGuestUserError::Forbidden(
                    received.json()?,
                ))),
                404 => Err(Error::Status(UpdateGuestUserError::NotFound(
                    received.json()?,
                ))),
                422 => Err(Error::Status(UpdateGuestUserError::UnprocessableEntity(
                    received.json()?,
                ))),
                429 => Err(Error::Status(UpdateGuestUserError::TooManyRequests(
                    received.json()?,
                ))),
                500 => Err(Error::Status(UpdateGuestUserError::InternalServerError(
                    received.json()?,
                ))),
                _ => Err(Error::Status(UpdateGuestUserError::Unknown(
                    received.unexpected(),
                ))),
            }
        })
    }
}
/// Error responses of [`Client::update_guest_user`].
#[derive(Debug, Clone, PartialEq)]
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
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
