//! The `SMTP Configuration` API.
//!
//! Configure SMTP email server for sending notifications and invitations.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Configure SMTP email server for sending notifications and invitations.
pub trait SmtpConfigurationApi: Clone + Send + Sync + 'static {
    /// Get SMTP configuration
    ///
    /// Retrieve the current SMTP server configuration. Password is included in the response for admin users.
    ///
    /// `GET /configurationManager/smtpConfig` (operation `getSMTPConfig`)
    fn get_smtp_config(
        &self,
        request: GetSmtpConfigRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetSmtpConfigResponse>> + Send;
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
    fn create_smtp_config(
        &self,
        request: CreateSmtpConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateSmtpConfigResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(smtp_configuration::routes().merge(...), service)`.
pub fn routes<S: SmtpConfigurationApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/configurationManager/smtpConfig",
            axum::routing::get(
                    crate::apis::smtp_configuration::handle_get_smtp_config::<S>,
                )
                .post(crate::apis::smtp_configuration::handle_create_smtp_config::<S>),
        )
}

/// What a `GET /configurationManager/smtpConfig` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetSmtpConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/smtpConfig` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetSmtpConfigResponse {
    /// Status `200`: SMTP configuration retrieved
    Ok(crate::models::SmtpConfig),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetSmtpConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetSmtpConfigRequest {
    /// Reads and checks a `GET /configurationManager/smtpConfig` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetSmtpConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/smtpConfig` request and hands it to [`SmtpConfigurationApi::get_smtp_config`].
pub async fn handle_get_smtp_config<S: SmtpConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getSMTPConfig",
        path: "/configurationManager/smtpConfig",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetSmtpConfigRequest::read,
            |request| service.get_smtp_config(request),
        )
        .await
}

/// What a `POST /configurationManager/smtpConfig` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSmtpConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::SmtpConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/smtpConfig` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateSmtpConfigResponse {
    /// Status `200`: SMTP configuration saved successfully
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for CreateSmtpConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl CreateSmtpConfigRequest {
    /// Reads and checks a `POST /configurationManager/smtpConfig` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateSmtpConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/smtpConfig` request and hands it to [`SmtpConfigurationApi::create_smtp_config`].
pub async fn handle_create_smtp_config<S: SmtpConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createSMTPConfig",
        path: "/configurationManager/smtpConfig",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateSmtpConfigRequest::read,
            |request| service.create_smtp_config(request),
        )
        .await
}
