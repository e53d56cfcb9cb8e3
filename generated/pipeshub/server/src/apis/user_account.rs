//! The `User Account` API.
//!
//! User authentication including multi-step MFA, password reset, OTP login, and token management
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// User authentication including multi-step MFA, password reset, OTP login, and token management
pub trait UserAccountApi: Clone + Send + Sync + 'static {
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
    fn init_auth(
        &self,
        request: InitAuthRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<InitAuthResponse>> + Send;
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
    fn authenticate(
        &self,
        request: AuthenticateRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<AuthenticateResponse>> + Send;
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
    fn generate_login_otp(
        &self,
        request: GenerateLoginOtpRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GenerateLoginOtpResponse>,
    > + Send;
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
    fn reset_password(
        &self,
        request: ResetPasswordRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ResetPasswordResponse>> + Send;
    /// Request password reset email
    ///
    /// Send a password reset link to the user's email.
    /// The link contains a time-limited token that can be used to reset the password.
    /// <br><br>
    /// <b>Note:</b> This endpoint always returns 200 even if the email doesn't exist (to prevent email enumeration).
    ///
    /// `POST /userAccount/password/forgot` (operation `forgotPassword`)
    fn forgot_password(
        &self,
        request: ForgotPasswordRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ForgotPasswordResponse>,
    > + Send;
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
    fn reset_password_with_token(
        &self,
        request: ResetPasswordWithTokenRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ResetPasswordWithTokenResponse>,
    > + Send;
    /// Check if user has password set (Internal)
    ///
    /// Internal endpoint to check if a user has a password configured.
    /// Used by other services to determine authentication capabilities.
    /// <br><br>
    /// <b>Note:</b> This is an internal service-to-service endpoint.
    ///
    /// `GET /userAccount/internal/password/check` (operation `checkPasswordStatus`)
    fn check_password_status(
        &self,
        request: CheckPasswordStatusRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CheckPasswordStatusResponse>,
    > + Send;
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
    fn refresh_token(
        &self,
        request: RefreshTokenRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<RefreshTokenResponse>> + Send;
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
    fn logout(
        &self,
        request: LogoutRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<LogoutResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(user_account::routes().merge(...), service)`.
pub fn routes<S: UserAccountApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/userAccount/authenticate",
            axum::routing::post(crate::apis::user_account::handle_authenticate::<S>),
        );
    let routes = routes
        .route(
            "/userAccount/initAuth",
            axum::routing::post(crate::apis::user_account::handle_init_auth::<S>),
        );
    let routes = routes
        .route(
            "/userAccount/internal/password/check",
            axum::routing::get(
                crate::apis::user_account::handle_check_password_status::<S>,
            ),
        );
    let routes = routes
        .route(
            "/userAccount/login/otp/generate",
            axum::routing::post(
                crate::apis::user_account::handle_generate_login_otp::<S>,
            ),
        );
    let routes = routes
        .route(
            "/userAccount/logout/manual",
            axum::routing::post(crate::apis::user_account::handle_logout::<S>),
        );
    let routes = routes
        .route(
            "/userAccount/password/forgot",
            axum::routing::post(crate::apis::user_account::handle_forgot_password::<S>),
        );
    let routes = routes
        .route(
            "/userAccount/password/reset",
            axum::routing::post(crate::apis::user_account::handle_reset_password::<S>),
        );
    let routes = routes
        .route(
            "/userAccount/password/reset/token",
            axum::routing::post(
                crate::apis::user_account::handle_reset_password_with_token::<S>,
            ),
        );
    routes
        .route(
            "/userAccount/refresh/token",
            axum::routing::post(crate::apis::user_account::handle_refresh_token::<S>),
        )
}

/// What a `POST /userAccount/initAuth` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct InitAuthRequest {
    /// The request body (`application/json`).
    pub body: crate::models::InitAuthRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /userAccount/initAuth` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum InitAuthResponse {
    /// Status `200`: Authentication session initialized successfully
    Ok { body: crate::models::InitAuthResponse, headers: InitAuthOkHeaders },
    /// Status `400`: Invalid request (malformed email or missing fields)
    BadRequest(crate::models::AuthError),
    /// Status `403`: Account is blocked due to too many failed login attempts
    Forbidden(crate::models::AuthError),
    /// Status `404`: User or organization configuration not found
    NotFound(crate::models::AuthError),
}
impl IntoResponse for InitAuthResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = runtime::json(runtime::status(200), body);
                headers.write(response.headers_mut());
                response
            }
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
        }
    }
}
/// The headers of the `200` response of `POST /userAccount/initAuth`.
#[derive(Debug, Clone, PartialEq)]
pub struct InitAuthOkHeaders {
    /// `x-session-token`
    ///
    /// Session token for subsequent authentication requests. Store this securely.
    pub x_session_token: ::std::option::Option<::std::string::String>,
}
impl InitAuthOkHeaders {
    /// Adds the headers to a response's.
    pub fn write(&self, map: &mut HeaderMap) {
        if let Some(value) = &self.x_session_token {
            runtime::set_header(map, "x-session-token", value);
        }
    }
}
impl InitAuthRequest {
    /// Reads and checks a `POST /userAccount/initAuth` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(InitAuthRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /userAccount/initAuth` request and hands it to [`UserAccountApi::init_auth`].
pub async fn handle_init_auth<S: UserAccountApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "initAuth",
        path: "/userAccount/initAuth",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            InitAuthRequest::read,
            |request| service.init_auth(request),
        )
        .await
}

/// What a `POST /userAccount/authenticate` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthenticateRequest {
    /// header parameter `x-session-token`.
    ///
    /// Session token received from `/initAuth` endpoint
    pub x_session_token: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::AuthenticateRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /userAccount/authenticate` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AuthenticateResponse {
    /// Status `200`: Authentication step successful or fully authenticated
    Ok(crate::models::AuthenticateResponse),
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
}
impl IntoResponse for AuthenticateResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Gone(body) => runtime::json(runtime::status(410), body),
        }
    }
}
impl AuthenticateRequest {
    /// Reads and checks a `POST /userAccount/authenticate` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(AuthenticateRequest {
            x_session_token: runtime::header_required(headers, "x-session-token")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /userAccount/authenticate` request and hands it to [`UserAccountApi::authenticate`].
pub async fn handle_authenticate<S: UserAccountApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "authenticate",
        path: "/userAccount/authenticate",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AuthenticateRequest::read,
            |request| service.authenticate(request),
        )
        .await
}

/// What a `POST /userAccount/login/otp/generate` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerateLoginOtpRequest {
    /// The request body (`application/json`).
    pub body: crate::models::OtpGenerateRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /userAccount/login/otp/generate` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GenerateLoginOtpResponse {
    /// Status `200`: OTP generated and sent successfully
    Ok(crate::models::GenerateLoginOtpResponse),
    /// Status `400`: Invalid request or malformed email
    BadRequest(crate::models::AuthError),
    /// Status `403`: Account is blocked due to too many failed attempts
    Forbidden(crate::models::AuthError),
    /// Status `404`: User not found
    NotFound(crate::models::AuthError),
    /// Status `429`: Too many OTP requests - please wait before requesting again
    TooManyRequests,
}
impl IntoResponse for GenerateLoginOtpResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::TooManyRequests => runtime::empty(runtime::status(429)),
        }
    }
}
impl GenerateLoginOtpRequest {
    /// Reads and checks a `POST /userAccount/login/otp/generate` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GenerateLoginOtpRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /userAccount/login/otp/generate` request and hands it to [`UserAccountApi::generate_login_otp`].
pub async fn handle_generate_login_otp<S: UserAccountApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "generateLoginOtp",
        path: "/userAccount/login/otp/generate",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GenerateLoginOtpRequest::read,
            |request| service.generate_login_otp(request),
        )
        .await
}

/// What a `POST /userAccount/password/reset` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ResetPasswordRequest {
    /// The request body (`application/json`).
    pub body: crate::models::PasswordResetRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /userAccount/password/reset` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ResetPasswordResponse {
    /// Status `200`: Password reset successfully
    Ok(crate::models::PasswordResetResponse),
    /// Status `400`: Invalid request or password doesn't meet requirements
    BadRequest(crate::models::AuthError),
    /// Status `401`: Current password is incorrect
    Unauthorized,
    /// Status `404`: User credentials not found
    NotFound,
}
impl IntoResponse for ResetPasswordResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ResetPasswordRequest {
    /// Reads and checks a `POST /userAccount/password/reset` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ResetPasswordRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /userAccount/password/reset` request and hands it to [`UserAccountApi::reset_password`].
pub async fn handle_reset_password<S: UserAccountApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "resetPassword",
        path: "/userAccount/password/reset",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ResetPasswordRequest::read,
            |request| service.reset_password(request),
        )
        .await
}

/// What a `POST /userAccount/password/forgot` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ForgotPasswordRequest {
    /// The request body (`application/json`).
    pub body: crate::models::ForgotPasswordRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /userAccount/password/forgot` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ForgotPasswordResponse {
    /// Status `200`: Password reset email sent successfully (or email not found - same response for security)
    Ok(crate::models::ForgotPasswordResponse),
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `429`: Too many requests - rate limited
    TooManyRequests,
}
impl IntoResponse for ForgotPasswordResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::TooManyRequests => runtime::empty(runtime::status(429)),
        }
    }
}
impl ForgotPasswordRequest {
    /// Reads and checks a `POST /userAccount/password/forgot` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ForgotPasswordRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /userAccount/password/forgot` request and hands it to [`UserAccountApi::forgot_password`].
pub async fn handle_forgot_password<S: UserAccountApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "forgotPassword",
        path: "/userAccount/password/forgot",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ForgotPasswordRequest::read,
            |request| service.forgot_password(request),
        )
        .await
}

/// What a `POST /userAccount/password/reset/token` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ResetPasswordWithTokenRequest {
    /// The request body (`application/json`).
    pub body: crate::models::TokenPasswordResetRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /userAccount/password/reset/token` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ResetPasswordWithTokenResponse {
    /// Status `200`: Password reset successfully
    Ok(crate::models::PasswordResetResponse),
    /// Status `400`: Invalid request or password doesn't meet requirements
    BadRequest(crate::models::AuthError),
    /// Status `401`: Invalid or expired token
    Unauthorized,
    /// Status `404`: User not found
    NotFound,
}
impl IntoResponse for ResetPasswordWithTokenResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ResetPasswordWithTokenRequest {
    /// Reads and checks a `POST /userAccount/password/reset/token` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ResetPasswordWithTokenRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /userAccount/password/reset/token` request and hands it to [`UserAccountApi::reset_password_with_token`].
pub async fn handle_reset_password_with_token<S: UserAccountApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "resetPasswordWithToken",
        path: "/userAccount/password/reset/token",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ResetPasswordWithTokenRequest::read,
            |request| service.reset_password_with_token(request),
        )
        .await
}

/// What a `GET /userAccount/internal/password/check` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckPasswordStatusRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /userAccount/internal/password/check` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckPasswordStatusResponse {
    /// Status `200`: Password status retrieved
    Ok(crate::models::CheckPasswordStatusResponse),
    /// Status `401`: Unauthorized - invalid scoped token
    Unauthorized,
    /// Status `404`: User not found
    NotFound,
}
impl IntoResponse for CheckPasswordStatusResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl CheckPasswordStatusRequest {
    /// Reads and checks a `GET /userAccount/internal/password/check` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CheckPasswordStatusRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /userAccount/internal/password/check` request and hands it to [`UserAccountApi::check_password_status`].
pub async fn handle_check_password_status<S: UserAccountApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "checkPasswordStatus",
        path: "/userAccount/internal/password/check",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CheckPasswordStatusRequest::read,
            |request| service.check_password_status(request),
        )
        .await
}

/// What a `POST /userAccount/refresh/token` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshTokenRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /userAccount/refresh/token` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RefreshTokenResponse {
    /// Status `200`: Token refreshed successfully
    Ok(crate::models::RefreshTokenResponse),
    /// Status `401`: Invalid or expired refresh token - user must re-authenticate
    Unauthorized(crate::models::AuthError),
    /// Status `404`: User not found (account may have been deleted)
    NotFound(crate::models::AuthError),
}
impl IntoResponse for RefreshTokenResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
        }
    }
}
impl RefreshTokenRequest {
    /// Reads and checks a `POST /userAccount/refresh/token` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RefreshTokenRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /userAccount/refresh/token` request and hands it to [`UserAccountApi::refresh_token`].
pub async fn handle_refresh_token<S: UserAccountApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "refreshToken",
        path: "/userAccount/refresh/token",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RefreshTokenRequest::read,
            |request| service.refresh_token(request),
        )
        .await
}

/// What a `POST /userAccount/logout/manual` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct LogoutRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /userAccount/logout/manual` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum LogoutResponse {
    /// Status `200`: Logged out successfully
    Ok(crate::models::LogoutResponse),
    /// Status `401`: Unauthorized - invalid or expired access token
    Unauthorized,
}
impl IntoResponse for LogoutResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl LogoutRequest {
    /// Reads and checks a `POST /userAccount/logout/manual` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(LogoutRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /userAccount/logout/manual` request and hands it to [`UserAccountApi::logout`].
pub async fn handle_logout<S: UserAccountApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "logout",
        path: "/userAccount/logout/manual",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            LogoutRequest::read,
            |request| service.logout(request),
        )
        .await
}
