//! Operations of the `SAML` API.
//!
//! SAML 2.0 Single Sign-On integration with enterprise Identity Providers
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Initiate SAML sign-in flow
    ///
    /// Initiate SAML Single Sign-On authentication by redirecting to the Identity Provider (IDP).
    /// <br><br>
    /// <b>Usage:</b><br>
    /// 1. Call <code>/userAccount/initAuth</code> to get a session token<br>
    /// 2. If <code>samlSso</code> is in the allowed methods, redirect the user to this endpoint<br>
    /// 3. User authenticates with their IDP<br>
    /// 4. IDP redirects back to <code>/saml/signIn/callback</code> with SAML response<br>
    /// 5. Callback completes authentication and returns tokens
    /// <br><br>
    /// <b>Note:</b> This is a browser redirect endpoint, not a typical API call.
    /// The user's browser should be redirected to this URL.
    /// <br><br>
    /// <b>Prerequisites:</b><br>
    /// - Organization must have SAML SSO configured via <code>/saml/updateAppConfig</code><br>
    /// - User must belong to an organization with SAML enabled
    ///
    /// `GET /saml/signIn` (operation `signInViaSAML`)
    ///
    /// # Arguments
    ///
    /// * `email`: query parameter `email`. User's email address
    /// * `session_token`: query parameter `sessionToken`. Session token from `/userAccount/initAuth`. Optional but recommended for maintaining authentication state across the SAML flow.
    pub fn sign_in_via_saml(
        &self,
        email: &str,
        session_token: ::std::option::Option<&str>,
    ) -> Call<'_, (), SignInViaSamlError> {
        const OPERATION: Operation = Operation {
            id: "signInViaSAML",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/saml/signIn");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "email", email, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "sessionToken",
            &session_token,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                301 | 302 | 303 | 307 | 308 => Ok(received.value(())),
                400 => Err(Error::Status(SignInViaSamlError::BadRequest)),
                404 => Err(Error::Status(SignInViaSamlError::NotFound)),
                _ => {
                    Err(
                        Error::Status(SignInViaSamlError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::sign_in_via_saml`].
#[derive(Debug, Clone, PartialEq)]
pub enum SignInViaSamlError {
    /// Status `400`: Invalid request (missing or malformed parameters)
    BadRequest,
    /// Status `404`: User not found or SAML not configured for organization
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// SAML authentication callback
    ///
    /// Handle the callback from SAML Identity Provider after user authentication.
    /// This endpoint processes the SAML response and completes the authentication flow.
    /// <br><br>
    /// <b>Note:</b> This endpoint is called by the IDP, not directly by the client.
    /// The IDP posts the SAML response to this URL after user authentication.
    /// <br><br>
    /// <b>Flow:</b><br>
    /// 1. IDP posts SAMLResponse and RelayState<br>
    /// 2. Server validates SAML assertion signature<br>
    /// 3. Server extracts user identity from assertion<br>
    /// 4. Server completes the authentication step<br>
    /// 5. Redirects to frontend with success/error status
    /// <br><br>
    /// <b>RelayState:</b> Contains the session token to resume the authentication flow.
    ///
    /// `POST /saml/signIn/callback` (operation `samlCallback`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/x-www-form-urlencoded`. Request payload
    pub fn saml_callback(
        &self,
        body: ::std::option::Option<&crate::models::SamlCallbackBody>,
    ) -> Call<'_, (), SamlCallbackError> {
        const OPERATION: Operation = Operation {
            id: "samlCallback",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/saml/signIn/callback");
        if let Some(body) = body {
            request = request.form(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                301 | 302 | 303 | 307 | 308 => Ok(received.value(())),
                400 => {
                    Err(Error::Status(SamlCallbackError::BadRequest(received.json()?)))
                }
                401 => {
                    Err(Error::Status(SamlCallbackError::Unauthorized(received.json()?)))
                }
                404 => Err(Error::Status(SamlCallbackError::NotFound)),
                _ => {
                    Err(Error::Status(SamlCallbackError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// Error responses of [`Client::saml_callback`].
#[derive(Debug, Clone, PartialEq)]
pub enum SamlCallbackError {
    /// Status `400`: Invalid SAML response format
    BadRequest(crate::models::AuthError),
    /// Status `401`: SAML assertion validation failed (invalid signature, expired, etc.)
    Unauthorized(crate::models::AuthError),
    /// Status `404`: Session expired or user not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Reload SAML application configuration (Internal)
    ///
    /// Internal endpoint to reload SAML configuration from the configuration manager.
    /// This is called by other services when SAML settings are updated.<br><br>
    /// <b>Purpose:</b><br>
    /// When SAML configuration is updated in the Configuration Manager, this endpoint
    /// is called to reload the settings into the authentication service without restart.<br><br>
    /// <b>Effects:</b><br>
    /// <ul>
    /// <li>Reloads AppConfig from configuration files</li>
    /// <li>Rebinds authentication controllers with new config</li>
    /// <li>Updates SAML passport strategy settings</li>
    /// </ul>
    /// <b>Note:</b> This is an internal service-to-service endpoint.
    ///
    /// `POST /saml/updateAppConfig` (operation `updateSamlAppConfig`)
    pub fn update_saml_app_config(
        &self,
    ) -> Call<'_, crate::models::UpdateSamlAppConfigResponse, UpdateSamlAppConfigError> {
        const OPERATION: Operation = Operation {
            id: "updateSamlAppConfig",
            idempotent: false,
            servers: &[],
            security: &[&["scopedToken"]],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/saml/updateAppConfig");
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(UpdateSamlAppConfigError::Unauthorized)),
                500 => Err(Error::Status(UpdateSamlAppConfigError::InternalServerError)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateSamlAppConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::update_saml_app_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateSamlAppConfigError {
    /// Status `401`: Unauthorized - Invalid or missing scoped token
    Unauthorized,
    /// Status `500`: Failed to reload configuration
    InternalServerError,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
