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
    pub fn respond(
        &self,
        status: i32,
    ) -> Call<'_, RespondParams<'_>, RespondResponse, RespondError> {
        const OPERATION: Operation = Operation {
            id: "respond",
            method: "GET",
            path: "/respond/{status}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            RespondParams {
                status,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let RespondParams { status, .. } = params;
                let path = format!(
                    "/respond/{}",
                    crate::runtime::path_param("status", &status, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
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
                404 => {
                    Err(
                        received
                            .error_json(RespondError::NotFound, RespondError::Unknown),
                    )
                }
                409 => Err(Error::Status(RespondError::Conflict)),
                500..=599 => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| RespondError::Status5XX {
                                    status,
                                    body,
                                },
                                RespondError::Unknown,
                            ),
                    )
                }
                _ => Err(Error::Status(RespondError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::respond`], kept in its [`Call`] until it is awaited.
pub struct RespondParams<'a> {
    status: i32,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
/// Error responses of [`Client::respond`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RespondError {
    /// Status `404`: No such widget.
    NotFound(crate::models::Problem),
    /// Status `409`: Conflict
    Conflict,
    /// Status `5XX`: Server trouble.
    Status5XX { status: StatusCode, body: crate::models::Problem },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RespondError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Conflict => (409, None),
            Self::Status5XX { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "respond", status, message)
    }
}
impl ::std::error::Error for RespondError {}
/// Successful responses of [`Client::respond`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
    pub fn strict(
        &self,
        status: i32,
    ) -> Call<'_, StrictParams<'_>, crate::models::Widget, StrictError> {
        const OPERATION: Operation = Operation {
            id: "strict",
            method: "GET",
            path: "/strict/{status}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            StrictParams {
                status,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let StrictParams { status, .. } = params;
                let path = format!(
                    "/strict/{}",
                    crate::runtime::path_param("status", &status, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(StrictError::BadRequest, StrictError::Unknown),
                    )
                }
                _ => Err(Error::Status(StrictError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::strict`], kept in its [`Call`] until it is awaited.
pub struct StrictParams<'a> {
    status: i32,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
/// Error responses of [`Client::strict`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum StrictError {
    /// Status `400`: Bad request.
    BadRequest(crate::models::Problem),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for StrictError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "strict", status, message)
    }
}
impl ::std::error::Error for StrictError {}

impl Client {
    /// `DELETE /defaulted/{status}` (operation `defaulted`)
    ///
    /// # Arguments
    ///
    /// * `status`: path parameter `status`
    pub fn defaulted(
        &self,
        status: i32,
    ) -> Call<'_, DefaultedParams<'_>, (), DefaultedError> {
        const OPERATION: Operation = Operation {
            id: "defaulted",
            method: "DELETE",
            path: "/defaulted/{status}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            DefaultedParams {
                status,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let DefaultedParams { status, .. } = params;
                let path = format!(
                    "/defaulted/{}",
                    crate::runtime::path_param("status", &status, Style::Simple, false),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| DefaultedError::Default {
                                    status,
                                    body,
                                },
                                DefaultedError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::defaulted`], kept in its [`Call`] until it is awaited.
pub struct DefaultedParams<'a> {
    status: i32,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
/// Error responses of [`Client::defaulted`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DefaultedError {
    /// Status `default`: Any error.
    Default { status: StatusCode, body: crate::models::Problem },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DefaultedError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "defaulted", status, message)
    }
}
impl ::std::error::Error for DefaultedError {}

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
    ) -> Call<'_, OnlyDefaultParams<'_>, crate::models::Problem, OnlyDefaultError> {
        const OPERATION: Operation = Operation {
            id: "onlyDefault",
            method: "GET",
            path: "/only-default/{status}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            OnlyDefaultParams {
                status,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let OnlyDefaultParams { status, .. } = params;
                let path = format!(
                    "/only-default/{}",
                    crate::runtime::path_param("status", &status, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200..=299 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| OnlyDefaultError::Default {
                                    status,
                                    body,
                                },
                                OnlyDefaultError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::only_default`], kept in its [`Call`] until it is awaited.
pub struct OnlyDefaultParams<'a> {
    status: i32,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
/// Error responses of [`Client::only_default`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OnlyDefaultError {
    /// Status `default`: The outcome, success or not.
    Default { status: StatusCode, body: crate::models::Problem },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for OnlyDefaultError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "onlyDefault", status, message)
    }
}
impl ::std::error::Error for OnlyDefaultError {}

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
    ) -> Call<'_, NoSuccessParams<'_>, ::std::vec::Vec<u8>, NoSuccessError> {
        const OPERATION: Operation = Operation {
            id: "noSuccess",
            method: "GET",
            path: "/no-success/{status}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            NoSuccessParams {
                status,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let NoSuccessParams { status, .. } = params;
                let path = format!(
                    "/no-success/{}",
                    crate::runtime::path_param("status", &status, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200..=299 => Ok(received.value(received.body.clone())),
                404 => Err(Error::Status(NoSuccessError::NotFound)),
                _ => Err(Error::Status(NoSuccessError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::no_success`], kept in its [`Call`] until it is awaited.
pub struct NoSuccessParams<'a> {
    status: i32,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
/// Error responses of [`Client::no_success`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum NoSuccessError {
    /// Status `404`: Not found.
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for NoSuccessError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "noSuccess", status, message)
    }
}
impl ::std::error::Error for NoSuccessError {}
