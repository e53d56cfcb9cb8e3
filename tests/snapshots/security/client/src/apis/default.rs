//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /global` (operation `usesGlobal`)
    pub fn uses_global(&self) -> Call<'_, crate::models::Echo, UsesGlobalError> {
        const OPERATION: Operation = Operation {
            id: "usesGlobal",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/global");
        self.call(
            &OPERATION,
            request,
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
pub enum UsesGlobalError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `GET /public` (operation `optsOut`)
    pub fn opts_out(&self) -> Call<'_, crate::models::Echo, OptsOutError> {
        const OPERATION: Operation = Operation {
            id: "optsOut",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/public");
        self.call(
            &OPERATION,
            request,
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
pub enum OptsOutError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `POST /basic-or-oauth2` (operation `basicOrOauth2`)
    pub fn basic_or_oauth2(&self) -> Call<'_, crate::models::Echo, BasicOrOauth2Error> {
        const OPERATION: Operation = Operation {
            id: "basicOrOauth2",
            idempotent: false,
            servers: &[],
            security: &[&["basicAuth"], &["oauth2"]],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/basic-or-oauth2");
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
                        Error::Status(BasicOrOauth2Error::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::basic_or_oauth2`].
#[derive(Debug, Clone, PartialEq)]
pub enum BasicOrOauth2Error {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `GET /oauth2-only` (operation `oauth2Only`)
    pub fn oauth2_only(&self) -> Call<'_, crate::models::Echo, Oauth2OnlyError> {
        const OPERATION: Operation = Operation {
            id: "oauth2Only",
            idempotent: true,
            servers: &[],
            security: &[&["oauth2"]],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/oauth2-only");
        self.call(
            &OPERATION,
            request,
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
pub enum Oauth2OnlyError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `GET /keys` (operation `allKeys`)
    ///
    /// # Arguments
    ///
    /// * `session`: cookie parameter `session`
    pub fn all_keys(
        &self,
        session: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::Echo, AllKeysError> {
        const OPERATION: Operation = Operation {
            id: "allKeys",
            idempotent: true,
            servers: &[],
            security: &[&["cookieKey", "headerKey", "queryKey"]],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, "/keys");
        let mut cookies: ::std::vec::Vec<
            (::std::string::String, ::std::string::String),
        > = ::std::vec::Vec::new();
        if let Some(value) = &session {
            cookies.push(("session".to_string(), crate::runtime::simple_text(value)));
        }
        request = crate::runtime::cookies(request, &cookies);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::all_keys`].
#[derive(Debug, Clone, PartialEq)]
pub enum AllKeysError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `GET /anonymous-allowed` (operation `anonymousAllowed`)
    pub fn anonymous_allowed(
        &self,
    ) -> Call<'_, crate::models::Echo, AnonymousAllowedError> {
        const OPERATION: Operation = Operation {
            id: "anonymousAllowed",
            idempotent: true,
            servers: &[],
            security: &[&["headerKey"], &[]],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/anonymous-allowed");
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
pub enum AnonymousAllowedError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
