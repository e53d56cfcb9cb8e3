//! Operations of the `oAuth2` API.
//!
//! OAuth 2.0
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// List OAuth 2.0 Clients
    ///
    /// This endpoint lists all clients in the database, and never returns client secrets.
    /// As a default it lists the first 100 clients.
    ///
    /// `GET /admin/clients` (operation `listOAuth2Clients`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListOAuth2ClientsParams`\]).
    pub fn list_o_auth2_clients(
        &self,
    ) -> Call<
        '_,
        ListOAuth2ClientsParams<'_>,
        ::std::vec::Vec<crate::models::OAuth2Client>,
        ListOAuth2ClientsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listOAuth2Clients",
            method: "GET",
            path: "/admin/clients",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            ListOAuth2ClientsParams {
                page_size: None,
                page_token: None,
                client_name: None,
                owner: None,
            },
            |client, params| {
                let ListOAuth2ClientsParams {
                    page_size,
                    page_token,
                    client_name,
                    owner,
                } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/admin/clients");
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
                    "client_name",
                    &client_name,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "owner",
                    &owner,
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
                                |body| ListOAuth2ClientsError::Default {
                                    status,
                                    body,
                                },
                                ListOAuth2ClientsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_o_auth2_clients`], kept in its [`Call`] until it is awaited.
pub struct ListOAuth2ClientsParams<'a> {
    page_size: ::std::option::Option<i64>,
    page_token: ::std::option::Option<&'a str>,
    client_name: ::std::option::Option<&'a str>,
    owner: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListOAuth2ClientsParams<'a>, T, E> {
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
    /// * `client_name`: query parameter `client_name`. The name of the clients to filter by.
    pub fn client_name(mut self, client_name: &'a str) -> Self {
        self.params.client_name = Some(client_name);
        self
    }
    /// * `owner`: query parameter `owner`. The owner of the clients to filter by.
    pub fn owner(mut self, owner: &'a str) -> Self {
        self.params.owner = Some(owner);
        self
    }
}
/// Error responses of [`Client::list_o_auth2_clients`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListOAuth2ClientsError {
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListOAuth2ClientsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listOAuth2Clients", status, message)
    }
}
impl ::std::error::Error for ListOAuth2ClientsError {}

impl Client {
    /// Create OAuth 2.0 Client
    ///
    /// Create a new OAuth 2.0 client. If you pass `client_secret` the secret is used, otherwise a random secret
    /// is generated. The secret is echoed in the response. It is not possible to retrieve it later on.
    ///
    /// `POST /admin/clients` (operation `createOAuth2Client`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. OAuth 2.0 Client Request Body
    pub fn create_o_auth2_client<'a>(
        &'a self,
        body: &'a crate::models::OAuth2Client,
    ) -> Call<
        'a,
        CreateOAuth2ClientParams<'a>,
        crate::models::OAuth2Client,
        CreateOAuth2ClientError,
    > {
        const OPERATION: Operation = Operation {
            id: "createOAuth2Client",
            method: "POST",
            path: "/admin/clients",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateOAuth2ClientParams { body },
            |client, params| {
                let CreateOAuth2ClientParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/admin/clients");
                request = request.json(body);
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
                                CreateOAuth2ClientError::BadRequest,
                                CreateOAuth2ClientError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateOAuth2ClientError::Default {
                                    status,
                                    body,
                                },
                                CreateOAuth2ClientError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_o_auth2_client`], kept in its [`Call`] until it is awaited.
pub struct CreateOAuth2ClientParams<'a> {
    body: &'a crate::models::OAuth2Client,
}
/// Error responses of [`Client::create_o_auth2_client`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateOAuth2ClientError {
    /// Status `400`: Bad Request Error Response
    BadRequest(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateOAuth2ClientError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createOAuth2Client", status, message)
    }
}
impl ::std::error::Error for CreateOAuth2ClientError {}

impl Client {
    /// Get an OAuth 2.0 Client
    ///
    /// Get an OAuth 2.0 client by its ID. This endpoint never returns the client secret.
    ///
    /// OAuth 2.0 clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// `GET /admin/clients/{id}` (operation `getOAuth2Client`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. The id of the OAuth 2.0 Client.
    pub fn get_o_auth2_client<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        GetOAuth2ClientParams<'a>,
        crate::models::OAuth2Client,
        GetOAuth2ClientError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOAuth2Client",
            method: "GET",
            path: "/admin/clients/{id}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetOAuth2ClientParams { id },
            |client, params| {
                let GetOAuth2ClientParams { id } = params;
                let path = format!(
                    "/admin/clients/{}",
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
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetOAuth2ClientError::Default {
                                    status,
                                    body,
                                },
                                GetOAuth2ClientError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_o_auth2_client`], kept in its [`Call`] until it is awaited.
pub struct GetOAuth2ClientParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::get_o_auth2_client`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOAuth2ClientError {
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOAuth2ClientError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOAuth2Client", status, message)
    }
}
impl ::std::error::Error for GetOAuth2ClientError {}

impl Client {
    /// Set OAuth 2.0 Client
    ///
    /// Replaces an existing OAuth 2.0 Client with the payload you send. If you pass `client_secret` the secret is used,
    /// otherwise the existing secret is used.
    ///
    /// If set, the secret is echoed in the response. It is not possible to retrieve it later on.
    ///
    /// OAuth 2.0 Clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// `PUT /admin/clients/{id}` (operation `setOAuth2Client`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. OAuth 2.0 Client ID
    /// * `body`: request body, sent as `application/json`. OAuth 2.0 Client Request Body
    pub fn set_o_auth2_client<'a>(
        &'a self,
        id: &'a str,
        body: &'a crate::models::OAuth2Client,
    ) -> Call<
        'a,
        SetOAuth2ClientParams<'a>,
        crate::models::OAuth2Client,
        SetOAuth2ClientError,
    > {
        const OPERATION: Operation = Operation {
            id: "setOAuth2Client",
            method: "PUT",
            path: "/admin/clients/{id}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            SetOAuth2ClientParams { id, body },
            |client, params| {
                let SetOAuth2ClientParams { id, body } = params;
                let path = format!(
                    "/admin/clients/{}",
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
                400 => {
                    Err(
                        received
                            .error_json(
                                SetOAuth2ClientError::BadRequest,
                                SetOAuth2ClientError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                SetOAuth2ClientError::NotFound,
                                SetOAuth2ClientError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| SetOAuth2ClientError::Default {
                                    status,
                                    body,
                                },
                                SetOAuth2ClientError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_o_auth2_client`], kept in its [`Call`] until it is awaited.
pub struct SetOAuth2ClientParams<'a> {
    id: &'a str,
    body: &'a crate::models::OAuth2Client,
}
/// Error responses of [`Client::set_o_auth2_client`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetOAuth2ClientError {
    /// Status `400`: Bad Request Error Response
    BadRequest(crate::models::ErrorOAuth2),
    /// Status `404`: Not Found Error Response
    NotFound(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetOAuth2ClientError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setOAuth2Client", status, message)
    }
}
impl ::std::error::Error for SetOAuth2ClientError {}

impl Client {
    /// Delete OAuth 2.0 Client
    ///
    /// Delete an existing OAuth 2.0 Client by its ID.
    ///
    /// OAuth 2.0 clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// Make sure that this endpoint is well protected and only callable by first-party components.
    ///
    /// `DELETE /admin/clients/{id}` (operation `deleteOAuth2Client`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. The id of the OAuth 2.0 Client.
    pub fn delete_o_auth2_client<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<'a, DeleteOAuth2ClientParams<'a>, (), DeleteOAuth2ClientError> {
        const OPERATION: Operation = Operation {
            id: "deleteOAuth2Client",
            method: "DELETE",
            path: "/admin/clients/{id}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteOAuth2ClientParams { id },
            |client, params| {
                let DeleteOAuth2ClientParams { id } = params;
                let path = format!(
                    "/admin/clients/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| DeleteOAuth2ClientError::Default {
                                    status,
                                    body,
                                },
                                DeleteOAuth2ClientError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_o_auth2_client`], kept in its [`Call`] until it is awaited.
pub struct DeleteOAuth2ClientParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::delete_o_auth2_client`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteOAuth2ClientError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteOAuth2ClientError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteOAuth2Client", status, message)
    }
}
impl ::std::error::Error for DeleteOAuth2ClientError {}

impl Client {
    /// Patch OAuth 2.0 Client
    ///
    /// Patch an existing OAuth 2.0 Client using JSON Patch. If you pass `client_secret`
    /// the secret will be updated and returned via the API. This is the
    /// only time you will be able to retrieve the client secret, so write it down and keep it safe.
    ///
    /// OAuth 2.0 clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// `PATCH /admin/clients/{id}` (operation `patchOAuth2Client`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. The id of the OAuth 2.0 Client.
    /// * `body`: request body, sent as `application/json`. OAuth 2.0 Client JSON Patch Body
    pub fn patch_o_auth2_client<'a>(
        &'a self,
        id: &'a str,
        body: &'a crate::models::JsonPatchDocument,
    ) -> Call<
        'a,
        PatchOAuth2ClientParams<'a>,
        crate::models::OAuth2Client,
        PatchOAuth2ClientError,
    > {
        const OPERATION: Operation = Operation {
            id: "patchOAuth2Client",
            method: "PATCH",
            path: "/admin/clients/{id}",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            PatchOAuth2ClientParams {
                id,
                body,
            },
            |client, params| {
                let PatchOAuth2ClientParams { id, body } = params;
                let path = format!(
                    "/admin/clients/{}",
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
                404 => {
                    Err(
                        received
                            .error_json(
                                PatchOAuth2ClientError::NotFound,
                                PatchOAuth2ClientError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| PatchOAuth2ClientError::Default {
                                    status,
                                    body,
                                },
                                PatchOAuth2ClientError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::patch_o_auth2_client`], kept in its [`Call`] until it is awaited.
pub struct PatchOAuth2ClientParams<'a> {
    id: &'a str,
    body: &'a crate::models::JsonPatchDocument,
}
/// Error responses of [`Client::patch_o_auth2_client`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PatchOAuth2ClientError {
    /// Status `404`: Not Found Error Response
    NotFound(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for PatchOAuth2ClientError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "patchOAuth2Client", status, message)
    }
}
impl ::std::error::Error for PatchOAuth2ClientError {}

impl Client {
    /// Set OAuth2 Client Token Lifespans
    ///
    /// Set lifespans of different token types issued for this OAuth 2.0 client. Does not modify other fields.
    ///
    /// `PUT /admin/clients/{id}/lifespans` (operation `setOAuth2ClientLifespans`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. OAuth 2.0 Client ID
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`SetOAuth2ClientLifespansParams`\]).
    pub fn set_o_auth2_client_lifespans<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        SetOAuth2ClientLifespansParams<'a>,
        crate::models::OAuth2Client,
        SetOAuth2ClientLifespansError,
    > {
        const OPERATION: Operation = Operation {
            id: "setOAuth2ClientLifespans",
            method: "PUT",
            path: "/admin/clients/{id}/lifespans",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            SetOAuth2ClientLifespansParams {
                id,
                body: None,
            },
            |client, params| {
                let SetOAuth2ClientLifespansParams { id, body } = params;
                let path = format!(
                    "/admin/clients/{}/lifespans",
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
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| SetOAuth2ClientLifespansError::Default {
                                    status,
                                    body,
                                },
                                SetOAuth2ClientLifespansError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_o_auth2_client_lifespans`], kept in its [`Call`] until it is awaited.
pub struct SetOAuth2ClientLifespansParams<'a> {
    id: &'a str,
    body: ::std::option::Option<&'a crate::models::OAuth2ClientTokenLifespans>,
}
impl<'a, T, E> Call<'a, SetOAuth2ClientLifespansParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::OAuth2ClientTokenLifespans) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::set_o_auth2_client_lifespans`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetOAuth2ClientLifespansError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetOAuth2ClientLifespansError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setOAuth2ClientLifespans", status, message)
    }
}
impl ::std::error::Error for SetOAuth2ClientLifespansError {}

impl Client {
    /// Get OAuth 2.0 Consent Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell Ory now about it. If the subject authenticated, he/she must now be asked if
    /// the OAuth 2.0 Client which initiated the flow should be allowed to access the resources on the subject's behalf.
    ///
    /// The consent challenge is appended to the consent provider's URL to which the subject's user-agent (browser) is redirected to. The consent
    /// provider uses that challenge to fetch information on the OAuth2 request and then tells Ory if the subject accepted
    /// or rejected the request.
    ///
    /// The default consent provider is available via the Ory Managed Account Experience. To customize the consent provider, please
    /// head over to the OAuth 2.0 documentation.
    ///
    /// `GET /admin/oauth2/auth/requests/consent` (operation `getOAuth2ConsentRequest`)
    ///
    /// # Arguments
    ///
    /// * `consent_challenge`: query parameter `consent_challenge`. OAuth 2.0 Consent Request Challenge
    pub fn get_o_auth2_consent_request<'a>(
        &'a self,
        consent_challenge: &'a str,
    ) -> Call<
        'a,
        GetOAuth2ConsentRequestParams<'a>,
        crate::models::OAuth2ConsentRequest,
        GetOAuth2ConsentRequestError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOAuth2ConsentRequest",
            method: "GET",
            path: "/admin/oauth2/auth/requests/consent",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetOAuth2ConsentRequestParams {
                consent_challenge,
            },
            |client, params| {
                let GetOAuth2ConsentRequestParams { consent_challenge } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/admin/oauth2/auth/requests/consent",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "consent_challenge",
                    consent_challenge,
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
                410 => {
                    Err(
                        received
                            .error_json(
                                GetOAuth2ConsentRequestError::Gone,
                                GetOAuth2ConsentRequestError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetOAuth2ConsentRequestError::Default {
                                    status,
                                    body,
                                },
                                GetOAuth2ConsentRequestError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_o_auth2_consent_request`], kept in its [`Call`] until it is awaited.
pub struct GetOAuth2ConsentRequestParams<'a> {
    consent_challenge: &'a str,
}
/// Error responses of [`Client::get_o_auth2_consent_request`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOAuth2ConsentRequestError {
    /// Status `410`: oAuth2RedirectTo
    Gone(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOAuth2ConsentRequestError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOAuth2ConsentRequest", status, message)
    }
}
impl ::std::error::Error for GetOAuth2ConsentRequestError {}

impl Client {
    /// Accept OAuth 2.0 Consent Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell Ory now about it. If the subject authenticated, he/she must now be asked if
    /// the OAuth 2.0 Client which initiated the flow should be allowed to access the resources on the subject's behalf.
    ///
    /// The consent challenge is appended to the consent provider's URL to which the subject's user-agent (browser) is redirected to. The consent
    /// provider uses that challenge to fetch information on the OAuth2 request and then tells Ory if the subject accepted
    /// or rejected the request.
    ///
    /// This endpoint tells Ory that the subject has authorized the OAuth 2.0 client to access resources on his/her behalf.
    /// The consent provider includes additional information, such as session data for access and ID tokens, and if the
    /// consent request should be used as basis for future requests.
    ///
    /// The response contains a redirect URL which the consent provider should redirect the user-agent to.
    ///
    /// The default consent provider is available via the Ory Managed Account Experience. To customize the consent provider, please
    /// head over to the OAuth 2.0 documentation.
    ///
    /// `PUT /admin/oauth2/auth/requests/consent/accept` (operation `acceptOAuth2ConsentRequest`)
    ///
    /// # Arguments
    ///
    /// * `consent_challenge`: query parameter `consent_challenge`. OAuth 2.0 Consent Request Challenge
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`AcceptOAuth2ConsentRequestParams`\]).
    pub fn accept_o_auth2_consent_request<'a>(
        &'a self,
        consent_challenge: &'a str,
    ) -> Call<
        'a,
        AcceptOAuth2ConsentRequestParams<'a>,
        crate::models::OAuth2RedirectTo,
        AcceptOAuth2ConsentRequestError,
    > {
        const OPERATION: Operation = Operation {
            id: "acceptOAuth2ConsentRequest",
            method: "PUT",
            path: "/admin/oauth2/auth/requests/consent/accept",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            AcceptOAuth2ConsentRequestParams {
                consent_challenge,
                body: None,
            },
            |client, params| {
                let AcceptOAuth2ConsentRequestParams { consent_challenge, body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PUT,
                        "/admin/oauth2/auth/requests/consent/accept",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "consent_challenge",
                    consent_challenge,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
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
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| AcceptOAuth2ConsentRequestError::Default {
                                    status,
                                    body,
                                },
                                AcceptOAuth2ConsentRequestError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::accept_o_auth2_consent_request`], kept in its [`Call`] until it is awaited.
pub struct AcceptOAuth2ConsentRequestParams<'a> {
    consent_challenge: &'a str,
    body: ::std::option::Option<&'a crate::models::AcceptOAuth2ConsentRequest>,
}
impl<'a, T, E> Call<'a, AcceptOAuth2ConsentRequestParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::AcceptOAuth2ConsentRequest) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::accept_o_auth2_consent_request`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AcceptOAuth2ConsentRequestError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AcceptOAuth2ConsentRequestError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "acceptOAuth2ConsentRequest", status, message)
    }
}
impl ::std::error::Error for AcceptOAuth2ConsentRequestError {}

impl Client {
    /// Reject OAuth 2.0 Consent Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell Ory now about it. If the subject authenticated, he/she must now be asked if
    /// the OAuth 2.0 Client which initiated the flow should be allowed to access the resources on the subject's behalf.
    ///
    /// The consent challenge is appended to the consent provider's URL to which the subject's user-agent (browser) is redirected to. The consent
    /// provider uses that challenge to fetch information on the OAuth2 request and then tells Ory if the subject accepted
    /// or rejected the request.
    ///
    /// This endpoint tells Ory that the subject has not authorized the OAuth 2.0 client to access resources on his/her behalf.
    /// The consent provider must include a reason why the consent was not granted.
    ///
    /// The response contains a redirect URL which the consent provider should redirect the user-agent to.
    ///
    /// The default consent provider is available via the Ory Managed Account Experience. To customize the consent provider, please
    /// head over to the OAuth 2.0 documentation.
    ///
    /// `PUT /admin/oauth2/auth/requests/consent/reject` (operation `rejectOAuth2ConsentRequest`)
    ///
    /// # Arguments
    ///
    /// * `consent_challenge`: query parameter `consent_challenge`. OAuth 2.0 Consent Request Challenge
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`RejectOAuth2ConsentRequestParams`\]).
    pub fn reject_o_auth2_consent_request<'a>(
        &'a self,
        consent_challenge: &'a str,
    ) -> Call<
        'a,
        RejectOAuth2ConsentRequestParams<'a>,
        crate::models::OAuth2RedirectTo,
        RejectOAuth2ConsentRequestError,
    > {
        const OPERATION: Operation = Operation {
            id: "rejectOAuth2ConsentRequest",
            method: "PUT",
            path: "/admin/oauth2/auth/requests/consent/reject",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            RejectOAuth2ConsentRequestParams {
                consent_challenge,
                body: None,
            },
            |client, params| {
                let RejectOAuth2ConsentRequestParams { consent_challenge, body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PUT,
                        "/admin/oauth2/auth/requests/consent/reject",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "consent_challenge",
                    consent_challenge,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
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
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| RejectOAuth2ConsentRequestError::Default {
                                    status,
                                    body,
                                },
                                RejectOAuth2ConsentRequestError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::reject_o_auth2_consent_request`], kept in its [`Call`] until it is awaited.
pub struct RejectOAuth2ConsentRequestParams<'a> {
    consent_challenge: &'a str,
    body: ::std::option::Option<&'a crate::models::RejectOAuth2Request>,
}
impl<'a, T, E> Call<'a, RejectOAuth2ConsentRequestParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::RejectOAuth2Request) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::reject_o_auth2_consent_request`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RejectOAuth2ConsentRequestError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RejectOAuth2ConsentRequestError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "rejectOAuth2ConsentRequest", status, message)
    }
}
impl ::std::error::Error for RejectOAuth2ConsentRequestError {}

impl Client {
    /// Get OAuth 2.0 Login Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell the Ory OAuth2 Service about it.
    ///
    /// Per default, the login provider is Ory itself. You may use a different login provider which needs to be a web-app
    /// you write and host, and it must be able to authenticate ("show the subject a login screen")
    /// a subject (in OAuth2 the proper name for subject is "resource owner").
    ///
    /// The authentication challenge is appended to the login provider URL to which the subject's user-agent (browser) is redirected to. The login
    /// provider uses that challenge to fetch information on the OAuth2 request and then accept or reject the requested authentication process.
    ///
    /// `GET /admin/oauth2/auth/requests/login` (operation `getOAuth2LoginRequest`)
    ///
    /// # Arguments
    ///
    /// * `login_challenge`: query parameter `login_challenge`. OAuth 2.0 Login Request Challenge
    pub fn get_o_auth2_login_request<'a>(
        &'a self,
        login_challenge: &'a str,
    ) -> Call<
        'a,
        GetOAuth2LoginRequestParams<'a>,
        crate::models::OAuth2LoginRequest,
        GetOAuth2LoginRequestError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOAuth2LoginRequest",
            method: "GET",
            path: "/admin/oauth2/auth/requests/login",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetOAuth2LoginRequestParams {
                login_challenge,
            },
            |client, params| {
                let GetOAuth2LoginRequestParams { login_challenge } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/admin/oauth2/auth/requests/login",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "login_challenge",
                    login_challenge,
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
                410 => {
                    Err(
                        received
                            .error_json(
                                GetOAuth2LoginRequestError::Gone,
                                GetOAuth2LoginRequestError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetOAuth2LoginRequestError::Default {
                                    status,
                                    body,
                                },
                                GetOAuth2LoginRequestError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_o_auth2_login_request`], kept in its [`Call`] until it is awaited.
pub struct GetOAuth2LoginRequestParams<'a> {
    login_challenge: &'a str,
}
/// Error responses of [`Client::get_o_auth2_login_request`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOAuth2LoginRequestError {
    /// Status `410`: oAuth2RedirectTo
    Gone(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOAuth2LoginRequestError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOAuth2LoginRequest", status, message)
    }
}
impl ::std::error::Error for GetOAuth2LoginRequestError {}

impl Client {
    /// Accept OAuth 2.0 Login Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell the Ory OAuth2 Service about it.
    ///
    /// The authentication challenge is appended to the login provider URL to which the subject's user-agent (browser) is redirected to. The login
    /// provider uses that challenge to fetch information on the OAuth2 request and then accept or reject the requested authentication process.
    ///
    /// This endpoint tells Ory that the subject has successfully authenticated and includes additional information such as
    /// the subject's ID and if Ory should remember the subject's subject agent for future authentication attempts by setting
    /// a cookie.
    ///
    /// The response contains a redirect URL which the login provider should redirect the user-agent to.
    ///
    /// `PUT /admin/oauth2/auth/requests/login/accept` (operation `acceptOAuth2LoginRequest`)
    ///
    /// # Arguments
    ///
    /// * `login_challenge`: query parameter `login_challenge`. OAuth 2.0 Login Request Challenge
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`AcceptOAuth2LoginRequestParams`\]).
    pub fn accept_o_auth2_login_request<'a>(
        &'a self,
        login_challenge: &'a str,
    ) -> Call<
        'a,
        AcceptOAuth2LoginRequestParams<'a>,
        crate::models::OAuth2RedirectTo,
        AcceptOAuth2LoginRequestError,
    > {
        const OPERATION: Operation = Operation {
            id: "acceptOAuth2LoginRequest",
            method: "PUT",
            path: "/admin/oauth2/auth/requests/login/accept",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            AcceptOAuth2LoginRequestParams {
                login_challenge,
                body: None,
            },
            |client, params| {
                let AcceptOAuth2LoginRequestParams { login_challenge, body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PUT,
                        "/admin/oauth2/auth/requests/login/accept",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "login_challenge",
                    login_challenge,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
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
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| AcceptOAuth2LoginRequestError::Default {
                                    status,
                                    body,
                                },
                                AcceptOAuth2LoginRequestError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::accept_o_auth2_login_request`], kept in its [`Call`] until it is awaited.
pub struct AcceptOAuth2LoginRequestParams<'a> {
    login_challenge: &'a str,
    body: ::std::option::Option<&'a crate::models::AcceptOAuth2LoginRequest>,
}
impl<'a, T, E> Call<'a, AcceptOAuth2LoginRequestParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::AcceptOAuth2LoginRequest) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::accept_o_auth2_login_request`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AcceptOAuth2LoginRequestError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AcceptOAuth2LoginRequestError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "acceptOAuth2LoginRequest", status, message)
    }
}
impl ::std::error::Error for AcceptOAuth2LoginRequestError {}

impl Client {
    /// Reject OAuth 2.0 Login Request
    ///
    /// When an authorization code, hybrid, or implicit OAuth 2.0 Flow is initiated, Ory asks the login provider
    /// to authenticate the subject and then tell the Ory OAuth2 Service about it.
    ///
    /// The authentication challenge is appended to the login provider URL to which the subject's user-agent (browser) is redirected to. The login
    /// provider uses that challenge to fetch information on the OAuth2 request and then accept or reject the requested authentication process.
    ///
    /// This endpoint tells Ory that the subject has not authenticated and includes a reason why the authentication
    /// was denied.
    ///
    /// The response contains a redirect URL which the login provider should redirect the user-agent to.
    ///
    /// `PUT /admin/oauth2/auth/requests/login/reject` (operation `rejectOAuth2LoginRequest`)
    ///
    /// # Arguments
    ///
    /// * `login_challenge`: query parameter `login_challenge`. OAuth 2.0 Login Request Challenge
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`RejectOAuth2LoginRequestParams`\]).
    pub fn reject_o_auth2_login_request<'a>(
        &'a self,
        login_challenge: &'a str,
    ) -> Call<
        'a,
        RejectOAuth2LoginRequestParams<'a>,
        crate::models::OAuth2RedirectTo,
        RejectOAuth2LoginRequestError,
    > {
        const OPERATION: Operation = Operation {
            id: "rejectOAuth2LoginRequest",
            method: "PUT",
            path: "/admin/oauth2/auth/requests/login/reject",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            RejectOAuth2LoginRequestParams {
                login_challenge,
                body: None,
            },
            |client, params| {
                let RejectOAuth2LoginRequestParams { login_challenge, body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PUT,
                        "/admin/oauth2/auth/requests/login/reject",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "login_challenge",
                    login_challenge,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
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
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| RejectOAuth2LoginRequestError::Default {
                                    status,
                                    body,
                                },
                                RejectOAuth2LoginRequestError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::reject_o_auth2_login_request`], kept in its [`Call`] until it is awaited.
pub struct RejectOAuth2LoginRequestParams<'a> {
    login_challenge: &'a str,
    body: ::std::option::Option<&'a crate::models::RejectOAuth2Request>,
}
impl<'a, T, E> Call<'a, RejectOAuth2LoginRequestParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::RejectOAuth2Request) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::reject_o_auth2_login_request`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RejectOAuth2LoginRequestError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RejectOAuth2LoginRequestError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "rejectOAuth2LoginRequest", status, message)
    }
}
impl ::std::error::Error for RejectOAuth2LoginRequestError {}

impl Client {
    /// Get OAuth 2.0 Session Logout Request
    ///
    /// Use this endpoint to fetch an Ory OAuth 2.0 logout request.
    ///
    /// `GET /admin/oauth2/auth/requests/logout` (operation `getOAuth2LogoutRequest`)
    ///
    /// # Arguments
    ///
    /// * `logout_challenge`: query parameter `logout_challenge`
    pub fn get_o_auth2_logout_request<'a>(
        &'a self,
        logout_challenge: &'a str,
    ) -> Call<
        'a,
        GetOAuth2LogoutRequestParams<'a>,
        crate::models::OAuth2LogoutRequest,
        GetOAuth2LogoutRequestError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOAuth2LogoutRequest",
            method: "GET",
            path: "/admin/oauth2/auth/requests/logout",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetOAuth2LogoutRequestParams {
                logout_challenge,
            },
            |client, params| {
                let GetOAuth2LogoutRequestParams { logout_challenge } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/admin/oauth2/auth/requests/logout",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "logout_challenge",
                    logout_challenge,
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
                410 => {
                    Err(
                        received
                            .error_json(
                                GetOAuth2LogoutRequestError::Gone,
                                GetOAuth2LogoutRequestError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetOAuth2LogoutRequestError::Default {
                                    status,
                                    body,
                                },
                                GetOAuth2LogoutRequestError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_o_auth2_logout_request`], kept in its [`Call`] until it is awaited.
pub struct GetOAuth2LogoutRequestParams<'a> {
    logout_challenge: &'a str,
}
/// Error responses of [`Client::get_o_auth2_logout_request`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOAuth2LogoutRequestError {
    /// Status `410`: oAuth2RedirectTo
    Gone(crate::models::OAuth2RedirectTo),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOAuth2LogoutRequestError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOAuth2LogoutRequest", status, message)
    }
}
impl ::std::error::Error for GetOAuth2LogoutRequestError {}

impl Client {
    /// Accept OAuth 2.0 Session Logout Request
    ///
    /// When a user or an application requests Ory OAuth 2.0 to remove the session state of a subject, this endpoint is used to confirm that logout request.
    ///
    /// The response contains a redirect URL which the consent provider should redirect the user-agent to.
    ///
    /// `PUT /admin/oauth2/auth/requests/logout/accept` (operation `acceptOAuth2LogoutRequest`)
    ///
    /// # Arguments
    ///
    /// * `logout_challenge`: query parameter `logout_challenge`. OAuth 2.0 Logout Request Challenge
    pub fn accept_o_auth2_logout_request<'a>(
        &'a self,
        logout_challenge: &'a str,
    ) -> Call<
        'a,
        AcceptOAuth2LogoutRequestParams<'a>,
        crate::models::OAuth2RedirectTo,
        AcceptOAuth2LogoutRequestError,
    > {
        const OPERATION: Operation = Operation {
            id: "acceptOAuth2LogoutRequest",
            method: "PUT",
            path: "/admin/oauth2/auth/requests/logout/accept",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            AcceptOAuth2LogoutRequestParams {
                logout_challenge,
            },
            |client, params| {
                let AcceptOAuth2LogoutRequestParams { logout_challenge } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PUT,
                        "/admin/oauth2/auth/requests/logout/accept",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "logout_challenge",
                    logout_challenge,
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
                                |body| AcceptOAuth2LogoutRequestError::Default {
                                    status,
                                    body,
                                },
                                AcceptOAuth2LogoutRequestError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::accept_o_auth2_logout_request`], kept in its [`Call`] until it is awaited.
pub struct AcceptOAuth2LogoutRequestParams<'a> {
    logout_challenge: &'a str,
}
/// Error responses of [`Client::accept_o_auth2_logout_request`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AcceptOAuth2LogoutRequestError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AcceptOAuth2LogoutRequestError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "acceptOAuth2LogoutRequest", status, message)
    }
}
impl ::std::error::Error for AcceptOAuth2LogoutRequestError {}

impl Client {
    /// Reject OAuth 2.0 Session Logout Request
    ///
    /// When a user or an application requests Ory OAuth 2.0 to remove the session state of a subject, this endpoint is used to deny that logout request.
    /// No HTTP request body is required.
    ///
    /// The response is empty as the logout provider has to chose what action to perform next.
    ///
    /// `PUT /admin/oauth2/auth/requests/logout/reject` (operation `rejectOAuth2LogoutRequest`)
    ///
    /// # Arguments
    ///
    /// * `logout_challenge`: query parameter `logout_challenge`
    pub fn reject_o_auth2_logout_request<'a>(
        &'a self,
        logout_challenge: &'a str,
    ) -> Call<
        'a,
        RejectOAuth2LogoutRequestParams<'a>,
        (),
        RejectOAuth2LogoutRequestError,
    > {
        const OPERATION: Operation = Operation {
            id: "rejectOAuth2LogoutRequest",
            method: "PUT",
            path: "/admin/oauth2/auth/requests/logout/reject",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            RejectOAuth2LogoutRequestParams {
                logout_challenge,
            },
            |client, params| {
                let RejectOAuth2LogoutRequestParams { logout_challenge } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PUT,
                        "/admin/oauth2/auth/requests/logout/reject",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "logout_challenge",
                    logout_challenge,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| RejectOAuth2LogoutRequestError::Default {
                                    status,
                                    body,
                                },
                                RejectOAuth2LogoutRequestError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::reject_o_auth2_logout_request`], kept in its [`Call`] until it is awaited.
pub struct RejectOAuth2LogoutRequestParams<'a> {
    logout_challenge: &'a str,
}
/// Error responses of [`Client::reject_o_auth2_logout_request`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RejectOAuth2LogoutRequestError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RejectOAuth2LogoutRequestError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "rejectOAuth2LogoutRequest", status, message)
    }
}
impl ::std::error::Error for RejectOAuth2LogoutRequestError {}

impl Client {
    /// List OAuth 2.0 Consent Sessions of a Subject
    ///
    /// This endpoint lists all subject's granted consent sessions, including client and granted scope.
    /// If the subject is unknown or has not granted any consent sessions yet, the endpoint returns an
    /// empty JSON array with status code 200 OK.
    ///
    /// `GET /admin/oauth2/auth/sessions/consent` (operation `listOAuth2ConsentSessions`)
    ///
    /// # Arguments
    ///
    /// * `subject`: query parameter `subject`. The subject to list the consent sessions for.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListOAuth2ConsentSessionsParams`\]).
    pub fn list_o_auth2_consent_sessions<'a>(
        &'a self,
        subject: &'a str,
    ) -> Call<
        'a,
        ListOAuth2ConsentSessionsParams<'a>,
        crate::models::OAuth2ConsentSessions,
        ListOAuth2ConsentSessionsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listOAuth2ConsentSessions",
            method: "GET",
            path: "/admin/oauth2/auth/sessions/consent",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            ListOAuth2ConsentSessionsParams {
                subject,
                page_size: None,
                page_token: None,
                login_session_id: None,
            },
            |client, params| {
                let ListOAuth2ConsentSessionsParams {
                    subject,
                    page_size,
                    page_token,
                    login_session_id,
                } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/admin/oauth2/auth/sessions/consent",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "subject",
                    subject,
                    Style::Form,
                    true,
                );
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
                    "login_session_id",
                    &login_session_id,
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
                                |body| ListOAuth2ConsentSessionsError::Default {
                                    status,
                                    body,
                                },
                                ListOAuth2ConsentSessionsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_o_auth2_consent_sessions`], kept in its [`Call`] until it is awaited.
pub struct ListOAuth2ConsentSessionsParams<'a> {
    subject: &'a str,
    page_size: ::std::option::Option<i64>,
    page_token: ::std::option::Option<&'a str>,
    login_session_id: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListOAuth2ConsentSessionsParams<'a>, T, E> {
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
    /// * `login_session_id`: query parameter `login_session_id`. The login session id to list the consent sessions for.
    pub fn login_session_id(mut self, login_session_id: &'a str) -> Self {
        self.params.login_session_id = Some(login_session_id);
        self
    }
}
/// Error responses of [`Client::list_o_auth2_consent_sessions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListOAuth2ConsentSessionsError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListOAuth2ConsentSessionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listOAuth2ConsentSessions", status, message)
    }
}
impl ::std::error::Error for ListOAuth2ConsentSessionsError {}

impl Client {
    /// Revoke OAuth 2.0 Consent Sessions of a Subject
    ///
    /// This endpoint revokes a subject's granted consent sessions and invalidates all
    /// associated OAuth 2.0 Access Tokens. You may also only revoke sessions for a specific OAuth 2.0 Client ID.
    ///
    /// `DELETE /admin/oauth2/auth/sessions/consent` (operation `revokeOAuth2ConsentSessions`)
    ///
    /// # Arguments
    ///
    /// * `subject`: query parameter `subject`. OAuth 2.0 Consent Subject  The subject whose consent sessions should be deleted.
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`RevokeOAuth2ConsentSessionsParams`\]).
    pub fn revoke_o_auth2_consent_sessions<'a>(
        &'a self,
        subject: &'a str,
    ) -> Call<
        'a,
        RevokeOAuth2ConsentSessionsParams<'a>,
        (),
        RevokeOAuth2ConsentSessionsError,
    > {
        const OPERATION: Operation = Operation {
            id: "revokeOAuth2ConsentSessions",
            method: "DELETE",
            path: "/admin/oauth2/auth/sessions/consent",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            RevokeOAuth2ConsentSessionsParams {
                subject,
                client: None,
                all: None,
            },
            |client_, params| {
                let RevokeOAuth2ConsentSessionsParams { subject, client, all } = params;
                let mut request = client_
                    .request(
                        &OPERATION,
                        ::reqwest::Method::DELETE,
                        "/admin/oauth2/auth/sessions/consent",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "subject",
                    subject,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "client",
                    &client,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(&mut query, "all", &all, Style::Form, true);
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| RevokeOAuth2ConsentSessionsError::Default {
                                    status,
                                    body,
                                },
                                RevokeOAuth2ConsentSessionsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::revoke_o_auth2_consent_sessions`], kept in its [`Call`] until it is awaited.
pub struct RevokeOAuth2ConsentSessionsParams<'a> {
    subject: &'a str,
    client: ::std::option::Option<&'a str>,
    all: ::std::option::Option<bool>,
}
impl<'a, T, E> Call<'a, RevokeOAuth2ConsentSessionsParams<'a>, T, E> {
    /// * `client`: query parameter `client`. OAuth 2.0 Client ID  If set, deletes only those consent sessions that have been granted to the specified OAuth 2.0 Client ID.
    pub fn client(mut self, client: &'a str) -> Self {
        self.params.client = Some(client);
        self
    }
    /// * `all`: query parameter `all`. Revoke All Consent Sessions  If set to `true` deletes all consent sessions by the Subject that have been granted.
    pub fn all(mut self, all: bool) -> Self {
        self.params.all = Some(all);
        self
    }
}
/// Error responses of [`Client::revoke_o_auth2_consent_sessions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RevokeOAuth2ConsentSessionsError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RevokeOAuth2ConsentSessionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "revokeOAuth2ConsentSessions", status, message)
    }
}
impl ::std::error::Error for RevokeOAuth2ConsentSessionsError {}

impl Client {
    /// Revokes OAuth 2.0 Login Sessions by either a Subject or a SessionID
    ///
    /// This endpoint invalidates authentication sessions. After revoking the authentication session(s), the subject
    /// has to re-authenticate at the Ory OAuth2 Provider. This endpoint does not invalidate any tokens.
    ///
    /// If you send the subject in a query param, all authentication sessions that belong to that subject are revoked.
    /// No OpenID Connect Front- or Back-channel logout is performed in this case.
    ///
    /// Alternatively, you can send a SessionID via `sid` query param, in which case, only the session that is connected
    /// to that SessionID is revoked. OpenID Connect Back-channel logout is performed in this case.
    ///
    /// `DELETE /admin/oauth2/auth/sessions/login` (operation `revokeOAuth2LoginSessions`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`RevokeOAuth2LoginSessionsParams`\]).
    pub fn revoke_o_auth2_login_sessions(
        &self,
    ) -> Call<
        '_,
        RevokeOAuth2LoginSessionsParams<'_>,
        (),
        RevokeOAuth2LoginSessionsError,
    > {
        const OPERATION: Operation = Operation {
            id: "revokeOAuth2LoginSessions",
            method: "DELETE",
            path: "/admin/oauth2/auth/sessions/login",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            RevokeOAuth2LoginSessionsParams {
                subject: None,
                sid: None,
            },
            |client, params| {
                let RevokeOAuth2LoginSessionsParams { subject, sid } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::DELETE,
                        "/admin/oauth2/auth/sessions/login",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "subject",
                    &subject,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(&mut query, "sid", &sid, Style::Form, true);
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| RevokeOAuth2LoginSessionsError::Default {
                                    status,
                                    body,
                                },
                                RevokeOAuth2LoginSessionsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::revoke_o_auth2_login_sessions`], kept in its [`Call`] until it is awaited.
pub struct RevokeOAuth2LoginSessionsParams<'a> {
    subject: ::std::option::Option<&'a str>,
    sid: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, RevokeOAuth2LoginSessionsParams<'a>, T, E> {
    /// * `subject`: query parameter `subject`. OAuth 2.0 Subject  The subject to revoke authentication sessions for.
    pub fn subject(mut self, subject: &'a str) -> Self {
        self.params.subject = Some(subject);
        self
    }
    /// * `sid`: query parameter `sid`. OAuth 2.0 Subject  The subject to revoke authentication sessions for.
    pub fn sid(mut self, sid: &'a str) -> Self {
        self.params.sid = Some(sid);
        self
    }
}
/// Error responses of [`Client::revoke_o_auth2_login_sessions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RevokeOAuth2LoginSessionsError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RevokeOAuth2LoginSessionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "revokeOAuth2LoginSessions", status, message)
    }
}
impl ::std::error::Error for RevokeOAuth2LoginSessionsError {}

impl Client {
    /// Introspect OAuth2 Access and Refresh Tokens
    ///
    /// The introspection endpoint allows to check if a token (both refresh and access) is active or not. An active token
    /// is neither expired nor revoked. If a token is active, additional information on the token will be included. You can
    /// set additional data for a token by setting `session.access_token` during the consent flow.
    ///
    /// `POST /admin/oauth2/introspect` (operation `introspectOAuth2Token`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`IntrospectOAuth2TokenParams`\]).
    pub fn introspect_o_auth2_token(
        &self,
    ) -> Call<
        '_,
        IntrospectOAuth2TokenParams<'_>,
        crate::models::IntrospectedOAuth2Token,
        IntrospectOAuth2TokenError,
    > {
        const OPERATION: Operation = Operation {
            id: "introspectOAuth2Token",
            method: "POST",
            path: "/admin/oauth2/introspect",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            IntrospectOAuth2TokenParams {
                body: None,
            },
            |client, params| {
                let IntrospectOAuth2TokenParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/admin/oauth2/introspect",
                    );
                if let Some(body) = body {
                    request = request.form(body);
                }
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
                                |body| IntrospectOAuth2TokenError::Default {
                                    status,
                                    body,
                                },
                                IntrospectOAuth2TokenError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::introspect_o_auth2_token`], kept in its [`Call`] until it is awaited.
pub struct IntrospectOAuth2TokenParams<'a> {
    body: ::std::option::Option<&'a crate::models::IntrospectOAuth2TokenBody>,
}
impl<'a, T, E> Call<'a, IntrospectOAuth2TokenParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/x-www-form-urlencoded`
    pub fn body(mut self, body: &'a crate::models::IntrospectOAuth2TokenBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::introspect_o_auth2_token`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum IntrospectOAuth2TokenError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for IntrospectOAuth2TokenError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "introspectOAuth2Token", status, message)
    }
}
impl ::std::error::Error for IntrospectOAuth2TokenError {}

impl Client {
    /// Delete OAuth 2.0 Access Tokens from specific OAuth 2.0 Client
    ///
    /// This endpoint deletes OAuth2 access tokens issued to an OAuth 2.0 Client from the database.
    ///
    /// `DELETE /admin/oauth2/tokens` (operation `deleteOAuth2Token`)
    ///
    /// # Arguments
    ///
    /// * `client_id`: query parameter `client_id`. OAuth 2.0 Client ID
    pub fn delete_o_auth2_token<'a>(
        &'a self,
        client_id: &'a str,
    ) -> Call<'a, DeleteOAuth2TokenParams<'a>, (), DeleteOAuth2TokenError> {
        const OPERATION: Operation = Operation {
            id: "deleteOAuth2Token",
            method: "DELETE",
            path: "/admin/oauth2/tokens",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteOAuth2TokenParams {
                client_id,
            },
            |client, params| {
                let DeleteOAuth2TokenParams { client_id } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::DELETE,
                        "/admin/oauth2/tokens",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "client_id",
                    client_id,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| DeleteOAuth2TokenError::Default {
                                    status,
                                    body,
                                },
                                DeleteOAuth2TokenError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_o_auth2_token`], kept in its [`Call`] until it is awaited.
pub struct DeleteOAuth2TokenParams<'a> {
    client_id: &'a str,
}
/// Error responses of [`Client::delete_o_auth2_token`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteOAuth2TokenError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteOAuth2TokenError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteOAuth2Token", status, message)
    }
}
impl ::std::error::Error for DeleteOAuth2TokenError {}

impl Client {
    /// List Trusted OAuth2 JWT Bearer Grant Type Issuers
    ///
    /// Use this endpoint to list all trusted JWT Bearer Grant Type Issuers.
    ///
    /// `GET /admin/trust/grants/jwt-bearer/issuers` (operation `listTrustedOAuth2JwtGrantIssuers`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListTrustedOAuth2JwtGrantIssuersParams`\]).
    pub fn list_trusted_o_auth2_jwt_grant_issuers(
        &self,
    ) -> Call<
        '_,
        ListTrustedOAuth2JwtGrantIssuersParams<'_>,
        crate::models::TrustedOAuth2JwtGrantIssuers,
        ListTrustedOAuth2JwtGrantIssuersError,
    > {
        const OPERATION: Operation = Operation {
            id: "listTrustedOAuth2JwtGrantIssuers",
            method: "GET",
            path: "/admin/trust/grants/jwt-bearer/issuers",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            ListTrustedOAuth2JwtGrantIssuersParams {
                max_items: None,
                default_items: None,
                issuer: None,
            },
            |client, params| {
                let ListTrustedOAuth2JwtGrantIssuersParams {
                    max_items,
                    default_items,
                    issuer,
                } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/admin/trust/grants/jwt-bearer/issuers",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "MaxItems",
                    &max_items,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "DefaultItems",
                    &default_items,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "issuer",
                    &issuer,
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
                                |body| ListTrustedOAuth2JwtGrantIssuersError::Default {
                                    status,
                                    body,
                                },
                                ListTrustedOAuth2JwtGrantIssuersError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_trusted_o_auth2_jwt_grant_issuers`], kept in its [`Call`] until it is awaited.
pub struct ListTrustedOAuth2JwtGrantIssuersParams<'a> {
    max_items: ::std::option::Option<i64>,
    default_items: ::std::option::Option<i64>,
    issuer: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListTrustedOAuth2JwtGrantIssuersParams<'a>, T, E> {
    /// * `max_items`: query parameter `MaxItems`
    pub fn max_items(mut self, max_items: i64) -> Self {
        self.params.max_items = Some(max_items);
        self
    }
    /// * `default_items`: query parameter `DefaultItems`
    pub fn default_items(mut self, default_items: i64) -> Self {
        self.params.default_items = Some(default_items);
        self
    }
    /// * `issuer`: query parameter `issuer`. If optional "issuer" is supplied, only jwt-bearer grants with this issuer will be returned.
    pub fn issuer(mut self, issuer: &'a str) -> Self {
        self.params.issuer = Some(issuer);
        self
    }
}
/// Error responses of [`Client::list_trusted_o_auth2_jwt_grant_issuers`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListTrustedOAuth2JwtGrantIssuersError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListTrustedOAuth2JwtGrantIssuersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(
            f,
            "listTrustedOAuth2JwtGrantIssuers",
            status,
            message,
        )
    }
}
impl ::std::error::Error for ListTrustedOAuth2JwtGrantIssuersError {}

impl Client {
    /// Trust OAuth2 JWT Bearer Grant Type Issuer
    ///
    /// Use this endpoint to establish a trust relationship for a JWT issuer
    /// to perform JSON Web Token (JWT) Profile for OAuth 2.0 Client Authentication
    /// and Authorization Grants [RFC7523](https://datatracker.ietf.org/doc/html/rfc7523).
    ///
    /// `POST /admin/trust/grants/jwt-bearer/issuers` (operation `trustOAuth2JwtGrantIssuer`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`TrustOAuth2JwtGrantIssuerParams`\]).
    pub fn trust_o_auth2_jwt_grant_issuer(
        &self,
    ) -> Call<
        '_,
        TrustOAuth2JwtGrantIssuerParams<'_>,
        crate::models::TrustedOAuth2JwtGrantIssuer,
        TrustOAuth2JwtGrantIssuerError,
    > {
        const OPERATION: Operation = Operation {
            id: "trustOAuth2JwtGrantIssuer",
            method: "POST",
            path: "/admin/trust/grants/jwt-bearer/issuers",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            TrustOAuth2JwtGrantIssuerParams {
                body: None,
            },
            |client, params| {
                let TrustOAuth2JwtGrantIssuerParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/admin/trust/grants/jwt-bearer/issuers",
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
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| TrustOAuth2JwtGrantIssuerError::Default {
                                    status,
                                    body,
                                },
                                TrustOAuth2JwtGrantIssuerError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::trust_o_auth2_jwt_grant_issuer`], kept in its [`Call`] until it is awaited.
pub struct TrustOAuth2JwtGrantIssuerParams<'a> {
    body: ::std::option::Option<&'a crate::models::TrustOAuth2JwtGrantIssuer>,
}
impl<'a, T, E> Call<'a, TrustOAuth2JwtGrantIssuerParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::TrustOAuth2JwtGrantIssuer) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::trust_o_auth2_jwt_grant_issuer`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum TrustOAuth2JwtGrantIssuerError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for TrustOAuth2JwtGrantIssuerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "trustOAuth2JwtGrantIssuer", status, message)
    }
}
impl ::std::error::Error for TrustOAuth2JwtGrantIssuerError {}

impl Client {
    /// Get Trusted OAuth2 JWT Bearer Grant Type Issuer
    ///
    /// Use this endpoint to get a trusted JWT Bearer Grant Type Issuer. The ID is the one returned when you
    /// created the trust relationship.
    ///
    /// `GET /admin/trust/grants/jwt-bearer/issuers/{id}` (operation `getTrustedOAuth2JwtGrantIssuer`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. The id of the desired grant
    pub fn get_trusted_o_auth2_jwt_grant_issuer<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        GetTrustedOAuth2JwtGrantIssuerParams<'a>,
        crate::models::TrustedOAuth2JwtGrantIssuer,
        GetTrustedOAuth2JwtGrantIssuerError,
    > {
        const OPERATION: Operation = Operation {
            id: "getTrustedOAuth2JwtGrantIssuer",
            method: "GET",
            path: "/admin/trust/grants/jwt-bearer/issuers/{id}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetTrustedOAuth2JwtGrantIssuerParams {
                id,
            },
            |client, params| {
                let GetTrustedOAuth2JwtGrantIssuerParams { id } = params;
                let path = format!(
                    "/admin/trust/grants/jwt-bearer/issuers/{}",
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
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetTrustedOAuth2JwtGrantIssuerError::Default {
                                    status,
                                    body,
                                },
                                GetTrustedOAuth2JwtGrantIssuerError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_trusted_o_auth2_jwt_grant_issuer`], kept in its [`Call`] until it is awaited.
pub struct GetTrustedOAuth2JwtGrantIssuerParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::get_trusted_o_auth2_jwt_grant_issuer`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetTrustedOAuth2JwtGrantIssuerError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetTrustedOAuth2JwtGrantIssuerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(
            f,
            "getTrustedOAuth2JwtGrantIssuer",
            status,
            message,
        )
    }
}
impl ::std::error::Error for GetTrustedOAuth2JwtGrantIssuerError {}

impl Client {
    /// Delete Trusted OAuth2 JWT Bearer Grant Type Issuer
    ///
    /// Use this endpoint to delete trusted JWT Bearer Grant Type Issuer. The ID is the one returned when you
    /// created the trust relationship.
    ///
    /// Once deleted, the associated issuer will no longer be able to perform the JSON Web Token (JWT) Profile
    /// for OAuth 2.0 Client Authentication and Authorization Grant.
    ///
    /// `DELETE /admin/trust/grants/jwt-bearer/issuers/{id}` (operation `deleteTrustedOAuth2JwtGrantIssuer`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. The id of the desired grant
    pub fn delete_trusted_o_auth2_jwt_grant_issuer<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        DeleteTrustedOAuth2JwtGrantIssuerParams<'a>,
        (),
        DeleteTrustedOAuth2JwtGrantIssuerError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteTrustedOAuth2JwtGrantIssuer",
            method: "DELETE",
            path: "/admin/trust/grants/jwt-bearer/issuers/{id}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteTrustedOAuth2JwtGrantIssuerParams {
                id,
            },
            |client, params| {
                let DeleteTrustedOAuth2JwtGrantIssuerParams { id } = params;
                let path = format!(
                    "/admin/trust/grants/jwt-bearer/issuers/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| DeleteTrustedOAuth2JwtGrantIssuerError::Default {
                                    status,
                                    body,
                                },
                                DeleteTrustedOAuth2JwtGrantIssuerError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_trusted_o_auth2_jwt_grant_issuer`], kept in its [`Call`] until it is awaited.
pub struct DeleteTrustedOAuth2JwtGrantIssuerParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::delete_trusted_o_auth2_jwt_grant_issuer`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteTrustedOAuth2JwtGrantIssuerError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteTrustedOAuth2JwtGrantIssuerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(
            f,
            "deleteTrustedOAuth2JwtGrantIssuer",
            status,
            message,
        )
    }
}
impl ::std::error::Error for DeleteTrustedOAuth2JwtGrantIssuerError {}

impl Client {
    /// OAuth 2.0 Authorize Endpoint
    ///
    /// Use open source libraries to perform OAuth 2.0 and OpenID Connect
    /// available for any programming language. You can find a list of libraries at <https://oauth.net/code/>
    ///
    /// The Ory SDK is not yet able to this endpoint properly.
    ///
    /// `GET /oauth2/auth` (operation `oAuth2Authorize`)
    pub fn o_auth2_authorize(&self) -> Call<'_, (), (), OAuth2AuthorizeError> {
        const OPERATION: Operation = Operation {
            id: "oAuth2Authorize",
            method: "GET",
            path: "/oauth2/auth",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/oauth2/auth");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                301 | 302 | 303 | 307 | 308 => Ok(received.value(())),
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| OAuth2AuthorizeError::Default {
                                    status,
                                    body,
                                },
                                OAuth2AuthorizeError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::o_auth2_authorize`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OAuth2AuthorizeError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for OAuth2AuthorizeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "oAuth2Authorize", status, message)
    }
}
impl ::std::error::Error for OAuth2AuthorizeError {}

impl Client {
    /// Revoke OAuth 2.0 Access or Refresh Token
    ///
    /// Revoking a token (both access and refresh) means that the tokens will be invalid. A revoked access token can no
    /// longer be used to make access requests, and a revoked refresh token can no longer be used to refresh an access token.
    /// Revoking a refresh token also invalidates the access token that was created with it. A token may only be revoked by
    /// the client the token was generated for.
    ///
    /// `POST /oauth2/revoke` (operation `revokeOAuth2Token`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`RevokeOAuth2TokenParams`\]).
    pub fn revoke_o_auth2_token(
        &self,
    ) -> Call<'_, RevokeOAuth2TokenParams<'_>, (), RevokeOAuth2TokenError> {
        const OPERATION: Operation = Operation {
            id: "revokeOAuth2Token",
            method: "POST",
            path: "/oauth2/revoke",
            idempotent: false,
            servers: &[],
            security: &[&["basic"], &["oauth2"]],
        };
        Call::new(
            self,
            &OPERATION,
            RevokeOAuth2TokenParams {
                body: None,
            },
            |client, params| {
                let RevokeOAuth2TokenParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/oauth2/revoke");
                if let Some(body) = body {
                    request = request.form(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| RevokeOAuth2TokenError::Default {
                                    status,
                                    body,
                                },
                                RevokeOAuth2TokenError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::revoke_o_auth2_token`], kept in its [`Call`] until it is awaited.
pub struct RevokeOAuth2TokenParams<'a> {
    body: ::std::option::Option<&'a crate::models::RevokeOAuth2TokenBody>,
}
impl<'a, T, E> Call<'a, RevokeOAuth2TokenParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/x-www-form-urlencoded`
    pub fn body(mut self, body: &'a crate::models::RevokeOAuth2TokenBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::revoke_o_auth2_token`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RevokeOAuth2TokenError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RevokeOAuth2TokenError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "revokeOAuth2Token", status, message)
    }
}
impl ::std::error::Error for RevokeOAuth2TokenError {}

impl Client {
    /// The OAuth 2.0 Token Endpoint
    ///
    /// Use open source libraries to perform OAuth 2.0 and OpenID Connect
    /// available for any programming language. You can find a list of libraries here <https://oauth.net/code/>
    ///
    /// The Ory SDK is not yet able to this endpoint properly.
    ///
    /// `POST /oauth2/token` (operation `oauth2TokenExchange`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`Oauth2TokenExchangeParams`\]).
    pub fn oauth2_token_exchange(
        &self,
    ) -> Call<
        '_,
        Oauth2TokenExchangeParams<'_>,
        crate::models::OAuth2TokenExchange,
        Oauth2TokenExchangeError,
    > {
        const OPERATION: Operation = Operation {
            id: "oauth2TokenExchange",
            method: "POST",
            path: "/oauth2/token",
            idempotent: false,
            servers: &[],
            security: &[&["basic"], &["oauth2"]],
        };
        Call::new(
            self,
            &OPERATION,
            Oauth2TokenExchangeParams {
                body: None,
            },
            |client, params| {
                let Oauth2TokenExchangeParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/oauth2/token");
                if let Some(body) = body {
                    request = request.form(body);
                }
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
                                |body| Oauth2TokenExchangeError::Default {
                                    status,
                                    body,
                                },
                                Oauth2TokenExchangeError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::oauth2_token_exchange`], kept in its [`Call`] until it is awaited.
pub struct Oauth2TokenExchangeParams<'a> {
    body: ::std::option::Option<&'a crate::models::Oauth2TokenExchangeBody>,
}
impl<'a, T, E> Call<'a, Oauth2TokenExchangeParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/x-www-form-urlencoded`
    pub fn body(mut self, body: &'a crate::models::Oauth2TokenExchangeBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::oauth2_token_exchange`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Oauth2TokenExchangeError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for Oauth2TokenExchangeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "oauth2TokenExchange", status, message)
    }
}
impl ::std::error::Error for Oauth2TokenExchangeError {}
