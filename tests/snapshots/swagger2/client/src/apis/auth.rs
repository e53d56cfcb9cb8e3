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
    pub fn login(
        &self,
        body: &crate::models::LoginBody,
    ) -> Call<'_, crate::models::LoginResponse, LoginError> {
        const OPERATION: Operation = Operation {
            id: "login",
            idempotent: false,
            servers: &[],
            security: &[&["basic"]],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, "/login");
        request = request.form(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::login`].
#[derive(Debug, Clone, PartialEq)]
pub enum LoginError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
