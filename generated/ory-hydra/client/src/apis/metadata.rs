//! Operations of the `metadata` API.
//!
//! Service Metadata
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Check HTTP Server Status
    ///
    /// This endpoint returns a HTTP 200 status code when Ory Hydra is accepting incoming
    /// HTTP requests. This status does currently not include checks whether the database connection is working.
    ///
    /// If the service supports TLS Edge Termination, this endpoint does not require the
    /// `X-Forwarded-Proto` header to be set.
    ///
    /// Be aware that if you are running multiple nodes of this service, the health status will never
    /// refer to the cluster state, only to a single instance.
    ///
    /// `GET /health/alive` (operation `isAlive`)
    pub fn is_alive(&self) -> Call<'_, crate::models::HealthStatus, IsAliveError> {
        const OPERATION: Operation = Operation {
            id: "isAlive",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/health/alive");
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                500 => {
                    Err(
                        Error::Status(
                            IsAliveError::InternalServerError(received.json()?),
                        ),
                    )
                }
                _ => Err(Error::Status(IsAliveError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::is_alive`].
#[derive(Debug, Clone, PartialEq)]
pub enum IsAliveError {
    /// Status `500`: genericError
    InternalServerError(crate::models::GenericError),
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Check HTTP Server and Database Status
    ///
    /// This endpoint returns a HTTP 200 status code when Ory Hydra is up running and the environment dependencies (e.g.
    /// the database) are responsive as well.
    ///
    /// If the service supports TLS Edge Termination, this endpoint does not require the
    /// `X-Forwarded-Proto` header to be set.
    ///
    /// Be aware that if you are running multiple nodes of Ory Hydra, the health status will never
    /// refer to the cluster state, only to a single instance.
    ///
    /// `GET /health/ready` (operation `isReady`)
    pub fn is_ready(&self) -> Call<'_, crate::models::IsReadyResponse, IsReadyError> {
        const OPERATION: Operation = Operation {
            id: "isReady",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/health/ready");
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                503 => {
                    Err(
                        Error::Status(IsReadyError::ServiceUnavailable(received.json()?)),
                    )
                }
                _ => Err(Error::Status(IsReadyError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::is_ready`].
#[derive(Debug, Clone, PartialEq)]
pub enum IsReadyError {
    /// Status `503`: Ory Kratos is not yet ready to accept requests.
    ServiceUnavailable(crate::models::IsReadyResponse503),
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Return Running Software Version.
    ///
    /// This endpoint returns the version of Ory Hydra.
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
    ) -> Call<'_, crate::models::GetVersionResponse, GetVersionError> {
        const OPERATION: Operation = Operation {
            id: "getVersion",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/version");
        self.call(
            &OPERATION,
            request,
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
pub enum GetVersionError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
