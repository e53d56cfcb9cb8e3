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
    ) -> Call<'_, crate::models::UrlConfig, GetFrontendPublicUrlError> {
        const OPERATION: Operation = Operation {
            id: "getFrontendPublicUrl",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/frontendPublicUrl",
            );
        self.call(
            &OPERATION,
            request,
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
pub enum GetFrontendPublicUrlError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn set_frontend_public_url(
        &self,
        body: &crate::models::UrlConfig,
    ) -> Call<'_, (), SetFrontendPublicUrlError> {
        const OPERATION: Operation = Operation {
            id: "setFrontendPublicUrl",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/configurationManager/frontendPublicUrl",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::set_frontend_public_url`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetFrontendPublicUrlError {
    /// Status `400`: Invalid URL
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get connector public URL
    ///
    /// Get connector public URL.
    ///
    /// `GET /configurationManager/connectorPublicUrl` (operation `getConnectorPublicUrl`)
    pub fn get_connector_public_url(
        &self,
    ) -> Call<'_, crate::models::UrlConfig, GetConnectorPublicUrlError> {
        const OPERATION: Operation = Operation {
            id: "getConnectorPublicUrl",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/connectorPublicUrl",
            );
        self.call(
            &OPERATION,
            request,
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
pub enum GetConnectorPublicUrlError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn set_connector_public_url(
        &self,
        body: &crate::models::UrlConfig,
    ) -> Call<'_, (), SetConnectorPublicUrlError> {
        const OPERATION: Operation = Operation {
            id: "setConnectorPublicUrl",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/configurationManager/connectorPublicUrl",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::set_connector_public_url`].
#[derive(Debug, Clone, PartialEq)]
pub enum SetConnectorPublicUrlError {
    /// Status `400`: Invalid URL
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
