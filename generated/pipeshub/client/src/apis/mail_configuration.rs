//! Operations of the `Mail Configuration` API.
//!
//! Internal endpoints for managing mail service configuration at runtime.
//!
//! These endpoints allow dynamic reloading of SMTP configuration without service restart.
//! Requires scoped token with `fetch:config` scope.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    pub fn update_smtp_config(
        &self,
    ) -> Call<'_, (), crate::models::UpdateSmtpConfigResponse, UpdateSmtpConfigError> {
        const OPERATION: Operation = Operation {
            id: "updateSmtpConfig",
            method: "POST",
            path: "/mail/updateSmtpConfig",
            idempotent: false,
            servers: &[],
            security: &[&["scopedToken"]],
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
                        "/mail/updateSmtpConfig",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(UpdateSmtpConfigError::Unauthorized)),
                500 => Err(Error::Status(UpdateSmtpConfigError::InternalServerError)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateSmtpConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::update_smtp_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateSmtpConfigError {
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
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateSmtpConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::InternalServerError => (500, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateSmtpConfig", status, message)
    }
}
impl ::std::error::Error for UpdateSmtpConfigError {}
