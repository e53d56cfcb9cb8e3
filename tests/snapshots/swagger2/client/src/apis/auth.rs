//! Operations of the `auth` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `POST /login` (operation `login`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/x-www-form-urlencoded`
    pub fn login<'a>(
        &'a self,
        body: &'a crate::models::LoginBody,
    ) -> Call<'a, LoginParams<'a>, crate::models::LoginResponse, LoginError> {
        const OPERATION: Operation = Operation {
            id: "login",
            method: "POST",
            path: "/login",
            idempotent: false,
            servers: &[],
            security: &[&["basic"]],
        };
        Call::new(
            self,
            &OPERATION,
            LoginParams { body },
            |client, params| {
                let LoginParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/login");
                request = request.form(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(LoginError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::login`], kept in its [`Call`] until it is awaited.
pub struct LoginParams<'a> {
    body: &'a crate::models::LoginBody,
}
/// Error responses of [`Client::login`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum LoginError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for LoginError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for LoginError {}
