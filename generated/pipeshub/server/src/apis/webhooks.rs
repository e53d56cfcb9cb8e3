//! The `Webhooks` API.
//!
//! Webhook handlers for real-time updates
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Webhook handlers for real-time updates
pub trait WebhooksApi: Clone + Send + Sync + 'static {
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
    fn gmail_webhook_verify(
        &self,
        request: GmailWebhookVerifyRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GmailWebhookVerifyResponse>,
    > + Send;
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
    fn gmail_webhook(
        &self,
        request: GmailWebhookRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GmailWebhookResponse>> + Send;
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
    fn admin_webhook(
        &self,
        request: AdminWebhookRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<AdminWebhookResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(webhooks::routes().merge(...), service)`.
pub fn routes<S: WebhooksApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/connector/admin/webhook",
            axum::routing::post(crate::apis::webhooks::handle_admin_webhook::<S>),
        );
    routes
        .route(
            "/connector/gmail/webhook",
            axum::routing::get(crate::apis::webhooks::handle_gmail_webhook_verify::<S>)
                .post(crate::apis::webhooks::handle_gmail_webhook::<S>),
        )
}

/// What a `GET /connector/gmail/webhook` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GmailWebhookVerifyRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connector/gmail/webhook` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GmailWebhookVerifyResponse {
    /// Status `200`: Verification acknowledged
    Ok,
}
impl IntoResponse for GmailWebhookVerifyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
        }
    }
}
impl GmailWebhookVerifyRequest {
    /// Reads and checks a `GET /connector/gmail/webhook` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GmailWebhookVerifyRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connector/gmail/webhook` request and hands it to [`WebhooksApi::gmail_webhook_verify`].
pub async fn handle_gmail_webhook_verify<S: WebhooksApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "gmailWebhookVerify",
        path: "/connector/gmail/webhook",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GmailWebhookVerifyRequest::read,
            |request| service.gmail_webhook_verify(request),
        )
        .await
}

/// What a `POST /connector/gmail/webhook` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GmailWebhookRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /connector/gmail/webhook` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GmailWebhookResponse {
    /// Status `200`: Webhook processed
    Ok,
}
impl IntoResponse for GmailWebhookResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
        }
    }
}
impl GmailWebhookRequest {
    /// Reads and checks a `POST /connector/gmail/webhook` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GmailWebhookRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /connector/gmail/webhook` request and hands it to [`WebhooksApi::gmail_webhook`].
pub async fn handle_gmail_webhook<S: WebhooksApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "gmailWebhook",
        path: "/connector/gmail/webhook",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GmailWebhookRequest::read,
            |request| service.gmail_webhook(request),
        )
        .await
}

/// What a `POST /connector/admin/webhook` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AdminWebhookRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /connector/admin/webhook` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AdminWebhookResponse {
    /// Status `200`: Webhook processed
    Ok,
    /// Status `401`: Unauthorized webhook request
    Unauthorized,
}
impl IntoResponse for AdminWebhookResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl AdminWebhookRequest {
    /// Reads and checks a `POST /connector/admin/webhook` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(AdminWebhookRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /connector/admin/webhook` request and hands it to [`WebhooksApi::admin_webhook`].
pub async fn handle_admin_webhook<S: WebhooksApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "adminWebhook",
        path: "/connector/admin/webhook",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AdminWebhookRequest::read,
            |request| service.admin_webhook(request),
        )
        .await
}
