//! The `SMTP Configuration` API.
//!
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
/// Configure SMTP email server for sending notifications and invitations.
#[allow(unused_imports)]
use std::collections::BTreeMap;
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
    ) -> impl ::std::future::Future<Output = crate::Reply<CreateSmtpConfigResponse>> + Send;
}
/// This API's routes alone, to combine with others: `serve(oidc::routes().merge(...), service)`.
pub fn routes<S: SmtpConfigurationApi>() -> axum::Router<S> {
    axum::Router::new().route(
        "/configurationManager/smtpConfig",
        axum::routing::get(crate::apis::smtp_configuration::handle_get_smtp_config::<S>)
            .post(crate::apis::smtp_configuration::handle_create_smtp_config::<S>),
    )
}
/// What a `GET /configurationManager/smtpConfig` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetSmtpConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
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
            Self::Ok(body) => (
                StatusCode::from_u16(200).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                axum::Json(body),
            )
                .into_response(),
            Self::Unauthorized => StatusCode::from_u16(401)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
        }
    }
}
/// What a `POST /configurationManager/smtpConfig` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSmtpConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::SmtpConfig,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
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
            Self::Ok => StatusCode::from_u16(200)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
            Self::BadRequest => StatusCode::from_u16(400)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
            Self::Unauthorized => StatusCode::from_u16(401)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
            Self::Forbidden => StatusCode::from_u16(403)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
        }
    }
}
impl GetSmtpConfigRequest {
    /// Reads and checks a `GET /configurationManager/smtpConfig` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        _body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(GetSmtpConfigRequest {
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `GET /configurationManager/smtpConfig` request and hands it to [`SmtpConfigurationApi::get_smtp_config`].
pub async fn handle_get_smtp_config<S: SmtpConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = Query::parse(query.as_deref());
    match GetSmtpConfigRequest::read(&BTreeMap::new(), &query, &headers, &[]) {
        Ok(request) => service.get_smtp_config(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}
impl CreateSmtpConfigRequest {
    /// Reads and checks a `POST /configurationManager/smtpConfig` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(CreateSmtpConfigRequest {
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `POST /configurationManager/smtpConfig` request and hands it to [`SmtpConfigurationApi::create_smtp_config`].
pub async fn handle_create_smtp_config<S: SmtpConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> Response {
    let body = match body {
        Ok(body) => body,
        Err(rejection) => {
            return runtime::rejected(
                rejection.status(),
                runtime::Location::Body,
                rejection.body_text(),
            );
        }
    };
    let query = Query::parse(query.as_deref());
    match CreateSmtpConfigRequest::read(&BTreeMap::new(), &query, &headers, &body) {
        Ok(request) => service.create_smtp_config(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}
