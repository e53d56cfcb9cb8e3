//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /things` (operation `listThings`)
    pub fn list_things(&self) -> Call<'_, crate::models::Echo, ListThingsError> {
        const OPERATION: Operation = Operation {
            id: "listThings",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/things");
        self.call(
            &OPERATION,
            request,
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
pub enum ListThingsError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `GET /.well-known/config` (operation `rootConfig`)
    pub fn root_config(&self) -> Call<'_, crate::models::Echo, RootConfigError> {
        const OPERATION: Operation = Operation {
            id: "rootConfig",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "/",
                    variables: &[],
                },
            ],
            security: &[],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/.well-known/config");
        self.call(
            &OPERATION,
            request,
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
pub enum RootConfigError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `GET /elsewhere` (operation `elsewhere`)
    pub fn elsewhere(&self) -> Call<'_, crate::models::Echo, ElsewhereError> {
        const OPERATION: Operation = Operation {
            id: "elsewhere",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "http://127.0.0.1:9/other",
                    variables: &[],
                },
            ],
            security: &[],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/elsewhere");
        self.call(
            &OPERATION,
            request,
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
pub enum ElsewhereError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `GET /retry/{key}` (operation `retryGet`)
    ///
    /// # Arguments
    ///
    /// * `key`: path parameter `key`
    pub fn retry_get(&self, key: &str) -> Call<'_, crate::models::Echo, RetryGetError> {
        const OPERATION: Operation = Operation {
            id: "retryGet",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/retry/{}",
            crate::runtime::path_param("key", key, Style::Simple, false),
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
                _ => Err(Error::Status(RetryGetError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::retry_get`].
#[derive(Debug, Clone, PartialEq)]
pub enum RetryGetError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `POST /retry/{key}` (operation `retryPost`)
    ///
    /// # Arguments
    ///
    /// * `key`: path parameter `key`
    pub fn retry_post(
        &self,
        key: &str,
    ) -> Call<'_, crate::models::Echo, RetryPostError> {
        const OPERATION: Operation = Operation {
            id: "retryPost",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/retry/{}",
            crate::runtime::path_param("key", key, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::retry_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum RetryPostError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
