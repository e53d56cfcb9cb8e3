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
    /// # Arguments
    ///
    /// * `limit`: query parameter `limit`
    pub fn get_a(
        &self,
        limit: ::std::option::Option<crate::models::Limit>,
    ) -> Call<'_, crate::models::GetAResponse, GetAError> {
        const OPERATION: Operation = Operation {
            id: "getA",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, "/a");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                404 => Err(Error::Status(GetAError::NotFound(received.text()?))),
                _ => Err(Error::Status(GetAError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::get_a`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetAError {
    /// Status `404`: A media type with parameters, referred to below with its space percent-encoded.
    NotFound(::std::string::String),
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `GET /c` (operation `getC`)
    pub fn get_c(&self) -> Call<'_, ::std::string::String, GetCError> {
        const OPERATION: Operation = Operation {
            id: "getC",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/c");
        self.call(
            &OPERATION,
            request,
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
pub enum GetCError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `GET /b` (operation `getB`)
    ///
    /// # Arguments
    ///
    /// * `limit`: query parameter `limit`
    pub fn get_b(
        &self,
        limit: ::std::option::Option<crate::models::Limit>,
    ) -> Call<'_, crate::models::GetAResponse, GetBError> {
        const OPERATION: Operation = Operation {
            id: "getB",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, "/b");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_b`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetBError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
