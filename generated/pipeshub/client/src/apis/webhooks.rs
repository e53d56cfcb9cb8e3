//! Operations of the `Webhooks` API.
//!
//! Webhook handlers for real-time updates
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// \[Connector Service\] Gmail webhook verification
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// GET handler for Gmail Pub/Sub webhook verification.<br><br>
    ///
    /// <b>Service:</b> Connector Service<br>
    /// <b>Port:</b> 8088<br>
    /// <b>Base URL:</b> <code><http://localhost:8088></code><br><br>
    ///
    /// <b>Authentication:</b> None required - uses Google Pub/Sub verification<br><br>
    ///
    /// <b>Note:</b> Google Pub/Sub may send GET requests for subscription verification.
    ///
    /// `GET /connector/gmail/webhook` (operation `gmailWebhookVerify`)
    pub fn gmail_webhook_verify(&self) -> Call<'_, (), (), GmailWebhookVerifyError> {
        const OPERATION: Operation = Operation {
            id: "gmailWebhookVerify",
            method: "GET",
            path: "/connector/gmail/webhook",
            idempotent: true,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8088",
                    variables: &[],
                },
            ],
            security: &[],
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
                        "/connector/gmail/webhook",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                _ => {
                    Err(
                        Error::Status(
                            GmailWebhookVerifyError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::gmail_webhook_verify`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GmailWebhookVerifyError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GmailWebhookVerifyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GmailWebhookVerifyError {}

impl Client {
    /// \[Connector Service\] Gmail webhook
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Webhook endpoint for Gmail Pub/Sub notifications.<br><br>
    ///
    /// <b>Service:</b> Connector Service<br>
    /// <b>Port:</b> 8088<br>
    /// <b>Base URL:</b> <code><http://localhost:8088></code><br><br>
    ///
    /// <b>Authentication:</b> None required - uses Google Pub/Sub verification<br><br>
    ///
    /// <b>Note:</b> This endpoint receives notifications when new emails arrive
    /// or email labels change.
    ///
    /// `POST /connector/gmail/webhook` (operation `gmailWebhook`)
    pub fn gmail_webhook(&self) -> Call<'_, (), (), GmailWebhookError> {
        const OPERATION: Operation = Operation {
            id: "gmailWebhook",
            method: "POST",
            path: "/connector/gmail/webhook",
            idempotent: false,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8088",
                    variables: &[],
                },
            ],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/connector/gmail/webhook",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                _ => {
                    Err(Error::Status(GmailWebhookError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// Error responses of [`Client::gmail_webhook`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GmailWebhookError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GmailWebhookError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GmailWebhookError {}

impl Client {
    /// \[Connector Service\] Google Workspace Admin webhook
    ///
    /// ⚠️ <b>INTERNAL SERVICE ENDPOINT</b><br><br>
    ///
    /// Webhook endpoint for Google Workspace Admin push notifications.<br><br>
    ///
    /// <b>Service:</b> Connector Service<br>
    /// <b>Port:</b> 8088<br>
    /// <b>Base URL:</b> <code><http://localhost:8088></code><br><br>
    ///
    /// <b>Authentication:</b> Verified via Google Workspace webhook signature<br><br>
    ///
    /// <b>Note:</b> This endpoint receives notifications about user and group
    /// changes from Google Workspace Admin directory (e.g., user created,
    /// deleted, suspended, group membership changes).
    ///
    /// `POST /connector/admin/webhook` (operation `adminWebhook`)
    pub fn admin_webhook(&self) -> Call<'_, (), (), AdminWebhookError> {
        const OPERATION: Operation = Operation {
            id: "adminWebhook",
            method: "POST",
            path: "/connector/admin/webhook",
            idempotent: false,
            servers: &[
                ServerTemplate {
                    url: "http://localhost:8088",
                    variables: &[],
                },
            ],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/connector/admin/webhook",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                401 => Err(Error::Status(AdminWebhookError::Unauthorized)),
                _ => {
                    Err(Error::Status(AdminWebhookError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// Error responses of [`Client::admin_webhook`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AdminWebhookError {
    /// Status `401`: Unauthorized webhook request
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AdminWebhookError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "adminWebhook", status, message)
    }
}
impl ::std::error::Error for AdminWebhookError {}
