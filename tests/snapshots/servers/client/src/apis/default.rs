//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /things` (operation `listThings`)
    pub fn list_things(&self) -> Call<'_, (), crate::models::Echo, ListThingsError> {
        const OPERATION: Operation = Operation {
            id: "listThings",
            method: "GET",
            path: "/things",
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
                    .request(&OPERATION, ::reqwest::Method::GET, "/things");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(ListThingsError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::list_things`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListThingsError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListThingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for ListThingsError {}

impl Client {
    /// `GET /.well-known/config` (operation `rootConfig`)
    pub fn root_config(&self) -> Call<'_, (), crate::models::Echo, RootConfigError> {
        const OPERATION: Operation = Operation {
            id: "rootConfig",
            method: "GET",
            path: "/.well-known/config",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "/",
                    variables: &[],
                },
            ],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/.well-known/config");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(RootConfigError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::root_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RootConfigError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RootConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for RootConfigError {}

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
                    url: "http://127.0.0.1:9/other",
                    variables: &[],
                },
            ],
            security: &[],
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

impl Client {
    /// `GET /retry/{key}` (operation `retryGet`)
    ///
    /// # Arguments
    ///
    /// * `key`: path parameter `key`
    pub fn retry_get<'a>(
        &'a self,
        key: &'a str,
    ) -> Call<'a, RetryGetParams<'a>, crate::models::Echo, RetryGetError> {
        const OPERATION: Operation = Operation {
            id: "retryGet",
            method: "GET",
            path: "/retry/{key}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            RetryGetParams { key },
            |client, params| {
                let RetryGetParams { key } = params;
                let path = format!(
                    "/retry/{}",
                    crate::runtime::path_param("key", key, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(RetryGetError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::retry_get`], kept in its [`Call`] until it is awaited.
pub struct RetryGetParams<'a> {
    key: &'a str,
}
/// Error responses of [`Client::retry_get`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RetryGetError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RetryGetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for RetryGetError {}

impl Client {
    /// `POST /retry/{key}` (operation `retryPost`)
    ///
    /// # Arguments
    ///
    /// * `key`: path parameter `key`
    pub fn retry_post<'a>(
        &'a self,
        key: &'a str,
    ) -> Call<'a, RetryPostParams<'a>, crate::models::Echo, RetryPostError> {
        const OPERATION: Operation = Operation {
            id: "retryPost",
            method: "POST",
            path: "/retry/{key}",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            RetryPostParams { key },
            |client, params| {
                let RetryPostParams { key } = params;
                let path = format!(
                    "/retry/{}",
                    crate::runtime::path_param("key", key, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::POST, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(RetryPostError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::retry_post`], kept in its [`Call`] until it is awaited.
pub struct RetryPostParams<'a> {
    key: &'a str,
}
/// Error responses of [`Client::retry_post`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RetryPostError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RetryPostError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for RetryPostError {}
