//! Operations of the `Email Operations` API.
//!
//! Internal service endpoints for sending transactional emails using pre-defined templates.
//!
//! These endpoints are designed for service-to-service communication and require scoped tokens
//! (not regular user authentication). They are used internally by other PipesHub services to send
//! emails such as OTP codes, password resets, user invitations, and security alerts.
//!
//! **Prerequisites:**
//! - SMTP must be configured via `/configurationManager/smtpConfig`
//! - Valid scoped token with `mail:send` scope required
//!
//! **Available Templates:**
//! - `loginWithOTP` - Send OTP for user authentication
//! - `resetPassword` - Password reset link
//! - `accountCreation` - Welcome email for new organizations
//! - `appuserInvite` - User invitation to join organization
//! - `suspiciousLoginAttempt` - Security alert for suspicious activity
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Send a transactional email
    ///
    /// Send a transactional email using the configured SMTP server with a pre-defined template.<br><br>
    ///
    /// <b>Overview:</b><br>
    /// This is an internal service endpoint used by other PipesHub services to send transactional emails.
    /// It uses Handlebars templates to generate HTML emails with dynamic content. All sent emails are
    /// logged to the database for audit purposes.<br><br>
    ///
    /// <b>Authentication:</b><br>
    /// Requires a scoped token with <code>mail:send</code> scope. This endpoint is not accessible
    /// with regular user JWT tokens - it is designed for service-to-service communication only.<br><br>
    ///
    /// <b>Available Templates:</b><br>
    /// <ul>
    /// <li><b>loginWithOTP</b> - Send OTP code for user authentication. Requires: <code>name</code>, <code>otp</code></li>
    /// <li><b>resetPassword</b> - Password reset link. Requires: <code>name</code>, <code>link</code></li>
    /// <li><b>accountCreation</b> - Welcome email for new organizations. Requires: <code>orgName</code>, <code>link</code></li>
    /// <li><b>appuserInvite</b> - Invitation to join organization. Requires: <code>invitee</code>, <code>orgName</code>, <code>link</code></li>
    /// <li><b>suspiciousLoginAttempt</b> - Security alert. Requires: <code>link</code></li>
    /// </ul>
    ///
    /// <b>Email Delivery Flow:</b><br>
    /// <ol>
    /// <li>Validate SMTP configuration exists (middleware check)</li>
    /// <li>Validate scoped token has <code>mail:send</code> scope</li>
    /// <li>Select and compile Handlebars template with provided data</li>
    /// <li>Send email via nodemailer using SMTP configuration</li>
    /// <li>Log email metadata to MongoDB (subject, from, to, cc, templateType)</li>
    /// </ol>
    ///
    /// <b>Important Notes:</b><br>
    /// <ul>
    /// <li>The "From" address is always taken from SMTP config, not the request body</li>
    /// <li>Failed email sends return 500 with error details</li>
    /// <li>Template mismatches throw "Unknown Template" error</li>
    /// <li>SMTP must be configured before using this endpoint</li>
    /// </ul>
    ///
    /// <b>Related Endpoints:</b><br>
    /// <ul>
    /// <li><code>POST /configurationManager/smtpConfig</code> - Configure SMTP server</li>
    /// <li><code>POST /mail/updateSmtpConfig</code> - Reload SMTP configuration at runtime</li>
    /// </ul>
    ///
    /// `POST /mail/emails/sendEmail` (operation `sendEmail`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn send_email<'a>(
        &'a self,
        body: &'a crate::models::MailBody,
    ) -> Call<
        'a,
        SendEmailParams<'a>,
        crate::models::SendEmailResponse,
        SendEmailError,
    > {
        const OPERATION: Operation = Operation {
            id: "sendEmail",
            method: "POST",
            path: "/mail/emails/sendEmail",
            idempotent: false,
            servers: &[],
            security: &[&["scopedToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            SendEmailParams { body },
            |client, params| {
                let SendEmailParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/mail/emails/sendEmail",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                SendEmailError::BadRequest,
                                SendEmailError::Unknown,
                            ),
                    )
                }
                401 => Err(Error::Status(SendEmailError::Unauthorized)),
                404 => {
                    Err(
                        received
                            .error_json(
                                SendEmailError::NotFound,
                                SendEmailError::Unknown,
                            ),
                    )
                }
                500 => {
                    Err(
                        received
                            .error_json(
                                SendEmailError::InternalServerError,
                                SendEmailError::Unknown,
                            ),
                    )
                }
                _ => Err(Error::Status(SendEmailError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::send_email`], kept in its [`Call`] until it is awaited.
pub struct SendEmailParams<'a> {
    body: &'a crate::models::MailBody,
}
/// Error responses of [`Client::send_email`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SendEmailError {
    /// Status `400`: Bad request. Possible reasons:<br>
    /// <ul>
    /// <li>SMTP not configured properly (missing host, port, or fromEmail)</li>
    /// <li>Invalid or unknown email template type</li>
    /// <li>Missing required templateData fields for the selected template</li>
    /// <li>Invalid email format in sendEmailTo or sendCcTo</li>
    /// </ul>
    BadRequest(crate::models::SendEmailResponse400),
    /// Status `401`: Unauthorized. Possible reasons:<br>
    /// <ul>
    /// <li>Missing scoped token in Authorization header</li>
    /// <li>Invalid or expired scoped token</li>
    /// <li>Token does not have <code>mail:send</code> scope</li>
    /// </ul>
    Unauthorized,
    /// Status `404`: SMTP configuration not found in application config
    NotFound(crate::models::SendEmailResponse404),
    /// Status `500`: Internal server error. Email sending failed due to:<br>
    /// <ul>
    /// <li>SMTP server connection failure</li>
    /// <li>Authentication failure with SMTP server</li>
    /// <li>Template compilation error</li>
    /// <li>Network issues</li>
    /// </ul>
    InternalServerError(crate::models::SendEmailResponse500),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SendEmailError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized => (401, None),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::InternalServerError(body) => (500, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "sendEmail", status, message)
    }
}
impl ::std::error::Error for SendEmailError {}
