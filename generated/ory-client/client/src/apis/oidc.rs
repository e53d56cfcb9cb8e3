//! Operations of the `oidc` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// OpenID Connect Discovery
    ///
    /// A mechanism for an OpenID Connect Relying Party to discover the End-User's OpenID Provider and obtain information needed to interact with it, including its OAuth 2.0 endpoint locations.
    ///
    /// Popular libraries for OpenID Connect clients include oidc-client-js (JavaScript), go-oidc (Golang), and others.
    /// For a full list of clients go here: <https://openid.net/developers/certified/>
    ///
    /// `GET /.well-known/openid-configuration` (operation `discoverOidcConfiguration`)
    pub fn discover_oidc_configuration(
        &self,
    ) -> Call<'_, (), crate::models::OidcConfiguration, DiscoverOidcConfigurationError> {
        const OPERATION: Operation = Operation {
            id: "discoverOidcConfiguration",
            method: "GET",
            path: "/.well-known/openid-configuration",
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
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/.well-known/openid-configuration",
                    );
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
                                |body| DiscoverOidcConfigurationError::Default {
                                    status,
                                    body,
                                },
                                DiscoverOidcConfigurationError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::discover_oidc_configuration`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DiscoverOidcConfigurationError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DiscoverOidcConfigurationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "discoverOidcConfiguration", status, message)
    }
}
impl ::std::error::Error for DiscoverOidcConfigurationError {}

impl Client {
    /// Register OAuth2 Client using OpenID Dynamic Client Registration
    ///
    /// This endpoint behaves like the administrative counterpart (`createOAuth2Client`) but is capable of facing the
    /// public internet directly and can be used in self-service. It implements the OpenID Connect
    /// Dynamic Client Registration Protocol. This feature needs to be enabled in the configuration. This endpoint
    /// is disabled by default. It can be enabled by an administrator.
    ///
    /// Please note that using this endpoint you are not able to choose the `client_secret` nor the `client_id` as those
    /// values will be server generated when specifying `token_endpoint_auth_method` as `client_secret_basic` or
    /// `client_secret_post`.
    ///
    /// The `client_secret` will be returned in the response and you will not be able to retrieve it later on.
    /// Write the secret down and keep it somewhere safe.
    ///
    /// `POST /oauth2/register` (operation `createOidcDynamicClient`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Dynamic Client Registration Request Body
    pub fn create_oidc_dynamic_client<'a>(
        &'a self,
        body: &'a crate::models::OAuth2Client,
    ) -> Call<
        'a,
        CreateOidcDynamicClientParams<'a>,
        crate::models::OAuth2Client,
        CreateOidcDynamicClientError,
    > {
        const OPERATION: Operation = Operation {
            id: "createOidcDynamicClient",
            method: "POST",
            path: "/oauth2/register",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateOidcDynamicClientParams {
                body,
            },
            |client, params| {
                let CreateOidcDynamicClientParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/oauth2/register");
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
                                CreateOidcDynamicClientError::BadRequest,
                                CreateOidcDynamicClientError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateOidcDynamicClientError::Default {
                                    status,
                                    body,
                                },
                                CreateOidcDynamicClientError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_oidc_dynamic_client`], kept in its [`Call`] until it is awaited.
pub struct CreateOidcDynamicClientParams<'a> {
    body: &'a crate::models::OAuth2Client,
}
/// Error responses of [`Client::create_oidc_dynamic_client`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateOidcDynamicClientError {
    /// Status `400`: Bad Request Error Response
    BadRequest(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateOidcDynamicClientError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createOidcDynamicClient", status, message)
    }
}
impl ::std::error::Error for CreateOidcDynamicClientError {}

impl Client {
    /// Get OAuth2 Client using OpenID Dynamic Client Registration
    ///
    /// This endpoint behaves like the administrative counterpart (`getOAuth2Client`) but is capable of facing the
    /// public internet directly and can be used in self-service. It implements the OpenID Connect
    /// Dynamic Client Registration Protocol.
    ///
    /// To use this endpoint, you will need to present the client's authentication credentials. If the OAuth2 Client
    /// uses the Token Endpoint Authentication Method `client_secret_post`, you need to present the client secret in the URL query.
    /// If it uses `client_secret_basic`, present the Client ID and the Client Secret in the Authorization header.
    ///
    /// `GET /oauth2/register/{id}` (operation `getOidcDynamicClient`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. The id of the OAuth 2.0 Client.
    pub fn get_oidc_dynamic_client<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        GetOidcDynamicClientParams<'a>,
        crate::models::OAuth2Client,
        GetOidcDynamicClientError,
    > {
        const OPERATION: Operation = Operation {
            id: "getOidcDynamicClient",
            method: "GET",
            path: "/oauth2/register/{id}",
            idempotent: true,
            servers: &[],
            security: &[&["bearer"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetOidcDynamicClientParams { id },
            |client, params| {
                let GetOidcDynamicClientParams { id } = params;
                let path = format!(
                    "/oauth2/register/{}",
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
                                |body| GetOidcDynamicClientError::Default {
                                    status,
                                    body,
                                },
                                GetOidcDynamicClientError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_oidc_dynamic_client`], kept in its [`Call`] until it is awaited.
pub struct GetOidcDynamicClientParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::get_oidc_dynamic_client`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOidcDynamicClientError {
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOidcDynamicClientError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOidcDynamicClient", status, message)
    }
}
impl ::std::error::Error for GetOidcDynamicClientError {}

impl Client {
    /// Set OAuth2 Client using OpenID Dynamic Client Registration
    ///
    /// This endpoint behaves like the administrative counterpart (`setOAuth2Client`) but is capable of facing the
    /// public internet directly to be used by third parties. It implements the OpenID Connect
    /// Dynamic Client Registration Protocol.
    ///
    /// This feature is disabled per default. It can be enabled by a system administrator.
    ///
    /// If you pass `client_secret` the secret is used, otherwise the existing secret is used. If set, the secret is echoed in the response.
    /// It is not possible to retrieve it later on.
    ///
    /// To use this endpoint, you will need to present the client's authentication credentials. If the OAuth2 Client
    /// uses the Token Endpoint Authentication Method `client_secret_post`, you need to present the client secret in the URL query.
    /// If it uses `client_secret_basic`, present the Client ID and the Client Secret in the Authorization header.
    ///
    /// OAuth 2.0 clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// `PUT /oauth2/register/{id}` (operation `setOidcDynamicClient`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. OAuth 2.0 Client ID
    /// * `body`: request body, sent as `application/json`. OAuth 2.0 Client Request Body
    pub fn set_oidc_dynamic_client<'a>(
        &'a self,
        id: &'a str,
        body: &'a crate::models::OAuth2Client,
    ) -> Call<
        'a,
        SetOidcDynamicClientParams<'a>,
        crate::models::OAuth2Client,
        SetOidcDynamicClientError,
    > {
        const OPERATION: Operation = Operation {
            id: "setOidcDynamicClient",
            method: "PUT",
            path: "/oauth2/register/{id}",
            idempotent: true,
            servers: &[],
            security: &[&["bearer"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetOidcDynamicClientParams {
                id,
                body,
            },
            |client, params| {
                let SetOidcDynamicClientParams { id, body } = params;
                let path = format!(
                    "/oauth2/register/{}",
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
                404 => {
                    Err(
                        received
                            .error_json(
                                SetOidcDynamicClientError::NotFound,
                                SetOidcDynamicClientError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| SetOidcDynamicClientError::Default {
                                    status,
                                    body,
                                },
                                SetOidcDynamicClientError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_oidc_dynamic_client`], kept in its [`Call`] until it is awaited.
pub struct SetOidcDynamicClientParams<'a> {
    id: &'a str,
    body: &'a crate::models::OAuth2Client,
}
/// Error responses of [`Client::set_oidc_dynamic_client`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetOidcDynamicClientError {
    /// Status `404`: Not Found Error Response
    NotFound(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetOidcDynamicClientError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setOidcDynamicClient", status, message)
    }
}
impl ::std::error::Error for SetOidcDynamicClientError {}

impl Client {
    /// Delete OAuth 2.0 Client using the OpenID Dynamic Client Registration Management Protocol
    ///
    /// This endpoint behaves like the administrative counterpart (`deleteOAuth2Client`) but is capable of facing the
    /// public internet directly and can be used in self-service. It implements the OpenID Connect
    /// Dynamic Client Registration Protocol. This feature needs to be enabled in the configuration. This endpoint
    /// is disabled by default. It can be enabled by an administrator.
    ///
    /// To use this endpoint, you will need to present the client's authentication credentials. If the OAuth2 Client
    /// uses the Token Endpoint Authentication Method `client_secret_post`, you need to present the client secret in the URL query.
    /// If it uses `client_secret_basic`, present the Client ID and the Client Secret in the Authorization header.
    ///
    /// OAuth 2.0 clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
    /// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
    ///
    /// `DELETE /oauth2/register/{id}` (operation `deleteOidcDynamicClient`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. The id of the OAuth 2.0 Client.
    pub fn delete_oidc_dynamic_client<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<'a, DeleteOidcDynamicClientParams<'a>, (), DeleteOidcDynamicClientError> {
        const OPERATION: Operation = Operation {
            id: "deleteOidcDynamicClient",
            method: "DELETE",
            path: "/oauth2/register/{id}",
            idempotent: true,
            servers: &[],
            security: &[&["bearer"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteOidcDynamicClientParams {
                id,
            },
            |client, params| {
                let DeleteOidcDynamicClientParams { id } = params;
                let path = format!(
                    "/oauth2/register/{}",
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
                                |body| DeleteOidcDynamicClientError::Default {
                                    status,
                                    body,
                                },
                                DeleteOidcDynamicClientError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_oidc_dynamic_client`], kept in its [`Call`] until it is awaited.
pub struct DeleteOidcDynamicClientParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::delete_oidc_dynamic_client`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteOidcDynamicClientError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteOidcDynamicClientError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteOidcDynamicClient", status, message)
    }
}
impl ::std::error::Error for DeleteOidcDynamicClientError {}

impl Client {
    /// OpenID Connect Front- and Back-channel Enabled Logout
    ///
    /// This endpoint initiates and completes user logout at the Ory OAuth2 & OpenID provider and initiates OpenID Connect Front- / Back-channel logout:
    ///
    /// <https://openid.net/specs/openid-connect-frontchannel-1_0.html>
    /// <https://openid.net/specs/openid-connect-backchannel-1_0.html>
    ///
    /// Back-channel logout is performed asynchronously and does not affect logout flow.
    ///
    /// `GET /oauth2/sessions/logout` (operation `revokeOidcSession`)
    pub fn revoke_oidc_session(&self) -> Call<'_, (), (), RevokeOidcSessionError> {
        const OPERATION: Operation = Operation {
            id: "revokeOidcSession",
            method: "GET",
            path: "/oauth2/sessions/logout",
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
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/oauth2/sessions/logout",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                301 | 302 | 303 | 307 | 308 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(
                            RevokeOidcSessionError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::revoke_oidc_session`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RevokeOidcSessionError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RevokeOidcSessionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for RevokeOidcSessionError {}

impl Client {
    /// OpenID Connect Userinfo
    ///
    /// This endpoint returns the payload of the ID Token, including `session.id_token` values, of
    /// the provided OAuth 2.0 Access Token's consent request.
    ///
    /// In the case of authentication error, a WWW-Authenticate header might be set in the response
    /// with more information about the error. See [the spec](https://datatracker.ietf.org/doc/html/rfc6750#section-3)
    /// for more details about header format.
    ///
    /// `GET /userinfo` (operation `getOidcUserInfo`)
    pub fn get_oidc_user_info(
        &self,
    ) -> Call<'_, (), crate::models::OidcUserInfo, GetOidcUserInfoError> {
        const OPERATION: Operation = Operation {
            id: "getOidcUserInfo",
            method: "GET",
            path: "/userinfo",
            idempotent: true,
            servers: &[],
            security: &[&["oauth2"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/userinfo");
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
                                |body| GetOidcUserInfoError::Default {
                                    status,
                                    body,
                                },
                                GetOidcUserInfoError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_oidc_user_info`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOidcUserInfoError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetOidcUserInfoError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getOidcUserInfo", status, message)
    }
}
impl ::std::error::Error for GetOidcUserInfoError {}
