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
    /// For a full list of clients go here: https://openid.net/developers/certified/
    ///
    /// `GET /.well-known/openid-configuration` (operation `discoverOidcConfiguration`)
    pub fn discover_oidc_configuration(
        &self,
    ) -> Call<'_, crate::models::OidcConfiguration, DiscoverOidcConfigurationError> {
        const OPERATION: Operation = Operation {
            id: "discoverOidcConfiguration",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/.well-known/openid-configuration",
            );
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(DiscoverOidcConfigurationError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::discover_oidc_configuration`].
#[derive(Debug, Clone, PartialEq)]
pub enum DiscoverOidcConfigurationError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn create_oidc_dynamic_client(
        &self,
        body: &crate::models::OAuth2Client,
    ) -> Call<'_, crate::models::OAuth2Client, CreateOidcDynamicClientError> {
        const OPERATION: Operation = Operation {
            id: "createOidcDynamicClient",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/oauth2/register");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            CreateOidcDynamicClientError::BadRequest(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CreateOidcDynamicClientError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_oidc_dynamic_client`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOidcDynamicClientError {
    /// Status `400`: Bad Request Error Response
    BadRequest(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_oidc_dynamic_client(
        &self,
        id: &str,
    ) -> Call<'_, crate::models::OAuth2Client, GetOidcDynamicClientError> {
        const OPERATION: Operation = Operation {
            id: "getOidcDynamicClient",
            idempotent: true,
            servers: &[],
            security: &[&["bearer"]],
        };
        let path = format!(
            "/oauth2/register/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(GetOidcDynamicClientError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_oidc_dynamic_client`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetOidcDynamicClientError {
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn set_oidc_dynamic_client(
        &self,
        id: &str,
        body: &crate::models::OAuth2Client,
    ) -> Call<'_, crate::models::OAuth2Client, SetOidcDynamicClientError> {
        const OPERATION: Operation = Operation {
            id: "setOidcDynamicClient",
            idempotent: true,
            servers: &[],
            security: &[&["bearer"]],
        };
        let path = format!(
            "/oauth2/register/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                404 => {
                    Err(
                        Error::Status(
                            SetOidcDynamicClientError::NotFound(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(SetOidcDynamicClientError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::set_oidc_dynamic_client`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetOidcDynamicClientError {
    /// Status `404`: Not Found Error Response
    NotFound(crate::models::ErrorOAuth2),
    /// Status `default`: Default Error Response
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn delete_oidc_dynamic_client(
        &self,
        id: &str,
    ) -> Call<'_, (), DeleteOidcDynamicClientError> {
        const OPERATION: Operation = Operation {
            id: "deleteOidcDynamicClient",
            idempotent: true,
            servers: &[],
            security: &[&["bearer"]],
        };
        let path = format!(
            "/oauth2/register/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(DeleteOidcDynamicClientError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_oidc_dynamic_client`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOidcDynamicClientError {
    /// Status `default`: genericError
    Default { status: StatusCode, body: crate::models::GenericError },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// OpenID Connect Front- and Back-channel Enabled Logout
    ///
    /// This endpoint initiates and completes user logout at the Ory OAuth2 & OpenID provider and initiates OpenID Connect Front- / Back-channel logout:
    ///
    /// https://openid.net/specs/openid-connect-frontchannel-1_0.html
    /// https://openid.net/specs/openid-connect-backchannel-1_0.html
    ///
    /// Back-channel logout is performed asynchronously and does not affect logout flow.
    ///
    /// `GET /oauth2/sessions/logout` (operation `revokeOidcSession`)
    pub fn revoke_oidc_session(&self) -> Call<'_, (), RevokeOidcSessionError> {
        const OPERATION: Operation = Operation {
            id: "revokeOidcSession",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/oauth2/sessions/logout");
        self.call(
            &OPERATION,
            request,
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
pub enum RevokeOidcSessionError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    ) -> Call<'_, crate::models::OidcUserInfo, GetOidcUserInfoError> {
        const OPERATION: Operation = Operation {
            id: "getOidcUserInfo",
            idempotent: true,
            servers: &[],
            security: &[&["oauth2"]],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/userinfo");
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(GetOidcUserInfoError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_oidc_user_info`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetOidcUserInfoError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
