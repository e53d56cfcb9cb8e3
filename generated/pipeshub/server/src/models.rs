//! The API's data types, generated from its schemas.
/// Authentication method configuration
///
/// Schema `AuthMethod`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct AuthMethod {
    /// Type of authentication method:
    /// - `password`: Email/password authentication
    /// - `otp`: One-time password via email (6-digit, expires in 10 minutes)
    /// - `google`: Google OAuth 2.0
    /// - `microsoft`: Microsoft OAuth 2.0
    /// - `azureAd`: Azure Active Directory
    /// - `samlSso`: SAML 2.0 Single Sign-On
    /// - `oauth`: Generic OAuth 2.0 provider
    #[serde(rename = "type")]
    pub type_: AuthMethodType,
}
crate::runtime::read_object! {
    AuthMethod {
        type_: "type" required,
    }
}
/// A single step in multi-factor authentication flow
///
/// Schema `AuthStep`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AuthStep {
    /// Order of the authentication step (1-3, must be unique across steps)
    pub order: i64,
    /// List of allowed authentication methods for this step. User can choose any one method from this list.
    #[serde(rename = "allowedMethods")]
    pub allowed_methods: ::std::vec::Vec<AuthMethod>,
}
crate::runtime::read_object! {
    AuthStep {
        order: "order" required,
        allowed_methods: "allowedMethods" required,
    }
}
/// Organization authentication configuration. Supports 1-3 authentication steps for multi-factor authentication.
/// **Validation Rules:**
/// - Minimum 1 step, maximum 3 steps
/// - Each step must have unique order
/// - No duplicate methods within the same step
/// - No method can appear in multiple steps
///
/// Schema `AuthConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AuthConfig {
    /// List of authentication steps in order
    #[serde(rename = "authMethods")]
    pub auth_methods: ::std::vec::Vec<AuthStep>,
}
crate::runtime::read_object! {
    AuthConfig {
        auth_methods: "authMethods" required,
    }
}
/// Request to initialize authentication session
///
/// Schema `InitAuthRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct InitAuthRequest {
    /// User email address (RFC 5321 compliant)
    pub email: ::std::string::String,
}
crate::runtime::read_object! {
    InitAuthRequest {
        email: "email" required,
    }
}
/// Response containing available authentication methods and session info
///
/// Schema `InitAuthResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct InitAuthResponse {
    /// Current authentication step (0-indexed). Always 0 for initial response.
    #[serde(
        rename = "currentStep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_step: ::std::option::Option<i64>,
    /// List of allowed authentication methods for the current step
    #[serde(
        rename = "allowedMethods",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_methods: ::std::option::Option<::std::vec::Vec<InitAuthResponseAllowedMethodsItem>>,
    /// Response message
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "authProviders",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_providers: ::std::option::Option<AuthProviders>,
}
crate::runtime::read_object! {
    InitAuthResponse {
        current_step: "currentStep" optional,
        allowed_methods: "allowedMethods" optional,
        message: "message" optional,
        auth_providers: "authProviders" optional,
    }
}
/// Configuration for external authentication providers (returned when those methods are allowed)
///
/// Schema `AuthProviders`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AuthProviders {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub google: ::std::option::Option<AuthProvidersGoogle>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub microsoft: ::std::option::Option<AuthProvidersMicrosoft>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub azuread: ::std::option::Option<AuthProvidersAzuread>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub oauth: ::std::option::Option<AuthProvidersOauth>,
}
crate::runtime::read_object! {
    AuthProviders {
        google: "google" optional,
        microsoft: "microsoft" optional,
        azuread: "azuread" optional,
        oauth: "oauth" optional,
    }
}
/// Request to authenticate using specified method.
/// **Credential format varies by method:**
/// - `password`: `{ password: "string" }`
/// - `otp`: `{ otp: "123456" }` (6-digit code)
/// - `google`: `"google-id-token-string"`
/// - `microsoft`: `{ accessToken: "...", idToken: "..." }`
/// - `azureAd`: `{ accessToken: "...", idToken: "..." }`
/// - `oauth`: `{ accessToken: "...", idToken: "..." }`
/// - `samlSso`: handled via redirect flow
///
/// Schema `AuthenticateRequest`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct AuthenticateRequest {
    /// Authentication method to use
    pub method: AuthenticateRequestMethod,
    /// Credentials based on the authentication method
    pub credentials: AuthenticateRequestCredentials,
    /// Optional email for verification (used with some OAuth methods)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// Cloudflare Turnstile CAPTCHA token (optional, if CAPTCHA is enabled)
    #[serde(
        rename = "cf-turnstile-response",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cf_turnstile_response: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    AuthenticateRequest {
        method: "method" required,
        credentials: "credentials" required,
        email: "email" optional,
        cf_turnstile_response: "cf-turnstile-response" optional,
    }
}
/// Credentials for password authentication
///
/// Schema `PasswordCredentials`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PasswordCredentials {
    /// User password
    pub password: ::std::string::String,
}
crate::runtime::read_object! {
    PasswordCredentials {
        password: "password" required,
    }
}
/// Credentials for OTP authentication
///
/// Schema `OtpCredentials`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OtpCredentials {
    /// 6-digit one-time password
    pub otp: ::std::string::String,
}
crate::runtime::read_object! {
    OtpCredentials {
        otp: "otp" required,
    }
}
/// Credentials for OAuth authentication (Microsoft, Azure AD, generic OAuth)
///
/// Schema `OAuthCredentials`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthCredentials {
    /// OAuth access token
    #[serde(rename = "accessToken")]
    pub access_token: ::std::string::String,
    /// OAuth ID token (JWT)
    #[serde(
        rename = "idToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    OAuthCredentials {
        access_token: "accessToken" required,
        id_token: "idToken" optional,
    }
}
/// Authentication response. Two possible outcomes:
/// 1. **Multi-step in progress**: Returns `status: "success"` with `nextStep` and `allowedMethods`
/// 2. **Fully authenticated**: Returns `message: "Fully authenticated"` with `accessToken` and `refreshToken`
///
/// Schema `AuthenticateResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AuthenticateResponse {
    /// Authentication step status (for multi-step auth)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<AuthenticateResponseStatus>,
    /// Response message (e.g., "Fully authenticated")
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Next authentication step number (if multi-step auth continues)
    #[serde(
        rename = "nextStep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_step: ::std::option::Option<i64>,
    /// Allowed methods for next step (if multi-step auth continues)
    #[serde(
        rename = "allowedMethods",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_methods: ::std::option::Option<::std::vec::Vec<InitAuthResponseAllowedMethodsItem>>,
    #[serde(
        rename = "authProviders",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_providers: ::std::option::Option<AuthProviders>,
    /// JWT access token (1 hour expiry). Only returned when fully authenticated.
    #[serde(
        rename = "accessToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_token: ::std::option::Option<::std::string::String>,
    /// JWT refresh token (7 days expiry). Only returned when fully authenticated.
    #[serde(
        rename = "refreshToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refresh_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    AuthenticateResponse {
        status: "status" optional,
        message: "message" optional,
        next_step: "nextStep" optional,
        allowed_methods: "allowedMethods" optional,
        auth_providers: "authProviders" optional,
        access_token: "accessToken" optional,
        refresh_token: "refreshToken" optional,
    }
}
/// Request to generate and send OTP
///
/// Schema `OtpGenerateRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OtpGenerateRequest {
    /// Email address to send OTP to
    pub email: ::std::string::String,
    /// Cloudflare Turnstile CAPTCHA token (optional)
    #[serde(
        rename = "cf-turnstile-response",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cf_turnstile_response: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    OtpGenerateRequest {
        email: "email" required,
        cf_turnstile_response: "cf-turnstile-response" optional,
    }
}
/// Request to reset password for authenticated user
///
/// Schema `PasswordResetRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PasswordResetRequest {
    /// Current password for verification
    #[serde(rename = "currentPassword")]
    pub current_password: ::std::string::String,
    /// New password. Must meet the following requirements:
    /// - Minimum 8 characters
    /// - At least 1 uppercase letter
    /// - At least 1 lowercase letter
    /// - At least 1 number
    /// - At least 1 special character (#?!@$%^&*-)
    #[serde(rename = "newPassword")]
    pub new_password: ::std::string::String,
    /// Cloudflare Turnstile CAPTCHA token (optional)
    #[serde(
        rename = "cf-turnstile-response",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cf_turnstile_response: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    PasswordResetRequest {
        current_password: "currentPassword" required,
        new_password: "newPassword" required,
        cf_turnstile_response: "cf-turnstile-response" optional,
    }
}
/// Response after successful password reset
///
/// Schema `PasswordResetResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PasswordResetResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::string::String>,
    /// New JWT access token (since password change invalidates old tokens)
    #[serde(
        rename = "accessToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    PasswordResetResponse {
        data: "data" optional,
        access_token: "accessToken" optional,
    }
}
/// Request to send password reset email
///
/// Schema `ForgotPasswordRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ForgotPasswordRequest {
    /// Email address to send reset link to
    pub email: ::std::string::String,
    /// Cloudflare Turnstile CAPTCHA token (optional)
    #[serde(
        rename = "cf-turnstile-response",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cf_turnstile_response: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    ForgotPasswordRequest {
        email: "email" required,
        cf_turnstile_response: "cf-turnstile-response" optional,
    }
}
/// Request to reset password using email token
///
/// Schema `TokenPasswordResetRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct TokenPasswordResetRequest {
    /// New password (must meet password requirements)
    pub password: ::std::string::String,
}
crate::runtime::read_object! {
    TokenPasswordResetRequest {
        password: "password" required,
    }
}
/// Response with new access token
///
/// Schema `RefreshTokenResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RefreshTokenResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<UserBasic>,
    /// New JWT access token (1 hour expiry)
    #[serde(
        rename = "accessToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    RefreshTokenResponse {
        user: "user" optional,
        access_token: "accessToken" optional,
    }
}
/// Basic user information
///
/// Schema `UserBasic`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UserBasic {
    /// User ID
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "fullName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub full_name: ::std::option::Option<::std::string::String>,
    /// Organization ID
    #[serde(
        rename = "orgId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "accountType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_type: ::std::option::Option<UserBasicAccountType>,
}
crate::runtime::read_object! {
    UserBasic {
        id: "_id" optional,
        email: "email" optional,
        full_name: "fullName" optional,
        org_id: "orgId" optional,
        account_type: "accountType" optional,
    }
}
/// Request to exchange OAuth authorization code for tokens
///
/// Schema `OAuthExchangeRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthExchangeRequest {
    /// OAuth authorization code
    pub code: ::std::string::String,
    /// User email
    pub email: ::std::string::String,
    /// OAuth provider name
    pub provider: ::std::string::String,
    /// Redirect URI used in authorization request
    #[serde(rename = "redirectUri")]
    pub redirect_uri: ::std::string::String,
}
crate::runtime::read_object! {
    OAuthExchangeRequest {
        code: "code" required,
        email: "email" required,
        provider: "provider" required,
        redirect_uri: "redirectUri" required,
    }
}
/// OAuth token response
///
/// Schema `OAuthExchangeResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthExchangeResponse {
    /// OAuth access token
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub access_token: ::std::option::Option<::std::string::String>,
    /// OAuth ID token (JWT)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id_token: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token_type: ::std::option::Option<::std::string::String>,
    /// Token expiry in seconds
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_in: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    OAuthExchangeResponse {
        access_token: "access_token" optional,
        id_token: "id_token" optional,
        token_type: "token_type" optional,
        expires_in: "expires_in" optional,
    }
}
/// Request to create initial organization auth configuration
///
/// Schema `OrgAuthConfigCreateRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OrgAuthConfigCreateRequest {
    /// Organization contact email
    #[serde(rename = "contactEmail")]
    pub contact_email: ::std::string::String,
    /// Organization registered name
    #[serde(rename = "registeredName")]
    pub registered_name: ::std::string::String,
    /// Admin user full name
    #[serde(rename = "adminFullName")]
    pub admin_full_name: ::std::string::String,
    /// Whether to send welcome email
    #[serde(
        rename = "sendEmail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub send_email: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    OrgAuthConfigCreateRequest {
        contact_email: "contactEmail" required,
        registered_name: "registeredName" required,
        admin_full_name: "adminFullName" required,
        send_email: "sendEmail" optional,
    }
}
/// Authentication error response with details for debugging and user feedback.<br><br>
/// <b>Common Error Codes:</b><br>
/// <ul>
/// <li><code>INVALID_CREDENTIALS</code> - Wrong password or OTP</li>
/// <li><code>ACCOUNT_BLOCKED</code> - Account locked after 5 failed attempts</li>
/// <li><code>SESSION_EXPIRED</code> - Session token has expired</li>
/// <li><code>OTP_EXPIRED</code> - OTP code has expired (10 min validity)</li>
/// <li><code>USER_NOT_FOUND</code> - Email not registered</li>
/// <li><code>INVALID_TOKEN</code> - JWT token is invalid or malformed</li>
/// <li><code>METHOD_NOT_ALLOWED</code> - Auth method not enabled for org</li>
/// </ul>
///
/// Schema `AuthError`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AuthError {
    /// Error type identifier
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    /// Human-readable error message
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Error code for programmatic handling
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// HTTP status code
    #[serde(
        rename = "statusCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_code: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    AuthError {
        error: "error" optional,
        message: "message" optional,
        code: "code" optional,
        status_code: "statusCode" optional,
    }
}
/// Request to submit user consent for OAuth authorization
///
/// Schema `OAuthConsentRequest`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OAuthConsentRequest {
    /// The OAuth app's client ID
    pub client_id: ::std::string::String,
    /// Redirect URI (must match authorization request)
    pub redirect_uri: ::std::string::String,
    /// Requested scopes
    pub scope: ::std::string::String,
    /// State parameter from authorization request
    pub state: ::std::string::String,
    /// User's consent decision
    pub consent: OAuthConsentRequestConsent,
    /// PKCE code challenge (if used in authorization request)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code_challenge: ::std::option::Option<::std::string::String>,
    /// PKCE challenge method
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code_challenge_method: ::std::option::Option<OAuthConsentRequestCodeChallengeMethod>,
}
crate::runtime::read_object! {
    OAuthConsentRequest {
        client_id: "client_id" required,
        redirect_uri: "redirect_uri" required,
        scope: "scope" required,
        state: "state" required,
        consent: "consent" required,
        code_challenge: "code_challenge" optional,
        code_challenge_method: "code_challenge_method" optional,
    }
}
/// OAuth 2.0 Token Request (RFC 6749 Section 4.1.3).
/// Request body for exchanging authorization code or credentials for tokens.
///
/// Schema `OAuthTokenRequest`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OAuthTokenRequest {
    /// OAuth grant type:
    /// - `authorization_code`: Exchange auth code for tokens
    /// - `client_credentials`: Machine-to-machine auth
    /// - `refresh_token`: Get new access token using refresh token
    pub grant_type: OAuthTokenRequestGrantType,
    /// Authorization code (required for authorization_code grant)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// Redirect URI (required for authorization_code grant)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub redirect_uri: ::std::option::Option<::std::string::String>,
    /// Client ID (can also be sent via Basic auth header)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub client_id: ::std::option::Option<::std::string::String>,
    /// Client secret (can also be sent via Basic auth header)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub client_secret: ::std::option::Option<::std::string::String>,
    /// Refresh token (required for refresh_token grant)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub refresh_token: ::std::option::Option<::std::string::String>,
    /// Requested scopes (optional, defaults to original grant scopes)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
    /// PKCE code verifier (RFC 7636). Required if code_challenge was used.
    /// Must be 43-128 characters from [A-Za-z0-9-._~]
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code_verifier: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    OAuthTokenRequest {
        grant_type: "grant_type" required,
        code: "code" optional,
        redirect_uri: "redirect_uri" optional,
        client_id: "client_id" optional,
        client_secret: "client_secret" optional,
        refresh_token: "refresh_token" optional,
        scope: "scope" optional,
        code_verifier: "code_verifier" optional,
    }
}
/// OAuth 2.0 Token Response (RFC 6749 Section 5.1).
/// Contains the access token and optional refresh/ID tokens.
///
/// Schema `OAuthTokenResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthTokenResponse {
    /// The access token for API requests
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub access_token: ::std::option::Option<::std::string::String>,
    /// Token type (always "Bearer")
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token_type: ::std::option::Option<::std::string::String>,
    /// Access token lifetime in seconds
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_in: ::std::option::Option<i64>,
    /// Refresh token for obtaining new access tokens
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub refresh_token: ::std::option::Option<::std::string::String>,
    /// Granted scopes (may differ from requested)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
    /// OpenID Connect ID token (JWT) if openid scope was requested
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    OAuthTokenResponse {
        access_token: "access_token" optional,
        token_type: "token_type" optional,
        expires_in: "expires_in" optional,
        refresh_token: "refresh_token" optional,
        scope: "scope" optional,
        id_token: "id_token" optional,
    }
}
/// OAuth 2.0 Token Revocation Request (RFC 7009).
/// Revokes an access or refresh token.
///
/// Schema `OAuthRevokeRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthRevokeRequest {
    /// The token to revoke
    pub token: ::std::string::String,
    /// Hint about token type (optional, improves performance)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token_type_hint: ::std::option::Option<OAuthRevokeRequestTokenTypeHint>,
    /// Client ID
    pub client_id: ::std::string::String,
    /// Client secret
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub client_secret: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    OAuthRevokeRequest {
        token: "token" required,
        token_type_hint: "token_type_hint" optional,
        client_id: "client_id" required,
        client_secret: "client_secret" optional,
    }
}
/// OAuth 2.0 Token Introspection Request (RFC 7662).
/// Check if a token is active and get its metadata.
///
/// Schema `OAuthIntrospectRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthIntrospectRequest {
    /// The token to introspect
    pub token: ::std::string::String,
    /// Hint about token type
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token_type_hint: ::std::option::Option<OAuthIntrospectRequestTokenTypeHint>,
    /// Client ID
    pub client_id: ::std::string::String,
    /// Client secret
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub client_secret: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    OAuthIntrospectRequest {
        token: "token" required,
        token_type_hint: "token_type_hint" optional,
        client_id: "client_id" required,
        client_secret: "client_secret" optional,
    }
}
/// OAuth 2.0 Token Introspection Response (RFC 7662).
/// Contains token metadata if active, or just `active: false` if not.
///
/// Schema `OAuthIntrospectResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthIntrospectResponse {
    /// Whether the token is currently active
    pub active: bool,
    /// Scopes granted to the token
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
    /// Client ID the token was issued to
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub client_id: ::std::option::Option<::std::string::String>,
    /// User identifier (if user-based token)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// Token type
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token_type: ::std::option::Option<::std::string::String>,
    /// Token expiration timestamp (Unix epoch)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exp: ::std::option::Option<i64>,
    /// Token issuance timestamp (Unix epoch)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iat: ::std::option::Option<i64>,
    /// Token not-before timestamp (Unix epoch)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nbf: ::std::option::Option<i64>,
    /// Subject (user ID)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sub: ::std::option::Option<::std::string::String>,
    /// Audience (client ID)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub aud: ::std::option::Option<::std::string::String>,
    /// Issuer URL
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub iss: ::std::option::Option<::std::string::String>,
    /// Unique token identifier
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub jti: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    OAuthIntrospectResponse {
        active: "active" required,
        scope: "scope" optional,
        client_id: "client_id" optional,
        username: "username" optional,
        token_type: "token_type" optional,
        exp: "exp" optional,
        iat: "iat" optional,
        nbf: "nbf" optional,
        sub: "sub" optional,
        aud: "aud" optional,
        iss: "iss" optional,
        jti: "jti" optional,
    }
}
/// OAuth 2.0 Error Response (RFC 6749 Section 5.2).
/// Standard error format for OAuth endpoints.
///
/// Schema `OAuthErrorResponse`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OAuthErrorResponse {
    /// Error code. Common values:
    /// - `invalid_request` - Missing or invalid parameter
    /// - `invalid_client` - Client authentication failed
    /// - `invalid_grant` - Invalid authorization code or refresh token
    /// - `unauthorized_client` - Client not authorized for this grant type
    /// - `unsupported_grant_type` - Grant type not supported
    /// - `invalid_scope` - Requested scope is invalid or exceeds allowed
    /// - `access_denied` - User denied authorization
    pub error: OAuthErrorResponseError,
    /// Human-readable error description
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_description: ::std::option::Option<::std::string::String>,
    /// URI with more information about the error
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_uri: ::std::option::Option<::std::string::String>,
    /// State parameter from the authorization request
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    OAuthErrorResponse {
        error: "error" required,
        error_description: "error_description" optional,
        error_uri: "error_uri" optional,
        state: "state" optional,
    }
}
/// OpenID Connect UserInfo Response.
/// Contains claims about the authenticated user.
///
/// Schema `OAuthUserInfoResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthUserInfoResponse {
    /// Subject identifier (user ID)
    pub sub: ::std::string::String,
    /// Full name
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// First name
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub given_name: ::std::option::Option<::std::string::String>,
    /// Last name
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub family_name: ::std::option::Option<::std::string::String>,
    /// Email address
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// Whether email has been verified
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email_verified: ::std::option::Option<bool>,
    /// Profile picture URL
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub picture: ::std::option::Option<::std::string::String>,
    /// Last profile update timestamp (Unix epoch)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    OAuthUserInfoResponse {
        sub: "sub" required,
        name: "name" optional,
        given_name: "given_name" optional,
        family_name: "family_name" optional,
        email: "email" optional,
        email_verified: "email_verified" optional,
        picture: "picture" optional,
        updated_at: "updated_at" optional,
    }
}
/// Request to create a new OAuth app
///
/// Schema `CreateOAuthAppRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateOAuthAppRequest {
    /// App name (displayed to users during authorization)
    pub name: ::std::string::String,
    /// App description
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Allowed redirect URIs (1-10 URIs)
    #[serde(rename = "redirectUris")]
    pub redirect_uris: ::std::vec::Vec<::std::string::String>,
    /// Allowed grant types. Defaults to all if not specified.
    #[serde(
        rename = "allowedGrantTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_grant_types:
        ::std::option::Option<::std::vec::Vec<CreateOAuthAppRequestAllowedGrantTypesItem>>,
    /// Scopes the app can request
    #[serde(rename = "allowedScopes")]
    pub allowed_scopes: ::std::vec::Vec<::std::string::String>,
    /// App homepage URL (shown during authorization)
    #[serde(
        rename = "homepageUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub homepage_url: ::std::option::Option<::std::string::String>,
    /// Privacy policy URL
    #[serde(
        rename = "privacyPolicyUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub privacy_policy_url: ::std::option::Option<::std::string::String>,
    /// Terms of service URL
    #[serde(
        rename = "termsOfServiceUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terms_of_service_url: ::std::option::Option<::std::string::String>,
    /// Whether the app can securely store secrets.
    /// - `true`: Server-side app (secret required for token requests)
    /// - `false`: Browser/mobile app (must use PKCE)
    #[serde(
        rename = "isConfidential",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_confidential: ::std::option::Option<bool>,
    /// Access token lifetime in seconds (300-86400)
    #[serde(
        rename = "accessTokenLifetime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_token_lifetime: ::std::option::Option<i64>,
    /// Refresh token lifetime in seconds (3600-31536000)
    #[serde(
        rename = "refreshTokenLifetime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refresh_token_lifetime: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    CreateOAuthAppRequest {
        name: "name" required,
        description: "description" optional,
        redirect_uris: "redirectUris" required,
        allowed_grant_types: "allowedGrantTypes" optional,
        allowed_scopes: "allowedScopes" required,
        homepage_url: "homepageUrl" optional,
        privacy_policy_url: "privacyPolicyUrl" optional,
        terms_of_service_url: "termsOfServiceUrl" optional,
        is_confidential: "isConfidential" optional,
        access_token_lifetime: "accessTokenLifetime" optional,
        refresh_token_lifetime: "refreshTokenLifetime" optional,
    }
}
/// Request to update an OAuth app
///
/// Schema `UpdateOAuthAppRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateOAuthAppRequest {
    /// App name
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// App description
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Allowed redirect URIs
    #[serde(
        rename = "redirectUris",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub redirect_uris: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "allowedGrantTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_grant_types:
        ::std::option::Option<::std::vec::Vec<CreateOAuthAppRequestAllowedGrantTypesItem>>,
    #[serde(
        rename = "allowedScopes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_scopes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "homepageUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub homepage_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "privacyPolicyUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub privacy_policy_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "termsOfServiceUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terms_of_service_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "accessTokenLifetime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_token_lifetime: ::std::option::Option<i64>,
    #[serde(
        rename = "refreshTokenLifetime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refresh_token_lifetime: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    UpdateOAuthAppRequest {
        name: "name" optional,
        description: "description" optional,
        redirect_uris: "redirectUris" optional,
        allowed_grant_types: "allowedGrantTypes" optional,
        allowed_scopes: "allowedScopes" optional,
        homepage_url: "homepageUrl" optional,
        privacy_policy_url: "privacyPolicyUrl" optional,
        terms_of_service_url: "termsOfServiceUrl" optional,
        access_token_lifetime: "accessTokenLifetime" optional,
        refresh_token_lifetime: "refreshTokenLifetime" optional,
    }
}
/// OAuth app details (without secret)
///
/// Schema `OAuthAppResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthAppResponse {
    /// App ID
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// URL-friendly app slug
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub slug: ::std::option::Option<::std::string::String>,
    /// OAuth client ID
    #[serde(
        rename = "clientId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_id: ::std::option::Option<::std::string::String>,
    /// App name
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// App description
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Allowed redirect URIs
    #[serde(
        rename = "redirectUris",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub redirect_uris: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Allowed grant types
    #[serde(
        rename = "allowedGrantTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_grant_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Allowed scopes
    #[serde(
        rename = "allowedScopes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_scopes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// App status
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<OAuthAppResponseStatus>,
    /// App logo URL
    #[serde(
        rename = "logoUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logo_url: ::std::option::Option<::std::string::String>,
    /// App homepage
    #[serde(
        rename = "homepageUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub homepage_url: ::std::option::Option<::std::string::String>,
    /// Privacy policy URL
    #[serde(
        rename = "privacyPolicyUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub privacy_policy_url: ::std::option::Option<::std::string::String>,
    /// Terms of service URL
    #[serde(
        rename = "termsOfServiceUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terms_of_service_url: ::std::option::Option<::std::string::String>,
    /// Whether app is a confidential client
    #[serde(
        rename = "isConfidential",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_confidential: ::std::option::Option<bool>,
    /// Access token lifetime in seconds
    #[serde(
        rename = "accessTokenLifetime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_token_lifetime: ::std::option::Option<i64>,
    /// Refresh token lifetime in seconds
    #[serde(
        rename = "refreshTokenLifetime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refresh_token_lifetime: ::std::option::Option<i64>,
    /// Creation timestamp
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Last update timestamp
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    OAuthAppResponse {
        id: "id" optional,
        slug: "slug" optional,
        client_id: "clientId" optional,
        name: "name" optional,
        description: "description" optional,
        redirect_uris: "redirectUris" optional,
        allowed_grant_types: "allowedGrantTypes" optional,
        allowed_scopes: "allowedScopes" optional,
        status: "status" optional,
        logo_url: "logoUrl" optional,
        homepage_url: "homepageUrl" optional,
        privacy_policy_url: "privacyPolicyUrl" optional,
        terms_of_service_url: "termsOfServiceUrl" optional,
        is_confidential: "isConfidential" optional,
        access_token_lifetime: "accessTokenLifetime" optional,
        refresh_token_lifetime: "refreshTokenLifetime" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
    }
}
/// Schema `OAuthAppWithSecret`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthAppWithSecret {
    /// App ID
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// URL-friendly app slug
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub slug: ::std::option::Option<::std::string::String>,
    /// OAuth client ID
    #[serde(
        rename = "clientId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_id: ::std::option::Option<::std::string::String>,
    /// App name
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// App description
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Allowed redirect URIs
    #[serde(
        rename = "redirectUris",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub redirect_uris: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Allowed grant types
    #[serde(
        rename = "allowedGrantTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_grant_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Allowed scopes
    #[serde(
        rename = "allowedScopes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_scopes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// App status
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<OAuthAppResponseStatus>,
    /// App logo URL
    #[serde(
        rename = "logoUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logo_url: ::std::option::Option<::std::string::String>,
    /// App homepage
    #[serde(
        rename = "homepageUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub homepage_url: ::std::option::Option<::std::string::String>,
    /// Privacy policy URL
    #[serde(
        rename = "privacyPolicyUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub privacy_policy_url: ::std::option::Option<::std::string::String>,
    /// Terms of service URL
    #[serde(
        rename = "termsOfServiceUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terms_of_service_url: ::std::option::Option<::std::string::String>,
    /// Whether app is a confidential client
    #[serde(
        rename = "isConfidential",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_confidential: ::std::option::Option<bool>,
    /// Access token lifetime in seconds
    #[serde(
        rename = "accessTokenLifetime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_token_lifetime: ::std::option::Option<i64>,
    /// Refresh token lifetime in seconds
    #[serde(
        rename = "refreshTokenLifetime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refresh_token_lifetime: ::std::option::Option<i64>,
    /// Creation timestamp
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Last update timestamp
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Client secret (only shown on creation and secret regeneration).
    /// Store this securely - it cannot be retrieved later.
    #[serde(rename = "clientSecret")]
    pub client_secret: ::std::string::String,
}
crate::runtime::read_object! {
    OAuthAppWithSecret {
        id: "id" optional,
        slug: "slug" optional,
        client_id: "clientId" optional,
        name: "name" optional,
        description: "description" optional,
        redirect_uris: "redirectUris" optional,
        allowed_grant_types: "allowedGrantTypes" optional,
        allowed_scopes: "allowedScopes" optional,
        status: "status" optional,
        logo_url: "logoUrl" optional,
        homepage_url: "homepageUrl" optional,
        privacy_policy_url: "privacyPolicyUrl" optional,
        terms_of_service_url: "termsOfServiceUrl" optional,
        is_confidential: "isConfidential" optional,
        access_token_lifetime: "accessTokenLifetime" optional,
        refresh_token_lifetime: "refreshTokenLifetime" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
        client_secret: "clientSecret" required,
    }
}
/// Paginated list of OAuth apps
///
/// Schema `OAuthAppListResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthAppListResponse {
    /// List of OAuth apps
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::vec::Vec<OAuthAppResponse>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<OAuthAppListResponsePagination>,
}
crate::runtime::read_object! {
    OAuthAppListResponse {
        data: "data" optional,
        pagination: "pagination" optional,
    }
}
/// Information about an OAuth scope
///
/// Schema `OAuthScopeInfo`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthScopeInfo {
    /// Scope identifier
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Human-readable scope description
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Scope category for grouping
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    OAuthScopeInfo {
        name: "name" optional,
        description: "description" optional,
        category: "category" optional,
    }
}
/// Information about an issued token
///
/// Schema `OAuthTokenListItem`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthTokenListItem {
    /// Token ID
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Type of token
    #[serde(
        rename = "tokenType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_type: ::std::option::Option<OAuthTokenListItemTokenType>,
    /// User ID (if user-based token)
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
    /// Granted scopes
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scopes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Token creation time
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Token expiration time
    #[serde(
        rename = "expiresAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Whether token has been revoked
    #[serde(
        rename = "isRevoked",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_revoked: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    OAuthTokenListItem {
        id: "id" optional,
        token_type: "tokenType" optional,
        user_id: "userId" optional,
        scopes: "scopes" optional,
        created_at: "createdAt" optional,
        expires_at: "expiresAt" optional,
        is_revoked: "isRevoked" optional,
    }
}
/// User account in an organization
///
/// Schema `User`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct User {
    /// Unique user identifier (MongoDB ObjectId)
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Unique slug for the user
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub slug: ::std::option::Option<::std::string::String>,
    /// Organization ID the user belongs to
    #[serde(rename = "orgId")]
    pub org_id: ::std::string::String,
    /// Full name of the user
    #[serde(
        rename = "fullName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub full_name: ::std::option::Option<::std::string::String>,
    /// First name
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    /// Last name
    #[serde(
        rename = "lastName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_name: ::std::option::Option<::std::string::String>,
    /// Middle name
    #[serde(
        rename = "middleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub middle_name: ::std::option::Option<::std::string::String>,
    /// Email address (unique, lowercase)
    pub email: ::std::string::String,
    /// Mobile number (10-15 digits with optional +)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mobile: ::std::option::Option<::std::string::String>,
    /// Whether user has logged in at least once
    #[serde(
        rename = "hasLoggedIn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub has_logged_in: ::std::option::Option<bool>,
    /// Job title/designation
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub designation: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<Address>,
    /// Whether user has consented to data collection
    #[serde(
        rename = "dataCollectionConsent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_collection_consent: ::std::option::Option<bool>,
    /// Soft delete flag
    #[serde(
        rename = "isDeleted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_deleted: ::std::option::Option<bool>,
    /// ID of user who deleted this user
    #[serde(
        rename = "deletedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deleted_by: ::std::option::Option<::std::string::String>,
    /// Creation timestamp (milliseconds since epoch)
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<i64>,
    /// Last update timestamp (milliseconds since epoch)
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    User {
        id: "_id" optional,
        slug: "slug" optional,
        org_id: "orgId" required,
        full_name: "fullName" optional,
        first_name: "firstName" optional,
        last_name: "lastName" optional,
        middle_name: "middleName" optional,
        email: "email" required,
        mobile: "mobile" optional,
        has_logged_in: "hasLoggedIn" optional,
        designation: "designation" optional,
        address: "address" optional,
        data_collection_consent: "dataCollectionConsent" optional,
        is_deleted: "isDeleted" optional,
        deleted_by: "deletedBy" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
    }
}
/// Schema `Address`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Address {
    /// Address line 1
    #[serde(
        rename = "addressLine1",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_line1: ::std::option::Option<::std::string::String>,
    /// City
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    /// State/Province
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    /// Postal/ZIP code
    #[serde(
        rename = "postCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub post_code: ::std::option::Option<::std::string::String>,
    /// Country
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub country: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    Address {
        address_line1: "addressLine1" optional,
        city: "city" optional,
        state: "state" optional,
        post_code: "postCode" optional,
        country: "country" optional,
    }
}
/// Schema `Organization`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Organization {
    /// Unique organization identifier
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Unique slug for the organization
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub slug: ::std::option::Option<::std::string::String>,
    /// Registered name
    #[serde(
        rename = "registeredName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub registered_name: ::std::option::Option<::std::string::String>,
    /// Short name or display name
    #[serde(
        rename = "shortName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub short_name: ::std::option::Option<::std::string::String>,
    /// Organization domain
    pub domain: ::std::string::String,
    /// Contact email address
    #[serde(rename = "contactEmail")]
    pub contact_email: ::std::string::String,
    /// Type of account
    #[serde(rename = "accountType")]
    pub account_type: OrganizationAccountType,
    /// Onboarding status
    #[serde(
        rename = "onBoardingStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_boarding_status: ::std::option::Option<OrganizationOnBoardingStatus>,
    /// Soft delete flag
    #[serde(
        rename = "isDeleted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_deleted: ::std::option::Option<bool>,
    /// Creation timestamp
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<i64>,
    /// Last update timestamp
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    Organization {
        id: "_id" optional,
        slug: "slug" optional,
        registered_name: "registeredName" optional,
        short_name: "shortName" optional,
        domain: "domain" required,
        contact_email: "contactEmail" required,
        account_type: "accountType" required,
        on_boarding_status: "onBoardingStatus" optional,
        is_deleted: "isDeleted" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
    }
}
/// Schema `Team`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Team {
    /// Unique team identifier
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Team name
    pub name: ::std::string::String,
    /// Team description
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Organization ID
    #[serde(
        rename = "orgId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_id: ::std::option::Option<::std::string::String>,
    /// Users and their roles in the team
    #[serde(
        rename = "userRoles",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_roles: ::std::option::Option<::std::vec::Vec<UserRole>>,
    /// Creation timestamp
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<i64>,
    /// Last update timestamp
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    Team {
        id: "_id" optional,
        name: "name" required,
        description: "description" optional,
        org_id: "orgId" optional,
        user_roles: "userRoles" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
    }
}
/// Schema `UserRole`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UserRole {
    /// User's database key
    #[serde(rename = "userId")]
    pub user_id: ::std::string::String,
    /// User's role in the team
    pub role: UserRoleRole,
}
crate::runtime::read_object! {
    UserRole {
        user_id: "userId" required,
        role: "role" required,
    }
}
/// User group for organizing users within an organization
///
/// Schema `UserGroup`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UserGroup {
    /// Unique group identifier
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Unique slug for the group
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub slug: ::std::option::Option<::std::string::String>,
    /// Group type:
    /// - admin: System admin group (cannot be modified)
    /// - standard: Default user group
    /// - everyone: All users group (cannot be modified)
    /// - custom: User-created custom group
    #[serde(rename = "type")]
    pub type_: UserGroupType,
    /// Group name (unique within organization)
    pub name: ::std::string::String,
    /// Organization ID
    #[serde(rename = "orgId")]
    pub org_id: ::std::string::String,
    /// Array of user IDs in this group
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub users: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Soft delete flag
    #[serde(
        rename = "isDeleted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_deleted: ::std::option::Option<bool>,
    /// ID of user who deleted this group
    #[serde(
        rename = "deletedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deleted_by: ::std::option::Option<::std::string::String>,
    /// Creation timestamp
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<i64>,
    /// Last update timestamp
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    UserGroup {
        id: "_id" optional,
        slug: "slug" optional,
        type_: "type" required,
        name: "name" required,
        org_id: "orgId" required,
        users: "users" optional,
        is_deleted: "isDeleted" optional,
        deleted_by: "deletedBy" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
    }
}
/// Represents a document stored in PipesHub storage system. Documents can be versioned to maintain complete history of changes. Supports multiple storage backends (S3, Azure Blob, Local).
///
/// Schema `Document`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Document {
    /// Document unique identifier (MongoDB ObjectId)
    #[serde(rename = "_id")]
    pub id: ::std::string::String,
    /// Display name of the document
    #[serde(rename = "documentName")]
    pub document_name: ::std::string::String,
    /// Alternative name for search/display purposes
    #[serde(
        rename = "alternateDocumentName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alternate_document_name: ::std::option::Option<::std::string::String>,
    /// Virtual folder path for organization
    #[serde(
        rename = "documentPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_path: ::std::option::Option<::std::string::String>,
    /// Whether version control is enabled for this document
    #[serde(rename = "isVersionedFile")]
    pub is_versioned_file: bool,
    /// Organization ID the document belongs to
    #[serde(rename = "orgId")]
    pub org_id: ::std::string::String,
    /// Default permission level for shared access
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub permissions: ::std::option::Option<DocumentPermissions>,
    /// User ID who created/uploaded the document
    #[serde(
        rename = "initiatorUserId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub initiator_user_id: ::std::option::Option<::std::string::String>,
    /// File size in bytes
    #[serde(
        rename = "sizeInBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size_in_bytes: ::std::option::Option<i64>,
    /// MIME type of the document
    #[serde(
        rename = "mimeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mime_type: ::std::option::Option<::std::string::String>,
    /// File extension (with leading dot)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extension: ::std::option::Option<::std::string::String>,
    /// Number of times the document has been updated
    #[serde(
        rename = "mutationCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mutation_count: ::std::option::Option<i64>,
    /// Complete version history (for versioned documents)
    #[serde(
        rename = "versionHistory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version_history: ::std::option::Option<::std::vec::Vec<DocumentVersion>>,
    /// Custom key-value metadata pairs
    #[serde(
        rename = "customMetadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_metadata: ::std::option::Option<::std::vec::Vec<DocumentCustomMetadataItem>>,
    /// Tags for categorization and search
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Storage backend where the file is stored
    #[serde(rename = "storageVendor")]
    pub storage_vendor: DocumentStorageVendor,
    /// S3-specific storage information (if storageVendor is s3)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub s3: ::std::option::Option<DocumentS3>,
    /// Azure Blob-specific storage information (if storageVendor is azureBlob)
    #[serde(
        rename = "azureBlob",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub azure_blob: ::std::option::Option<DocumentAzureBlob>,
    /// Local storage-specific information (if storageVendor is local)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub local: ::std::option::Option<DocumentLocal>,
    /// Creation timestamp in milliseconds since epoch
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<i64>,
    /// Last update timestamp in milliseconds since epoch
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<i64>,
    /// Whether the document is soft-deleted
    #[serde(
        rename = "isDeleted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_deleted: ::std::option::Option<bool>,
    /// User ID who deleted the document
    #[serde(
        rename = "deletedByUserId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deleted_by_user_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    Document {
        id: "_id" required,
        document_name: "documentName" required,
        alternate_document_name: "alternateDocumentName" optional,
        document_path: "documentPath" optional,
        is_versioned_file: "isVersionedFile" required,
        org_id: "orgId" required,
        permissions: "permissions" optional,
        initiator_user_id: "initiatorUserId" optional,
        size_in_bytes: "sizeInBytes" optional,
        mime_type: "mimeType" optional,
        extension: "extension" optional,
        mutation_count: "mutationCount" optional,
        version_history: "versionHistory" optional,
        custom_metadata: "customMetadata" optional,
        tags: "tags" optional,
        storage_vendor: "storageVendor" required,
        s3: "s3" optional,
        azure_blob: "azureBlob" optional,
        local: "local" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
        is_deleted: "isDeleted" optional,
        deleted_by_user_id: "deletedByUserId" optional,
    }
}
/// Represents a single version entry in a document's version history
///
/// Schema `DocumentVersion`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DocumentVersion {
    /// Version number (0-indexed, auto-incremented)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<i64>,
    /// User-assigned version label (e.g., "v1.0", "Final")
    #[serde(
        rename = "userAssignedVersionLabel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_assigned_version_label: ::std::option::Option<::std::string::String>,
    /// Note describing this version's changes
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    /// File extension for this version
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extension: ::std::option::Option<::std::string::String>,
    /// File size in bytes for this version
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<i64>,
    /// Mutation count at time of version creation
    #[serde(
        rename = "mutationCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mutation_count: ::std::option::Option<i64>,
    /// S3 storage URL for this version
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub s3: ::std::option::Option<DocumentVersionS3>,
    /// Azure Blob storage URL for this version
    #[serde(
        rename = "azureBlob",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub azure_blob: ::std::option::Option<DocumentVersionAzureBlob>,
    /// Local storage path for this version
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub local: ::std::option::Option<DocumentVersionLocal>,
    /// Version creation timestamp in milliseconds
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<i64>,
    /// User ID who created this version
    #[serde(
        rename = "initiatedByUserId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub initiated_by_user_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DocumentVersion {
        version: "version" optional,
        user_assigned_version_label: "userAssignedVersionLabel" optional,
        note: "note" optional,
        extension: "extension" optional,
        size: "size" optional,
        mutation_count: "mutationCount" optional,
        s3: "s3" optional,
        azure_blob: "azureBlob" optional,
        local: "local" optional,
        created_at: "createdAt" optional,
        initiated_by_user_id: "initiatedByUserId" optional,
    }
}
/// Schema `KnowledgeBase`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct KnowledgeBase {
    /// Unique knowledge base identifier
    #[serde(
        rename = "_key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// Name of the knowledge base
    pub name: ::std::string::String,
    /// Organization ID
    #[serde(rename = "orgId")]
    pub org_id: ::std::string::String,
    /// Creation timestamp
    #[serde(
        rename = "createdAtTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at_timestamp: ::std::option::Option<i64>,
    /// Last update timestamp
    #[serde(
        rename = "updatedAtTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at_timestamp: ::std::option::Option<i64>,
    /// User's role in this knowledge base
    #[serde(
        rename = "userRole",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_role: ::std::option::Option<KnowledgeBaseUserRole>,
    /// Whether the knowledge base is deleted
    #[serde(
        rename = "isDeleted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_deleted: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    KnowledgeBase {
        key: "_key" optional,
        name: "name" required,
        org_id: "orgId" required,
        created_at_timestamp: "createdAtTimestamp" optional,
        updated_at_timestamp: "updatedAtTimestamp" optional,
        user_role: "userRole" optional,
        is_deleted: "isDeleted" optional,
    }
}
/// Schema `Folder`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Folder {
    /// Unique folder identifier
    #[serde(
        rename = "_key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// Name of the folder
    pub name: ::std::string::String,
    /// Parent folder or KB ID
    #[serde(
        rename = "parentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parent_id: ::std::option::Option<::std::string::String>,
    /// Knowledge base ID
    #[serde(rename = "kbId")]
    pub kb_id: ::std::string::String,
    /// Organization ID
    #[serde(rename = "orgId")]
    pub org_id: ::std::string::String,
    /// Creation timestamp
    #[serde(
        rename = "createdAtTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at_timestamp: ::std::option::Option<i64>,
    /// Last update timestamp
    #[serde(
        rename = "updatedAtTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at_timestamp: ::std::option::Option<i64>,
    /// Whether the folder is deleted
    #[serde(
        rename = "isDeleted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_deleted: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    Folder {
        key: "_key" optional,
        name: "name" required,
        parent_id: "parentId" optional,
        kb_id: "kbId" required,
        org_id: "orgId" required,
        created_at_timestamp: "createdAtTimestamp" optional,
        updated_at_timestamp: "updatedAtTimestamp" optional,
        is_deleted: "isDeleted" optional,
    }
}
/// A record represents a single document, file, or content item within a knowledge base.
/// Records can originate from file uploads or external connectors (Google Drive, OneDrive, etc.).
///
/// Schema `Record`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Record {
    /// Unique record identifier (UUID format)
    #[serde(
        rename = "_key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// Display name of the record
    #[serde(rename = "recordName")]
    pub record_name: ::std::string::String,
    /// External storage document ID (links to Storage module)
    #[serde(
        rename = "externalRecordId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_record_id: ::std::option::Option<::std::string::String>,
    /// Type of content:
    /// - FILE: Uploaded documents (PDF, DOCX, etc.)
    /// - WEBPAGE: Web pages crawled or bookmarked
    /// - COMMENT: Comments from collaboration tools
    /// - MESSAGE: Chat/messaging content (Slack, Teams)
    /// - EMAIL: Email messages (Gmail, Outlook)
    /// - TICKET: Support tickets (Jira, ServiceNow)
    /// - OTHERS: Miscellaneous content types
    #[serde(rename = "recordType")]
    pub record_type: RecordRecordType,
    /// Source of the record:
    /// - UPLOAD: Manually uploaded via API/UI
    /// - CONNECTOR: Synced from external connector
    pub origin: RecordOrigin,
    /// ID of the connector that synced this record (null for uploads)
    #[serde(
        rename = "connectorId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connector_id: ::std::option::Option<::std::string::String>,
    /// Name of the source connector
    #[serde(
        rename = "connectorName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connector_name: ::std::option::Option<RecordConnectorName>,
    /// Organization ID that owns this record
    #[serde(rename = "orgId")]
    pub org_id: ::std::string::String,
    /// Knowledge base ID containing this record
    #[serde(
        rename = "kbId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kb_id: ::std::option::Option<::std::string::String>,
    /// Parent folder ID (null if at KB root)
    #[serde(
        rename = "folderId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub folder_id: ::std::option::Option<::std::string::String>,
    /// Current version number (increments on updates)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<i64>,
    /// Creation timestamp in milliseconds
    #[serde(
        rename = "createdAtTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at_timestamp: ::std::option::Option<i64>,
    /// Last update timestamp in milliseconds
    #[serde(
        rename = "updatedAtTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at_timestamp: ::std::option::Option<i64>,
    /// Current indexing/processing status:
    /// - NOT_STARTED: Awaiting indexing
    /// - QUEUED: In indexing queue
    /// - IN_PROGRESS: Currently being indexed
    /// - COMPLETED: Successfully indexed and searchable
    /// - FAILED: Indexing failed (check error details)
    /// - PAUSED: Indexing paused by user
    /// - FILE_TYPE_NOT_SUPPORTED: Unsupported file format
    /// - AUTO_INDEX_OFF: Auto-indexing disabled for this record
    /// - EMPTY: File has no extractable content
    /// - ENABLE_MULTIMODAL_MODELS: Requires multimodal AI models
    #[serde(
        rename = "indexingStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub indexing_status: ::std::option::Option<RecordIndexingStatus>,
    /// Soft delete flag
    #[serde(
        rename = "isDeleted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_deleted: ::std::option::Option<bool>,
    /// Archive flag for inactive records
    #[serde(
        rename = "isArchived",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_archived: ::std::option::Option<bool>,
    /// Direct URL to access the original content
    #[serde(
        rename = "webUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub web_url: ::std::option::Option<::std::string::String>,
    /// MIME type of the file content
    #[serde(
        rename = "mimeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mime_type: ::std::option::Option<::std::string::String>,
    /// File size in bytes
    #[serde(
        rename = "sizeInBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size_in_bytes: ::std::option::Option<i64>,
    /// File extension (without dot)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extension: ::std::option::Option<::std::string::String>,
    /// SHA-256 hash for content deduplication
    #[serde(
        rename = "sha256Hash",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sha256_hash: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    Record {
        key: "_key" optional,
        record_name: "recordName" required,
        external_record_id: "externalRecordId" optional,
        record_type: "recordType" required,
        origin: "origin" required,
        connector_id: "connectorId" optional,
        connector_name: "connectorName" optional,
        org_id: "orgId" required,
        kb_id: "kbId" optional,
        folder_id: "folderId" optional,
        version: "version" optional,
        created_at_timestamp: "createdAtTimestamp" optional,
        updated_at_timestamp: "updatedAtTimestamp" optional,
        indexing_status: "indexingStatus" optional,
        is_deleted: "isDeleted" optional,
        is_archived: "isArchived" optional,
        web_url: "webUrl" optional,
        mime_type: "mimeType" optional,
        size_in_bytes: "sizeInBytes" optional,
        extension: "extension" optional,
        sha256_hash: "sha256Hash" optional,
    }
}
/// Paginated response for records listing
///
/// Schema `RecordsResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RecordsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub records: ::std::option::Option<::std::vec::Vec<Record>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<PaginationInfo>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<RecordsResponseFilters>,
}
crate::runtime::read_object! {
    RecordsResponse {
        records: "records" optional,
        pagination: "pagination" optional,
        filters: "filters" optional,
    }
}
/// Result of a file upload operation
///
/// Schema `UploadResult`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UploadResult {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "uploadResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub upload_results: ::std::option::Option<::std::vec::Vec<UploadResultUploadResultsItem>>,
}
crate::runtime::read_object! {
    UploadResult {
        message: "message" optional,
        upload_results: "uploadResults" optional,
    }
}
/// Statistics for a connector's records
///
/// Schema `ConnectorStats`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorStats {
    #[serde(
        rename = "connectorId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connector_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "totalRecords",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_records: ::std::option::Option<i64>,
    #[serde(
        rename = "indexedRecords",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub indexed_records: ::std::option::Option<i64>,
    #[serde(
        rename = "failedRecords",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub failed_records: ::std::option::Option<i64>,
    #[serde(
        rename = "pendingRecords",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pending_records: ::std::option::Option<i64>,
    #[serde(
        rename = "lastSyncTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_sync_time: ::std::option::Option<i64>,
    #[serde(
        rename = "statusBreakdown",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_breakdown:
        ::std::option::Option<::std::collections::BTreeMap<::std::string::String, i64>>,
}
crate::runtime::read_object! {
    ConnectorStats {
        connector_id: "connectorId" optional,
        total_records: "totalRecords" optional,
        indexed_records: "indexedRecords" optional,
        failed_records: "failedRecords" optional,
        pending_records: "pendingRecords" optional,
        last_sync_time: "lastSyncTime" optional,
        status_breakdown: "statusBreakdown" optional,
    }
}
/// A node in the knowledge hub tree structure
///
/// Schema `KnowledgeHubNode`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct KnowledgeHubNode {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_: ::std::option::Option<KnowledgeHubNodeType>,
    #[serde(
        rename = "parentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parent_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "hasChildren",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub has_children: ::std::option::Option<bool>,
    #[serde(
        rename = "childCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub child_count: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::read_object! {
    KnowledgeHubNode {
        id: "id" optional,
        name: "name" optional,
        type_: "type" optional,
        parent_id: "parentId" optional,
        has_children: "hasChildren" optional,
        child_count: "childCount" optional,
        metadata: "metadata" optional,
    }
}
/// Supported application/connector types
///
/// Schema `AppType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AppType {
    /// `drive`
    Drive,
    /// `gmail`
    Gmail,
    /// `onedrive`
    Onedrive,
    /// `sharepointOnline`
    SharepointOnline,
    /// `bookstack`
    Bookstack,
    /// `confluence`
    Confluence,
    /// `jira`
    Jira,
    /// `slack`
    Slack,
    /// `dropbox`
    Dropbox,
    /// `outlook`
    Outlook,
    /// `servicenow`
    Servicenow,
    /// `web`
    Web,
    /// `local`
    Local,
}
crate::runtime::string_enum! {
    AppType {
        Drive = "drive",
        Gmail = "gmail",
        Onedrive = "onedrive",
        SharepointOnline = "sharepointOnline",
        Bookstack = "bookstack",
        Confluence = "confluence",
        Jira = "jira",
        Slack = "slack",
        Dropbox = "dropbox",
        Outlook = "outlook",
        Servicenow = "servicenow",
        Web = "web",
        Local = "local",
    }
}
/// Schema `Filters`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Filters {
    /// Filter by application types
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub apps: ::std::option::Option<::std::vec::Vec<AppType>>,
    /// Filter by knowledge base IDs
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kb: ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
}
crate::runtime::read_object! {
    Filters {
        apps: "apps" optional,
        kb: "kb" optional,
    }
}
/// Request body for creating a new AI conversation.<br><br>
/// <b>Query Processing:</b><br>
/// The query is processed through PipesHub's AI pipeline which:
/// <ul>
/// <li>Performs semantic search across indexed knowledge bases</li>
/// <li>Retrieves relevant context from matching documents</li>
/// <li>Generates a response with citations to source materials</li>
/// <li>Suggests follow-up questions based on the conversation</li>
/// </ul>
///
/// Schema `CreateConversationRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateConversationRequest {
    /// The user's question or prompt to start the conversation.
    /// Supports natural language queries of any complexity.
    pub query: ::std::string::String,
    /// Limit the AI's knowledge scope to specific records/documents.
    /// When provided, only these records will be searched for context.
    #[serde(
        rename = "recordIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub record_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Filter by department IDs to scope the search
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub departments: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<Filters>,
    /// Identifier for the AI model configuration to use.
    /// Available models depend on organization settings.
    #[serde(
        rename = "modelKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_key: ::std::option::Option<::std::string::String>,
    /// Display name of the AI model
    #[serde(
        rename = "modelName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_name: ::std::option::Option<::std::string::String>,
    /// Chat mode affecting response behavior.
    /// Different modes optimize for different use cases.
    #[serde(
        rename = "chatMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chat_mode: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    CreateConversationRequest {
        query: "query" required,
        record_ids: "recordIds" optional,
        departments: "departments" optional,
        filters: "filters" optional,
        model_key: "modelKey" optional,
        model_name: "modelName" optional,
        chat_mode: "chatMode" optional,
    }
}
/// Request body for adding a message to an existing conversation
///
/// Schema `AddMessageRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AddMessageRequest {
    /// The follow-up question or message content
    pub query: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<Filters>,
    /// Override the model for this specific message
    #[serde(
        rename = "modelKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_key: ::std::option::Option<::std::string::String>,
    /// Display name of the model
    #[serde(
        rename = "modelName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_name: ::std::option::Option<::std::string::String>,
    /// Chat mode for this message
    #[serde(
        rename = "chatMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chat_mode: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    AddMessageRequest {
        query: "query" required,
        filters: "filters" optional,
        model_key: "modelKey" optional,
        model_name: "modelName" optional,
        chat_mode: "chatMode" optional,
    }
}
/// A single message within a conversation. Messages can be user queries,
/// AI responses, system messages, or error notifications.
///
/// Schema `Message`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Message {
    /// Unique message identifier
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Type of message:
    /// <ul>
    /// <li><code>user_query</code> - User's question or input</li>
    /// <li><code>bot_response</code> - AI-generated response</li>
    /// <li><code>error</code> - Error message from the system</li>
    /// <li><code>feedback</code> - User feedback on a response</li>
    /// <li><code>system</code> - System notification or status</li>
    /// </ul>
    #[serde(
        rename = "messageType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message_type: ::std::option::Option<MessageMessageType>,
    /// The message text content
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<::std::string::String>,
    /// Format of the content for rendering
    #[serde(
        rename = "contentFormat",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content_format: ::std::option::Option<MessageContentFormat>,
    /// References to source documents used in the response
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub citations: ::std::option::Option<::std::vec::Vec<CitationReference>>,
    /// AI's confidence level in the response
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub confidence: ::std::option::Option<::std::string::String>,
    /// Suggested follow-up questions
    #[serde(
        rename = "followUpQuestions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub follow_up_questions: ::std::option::Option<::std::vec::Vec<FollowUpQuestion>>,
    /// User feedback on this message
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub feedback: ::std::option::Option<::std::vec::Vec<MessageFeedback>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<MessageMetadata>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    Message {
        id: "_id" optional,
        message_type: "messageType" optional,
        content: "content" optional,
        content_format: "contentFormat" optional,
        citations: "citations" optional,
        confidence: "confidence" optional,
        follow_up_questions: "followUpQuestions" optional,
        feedback: "feedback" optional,
        metadata: "metadata" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
    }
}
/// Reference to a source document cited in a response
///
/// Schema `CitationReference`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CitationReference {
    /// ID of the citation record
    #[serde(
        rename = "citationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub citation_id: ::std::option::Option<::std::string::String>,
    /// How relevant this citation is to the query (0-1)
    #[serde(
        rename = "relevanceScore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub relevance_score: ::std::option::Option<f64>,
    /// Relevant excerpt from the source document
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub excerpt: ::std::option::Option<::std::string::String>,
    /// Additional context around the citation
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub context: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    CitationReference {
        citation_id: "citationId" optional,
        relevance_score: "relevanceScore" optional,
        excerpt: "excerpt" optional,
        context: "context" optional,
    }
}
/// AI-suggested follow-up question
///
/// Schema `FollowUpQuestion`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct FollowUpQuestion {
    /// The suggested question text
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub question: ::std::option::Option<::std::string::String>,
    /// Confidence level for this suggestion
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub confidence: ::std::option::Option<::std::string::String>,
    /// Why this question might be relevant
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reasoning: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    FollowUpQuestion {
        question: "question" optional,
        confidence: "confidence" optional,
        reasoning: "reasoning" optional,
    }
}
/// Comprehensive feedback on an AI response. Feedback helps improve
/// the AI's performance and response quality over time.
///
/// Schema `MessageFeedback`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct MessageFeedback {
    /// Overall helpfulness rating
    #[serde(
        rename = "isHelpful",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_helpful: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ratings: ::std::option::Option<MessageFeedbackRatings>,
    /// Categories of issues identified
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub categories: ::std::option::Option<::std::vec::Vec<MessageFeedbackCategoriesItem>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub comments: ::std::option::Option<MessageFeedbackComments>,
    /// Feedback on individual citations
    #[serde(
        rename = "citationFeedback",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub citation_feedback:
        ::std::option::Option<::std::vec::Vec<MessageFeedbackCitationFeedbackItem>>,
    /// Were the suggested follow-up questions helpful
    #[serde(
        rename = "followUpQuestionsHelpful",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub follow_up_questions_helpful: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    MessageFeedback {
        is_helpful: "isHelpful" optional,
        ratings: "ratings" optional,
        categories: "categories" optional,
        comments: "comments" optional,
        citation_feedback: "citationFeedback" optional,
        follow_up_questions_helpful: "followUpQuestionsHelpful" optional,
    }
}
/// A conversation represents a chat session between a user and the AI.
/// Conversations maintain context across multiple messages and can be
/// shared, archived, and organized.
///
/// Schema `Conversation`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Conversation {
    /// Unique conversation identifier
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// ID of the user who owns this conversation
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
    /// Organization this conversation belongs to
    #[serde(
        rename = "orgId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_id: ::std::option::Option<::std::string::String>,
    /// Conversation title, auto-generated from first query
    /// or manually updated
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    /// User who started the conversation
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub initiator: ::std::option::Option<::std::string::String>,
    /// All messages in this conversation
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub messages: ::std::option::Option<::std::vec::Vec<Message>>,
    /// Current status of the conversation:
    /// <ul>
    /// <li><code>INPROGRESS</code> - AI is processing</li>
    /// <li><code>COMPLETED</code> - Response ready</li>
    /// <li><code>FAILED</code> - Error occurred</li>
    /// </ul>
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<ConversationStatus>,
    /// Error description if status is FAILED
    #[serde(
        rename = "failReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fail_reason: ::std::option::Option<::std::string::String>,
    /// AI model configuration used
    #[serde(
        rename = "modelInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_info: ::std::option::Option<ConversationModelInfo>,
    /// Whether this conversation is shared with others
    #[serde(
        rename = "isShared",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_shared: ::std::option::Option<bool>,
    /// Shareable link if conversation is shared
    #[serde(
        rename = "shareLink",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_link: ::std::option::Option<::std::string::String>,
    /// Users this conversation is shared with
    #[serde(
        rename = "sharedWith",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shared_with: ::std::option::Option<::std::vec::Vec<ConversationSharedWithItem>>,
    /// Whether this conversation is archived
    #[serde(
        rename = "isArchived",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_archived: ::std::option::Option<bool>,
    /// User who archived this conversation
    #[serde(
        rename = "archivedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub archived_by: ::std::option::Option<::std::string::String>,
    /// Unix timestamp of last activity
    #[serde(
        rename = "lastActivityAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_activity_at: ::std::option::Option<i64>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    Conversation {
        id: "_id" optional,
        user_id: "userId" optional,
        org_id: "orgId" optional,
        title: "title" optional,
        initiator: "initiator" optional,
        messages: "messages" optional,
        status: "status" optional,
        fail_reason: "failReason" optional,
        model_info: "modelInfo" optional,
        is_shared: "isShared" optional,
        share_link: "shareLink" optional,
        shared_with: "sharedWith" optional,
        is_archived: "isArchived" optional,
        archived_by: "archivedBy" optional,
        last_activity_at: "lastActivityAt" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
    }
}
/// Request to share a conversation or search with other users
///
/// Schema `ShareRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ShareRequest {
    /// IDs of users to share with
    #[serde(rename = "userIds")]
    pub user_ids: ::std::vec::Vec<::std::string::String>,
    /// Permission level for shared users:
    /// <ul>
    /// <li><code>read</code> - Can view only</li>
    /// <li><code>write</code> - Can add messages</li>
    /// </ul>
    #[serde(
        rename = "accessLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_level: ::std::option::Option<ShareRequestAccessLevel>,
}
crate::runtime::read_object! {
    ShareRequest {
        user_ids: "userIds" required,
        access_level: "accessLevel" optional,
    }
}
/// Request body for performing semantic search across the enterprise knowledge base.<br><br>
/// <b>How Semantic Search Works:</b><br>
/// <ol>
/// <li>Query is converted to vector embeddings</li>
/// <li>Similar content is found using vector similarity</li>
/// <li>Results are ranked by relevance score</li>
/// <li>Matching chunks with metadata are returned</li>
/// </ol>
/// <b>Filtering:</b><br>
/// Use filters to narrow search scope to specific apps or knowledge bases.
///
/// Schema `SemanticSearchRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SemanticSearchRequest {
    /// Natural language search query. The system understands
    /// semantic meaning, not just keywords.
    pub query: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<Filters>,
    /// Maximum number of results to return
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    /// AI model to use for embeddings
    #[serde(
        rename = "modelKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_key: ::std::option::Option<::std::string::String>,
    /// Display name of the model
    #[serde(
        rename = "modelName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_name: ::std::option::Option<::std::string::String>,
    /// Processing mode configuration
    #[serde(
        rename = "chatMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chat_mode: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    SemanticSearchRequest {
        query: "query" required,
        filters: "filters" optional,
        limit: "limit" optional,
        model_key: "modelKey" optional,
        model_name: "modelName" optional,
        chat_mode: "chatMode" optional,
    }
}
/// Result of a semantic search operation, containing matching
/// document chunks with relevance scores.
///
/// Schema `SearchResult`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SearchResult {
    /// Unique search record identifier
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Alias for _id
    #[serde(
        rename = "searchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub search_id: ::std::option::Option<::std::string::String>,
    /// The original search query
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub query: ::std::option::Option<::std::string::String>,
    /// Matching content chunks
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub results: ::std::option::Option<::std::vec::Vec<SearchResultItem>>,
    /// Map of record IDs to record names
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub records: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "orgId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "isShared",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_shared: ::std::option::Option<bool>,
    #[serde(
        rename = "sharedWith",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shared_with: ::std::option::Option<::std::vec::Vec<ConversationSharedWithItem>>,
    #[serde(
        rename = "isArchived",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_archived: ::std::option::Option<bool>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    SearchResult {
        id: "_id" optional,
        search_id: "searchId" optional,
        query: "query" optional,
        results: "results" optional,
        records: "records" optional,
        user_id: "userId" optional,
        org_id: "orgId" optional,
        is_shared: "isShared" optional,
        shared_with: "sharedWith" optional,
        is_archived: "isArchived" optional,
        created_at: "createdAt" optional,
    }
}
/// A single matching chunk from semantic search
///
/// Schema `SearchResultItem`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SearchResultItem {
    /// The matching text content
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<::std::string::String>,
    /// Index of this chunk within the source document
    #[serde(
        rename = "chunkIndex",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chunk_index: ::std::option::Option<i64>,
    /// Type of citation/source
    #[serde(
        rename = "citationType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub citation_type: ::std::option::Option<::std::string::String>,
    /// Additional metadata about the source
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<SearchResultItemMetadata>,
    /// Relevance score (higher is more relevant)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub score: ::std::option::Option<f64>,
}
crate::runtime::read_object! {
    SearchResultItem {
        content: "content" optional,
        chunk_index: "chunkIndex" optional,
        citation_type: "citationType" optional,
        metadata: "metadata" optional,
        score: "score" optional,
    }
}
/// A custom AI agent with specialized capabilities, tools, and knowledge scope.
/// Agents can be configured for specific use cases like customer support,
/// code review, or domain-specific Q&A.
///
/// Schema `Agent`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Agent {
    /// Unique identifier key for the agent
    #[serde(
        rename = "agentKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_key: ::std::option::Option<::std::string::String>,
    /// Display name of the agent
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// What this agent is designed to do
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// System instructions that define agent behavior
    #[serde(
        rename = "systemPrompt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_prompt: ::std::option::Option<::std::string::String>,
    /// List of tool keys the agent can use
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Knowledge bases the agent has access to
    #[serde(
        rename = "knowledgeBases",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub knowledge_bases: ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
    /// AI model configuration
    #[serde(
        rename = "llmConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub llm_config: ::std::option::Option<AgentLlmConfig>,
    /// Whether agent is available to all org users
    #[serde(
        rename = "isPublic",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_public: ::std::option::Option<bool>,
    #[serde(
        rename = "createdBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_by: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "orgId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    Agent {
        agent_key: "agentKey" optional,
        name: "name" optional,
        description: "description" optional,
        system_prompt: "systemPrompt" optional,
        tools: "tools" optional,
        knowledge_bases: "knowledgeBases" optional,
        llm_config: "llmConfig" optional,
        is_public: "isPublic" optional,
        created_by: "createdBy" optional,
        org_id: "orgId" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
    }
}
/// Reusable template for creating agents. Templates define the base
/// configuration that can be customized when creating an agent instance.
///
/// Schema `AgentTemplate`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AgentTemplate {
    /// Unique template identifier
    #[serde(
        rename = "templateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub template_id: ::std::option::Option<::std::string::String>,
    /// Template name
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// What agents from this template are designed for
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Template category for organization
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
    /// Default system prompt for agents
    #[serde(
        rename = "defaultSystemPrompt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_system_prompt: ::std::option::Option<::std::string::String>,
    /// Suggested tools for this template
    #[serde(
        rename = "recommendedTools",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recommended_tools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON Schema for template customization options
    #[serde(
        rename = "configSchema",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub config_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Whether template is available organization-wide
    #[serde(
        rename = "isPublic",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_public: ::std::option::Option<bool>,
    #[serde(
        rename = "createdBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_by: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    AgentTemplate {
        template_id: "templateId" optional,
        name: "name" optional,
        description: "description" optional,
        category: "category" optional,
        default_system_prompt: "defaultSystemPrompt" optional,
        recommended_tools: "recommendedTools" optional,
        config_schema: "configSchema" optional,
        is_public: "isPublic" optional,
        created_by: "createdBy" optional,
        created_at: "createdAt" optional,
    }
}
/// A tool that agents can use to perform actions
///
/// Schema `AgentTool`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AgentTool {
    /// Unique tool identifier
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// Display name
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// What the tool does
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON Schema for tool inputs
    #[serde(
        rename = "inputSchema",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub input_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Whether tool is currently available
    #[serde(
        rename = "isEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_enabled: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    AgentTool {
        key: "key" optional,
        name: "name" optional,
        description: "description" optional,
        input_schema: "inputSchema" optional,
        is_enabled: "isEnabled" optional,
    }
}
/// A conversation with a specific AI agent. Similar to regular conversations
/// but tied to an agent's configuration and capabilities.
///
/// Schema `AgentConversation`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AgentConversation {
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// The agent this conversation is with
    #[serde(
        rename = "agentKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_key: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "orgId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub messages: ::std::option::Option<::std::vec::Vec<Message>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<AgentConversationStatus>,
    #[serde(
        rename = "isShared",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_shared: ::std::option::Option<bool>,
    #[serde(
        rename = "sharedWith",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shared_with: ::std::option::Option<::std::vec::Vec<ConversationSharedWithItem>>,
    #[serde(
        rename = "lastActivityAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_activity_at: ::std::option::Option<i64>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    AgentConversation {
        id: "_id" optional,
        agent_key: "agentKey" optional,
        user_id: "userId" optional,
        org_id: "orgId" optional,
        title: "title" optional,
        messages: "messages" optional,
        status: "status" optional,
        is_shared: "isShared" optional,
        shared_with: "sharedWith" optional,
        last_activity_at: "lastActivityAt" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
    }
}
/// Scope determines visibility and access control for connectors:<br>
/// <ul>
/// <li><code>team</code> - Available to all users in the organization (admin-only creation)</li>
/// <li><code>personal</code> - Private to the creating user only</li>
/// </ul>
///
/// Schema `ConnectorScope`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConnectorScope {
    /// `team`
    Team,
    /// `personal`
    Personal,
}
crate::runtime::string_enum! {
    ConnectorScope {
        Team = "team",
        Personal = "personal",
    }
}
/// Authentication method required by the connector:<br>
/// <ul>
/// <li><code>OAUTH</code> - User OAuth consent flow</li>
/// <li><code>OAUTH_ADMIN_CONSENT</code> - Admin OAuth with org-wide consent</li>
/// <li><code>API_TOKEN</code> - API key or token authentication</li>
/// <li><code>USERNAME_PASSWORD</code> - Username/password credentials</li>
/// <li><code>NONE</code> - No authentication required</li>
/// </ul>
///
/// Schema `ConnectorAuthType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConnectorAuthType {
    /// `OAUTH`
    Oauth,
    /// `OAUTH_ADMIN_CONSENT`
    OauthAdminConsent,
    /// `API_TOKEN`
    ApiToken,
    /// `USERNAME_PASSWORD`
    UsernamePassword,
    /// `NONE`
    None,
}
crate::runtime::string_enum! {
    ConnectorAuthType {
        Oauth = "OAUTH",
        OauthAdminConsent = "OAUTH_ADMIN_CONSENT",
        ApiToken = "API_TOKEN",
        UsernamePassword = "USERNAME_PASSWORD",
        None = "NONE",
    }
}
/// A connector type from the registry. Represents an available integration
/// that can be configured as a connector instance.
///
/// Schema `ConnectorType`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorType {
    /// Unique identifier for this connector type
    #[serde(
        rename = "connectorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connector_type: ::std::option::Option<::std::string::String>,
    /// Human-readable name
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// What this connector does
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Application group identifier
    #[serde(
        rename = "appGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_group_id: ::std::option::Option<::std::string::String>,
    /// Application group name (e.g., "Google Workspace")
    #[serde(
        rename = "appGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_group: ::std::option::Option<::std::string::String>,
    /// Supported authentication methods
    #[serde(
        rename = "authTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_types: ::std::option::Option<::std::vec::Vec<ConnectorAuthType>>,
    /// Supported scope types
    #[serde(
        rename = "supportedScopes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_scopes: ::std::option::Option<::std::vec::Vec<ConnectorScope>>,
    /// Whether connector supports data synchronization
    #[serde(
        rename = "supportsSync",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supports_sync: ::std::option::Option<bool>,
    /// Whether connector supports AI agent integration
    #[serde(
        rename = "supportsAgent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supports_agent: ::std::option::Option<bool>,
    /// Whether connector supports real-time updates
    #[serde(
        rename = "supportsRealtime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supports_realtime: ::std::option::Option<bool>,
    /// Path to connector icon
    #[serde(
        rename = "iconPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub icon_path: ::std::option::Option<::std::string::String>,
    /// Categories (e.g., "Storage", "Communication")
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Whether this is a beta connector
    #[serde(
        rename = "isBeta",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_beta: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    ConnectorType {
        connector_type: "connectorType" optional,
        display_name: "displayName" optional,
        description: "description" optional,
        app_group_id: "appGroupId" optional,
        app_group: "appGroup" optional,
        auth_types: "authTypes" optional,
        supported_scopes: "supportedScopes" optional,
        supports_sync: "supportsSync" optional,
        supports_agent: "supportsAgent" optional,
        supports_realtime: "supportsRealtime" optional,
        icon_path: "iconPath" optional,
        categories: "categories" optional,
        is_beta: "isBeta" optional,
    }
}
/// A configured connector instance. Represents an active or configured
/// connection to an external service.
///
/// Schema `ConnectorInstance`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorInstance {
    /// Unique instance identifier
    #[serde(
        rename = "connectorId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connector_id: ::std::option::Option<::std::string::String>,
    /// Type of connector (from registry)
    #[serde(
        rename = "connectorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connector_type: ::std::option::Option<::std::string::String>,
    /// User-defined name for this instance
    #[serde(
        rename = "instanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<ConnectorScope>,
    #[serde(
        rename = "authType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_type: ::std::option::Option<ConnectorAuthType>,
    /// User ID who created this instance
    #[serde(
        rename = "createdBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_by: ::std::option::Option<::std::string::String>,
    /// Organization ID
    #[serde(
        rename = "orgId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_id: ::std::option::Option<::std::string::String>,
    /// Whether connector is enabled for syncing/agent
    #[serde(
        rename = "isActive",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_active: ::std::option::Option<bool>,
    /// Whether all required configuration is complete
    #[serde(
        rename = "isConfigured",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_configured: ::std::option::Option<bool>,
    /// Whether authentication is complete and valid
    #[serde(
        rename = "isAuthenticated",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_authenticated: ::std::option::Option<bool>,
    /// Whether sync is enabled
    #[serde(
        rename = "syncEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sync_enabled: ::std::option::Option<bool>,
    /// Whether agent integration is enabled
    #[serde(
        rename = "agentEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_enabled: ::std::option::Option<bool>,
    /// Timestamp of last successful sync
    #[serde(
        rename = "lastSyncAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_sync_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    ConnectorInstance {
        connector_id: "connectorId" optional,
        connector_type: "connectorType" optional,
        instance_name: "instanceName" optional,
        scope: "scope" optional,
        auth_type: "authType" optional,
        created_by: "createdBy" optional,
        org_id: "orgId" optional,
        is_active: "isActive" optional,
        is_configured: "isConfigured" optional,
        is_authenticated: "isAuthenticated" optional,
        sync_enabled: "syncEnabled" optional,
        agent_enabled: "agentEnabled" optional,
        last_sync_at: "lastSyncAt" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
    }
}
/// Configuration for a connector instance including auth, sync, and filter settings
///
/// Schema `ConnectorConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorConfig {
    /// Connector instance ID
    #[serde(
        rename = "connectorId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connector_id: ::std::option::Option<::std::string::String>,
    /// Connector type
    #[serde(
        rename = "connectorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connector_type: ::std::option::Option<::std::string::String>,
    /// Instance name
    #[serde(
        rename = "instanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "authType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_type: ::std::option::Option<ConnectorAuthType>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<ConnectorScope>,
    /// Configuration sections
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config: ::std::option::Option<ConnectorConfigConfig>,
    /// Base URL for self-hosted instances
    #[serde(
        rename = "baseUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "isActive",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_active: ::std::option::Option<bool>,
    #[serde(
        rename = "isConfigured",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_configured: ::std::option::Option<bool>,
    #[serde(
        rename = "isAuthenticated",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_authenticated: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    ConnectorConfig {
        connector_id: "connectorId" optional,
        connector_type: "connectorType" optional,
        instance_name: "instanceName" optional,
        auth_type: "authType" optional,
        scope: "scope" optional,
        config: "config" optional,
        base_url: "baseUrl" optional,
        is_active: "isActive" optional,
        is_configured: "isConfigured" optional,
        is_authenticated: "isAuthenticated" optional,
    }
}
/// Schema definition for configuring a connector type
///
/// Schema `ConnectorSchema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorSchema {
    #[serde(
        rename = "connectorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connector_type: ::std::option::Option<::std::string::String>,
    /// JSON Schema for authentication fields
    #[serde(
        rename = "authSchema",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// JSON Schema for sync configuration
    #[serde(
        rename = "syncSchema",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sync_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// JSON Schema for filter options
    #[serde(
        rename = "filterSchema",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Required field names
    #[serde(
        rename = "requiredFields",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub required_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::read_object! {
    ConnectorSchema {
        connector_type: "connectorType" optional,
        auth_schema: "authSchema" optional,
        sync_schema: "syncSchema" optional,
        filter_schema: "filterSchema" optional,
        required_fields: "requiredFields" optional,
    }
}
/// Authentication configuration for a connector instance
///
/// Schema `ConnectorAuthConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorAuthConfig {
    /// Authentication values (keys depend on connector's auth schema)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// ID of admin-created OAuth configuration to use
    #[serde(
        rename = "oauthConfigId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oauth_config_id: ::std::option::Option<::std::string::String>,
    /// Custom authentication values specific to the connector
    #[serde(
        rename = "customValues",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::read_object! {
    ConnectorAuthConfig {
        values: "values" optional,
        oauth_config_id: "oauthConfigId" optional,
        custom_values: "customValues" optional,
    }
}
/// Synchronization configuration for a connector instance
///
/// Schema `ConnectorSyncConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorSyncConfig {
    /// Sync strategy: MANUAL (user-triggered), SCHEDULED (interval/cron), WEBHOOK (event-driven), REALTIME (WebSocket)
    #[serde(
        rename = "selectedStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub selected_strategy: ::std::option::Option<ConnectorSyncConfigSelectedStrategy>,
    /// Configuration for scheduled sync strategy
    #[serde(
        rename = "scheduledConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduled_config: ::std::option::Option<ConnectorSyncConfigScheduledConfig>,
    /// Configuration for webhook-based sync
    #[serde(
        rename = "webhookConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub webhook_config: ::std::option::Option<ConnectorSyncConfigWebhookConfig>,
    /// Sync setting values specific to the connector
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Custom sync values
    #[serde(
        rename = "customValues",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::read_object! {
    ConnectorSyncConfig {
        selected_strategy: "selectedStrategy" optional,
        scheduled_config: "scheduledConfig" optional,
        webhook_config: "webhookConfig" optional,
        values: "values" optional,
        custom_values: "customValues" optional,
    }
}
/// Filter configuration to control what data is synced (sync filters and indexing filters)
///
/// Schema `ConnectorFiltersConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorFiltersConfig {
    /// Sync filter selections
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sync: ::std::option::Option<ConnectorFiltersConfigSync>,
    /// Indexing filter selections
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub indexing: ::std::option::Option<ConnectorFiltersConfigIndexing>,
}
crate::runtime::read_object! {
    ConnectorFiltersConfig {
        sync: "sync" optional,
        indexing: "indexing" optional,
    }
}
/// Request to create a new connector instance
///
/// Schema `CreateConnectorRequest`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CreateConnectorRequest {
    /// Connector type from registry (e.g., google-drive, confluence, slack)
    #[serde(rename = "connectorType")]
    pub connector_type: ::std::string::String,
    /// Display name for this connector instance
    #[serde(rename = "instanceName")]
    pub instance_name: ::std::string::String,
    pub scope: ConnectorScope,
    /// Authentication type (required if connector supports multiple auth methods)
    #[serde(
        rename = "authType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_type: ::std::option::Option<CreateConnectorRequestAuthType>,
    /// Initial configuration (can also be set after creation)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config: ::std::option::Option<CreateConnectorRequestConfig>,
    /// Base URL for self-hosted instances (e.g., Confluence Server, GitLab Self-Managed)
    #[serde(
        rename = "baseUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    CreateConnectorRequest {
        connector_type: "connectorType" required,
        instance_name: "instanceName" required,
        scope: "scope" required,
        auth_type: "authType" optional,
        config: "config" optional,
        base_url: "baseUrl" optional,
    }
}
/// Request to update connector configuration (partial updates supported)
///
/// Schema `UpdateConnectorConfigRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateConnectorConfigRequest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auth: ::std::option::Option<ConnectorAuthConfig>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sync: ::std::option::Option<ConnectorSyncConfig>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<ConnectorFiltersConfig>,
    /// Base URL for self-hosted instances
    #[serde(
        rename = "baseUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    UpdateConnectorConfigRequest {
        auth: "auth" optional,
        sync: "sync" optional,
        filters: "filters" optional,
        base_url: "baseUrl" optional,
    }
}
/// Request to update authentication config (clears OAuth tokens, requires re-auth)
///
/// Schema `UpdateConnectorAuthRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateConnectorAuthRequest {
    pub auth: ConnectorAuthConfig,
    /// Base URL (if changed with auth update)
    #[serde(
        rename = "baseUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    UpdateConnectorAuthRequest {
        auth: "auth" required,
        base_url: "baseUrl" optional,
    }
}
/// Request to update filters and sync config (connector must be authenticated and inactive)
///
/// Schema `UpdateConnectorFiltersSyncRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateConnectorFiltersSyncRequest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sync: ::std::option::Option<ConnectorSyncConfig>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<ConnectorFiltersConfig>,
    #[serde(
        rename = "baseUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    UpdateConnectorFiltersSyncRequest {
        sync: "sync" optional,
        filters: "filters" optional,
        base_url: "baseUrl" optional,
    }
}
/// Request to save filter selections for a connector
///
/// Schema `SaveConnectorFiltersRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SaveConnectorFiltersRequest {
    /// Filter values to save (structure depends on connector's filter schema)
    pub filters: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
}
crate::runtime::read_object! {
    SaveConnectorFiltersRequest {
        filters: "filters" required,
    }
}
/// Request to update connector instance name
///
/// Schema `UpdateConnectorNameRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateConnectorNameRequest {
    /// New display name for the connector instance
    #[serde(rename = "instanceName")]
    pub instance_name: ::std::string::String,
}
crate::runtime::read_object! {
    UpdateConnectorNameRequest {
        instance_name: "instanceName" required,
    }
}
/// Request to toggle connector active status
///
/// Schema `ConnectorToggleRequest`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ConnectorToggleRequest {
    /// Toggle type: 'sync' for data synchronization, 'agent' for AI agent integration
    #[serde(rename = "type")]
    pub type_: ConnectorToggleRequestType,
}
crate::runtime::read_object! {
    ConnectorToggleRequest {
        type_: "type" required,
    }
}
/// Available filter options for a connector
///
/// Schema `FilterOptions`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct FilterOptions {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<::std::vec::Vec<FilterOptionsFiltersItem>>,
}
crate::runtime::read_object! {
    FilterOptions {
        filters: "filters" optional,
    }
}
/// OAuth configuration for a connector type. Created by admins to enable
/// OAuth authentication for connectors.
///
/// Schema `OAuthConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthConfig {
    /// Unique configuration ID
    #[serde(
        rename = "configId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub config_id: ::std::option::Option<::std::string::String>,
    /// Connector type this config applies to
    #[serde(
        rename = "connectorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connector_type: ::std::option::Option<::std::string::String>,
    /// Name for this OAuth configuration
    #[serde(
        rename = "oauthInstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oauth_instance_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "orgId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "createdBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_by: ::std::option::Option<::std::string::String>,
    /// OAuth credentials (admin-only view)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config: ::std::option::Option<OAuthConfigConfig>,
    /// Base URL for self-hosted instances
    #[serde(
        rename = "baseUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    OAuthConfig {
        config_id: "configId" optional,
        connector_type: "connectorType" optional,
        oauth_instance_name: "oauthInstanceName" optional,
        org_id: "orgId" optional,
        created_by: "createdBy" optional,
        config: "config" optional,
        base_url: "baseUrl" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
    }
}
/// Request to create OAuth configuration (admin only). Stores credentials that users select when setting up connectors.
///
/// Schema `CreateOAuthConfigRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateOAuthConfigRequest {
    /// Display name for this OAuth configuration (e.g., 'Production Google OAuth')
    #[serde(rename = "oauthInstanceName")]
    pub oauth_instance_name: ::std::string::String,
    /// OAuth application credentials
    pub config: CreateOAuthConfigRequestConfig,
    /// Base URL for self-hosted instances (e.g., GitLab Self-Managed)
    #[serde(
        rename = "baseUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    CreateOAuthConfigRequest {
        oauth_instance_name: "oauthInstanceName" required,
        config: "config" required,
        base_url: "baseUrl" optional,
    }
}
/// Pagination information for connector lists
///
/// Schema `ConnectorPagination`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorPagination {
    /// Current page number
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    /// Items per page
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    /// Total number of items
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
    /// Whether more pages exist
    #[serde(
        rename = "hasMore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub has_more: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    ConnectorPagination {
        page: "page" optional,
        limit: "limit" optional,
        total: "total" optional,
        has_more: "hasMore" optional,
    }
}
/// Platform-wide configuration settings for file uploads and feature toggles
///
/// Schema `PlatformSettings`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PlatformSettings {
    /// Maximum file upload size in bytes. Default is 30MB (31457280 bytes). Maximum allowed is 1GB.
    #[serde(rename = "fileUploadMaxSizeBytes")]
    pub file_upload_max_size_bytes: i64,
    /// Key-value map of feature flags to enable/disable platform features.
    /// Available flags:
    /// - ENABLE_BETA_CONNECTORS: Allow usage of beta connector integrations that may be unstable
    #[serde(rename = "featureFlags")]
    pub feature_flags: ::std::collections::BTreeMap<::std::string::String, bool>,
    /// Timestamp of last settings update (read-only, set automatically)
    ///
    /// Read-only: sent by the server only.
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    PlatformSettings {
        file_upload_max_size_bytes: "fileUploadMaxSizeBytes" required,
        feature_flags: "featureFlags" required,
        updated_at: "updatedAt" optional,
    }
}
/// Type of AI model
///
/// Schema `ModelType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ModelType {
    /// `llm`
    Llm,
    /// `embedding`
    Embedding,
    /// `ocr`
    Ocr,
    /// `slm`
    Slm,
    /// `reasoning`
    Reasoning,
    /// `multiModal`
    MultiModal,
}
crate::runtime::string_enum! {
    ModelType {
        Llm = "llm",
        Embedding = "embedding",
        Ocr = "ocr",
        Slm = "slm",
        Reasoning = "reasoning",
        MultiModal = "multiModal",
    }
}
/// Azure Active Directory authentication configuration
///
/// Schema `AzureAdAuthConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AzureAdAuthConfig {
    /// Azure AD application client ID
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// Azure AD tenant ID (use 'common' for multi-tenant)
    #[serde(
        rename = "tenantId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    AzureAdAuthConfig {
        client_id: "clientId" required,
        tenant_id: "tenantId" optional,
    }
}
/// Microsoft authentication configuration
///
/// Schema `MicrosoftAuthConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct MicrosoftAuthConfig {
    /// Microsoft application client ID
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// Microsoft tenant ID
    #[serde(
        rename = "tenantId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    MicrosoftAuthConfig {
        client_id: "clientId" required,
        tenant_id: "tenantId" optional,
    }
}
/// Google authentication configuration
///
/// Schema `GoogleAuthConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GoogleAuthConfig {
    /// Google OAuth client ID
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
}
crate::runtime::read_object! {
    GoogleAuthConfig {
        client_id: "clientId" required,
    }
}
/// Generic OAuth 2.0 provider configuration
///
/// Schema `GenericOAuthConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GenericOAuthConfig {
    /// Display name for the OAuth provider
    #[serde(rename = "providerName")]
    pub provider_name: ::std::string::String,
    /// OAuth client ID
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// OAuth client secret
    #[serde(
        rename = "clientSecret",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_secret: ::std::option::Option<::std::string::String>,
    /// Authorization endpoint URL
    #[serde(
        rename = "authorizationUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorization_url: ::std::option::Option<::std::string::String>,
    /// Token endpoint URL
    #[serde(
        rename = "tokenEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_endpoint: ::std::option::Option<::std::string::String>,
    /// User info endpoint URL
    #[serde(
        rename = "userInfoEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_info_endpoint: ::std::option::Option<::std::string::String>,
    /// OAuth scopes to request
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
    /// OAuth redirect URI
    #[serde(
        rename = "redirectUri",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub redirect_uri: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    GenericOAuthConfig {
        provider_name: "providerName" required,
        client_id: "clientId" required,
        client_secret: "clientSecret" optional,
        authorization_url: "authorizationUrl" optional,
        token_endpoint: "tokenEndpoint" optional,
        user_info_endpoint: "userInfoEndpoint" optional,
        scope: "scope" optional,
        redirect_uri: "redirectUri" optional,
    }
}
/// Google Workspace service account or OAuth credentials
///
/// Schema `GoogleWorkspaceCredentials`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GoogleWorkspaceCredentials {
    /// Type of credentials: 'individual' for OAuth, 'business' for service account
    #[serde(
        rename = "userType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_type: ::std::option::Option<GoogleWorkspaceCredentialsUserType>,
    /// Credential data (structure depends on userType)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub credentials: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::read_object! {
    GoogleWorkspaceCredentials {
        user_type: "userType" optional,
        credentials: "credentials" optional,
    }
}
/// Google Workspace OAuth configuration for connectors
///
/// Schema `GoogleWorkspaceOAuthConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GoogleWorkspaceOAuthConfig {
    /// Google OAuth client ID
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// Google OAuth client secret
    #[serde(rename = "clientSecret")]
    pub client_secret: ::std::string::String,
    /// Enable Google Pub/Sub for real-time updates
    #[serde(
        rename = "enableRealTimeUpdates",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_real_time_updates: ::std::option::Option<bool>,
    /// Google Pub/Sub topic name (required if enableRealTimeUpdates is true)
    #[serde(
        rename = "topicName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub topic_name: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    GoogleWorkspaceOAuthConfig {
        client_id: "clientId" required,
        client_secret: "clientSecret" required,
        enable_real_time_updates: "enableRealTimeUpdates" optional,
        topic_name: "topicName" optional,
    }
}
/// Atlassian (Confluence/Jira) OAuth configuration
///
/// Schema `AtlassianConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AtlassianConfig {
    /// Atlassian OAuth client ID
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// Atlassian OAuth client secret
    #[serde(rename = "clientSecret")]
    pub client_secret: ::std::string::String,
}
crate::runtime::read_object! {
    AtlassianConfig {
        client_id: "clientId" required,
        client_secret: "clientSecret" required,
    }
}
/// OneDrive/Microsoft 365 connector configuration
///
/// Schema `OneDriveConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OneDriveConfig {
    /// Microsoft application client ID
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// Microsoft application client secret
    #[serde(rename = "clientSecret")]
    pub client_secret: ::std::string::String,
    /// Microsoft/Azure tenant ID
    #[serde(rename = "tenantId")]
    pub tenant_id: ::std::string::String,
    /// Whether admin consent has been granted
    #[serde(
        rename = "hasAdminConsent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub has_admin_consent: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    OneDriveConfig {
        client_id: "clientId" required,
        client_secret: "clientSecret" required,
        tenant_id: "tenantId" required,
        has_admin_consent: "hasAdminConsent" optional,
    }
}
/// SharePoint connector configuration
///
/// Schema `SharePointConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SharePointConfig {
    /// Microsoft application client ID
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// Microsoft application client secret
    #[serde(rename = "clientSecret")]
    pub client_secret: ::std::string::String,
    /// Microsoft/Azure tenant ID
    #[serde(rename = "tenantId")]
    pub tenant_id: ::std::string::String,
    /// SharePoint domain (e.g., 'mycompany.sharepoint.com')
    #[serde(rename = "sharepointDomain")]
    pub sharepoint_domain: ::std::string::String,
    /// Whether admin consent has been granted
    #[serde(
        rename = "hasAdminConsent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub has_admin_consent: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    SharePointConfig {
        client_id: "clientId" required,
        client_secret: "clientSecret" required,
        tenant_id: "tenantId" required,
        sharepoint_domain: "sharepointDomain" required,
        has_admin_consent: "hasAdminConsent" optional,
    }
}
/// Configuration for application telemetry and metrics collection.
/// Metrics are collected anonymously and pushed to a remote server for analytics.
///
/// Schema `MetricsCollectionConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct MetricsCollectionConfig {
    /// Master switch for metrics collection. When disabled, no metrics are collected or pushed.
    /// Default: true
    #[serde(
        rename = "enableMetricCollection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_metric_collection: ::std::option::Option<bool>,
    /// Interval in milliseconds between metrics pushes to the remote server.
    /// Minimum: 1000ms (1 second), Default: 60000ms (1 minute)
    #[serde(
        rename = "pushIntervalMs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub push_interval_ms: ::std::option::Option<i64>,
    /// URL of the metrics collection server. For self-hosted analytics, point this
    /// to your own Prometheus-compatible endpoint.
    #[serde(
        rename = "serverUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub server_url: ::std::option::Option<::std::string::String>,
    /// API key for authenticating with the metrics server. Auto-generated if not provided.
    #[serde(
        rename = "apiKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub api_key: ::std::option::Option<::std::string::String>,
    /// Unique identifier for this PipesHub instance. Auto-generated based on hostname.
    #[serde(
        rename = "instanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// Current application version for metrics tagging.
    #[serde(
        rename = "appVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_version: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    MetricsCollectionConfig {
        enable_metric_collection: "enableMetricCollection" optional,
        push_interval_ms: "pushIntervalMs" optional,
        server_url: "serverUrl" optional,
        api_key: "apiKey" optional,
        instance_id: "instanceId" optional,
        app_version: "appVersion" optional,
    }
}
/// Platform feature flag definition
///
/// Schema `FeatureFlag`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct FeatureFlag {
    /// Unique feature flag key
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// Display label
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub label: ::std::option::Option<::std::string::String>,
    /// Feature flag description
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Default enabled state
    #[serde(
        rename = "defaultEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_enabled: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    FeatureFlag {
        key: "key" optional,
        label: "label" optional,
        description: "description" optional,
        default_enabled: "defaultEnabled" optional,
    }
}
/// Custom system prompt configuration
///
/// Schema `CustomSystemPrompt`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CustomSystemPrompt {
    /// Custom system prompt text for AI models
    #[serde(
        rename = "customSystemPrompt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_system_prompt: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    CustomSystemPrompt {
        custom_system_prompt: "customSystemPrompt" optional,
    }
}
/// Type of crawling schedule that determines how often the connector data is synced.<br>
/// <ul>
/// <li><b>hourly</b>: Run at specified minute every X hours</li>
/// <li><b>daily</b>: Run once per day at specified hour and minute</li>
/// <li><b>weekly</b>: Run on specified days of the week at specified time</li>
/// <li><b>monthly</b>: Run on specified day of month at specified time</li>
/// <li><b>custom</b>: Use cron expression for complex schedules</li>
/// <li><b>once</b>: Run once at a specific future datetime</li>
/// </ul>
///
/// Schema `CrawlingScheduleType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CrawlingScheduleType {
    /// `hourly`
    Hourly,
    /// `daily`
    Daily,
    /// `weekly`
    Weekly,
    /// `monthly`
    Monthly,
    /// `custom`
    Custom,
    /// `once`
    Once,
}
crate::runtime::string_enum! {
    CrawlingScheduleType {
        Hourly = "hourly",
        Daily = "daily",
        Weekly = "weekly",
        Monthly = "monthly",
        Custom = "custom",
        Once = "once",
    }
}
/// Base configuration fields common to all schedule types
///
/// Schema `BaseScheduleConfig`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct BaseScheduleConfig {
    #[serde(rename = "scheduleType")]
    pub schedule_type: CrawlingScheduleType,
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    #[serde(
        rename = "isEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    BaseScheduleConfig {
        schedule_type: "scheduleType" required,
        is_enabled: "isEnabled" optional,
        timezone: "timezone" optional,
    }
}
/// Schema `HourlyScheduleConfig`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct HourlyScheduleConfig {
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    #[serde(
        rename = "isEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleType")]
    pub schedule_type: HourlyScheduleConfigScheduleType,
    /// Minute of the hour to run (0-59)
    pub minute: i64,
    /// Run every X hours (1 = every hour, 2 = every 2 hours, etc.)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub interval: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    HourlyScheduleConfig {
        is_enabled: "isEnabled" optional,
        timezone: "timezone" optional,
        schedule_type: "scheduleType" required,
        minute: "minute" required,
        interval: "interval" optional,
    }
}
/// Schema `DailyScheduleConfig`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct DailyScheduleConfig {
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    #[serde(
        rename = "isEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleType")]
    pub schedule_type: DailyScheduleConfigScheduleType,
    /// Hour of the day to run (0-23, 24-hour format)
    pub hour: i64,
    /// Minute of the hour to run (0-59)
    pub minute: i64,
}
crate::runtime::read_object! {
    DailyScheduleConfig {
        is_enabled: "isEnabled" optional,
        timezone: "timezone" optional,
        schedule_type: "scheduleType" required,
        hour: "hour" required,
        minute: "minute" required,
    }
}
/// Schema `WeeklyScheduleConfig`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct WeeklyScheduleConfig {
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    #[serde(
        rename = "isEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleType")]
    pub schedule_type: WeeklyScheduleConfigScheduleType,
    /// Days of the week to run (0=Sunday, 1=Monday, ..., 6=Saturday).<br>
    /// Example: [1, 3, 5] runs on Monday, Wednesday, Friday
    #[serde(rename = "daysOfWeek")]
    pub days_of_week: ::std::vec::Vec<i64>,
    /// Hour of the day to run (0-23)
    pub hour: i64,
    /// Minute of the hour to run (0-59)
    pub minute: i64,
}
crate::runtime::read_object! {
    WeeklyScheduleConfig {
        is_enabled: "isEnabled" optional,
        timezone: "timezone" optional,
        schedule_type: "scheduleType" required,
        days_of_week: "daysOfWeek" required,
        hour: "hour" required,
        minute: "minute" required,
    }
}
/// Schema `MonthlyScheduleConfig`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct MonthlyScheduleConfig {
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    #[serde(
        rename = "isEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleType")]
    pub schedule_type: MonthlyScheduleConfigScheduleType,
    /// Day of the month to run (1-31). If day doesn't exist in month, job runs on last day.
    #[serde(rename = "dayOfMonth")]
    pub day_of_month: i64,
    /// Hour of the day to run (0-23)
    pub hour: i64,
    /// Minute of the hour to run (0-59)
    pub minute: i64,
}
crate::runtime::read_object! {
    MonthlyScheduleConfig {
        is_enabled: "isEnabled" optional,
        timezone: "timezone" optional,
        schedule_type: "scheduleType" required,
        day_of_month: "dayOfMonth" required,
        hour: "hour" required,
        minute: "minute" required,
    }
}
/// Schema `CustomScheduleConfig`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CustomScheduleConfig {
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    #[serde(
        rename = "isEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleType")]
    pub schedule_type: CustomScheduleConfigScheduleType,
    /// Standard 5-field cron expression: minute hour day-of-month month day-of-week.<br>
    /// Examples:<br>
    /// <ul>
    /// <li><code>0 2 * * *</code> - Every day at 2:00 AM</li>
    /// <li><code>30 */4 * * *</code> - Every 4 hours at minute 30</li>
    /// <li><code>0 9 * * 1-5</code> - Weekdays at 9:00 AM</li>
    /// <li><code>0 0 1,15 * *</code> - 1st and 15th of each month at midnight</li>
    /// </ul>
    #[serde(rename = "cronExpression")]
    pub cron_expression: ::std::string::String,
    /// Human-readable description of the cron schedule
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    CustomScheduleConfig {
        is_enabled: "isEnabled" optional,
        timezone: "timezone" optional,
        schedule_type: "scheduleType" required,
        cron_expression: "cronExpression" required,
        description: "description" optional,
    }
}
/// Schema `OnceScheduleConfig`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct OnceScheduleConfig {
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    #[serde(
        rename = "isEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleType")]
    pub schedule_type: OnceScheduleConfigScheduleType,
    /// ISO 8601 datetime when the job should run. Must be in the future.
    #[serde(rename = "scheduledTime")]
    pub scheduled_time: ::chrono::DateTime<::chrono::Utc>,
}
crate::runtime::read_object! {
    OnceScheduleConfig {
        is_enabled: "isEnabled" optional,
        timezone: "timezone" optional,
        schedule_type: "scheduleType" required,
        scheduled_time: "scheduledTime" required,
    }
}
/// Schedule configuration for crawling jobs. The structure varies based on <code>scheduleType</code>.<br><br>
/// <b>Schedule Type Configurations:</b><br>
/// <ul>
/// <li><b>hourly:</b> <code>minute</code>, <code>interval</code> (optional)</li>
/// <li><b>daily:</b> <code>hour</code>, <code>minute</code></li>
/// <li><b>weekly:</b> <code>daysOfWeek</code>, <code>hour</code>, <code>minute</code></li>
/// <li><b>monthly:</b> <code>dayOfMonth</code>, <code>hour</code>, <code>minute</code></li>
/// <li><b>custom:</b> <code>cronExpression</code>, <code>description</code> (optional)</li>
/// <li><b>once:</b> <code>scheduledTime</code></li>
/// </ul>
///
/// Schema `ScheduleConfig`.
///
/// The discriminator picks the variant; other tags are refused.
#[derive(Debug, Clone, PartialEq)]
pub enum ScheduleConfig {
    /// `hourly`
    HourlyScheduleConfig(HourlyScheduleConfig),
    /// `daily`
    DailyScheduleConfig(DailyScheduleConfig),
    /// `weekly`
    WeeklyScheduleConfig(WeeklyScheduleConfig),
    /// `monthly`
    MonthlyScheduleConfig(MonthlyScheduleConfig),
    /// `custom`
    CustomScheduleConfig(CustomScheduleConfig),
    /// `once`
    OnceScheduleConfig(OnceScheduleConfig),
}
impl ::serde::Serialize for ScheduleConfig {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::HourlyScheduleConfig(value) => ("hourly", ::serde_json::to_value(value)),
            Self::DailyScheduleConfig(value) => ("daily", ::serde_json::to_value(value)),
            Self::WeeklyScheduleConfig(value) => ("weekly", ::serde_json::to_value(value)),
            Self::MonthlyScheduleConfig(value) => ("monthly", ::serde_json::to_value(value)),
            Self::CustomScheduleConfig(value) => ("custom", ::serde_json::to_value(value)),
            Self::OnceScheduleConfig(value) => ("once", ::serde_json::to_value(value)),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("scheduleType".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for ScheduleConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("scheduleType")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("hourly") => ::serde_json::from_value(value)
                .map(Self::HourlyScheduleConfig)
                .map_err(D::Error::custom),
            Some("daily") => ::serde_json::from_value(value)
                .map(Self::DailyScheduleConfig)
                .map_err(D::Error::custom),
            Some("weekly") => ::serde_json::from_value(value)
                .map(Self::WeeklyScheduleConfig)
                .map_err(D::Error::custom),
            Some("monthly") => ::serde_json::from_value(value)
                .map(Self::MonthlyScheduleConfig)
                .map_err(D::Error::custom),
            Some("custom") => ::serde_json::from_value(value)
                .map(Self::CustomScheduleConfig)
                .map_err(D::Error::custom),
            Some("once") => ::serde_json::from_value(value)
                .map(Self::OnceScheduleConfig)
                .map_err(D::Error::custom),
            Some(other) => Err(D::Error::unknown_variant(
                other,
                &["custom", "daily", "hourly", "monthly", "once", "weekly"],
            )),
            None => Err(D::Error::missing_field("scheduleType")),
        }
    }
}
/// Data payload stored with each crawling job in the queue
///
/// Schema `CrawlingJobData`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CrawlingJobData {
    /// Connector type identifier (e.g., "drive", "onedrive", "slack")
    pub connector: ::std::string::String,
    /// Unique identifier of the connector instance
    #[serde(rename = "connectorId")]
    pub connector_id: ::std::string::String,
    #[serde(rename = "scheduleConfig")]
    pub schedule_config: ScheduleConfig,
    /// Organization ID that owns this crawling job
    #[serde(rename = "orgId")]
    pub org_id: ::std::string::String,
    /// User ID who created/scheduled this job
    #[serde(rename = "userId")]
    pub user_id: ::std::string::String,
    /// When the job was created/scheduled
    pub timestamp: ::chrono::DateTime<::chrono::Utc>,
    /// Optional additional metadata for the job
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::read_object! {
    CrawlingJobData {
        connector: "connector" required,
        connector_id: "connectorId" required,
        schedule_config: "scheduleConfig" required,
        org_id: "orgId" required,
        user_id: "userId" required,
        timestamp: "timestamp" required,
        metadata: "metadata" optional,
    }
}
/// Complete status information for a crawling job
///
/// Schema `JobStatus`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct JobStatus {
    /// Unique job ID assigned by BullMQ
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Job name (format crawl-{connector}-{connectorId})
    pub name: ::std::string::String,
    pub data: CrawlingJobData,
    /// Job progress information (can be number 0-100 or object with percentage/current/total)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub progress: ::std::option::Option<JobStatusProgress>,
    /// Delay in milliseconds before job starts (for delayed/scheduled jobs)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub delay: ::std::option::Option<i64>,
    /// Unix timestamp when job was created (milliseconds)
    pub timestamp: i64,
    /// Number of execution attempts made (increments on retry)
    #[serde(rename = "attemptsMade")]
    pub attempts_made: i64,
    /// Unix timestamp when job completed (null if not finished)
    #[serde(
        rename = "finishedOn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub finished_on: ::std::option::Option<i64>,
    /// Unix timestamp when job started processing (null if not started)
    #[serde(
        rename = "processedOn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub processed_on: ::std::option::Option<i64>,
    /// Error message if job failed
    #[serde(
        rename = "failedReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub failed_reason: ::std::option::Option<::std::string::String>,
    /// Current state of the job in the queue:<br>
    /// <ul>
    /// <li><b>waiting</b>: Queued and waiting to be processed</li>
    /// <li><b>active</b>: Currently being processed by a worker</li>
    /// <li><b>completed</b>: Successfully finished</li>
    /// <li><b>failed</b>: Failed after all retry attempts</li>
    /// <li><b>delayed</b>: Scheduled to run at a future time</li>
    /// <li><b>paused</b>: Manually paused by user</li>
    /// <li><b>stuck</b>: Job is stuck (worker crashed mid-processing)</li>
    /// </ul>
    pub state: JobStatusState,
}
crate::runtime::read_object! {
    JobStatus {
        id: "id" optional,
        name: "name" required,
        data: "data" required,
        progress: "progress" optional,
        delay: "delay" optional,
        timestamp: "timestamp" required,
        attempts_made: "attemptsMade" required,
        finished_on: "finishedOn" optional,
        processed_on: "processedOn" optional,
        failed_reason: "failedReason" optional,
        state: "state" required,
    }
}
/// Aggregate statistics for the crawling job queue
///
/// Schema `QueueStats`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct QueueStats {
    /// Number of jobs waiting to be processed
    pub waiting: i64,
    /// Number of jobs currently being processed
    pub active: i64,
    /// Number of successfully completed jobs (limited to recent)
    pub completed: i64,
    /// Number of failed jobs (limited to recent)
    pub failed: i64,
    /// Number of jobs scheduled for future execution
    pub delayed: i64,
    /// Number of manually paused jobs
    pub paused: i64,
    /// Number of repeatable job configurations (recurring schedules)
    pub repeatable: i64,
    /// Total count of all jobs across all states
    pub total: i64,
}
crate::runtime::read_object! {
    QueueStats {
        waiting: "waiting" required,
        active: "active" required,
        completed: "completed" required,
        failed: "failed" required,
        delayed: "delayed" required,
        paused: "paused" required,
        repeatable: "repeatable" required,
        total: "total" required,
    }
}
/// Request body for sending transactional emails via pre-defined templates.
///
/// **Template-specific templateData requirements:**
///
/// | Template | Required Fields | Description |
/// |----------|----------------|-------------|
/// | `loginWithOTP` | `name`, `otp` | User's name and 6-digit OTP code |
/// | `resetPassword` | `name`, `link` | User's name and password reset URL |
/// | `accountCreation` | `orgName`, `link` | Organization name and login URL |
/// | `appuserInvite` | `invitee`, `orgName`, `link` | Inviter name, org name, and invitation URL |
/// | `suspiciousLoginAttempt` | `link` | Support contact URL |
///
/// **Note:** The actual "From" address is taken from the SMTP configuration, not from `fromEmailDomain`.
/// The `fromEmailDomain` field is stored for audit purposes only.
///
/// Schema `MailBody`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct MailBody {
    /// Name of the product sending the email (used in templates for branding)
    #[serde(
        rename = "productName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Type of email template to use. Each template has specific `templateData` requirements:
    /// - `loginWithOTP`: OTP authentication email
    /// - `resetPassword`: Password reset link email
    /// - `accountCreation`: Welcome email for new organizations
    /// - `appuserInvite`: Invitation email to join an organization
    /// - `suspiciousLoginAttempt`: Security alert for multiple failed OTP attempts
    #[serde(rename = "emailTemplateType")]
    pub email_template_type: MailBodyEmailTemplateType,
    /// Flag indicating if this is an automated system email (for tracking/filtering purposes)
    #[serde(
        rename = "isAutoEmail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_auto_email: ::std::option::Option<bool>,
    /// Sender email address for audit logging. **Note:** The actual "From" address used
    /// in the email is taken from the SMTP server configuration (`smtpConfig.fromEmail`),
    /// not this field. This field is stored in the database for record-keeping.
    #[serde(
        rename = "fromEmailDomain",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub from_email_domain: ::std::option::Option<::std::string::String>,
    /// List of recipient email addresses (at least one required)
    #[serde(rename = "sendEmailTo")]
    pub send_email_to: ::std::vec::Vec<::std::string::String>,
    /// Email subject line
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subject: ::std::option::Option<::std::string::String>,
    /// Dynamic data to populate the email template. Required fields depend on <code>emailTemplateType</code>.<br><br>
    /// <b>Template Data Requirements:</b><br>
    /// <ul>
    /// <li><b>loginWithOTP:</b> See <code>LoginWithOTPTemplateData</code> - requires <code>name</code>, <code>otp</code></li>
    /// <li><b>resetPassword:</b> See <code>ResetPasswordTemplateData</code> - requires <code>name</code>, <code>link</code></li>
    /// <li><b>accountCreation:</b> See <code>AccountCreationTemplateData</code> - requires <code>orgName</code>, <code>link</code></li>
    /// <li><b>appuserInvite:</b> See <code>AppUserInviteTemplateData</code> - requires <code>invitee</code>, <code>orgName</code>, <code>link</code></li>
    /// <li><b>suspiciousLoginAttempt:</b> See <code>SuspiciousLoginTemplateData</code> - requires <code>link</code></li>
    /// </ul>
    #[serde(
        rename = "templateData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub template_data: ::std::option::Option<MailBodyTemplateData>,
    /// Optional list of CC recipient email addresses
    #[serde(
        rename = "sendCcTo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub send_cc_to: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Optional email attachments (uses nodemailer attachment format)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub attachments: ::std::option::Option<::std::vec::Vec<MailBodyAttachmentsItem>>,
}
crate::runtime::read_object! {
    MailBody {
        product_name: "productName" optional,
        email_template_type: "emailTemplateType" required,
        is_auto_email: "isAutoEmail" optional,
        from_email_domain: "fromEmailDomain" optional,
        send_email_to: "sendEmailTo" required,
        subject: "subject" optional,
        template_data: "templateData" optional,
        send_cc_to: "sendCcTo" optional,
        attachments: "attachments" optional,
    }
}
/// Template data for password reset email
///
/// Schema `ResetPasswordTemplateData`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ResetPasswordTemplateData {
    /// User's display name shown in the email greeting
    pub name: ::std::string::String,
    /// Password reset URL with secure token
    pub link: ::std::string::String,
}
crate::runtime::read_object! {
    ResetPasswordTemplateData {
        name: "name" required,
        link: "link" required,
    }
}
/// Template data for organization account creation welcome email
///
/// Schema `AccountCreationTemplateData`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AccountCreationTemplateData {
    /// Name of the newly created organization
    #[serde(rename = "orgName")]
    pub org_name: ::std::string::String,
    /// Login URL for the platform
    pub link: ::std::string::String,
}
crate::runtime::read_object! {
    AccountCreationTemplateData {
        org_name: "orgName" required,
        link: "link" required,
    }
}
/// Template data for user invitation email
///
/// Schema `AppUserInviteTemplateData`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AppUserInviteTemplateData {
    /// Name of the person who sent the invitation
    pub invitee: ::std::string::String,
    /// Name of the organization the user is being invited to
    #[serde(rename = "orgName")]
    pub org_name: ::std::string::String,
    /// Invitation acceptance URL with secure token
    pub link: ::std::string::String,
}
crate::runtime::read_object! {
    AppUserInviteTemplateData {
        invitee: "invitee" required,
        org_name: "orgName" required,
        link: "link" required,
    }
}
/// Template data for suspicious login attempt security alert email
///
/// Schema `SuspiciousLoginTemplateData`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SuspiciousLoginTemplateData {
    /// Support contact URL for reporting unauthorized access
    pub link: ::std::string::String,
}
crate::runtime::read_object! {
    SuspiciousLoginTemplateData {
        link: "link" required,
    }
}
/// Schema `PaginationInfo`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PaginationInfo {
    /// Current page number
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    /// Items per page
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    /// Total number of items
    #[serde(
        rename = "totalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
    /// Total number of pages
    #[serde(
        rename = "totalPages",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_pages: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    PaginationInfo {
        page: "page" optional,
        limit: "limit" optional,
        total_count: "totalCount" optional,
        total_pages: "totalPages" optional,
    }
}
/// OpenID Connect Discovery Response (RFC 8414).
/// Contains authorization server metadata.
///
/// Schema `OpenIDConfiguration`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OpenIdConfiguration {
    /// Authorization server issuer URL
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<::std::string::String>,
    /// OAuth authorization endpoint
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_endpoint: ::std::option::Option<::std::string::String>,
    /// OAuth token endpoint
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token_endpoint: ::std::option::Option<::std::string::String>,
    /// OpenID Connect UserInfo endpoint
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userinfo_endpoint: ::std::option::Option<::std::string::String>,
    /// Token revocation endpoint
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub revocation_endpoint: ::std::option::Option<::std::string::String>,
    /// Token introspection endpoint
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub introspection_endpoint: ::std::option::Option<::std::string::String>,
    /// JSON Web Key Set endpoint
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub jwks_uri: ::std::option::Option<::std::string::String>,
    /// Supported OAuth scopes
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scopes_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Supported OAuth response types
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub response_types_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Supported grant types
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub grant_types_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Supported client authentication methods
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token_endpoint_auth_methods_supported:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Supported subject identifier types
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subject_types_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Supported ID token signing algorithms
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id_token_signing_alg_values_supported:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Supported claims in ID tokens/UserInfo
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub claims_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Supported PKCE code challenge methods
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code_challenge_methods_supported:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::read_object! {
    OpenIdConfiguration {
        issuer: "issuer" optional,
        authorization_endpoint: "authorization_endpoint" optional,
        token_endpoint: "token_endpoint" optional,
        userinfo_endpoint: "userinfo_endpoint" optional,
        revocation_endpoint: "revocation_endpoint" optional,
        introspection_endpoint: "introspection_endpoint" optional,
        jwks_uri: "jwks_uri" optional,
        scopes_supported: "scopes_supported" optional,
        response_types_supported: "response_types_supported" optional,
        grant_types_supported: "grant_types_supported" optional,
        token_endpoint_auth_methods_supported: "token_endpoint_auth_methods_supported" optional,
        subject_types_supported: "subject_types_supported" optional,
        id_token_signing_alg_values_supported: "id_token_signing_alg_values_supported" optional,
        claims_supported: "claims_supported" optional,
        code_challenge_methods_supported: "code_challenge_methods_supported" optional,
    }
}
/// JSON Web Key Set (RFC 7517).
/// Contains public keys for verifying token signatures.
///
/// Schema `JWKS`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Jwks {
    /// Array of JSON Web Keys
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub keys: ::std::option::Option<::std::vec::Vec<Jwk>>,
}
crate::runtime::read_object! {
    Jwks {
        keys: "keys" optional,
    }
}
/// JSON Web Key (RFC 7517).
/// Public key for verifying JWT signatures.
///
/// Schema `JWK`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Jwk {
    /// Key type
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kty: ::std::option::Option<::std::string::String>,
    /// Key use (sig = signature)
    #[serde(rename = "use", skip_serializing_if = "::std::option::Option::is_none")]
    pub use_: ::std::option::Option<::std::string::String>,
    /// Algorithm
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub alg: ::std::option::Option<::std::string::String>,
    /// Key ID
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kid: ::std::option::Option<::std::string::String>,
    /// RSA modulus (base64url encoded)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub n: ::std::option::Option<::std::string::String>,
    /// RSA exponent (base64url encoded)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub e: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    Jwk {
        kty: "kty" optional,
        use_: "use" optional,
        alg: "alg" optional,
        kid: "kid" optional,
        n: "n" optional,
        e: "e" optional,
    }
}
/// Schema `KBPermission`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct KbPermission {
    /// User ID
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
    /// Team ID
    #[serde(
        rename = "teamId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub team_id: ::std::option::Option<::std::string::String>,
    /// Permission role
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role: ::std::option::Option<KbPermissionRole>,
    /// Knowledge base ID
    #[serde(
        rename = "kbId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kb_id: ::std::option::Option<::std::string::String>,
    /// User ID who granted the permission
    #[serde(
        rename = "grantedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub granted_by: ::std::option::Option<::std::string::String>,
    /// Timestamp when permission was granted
    #[serde(
        rename = "grantedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub granted_at: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    KbPermission {
        user_id: "userId" optional,
        team_id: "teamId" optional,
        role: "role" optional,
        kb_id: "kbId" optional,
        granted_by: "grantedBy" optional,
        granted_at: "grantedAt" optional,
    }
}
/// Server-Sent Event structure for streaming responses.<br><br>
/// <b>Event Types:</b>
/// <ul>
/// <li><code>connected</code> - Initial connection established</li>
/// <li><code>chunk</code> - Partial response content</li>
/// <li><code>citation</code> - Citation reference</li>
/// <li><code>complete</code> - Final response with all data</li>
/// <li><code>error</code> - Error occurred during streaming</li>
/// </ul>
///
/// Schema `SSEEvent`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SseEvent {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub event: ::std::option::Option<SseEventEvent>,
    /// JSON-encoded event payload
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    SseEvent {
        event: "event" optional,
        data: "data" optional,
    }
}
/// SMTP email server configuration for sending system emails (invitations, notifications, password resets)
///
/// Schema `SMTPConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SmtpConfig {
    /// SMTP server hostname or IP address
    pub host: ::std::string::String,
    /// SMTP server port. Common ports are 25 (unencrypted), 465 (SSL), 587 (TLS/STARTTLS)
    pub port: i64,
    /// SMTP authentication username. Usually an email address for services like Gmail, SendGrid, etc.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// SMTP authentication password or app-specific password. For Gmail, use an App Password instead of your account password.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<::std::string::String>,
    /// Default sender email address that appears in the "From" field of outgoing emails
    #[serde(rename = "fromEmail")]
    pub from_email: ::std::string::String,
}
crate::runtime::read_object! {
    SmtpConfig {
        host: "host" required,
        port: "port" required,
        username: "username" optional,
        password: "password" optional,
        from_email: "fromEmail" required,
    }
}
/// Schema `AIModelProviderConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AiModelProviderConfig {
    /// AI provider name
    pub provider: ::std::string::String,
    pub configuration: AiModelProviderConfigConfiguration,
    /// Whether the model supports multimodal input
    #[serde(
        rename = "isMultimodal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_multimodal: ::std::option::Option<bool>,
    /// Whether the model supports reasoning
    #[serde(
        rename = "isReasoning",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_reasoning: ::std::option::Option<bool>,
    /// Whether this should be the default model
    #[serde(
        rename = "isDefault",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_default: ::std::option::Option<bool>,
    /// Context length for the model
    #[serde(
        rename = "contextLength",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub context_length: ::std::option::Option<i64>,
    /// Unique identifier for this model configuration
    ///
    /// Read-only: sent by the server only.
    #[serde(
        rename = "modelKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_key: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    AiModelProviderConfig {
        provider: "provider" required,
        configuration: "configuration" required,
        is_multimodal: "isMultimodal" optional,
        is_reasoning: "isReasoning" optional,
        is_default: "isDefault" optional,
        context_length: "contextLength" optional,
        model_key: "modelKey" optional,
    }
}
/// Must have at least one model type configured
///
/// Schema `AIModelsConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AiModelsConfig {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ocr: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub embedding: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub slm: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub llm: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reasoning: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
    #[serde(
        rename = "multiModal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_modal: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
}
crate::runtime::read_object! {
    AiModelsConfig {
        ocr: "ocr" optional,
        embedding: "embedding" optional,
        slm: "slm" optional,
        llm: "llm" optional,
        reasoning: "reasoning" optional,
        multi_modal: "multiModal" optional,
    }
}
/// SAML SSO authentication configuration
///
/// Schema `SSOAuthConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SsoAuthConfig {
    /// Identity provider SSO URL
    #[serde(rename = "entryPoint")]
    pub entry_point: ::std::string::String,
    /// X.509 certificate for signature validation (PEM format)
    pub certificate: ::std::string::String,
    /// SAML attribute name for user email
    #[serde(rename = "emailKey")]
    pub email_key: ::std::string::String,
}
crate::runtime::read_object! {
    SsoAuthConfig {
        entry_point: "entryPoint" required,
        certificate: "certificate" required,
        email_key: "emailKey" required,
    }
}
/// URL configuration for frontend or connector
///
/// Schema `URLConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UrlConfig {
    /// Public URL
    pub url: ::std::string::String,
}
crate::runtime::read_object! {
    UrlConfig {
        url: "url" required,
    }
}
/// Request to add a new AI model provider
///
/// Schema `AddAIModelProviderRequest`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct AddAiModelProviderRequest {
    #[serde(rename = "modelType")]
    pub model_type: ModelType,
    /// Provider name (e.g., openai, anthropic, azure-openai, aws-bedrock)
    pub provider: ::std::string::String,
    /// Provider-specific configuration
    pub configuration: AddAiModelProviderRequestConfiguration,
    /// Whether the model supports multimodal inputs
    #[serde(
        rename = "isMultimodal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_multimodal: ::std::option::Option<bool>,
    /// Whether this is a reasoning model
    #[serde(
        rename = "isReasoning",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_reasoning: ::std::option::Option<bool>,
    /// Set as default model for this type
    #[serde(
        rename = "isDefault",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_default: ::std::option::Option<bool>,
    /// Maximum context length (tokens)
    #[serde(
        rename = "contextLength",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub context_length: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    AddAiModelProviderRequest {
        model_type: "modelType" required,
        provider: "provider" required,
        configuration: "configuration" required,
        is_multimodal: "isMultimodal" optional,
        is_reasoning: "isReasoning" optional,
        is_default: "isDefault" optional,
        context_length: "contextLength" optional,
    }
}
/// Request to update an existing AI model provider
///
/// Schema `UpdateAIModelProviderRequest`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateAiModelProviderRequest {
    /// Provider name
    pub provider: ::std::string::String,
    /// Updated provider configuration
    pub configuration: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    #[serde(
        rename = "isMultimodal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_multimodal: ::std::option::Option<bool>,
    #[serde(
        rename = "isReasoning",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_reasoning: ::std::option::Option<bool>,
    #[serde(
        rename = "isDefault",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_default: ::std::option::Option<bool>,
    #[serde(
        rename = "contextLength",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub context_length: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    UpdateAiModelProviderRequest {
        provider: "provider" required,
        configuration: "configuration" required,
        is_multimodal: "isMultimodal" optional,
        is_reasoning: "isReasoning" optional,
        is_default: "isDefault" optional,
        context_length: "contextLength" optional,
    }
}
/// Response containing AI model provider details
///
/// Schema `AIModelProviderResponse`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AiModelProviderResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<AiModelProviderResponseStatus>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<AiModelProviderConfig>,
}
crate::runtime::read_object! {
    AiModelProviderResponse {
        status: "status" optional,
        message: "message" optional,
        data: "data" optional,
    }
}
/// Template data for OTP login email
///
/// Schema `LoginWithOTPTemplateData`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct LoginWithOtpTemplateData {
    /// User's display name shown in the email greeting
    pub name: ::std::string::String,
    /// 6-digit one-time password code
    pub otp: ::std::string::String,
}
crate::runtime::read_object! {
    LoginWithOtpTemplateData {
        name: "name" required,
        otp: "otp" required,
    }
}
/// Type of authentication method:
/// - `password`: Email/password authentication
/// - `otp`: One-time password via email (6-digit, expires in 10 minutes)
/// - `google`: Google OAuth 2.0
/// - `microsoft`: Microsoft OAuth 2.0
/// - `azureAd`: Azure Active Directory
/// - `samlSso`: SAML 2.0 Single Sign-On
/// - `oauth`: Generic OAuth 2.0 provider
///
/// Inline schema at `/components/schemas/AuthMethod/properties/type`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuthMethodType {
    /// `samlSso`
    SamlSso,
    /// `otp`
    Otp,
    /// `password`
    Password,
    /// `google`
    Google,
    /// `microsoft`
    Microsoft,
    /// `azureAd`
    AzureAd,
    /// `oauth`
    Oauth,
}
crate::runtime::string_enum! {
    AuthMethodType {
        SamlSso = "samlSso",
        Otp = "otp",
        Password = "password",
        Google = "google",
        Microsoft = "microsoft",
        AzureAd = "azureAd",
        Oauth = "oauth",
    }
}
/// Inline schema at `/components/schemas/InitAuthResponse/properties/allowedMethods/items`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InitAuthResponseAllowedMethodsItem {
    /// `samlSso`
    SamlSso,
    /// `otp`
    Otp,
    /// `password`
    Password,
    /// `google`
    Google,
    /// `microsoft`
    Microsoft,
    /// `azureAd`
    AzureAd,
    /// `oauth`
    Oauth,
}
crate::runtime::string_enum! {
    InitAuthResponseAllowedMethodsItem {
        SamlSso = "samlSso",
        Otp = "otp",
        Password = "password",
        Google = "google",
        Microsoft = "microsoft",
        AzureAd = "azureAd",
        Oauth = "oauth",
    }
}
/// Inline schema at `/components/schemas/AuthProviders/properties/google`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AuthProvidersGoogle {
    /// Google OAuth client ID
    #[serde(
        rename = "clientId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    AuthProvidersGoogle {
        client_id: "clientId" optional,
    }
}
/// Inline schema at `/components/schemas/AuthProviders/properties/microsoft`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AuthProvidersMicrosoft {
    /// Microsoft tenant ID
    #[serde(
        rename = "tenantId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// Microsoft OAuth client ID
    #[serde(
        rename = "clientId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    AuthProvidersMicrosoft {
        tenant_id: "tenantId" optional,
        client_id: "clientId" optional,
    }
}
/// Inline schema at `/components/schemas/AuthProviders/properties/azuread`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AuthProvidersAzuread {
    /// Azure AD tenant ID
    #[serde(
        rename = "tenantId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// Azure AD client ID
    #[serde(
        rename = "clientId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    AuthProvidersAzuread {
        tenant_id: "tenantId" optional,
        client_id: "clientId" optional,
    }
}
/// Inline schema at `/components/schemas/AuthProviders/properties/oauth`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AuthProvidersOauth {
    /// Custom OAuth provider name
    #[serde(
        rename = "providerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider_name: ::std::option::Option<::std::string::String>,
    /// OAuth client ID
    #[serde(
        rename = "clientId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_id: ::std::option::Option<::std::string::String>,
    /// OAuth authorization URL
    #[serde(
        rename = "authorizationUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorization_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    AuthProvidersOauth {
        provider_name: "providerName" optional,
        client_id: "clientId" optional,
        authorization_url: "authorizationUrl" optional,
    }
}
/// Authentication method to use
///
/// Inline schema at `/components/schemas/AuthenticateRequest/properties/method`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuthenticateRequestMethod {
    /// `samlSso`
    SamlSso,
    /// `otp`
    Otp,
    /// `password`
    Password,
    /// `google`
    Google,
    /// `microsoft`
    Microsoft,
    /// `azureAd`
    AzureAd,
    /// `oauth`
    Oauth,
}
crate::runtime::string_enum! {
    AuthenticateRequestMethod {
        SamlSso = "samlSso",
        Otp = "otp",
        Password = "password",
        Google = "google",
        Microsoft = "microsoft",
        AzureAd = "azureAd",
        Oauth = "oauth",
    }
}
/// Credentials based on the authentication method
///
/// Inline schema at `/components/schemas/AuthenticateRequest/properties/credentials`.
///
/// Decoding tries the variants in order and keeps the first that fits.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum AuthenticateRequestCredentials {
    PasswordCredentials(PasswordCredentials),
    OtpCredentials(OtpCredentials),
    OAuthCredentials(OAuthCredentials),
    String(::std::string::String),
}
/// Authentication step status (for multi-step auth)
///
/// Inline schema at `/components/schemas/AuthenticateResponse/properties/status`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AuthenticateResponseStatus {
    /// `success`
    Success,
}
crate::runtime::string_enum! {
    AuthenticateResponseStatus {
        Success = "success",
    }
}
/// Inline schema at `/components/schemas/UserBasic/properties/accountType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserBasicAccountType {
    /// `individual`
    Individual,
    /// `business`
    Business,
}
crate::runtime::string_enum! {
    UserBasicAccountType {
        Individual = "individual",
        Business = "business",
    }
}
/// User's consent decision
///
/// Inline schema at `/components/schemas/OAuthConsentRequest/properties/consent`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OAuthConsentRequestConsent {
    /// `granted`
    Granted,
    /// `denied`
    Denied,
}
crate::runtime::string_enum! {
    OAuthConsentRequestConsent {
        Granted = "granted",
        Denied = "denied",
    }
}
/// PKCE challenge method
///
/// Inline schema at `/components/schemas/OAuthConsentRequest/properties/code_challenge_method`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OAuthConsentRequestCodeChallengeMethod {
    /// `S256`
    S256,
    /// `plain`
    Plain,
}
crate::runtime::string_enum! {
    OAuthConsentRequestCodeChallengeMethod {
        S256 = "S256",
        Plain = "plain",
    }
}
/// OAuth grant type:
/// - `authorization_code`: Exchange auth code for tokens
/// - `client_credentials`: Machine-to-machine auth
/// - `refresh_token`: Get new access token using refresh token
///
/// Inline schema at `/components/schemas/OAuthTokenRequest/properties/grant_type`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OAuthTokenRequestGrantType {
    /// `authorization_code`
    AuthorizationCode,
    /// `client_credentials`
    ClientCredentials,
    /// `refresh_token`
    RefreshToken,
}
crate::runtime::string_enum! {
    OAuthTokenRequestGrantType {
        AuthorizationCode = "authorization_code",
        ClientCredentials = "client_credentials",
        RefreshToken = "refresh_token",
    }
}
/// Hint about token type (optional, improves performance)
///
/// Inline schema at `/components/schemas/OAuthRevokeRequest/properties/token_type_hint`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OAuthRevokeRequestTokenTypeHint {
    /// `access_token`
    AccessToken,
    /// `refresh_token`
    RefreshToken,
}
crate::runtime::string_enum! {
    OAuthRevokeRequestTokenTypeHint {
        AccessToken = "access_token",
        RefreshToken = "refresh_token",
    }
}
/// Hint about token type
///
/// Inline schema at `/components/schemas/OAuthIntrospectRequest/properties/token_type_hint`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OAuthIntrospectRequestTokenTypeHint {
    /// `access_token`
    AccessToken,
    /// `refresh_token`
    RefreshToken,
}
crate::runtime::string_enum! {
    OAuthIntrospectRequestTokenTypeHint {
        AccessToken = "access_token",
        RefreshToken = "refresh_token",
    }
}
/// Error code. Common values:
/// - `invalid_request` - Missing or invalid parameter
/// - `invalid_client` - Client authentication failed
/// - `invalid_grant` - Invalid authorization code or refresh token
/// - `unauthorized_client` - Client not authorized for this grant type
/// - `unsupported_grant_type` - Grant type not supported
/// - `invalid_scope` - Requested scope is invalid or exceeds allowed
/// - `access_denied` - User denied authorization
///
/// Inline schema at `/components/schemas/OAuthErrorResponse/properties/error`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OAuthErrorResponseError {
    /// `invalid_request`
    InvalidRequest,
    /// `invalid_client`
    InvalidClient,
    /// `invalid_grant`
    InvalidGrant,
    /// `unauthorized_client`
    UnauthorizedClient,
    /// `unsupported_grant_type`
    UnsupportedGrantType,
    /// `invalid_scope`
    InvalidScope,
    /// `access_denied`
    AccessDenied,
    /// `server_error`
    ServerError,
}
crate::runtime::string_enum! {
    OAuthErrorResponseError {
        InvalidRequest = "invalid_request",
        InvalidClient = "invalid_client",
        InvalidGrant = "invalid_grant",
        UnauthorizedClient = "unauthorized_client",
        UnsupportedGrantType = "unsupported_grant_type",
        InvalidScope = "invalid_scope",
        AccessDenied = "access_denied",
        ServerError = "server_error",
    }
}
/// Inline schema at `/components/schemas/CreateOAuthAppRequest/properties/allowedGrantTypes/items`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateOAuthAppRequestAllowedGrantTypesItem {
    /// `authorization_code`
    AuthorizationCode,
    /// `client_credentials`
    ClientCredentials,
    /// `refresh_token`
    RefreshToken,
}
crate::runtime::string_enum! {
    CreateOAuthAppRequestAllowedGrantTypesItem {
        AuthorizationCode = "authorization_code",
        ClientCredentials = "client_credentials",
        RefreshToken = "refresh_token",
    }
}
/// App status
///
/// Inline schema at `/components/schemas/OAuthAppResponse/properties/status`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OAuthAppResponseStatus {
    /// `active`
    Active,
    /// `suspended`
    Suspended,
    /// `revoked`
    Revoked,
}
crate::runtime::string_enum! {
    OAuthAppResponseStatus {
        Active = "active",
        Suspended = "suspended",
        Revoked = "revoked",
    }
}
/// Inline schema at `/components/schemas/OAuthAppListResponse/properties/pagination`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthAppListResponsePagination {
    /// Current page number
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    /// Items per page
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    /// Total number of items
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
    /// Total number of pages
    #[serde(
        rename = "totalPages",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_pages: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    OAuthAppListResponsePagination {
        page: "page" optional,
        limit: "limit" optional,
        total: "total" optional,
        total_pages: "totalPages" optional,
    }
}
/// Type of token
///
/// Inline schema at `/components/schemas/OAuthTokenListItem/properties/tokenType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OAuthTokenListItemTokenType {
    /// `access`
    Access,
    /// `refresh`
    Refresh,
}
crate::runtime::string_enum! {
    OAuthTokenListItemTokenType {
        Access = "access",
        Refresh = "refresh",
    }
}
/// Type of account
///
/// Inline schema at `/components/schemas/Organization/properties/accountType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrganizationAccountType {
    /// `individual`
    Individual,
    /// `business`
    Business,
}
crate::runtime::string_enum! {
    OrganizationAccountType {
        Individual = "individual",
        Business = "business",
    }
}
/// Onboarding status
///
/// Inline schema at `/components/schemas/Organization/properties/onBoardingStatus`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrganizationOnBoardingStatus {
    /// `configured`
    Configured,
    /// `notConfigured`
    NotConfigured,
    /// `skipped`
    Skipped,
}
crate::runtime::string_enum! {
    OrganizationOnBoardingStatus {
        Configured = "configured",
        NotConfigured = "notConfigured",
        Skipped = "skipped",
    }
}
/// User's role in the team
///
/// Inline schema at `/components/schemas/UserRole/properties/role`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserRoleRole {
    /// `OWNER`
    Owner,
    /// `READER`
    Reader,
}
crate::runtime::string_enum! {
    UserRoleRole {
        Owner = "OWNER",
        Reader = "READER",
    }
}
/// Group type:
/// - admin: System admin group (cannot be modified)
/// - standard: Default user group
/// - everyone: All users group (cannot be modified)
/// - custom: User-created custom group
///
/// Inline schema at `/components/schemas/UserGroup/properties/type`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserGroupType {
    /// `admin`
    Admin,
    /// `standard`
    Standard,
    /// `everyone`
    Everyone,
    /// `custom`
    Custom,
}
crate::runtime::string_enum! {
    UserGroupType {
        Admin = "admin",
        Standard = "standard",
        Everyone = "everyone",
        Custom = "custom",
    }
}
/// Default permission level for shared access
///
/// Inline schema at `/components/schemas/Document/properties/permissions`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocumentPermissions {
    /// `owner`
    Owner,
    /// `editor`
    Editor,
    /// `commentator`
    Commentator,
    /// `readonly`
    Readonly,
}
crate::runtime::string_enum! {
    DocumentPermissions {
        Owner = "owner",
        Editor = "editor",
        Commentator = "commentator",
        Readonly = "readonly",
    }
}
/// Inline schema at `/components/schemas/Document/properties/customMetadata/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DocumentCustomMetadataItem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DocumentCustomMetadataItem {
        key: "key" optional,
        value: "value" optional,
    }
}
/// Storage backend where the file is stored
///
/// Inline schema at `/components/schemas/Document/properties/storageVendor`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocumentStorageVendor {
    /// `s3`
    S3,
    /// `azureBlob`
    AzureBlob,
    /// `local`
    Local,
}
crate::runtime::string_enum! {
    DocumentStorageVendor {
        S3 = "s3",
        AzureBlob = "azureBlob",
        Local = "local",
    }
}
/// S3-specific storage information (if storageVendor is s3)
///
/// Inline schema at `/components/schemas/Document/properties/s3`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DocumentS3 {
    /// S3 object URL
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DocumentS3 {
        url: "url" optional,
    }
}
/// Azure Blob-specific storage information (if storageVendor is azureBlob)
///
/// Inline schema at `/components/schemas/Document/properties/azureBlob`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DocumentAzureBlob {
    /// Azure Blob URL
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DocumentAzureBlob {
        url: "url" optional,
    }
}
/// Local storage-specific information (if storageVendor is local)
///
/// Inline schema at `/components/schemas/Document/properties/local`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DocumentLocal {
    /// Local file path
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    /// Absolute path on filesystem
    #[serde(
        rename = "localPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_path: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DocumentLocal {
        url: "url" optional,
        local_path: "localPath" optional,
    }
}
/// S3 storage URL for this version
///
/// Inline schema at `/components/schemas/DocumentVersion/properties/s3`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DocumentVersionS3 {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DocumentVersionS3 {
        url: "url" optional,
    }
}
/// Azure Blob storage URL for this version
///
/// Inline schema at `/components/schemas/DocumentVersion/properties/azureBlob`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DocumentVersionAzureBlob {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DocumentVersionAzureBlob {
        url: "url" optional,
    }
}
/// Local storage path for this version
///
/// Inline schema at `/components/schemas/DocumentVersion/properties/local`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DocumentVersionLocal {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "localPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_path: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DocumentVersionLocal {
        url: "url" optional,
        local_path: "localPath" optional,
    }
}
/// User's role in this knowledge base
///
/// Inline schema at `/components/schemas/KnowledgeBase/properties/userRole`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KnowledgeBaseUserRole {
    /// `OWNER`
    Owner,
    /// `ORGANIZER`
    Organizer,
    /// `FILEORGANIZER`
    Fileorganizer,
    /// `WRITER`
    Writer,
    /// `COMMENTER`
    Commenter,
    /// `READER`
    Reader,
}
crate::runtime::string_enum! {
    KnowledgeBaseUserRole {
        Owner = "OWNER",
        Organizer = "ORGANIZER",
        Fileorganizer = "FILEORGANIZER",
        Writer = "WRITER",
        Commenter = "COMMENTER",
        Reader = "READER",
    }
}
/// Type of content:
/// - FILE: Uploaded documents (PDF, DOCX, etc.)
/// - WEBPAGE: Web pages crawled or bookmarked
/// - COMMENT: Comments from collaboration tools
/// - MESSAGE: Chat/messaging content (Slack, Teams)
/// - EMAIL: Email messages (Gmail, Outlook)
/// - TICKET: Support tickets (Jira, ServiceNow)
/// - OTHERS: Miscellaneous content types
///
/// Inline schema at `/components/schemas/Record/properties/recordType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordRecordType {
    /// `FILE`
    File,
    /// `WEBPAGE`
    Webpage,
    /// `COMMENT`
    Comment,
    /// `MESSAGE`
    Message,
    /// `EMAIL`
    Email,
    /// `TICKET`
    Ticket,
    /// `OTHERS`
    Others,
}
crate::runtime::string_enum! {
    RecordRecordType {
        File = "FILE",
        Webpage = "WEBPAGE",
        Comment = "COMMENT",
        Message = "MESSAGE",
        Email = "EMAIL",
        Ticket = "TICKET",
        Others = "OTHERS",
    }
}
/// Source of the record:
/// - UPLOAD: Manually uploaded via API/UI
/// - CONNECTOR: Synced from external connector
///
/// Inline schema at `/components/schemas/Record/properties/origin`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordOrigin {
    /// `UPLOAD`
    Upload,
    /// `CONNECTOR`
    Connector,
}
crate::runtime::string_enum! {
    RecordOrigin {
        Upload = "UPLOAD",
        Connector = "CONNECTOR",
    }
}
/// Name of the source connector
///
/// Inline schema at `/components/schemas/Record/properties/connectorName`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordConnectorName {
    /// `ONEDRIVE`
    Onedrive,
    /// `GOOGLE_DRIVE`
    GoogleDrive,
    /// `CONFLUENCE`
    Confluence,
    /// `JIRA`
    Jira,
    /// `SLACK`
    Slack,
    /// `SHAREPOINT_ONLINE`
    SharepointOnline,
    /// `GMAIL`
    Gmail,
    /// `DROPBOX`
    Dropbox,
    /// `OUTLOOK`
    Outlook,
    /// `SERVICENOW`
    Servicenow,
    /// `BOOKSTACK`
    Bookstack,
    /// `WEB`
    Web,
}
crate::runtime::string_enum! {
    RecordConnectorName {
        Onedrive = "ONEDRIVE",
        GoogleDrive = "GOOGLE_DRIVE",
        Confluence = "CONFLUENCE",
        Jira = "JIRA",
        Slack = "SLACK",
        SharepointOnline = "SHAREPOINT_ONLINE",
        Gmail = "GMAIL",
        Dropbox = "DROPBOX",
        Outlook = "OUTLOOK",
        Servicenow = "SERVICENOW",
        Bookstack = "BOOKSTACK",
        Web = "WEB",
    }
}
/// Current indexing/processing status:
/// - NOT_STARTED: Awaiting indexing
/// - QUEUED: In indexing queue
/// - IN_PROGRESS: Currently being indexed
/// - COMPLETED: Successfully indexed and searchable
/// - FAILED: Indexing failed (check error details)
/// - PAUSED: Indexing paused by user
/// - FILE_TYPE_NOT_SUPPORTED: Unsupported file format
/// - AUTO_INDEX_OFF: Auto-indexing disabled for this record
/// - EMPTY: File has no extractable content
/// - ENABLE_MULTIMODAL_MODELS: Requires multimodal AI models
///
/// Inline schema at `/components/schemas/Record/properties/indexingStatus`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordIndexingStatus {
    /// `NOT_STARTED`
    NotStarted,
    /// `PAUSED`
    Paused,
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// `FILE_TYPE_NOT_SUPPORTED`
    FileTypeNotSupported,
    /// `AUTO_INDEX_OFF`
    AutoIndexOff,
    /// `EMPTY`
    Empty,
    /// `ENABLE_MULTIMODAL_MODELS`
    EnableMultimodalModels,
    /// `QUEUED`
    Queued,
}
crate::runtime::string_enum! {
    RecordIndexingStatus {
        NotStarted = "NOT_STARTED",
        Paused = "PAUSED",
        InProgress = "IN_PROGRESS",
        Completed = "COMPLETED",
        Failed = "FAILED",
        FileTypeNotSupported = "FILE_TYPE_NOT_SUPPORTED",
        AutoIndexOff = "AUTO_INDEX_OFF",
        Empty = "EMPTY",
        EnableMultimodalModels = "ENABLE_MULTIMODAL_MODELS",
        Queued = "QUEUED",
    }
}
/// Inline schema at `/components/schemas/RecordsResponse/properties/filters`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RecordsResponseFilters {
    /// Currently applied filters
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub applied: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Available filter options with counts
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub available: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::read_object! {
    RecordsResponseFilters {
        applied: "applied" optional,
        available: "available" optional,
    }
}
/// Inline schema at `/components/schemas/UploadResult/properties/uploadResults/items/properties/status`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UploadResultUploadResultsItemStatus {
    /// `success`
    Success,
    /// `failed`
    Failed,
}
crate::runtime::string_enum! {
    UploadResultUploadResultsItemStatus {
        Success = "success",
        Failed = "failed",
    }
}
/// Inline schema at `/components/schemas/UploadResult/properties/uploadResults/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UploadResultUploadResultsItem {
    #[serde(
        rename = "recordId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub record_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "recordName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub record_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<UploadResultUploadResultsItemStatus>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    UploadResultUploadResultsItem {
        record_id: "recordId" optional,
        record_name: "recordName" optional,
        status: "status" optional,
        error: "error" optional,
    }
}
/// Inline schema at `/components/schemas/KnowledgeHubNode/properties/type`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KnowledgeHubNodeType {
    /// `KB`
    Kb,
    /// `FOLDER`
    Folder,
    /// `RECORD`
    Record,
    /// `CONNECTOR`
    Connector,
    /// `APP`
    App,
}
crate::runtime::string_enum! {
    KnowledgeHubNodeType {
        Kb = "KB",
        Folder = "FOLDER",
        Record = "RECORD",
        Connector = "CONNECTOR",
        App = "APP",
    }
}
/// Permission role
///
/// Inline schema at `/components/schemas/KBPermission/properties/role`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KbPermissionRole {
    /// `OWNER`
    Owner,
    /// `ORGANIZER`
    Organizer,
    /// `FILEORGANIZER`
    Fileorganizer,
    /// `WRITER`
    Writer,
    /// `COMMENTER`
    Commenter,
    /// `READER`
    Reader,
}
crate::runtime::string_enum! {
    KbPermissionRole {
        Owner = "OWNER",
        Organizer = "ORGANIZER",
        Fileorganizer = "FILEORGANIZER",
        Writer = "WRITER",
        Commenter = "COMMENTER",
        Reader = "READER",
    }
}
/// Type of message:
/// <ul>
/// <li><code>user_query</code> - User's question or input</li>
/// <li><code>bot_response</code> - AI-generated response</li>
/// <li><code>error</code> - Error message from the system</li>
/// <li><code>feedback</code> - User feedback on a response</li>
/// <li><code>system</code> - System notification or status</li>
/// </ul>
///
/// Inline schema at `/components/schemas/Message/properties/messageType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MessageMessageType {
    /// `user_query`
    UserQuery,
    /// `bot_response`
    BotResponse,
    /// `error`
    Error,
    /// `feedback`
    Feedback,
    /// `system`
    System,
}
crate::runtime::string_enum! {
    MessageMessageType {
        UserQuery = "user_query",
        BotResponse = "bot_response",
        Error = "error",
        Feedback = "feedback",
        System = "system",
    }
}
/// Format of the content for rendering
///
/// Inline schema at `/components/schemas/Message/properties/contentFormat`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MessageContentFormat {
    /// `MARKDOWN`
    Markdown,
    /// `JSON`
    Json,
    /// `HTML`
    Html,
}
crate::runtime::string_enum! {
    MessageContentFormat {
        Markdown = "MARKDOWN",
        Json = "JSON",
        Html = "HTML",
    }
}
/// Inline schema at `/components/schemas/Message/properties/metadata`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct MessageMetadata {
    /// Time taken to generate response in milliseconds
    #[serde(
        rename = "processingTimeMs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub processing_time_ms: ::std::option::Option<f64>,
    /// Version of the AI model used
    #[serde(
        rename = "modelVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_version: ::std::option::Option<::std::string::String>,
    /// Transaction ID for tracking in AI backend
    #[serde(
        rename = "aiTransactionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ai_transaction_id: ::std::option::Option<::std::string::String>,
    /// Additional context or reasoning
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    MessageMetadata {
        processing_time_ms: "processingTimeMs" optional,
        model_version: "modelVersion" optional,
        ai_transaction_id: "aiTransactionId" optional,
        reason: "reason" optional,
    }
}
/// Inline schema at `/components/schemas/MessageFeedback/properties/ratings`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct MessageFeedbackRatings {
    /// How accurate was the information (1-5)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub accuracy: ::std::option::Option<i64>,
    /// How relevant was the response (1-5)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub relevance: ::std::option::Option<i64>,
    /// How complete was the answer (1-5)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub completeness: ::std::option::Option<i64>,
    /// How clear was the explanation (1-5)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub clarity: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    MessageFeedbackRatings {
        accuracy: "accuracy" optional,
        relevance: "relevance" optional,
        completeness: "completeness" optional,
        clarity: "clarity" optional,
    }
}
/// Inline schema at `/components/schemas/MessageFeedback/properties/categories/items`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MessageFeedbackCategoriesItem {
    /// `incorrect_information`
    IncorrectInformation,
    /// `missing_information`
    MissingInformation,
    /// `outdated_information`
    OutdatedInformation,
    /// `irrelevant_response`
    IrrelevantResponse,
    /// `too_verbose`
    TooVerbose,
    /// `too_brief`
    TooBrief,
    /// `formatting_issues`
    FormattingIssues,
    /// `citation_issues`
    CitationIssues,
}
crate::runtime::string_enum! {
    MessageFeedbackCategoriesItem {
        IncorrectInformation = "incorrect_information",
        MissingInformation = "missing_information",
        OutdatedInformation = "outdated_information",
        IrrelevantResponse = "irrelevant_response",
        TooVerbose = "too_verbose",
        TooBrief = "too_brief",
        FormattingIssues = "formatting_issues",
        CitationIssues = "citation_issues",
    }
}
/// Inline schema at `/components/schemas/MessageFeedback/properties/comments`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct MessageFeedbackComments {
    /// What was good about the response
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub positive: ::std::option::Option<::std::string::String>,
    /// What could be improved
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub negative: ::std::option::Option<::std::string::String>,
    /// Specific suggestions for improvement
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub suggestions: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    MessageFeedbackComments {
        positive: "positive" optional,
        negative: "negative" optional,
        suggestions: "suggestions" optional,
    }
}
/// Inline schema at `/components/schemas/MessageFeedback/properties/citationFeedback/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct MessageFeedbackCitationFeedbackItem {
    #[serde(
        rename = "citationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub citation_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "isRelevant",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_relevant: ::std::option::Option<bool>,
    #[serde(
        rename = "relevanceScore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub relevance_score: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub comment: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    MessageFeedbackCitationFeedbackItem {
        citation_id: "citationId" optional,
        is_relevant: "isRelevant" optional,
        relevance_score: "relevanceScore" optional,
        comment: "comment" optional,
    }
}
/// Current status of the conversation:
/// <ul>
/// <li><code>INPROGRESS</code> - AI is processing</li>
/// <li><code>COMPLETED</code> - Response ready</li>
/// <li><code>FAILED</code> - Error occurred</li>
/// </ul>
///
/// Inline schema at `/components/schemas/Conversation/properties/status`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConversationStatus {
    /// `INPROGRESS`
    Inprogress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
}
crate::runtime::string_enum! {
    ConversationStatus {
        Inprogress = "INPROGRESS",
        Completed = "COMPLETED",
        Failed = "FAILED",
    }
}
/// AI model configuration used
///
/// Inline schema at `/components/schemas/Conversation/properties/modelInfo`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConversationModelInfo {
    #[serde(
        rename = "modelKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_key: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "modelName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "modelProvider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_provider: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "chatMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chat_mode: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    ConversationModelInfo {
        model_key: "modelKey" optional,
        model_name: "modelName" optional,
        model_provider: "modelProvider" optional,
        chat_mode: "chatMode" optional,
    }
}
/// Inline schema at `/components/schemas/Conversation/properties/sharedWith/items/properties/accessLevel`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConversationSharedWithItemAccessLevel {
    /// `read`
    Read,
    /// `write`
    Write,
}
crate::runtime::string_enum! {
    ConversationSharedWithItemAccessLevel {
        Read = "read",
        Write = "write",
    }
}
/// Inline schema at `/components/schemas/Conversation/properties/sharedWith/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConversationSharedWithItem {
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "accessLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_level: ::std::option::Option<ConversationSharedWithItemAccessLevel>,
}
crate::runtime::read_object! {
    ConversationSharedWithItem {
        user_id: "userId" optional,
        access_level: "accessLevel" optional,
    }
}
/// Permission level for shared users:
/// <ul>
/// <li><code>read</code> - Can view only</li>
/// <li><code>write</code> - Can add messages</li>
/// </ul>
///
/// Inline schema at `/components/schemas/ShareRequest/properties/accessLevel`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShareRequestAccessLevel {
    /// `read`
    Read,
    /// `write`
    Write,
}
crate::runtime::string_enum! {
    ShareRequestAccessLevel {
        Read = "read",
        Write = "write",
    }
}
/// Additional metadata about the source
///
/// Inline schema at `/components/schemas/SearchResultItem/properties/metadata`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SearchResultItemMetadata {
    #[serde(
        rename = "recordId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub record_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "recordName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub record_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "connectorName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connector_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "webUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub web_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "mimeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mime_type: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    SearchResultItemMetadata {
        record_id: "recordId" optional,
        record_name: "recordName" optional,
        connector_name: "connectorName" optional,
        web_url: "webUrl" optional,
        mime_type: "mimeType" optional,
    }
}
/// AI model configuration
///
/// Inline schema at `/components/schemas/Agent/properties/llmConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AgentLlmConfig {
    #[serde(
        rename = "modelKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_key: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub temperature: ::std::option::Option<f64>,
    #[serde(
        rename = "maxTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_tokens: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    AgentLlmConfig {
        model_key: "modelKey" optional,
        temperature: "temperature" optional,
        max_tokens: "maxTokens" optional,
    }
}
/// Inline schema at `/components/schemas/AgentConversation/properties/status`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgentConversationStatus {
    /// `INPROGRESS`
    Inprogress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
}
crate::runtime::string_enum! {
    AgentConversationStatus {
        Inprogress = "INPROGRESS",
        Completed = "COMPLETED",
        Failed = "FAILED",
    }
}
/// Inline schema at `/components/schemas/SSEEvent/properties/event`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SseEventEvent {
    /// `connected`
    Connected,
    /// `chunk`
    Chunk,
    /// `citation`
    Citation,
    /// `complete`
    Complete,
    /// `error`
    Error,
}
crate::runtime::string_enum! {
    SseEventEvent {
        Connected = "connected",
        Chunk = "chunk",
        Citation = "citation",
        Complete = "complete",
        Error = "error",
    }
}
/// Configuration sections
///
/// Inline schema at `/components/schemas/ConnectorConfig/properties/config`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorConfigConfig {
    /// Authentication configuration (sensitive data redacted)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auth: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Sync configuration (schedule, options)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sync: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Filter selections for data scope
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::read_object! {
    ConnectorConfigConfig {
        auth: "auth" optional,
        sync: "sync" optional,
        filters: "filters" optional,
    }
}
/// Sync strategy: MANUAL (user-triggered), SCHEDULED (interval/cron), WEBHOOK (event-driven), REALTIME (WebSocket)
///
/// Inline schema at `/components/schemas/ConnectorSyncConfig/properties/selectedStrategy`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConnectorSyncConfigSelectedStrategy {
    /// `MANUAL`
    Manual,
    /// `SCHEDULED`
    Scheduled,
    /// `WEBHOOK`
    Webhook,
    /// `REALTIME`
    Realtime,
}
crate::runtime::string_enum! {
    ConnectorSyncConfigSelectedStrategy {
        Manual = "MANUAL",
        Scheduled = "SCHEDULED",
        Webhook = "WEBHOOK",
        Realtime = "REALTIME",
    }
}
/// Configuration for scheduled sync strategy
///
/// Inline schema at `/components/schemas/ConnectorSyncConfig/properties/scheduledConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorSyncConfigScheduledConfig {
    /// Sync interval in minutes
    #[serde(
        rename = "intervalMinutes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub interval_minutes: ::std::option::Option<i64>,
    /// Cron expression for advanced scheduling
    #[serde(
        rename = "cronExpression",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cron_expression: ::std::option::Option<::std::string::String>,
    /// Timezone for scheduled sync
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    ConnectorSyncConfigScheduledConfig {
        interval_minutes: "intervalMinutes" optional,
        cron_expression: "cronExpression" optional,
        timezone: "timezone" optional,
    }
}
/// Configuration for webhook-based sync
///
/// Inline schema at `/components/schemas/ConnectorSyncConfig/properties/webhookConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorSyncConfigWebhookConfig {
    /// URL to receive webhook events (auto-generated)
    #[serde(
        rename = "webhookUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub webhook_url: ::std::option::Option<::std::string::String>,
    /// Subscribed event types
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub events: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::read_object! {
    ConnectorSyncConfigWebhookConfig {
        webhook_url: "webhookUrl" optional,
        events: "events" optional,
    }
}
/// Sync filter selections
///
/// Inline schema at `/components/schemas/ConnectorFiltersConfig/properties/sync`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorFiltersConfigSync {
    /// Selected filter values (keys are filter field names)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::read_object! {
    ConnectorFiltersConfigSync {
        values: "values" optional,
    }
}
/// Indexing filter selections
///
/// Inline schema at `/components/schemas/ConnectorFiltersConfig/properties/indexing`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorFiltersConfigIndexing {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::read_object! {
    ConnectorFiltersConfigIndexing {
        values: "values" optional,
    }
}
/// Authentication type (required if connector supports multiple auth methods)
///
/// Inline schema at `/components/schemas/CreateConnectorRequest/properties/authType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateConnectorRequestAuthType {
    /// `OAUTH`
    Oauth,
    /// `OAUTH_ADMIN_CONSENT`
    OauthAdminConsent,
    /// `API_TOKEN`
    ApiToken,
    /// `USERNAME_PASSWORD`
    UsernamePassword,
    /// `SERVICE_ACCOUNT`
    ServiceAccount,
}
crate::runtime::string_enum! {
    CreateConnectorRequestAuthType {
        Oauth = "OAUTH",
        OauthAdminConsent = "OAUTH_ADMIN_CONSENT",
        ApiToken = "API_TOKEN",
        UsernamePassword = "USERNAME_PASSWORD",
        ServiceAccount = "SERVICE_ACCOUNT",
    }
}
/// Initial configuration (can also be set after creation)
///
/// Inline schema at `/components/schemas/CreateConnectorRequest/properties/config`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateConnectorRequestConfig {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auth: ::std::option::Option<ConnectorAuthConfig>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sync: ::std::option::Option<ConnectorSyncConfig>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<ConnectorFiltersConfig>,
}
crate::runtime::read_object! {
    CreateConnectorRequestConfig {
        auth: "auth" optional,
        sync: "sync" optional,
        filters: "filters" optional,
    }
}
/// Toggle type: 'sync' for data synchronization, 'agent' for AI agent integration
///
/// Inline schema at `/components/schemas/ConnectorToggleRequest/properties/type`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConnectorToggleRequestType {
    /// `sync`
    Sync,
    /// `agent`
    Agent,
}
crate::runtime::string_enum! {
    ConnectorToggleRequestType {
        Sync = "sync",
        Agent = "agent",
    }
}
/// Filter input type
///
/// Inline schema at `/components/schemas/FilterOptions/properties/filters/items/properties/type`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FilterOptionsFiltersItemType {
    /// `select`
    Select,
    /// `multiselect`
    Multiselect,
    /// `text`
    Text,
    /// `boolean`
    Boolean,
}
crate::runtime::string_enum! {
    FilterOptionsFiltersItemType {
        Select = "select",
        Multiselect = "multiselect",
        Text = "text",
        Boolean = "boolean",
    }
}
/// Inline schema at `/components/schemas/FilterOptions/properties/filters/items/properties/options/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct FilterOptionsFiltersItemOptionsItem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub label: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    FilterOptionsFiltersItemOptionsItem {
        id: "id" optional,
        value: "value" optional,
        label: "label" optional,
    }
}
/// Inline schema at `/components/schemas/FilterOptions/properties/filters/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct FilterOptionsFiltersItem {
    /// Filter field key
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// Display label
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub label: ::std::option::Option<::std::string::String>,
    /// Filter input type
    #[serde(
        rename = "type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_: ::std::option::Option<FilterOptionsFiltersItemType>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub options: ::std::option::Option<::std::vec::Vec<FilterOptionsFiltersItemOptionsItem>>,
    /// Whether options are loaded dynamically
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub dynamic: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    FilterOptionsFiltersItem {
        key: "key" optional,
        label: "label" optional,
        type_: "type" optional,
        options: "options" optional,
        dynamic: "dynamic" optional,
    }
}
/// OAuth credentials (admin-only view)
///
/// Inline schema at `/components/schemas/OAuthConfig/properties/config`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OAuthConfigConfig {
    #[serde(
        rename = "clientId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_id: ::std::option::Option<::std::string::String>,
    /// Redacted for non-admin users
    #[serde(
        rename = "clientSecret",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_secret: ::std::option::Option<::std::string::String>,
    /// For Microsoft/Azure connectors
    #[serde(
        rename = "tenantId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    OAuthConfigConfig {
        client_id: "clientId" optional,
        client_secret: "clientSecret" optional,
        tenant_id: "tenantId" optional,
    }
}
/// OAuth application credentials
///
/// Inline schema at `/components/schemas/CreateOAuthConfigRequest/properties/config`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateOAuthConfigRequestConfig {
    /// OAuth client ID from your OAuth application
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// OAuth client secret (stored encrypted, never returned in responses)
    #[serde(rename = "clientSecret")]
    pub client_secret: ::std::string::String,
    /// Azure tenant ID (required only for Microsoft connectors)
    #[serde(
        rename = "tenantId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    CreateOAuthConfigRequestConfig {
        client_id: "clientId" required,
        client_secret: "clientSecret" required,
        tenant_id: "tenantId" optional,
    }
}
/// Inline schema at `/components/schemas/AIModelProviderConfig/properties/configuration`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AiModelProviderConfigConfiguration {
    /// Model name(s)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    /// API key for the model
    #[serde(
        rename = "apiKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub api_key: ::std::option::Option<::std::string::String>,
    /// Endpoint URL for the model
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    AiModelProviderConfigConfiguration {
        model: "model" optional,
        api_key: "apiKey" optional,
        endpoint: "endpoint" optional,
    }
}
/// Type of credentials: 'individual' for OAuth, 'business' for service account
///
/// Inline schema at `/components/schemas/GoogleWorkspaceCredentials/properties/userType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GoogleWorkspaceCredentialsUserType {
    /// `individual`
    Individual,
    /// `business`
    Business,
}
crate::runtime::string_enum! {
    GoogleWorkspaceCredentialsUserType {
        Individual = "individual",
        Business = "business",
    }
}
/// Provider-specific configuration
///
/// Inline schema at `/components/schemas/AddAIModelProviderRequest/properties/configuration`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AddAiModelProviderRequestConfiguration {
    /// Model name/identifier
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    /// API key for the provider
    #[serde(
        rename = "apiKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub api_key: ::std::option::Option<::std::string::String>,
    /// Custom endpoint URL (for Azure, self-hosted)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint: ::std::option::Option<::std::string::String>,
    /// Organization ID (OpenAI)
    #[serde(
        rename = "organizationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub organization_id: ::std::option::Option<::std::string::String>,
    /// Deployment name (Azure OpenAI)
    #[serde(
        rename = "deploymentName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_name: ::std::option::Option<::std::string::String>,
    /// AWS access key (Bedrock)
    #[serde(
        rename = "awsAccessKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub aws_access_key_id: ::std::option::Option<::std::string::String>,
    /// AWS secret key (Bedrock)
    #[serde(
        rename = "awsAccessSecretKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub aws_access_secret_key: ::std::option::Option<::std::string::String>,
    /// AWS region (Bedrock)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub region: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    AddAiModelProviderRequestConfiguration {
        model: "model" optional,
        api_key: "apiKey" optional,
        endpoint: "endpoint" optional,
        organization_id: "organizationId" optional,
        deployment_name: "deploymentName" optional,
        aws_access_key_id: "awsAccessKeyId" optional,
        aws_access_secret_key: "awsAccessSecretKey" optional,
        region: "region" optional,
    }
}
/// Inline schema at `/components/schemas/AIModelProviderResponse/properties/status`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiModelProviderResponseStatus {
    /// `success`
    Success,
    /// `error`
    Error,
}
crate::runtime::string_enum! {
    AiModelProviderResponseStatus {
        Success = "success",
        Error = "error",
    }
}
/// Inline schema at `/components/schemas/HourlyScheduleConfig/allOf/1/properties/scheduleType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HourlyScheduleConfigScheduleType {
    /// `hourly`
    Hourly,
}
crate::runtime::string_enum! {
    HourlyScheduleConfigScheduleType {
        Hourly = "hourly",
    }
}
/// Inline schema at `/components/schemas/DailyScheduleConfig/allOf/1/properties/scheduleType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DailyScheduleConfigScheduleType {
    /// `daily`
    Daily,
}
crate::runtime::string_enum! {
    DailyScheduleConfigScheduleType {
        Daily = "daily",
    }
}
/// Inline schema at `/components/schemas/WeeklyScheduleConfig/allOf/1/properties/scheduleType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WeeklyScheduleConfigScheduleType {
    /// `weekly`
    Weekly,
}
crate::runtime::string_enum! {
    WeeklyScheduleConfigScheduleType {
        Weekly = "weekly",
    }
}
/// Inline schema at `/components/schemas/MonthlyScheduleConfig/allOf/1/properties/scheduleType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MonthlyScheduleConfigScheduleType {
    /// `monthly`
    Monthly,
}
crate::runtime::string_enum! {
    MonthlyScheduleConfigScheduleType {
        Monthly = "monthly",
    }
}
/// Inline schema at `/components/schemas/CustomScheduleConfig/allOf/1/properties/scheduleType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CustomScheduleConfigScheduleType {
    /// `custom`
    Custom,
}
crate::runtime::string_enum! {
    CustomScheduleConfigScheduleType {
        Custom = "custom",
    }
}
/// Inline schema at `/components/schemas/OnceScheduleConfig/allOf/1/properties/scheduleType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OnceScheduleConfigScheduleType {
    /// `once`
    Once,
}
crate::runtime::string_enum! {
    OnceScheduleConfigScheduleType {
        Once = "once",
    }
}
/// Detailed progress object
///
/// Inline schema at `/components/schemas/JobStatus/properties/progress/oneOf/1`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct JobStatusProgressVariant1 {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub percentage: ::std::option::Option<f64>,
    /// Current items processed
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current: ::std::option::Option<i64>,
    /// Total items to process
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    JobStatusProgressVariant1 {
        percentage: "percentage" optional,
        current: "current" optional,
        total: "total" optional,
    }
}
/// Job progress information (can be number 0-100 or object with percentage/current/total)
///
/// Inline schema at `/components/schemas/JobStatus/properties/progress`.
///
/// Decoding tries the variants in order and keeps the first that fits.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum JobStatusProgress {
    Number(f64),
    JobStatusProgressVariant1(JobStatusProgressVariant1),
}
/// Current state of the job in the queue:<br>
/// <ul>
/// <li><b>waiting</b>: Queued and waiting to be processed</li>
/// <li><b>active</b>: Currently being processed by a worker</li>
/// <li><b>completed</b>: Successfully finished</li>
/// <li><b>failed</b>: Failed after all retry attempts</li>
/// <li><b>delayed</b>: Scheduled to run at a future time</li>
/// <li><b>paused</b>: Manually paused by user</li>
/// <li><b>stuck</b>: Job is stuck (worker crashed mid-processing)</li>
/// </ul>
///
/// Inline schema at `/components/schemas/JobStatus/properties/state`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobStatusState {
    /// `waiting`
    Waiting,
    /// `active`
    Active,
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// `delayed`
    Delayed,
    /// `paused`
    Paused,
    /// `stuck`
    Stuck,
}
crate::runtime::string_enum! {
    JobStatusState {
        Waiting = "waiting",
        Active = "active",
        Completed = "completed",
        Failed = "failed",
        Delayed = "delayed",
        Paused = "paused",
        Stuck = "stuck",
    }
}
/// Type of email template to use. Each template has specific `templateData` requirements:
/// - `loginWithOTP`: OTP authentication email
/// - `resetPassword`: Password reset link email
/// - `accountCreation`: Welcome email for new organizations
/// - `appuserInvite`: Invitation email to join an organization
/// - `suspiciousLoginAttempt`: Security alert for multiple failed OTP attempts
///
/// Inline schema at `/components/schemas/MailBody/properties/emailTemplateType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MailBodyEmailTemplateType {
    /// `loginWithOTP`
    LoginWithOtp,
    /// `resetPassword`
    ResetPassword,
    /// `accountCreation`
    AccountCreation,
    /// `appuserInvite`
    AppuserInvite,
    /// `suspiciousLoginAttempt`
    SuspiciousLoginAttempt,
}
crate::runtime::string_enum! {
    MailBodyEmailTemplateType {
        LoginWithOtp = "loginWithOTP",
        ResetPassword = "resetPassword",
        AccountCreation = "accountCreation",
        AppuserInvite = "appuserInvite",
        SuspiciousLoginAttempt = "suspiciousLoginAttempt",
    }
}
/// Dynamic data to populate the email template. Required fields depend on <code>emailTemplateType</code>.<br><br>
/// <b>Template Data Requirements:</b><br>
/// <ul>
/// <li><b>loginWithOTP:</b> See <code>LoginWithOTPTemplateData</code> - requires <code>name</code>, <code>otp</code></li>
/// <li><b>resetPassword:</b> See <code>ResetPasswordTemplateData</code> - requires <code>name</code>, <code>link</code></li>
/// <li><b>accountCreation:</b> See <code>AccountCreationTemplateData</code> - requires <code>orgName</code>, <code>link</code></li>
/// <li><b>appuserInvite:</b> See <code>AppUserInviteTemplateData</code> - requires <code>invitee</code>, <code>orgName</code>, <code>link</code></li>
/// <li><b>suspiciousLoginAttempt:</b> See <code>SuspiciousLoginTemplateData</code> - requires <code>link</code></li>
/// </ul>
///
/// Inline schema at `/components/schemas/MailBody/properties/templateData`.
///
/// Decoding tries the variants in order and keeps the first that fits.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum MailBodyTemplateData {
    LoginWithOtpTemplateData(LoginWithOtpTemplateData),
    ResetPasswordTemplateData(ResetPasswordTemplateData),
    AccountCreationTemplateData(AccountCreationTemplateData),
    AppUserInviteTemplateData(AppUserInviteTemplateData),
    SuspiciousLoginTemplateData(SuspiciousLoginTemplateData),
}
/// Inline schema at `/components/schemas/MailBody/properties/attachments/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct MailBodyAttachmentsItem {
    /// Name of the attachment file
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filename: ::std::option::Option<::std::string::String>,
    /// Base64-encoded file content or raw string content
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<::std::string::String>,
    /// MIME type of the attachment
    #[serde(
        rename = "contentType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content_type: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    MailBodyAttachmentsItem {
        filename: "filename" optional,
        content: "content" optional,
        content_type: "contentType" optional,
    }
}
/// Inline schema at `/paths/~1userAccount~1login~1otp~1generate/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GenerateLoginOtpResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    GenerateLoginOtpResponse {
        message: "message" optional,
    }
}
/// Inline schema at `/paths/~1userAccount~1password~1forgot/post/responses/200/content/application~1json/schema`.
pub type ForgotPasswordResponse = GenerateLoginOtpResponse;
/// Inline schema at `/paths/~1userAccount~1internal~1password~1check/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CheckPasswordStatusResponse {
    /// Whether the user has a password set
    #[serde(
        rename = "hasPassword",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub has_password: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    CheckPasswordStatusResponse {
        has_password: "hasPassword" optional,
    }
}
/// Inline schema at `/paths/~1oauth~1authorize/get/parameters/0/schema`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OauthAuthorizeResponseType {
    /// `code`
    Code,
}
crate::runtime::string_enum! {
    OauthAuthorizeResponseType {
        Code = "code",
    }
}
/// Inline schema at `/paths/~1oauth~1authorize/get/parameters/6/schema`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OauthAuthorizeCodeChallengeMethod {
    /// `S256`
    S256,
    /// `plain`
    Plain,
}
crate::runtime::string_enum! {
    OauthAuthorizeCodeChallengeMethod {
        S256 = "S256",
        Plain = "plain",
    }
}
/// Inline schema at `/paths/~1oauth~1authorize/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OauthAuthorizeConsentResponse {
    /// URL to redirect user (includes code and state)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub redirect_uri: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    OauthAuthorizeConsentResponse {
        redirect_uri: "redirect_uri" optional,
    }
}
/// Inline schema at `/paths/~1oauth-clients/get/parameters/2/schema`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListOAuthAppsStatus {
    /// `active`
    Active,
    /// `suspended`
    Suspended,
    /// `revoked`
    Revoked,
}
crate::runtime::string_enum! {
    ListOAuthAppsStatus {
        Active = "active",
        Suspended = "suspended",
        Revoked = "revoked",
    }
}
/// Inline schema at `/paths/~1oauth-clients~1{appId}/delete/responses/200/content/application~1json/schema`.
pub type DeleteOAuthAppResponse = GenerateLoginOtpResponse;
/// Inline schema at `/paths/~1oauth-clients~1{appId}~1revoke-all-tokens/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RevokeAllOAuthAppTokensResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Number of tokens revoked
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    RevokeAllOAuthAppTokensResponse {
        message: "message" optional,
        count: "count" optional,
    }
}
/// Inline schema at `/paths/~1userAccount~1logout~1manual/post/responses/200/content/application~1json/schema`.
pub type LogoutResponse = GenerateLoginOtpResponse;
/// Inline schema at `/paths/~1orgAuthConfig~1/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateOrgAuthConfigResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Created organization ID
    #[serde(
        rename = "orgId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_id: ::std::option::Option<::std::string::String>,
    /// Created admin user ID
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    CreateOrgAuthConfigResponse {
        message: "message" optional,
        org_id: "orgId" optional,
        user_id: "userId" optional,
    }
}
/// Inline schema at `/paths/~1orgAuthConfig~1updateAuthMethod/post/responses/200/content/application~1json/schema`.
pub type UpdateAuthMethodResponse = GenerateLoginOtpResponse;
/// Inline schema at `/paths/~1saml~1signIn~1callback/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SamlCallbackBody {
    /// Base64-encoded SAML Response from IDP
    #[serde(rename = "SAMLResponse")]
    pub saml_response: ::std::string::String,
    /// State parameter containing session information
    #[serde(
        rename = "RelayState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub relay_state: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    SamlCallbackBody {
        saml_response: "SAMLResponse" required,
        relay_state: "RelayState" optional,
    }
}
/// Inline schema at `/paths/~1saml~1updateAppConfig/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateSamlAppConfigResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Updated application configuration
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::read_object! {
    UpdateSamlAppConfigResponse {
        message: "message" optional,
        config: "config" optional,
    }
}
/// Inline schema at `/paths/~1users/get/responses/200/content/application~1json/schema/properties/pagination`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAllUsersResponsePagination {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
    #[serde(
        rename = "totalPages",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_pages: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    GetAllUsersResponsePagination {
        page: "page" optional,
        limit: "limit" optional,
        total: "total" optional,
        total_pages: "totalPages" optional,
    }
}
/// Inline schema at `/paths/~1users/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAllUsersResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::vec::Vec<User>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<GetAllUsersResponsePagination>,
}
crate::runtime::read_object! {
    GetAllUsersResponse {
        success: "success" optional,
        data: "data" optional,
        pagination: "pagination" optional,
    }
}
/// Inline schema at `/paths/~1users/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateUserBody {
    /// User's full display name
    #[serde(rename = "fullName")]
    pub full_name: ::std::string::String,
    /// User's email address (must be unique)
    pub email: ::std::string::String,
    /// Mobile phone number with country code
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mobile: ::std::option::Option<::std::string::String>,
    /// Job title or designation
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub designation: ::std::option::Option<::std::string::String>,
    /// Whether to send invitation email immediately
    #[serde(
        rename = "sendInvite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub send_invite: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    CreateUserBody {
        full_name: "fullName" required,
        email: "email" required,
        mobile: "mobile" optional,
        designation: "designation" optional,
        send_invite: "sendInvite" optional,
    }
}
/// Inline schema at `/paths/~1users/post/responses/201/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateUserResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<User>,
    /// Whether invitation email was sent
    #[serde(
        rename = "inviteSent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invite_sent: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    CreateUserResponse {
        success: "success" optional,
        message: "message" optional,
        data: "data" optional,
        invite_sent: "inviteSent" optional,
    }
}
/// Inline schema at `/paths/~1users~1{id}/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUserByIdResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<User>,
}
crate::runtime::read_object! {
    GetUserByIdResponse {
        success: "success" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1users~1{id}/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateUserBody {
    /// Full display name
    #[serde(
        rename = "fullName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub full_name: ::std::option::Option<::std::string::String>,
    /// First name only
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    /// Last name only
    #[serde(
        rename = "lastName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_name: ::std::option::Option<::std::string::String>,
    /// Email address (admin only)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// Mobile phone with country code
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mobile: ::std::option::Option<::std::string::String>,
    /// Job title or role
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub designation: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<Address>,
}
crate::runtime::read_object! {
    UpdateUserBody {
        full_name: "fullName" optional,
        first_name: "firstName" optional,
        last_name: "lastName" optional,
        email: "email" optional,
        mobile: "mobile" optional,
        designation: "designation" optional,
        address: "address" optional,
    }
}
/// Inline schema at `/paths/~1users~1{id}/put/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateUserResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<User>,
}
crate::runtime::read_object! {
    UpdateUserResponse {
        success: "success" optional,
        message: "message" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1users~1{id}/delete/responses/200/content/application~1json/schema/properties/deletedUser`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DeleteUserResponseDeletedUser {
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "fullName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub full_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DeleteUserResponseDeletedUser {
        id: "_id" optional,
        full_name: "fullName" optional,
        email: "email" optional,
    }
}
/// Inline schema at `/paths/~1users~1{id}/delete/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DeleteUserResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "deletedUser",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deleted_user: ::std::option::Option<DeleteUserResponseDeletedUser>,
}
crate::runtime::read_object! {
    DeleteUserResponse {
        success: "success" optional,
        message: "message" optional,
        deleted_user: "deletedUser" optional,
    }
}
/// Inline schema at `/paths/~1users~1fetch~1with-groups/get/responses/200/content/application~1json/schema/properties/data/items/properties/groups/items/properties/type`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetAllUsersWithGroupsResponseDataItemGroupsItemType {
    /// `admin`
    Admin,
    /// `standard`
    Standard,
    /// `everyone`
    Everyone,
    /// `custom`
    Custom,
}
crate::runtime::string_enum! {
    GetAllUsersWithGroupsResponseDataItemGroupsItemType {
        Admin = "admin",
        Standard = "standard",
        Everyone = "everyone",
        Custom = "custom",
    }
}
/// Inline schema at `/paths/~1users~1fetch~1with-groups/get/responses/200/content/application~1json/schema/properties/data/items/properties/groups/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAllUsersWithGroupsResponseDataItemGroupsItem {
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_: ::std::option::Option<GetAllUsersWithGroupsResponseDataItemGroupsItemType>,
}
crate::runtime::read_object! {
    GetAllUsersWithGroupsResponseDataItemGroupsItem {
        id: "_id" optional,
        name: "name" optional,
        type_: "type" optional,
    }
}
/// Inline schema at `/paths/~1users~1fetch~1with-groups/get/responses/200/content/application~1json/schema/properties/data/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAllUsersWithGroupsResponseDataItem {
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "orgId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "fullName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub full_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "hasLoggedIn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub has_logged_in: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub groups:
        ::std::option::Option<::std::vec::Vec<GetAllUsersWithGroupsResponseDataItemGroupsItem>>,
}
crate::runtime::read_object! {
    GetAllUsersWithGroupsResponseDataItem {
        id: "_id" optional,
        user_id: "userId" optional,
        org_id: "orgId" optional,
        full_name: "fullName" optional,
        has_logged_in: "hasLoggedIn" optional,
        groups: "groups" optional,
    }
}
/// Inline schema at `/paths/~1users~1fetch~1with-groups/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAllUsersWithGroupsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::vec::Vec<GetAllUsersWithGroupsResponseDataItem>>,
}
crate::runtime::read_object! {
    GetAllUsersWithGroupsResponse {
        success: "success" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1users~1{id}~1email/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUserEmailByIdResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    GetUserEmailByIdResponse {
        success: "success" optional,
        email: "email" optional,
    }
}
/// Inline schema at `/paths/~1users~1by-ids/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUsersByIdsBody {
    /// Array of user IDs to retrieve
    #[serde(rename = "userIds")]
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::read_object! {
    GetUsersByIdsBody {
        user_ids: "userIds" required,
    }
}
/// Inline schema at `/paths/~1users~1by-ids/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUsersByIdsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::vec::Vec<User>>,
    /// Number of IDs requested
    #[serde(
        rename = "requestedCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub requested_count: ::std::option::Option<i64>,
    /// Number of users found
    #[serde(
        rename = "foundCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub found_count: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    GetUsersByIdsResponse {
        success: "success" optional,
        data: "data" optional,
        requested_count: "requestedCount" optional,
        found_count: "foundCount" optional,
    }
}
/// Inline schema at `/paths/~1users~1email~1exists/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CheckUserExistsByEmailResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    /// Whether a user exists with this email
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exists: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::vec::Vec<User>>,
}
crate::runtime::read_object! {
    CheckUserExistsByEmailResponse {
        success: "success" optional,
        exists: "exists" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1users~1internal~1{id}/get/responses/200/content/application~1json/schema`.
pub type GetInternalUserResponse = GetUserByIdResponse;
/// Inline schema at `/paths/~1users~1{id}~1fullname/patch/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateUserFullNameBody {
    #[serde(rename = "fullName")]
    pub full_name: ::std::string::String,
}
crate::runtime::read_object! {
    UpdateUserFullNameBody {
        full_name: "fullName" required,
    }
}
/// Inline schema at `/paths/~1users~1{id}~1firstName/patch/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateUserFirstNameBody {
    /// New first name
    #[serde(rename = "firstName")]
    pub first_name: ::std::string::String,
}
crate::runtime::read_object! {
    UpdateUserFirstNameBody {
        first_name: "firstName" required,
    }
}
/// Inline schema at `/paths/~1users~1{id}~1firstName/patch/responses/200/content/application~1json/schema`.
pub type UpdateUserFirstNameResponse = GetUserByIdResponse;
/// Inline schema at `/paths/~1users~1{id}~1lastName/patch/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateUserLastNameBody {
    /// New last name
    #[serde(rename = "lastName")]
    pub last_name: ::std::string::String,
}
crate::runtime::read_object! {
    UpdateUserLastNameBody {
        last_name: "lastName" required,
    }
}
/// Inline schema at `/paths/~1users~1{id}~1lastName/patch/responses/200/content/application~1json/schema`.
pub type UpdateUserLastNameResponse = GetUserByIdResponse;
/// Inline schema at `/paths/~1users~1{id}~1designation/patch/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateUserDesignationBody {
    /// Job title or designation
    pub designation: ::std::string::String,
}
crate::runtime::read_object! {
    UpdateUserDesignationBody {
        designation: "designation" required,
    }
}
/// Inline schema at `/paths/~1users~1{id}~1designation/patch/responses/200/content/application~1json/schema`.
pub type UpdateUserDesignationResponse = GetUserByIdResponse;
/// Inline schema at `/paths/~1users~1{id}~1adminCheck/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CheckUserIsAdminResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(
        rename = "isAdmin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_admin: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// List of admin groups the user belongs to
    #[serde(
        rename = "adminGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub admin_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::read_object! {
    CheckUserIsAdminResponse {
        success: "success" optional,
        is_admin: "isAdmin" optional,
        message: "message" optional,
        admin_groups: "adminGroups" optional,
    }
}
/// Inline schema at `/paths/~1users~1dp/delete/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RemoveUserDisplayPictureResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    RemoveUserDisplayPictureResponse {
        success: "success" optional,
        message: "message" optional,
    }
}
/// Inline schema at `/paths/~1users~1bulk~1invite/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BulkInviteUsersBody {
    /// Array of email addresses to invite (max 100)
    pub emails: ::std::vec::Vec<::std::string::String>,
    /// Optional group IDs to add all invited users to
    #[serde(
        rename = "groupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Whether to send invitation emails immediately
    #[serde(
        rename = "sendEmail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub send_email: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    BulkInviteUsersBody {
        emails: "emails" required,
        group_ids: "groupIds" optional,
        send_email: "sendEmail" optional,
    }
}
/// Inline schema at `/paths/~1users~1bulk~1invite/post/responses/200/content/application~1json/schema/properties/failures/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BulkInviteUsersResponseFailuresItem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    BulkInviteUsersResponseFailuresItem {
        email: "email" optional,
        reason: "reason" optional,
    }
}
/// Inline schema at `/paths/~1users~1bulk~1invite/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BulkInviteUsersResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Number of successful invitations sent
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub invited: ::std::option::Option<i64>,
    /// Number of existing users skipped
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub skipped: ::std::option::Option<i64>,
    /// Number of failed invitations
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failed: ::std::option::Option<i64>,
    /// Details of failed invitations
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<BulkInviteUsersResponseFailuresItem>>,
}
crate::runtime::read_object! {
    BulkInviteUsersResponse {
        success: "success" optional,
        message: "message" optional,
        invited: "invited" optional,
        skipped: "skipped" optional,
        failed: "failed" optional,
        failures: "failures" optional,
    }
}
/// Inline schema at `/paths/~1users~1{id}~1resend-invite/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ResendUserInviteResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Email address the invitation was sent to
    #[serde(
        rename = "sentTo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sent_to: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    ResendUserInviteResponse {
        success: "success" optional,
        message: "message" optional,
        sent_to: "sentTo" optional,
    }
}
/// Inline schema at `/paths/~1users~1graph~1list/get/parameters/3/schema`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListUsersGraphSortBy {
    /// `fullName`
    FullName,
    /// `email`
    Email,
    /// `createdAt`
    CreatedAt,
}
crate::runtime::string_enum! {
    ListUsersGraphSortBy {
        FullName = "fullName",
        Email = "email",
        CreatedAt = "createdAt",
    }
}
/// Inline schema at `/paths/~1users~1graph~1list/get/parameters/4/schema`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListUsersGraphSortOrder {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
}
crate::runtime::string_enum! {
    ListUsersGraphSortOrder {
        Asc = "asc",
        Desc = "desc",
    }
}
/// Inline schema at `/paths/~1users~1graph~1list/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListUsersGraphResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::vec::Vec<User>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<GetAllUsersResponsePagination>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    ListUsersGraphResponse {
        success: "success" optional,
        data: "data" optional,
        pagination: "pagination" optional,
        total: "total" optional,
        page: "page" optional,
        limit: "limit" optional,
    }
}
/// Inline schema at `/paths/~1teams/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListTeamsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::vec::Vec<Team>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<GetAllUsersResponsePagination>,
}
crate::runtime::read_object! {
    ListTeamsResponse {
        success: "success" optional,
        data: "data" optional,
        pagination: "pagination" optional,
    }
}
/// Inline schema at `/paths/~1teams/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateTeamBody {
    /// Team display name (must be unique in org)
    pub name: ::std::string::String,
    /// Team description and purpose
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Optional initial members with roles
    #[serde(
        rename = "userRoles",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_roles: ::std::option::Option<::std::vec::Vec<UserRole>>,
}
crate::runtime::read_object! {
    CreateTeamBody {
        name: "name" required,
        description: "description" optional,
        user_roles: "userRoles" optional,
    }
}
/// Inline schema at `/paths/~1teams/post/responses/201/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateTeamResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<Team>,
}
crate::runtime::read_object! {
    CreateTeamResponse {
        success: "success" optional,
        message: "message" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1teams~1{teamId}/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetTeamByIdResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<Team>,
}
crate::runtime::read_object! {
    GetTeamByIdResponse {
        success: "success" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1teams~1{teamId}/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateTeamBody {
    /// New team name
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// New team description
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    UpdateTeamBody {
        name: "name" optional,
        description: "description" optional,
    }
}
/// Inline schema at `/paths/~1teams~1{teamId}/put/responses/200/content/application~1json/schema`.
pub type UpdateTeamResponse = CreateTeamResponse;
/// Inline schema at `/paths/~1teams~1{teamId}/delete/responses/200/content/application~1json/schema`.
pub type DeleteTeamResponse = RemoveUserDisplayPictureResponse;
/// Inline schema at `/paths/~1teams~1{teamId}~1users/get/responses/200/content/application~1json/schema/properties/data/items/properties/role`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetTeamUsersResponseDataItemRole {
    /// `owner`
    Owner,
    /// `admin`
    Admin,
    /// `member`
    Member,
    /// `viewer`
    Viewer,
}
crate::runtime::string_enum! {
    GetTeamUsersResponseDataItemRole {
        Owner = "owner",
        Admin = "admin",
        Member = "member",
        Viewer = "viewer",
    }
}
/// Inline schema at `/paths/~1teams~1{teamId}~1users/get/responses/200/content/application~1json/schema/properties/data/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetTeamUsersResponseDataItem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<User>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role: ::std::option::Option<GetTeamUsersResponseDataItemRole>,
    #[serde(
        rename = "joinedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub joined_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    GetTeamUsersResponseDataItem {
        user: "user" optional,
        role: "role" optional,
        joined_at: "joinedAt" optional,
    }
}
/// Inline schema at `/paths/~1teams~1{teamId}~1users/get/responses/200/content/application~1json/schema/properties/pagination`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetTeamUsersResponsePagination {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    GetTeamUsersResponsePagination {
        page: "page" optional,
        limit: "limit" optional,
        total: "total" optional,
    }
}
/// Inline schema at `/paths/~1teams~1{teamId}~1users/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetTeamUsersResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::vec::Vec<GetTeamUsersResponseDataItem>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<GetTeamUsersResponsePagination>,
}
crate::runtime::read_object! {
    GetTeamUsersResponse {
        success: "success" optional,
        data: "data" optional,
        pagination: "pagination" optional,
    }
}
/// Role to assign to the user
///
/// Inline schema at `/paths/~1teams~1{teamId}~1users/post/requestBody/content/application~1json/schema/properties/users/items/properties/role`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddUsersToTeamBodyUsersItemRole {
    /// `admin`
    Admin,
    /// `member`
    Member,
    /// `viewer`
    Viewer,
}
crate::runtime::string_enum! {
    AddUsersToTeamBodyUsersItemRole {
        Admin = "admin",
        Member = "member",
        Viewer = "viewer",
    }
}
/// Inline schema at `/paths/~1teams~1{teamId}~1users/post/requestBody/content/application~1json/schema/properties/users/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AddUsersToTeamBodyUsersItem {
    /// User ID to add to the team
    #[serde(rename = "userId")]
    pub user_id: ::std::string::String,
    /// Role to assign to the user
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role: ::std::option::Option<AddUsersToTeamBodyUsersItemRole>,
}
crate::runtime::read_object! {
    AddUsersToTeamBodyUsersItem {
        user_id: "userId" required,
        role: "role" optional,
    }
}
/// Inline schema at `/paths/~1teams~1{teamId}~1users/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AddUsersToTeamBody {
    pub users: ::std::vec::Vec<AddUsersToTeamBodyUsersItem>,
}
crate::runtime::read_object! {
    AddUsersToTeamBody {
        users: "users" required,
    }
}
/// Inline schema at `/paths/~1teams~1{teamId}~1users/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AddUsersToTeamResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "addedCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub added_count: ::std::option::Option<i64>,
    /// Number of users already in the team
    #[serde(
        rename = "skippedCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub skipped_count: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    AddUsersToTeamResponse {
        success: "success" optional,
        message: "message" optional,
        added_count: "addedCount" optional,
        skipped_count: "skippedCount" optional,
    }
}
/// Inline schema at `/paths/~1teams~1{teamId}~1users/delete/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RemoveUsersFromTeamBody {
    /// Array of user IDs to remove from the team
    #[serde(rename = "userIds")]
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::read_object! {
    RemoveUsersFromTeamBody {
        user_ids: "userIds" required,
    }
}
/// Inline schema at `/paths/~1teams~1{teamId}~1users/delete/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RemoveUsersFromTeamResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "removedCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub removed_count: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    RemoveUsersFromTeamResponse {
        success: "success" optional,
        message: "message" optional,
        removed_count: "removedCount" optional,
    }
}
/// New role to assign to the user
///
/// Inline schema at `/paths/~1teams~1{teamId}~1users~1permissions/put/requestBody/content/application~1json/schema/properties/role`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateTeamUserPermissionsBodyRole {
    /// `owner`
    Owner,
    /// `admin`
    Admin,
    /// `member`
    Member,
    /// `viewer`
    Viewer,
}
crate::runtime::string_enum! {
    UpdateTeamUserPermissionsBodyRole {
        Owner = "owner",
        Admin = "admin",
        Member = "member",
        Viewer = "viewer",
    }
}
/// Inline schema at `/paths/~1teams~1{teamId}~1users~1permissions/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UpdateTeamUserPermissionsBody {
    /// ID of the user whose role to update
    #[serde(rename = "userId")]
    pub user_id: ::std::string::String,
    /// New role to assign to the user
    pub role: UpdateTeamUserPermissionsBodyRole,
}
crate::runtime::read_object! {
    UpdateTeamUserPermissionsBody {
        user_id: "userId" required,
        role: "role" required,
    }
}
/// Inline schema at `/paths/~1teams~1{teamId}~1users~1permissions/put/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateTeamUserPermissionsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "previousRole",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub previous_role: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "newRole",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub new_role: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    UpdateTeamUserPermissionsResponse {
        success: "success" optional,
        message: "message" optional,
        previous_role: "previousRole" optional,
        new_role: "newRole" optional,
    }
}
/// Inline schema at `/paths/~1teams~1user~1teams/get/responses/200/content/application~1json/schema/properties/data/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUserTeamsResponseDataItem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub team: ::std::option::Option<Team>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role: ::std::option::Option<GetTeamUsersResponseDataItemRole>,
    #[serde(
        rename = "joinedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub joined_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    GetUserTeamsResponseDataItem {
        team: "team" optional,
        role: "role" optional,
        joined_at: "joinedAt" optional,
    }
}
/// Inline schema at `/paths/~1teams~1user~1teams/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUserTeamsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::vec::Vec<GetUserTeamsResponseDataItem>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<GetTeamUsersResponsePagination>,
}
crate::runtime::read_object! {
    GetUserTeamsResponse {
        success: "success" optional,
        data: "data" optional,
        pagination: "pagination" optional,
    }
}
/// User's current role (none if no longer a member)
///
/// Inline schema at `/paths/~1teams~1user~1teams~1created/get/responses/200/content/application~1json/schema/properties/data/items/properties/currentRole`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetUserCreatedTeamsResponseDataItemCurrentRole {
    /// `owner`
    Owner,
    /// `admin`
    Admin,
    /// `member`
    Member,
    /// `viewer`
    Viewer,
    /// `none`
    None,
}
crate::runtime::string_enum! {
    GetUserCreatedTeamsResponseDataItemCurrentRole {
        Owner = "owner",
        Admin = "admin",
        Member = "member",
        Viewer = "viewer",
        None = "none",
    }
}
/// Inline schema at `/paths/~1teams~1user~1teams~1created/get/responses/200/content/application~1json/schema/properties/data/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUserCreatedTeamsResponseDataItem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub team: ::std::option::Option<Team>,
    /// User's current role (none if no longer a member)
    #[serde(
        rename = "currentRole",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_role: ::std::option::Option<GetUserCreatedTeamsResponseDataItemCurrentRole>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    GetUserCreatedTeamsResponseDataItem {
        team: "team" optional,
        current_role: "currentRole" optional,
        created_at: "createdAt" optional,
    }
}
/// Inline schema at `/paths/~1teams~1user~1teams~1created/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUserCreatedTeamsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::vec::Vec<GetUserCreatedTeamsResponseDataItem>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<GetTeamUsersResponsePagination>,
}
crate::runtime::read_object! {
    GetUserCreatedTeamsResponse {
        success: "success" optional,
        data: "data" optional,
        pagination: "pagination" optional,
    }
}
/// Inline schema at `/paths/~1org~1exists/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CheckOrgExistsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    /// Whether an organization has been created
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exists: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    CheckOrgExistsResponse {
        success: "success" optional,
        exists: "exists" optional,
    }
}
/// Inline schema at `/paths/~1org/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetCurrentOrganizationResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<Organization>,
}
crate::runtime::read_object! {
    GetCurrentOrganizationResponse {
        success: "success" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1org/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateOrganizationBody {
    /// Official registered/legal name
    #[serde(
        rename = "registeredName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub registered_name: ::std::option::Option<::std::string::String>,
    /// Short display name for UI
    #[serde(
        rename = "shortName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub short_name: ::std::option::Option<::std::string::String>,
    /// Contact phone number (international format)
    #[serde(
        rename = "phoneNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub phone_number: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "permanentAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permanent_address: ::std::option::Option<Address>,
}
crate::runtime::read_object! {
    UpdateOrganizationBody {
        registered_name: "registeredName" optional,
        short_name: "shortName" optional,
        phone_number: "phoneNumber" optional,
        permanent_address: "permanentAddress" optional,
    }
}
/// Inline schema at `/paths/~1org/put/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateOrganizationResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<Organization>,
}
crate::runtime::read_object! {
    UpdateOrganizationResponse {
        success: "success" optional,
        message: "message" optional,
        data: "data" optional,
    }
}
/// Type of organization account
///
/// Inline schema at `/paths/~1org/post/requestBody/content/application~1json/schema/properties/accountType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateOrganizationBodyAccountType {
    /// `individual`
    Individual,
    /// `business`
    Business,
}
crate::runtime::string_enum! {
    CreateOrganizationBodyAccountType {
        Individual = "individual",
        Business = "business",
    }
}
/// Inline schema at `/paths/~1org/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CreateOrganizationBody {
    /// Type of organization account
    #[serde(rename = "accountType")]
    pub account_type: CreateOrganizationBodyAccountType,
    /// Short display name for the organization
    #[serde(
        rename = "shortName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub short_name: ::std::option::Option<::std::string::String>,
    /// Official registered name (for business accounts)
    #[serde(
        rename = "registeredName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub registered_name: ::std::option::Option<::std::string::String>,
    /// Primary contact email (also used as admin email)
    #[serde(rename = "contactEmail")]
    pub contact_email: ::std::string::String,
    /// Full name of the first admin user
    #[serde(rename = "adminFullName")]
    pub admin_full_name: ::std::string::String,
    /// Password for the admin account (min 8 chars)
    pub password: ::std::string::String,
}
crate::runtime::read_object! {
    CreateOrganizationBody {
        account_type: "accountType" required,
        short_name: "shortName" optional,
        registered_name: "registeredName" optional,
        contact_email: "contactEmail" required,
        admin_full_name: "adminFullName" required,
        password: "password" required,
    }
}
/// Inline schema at `/paths/~1org/post/responses/201/content/application~1json/schema/properties/data`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateOrganizationResponseData {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub organization: ::std::option::Option<Organization>,
    #[serde(
        rename = "adminUser",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub admin_user: ::std::option::Option<User>,
    /// JWT token for immediate login
    #[serde(
        rename = "accessToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    CreateOrganizationResponseData {
        organization: "organization" optional,
        admin_user: "adminUser" optional,
        access_token: "accessToken" optional,
    }
}
/// Inline schema at `/paths/~1org/post/responses/201/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateOrganizationResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<CreateOrganizationResponseData>,
}
crate::runtime::read_object! {
    CreateOrganizationResponse {
        success: "success" optional,
        message: "message" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1org/delete/parameters/0/schema`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeleteOrganizationConfirm {
    /// `DELETE`
    Delete,
}
crate::runtime::string_enum! {
    DeleteOrganizationConfirm {
        Delete = "DELETE",
    }
}
/// Inline schema at `/paths/~1org/delete/responses/200/content/application~1json/schema`.
pub type DeleteOrganizationResponse = RemoveUserDisplayPictureResponse;
/// Inline schema at `/paths/~1org~1logo/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetOrganizationLogoResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    /// Whether organization has a custom logo
    #[serde(
        rename = "hasLogo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub has_logo: ::std::option::Option<bool>,
    /// Signed URL to access the logo (null if no logo)
    #[serde(
        rename = "logoUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logo_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    GetOrganizationLogoResponse {
        success: "success" optional,
        has_logo: "hasLogo" optional,
        logo_url: "logoUrl" optional,
    }
}
/// Inline schema at `/paths/~1org~1logo/put/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UploadOrganizationLogoResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    /// URL to access the uploaded logo
    #[serde(
        rename = "logoUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logo_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    UploadOrganizationLogoResponse {
        success: "success" optional,
        logo_url: "logoUrl" optional,
    }
}
/// Inline schema at `/paths/~1org~1logo/delete/responses/200/content/application~1json/schema`.
pub type DeleteOrganizationLogoResponse = RemoveUserDisplayPictureResponse;
/// Inline schema at `/paths/~1org~1onboarding-status/get/responses/200/content/application~1json/schema/properties/data/properties/steps/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetOnboardingStatusResponseDataStepsItem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "isCompleted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_completed: ::std::option::Option<bool>,
    #[serde(
        rename = "isRequired",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_required: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    GetOnboardingStatusResponseDataStepsItem {
        id: "id" optional,
        name: "name" optional,
        is_completed: "isCompleted" optional,
        is_required: "isRequired" optional,
    }
}
/// Inline schema at `/paths/~1org~1onboarding-status/get/responses/200/content/application~1json/schema/properties/data`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetOnboardingStatusResponseData {
    /// Whether onboarding is fully complete
    #[serde(
        rename = "isCompleted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_completed: ::std::option::Option<bool>,
    /// Current active onboarding step
    #[serde(
        rename = "currentStep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_step: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "completedSteps",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub completed_steps: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "completionPercentage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub completion_percentage: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub steps: ::std::option::Option<::std::vec::Vec<GetOnboardingStatusResponseDataStepsItem>>,
}
crate::runtime::read_object! {
    GetOnboardingStatusResponseData {
        is_completed: "isCompleted" optional,
        current_step: "currentStep" optional,
        completed_steps: "completedSteps" optional,
        completion_percentage: "completionPercentage" optional,
        steps: "steps" optional,
    }
}
/// Inline schema at `/paths/~1org~1onboarding-status/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetOnboardingStatusResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<GetOnboardingStatusResponseData>,
}
crate::runtime::read_object! {
    GetOnboardingStatusResponse {
        success: "success" optional,
        data: "data" optional,
    }
}
/// Action to perform on the step
///
/// Inline schema at `/paths/~1org~1onboarding-status/put/requestBody/content/application~1json/schema/properties/action`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateOnboardingStatusBodyAction {
    /// `complete`
    Complete,
    /// `skip`
    Skip,
}
crate::runtime::string_enum! {
    UpdateOnboardingStatusBodyAction {
        Complete = "complete",
        Skip = "skip",
    }
}
/// Inline schema at `/paths/~1org~1onboarding-status/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UpdateOnboardingStatusBody {
    /// ID of the step to update
    #[serde(rename = "stepId")]
    pub step_id: ::std::string::String,
    /// Action to perform on the step
    pub action: UpdateOnboardingStatusBodyAction,
}
crate::runtime::read_object! {
    UpdateOnboardingStatusBody {
        step_id: "stepId" required,
        action: "action" required,
    }
}
/// Inline schema at `/paths/~1org~1onboarding-status/put/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateOnboardingStatusResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Whether all onboarding is now complete
    #[serde(
        rename = "isOnboardingComplete",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_onboarding_complete: ::std::option::Option<bool>,
    /// Next step to complete (null if done)
    #[serde(
        rename = "nextStep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_step: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    UpdateOnboardingStatusResponse {
        success: "success" optional,
        message: "message" optional,
        is_onboarding_complete: "isOnboardingComplete" optional,
        next_step: "nextStep" optional,
    }
}
/// Inline schema at `/paths/~1user-groups/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAllUserGroupsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::vec::Vec<UserGroup>>,
}
crate::runtime::read_object! {
    GetAllUserGroupsResponse {
        success: "success" optional,
        data: "data" optional,
    }
}
/// Group type determining behavior and privileges
///
/// Inline schema at `/paths/~1user-groups/post/requestBody/content/application~1json/schema/properties/type`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateUserGroupBodyType {
    /// `admin`
    Admin,
    /// `standard`
    Standard,
    /// `everyone`
    Everyone,
    /// `custom`
    Custom,
}
crate::runtime::string_enum! {
    CreateUserGroupBodyType {
        Admin = "admin",
        Standard = "standard",
        Everyone = "everyone",
        Custom = "custom",
    }
}
/// Inline schema at `/paths/~1user-groups/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CreateUserGroupBody {
    /// Display name for the group
    pub name: ::std::string::String,
    /// Group type determining behavior and privileges
    #[serde(rename = "type")]
    pub type_: CreateUserGroupBodyType,
    /// Optional description of the group's purpose
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    CreateUserGroupBody {
        name: "name" required,
        type_: "type" required,
        description: "description" optional,
    }
}
/// Inline schema at `/paths/~1user-groups~1{groupId}/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateUserGroupBody {
    /// New display name for the group
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Updated description
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    UpdateUserGroupBody {
        name: "name" optional,
        description: "description" optional,
    }
}
/// Inline schema at `/paths/~1user-groups~1{groupId}/delete/responses/200/content/application~1json/schema`.
pub type DeleteUserGroupResponse = RemoveUserDisplayPictureResponse;
/// Inline schema at `/paths/~1user-groups~1add-users/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AddUsersToGroupBody {
    /// ID of the group to add users to
    #[serde(rename = "groupId")]
    pub group_id: ::std::string::String,
    /// Array of user IDs to add to the group
    #[serde(rename = "userIds")]
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::read_object! {
    AddUsersToGroupBody {
        group_id: "groupId" required,
        user_ids: "userIds" required,
    }
}
/// Inline schema at `/paths/~1user-groups~1add-users/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AddUsersToGroupResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "addedCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub added_count: ::std::option::Option<i64>,
    /// Number of users already in the group
    #[serde(
        rename = "skippedCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub skipped_count: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    AddUsersToGroupResponse {
        success: "success" optional,
        message: "message" optional,
        added_count: "addedCount" optional,
        skipped_count: "skippedCount" optional,
    }
}
/// Inline schema at `/paths/~1user-groups~1remove-users/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RemoveUsersFromGroupBody {
    /// ID of the group to remove users from
    #[serde(rename = "groupId")]
    pub group_id: ::std::string::String,
    /// Array of user IDs to remove from the group
    #[serde(rename = "userIds")]
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::read_object! {
    RemoveUsersFromGroupBody {
        group_id: "groupId" required,
        user_ids: "userIds" required,
    }
}
/// Inline schema at `/paths/~1user-groups~1remove-users/post/responses/200/content/application~1json/schema`.
pub type RemoveUsersFromGroupResponse = RemoveUsersFromTeamResponse;
/// Inline schema at `/paths/~1user-groups~1{groupId}~1users/get/responses/200/content/application~1json/schema`.
pub type GetUsersInGroupResponse = GetAllUsersResponse;
/// Inline schema at `/paths/~1user-groups~1users~1{userId}/get/responses/200/content/application~1json/schema`.
pub type GetGroupsForUserResponse = GetAllUserGroupsResponse;
/// Inline schema at `/paths/~1user-groups~1stats~1list/get/responses/200/content/application~1json/schema/properties/data/properties/groupsByType`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUserGroupStatsResponseDataGroupsByType {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub admin: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub standard: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub everyone: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub custom: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    GetUserGroupStatsResponseDataGroupsByType {
        admin: "admin" optional,
        standard: "standard" optional,
        everyone: "everyone" optional,
        custom: "custom" optional,
    }
}
/// Inline schema at `/paths/~1user-groups~1stats~1list/get/responses/200/content/application~1json/schema/properties/data/properties/groups/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUserGroupStatsResponseDataGroupsItem {
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "memberCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub member_count: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    GetUserGroupStatsResponseDataGroupsItem {
        id: "_id" optional,
        name: "name" optional,
        type_: "type" optional,
        member_count: "memberCount" optional,
    }
}
/// Inline schema at `/paths/~1user-groups~1stats~1list/get/responses/200/content/application~1json/schema/properties/data`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUserGroupStatsResponseData {
    #[serde(
        rename = "totalGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_groups: ::std::option::Option<i64>,
    #[serde(
        rename = "groupsByType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub groups_by_type: ::std::option::Option<GetUserGroupStatsResponseDataGroupsByType>,
    /// Sum of all group memberships (may include duplicates)
    #[serde(
        rename = "totalMembers",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_members: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub groups: ::std::option::Option<::std::vec::Vec<GetUserGroupStatsResponseDataGroupsItem>>,
}
crate::runtime::read_object! {
    GetUserGroupStatsResponseData {
        total_groups: "totalGroups" optional,
        groups_by_type: "groupsByType" optional,
        total_members: "totalMembers" optional,
        groups: "groups" optional,
    }
}
/// Inline schema at `/paths/~1user-groups~1stats~1list/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUserGroupStatsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<GetUserGroupStatsResponseData>,
}
crate::runtime::read_object! {
    GetUserGroupStatsResponse {
        success: "success" optional,
        data: "data" optional,
    }
}
/// Default permission level for shared access
///
/// Inline schema at `/paths/~1document~1upload/post/requestBody/content/multipart~1form-data/schema/properties/permissions`.
pub type UploadDocumentPermissions = DocumentPermissions;
/// Enable version control for this document
///
/// Inline schema at `/paths/~1document~1upload/post/requestBody/content/multipart~1form-data/schema/properties/isVersionedFile`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UploadDocumentIsVersionedFile {
    /// `true`
    True,
    /// `false`
    False,
}
crate::runtime::string_enum! {
    UploadDocumentIsVersionedFile {
        True = "true",
        False = "false",
    }
}
/// Inline schema at `/paths/~1document~1placeholder/post/requestBody/content/application~1json/schema/properties/permissions`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateDocumentPlaceholderBodyPermissions {
    /// `owner`
    Owner,
    /// `editor`
    Editor,
    /// `commentator`
    Commentator,
    /// `readonly`
    Readonly,
}
crate::runtime::string_enum! {
    CreateDocumentPlaceholderBodyPermissions {
        Owner = "owner",
        Editor = "editor",
        Commentator = "commentator",
        Readonly = "readonly",
    }
}
/// Inline schema at `/paths/~1document~1placeholder/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateDocumentPlaceholderBody {
    /// Display name for the document
    #[serde(rename = "documentName")]
    pub document_name: ::std::string::String,
    /// Alternative name for search/display
    #[serde(
        rename = "alternateDocumentName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alternate_document_name: ::std::option::Option<::std::string::String>,
    /// Virtual folder path
    #[serde(rename = "documentPath")]
    pub document_path: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub permissions: ::std::option::Option<CreateDocumentPlaceholderBodyPermissions>,
    /// Custom metadata key-value pairs
    #[serde(
        rename = "metaData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub meta_data: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Enable version control
    #[serde(
        rename = "isVersionedFile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_versioned_file: ::std::option::Option<bool>,
    /// File extension WITHOUT dot
    pub extension: ::std::string::String,
}
crate::runtime::read_object! {
    CreateDocumentPlaceholderBody {
        document_name: "documentName" required,
        alternate_document_name: "alternateDocumentName" optional,
        document_path: "documentPath" required,
        permissions: "permissions" optional,
        meta_data: "metaData" optional,
        is_versioned_file: "isVersionedFile" optional,
        extension: "extension" required,
    }
}
/// Inline schema at `/paths/~1document~1{documentId}/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetDocumentByIdResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<Document>,
}
crate::runtime::read_object! {
    GetDocumentByIdResponse {
        success: "success" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1document~1{documentId}/delete/responses/200/content/application~1json/schema/properties/data`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DeleteDocumentByIdResponseData {
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "isDeleted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_deleted: ::std::option::Option<bool>,
    #[serde(
        rename = "deletedByUserId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deleted_by_user_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DeleteDocumentByIdResponseData {
        id: "_id" optional,
        is_deleted: "isDeleted" optional,
        deleted_by_user_id: "deletedByUserId" optional,
    }
}
/// Inline schema at `/paths/~1document~1{documentId}/delete/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DeleteDocumentByIdResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<DeleteDocumentByIdResponseData>,
}
crate::runtime::read_object! {
    DeleteDocumentByIdResponse {
        success: "success" optional,
        message: "message" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1document~1{documentId}~1download/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DownloadDocumentResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    /// Presigned URL for download (S3/Azure only)
    #[serde(
        rename = "signedUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub signed_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DownloadDocumentResponse {
        success: "success" optional,
        signed_url: "signedUrl" optional,
    }
}
/// Inline schema at `/paths/~1document~1{documentId}~1buffer/put/responses/200/content/application~1json/schema`.
pub type UpdateDocumentBufferResponse = RemoveUserDisplayPictureResponse;
/// Inline schema at `/paths/~1document~1{documentId}~1uploadNextVersion/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UploadNextVersionResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<Document>,
}
crate::runtime::read_object! {
    UploadNextVersionResponse {
        success: "success" optional,
        message: "message" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1document~1{documentId}~1rollBack/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RollBackToPreviousVersionBody {
    /// Version number to rollback to (0-indexed)
    pub version: ::std::string::String,
    /// Reason for rollback (required for audit trail)
    pub note: ::std::string::String,
}
crate::runtime::read_object! {
    RollBackToPreviousVersionBody {
        version: "version" required,
        note: "note" required,
    }
}
/// Inline schema at `/paths/~1document~1{documentId}~1rollBack/post/responses/200/content/application~1json/schema`.
pub type RollBackToPreviousVersionResponse = UploadNextVersionResponse;
/// Inline schema at `/paths/~1document~1{documentId}~1directUpload/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetDirectUploadUrlResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    /// Presigned URL for direct PUT upload
    #[serde(
        rename = "signedUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub signed_url: ::std::option::Option<::std::string::String>,
    /// Document ID for reference
    #[serde(
        rename = "documentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    GetDirectUploadUrlResponse {
        success: "success" optional,
        signed_url: "signedUrl" optional,
        document_id: "documentId" optional,
    }
}
/// Inline schema at `/paths/~1document~1{documentId}~1isModified/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CheckDocumentModifiedResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    /// True if current content differs from last version
    #[serde(
        rename = "isModified",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_modified: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    CheckDocumentModifiedResponse {
        success: "success" optional,
        is_modified: "isModified" optional,
    }
}
/// Inline schema at `/paths/~1knowledgeBase/get/parameters/4/schema`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListKnowledgeBasesSortBy {
    /// `name`
    Name,
    /// `createdAtTimestamp`
    CreatedAtTimestamp,
    /// `updatedAtTimestamp`
    UpdatedAtTimestamp,
    /// `userRole`
    UserRole,
}
crate::runtime::string_enum! {
    ListKnowledgeBasesSortBy {
        Name = "name",
        CreatedAtTimestamp = "createdAtTimestamp",
        UpdatedAtTimestamp = "updatedAtTimestamp",
        UserRole = "userRole",
    }
}
/// Inline schema at `/paths/~1knowledgeBase/get/parameters/5/schema`.
pub type ListKnowledgeBasesSortOrder = ListUsersGraphSortOrder;
/// Inline schema at `/paths/~1knowledgeBase/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListKnowledgeBasesResponse {
    #[serde(
        rename = "knowledgeBases",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub knowledge_bases: ::std::option::Option<::std::vec::Vec<KnowledgeBase>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<PaginationInfo>,
}
crate::runtime::read_object! {
    ListKnowledgeBasesResponse {
        knowledge_bases: "knowledgeBases" optional,
        pagination: "pagination" optional,
    }
}
/// Inline schema at `/paths/~1knowledgeBase/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateKnowledgeBaseBody {
    /// Name of the knowledge base
    #[serde(rename = "kbName")]
    pub kb_name: ::std::string::String,
}
crate::runtime::read_object! {
    CreateKnowledgeBaseBody {
        kb_name: "kbName" required,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateKnowledgeBaseBody {
    /// New name for the knowledge base
    #[serde(
        rename = "kbName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kb_name: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    UpdateKnowledgeBaseBody {
        kb_name: "kbName" optional,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}/delete/responses/200/content/application~1json/schema`.
pub type DeleteKnowledgeBaseResponse = RemoveUserDisplayPictureResponse;
/// Inline schema at `/paths/~1knowledgeBase~1records/get/parameters/4/schema`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetAllRecordsOrigins {
    /// `UPLOAD`
    Upload,
    /// `CONNECTOR`
    Connector,
}
crate::runtime::string_enum! {
    GetAllRecordsOrigins {
        Upload = "UPLOAD",
        Connector = "CONNECTOR",
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1records/get/parameters/10/schema`.
pub type GetAllRecordsSortOrder = ListUsersGraphSortOrder;
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1records/get/parameters/10/schema`.
pub type GetKbRecordsSortOrder = ListUsersGraphSortOrder;
/// Inline schema at `/paths/~1knowledgeBase~1record~1{recordId}/put/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateRecordResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record: ::std::option::Option<Record>,
}
crate::runtime::read_object! {
    UpdateRecordResponse {
        success: "success" optional,
        message: "message" optional,
        record: "record" optional,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1folder/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateRootFolderBody {
    /// Name of the folder
    #[serde(rename = "folderName")]
    pub folder_name: ::std::string::String,
}
crate::runtime::read_object! {
    CreateRootFolderBody {
        folder_name: "folderName" required,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1folder~1{folderId}/get/parameters/6/schema`.
pub type GetFolderContentsSortOrder = ListUsersGraphSortOrder;
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1folder~1{folderId}/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateFolderBody {
    #[serde(rename = "folderName")]
    pub folder_name: ::std::string::String,
}
crate::runtime::read_object! {
    UpdateFolderBody {
        folder_name: "folderName" required,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1folder~1{folderId}~1subfolder/post/requestBody/content/application~1json/schema`.
pub type CreateSubfolderBody = UpdateFolderBody;
/// Inline schema at `/paths/~1knowledgeBase~1limits/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetUploadLimitsResponse {
    /// Maximum number of files per upload request
    #[serde(
        rename = "maxFilesPerRequest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_files_per_request: ::std::option::Option<i64>,
    /// Maximum file size in bytes (default 30MB)
    #[serde(
        rename = "maxFileSizeBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_file_size_bytes: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    GetUploadLimitsResponse {
        max_files_per_request: "maxFilesPerRequest" optional,
        max_file_size_bytes: "maxFileSizeBytes" optional,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1reindex~1record~1{recordId}/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ReindexRecordBody {
    /// Processing depth (-1 for unlimited)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub depth: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    ReindexRecordBody {
        depth: "depth" optional,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1reindex~1record-group~1{recordGroupId}/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ReindexRecordGroupBody {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub depth: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    ReindexRecordGroupBody {
        depth: "depth" optional,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1reindex-failed~1connector/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ReindexFailedConnectorRecordsBody {
    /// Connector app name
    pub app: ::std::string::String,
    /// Connector instance ID
    #[serde(rename = "connectorId")]
    pub connector_id: ::std::string::String,
}
crate::runtime::read_object! {
    ReindexFailedConnectorRecordsBody {
        app: "app" required,
        connector_id: "connectorId" required,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1resync~1connector/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ResyncConnectorBody {
    /// Connector type name
    #[serde(rename = "connectorName")]
    pub connector_name: ::std::string::String,
    /// Connector instance ID
    #[serde(rename = "connectorId")]
    pub connector_id: ::std::string::String,
}
crate::runtime::read_object! {
    ResyncConnectorBody {
        connector_name: "connectorName" required,
        connector_id: "connectorId" required,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListKbPermissionsResponse {
    #[serde(
        rename = "kbId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kb_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub permissions: ::std::option::Option<::std::vec::Vec<KbPermission>>,
    #[serde(
        rename = "totalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    ListKbPermissionsResponse {
        kb_id: "kbId" optional,
        permissions: "permissions" optional,
        total_count: "totalCount" optional,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/put/requestBody/content/application~1json/schema/properties/role`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateKbPermissionsBodyRole {
    /// `OWNER`
    Owner,
    /// `ORGANIZER`
    Organizer,
    /// `FILEORGANIZER`
    Fileorganizer,
    /// `WRITER`
    Writer,
    /// `COMMENTER`
    Commenter,
    /// `READER`
    Reader,
}
crate::runtime::string_enum! {
    UpdateKbPermissionsBodyRole {
        Owner = "OWNER",
        Organizer = "ORGANIZER",
        Fileorganizer = "FILEORGANIZER",
        Writer = "WRITER",
        Commenter = "COMMENTER",
        Reader = "READER",
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UpdateKbPermissionsBody {
    #[serde(
        rename = "userIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "teamIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub team_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub role: UpdateKbPermissionsBodyRole,
}
crate::runtime::read_object! {
    UpdateKbPermissionsBody {
        user_ids: "userIds" optional,
        team_ids: "teamIds" optional,
        role: "role" required,
    }
}
/// Permission role to grant
///
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/post/requestBody/content/application~1json/schema/properties/role`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateKbPermissionBodyRole {
    /// `OWNER`
    Owner,
    /// `ORGANIZER`
    Organizer,
    /// `FILEORGANIZER`
    Fileorganizer,
    /// `WRITER`
    Writer,
    /// `COMMENTER`
    Commenter,
    /// `READER`
    Reader,
}
crate::runtime::string_enum! {
    CreateKbPermissionBodyRole {
        Owner = "OWNER",
        Organizer = "ORGANIZER",
        Fileorganizer = "FILEORGANIZER",
        Writer = "WRITER",
        Commenter = "COMMENTER",
        Reader = "READER",
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CreateKbPermissionBody {
    /// User IDs to grant permission
    #[serde(
        rename = "userIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Team IDs to grant permission
    #[serde(
        rename = "teamIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub team_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Permission role to grant
    pub role: CreateKbPermissionBodyRole,
}
crate::runtime::read_object! {
    CreateKbPermissionBody {
        user_ids: "userIds" optional,
        team_ids: "teamIds" optional,
        role: "role" required,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/post/responses/200/content/application~1json/schema/properties/permissionResult`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateKbPermissionResponsePermissionResult {
    #[serde(
        rename = "grantedCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub granted_count: ::std::option::Option<i64>,
    #[serde(
        rename = "updatedCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_count: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    CreateKbPermissionResponsePermissionResult {
        granted_count: "grantedCount" optional,
        updated_count: "updatedCount" optional,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateKbPermissionResponse {
    #[serde(
        rename = "kbId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kb_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "permissionResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permission_result: ::std::option::Option<CreateKbPermissionResponsePermissionResult>,
}
crate::runtime::read_object! {
    CreateKbPermissionResponse {
        kb_id: "kbId" optional,
        permission_result: "permissionResult" optional,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/delete/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DeleteKbPermissionsBody {
    #[serde(
        rename = "userIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "teamIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub team_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::read_object! {
    DeleteKbPermissionsBody {
        user_ids: "userIds" optional,
        team_ids: "teamIds" optional,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1record~1{recordId}~1move/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct MoveRecordBody {
    /// ID of the new parent folder, or null to move to root level
    #[serde(rename = "newParentId")]
    pub new_parent_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    MoveRecordBody {
        new_parent_id: "newParentId" optional,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1knowledge-hub~1nodes/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetKnowledgeHubRootNodesResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nodes: ::std::option::Option<::std::vec::Vec<KnowledgeHubNode>>,
}
crate::runtime::read_object! {
    GetKnowledgeHubRootNodesResponse {
        nodes: "nodes" optional,
    }
}
/// Inline schema at `/paths/~1knowledgeBase~1knowledge-hub~1nodes~1{parentType}~1{parentId}/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetKnowledgeHubChildNodesResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nodes: ::std::option::Option<::std::vec::Vec<KnowledgeHubNode>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub parent: ::std::option::Option<KnowledgeHubNode>,
}
crate::runtime::read_object! {
    GetKnowledgeHubChildNodesResponse {
        nodes: "nodes" optional,
        parent: "parent" optional,
    }
}
/// Inline schema at `/paths/~1conversations~1{conversationId}/get/parameters/4/schema`.
pub type GetConversationByIdSortOrder = ListUsersGraphSortOrder;
/// Inline schema at `/paths/~1conversations~1{conversationId}/get/responses/200/content/application~1json/schema/allOf/1/properties/pagination`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetConversationByIdResponsePagination {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    #[serde(
        rename = "totalMessages",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_messages: ::std::option::Option<i64>,
    #[serde(
        rename = "totalPages",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_pages: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    GetConversationByIdResponsePagination {
        page: "page" optional,
        limit: "limit" optional,
        total_messages: "totalMessages" optional,
        total_pages: "totalPages" optional,
    }
}
/// Inline schema at `/paths/~1conversations~1{conversationId}/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetConversationByIdResponse {
    /// Unique conversation identifier
    #[serde(rename = "_id", skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// ID of the user who owns this conversation
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
    /// Organization this conversation belongs to
    #[serde(
        rename = "orgId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_id: ::std::option::Option<::std::string::String>,
    /// Conversation title, auto-generated from first query
    /// or manually updated
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    /// User who started the conversation
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub initiator: ::std::option::Option<::std::string::String>,
    /// All messages in this conversation
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub messages: ::std::option::Option<::std::vec::Vec<Message>>,
    /// Current status of the conversation:
    /// <ul>
    /// <li><code>INPROGRESS</code> - AI is processing</li>
    /// <li><code>COMPLETED</code> - Response ready</li>
    /// <li><code>FAILED</code> - Error occurred</li>
    /// </ul>
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<ConversationStatus>,
    /// Error description if status is FAILED
    #[serde(
        rename = "failReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fail_reason: ::std::option::Option<::std::string::String>,
    /// AI model configuration used
    #[serde(
        rename = "modelInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_info: ::std::option::Option<ConversationModelInfo>,
    /// Whether this conversation is shared with others
    #[serde(
        rename = "isShared",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_shared: ::std::option::Option<bool>,
    /// Shareable link if conversation is shared
    #[serde(
        rename = "shareLink",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_link: ::std::option::Option<::std::string::String>,
    /// Users this conversation is shared with
    #[serde(
        rename = "sharedWith",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shared_with: ::std::option::Option<::std::vec::Vec<ConversationSharedWithItem>>,
    /// Whether this conversation is archived
    #[serde(
        rename = "isArchived",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_archived: ::std::option::Option<bool>,
    /// User who archived this conversation
    #[serde(
        rename = "archivedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub archived_by: ::std::option::Option<::std::string::String>,
    /// Unix timestamp of last activity
    #[serde(
        rename = "lastActivityAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_activity_at: ::std::option::Option<i64>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<GetConversationByIdResponsePagination>,
}
crate::runtime::read_object! {
    GetConversationByIdResponse {
        id: "_id" optional,
        user_id: "userId" optional,
        org_id: "orgId" optional,
        title: "title" optional,
        initiator: "initiator" optional,
        messages: "messages" optional,
        status: "status" optional,
        fail_reason: "failReason" optional,
        model_info: "modelInfo" optional,
        is_shared: "isShared" optional,
        share_link: "shareLink" optional,
        shared_with: "sharedWith" optional,
        is_archived: "isArchived" optional,
        archived_by: "archivedBy" optional,
        last_activity_at: "lastActivityAt" optional,
        created_at: "createdAt" optional,
        updated_at: "updatedAt" optional,
        pagination: "pagination" optional,
    }
}
/// Inline schema at `/paths/~1conversations~1{conversationId}/delete/responses/200/content/application~1json/schema`.
pub type DeleteConversationByIdResponse = GenerateLoginOtpResponse;
/// Inline schema at `/paths/~1conversations~1{conversationId}~1unshare/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UnshareConversationBody {
    /// User IDs to remove access from
    #[serde(rename = "userIds")]
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::read_object! {
    UnshareConversationBody {
        user_ids: "userIds" required,
    }
}
/// Inline schema at `/paths/~1conversations~1{conversationId}~1title/patch/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateConversationTitleBody {
    /// New conversation title
    pub title: ::std::string::String,
}
crate::runtime::read_object! {
    UpdateConversationTitleBody {
        title: "title" required,
    }
}
/// Inline schema at `/paths/~1conversations~1{conversationId}~1message~1{messageId}~1regenerate/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RegenerateAnswerBody {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<Filters>,
    /// Override model for regeneration
    #[serde(
        rename = "modelKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_key: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "modelName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "chatMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chat_mode: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    RegenerateAnswerBody {
        filters: "filters" optional,
        model_key: "modelKey" optional,
        model_name: "modelName" optional,
        chat_mode: "chatMode" optional,
    }
}
/// Inline schema at `/paths/~1search/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SearchHistoryResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub results: ::std::option::Option<::std::vec::Vec<SearchResult>>,
    /// Total number of searches
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    SearchHistoryResponse {
        results: "results" optional,
        total: "total" optional,
        page: "page" optional,
        limit: "limit" optional,
    }
}
/// Inline schema at `/paths/~1search/delete/responses/200/content/application~1json/schema`.
pub type DeleteAllSearchHistoryResponse = GenerateLoginOtpResponse;
/// Inline schema at `/paths/~1search~1{searchId}~1unshare/patch/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UnshareSearchBody {
    #[serde(rename = "userIds")]
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::read_object! {
    UnshareSearchBody {
        user_ids: "userIds" required,
    }
}
/// Inline schema at `/paths/~1agents~1template/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateAgentTemplateBody {
    /// Template name
    pub name: ::std::string::String,
    /// What agents from this template do
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Template category
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
    /// Default system instructions
    #[serde(
        rename = "defaultSystemPrompt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_system_prompt: ::std::option::Option<::std::string::String>,
    /// Suggested tool keys
    #[serde(
        rename = "recommendedTools",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recommended_tools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON Schema for customization
    #[serde(
        rename = "configSchema",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub config_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Make template available organization-wide
    #[serde(
        rename = "isPublic",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_public: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    CreateAgentTemplateBody {
        name: "name" required,
        description: "description" optional,
        category: "category" optional,
        default_system_prompt: "defaultSystemPrompt" optional,
        recommended_tools: "recommendedTools" optional,
        config_schema: "configSchema" optional,
        is_public: "isPublic" optional,
    }
}
/// Inline schema at `/paths/~1agents~1template~1{templateId}/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateAgentTemplateBody {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "defaultSystemPrompt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_system_prompt: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "recommendedTools",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recommended_tools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "configSchema",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub config_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(
        rename = "isPublic",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_public: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    UpdateAgentTemplateBody {
        name: "name" optional,
        description: "description" optional,
        category: "category" optional,
        default_system_prompt: "defaultSystemPrompt" optional,
        recommended_tools: "recommendedTools" optional,
        config_schema: "configSchema" optional,
        is_public: "isPublic" optional,
    }
}
/// Inline schema at `/paths/~1agents~1create/post/requestBody/content/application~1json/schema/properties/llmConfig`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateAgentBodyLlmConfig {
    #[serde(
        rename = "modelKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_key: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub temperature: ::std::option::Option<f64>,
    #[serde(
        rename = "maxTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_tokens: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    CreateAgentBodyLlmConfig {
        model_key: "modelKey" optional,
        temperature: "temperature" optional,
        max_tokens: "maxTokens" optional,
    }
}
/// Inline schema at `/paths/~1agents~1create/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateAgentBody {
    /// Agent display name
    pub name: ::std::string::String,
    /// What the agent does
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// System instructions for the agent
    #[serde(
        rename = "systemPrompt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_prompt: ::std::option::Option<::std::string::String>,
    /// Tool keys the agent can use
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Knowledge base IDs to access
    #[serde(
        rename = "knowledgeBases",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub knowledge_bases: ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
    #[serde(
        rename = "llmConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub llm_config: ::std::option::Option<CreateAgentBodyLlmConfig>,
    /// Make agent available to all org users
    #[serde(
        rename = "isPublic",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_public: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    CreateAgentBody {
        name: "name" required,
        description: "description" optional,
        system_prompt: "systemPrompt" optional,
        tools: "tools" optional,
        knowledge_bases: "knowledgeBases" optional,
        llm_config: "llmConfig" optional,
        is_public: "isPublic" optional,
    }
}
/// Inline schema at `/paths/~1agents~1{agentKey}/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateAgentBody {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "systemPrompt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_prompt: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "knowledgeBases",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub knowledge_bases: ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
    #[serde(
        rename = "llmConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub llm_config: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(
        rename = "isPublic",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_public: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    UpdateAgentBody {
        name: "name" optional,
        description: "description" optional,
        system_prompt: "systemPrompt" optional,
        tools: "tools" optional,
        knowledge_bases: "knowledgeBases" optional,
        llm_config: "llmConfig" optional,
        is_public: "isPublic" optional,
    }
}
/// Inline schema at `/paths/~1agents~1{agentKey}~1permissions/get/responses/200/content/application~1json/schema/properties/sharedWith/items/properties/accessLevel`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetAgentPermissionsResponseSharedWithItemAccessLevel {
    /// `read`
    Read,
    /// `use`
    Use,
    /// `edit`
    Edit,
}
crate::runtime::string_enum! {
    GetAgentPermissionsResponseSharedWithItemAccessLevel {
        Read = "read",
        Use = "use",
        Edit = "edit",
    }
}
/// Inline schema at `/paths/~1agents~1{agentKey}~1permissions/get/responses/200/content/application~1json/schema/properties/sharedWith/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAgentPermissionsResponseSharedWithItem {
    #[serde(
        rename = "userId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "accessLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_level: ::std::option::Option<GetAgentPermissionsResponseSharedWithItemAccessLevel>,
}
crate::runtime::read_object! {
    GetAgentPermissionsResponseSharedWithItem {
        user_id: "userId" optional,
        access_level: "accessLevel" optional,
    }
}
/// Inline schema at `/paths/~1agents~1{agentKey}~1permissions/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAgentPermissionsResponse {
    #[serde(
        rename = "isPublic",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_public: ::std::option::Option<bool>,
    #[serde(
        rename = "sharedWith",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shared_with:
        ::std::option::Option<::std::vec::Vec<GetAgentPermissionsResponseSharedWithItem>>,
}
crate::runtime::read_object! {
    GetAgentPermissionsResponse {
        is_public: "isPublic" optional,
        shared_with: "sharedWith" optional,
    }
}
/// Inline schema at `/paths/~1agents~1{agentKey}~1permissions/put/requestBody/content/application~1json/schema`.
pub type UpdateAgentPermissionsBody = GetAgentPermissionsResponse;
/// Inline schema at `/paths/~1agents~1{agentKey}~1unshare/post/requestBody/content/application~1json/schema`.
pub type UnshareAgentBody = UnshareSearchBody;
/// Inline schema at `/paths/~1agents~1{agentKey}~1conversations~1{conversationId}~1message~1{messageId}~1regenerate/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct RegenerateAgentAnswerBody {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<Filters>,
    #[serde(
        rename = "modelKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_key: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "chatMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chat_mode: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    RegenerateAgentAnswerBody {
        filters: "filters" optional,
        model_key: "modelKey" optional,
        chat_mode: "chatMode" optional,
    }
}
/// Inline schema at `/paths/~1connectors~1registry/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetConnectorRegistryResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connectors: ::std::option::Option<::std::vec::Vec<ConnectorType>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<ConnectorPagination>,
}
crate::runtime::read_object! {
    GetConnectorRegistryResponse {
        success: "success" optional,
        connectors: "connectors" optional,
        pagination: "pagination" optional,
    }
}
/// Inline schema at `/paths/~1connectors~1registry~1{connectorType}~1schema/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetConnectorSchemaResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub schema: ::std::option::Option<ConnectorSchema>,
}
crate::runtime::read_object! {
    GetConnectorSchemaResponse {
        success: "success" optional,
        schema: "schema" optional,
    }
}
/// Inline schema at `/paths/~1connectors/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListConnectorInstancesResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connectors: ::std::option::Option<::std::vec::Vec<ConnectorInstance>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<ConnectorPagination>,
}
crate::runtime::read_object! {
    ListConnectorInstancesResponse {
        success: "success" optional,
        connectors: "connectors" optional,
        pagination: "pagination" optional,
    }
}
/// Inline schema at `/paths/~1connectors/post/responses/201/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateConnectorInstanceResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connector: ::std::option::Option<ConnectorInstance>,
}
crate::runtime::read_object! {
    CreateConnectorInstanceResponse {
        success: "success" optional,
        connector: "connector" optional,
    }
}
/// Inline schema at `/paths/~1connectors~1active/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListActiveConnectorsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connectors: ::std::option::Option<::std::vec::Vec<ConnectorInstance>>,
}
crate::runtime::read_object! {
    ListActiveConnectorsResponse {
        success: "success" optional,
        connectors: "connectors" optional,
    }
}
/// Inline schema at `/paths/~1connectors~1inactive/get/responses/200/content/application~1json/schema`.
pub type ListInactiveConnectorsResponse = ListActiveConnectorsResponse;
/// Inline schema at `/paths/~1connectors~1configured/get/responses/200/content/application~1json/schema`.
pub type ListConfiguredConnectorsResponse = ListConnectorInstancesResponse;
/// Inline schema at `/paths/~1connectors~1agents~1active/get/responses/200/content/application~1json/schema`.
pub type ListActiveAgentConnectorsResponse = ListConnectorInstancesResponse;
/// Inline schema at `/paths/~1connectors~1{connectorId}/get/responses/200/content/application~1json/schema`.
pub type GetConnectorInstanceResponse = CreateConnectorInstanceResponse;
/// Inline schema at `/paths/~1connectors~1{connectorId}/delete/responses/200/content/application~1json/schema`.
pub type DeleteConnectorInstanceResponse = RemoveUserDisplayPictureResponse;
/// Inline schema at `/paths/~1connectors~1{connectorId}~1name/put/responses/200/content/application~1json/schema`.
pub type UpdateConnectorNameResponse = CreateConnectorInstanceResponse;
/// Inline schema at `/paths/~1connectors~1{connectorId}~1config/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetConnectorConfigResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config: ::std::option::Option<ConnectorConfig>,
}
crate::runtime::read_object! {
    GetConnectorConfigResponse {
        success: "success" optional,
        config: "config" optional,
    }
}
/// Inline schema at `/paths/~1connectors~1{connectorId}~1config/put/responses/200/content/application~1json/schema`.
pub type UpdateConnectorConfigResponse = GetConnectorConfigResponse;
/// Inline schema at `/paths/~1connectors~1{connectorId}~1config~1auth/put/responses/200/content/application~1json/schema`.
pub type UpdateConnectorAuthConfigResponse = GetConnectorConfigResponse;
/// Inline schema at `/paths/~1connectors~1{connectorId}~1config~1filters-sync/put/responses/200/content/application~1json/schema`.
pub type UpdateConnectorFiltersSyncConfigResponse = GetConnectorConfigResponse;
/// Inline schema at `/paths/~1connectors~1{connectorId}~1toggle/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ToggleConnectorResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connector: ::std::option::Option<ConnectorInstance>,
}
crate::runtime::read_object! {
    ToggleConnectorResponse {
        success: "success" optional,
        message: "message" optional,
        connector: "connector" optional,
    }
}
/// Inline schema at `/paths/~1connectors~1getTokenFromCode/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetTokenFromCodeBody {
    /// Authorization code from Google OAuth consent flow
    pub code: ::std::string::String,
}
crate::runtime::read_object! {
    GetTokenFromCodeBody {
        code: "code" required,
    }
}
/// Inline schema at `/paths/~1connectors~1getTokenFromCode/post/responses/200/content/application~1json/schema`.
pub type GetTokenFromCodeResponse = RemoveUserDisplayPictureResponse;
/// Inline schema at `/paths/~1connectors~1{connectorId}~1oauth~1authorize/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetOAuthAuthorizationUrlResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    /// Redirect user to this URL
    #[serde(
        rename = "authorizationUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorization_url: ::std::option::Option<::std::string::String>,
    /// State parameter for validation
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    GetOAuthAuthorizationUrlResponse {
        success: "success" optional,
        authorization_url: "authorizationUrl" optional,
        state: "state" optional,
    }
}
/// Inline schema at `/paths/~1connectors~1{connectorId}~1filters/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetConnectorFiltersResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(
        rename = "filterOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_options: ::std::option::Option<FilterOptions>,
}
crate::runtime::read_object! {
    GetConnectorFiltersResponse {
        success: "success" optional,
        filter_options: "filterOptions" optional,
    }
}
/// Inline schema at `/paths/~1connectors~1{connectorId}~1filters/post/responses/200/content/application~1json/schema`.
pub type SaveConnectorFiltersResponse = RemoveUserDisplayPictureResponse;
/// Inline schema at `/paths/~1connectors~1{connectorId}~1filters~1{filterKey}~1options/get/responses/200/content/application~1json/schema/properties/pagination`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetFilterFieldOptionsResponsePagination {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    #[serde(
        rename = "hasMore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub has_more: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    GetFilterFieldOptionsResponsePagination {
        page: "page" optional,
        limit: "limit" optional,
        has_more: "hasMore" optional,
        cursor: "cursor" optional,
    }
}
/// Inline schema at `/paths/~1connectors~1{connectorId}~1filters~1{filterKey}~1options/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetFilterFieldOptionsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub options: ::std::option::Option<::std::vec::Vec<FilterOptionsFiltersItemOptionsItem>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<GetFilterFieldOptionsResponsePagination>,
}
crate::runtime::read_object! {
    GetFilterFieldOptionsResponse {
        success: "success" optional,
        options: "options" optional,
        pagination: "pagination" optional,
    }
}
/// Inline schema at `/paths/~1oauth~1registry/get/responses/200/content/application~1json/schema`.
pub type GetOAuthRegistryResponse = GetConnectorRegistryResponse;
/// Inline schema at `/paths/~1oauth~1registry~1{connectorType}/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetOAuthConnectorTypeResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connector: ::std::option::Option<ConnectorType>,
}
crate::runtime::read_object! {
    GetOAuthConnectorTypeResponse {
        success: "success" optional,
        connector: "connector" optional,
    }
}
/// Inline schema at `/paths/~1oauth/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListOAuthConfigsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(
        rename = "oauthConfigs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oauth_configs: ::std::option::Option<::std::vec::Vec<OAuthConfig>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pagination: ::std::option::Option<ConnectorPagination>,
}
crate::runtime::read_object! {
    ListOAuthConfigsResponse {
        success: "success" optional,
        oauth_configs: "oauthConfigs" optional,
        pagination: "pagination" optional,
    }
}
/// Inline schema at `/paths/~1oauth~1{connectorType}/get/responses/200/content/application~1json/schema`.
pub type ListOAuthConfigsByTypeResponse = ListOAuthConfigsResponse;
/// Inline schema at `/paths/~1oauth~1{connectorType}/post/responses/201/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CreateOAuthConfigResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(
        rename = "oauthConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oauth_config: ::std::option::Option<OAuthConfig>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    CreateOAuthConfigResponse {
        success: "success" optional,
        oauth_config: "oauthConfig" optional,
        message: "message" optional,
    }
}
/// Inline schema at `/paths/~1oauth~1{connectorType}~1{configId}/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetOAuthConfigResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(
        rename = "oauthConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oauth_config: ::std::option::Option<OAuthConfig>,
}
crate::runtime::read_object! {
    GetOAuthConfigResponse {
        success: "success" optional,
        oauth_config: "oauthConfig" optional,
    }
}
/// Inline schema at `/paths/~1oauth~1{connectorType}~1{configId}/put/requestBody/content/application~1json/schema/properties/config`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateOAuthConfigBodyConfig {
    #[serde(
        rename = "clientId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "clientSecret",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_secret: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "tenantId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    UpdateOAuthConfigBodyConfig {
        client_id: "clientId" optional,
        client_secret: "clientSecret" optional,
        tenant_id: "tenantId" optional,
    }
}
/// Inline schema at `/paths/~1oauth~1{connectorType}~1{configId}/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateOAuthConfigBody {
    #[serde(
        rename = "oauthInstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oauth_instance_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config: ::std::option::Option<UpdateOAuthConfigBodyConfig>,
}
crate::runtime::read_object! {
    UpdateOAuthConfigBody {
        oauth_instance_name: "oauthInstanceName" optional,
        config: "config" optional,
    }
}
/// Inline schema at `/paths/~1oauth~1{connectorType}~1{configId}/put/responses/200/content/application~1json/schema`.
pub type UpdateOAuthConfigResponse = GetOAuthConfigResponse;
/// Inline schema at `/paths/~1oauth~1{connectorType}~1{configId}/delete/responses/200/content/application~1json/schema`.
pub type DeleteOAuthConfigResponse = RemoveUserDisplayPictureResponse;
/// Storage type identifier
///
/// Inline schema at `/paths/~1configurationManager~1storageConfig#local/post/requestBody/content/application~1json/schema/properties/storageType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateLocalStorageConfigBodyStorageType {
    /// `local`
    Local,
}
crate::runtime::string_enum! {
    CreateLocalStorageConfigBodyStorageType {
        Local = "local",
    }
}
/// Inline schema at `/paths/~1configurationManager~1storageConfig#local/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CreateLocalStorageConfigBody {
    /// Storage type identifier
    #[serde(rename = "storageType")]
    pub storage_type: CreateLocalStorageConfigBodyStorageType,
    /// Mount point name for local storage directory
    #[serde(
        rename = "mountName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_name: ::std::option::Option<::std::string::String>,
    /// Base URL for accessing locally stored files
    #[serde(
        rename = "baseUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    CreateLocalStorageConfigBody {
        storage_type: "storageType" required,
        mount_name: "mountName" optional,
        base_url: "baseUrl" optional,
    }
}
/// Storage type identifier
///
/// Inline schema at `/paths/~1configurationManager~1storageConfig#s3/post/requestBody/content/application~1json/schema/properties/storageType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateS3StorageConfigBodyStorageType {
    /// `s3`
    S3,
}
crate::runtime::string_enum! {
    CreateS3StorageConfigBodyStorageType {
        S3 = "s3",
    }
}
/// Inline schema at `/paths/~1configurationManager~1storageConfig#s3/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CreateS3StorageConfigBody {
    /// Storage type identifier
    #[serde(rename = "storageType")]
    pub storage_type: CreateS3StorageConfigBodyStorageType,
    /// AWS IAM access key ID with S3 permissions
    #[serde(rename = "s3AccessKeyId")]
    pub s3_access_key_id: ::std::string::String,
    /// AWS IAM secret access key
    #[serde(rename = "s3SecretAccessKey")]
    pub s3_secret_access_key: ::std::string::String,
    /// AWS region where the S3 bucket is located
    #[serde(rename = "s3Region")]
    pub s3_region: ::std::string::String,
    /// Name of the S3 bucket for storing files
    #[serde(rename = "s3BucketName")]
    pub s3_bucket_name: ::std::string::String,
}
crate::runtime::read_object! {
    CreateS3StorageConfigBody {
        storage_type: "storageType" required,
        s3_access_key_id: "s3AccessKeyId" required,
        s3_secret_access_key: "s3SecretAccessKey" required,
        s3_region: "s3Region" required,
        s3_bucket_name: "s3BucketName" required,
    }
}
/// Storage type identifier
///
/// Inline schema at `/paths/~1configurationManager~1storageConfig#azureBlob/post/requestBody/content/application~1json/schema/properties/storageType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateAzureBlobStorageConfigBodyStorageType {
    /// `azureBlob`
    AzureBlob,
}
crate::runtime::string_enum! {
    CreateAzureBlobStorageConfigBodyStorageType {
        AzureBlob = "azureBlob",
    }
}
/// Inline schema at `/paths/~1configurationManager~1storageConfig#azureBlob/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CreateAzureBlobStorageConfigBody {
    /// Storage type identifier
    #[serde(rename = "storageType")]
    pub storage_type: CreateAzureBlobStorageConfigBodyStorageType,
    /// Azure Blob container name for storing files
    #[serde(rename = "containerName")]
    pub container_name: ::std::string::String,
    /// Full Azure Blob connection string. If provided, accountName and accountKey are not required.
    #[serde(
        rename = "azureBlobConnectionString",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub azure_blob_connection_string: ::std::option::Option<::std::string::String>,
    /// Azure storage account name. Required if not using connection string.
    #[serde(
        rename = "accountName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_name: ::std::option::Option<::std::string::String>,
    /// Azure storage account access key. Required if not using connection string.
    #[serde(
        rename = "accountKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_key: ::std::option::Option<::std::string::String>,
    /// Protocol for Azure Blob endpoint
    #[serde(
        rename = "endpointProtocol",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub endpoint_protocol: ::std::option::Option<::std::string::String>,
    /// Azure endpoint suffix
    #[serde(
        rename = "endpointSuffix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub endpoint_suffix: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    CreateAzureBlobStorageConfigBody {
        storage_type: "storageType" required,
        container_name: "containerName" required,
        azure_blob_connection_string: "azureBlobConnectionString" optional,
        account_name: "accountName" optional,
        account_key: "accountKey" optional,
        endpoint_protocol: "endpointProtocol" optional,
        endpoint_suffix: "endpointSuffix" optional,
    }
}
/// Currently configured storage type
///
/// Inline schema at `/paths/~1configurationManager~1storageConfig/get/responses/200/content/application~1json/schema/properties/storageType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetStorageConfigResponseStorageType {
    /// `local`
    Local,
    /// `s3`
    S3,
    /// `azureBlob`
    AzureBlob,
}
crate::runtime::string_enum! {
    GetStorageConfigResponseStorageType {
        Local = "local",
        S3 = "s3",
        AzureBlob = "azureBlob",
    }
}
/// Inline schema at `/paths/~1configurationManager~1storageConfig/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetStorageConfigResponse {
    /// Currently configured storage type
    #[serde(
        rename = "storageType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_type: ::std::option::Option<GetStorageConfigResponseStorageType>,
    /// Mount point name (Local)
    #[serde(
        rename = "mountName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_name: ::std::option::Option<::std::string::String>,
    /// Base URL for files (Local)
    #[serde(
        rename = "baseUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_url: ::std::option::Option<::std::string::String>,
    /// AWS access key ID (S3)
    #[serde(
        rename = "accessKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_key_id: ::std::option::Option<::std::string::String>,
    /// AWS secret access key (S3)
    #[serde(
        rename = "secretAccessKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_access_key: ::std::option::Option<::std::string::String>,
    /// AWS region (S3)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub region: ::std::option::Option<::std::string::String>,
    /// S3 bucket name (S3)
    #[serde(
        rename = "bucketName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bucket_name: ::std::option::Option<::std::string::String>,
    /// Container name (Azure Blob)
    #[serde(
        rename = "containerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_name: ::std::option::Option<::std::string::String>,
    /// Storage account name (Azure Blob)
    #[serde(
        rename = "accountName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_name: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    GetStorageConfigResponse {
        storage_type: "storageType" optional,
        mount_name: "mountName" optional,
        base_url: "baseUrl" optional,
        access_key_id: "accessKeyId" optional,
        secret_access_key: "secretAccessKey" optional,
        region: "region" optional,
        bucket_name: "bucketName" optional,
        container_name: "containerName" optional,
        account_name: "accountName" optional,
    }
}
/// Inline schema at `/paths/~1configurationManager~1ai-models~1{modelType}/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetModelsByTypeResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub models: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
}
crate::runtime::read_object! {
    GetModelsByTypeResponse {
        models: "models" optional,
    }
}
/// Inline schema at `/paths/~1configurationManager~1ai-models~1available~1{modelType}/get/responses/200/content/application~1json/schema/properties/models/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAvailableModelsByTypeResponseModelsItem {
    #[serde(
        rename = "modelKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_key: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub provider: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "isDefault",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_default: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    GetAvailableModelsByTypeResponseModelsItem {
        model_key: "modelKey" optional,
        provider: "provider" optional,
        model: "model" optional,
        is_default: "isDefault" optional,
    }
}
/// Inline schema at `/paths/~1configurationManager~1ai-models~1available~1{modelType}/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAvailableModelsByTypeResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub models: ::std::option::Option<::std::vec::Vec<GetAvailableModelsByTypeResponseModelsItem>>,
}
crate::runtime::read_object! {
    GetAvailableModelsByTypeResponse {
        models: "models" optional,
    }
}
/// Type: 'business' for service account, 'individual' for user OAuth
///
/// Inline schema at `/paths/~1configurationManager~1connectors~1googleWorkspaceCredentials/post/requestBody/content/multipart~1form-data/schema/properties/userType`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateGoogleWorkspaceCredentialsUserType {
    /// `individual`
    Individual,
    /// `business`
    Business,
}
crate::runtime::string_enum! {
    CreateGoogleWorkspaceCredentialsUserType {
        Individual = "individual",
        Business = "business",
    }
}
/// Inline schema at `/paths/~1configurationManager~1platform~1settings/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SetPlatformSettingsBody {
    /// Maximum file upload size in bytes
    #[serde(rename = "fileUploadMaxSizeBytes")]
    pub file_upload_max_size_bytes: i64,
    /// Key-value map of feature flags. Set to true to enable, false to disable.
    #[serde(rename = "featureFlags")]
    pub feature_flags: ::std::collections::BTreeMap<::std::string::String, bool>,
}
crate::runtime::read_object! {
    SetPlatformSettingsBody {
        file_upload_max_size_bytes: "fileUploadMaxSizeBytes" required,
        feature_flags: "featureFlags" required,
    }
}
/// Inline schema at `/paths/~1configurationManager~1platform~1feature-flags~1available/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAvailableFeatureFlagsResponse {
    #[serde(
        rename = "featureFlags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub feature_flags: ::std::option::Option<::std::vec::Vec<FeatureFlag>>,
}
crate::runtime::read_object! {
    GetAvailableFeatureFlagsResponse {
        feature_flags: "featureFlags" optional,
    }
}
/// Inline schema at `/paths/~1configurationManager~1metricsCollection~1toggle/put/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ToggleMetricsCollectionBody {
    /// Set to true to enable metrics collection, false to disable
    #[serde(rename = "enableMetricCollection")]
    pub enable_metric_collection: bool,
}
crate::runtime::read_object! {
    ToggleMetricsCollectionBody {
        enable_metric_collection: "enableMetricCollection" required,
    }
}
/// Inline schema at `/paths/~1configurationManager~1metricsCollection~1toggle/put/responses/200/content/application~1json/schema`.
pub type ToggleMetricsCollectionResponse = GenerateLoginOtpResponse;
/// Inline schema at `/paths/~1configurationManager~1metricsCollection~1pushInterval/patch/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SetMetricsPushIntervalBody {
    /// Push interval in milliseconds (minimum 1000ms)
    #[serde(rename = "pushIntervalMs")]
    pub push_interval_ms: i64,
}
crate::runtime::read_object! {
    SetMetricsPushIntervalBody {
        push_interval_ms: "pushIntervalMs" required,
    }
}
/// Inline schema at `/paths/~1configurationManager~1metricsCollection~1pushInterval/patch/responses/200/content/application~1json/schema`.
pub type SetMetricsPushIntervalResponse = GenerateLoginOtpResponse;
/// Inline schema at `/paths/~1configurationManager~1metricsCollection~1serverUrl/patch/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SetMetricsServerUrlBody {
    /// Full URL of the metrics collection server
    #[serde(rename = "serverUrl")]
    pub server_url: ::std::string::String,
}
crate::runtime::read_object! {
    SetMetricsServerUrlBody {
        server_url: "serverUrl" required,
    }
}
/// Inline schema at `/paths/~1configurationManager~1metricsCollection~1serverUrl/patch/responses/200/content/application~1json/schema`.
pub type SetMetricsServerUrlResponse = GenerateLoginOtpResponse;
/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1schedule/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetCrawlingJobStatusResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<JobStatus>,
}
crate::runtime::read_object! {
    GetCrawlingJobStatusResponse {
        success: "success" optional,
        message: "message" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1schedule/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ScheduleCrawlingJobBody {
    #[serde(rename = "scheduleConfig")]
    pub schedule_config: ScheduleConfig,
    /// Job priority (1=highest, 10=lowest). Higher priority jobs are processed first.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub priority: ::std::option::Option<i64>,
    /// Maximum number of retry attempts on failure
    #[serde(
        rename = "maxRetries",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_retries: ::std::option::Option<i64>,
    /// Job timeout in milliseconds (default 5 minutes)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timeout: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    ScheduleCrawlingJobBody {
        schedule_config: "scheduleConfig" required,
        priority: "priority" optional,
        max_retries: "maxRetries" optional,
        timeout: "timeout" optional,
    }
}
/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1schedule/post/responses/201/content/application~1json/schema/properties/data`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ScheduleCrawlingJobResponseData {
    /// Unique job ID assigned by BullMQ
    #[serde(
        rename = "jobId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connector: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "connectorId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connector_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "scheduleConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub schedule_config: ::std::option::Option<ScheduleConfig>,
    #[serde(
        rename = "scheduledAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduled_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    ScheduleCrawlingJobResponseData {
        job_id: "jobId" optional,
        connector: "connector" optional,
        connector_id: "connectorId" optional,
        schedule_config: "scheduleConfig" optional,
        scheduled_at: "scheduledAt" optional,
    }
}
/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1schedule/post/responses/201/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ScheduleCrawlingJobResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<ScheduleCrawlingJobResponseData>,
}
crate::runtime::read_object! {
    ScheduleCrawlingJobResponse {
        success: "success" optional,
        message: "message" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1remove/delete/responses/200/content/application~1json/schema`.
pub type RemoveCrawlingJobResponse = RemoveUserDisplayPictureResponse;
/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1pause/post/responses/200/content/application~1json/schema/properties/data`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PauseCrawlingJobResponseData {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connector: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "orgId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "pausedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub paused_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    PauseCrawlingJobResponseData {
        connector: "connector" optional,
        org_id: "orgId" optional,
        paused_at: "pausedAt" optional,
    }
}
/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1pause/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PauseCrawlingJobResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<PauseCrawlingJobResponseData>,
}
crate::runtime::read_object! {
    PauseCrawlingJobResponse {
        success: "success" optional,
        message: "message" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1resume/post/responses/200/content/application~1json/schema/properties/data`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ResumeCrawlingJobResponseData {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connector: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "orgId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "resumedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resumed_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::read_object! {
    ResumeCrawlingJobResponseData {
        connector: "connector" optional,
        org_id: "orgId" optional,
        resumed_at: "resumedAt" optional,
    }
}
/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1resume/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ResumeCrawlingJobResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<ResumeCrawlingJobResponseData>,
}
crate::runtime::read_object! {
    ResumeCrawlingJobResponse {
        success: "success" optional,
        message: "message" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1crawlingManager~1schedule~1all/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetAllCrawlingJobStatusResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::vec::Vec<JobStatus>>,
}
crate::runtime::read_object! {
    GetAllCrawlingJobStatusResponse {
        success: "success" optional,
        message: "message" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1crawlingManager~1schedule~1all/delete/responses/200/content/application~1json/schema`.
pub type RemoveAllCrawlingJobsResponse = RemoveUserDisplayPictureResponse;
/// Inline schema at `/paths/~1crawlingManager~1stats/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetQueueStatsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<QueueStats>,
}
crate::runtime::read_object! {
    GetQueueStatsResponse {
        success: "success" optional,
        message: "message" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1mail~1emails~1sendEmail/post/responses/200/content/application~1json/schema/properties/data`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SendEmailResponseData {
    /// Whether the email was sent successfully
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<bool>,
    /// Success message
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    SendEmailResponseData {
        status: "status" optional,
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1mail~1emails~1sendEmail/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SendEmailResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<SendEmailResponseData>,
}
crate::runtime::read_object! {
    SendEmailResponse {
        data: "data" optional,
    }
}
/// Inline schema at `/paths/~1mail~1emails~1sendEmail/post/responses/400/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SendEmailResponse400 {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    SendEmailResponse400 {
        error: "error" optional,
    }
}
/// Inline schema at `/paths/~1mail~1emails~1sendEmail/post/responses/404/content/application~1json/schema`.
pub type SendEmailResponse404 = SendEmailResponse400;
/// Inline schema at `/paths/~1mail~1emails~1sendEmail/post/responses/500/content/application~1json/schema`.
pub type SendEmailResponse500 = SendEmailResponse400;
/// Inline schema at `/paths/~1mail~1updateSmtpConfig/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UpdateSmtpConfigResponse {
    /// Success message
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub smtp: ::std::option::Option<SmtpConfig>,
}
crate::runtime::read_object! {
    UpdateSmtpConfigResponse {
        message: "message" optional,
        smtp: "smtp" optional,
    }
}
/// Inline schema at `/paths/~1query~1health/get/responses/200/content/application~1json/schema/properties/status`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QueryServiceHealthResponseStatus {
    /// `healthy`
    Healthy,
}
crate::runtime::string_enum! {
    QueryServiceHealthResponseStatus {
        Healthy = "healthy",
    }
}
/// Inline schema at `/paths/~1query~1health/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct QueryServiceHealthResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<QueryServiceHealthResponseStatus>,
    /// Unix timestamp in milliseconds
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    QueryServiceHealthResponse {
        status: "status" optional,
        timestamp: "timestamp" optional,
    }
}
/// Inline schema at `/paths/~1query~1health/get/responses/500/content/application~1json/schema/properties/status`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QueryServiceHealthResponse500Status {
    /// `fail`
    Fail,
}
crate::runtime::string_enum! {
    QueryServiceHealthResponse500Status {
        Fail = "fail",
    }
}
/// Inline schema at `/paths/~1query~1health/get/responses/500/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct QueryServiceHealthResponse500 {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<QueryServiceHealthResponse500Status>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    QueryServiceHealthResponse500 {
        status: "status" optional,
        error: "error" optional,
        timestamp: "timestamp" optional,
    }
}
/// Optional filters (e.g., kb IDs)
///
/// Inline schema at `/paths/~1query~1api~1v1~1search/post/requestBody/content/application~1json/schema/properties/filters`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct QueryServiceSearchBodyFilters {
    /// Knowledge base IDs to filter
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kb: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::read_object! {
    QueryServiceSearchBodyFilters {
        kb: "kb" optional,
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1search/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct QueryServiceSearchBody {
    /// Search query text
    pub query: ::std::string::String,
    /// Maximum number of results
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    /// Optional filters (e.g., kb IDs)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<QueryServiceSearchBodyFilters>,
}
crate::runtime::read_object! {
    QueryServiceSearchBody {
        query: "query" required,
        limit: "limit" optional,
        filters: "filters" optional,
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1search/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct QueryServiceSearchResponse {
    #[serde(
        rename = "searchResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub search_results: ::std::option::Option<
        ::std::vec::Vec<::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status_code: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    QueryServiceSearchResponse {
        search_results: "searchResults" optional,
        status_code: "status_code" optional,
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1chat/post/requestBody/content/application~1json/schema/properties/previousConversations/items/properties/role`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QueryServiceChatBodyPreviousConversationsItemRole {
    /// `user_query`
    UserQuery,
    /// `bot_response`
    BotResponse,
}
crate::runtime::string_enum! {
    QueryServiceChatBodyPreviousConversationsItemRole {
        UserQuery = "user_query",
        BotResponse = "bot_response",
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1chat/post/requestBody/content/application~1json/schema/properties/previousConversations/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct QueryServiceChatBodyPreviousConversationsItem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role: ::std::option::Option<QueryServiceChatBodyPreviousConversationsItemRole>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    QueryServiceChatBodyPreviousConversationsItem {
        role: "role" optional,
        content: "content" optional,
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1chat/post/requestBody/content/application~1json/schema/properties/retrievalMode`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QueryServiceChatBodyRetrievalMode {
    /// `HYBRID`
    Hybrid,
    /// `VECTOR`
    Vector,
    /// `KEYWORD`
    Keyword,
}
crate::runtime::string_enum! {
    QueryServiceChatBodyRetrievalMode {
        Hybrid = "HYBRID",
        Vector = "VECTOR",
        Keyword = "KEYWORD",
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1chat/post/requestBody/content/application~1json/schema/properties/chatMode`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QueryServiceChatBodyChatMode {
    /// `quick`
    Quick,
    /// `analysis`
    Analysis,
    /// `deep_research`
    DeepResearch,
    /// `creative`
    Creative,
    /// `precise`
    Precise,
    /// `standard`
    Standard,
}
crate::runtime::string_enum! {
    QueryServiceChatBodyChatMode {
        Quick = "quick",
        Analysis = "analysis",
        DeepResearch = "deep_research",
        Creative = "creative",
        Precise = "precise",
        Standard = "standard",
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1chat/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct QueryServiceChatBody {
    /// User's question
    pub query: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    #[serde(
        rename = "previousConversations",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub previous_conversations:
        ::std::option::Option<::std::vec::Vec<QueryServiceChatBodyPreviousConversationsItem>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(
        rename = "retrievalMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retrieval_mode: ::std::option::Option<QueryServiceChatBodyRetrievalMode>,
    #[serde(
        rename = "quickMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quick_mode: ::std::option::Option<bool>,
    /// UUID of the model configuration
    #[serde(
        rename = "modelKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_key: ::std::option::Option<::std::string::String>,
    /// Model name (e.g., gpt-4o-mini, claude-3-5-sonnet)
    #[serde(
        rename = "modelName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "chatMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chat_mode: ::std::option::Option<QueryServiceChatBodyChatMode>,
}
crate::runtime::read_object! {
    QueryServiceChatBody {
        query: "query" required,
        limit: "limit" optional,
        previous_conversations: "previousConversations" optional,
        filters: "filters" optional,
        retrieval_mode: "retrievalMode" optional,
        quick_mode: "quickMode" optional,
        model_key: "modelKey" optional,
        model_name: "modelName" optional,
        chat_mode: "chatMode" optional,
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1health-check~1{model_type}/post/parameters/0/schema`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QueryServiceHealthCheckModelType {
    /// `llm`
    Llm,
    /// `embedding`
    Embedding,
}
crate::runtime::string_enum! {
    QueryServiceHealthCheckModelType {
        Llm = "llm",
        Embedding = "embedding",
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1health-check~1{model_type}/post/requestBody/content/application~1json/schema/properties/configuration`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct QueryServiceHealthCheckBodyConfiguration {
    /// Model name(s), comma-separated
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "apiKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub api_key: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    QueryServiceHealthCheckBodyConfiguration {
        model: "model" optional,
        api_key: "apiKey" optional,
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1health-check~1{model_type}/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct QueryServiceHealthCheckBody {
    /// Model provider (openai, anthropic, ollama, etc.)
    pub provider: ::std::string::String,
    pub configuration: QueryServiceHealthCheckBodyConfiguration,
    /// Whether model supports vision/images
    #[serde(
        rename = "isMultimodal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_multimodal: ::std::option::Option<bool>,
}
crate::runtime::read_object! {
    QueryServiceHealthCheckBody {
        provider: "provider" required,
        configuration: "configuration" required,
        is_multimodal: "isMultimodal" optional,
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1health-check~1{model_type}/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct QueryServiceHealthCheckResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<QueryServiceHealthResponseStatus>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    QueryServiceHealthCheckResponse {
        status: "status" optional,
        message: "message" optional,
        timestamp: "timestamp" optional,
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1health-check~1{model_type}/post/responses/500/content/application~1json/schema/properties/status`.
///
/// Values the spec does not list are refused when decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QueryServiceHealthCheckResponse500Status {
    /// `error`
    Error,
    /// `not healthy`
    NotHealthy,
}
crate::runtime::string_enum! {
    QueryServiceHealthCheckResponse500Status {
        Error = "error",
        NotHealthy = "not healthy",
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1health-check~1{model_type}/post/responses/500/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct QueryServiceHealthCheckResponse500 {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<QueryServiceHealthCheckResponse500Status>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::read_object! {
    QueryServiceHealthCheckResponse500 {
        status: "status" optional,
        message: "message" optional,
        details: "details" optional,
    }
}
/// Inline schema at `/paths/~1query~1api~1v1~1tools/get/responses/200/content/application~1json/schema/items`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct QueryListToolsResponseItem {
    /// Tool name identifier
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Human-readable tool description
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Tool parameter definitions
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub parameters: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Tool categorization tags
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::read_object! {
    QueryListToolsResponseItem {
        name: "name" optional,
        description: "description" optional,
        parameters: "parameters" optional,
        tags: "tags" optional,
    }
}
/// Inline schema at `/paths/~1indexing~1health/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct IndexingServiceHealthResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<QueryServiceHealthResponseStatus>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    IndexingServiceHealthResponse {
        status: "status" optional,
        timestamp: "timestamp" optional,
    }
}
/// Inline schema at `/paths/~1connector~1health/get/responses/200/content/application~1json/schema`.
pub type ConnectorServiceHealthResponse = IndexingServiceHealthResponse;
/// Inline schema at `/paths/~1connector~1api~1v1~1record~1buffer~1convert/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorConvertRecordBufferBody {
    /// Base64 encoded file content
    pub buffer: ::std::string::String,
    /// Target format (e.g., 'text', 'markdown')
    #[serde(rename = "convertTo")]
    pub convert_to: ::std::string::String,
    /// Original MIME type of the file
    #[serde(
        rename = "mimeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mime_type: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    ConnectorConvertRecordBufferBody {
        buffer: "buffer" required,
        convert_to: "convertTo" required,
        mime_type: "mimeType" optional,
    }
}
/// Inline schema at `/paths/~1connector~1api~1v1~1stats/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorGetStatsResponse {
    /// Total number of records
    #[serde(
        rename = "totalRecords",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_records: ::std::option::Option<i64>,
    /// Number of successfully indexed records
    #[serde(
        rename = "indexedRecords",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub indexed_records: ::std::option::Option<i64>,
    /// Number of failed records
    #[serde(
        rename = "failedRecords",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub failed_records: ::std::option::Option<i64>,
    /// Number of pending records
    #[serde(
        rename = "pendingRecords",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pending_records: ::std::option::Option<i64>,
    /// Last sync timestamp
    #[serde(
        rename = "lastSyncTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_sync_timestamp: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    ConnectorGetStatsResponse {
        total_records: "totalRecords" optional,
        indexed_records: "indexedRecords" optional,
        failed_records: "failedRecords" optional,
        pending_records: "pendingRecords" optional,
        last_sync_timestamp: "lastSyncTimestamp" optional,
    }
}
/// Inline schema at `/paths/~1connector~1api~1v1~1records~1reindex-failed/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorReindexFailedRecordsBody {
    /// Connector name to reindex failed records for
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connector: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    ConnectorReindexFailedRecordsBody {
        connector: "connector" optional,
    }
}
/// Inline schema at `/paths/~1connector~1api~1v1~1records~1reindex-failed/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorReindexFailedRecordsResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Number of records queued for reindexing
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    ConnectorReindexFailedRecordsResponse {
        success: "success" optional,
        message: "message" optional,
        count: "count" optional,
    }
}
/// Inline schema at `/paths/~1connector~1api~1v1~1{org_id}~1{user_id}~1{connector}~1record~1{record_id}~1signedUrl/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ConnectorGetSignedUrlResponse {
    /// Temporary signed URL for file access
    #[serde(
        rename = "signedUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub signed_url: ::std::option::Option<::std::string::String>,
    /// URL expiration timestamp
    #[serde(
        rename = "expiresAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expires_at: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    ConnectorGetSignedUrlResponse {
        signed_url: "signedUrl" optional,
        expires_at: "expiresAt" optional,
    }
}
/// Inline schema at `/paths/~1docling~1health/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DoclingServiceHealthResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<QueryServiceHealthResponseStatus>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DoclingServiceHealthResponse {
        status: "status" optional,
        service: "service" optional,
    }
}
/// Inline schema at `/paths/~1docling~1process-pdf/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DoclingProcessPdfBody {
    /// Name/identifier of the document
    pub record_name: ::std::string::String,
    /// Base64 encoded PDF binary data
    pub pdf_binary: ::std::string::String,
    /// Organization ID (optional)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub org_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DoclingProcessPdfBody {
        record_name: "record_name" required,
        pdf_binary: "pdf_binary" required,
        org_id: "org_id" optional,
    }
}
/// Inline schema at `/paths/~1docling~1process-pdf/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DoclingProcessPdfResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    /// Extracted content blocks
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub block_containers: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::read_object! {
    DoclingProcessPdfResponse {
        success: "success" optional,
        block_containers: "block_containers" optional,
    }
}
/// Inline schema at `/paths/~1docling~1parse-pdf/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DoclingParsePdfBody {
    /// Name/identifier of the document
    pub record_name: ::std::string::String,
    /// Base64 encoded PDF binary data
    pub pdf_binary: ::std::string::String,
}
crate::runtime::read_object! {
    DoclingParsePdfBody {
        record_name: "record_name" required,
        pdf_binary: "pdf_binary" required,
    }
}
/// Inline schema at `/paths/~1docling~1parse-pdf/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DoclingParsePdfResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    /// JSON-encoded DoclingDocument
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub parse_result: ::std::option::Option<::std::string::String>,
}
crate::runtime::read_object! {
    DoclingParsePdfResponse {
        success: "success" optional,
        parse_result: "parse_result" optional,
    }
}
/// Inline schema at `/paths/~1docling~1create-blocks/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct DoclingCreateBlocksBody {
    /// JSON-encoded DoclingDocument from /parse-pdf
    pub parse_result: ::std::string::String,
    /// Optional - process specific page only
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page_number: ::std::option::Option<i64>,
}
crate::runtime::read_object! {
    DoclingCreateBlocksBody {
        parse_result: "parse_result" required,
        page_number: "page_number" optional,
    }
}
/// Inline schema at `/paths/~1docling~1create-blocks/post/responses/200/content/application~1json/schema`.
pub type DoclingCreateBlocksResponse = DoclingProcessPdfResponse;
