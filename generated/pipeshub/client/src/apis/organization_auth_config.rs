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
    pub fn create_org_auth_config(
        &self,
        body: &crate::models::OrgAuthConfigCreateRequest,
    ) -> Call<'_, crate::models::CreateOrgAuthConfigResponse, CreateOrgAuthConfigError> {
        const OPERATION: Operation = Operation {
            id: "createOrgAuthConfig",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/orgAuthConfig/");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            CreateOrgAuthConfigError::BadRequest(received.json()?),
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
/// Error responses of [`Client::create_org_auth_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOrgAuthConfigError {
    /// Status `400`: Invalid request or organization already exists
    BadRequest(crate::models::AuthError),
    /// Status `409`: Organization with this email already exists
    Conflict,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    ) -> Call<'_, crate::models::AuthConfig, GetAuthMethodsError> {
        const OPERATION: Operation = Operation {
            id: "getAuthMethods",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/orgAuthConfig/authMethods");
        self.call(
            &OPERATION,
            request,
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
pub enum GetAuthMethodsError {
    /// Status `401`: Unauthorized - invalid or missing token
    Unauthorized,
    /// Status `403`: Admin access required - user is not an admin
    Forbidden,
    /// Status `404`: Organization configuration not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn update_auth_method(
        &self,
        body: &crate::models::AuthConfig,
    ) -> Call<'_, crate::models::UpdateAuthMethodResponse, UpdateAuthMethodError> {
        const OPERATION: Operation = Operation {
            id: "updateAuthMethod",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/orgAuthConfig/updateAuthMethod",
            );
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            UpdateAuthMethodError::BadRequest(received.json()?),
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
/// Error responses of [`Client::update_auth_method`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateAuthMethodError {
    /// Status `400`: Invalid request or validation failed (duplicate methods, invalid order, etc.)
    BadRequest(crate::models::AuthError),
    /// Status `401`: Unauthorized - invalid or missing token
    Unauthorized,
    /// Status `403`: Admin access required - user is not an admin
    Forbidden,
    /// Status `404`: Organization configuration not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
