//! Operations of the `Public URLs` API.
//!
//! Configure public URLs for frontend application and connector callbacks.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Get frontend public URL
    ///
    /// Get frontend public URL.
    ///
    /// `GET /configurationManager/frontendPublicUrl` (operation `getFrontendPublicUrl`)
    pub fn get_frontend_public_url(
        &self,
    ) -> Call<'_, (), crate::models::UrlConfig, GetFrontendPublicUrlError> {
        const OPERATION: Operation = Operation {
            id: "getFrontendPublicUrl",
            method: "GET",
            path: "/configurationManager/frontendPublicUrl",
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
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/configurationManager/frontendPublicUrl",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetFrontendPublicUrlError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetFrontendPublicUrlError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_frontend_public_url`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFrontendPublicUrlError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetFrontendPublicUrlError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getFrontendPublicUrl", status, message)
    }
}
impl ::std::error::Error for GetFrontendPublicUrlError {}

impl Client {
    /// Set frontend public URL
    ///
    /// Configure the public URL where the frontend application is accessible. Used for OAuth redirects and email links.
    ///
    /// `POST /configurationManager/frontendPublicUrl` (operation `setFrontendPublicUrl`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Set frontend public URL
    pub fn set_frontend_public_url<'a>(
        &'a self,
        body: &'a crate::models::UrlConfig,
    ) -> Call<'a, SetFrontendPublicUrlParams<'a>, (), SetFrontendPublicUrlError> {
        const OPERATION: Operation = Operation {
            id: "setFrontendPublicUrl",
            method: "POST",
            path: "/configurationManager/frontendPublicUrl",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetFrontendPublicUrlParams { body },
            |client, params| {
                let SetFrontendPublicUrlParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/frontendPublicUrl",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(SetFrontendPublicUrlError::BadRequest)),
                401 => Err(Error::Status(SetFrontendPublicUrlError::Unauthorized)),
                403 => Err(Error::Status(SetFrontendPublicUrlError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetFrontendPublicUrlError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_frontend_public_url`], kept in its [`Call`] until it is awaited.
pub struct SetFrontendPublicUrlParams<'a> {
    body: &'a crate::models::UrlConfig,
}
/// Error responses of [`Client::set_frontend_public_url`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetFrontendPublicUrlError {
    /// Status `400`: Invalid URL
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetFrontendPublicUrlError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setFrontendPublicUrl", status, message)
    }
}
impl ::std::error::Error for SetFrontendPublicUrlError {}

impl Client {
    /// Get connector public URL
    ///
    /// Get connector public URL.
    ///
    /// `GET /configurationManager/connectorPublicUrl` (operation `getConnectorPublicUrl`)
    pub fn get_connector_public_url(
        &self,
    ) -> Call<'_, (), crate::models::UrlConfig, GetConnectorPublicUrlError> {
        const OPERATION: Operation = Operation {
            id: "getConnectorPublicUrl",
            method: "GET",
            path: "/configurationManager/connectorPublicUrl",
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
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/configurationManager/connectorPublicUrl",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetConnectorPublicUrlError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetConnectorPublicUrlError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_connector_public_url`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetConnectorPublicUrlError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetConnectorPublicUrlError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getConnectorPublicUrl", status, message)
    }
}
impl ::std::error::Error for GetConnectorPublicUrlError {}

impl Client {
    /// Set connector public URL
    ///
    /// Configure the public URL for connector OAuth callbacks.
    ///
    /// `POST /configurationManager/connectorPublicUrl` (operation `setConnectorPublicUrl`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Set connector public URL
    pub fn set_connector_public_url<'a>(
        &'a self,
        body: &'a crate::models::UrlConfig,
    ) -> Call<'a, SetConnectorPublicUrlParams<'a>, (), SetConnectorPublicUrlError> {
        const OPERATION: Operation = Operation {
            id: "setConnectorPublicUrl",
            method: "POST",
            path: "/configurationManager/connectorPublicUrl",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SetConnectorPublicUrlParams {
                body,
            },
            |client, params| {
                let SetConnectorPublicUrlParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/connectorPublicUrl",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(SetConnectorPublicUrlError::BadRequest)),
                401 => Err(Error::Status(SetConnectorPublicUrlError::Unauthorized)),
                403 => Err(Error::Status(SetConnectorPublicUrlError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            SetConnectorPublicUrlError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::set_connector_public_url`], kept in its [`Call`] until it is awaited.
pub struct SetConnectorPublicUrlParams<'a> {
    body: &'a crate::models::UrlConfig,
}
/// Error responses of [`Client::set_connector_public_url`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SetConnectorPublicUrlError {
    /// Status `400`: Invalid URL
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SetConnectorPublicUrlError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "setConnectorPublicUrl", status, message)
    }
}
impl ::std::error::Error for SetConnectorPublicUrlError {}
