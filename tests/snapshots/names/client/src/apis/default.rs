//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /things` (operation `get-things`)
    pub fn get_things(&self) -> Call<'_, (), crate::models::T2things, GetThingsError> {
        const OPERATION: Operation = Operation {
            id: "get-things",
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
                _ => Err(Error::Status(GetThingsError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::get_things`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetThingsError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetThingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetThingsError {}

impl Client {
    /// `POST /things` (operation `post /things`)
    pub fn post_things(&self) -> Call<'_, (), (), PostThingsError> {
        const OPERATION: Operation = Operation {
            id: "post /things",
            method: "POST",
            path: "/things",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/things");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => Err(Error::Status(PostThingsError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::post_things`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PostThingsError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for PostThingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for PostThingsError {}
