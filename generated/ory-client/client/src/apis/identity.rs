//! Operations of the `identity` API.
//!
//! APIs for managing identities.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// List Identities
    ///
    /// Lists all [identities](https://www.ory.sh/docs/kratos/concepts/identity-user-model) in the system.
    ///
    /// `GET /admin/identities` (operation `listIdentities`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListIdentitiesParams`\]).
    pub fn list_identities(
        &self,
    ) -> Call<
        '_,
        ListIdentitiesParams<'_>,
        ::std::vec::Vec<crate::models::Identity>,
        ListIdentitiesError,
    > {
        const OPERATION: Operation = Operation {
            id: "listIdentities",
            method: "GET",
            path: "/admin/identities",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListIdentitiesParams {
                per_page: None,
                page: None,
                credentials_identifier: None,
            },
            |client, params| {
                let ListIdentitiesParams { per_page, page, credentials_identifier } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/admin/identities");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "per_page",
                    &per_page,
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
                crate::runtime::query_pairs(
                    &mut query,
                    "credentials_identifier",
                    &credentials_identifier,
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
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| ListIdentitiesError::Default {
                                    status,
                                    body,
                                },
                                ListIdentitiesError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_identities`], kept in its [`Call`] until it is awaited.
pub struct ListIdentitiesParams<'a> {
    per_page: ::std::option::Option<i64>,
    page: ::std::option::Option<i64>,
    credentials_identifier: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListIdentitiesParams<'a>, T, E> {
    /// * `per_page`: query parameter `per_page`. Items per Page  This is the number of items per page.
    pub fn per_page(mut self, per_page: i64) -> Self {
        self.params.per_page = Some(per_page);
        self
    }
    /// * `page`: query parameter `page`. Pagination Page  This value is currently an integer, but it is not sequential. The value is not the page number, but a reference. The next page can be any number and some numbers might return an empty list.  For example, page 2 might not follow after page 1. And even if page 3 and 5 exist, but page 4 might not exist.
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `credentials_identifier`: query parameter `credentials_identifier`. CredentialsIdentifier is the identifier (username, email) of the credentials to look up.
    pub fn credentials_identifier(mut self, credentials_identifier: &'a str) -> Self {
        self.params.credentials_identifier = Some(credentials_identifier);
        self
    }
}
/// Error responses of [`Client::list_identities`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListIdentitiesError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListIdentitiesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listIdentities", status, message)
    }
}
impl ::std::error::Error for ListIdentitiesError {}

impl Client {
    /// Create an Identity
    ///
    /// Create an [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model).  This endpoint can also be used to
    /// [import credentials](https://www.ory.sh/docs/kratos/manage-identities/import-user-accounts-identities)
    /// for instance passwords, social sign in configurations or multifactor methods.
    ///
    /// `POST /admin/identities` (operation `createIdentity`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateIdentityParams`\]).
    pub fn create_identity(
        &self,
    ) -> Call<
        '_,
        CreateIdentityParams<'_>,
        crate::models::Identity,
        CreateIdentityError,
    > {
        const OPERATION: Operation = Operation {
            id: "createIdentity",
            method: "POST",
            path: "/admin/identities",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateIdentityParams { body: None },
            |client, params| {
                let CreateIdentityParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/admin/identities");
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
                400 => {
                    Err(
                        received
                            .error_json(
                                CreateIdentityError::BadRequest,
                                CreateIdentityError::Unknown,
                            ),
                    )
                }
                409 => {
                    Err(
                        received
                            .error_json(
                                CreateIdentityError::Conflict,
                                CreateIdentityError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateIdentityError::Default {
                                    status,
                                    body,
                                },
                                CreateIdentityError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_identity`], kept in its [`Call`] until it is awaited.
pub struct CreateIdentityParams<'a> {
    body: ::std::option::Option<&'a crate::models::CreateIdentityBody>,
}
impl<'a, T, E> Call<'a, CreateIdentityParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::CreateIdentityBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::create_identity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateIdentityError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `409`: errorGeneric
    Conflict(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateIdentityError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Conflict(body) => (409, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createIdentity", status, message)
    }
}
impl ::std::error::Error for CreateIdentityError {}

impl Client {
    /// Create and deletes multiple identities
    ///
    /// Creates or delete multiple
    /// [identities](https://www.ory.sh/docs/kratos/concepts/identity-user-model).
    /// This endpoint can also be used to [import
    /// credentials](https://www.ory.sh/docs/kratos/manage-identities/import-user-accounts-identities)
    /// for instance passwords, social sign in configurations or multifactor methods.
    ///
    /// `PATCH /admin/identities` (operation `batchPatchIdentities`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`BatchPatchIdentitiesParams`\]).
    pub fn batch_patch_identities(
        &self,
    ) -> Call<
        '_,
        BatchPatchIdentitiesParams<'_>,
        crate::models::BatchPatchIdentitiesResponse,
        BatchPatchIdentitiesError,
    > {
        const OPERATION: Operation = Operation {
            id: "batchPatchIdentities",
            method: "PATCH",
            path: "/admin/identities",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            BatchPatchIdentitiesParams {
                body: None,
            },
            |client, params| {
                let BatchPatchIdentitiesParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, "/admin/identities");
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
                                BatchPatchIdentitiesError::BadRequest,
                                BatchPatchIdentitiesError::Unknown,
                            ),
                    )
                }
                409 => {
                    Err(
                        received
                            .error_json(
                                BatchPatchIdentitiesError::Conflict,
                                BatchPatchIdentitiesError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| BatchPatchIdentitiesError::Default {
                                    status,
                                    body,
                                },
                                BatchPatchIdentitiesError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::batch_patch_identities`], kept in its [`Call`] until it is awaited.
pub struct BatchPatchIdentitiesParams<'a> {
    body: ::std::option::Option<&'a crate::models::PatchIdentitiesBody>,
}
impl<'a, T, E> Call<'a, BatchPatchIdentitiesParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::PatchIdentitiesBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::batch_patch_identities`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum BatchPatchIdentitiesError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `409`: errorGeneric
    Conflict(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for BatchPatchIdentitiesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Conflict(body) => (409, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "batchPatchIdentities", status, message)
    }
}
impl ::std::error::Error for BatchPatchIdentitiesError {}

impl Client {
    /// Get an Identity
    ///
    /// Return an [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model) by its ID. You can optionally
    /// include credentials (e.g. social sign in connections) in the response by using the `include_credential` query parameter.
    ///
    /// `GET /admin/identities/{id}` (operation `getIdentity`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID must be set to the ID of identity you want to get
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetIdentityParams`\]).
    pub fn get_identity<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<'a, GetIdentityParams<'a>, crate::models::Identity, GetIdentityError> {
        const OPERATION: Operation = Operation {
            id: "getIdentity",
            method: "GET",
            path: "/admin/identities/{id}",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetIdentityParams {
                id,
                include_credential: None,
            },
            |client, params| {
                let GetIdentityParams { id, include_credential } = params;
                let path = format!(
                    "/admin/identities/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "include_credential",
                    &include_credential,
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
                404 => {
                    Err(
                        received
                            .error_json(
                                GetIdentityError::NotFound,
                                GetIdentityError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetIdentityError::Default {
                                    status,
                                    body,
                                },
                                GetIdentityError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_identity`], kept in its [`Call`] until it is awaited.
pub struct GetIdentityParams<'a> {
    id: &'a str,
    include_credential: ::std::option::Option<
        &'a [crate::models::GetIdentityIncludeCredentialItem],
    >,
}
impl<'a, T, E> Call<'a, GetIdentityParams<'a>, T, E> {
    /// * `include_credential`: query parameter `include_credential`. Include Credentials in Response  Include any credential, for example `password` or `oidc`, in the response. When set to `oidc`, This will return the initial OAuth 2.0 Access Token, OAuth 2.0 Refresh Token and the OpenID Connect ID Token if available.
    pub fn include_credential(
        mut self,
        include_credential: &'a [crate::models::GetIdentityIncludeCredentialItem],
    ) -> Self {
        self.params.include_credential = Some(include_credential);
        self
    }
}
/// Error responses of [`Client::get_identity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetIdentityError {
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetIdentityError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getIdentity", status, message)
    }
}
impl ::std::error::Error for GetIdentityError {}

impl Client {
    /// Update an Identity
    ///
    /// This endpoint updates an [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model). The full identity
    /// payload (except credentials) is expected. It is possible to update the identity's credentials as well.
    ///
    /// `PUT /admin/identities/{id}` (operation `updateIdentity`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID must be set to the ID of identity you want to update
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`UpdateIdentityParams`\]).
    pub fn update_identity<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        UpdateIdentityParams<'a>,
        crate::models::Identity,
        UpdateIdentityError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateIdentity",
            method: "PUT",
            path: "/admin/identities/{id}",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateIdentityParams {
                id,
                body: None,
            },
            |client, params| {
                let UpdateIdentityParams { id, body } = params;
                let path = format!(
                    "/admin/identities/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
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
                                UpdateIdentityError::BadRequest,
                                UpdateIdentityError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                UpdateIdentityError::NotFound,
                                UpdateIdentityError::Unknown,
                            ),
                    )
                }
                409 => {
                    Err(
                        received
                            .error_json(
                                UpdateIdentityError::Conflict,
                                UpdateIdentityError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| UpdateIdentityError::Default {
                                    status,
                                    body,
                                },
                                UpdateIdentityError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_identity`], kept in its [`Call`] until it is awaited.
pub struct UpdateIdentityParams<'a> {
    id: &'a str,
    body: ::std::option::Option<&'a crate::models::UpdateIdentityBody>,
}
impl<'a, T, E> Call<'a, UpdateIdentityParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::UpdateIdentityBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::update_identity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateIdentityError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `409`: errorGeneric
    Conflict(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateIdentityError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Conflict(body) => (409, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateIdentity", status, message)
    }
}
impl ::std::error::Error for UpdateIdentityError {}

impl Client {
    /// Delete an Identity
    ///
    /// Calling this endpoint irrecoverably and permanently deletes the [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model) given its ID. This action can not be undone.
    /// This endpoint returns 204 when the identity was deleted or when the identity was not found, in which case it is
    /// assumed that is has been deleted already.
    ///
    /// `DELETE /admin/identities/{id}` (operation `deleteIdentity`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the identity's ID.
    pub fn delete_identity<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<'a, DeleteIdentityParams<'a>, (), DeleteIdentityError> {
        const OPERATION: Operation = Operation {
            id: "deleteIdentity",
            method: "DELETE",
            path: "/admin/identities/{id}",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteIdentityParams { id },
            |client, params| {
                let DeleteIdentityParams { id } = params;
                let path = format!(
                    "/admin/identities/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                404 => {
                    Err(
                        received
                            .error_json(
                                DeleteIdentityError::NotFound,
                                DeleteIdentityError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| DeleteIdentityError::Default {
                                    status,
                                    body,
                                },
                                DeleteIdentityError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_identity`], kept in its [`Call`] until it is awaited.
pub struct DeleteIdentityParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::delete_identity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteIdentityError {
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteIdentityError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteIdentity", status, message)
    }
}
impl ::std::error::Error for DeleteIdentityError {}

impl Client {
    /// Patch an Identity
    ///
    /// Partially updates an [identity's](https://www.ory.sh/docs/kratos/concepts/identity-user-model) field using [JSON Patch](https://jsonpatch.com/).
    /// The fields `id`, `stateChangedAt` and `credentials` can not be updated using this method.
    ///
    /// `PATCH /admin/identities/{id}` (operation `patchIdentity`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID must be set to the ID of identity you want to update
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`PatchIdentityParams`\]).
    pub fn patch_identity<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<'a, PatchIdentityParams<'a>, crate::models::Identity, PatchIdentityError> {
        const OPERATION: Operation = Operation {
            id: "patchIdentity",
            method: "PATCH",
            path: "/admin/identities/{id}",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            PatchIdentityParams {
                id,
                body: None,
            },
            |client, params| {
                let PatchIdentityParams { id, body } = params;
                let path = format!(
                    "/admin/identities/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
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
                                PatchIdentityError::BadRequest,
                                PatchIdentityError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                PatchIdentityError::NotFound,
                                PatchIdentityError::Unknown,
                            ),
                    )
                }
                409 => {
                    Err(
                        received
                            .error_json(
                                PatchIdentityError::Conflict,
                                PatchIdentityError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| PatchIdentityError::Default {
                                    status,
                                    body,
                                },
                                PatchIdentityError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::patch_identity`], kept in its [`Call`] until it is awaited.
pub struct PatchIdentityParams<'a> {
    id: &'a str,
    body: ::std::option::Option<&'a crate::models::JsonPatchDocument>,
}
impl<'a, T, E> Call<'a, PatchIdentityParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::JsonPatchDocument) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::patch_identity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PatchIdentityError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `409`: errorGeneric
    Conflict(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for PatchIdentityError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Conflict(body) => (409, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "patchIdentity", status, message)
    }
}
impl ::std::error::Error for PatchIdentityError {}

impl Client {
    /// Delete a credential for a specific identity
    ///
    /// Delete an [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model) credential by its type
    /// You can only delete second factor (aal2) credentials.
    ///
    /// `DELETE /admin/identities/{id}/credentials/{type}` (operation `deleteIdentityCredentials`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the identity's ID.
    /// * `type_`: path parameter `type`. Type is the credential's Type. One of totp, webauthn, lookup
    pub fn delete_identity_credentials<'a>(
        &'a self,
        id: &'a str,
        type_: &'a crate::models::DeleteIdentityCredentialsType,
    ) -> Call<
        'a,
        DeleteIdentityCredentialsParams<'a>,
        (),
        DeleteIdentityCredentialsError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteIdentityCredentials",
            method: "DELETE",
            path: "/admin/identities/{id}/credentials/{type}",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteIdentityCredentialsParams {
                id,
                type_,
            },
            |client, params| {
                let DeleteIdentityCredentialsParams { id, type_ } = params;
                let path = format!(
                    "/admin/identities/{}/credentials/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                    crate::runtime::path_param("type", type_, Style::Simple, false),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                404 => {
                    Err(
                        received
                            .error_json(
                                DeleteIdentityCredentialsError::NotFound,
                                DeleteIdentityCredentialsError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| DeleteIdentityCredentialsError::Default {
                                    status,
                                    body,
                                },
                                DeleteIdentityCredentialsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_identity_credentials`], kept in its [`Call`] until it is awaited.
pub struct DeleteIdentityCredentialsParams<'a> {
    id: &'a str,
    type_: &'a crate::models::DeleteIdentityCredentialsType,
}
/// Error responses of [`Client::delete_identity_credentials`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteIdentityCredentialsError {
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteIdentityCredentialsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteIdentityCredentials", status, message)
    }
}
impl ::std::error::Error for DeleteIdentityCredentialsError {}

impl Client {
    /// List an Identity's Sessions
    ///
    /// This endpoint returns all sessions that belong to the given Identity.
    ///
    /// `GET /admin/identities/{id}/sessions` (operation `listIdentitySessions`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the identity's ID.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListIdentitySessionsParams`\]).
    pub fn list_identity_sessions<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        ListIdentitySessionsParams<'a>,
        ::std::vec::Vec<crate::models::Session>,
        ListIdentitySessionsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listIdentitySessions",
            method: "GET",
            path: "/admin/identities/{id}/sessions",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListIdentitySessionsParams {
                id,
                per_page: None,
                page: None,
                active: None,
            },
            |client, params| {
                let ListIdentitySessionsParams { id, per_page, page, active } = params;
                let path = format!(
                    "/admin/identities/{}/sessions",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "per_page",
                    &per_page,
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
                crate::runtime::query_pairs(
                    &mut query,
                    "active",
                    &active,
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
                    Err(
                        received
                            .error_json(
                                ListIdentitySessionsError::BadRequest,
                                ListIdentitySessionsError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                ListIdentitySessionsError::NotFound,
                                ListIdentitySessionsError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| ListIdentitySessionsError::Default {
                                    status,
                                    body,
                                },
                                ListIdentitySessionsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_identity_sessions`], kept in its [`Call`] until it is awaited.
pub struct ListIdentitySessionsParams<'a> {
    id: &'a str,
    per_page: ::std::option::Option<i64>,
    page: ::std::option::Option<i64>,
    active: ::std::option::Option<bool>,
}
impl<'a, T, E> Call<'a, ListIdentitySessionsParams<'a>, T, E> {
    /// * `per_page`: query parameter `per_page`. Items per Page  This is the number of items per page.
    pub fn per_page(mut self, per_page: i64) -> Self {
        self.params.per_page = Some(per_page);
        self
    }
    /// * `page`: query parameter `page`. Pagination Page  This value is currently an integer, but it is not sequential. The value is not the page number, but a reference. The next page can be any number and some numbers might return an empty list.  For example, page 2 might not follow after page 1. And even if page 3 and 5 exist, but page 4 might not exist.
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `active`: query parameter `active`. Active is a boolean flag that filters out sessions based on the state. If no value is provided, all sessions are returned.
    pub fn active(mut self, active: bool) -> Self {
        self.params.active = Some(active);
        self
    }
}
/// Error responses of [`Client::list_identity_sessions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListIdentitySessionsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListIdentitySessionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listIdentitySessions", status, message)
    }
}
impl ::std::error::Error for ListIdentitySessionsError {}

impl Client {
    /// Delete & Invalidate an Identity's Sessions
    ///
    /// Calling this endpoint irrecoverably and permanently deletes and invalidates all sessions that belong to the given Identity.
    ///
    /// `DELETE /admin/identities/{id}/sessions` (operation `deleteIdentitySessions`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the identity's ID.
    pub fn delete_identity_sessions<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<'a, DeleteIdentitySessionsParams<'a>, (), DeleteIdentitySessionsError> {
        const OPERATION: Operation = Operation {
            id: "deleteIdentitySessions",
            method: "DELETE",
            path: "/admin/identities/{id}/sessions",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteIdentitySessionsParams { id },
            |client, params| {
                let DeleteIdentitySessionsParams { id } = params;
                let path = format!(
                    "/admin/identities/{}/sessions",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                400 => {
                    Err(
                        received
                            .error_json(
                                DeleteIdentitySessionsError::BadRequest,
                                DeleteIdentitySessionsError::Unknown,
                            ),
                    )
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                DeleteIdentitySessionsError::Unauthorized,
                                DeleteIdentitySessionsError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                DeleteIdentitySessionsError::NotFound,
                                DeleteIdentitySessionsError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| DeleteIdentitySessionsError::Default {
                                    status,
                                    body,
                                },
                                DeleteIdentitySessionsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_identity_sessions`], kept in its [`Call`] until it is awaited.
pub struct DeleteIdentitySessionsParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::delete_identity_sessions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteIdentitySessionsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteIdentitySessionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteIdentitySessions", status, message)
    }
}
impl ::std::error::Error for DeleteIdentitySessionsError {}

impl Client {
    /// Create a Recovery Code
    ///
    /// This endpoint creates a recovery code which should be given to the user in order for them to recover
    /// (or activate) their account.
    ///
    /// `POST /admin/recovery/code` (operation `createRecoveryCodeForIdentity`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateRecoveryCodeForIdentityParams`\]).
    pub fn create_recovery_code_for_identity(
        &self,
    ) -> Call<
        '_,
        CreateRecoveryCodeForIdentityParams<'_>,
        crate::models::RecoveryCodeForIdentity,
        CreateRecoveryCodeForIdentityError,
    > {
        const OPERATION: Operation = Operation {
            id: "createRecoveryCodeForIdentity",
            method: "POST",
            path: "/admin/recovery/code",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateRecoveryCodeForIdentityParams {
                body: None,
            },
            |client, params| {
                let CreateRecoveryCodeForIdentityParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/admin/recovery/code",
                    );
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
                400 => {
                    Err(
                        received
                            .error_json(
                                CreateRecoveryCodeForIdentityError::BadRequest,
                                CreateRecoveryCodeForIdentityError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                CreateRecoveryCodeForIdentityError::NotFound,
                                CreateRecoveryCodeForIdentityError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateRecoveryCodeForIdentityError::Default {
                                    status,
                                    body,
                                },
                                CreateRecoveryCodeForIdentityError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_recovery_code_for_identity`], kept in its [`Call`] until it is awaited.
pub struct CreateRecoveryCodeForIdentityParams<'a> {
    body: ::std::option::Option<&'a crate::models::CreateRecoveryCodeForIdentityBody>,
}
impl<'a, T, E> Call<'a, CreateRecoveryCodeForIdentityParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(
        mut self,
        body: &'a crate::models::CreateRecoveryCodeForIdentityBody,
    ) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::create_recovery_code_for_identity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateRecoveryCodeForIdentityError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateRecoveryCodeForIdentityError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createRecoveryCodeForIdentity", status, message)
    }
}
impl ::std::error::Error for CreateRecoveryCodeForIdentityError {}

impl Client {
    /// Create a Recovery Link
    ///
    /// This endpoint creates a recovery link which should be given to the user in order for them to recover
    /// (or activate) their account.
    ///
    /// `POST /admin/recovery/link` (operation `createRecoveryLinkForIdentity`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateRecoveryLinkForIdentityParams`\]).
    pub fn create_recovery_link_for_identity(
        &self,
    ) -> Call<
        '_,
        CreateRecoveryLinkForIdentityParams<'_>,
        crate::models::RecoveryLinkForIdentity,
        CreateRecoveryLinkForIdentityError,
    > {
        const OPERATION: Operation = Operation {
            id: "createRecoveryLinkForIdentity",
            method: "POST",
            path: "/admin/recovery/link",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateRecoveryLinkForIdentityParams {
                body: None,
            },
            |client, params| {
                let CreateRecoveryLinkForIdentityParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/admin/recovery/link",
                    );
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
                                CreateRecoveryLinkForIdentityError::BadRequest,
                                CreateRecoveryLinkForIdentityError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                CreateRecoveryLinkForIdentityError::NotFound,
                                CreateRecoveryLinkForIdentityError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateRecoveryLinkForIdentityError::Default {
                                    status,
                                    body,
                                },
                                CreateRecoveryLinkForIdentityError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_recovery_link_for_identity`], kept in its [`Call`] until it is awaited.
pub struct CreateRecoveryLinkForIdentityParams<'a> {
    body: ::std::option::Option<&'a crate::models::CreateRecoveryLinkForIdentityBody>,
}
impl<'a, T, E> Call<'a, CreateRecoveryLinkForIdentityParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(
        mut self,
        body: &'a crate::models::CreateRecoveryLinkForIdentityBody,
    ) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::create_recovery_link_for_identity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateRecoveryLinkForIdentityError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateRecoveryLinkForIdentityError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createRecoveryLinkForIdentity", status, message)
    }
}
impl ::std::error::Error for CreateRecoveryLinkForIdentityError {}

impl Client {
    /// List All Sessions
    ///
    /// Listing all sessions that exist.
    ///
    /// `GET /admin/sessions` (operation `listSessions`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListSessionsParams`\]).
    pub fn list_sessions(
        &self,
    ) -> Call<
        '_,
        ListSessionsParams<'_>,
        ::std::vec::Vec<crate::models::Session>,
        ListSessionsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listSessions",
            method: "GET",
            path: "/admin/sessions",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListSessionsParams {
                page_size: None,
                page_token: None,
                active: None,
                expand: None,
            },
            |client, params| {
                let ListSessionsParams { page_size, page_token, active, expand } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/admin/sessions");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "page_size",
                    &page_size,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "page_token",
                    &page_token,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "active",
                    &active,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "expand",
                    &expand,
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
                    Err(
                        received
                            .error_json(
                                ListSessionsError::BadRequest,
                                ListSessionsError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| ListSessionsError::Default {
                                    status,
                                    body,
                                },
                                ListSessionsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_sessions`], kept in its [`Call`] until it is awaited.
pub struct ListSessionsParams<'a> {
    page_size: ::std::option::Option<i64>,
    page_token: ::std::option::Option<&'a str>,
    active: ::std::option::Option<bool>,
    expand: ::std::option::Option<&'a [::std::string::String]>,
}
impl<'a, T, E> Call<'a, ListSessionsParams<'a>, T, E> {
    /// * `page_size`: query parameter `page_size`. Items per Page  This is the number of items per page to return. For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub fn page_size(mut self, page_size: i64) -> Self {
        self.params.page_size = Some(page_size);
        self
    }
    /// * `page_token`: query parameter `page_token`. Next Page Token  The next page token. For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub fn page_token(mut self, page_token: &'a str) -> Self {
        self.params.page_token = Some(page_token);
        self
    }
    /// * `active`: query parameter `active`. Active is a boolean flag that filters out sessions based on the state. If no value is provided, all sessions are returned.
    pub fn active(mut self, active: bool) -> Self {
        self.params.active = Some(active);
        self
    }
    /// * `expand`: query parameter `expand`. ExpandOptions is a query parameter encoded list of all properties that must be expanded in the Session. If no value is provided, the expandable properties are skipped.
    pub fn expand(mut self, expand: &'a [::std::string::String]) -> Self {
        self.params.expand = Some(expand);
        self
    }
}
/// Error responses of [`Client::list_sessions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListSessionsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListSessionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listSessions", status, message)
    }
}
impl ::std::error::Error for ListSessionsError {}

impl Client {
    /// Get Session
    ///
    /// This endpoint is useful for:
    ///
    /// Getting a session object with all specified expandables that exist in an administrative context.
    ///
    /// `GET /admin/sessions/{id}` (operation `getSession`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the session's ID.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetSessionParams`\]).
    pub fn get_session<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<'a, GetSessionParams<'a>, crate::models::Session, GetSessionError> {
        const OPERATION: Operation = Operation {
            id: "getSession",
            method: "GET",
            path: "/admin/sessions/{id}",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetSessionParams {
                id,
                expand: None,
            },
            |client, params| {
                let GetSessionParams { id, expand } = params;
                let path = format!(
                    "/admin/sessions/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "expand",
                    &expand,
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
                    Err(
                        received
                            .error_json(
                                GetSessionError::BadRequest,
                                GetSessionError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetSessionError::Default {
                                    status,
                                    body,
                                },
                                GetSessionError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_session`], kept in its [`Call`] until it is awaited.
pub struct GetSessionParams<'a> {
    id: &'a str,
    expand: ::std::option::Option<&'a [::std::string::String]>,
}
impl<'a, T, E> Call<'a, GetSessionParams<'a>, T, E> {
    /// * `expand`: query parameter `expand`. ExpandOptions is a query parameter encoded list of all properties that must be expanded in the Session. Example - ?expand=Identity&expand=Devices If no value is provided, the expandable properties are skipped.
    pub fn expand(mut self, expand: &'a [::std::string::String]) -> Self {
        self.params.expand = Some(expand);
        self
    }
}
/// Error responses of [`Client::get_session`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSessionError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getSession", status, message)
    }
}
impl ::std::error::Error for GetSessionError {}

impl Client {
    /// Deactivate a Session
    ///
    /// Calling this endpoint deactivates the specified session. Session data is not deleted.
    ///
    /// `DELETE /admin/sessions/{id}` (operation `disableSession`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the session's ID.
    pub fn disable_session<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<'a, DisableSessionParams<'a>, (), DisableSessionError> {
        const OPERATION: Operation = Operation {
            id: "disableSession",
            method: "DELETE",
            path: "/admin/sessions/{id}",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            DisableSessionParams { id },
            |client, params| {
                let DisableSessionParams { id } = params;
                let path = format!(
                    "/admin/sessions/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                400 => {
                    Err(
                        received
                            .error_json(
                                DisableSessionError::BadRequest,
                                DisableSessionError::Unknown,
                            ),
                    )
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                DisableSessionError::Unauthorized,
                                DisableSessionError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| DisableSessionError::Default {
                                    status,
                                    body,
                                },
                                DisableSessionError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::disable_session`], kept in its [`Call`] until it is awaited.
pub struct DisableSessionParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::disable_session`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DisableSessionError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DisableSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "disableSession", status, message)
    }
}
impl ::std::error::Error for DisableSessionError {}

impl Client {
    /// Extend a Session
    ///
    /// Calling this endpoint extends the given session ID. If `session.earliest_possible_extend` is set it
    /// will only extend the session after the specified time has passed.
    ///
    /// Retrieve the session ID from the `/sessions/whoami` endpoint / `toSession` SDK method.
    ///
    /// `PATCH /admin/sessions/{id}/extend` (operation `extendSession`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID is the session's ID.
    pub fn extend_session<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<'a, ExtendSessionParams<'a>, crate::models::Session, ExtendSessionError> {
        const OPERATION: Operation = Operation {
            id: "extendSession",
            method: "PATCH",
            path: "/admin/sessions/{id}/extend",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            ExtendSessionParams { id },
            |client, params| {
                let ExtendSessionParams { id } = params;
                let path = format!(
                    "/admin/sessions/{}/extend",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, &path);
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
                                ExtendSessionError::BadRequest,
                                ExtendSessionError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                ExtendSessionError::NotFound,
                                ExtendSessionError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| ExtendSessionError::Default {
                                    status,
                                    body,
                                },
                                ExtendSessionError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::extend_session`], kept in its [`Call`] until it is awaited.
pub struct ExtendSessionParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::extend_session`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ExtendSessionError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ExtendSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "extendSession", status, message)
    }
}
impl ::std::error::Error for ExtendSessionError {}

impl Client {
    /// Get all Identity Schemas
    ///
    /// Returns a list of all identity schemas currently in use.
    ///
    /// `GET /schemas` (operation `listIdentitySchemas`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListIdentitySchemasParams`\]).
    pub fn list_identity_schemas(
        &self,
    ) -> Call<
        '_,
        ListIdentitySchemasParams<'_>,
        crate::models::IdentitySchemas,
        ListIdentitySchemasError,
    > {
        const OPERATION: Operation = Operation {
            id: "listIdentitySchemas",
            method: "GET",
            path: "/schemas",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            ListIdentitySchemasParams {
                per_page: None,
                page: None,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let ListIdentitySchemasParams { per_page, page, .. } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/schemas");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "per_page",
                    &per_page,
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
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| ListIdentitySchemasError::Default {
                                    status,
                                    body,
                                },
                                ListIdentitySchemasError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_identity_schemas`], kept in its [`Call`] until it is awaited.
pub struct ListIdentitySchemasParams<'a> {
    per_page: ::std::option::Option<i64>,
    page: ::std::option::Option<i64>,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
impl<'a, T, E> Call<'a, ListIdentitySchemasParams<'a>, T, E> {
    /// * `per_page`: query parameter `per_page`. Items per Page  This is the number of items per page.
    pub fn per_page(mut self, per_page: i64) -> Self {
        self.params.per_page = Some(per_page);
        self
    }
    /// * `page`: query parameter `page`. Pagination Page  This value is currently an integer, but it is not sequential. The value is not the page number, but a reference. The next page can be any number and some numbers might return an empty list.  For example, page 2 might not follow after page 1. And even if page 3 and 5 exist, but page 4 might not exist.
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
}
/// Error responses of [`Client::list_identity_schemas`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListIdentitySchemasError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListIdentitySchemasError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listIdentitySchemas", status, message)
    }
}
impl ::std::error::Error for ListIdentitySchemasError {}

impl Client {
    /// Get Identity JSON Schema
    ///
    /// Return a specific identity schema.
    ///
    /// `GET /schemas/{id}` (operation `getIdentitySchema`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. ID must be set to the ID of schema you want to get
    pub fn get_identity_schema<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        GetIdentitySchemaParams<'a>,
        crate::models::IdentitySchema,
        GetIdentitySchemaError,
    > {
        const OPERATION: Operation = Operation {
            id: "getIdentitySchema",
            method: "GET",
            path: "/schemas/{id}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetIdentitySchemaParams { id },
            |client, params| {
                let GetIdentitySchemaParams { id } = params;
                let path = format!(
                    "/schemas/{}",
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
                404 => {
                    Err(
                        received
                            .error_json(
                                GetIdentitySchemaError::NotFound,
                                GetIdentitySchemaError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetIdentitySchemaError::Default {
                                    status,
                                    body,
                                },
                                GetIdentitySchemaError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_identity_schema`], kept in its [`Call`] until it is awaited.
pub struct GetIdentitySchemaParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::get_identity_schema`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetIdentitySchemaError {
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetIdentitySchemaError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getIdentitySchema", status, message)
    }
}
impl ::std::error::Error for GetIdentitySchemaError {}
