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
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`SignInViaSamlParams`\]).
    pub fn sign_in_via_saml<'a>(
        &'a self,
        email: &'a str,
    ) -> Call<'a, SignInViaSamlParams<'a>, (), SignInViaSamlError> {
        const OPERATION: Operation = Operation {
            id: "signInViaSAML",
            method: "GET",
            path: "/saml/signIn",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            SignInViaSamlParams {
                email,
                session_token: None,
            },
            |client, params| {
                let SignInViaSamlParams { email, session_token } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/saml/signIn");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "email",
                    email,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sessionToken",
                    &session_token,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
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
/// The parameters of [`Client::sign_in_via_saml`], kept in its [`Call`] until it is awaited.
pub struct SignInViaSamlParams<'a> {
    email: &'a str,
    session_token: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, SignInViaSamlParams<'a>, T, E> {
    /// * `session_token`: query parameter `sessionToken`. Session token from `/userAccount/initAuth`. Optional but recommended for maintaining authentication state across the SAML flow.
    pub fn session_token(mut self, session_token: &'a str) -> Self {
        self.params.session_token = Some(session_token);
        self
    }
}
/// Error responses of [`Client::sign_in_via_saml`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SignInViaSamlError {
    /// Status `400`: Invalid request (missing or malformed parameters)
    BadRequest,
    /// Status `404`: User not found or SAML not configured for organization
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SignInViaSamlError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "signInViaSAML", status, message)
    }
}
impl ::std::error::Error for SignInViaSamlError {}

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
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`SamlCallbackParams`\]).
    pub fn saml_callback(
        &self,
    ) -> Call<'_, SamlCallbackParams<'_>, (), SamlCallbackError> {
        const OPERATION: Operation = Operation {
            id: "samlCallback",
            method: "POST",
            path: "/saml/signIn/callback",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            SamlCallbackParams { body: None },
            |client, params| {
                let SamlCallbackParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/saml/signIn/callback",
                    );
                if let Some(body) = body {
                    request = request.form(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                301 | 302 | 303 | 307 | 308 => Ok(received.value(())),
                400 => {
                    Err(
                        received
                            .error_json(
                                SamlCallbackError::BadRequest,
                                SamlCallbackError::Unknown,
                            ),
                    )
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                SamlCallbackError::Unauthorized,
                                SamlCallbackError::Unknown,
                            ),
                    )
                }
                404 => Err(Error::Status(SamlCallbackError::NotFound)),
                _ => {
                    Err(Error::Status(SamlCallbackError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// The parameters of [`Client::saml_callback`], kept in its [`Call`] until it is awaited.
pub struct SamlCallbackParams<'a> {
    body: ::std::option::Option<&'a crate::models::SamlCallbackBody>,
}
impl<'a, T, E> Call<'a, SamlCallbackParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/x-www-form-urlencoded`. Request payload
    pub fn body(mut self, body: &'a crate::models::SamlCallbackBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::saml_callback`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SamlCallbackError {
    /// Status `400`: Invalid SAML response format
    BadRequest(crate::models::AuthError),
    /// Status `401`: SAML assertion validation failed (invalid signature, expired, etc.)
    Unauthorized(crate::models::AuthError),
    /// Status `404`: Session expired or user not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SamlCallbackError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "samlCallback", status, message)
    }
}
impl ::std::error::Error for SamlCallbackError {}

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
    ) -> Call<
        '_,
        (),
        crate::models::UpdateSamlAppConfigResponse,
        UpdateSamlAppConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateSamlAppConfig",
            method: "POST",
            path: "/saml/updateAppConfig",
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
                        "/saml/updateAppConfig",
                    );
                Ok(request)
            },
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
#[non_exhaustive]
pub enum UpdateSamlAppConfigError {
    /// Status `401`: Unauthorized - Invalid or missing scoped token
    Unauthorized,
    /// Status `500`: Failed to reload configuration
    InternalServerError,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateSamlAppConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::InternalServerError => (500, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateSamlAppConfig", status, message)
    }
}
impl ::std::error::Error for UpdateSamlAppConfigError {}
