//! The `Mail Configuration` API.
//!
//! Internal endpoints for managing mail service configuration at runtime.
//!
//! These endpoints allow dynamic reloading of SMTP configuration without service restart.
//! Requires scoped token with `fetch:config` scope.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Internal endpoints for managing mail service configuration at runtime.
///
/// These endpoints allow dynamic reloading of SMTP configuration without service restart.
/// Requires scoped token with `fetch:config` scope.
pub trait MailConfigurationApi: Clone + Send + Sync + 'static {
    /// Reload SMTP configuration
    ///
    /// Dynamically reload the SMTP configuration from the application config file without restarting the service.<br><br>
    ///
    /// <b>Overview:</b><br>
    /// This internal endpoint allows the mail service to pick up SMTP configuration changes at runtime.
    /// When SMTP settings are updated via <code>/configurationManager/smtpConfig</code>, this endpoint
    /// should be called to apply the changes to the running mail service.<br><br>
    ///
    /// <b>Authentication:</b><br>
    /// Requires a scoped token with <code>fetch:config</code> scope. This endpoint is designed for
    /// internal service communication only.<br><br>
    ///
    /// <b>How It Works:</b><br>
    /// <ol>
    /// <li>Reads the latest configuration from the config file/etcd</li>
    /// <li>Rebinds the AppConfig in the dependency injection container</li>
    /// <li>Creates a new MailController instance with updated config</li>
    /// <li>Returns the new SMTP configuration (excluding password)</li>
    /// </ol>
    ///
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>Apply SMTP configuration changes without service restart</li>
    /// <li>Switch SMTP providers at runtime</li>
    /// <li>Update SMTP credentials</li>
    /// <li>Change sender email address</li>
    /// </ul>
    ///
    /// <b>Related Endpoints:</b><br>
    /// <ul>
    /// <li><code>POST /configurationManager/smtpConfig</code> - Create/update SMTP configuration</li>
    /// <li><code>GET /configurationManager/smtpConfig</code> - Get current SMTP configuration</li>
    /// </ul>
    ///
    /// `POST /mail/updateSmtpConfig` (operation `updateSmtpConfig`)
    fn update_smtp_config(
        &self,
        request: UpdateSmtpConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateSmtpConfigResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(mail_configuration::routes().merge(...), service)`.
pub fn routes<S: MailConfigurationApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/mail/updateSmtpConfig",
            axum::routing::post(
                crate::apis::mail_configuration::handle_update_smtp_config::<S>,
            ),
        )
}

/// What a `POST /mail/updateSmtpConfig` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateSmtpConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /mail/updateSmtpConfig` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateSmtpConfigResponse {
    /// Status `200`: SMTP configuration reloaded successfully
    Ok(crate::models::UpdateSmtpConfigResponse),
    /// Status `401`: Unauthorized. Possible reasons:<br>
    /// <ul>
    /// <li>Missing scoped token in Authorization header</li>
    /// <li>Invalid or expired scoped token</li>
    /// <li>Token does not have <code>fetch:config</code> scope</li>
    /// </ul>
    Unauthorized,
    /// Status `500`: Internal server error. Configuration reload failed due to:<br>
    /// <ul>
    /// <li>Config file read error</li>
    /// <li>etcd connection failure</li>
    /// <li>Invalid configuration format</li>
    /// </ul>
    InternalServerError,
}
impl IntoResponse for UpdateSmtpConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::InternalServerError => runtime::empty(runtime::status(500)),
        }
    }
}
impl UpdateSmtpConfigRequest {
    /// Reads and checks a `POST /mail/updateSmtpConfig` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateSmtpConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /mail/updateSmtpConfig` request and hands it to [`MailConfigurationApi::update_smtp_config`].
pub async fn handle_update_smtp_config<S: MailConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateSmtpConfig",
        path: "/mail/updateSmtpConfig",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateSmtpConfigRequest::read,
            |request| service.update_smtp_config(request),
        )
        .await
}
