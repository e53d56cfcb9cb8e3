//! Operations of the `SMTP Configuration` API.
//!
//! Configure SMTP email server for sending notifications and invitations.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Get SMTP configuration
    ///
    /// Retrieve the current SMTP server configuration. Password is included in the response for admin users.
    ///
    /// `GET /configurationManager/smtpConfig` (operation `getSMTPConfig`)
    pub fn get_smtp_config(
        &self,
    ) -> Call<'_, (), crate::models::SmtpConfig, GetSmtpConfigError> {
        const OPERATION: Operation = Operation {
            id: "getSMTPConfig",
            method: "GET",
            path: "/configurationManager/smtpConfig",
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
                        "/configurationManager/smtpConfig",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetSmtpConfigError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(GetSmtpConfigError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_smtp_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSmtpConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetSmtpConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getSMTPConfig", status, message)
    }
}
impl ::std::error::Error for GetSmtpConfigError {}

impl Client {
    /// Create or update SMTP configuration
    ///
    /// Configure SMTP email server for sending system emails including user invitations, notifications, and password resets.
    ///
    /// Common SMTP providers and their settings:
    /// - Gmail: host=smtp.gmail.com, port=587 (requires App Password)
    /// - SendGrid: host=smtp.sendgrid.net, port=587
    /// - Amazon SES: host=email-smtp.{region}.amazonaws.com, port=587
    /// - Microsoft 365: host=smtp.office365.com, port=587
    ///
    /// Configuration is encrypted before storage.
    ///
    /// `POST /configurationManager/smtpConfig` (operation `createSMTPConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Create or update SMTP configuration
    pub fn create_smtp_config<'a>(
        &'a self,
        body: &'a crate::models::SmtpConfig,
    ) -> Call<'a, CreateSmtpConfigParams<'a>, (), CreateSmtpConfigError> {
        const OPERATION: Operation = Operation {
            id: "createSMTPConfig",
            method: "POST",
            path: "/configurationManager/smtpConfig",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateSmtpConfigParams { body },
            |client, params| {
                let CreateSmtpConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/smtpConfig",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(CreateSmtpConfigError::BadRequest)),
                401 => Err(Error::Status(CreateSmtpConfigError::Unauthorized)),
                403 => Err(Error::Status(CreateSmtpConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            CreateSmtpConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_smtp_config`], kept in its [`Call`] until it is awaited.
pub struct CreateSmtpConfigParams<'a> {
    body: &'a crate::models::SmtpConfig,
}
/// Error responses of [`Client::create_smtp_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateSmtpConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateSmtpConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createSMTPConfig", status, message)
    }
}
impl ::std::error::Error for CreateSmtpConfigError {}
