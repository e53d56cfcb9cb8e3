//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /a` (operation `getA`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetAParams`\]).
    pub fn get_a(
        &self,
    ) -> Call<'_, GetAParams<'_>, crate::models::GetAResponse, GetAError> {
        const OPERATION: Operation = Operation {
            id: "getA",
            method: "GET",
            path: "/a",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetAParams {
                limit: None,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let GetAParams { limit, .. } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/a");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
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
                404 => Err(received.error_text(GetAError::NotFound, GetAError::Unknown)),
                _ => Err(Error::Status(GetAError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_a`], kept in its [`Call`] until it is awaited.
pub struct GetAParams<'a> {
    limit: ::std::option::Option<crate::models::Limit>,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
impl<'a, T, E> Call<'a, GetAParams<'a>, T, E> {
    /// * `limit`: query parameter `limit`
    pub fn limit(mut self, limit: crate::models::Limit) -> Self {
        self.params.limit = Some(limit);
        self
    }
}
/// Error responses of [`Client::get_a`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAError {
    /// Status `404`: A media type with parameters, referred to below with its space percent-encoded.
    NotFound(::std::string::String),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getA", status, message)
    }
}
impl ::std::error::Error for GetAError {}

impl Client {
    /// `GET /c` (operation `getC`)
    pub fn get_c(&self) -> Call<'_, (), ::std::string::String, GetCError> {
        const OPERATION: Operation = Operation {
            id: "getC",
            method: "GET",
            path: "/c",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client.request(&OPERATION, ::reqwest::Method::GET, "/c");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.text()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(GetCError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::get_c`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetCError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetCError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetCError {}

impl Client {
    /// `GET /b` (operation `getB`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetBParams`\]).
    pub fn get_b(
        &self,
    ) -> Call<'_, GetBParams<'_>, crate::models::GetAResponse, GetBError> {
        const OPERATION: Operation = Operation {
            id: "getB",
            method: "GET",
            path: "/b",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetBParams {
                limit: None,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let GetBParams { limit, .. } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/b");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
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
                _ => Err(Error::Status(GetBError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_b`], kept in its [`Call`] until it is awaited.
pub struct GetBParams<'a> {
    limit: ::std::option::Option<crate::models::Limit>,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
impl<'a, T, E> Call<'a, GetBParams<'a>, T, E> {
    /// * `limit`: query parameter `limit`
    pub fn limit(mut self, limit: crate::models::Limit) -> Self {
        self.params.limit = Some(limit);
        self
    }
}
/// Error responses of [`Client::get_b`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetBError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetBError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetBError {}
