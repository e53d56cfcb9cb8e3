//! The `Email Operations` API.
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
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Internal service endpoints for sending transactional emails using pre-defined templates.
///
/// These endpoints are designed for service-to-service communication and require scoped tokens
/// (not regular user authentication). They are used internally by other PipesHub services to send
/// emails such as OTP codes, password resets, user invitations, and security alerts.
///
/// **Prerequisites:**
/// - SMTP must be configured via `/configurationManager/smtpConfig`
/// - Valid scoped token with `mail:send` scope required
///
/// **Available Templates:**
/// - `loginWithOTP` - Send OTP for user authentication
/// - `resetPassword` - Password reset link
/// - `accountCreation` - Welcome email for new organizations
/// - `appuserInvite` - User invitation to join organization
/// - `suspiciousLoginAttempt` - Security alert for suspicious activity
pub trait EmailOperationsApi: Clone + Send + Sync + 'static {
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
    fn send_email(
        &self,
        request: SendEmailRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<SendEmailResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(email_operations::routes().merge(...), service)`.
pub fn routes<S: EmailOperationsApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/mail/emails/sendEmail",
            axum::routing::post(crate::apis::email_operations::handle_send_email::<S>),
        )
}

/// What a `POST /mail/emails/sendEmail` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SendEmailRequest {
    /// The request body (`application/json`).
    pub body: crate::models::MailBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /mail/emails/sendEmail` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SendEmailResponse {
    /// Status `200`: Email sent successfully and logged to database
    Ok(crate::models::SendEmailResponse),
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
}
impl IntoResponse for SendEmailResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::InternalServerError(body) => runtime::json(runtime::status(500), body),
        }
    }
}
impl SendEmailRequest {
    /// Reads and checks a `POST /mail/emails/sendEmail` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SendEmailRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /mail/emails/sendEmail` request and hands it to [`EmailOperationsApi::send_email`].
pub async fn handle_send_email<S: EmailOperationsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "sendEmail",
        path: "/mail/emails/sendEmail",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SendEmailRequest::read,
            |request| service.send_email(request),
        )
        .await
}
