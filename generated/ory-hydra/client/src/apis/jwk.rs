//! Operations of the `jwk` API.
//!
//! JSON Web Keys
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Retrieve a JSON Web Key Set
    ///
    /// This endpoint can be used to retrieve JWK Sets stored in ORY Hydra.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `GET /admin/keys/{set}` (operation `getJsonWebKeySet`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. JSON Web Key Set ID
    pub fn get_json_web_key_set<'a>(
        &'a self,
        set: &'a str,
    ) -> Call<
        'a,
        GetJsonWebKeySetParams<'a>,
        crate::models::JsonWebKeySet,
        GetJsonWebKeySetError,
    > {
        const OPERATION: Operation = Operation {
            id: "getJsonWebKeySet",
            method: "GET",
            path: "/admin/keys/{set}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetJsonWebKeySetParams { set },
            |client, params| {
                let GetJsonWebKeySetParams { set } = params;
                let path = format!(
                    "/admin/keys/{}",
                    crate::runtime::path_param("set", set, Style::Simple, false),
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
                                |body| GetJsonWebKeySetError::Default {
                                    status,
                                    body,
                                },
                                GetJsonWebKeySetError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_json_web_key_set`], kept in its [`Call`] until it is awaited.
pub struct GetJsonWebKeySetParams<'a> {
    set: &'a str,
}
/// Error responses of [`Client::get_json_web_key_set`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetJsonWebKeySetError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetJsonWebKeySetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getJsonWebKeySet", status, message)
    }
}
impl ::std::error::Error for GetJsonWebKeySetError {}

impl Client {
    /// Update a JSON Web Key Set
    ///
    /// Use this method if you do not want to let Hydra generate the JWKs for you, but instead save your own.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `PUT /admin/keys/{set}` (operation `setJsonWebKeySet`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. The JSON Web Key Set ID
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`SetJsonWebKeySetParams`\]).
    pub fn set_json_web_key_set<'a>(
        &'a self,
        set: &'a str,
    ) -> Call<
        'a,
        SetJsonWebKeySetParams<'a>,
        crate::models::JsonWebKeySet,
        SetJsonWebKeySetError,
    > {
        const OPERATION: Operation = Operation {
            id: "setJsonWebKeySet",
            method: "PUT",
            path: "/admin/keys/{set}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            SetJsonWebKeySetParams {
                set,
                body: None,
            },
            |client, params| {
                let SetJsonWebKeySetParams { set, body } = params;
                let path = format!(
                    "/admin/keys/{}",
                    crate::runtime::path_param("set", set, Style::Simple, false),
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
                                |body| SetJsonWebKeySetError::Default {
                                    status,
                                    body,
                                },
                                SetJsonWebKeySetError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_json_web_key_set`], kept in its [`Call`] until it is awaited.
pub struct SetJsonWebKeySetParams<'a> {
    set: &'a str,
    body: ::std::option::Option<&'a crate::models::JsonWebKeySet>,
}
impl<'a, T, E> Call<'a, SetJsonWebKeySetParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::JsonWebKeySet) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::set_json_web_key_set`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetJsonWebKeySetError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetJsonWebKeySetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setJsonWebKeySet", status, message)
    }
}
impl ::std::error::Error for SetJsonWebKeySetError {}

impl Client {
    /// Create JSON Web Key
    ///
    /// This endpoint is capable of generating JSON Web Key Sets for you. There a different strategies available, such as symmetric cryptographic keys (HS256, HS512) and asymetric cryptographic keys (RS256, ECDSA). If the specified JSON Web Key Set does not exist, it will be created.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `POST /admin/keys/{set}` (operation `createJsonWebKeySet`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. The JSON Web Key Set ID
    /// * `body`: request body, sent as `application/json`
    pub fn create_json_web_key_set<'a>(
        &'a self,
        set: &'a str,
        body: &'a crate::models::CreateJsonWebKeySet,
    ) -> Call<
        'a,
        CreateJsonWebKeySetParams<'a>,
        crate::models::JsonWebKeySet,
        CreateJsonWebKeySetError,
    > {
        const OPERATION: Operation = Operation {
            id: "createJsonWebKeySet",
            method: "POST",
            path: "/admin/keys/{set}",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateJsonWebKeySetParams {
                set,
                body,
            },
            |client, params| {
                let CreateJsonWebKeySetParams { set, body } = params;
                let path = format!(
                    "/admin/keys/{}",
                    crate::runtime::path_param("set", set, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, &path);
                request = request.json(body);
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
                                |body| CreateJsonWebKeySetError::Default {
                                    status,
                                    body,
                                },
                                CreateJsonWebKeySetError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_json_web_key_set`], kept in its [`Call`] until it is awaited.
pub struct CreateJsonWebKeySetParams<'a> {
    set: &'a str,
    body: &'a crate::models::CreateJsonWebKeySet,
}
/// Error responses of [`Client::create_json_web_key_set`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateJsonWebKeySetError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateJsonWebKeySetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createJsonWebKeySet", status, message)
    }
}
impl ::std::error::Error for CreateJsonWebKeySetError {}

impl Client {
    /// Delete JSON Web Key Set
    ///
    /// Use this endpoint to delete a complete JSON Web Key Set and all the keys in that set.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `DELETE /admin/keys/{set}` (operation `deleteJsonWebKeySet`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. The JSON Web Key Set
    pub fn delete_json_web_key_set<'a>(
        &'a self,
        set: &'a str,
    ) -> Call<'a, DeleteJsonWebKeySetParams<'a>, (), DeleteJsonWebKeySetError> {
        const OPERATION: Operation = Operation {
            id: "deleteJsonWebKeySet",
            method: "DELETE",
            path: "/admin/keys/{set}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteJsonWebKeySetParams { set },
            |client, params| {
                let DeleteJsonWebKeySetParams { set } = params;
                let path = format!(
                    "/admin/keys/{}",
                    crate::runtime::path_param("set", set, Style::Simple, false),
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
                                |body| DeleteJsonWebKeySetError::Default {
                                    status,
                                    body,
                                },
                                DeleteJsonWebKeySetError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_json_web_key_set`], kept in its [`Call`] until it is awaited.
pub struct DeleteJsonWebKeySetParams<'a> {
    set: &'a str,
}
/// Error responses of [`Client::delete_json_web_key_set`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteJsonWebKeySetError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteJsonWebKeySetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteJsonWebKeySet", status, message)
    }
}
impl ::std::error::Error for DeleteJsonWebKeySetError {}

impl Client {
    /// Get JSON Web Key
    ///
    /// This endpoint returns a singular JSON Web Key contained in a set. It is identified by the set and the specific key ID (kid).
    ///
    /// `GET /admin/keys/{set}/{kid}` (operation `getJsonWebKey`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. JSON Web Key Set ID
    /// * `kid`: path parameter `kid`. JSON Web Key ID
    pub fn get_json_web_key<'a>(
        &'a self,
        set: &'a str,
        kid: &'a str,
    ) -> Call<
        'a,
        GetJsonWebKeyParams<'a>,
        crate::models::JsonWebKeySet,
        GetJsonWebKeyError,
    > {
        const OPERATION: Operation = Operation {
            id: "getJsonWebKey",
            method: "GET",
            path: "/admin/keys/{set}/{kid}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetJsonWebKeyParams { set, kid },
            |client, params| {
                let GetJsonWebKeyParams { set, kid } = params;
                let path = format!(
                    "/admin/keys/{}/{}",
                    crate::runtime::path_param("set", set, Style::Simple, false),
                    crate::runtime::path_param("kid", kid, Style::Simple, false),
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
                                |body| GetJsonWebKeyError::Default {
                                    status,
                                    body,
                                },
                                GetJsonWebKeyError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_json_web_key`], kept in its [`Call`] until it is awaited.
pub struct GetJsonWebKeyParams<'a> {
    set: &'a str,
    kid: &'a str,
}
/// Error responses of [`Client::get_json_web_key`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetJsonWebKeyError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetJsonWebKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getJsonWebKey", status, message)
    }
}
impl ::std::error::Error for GetJsonWebKeyError {}

impl Client {
    /// Set JSON Web Key
    ///
    /// Use this method if you do not want to let Hydra generate the JWKs for you, but instead save your own.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens), and allows storing user-defined keys as well.
    ///
    /// `PUT /admin/keys/{set}/{kid}` (operation `setJsonWebKey`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. The JSON Web Key Set ID
    /// * `kid`: path parameter `kid`. JSON Web Key ID
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`SetJsonWebKeyParams`\]).
    pub fn set_json_web_key<'a>(
        &'a self,
        set: &'a str,
        kid: &'a str,
    ) -> Call<
        'a,
        SetJsonWebKeyParams<'a>,
        crate::models::JsonWebKey,
        SetJsonWebKeyError,
    > {
        const OPERATION: Operation = Operation {
            id: "setJsonWebKey",
            method: "PUT",
            path: "/admin/keys/{set}/{kid}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            SetJsonWebKeyParams {
                set,
                kid,
                body: None,
            },
            |client, params| {
                let SetJsonWebKeyParams { set, kid, body } = params;
                let path = format!(
                    "/admin/keys/{}/{}",
                    crate::runtime::path_param("set", set, Style::Simple, false),
                    crate::runtime::path_param("kid", kid, Style::Simple, false),
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
                                |body| SetJsonWebKeyError::Default {
                                    status,
                                    body,
                                },
                                SetJsonWebKeyError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_json_web_key`], kept in its [`Call`] until it is awaited.
pub struct SetJsonWebKeyParams<'a> {
    set: &'a str,
    kid: &'a str,
    body: ::std::option::Option<&'a crate::models::JsonWebKey>,
}
impl<'a, T, E> Call<'a, SetJsonWebKeyParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::JsonWebKey) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::set_json_web_key`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetJsonWebKeyError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetJsonWebKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setJsonWebKey", status, message)
    }
}
impl ::std::error::Error for SetJsonWebKeyError {}

impl Client {
    /// Delete JSON Web Key
    ///
    /// Use this endpoint to delete a single JSON Web Key.
    ///
    /// A JSON Web Key (JWK) is a JavaScript Object Notation (JSON) data structure that represents a cryptographic key. A
    /// JWK Set is a JSON data structure that represents a set of JWKs. A JSON Web Key is identified by its set and key id. ORY Hydra uses
    /// this functionality to store cryptographic keys used for TLS and JSON Web Tokens (such as OpenID Connect ID tokens),
    /// and allows storing user-defined keys as well.
    ///
    /// `DELETE /admin/keys/{set}/{kid}` (operation `deleteJsonWebKey`)
    ///
    /// # Arguments
    ///
    /// * `set`: path parameter `set`. The JSON Web Key Set
    /// * `kid`: path parameter `kid`. The JSON Web Key ID (kid)
    pub fn delete_json_web_key<'a>(
        &'a self,
        set: &'a str,
        kid: &'a str,
    ) -> Call<'a, DeleteJsonWebKeyParams<'a>, (), DeleteJsonWebKeyError> {
        const OPERATION: Operation = Operation {
            id: "deleteJsonWebKey",
            method: "DELETE",
            path: "/admin/keys/{set}/{kid}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteJsonWebKeyParams { set, kid },
            |client, params| {
                let DeleteJsonWebKeyParams { set, kid } = params;
                let path = format!(
                    "/admin/keys/{}/{}",
                    crate::runtime::path_param("set", set, Style::Simple, false),
                    crate::runtime::path_param("kid", kid, Style::Simple, false),
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
                                |body| DeleteJsonWebKeyError::Default {
                                    status,
                                    body,
                                },
                                DeleteJsonWebKeyError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_json_web_key`], kept in its [`Call`] until it is awaited.
pub struct DeleteJsonWebKeyParams<'a> {
    set: &'a str,
    kid: &'a str,
}
/// Error responses of [`Client::delete_json_web_key`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteJsonWebKeyError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteJsonWebKeyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteJsonWebKey", status, message)
    }
}
impl ::std::error::Error for DeleteJsonWebKeyError {}
