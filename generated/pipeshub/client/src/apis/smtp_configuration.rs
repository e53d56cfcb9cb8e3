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
    ) -> Call<'_, crate::models::SmtpConfig, GetSmtpConfigError> {
        const OPERATION: Operation = Operation {
            id: "getSMTPConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/configurationManager/smtpConfig",
            );
        self.call(
            &OPERATION,
            request,
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
pub enum GetSmtpConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn create_smtp_config(
        &self,
        body: &crate::models::SmtpConfig,
    ) -> Call<'_, (), CreateSmtpConfigError> {
        const OPERATION: Operation = Operation {
            id: "createSMTPConfig",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/configurationManager/smtpConfig",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::create_smtp_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateSmtpConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
