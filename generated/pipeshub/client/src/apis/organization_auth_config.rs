//! Operations of the `Organization Auth Config` API.
//!
//! Admin configuration of authentication methods including MFA steps and allowed providers
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Create organization authentication configuration
    ///
    /// Create initial organization authentication configuration during onboarding.
    /// This endpoint creates a new organization with admin user and default auth settings.
    /// <br><br>
    /// <b>Note:</b> This is typically called during the initial setup process.
    ///
    /// `POST /orgAuthConfig/` (operation `createOrgAuthConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Create organization authentication configuration
    pub fn create_org_auth_config<'a>(
        &'a self,
        body: &'a crate::models::OrgAuthConfigCreateRequest,
    ) -> Call<
        'a,
        CreateOrgAuthConfigParams<'a>,
        crate::models::CreateOrgAuthConfigResponse,
        CreateOrgAuthConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "createOrgAuthConfig",
            method: "POST",
            path: "/orgAuthConfig/",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateOrgAuthConfigParams { body },
            |client, params| {
                let CreateOrgAuthConfigParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/orgAuthConfig/");
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
                                CreateOrgAuthConfigError::BadRequest,
                                CreateOrgAuthConfigError::Unknown,
                            ),
                    )
                }
                409 => Err(Error::Status(CreateOrgAuthConfigError::Conflict)),
                _ => {
                    Err(
                        Error::Status(
                            CreateOrgAuthConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_org_auth_config`], kept in its [`Call`] until it is awaited.
pub struct CreateOrgAuthConfigParams<'a> {
    body: &'a crate::models::OrgAuthConfigCreateRequest,
}
/// Error responses of [`Client::create_org_auth_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateOrgAuthConfigError {
    /// Status `400`: Invalid request or organization already exists
    BadRequest(crate::models::AuthError),
    /// Status `409`: Organization with this email already exists
    Conflict,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateOrgAuthConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Conflict => (409, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createOrgAuthConfig", status, message)
    }
}
impl ::std::error::Error for CreateOrgAuthConfigError {}

impl Client {
    /// Get organization authentication methods
    ///
    /// Retrieve the configured authentication methods for the organization.
    /// <br><br>
    /// <b>Response Structure:</b><br>
    /// Returns an array of authentication steps, each containing:<br>
    /// - <code>order</code>: Step number (1-3)<br>
    /// - <code>allowedMethods</code>: Array of methods allowed for that step
    /// <br><br>
    /// <b>Example Response:</b><br>
    /// <pre>
    /// {
    /// "authMethods": [
    /// { "order": 1, "allowedMethods": [{ "type": "password" }, { "type": "google" }] },
    /// { "order": 2, "allowedMethods": [{ "type": "otp" }] }
    /// ]
    /// }
    /// </pre>
    /// <br>
    /// <b>Admin Access Required:</b> Only organization admins can view auth configuration.
    ///
    /// `GET /orgAuthConfig/authMethods` (operation `getAuthMethods`)
    pub fn get_auth_methods(
        &self,
    ) -> Call<'_, (), crate::models::AuthConfig, GetAuthMethodsError> {
        const OPERATION: Operation = Operation {
            id: "getAuthMethods",
            method: "GET",
            path: "/orgAuthConfig/authMethods",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
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
                        "/orgAuthConfig/authMethods",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetAuthMethodsError::Unauthorized)),
                403 => Err(Error::Status(GetAuthMethodsError::Forbidden)),
                404 => Err(Error::Status(GetAuthMethodsError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetAuthMethodsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_auth_methods`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAuthMethodsError {
    /// Status `401`: Unauthorized - invalid or missing token
    Unauthorized,
    /// Status `403`: Admin access required - user is not an admin
    Forbidden,
    /// Status `404`: Organization configuration not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAuthMethodsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAuthMethods", status, message)
    }
}
impl ::std::error::Error for GetAuthMethodsError {}

impl Client {
    /// Update organization authentication methods
    ///
    /// Update the authentication methods configuration for an organization.
    /// This allows admins to configure single or multi-factor authentication.
    /// <br><br>
    /// <b>Validation Rules:</b><br>
    /// - Minimum 1 step, maximum 3 steps<br>
    /// - Each step must have a unique order (1, 2, or 3)<br>
    /// - No duplicate methods within the same step<br>
    /// - No method can appear in multiple steps<br>
    /// - Each step must have at least one allowed method
    /// <br><br>
    /// <b>Available Methods:</b><br>
    /// - <code>password</code>: Email/password authentication<br>
    /// - <code>otp</code>: One-time password via email<br>
    /// - <code>google</code>: Google OAuth 2.0<br>
    /// - <code>microsoft</code>: Microsoft OAuth 2.0<br>
    /// - <code>azureAd</code>: Azure Active Directory<br>
    /// - <code>samlSso</code>: SAML 2.0 Single Sign-On<br>
    /// - <code>oauth</code>: Generic OAuth 2.0 provider
    /// <br><br>
    /// <b>Example - Single Factor (Password or Google):</b><br>
    /// <pre>
    /// {
    /// "authMethods": [
    /// { "order": 1, "allowedMethods": [{ "type": "password" }, { "type": "google" }] }
    /// ]
    /// }
    /// </pre>
    /// <br>
    /// <b>Example - Two Factor (Password + OTP):</b><br>
    /// <pre>
    /// {
    /// "authMethods": [
    /// { "order": 1, "allowedMethods": [{ "type": "password" }] },
    /// { "order": 2, "allowedMethods": [{ "type": "otp" }] }
    /// ]
    /// }
    /// </pre>
    /// <br>
    /// <b>Admin Access Required:</b> Only organization admins can update auth configuration.
    ///
    /// `POST /orgAuthConfig/updateAuthMethod` (operation `updateAuthMethod`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_auth_method<'a>(
        &'a self,
        body: &'a crate::models::AuthConfig,
    ) -> Call<
        'a,
        UpdateAuthMethodParams<'a>,
        crate::models::UpdateAuthMethodResponse,
        UpdateAuthMethodError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateAuthMethod",
            method: "POST",
            path: "/orgAuthConfig/updateAuthMethod",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateAuthMethodParams { body },
            |client, params| {
                let UpdateAuthMethodParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/orgAuthConfig/updateAuthMethod",
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
                                UpdateAuthMethodError::BadRequest,
                                UpdateAuthMethodError::Unknown,
                            ),
                    )
                }
                401 => Err(Error::Status(UpdateAuthMethodError::Unauthorized)),
                403 => Err(Error::Status(UpdateAuthMethodError::Forbidden)),
                404 => Err(Error::Status(UpdateAuthMethodError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateAuthMethodError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_auth_method`], kept in its [`Call`] until it is awaited.
pub struct UpdateAuthMethodParams<'a> {
    body: &'a crate::models::AuthConfig,
}
/// Error responses of [`Client::update_auth_method`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateAuthMethodError {
    /// Status `400`: Invalid request or validation failed (duplicate methods, invalid order, etc.)
    BadRequest(crate::models::AuthError),
    /// Status `401`: Unauthorized - invalid or missing token
    Unauthorized,
    /// Status `403`: Admin access required - user is not an admin
    Forbidden,
    /// Status `404`: Organization configuration not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateAuthMethodError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateAuthMethod", status, message)
    }
}
impl ::std::error::Error for UpdateAuthMethodError {}
