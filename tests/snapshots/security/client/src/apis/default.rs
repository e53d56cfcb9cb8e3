//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /global` (operation `usesGlobal`)
    pub fn uses_global(&self) -> Call<'_, (), crate::models::Echo, UsesGlobalError> {
        const OPERATION: Operation = Operation {
            id: "usesGlobal",
            method: "GET",
            path: "/global",
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
                    .request(&OPERATION, ::reqwest::Method::GET, "/global");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(UsesGlobalError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::uses_global`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UsesGlobalError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UsesGlobalError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for UsesGlobalError {}

impl Client {
    /// `GET /public` (operation `optsOut`)
    pub fn opts_out(&self) -> Call<'_, (), crate::models::Echo, OptsOutError> {
        const OPERATION: Operation = Operation {
            id: "optsOut",
            method: "GET",
            path: "/public",
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
                    .request(&OPERATION, ::reqwest::Method::GET, "/public");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(OptsOutError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::opts_out`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OptsOutError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for OptsOutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for OptsOutError {}

impl Client {
    /// `POST /basic-or-oauth2` (operation `basicOrOauth2`)
    pub fn basic_or_oauth2(
        &self,
    ) -> Call<'_, (), crate::models::Echo, BasicOrOauth2Error> {
        const OPERATION: Operation = Operation {
            id: "basicOrOauth2",
            method: "POST",
            path: "/basic-or-oauth2",
            idempotent: false,
            servers: &[],
            security: &[&["basicAuth"], &["oauth2"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/basic-or-oauth2");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(BasicOrOauth2Error::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::basic_or_oauth2`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum BasicOrOauth2Error {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for BasicOrOauth2Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for BasicOrOauth2Error {}

impl Client {
    /// `GET /oauth2-only` (operation `oauth2Only`)
    pub fn oauth2_only(&self) -> Call<'_, (), crate::models::Echo, Oauth2OnlyError> {
        const OPERATION: Operation = Operation {
            id: "oauth2Only",
            method: "GET",
            path: "/oauth2-only",
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
                    .request(&OPERATION, ::reqwest::Method::GET, "/oauth2-only");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(Oauth2OnlyError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::oauth2_only`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Oauth2OnlyError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for Oauth2OnlyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for Oauth2OnlyError {}

impl Client {
    /// `GET /keys` (operation `allKeys`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`AllKeysParams`\]).
    pub fn all_keys(
        &self,
    ) -> Call<'_, AllKeysParams<'_>, crate::models::Echo, AllKeysError> {
        const OPERATION: Operation = Operation {
            id: "allKeys",
            method: "GET",
            path: "/keys",
            idempotent: true,
            servers: &[],
            security: &[&["cookieKey", "headerKey", "queryKey"]],
        };
        Call::new(
            self,
            &OPERATION,
            AllKeysParams { session: None },
            |client, params| {
                let AllKeysParams { session } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/keys");
                let mut cookies: ::std::vec::Vec<
                    (::std::string::String, ::std::string::String),
                > = ::std::vec::Vec::new();
                if let Some(value) = &session {
                    cookies
                        .push((
                            "session".to_string(),
                            crate::runtime::simple_text(value),
                        ));
                }
                request = crate::runtime::cookies(request, &cookies);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(AllKeysError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::all_keys`], kept in its [`Call`] until it is awaited.
pub struct AllKeysParams<'a> {
    session: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, AllKeysParams<'a>, T, E> {
    /// * `session`: cookie parameter `session`
    pub fn session(mut self, session: &'a str) -> Self {
        self.params.session = Some(session);
        self
    }
}
/// Error responses of [`Client::all_keys`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AllKeysError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AllKeysError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for AllKeysError {}

impl Client {
    /// `GET /anonymous-allowed` (operation `anonymousAllowed`)
    pub fn anonymous_allowed(
        &self,
    ) -> Call<'_, (), crate::models::Echo, AnonymousAllowedError> {
        const OPERATION: Operation = Operation {
            id: "anonymousAllowed",
            method: "GET",
            path: "/anonymous-allowed",
            idempotent: true,
            servers: &[],
            security: &[&["headerKey"], &[]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/anonymous-allowed");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(
                            AnonymousAllowedError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::anonymous_allowed`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AnonymousAllowedError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AnonymousAllowedError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for AnonymousAllowedError {}

impl Client {
    /// `GET /elsewhere` (operation `elsewhere`)
    pub fn elsewhere(&self) -> Call<'_, (), crate::models::Echo, ElsewhereError> {
        const OPERATION: Operation = Operation {
            id: "elsewhere",
            method: "GET",
            path: "/elsewhere",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "http://127.0.0.1:47319/elsewhere",
                    variables: &[],
                },
            ],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/elsewhere");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(ElsewhereError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::elsewhere`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ElsewhereError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ElsewhereError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for ElsewhereError {}
