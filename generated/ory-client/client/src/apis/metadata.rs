//! Operations of the `metadata` API.
//!
//! Server Metadata provides relevant information about the running server. Only available when self-hosting this service.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Check HTTP Server Status
    ///
    /// This endpoint returns a HTTP 200 status code when Ory Kratos is accepting incoming
    /// HTTP requests. This status does currently not include checks whether the database connection is working.
    ///
    /// If the service supports TLS Edge Termination, this endpoint does not require the
    /// `X-Forwarded-Proto` header to be set.
    ///
    /// Be aware that if you are running multiple nodes of this service, the health status will never
    /// refer to the cluster state, only to a single instance.
    ///
    /// `GET /health/alive` (operation `isAlive`)
    pub fn is_alive(&self) -> Call<'_, (), crate::models::HealthStatus, IsAliveError> {
        const OPERATION: Operation = Operation {
            id: "isAlive",
            method: "GET",
            path: "/health/alive",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/health/alive");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                500 => {
                    Err(
                        received
                            .error_json(
                                IsAliveError::InternalServerError,
                                IsAliveError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_text(
                                |body| IsAliveError::Default {
                                    status,
                                    body,
                                },
                                IsAliveError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::is_alive`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum IsAliveError {
    /// Status `500`: genericError
    InternalServerError(crate::models::GenericError),
    /// Status `default`: Unexpected error
    Default { status: StatusCode, body: ::std::string::String },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for IsAliveError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "isAlive", status, message)
    }
}
impl ::std::error::Error for IsAliveError {}

impl Client {
    /// Check HTTP Server and Database Status
    ///
    /// This endpoint returns a HTTP 200 status code when Ory Kratos is up running and the environment dependencies (e.g.
    /// the database) are responsive as well.
    ///
    /// If the service supports TLS Edge Termination, this endpoint does not require the
    /// `X-Forwarded-Proto` header to be set.
    ///
    /// Be aware that if you are running multiple nodes of Ory Kratos, the health status will never
    /// refer to the cluster state, only to a single instance.
    ///
    /// `GET /health/ready` (operation `isReady`)
    pub fn is_ready(
        &self,
    ) -> Call<'_, (), crate::models::IsReadyResponse, IsReadyError> {
        const OPERATION: Operation = Operation {
            id: "isReady",
            method: "GET",
            path: "/health/ready",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/health/ready");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                503 => {
                    Err(
                        received
                            .error_json(
                                IsReadyError::ServiceUnavailable,
                                IsReadyError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_text(
                                |body| IsReadyError::Default {
                                    status,
                                    body,
                                },
                                IsReadyError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::is_ready`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum IsReadyError {
    /// Status `503`: Ory Kratos is not yet ready to accept requests.
    ServiceUnavailable(crate::models::IsReadyResponse503),
    /// Status `default`: Unexpected error
    Default { status: StatusCode, body: ::std::string::String },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for IsReadyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::ServiceUnavailable(body) => (503, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "isReady", status, message)
    }
}
impl ::std::error::Error for IsReadyError {}

impl Client {
    /// Return Running Software Version.
    ///
    /// This endpoint returns the version of Ory Kratos.
    ///
    /// If the service supports TLS Edge Termination, this endpoint does not require the
    /// `X-Forwarded-Proto` header to be set.
    ///
    /// Be aware that if you are running multiple nodes of this service, the version will never
    /// refer to the cluster state, only to a single instance.
    ///
    /// `GET /version` (operation `getVersion`)
    pub fn get_version(
        &self,
    ) -> Call<'_, (), crate::models::GetVersionResponse, GetVersionError> {
        const OPERATION: Operation = Operation {
            id: "getVersion",
            method: "GET",
            path: "/version",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/version");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(GetVersionError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::get_version`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetVersionError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetVersionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetVersionError {}
