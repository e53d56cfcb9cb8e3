//! Operations of the `User Account` API.
//!
//! User authentication including multi-step MFA, password reset, OTP login, and token management
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Initialize authentication session
    ///
    /// Initialize an authentication session for a user by email address.
    /// This is the first step in the multi-step authentication flow.
    /// <br><br>
    /// <b>Flow:</b><br>
    /// 1. Call this endpoint with the user's email<br>
    /// 2. Receive a session token in the <code>x-session-token</code> response header<br>
    /// 3. Use the session token in subsequent <code>/authenticate</code> calls<br>
    /// 4. The response includes <code>allowedMethods</code> for the first authentication step
    /// <br><br>
    /// <b>Session Token:</b><br>
    /// - Stored in response header <code>x-session-token</code><br>
    /// - Required for all subsequent authentication requests<br>
    /// - Expires after a configured timeout period
    /// <br><br>
    /// <b>Multi-Factor Authentication:</b><br>
    /// If the organization has MFA configured, you'll need to complete multiple
    /// authentication steps. Each step completion returns the next step's allowed methods.
    ///
    /// `POST /userAccount/initAuth` (operation `initAuth`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn init_auth<'a>(
        &'a self,
        body: &'a crate::models::InitAuthRequest,
    ) -> Call<'a, InitAuthParams<'a>, crate::models::InitAuthResponse, InitAuthError> {
        const OPERATION: Operation = Operation {
            id: "initAuth",
            method: "POST",
            path: "/userAccount/initAuth",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            InitAuthParams { body },
            |client, params| {
                let InitAuthParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/userAccount/initAuth",
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
                                InitAuthError::BadRequest,
                                InitAuthError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(InitAuthError::Forbidden, InitAuthError::Unknown),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(InitAuthError::NotFound, InitAuthError::Unknown),
                    )
                }
                _ => Err(Error::Status(InitAuthError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::init_auth`], kept in its [`Call`] until it is awaited.
pub struct InitAuthParams<'a> {
    body: &'a crate::models::InitAuthRequest,
}
/// Error responses of [`Client::init_auth`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum InitAuthError {
    /// Status `400`: Invalid request (malformed email or missing fields)
    BadRequest(crate::models::AuthError),
    /// Status `403`: Account is blocked due to too many failed login attempts
    Forbidden(crate::models::AuthError),
    /// Status `404`: User or organization configuration not found
    NotFound(crate::models::AuthError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for InitAuthError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "initAuth", status, message)
    }
}
impl ::std::error::Error for InitAuthError {}

impl Client {
    /// Authenticate user with credentials
    ///
    /// Authenticate a user using the specified method and credentials.
    /// Requires a valid session token from <code>/initAuth</code>.
    /// <br><br>
    /// <b>Credential Formats by Method:</b><br>
    /// - <code>password</code>: <code>{ "credentials": { "password": "your-password" } }</code><br>
    /// - <code>otp</code>: <code>{ "credentials": { "otp": "123456" } }</code> (6-digit code, valid for 10 minutes)<br>
    /// - <code>google</code>: <code>{ "credentials": "google-id-token-string" }</code><br>
    /// - <code>microsoft</code>: <code>{ "credentials": { "accessToken": "...", "idToken": "..." } }</code><br>
    /// - <code>azureAd</code>: <code>{ "credentials": { "accessToken": "...", "idToken": "..." } }</code><br>
    /// - <code>oauth</code>: <code>{ "credentials": { "accessToken": "...", "idToken": "..." } }</code><br>
    /// - <code>samlSso</code>: Handled via redirect flow (use <code>/saml/signIn</code> instead)
    /// <br><br>
    /// <b>Multi-Step Response:</b><br>
    /// If organization uses MFA, successful authentication returns:<br>
    /// - <code>status: "success"</code> with <code>nextStep</code> and <code>allowedMethods</code> for next step
    /// <br><br>
    /// <b>Fully Authenticated Response:</b><br>
    /// After completing all steps:<br>
    /// - <code>message: "Fully authenticated"</code> with <code>accessToken</code> (1hr) and <code>refreshToken</code> (7d)
    /// <br><br>
    /// <b>Security:</b><br>
    /// - Account locks after 5 consecutive failed attempts<br>
    /// - CAPTCHA may be required if enabled (pass <code>cf-turnstile-response</code>)
    ///
    /// `POST /userAccount/authenticate` (operation `authenticate`)
    ///
    /// # Arguments
    ///
    /// * `x_session_token`: header parameter `x-session-token`. Session token received from `/initAuth` endpoint
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn authenticate<'a>(
        &'a self,
        x_session_token: &'a str,
        body: &'a crate::models::AuthenticateRequest,
    ) -> Call<
        'a,
        AuthenticateParams<'a>,
        crate::models::AuthenticateResponse,
        AuthenticateError,
    > {
        const OPERATION: Operation = Operation {
            id: "authenticate",
            method: "POST",
            path: "/userAccount/authenticate",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            AuthenticateParams {
                x_session_token,
                body,
            },
            |client, params| {
                let AuthenticateParams { x_session_token, body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/userAccount/authenticate",
                    );
                request = request
                    .header(
                        "x-session-token",
                        crate::runtime::simple_text(x_session_token),
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
                                AuthenticateError::BadRequest,
                                AuthenticateError::Unknown,
                            ),
                    )
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                AuthenticateError::Unauthorized,
                                AuthenticateError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                AuthenticateError::Forbidden,
                                AuthenticateError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                AuthenticateError::NotFound,
                                AuthenticateError::Unknown,
                            ),
                    )
                }
                410 => {
                    Err(
                        received
                            .error_json(
                                AuthenticateError::Gone,
                                AuthenticateError::Unknown,
                            ),
                    )
                }
                _ => {
                    Err(Error::Status(AuthenticateError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// The parameters of [`Client::authenticate`], kept in its [`Call`] until it is awaited.
pub struct AuthenticateParams<'a> {
    x_session_token: &'a str,
    body: &'a crate::models::AuthenticateRequest,
}
/// Error responses of [`Client::authenticate`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AuthenticateError {
    /// Status `400`: Invalid request, method not allowed, or invalid credential format
    BadRequest(crate::models::AuthError),
    /// Status `401`: Invalid credentials (wrong password, expired OTP, etc.)
    Unauthorized(crate::models::AuthError),
    /// Status `403`: Account blocked due to too many failed attempts (5 attempts max)
    Forbidden(crate::models::AuthError),
    /// Status `404`: Session expired or user not found
    NotFound(crate::models::AuthError),
    /// Status `410`: OTP has expired (valid for 10 minutes)
    Gone(crate::models::AuthError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AuthenticateError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Gone(body) => (410, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "authenticate", status, message)
    }
}
impl ::std::error::Error for AuthenticateError {}

impl Client {
    /// Generate and send OTP for login
    ///
    /// Generate and send a 6-digit one-time password (OTP) to the user's email.
    /// Use this endpoint before authenticating with the <code>otp</code> method.
    /// <br><br>
    /// <b>OTP Details:</b><br>
    /// - 6 digits numeric code<br>
    /// - Valid for <b>10 minutes</b> after generation<br>
    /// - Sent to user's registered email address
    /// <br><br>
    /// <b>Rate Limiting:</b><br>
    /// - Multiple OTP requests may be rate-limited<br>
    /// - Wait for the current OTP to expire before requesting a new one
    /// <br><br>
    /// <b>CAPTCHA:</b><br>
    /// If Cloudflare Turnstile is enabled, include <code>cf-turnstile-response</code> in the request body.
    ///
    /// `POST /userAccount/login/otp/generate` (operation `generateLoginOtp`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn generate_login_otp<'a>(
        &'a self,
        body: &'a crate::models::OtpGenerateRequest,
    ) -> Call<
        'a,
        GenerateLoginOtpParams<'a>,
        crate::models::GenerateLoginOtpResponse,
        GenerateLoginOtpError,
    > {
        const OPERATION: Operation = Operation {
            id: "generateLoginOtp",
            method: "POST",
            path: "/userAccount/login/otp/generate",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GenerateLoginOtpParams { body },
            |client, params| {
                let GenerateLoginOtpParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/userAccount/login/otp/generate",
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
                                GenerateLoginOtpError::BadRequest,
                                GenerateLoginOtpError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                GenerateLoginOtpError::Forbidden,
                                GenerateLoginOtpError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                GenerateLoginOtpError::NotFound,
                                GenerateLoginOtpError::Unknown,
                            ),
                    )
                }
                429 => Err(Error::Status(GenerateLoginOtpError::TooManyRequests)),
                _ => {
                    Err(
                        Error::Status(
                            GenerateLoginOtpError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::generate_login_otp`], kept in its [`Call`] until it is awaited.
pub struct GenerateLoginOtpParams<'a> {
    body: &'a crate::models::OtpGenerateRequest,
}
/// Error responses of [`Client::generate_login_otp`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GenerateLoginOtpError {
    /// Status `400`: Invalid request or malformed email
    BadRequest(crate::models::AuthError),
    /// Status `403`: Account is blocked due to too many failed attempts
    Forbidden(crate::models::AuthError),
    /// Status `404`: User not found
    NotFound(crate::models::AuthError),
    /// Status `429`: Too many OTP requests - please wait before requesting again
    TooManyRequests,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GenerateLoginOtpError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::TooManyRequests => (429, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "generateLoginOtp", status, message)
    }
}
impl ::std::error::Error for GenerateLoginOtpError {}

impl Client {
    /// Reset password (authenticated user)
    ///
    /// Reset password for an authenticated user. Requires the current password for verification.
    /// <br><br>
    /// <b>Password Requirements:</b><br>
    /// - Minimum 8 characters<br>
    /// - At least 1 uppercase letter (A-Z)<br>
    /// - At least 1 lowercase letter (a-z)<br>
    /// - At least 1 number (0-9)<br>
    /// - At least 1 special character (#?!@$%^&*-)
    /// <br><br>
    /// <b>Security Notes:</b><br>
    /// - A new access token is returned (old tokens are invalidated)<br>
    /// - CAPTCHA may be required if enabled (pass <code>cf-turnstile-response</code>)
    ///
    /// `POST /userAccount/password/reset` (operation `resetPassword`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn reset_password<'a>(
        &'a self,
        body: &'a crate::models::PasswordResetRequest,
    ) -> Call<
        'a,
        ResetPasswordParams<'a>,
        crate::models::PasswordResetResponse,
        ResetPasswordError,
    > {
        const OPERATION: Operation = Operation {
            id: "resetPassword",
            method: "POST",
            path: "/userAccount/password/reset",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ResetPasswordParams { body },
            |client, params| {
                let ResetPasswordParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/userAccount/password/reset",
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
                                ResetPasswordError::BadRequest,
                                ResetPasswordError::Unknown,
                            ),
                    )
                }
                401 => Err(Error::Status(ResetPasswordError::Unauthorized)),
                404 => Err(Error::Status(ResetPasswordError::NotFound)),
                _ => {
                    Err(
                        Error::Status(ResetPasswordError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::reset_password`], kept in its [`Call`] until it is awaited.
pub struct ResetPasswordParams<'a> {
    body: &'a crate::models::PasswordResetRequest,
}
/// Error responses of [`Client::reset_password`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ResetPasswordError {
    /// Status `400`: Invalid request or password doesn't meet requirements
    BadRequest(crate::models::AuthError),
    /// Status `401`: Current password is incorrect
    Unauthorized,
    /// Status `404`: User credentials not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ResetPasswordError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "resetPassword", status, message)
    }
}
impl ::std::error::Error for ResetPasswordError {}

impl Client {
    /// Request password reset email
    ///
    /// Send a password reset link to the user's email.
    /// The link contains a time-limited token that can be used to reset the password.
    /// <br><br>
    /// <b>Note:</b> This endpoint always returns 200 even if the email doesn't exist (to prevent email enumeration).
    ///
    /// `POST /userAccount/password/forgot` (operation `forgotPassword`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Request password reset email
    pub fn forgot_password<'a>(
        &'a self,
        body: &'a crate::models::ForgotPasswordRequest,
    ) -> Call<
        'a,
        ForgotPasswordParams<'a>,
        crate::models::ForgotPasswordResponse,
        ForgotPasswordError,
    > {
        const OPERATION: Operation = Operation {
            id: "forgotPassword",
            method: "POST",
            path: "/userAccount/password/forgot",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            ForgotPasswordParams { body },
            |client, params| {
                let ForgotPasswordParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/userAccount/password/forgot",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(ForgotPasswordError::BadRequest)),
                429 => Err(Error::Status(ForgotPasswordError::TooManyRequests)),
                _ => {
                    Err(
                        Error::Status(
                            ForgotPasswordError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::forgot_password`], kept in its [`Call`] until it is awaited.
pub struct ForgotPasswordParams<'a> {
    body: &'a crate::models::ForgotPasswordRequest,
}
/// Error responses of [`Client::forgot_password`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ForgotPasswordError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `429`: Too many requests - rate limited
    TooManyRequests,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ForgotPasswordError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::TooManyRequests => (429, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "forgotPassword", status, message)
    }
}
impl ::std::error::Error for ForgotPasswordError {}

impl Client {
    /// Reset password with email token
    ///
    /// Reset password using a token received via email from the forgot password flow.
    /// <br><br>
    /// <b>Password Requirements:</b><br>
    /// - Minimum 8 characters<br>
    /// - At least 1 uppercase letter<br>
    /// - At least 1 lowercase letter<br>
    /// - At least 1 number<br>
    /// - At least 1 special character (#?!@$%^&*-)
    /// <br><br>
    /// <b>Security Notes:</b><br>
    /// - Token is single-use and expires after a set time<br>
    /// - A new access token is returned upon successful reset
    ///
    /// `POST /userAccount/password/reset/token` (operation `resetPasswordWithToken`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn reset_password_with_token<'a>(
        &'a self,
        body: &'a crate::models::TokenPasswordResetRequest,
    ) -> Call<
        'a,
        ResetPasswordWithTokenParams<'a>,
        crate::models::PasswordResetResponse,
        ResetPasswordWithTokenError,
    > {
        const OPERATION: Operation = Operation {
            id: "resetPasswordWithToken",
            method: "POST",
            path: "/userAccount/password/reset/token",
            idempotent: false,
            servers: &[],
            security: &[&["scopedToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            ResetPasswordWithTokenParams {
                body,
            },
            |client, params| {
                let ResetPasswordWithTokenParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/userAccount/password/reset/token",
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
                                ResetPasswordWithTokenError::BadRequest,
                                ResetPasswordWithTokenError::Unknown,
                            ),
                    )
                }
                401 => Err(Error::Status(ResetPasswordWithTokenError::Unauthorized)),
                404 => Err(Error::Status(ResetPasswordWithTokenError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ResetPasswordWithTokenError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::reset_password_with_token`], kept in its [`Call`] until it is awaited.
pub struct ResetPasswordWithTokenParams<'a> {
    body: &'a crate::models::TokenPasswordResetRequest,
}
/// Error responses of [`Client::reset_password_with_token`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ResetPasswordWithTokenError {
    /// Status `400`: Invalid request or password doesn't meet requirements
    BadRequest(crate::models::AuthError),
    /// Status `401`: Invalid or expired token
    Unauthorized,
    /// Status `404`: User not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ResetPasswordWithTokenError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "resetPasswordWithToken", status, message)
    }
}
impl ::std::error::Error for ResetPasswordWithTokenError {}

impl Client {
    /// Check if user has password set (Internal)
    ///
    /// Internal endpoint to check if a user has a password configured.
    /// Used by other services to determine authentication capabilities.
    /// <br><br>
    /// <b>Note:</b> This is an internal service-to-service endpoint.
    ///
    /// `GET /userAccount/internal/password/check` (operation `checkPasswordStatus`)
    pub fn check_password_status(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::CheckPasswordStatusResponse,
        CheckPasswordStatusError,
    > {
        const OPERATION: Operation = Operation {
            id: "checkPasswordStatus",
            method: "GET",
            path: "/userAccount/internal/password/check",
            idempotent: true,
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
                        ::reqwest::Method::GET,
                        "/userAccount/internal/password/check",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(CheckPasswordStatusError::Unauthorized)),
                404 => Err(Error::Status(CheckPasswordStatusError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            CheckPasswordStatusError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::check_password_status`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CheckPasswordStatusError {
    /// Status `401`: Unauthorized - invalid scoped token
    Unauthorized,
    /// Status `404`: User not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CheckPasswordStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "checkPasswordStatus", status, message)
    }
}
impl ::std::error::Error for CheckPasswordStatusError {}

impl Client {
    /// Refresh access token
    ///
    /// Get a new access token using a valid refresh token.
    /// <br><br>
    /// <b>Usage:</b><br>
    /// - Pass the refresh token as a Bearer token in the Authorization header<br>
    /// - Returns a new access token (1 hour expiry) and basic user information
    /// <br><br>
    /// <b>Token Lifetimes:</b><br>
    /// - Access token: 1 hour<br>
    /// - Refresh token: 7 days
    /// <br><br>
    /// <b>Best Practices:</b><br>
    /// - Call this endpoint before the access token expires<br>
    /// - Store the new access token and continue using it for authenticated requests<br>
    /// - If refresh fails with 401, redirect user to login flow
    ///
    /// `POST /userAccount/refresh/token` (operation `refreshToken`)
    pub fn refresh_token(
        &self,
    ) -> Call<'_, (), crate::models::RefreshTokenResponse, RefreshTokenError> {
        const OPERATION: Operation = Operation {
            id: "refreshToken",
            method: "POST",
            path: "/userAccount/refresh/token",
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
                        "/userAccount/refresh/token",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => {
                    Err(
                        received
                            .error_json(
                                RefreshTokenError::Unauthorized,
                                RefreshTokenError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                RefreshTokenError::NotFound,
                                RefreshTokenError::Unknown,
                            ),
                    )
                }
                _ => {
                    Err(Error::Status(RefreshTokenError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// Error responses of [`Client::refresh_token`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RefreshTokenError {
    /// Status `401`: Invalid or expired refresh token - user must re-authenticate
    Unauthorized(crate::models::AuthError),
    /// Status `404`: User not found (account may have been deleted)
    NotFound(crate::models::AuthError),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for RefreshTokenError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized(body) => (401, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "refreshToken", status, message)
    }
}
impl ::std::error::Error for RefreshTokenError {}

impl Client {
    /// Logout current session
    ///
    /// Log out the current user session and invalidate tokens.
    /// <br><br>
    /// <b>Effects:</b><br>
    /// - Invalidates the current access token<br>
    /// - Clears server-side session data<br>
    /// - Client should also clear stored tokens locally
    /// <br><br>
    /// <b>Note:</b> This endpoint requires the access token, not the refresh token.
    ///
    /// `POST /userAccount/logout/manual` (operation `logout`)
    pub fn logout(&self) -> Call<'_, (), crate::models::LogoutResponse, LogoutError> {
        const OPERATION: Operation = Operation {
            id: "logout",
            method: "POST",
            path: "/userAccount/logout/manual",
            idempotent: false,
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
                        ::reqwest::Method::POST,
                        "/userAccount/logout/manual",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(LogoutError::Unauthorized)),
                _ => Err(Error::Status(LogoutError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::logout`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum LogoutError {
    /// Status `401`: Unauthorized - invalid or expired access token
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for LogoutError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "logout", status, message)
    }
}
impl ::std::error::Error for LogoutError {}
