//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// The server answers with the status in the path.
    ///
    /// `GET /respond/{status}` (operation `respond`)
    ///
    /// # Arguments
    ///
    /// * `status`: path parameter `status`
    pub fn respond(&self, status: i32) -> Call<'_, RespondResponse, RespondError> {
        const OPERATION: Operation = Operation {
            id: "respond",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/respond/{}",
            crate::runtime::path_param("status", &status, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(RespondResponse::Ok(body)))
                }
                202 => {
                    let body = received.json()?;
                    Ok(received.value(RespondResponse::Accepted(body)))
                }
                204 => Ok(received.value(RespondResponse::NoContent)),
                301 | 302 | 303 | 307 | 308 => {
                    Ok(received.value(RespondResponse::SeeOther))
                }
                404 => Err(Error::Status(RespondError::NotFound(received.json()?))),
                409 => Err(Error::Status(RespondError::Conflict)),
                500..=599 => {
                    Err(
                        Error::Status(RespondError::Status5XX {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
                _ => Err(Error::Status(RespondError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::respond`].
#[derive(Debug, Clone, PartialEq)]
pub enum RespondError {
    /// Status `404`: No such widget.
    NotFound(crate::models::Problem),
    /// Status `409`: Conflict
    Conflict,
    /// Status `5XX`: Server trouble.
    Status5XX { status: StatusCode, body: crate::models::Problem },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
/// Successful responses of [`Client::respond`].
#[derive(Debug, Clone, PartialEq)]
pub enum RespondResponse {
    /// Status `200`: A widget.
    Ok(crate::models::Widget),
    /// Status `202`: Accepted; the widget is being made.
    Accepted(crate::models::Ticket),
    /// Status `204`: Nothing to say.
    NoContent,
    /// Status `303`: See the widget elsewhere.
    SeeOther,
}

impl Client {
    /// `GET /strict/{status}` (operation `strict`)
    ///
    /// # Arguments
    ///
    /// * `status`: path parameter `status`
    pub fn strict(&self, status: i32) -> Call<'_, crate::models::Widget, StrictError> {
        const OPERATION: Operation = Operation {
            id: "strict",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/strict/{}",
            crate::runtime::path_param("status", &status, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(StrictError::BadRequest(received.json()?))),
                _ => Err(Error::Status(StrictError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::strict`].
#[derive(Debug, Clone, PartialEq)]
pub enum StrictError {
    /// Status `400`: Bad request.
    BadRequest(crate::models::Problem),
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `DELETE /defaulted/{status}` (operation `defaulted`)
    ///
    /// # Arguments
    ///
    /// * `status`: path parameter `status`
    pub fn defaulted(&self, status: i32) -> Call<'_, (), DefaultedError> {
        const OPERATION: Operation = Operation {
            id: "defaulted",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/defaulted/{}",
            crate::runtime::path_param("status", &status, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(DefaultedError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::defaulted`].
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultedError {
    /// Status `default`: Any error.
    Default { status: StatusCode, body: crate::models::Problem },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Success is documented only as `default`, as many real specs do.
    ///
    /// `GET /only-default/{status}` (operation `onlyDefault`)
    ///
    /// # Arguments
    ///
    /// * `status`: path parameter `status`
    pub fn only_default(
        &self,
        status: i32,
    ) -> Call<'_, crate::models::Problem, OnlyDefaultError> {
        const OPERATION: Operation = Operation {
            id: "onlyDefault",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/only-default/{}",
            crate::runtime::path_param("status", &status, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200..=299 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(OnlyDefaultError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::only_default`].
#[derive(Debug, Clone, PartialEq)]
pub enum OnlyDefaultError {
    /// Status `default`: The outcome, success or not.
    Default { status: StatusCode, body: crate::models::Problem },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// No success response is documented at all.
    ///
    /// `GET /no-success/{status}` (operation `noSuccess`)
    ///
    /// # Arguments
    ///
    /// * `status`: path parameter `status`
    pub fn no_success(
        &self,
        status: i32,
    ) -> Call<'_, ::std::vec::Vec<u8>, NoSuccessError> {
        const OPERATION: Operation = Operation {
            id: "noSuccess",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/no-success/{}",
            crate::runtime::path_param("status", &status, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200..=299 => Ok(received.value(received.body.clone())),
                404 => Err(Error::Status(NoSuccessError::NotFound)),
                _ => Err(Error::Status(NoSuccessError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::no_success`].
#[derive(Debug, Clone, PartialEq)]
pub enum NoSuccessError {
    /// Status `404`: Not found.
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
