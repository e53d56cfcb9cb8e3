//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// Authentication method configuration
///
/// Schema `AuthMethod`.
#[derive(Clone, Default)]
pub struct AuthMethod {
    /// Type of authentication method:
    /// - `password`: Email/password authentication
    /// - `otp`: One-time password via email (6-digit, expires in 10 minutes)
    /// - `google`: Google OAuth 2.0
    /// - `microsoft`: Microsoft OAuth 2.0
    /// - `azureAd`: Azure Active Directory
    /// - `samlSso`: SAML 2.0 Single Sign-On
    /// - `oauth`: Generic OAuth 2.0 provider
    pub type_: AuthMethodType,
}
crate::runtime::object! {
    AuthMethod { type_ = "type" required, }
}

/// A single step in multi-factor authentication flow
///
/// Schema `AuthStep`.
#[derive(Clone, Default)]
pub struct AuthStep {
    /// Order of the authentication step (1-3, must be unique across steps)
    pub order: i64,
    /// List of allowed authentication methods for this step. User can choose any one method from this list.
    pub allowed_methods: ::std::vec::Vec<AuthMethod>,
}
crate::runtime::object! {
    AuthStep { order = "order" required, allowed_methods = "allowedMethods" required, }
}

/// Organization authentication configuration. Supports 1-3 authentication steps for multi-factor authentication.
/// **Validation Rules:**
/// - Minimum 1 step, maximum 3 steps
/// - Each step must have unique order
/// - No duplicate methods within the same step
/// - No method can appear in multiple steps
///
/// Schema `AuthConfig`.
#[derive(Clone, Default)]
pub struct AuthConfig {
    /// List of authentication steps in order
    pub auth_methods: ::std::vec::Vec<AuthStep>,
}
crate::runtime::object! {
    AuthConfig { auth_methods = "authMethods" required, }
}

/// Request to initialize authentication session
///
/// Schema `InitAuthRequest`.
#[derive(Clone, Default)]
pub struct InitAuthRequest {
    /// User email address (RFC 5321 compliant)
    pub email: ::std::string::String,
}
crate::runtime::object! {
    InitAuthRequest { email = "email" required, }
}

/// Response containing available authentication methods and session info
///
/// Schema `InitAuthResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct InitAuthResponse {
    /// Current authentication step (0-indexed). Always 0 for initial response.
    pub current_step: ::std::option::Option<i64>,
    /// List of allowed authentication methods for the current step
    pub allowed_methods: ::std::option::Option<
        ::std::vec::Vec<InitAuthResponseAllowedMethodsItem>,
    >,
    /// Response message
    pub message: ::std::option::Option<::std::string::String>,
    pub auth_providers: ::std::option::Option<AuthProviders>,
}
crate::runtime::object! {
    InitAuthResponse { current_step = "currentStep" optional, allowed_methods =
    "allowedMethods" optional, message = "message" optional, auth_providers =
    "authProviders" optional, }
}

/// Configuration for external authentication providers (returned when those methods are allowed)
///
/// Schema `AuthProviders`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AuthProviders {
    pub google: ::std::option::Option<AuthProvidersGoogle>,
    pub microsoft: ::std::option::Option<AuthProvidersMicrosoft>,
    pub azuread: ::std::option::Option<AuthProvidersAzuread>,
    pub oauth: ::std::option::Option<AuthProvidersOauth>,
}
crate::runtime::object! {
    AuthProviders { google = "google" optional, microsoft = "microsoft" optional, azuread
    = "azuread" optional, oauth = "oauth" optional, }
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
#[derive(Clone)]
pub struct AuthenticateRequest {
    /// Authentication method to use
    pub method: AuthenticateRequestMethod,
    /// Credentials based on the authentication method
    pub credentials: AuthenticateRequestCredentials,
    /// Optional email for verification (used with some OAuth methods)
    pub email: ::std::option::Option<::std::string::String>,
    /// Cloudflare Turnstile CAPTCHA token (optional, if CAPTCHA is enabled)
    pub cf_turnstile_response: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    slots AuthenticateRequest { method = "method" required, credentials = "credentials"
    required, email = "email" optional, cf_turnstile_response = "cf-turnstile-response"
    optional, }
}

/// Credentials for password authentication
///
/// Schema `PasswordCredentials`.
#[derive(Clone, Default)]
pub struct PasswordCredentials {
    /// User password
    pub password: ::std::string::String,
}
crate::runtime::object! {
    PasswordCredentials { password = "password" required, }
}

/// Credentials for OTP authentication
///
/// Schema `OtpCredentials`.
#[derive(Clone, Default)]
pub struct OtpCredentials {
    /// 6-digit one-time password
    pub otp: ::std::string::String,
}
crate::runtime::object! {
    OtpCredentials { otp = "otp" required, }
}

/// Credentials for OAuth authentication (Microsoft, Azure AD, generic OAuth)
///
/// Schema `OAuthCredentials`.
#[derive(Clone, Default)]
pub struct OAuthCredentials {
    /// OAuth access token
    pub access_token: ::std::string::String,
    /// OAuth ID token (JWT)
    pub id_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OAuthCredentials { access_token = "accessToken" required, id_token = "idToken"
    optional, }
}

/// Authentication response. Two possible outcomes:
/// 1. **Multi-step in progress**: Returns `status: "success"` with `nextStep` and `allowedMethods`
/// 2. **Fully authenticated**: Returns `message: "Fully authenticated"` with `accessToken` and `refreshToken`
///
/// Schema `AuthenticateResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AuthenticateResponse {
    /// Authentication step status (for multi-step auth)
    pub status: ::std::option::Option<AuthenticateResponseStatus>,
    /// Response message (e.g., "Fully authenticated")
    pub message: ::std::option::Option<::std::string::String>,
    /// Next authentication step number (if multi-step auth continues)
    pub next_step: ::std::option::Option<i64>,
    /// Allowed methods for next step (if multi-step auth continues)
    pub allowed_methods: ::std::option::Option<
        ::std::vec::Vec<InitAuthResponseAllowedMethodsItem>,
    >,
    pub auth_providers: ::std::option::Option<AuthProviders>,
    /// JWT access token (1 hour expiry). Only returned when fully authenticated.
    pub access_token: ::std::option::Option<::std::string::String>,
    /// JWT refresh token (7 days expiry). Only returned when fully authenticated.
    pub refresh_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    AuthenticateResponse { status = "status" optional, message = "message" optional,
    next_step = "nextStep" optional, allowed_methods = "allowedMethods" optional,
    auth_providers = "authProviders" optional, access_token = "accessToken" optional,
    refresh_token = "refreshToken" optional, }
}

/// Request to generate and send OTP
///
/// Schema `OtpGenerateRequest`.
#[derive(Clone, Default)]
pub struct OtpGenerateRequest {
    /// Email address to send OTP to
    pub email: ::std::string::String,
    /// Cloudflare Turnstile CAPTCHA token (optional)
    pub cf_turnstile_response: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OtpGenerateRequest { email = "email" required, cf_turnstile_response =
    "cf-turnstile-response" optional, }
}

/// Request to reset password for authenticated user
///
/// Schema `PasswordResetRequest`.
#[derive(Clone, Default)]
pub struct PasswordResetRequest {
    /// Current password for verification
    pub current_password: ::std::string::String,
    /// New password. Must meet the following requirements:
    /// - Minimum 8 characters
    /// - At least 1 uppercase letter
    /// - At least 1 lowercase letter
    /// - At least 1 number
    /// - At least 1 special character (#?!@$%^&*-)
    pub new_password: ::std::string::String,
    /// Cloudflare Turnstile CAPTCHA token (optional)
    pub cf_turnstile_response: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    PasswordResetRequest { current_password = "currentPassword" required, new_password =
    "newPassword" required, cf_turnstile_response = "cf-turnstile-response" optional, }
}

/// Response after successful password reset
///
/// Schema `PasswordResetResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct PasswordResetResponse {
    pub data: ::std::option::Option<::std::string::String>,
    /// New JWT access token (since password change invalidates old tokens)
    pub access_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    PasswordResetResponse { data = "data" optional, access_token = "accessToken"
    optional, }
}

/// Request to send password reset email
///
/// Schema `ForgotPasswordRequest`.
#[derive(Clone, Default)]
pub struct ForgotPasswordRequest {
    /// Email address to send reset link to
    pub email: ::std::string::String,
    /// Cloudflare Turnstile CAPTCHA token (optional)
    pub cf_turnstile_response: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ForgotPasswordRequest { email = "email" required, cf_turnstile_response =
    "cf-turnstile-response" optional, }
}

/// Request to reset password using email token
///
/// Schema `TokenPasswordResetRequest`.
#[derive(Clone, Default)]
pub struct TokenPasswordResetRequest {
    /// New password (must meet password requirements)
    pub password: ::std::string::String,
}
crate::runtime::object! {
    TokenPasswordResetRequest { password = "password" required, }
}

/// Response with new access token
///
/// Schema `RefreshTokenResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RefreshTokenResponse {
    pub user: ::std::option::Option<UserBasic>,
    /// New JWT access token (1 hour expiry)
    pub access_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    RefreshTokenResponse { user = "user" optional, access_token = "accessToken" optional,
    }
}

/// Basic user information
///
/// Schema `UserBasic`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UserBasic {
    /// User ID
    pub id: ::std::option::Option<::std::string::String>,
    pub email: ::std::option::Option<::std::string::String>,
    pub full_name: ::std::option::Option<::std::string::String>,
    /// Organization ID
    pub org_id: ::std::option::Option<::std::string::String>,
    pub account_type: ::std::option::Option<UserBasicAccountType>,
}
crate::runtime::object! {
    UserBasic { id = "_id" optional, email = "email" optional, full_name = "fullName"
    optional, org_id = "orgId" optional, account_type = "accountType" optional, }
}

/// Request to exchange OAuth authorization code for tokens
///
/// Schema `OAuthExchangeRequest`.
#[derive(Clone, Default)]
pub struct OAuthExchangeRequest {
    /// OAuth authorization code
    pub code: ::std::string::String,
    /// User email
    pub email: ::std::string::String,
    /// OAuth provider name
    pub provider: ::std::string::String,
    /// Redirect URI used in authorization request
    pub redirect_uri: ::std::string::String,
}
crate::runtime::object! {
    OAuthExchangeRequest { code = "code" required, email = "email" required, provider =
    "provider" required, redirect_uri = "redirectUri" required, }
}

/// OAuth token response
///
/// Schema `OAuthExchangeResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuthExchangeResponse {
    /// OAuth access token
    pub access_token: ::std::option::Option<::std::string::String>,
    /// OAuth ID token (JWT)
    pub id_token: ::std::option::Option<::std::string::String>,
    pub token_type: ::std::option::Option<::std::string::String>,
    /// Token expiry in seconds
    pub expires_in: ::std::option::Option<i64>,
}
crate::runtime::object! {
    OAuthExchangeResponse { access_token = "access_token" optional, id_token = "id_token"
    optional, token_type = "token_type" optional, expires_in = "expires_in" optional, }
}

/// Request to create initial organization auth configuration
///
/// Schema `OrgAuthConfigCreateRequest`.
#[derive(Clone, Default)]
pub struct OrgAuthConfigCreateRequest {
    /// Organization contact email
    pub contact_email: ::std::string::String,
    /// Organization registered name
    pub registered_name: ::std::string::String,
    /// Admin user full name
    pub admin_full_name: ::std::string::String,
    /// Whether to send welcome email
    pub send_email: ::std::option::Option<bool>,
}
crate::runtime::object! {
    OrgAuthConfigCreateRequest { contact_email = "contactEmail" required, registered_name
    = "registeredName" required, admin_full_name = "adminFullName" required, send_email =
    "sendEmail" optional, }
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
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AuthError {
    /// Error type identifier
    pub error: ::std::option::Option<::std::string::String>,
    /// Human-readable error message
    pub message: ::std::option::Option<::std::string::String>,
    /// Error code for programmatic handling
    pub code: ::std::option::Option<::std::string::String>,
    /// HTTP status code
    pub status_code: ::std::option::Option<i64>,
}
crate::runtime::object! {
    AuthError { error = "error" optional, message = "message" optional, code = "code"
    optional, status_code = "statusCode" optional, }
}

/// Request to submit user consent for OAuth authorization
///
/// Schema `OAuthConsentRequest`.
#[derive(Clone, Default)]
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
    pub code_challenge: ::std::option::Option<::std::string::String>,
    /// PKCE challenge method
    pub code_challenge_method: ::std::option::Option<
        OAuthConsentRequestCodeChallengeMethod,
    >,
}
crate::runtime::object! {
    OAuthConsentRequest { client_id = "client_id" required, redirect_uri = "redirect_uri"
    required, scope = "scope" required, state = "state" required, consent = "consent"
    required, code_challenge = "code_challenge" optional, code_challenge_method =
    "code_challenge_method" optional, }
}

/// OAuth 2.0 Token Request (RFC 6749 Section 4.1.3).
/// Request body for exchanging authorization code or credentials for tokens.
///
/// Schema `OAuthTokenRequest`.
#[derive(Clone, Default)]
pub struct OAuthTokenRequest {
    /// OAuth grant type:
    /// - `authorization_code`: Exchange auth code for tokens
    /// - `client_credentials`: Machine-to-machine auth
    /// - `refresh_token`: Get new access token using refresh token
    pub grant_type: OAuthTokenRequestGrantType,
    /// Authorization code (required for authorization_code grant)
    pub code: ::std::option::Option<::std::string::String>,
    /// Redirect URI (required for authorization_code grant)
    pub redirect_uri: ::std::option::Option<::std::string::String>,
    /// Client ID (can also be sent via Basic auth header)
    pub client_id: ::std::option::Option<::std::string::String>,
    /// Client secret (can also be sent via Basic auth header)
    pub client_secret: ::std::option::Option<::std::string::String>,
    /// Refresh token (required for refresh_token grant)
    pub refresh_token: ::std::option::Option<::std::string::String>,
    /// Requested scopes (optional, defaults to original grant scopes)
    pub scope: ::std::option::Option<::std::string::String>,
    /// PKCE code verifier (RFC 7636). Required if code_challenge was used.
    /// Must be 43-128 characters from \[A-Za-z0-9-._~\]
    pub code_verifier: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OAuthTokenRequest { grant_type = "grant_type" required, code = "code" optional,
    redirect_uri = "redirect_uri" optional, client_id = "client_id" optional,
    client_secret = "client_secret" optional, refresh_token = "refresh_token" optional,
    scope = "scope" optional, code_verifier = "code_verifier" optional, }
}

/// OAuth 2.0 Token Response (RFC 6749 Section 5.1).
/// Contains the access token and optional refresh/ID tokens.
///
/// Schema `OAuthTokenResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuthTokenResponse {
    /// The access token for API requests
    pub access_token: ::std::option::Option<::std::string::String>,
    /// Token type (always "Bearer")
    pub token_type: ::std::option::Option<::std::string::String>,
    /// Access token lifetime in seconds
    pub expires_in: ::std::option::Option<i64>,
    /// Refresh token for obtaining new access tokens
    pub refresh_token: ::std::option::Option<::std::string::String>,
    /// Granted scopes (may differ from requested)
    pub scope: ::std::option::Option<::std::string::String>,
    /// OpenID Connect ID token (JWT) if openid scope was requested
    pub id_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OAuthTokenResponse { access_token = "access_token" optional, token_type =
    "token_type" optional, expires_in = "expires_in" optional, refresh_token =
    "refresh_token" optional, scope = "scope" optional, id_token = "id_token" optional, }
}

/// OAuth 2.0 Token Revocation Request (RFC 7009).
/// Revokes an access or refresh token.
///
/// Schema `OAuthRevokeRequest`.
#[derive(Clone, Default)]
pub struct OAuthRevokeRequest {
    /// The token to revoke
    pub token: ::std::string::String,
    /// Hint about token type (optional, improves performance)
    pub token_type_hint: ::std::option::Option<OAuthRevokeRequestTokenTypeHint>,
    /// Client ID
    pub client_id: ::std::string::String,
    /// Client secret
    pub client_secret: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OAuthRevokeRequest { token = "token" required, token_type_hint = "token_type_hint"
    optional, client_id = "client_id" required, client_secret = "client_secret" optional,
    }
}

/// OAuth 2.0 Token Introspection Request (RFC 7662).
/// Check if a token is active and get its metadata.
///
/// Schema `OAuthIntrospectRequest`.
#[derive(Clone, Default)]
pub struct OAuthIntrospectRequest {
    /// The token to introspect
    pub token: ::std::string::String,
    /// Hint about token type
    pub token_type_hint: ::std::option::Option<OAuthIntrospectRequestTokenTypeHint>,
    /// Client ID
    pub client_id: ::std::string::String,
    /// Client secret
    pub client_secret: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OAuthIntrospectRequest { token = "token" required, token_type_hint =
    "token_type_hint" optional, client_id = "client_id" required, client_secret =
    "client_secret" optional, }
}

/// OAuth 2.0 Token Introspection Response (RFC 7662).
/// Contains token metadata if active, or just `active: false` if not.
///
/// Schema `OAuthIntrospectResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuthIntrospectResponse {
    /// Whether the token is currently active
    pub active: bool,
    /// Scopes granted to the token
    pub scope: ::std::option::Option<::std::string::String>,
    /// Client ID the token was issued to
    pub client_id: ::std::option::Option<::std::string::String>,
    /// User identifier (if user-based token)
    pub username: ::std::option::Option<::std::string::String>,
    /// Token type
    pub token_type: ::std::option::Option<::std::string::String>,
    /// Token expiration timestamp (Unix epoch)
    pub exp: ::std::option::Option<i64>,
    /// Token issuance timestamp (Unix epoch)
    pub iat: ::std::option::Option<i64>,
    /// Token not-before timestamp (Unix epoch)
    pub nbf: ::std::option::Option<i64>,
    /// Subject (user ID)
    pub sub: ::std::option::Option<::std::string::String>,
    /// Audience (client ID)
    pub aud: ::std::option::Option<::std::string::String>,
    /// Issuer URL
    pub iss: ::std::option::Option<::std::string::String>,
    /// Unique token identifier
    pub jti: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OAuthIntrospectResponse { active = "active" required, scope = "scope" optional,
    client_id = "client_id" optional, username = "username" optional, token_type =
    "token_type" optional, exp = "exp" optional, iat = "iat" optional, nbf = "nbf"
    optional, sub = "sub" optional, aud = "aud" optional, iss = "iss" optional, jti =
    "jti" optional, }
}

/// OAuth 2.0 Error Response (RFC 6749 Section 5.2).
/// Standard error format for OAuth endpoints.
///
/// Schema `OAuthErrorResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
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
    pub error_description: ::std::option::Option<::std::string::String>,
    /// URI with more information about the error
    pub error_uri: ::std::option::Option<::std::string::String>,
    /// State parameter from the authorization request
    pub state: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OAuthErrorResponse { error = "error" required, error_description =
    "error_description" optional, error_uri = "error_uri" optional, state = "state"
    optional, }
}

/// OpenID Connect UserInfo Response.
/// Contains claims about the authenticated user.
///
/// Schema `OAuthUserInfoResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuthUserInfoResponse {
    /// Subject identifier (user ID)
    pub sub: ::std::string::String,
    /// Full name
    pub name: ::std::option::Option<::std::string::String>,
    /// First name
    pub given_name: ::std::option::Option<::std::string::String>,
    /// Last name
    pub family_name: ::std::option::Option<::std::string::String>,
    /// Email address
    pub email: ::std::option::Option<::std::string::String>,
    /// Whether email has been verified
    pub email_verified: ::std::option::Option<bool>,
    /// Profile picture URL
    pub picture: ::std::option::Option<::std::string::String>,
    /// Last profile update timestamp (Unix epoch)
    pub updated_at: ::std::option::Option<i64>,
}
crate::runtime::object! {
    OAuthUserInfoResponse { sub = "sub" required, name = "name" optional, given_name =
    "given_name" optional, family_name = "family_name" optional, email = "email"
    optional, email_verified = "email_verified" optional, picture = "picture" optional,
    updated_at = "updated_at" optional, }
}

/// Request to create a new OAuth app
///
/// Schema `CreateOAuthAppRequest`.
#[derive(Clone, Default)]
pub struct CreateOAuthAppRequest {
    /// App name (displayed to users during authorization)
    pub name: ::std::string::String,
    /// App description
    pub description: ::std::option::Option<::std::string::String>,
    /// Allowed redirect URIs (1-10 URIs)
    pub redirect_uris: ::std::vec::Vec<::std::string::String>,
    /// Allowed grant types. Defaults to all if not specified.
    pub allowed_grant_types: ::std::option::Option<
        ::std::vec::Vec<CreateOAuthAppRequestAllowedGrantTypesItem>,
    >,
    /// Scopes the app can request
    pub allowed_scopes: ::std::vec::Vec<::std::string::String>,
    /// App homepage URL (shown during authorization)
    pub homepage_url: ::std::option::Option<::std::string::String>,
    /// Privacy policy URL
    pub privacy_policy_url: ::std::option::Option<::std::string::String>,
    /// Terms of service URL
    pub terms_of_service_url: ::std::option::Option<::std::string::String>,
    /// Whether the app can securely store secrets.
    /// - `true`: Server-side app (secret required for token requests)
    /// - `false`: Browser/mobile app (must use PKCE)
    pub is_confidential: ::std::option::Option<bool>,
    /// Access token lifetime in seconds (300-86400)
    pub access_token_lifetime: ::std::option::Option<i64>,
    /// Refresh token lifetime in seconds (3600-31536000)
    pub refresh_token_lifetime: ::std::option::Option<i64>,
}
crate::runtime::object! {
    CreateOAuthAppRequest { name = "name" required, description = "description" optional,
    redirect_uris = "redirectUris" required, allowed_grant_types = "allowedGrantTypes"
    optional, allowed_scopes = "allowedScopes" required, homepage_url = "homepageUrl"
    optional, privacy_policy_url = "privacyPolicyUrl" optional, terms_of_service_url =
    "termsOfServiceUrl" optional, is_confidential = "isConfidential" optional,
    access_token_lifetime = "accessTokenLifetime" optional, refresh_token_lifetime =
    "refreshTokenLifetime" optional, }
}

/// Request to update an OAuth app
///
/// Schema `UpdateOAuthAppRequest`.
#[derive(Clone, Default)]
pub struct UpdateOAuthAppRequest {
    /// App name
    pub name: ::std::option::Option<::std::string::String>,
    /// App description
    pub description: ::std::option::Option<::std::string::String>,
    /// Allowed redirect URIs
    pub redirect_uris: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub allowed_grant_types: ::std::option::Option<
        ::std::vec::Vec<CreateOAuthAppRequestAllowedGrantTypesItem>,
    >,
    pub allowed_scopes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub homepage_url: ::std::option::Option<::std::string::String>,
    pub privacy_policy_url: ::std::option::Option<::std::string::String>,
    pub terms_of_service_url: ::std::option::Option<::std::string::String>,
    pub access_token_lifetime: ::std::option::Option<i64>,
    pub refresh_token_lifetime: ::std::option::Option<i64>,
}
crate::runtime::object! {
    UpdateOAuthAppRequest { name = "name" optional, description = "description" optional,
    redirect_uris = "redirectUris" optional, allowed_grant_types = "allowedGrantTypes"
    optional, allowed_scopes = "allowedScopes" optional, homepage_url = "homepageUrl"
    optional, privacy_policy_url = "privacyPolicyUrl" optional, terms_of_service_url =
    "termsOfServiceUrl" optional, access_token_lifetime = "accessTokenLifetime" optional,
    refresh_token_lifetime = "refreshTokenLifetime" optional, }
}

/// OAuth app details (without secret)
///
/// Schema `OAuthAppResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuthAppResponse {
    /// App ID
    pub id: ::std::option::Option<::std::string::String>,
    /// URL-friendly app slug
    pub slug: ::std::option::Option<::std::string::String>,
    /// OAuth client ID
    pub client_id: ::std::option::Option<::std::string::String>,
    /// App name
    pub name: ::std::option::Option<::std::string::String>,
    /// App description
    pub description: ::std::option::Option<::std::string::String>,
    /// Allowed redirect URIs
    pub redirect_uris: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Allowed grant types
    pub allowed_grant_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Allowed scopes
    pub allowed_scopes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// App status
    pub status: ::std::option::Option<OAuthAppResponseStatus>,
    /// App logo URL
    pub logo_url: ::std::option::Option<::std::string::String>,
    /// App homepage
    pub homepage_url: ::std::option::Option<::std::string::String>,
    /// Privacy policy URL
    pub privacy_policy_url: ::std::option::Option<::std::string::String>,
    /// Terms of service URL
    pub terms_of_service_url: ::std::option::Option<::std::string::String>,
    /// Whether app is a confidential client
    pub is_confidential: ::std::option::Option<bool>,
    /// Access token lifetime in seconds
    pub access_token_lifetime: ::std::option::Option<i64>,
    /// Refresh token lifetime in seconds
    pub refresh_token_lifetime: ::std::option::Option<i64>,
    /// Creation timestamp
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Last update timestamp
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    OAuthAppResponse { id = "id" optional, slug = "slug" optional, client_id = "clientId"
    optional, name = "name" optional, description = "description" optional, redirect_uris
    = "redirectUris" optional, allowed_grant_types = "allowedGrantTypes" optional,
    allowed_scopes = "allowedScopes" optional, status = "status" optional, logo_url =
    "logoUrl" optional, homepage_url = "homepageUrl" optional, privacy_policy_url =
    "privacyPolicyUrl" optional, terms_of_service_url = "termsOfServiceUrl" optional,
    is_confidential = "isConfidential" optional, access_token_lifetime =
    "accessTokenLifetime" optional, refresh_token_lifetime = "refreshTokenLifetime"
    optional, created_at = "createdAt" optional, updated_at = "updatedAt" optional, }
}

/// Schema `OAuthAppWithSecret`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuthAppWithSecret {
    /// App ID
    pub id: ::std::option::Option<::std::string::String>,
    /// URL-friendly app slug
    pub slug: ::std::option::Option<::std::string::String>,
    /// OAuth client ID
    pub client_id: ::std::option::Option<::std::string::String>,
    /// App name
    pub name: ::std::option::Option<::std::string::String>,
    /// App description
    pub description: ::std::option::Option<::std::string::String>,
    /// Allowed redirect URIs
    pub redirect_uris: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Allowed grant types
    pub allowed_grant_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Allowed scopes
    pub allowed_scopes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// App status
    pub status: ::std::option::Option<OAuthAppResponseStatus>,
    /// App logo URL
    pub logo_url: ::std::option::Option<::std::string::String>,
    /// App homepage
    pub homepage_url: ::std::option::Option<::std::string::String>,
    /// Privacy policy URL
    pub privacy_policy_url: ::std::option::Option<::std::string::String>,
    /// Terms of service URL
    pub terms_of_service_url: ::std::option::Option<::std::string::String>,
    /// Whether app is a confidential client
    pub is_confidential: ::std::option::Option<bool>,
    /// Access token lifetime in seconds
    pub access_token_lifetime: ::std::option::Option<i64>,
    /// Refresh token lifetime in seconds
    pub refresh_token_lifetime: ::std::option::Option<i64>,
    /// Creation timestamp
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Last update timestamp
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Client secret (only shown on creation and secret regeneration).
    /// Store this securely - it cannot be retrieved later.
    pub client_secret: ::std::string::String,
}
crate::runtime::object! {
    OAuthAppWithSecret { id = "id" optional, slug = "slug" optional, client_id =
    "clientId" optional, name = "name" optional, description = "description" optional,
    redirect_uris = "redirectUris" optional, allowed_grant_types = "allowedGrantTypes"
    optional, allowed_scopes = "allowedScopes" optional, status = "status" optional,
    logo_url = "logoUrl" optional, homepage_url = "homepageUrl" optional,
    privacy_policy_url = "privacyPolicyUrl" optional, terms_of_service_url =
    "termsOfServiceUrl" optional, is_confidential = "isConfidential" optional,
    access_token_lifetime = "accessTokenLifetime" optional, refresh_token_lifetime =
    "refreshTokenLifetime" optional, created_at = "createdAt" optional, updated_at =
    "updatedAt" optional, client_secret = "clientSecret" required, }
}

/// Paginated list of OAuth apps
///
/// Schema `OAuthAppListResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuthAppListResponse {
    /// List of OAuth apps
    pub data: ::std::option::Option<::std::vec::Vec<OAuthAppResponse>>,
    pub pagination: ::std::option::Option<OAuthAppListResponsePagination>,
}
crate::runtime::object! {
    OAuthAppListResponse { data = "data" optional, pagination = "pagination" optional, }
}

/// Information about an OAuth scope
///
/// Schema `OAuthScopeInfo`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuthScopeInfo {
    /// Scope identifier
    pub name: ::std::option::Option<::std::string::String>,
    /// Human-readable scope description
    pub description: ::std::option::Option<::std::string::String>,
    /// Scope category for grouping
    pub category: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OAuthScopeInfo { name = "name" optional, description = "description" optional,
    category = "category" optional, }
}

/// Information about an issued token
///
/// Schema `OAuthTokenListItem`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuthTokenListItem {
    /// Token ID
    pub id: ::std::option::Option<::std::string::String>,
    /// Type of token
    pub token_type: ::std::option::Option<OAuthTokenListItemTokenType>,
    /// User ID (if user-based token)
    pub user_id: ::std::option::Option<::std::string::String>,
    /// Granted scopes
    pub scopes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Token creation time
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Token expiration time
    pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Whether token has been revoked
    pub is_revoked: ::std::option::Option<bool>,
}
crate::runtime::object! {
    OAuthTokenListItem { id = "id" optional, token_type = "tokenType" optional, user_id =
    "userId" optional, scopes = "scopes" optional, created_at = "createdAt" optional,
    expires_at = "expiresAt" optional, is_revoked = "isRevoked" optional, }
}

/// User account in an organization
///
/// Schema `User`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct User {
    /// Unique user identifier (MongoDB ObjectId)
    pub id: ::std::option::Option<::std::string::String>,
    /// Unique slug for the user
    pub slug: ::std::option::Option<::std::string::String>,
    /// Organization ID the user belongs to
    pub org_id: ::std::string::String,
    /// Full name of the user
    pub full_name: ::std::option::Option<::std::string::String>,
    /// First name
    pub first_name: ::std::option::Option<::std::string::String>,
    /// Last name
    pub last_name: ::std::option::Option<::std::string::String>,
    /// Middle name
    pub middle_name: ::std::option::Option<::std::string::String>,
    /// Email address (unique, lowercase)
    pub email: ::std::string::String,
    /// Mobile number (10-15 digits with optional +)
    pub mobile: ::std::option::Option<::std::string::String>,
    /// Whether user has logged in at least once
    pub has_logged_in: ::std::option::Option<bool>,
    /// Job title/designation
    pub designation: ::std::option::Option<::std::string::String>,
    pub address: ::std::option::Option<Address>,
    /// Whether user has consented to data collection
    pub data_collection_consent: ::std::option::Option<bool>,
    /// Soft delete flag
    pub is_deleted: ::std::option::Option<bool>,
    /// ID of user who deleted this user
    pub deleted_by: ::std::option::Option<::std::string::String>,
    /// Creation timestamp (milliseconds since epoch)
    pub created_at: ::std::option::Option<i64>,
    /// Last update timestamp (milliseconds since epoch)
    pub updated_at: ::std::option::Option<i64>,
}
crate::runtime::object! {
    User { id = "_id" optional, slug = "slug" optional, org_id = "orgId" required,
    full_name = "fullName" optional, first_name = "firstName" optional, last_name =
    "lastName" optional, middle_name = "middleName" optional, email = "email" required,
    mobile = "mobile" optional, has_logged_in = "hasLoggedIn" optional, designation =
    "designation" optional, address = "address" optional, data_collection_consent =
    "dataCollectionConsent" optional, is_deleted = "isDeleted" optional, deleted_by =
    "deletedBy" optional, created_at = "createdAt" optional, updated_at = "updatedAt"
    optional, }
}

/// Schema `Address`.
#[derive(Clone, Default)]
pub struct Address {
    /// Address line 1
    pub address_line1: ::std::option::Option<::std::string::String>,
    /// City
    pub city: ::std::option::Option<::std::string::String>,
    /// State/Province
    pub state: ::std::option::Option<::std::string::String>,
    /// Postal/ZIP code
    pub post_code: ::std::option::Option<::std::string::String>,
    /// Country
    pub country: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Address { address_line1 = "addressLine1" optional, city = "city" optional, state =
    "state" optional, post_code = "postCode" optional, country = "country" optional, }
}

/// Schema `Organization`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Organization {
    /// Unique organization identifier
    pub id: ::std::option::Option<::std::string::String>,
    /// Unique slug for the organization
    pub slug: ::std::option::Option<::std::string::String>,
    /// Registered name
    pub registered_name: ::std::option::Option<::std::string::String>,
    /// Short name or display name
    pub short_name: ::std::option::Option<::std::string::String>,
    /// Organization domain
    pub domain: ::std::string::String,
    /// Contact email address
    pub contact_email: ::std::string::String,
    /// Type of account
    pub account_type: OrganizationAccountType,
    /// Onboarding status
    pub on_boarding_status: ::std::option::Option<OrganizationOnBoardingStatus>,
    /// Soft delete flag
    pub is_deleted: ::std::option::Option<bool>,
    /// Creation timestamp
    pub created_at: ::std::option::Option<i64>,
    /// Last update timestamp
    pub updated_at: ::std::option::Option<i64>,
}
crate::runtime::object! {
    Organization { id = "_id" optional, slug = "slug" optional, registered_name =
    "registeredName" optional, short_name = "shortName" optional, domain = "domain"
    required, contact_email = "contactEmail" required, account_type = "accountType"
    required, on_boarding_status = "onBoardingStatus" optional, is_deleted = "isDeleted"
    optional, created_at = "createdAt" optional, updated_at = "updatedAt" optional, }
}

/// Schema `Team`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Team {
    /// Unique team identifier
    pub id: ::std::option::Option<::std::string::String>,
    /// Team name
    pub name: ::std::string::String,
    /// Team description
    pub description: ::std::option::Option<::std::string::String>,
    /// Organization ID
    pub org_id: ::std::option::Option<::std::string::String>,
    /// Users and their roles in the team
    pub user_roles: ::std::option::Option<::std::vec::Vec<UserRole>>,
    /// Creation timestamp
    pub created_at: ::std::option::Option<i64>,
    /// Last update timestamp
    pub updated_at: ::std::option::Option<i64>,
}
crate::runtime::object! {
    Team { id = "_id" optional, name = "name" required, description = "description"
    optional, org_id = "orgId" optional, user_roles = "userRoles" optional, created_at =
    "createdAt" optional, updated_at = "updatedAt" optional, }
}

/// Schema `UserRole`.
#[derive(Clone, Default)]
pub struct UserRole {
    /// User's database key
    pub user_id: ::std::string::String,
    /// User's role in the team
    pub role: UserRoleRole,
}
crate::runtime::object! {
    UserRole { user_id = "userId" required, role = "role" required, }
}

/// User group for organizing users within an organization
///
/// Schema `UserGroup`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UserGroup {
    /// Unique group identifier
    pub id: ::std::option::Option<::std::string::String>,
    /// Unique slug for the group
    pub slug: ::std::option::Option<::std::string::String>,
    /// Group type:
    /// - admin: System admin group (cannot be modified)
    /// - standard: Default user group
    /// - everyone: All users group (cannot be modified)
    /// - custom: User-created custom group
    pub type_: UserGroupType,
    /// Group name (unique within organization)
    pub name: ::std::string::String,
    /// Organization ID
    pub org_id: ::std::string::String,
    /// Array of user IDs in this group
    pub users: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Soft delete flag
    pub is_deleted: ::std::option::Option<bool>,
    /// ID of user who deleted this group
    pub deleted_by: ::std::option::Option<::std::string::String>,
    /// Creation timestamp
    pub created_at: ::std::option::Option<i64>,
    /// Last update timestamp
    pub updated_at: ::std::option::Option<i64>,
}
crate::runtime::object! {
    UserGroup { id = "_id" optional, slug = "slug" optional, type_ = "type" required,
    name = "name" required, org_id = "orgId" required, users = "users" optional,
    is_deleted = "isDeleted" optional, deleted_by = "deletedBy" optional, created_at =
    "createdAt" optional, updated_at = "updatedAt" optional, }
}

/// Represents a document stored in PipesHub storage system. Documents can be versioned to maintain complete history of changes. Supports multiple storage backends (S3, Azure Blob, Local).
///
/// Schema `Document`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Document {
    /// Document unique identifier (MongoDB ObjectId)
    pub id: ::std::string::String,
    /// Display name of the document
    pub document_name: ::std::string::String,
    /// Alternative name for search/display purposes
    pub alternate_document_name: ::std::option::Option<::std::string::String>,
    /// Virtual folder path for organization
    pub document_path: ::std::option::Option<::std::string::String>,
    /// Whether version control is enabled for this document
    pub is_versioned_file: bool,
    /// Organization ID the document belongs to
    pub org_id: ::std::string::String,
    /// Default permission level for shared access
    pub permissions: ::std::option::Option<DocumentPermissions>,
    /// User ID who created/uploaded the document
    pub initiator_user_id: ::std::option::Option<::std::string::String>,
    /// File size in bytes
    pub size_in_bytes: ::std::option::Option<i64>,
    /// MIME type of the document
    pub mime_type: ::std::option::Option<::std::string::String>,
    /// File extension (with leading dot)
    pub extension: ::std::option::Option<::std::string::String>,
    /// Number of times the document has been updated
    pub mutation_count: ::std::option::Option<i64>,
    /// Complete version history (for versioned documents)
    pub version_history: ::std::option::Option<::std::vec::Vec<DocumentVersion>>,
    /// Custom key-value metadata pairs
    pub custom_metadata: ::std::option::Option<
        ::std::vec::Vec<DocumentCustomMetadataItem>,
    >,
    /// Tags for categorization and search
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Storage backend where the file is stored
    pub storage_vendor: DocumentStorageVendor,
    /// S3-specific storage information (if storageVendor is s3)
    pub s3: ::std::option::Option<DocumentS3>,
    /// Azure Blob-specific storage information (if storageVendor is azureBlob)
    pub azure_blob: ::std::option::Option<DocumentAzureBlob>,
    /// Local storage-specific information (if storageVendor is local)
    pub local: ::std::option::Option<DocumentLocal>,
    /// Creation timestamp in milliseconds since epoch
    pub created_at: ::std::option::Option<i64>,
    /// Last update timestamp in milliseconds since epoch
    pub updated_at: ::std::option::Option<i64>,
    /// Whether the document is soft-deleted
    pub is_deleted: ::std::option::Option<bool>,
    /// User ID who deleted the document
    pub deleted_by_user_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Document { id = "_id" required, document_name = "documentName" required,
    alternate_document_name = "alternateDocumentName" optional, document_path =
    "documentPath" optional, is_versioned_file = "isVersionedFile" required, org_id =
    "orgId" required, permissions = "permissions" optional, initiator_user_id =
    "initiatorUserId" optional, size_in_bytes = "sizeInBytes" optional, mime_type =
    "mimeType" optional, extension = "extension" optional, mutation_count =
    "mutationCount" optional, version_history = "versionHistory" optional,
    custom_metadata = "customMetadata" optional, tags = "tags" optional, storage_vendor =
    "storageVendor" required, s3 = "s3" optional, azure_blob = "azureBlob" optional,
    local = "local" optional, created_at = "createdAt" optional, updated_at = "updatedAt"
    optional, is_deleted = "isDeleted" optional, deleted_by_user_id = "deletedByUserId"
    optional, }
}

/// Represents a single version entry in a document's version history
///
/// Schema `DocumentVersion`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DocumentVersion {
    /// Version number (0-indexed, auto-incremented)
    pub version: ::std::option::Option<i64>,
    /// User-assigned version label (e.g., "v1.0", "Final")
    pub user_assigned_version_label: ::std::option::Option<::std::string::String>,
    /// Note describing this version's changes
    pub note: ::std::option::Option<::std::string::String>,
    /// File extension for this version
    pub extension: ::std::option::Option<::std::string::String>,
    /// File size in bytes for this version
    pub size: ::std::option::Option<i64>,
    /// Mutation count at time of version creation
    pub mutation_count: ::std::option::Option<i64>,
    /// S3 storage URL for this version
    pub s3: ::std::option::Option<DocumentVersionS3>,
    /// Azure Blob storage URL for this version
    pub azure_blob: ::std::option::Option<DocumentVersionAzureBlob>,
    /// Local storage path for this version
    pub local: ::std::option::Option<DocumentVersionLocal>,
    /// Version creation timestamp in milliseconds
    pub created_at: ::std::option::Option<i64>,
    /// User ID who created this version
    pub initiated_by_user_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DocumentVersion { version = "version" optional, user_assigned_version_label =
    "userAssignedVersionLabel" optional, note = "note" optional, extension = "extension"
    optional, size = "size" optional, mutation_count = "mutationCount" optional, s3 =
    "s3" optional, azure_blob = "azureBlob" optional, local = "local" optional,
    created_at = "createdAt" optional, initiated_by_user_id = "initiatedByUserId"
    optional, }
}

/// Schema `KnowledgeBase`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct KnowledgeBase {
    /// Unique knowledge base identifier
    pub key: ::std::option::Option<::std::string::String>,
    /// Name of the knowledge base
    pub name: ::std::string::String,
    /// Organization ID
    pub org_id: ::std::string::String,
    /// Creation timestamp
    pub created_at_timestamp: ::std::option::Option<i64>,
    /// Last update timestamp
    pub updated_at_timestamp: ::std::option::Option<i64>,
    /// User's role in this knowledge base
    pub user_role: ::std::option::Option<KnowledgeBaseUserRole>,
    /// Whether the knowledge base is deleted
    pub is_deleted: ::std::option::Option<bool>,
}
crate::runtime::object! {
    KnowledgeBase { key = "_key" optional, name = "name" required, org_id = "orgId"
    required, created_at_timestamp = "createdAtTimestamp" optional, updated_at_timestamp
    = "updatedAtTimestamp" optional, user_role = "userRole" optional, is_deleted =
    "isDeleted" optional, }
}

/// Schema `Folder`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Folder {
    /// Unique folder identifier
    pub key: ::std::option::Option<::std::string::String>,
    /// Name of the folder
    pub name: ::std::string::String,
    /// Parent folder or KB ID
    pub parent_id: ::std::option::Option<::std::string::String>,
    /// Knowledge base ID
    pub kb_id: ::std::string::String,
    /// Organization ID
    pub org_id: ::std::string::String,
    /// Creation timestamp
    pub created_at_timestamp: ::std::option::Option<i64>,
    /// Last update timestamp
    pub updated_at_timestamp: ::std::option::Option<i64>,
    /// Whether the folder is deleted
    pub is_deleted: ::std::option::Option<bool>,
}
crate::runtime::object! {
    Folder { key = "_key" optional, name = "name" required, parent_id = "parentId"
    optional, kb_id = "kbId" required, org_id = "orgId" required, created_at_timestamp =
    "createdAtTimestamp" optional, updated_at_timestamp = "updatedAtTimestamp" optional,
    is_deleted = "isDeleted" optional, }
}

/// A record represents a single document, file, or content item within a knowledge base.
/// Records can originate from file uploads or external connectors (Google Drive, OneDrive, etc.).
///
/// Schema `Record`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Record {
    /// Unique record identifier (UUID format)
    pub key: ::std::option::Option<::std::string::String>,
    /// Display name of the record
    pub record_name: ::std::string::String,
    /// External storage document ID (links to Storage module)
    pub external_record_id: ::std::option::Option<::std::string::String>,
    /// Type of content:
    /// - FILE: Uploaded documents (PDF, DOCX, etc.)
    /// - WEBPAGE: Web pages crawled or bookmarked
    /// - COMMENT: Comments from collaboration tools
    /// - MESSAGE: Chat/messaging content (Slack, Teams)
    /// - EMAIL: Email messages (Gmail, Outlook)
    /// - TICKET: Support tickets (Jira, ServiceNow)
    /// - OTHERS: Miscellaneous content types
    pub record_type: RecordRecordType,
    /// Source of the record:
    /// - UPLOAD: Manually uploaded via API/UI
    /// - CONNECTOR: Synced from external connector
    pub origin: RecordOrigin,
    /// ID of the connector that synced this record (null for uploads)
    pub connector_id: ::std::option::Option<::std::string::String>,
    /// Name of the source connector
    pub connector_name: ::std::option::Option<RecordConnectorName>,
    /// Organization ID that owns this record
    pub org_id: ::std::string::String,
    /// Knowledge base ID containing this record
    pub kb_id: ::std::option::Option<::std::string::String>,
    /// Parent folder ID (null if at KB root)
    pub folder_id: ::std::option::Option<::std::string::String>,
    /// Current version number (increments on updates)
    pub version: ::std::option::Option<i64>,
    /// Creation timestamp in milliseconds
    pub created_at_timestamp: ::std::option::Option<i64>,
    /// Last update timestamp in milliseconds
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
    pub indexing_status: ::std::option::Option<RecordIndexingStatus>,
    /// Soft delete flag
    pub is_deleted: ::std::option::Option<bool>,
    /// Archive flag for inactive records
    pub is_archived: ::std::option::Option<bool>,
    /// Direct URL to access the original content
    pub web_url: ::std::option::Option<::std::string::String>,
    /// MIME type of the file content
    pub mime_type: ::std::option::Option<::std::string::String>,
    /// File size in bytes
    pub size_in_bytes: ::std::option::Option<i64>,
    /// File extension (without dot)
    pub extension: ::std::option::Option<::std::string::String>,
    /// SHA-256 hash for content deduplication
    pub sha256_hash: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Record { key = "_key" optional, record_name = "recordName" required,
    external_record_id = "externalRecordId" optional, record_type = "recordType"
    required, origin = "origin" required, connector_id = "connectorId" optional,
    connector_name = "connectorName" optional, org_id = "orgId" required, kb_id = "kbId"
    optional, folder_id = "folderId" optional, version = "version" optional,
    created_at_timestamp = "createdAtTimestamp" optional, updated_at_timestamp =
    "updatedAtTimestamp" optional, indexing_status = "indexingStatus" optional,
    is_deleted = "isDeleted" optional, is_archived = "isArchived" optional, web_url =
    "webUrl" optional, mime_type = "mimeType" optional, size_in_bytes = "sizeInBytes"
    optional, extension = "extension" optional, sha256_hash = "sha256Hash" optional, }
}

/// Paginated response for records listing
///
/// Schema `RecordsResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RecordsResponse {
    pub records: ::std::option::Option<::std::vec::Vec<Record>>,
    pub pagination: ::std::option::Option<PaginationInfo>,
    pub filters: ::std::option::Option<RecordsResponseFilters>,
}
crate::runtime::object! {
    RecordsResponse { records = "records" optional, pagination = "pagination" optional,
    filters = "filters" optional, }
}

/// Result of a file upload operation
///
/// Schema `UploadResult`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UploadResult {
    pub message: ::std::option::Option<::std::string::String>,
    pub upload_results: ::std::option::Option<
        ::std::vec::Vec<UploadResultUploadResultsItem>,
    >,
}
crate::runtime::object! {
    UploadResult { message = "message" optional, upload_results = "uploadResults"
    optional, }
}

/// Statistics for a connector's records
///
/// Schema `ConnectorStats`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ConnectorStats {
    pub connector_id: ::std::option::Option<::std::string::String>,
    pub total_records: ::std::option::Option<i64>,
    pub indexed_records: ::std::option::Option<i64>,
    pub failed_records: ::std::option::Option<i64>,
    pub pending_records: ::std::option::Option<i64>,
    pub last_sync_time: ::std::option::Option<i64>,
    pub status_breakdown: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, i64>,
    >,
}
crate::runtime::object! {
    ConnectorStats { connector_id = "connectorId" optional, total_records =
    "totalRecords" optional, indexed_records = "indexedRecords" optional, failed_records
    = "failedRecords" optional, pending_records = "pendingRecords" optional,
    last_sync_time = "lastSyncTime" optional, status_breakdown = "statusBreakdown"
    optional, }
}

/// A node in the knowledge hub tree structure
///
/// Schema `KnowledgeHubNode`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct KnowledgeHubNode {
    pub id: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub type_: ::std::option::Option<KnowledgeHubNodeType>,
    pub parent_id: ::std::option::Option<::std::string::String>,
    pub has_children: ::std::option::Option<bool>,
    pub child_count: ::std::option::Option<i64>,
    pub metadata: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    KnowledgeHubNode { id = "id" optional, name = "name" optional, type_ = "type"
    optional, parent_id = "parentId" optional, has_children = "hasChildren" optional,
    child_count = "childCount" optional, metadata = "metadata" optional, }
}

/// Supported application/connector types
///
/// Schema `AppType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AppType {
    /// `drive`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    AppType + Unknown { Drive = "drive", Gmail = "gmail", Onedrive = "onedrive",
    SharepointOnline = "sharepointOnline", Bookstack = "bookstack", Confluence =
    "confluence", Jira = "jira", Slack = "slack", Dropbox = "dropbox", Outlook =
    "outlook", Servicenow = "servicenow", Web = "web", Local = "local", }
}

/// Schema `Filters`.
#[derive(Clone, Default)]
pub struct Filters {
    /// Filter by application types
    pub apps: ::std::option::Option<::std::vec::Vec<AppType>>,
    /// Filter by knowledge base IDs
    pub kb: ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
}
crate::runtime::object! {
    Filters { apps = "apps" optional, kb = "kb" optional, }
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
#[derive(Clone, Default)]
pub struct CreateConversationRequest {
    /// The user's question or prompt to start the conversation.
    /// Supports natural language queries of any complexity.
    pub query: ::std::string::String,
    /// Limit the AI's knowledge scope to specific records/documents.
    /// When provided, only these records will be searched for context.
    pub record_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Filter by department IDs to scope the search
    pub departments: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub filters: ::std::option::Option<Filters>,
    /// Identifier for the AI model configuration to use.
    /// Available models depend on organization settings.
    pub model_key: ::std::option::Option<::std::string::String>,
    /// Display name of the AI model
    pub model_name: ::std::option::Option<::std::string::String>,
    /// Chat mode affecting response behavior.
    /// Different modes optimize for different use cases.
    pub chat_mode: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateConversationRequest { query = "query" required, record_ids = "recordIds"
    optional, departments = "departments" optional, filters = "filters" optional,
    model_key = "modelKey" optional, model_name = "modelName" optional, chat_mode =
    "chatMode" optional, }
}

/// Request body for adding a message to an existing conversation
///
/// Schema `AddMessageRequest`.
#[derive(Clone, Default)]
pub struct AddMessageRequest {
    /// The follow-up question or message content
    pub query: ::std::string::String,
    pub filters: ::std::option::Option<Filters>,
    /// Override the model for this specific message
    pub model_key: ::std::option::Option<::std::string::String>,
    /// Display name of the model
    pub model_name: ::std::option::Option<::std::string::String>,
    /// Chat mode for this message
    pub chat_mode: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    AddMessageRequest { query = "query" required, filters = "filters" optional, model_key
    = "modelKey" optional, model_name = "modelName" optional, chat_mode = "chatMode"
    optional, }
}

/// A single message within a conversation. Messages can be user queries,
/// AI responses, system messages, or error notifications.
///
/// Schema `Message`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Message {
    /// Unique message identifier
    pub id: ::std::option::Option<::std::string::String>,
    /// Type of message:
    /// <ul>
    /// <li><code>user_query</code> - User's question or input</li>
    /// <li><code>bot_response</code> - AI-generated response</li>
    /// <li><code>error</code> - Error message from the system</li>
    /// <li><code>feedback</code> - User feedback on a response</li>
    /// <li><code>system</code> - System notification or status</li>
    /// </ul>
    pub message_type: ::std::option::Option<MessageMessageType>,
    /// The message text content
    pub content: ::std::option::Option<::std::string::String>,
    /// Format of the content for rendering
    pub content_format: ::std::option::Option<MessageContentFormat>,
    /// References to source documents used in the response
    pub citations: ::std::option::Option<::std::vec::Vec<CitationReference>>,
    /// AI's confidence level in the response
    pub confidence: ::std::option::Option<::std::string::String>,
    /// Suggested follow-up questions
    pub follow_up_questions: ::std::option::Option<::std::vec::Vec<FollowUpQuestion>>,
    /// User feedback on this message
    pub feedback: ::std::option::Option<::std::vec::Vec<MessageFeedback>>,
    pub metadata: ::std::option::Option<MessageMetadata>,
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    Message { id = "_id" optional, message_type = "messageType" optional, content =
    "content" optional, content_format = "contentFormat" optional, citations =
    "citations" optional, confidence = "confidence" optional, follow_up_questions =
    "followUpQuestions" optional, feedback = "feedback" optional, metadata = "metadata"
    optional, created_at = "createdAt" optional, updated_at = "updatedAt" optional, }
}

/// Reference to a source document cited in a response
///
/// Schema `CitationReference`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CitationReference {
    /// ID of the citation record
    pub citation_id: ::std::option::Option<::std::string::String>,
    /// How relevant this citation is to the query (0-1)
    pub relevance_score: ::std::option::Option<f64>,
    /// Relevant excerpt from the source document
    pub excerpt: ::std::option::Option<::std::string::String>,
    /// Additional context around the citation
    pub context: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CitationReference { citation_id = "citationId" optional, relevance_score =
    "relevanceScore" optional, excerpt = "excerpt" optional, context = "context"
    optional, }
}

/// AI-suggested follow-up question
///
/// Schema `FollowUpQuestion`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct FollowUpQuestion {
    /// The suggested question text
    pub question: ::std::option::Option<::std::string::String>,
    /// Confidence level for this suggestion
    pub confidence: ::std::option::Option<::std::string::String>,
    /// Why this question might be relevant
    pub reasoning: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    FollowUpQuestion { question = "question" optional, confidence = "confidence"
    optional, reasoning = "reasoning" optional, }
}

/// Comprehensive feedback on an AI response. Feedback helps improve
/// the AI's performance and response quality over time.
///
/// Schema `MessageFeedback`.
#[derive(Clone, Default)]
pub struct MessageFeedback {
    /// Overall helpfulness rating
    pub is_helpful: ::std::option::Option<bool>,
    pub ratings: ::std::option::Option<MessageFeedbackRatings>,
    /// Categories of issues identified
    pub categories: ::std::option::Option<
        ::std::vec::Vec<MessageFeedbackCategoriesItem>,
    >,
    pub comments: ::std::option::Option<MessageFeedbackComments>,
    /// Feedback on individual citations
    pub citation_feedback: ::std::option::Option<
        ::std::vec::Vec<MessageFeedbackCitationFeedbackItem>,
    >,
    /// Were the suggested follow-up questions helpful
    pub follow_up_questions_helpful: ::std::option::Option<bool>,
}
crate::runtime::object! {
    MessageFeedback { is_helpful = "isHelpful" optional, ratings = "ratings" optional,
    categories = "categories" optional, comments = "comments" optional, citation_feedback
    = "citationFeedback" optional, follow_up_questions_helpful =
    "followUpQuestionsHelpful" optional, }
}

/// A conversation represents a chat session between a user and the AI.
/// Conversations maintain context across multiple messages and can be
/// shared, archived, and organized.
///
/// Schema `Conversation`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Conversation {
    /// Unique conversation identifier
    pub id: ::std::option::Option<::std::string::String>,
    /// ID of the user who owns this conversation
    pub user_id: ::std::option::Option<::std::string::String>,
    /// Organization this conversation belongs to
    pub org_id: ::std::option::Option<::std::string::String>,
    /// Conversation title, auto-generated from first query
    /// or manually updated
    pub title: ::std::option::Option<::std::string::String>,
    /// User who started the conversation
    pub initiator: ::std::option::Option<::std::string::String>,
    /// All messages in this conversation
    pub messages: ::std::option::Option<::std::vec::Vec<Message>>,
    /// Current status of the conversation:
    /// <ul>
    /// <li><code>INPROGRESS</code> - AI is processing</li>
    /// <li><code>COMPLETED</code> - Response ready</li>
    /// <li><code>FAILED</code> - Error occurred</li>
    /// </ul>
    pub status: ::std::option::Option<ConversationStatus>,
    /// Error description if status is FAILED
    pub fail_reason: ::std::option::Option<::std::string::String>,
    /// AI model configuration used
    pub model_info: ::std::option::Option<ConversationModelInfo>,
    /// Whether this conversation is shared with others
    pub is_shared: ::std::option::Option<bool>,
    /// Shareable link if conversation is shared
    pub share_link: ::std::option::Option<::std::string::String>,
    /// Users this conversation is shared with
    pub shared_with: ::std::option::Option<::std::vec::Vec<ConversationSharedWithItem>>,
    /// Whether this conversation is archived
    pub is_archived: ::std::option::Option<bool>,
    /// User who archived this conversation
    pub archived_by: ::std::option::Option<::std::string::String>,
    /// Unix timestamp of last activity
    pub last_activity_at: ::std::option::Option<i64>,
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    Conversation { id = "_id" optional, user_id = "userId" optional, org_id = "orgId"
    optional, title = "title" optional, initiator = "initiator" optional, messages =
    "messages" optional, status = "status" optional, fail_reason = "failReason" optional,
    model_info = "modelInfo" optional, is_shared = "isShared" optional, share_link =
    "shareLink" optional, shared_with = "sharedWith" optional, is_archived = "isArchived"
    optional, archived_by = "archivedBy" optional, last_activity_at = "lastActivityAt"
    optional, created_at = "createdAt" optional, updated_at = "updatedAt" optional, }
}

/// Request to share a conversation or search with other users
///
/// Schema `ShareRequest`.
#[derive(Clone, Default)]
pub struct ShareRequest {
    /// IDs of users to share with
    pub user_ids: ::std::vec::Vec<::std::string::String>,
    /// Permission level for shared users:
    /// <ul>
    /// <li><code>read</code> - Can view only</li>
    /// <li><code>write</code> - Can add messages</li>
    /// </ul>
    pub access_level: ::std::option::Option<ShareRequestAccessLevel>,
}
crate::runtime::object! {
    ShareRequest { user_ids = "userIds" required, access_level = "accessLevel" optional,
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
#[derive(Clone, Default)]
pub struct SemanticSearchRequest {
    /// Natural language search query. The system understands
    /// semantic meaning, not just keywords.
    pub query: ::std::string::String,
    pub filters: ::std::option::Option<Filters>,
    /// Maximum number of results to return
    pub limit: ::std::option::Option<i64>,
    /// AI model to use for embeddings
    pub model_key: ::std::option::Option<::std::string::String>,
    /// Display name of the model
    pub model_name: ::std::option::Option<::std::string::String>,
    /// Processing mode configuration
    pub chat_mode: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    SemanticSearchRequest { query = "query" required, filters = "filters" optional, limit
    = "limit" optional, model_key = "modelKey" optional, model_name = "modelName"
    optional, chat_mode = "chatMode" optional, }
}

/// Result of a semantic search operation, containing matching
/// document chunks with relevance scores.
///
/// Schema `SearchResult`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SearchResult {
    /// Unique search record identifier
    pub id: ::std::option::Option<::std::string::String>,
    /// Alias for _id
    pub search_id: ::std::option::Option<::std::string::String>,
    /// The original search query
    pub query: ::std::option::Option<::std::string::String>,
    /// Matching content chunks
    pub results: ::std::option::Option<::std::vec::Vec<SearchResultItem>>,
    /// Map of record IDs to record names
    pub records: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    pub user_id: ::std::option::Option<::std::string::String>,
    pub org_id: ::std::option::Option<::std::string::String>,
    pub is_shared: ::std::option::Option<bool>,
    pub shared_with: ::std::option::Option<::std::vec::Vec<ConversationSharedWithItem>>,
    pub is_archived: ::std::option::Option<bool>,
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    SearchResult { id = "_id" optional, search_id = "searchId" optional, query = "query"
    optional, results = "results" optional, records = "records" optional, user_id =
    "userId" optional, org_id = "orgId" optional, is_shared = "isShared" optional,
    shared_with = "sharedWith" optional, is_archived = "isArchived" optional, created_at
    = "createdAt" optional, }
}

/// A single matching chunk from semantic search
///
/// Schema `SearchResultItem`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SearchResultItem {
    /// The matching text content
    pub content: ::std::option::Option<::std::string::String>,
    /// Index of this chunk within the source document
    pub chunk_index: ::std::option::Option<i64>,
    /// Type of citation/source
    pub citation_type: ::std::option::Option<::std::string::String>,
    /// Additional metadata about the source
    pub metadata: ::std::option::Option<SearchResultItemMetadata>,
    /// Relevance score (higher is more relevant)
    pub score: ::std::option::Option<f64>,
}
crate::runtime::object! {
    SearchResultItem { content = "content" optional, chunk_index = "chunkIndex" optional,
    citation_type = "citationType" optional, metadata = "metadata" optional, score =
    "score" optional, }
}

/// A custom AI agent with specialized capabilities, tools, and knowledge scope.
/// Agents can be configured for specific use cases like customer support,
/// code review, or domain-specific Q&A.
///
/// Schema `Agent`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Agent {
    /// Unique identifier key for the agent
    pub agent_key: ::std::option::Option<::std::string::String>,
    /// Display name of the agent
    pub name: ::std::option::Option<::std::string::String>,
    /// What this agent is designed to do
    pub description: ::std::option::Option<::std::string::String>,
    /// System instructions that define agent behavior
    pub system_prompt: ::std::option::Option<::std::string::String>,
    /// List of tool keys the agent can use
    pub tools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Knowledge bases the agent has access to
    pub knowledge_bases: ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
    /// AI model configuration
    pub llm_config: ::std::option::Option<AgentLlmConfig>,
    /// Whether agent is available to all org users
    pub is_public: ::std::option::Option<bool>,
    pub created_by: ::std::option::Option<::std::string::String>,
    pub org_id: ::std::option::Option<::std::string::String>,
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    Agent { agent_key = "agentKey" optional, name = "name" optional, description =
    "description" optional, system_prompt = "systemPrompt" optional, tools = "tools"
    optional, knowledge_bases = "knowledgeBases" optional, llm_config = "llmConfig"
    optional, is_public = "isPublic" optional, created_by = "createdBy" optional, org_id
    = "orgId" optional, created_at = "createdAt" optional, updated_at = "updatedAt"
    optional, }
}

/// Reusable template for creating agents. Templates define the base
/// configuration that can be customized when creating an agent instance.
///
/// Schema `AgentTemplate`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AgentTemplate {
    /// Unique template identifier
    pub template_id: ::std::option::Option<::std::string::String>,
    /// Template name
    pub name: ::std::option::Option<::std::string::String>,
    /// What agents from this template are designed for
    pub description: ::std::option::Option<::std::string::String>,
    /// Template category for organization
    pub category: ::std::option::Option<::std::string::String>,
    /// Default system prompt for agents
    pub default_system_prompt: ::std::option::Option<::std::string::String>,
    /// Suggested tools for this template
    pub recommended_tools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON Schema for template customization options
    pub config_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Whether template is available organization-wide
    pub is_public: ::std::option::Option<bool>,
    pub created_by: ::std::option::Option<::std::string::String>,
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    AgentTemplate { template_id = "templateId" optional, name = "name" optional,
    description = "description" optional, category = "category" optional,
    default_system_prompt = "defaultSystemPrompt" optional, recommended_tools =
    "recommendedTools" optional, config_schema = "configSchema" optional, is_public =
    "isPublic" optional, created_by = "createdBy" optional, created_at = "createdAt"
    optional, }
}

/// A tool that agents can use to perform actions
///
/// Schema `AgentTool`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AgentTool {
    /// Unique tool identifier
    pub key: ::std::option::Option<::std::string::String>,
    /// Display name
    pub name: ::std::option::Option<::std::string::String>,
    /// What the tool does
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON Schema for tool inputs
    pub input_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Whether tool is currently available
    pub is_enabled: ::std::option::Option<bool>,
}
crate::runtime::object! {
    AgentTool { key = "key" optional, name = "name" optional, description = "description"
    optional, input_schema = "inputSchema" optional, is_enabled = "isEnabled" optional, }
}

/// A conversation with a specific AI agent. Similar to regular conversations
/// but tied to an agent's configuration and capabilities.
///
/// Schema `AgentConversation`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AgentConversation {
    pub id: ::std::option::Option<::std::string::String>,
    /// The agent this conversation is with
    pub agent_key: ::std::option::Option<::std::string::String>,
    pub user_id: ::std::option::Option<::std::string::String>,
    pub org_id: ::std::option::Option<::std::string::String>,
    pub title: ::std::option::Option<::std::string::String>,
    pub messages: ::std::option::Option<::std::vec::Vec<Message>>,
    pub status: ::std::option::Option<AgentConversationStatus>,
    pub is_shared: ::std::option::Option<bool>,
    pub shared_with: ::std::option::Option<::std::vec::Vec<ConversationSharedWithItem>>,
    pub last_activity_at: ::std::option::Option<i64>,
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    AgentConversation { id = "_id" optional, agent_key = "agentKey" optional, user_id =
    "userId" optional, org_id = "orgId" optional, title = "title" optional, messages =
    "messages" optional, status = "status" optional, is_shared = "isShared" optional,
    shared_with = "sharedWith" optional, last_activity_at = "lastActivityAt" optional,
    created_at = "createdAt" optional, updated_at = "updatedAt" optional, }
}

/// Scope determines visibility and access control for connectors:<br>
/// <ul>
/// <li><code>team</code> - Available to all users in the organization (admin-only creation)</li>
/// <li><code>personal</code> - Private to the creating user only</li>
/// </ul>
///
/// Schema `ConnectorScope`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ConnectorScope {
    /// `team`
    #[default]
    Team,
    /// `personal`
    Personal,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ConnectorScope + Unknown { Team = "team", Personal = "personal", }
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
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ConnectorAuthType {
    /// `OAUTH`
    #[default]
    Oauth,
    /// `OAUTH_ADMIN_CONSENT`
    OauthAdminConsent,
    /// `API_TOKEN`
    ApiToken,
    /// `USERNAME_PASSWORD`
    UsernamePassword,
    /// `NONE`
    None,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ConnectorAuthType + Unknown { Oauth = "OAUTH", OauthAdminConsent =
    "OAUTH_ADMIN_CONSENT", ApiToken = "API_TOKEN", UsernamePassword =
    "USERNAME_PASSWORD", None = "NONE", }
}

/// A connector type from the registry. Represents an available integration
/// that can be configured as a connector instance.
///
/// Schema `ConnectorType`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ConnectorType {
    /// Unique identifier for this connector type
    pub connector_type: ::std::option::Option<::std::string::String>,
    /// Human-readable name
    pub display_name: ::std::option::Option<::std::string::String>,
    /// What this connector does
    pub description: ::std::option::Option<::std::string::String>,
    /// Application group identifier
    pub app_group_id: ::std::option::Option<::std::string::String>,
    /// Application group name (e.g., "Google Workspace")
    pub app_group: ::std::option::Option<::std::string::String>,
    /// Supported authentication methods
    pub auth_types: ::std::option::Option<::std::vec::Vec<ConnectorAuthType>>,
    /// Supported scope types
    pub supported_scopes: ::std::option::Option<::std::vec::Vec<ConnectorScope>>,
    /// Whether connector supports data synchronization
    pub supports_sync: ::std::option::Option<bool>,
    /// Whether connector supports AI agent integration
    pub supports_agent: ::std::option::Option<bool>,
    /// Whether connector supports real-time updates
    pub supports_realtime: ::std::option::Option<bool>,
    /// Path to connector icon
    pub icon_path: ::std::option::Option<::std::string::String>,
    /// Categories (e.g., "Storage", "Communication")
    pub categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Whether this is a beta connector
    pub is_beta: ::std::option::Option<bool>,
}
crate::runtime::object! {
    ConnectorType { connector_type = "connectorType" optional, display_name =
    "displayName" optional, description = "description" optional, app_group_id =
    "appGroupId" optional, app_group = "appGroup" optional, auth_types = "authTypes"
    optional, supported_scopes = "supportedScopes" optional, supports_sync =
    "supportsSync" optional, supports_agent = "supportsAgent" optional, supports_realtime
    = "supportsRealtime" optional, icon_path = "iconPath" optional, categories =
    "categories" optional, is_beta = "isBeta" optional, }
}

/// A configured connector instance. Represents an active or configured
/// connection to an external service.
///
/// Schema `ConnectorInstance`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ConnectorInstance {
    /// Unique instance identifier
    pub connector_id: ::std::option::Option<::std::string::String>,
    /// Type of connector (from registry)
    pub connector_type: ::std::option::Option<::std::string::String>,
    /// User-defined name for this instance
    pub instance_name: ::std::option::Option<::std::string::String>,
    pub scope: ::std::option::Option<ConnectorScope>,
    pub auth_type: ::std::option::Option<ConnectorAuthType>,
    /// User ID who created this instance
    pub created_by: ::std::option::Option<::std::string::String>,
    /// Organization ID
    pub org_id: ::std::option::Option<::std::string::String>,
    /// Whether connector is enabled for syncing/agent
    pub is_active: ::std::option::Option<bool>,
    /// Whether all required configuration is complete
    pub is_configured: ::std::option::Option<bool>,
    /// Whether authentication is complete and valid
    pub is_authenticated: ::std::option::Option<bool>,
    /// Whether sync is enabled
    pub sync_enabled: ::std::option::Option<bool>,
    /// Whether agent integration is enabled
    pub agent_enabled: ::std::option::Option<bool>,
    /// Timestamp of last successful sync
    pub last_sync_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    ConnectorInstance { connector_id = "connectorId" optional, connector_type =
    "connectorType" optional, instance_name = "instanceName" optional, scope = "scope"
    optional, auth_type = "authType" optional, created_by = "createdBy" optional, org_id
    = "orgId" optional, is_active = "isActive" optional, is_configured = "isConfigured"
    optional, is_authenticated = "isAuthenticated" optional, sync_enabled = "syncEnabled"
    optional, agent_enabled = "agentEnabled" optional, last_sync_at = "lastSyncAt"
    optional, created_at = "createdAt" optional, updated_at = "updatedAt" optional, }
}

/// Configuration for a connector instance including auth, sync, and filter settings
///
/// Schema `ConnectorConfig`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ConnectorConfig {
    /// Connector instance ID
    pub connector_id: ::std::option::Option<::std::string::String>,
    /// Connector type
    pub connector_type: ::std::option::Option<::std::string::String>,
    /// Instance name
    pub instance_name: ::std::option::Option<::std::string::String>,
    pub auth_type: ::std::option::Option<ConnectorAuthType>,
    pub scope: ::std::option::Option<ConnectorScope>,
    /// Configuration sections
    pub config: ::std::option::Option<ConnectorConfigConfig>,
    /// Base URL for self-hosted instances
    pub base_url: ::std::option::Option<::std::string::String>,
    pub is_active: ::std::option::Option<bool>,
    pub is_configured: ::std::option::Option<bool>,
    pub is_authenticated: ::std::option::Option<bool>,
}
crate::runtime::object! {
    ConnectorConfig { connector_id = "connectorId" optional, connector_type =
    "connectorType" optional, instance_name = "instanceName" optional, auth_type =
    "authType" optional, scope = "scope" optional, config = "config" optional, base_url =
    "baseUrl" optional, is_active = "isActive" optional, is_configured = "isConfigured"
    optional, is_authenticated = "isAuthenticated" optional, }
}

/// Schema definition for configuring a connector type
///
/// Schema `ConnectorSchema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ConnectorSchema {
    pub connector_type: ::std::option::Option<::std::string::String>,
    /// JSON Schema for authentication fields
    pub auth_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// JSON Schema for sync configuration
    pub sync_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// JSON Schema for filter options
    pub filter_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Required field names
    pub required_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    ConnectorSchema { connector_type = "connectorType" optional, auth_schema =
    "authSchema" optional, sync_schema = "syncSchema" optional, filter_schema =
    "filterSchema" optional, required_fields = "requiredFields" optional, }
}

/// Authentication configuration for a connector instance
///
/// Schema `ConnectorAuthConfig`.
#[derive(Clone, Default)]
pub struct ConnectorAuthConfig {
    /// Authentication values (keys depend on connector's auth schema)
    pub values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// ID of admin-created OAuth configuration to use
    pub oauth_config_id: ::std::option::Option<::std::string::String>,
    /// Custom authentication values specific to the connector
    pub custom_values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    ConnectorAuthConfig { values = "values" optional, oauth_config_id = "oauthConfigId"
    optional, custom_values = "customValues" optional, }
}

/// Synchronization configuration for a connector instance
///
/// Schema `ConnectorSyncConfig`.
#[derive(Clone, Default)]
pub struct ConnectorSyncConfig {
    /// Sync strategy: MANUAL (user-triggered), SCHEDULED (interval/cron), WEBHOOK (event-driven), REALTIME (WebSocket)
    pub selected_strategy: ::std::option::Option<ConnectorSyncConfigSelectedStrategy>,
    /// Configuration for scheduled sync strategy
    pub scheduled_config: ::std::option::Option<ConnectorSyncConfigScheduledConfig>,
    /// Configuration for webhook-based sync
    pub webhook_config: ::std::option::Option<ConnectorSyncConfigWebhookConfig>,
    /// Sync setting values specific to the connector
    pub values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Custom sync values
    pub custom_values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    ConnectorSyncConfig { selected_strategy = "selectedStrategy" optional,
    scheduled_config = "scheduledConfig" optional, webhook_config = "webhookConfig"
    optional, values = "values" optional, custom_values = "customValues" optional, }
}

/// Filter configuration to control what data is synced (sync filters and indexing filters)
///
/// Schema `ConnectorFiltersConfig`.
#[derive(Clone, Default)]
pub struct ConnectorFiltersConfig {
    /// Sync filter selections
    pub sync: ::std::option::Option<ConnectorFiltersConfigSync>,
    /// Indexing filter selections
    pub indexing: ::std::option::Option<ConnectorFiltersConfigIndexing>,
}
crate::runtime::object! {
    ConnectorFiltersConfig { sync = "sync" optional, indexing = "indexing" optional, }
}

/// Request to create a new connector instance
///
/// Schema `CreateConnectorRequest`.
#[derive(Clone, Default)]
pub struct CreateConnectorRequest {
    /// Connector type from registry (e.g., google-drive, confluence, slack)
    pub connector_type: ::std::string::String,
    /// Display name for this connector instance
    pub instance_name: ::std::string::String,
    pub scope: ConnectorScope,
    /// Authentication type (required if connector supports multiple auth methods)
    pub auth_type: ::std::option::Option<CreateConnectorRequestAuthType>,
    /// Initial configuration (can also be set after creation)
    pub config: ::std::option::Option<CreateConnectorRequestConfig>,
    /// Base URL for self-hosted instances (e.g., Confluence Server, GitLab Self-Managed)
    pub base_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateConnectorRequest { connector_type = "connectorType" required, instance_name =
    "instanceName" required, scope = "scope" required, auth_type = "authType" optional,
    config = "config" optional, base_url = "baseUrl" optional, }
}

/// Request to update connector configuration (partial updates supported)
///
/// Schema `UpdateConnectorConfigRequest`.
#[derive(Clone, Default)]
pub struct UpdateConnectorConfigRequest {
    pub auth: ::std::option::Option<ConnectorAuthConfig>,
    pub sync: ::std::option::Option<ConnectorSyncConfig>,
    pub filters: ::std::option::Option<ConnectorFiltersConfig>,
    /// Base URL for self-hosted instances
    pub base_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateConnectorConfigRequest { auth = "auth" optional, sync = "sync" optional,
    filters = "filters" optional, base_url = "baseUrl" optional, }
}

/// Request to update authentication config (clears OAuth tokens, requires re-auth)
///
/// Schema `UpdateConnectorAuthRequest`.
#[derive(Clone, Default)]
pub struct UpdateConnectorAuthRequest {
    pub auth: ConnectorAuthConfig,
    /// Base URL (if changed with auth update)
    pub base_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateConnectorAuthRequest { auth = "auth" required, base_url = "baseUrl" optional, }
}

/// Request to update filters and sync config (connector must be authenticated and inactive)
///
/// Schema `UpdateConnectorFiltersSyncRequest`.
#[derive(Clone, Default)]
pub struct UpdateConnectorFiltersSyncRequest {
    pub sync: ::std::option::Option<ConnectorSyncConfig>,
    pub filters: ::std::option::Option<ConnectorFiltersConfig>,
    pub base_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateConnectorFiltersSyncRequest { sync = "sync" optional, filters = "filters"
    optional, base_url = "baseUrl" optional, }
}

/// Request to save filter selections for a connector
///
/// Schema `SaveConnectorFiltersRequest`.
#[derive(Clone, Default)]
pub struct SaveConnectorFiltersRequest {
    /// Filter values to save (structure depends on connector's filter schema)
    pub filters: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
crate::runtime::object! {
    SaveConnectorFiltersRequest { filters = "filters" required, }
}

/// Request to update connector instance name
///
/// Schema `UpdateConnectorNameRequest`.
#[derive(Clone, Default)]
pub struct UpdateConnectorNameRequest {
    /// New display name for the connector instance
    pub instance_name: ::std::string::String,
}
crate::runtime::object! {
    UpdateConnectorNameRequest { instance_name = "instanceName" required, }
}

/// Request to toggle connector active status
///
/// Schema `ConnectorToggleRequest`.
#[derive(Clone, Default)]
pub struct ConnectorToggleRequest {
    /// Toggle type: 'sync' for data synchronization, 'agent' for AI agent integration
    pub type_: ConnectorToggleRequestType,
}
crate::runtime::object! {
    ConnectorToggleRequest { type_ = "type" required, }
}

/// Available filter options for a connector
///
/// Schema `FilterOptions`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct FilterOptions {
    pub filters: ::std::option::Option<::std::vec::Vec<FilterOptionsFiltersItem>>,
}
crate::runtime::object! {
    FilterOptions { filters = "filters" optional, }
}

/// OAuth configuration for a connector type. Created by admins to enable
/// OAuth authentication for connectors.
///
/// Schema `OAuthConfig`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuthConfig {
    /// Unique configuration ID
    pub config_id: ::std::option::Option<::std::string::String>,
    /// Connector type this config applies to
    pub connector_type: ::std::option::Option<::std::string::String>,
    /// Name for this OAuth configuration
    pub oauth_instance_name: ::std::option::Option<::std::string::String>,
    pub org_id: ::std::option::Option<::std::string::String>,
    pub created_by: ::std::option::Option<::std::string::String>,
    /// OAuth credentials (admin-only view)
    pub config: ::std::option::Option<OAuthConfigConfig>,
    /// Base URL for self-hosted instances
    pub base_url: ::std::option::Option<::std::string::String>,
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    OAuthConfig { config_id = "configId" optional, connector_type = "connectorType"
    optional, oauth_instance_name = "oauthInstanceName" optional, org_id = "orgId"
    optional, created_by = "createdBy" optional, config = "config" optional, base_url =
    "baseUrl" optional, created_at = "createdAt" optional, updated_at = "updatedAt"
    optional, }
}

/// Request to create OAuth configuration (admin only). Stores credentials that users select when setting up connectors.
///
/// Schema `CreateOAuthConfigRequest`.
#[derive(Clone, Default)]
pub struct CreateOAuthConfigRequest {
    /// Display name for this OAuth configuration (e.g., 'Production Google OAuth')
    pub oauth_instance_name: ::std::string::String,
    /// OAuth application credentials
    pub config: CreateOAuthConfigRequestConfig,
    /// Base URL for self-hosted instances (e.g., GitLab Self-Managed)
    pub base_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateOAuthConfigRequest { oauth_instance_name = "oauthInstanceName" required, config
    = "config" required, base_url = "baseUrl" optional, }
}

/// Pagination information for connector lists
///
/// Schema `ConnectorPagination`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ConnectorPagination {
    /// Current page number
    pub page: ::std::option::Option<i64>,
    /// Items per page
    pub limit: ::std::option::Option<i64>,
    /// Total number of items
    pub total: ::std::option::Option<i64>,
    /// Whether more pages exist
    pub has_more: ::std::option::Option<bool>,
}
crate::runtime::object! {
    ConnectorPagination { page = "page" optional, limit = "limit" optional, total =
    "total" optional, has_more = "hasMore" optional, }
}

/// Platform-wide configuration settings for file uploads and feature toggles
///
/// Schema `PlatformSettings`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct PlatformSettings {
    /// Maximum file upload size in bytes. Default is 30MB (31457280 bytes). Maximum allowed is 1GB.
    pub file_upload_max_size_bytes: i64,
    /// Key-value map of feature flags to enable/disable platform features.
    /// Available flags:
    /// - ENABLE_BETA_CONNECTORS: Allow usage of beta connector integrations that may be unstable
    pub feature_flags: ::std::collections::BTreeMap<::std::string::String, bool>,
    /// Timestamp of last settings update (read-only, set automatically)
    ///
    /// Read-only: sent by the server only.
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    PlatformSettings { file_upload_max_size_bytes = "fileUploadMaxSizeBytes" required,
    feature_flags = "featureFlags" required, updated_at = "updatedAt" optional, }
}

/// Type of AI model
///
/// Schema `ModelType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ModelType {
    /// `llm`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ModelType + Unknown { Llm = "llm", Embedding = "embedding", Ocr = "ocr", Slm = "slm",
    Reasoning = "reasoning", MultiModal = "multiModal", }
}

/// Azure Active Directory authentication configuration
///
/// Schema `AzureAdAuthConfig`.
#[derive(Clone, Default)]
pub struct AzureAdAuthConfig {
    /// Azure AD application client ID
    pub client_id: ::std::string::String,
    /// Azure AD tenant ID (use 'common' for multi-tenant)
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    AzureAdAuthConfig { client_id = "clientId" required, tenant_id = "tenantId" optional,
    }
}

/// Microsoft authentication configuration
///
/// Schema `MicrosoftAuthConfig`.
#[derive(Clone, Default)]
pub struct MicrosoftAuthConfig {
    /// Microsoft application client ID
    pub client_id: ::std::string::String,
    /// Microsoft tenant ID
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    MicrosoftAuthConfig { client_id = "clientId" required, tenant_id = "tenantId"
    optional, }
}

/// Google authentication configuration
///
/// Schema `GoogleAuthConfig`.
#[derive(Clone, Default)]
pub struct GoogleAuthConfig {
    /// Google OAuth client ID
    pub client_id: ::std::string::String,
}
crate::runtime::object! {
    GoogleAuthConfig { client_id = "clientId" required, }
}

/// Generic OAuth 2.0 provider configuration
///
/// Schema `GenericOAuthConfig`.
#[derive(Clone, Default)]
pub struct GenericOAuthConfig {
    /// Display name for the OAuth provider
    pub provider_name: ::std::string::String,
    /// OAuth client ID
    pub client_id: ::std::string::String,
    /// OAuth client secret
    pub client_secret: ::std::option::Option<::std::string::String>,
    /// Authorization endpoint URL
    pub authorization_url: ::std::option::Option<::std::string::String>,
    /// Token endpoint URL
    pub token_endpoint: ::std::option::Option<::std::string::String>,
    /// User info endpoint URL
    pub user_info_endpoint: ::std::option::Option<::std::string::String>,
    /// OAuth scopes to request
    pub scope: ::std::option::Option<::std::string::String>,
    /// OAuth redirect URI
    pub redirect_uri: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GenericOAuthConfig { provider_name = "providerName" required, client_id = "clientId"
    required, client_secret = "clientSecret" optional, authorization_url =
    "authorizationUrl" optional, token_endpoint = "tokenEndpoint" optional,
    user_info_endpoint = "userInfoEndpoint" optional, scope = "scope" optional,
    redirect_uri = "redirectUri" optional, }
}

/// Google Workspace service account or OAuth credentials
///
/// Schema `GoogleWorkspaceCredentials`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GoogleWorkspaceCredentials {
    /// Type of credentials: 'individual' for OAuth, 'business' for service account
    pub user_type: ::std::option::Option<GoogleWorkspaceCredentialsUserType>,
    /// Credential data (structure depends on userType)
    pub credentials: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    GoogleWorkspaceCredentials { user_type = "userType" optional, credentials =
    "credentials" optional, }
}

/// Google Workspace OAuth configuration for connectors
///
/// Schema `GoogleWorkspaceOAuthConfig`.
#[derive(Clone, Default)]
pub struct GoogleWorkspaceOAuthConfig {
    /// Google OAuth client ID
    pub client_id: ::std::string::String,
    /// Google OAuth client secret
    pub client_secret: ::std::string::String,
    /// Enable Google Pub/Sub for real-time updates
    pub enable_real_time_updates: ::std::option::Option<bool>,
    /// Google Pub/Sub topic name (required if enableRealTimeUpdates is true)
    pub topic_name: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GoogleWorkspaceOAuthConfig { client_id = "clientId" required, client_secret =
    "clientSecret" required, enable_real_time_updates = "enableRealTimeUpdates" optional,
    topic_name = "topicName" optional, }
}

/// Atlassian (Confluence/Jira) OAuth configuration
///
/// Schema `AtlassianConfig`.
#[derive(Clone, Default)]
pub struct AtlassianConfig {
    /// Atlassian OAuth client ID
    pub client_id: ::std::string::String,
    /// Atlassian OAuth client secret
    pub client_secret: ::std::string::String,
}
crate::runtime::object! {
    AtlassianConfig { client_id = "clientId" required, client_secret = "clientSecret"
    required, }
}

/// OneDrive/Microsoft 365 connector configuration
///
/// Schema `OneDriveConfig`.
#[derive(Clone, Default)]
pub struct OneDriveConfig {
    /// Microsoft application client ID
    pub client_id: ::std::string::String,
    /// Microsoft application client secret
    pub client_secret: ::std::string::String,
    /// Microsoft/Azure tenant ID
    pub tenant_id: ::std::string::String,
    /// Whether admin consent has been granted
    pub has_admin_consent: ::std::option::Option<bool>,
}
crate::runtime::object! {
    OneDriveConfig { client_id = "clientId" required, client_secret = "clientSecret"
    required, tenant_id = "tenantId" required, has_admin_consent = "hasAdminConsent"
    optional, }
}

/// SharePoint connector configuration
///
/// Schema `SharePointConfig`.
#[derive(Clone, Default)]
pub struct SharePointConfig {
    /// Microsoft application client ID
    pub client_id: ::std::string::String,
    /// Microsoft application client secret
    pub client_secret: ::std::string::String,
    /// Microsoft/Azure tenant ID
    pub tenant_id: ::std::string::String,
    /// SharePoint domain (e.g., 'mycompany.sharepoint.com')
    pub sharepoint_domain: ::std::string::String,
    /// Whether admin consent has been granted
    pub has_admin_consent: ::std::option::Option<bool>,
}
crate::runtime::object! {
    SharePointConfig { client_id = "clientId" required, client_secret = "clientSecret"
    required, tenant_id = "tenantId" required, sharepoint_domain = "sharepointDomain"
    required, has_admin_consent = "hasAdminConsent" optional, }
}

/// Configuration for application telemetry and metrics collection.
/// Metrics are collected anonymously and pushed to a remote server for analytics.
///
/// Schema `MetricsCollectionConfig`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct MetricsCollectionConfig {
    /// Master switch for metrics collection. When disabled, no metrics are collected or pushed.
    /// Default: true
    pub enable_metric_collection: ::std::option::Option<bool>,
    /// Interval in milliseconds between metrics pushes to the remote server.
    /// Minimum: 1000ms (1 second), Default: 60000ms (1 minute)
    pub push_interval_ms: ::std::option::Option<i64>,
    /// URL of the metrics collection server. For self-hosted analytics, point this
    /// to your own Prometheus-compatible endpoint.
    pub server_url: ::std::option::Option<::std::string::String>,
    /// API key for authenticating with the metrics server. Auto-generated if not provided.
    pub api_key: ::std::option::Option<::std::string::String>,
    /// Unique identifier for this PipesHub instance. Auto-generated based on hostname.
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// Current application version for metrics tagging.
    pub app_version: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    MetricsCollectionConfig { enable_metric_collection = "enableMetricCollection"
    optional, push_interval_ms = "pushIntervalMs" optional, server_url = "serverUrl"
    optional, api_key = "apiKey" optional, instance_id = "instanceId" optional,
    app_version = "appVersion" optional, }
}

/// Platform feature flag definition
///
/// Schema `FeatureFlag`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct FeatureFlag {
    /// Unique feature flag key
    pub key: ::std::option::Option<::std::string::String>,
    /// Display label
    pub label: ::std::option::Option<::std::string::String>,
    /// Feature flag description
    pub description: ::std::option::Option<::std::string::String>,
    /// Default enabled state
    pub default_enabled: ::std::option::Option<bool>,
}
crate::runtime::object! {
    FeatureFlag { key = "key" optional, label = "label" optional, description =
    "description" optional, default_enabled = "defaultEnabled" optional, }
}

/// Custom system prompt configuration
///
/// Schema `CustomSystemPrompt`.
#[derive(Clone, Default)]
pub struct CustomSystemPrompt {
    /// Custom system prompt text for AI models
    pub custom_system_prompt: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CustomSystemPrompt { custom_system_prompt = "customSystemPrompt" optional, }
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
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CrawlingScheduleType {
    /// `hourly`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CrawlingScheduleType + Unknown { Hourly = "hourly", Daily = "daily", Weekly =
    "weekly", Monthly = "monthly", Custom = "custom", Once = "once", }
}

/// Base configuration fields common to all schedule types
///
/// Schema `BaseScheduleConfig`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BaseScheduleConfig {
    pub schedule_type: CrawlingScheduleType,
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    pub timezone: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    BaseScheduleConfig { schedule_type = "scheduleType" required, is_enabled =
    "isEnabled" optional, timezone = "timezone" optional, }
}

/// Schema `HourlyScheduleConfig`.
#[derive(Clone, Default)]
pub struct HourlyScheduleConfig {
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    pub timezone: ::std::option::Option<::std::string::String>,
    pub schedule_type: HourlyScheduleConfigScheduleType,
    /// Minute of the hour to run (0-59)
    pub minute: i64,
    /// Run every X hours (1 = every hour, 2 = every 2 hours, etc.)
    pub interval: ::std::option::Option<i64>,
}
crate::runtime::object! {
    HourlyScheduleConfig { is_enabled = "isEnabled" optional, timezone = "timezone"
    optional, schedule_type = "scheduleType" required, minute = "minute" required,
    interval = "interval" optional, }
}

/// Schema `DailyScheduleConfig`.
#[derive(Clone, Default)]
pub struct DailyScheduleConfig {
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    pub timezone: ::std::option::Option<::std::string::String>,
    pub schedule_type: DailyScheduleConfigScheduleType,
    /// Hour of the day to run (0-23, 24-hour format)
    pub hour: i64,
    /// Minute of the hour to run (0-59)
    pub minute: i64,
}
crate::runtime::object! {
    DailyScheduleConfig { is_enabled = "isEnabled" optional, timezone = "timezone"
    optional, schedule_type = "scheduleType" required, hour = "hour" required, minute =
    "minute" required, }
}

/// Schema `WeeklyScheduleConfig`.
#[derive(Clone, Default)]
pub struct WeeklyScheduleConfig {
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    pub timezone: ::std::option::Option<::std::string::String>,
    pub schedule_type: WeeklyScheduleConfigScheduleType,
    /// Days of the week to run (0=Sunday, 1=Monday, ..., 6=Saturday).<br>
    /// Example: \[1, 3, 5\] runs on Monday, Wednesday, Friday
    pub days_of_week: ::std::vec::Vec<i64>,
    /// Hour of the day to run (0-23)
    pub hour: i64,
    /// Minute of the hour to run (0-59)
    pub minute: i64,
}
crate::runtime::object! {
    WeeklyScheduleConfig { is_enabled = "isEnabled" optional, timezone = "timezone"
    optional, schedule_type = "scheduleType" required, days_of_week = "daysOfWeek"
    required, hour = "hour" required, minute = "minute" required, }
}

/// Schema `MonthlyScheduleConfig`.
#[derive(Clone, Default)]
pub struct MonthlyScheduleConfig {
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    pub timezone: ::std::option::Option<::std::string::String>,
    pub schedule_type: MonthlyScheduleConfigScheduleType,
    /// Day of the month to run (1-31). If day doesn't exist in month, job runs on last day.
    pub day_of_month: i64,
    /// Hour of the day to run (0-23)
    pub hour: i64,
    /// Minute of the hour to run (0-59)
    pub minute: i64,
}
crate::runtime::object! {
    MonthlyScheduleConfig { is_enabled = "isEnabled" optional, timezone = "timezone"
    optional, schedule_type = "scheduleType" required, day_of_month = "dayOfMonth"
    required, hour = "hour" required, minute = "minute" required, }
}

/// Schema `CustomScheduleConfig`.
#[derive(Clone, Default)]
pub struct CustomScheduleConfig {
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    pub timezone: ::std::option::Option<::std::string::String>,
    pub schedule_type: CustomScheduleConfigScheduleType,
    /// Standard 5-field cron expression: minute hour day-of-month month day-of-week.<br>
    /// Examples:<br>
    /// <ul>
    /// <li><code>0 2 * * *</code> - Every day at 2:00 AM</li>
    /// <li><code>30 */4 * * *</code> - Every 4 hours at minute 30</li>
    /// <li><code>0 9 * * 1-5</code> - Weekdays at 9:00 AM</li>
    /// <li><code>0 0 1,15 * *</code> - 1st and 15th of each month at midnight</li>
    /// </ul>
    pub cron_expression: ::std::string::String,
    /// Human-readable description of the cron schedule
    pub description: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CustomScheduleConfig { is_enabled = "isEnabled" optional, timezone = "timezone"
    optional, schedule_type = "scheduleType" required, cron_expression = "cronExpression"
    required, description = "description" optional, }
}

/// Schema `OnceScheduleConfig`.
#[derive(Clone, Default)]
pub struct OnceScheduleConfig {
    /// Whether the schedule is active. Disabled schedules won't create new jobs.
    pub is_enabled: ::std::option::Option<bool>,
    /// IANA timezone identifier (e.g., "America/New_York", "Europe/London", "Asia/Tokyo")
    pub timezone: ::std::option::Option<::std::string::String>,
    pub schedule_type: OnceScheduleConfigScheduleType,
    /// ISO 8601 datetime when the job should run. Must be in the future.
    pub scheduled_time: ::chrono::DateTime<::chrono::Utc>,
}
crate::runtime::object! {
    OnceScheduleConfig { is_enabled = "isEnabled" optional, timezone = "timezone"
    optional, schedule_type = "scheduleType" required, scheduled_time = "scheduledTime"
    required, }
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
/// The discriminator picks the variant; values with a tag this client does not know
/// are kept in `Unknown`.
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
    /// A value whose tag this client does not know, kept as it came.
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for ScheduleConfig {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::HourlyScheduleConfig(value) => {
                ("hourly", ::serde_json::to_value(value))
            }
            Self::DailyScheduleConfig(value) => ("daily", ::serde_json::to_value(value)),
            Self::WeeklyScheduleConfig(value) => {
                ("weekly", ::serde_json::to_value(value))
            }
            Self::MonthlyScheduleConfig(value) => {
                ("monthly", ::serde_json::to_value(value))
            }
            Self::CustomScheduleConfig(value) => {
                ("custom", ::serde_json::to_value(value))
            }
            Self::OnceScheduleConfig(value) => ("once", ::serde_json::to_value(value)),
            Self::Unknown(value) => return value.serialize(serializer),
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
            Some("hourly") => {
                ::serde_json::from_value(value)
                    .map(Self::HourlyScheduleConfig)
                    .map_err(D::Error::custom)
            }
            Some("daily") => {
                ::serde_json::from_value(value)
                    .map(Self::DailyScheduleConfig)
                    .map_err(D::Error::custom)
            }
            Some("weekly") => {
                ::serde_json::from_value(value)
                    .map(Self::WeeklyScheduleConfig)
                    .map_err(D::Error::custom)
            }
            Some("monthly") => {
                ::serde_json::from_value(value)
                    .map(Self::MonthlyScheduleConfig)
                    .map_err(D::Error::custom)
            }
            Some("custom") => {
                ::serde_json::from_value(value)
                    .map(Self::CustomScheduleConfig)
                    .map_err(D::Error::custom)
            }
            Some("once") => {
                ::serde_json::from_value(value)
                    .map(Self::OnceScheduleConfig)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Data payload stored with each crawling job in the queue
///
/// Schema `CrawlingJobData`.
#[derive(Clone)]
#[non_exhaustive]
pub struct CrawlingJobData {
    /// Connector type identifier (e.g., "drive", "onedrive", "slack")
    pub connector: ::std::string::String,
    /// Unique identifier of the connector instance
    pub connector_id: ::std::string::String,
    pub schedule_config: ScheduleConfig,
    /// Organization ID that owns this crawling job
    pub org_id: ::std::string::String,
    /// User ID who created/scheduled this job
    pub user_id: ::std::string::String,
    /// When the job was created/scheduled
    pub timestamp: ::chrono::DateTime<::chrono::Utc>,
    /// Optional additional metadata for the job
    pub metadata: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    slots CrawlingJobData { connector = "connector" required, connector_id =
    "connectorId" required, schedule_config = "scheduleConfig" required, org_id = "orgId"
    required, user_id = "userId" required, timestamp = "timestamp" required, metadata =
    "metadata" optional, }
}

/// Complete status information for a crawling job
///
/// Schema `JobStatus`.
#[derive(Clone)]
#[non_exhaustive]
pub struct JobStatus {
    /// Unique job ID assigned by BullMQ
    pub id: ::std::option::Option<::std::string::String>,
    /// Job name (format crawl-{connector}-{connectorId})
    pub name: ::std::string::String,
    pub data: CrawlingJobData,
    /// Job progress information (can be number 0-100 or object with percentage/current/total)
    pub progress: ::std::option::Option<JobStatusProgress>,
    /// Delay in milliseconds before job starts (for delayed/scheduled jobs)
    pub delay: ::std::option::Option<i64>,
    /// Unix timestamp when job was created (milliseconds)
    pub timestamp: i64,
    /// Number of execution attempts made (increments on retry)
    pub attempts_made: i64,
    /// Unix timestamp when job completed (null if not finished)
    pub finished_on: ::std::option::Option<i64>,
    /// Unix timestamp when job started processing (null if not started)
    pub processed_on: ::std::option::Option<i64>,
    /// Error message if job failed
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
crate::runtime::object! {
    slots JobStatus { id = "id" optional, name = "name" required, data = "data" required,
    progress = "progress" optional, delay = "delay" optional, timestamp = "timestamp"
    required, attempts_made = "attemptsMade" required, finished_on = "finishedOn"
    optional, processed_on = "processedOn" optional, failed_reason = "failedReason"
    optional, state = "state" required, }
}

/// Aggregate statistics for the crawling job queue
///
/// Schema `QueueStats`.
#[derive(Clone, Default)]
#[non_exhaustive]
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
crate::runtime::object! {
    QueueStats { waiting = "waiting" required, active = "active" required, completed =
    "completed" required, failed = "failed" required, delayed = "delayed" required,
    paused = "paused" required, repeatable = "repeatable" required, total = "total"
    required, }
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
#[derive(Clone, Default)]
pub struct MailBody {
    /// Name of the product sending the email (used in templates for branding)
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Type of email template to use. Each template has specific `templateData` requirements:
    /// - `loginWithOTP`: OTP authentication email
    /// - `resetPassword`: Password reset link email
    /// - `accountCreation`: Welcome email for new organizations
    /// - `appuserInvite`: Invitation email to join an organization
    /// - `suspiciousLoginAttempt`: Security alert for multiple failed OTP attempts
    pub email_template_type: MailBodyEmailTemplateType,
    /// Flag indicating if this is an automated system email (for tracking/filtering purposes)
    pub is_auto_email: ::std::option::Option<bool>,
    /// Sender email address for audit logging. **Note:** The actual "From" address used
    /// in the email is taken from the SMTP server configuration (`smtpConfig.fromEmail`),
    /// not this field. This field is stored in the database for record-keeping.
    pub from_email_domain: ::std::option::Option<::std::string::String>,
    /// List of recipient email addresses (at least one required)
    pub send_email_to: ::std::vec::Vec<::std::string::String>,
    /// Email subject line
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
    pub template_data: ::std::option::Option<MailBodyTemplateData>,
    /// Optional list of CC recipient email addresses
    pub send_cc_to: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Optional email attachments (uses nodemailer attachment format)
    pub attachments: ::std::option::Option<::std::vec::Vec<MailBodyAttachmentsItem>>,
}
crate::runtime::object! {
    MailBody { product_name = "productName" optional, email_template_type =
    "emailTemplateType" required, is_auto_email = "isAutoEmail" optional,
    from_email_domain = "fromEmailDomain" optional, send_email_to = "sendEmailTo"
    required, subject = "subject" optional, template_data = "templateData" optional,
    send_cc_to = "sendCcTo" optional, attachments = "attachments" optional, }
}

/// Template data for password reset email
///
/// Schema `ResetPasswordTemplateData`.
#[derive(Clone, Default)]
pub struct ResetPasswordTemplateData {
    /// User's display name shown in the email greeting
    pub name: ::std::string::String,
    /// Password reset URL with secure token
    pub link: ::std::string::String,
}
crate::runtime::object! {
    ResetPasswordTemplateData { name = "name" required, link = "link" required, }
}

/// Template data for organization account creation welcome email
///
/// Schema `AccountCreationTemplateData`.
#[derive(Clone, Default)]
pub struct AccountCreationTemplateData {
    /// Name of the newly created organization
    pub org_name: ::std::string::String,
    /// Login URL for the platform
    pub link: ::std::string::String,
}
crate::runtime::object! {
    AccountCreationTemplateData { org_name = "orgName" required, link = "link" required,
    }
}

/// Template data for user invitation email
///
/// Schema `AppUserInviteTemplateData`.
#[derive(Clone, Default)]
pub struct AppUserInviteTemplateData {
    /// Name of the person who sent the invitation
    pub invitee: ::std::string::String,
    /// Name of the organization the user is being invited to
    pub org_name: ::std::string::String,
    /// Invitation acceptance URL with secure token
    pub link: ::std::string::String,
}
crate::runtime::object! {
    AppUserInviteTemplateData { invitee = "invitee" required, org_name = "orgName"
    required, link = "link" required, }
}

/// Template data for suspicious login attempt security alert email
///
/// Schema `SuspiciousLoginTemplateData`.
#[derive(Clone, Default)]
pub struct SuspiciousLoginTemplateData {
    /// Support contact URL for reporting unauthorized access
    pub link: ::std::string::String,
}
crate::runtime::object! {
    SuspiciousLoginTemplateData { link = "link" required, }
}

/// Schema `PaginationInfo`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct PaginationInfo {
    /// Current page number
    pub page: ::std::option::Option<i64>,
    /// Items per page
    pub limit: ::std::option::Option<i64>,
    /// Total number of items
    pub total_count: ::std::option::Option<i64>,
    /// Total number of pages
    pub total_pages: ::std::option::Option<i64>,
}
crate::runtime::object! {
    PaginationInfo { page = "page" optional, limit = "limit" optional, total_count =
    "totalCount" optional, total_pages = "totalPages" optional, }
}

/// OpenID Connect Discovery Response (RFC 8414).
/// Contains authorization server metadata.
///
/// Schema `OpenIDConfiguration`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OpenIdConfiguration {
    /// Authorization server issuer URL
    pub issuer: ::std::option::Option<::std::string::String>,
    /// OAuth authorization endpoint
    pub authorization_endpoint: ::std::option::Option<::std::string::String>,
    /// OAuth token endpoint
    pub token_endpoint: ::std::option::Option<::std::string::String>,
    /// OpenID Connect UserInfo endpoint
    pub userinfo_endpoint: ::std::option::Option<::std::string::String>,
    /// Token revocation endpoint
    pub revocation_endpoint: ::std::option::Option<::std::string::String>,
    /// Token introspection endpoint
    pub introspection_endpoint: ::std::option::Option<::std::string::String>,
    /// JSON Web Key Set endpoint
    pub jwks_uri: ::std::option::Option<::std::string::String>,
    /// Supported OAuth scopes
    pub scopes_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Supported OAuth response types
    pub response_types_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Supported grant types
    pub grant_types_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Supported client authentication methods
    pub token_endpoint_auth_methods_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Supported subject identifier types
    pub subject_types_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Supported ID token signing algorithms
    pub id_token_signing_alg_values_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Supported claims in ID tokens/UserInfo
    pub claims_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Supported PKCE code challenge methods
    pub code_challenge_methods_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
crate::runtime::object! {
    OpenIdConfiguration { issuer = "issuer" optional, authorization_endpoint =
    "authorization_endpoint" optional, token_endpoint = "token_endpoint" optional,
    userinfo_endpoint = "userinfo_endpoint" optional, revocation_endpoint =
    "revocation_endpoint" optional, introspection_endpoint = "introspection_endpoint"
    optional, jwks_uri = "jwks_uri" optional, scopes_supported = "scopes_supported"
    optional, response_types_supported = "response_types_supported" optional,
    grant_types_supported = "grant_types_supported" optional,
    token_endpoint_auth_methods_supported = "token_endpoint_auth_methods_supported"
    optional, subject_types_supported = "subject_types_supported" optional,
    id_token_signing_alg_values_supported = "id_token_signing_alg_values_supported"
    optional, claims_supported = "claims_supported" optional,
    code_challenge_methods_supported = "code_challenge_methods_supported" optional, }
}

/// JSON Web Key Set (RFC 7517).
/// Contains public keys for verifying token signatures.
///
/// Schema `JWKS`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Jwks {
    /// Array of JSON Web Keys
    pub keys: ::std::option::Option<::std::vec::Vec<Jwk>>,
}
crate::runtime::object! {
    Jwks { keys = "keys" optional, }
}

/// JSON Web Key (RFC 7517).
/// Public key for verifying JWT signatures.
///
/// Schema `JWK`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Jwk {
    /// Key type
    pub kty: ::std::option::Option<::std::string::String>,
    /// Key use (sig = signature)
    pub use_: ::std::option::Option<::std::string::String>,
    /// Algorithm
    pub alg: ::std::option::Option<::std::string::String>,
    /// Key ID
    pub kid: ::std::option::Option<::std::string::String>,
    /// RSA modulus (base64url encoded)
    pub n: ::std::option::Option<::std::string::String>,
    /// RSA exponent (base64url encoded)
    pub e: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Jwk { kty = "kty" optional, use_ = "use" optional, alg = "alg" optional, kid = "kid"
    optional, n = "n" optional, e = "e" optional, }
}

/// Schema `KBPermission`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct KbPermission {
    /// User ID
    pub user_id: ::std::option::Option<::std::string::String>,
    /// Team ID
    pub team_id: ::std::option::Option<::std::string::String>,
    /// Permission role
    pub role: ::std::option::Option<KbPermissionRole>,
    /// Knowledge base ID
    pub kb_id: ::std::option::Option<::std::string::String>,
    /// User ID who granted the permission
    pub granted_by: ::std::option::Option<::std::string::String>,
    /// Timestamp when permission was granted
    pub granted_at: ::std::option::Option<i64>,
}
crate::runtime::object! {
    KbPermission { user_id = "userId" optional, team_id = "teamId" optional, role =
    "role" optional, kb_id = "kbId" optional, granted_by = "grantedBy" optional,
    granted_at = "grantedAt" optional, }
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
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SseEvent {
    pub event: ::std::option::Option<SseEventEvent>,
    /// JSON-encoded event payload
    pub data: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    SseEvent { event = "event" optional, data = "data" optional, }
}

/// SMTP email server configuration for sending system emails (invitations, notifications, password resets)
///
/// Schema `SMTPConfig`.
#[derive(Clone, Default)]
pub struct SmtpConfig {
    /// SMTP server hostname or IP address
    pub host: ::std::string::String,
    /// SMTP server port. Common ports are 25 (unencrypted), 465 (SSL), 587 (TLS/STARTTLS)
    pub port: i64,
    /// SMTP authentication username. Usually an email address for services like Gmail, SendGrid, etc.
    pub username: ::std::option::Option<::std::string::String>,
    /// SMTP authentication password or app-specific password. For Gmail, use an App Password instead of your account password.
    pub password: ::std::option::Option<::std::string::String>,
    /// Default sender email address that appears in the "From" field of outgoing emails
    pub from_email: ::std::string::String,
}
crate::runtime::object! {
    SmtpConfig { host = "host" required, port = "port" required, username = "username"
    optional, password = "password" optional, from_email = "fromEmail" required, }
}

/// Schema `AIModelProviderConfig`.
#[derive(Clone, Default)]
pub struct AiModelProviderConfig {
    /// AI provider name
    pub provider: ::std::string::String,
    pub configuration: AiModelProviderConfigConfiguration,
    /// Whether the model supports multimodal input
    pub is_multimodal: ::std::option::Option<bool>,
    /// Whether the model supports reasoning
    pub is_reasoning: ::std::option::Option<bool>,
    /// Whether this should be the default model
    pub is_default: ::std::option::Option<bool>,
    /// Context length for the model
    pub context_length: ::std::option::Option<i64>,
    /// Unique identifier for this model configuration
    ///
    /// Read-only: sent by the server only.
    pub model_key: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    AiModelProviderConfig { provider = "provider" required, configuration =
    "configuration" required, is_multimodal = "isMultimodal" optional, is_reasoning =
    "isReasoning" optional, is_default = "isDefault" optional, context_length =
    "contextLength" optional, model_key = "modelKey" optional, }
}

/// Must have at least one model type configured
///
/// Schema `AIModelsConfig`.
#[derive(Clone, Default)]
pub struct AiModelsConfig {
    pub ocr: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
    pub embedding: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
    pub slm: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
    pub llm: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
    pub reasoning: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
    pub multi_modal: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
}
crate::runtime::object! {
    AiModelsConfig { ocr = "ocr" optional, embedding = "embedding" optional, slm = "slm"
    optional, llm = "llm" optional, reasoning = "reasoning" optional, multi_modal =
    "multiModal" optional, }
}

/// SAML SSO authentication configuration
///
/// Schema `SSOAuthConfig`.
#[derive(Clone, Default)]
pub struct SsoAuthConfig {
    /// Identity provider SSO URL
    pub entry_point: ::std::string::String,
    /// X.509 certificate for signature validation (PEM format)
    pub certificate: ::std::string::String,
    /// SAML attribute name for user email
    pub email_key: ::std::string::String,
}
crate::runtime::object! {
    SsoAuthConfig { entry_point = "entryPoint" required, certificate = "certificate"
    required, email_key = "emailKey" required, }
}

/// URL configuration for frontend or connector
///
/// Schema `URLConfig`.
#[derive(Clone, Default)]
pub struct UrlConfig {
    /// Public URL
    pub url: ::std::string::String,
}
crate::runtime::object! {
    UrlConfig { url = "url" required, }
}

/// Request to add a new AI model provider
///
/// Schema `AddAIModelProviderRequest`.
#[derive(Clone, Default)]
pub struct AddAiModelProviderRequest {
    pub model_type: ModelType,
    /// Provider name (e.g., openai, anthropic, azure-openai, aws-bedrock)
    pub provider: ::std::string::String,
    /// Provider-specific configuration
    pub configuration: AddAiModelProviderRequestConfiguration,
    /// Whether the model supports multimodal inputs
    pub is_multimodal: ::std::option::Option<bool>,
    /// Whether this is a reasoning model
    pub is_reasoning: ::std::option::Option<bool>,
    /// Set as default model for this type
    pub is_default: ::std::option::Option<bool>,
    /// Maximum context length (tokens)
    pub context_length: ::std::option::Option<i64>,
}
crate::runtime::object! {
    AddAiModelProviderRequest { model_type = "modelType" required, provider = "provider"
    required, configuration = "configuration" required, is_multimodal = "isMultimodal"
    optional, is_reasoning = "isReasoning" optional, is_default = "isDefault" optional,
    context_length = "contextLength" optional, }
}

/// Request to update an existing AI model provider
///
/// Schema `UpdateAIModelProviderRequest`.
#[derive(Clone, Default)]
pub struct UpdateAiModelProviderRequest {
    /// Provider name
    pub provider: ::std::string::String,
    /// Updated provider configuration
    pub configuration: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
    pub is_multimodal: ::std::option::Option<bool>,
    pub is_reasoning: ::std::option::Option<bool>,
    pub is_default: ::std::option::Option<bool>,
    pub context_length: ::std::option::Option<i64>,
}
crate::runtime::object! {
    UpdateAiModelProviderRequest { provider = "provider" required, configuration =
    "configuration" required, is_multimodal = "isMultimodal" optional, is_reasoning =
    "isReasoning" optional, is_default = "isDefault" optional, context_length =
    "contextLength" optional, }
}

/// Response containing AI model provider details
///
/// Schema `AIModelProviderResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AiModelProviderResponse {
    pub status: ::std::option::Option<AiModelProviderResponseStatus>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<AiModelProviderConfig>,
}
crate::runtime::object! {
    AiModelProviderResponse { status = "status" optional, message = "message" optional,
    data = "data" optional, }
}

/// Template data for OTP login email
///
/// Schema `LoginWithOTPTemplateData`.
#[derive(Clone, Default)]
pub struct LoginWithOtpTemplateData {
    /// User's display name shown in the email greeting
    pub name: ::std::string::String,
    /// 6-digit one-time password code
    pub otp: ::std::string::String,
}
crate::runtime::object! {
    LoginWithOtpTemplateData { name = "name" required, otp = "otp" required, }
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
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AuthMethodType {
    /// `samlSso`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    AuthMethodType + Unknown { SamlSso = "samlSso", Otp = "otp", Password = "password",
    Google = "google", Microsoft = "microsoft", AzureAd = "azureAd", Oauth = "oauth", }
}

/// Inline schema at `/components/schemas/InitAuthResponse/properties/allowedMethods/items`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum InitAuthResponseAllowedMethodsItem {
    /// `samlSso`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    InitAuthResponseAllowedMethodsItem + Unknown { SamlSso = "samlSso", Otp = "otp",
    Password = "password", Google = "google", Microsoft = "microsoft", AzureAd =
    "azureAd", Oauth = "oauth", }
}

/// Inline schema at `/components/schemas/AuthProviders/properties/google`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AuthProvidersGoogle {
    /// Google OAuth client ID
    pub client_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    AuthProvidersGoogle { client_id = "clientId" optional, }
}

/// Inline schema at `/components/schemas/AuthProviders/properties/microsoft`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AuthProvidersMicrosoft {
    /// Microsoft tenant ID
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// Microsoft OAuth client ID
    pub client_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    AuthProvidersMicrosoft { tenant_id = "tenantId" optional, client_id = "clientId"
    optional, }
}

/// Inline schema at `/components/schemas/AuthProviders/properties/azuread`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AuthProvidersAzuread {
    /// Azure AD tenant ID
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// Azure AD client ID
    pub client_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    AuthProvidersAzuread { tenant_id = "tenantId" optional, client_id = "clientId"
    optional, }
}

/// Inline schema at `/components/schemas/AuthProviders/properties/oauth`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AuthProvidersOauth {
    /// Custom OAuth provider name
    pub provider_name: ::std::option::Option<::std::string::String>,
    /// OAuth client ID
    pub client_id: ::std::option::Option<::std::string::String>,
    /// OAuth authorization URL
    pub authorization_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    AuthProvidersOauth { provider_name = "providerName" optional, client_id = "clientId"
    optional, authorization_url = "authorizationUrl" optional, }
}

/// Authentication method to use
///
/// Inline schema at `/components/schemas/AuthenticateRequest/properties/method`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AuthenticateRequestMethod {
    /// `samlSso`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    AuthenticateRequestMethod + Unknown { SamlSso = "samlSso", Otp = "otp", Password =
    "password", Google = "google", Microsoft = "microsoft", AzureAd = "azureAd", Oauth =
    "oauth", }
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
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AuthenticateResponseStatus {
    /// `success`
    #[default]
    Success,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    AuthenticateResponseStatus + Unknown { Success = "success", }
}

/// Inline schema at `/components/schemas/UserBasic/properties/accountType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UserBasicAccountType {
    /// `individual`
    #[default]
    Individual,
    /// `business`
    Business,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UserBasicAccountType + Unknown { Individual = "individual", Business = "business", }
}

/// User's consent decision
///
/// Inline schema at `/components/schemas/OAuthConsentRequest/properties/consent`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OAuthConsentRequestConsent {
    /// `granted`
    #[default]
    Granted,
    /// `denied`
    Denied,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OAuthConsentRequestConsent + Unknown { Granted = "granted", Denied = "denied", }
}

/// PKCE challenge method
///
/// Inline schema at `/components/schemas/OAuthConsentRequest/properties/code_challenge_method`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OAuthConsentRequestCodeChallengeMethod {
    /// `S256`
    #[default]
    S256,
    /// `plain`
    Plain,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OAuthConsentRequestCodeChallengeMethod + Unknown { S256 = "S256", Plain = "plain", }
}

/// OAuth grant type:
/// - `authorization_code`: Exchange auth code for tokens
/// - `client_credentials`: Machine-to-machine auth
/// - `refresh_token`: Get new access token using refresh token
///
/// Inline schema at `/components/schemas/OAuthTokenRequest/properties/grant_type`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OAuthTokenRequestGrantType {
    /// `authorization_code`
    #[default]
    AuthorizationCode,
    /// `client_credentials`
    ClientCredentials,
    /// `refresh_token`
    RefreshToken,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OAuthTokenRequestGrantType + Unknown { AuthorizationCode = "authorization_code",
    ClientCredentials = "client_credentials", RefreshToken = "refresh_token", }
}

/// Hint about token type (optional, improves performance)
///
/// Inline schema at `/components/schemas/OAuthRevokeRequest/properties/token_type_hint`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OAuthRevokeRequestTokenTypeHint {
    /// `access_token`
    #[default]
    AccessToken,
    /// `refresh_token`
    RefreshToken,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OAuthRevokeRequestTokenTypeHint + Unknown { AccessToken = "access_token",
    RefreshToken = "refresh_token", }
}

/// Hint about token type
///
/// Inline schema at `/components/schemas/OAuthIntrospectRequest/properties/token_type_hint`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OAuthIntrospectRequestTokenTypeHint {
    /// `access_token`
    #[default]
    AccessToken,
    /// `refresh_token`
    RefreshToken,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OAuthIntrospectRequestTokenTypeHint + Unknown { AccessToken = "access_token",
    RefreshToken = "refresh_token", }
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
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OAuthErrorResponseError {
    /// `invalid_request`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OAuthErrorResponseError + Unknown { InvalidRequest = "invalid_request", InvalidClient
    = "invalid_client", InvalidGrant = "invalid_grant", UnauthorizedClient =
    "unauthorized_client", UnsupportedGrantType = "unsupported_grant_type", InvalidScope
    = "invalid_scope", AccessDenied = "access_denied", ServerError = "server_error", }
}

/// Inline schema at `/components/schemas/CreateOAuthAppRequest/properties/allowedGrantTypes/items`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CreateOAuthAppRequestAllowedGrantTypesItem {
    /// `authorization_code`
    #[default]
    AuthorizationCode,
    /// `client_credentials`
    ClientCredentials,
    /// `refresh_token`
    RefreshToken,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CreateOAuthAppRequestAllowedGrantTypesItem + Unknown { AuthorizationCode =
    "authorization_code", ClientCredentials = "client_credentials", RefreshToken =
    "refresh_token", }
}

/// App status
///
/// Inline schema at `/components/schemas/OAuthAppResponse/properties/status`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OAuthAppResponseStatus {
    /// `active`
    #[default]
    Active,
    /// `suspended`
    Suspended,
    /// `revoked`
    Revoked,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OAuthAppResponseStatus + Unknown { Active = "active", Suspended = "suspended",
    Revoked = "revoked", }
}

/// Inline schema at `/components/schemas/OAuthAppListResponse/properties/pagination`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuthAppListResponsePagination {
    /// Current page number
    pub page: ::std::option::Option<i64>,
    /// Items per page
    pub limit: ::std::option::Option<i64>,
    /// Total number of items
    pub total: ::std::option::Option<i64>,
    /// Total number of pages
    pub total_pages: ::std::option::Option<i64>,
}
crate::runtime::object! {
    OAuthAppListResponsePagination { page = "page" optional, limit = "limit" optional,
    total = "total" optional, total_pages = "totalPages" optional, }
}

/// Type of token
///
/// Inline schema at `/components/schemas/OAuthTokenListItem/properties/tokenType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OAuthTokenListItemTokenType {
    /// `access`
    #[default]
    Access,
    /// `refresh`
    Refresh,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OAuthTokenListItemTokenType + Unknown { Access = "access", Refresh = "refresh", }
}

/// Type of account
///
/// Inline schema at `/components/schemas/Organization/properties/accountType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OrganizationAccountType {
    /// `individual`
    #[default]
    Individual,
    /// `business`
    Business,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OrganizationAccountType + Unknown { Individual = "individual", Business = "business",
    }
}

/// Onboarding status
///
/// Inline schema at `/components/schemas/Organization/properties/onBoardingStatus`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OrganizationOnBoardingStatus {
    /// `configured`
    #[default]
    Configured,
    /// `notConfigured`
    NotConfigured,
    /// `skipped`
    Skipped,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OrganizationOnBoardingStatus + Unknown { Configured = "configured", NotConfigured =
    "notConfigured", Skipped = "skipped", }
}

/// User's role in the team
///
/// Inline schema at `/components/schemas/UserRole/properties/role`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UserRoleRole {
    /// `OWNER`
    #[default]
    Owner,
    /// `READER`
    Reader,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UserRoleRole + Unknown { Owner = "OWNER", Reader = "READER", }
}

/// Group type:
/// - admin: System admin group (cannot be modified)
/// - standard: Default user group
/// - everyone: All users group (cannot be modified)
/// - custom: User-created custom group
///
/// Inline schema at `/components/schemas/UserGroup/properties/type`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UserGroupType {
    /// `admin`
    #[default]
    Admin,
    /// `standard`
    Standard,
    /// `everyone`
    Everyone,
    /// `custom`
    Custom,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UserGroupType + Unknown { Admin = "admin", Standard = "standard", Everyone =
    "everyone", Custom = "custom", }
}

/// Default permission level for shared access
///
/// Inline schema at `/components/schemas/Document/properties/permissions`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DocumentPermissions {
    /// `owner`
    #[default]
    Owner,
    /// `editor`
    Editor,
    /// `commentator`
    Commentator,
    /// `readonly`
    Readonly,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    DocumentPermissions + Unknown { Owner = "owner", Editor = "editor", Commentator =
    "commentator", Readonly = "readonly", }
}

/// Inline schema at `/components/schemas/Document/properties/customMetadata/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DocumentCustomMetadataItem {
    pub key: ::std::option::Option<::std::string::String>,
    pub value: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DocumentCustomMetadataItem { key = "key" optional, value = "value" optional, }
}

/// Storage backend where the file is stored
///
/// Inline schema at `/components/schemas/Document/properties/storageVendor`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DocumentStorageVendor {
    /// `s3`
    #[default]
    S3,
    /// `azureBlob`
    AzureBlob,
    /// `local`
    Local,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    DocumentStorageVendor + Unknown { S3 = "s3", AzureBlob = "azureBlob", Local =
    "local", }
}

/// S3-specific storage information (if storageVendor is s3)
///
/// Inline schema at `/components/schemas/Document/properties/s3`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DocumentS3 {
    /// S3 object URL
    pub url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DocumentS3 { url = "url" optional, }
}

/// Azure Blob-specific storage information (if storageVendor is azureBlob)
///
/// Inline schema at `/components/schemas/Document/properties/azureBlob`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DocumentAzureBlob {
    /// Azure Blob URL
    pub url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DocumentAzureBlob { url = "url" optional, }
}

/// Local storage-specific information (if storageVendor is local)
///
/// Inline schema at `/components/schemas/Document/properties/local`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DocumentLocal {
    /// Local file path
    pub url: ::std::option::Option<::std::string::String>,
    /// Absolute path on filesystem
    pub local_path: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DocumentLocal { url = "url" optional, local_path = "localPath" optional, }
}

/// S3 storage URL for this version
///
/// Inline schema at `/components/schemas/DocumentVersion/properties/s3`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DocumentVersionS3 {
    pub url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DocumentVersionS3 { url = "url" optional, }
}

/// Azure Blob storage URL for this version
///
/// Inline schema at `/components/schemas/DocumentVersion/properties/azureBlob`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DocumentVersionAzureBlob {
    pub url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DocumentVersionAzureBlob { url = "url" optional, }
}

/// Local storage path for this version
///
/// Inline schema at `/components/schemas/DocumentVersion/properties/local`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DocumentVersionLocal {
    pub url: ::std::option::Option<::std::string::String>,
    pub local_path: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DocumentVersionLocal { url = "url" optional, local_path = "localPath" optional, }
}

/// User's role in this knowledge base
///
/// Inline schema at `/components/schemas/KnowledgeBase/properties/userRole`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum KnowledgeBaseUserRole {
    /// `OWNER`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    KnowledgeBaseUserRole + Unknown { Owner = "OWNER", Organizer = "ORGANIZER",
    Fileorganizer = "FILEORGANIZER", Writer = "WRITER", Commenter = "COMMENTER", Reader =
    "READER", }
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
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RecordRecordType {
    /// `FILE`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    RecordRecordType + Unknown { File = "FILE", Webpage = "WEBPAGE", Comment = "COMMENT",
    Message = "MESSAGE", Email = "EMAIL", Ticket = "TICKET", Others = "OTHERS", }
}

/// Source of the record:
/// - UPLOAD: Manually uploaded via API/UI
/// - CONNECTOR: Synced from external connector
///
/// Inline schema at `/components/schemas/Record/properties/origin`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RecordOrigin {
    /// `UPLOAD`
    #[default]
    Upload,
    /// `CONNECTOR`
    Connector,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    RecordOrigin + Unknown { Upload = "UPLOAD", Connector = "CONNECTOR", }
}

/// Name of the source connector
///
/// Inline schema at `/components/schemas/Record/properties/connectorName`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RecordConnectorName {
    /// `ONEDRIVE`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    RecordConnectorName + Unknown { Onedrive = "ONEDRIVE", GoogleDrive = "GOOGLE_DRIVE",
    Confluence = "CONFLUENCE", Jira = "JIRA", Slack = "SLACK", SharepointOnline =
    "SHAREPOINT_ONLINE", Gmail = "GMAIL", Dropbox = "DROPBOX", Outlook = "OUTLOOK",
    Servicenow = "SERVICENOW", Bookstack = "BOOKSTACK", Web = "WEB", }
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
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RecordIndexingStatus {
    /// `NOT_STARTED`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    RecordIndexingStatus + Unknown { NotStarted = "NOT_STARTED", Paused = "PAUSED",
    InProgress = "IN_PROGRESS", Completed = "COMPLETED", Failed = "FAILED",
    FileTypeNotSupported = "FILE_TYPE_NOT_SUPPORTED", AutoIndexOff = "AUTO_INDEX_OFF",
    Empty = "EMPTY", EnableMultimodalModels = "ENABLE_MULTIMODAL_MODELS", Queued =
    "QUEUED", }
}

/// Inline schema at `/components/schemas/RecordsResponse/properties/filters`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RecordsResponseFilters {
    /// Currently applied filters
    pub applied: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Available filter options with counts
    pub available: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    RecordsResponseFilters { applied = "applied" optional, available = "available"
    optional, }
}

/// Inline schema at `/components/schemas/UploadResult/properties/uploadResults/items/properties/status`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UploadResultUploadResultsItemStatus {
    /// `success`
    #[default]
    Success,
    /// `failed`
    Failed,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UploadResultUploadResultsItemStatus + Unknown { Success = "success", Failed =
    "failed", }
}

/// Inline schema at `/components/schemas/UploadResult/properties/uploadResults/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UploadResultUploadResultsItem {
    pub record_id: ::std::option::Option<::std::string::String>,
    pub record_name: ::std::option::Option<::std::string::String>,
    pub status: ::std::option::Option<UploadResultUploadResultsItemStatus>,
    pub error: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UploadResultUploadResultsItem { record_id = "recordId" optional, record_name =
    "recordName" optional, status = "status" optional, error = "error" optional, }
}

/// Inline schema at `/components/schemas/KnowledgeHubNode/properties/type`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum KnowledgeHubNodeType {
    /// `KB`
    #[default]
    Kb,
    /// `FOLDER`
    Folder,
    /// `RECORD`
    Record,
    /// `CONNECTOR`
    Connector,
    /// `APP`
    App,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    KnowledgeHubNodeType + Unknown { Kb = "KB", Folder = "FOLDER", Record = "RECORD",
    Connector = "CONNECTOR", App = "APP", }
}

/// Permission role
///
/// Inline schema at `/components/schemas/KBPermission/properties/role`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum KbPermissionRole {
    /// `OWNER`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    KbPermissionRole + Unknown { Owner = "OWNER", Organizer = "ORGANIZER", Fileorganizer
    = "FILEORGANIZER", Writer = "WRITER", Commenter = "COMMENTER", Reader = "READER", }
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
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum MessageMessageType {
    /// `user_query`
    #[default]
    UserQuery,
    /// `bot_response`
    BotResponse,
    /// `error`
    Error,
    /// `feedback`
    Feedback,
    /// `system`
    System,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    MessageMessageType + Unknown { UserQuery = "user_query", BotResponse =
    "bot_response", Error = "error", Feedback = "feedback", System = "system", }
}

/// Format of the content for rendering
///
/// Inline schema at `/components/schemas/Message/properties/contentFormat`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum MessageContentFormat {
    /// `MARKDOWN`
    #[default]
    Markdown,
    /// `JSON`
    Json,
    /// `HTML`
    Html,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    MessageContentFormat + Unknown { Markdown = "MARKDOWN", Json = "JSON", Html = "HTML",
    }
}

/// Inline schema at `/components/schemas/Message/properties/metadata`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct MessageMetadata {
    /// Time taken to generate response in milliseconds
    pub processing_time_ms: ::std::option::Option<f64>,
    /// Version of the AI model used
    pub model_version: ::std::option::Option<::std::string::String>,
    /// Transaction ID for tracking in AI backend
    pub ai_transaction_id: ::std::option::Option<::std::string::String>,
    /// Additional context or reasoning
    pub reason: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    MessageMetadata { processing_time_ms = "processingTimeMs" optional, model_version =
    "modelVersion" optional, ai_transaction_id = "aiTransactionId" optional, reason =
    "reason" optional, }
}

/// Inline schema at `/components/schemas/MessageFeedback/properties/ratings`.
#[derive(Clone, Default)]
pub struct MessageFeedbackRatings {
    /// How accurate was the information (1-5)
    pub accuracy: ::std::option::Option<i64>,
    /// How relevant was the response (1-5)
    pub relevance: ::std::option::Option<i64>,
    /// How complete was the answer (1-5)
    pub completeness: ::std::option::Option<i64>,
    /// How clear was the explanation (1-5)
    pub clarity: ::std::option::Option<i64>,
}
crate::runtime::object! {
    MessageFeedbackRatings { accuracy = "accuracy" optional, relevance = "relevance"
    optional, completeness = "completeness" optional, clarity = "clarity" optional, }
}

/// Inline schema at `/components/schemas/MessageFeedback/properties/categories/items`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum MessageFeedbackCategoriesItem {
    /// `incorrect_information`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    MessageFeedbackCategoriesItem + Unknown { IncorrectInformation =
    "incorrect_information", MissingInformation = "missing_information",
    OutdatedInformation = "outdated_information", IrrelevantResponse =
    "irrelevant_response", TooVerbose = "too_verbose", TooBrief = "too_brief",
    FormattingIssues = "formatting_issues", CitationIssues = "citation_issues", }
}

/// Inline schema at `/components/schemas/MessageFeedback/properties/comments`.
#[derive(Clone, Default)]
pub struct MessageFeedbackComments {
    /// What was good about the response
    pub positive: ::std::option::Option<::std::string::String>,
    /// What could be improved
    pub negative: ::std::option::Option<::std::string::String>,
    /// Specific suggestions for improvement
    pub suggestions: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    MessageFeedbackComments { positive = "positive" optional, negative = "negative"
    optional, suggestions = "suggestions" optional, }
}

/// Inline schema at `/components/schemas/MessageFeedback/properties/citationFeedback/items`.
#[derive(Clone, Default)]
pub struct MessageFeedbackCitationFeedbackItem {
    pub citation_id: ::std::option::Option<::std::string::String>,
    pub is_relevant: ::std::option::Option<bool>,
    pub relevance_score: ::std::option::Option<i64>,
    pub comment: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    MessageFeedbackCitationFeedbackItem { citation_id = "citationId" optional,
    is_relevant = "isRelevant" optional, relevance_score = "relevanceScore" optional,
    comment = "comment" optional, }
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
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ConversationStatus {
    /// `INPROGRESS`
    #[default]
    Inprogress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ConversationStatus + Unknown { Inprogress = "INPROGRESS", Completed = "COMPLETED",
    Failed = "FAILED", }
}

/// AI model configuration used
///
/// Inline schema at `/components/schemas/Conversation/properties/modelInfo`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ConversationModelInfo {
    pub model_key: ::std::option::Option<::std::string::String>,
    pub model_name: ::std::option::Option<::std::string::String>,
    pub model_provider: ::std::option::Option<::std::string::String>,
    pub chat_mode: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ConversationModelInfo { model_key = "modelKey" optional, model_name = "modelName"
    optional, model_provider = "modelProvider" optional, chat_mode = "chatMode" optional,
    }
}

/// Inline schema at `/components/schemas/Conversation/properties/sharedWith/items/properties/accessLevel`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ConversationSharedWithItemAccessLevel {
    /// `read`
    #[default]
    Read,
    /// `write`
    Write,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ConversationSharedWithItemAccessLevel + Unknown { Read = "read", Write = "write", }
}

/// Inline schema at `/components/schemas/Conversation/properties/sharedWith/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ConversationSharedWithItem {
    pub user_id: ::std::option::Option<::std::string::String>,
    pub access_level: ::std::option::Option<ConversationSharedWithItemAccessLevel>,
}
crate::runtime::object! {
    ConversationSharedWithItem { user_id = "userId" optional, access_level =
    "accessLevel" optional, }
}

/// Permission level for shared users:
/// <ul>
/// <li><code>read</code> - Can view only</li>
/// <li><code>write</code> - Can add messages</li>
/// </ul>
///
/// Inline schema at `/components/schemas/ShareRequest/properties/accessLevel`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ShareRequestAccessLevel {
    /// `read`
    #[default]
    Read,
    /// `write`
    Write,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ShareRequestAccessLevel + Unknown { Read = "read", Write = "write", }
}

/// Additional metadata about the source
///
/// Inline schema at `/components/schemas/SearchResultItem/properties/metadata`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SearchResultItemMetadata {
    pub record_id: ::std::option::Option<::std::string::String>,
    pub record_name: ::std::option::Option<::std::string::String>,
    pub connector_name: ::std::option::Option<::std::string::String>,
    pub web_url: ::std::option::Option<::std::string::String>,
    pub mime_type: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    SearchResultItemMetadata { record_id = "recordId" optional, record_name =
    "recordName" optional, connector_name = "connectorName" optional, web_url = "webUrl"
    optional, mime_type = "mimeType" optional, }
}

/// AI model configuration
///
/// Inline schema at `/components/schemas/Agent/properties/llmConfig`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AgentLlmConfig {
    pub model_key: ::std::option::Option<::std::string::String>,
    pub temperature: ::std::option::Option<f64>,
    pub max_tokens: ::std::option::Option<i64>,
}
crate::runtime::object! {
    AgentLlmConfig { model_key = "modelKey" optional, temperature = "temperature"
    optional, max_tokens = "maxTokens" optional, }
}

/// Inline schema at `/components/schemas/AgentConversation/properties/status`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AgentConversationStatus {
    /// `INPROGRESS`
    #[default]
    Inprogress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    AgentConversationStatus + Unknown { Inprogress = "INPROGRESS", Completed =
    "COMPLETED", Failed = "FAILED", }
}

/// Inline schema at `/components/schemas/SSEEvent/properties/event`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum SseEventEvent {
    /// `connected`
    #[default]
    Connected,
    /// `chunk`
    Chunk,
    /// `citation`
    Citation,
    /// `complete`
    Complete,
    /// `error`
    Error,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    SseEventEvent + Unknown { Connected = "connected", Chunk = "chunk", Citation =
    "citation", Complete = "complete", Error = "error", }
}

/// Configuration sections
///
/// Inline schema at `/components/schemas/ConnectorConfig/properties/config`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ConnectorConfigConfig {
    /// Authentication configuration (sensitive data redacted)
    pub auth: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Sync configuration (schedule, options)
    pub sync: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Filter selections for data scope
    pub filters: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    ConnectorConfigConfig { auth = "auth" optional, sync = "sync" optional, filters =
    "filters" optional, }
}

/// Sync strategy: MANUAL (user-triggered), SCHEDULED (interval/cron), WEBHOOK (event-driven), REALTIME (WebSocket)
///
/// Inline schema at `/components/schemas/ConnectorSyncConfig/properties/selectedStrategy`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ConnectorSyncConfigSelectedStrategy {
    /// `MANUAL`
    #[default]
    Manual,
    /// `SCHEDULED`
    Scheduled,
    /// `WEBHOOK`
    Webhook,
    /// `REALTIME`
    Realtime,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ConnectorSyncConfigSelectedStrategy + Unknown { Manual = "MANUAL", Scheduled =
    "SCHEDULED", Webhook = "WEBHOOK", Realtime = "REALTIME", }
}

/// Configuration for scheduled sync strategy
///
/// Inline schema at `/components/schemas/ConnectorSyncConfig/properties/scheduledConfig`.
#[derive(Clone, Default)]
pub struct ConnectorSyncConfigScheduledConfig {
    /// Sync interval in minutes
    pub interval_minutes: ::std::option::Option<i64>,
    /// Cron expression for advanced scheduling
    pub cron_expression: ::std::option::Option<::std::string::String>,
    /// Timezone for scheduled sync
    pub timezone: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ConnectorSyncConfigScheduledConfig { interval_minutes = "intervalMinutes" optional,
    cron_expression = "cronExpression" optional, timezone = "timezone" optional, }
}

/// Configuration for webhook-based sync
///
/// Inline schema at `/components/schemas/ConnectorSyncConfig/properties/webhookConfig`.
#[derive(Clone, Default)]
pub struct ConnectorSyncConfigWebhookConfig {
    /// URL to receive webhook events (auto-generated)
    pub webhook_url: ::std::option::Option<::std::string::String>,
    /// Subscribed event types
    pub events: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    ConnectorSyncConfigWebhookConfig { webhook_url = "webhookUrl" optional, events =
    "events" optional, }
}

/// Sync filter selections
///
/// Inline schema at `/components/schemas/ConnectorFiltersConfig/properties/sync`.
#[derive(Clone, Default)]
pub struct ConnectorFiltersConfigSync {
    /// Selected filter values (keys are filter field names)
    pub values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    ConnectorFiltersConfigSync { values = "values" optional, }
}

/// Indexing filter selections
///
/// Inline schema at `/components/schemas/ConnectorFiltersConfig/properties/indexing`.
#[derive(Clone, Default)]
pub struct ConnectorFiltersConfigIndexing {
    pub values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    ConnectorFiltersConfigIndexing { values = "values" optional, }
}

/// Authentication type (required if connector supports multiple auth methods)
///
/// Inline schema at `/components/schemas/CreateConnectorRequest/properties/authType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CreateConnectorRequestAuthType {
    /// `OAUTH`
    #[default]
    Oauth,
    /// `OAUTH_ADMIN_CONSENT`
    OauthAdminConsent,
    /// `API_TOKEN`
    ApiToken,
    /// `USERNAME_PASSWORD`
    UsernamePassword,
    /// `SERVICE_ACCOUNT`
    ServiceAccount,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CreateConnectorRequestAuthType + Unknown { Oauth = "OAUTH", OauthAdminConsent =
    "OAUTH_ADMIN_CONSENT", ApiToken = "API_TOKEN", UsernamePassword =
    "USERNAME_PASSWORD", ServiceAccount = "SERVICE_ACCOUNT", }
}

/// Initial configuration (can also be set after creation)
///
/// Inline schema at `/components/schemas/CreateConnectorRequest/properties/config`.
#[derive(Clone, Default)]
pub struct CreateConnectorRequestConfig {
    pub auth: ::std::option::Option<ConnectorAuthConfig>,
    pub sync: ::std::option::Option<ConnectorSyncConfig>,
    pub filters: ::std::option::Option<ConnectorFiltersConfig>,
}
crate::runtime::object! {
    CreateConnectorRequestConfig { auth = "auth" optional, sync = "sync" optional,
    filters = "filters" optional, }
}

/// Toggle type: 'sync' for data synchronization, 'agent' for AI agent integration
///
/// Inline schema at `/components/schemas/ConnectorToggleRequest/properties/type`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ConnectorToggleRequestType {
    /// `sync`
    #[default]
    Sync,
    /// `agent`
    Agent,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ConnectorToggleRequestType + Unknown { Sync = "sync", Agent = "agent", }
}

/// Filter input type
///
/// Inline schema at `/components/schemas/FilterOptions/properties/filters/items/properties/type`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum FilterOptionsFiltersItemType {
    /// `select`
    #[default]
    Select,
    /// `multiselect`
    Multiselect,
    /// `text`
    Text,
    /// `boolean`
    Boolean,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    FilterOptionsFiltersItemType + Unknown { Select = "select", Multiselect =
    "multiselect", Text = "text", Boolean = "boolean", }
}

/// Inline schema at `/components/schemas/FilterOptions/properties/filters/items/properties/options/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct FilterOptionsFiltersItemOptionsItem {
    pub id: ::std::option::Option<::std::string::String>,
    pub value: ::std::option::Option<::std::string::String>,
    pub label: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    FilterOptionsFiltersItemOptionsItem { id = "id" optional, value = "value" optional,
    label = "label" optional, }
}

/// Inline schema at `/components/schemas/FilterOptions/properties/filters/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct FilterOptionsFiltersItem {
    /// Filter field key
    pub key: ::std::option::Option<::std::string::String>,
    /// Display label
    pub label: ::std::option::Option<::std::string::String>,
    /// Filter input type
    pub type_: ::std::option::Option<FilterOptionsFiltersItemType>,
    pub options: ::std::option::Option<
        ::std::vec::Vec<FilterOptionsFiltersItemOptionsItem>,
    >,
    /// Whether options are loaded dynamically
    pub dynamic: ::std::option::Option<bool>,
}
crate::runtime::object! {
    FilterOptionsFiltersItem { key = "key" optional, label = "label" optional, type_ =
    "type" optional, options = "options" optional, dynamic = "dynamic" optional, }
}

/// OAuth credentials (admin-only view)
///
/// Inline schema at `/components/schemas/OAuthConfig/properties/config`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuthConfigConfig {
    pub client_id: ::std::option::Option<::std::string::String>,
    /// Redacted for non-admin users
    pub client_secret: ::std::option::Option<::std::string::String>,
    /// For Microsoft/Azure connectors
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OAuthConfigConfig { client_id = "clientId" optional, client_secret = "clientSecret"
    optional, tenant_id = "tenantId" optional, }
}

/// OAuth application credentials
///
/// Inline schema at `/components/schemas/CreateOAuthConfigRequest/properties/config`.
#[derive(Clone, Default)]
pub struct CreateOAuthConfigRequestConfig {
    /// OAuth client ID from your OAuth application
    pub client_id: ::std::string::String,
    /// OAuth client secret (stored encrypted, never returned in responses)
    pub client_secret: ::std::string::String,
    /// Azure tenant ID (required only for Microsoft connectors)
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateOAuthConfigRequestConfig { client_id = "clientId" required, client_secret =
    "clientSecret" required, tenant_id = "tenantId" optional, }
}

/// Inline schema at `/components/schemas/AIModelProviderConfig/properties/configuration`.
#[derive(Clone, Default)]
pub struct AiModelProviderConfigConfiguration {
    /// Model name(s)
    pub model: ::std::option::Option<::std::string::String>,
    /// API key for the model
    pub api_key: ::std::option::Option<::std::string::String>,
    /// Endpoint URL for the model
    pub endpoint: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    AiModelProviderConfigConfiguration { model = "model" optional, api_key = "apiKey"
    optional, endpoint = "endpoint" optional, }
}

/// Type of credentials: 'individual' for OAuth, 'business' for service account
///
/// Inline schema at `/components/schemas/GoogleWorkspaceCredentials/properties/userType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GoogleWorkspaceCredentialsUserType {
    /// `individual`
    #[default]
    Individual,
    /// `business`
    Business,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    GoogleWorkspaceCredentialsUserType + Unknown { Individual = "individual", Business =
    "business", }
}

/// Provider-specific configuration
///
/// Inline schema at `/components/schemas/AddAIModelProviderRequest/properties/configuration`.
#[derive(Clone, Default)]
pub struct AddAiModelProviderRequestConfiguration {
    /// Model name/identifier
    pub model: ::std::option::Option<::std::string::String>,
    /// API key for the provider
    pub api_key: ::std::option::Option<::std::string::String>,
    /// Custom endpoint URL (for Azure, self-hosted)
    pub endpoint: ::std::option::Option<::std::string::String>,
    /// Organization ID (OpenAI)
    pub organization_id: ::std::option::Option<::std::string::String>,
    /// Deployment name (Azure OpenAI)
    pub deployment_name: ::std::option::Option<::std::string::String>,
    /// AWS access key (Bedrock)
    pub aws_access_key_id: ::std::option::Option<::std::string::String>,
    /// AWS secret key (Bedrock)
    pub aws_access_secret_key: ::std::option::Option<::std::string::String>,
    /// AWS region (Bedrock)
    pub region: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    AddAiModelProviderRequestConfiguration { model = "model" optional, api_key = "apiKey"
    optional, endpoint = "endpoint" optional, organization_id = "organizationId"
    optional, deployment_name = "deploymentName" optional, aws_access_key_id =
    "awsAccessKeyId" optional, aws_access_secret_key = "awsAccessSecretKey" optional,
    region = "region" optional, }
}

/// Inline schema at `/components/schemas/AIModelProviderResponse/properties/status`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AiModelProviderResponseStatus {
    /// `success`
    #[default]
    Success,
    /// `error`
    Error,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    AiModelProviderResponseStatus + Unknown { Success = "success", Error = "error", }
}

/// Inline schema at `/components/schemas/HourlyScheduleConfig/allOf/1/properties/scheduleType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum HourlyScheduleConfigScheduleType {
    /// `hourly`
    #[default]
    Hourly,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    HourlyScheduleConfigScheduleType + Unknown { Hourly = "hourly", }
}

/// Inline schema at `/components/schemas/DailyScheduleConfig/allOf/1/properties/scheduleType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DailyScheduleConfigScheduleType {
    /// `daily`
    #[default]
    Daily,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    DailyScheduleConfigScheduleType + Unknown { Daily = "daily", }
}

/// Inline schema at `/components/schemas/WeeklyScheduleConfig/allOf/1/properties/scheduleType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum WeeklyScheduleConfigScheduleType {
    /// `weekly`
    #[default]
    Weekly,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    WeeklyScheduleConfigScheduleType + Unknown { Weekly = "weekly", }
}

/// Inline schema at `/components/schemas/MonthlyScheduleConfig/allOf/1/properties/scheduleType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum MonthlyScheduleConfigScheduleType {
    /// `monthly`
    #[default]
    Monthly,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    MonthlyScheduleConfigScheduleType + Unknown { Monthly = "monthly", }
}

/// Inline schema at `/components/schemas/CustomScheduleConfig/allOf/1/properties/scheduleType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CustomScheduleConfigScheduleType {
    /// `custom`
    #[default]
    Custom,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CustomScheduleConfigScheduleType + Unknown { Custom = "custom", }
}

/// Inline schema at `/components/schemas/OnceScheduleConfig/allOf/1/properties/scheduleType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OnceScheduleConfigScheduleType {
    /// `once`
    #[default]
    Once,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OnceScheduleConfigScheduleType + Unknown { Once = "once", }
}

/// Detailed progress object
///
/// Inline schema at `/components/schemas/JobStatus/properties/progress/oneOf/1`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct JobStatusProgressVariant1 {
    pub percentage: ::std::option::Option<f64>,
    /// Current items processed
    pub current: ::std::option::Option<i64>,
    /// Total items to process
    pub total: ::std::option::Option<i64>,
}
crate::runtime::object! {
    JobStatusProgressVariant1 { percentage = "percentage" optional, current = "current"
    optional, total = "total" optional, }
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
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum JobStatusState {
    /// `waiting`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    JobStatusState + Unknown { Waiting = "waiting", Active = "active", Completed =
    "completed", Failed = "failed", Delayed = "delayed", Paused = "paused", Stuck =
    "stuck", }
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
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum MailBodyEmailTemplateType {
    /// `loginWithOTP`
    #[default]
    LoginWithOtp,
    /// `resetPassword`
    ResetPassword,
    /// `accountCreation`
    AccountCreation,
    /// `appuserInvite`
    AppuserInvite,
    /// `suspiciousLoginAttempt`
    SuspiciousLoginAttempt,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    MailBodyEmailTemplateType + Unknown { LoginWithOtp = "loginWithOTP", ResetPassword =
    "resetPassword", AccountCreation = "accountCreation", AppuserInvite =
    "appuserInvite", SuspiciousLoginAttempt = "suspiciousLoginAttempt", }
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
#[derive(Clone, Default)]
pub struct MailBodyAttachmentsItem {
    /// Name of the attachment file
    pub filename: ::std::option::Option<::std::string::String>,
    /// Base64-encoded file content or raw string content
    pub content: ::std::option::Option<::std::string::String>,
    /// MIME type of the attachment
    pub content_type: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    MailBodyAttachmentsItem { filename = "filename" optional, content = "content"
    optional, content_type = "contentType" optional, }
}

/// Inline schema at `/paths/~1userAccount~1login~1otp~1generate/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GenerateLoginOtpResponse {
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GenerateLoginOtpResponse { message = "message" optional, }
}

/// Inline schema at `/paths/~1userAccount~1password~1forgot/post/responses/200/content/application~1json/schema`.
pub type ForgotPasswordResponse = GenerateLoginOtpResponse;

/// Inline schema at `/paths/~1userAccount~1internal~1password~1check/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CheckPasswordStatusResponse {
    /// Whether the user has a password set
    pub has_password: ::std::option::Option<bool>,
}
crate::runtime::object! {
    CheckPasswordStatusResponse { has_password = "hasPassword" optional, }
}

/// Inline schema at `/paths/~1oauth~1authorize/get/parameters/0/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OauthAuthorizeResponseType {
    /// `code`
    #[default]
    Code,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OauthAuthorizeResponseType + Unknown { Code = "code", }
}

/// Inline schema at `/paths/~1oauth~1authorize/get/parameters/6/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OauthAuthorizeCodeChallengeMethod {
    /// `S256`
    #[default]
    S256,
    /// `plain`
    Plain,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    OauthAuthorizeCodeChallengeMethod + Unknown { S256 = "S256", Plain = "plain", }
}

/// Inline schema at `/paths/~1oauth~1authorize/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OauthAuthorizeConsentResponse {
    /// URL to redirect user (includes code and state)
    pub redirect_uri: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OauthAuthorizeConsentResponse { redirect_uri = "redirect_uri" optional, }
}

/// Inline schema at `/paths/~1oauth-clients/get/parameters/2/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ListOAuthAppsStatus {
    /// `active`
    #[default]
    Active,
    /// `suspended`
    Suspended,
    /// `revoked`
    Revoked,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ListOAuthAppsStatus + Unknown { Active = "active", Suspended = "suspended", Revoked =
    "revoked", }
}

/// Inline schema at `/paths/~1oauth-clients~1{appId}/delete/responses/200/content/application~1json/schema`.
pub type DeleteOAuthAppResponse = GenerateLoginOtpResponse;

/// Inline schema at `/paths/~1oauth-clients~1{appId}~1revoke-all-tokens/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RevokeAllOAuthAppTokensResponse {
    pub message: ::std::option::Option<::std::string::String>,
    /// Number of tokens revoked
    pub count: ::std::option::Option<i64>,
}
crate::runtime::object! {
    RevokeAllOAuthAppTokensResponse { message = "message" optional, count = "count"
    optional, }
}

/// Inline schema at `/paths/~1userAccount~1logout~1manual/post/responses/200/content/application~1json/schema`.
pub type LogoutResponse = GenerateLoginOtpResponse;

/// Inline schema at `/paths/~1orgAuthConfig~1/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateOrgAuthConfigResponse {
    pub message: ::std::option::Option<::std::string::String>,
    /// Created organization ID
    pub org_id: ::std::option::Option<::std::string::String>,
    /// Created admin user ID
    pub user_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateOrgAuthConfigResponse { message = "message" optional, org_id = "orgId"
    optional, user_id = "userId" optional, }
}

/// Inline schema at `/paths/~1orgAuthConfig~1updateAuthMethod/post/responses/200/content/application~1json/schema`.
pub type UpdateAuthMethodResponse = GenerateLoginOtpResponse;

/// Inline schema at `/paths/~1saml~1signIn~1callback/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Clone, Default)]
pub struct SamlCallbackBody {
    /// Base64-encoded SAML Response from IDP
    pub saml_response: ::std::string::String,
    /// State parameter containing session information
    pub relay_state: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    SamlCallbackBody { saml_response = "SAMLResponse" required, relay_state =
    "RelayState" optional, }
}

/// Inline schema at `/paths/~1saml~1updateAppConfig/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateSamlAppConfigResponse {
    pub message: ::std::option::Option<::std::string::String>,
    /// Updated application configuration
    pub config: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    UpdateSamlAppConfigResponse { message = "message" optional, config = "config"
    optional, }
}

/// Inline schema at `/paths/~1users/get/responses/200/content/application~1json/schema/properties/pagination`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetAllUsersResponsePagination {
    pub page: ::std::option::Option<i64>,
    pub limit: ::std::option::Option<i64>,
    pub total: ::std::option::Option<i64>,
    pub total_pages: ::std::option::Option<i64>,
}
crate::runtime::object! {
    GetAllUsersResponsePagination { page = "page" optional, limit = "limit" optional,
    total = "total" optional, total_pages = "totalPages" optional, }
}

/// Inline schema at `/paths/~1users/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetAllUsersResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<::std::vec::Vec<User>>,
    pub pagination: ::std::option::Option<GetAllUsersResponsePagination>,
}
crate::runtime::object! {
    GetAllUsersResponse { success = "success" optional, data = "data" optional,
    pagination = "pagination" optional, }
}

/// Inline schema at `/paths/~1users/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateUserBody {
    /// User's full display name
    pub full_name: ::std::string::String,
    /// User's email address (must be unique)
    pub email: ::std::string::String,
    /// Mobile phone number with country code
    pub mobile: ::std::option::Option<::std::string::String>,
    /// Job title or designation
    pub designation: ::std::option::Option<::std::string::String>,
    /// Whether to send invitation email immediately
    pub send_invite: ::std::option::Option<bool>,
}
crate::runtime::object! {
    CreateUserBody { full_name = "fullName" required, email = "email" required, mobile =
    "mobile" optional, designation = "designation" optional, send_invite = "sendInvite"
    optional, }
}

/// Inline schema at `/paths/~1users/post/responses/201/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateUserResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<User>,
    /// Whether invitation email was sent
    pub invite_sent: ::std::option::Option<bool>,
}
crate::runtime::object! {
    CreateUserResponse { success = "success" optional, message = "message" optional, data
    = "data" optional, invite_sent = "inviteSent" optional, }
}

/// Inline schema at `/paths/~1users~1{id}/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetUserByIdResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<User>,
}
crate::runtime::object! {
    GetUserByIdResponse { success = "success" optional, data = "data" optional, }
}

/// Inline schema at `/paths/~1users~1{id}/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateUserBody {
    /// Full display name
    pub full_name: ::std::option::Option<::std::string::String>,
    /// First name only
    pub first_name: ::std::option::Option<::std::string::String>,
    /// Last name only
    pub last_name: ::std::option::Option<::std::string::String>,
    /// Email address (admin only)
    pub email: ::std::option::Option<::std::string::String>,
    /// Mobile phone with country code
    pub mobile: ::std::option::Option<::std::string::String>,
    /// Job title or role
    pub designation: ::std::option::Option<::std::string::String>,
    pub address: ::std::option::Option<Address>,
}
crate::runtime::object! {
    UpdateUserBody { full_name = "fullName" optional, first_name = "firstName" optional,
    last_name = "lastName" optional, email = "email" optional, mobile = "mobile"
    optional, designation = "designation" optional, address = "address" optional, }
}

/// Inline schema at `/paths/~1users~1{id}/put/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateUserResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<User>,
}
crate::runtime::object! {
    UpdateUserResponse { success = "success" optional, message = "message" optional, data
    = "data" optional, }
}

/// Inline schema at `/paths/~1users~1{id}/delete/responses/200/content/application~1json/schema/properties/deletedUser`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DeleteUserResponseDeletedUser {
    pub id: ::std::option::Option<::std::string::String>,
    pub full_name: ::std::option::Option<::std::string::String>,
    pub email: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DeleteUserResponseDeletedUser { id = "_id" optional, full_name = "fullName" optional,
    email = "email" optional, }
}

/// Inline schema at `/paths/~1users~1{id}/delete/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DeleteUserResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub deleted_user: ::std::option::Option<DeleteUserResponseDeletedUser>,
}
crate::runtime::object! {
    DeleteUserResponse { success = "success" optional, message = "message" optional,
    deleted_user = "deletedUser" optional, }
}

/// Inline schema at `/paths/~1users~1fetch~1with-groups/get/responses/200/content/application~1json/schema/properties/data/items/properties/groups/items/properties/type`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GetAllUsersWithGroupsResponseDataItemGroupsItemType {
    /// `admin`
    #[default]
    Admin,
    /// `standard`
    Standard,
    /// `everyone`
    Everyone,
    /// `custom`
    Custom,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    GetAllUsersWithGroupsResponseDataItemGroupsItemType + Unknown { Admin = "admin",
    Standard = "standard", Everyone = "everyone", Custom = "custom", }
}

/// Inline schema at `/paths/~1users~1fetch~1with-groups/get/responses/200/content/application~1json/schema/properties/data/items/properties/groups/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetAllUsersWithGroupsResponseDataItemGroupsItem {
    pub id: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub type_: ::std::option::Option<
        GetAllUsersWithGroupsResponseDataItemGroupsItemType,
    >,
}
crate::runtime::object! {
    GetAllUsersWithGroupsResponseDataItemGroupsItem { id = "_id" optional, name = "name"
    optional, type_ = "type" optional, }
}

/// Inline schema at `/paths/~1users~1fetch~1with-groups/get/responses/200/content/application~1json/schema/properties/data/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetAllUsersWithGroupsResponseDataItem {
    pub id: ::std::option::Option<::std::string::String>,
    pub user_id: ::std::option::Option<::std::string::String>,
    pub org_id: ::std::option::Option<::std::string::String>,
    pub full_name: ::std::option::Option<::std::string::String>,
    pub has_logged_in: ::std::option::Option<bool>,
    pub groups: ::std::option::Option<
        ::std::vec::Vec<GetAllUsersWithGroupsResponseDataItemGroupsItem>,
    >,
}
crate::runtime::object! {
    GetAllUsersWithGroupsResponseDataItem { id = "_id" optional, user_id = "userId"
    optional, org_id = "orgId" optional, full_name = "fullName" optional, has_logged_in =
    "hasLoggedIn" optional, groups = "groups" optional, }
}

/// Inline schema at `/paths/~1users~1fetch~1with-groups/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetAllUsersWithGroupsResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<
        ::std::vec::Vec<GetAllUsersWithGroupsResponseDataItem>,
    >,
}
crate::runtime::object! {
    GetAllUsersWithGroupsResponse { success = "success" optional, data = "data" optional,
    }
}

/// Inline schema at `/paths/~1users~1{id}~1email/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetUserEmailByIdResponse {
    pub success: ::std::option::Option<bool>,
    pub email: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GetUserEmailByIdResponse { success = "success" optional, email = "email" optional, }
}

/// Inline schema at `/paths/~1users~1by-ids/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct GetUsersByIdsBody {
    /// Array of user IDs to retrieve
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::object! {
    GetUsersByIdsBody { user_ids = "userIds" required, }
}

/// Inline schema at `/paths/~1users~1by-ids/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetUsersByIdsResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<::std::vec::Vec<User>>,
    /// Number of IDs requested
    pub requested_count: ::std::option::Option<i64>,
    /// Number of users found
    pub found_count: ::std::option::Option<i64>,
}
crate::runtime::object! {
    GetUsersByIdsResponse { success = "success" optional, data = "data" optional,
    requested_count = "requestedCount" optional, found_count = "foundCount" optional, }
}

/// Inline schema at `/paths/~1users~1email~1exists/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CheckUserExistsByEmailResponse {
    pub success: ::std::option::Option<bool>,
    /// Whether a user exists with this email
    pub exists: ::std::option::Option<bool>,
    pub data: ::std::option::Option<::std::vec::Vec<User>>,
}
crate::runtime::object! {
    CheckUserExistsByEmailResponse { success = "success" optional, exists = "exists"
    optional, data = "data" optional, }
}

/// Inline schema at `/paths/~1users~1internal~1{id}/get/responses/200/content/application~1json/schema`.
pub type GetInternalUserResponse = GetUserByIdResponse;

/// Inline schema at `/paths/~1users~1{id}~1fullname/patch/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateUserFullNameBody {
    pub full_name: ::std::string::String,
}
crate::runtime::object! {
    UpdateUserFullNameBody { full_name = "fullName" required, }
}

/// Inline schema at `/paths/~1users~1{id}~1firstName/patch/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateUserFirstNameBody {
    /// New first name
    pub first_name: ::std::string::String,
}
crate::runtime::object! {
    UpdateUserFirstNameBody { first_name = "firstName" required, }
}

/// Inline schema at `/paths/~1users~1{id}~1firstName/patch/responses/200/content/application~1json/schema`.
pub type UpdateUserFirstNameResponse = GetUserByIdResponse;

/// Inline schema at `/paths/~1users~1{id}~1lastName/patch/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateUserLastNameBody {
    /// New last name
    pub last_name: ::std::string::String,
}
crate::runtime::object! {
    UpdateUserLastNameBody { last_name = "lastName" required, }
}

/// Inline schema at `/paths/~1users~1{id}~1lastName/patch/responses/200/content/application~1json/schema`.
pub type UpdateUserLastNameResponse = GetUserByIdResponse;

/// Inline schema at `/paths/~1users~1{id}~1designation/patch/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateUserDesignationBody {
    /// Job title or designation
    pub designation: ::std::string::String,
}
crate::runtime::object! {
    UpdateUserDesignationBody { designation = "designation" required, }
}

/// Inline schema at `/paths/~1users~1{id}~1designation/patch/responses/200/content/application~1json/schema`.
pub type UpdateUserDesignationResponse = GetUserByIdResponse;

/// Inline schema at `/paths/~1users~1{id}~1adminCheck/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CheckUserIsAdminResponse {
    pub success: ::std::option::Option<bool>,
    pub is_admin: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    /// List of admin groups the user belongs to
    pub admin_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    CheckUserIsAdminResponse { success = "success" optional, is_admin = "isAdmin"
    optional, message = "message" optional, admin_groups = "adminGroups" optional, }
}

/// Inline schema at `/paths/~1users~1dp/delete/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RemoveUserDisplayPictureResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    RemoveUserDisplayPictureResponse { success = "success" optional, message = "message"
    optional, }
}

/// Inline schema at `/paths/~1users~1bulk~1invite/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct BulkInviteUsersBody {
    /// Array of email addresses to invite (max 100)
    pub emails: ::std::vec::Vec<::std::string::String>,
    /// Optional group IDs to add all invited users to
    pub group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Whether to send invitation emails immediately
    pub send_email: ::std::option::Option<bool>,
}
crate::runtime::object! {
    BulkInviteUsersBody { emails = "emails" required, group_ids = "groupIds" optional,
    send_email = "sendEmail" optional, }
}

/// Inline schema at `/paths/~1users~1bulk~1invite/post/responses/200/content/application~1json/schema/properties/failures/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BulkInviteUsersResponseFailuresItem {
    pub email: ::std::option::Option<::std::string::String>,
    pub reason: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    BulkInviteUsersResponseFailuresItem { email = "email" optional, reason = "reason"
    optional, }
}

/// Inline schema at `/paths/~1users~1bulk~1invite/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BulkInviteUsersResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    /// Number of successful invitations sent
    pub invited: ::std::option::Option<i64>,
    /// Number of existing users skipped
    pub skipped: ::std::option::Option<i64>,
    /// Number of failed invitations
    pub failed: ::std::option::Option<i64>,
    /// Details of failed invitations
    pub failures: ::std::option::Option<
        ::std::vec::Vec<BulkInviteUsersResponseFailuresItem>,
    >,
}
crate::runtime::object! {
    BulkInviteUsersResponse { success = "success" optional, message = "message" optional,
    invited = "invited" optional, skipped = "skipped" optional, failed = "failed"
    optional, failures = "failures" optional, }
}

/// Inline schema at `/paths/~1users~1{id}~1resend-invite/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ResendUserInviteResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    /// Email address the invitation was sent to
    pub sent_to: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ResendUserInviteResponse { success = "success" optional, message = "message"
    optional, sent_to = "sentTo" optional, }
}

/// Inline schema at `/paths/~1users~1graph~1list/get/parameters/3/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ListUsersGraphSortBy {
    /// `fullName`
    #[default]
    FullName,
    /// `email`
    Email,
    /// `createdAt`
    CreatedAt,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ListUsersGraphSortBy + Unknown { FullName = "fullName", Email = "email", CreatedAt =
    "createdAt", }
}

/// Inline schema at `/paths/~1users~1graph~1list/get/parameters/4/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ListUsersGraphSortOrder {
    /// `asc`
    #[default]
    Asc,
    /// `desc`
    Desc,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ListUsersGraphSortOrder + Unknown { Asc = "asc", Desc = "desc", }
}

/// Inline schema at `/paths/~1users~1graph~1list/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListUsersGraphResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<::std::vec::Vec<User>>,
    pub pagination: ::std::option::Option<GetAllUsersResponsePagination>,
    pub total: ::std::option::Option<i64>,
    pub page: ::std::option::Option<i64>,
    pub limit: ::std::option::Option<i64>,
}
crate::runtime::object! {
    ListUsersGraphResponse { success = "success" optional, data = "data" optional,
    pagination = "pagination" optional, total = "total" optional, page = "page" optional,
    limit = "limit" optional, }
}

/// Inline schema at `/paths/~1teams/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListTeamsResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<::std::vec::Vec<Team>>,
    pub pagination: ::std::option::Option<GetAllUsersResponsePagination>,
}
crate::runtime::object! {
    ListTeamsResponse { success = "success" optional, data = "data" optional, pagination
    = "pagination" optional, }
}

/// Inline schema at `/paths/~1teams/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateTeamBody {
    /// Team display name (must be unique in org)
    pub name: ::std::string::String,
    /// Team description and purpose
    pub description: ::std::option::Option<::std::string::String>,
    /// Optional initial members with roles
    pub user_roles: ::std::option::Option<::std::vec::Vec<UserRole>>,
}
crate::runtime::object! {
    CreateTeamBody { name = "name" required, description = "description" optional,
    user_roles = "userRoles" optional, }
}

/// Inline schema at `/paths/~1teams/post/responses/201/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateTeamResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<Team>,
}
crate::runtime::object! {
    CreateTeamResponse { success = "success" optional, message = "message" optional, data
    = "data" optional, }
}

/// Inline schema at `/paths/~1teams~1{teamId}/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetTeamByIdResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<Team>,
}
crate::runtime::object! {
    GetTeamByIdResponse { success = "success" optional, data = "data" optional, }
}

/// Inline schema at `/paths/~1teams~1{teamId}/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateTeamBody {
    /// New team name
    pub name: ::std::option::Option<::std::string::String>,
    /// New team description
    pub description: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateTeamBody { name = "name" optional, description = "description" optional, }
}

/// Inline schema at `/paths/~1teams~1{teamId}/put/responses/200/content/application~1json/schema`.
pub type UpdateTeamResponse = CreateTeamResponse;

/// Inline schema at `/paths/~1teams~1{teamId}/delete/responses/200/content/application~1json/schema`.
pub type DeleteTeamResponse = RemoveUserDisplayPictureResponse;

/// Inline schema at `/paths/~1teams~1{teamId}~1users/get/responses/200/content/application~1json/schema/properties/data/items/properties/role`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GetTeamUsersResponseDataItemRole {
    /// `owner`
    #[default]
    Owner,
    /// `admin`
    Admin,
    /// `member`
    Member,
    /// `viewer`
    Viewer,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    GetTeamUsersResponseDataItemRole + Unknown { Owner = "owner", Admin = "admin", Member
    = "member", Viewer = "viewer", }
}

/// Inline schema at `/paths/~1teams~1{teamId}~1users/get/responses/200/content/application~1json/schema/properties/data/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetTeamUsersResponseDataItem {
    pub user: ::std::option::Option<User>,
    pub role: ::std::option::Option<GetTeamUsersResponseDataItemRole>,
    pub joined_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    GetTeamUsersResponseDataItem { user = "user" optional, role = "role" optional,
    joined_at = "joinedAt" optional, }
}

/// Inline schema at `/paths/~1teams~1{teamId}~1users/get/responses/200/content/application~1json/schema/properties/pagination`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetTeamUsersResponsePagination {
    pub page: ::std::option::Option<i64>,
    pub limit: ::std::option::Option<i64>,
    pub total: ::std::option::Option<i64>,
}
crate::runtime::object! {
    GetTeamUsersResponsePagination { page = "page" optional, limit = "limit" optional,
    total = "total" optional, }
}

/// Inline schema at `/paths/~1teams~1{teamId}~1users/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetTeamUsersResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<::std::vec::Vec<GetTeamUsersResponseDataItem>>,
    pub pagination: ::std::option::Option<GetTeamUsersResponsePagination>,
}
crate::runtime::object! {
    GetTeamUsersResponse { success = "success" optional, data = "data" optional,
    pagination = "pagination" optional, }
}

/// Role to assign to the user
///
/// Inline schema at `/paths/~1teams~1{teamId}~1users/post/requestBody/content/application~1json/schema/properties/users/items/properties/role`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AddUsersToTeamBodyUsersItemRole {
    /// `admin`
    #[default]
    Admin,
    /// `member`
    Member,
    /// `viewer`
    Viewer,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    AddUsersToTeamBodyUsersItemRole + Unknown { Admin = "admin", Member = "member",
    Viewer = "viewer", }
}

/// Inline schema at `/paths/~1teams~1{teamId}~1users/post/requestBody/content/application~1json/schema/properties/users/items`.
#[derive(Clone, Default)]
pub struct AddUsersToTeamBodyUsersItem {
    /// User ID to add to the team
    pub user_id: ::std::string::String,
    /// Role to assign to the user
    pub role: ::std::option::Option<AddUsersToTeamBodyUsersItemRole>,
}
crate::runtime::object! {
    AddUsersToTeamBodyUsersItem { user_id = "userId" required, role = "role" optional, }
}

/// Inline schema at `/paths/~1teams~1{teamId}~1users/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct AddUsersToTeamBody {
    pub users: ::std::vec::Vec<AddUsersToTeamBodyUsersItem>,
}
crate::runtime::object! {
    AddUsersToTeamBody { users = "users" required, }
}

/// Inline schema at `/paths/~1teams~1{teamId}~1users/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AddUsersToTeamResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub added_count: ::std::option::Option<i64>,
    /// Number of users already in the team
    pub skipped_count: ::std::option::Option<i64>,
}
crate::runtime::object! {
    AddUsersToTeamResponse { success = "success" optional, message = "message" optional,
    added_count = "addedCount" optional, skipped_count = "skippedCount" optional, }
}

/// Inline schema at `/paths/~1teams~1{teamId}~1users/delete/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct RemoveUsersFromTeamBody {
    /// Array of user IDs to remove from the team
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::object! {
    RemoveUsersFromTeamBody { user_ids = "userIds" required, }
}

/// Inline schema at `/paths/~1teams~1{teamId}~1users/delete/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RemoveUsersFromTeamResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub removed_count: ::std::option::Option<i64>,
}
crate::runtime::object! {
    RemoveUsersFromTeamResponse { success = "success" optional, message = "message"
    optional, removed_count = "removedCount" optional, }
}

/// New role to assign to the user
///
/// Inline schema at `/paths/~1teams~1{teamId}~1users~1permissions/put/requestBody/content/application~1json/schema/properties/role`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UpdateTeamUserPermissionsBodyRole {
    /// `owner`
    #[default]
    Owner,
    /// `admin`
    Admin,
    /// `member`
    Member,
    /// `viewer`
    Viewer,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UpdateTeamUserPermissionsBodyRole + Unknown { Owner = "owner", Admin = "admin",
    Member = "member", Viewer = "viewer", }
}

/// Inline schema at `/paths/~1teams~1{teamId}~1users~1permissions/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateTeamUserPermissionsBody {
    /// ID of the user whose role to update
    pub user_id: ::std::string::String,
    /// New role to assign to the user
    pub role: UpdateTeamUserPermissionsBodyRole,
}
crate::runtime::object! {
    UpdateTeamUserPermissionsBody { user_id = "userId" required, role = "role" required,
    }
}

/// Inline schema at `/paths/~1teams~1{teamId}~1users~1permissions/put/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateTeamUserPermissionsResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub previous_role: ::std::option::Option<::std::string::String>,
    pub new_role: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateTeamUserPermissionsResponse { success = "success" optional, message = "message"
    optional, previous_role = "previousRole" optional, new_role = "newRole" optional, }
}

/// Inline schema at `/paths/~1teams~1user~1teams/get/responses/200/content/application~1json/schema/properties/data/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetUserTeamsResponseDataItem {
    pub team: ::std::option::Option<Team>,
    pub role: ::std::option::Option<GetTeamUsersResponseDataItemRole>,
    pub joined_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    GetUserTeamsResponseDataItem { team = "team" optional, role = "role" optional,
    joined_at = "joinedAt" optional, }
}

/// Inline schema at `/paths/~1teams~1user~1teams/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetUserTeamsResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<::std::vec::Vec<GetUserTeamsResponseDataItem>>,
    pub pagination: ::std::option::Option<GetTeamUsersResponsePagination>,
}
crate::runtime::object! {
    GetUserTeamsResponse { success = "success" optional, data = "data" optional,
    pagination = "pagination" optional, }
}

/// User's current role (none if no longer a member)
///
/// Inline schema at `/paths/~1teams~1user~1teams~1created/get/responses/200/content/application~1json/schema/properties/data/items/properties/currentRole`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GetUserCreatedTeamsResponseDataItemCurrentRole {
    /// `owner`
    #[default]
    Owner,
    /// `admin`
    Admin,
    /// `member`
    Member,
    /// `viewer`
    Viewer,
    /// `none`
    None,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    GetUserCreatedTeamsResponseDataItemCurrentRole + Unknown { Owner = "owner", Admin =
    "admin", Member = "member", Viewer = "viewer", None = "none", }
}

/// Inline schema at `/paths/~1teams~1user~1teams~1created/get/responses/200/content/application~1json/schema/properties/data/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetUserCreatedTeamsResponseDataItem {
    pub team: ::std::option::Option<Team>,
    /// User's current role (none if no longer a member)
    pub current_role: ::std::option::Option<
        GetUserCreatedTeamsResponseDataItemCurrentRole,
    >,
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    GetUserCreatedTeamsResponseDataItem { team = "team" optional, current_role =
    "currentRole" optional, created_at = "createdAt" optional, }
}

/// Inline schema at `/paths/~1teams~1user~1teams~1created/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetUserCreatedTeamsResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<
        ::std::vec::Vec<GetUserCreatedTeamsResponseDataItem>,
    >,
    pub pagination: ::std::option::Option<GetTeamUsersResponsePagination>,
}
crate::runtime::object! {
    GetUserCreatedTeamsResponse { success = "success" optional, data = "data" optional,
    pagination = "pagination" optional, }
}

/// Inline schema at `/paths/~1org~1exists/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CheckOrgExistsResponse {
    pub success: ::std::option::Option<bool>,
    /// Whether an organization has been created
    pub exists: ::std::option::Option<bool>,
}
crate::runtime::object! {
    CheckOrgExistsResponse { success = "success" optional, exists = "exists" optional, }
}

/// Inline schema at `/paths/~1org/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetCurrentOrganizationResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<Organization>,
}
crate::runtime::object! {
    GetCurrentOrganizationResponse { success = "success" optional, data = "data"
    optional, }
}

/// Inline schema at `/paths/~1org/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateOrganizationBody {
    /// Official registered/legal name
    pub registered_name: ::std::option::Option<::std::string::String>,
    /// Short display name for UI
    pub short_name: ::std::option::Option<::std::string::String>,
    /// Contact phone number (international format)
    pub phone_number: ::std::option::Option<::std::string::String>,
    pub permanent_address: ::std::option::Option<Address>,
}
crate::runtime::object! {
    UpdateOrganizationBody { registered_name = "registeredName" optional, short_name =
    "shortName" optional, phone_number = "phoneNumber" optional, permanent_address =
    "permanentAddress" optional, }
}

/// Inline schema at `/paths/~1org/put/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<Organization>,
}
crate::runtime::object! {
    UpdateOrganizationResponse { success = "success" optional, message = "message"
    optional, data = "data" optional, }
}

/// Type of organization account
///
/// Inline schema at `/paths/~1org/post/requestBody/content/application~1json/schema/properties/accountType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CreateOrganizationBodyAccountType {
    /// `individual`
    #[default]
    Individual,
    /// `business`
    Business,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CreateOrganizationBodyAccountType + Unknown { Individual = "individual", Business =
    "business", }
}

/// Inline schema at `/paths/~1org/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateOrganizationBody {
    /// Type of organization account
    pub account_type: CreateOrganizationBodyAccountType,
    /// Short display name for the organization
    pub short_name: ::std::option::Option<::std::string::String>,
    /// Official registered name (for business accounts)
    pub registered_name: ::std::option::Option<::std::string::String>,
    /// Primary contact email (also used as admin email)
    pub contact_email: ::std::string::String,
    /// Full name of the first admin user
    pub admin_full_name: ::std::string::String,
    /// Password for the admin account (min 8 chars)
    pub password: ::std::string::String,
}
crate::runtime::object! {
    CreateOrganizationBody { account_type = "accountType" required, short_name =
    "shortName" optional, registered_name = "registeredName" optional, contact_email =
    "contactEmail" required, admin_full_name = "adminFullName" required, password =
    "password" required, }
}

/// Inline schema at `/paths/~1org/post/responses/201/content/application~1json/schema/properties/data`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateOrganizationResponseData {
    pub organization: ::std::option::Option<Organization>,
    pub admin_user: ::std::option::Option<User>,
    /// JWT token for immediate login
    pub access_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateOrganizationResponseData { organization = "organization" optional, admin_user =
    "adminUser" optional, access_token = "accessToken" optional, }
}

/// Inline schema at `/paths/~1org/post/responses/201/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateOrganizationResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<CreateOrganizationResponseData>,
}
crate::runtime::object! {
    CreateOrganizationResponse { success = "success" optional, message = "message"
    optional, data = "data" optional, }
}

/// Inline schema at `/paths/~1org/delete/parameters/0/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeleteOrganizationConfirm {
    /// `DELETE`
    #[default]
    Delete,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    DeleteOrganizationConfirm + Unknown { Delete = "DELETE", }
}

/// Inline schema at `/paths/~1org/delete/responses/200/content/application~1json/schema`.
pub type DeleteOrganizationResponse = RemoveUserDisplayPictureResponse;

/// Inline schema at `/paths/~1org~1logo/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetOrganizationLogoResponse {
    pub success: ::std::option::Option<bool>,
    /// Whether organization has a custom logo
    pub has_logo: ::std::option::Option<bool>,
    /// Signed URL to access the logo (null if no logo)
    pub logo_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GetOrganizationLogoResponse { success = "success" optional, has_logo = "hasLogo"
    optional, logo_url = "logoUrl" optional, }
}

/// Inline schema at `/paths/~1org~1logo/put/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UploadOrganizationLogoResponse {
    pub success: ::std::option::Option<bool>,
    /// URL to access the uploaded logo
    pub logo_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UploadOrganizationLogoResponse { success = "success" optional, logo_url = "logoUrl"
    optional, }
}

/// Inline schema at `/paths/~1org~1logo/delete/responses/200/content/application~1json/schema`.
pub type DeleteOrganizationLogoResponse = RemoveUserDisplayPictureResponse;

/// Inline schema at `/paths/~1org~1onboarding-status/get/responses/200/content/application~1json/schema/properties/data/properties/steps/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetOnboardingStatusResponseDataStepsItem {
    pub id: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub is_completed: ::std::option::Option<bool>,
    pub is_required: ::std::option::Option<bool>,
}
crate::runtime::object! {
    GetOnboardingStatusResponseDataStepsItem { id = "id" optional, name = "name"
    optional, is_completed = "isCompleted" optional, is_required = "isRequired" optional,
    }
}

/// Inline schema at `/paths/~1org~1onboarding-status/get/responses/200/content/application~1json/schema/properties/data`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetOnboardingStatusResponseData {
    /// Whether onboarding is fully complete
    pub is_completed: ::std::option::Option<bool>,
    /// Current active onboarding step
    pub current_step: ::std::option::Option<::std::string::String>,
    pub completed_steps: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub completion_percentage: ::std::option::Option<i64>,
    pub steps: ::std::option::Option<
        ::std::vec::Vec<GetOnboardingStatusResponseDataStepsItem>,
    >,
}
crate::runtime::object! {
    GetOnboardingStatusResponseData { is_completed = "isCompleted" optional, current_step
    = "currentStep" optional, completed_steps = "completedSteps" optional,
    completion_percentage = "completionPercentage" optional, steps = "steps" optional, }
}

/// Inline schema at `/paths/~1org~1onboarding-status/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetOnboardingStatusResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<GetOnboardingStatusResponseData>,
}
crate::runtime::object! {
    GetOnboardingStatusResponse { success = "success" optional, data = "data" optional, }
}

/// Action to perform on the step
///
/// Inline schema at `/paths/~1org~1onboarding-status/put/requestBody/content/application~1json/schema/properties/action`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UpdateOnboardingStatusBodyAction {
    /// `complete`
    #[default]
    Complete,
    /// `skip`
    Skip,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UpdateOnboardingStatusBodyAction + Unknown { Complete = "complete", Skip = "skip", }
}

/// Inline schema at `/paths/~1org~1onboarding-status/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateOnboardingStatusBody {
    /// ID of the step to update
    pub step_id: ::std::string::String,
    /// Action to perform on the step
    pub action: UpdateOnboardingStatusBodyAction,
}
crate::runtime::object! {
    UpdateOnboardingStatusBody { step_id = "stepId" required, action = "action" required,
    }
}

/// Inline schema at `/paths/~1org~1onboarding-status/put/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateOnboardingStatusResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    /// Whether all onboarding is now complete
    pub is_onboarding_complete: ::std::option::Option<bool>,
    /// Next step to complete (null if done)
    pub next_step: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateOnboardingStatusResponse { success = "success" optional, message = "message"
    optional, is_onboarding_complete = "isOnboardingComplete" optional, next_step =
    "nextStep" optional, }
}

/// Inline schema at `/paths/~1user-groups/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetAllUserGroupsResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<::std::vec::Vec<UserGroup>>,
}
crate::runtime::object! {
    GetAllUserGroupsResponse { success = "success" optional, data = "data" optional, }
}

/// Group type determining behavior and privileges
///
/// Inline schema at `/paths/~1user-groups/post/requestBody/content/application~1json/schema/properties/type`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CreateUserGroupBodyType {
    /// `admin`
    #[default]
    Admin,
    /// `standard`
    Standard,
    /// `everyone`
    Everyone,
    /// `custom`
    Custom,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CreateUserGroupBodyType + Unknown { Admin = "admin", Standard = "standard", Everyone
    = "everyone", Custom = "custom", }
}

/// Inline schema at `/paths/~1user-groups/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateUserGroupBody {
    /// Display name for the group
    pub name: ::std::string::String,
    /// Group type determining behavior and privileges
    pub type_: CreateUserGroupBodyType,
    /// Optional description of the group's purpose
    pub description: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateUserGroupBody { name = "name" required, type_ = "type" required, description =
    "description" optional, }
}

/// Inline schema at `/paths/~1user-groups~1{groupId}/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateUserGroupBody {
    /// New display name for the group
    pub name: ::std::option::Option<::std::string::String>,
    /// Updated description
    pub description: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateUserGroupBody { name = "name" optional, description = "description" optional, }
}

/// Inline schema at `/paths/~1user-groups~1{groupId}/delete/responses/200/content/application~1json/schema`.
pub type DeleteUserGroupResponse = RemoveUserDisplayPictureResponse;

/// Inline schema at `/paths/~1user-groups~1add-users/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct AddUsersToGroupBody {
    /// ID of the group to add users to
    pub group_id: ::std::string::String,
    /// Array of user IDs to add to the group
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::object! {
    AddUsersToGroupBody { group_id = "groupId" required, user_ids = "userIds" required, }
}

/// Inline schema at `/paths/~1user-groups~1add-users/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct AddUsersToGroupResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub added_count: ::std::option::Option<i64>,
    /// Number of users already in the group
    pub skipped_count: ::std::option::Option<i64>,
}
crate::runtime::object! {
    AddUsersToGroupResponse { success = "success" optional, message = "message" optional,
    added_count = "addedCount" optional, skipped_count = "skippedCount" optional, }
}

/// Inline schema at `/paths/~1user-groups~1remove-users/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct RemoveUsersFromGroupBody {
    /// ID of the group to remove users from
    pub group_id: ::std::string::String,
    /// Array of user IDs to remove from the group
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::object! {
    RemoveUsersFromGroupBody { group_id = "groupId" required, user_ids = "userIds"
    required, }
}

/// Inline schema at `/paths/~1user-groups~1remove-users/post/responses/200/content/application~1json/schema`.
pub type RemoveUsersFromGroupResponse = RemoveUsersFromTeamResponse;

/// Inline schema at `/paths/~1user-groups~1{groupId}~1users/get/responses/200/content/application~1json/schema`.
pub type GetUsersInGroupResponse = GetAllUsersResponse;

/// Inline schema at `/paths/~1user-groups~1users~1{userId}/get/responses/200/content/application~1json/schema`.
pub type GetGroupsForUserResponse = GetAllUserGroupsResponse;

/// Inline schema at `/paths/~1user-groups~1stats~1list/get/responses/200/content/application~1json/schema/properties/data/properties/groupsByType`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetUserGroupStatsResponseDataGroupsByType {
    pub admin: ::std::option::Option<i64>,
    pub standard: ::std::option::Option<i64>,
    pub everyone: ::std::option::Option<i64>,
    pub custom: ::std::option::Option<i64>,
}
crate::runtime::object! {
    GetUserGroupStatsResponseDataGroupsByType { admin = "admin" optional, standard =
    "standard" optional, everyone = "everyone" optional, custom = "custom" optional, }
}

/// Inline schema at `/paths/~1user-groups~1stats~1list/get/responses/200/content/application~1json/schema/properties/data/properties/groups/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetUserGroupStatsResponseDataGroupsItem {
    pub id: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub type_: ::std::option::Option<::std::string::String>,
    pub member_count: ::std::option::Option<i64>,
}
crate::runtime::object! {
    GetUserGroupStatsResponseDataGroupsItem { id = "_id" optional, name = "name"
    optional, type_ = "type" optional, member_count = "memberCount" optional, }
}

/// Inline schema at `/paths/~1user-groups~1stats~1list/get/responses/200/content/application~1json/schema/properties/data`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetUserGroupStatsResponseData {
    pub total_groups: ::std::option::Option<i64>,
    pub groups_by_type: ::std::option::Option<GetUserGroupStatsResponseDataGroupsByType>,
    /// Sum of all group memberships (may include duplicates)
    pub total_members: ::std::option::Option<i64>,
    pub groups: ::std::option::Option<
        ::std::vec::Vec<GetUserGroupStatsResponseDataGroupsItem>,
    >,
}
crate::runtime::object! {
    GetUserGroupStatsResponseData { total_groups = "totalGroups" optional, groups_by_type
    = "groupsByType" optional, total_members = "totalMembers" optional, groups = "groups"
    optional, }
}

/// Inline schema at `/paths/~1user-groups~1stats~1list/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetUserGroupStatsResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<GetUserGroupStatsResponseData>,
}
crate::runtime::object! {
    GetUserGroupStatsResponse { success = "success" optional, data = "data" optional, }
}

/// Default permission level for shared access
///
/// Inline schema at `/paths/~1document~1upload/post/requestBody/content/multipart~1form-data/schema/properties/permissions`.
pub type UploadDocumentPermissions = DocumentPermissions;

/// Enable version control for this document
///
/// Inline schema at `/paths/~1document~1upload/post/requestBody/content/multipart~1form-data/schema/properties/isVersionedFile`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UploadDocumentIsVersionedFile {
    /// `true`
    #[default]
    True,
    /// `false`
    False,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UploadDocumentIsVersionedFile + Unknown { True = "true", False = "false", }
}

/// Inline schema at `/paths/~1document~1placeholder/post/requestBody/content/application~1json/schema/properties/permissions`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CreateDocumentPlaceholderBodyPermissions {
    /// `owner`
    #[default]
    Owner,
    /// `editor`
    Editor,
    /// `commentator`
    Commentator,
    /// `readonly`
    Readonly,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CreateDocumentPlaceholderBodyPermissions + Unknown { Owner = "owner", Editor =
    "editor", Commentator = "commentator", Readonly = "readonly", }
}

/// Inline schema at `/paths/~1document~1placeholder/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateDocumentPlaceholderBody {
    /// Display name for the document
    pub document_name: ::std::string::String,
    /// Alternative name for search/display
    pub alternate_document_name: ::std::option::Option<::std::string::String>,
    /// Virtual folder path
    pub document_path: ::std::string::String,
    pub permissions: ::std::option::Option<CreateDocumentPlaceholderBodyPermissions>,
    /// Custom metadata key-value pairs
    pub meta_data: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Enable version control
    pub is_versioned_file: ::std::option::Option<bool>,
    /// File extension WITHOUT dot
    pub extension: ::std::string::String,
}
crate::runtime::object! {
    CreateDocumentPlaceholderBody { document_name = "documentName" required,
    alternate_document_name = "alternateDocumentName" optional, document_path =
    "documentPath" required, permissions = "permissions" optional, meta_data = "metaData"
    optional, is_versioned_file = "isVersionedFile" optional, extension = "extension"
    required, }
}

/// Inline schema at `/paths/~1document~1{documentId}/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetDocumentByIdResponse {
    pub success: ::std::option::Option<bool>,
    pub data: ::std::option::Option<Document>,
}
crate::runtime::object! {
    GetDocumentByIdResponse { success = "success" optional, data = "data" optional, }
}

/// Inline schema at `/paths/~1document~1{documentId}/delete/responses/200/content/application~1json/schema/properties/data`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DeleteDocumentByIdResponseData {
    pub id: ::std::option::Option<::std::string::String>,
    pub is_deleted: ::std::option::Option<bool>,
    pub deleted_by_user_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DeleteDocumentByIdResponseData { id = "_id" optional, is_deleted = "isDeleted"
    optional, deleted_by_user_id = "deletedByUserId" optional, }
}

/// Inline schema at `/paths/~1document~1{documentId}/delete/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DeleteDocumentByIdResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<DeleteDocumentByIdResponseData>,
}
crate::runtime::object! {
    DeleteDocumentByIdResponse { success = "success" optional, message = "message"
    optional, data = "data" optional, }
}

/// Inline schema at `/paths/~1document~1{documentId}~1download/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DownloadDocumentResponse {
    pub success: ::std::option::Option<bool>,
    /// Presigned URL for download (S3/Azure only)
    pub signed_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DownloadDocumentResponse { success = "success" optional, signed_url = "signedUrl"
    optional, }
}

/// Inline schema at `/paths/~1document~1{documentId}~1buffer/put/responses/200/content/application~1json/schema`.
pub type UpdateDocumentBufferResponse = RemoveUserDisplayPictureResponse;

/// Inline schema at `/paths/~1document~1{documentId}~1uploadNextVersion/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UploadNextVersionResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<Document>,
}
crate::runtime::object! {
    UploadNextVersionResponse { success = "success" optional, message = "message"
    optional, data = "data" optional, }
}

/// Inline schema at `/paths/~1document~1{documentId}~1rollBack/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct RollBackToPreviousVersionBody {
    /// Version number to rollback to (0-indexed)
    pub version: ::std::string::String,
    /// Reason for rollback (required for audit trail)
    pub note: ::std::string::String,
}
crate::runtime::object! {
    RollBackToPreviousVersionBody { version = "version" required, note = "note" required,
    }
}

/// Inline schema at `/paths/~1document~1{documentId}~1rollBack/post/responses/200/content/application~1json/schema`.
pub type RollBackToPreviousVersionResponse = UploadNextVersionResponse;

/// Inline schema at `/paths/~1document~1{documentId}~1directUpload/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetDirectUploadUrlResponse {
    pub success: ::std::option::Option<bool>,
    /// Presigned URL for direct PUT upload
    pub signed_url: ::std::option::Option<::std::string::String>,
    /// Document ID for reference
    pub document_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GetDirectUploadUrlResponse { success = "success" optional, signed_url = "signedUrl"
    optional, document_id = "documentId" optional, }
}

/// Inline schema at `/paths/~1document~1{documentId}~1isModified/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CheckDocumentModifiedResponse {
    pub success: ::std::option::Option<bool>,
    /// True if current content differs from last version
    pub is_modified: ::std::option::Option<bool>,
}
crate::runtime::object! {
    CheckDocumentModifiedResponse { success = "success" optional, is_modified =
    "isModified" optional, }
}

/// Inline schema at `/paths/~1knowledgeBase/get/parameters/4/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ListKnowledgeBasesSortBy {
    /// `name`
    #[default]
    Name,
    /// `createdAtTimestamp`
    CreatedAtTimestamp,
    /// `updatedAtTimestamp`
    UpdatedAtTimestamp,
    /// `userRole`
    UserRole,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ListKnowledgeBasesSortBy + Unknown { Name = "name", CreatedAtTimestamp =
    "createdAtTimestamp", UpdatedAtTimestamp = "updatedAtTimestamp", UserRole =
    "userRole", }
}

/// Inline schema at `/paths/~1knowledgeBase/get/parameters/5/schema`.
pub type ListKnowledgeBasesSortOrder = ListUsersGraphSortOrder;

/// Inline schema at `/paths/~1knowledgeBase/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListKnowledgeBasesResponse {
    pub knowledge_bases: ::std::option::Option<::std::vec::Vec<KnowledgeBase>>,
    pub pagination: ::std::option::Option<PaginationInfo>,
}
crate::runtime::object! {
    ListKnowledgeBasesResponse { knowledge_bases = "knowledgeBases" optional, pagination
    = "pagination" optional, }
}

/// Inline schema at `/paths/~1knowledgeBase/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateKnowledgeBaseBody {
    /// Name of the knowledge base
    pub kb_name: ::std::string::String,
}
crate::runtime::object! {
    CreateKnowledgeBaseBody { kb_name = "kbName" required, }
}

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateKnowledgeBaseBody {
    /// New name for the knowledge base
    pub kb_name: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateKnowledgeBaseBody { kb_name = "kbName" optional, }
}

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}/delete/responses/200/content/application~1json/schema`.
pub type DeleteKnowledgeBaseResponse = RemoveUserDisplayPictureResponse;

/// Inline schema at `/paths/~1knowledgeBase~1records/get/parameters/4/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GetAllRecordsOrigins {
    /// `UPLOAD`
    #[default]
    Upload,
    /// `CONNECTOR`
    Connector,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    GetAllRecordsOrigins + Unknown { Upload = "UPLOAD", Connector = "CONNECTOR", }
}

/// Inline schema at `/paths/~1knowledgeBase~1records/get/parameters/10/schema`.
pub type GetAllRecordsSortOrder = ListUsersGraphSortOrder;

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1records/get/parameters/10/schema`.
pub type GetKbRecordsSortOrder = ListUsersGraphSortOrder;

/// Inline schema at `/paths/~1knowledgeBase~1record~1{recordId}/put/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateRecordResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub record: ::std::option::Option<Record>,
}
crate::runtime::object! {
    UpdateRecordResponse { success = "success" optional, message = "message" optional,
    record = "record" optional, }
}

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1folder/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateRootFolderBody {
    /// Name of the folder
    pub folder_name: ::std::string::String,
}
crate::runtime::object! {
    CreateRootFolderBody { folder_name = "folderName" required, }
}

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1folder~1{folderId}/get/parameters/6/schema`.
pub type GetFolderContentsSortOrder = ListUsersGraphSortOrder;

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1folder~1{folderId}/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateFolderBody {
    pub folder_name: ::std::string::String,
}
crate::runtime::object! {
    UpdateFolderBody { folder_name = "folderName" required, }
}

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1folder~1{folderId}~1subfolder/post/requestBody/content/application~1json/schema`.
pub type CreateSubfolderBody = UpdateFolderBody;

/// Inline schema at `/paths/~1knowledgeBase~1limits/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetUploadLimitsResponse {
    /// Maximum number of files per upload request
    pub max_files_per_request: ::std::option::Option<i64>,
    /// Maximum file size in bytes (default 30MB)
    pub max_file_size_bytes: ::std::option::Option<i64>,
}
crate::runtime::object! {
    GetUploadLimitsResponse { max_files_per_request = "maxFilesPerRequest" optional,
    max_file_size_bytes = "maxFileSizeBytes" optional, }
}

/// Inline schema at `/paths/~1knowledgeBase~1reindex~1record~1{recordId}/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct ReindexRecordBody {
    /// Processing depth (-1 for unlimited)
    pub depth: ::std::option::Option<i64>,
}
crate::runtime::object! {
    ReindexRecordBody { depth = "depth" optional, }
}

/// Inline schema at `/paths/~1knowledgeBase~1reindex~1record-group~1{recordGroupId}/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct ReindexRecordGroupBody {
    pub depth: ::std::option::Option<i64>,
}
crate::runtime::object! {
    ReindexRecordGroupBody { depth = "depth" optional, }
}

/// Inline schema at `/paths/~1knowledgeBase~1reindex-failed~1connector/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct ReindexFailedConnectorRecordsBody {
    /// Connector app name
    pub app: ::std::string::String,
    /// Connector instance ID
    pub connector_id: ::std::string::String,
}
crate::runtime::object! {
    ReindexFailedConnectorRecordsBody { app = "app" required, connector_id =
    "connectorId" required, }
}

/// Inline schema at `/paths/~1knowledgeBase~1resync~1connector/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct ResyncConnectorBody {
    /// Connector type name
    pub connector_name: ::std::string::String,
    /// Connector instance ID
    pub connector_id: ::std::string::String,
}
crate::runtime::object! {
    ResyncConnectorBody { connector_name = "connectorName" required, connector_id =
    "connectorId" required, }
}

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListKbPermissionsResponse {
    pub kb_id: ::std::option::Option<::std::string::String>,
    pub permissions: ::std::option::Option<::std::vec::Vec<KbPermission>>,
    pub total_count: ::std::option::Option<i64>,
}
crate::runtime::object! {
    ListKbPermissionsResponse { kb_id = "kbId" optional, permissions = "permissions"
    optional, total_count = "totalCount" optional, }
}

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/put/requestBody/content/application~1json/schema/properties/role`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UpdateKbPermissionsBodyRole {
    /// `OWNER`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UpdateKbPermissionsBodyRole + Unknown { Owner = "OWNER", Organizer = "ORGANIZER",
    Fileorganizer = "FILEORGANIZER", Writer = "WRITER", Commenter = "COMMENTER", Reader =
    "READER", }
}

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateKbPermissionsBody {
    pub user_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub team_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub role: UpdateKbPermissionsBodyRole,
}
crate::runtime::object! {
    UpdateKbPermissionsBody { user_ids = "userIds" optional, team_ids = "teamIds"
    optional, role = "role" required, }
}

/// Permission role to grant
///
/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/post/requestBody/content/application~1json/schema/properties/role`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CreateKbPermissionBodyRole {
    /// `OWNER`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CreateKbPermissionBodyRole + Unknown { Owner = "OWNER", Organizer = "ORGANIZER",
    Fileorganizer = "FILEORGANIZER", Writer = "WRITER", Commenter = "COMMENTER", Reader =
    "READER", }
}

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateKbPermissionBody {
    /// User IDs to grant permission
    pub user_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Team IDs to grant permission
    pub team_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Permission role to grant
    pub role: CreateKbPermissionBodyRole,
}
crate::runtime::object! {
    CreateKbPermissionBody { user_ids = "userIds" optional, team_ids = "teamIds"
    optional, role = "role" required, }
}

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/post/responses/200/content/application~1json/schema/properties/permissionResult`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateKbPermissionResponsePermissionResult {
    pub granted_count: ::std::option::Option<i64>,
    pub updated_count: ::std::option::Option<i64>,
}
crate::runtime::object! {
    CreateKbPermissionResponsePermissionResult { granted_count = "grantedCount" optional,
    updated_count = "updatedCount" optional, }
}

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateKbPermissionResponse {
    pub kb_id: ::std::option::Option<::std::string::String>,
    pub permission_result: ::std::option::Option<
        CreateKbPermissionResponsePermissionResult,
    >,
}
crate::runtime::object! {
    CreateKbPermissionResponse { kb_id = "kbId" optional, permission_result =
    "permissionResult" optional, }
}

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1permissions/delete/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct DeleteKbPermissionsBody {
    pub user_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub team_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    DeleteKbPermissionsBody { user_ids = "userIds" optional, team_ids = "teamIds"
    optional, }
}

/// Inline schema at `/paths/~1knowledgeBase~1{kbId}~1record~1{recordId}~1move/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct MoveRecordBody {
    /// ID of the new parent folder, or null to move to root level
    pub new_parent_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    MoveRecordBody { new_parent_id = "newParentId" nullable, }
}

/// Inline schema at `/paths/~1knowledgeBase~1knowledge-hub~1nodes/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetKnowledgeHubRootNodesResponse {
    pub nodes: ::std::option::Option<::std::vec::Vec<KnowledgeHubNode>>,
}
crate::runtime::object! {
    GetKnowledgeHubRootNodesResponse { nodes = "nodes" optional, }
}

/// Inline schema at `/paths/~1knowledgeBase~1knowledge-hub~1nodes~1{parentType}~1{parentId}/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetKnowledgeHubChildNodesResponse {
    pub nodes: ::std::option::Option<::std::vec::Vec<KnowledgeHubNode>>,
    pub parent: ::std::option::Option<KnowledgeHubNode>,
}
crate::runtime::object! {
    GetKnowledgeHubChildNodesResponse { nodes = "nodes" optional, parent = "parent"
    optional, }
}

/// Inline schema at `/paths/~1conversations~1{conversationId}/get/parameters/4/schema`.
pub type GetConversationByIdSortOrder = ListUsersGraphSortOrder;

/// Inline schema at `/paths/~1conversations~1{conversationId}/get/responses/200/content/application~1json/schema/allOf/1/properties/pagination`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetConversationByIdResponsePagination {
    pub page: ::std::option::Option<i64>,
    pub limit: ::std::option::Option<i64>,
    pub total_messages: ::std::option::Option<i64>,
    pub total_pages: ::std::option::Option<i64>,
}
crate::runtime::object! {
    GetConversationByIdResponsePagination { page = "page" optional, limit = "limit"
    optional, total_messages = "totalMessages" optional, total_pages = "totalPages"
    optional, }
}

/// Inline schema at `/paths/~1conversations~1{conversationId}/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetConversationByIdResponse {
    /// Unique conversation identifier
    pub id: ::std::option::Option<::std::string::String>,
    /// ID of the user who owns this conversation
    pub user_id: ::std::option::Option<::std::string::String>,
    /// Organization this conversation belongs to
    pub org_id: ::std::option::Option<::std::string::String>,
    /// Conversation title, auto-generated from first query
    /// or manually updated
    pub title: ::std::option::Option<::std::string::String>,
    /// User who started the conversation
    pub initiator: ::std::option::Option<::std::string::String>,
    /// All messages in this conversation
    pub messages: ::std::option::Option<::std::vec::Vec<Message>>,
    /// Current status of the conversation:
    /// <ul>
    /// <li><code>INPROGRESS</code> - AI is processing</li>
    /// <li><code>COMPLETED</code> - Response ready</li>
    /// <li><code>FAILED</code> - Error occurred</li>
    /// </ul>
    pub status: ::std::option::Option<ConversationStatus>,
    /// Error description if status is FAILED
    pub fail_reason: ::std::option::Option<::std::string::String>,
    /// AI model configuration used
    pub model_info: ::std::option::Option<ConversationModelInfo>,
    /// Whether this conversation is shared with others
    pub is_shared: ::std::option::Option<bool>,
    /// Shareable link if conversation is shared
    pub share_link: ::std::option::Option<::std::string::String>,
    /// Users this conversation is shared with
    pub shared_with: ::std::option::Option<::std::vec::Vec<ConversationSharedWithItem>>,
    /// Whether this conversation is archived
    pub is_archived: ::std::option::Option<bool>,
    /// User who archived this conversation
    pub archived_by: ::std::option::Option<::std::string::String>,
    /// Unix timestamp of last activity
    pub last_activity_at: ::std::option::Option<i64>,
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub pagination: ::std::option::Option<GetConversationByIdResponsePagination>,
}
crate::runtime::object! {
    GetConversationByIdResponse { id = "_id" optional, user_id = "userId" optional,
    org_id = "orgId" optional, title = "title" optional, initiator = "initiator"
    optional, messages = "messages" optional, status = "status" optional, fail_reason =
    "failReason" optional, model_info = "modelInfo" optional, is_shared = "isShared"
    optional, share_link = "shareLink" optional, shared_with = "sharedWith" optional,
    is_archived = "isArchived" optional, archived_by = "archivedBy" optional,
    last_activity_at = "lastActivityAt" optional, created_at = "createdAt" optional,
    updated_at = "updatedAt" optional, pagination = "pagination" optional, }
}

/// Inline schema at `/paths/~1conversations~1{conversationId}/delete/responses/200/content/application~1json/schema`.
pub type DeleteConversationByIdResponse = GenerateLoginOtpResponse;

/// Inline schema at `/paths/~1conversations~1{conversationId}~1unshare/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UnshareConversationBody {
    /// User IDs to remove access from
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::object! {
    UnshareConversationBody { user_ids = "userIds" required, }
}

/// Inline schema at `/paths/~1conversations~1{conversationId}~1title/patch/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateConversationTitleBody {
    /// New conversation title
    pub title: ::std::string::String,
}
crate::runtime::object! {
    UpdateConversationTitleBody { title = "title" required, }
}

/// Inline schema at `/paths/~1conversations~1{conversationId}~1message~1{messageId}~1regenerate/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct RegenerateAnswerBody {
    pub filters: ::std::option::Option<Filters>,
    /// Override model for regeneration
    pub model_key: ::std::option::Option<::std::string::String>,
    pub model_name: ::std::option::Option<::std::string::String>,
    pub chat_mode: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    RegenerateAnswerBody { filters = "filters" optional, model_key = "modelKey" optional,
    model_name = "modelName" optional, chat_mode = "chatMode" optional, }
}

/// Inline schema at `/paths/~1search/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SearchHistoryResponse {
    pub results: ::std::option::Option<::std::vec::Vec<SearchResult>>,
    /// Total number of searches
    pub total: ::std::option::Option<i64>,
    pub page: ::std::option::Option<i64>,
    pub limit: ::std::option::Option<i64>,
}
crate::runtime::object! {
    SearchHistoryResponse { results = "results" optional, total = "total" optional, page
    = "page" optional, limit = "limit" optional, }
}

/// Inline schema at `/paths/~1search/delete/responses/200/content/application~1json/schema`.
pub type DeleteAllSearchHistoryResponse = GenerateLoginOtpResponse;

/// Inline schema at `/paths/~1search~1{searchId}~1unshare/patch/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UnshareSearchBody {
    pub user_ids: ::std::vec::Vec<::std::string::String>,
}
crate::runtime::object! {
    UnshareSearchBody { user_ids = "userIds" required, }
}

/// Inline schema at `/paths/~1agents~1template/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateAgentTemplateBody {
    /// Template name
    pub name: ::std::string::String,
    /// What agents from this template do
    pub description: ::std::option::Option<::std::string::String>,
    /// Template category
    pub category: ::std::option::Option<::std::string::String>,
    /// Default system instructions
    pub default_system_prompt: ::std::option::Option<::std::string::String>,
    /// Suggested tool keys
    pub recommended_tools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON Schema for customization
    pub config_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Make template available organization-wide
    pub is_public: ::std::option::Option<bool>,
}
crate::runtime::object! {
    CreateAgentTemplateBody { name = "name" required, description = "description"
    optional, category = "category" optional, default_system_prompt =
    "defaultSystemPrompt" optional, recommended_tools = "recommendedTools" optional,
    config_schema = "configSchema" optional, is_public = "isPublic" optional, }
}

/// Inline schema at `/paths/~1agents~1template~1{templateId}/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateAgentTemplateBody {
    pub name: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub category: ::std::option::Option<::std::string::String>,
    pub default_system_prompt: ::std::option::Option<::std::string::String>,
    pub recommended_tools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub config_schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    pub is_public: ::std::option::Option<bool>,
}
crate::runtime::object! {
    UpdateAgentTemplateBody { name = "name" optional, description = "description"
    optional, category = "category" optional, default_system_prompt =
    "defaultSystemPrompt" optional, recommended_tools = "recommendedTools" optional,
    config_schema = "configSchema" optional, is_public = "isPublic" optional, }
}

/// Inline schema at `/paths/~1agents~1create/post/requestBody/content/application~1json/schema/properties/llmConfig`.
#[derive(Clone, Default)]
pub struct CreateAgentBodyLlmConfig {
    pub model_key: ::std::option::Option<::std::string::String>,
    pub temperature: ::std::option::Option<f64>,
    pub max_tokens: ::std::option::Option<i64>,
}
crate::runtime::object! {
    CreateAgentBodyLlmConfig { model_key = "modelKey" optional, temperature =
    "temperature" optional, max_tokens = "maxTokens" optional, }
}

/// Inline schema at `/paths/~1agents~1create/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateAgentBody {
    /// Agent display name
    pub name: ::std::string::String,
    /// What the agent does
    pub description: ::std::option::Option<::std::string::String>,
    /// System instructions for the agent
    pub system_prompt: ::std::option::Option<::std::string::String>,
    /// Tool keys the agent can use
    pub tools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Knowledge base IDs to access
    pub knowledge_bases: ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
    pub llm_config: ::std::option::Option<CreateAgentBodyLlmConfig>,
    /// Make agent available to all org users
    pub is_public: ::std::option::Option<bool>,
}
crate::runtime::object! {
    CreateAgentBody { name = "name" required, description = "description" optional,
    system_prompt = "systemPrompt" optional, tools = "tools" optional, knowledge_bases =
    "knowledgeBases" optional, llm_config = "llmConfig" optional, is_public = "isPublic"
    optional, }
}

/// Inline schema at `/paths/~1agents~1{agentKey}/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateAgentBody {
    pub name: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub system_prompt: ::std::option::Option<::std::string::String>,
    pub tools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub knowledge_bases: ::std::option::Option<::std::vec::Vec<::uuid::Uuid>>,
    pub llm_config: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    pub is_public: ::std::option::Option<bool>,
}
crate::runtime::object! {
    UpdateAgentBody { name = "name" optional, description = "description" optional,
    system_prompt = "systemPrompt" optional, tools = "tools" optional, knowledge_bases =
    "knowledgeBases" optional, llm_config = "llmConfig" optional, is_public = "isPublic"
    optional, }
}

/// Inline schema at `/paths/~1agents~1{agentKey}~1permissions/get/responses/200/content/application~1json/schema/properties/sharedWith/items/properties/accessLevel`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GetAgentPermissionsResponseSharedWithItemAccessLevel {
    /// `read`
    #[default]
    Read,
    /// `use`
    Use,
    /// `edit`
    Edit,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    GetAgentPermissionsResponseSharedWithItemAccessLevel + Unknown { Read = "read", Use =
    "use", Edit = "edit", }
}

/// Inline schema at `/paths/~1agents~1{agentKey}~1permissions/get/responses/200/content/application~1json/schema/properties/sharedWith/items`.
#[derive(Clone, Default)]
pub struct GetAgentPermissionsResponseSharedWithItem {
    pub user_id: ::std::option::Option<::std::string::String>,
    pub access_level: ::std::option::Option<
        GetAgentPermissionsResponseSharedWithItemAccessLevel,
    >,
}
crate::runtime::object! {
    GetAgentPermissionsResponseSharedWithItem { user_id = "userId" optional, access_level
    = "accessLevel" optional, }
}

/// Inline schema at `/paths/~1agents~1{agentKey}~1permissions/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct GetAgentPermissionsResponse {
    pub is_public: ::std::option::Option<bool>,
    pub shared_with: ::std::option::Option<
        ::std::vec::Vec<GetAgentPermissionsResponseSharedWithItem>,
    >,
}
crate::runtime::object! {
    GetAgentPermissionsResponse { is_public = "isPublic" optional, shared_with =
    "sharedWith" optional, }
}

/// Inline schema at `/paths/~1agents~1{agentKey}~1permissions/put/requestBody/content/application~1json/schema`.
pub type UpdateAgentPermissionsBody = GetAgentPermissionsResponse;

/// Inline schema at `/paths/~1agents~1{agentKey}~1unshare/post/requestBody/content/application~1json/schema`.
pub type UnshareAgentBody = UnshareSearchBody;

/// Inline schema at `/paths/~1agents~1{agentKey}~1conversations~1{conversationId}~1message~1{messageId}~1regenerate/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct RegenerateAgentAnswerBody {
    pub filters: ::std::option::Option<Filters>,
    pub model_key: ::std::option::Option<::std::string::String>,
    pub chat_mode: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    RegenerateAgentAnswerBody { filters = "filters" optional, model_key = "modelKey"
    optional, chat_mode = "chatMode" optional, }
}

/// Inline schema at `/paths/~1connectors~1registry/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetConnectorRegistryResponse {
    pub success: ::std::option::Option<bool>,
    pub connectors: ::std::option::Option<::std::vec::Vec<ConnectorType>>,
    pub pagination: ::std::option::Option<ConnectorPagination>,
}
crate::runtime::object! {
    GetConnectorRegistryResponse { success = "success" optional, connectors =
    "connectors" optional, pagination = "pagination" optional, }
}

/// Inline schema at `/paths/~1connectors~1registry~1{connectorType}~1schema/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetConnectorSchemaResponse {
    pub success: ::std::option::Option<bool>,
    pub schema: ::std::option::Option<ConnectorSchema>,
}
crate::runtime::object! {
    GetConnectorSchemaResponse { success = "success" optional, schema = "schema"
    optional, }
}

/// Inline schema at `/paths/~1connectors/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListConnectorInstancesResponse {
    pub success: ::std::option::Option<bool>,
    pub connectors: ::std::option::Option<::std::vec::Vec<ConnectorInstance>>,
    pub pagination: ::std::option::Option<ConnectorPagination>,
}
crate::runtime::object! {
    ListConnectorInstancesResponse { success = "success" optional, connectors =
    "connectors" optional, pagination = "pagination" optional, }
}

/// Inline schema at `/paths/~1connectors/post/responses/201/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateConnectorInstanceResponse {
    pub success: ::std::option::Option<bool>,
    pub connector: ::std::option::Option<ConnectorInstance>,
}
crate::runtime::object! {
    CreateConnectorInstanceResponse { success = "success" optional, connector =
    "connector" optional, }
}

/// Inline schema at `/paths/~1connectors~1active/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListActiveConnectorsResponse {
    pub success: ::std::option::Option<bool>,
    pub connectors: ::std::option::Option<::std::vec::Vec<ConnectorInstance>>,
}
crate::runtime::object! {
    ListActiveConnectorsResponse { success = "success" optional, connectors =
    "connectors" optional, }
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
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetConnectorConfigResponse {
    pub success: ::std::option::Option<bool>,
    pub config: ::std::option::Option<ConnectorConfig>,
}
crate::runtime::object! {
    GetConnectorConfigResponse { success = "success" optional, config = "config"
    optional, }
}

/// Inline schema at `/paths/~1connectors~1{connectorId}~1config/put/responses/200/content/application~1json/schema`.
pub type UpdateConnectorConfigResponse = GetConnectorConfigResponse;

/// Inline schema at `/paths/~1connectors~1{connectorId}~1config~1auth/put/responses/200/content/application~1json/schema`.
pub type UpdateConnectorAuthConfigResponse = GetConnectorConfigResponse;

/// Inline schema at `/paths/~1connectors~1{connectorId}~1config~1filters-sync/put/responses/200/content/application~1json/schema`.
pub type UpdateConnectorFiltersSyncConfigResponse = GetConnectorConfigResponse;

/// Inline schema at `/paths/~1connectors~1{connectorId}~1toggle/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ToggleConnectorResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub connector: ::std::option::Option<ConnectorInstance>,
}
crate::runtime::object! {
    ToggleConnectorResponse { success = "success" optional, message = "message" optional,
    connector = "connector" optional, }
}

/// Inline schema at `/paths/~1connectors~1getTokenFromCode/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct GetTokenFromCodeBody {
    /// Authorization code from Google OAuth consent flow
    pub code: ::std::string::String,
}
crate::runtime::object! {
    GetTokenFromCodeBody { code = "code" required, }
}

/// Inline schema at `/paths/~1connectors~1getTokenFromCode/post/responses/200/content/application~1json/schema`.
pub type GetTokenFromCodeResponse = RemoveUserDisplayPictureResponse;

/// Inline schema at `/paths/~1connectors~1{connectorId}~1oauth~1authorize/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetOAuthAuthorizationUrlResponse {
    pub success: ::std::option::Option<bool>,
    /// Redirect user to this URL
    pub authorization_url: ::std::option::Option<::std::string::String>,
    /// State parameter for validation
    pub state: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GetOAuthAuthorizationUrlResponse { success = "success" optional, authorization_url =
    "authorizationUrl" optional, state = "state" optional, }
}

/// Inline schema at `/paths/~1connectors~1{connectorId}~1filters/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetConnectorFiltersResponse {
    pub success: ::std::option::Option<bool>,
    pub filter_options: ::std::option::Option<FilterOptions>,
}
crate::runtime::object! {
    GetConnectorFiltersResponse { success = "success" optional, filter_options =
    "filterOptions" optional, }
}

/// Inline schema at `/paths/~1connectors~1{connectorId}~1filters/post/responses/200/content/application~1json/schema`.
pub type SaveConnectorFiltersResponse = RemoveUserDisplayPictureResponse;

/// Inline schema at `/paths/~1connectors~1{connectorId}~1filters~1{filterKey}~1options/get/responses/200/content/application~1json/schema/properties/pagination`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetFilterFieldOptionsResponsePagination {
    pub page: ::std::option::Option<i64>,
    pub limit: ::std::option::Option<i64>,
    pub has_more: ::std::option::Option<bool>,
    pub cursor: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GetFilterFieldOptionsResponsePagination { page = "page" optional, limit = "limit"
    optional, has_more = "hasMore" optional, cursor = "cursor" optional, }
}

/// Inline schema at `/paths/~1connectors~1{connectorId}~1filters~1{filterKey}~1options/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetFilterFieldOptionsResponse {
    pub success: ::std::option::Option<bool>,
    pub options: ::std::option::Option<
        ::std::vec::Vec<FilterOptionsFiltersItemOptionsItem>,
    >,
    pub pagination: ::std::option::Option<GetFilterFieldOptionsResponsePagination>,
}
crate::runtime::object! {
    GetFilterFieldOptionsResponse { success = "success" optional, options = "options"
    optional, pagination = "pagination" optional, }
}

/// Inline schema at `/paths/~1oauth~1registry/get/responses/200/content/application~1json/schema`.
pub type GetOAuthRegistryResponse = GetConnectorRegistryResponse;

/// Inline schema at `/paths/~1oauth~1registry~1{connectorType}/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetOAuthConnectorTypeResponse {
    pub success: ::std::option::Option<bool>,
    pub connector: ::std::option::Option<ConnectorType>,
}
crate::runtime::object! {
    GetOAuthConnectorTypeResponse { success = "success" optional, connector = "connector"
    optional, }
}

/// Inline schema at `/paths/~1oauth/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ListOAuthConfigsResponse {
    pub success: ::std::option::Option<bool>,
    pub oauth_configs: ::std::option::Option<::std::vec::Vec<OAuthConfig>>,
    pub pagination: ::std::option::Option<ConnectorPagination>,
}
crate::runtime::object! {
    ListOAuthConfigsResponse { success = "success" optional, oauth_configs =
    "oauthConfigs" optional, pagination = "pagination" optional, }
}

/// Inline schema at `/paths/~1oauth~1{connectorType}/get/responses/200/content/application~1json/schema`.
pub type ListOAuthConfigsByTypeResponse = ListOAuthConfigsResponse;

/// Inline schema at `/paths/~1oauth~1{connectorType}/post/responses/201/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateOAuthConfigResponse {
    pub success: ::std::option::Option<bool>,
    pub oauth_config: ::std::option::Option<OAuthConfig>,
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateOAuthConfigResponse { success = "success" optional, oauth_config =
    "oauthConfig" optional, message = "message" optional, }
}

/// Inline schema at `/paths/~1oauth~1{connectorType}~1{configId}/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetOAuthConfigResponse {
    pub success: ::std::option::Option<bool>,
    pub oauth_config: ::std::option::Option<OAuthConfig>,
}
crate::runtime::object! {
    GetOAuthConfigResponse { success = "success" optional, oauth_config = "oauthConfig"
    optional, }
}

/// Inline schema at `/paths/~1oauth~1{connectorType}~1{configId}/put/requestBody/content/application~1json/schema/properties/config`.
#[derive(Clone, Default)]
pub struct UpdateOAuthConfigBodyConfig {
    pub client_id: ::std::option::Option<::std::string::String>,
    pub client_secret: ::std::option::Option<::std::string::String>,
    pub tenant_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateOAuthConfigBodyConfig { client_id = "clientId" optional, client_secret =
    "clientSecret" optional, tenant_id = "tenantId" optional, }
}

/// Inline schema at `/paths/~1oauth~1{connectorType}~1{configId}/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct UpdateOAuthConfigBody {
    pub oauth_instance_name: ::std::option::Option<::std::string::String>,
    pub config: ::std::option::Option<UpdateOAuthConfigBodyConfig>,
}
crate::runtime::object! {
    UpdateOAuthConfigBody { oauth_instance_name = "oauthInstanceName" optional, config =
    "config" optional, }
}

/// Inline schema at `/paths/~1oauth~1{connectorType}~1{configId}/put/responses/200/content/application~1json/schema`.
pub type UpdateOAuthConfigResponse = GetOAuthConfigResponse;

/// Inline schema at `/paths/~1oauth~1{connectorType}~1{configId}/delete/responses/200/content/application~1json/schema`.
pub type DeleteOAuthConfigResponse = RemoveUserDisplayPictureResponse;

/// Storage type identifier
///
/// Inline schema at `/paths/~1configurationManager~1storageConfig#local/post/requestBody/content/application~1json/schema/properties/storageType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CreateLocalStorageConfigBodyStorageType {
    /// `local`
    #[default]
    Local,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CreateLocalStorageConfigBodyStorageType + Unknown { Local = "local", }
}

/// Inline schema at `/paths/~1configurationManager~1storageConfig#local/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateLocalStorageConfigBody {
    /// Storage type identifier
    pub storage_type: CreateLocalStorageConfigBodyStorageType,
    /// Mount point name for local storage directory
    pub mount_name: ::std::option::Option<::std::string::String>,
    /// Base URL for accessing locally stored files
    pub base_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateLocalStorageConfigBody { storage_type = "storageType" required, mount_name =
    "mountName" optional, base_url = "baseUrl" optional, }
}

/// Storage type identifier
///
/// Inline schema at `/paths/~1configurationManager~1storageConfig#s3/post/requestBody/content/application~1json/schema/properties/storageType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CreateS3StorageConfigBodyStorageType {
    /// `s3`
    #[default]
    S3,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CreateS3StorageConfigBodyStorageType + Unknown { S3 = "s3", }
}

/// Inline schema at `/paths/~1configurationManager~1storageConfig#s3/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateS3StorageConfigBody {
    /// Storage type identifier
    pub storage_type: CreateS3StorageConfigBodyStorageType,
    /// AWS IAM access key ID with S3 permissions
    pub s3_access_key_id: ::std::string::String,
    /// AWS IAM secret access key
    pub s3_secret_access_key: ::std::string::String,
    /// AWS region where the S3 bucket is located
    pub s3_region: ::std::string::String,
    /// Name of the S3 bucket for storing files
    pub s3_bucket_name: ::std::string::String,
}
crate::runtime::object! {
    CreateS3StorageConfigBody { storage_type = "storageType" required, s3_access_key_id =
    "s3AccessKeyId" required, s3_secret_access_key = "s3SecretAccessKey" required,
    s3_region = "s3Region" required, s3_bucket_name = "s3BucketName" required, }
}

/// Storage type identifier
///
/// Inline schema at `/paths/~1configurationManager~1storageConfig#azureBlob/post/requestBody/content/application~1json/schema/properties/storageType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CreateAzureBlobStorageConfigBodyStorageType {
    /// `azureBlob`
    #[default]
    AzureBlob,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CreateAzureBlobStorageConfigBodyStorageType + Unknown { AzureBlob = "azureBlob", }
}

/// Inline schema at `/paths/~1configurationManager~1storageConfig#azureBlob/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateAzureBlobStorageConfigBody {
    /// Storage type identifier
    pub storage_type: CreateAzureBlobStorageConfigBodyStorageType,
    /// Azure Blob container name for storing files
    pub container_name: ::std::string::String,
    /// Full Azure Blob connection string. If provided, accountName and accountKey are not required.
    pub azure_blob_connection_string: ::std::option::Option<::std::string::String>,
    /// Azure storage account name. Required if not using connection string.
    pub account_name: ::std::option::Option<::std::string::String>,
    /// Azure storage account access key. Required if not using connection string.
    pub account_key: ::std::option::Option<::std::string::String>,
    /// Protocol for Azure Blob endpoint
    pub endpoint_protocol: ::std::option::Option<::std::string::String>,
    /// Azure endpoint suffix
    pub endpoint_suffix: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateAzureBlobStorageConfigBody { storage_type = "storageType" required,
    container_name = "containerName" required, azure_blob_connection_string =
    "azureBlobConnectionString" optional, account_name = "accountName" optional,
    account_key = "accountKey" optional, endpoint_protocol = "endpointProtocol" optional,
    endpoint_suffix = "endpointSuffix" optional, }
}

/// Currently configured storage type
///
/// Inline schema at `/paths/~1configurationManager~1storageConfig/get/responses/200/content/application~1json/schema/properties/storageType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GetStorageConfigResponseStorageType {
    /// `local`
    #[default]
    Local,
    /// `s3`
    S3,
    /// `azureBlob`
    AzureBlob,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    GetStorageConfigResponseStorageType + Unknown { Local = "local", S3 = "s3", AzureBlob
    = "azureBlob", }
}

/// Inline schema at `/paths/~1configurationManager~1storageConfig/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetStorageConfigResponse {
    /// Currently configured storage type
    pub storage_type: ::std::option::Option<GetStorageConfigResponseStorageType>,
    /// Mount point name (Local)
    pub mount_name: ::std::option::Option<::std::string::String>,
    /// Base URL for files (Local)
    pub base_url: ::std::option::Option<::std::string::String>,
    /// AWS access key ID (S3)
    pub access_key_id: ::std::option::Option<::std::string::String>,
    /// AWS secret access key (S3)
    pub secret_access_key: ::std::option::Option<::std::string::String>,
    /// AWS region (S3)
    pub region: ::std::option::Option<::std::string::String>,
    /// S3 bucket name (S3)
    pub bucket_name: ::std::option::Option<::std::string::String>,
    /// Container name (Azure Blob)
    pub container_name: ::std::option::Option<::std::string::String>,
    /// Storage account name (Azure Blob)
    pub account_name: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GetStorageConfigResponse { storage_type = "storageType" optional, mount_name =
    "mountName" optional, base_url = "baseUrl" optional, access_key_id = "accessKeyId"
    optional, secret_access_key = "secretAccessKey" optional, region = "region" optional,
    bucket_name = "bucketName" optional, container_name = "containerName" optional,
    account_name = "accountName" optional, }
}

/// Inline schema at `/paths/~1configurationManager~1ai-models~1{modelType}/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetModelsByTypeResponse {
    pub models: ::std::option::Option<::std::vec::Vec<AiModelProviderConfig>>,
}
crate::runtime::object! {
    GetModelsByTypeResponse { models = "models" optional, }
}

/// Inline schema at `/paths/~1configurationManager~1ai-models~1available~1{modelType}/get/responses/200/content/application~1json/schema/properties/models/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetAvailableModelsByTypeResponseModelsItem {
    pub model_key: ::std::option::Option<::std::string::String>,
    pub provider: ::std::option::Option<::std::string::String>,
    pub model: ::std::option::Option<::std::string::String>,
    pub is_default: ::std::option::Option<bool>,
}
crate::runtime::object! {
    GetAvailableModelsByTypeResponseModelsItem { model_key = "modelKey" optional,
    provider = "provider" optional, model = "model" optional, is_default = "isDefault"
    optional, }
}

/// Inline schema at `/paths/~1configurationManager~1ai-models~1available~1{modelType}/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetAvailableModelsByTypeResponse {
    pub models: ::std::option::Option<
        ::std::vec::Vec<GetAvailableModelsByTypeResponseModelsItem>,
    >,
}
crate::runtime::object! {
    GetAvailableModelsByTypeResponse { models = "models" optional, }
}

/// Type: 'business' for service account, 'individual' for user OAuth
///
/// Inline schema at `/paths/~1configurationManager~1connectors~1googleWorkspaceCredentials/post/requestBody/content/multipart~1form-data/schema/properties/userType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CreateGoogleWorkspaceCredentialsUserType {
    /// `individual`
    #[default]
    Individual,
    /// `business`
    Business,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CreateGoogleWorkspaceCredentialsUserType + Unknown { Individual = "individual",
    Business = "business", }
}

/// Inline schema at `/paths/~1configurationManager~1platform~1settings/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct SetPlatformSettingsBody {
    /// Maximum file upload size in bytes
    pub file_upload_max_size_bytes: i64,
    /// Key-value map of feature flags. Set to true to enable, false to disable.
    pub feature_flags: ::std::collections::BTreeMap<::std::string::String, bool>,
}
crate::runtime::object! {
    SetPlatformSettingsBody { file_upload_max_size_bytes = "fileUploadMaxSizeBytes"
    required, feature_flags = "featureFlags" required, }
}

/// Inline schema at `/paths/~1configurationManager~1platform~1feature-flags~1available/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetAvailableFeatureFlagsResponse {
    pub feature_flags: ::std::option::Option<::std::vec::Vec<FeatureFlag>>,
}
crate::runtime::object! {
    GetAvailableFeatureFlagsResponse { feature_flags = "featureFlags" optional, }
}

/// Inline schema at `/paths/~1configurationManager~1metricsCollection~1toggle/put/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct ToggleMetricsCollectionBody {
    /// Set to true to enable metrics collection, false to disable
    pub enable_metric_collection: bool,
}
crate::runtime::object! {
    ToggleMetricsCollectionBody { enable_metric_collection = "enableMetricCollection"
    required, }
}

/// Inline schema at `/paths/~1configurationManager~1metricsCollection~1toggle/put/responses/200/content/application~1json/schema`.
pub type ToggleMetricsCollectionResponse = GenerateLoginOtpResponse;

/// Inline schema at `/paths/~1configurationManager~1metricsCollection~1pushInterval/patch/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct SetMetricsPushIntervalBody {
    /// Push interval in milliseconds (minimum 1000ms)
    pub push_interval_ms: i64,
}
crate::runtime::object! {
    SetMetricsPushIntervalBody { push_interval_ms = "pushIntervalMs" required, }
}

/// Inline schema at `/paths/~1configurationManager~1metricsCollection~1pushInterval/patch/responses/200/content/application~1json/schema`.
pub type SetMetricsPushIntervalResponse = GenerateLoginOtpResponse;

/// Inline schema at `/paths/~1configurationManager~1metricsCollection~1serverUrl/patch/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct SetMetricsServerUrlBody {
    /// Full URL of the metrics collection server
    pub server_url: ::std::string::String,
}
crate::runtime::object! {
    SetMetricsServerUrlBody { server_url = "serverUrl" required, }
}

/// Inline schema at `/paths/~1configurationManager~1metricsCollection~1serverUrl/patch/responses/200/content/application~1json/schema`.
pub type SetMetricsServerUrlResponse = GenerateLoginOtpResponse;

/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1schedule/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetCrawlingJobStatusResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<JobStatus>,
}
crate::runtime::object! {
    GetCrawlingJobStatusResponse { success = "success" optional, message = "message"
    optional, data = "data" optional, }
}

/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1schedule/post/requestBody/content/application~1json/schema`.
#[derive(Clone)]
pub struct ScheduleCrawlingJobBody {
    pub schedule_config: ScheduleConfig,
    /// Job priority (1=highest, 10=lowest). Higher priority jobs are processed first.
    pub priority: ::std::option::Option<i64>,
    /// Maximum number of retry attempts on failure
    pub max_retries: ::std::option::Option<i64>,
    /// Job timeout in milliseconds (default 5 minutes)
    pub timeout: ::std::option::Option<i64>,
}
crate::runtime::object! {
    slots ScheduleCrawlingJobBody { schedule_config = "scheduleConfig" required, priority
    = "priority" optional, max_retries = "maxRetries" optional, timeout = "timeout"
    optional, }
}

/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1schedule/post/responses/201/content/application~1json/schema/properties/data`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ScheduleCrawlingJobResponseData {
    /// Unique job ID assigned by BullMQ
    pub job_id: ::std::option::Option<::std::string::String>,
    pub connector: ::std::option::Option<::std::string::String>,
    pub connector_id: ::std::option::Option<::std::string::String>,
    pub schedule_config: ::std::option::Option<ScheduleConfig>,
    pub scheduled_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    ScheduleCrawlingJobResponseData { job_id = "jobId" optional, connector = "connector"
    optional, connector_id = "connectorId" optional, schedule_config = "scheduleConfig"
    optional, scheduled_at = "scheduledAt" optional, }
}

/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1schedule/post/responses/201/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ScheduleCrawlingJobResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<ScheduleCrawlingJobResponseData>,
}
crate::runtime::object! {
    ScheduleCrawlingJobResponse { success = "success" optional, message = "message"
    optional, data = "data" optional, }
}

/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1remove/delete/responses/200/content/application~1json/schema`.
pub type RemoveCrawlingJobResponse = RemoveUserDisplayPictureResponse;

/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1pause/post/responses/200/content/application~1json/schema/properties/data`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct PauseCrawlingJobResponseData {
    pub connector: ::std::option::Option<::std::string::String>,
    pub org_id: ::std::option::Option<::std::string::String>,
    pub paused_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    PauseCrawlingJobResponseData { connector = "connector" optional, org_id = "orgId"
    optional, paused_at = "pausedAt" optional, }
}

/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1pause/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct PauseCrawlingJobResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<PauseCrawlingJobResponseData>,
}
crate::runtime::object! {
    PauseCrawlingJobResponse { success = "success" optional, message = "message"
    optional, data = "data" optional, }
}

/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1resume/post/responses/200/content/application~1json/schema/properties/data`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ResumeCrawlingJobResponseData {
    pub connector: ::std::option::Option<::std::string::String>,
    pub org_id: ::std::option::Option<::std::string::String>,
    pub resumed_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    ResumeCrawlingJobResponseData { connector = "connector" optional, org_id = "orgId"
    optional, resumed_at = "resumedAt" optional, }
}

/// Inline schema at `/paths/~1crawlingManager~1{connector}~1{connectorId}~1resume/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ResumeCrawlingJobResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<ResumeCrawlingJobResponseData>,
}
crate::runtime::object! {
    ResumeCrawlingJobResponse { success = "success" optional, message = "message"
    optional, data = "data" optional, }
}

/// Inline schema at `/paths/~1crawlingManager~1schedule~1all/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetAllCrawlingJobStatusResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<::std::vec::Vec<JobStatus>>,
}
crate::runtime::object! {
    GetAllCrawlingJobStatusResponse { success = "success" optional, message = "message"
    optional, data = "data" optional, }
}

/// Inline schema at `/paths/~1crawlingManager~1schedule~1all/delete/responses/200/content/application~1json/schema`.
pub type RemoveAllCrawlingJobsResponse = RemoveUserDisplayPictureResponse;

/// Inline schema at `/paths/~1crawlingManager~1stats/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetQueueStatsResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    pub data: ::std::option::Option<QueueStats>,
}
crate::runtime::object! {
    GetQueueStatsResponse { success = "success" optional, message = "message" optional,
    data = "data" optional, }
}

/// Inline schema at `/paths/~1mail~1emails~1sendEmail/post/responses/200/content/application~1json/schema/properties/data`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SendEmailResponseData {
    /// Whether the email was sent successfully
    pub status: ::std::option::Option<bool>,
    /// Success message
    pub data: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    SendEmailResponseData { status = "status" optional, data = "data" optional, }
}

/// Inline schema at `/paths/~1mail~1emails~1sendEmail/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SendEmailResponse {
    pub data: ::std::option::Option<SendEmailResponseData>,
}
crate::runtime::object! {
    SendEmailResponse { data = "data" optional, }
}

/// Inline schema at `/paths/~1mail~1emails~1sendEmail/post/responses/400/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SendEmailResponse400 {
    pub error: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    SendEmailResponse400 { error = "error" optional, }
}

/// Inline schema at `/paths/~1mail~1emails~1sendEmail/post/responses/404/content/application~1json/schema`.
pub type SendEmailResponse404 = SendEmailResponse400;

/// Inline schema at `/paths/~1mail~1emails~1sendEmail/post/responses/500/content/application~1json/schema`.
pub type SendEmailResponse500 = SendEmailResponse400;

/// Inline schema at `/paths/~1mail~1updateSmtpConfig/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateSmtpConfigResponse {
    /// Success message
    pub message: ::std::option::Option<::std::string::String>,
    pub smtp: ::std::option::Option<SmtpConfig>,
}
crate::runtime::object! {
    UpdateSmtpConfigResponse { message = "message" optional, smtp = "smtp" optional, }
}

/// Inline schema at `/paths/~1query~1health/get/responses/200/content/application~1json/schema/properties/status`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum QueryServiceHealthResponseStatus {
    /// `healthy`
    #[default]
    Healthy,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    QueryServiceHealthResponseStatus + Unknown { Healthy = "healthy", }
}

/// Inline schema at `/paths/~1query~1health/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct QueryServiceHealthResponse {
    pub status: ::std::option::Option<QueryServiceHealthResponseStatus>,
    /// Unix timestamp in milliseconds
    pub timestamp: ::std::option::Option<i64>,
}
crate::runtime::object! {
    QueryServiceHealthResponse { status = "status" optional, timestamp = "timestamp"
    optional, }
}

/// Inline schema at `/paths/~1query~1health/get/responses/500/content/application~1json/schema/properties/status`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum QueryServiceHealthResponse500Status {
    /// `fail`
    #[default]
    Fail,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    QueryServiceHealthResponse500Status + Unknown { Fail = "fail", }
}

/// Inline schema at `/paths/~1query~1health/get/responses/500/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct QueryServiceHealthResponse500 {
    pub status: ::std::option::Option<QueryServiceHealthResponse500Status>,
    pub error: ::std::option::Option<::std::string::String>,
    pub timestamp: ::std::option::Option<i64>,
}
crate::runtime::object! {
    QueryServiceHealthResponse500 { status = "status" optional, error = "error" optional,
    timestamp = "timestamp" optional, }
}

/// Optional filters (e.g., kb IDs)
///
/// Inline schema at `/paths/~1query~1api~1v1~1search/post/requestBody/content/application~1json/schema/properties/filters`.
#[derive(Clone, Default)]
pub struct QueryServiceSearchBodyFilters {
    /// Knowledge base IDs to filter
    pub kb: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    QueryServiceSearchBodyFilters { kb = "kb" optional, }
}

/// Inline schema at `/paths/~1query~1api~1v1~1search/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct QueryServiceSearchBody {
    /// Search query text
    pub query: ::std::string::String,
    /// Maximum number of results
    pub limit: ::std::option::Option<i64>,
    /// Optional filters (e.g., kb IDs)
    pub filters: ::std::option::Option<QueryServiceSearchBodyFilters>,
}
crate::runtime::object! {
    QueryServiceSearchBody { query = "query" required, limit = "limit" optional, filters
    = "filters" optional, }
}

/// Inline schema at `/paths/~1query~1api~1v1~1search/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct QueryServiceSearchResponse {
    pub search_results: ::std::option::Option<
        ::std::vec::Vec<
            ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
        >,
    >,
    pub status_code: ::std::option::Option<i64>,
}
crate::runtime::object! {
    QueryServiceSearchResponse { search_results = "searchResults" optional, status_code =
    "status_code" optional, }
}

/// Inline schema at `/paths/~1query~1api~1v1~1chat/post/requestBody/content/application~1json/schema/properties/previousConversations/items/properties/role`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum QueryServiceChatBodyPreviousConversationsItemRole {
    /// `user_query`
    #[default]
    UserQuery,
    /// `bot_response`
    BotResponse,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    QueryServiceChatBodyPreviousConversationsItemRole + Unknown { UserQuery =
    "user_query", BotResponse = "bot_response", }
}

/// Inline schema at `/paths/~1query~1api~1v1~1chat/post/requestBody/content/application~1json/schema/properties/previousConversations/items`.
#[derive(Clone, Default)]
pub struct QueryServiceChatBodyPreviousConversationsItem {
    pub role: ::std::option::Option<QueryServiceChatBodyPreviousConversationsItemRole>,
    pub content: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    QueryServiceChatBodyPreviousConversationsItem { role = "role" optional, content =
    "content" optional, }
}

/// Inline schema at `/paths/~1query~1api~1v1~1chat/post/requestBody/content/application~1json/schema/properties/retrievalMode`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum QueryServiceChatBodyRetrievalMode {
    /// `HYBRID`
    #[default]
    Hybrid,
    /// `VECTOR`
    Vector,
    /// `KEYWORD`
    Keyword,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    QueryServiceChatBodyRetrievalMode + Unknown { Hybrid = "HYBRID", Vector = "VECTOR",
    Keyword = "KEYWORD", }
}

/// Inline schema at `/paths/~1query~1api~1v1~1chat/post/requestBody/content/application~1json/schema/properties/chatMode`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum QueryServiceChatBodyChatMode {
    /// `quick`
    #[default]
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
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    QueryServiceChatBodyChatMode + Unknown { Quick = "quick", Analysis = "analysis",
    DeepResearch = "deep_research", Creative = "creative", Precise = "precise", Standard
    = "standard", }
}

/// Inline schema at `/paths/~1query~1api~1v1~1chat/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct QueryServiceChatBody {
    /// User's question
    pub query: ::std::string::String,
    pub limit: ::std::option::Option<i64>,
    pub previous_conversations: ::std::option::Option<
        ::std::vec::Vec<QueryServiceChatBodyPreviousConversationsItem>,
    >,
    pub filters: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    pub retrieval_mode: ::std::option::Option<QueryServiceChatBodyRetrievalMode>,
    pub quick_mode: ::std::option::Option<bool>,
    /// UUID of the model configuration
    pub model_key: ::std::option::Option<::std::string::String>,
    /// Model name (e.g., gpt-4o-mini, claude-3-5-sonnet)
    pub model_name: ::std::option::Option<::std::string::String>,
    pub chat_mode: ::std::option::Option<QueryServiceChatBodyChatMode>,
}
crate::runtime::object! {
    QueryServiceChatBody { query = "query" required, limit = "limit" optional,
    previous_conversations = "previousConversations" optional, filters = "filters"
    optional, retrieval_mode = "retrievalMode" optional, quick_mode = "quickMode"
    optional, model_key = "modelKey" optional, model_name = "modelName" optional,
    chat_mode = "chatMode" optional, }
}

/// Inline schema at `/paths/~1query~1api~1v1~1health-check~1{model_type}/post/parameters/0/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum QueryServiceHealthCheckModelType {
    /// `llm`
    #[default]
    Llm,
    /// `embedding`
    Embedding,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    QueryServiceHealthCheckModelType + Unknown { Llm = "llm", Embedding = "embedding", }
}

/// Inline schema at `/paths/~1query~1api~1v1~1health-check~1{model_type}/post/requestBody/content/application~1json/schema/properties/configuration`.
#[derive(Clone, Default)]
pub struct QueryServiceHealthCheckBodyConfiguration {
    /// Model name(s), comma-separated
    pub model: ::std::option::Option<::std::string::String>,
    pub api_key: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    QueryServiceHealthCheckBodyConfiguration { model = "model" optional, api_key =
    "apiKey" optional, }
}

/// Inline schema at `/paths/~1query~1api~1v1~1health-check~1{model_type}/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct QueryServiceHealthCheckBody {
    /// Model provider (openai, anthropic, ollama, etc.)
    pub provider: ::std::string::String,
    pub configuration: QueryServiceHealthCheckBodyConfiguration,
    /// Whether model supports vision/images
    pub is_multimodal: ::std::option::Option<bool>,
}
crate::runtime::object! {
    QueryServiceHealthCheckBody { provider = "provider" required, configuration =
    "configuration" required, is_multimodal = "isMultimodal" optional, }
}

/// Inline schema at `/paths/~1query~1api~1v1~1health-check~1{model_type}/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct QueryServiceHealthCheckResponse {
    pub status: ::std::option::Option<QueryServiceHealthResponseStatus>,
    pub message: ::std::option::Option<::std::string::String>,
    pub timestamp: ::std::option::Option<i64>,
}
crate::runtime::object! {
    QueryServiceHealthCheckResponse { status = "status" optional, message = "message"
    optional, timestamp = "timestamp" optional, }
}

/// Inline schema at `/paths/~1query~1api~1v1~1health-check~1{model_type}/post/responses/500/content/application~1json/schema/properties/status`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum QueryServiceHealthCheckResponse500Status {
    /// `error`
    #[default]
    Error,
    /// `not healthy`
    NotHealthy,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    QueryServiceHealthCheckResponse500Status + Unknown { Error = "error", NotHealthy =
    "not healthy", }
}

/// Inline schema at `/paths/~1query~1api~1v1~1health-check~1{model_type}/post/responses/500/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct QueryServiceHealthCheckResponse500 {
    pub status: ::std::option::Option<QueryServiceHealthCheckResponse500Status>,
    pub message: ::std::option::Option<::std::string::String>,
    pub details: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    QueryServiceHealthCheckResponse500 { status = "status" optional, message = "message"
    optional, details = "details" optional, }
}

/// Inline schema at `/paths/~1query~1api~1v1~1tools/get/responses/200/content/application~1json/schema/items`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct QueryListToolsResponseItem {
    /// Tool name identifier
    pub name: ::std::option::Option<::std::string::String>,
    /// Human-readable tool description
    pub description: ::std::option::Option<::std::string::String>,
    /// Tool parameter definitions
    pub parameters: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Tool categorization tags
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    QueryListToolsResponseItem { name = "name" optional, description = "description"
    optional, parameters = "parameters" optional, tags = "tags" optional, }
}

/// Inline schema at `/paths/~1indexing~1health/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct IndexingServiceHealthResponse {
    pub status: ::std::option::Option<QueryServiceHealthResponseStatus>,
    pub timestamp: ::std::option::Option<i64>,
}
crate::runtime::object! {
    IndexingServiceHealthResponse { status = "status" optional, timestamp = "timestamp"
    optional, }
}

/// Inline schema at `/paths/~1connector~1health/get/responses/200/content/application~1json/schema`.
pub type ConnectorServiceHealthResponse = IndexingServiceHealthResponse;

/// Inline schema at `/paths/~1connector~1api~1v1~1record~1buffer~1convert/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct ConnectorConvertRecordBufferBody {
    /// Base64 encoded file content
    pub buffer: ::std::string::String,
    /// Target format (e.g., 'text', 'markdown')
    pub convert_to: ::std::string::String,
    /// Original MIME type of the file
    pub mime_type: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ConnectorConvertRecordBufferBody { buffer = "buffer" required, convert_to =
    "convertTo" required, mime_type = "mimeType" optional, }
}

/// Inline schema at `/paths/~1connector~1api~1v1~1stats/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ConnectorGetStatsResponse {
    /// Total number of records
    pub total_records: ::std::option::Option<i64>,
    /// Number of successfully indexed records
    pub indexed_records: ::std::option::Option<i64>,
    /// Number of failed records
    pub failed_records: ::std::option::Option<i64>,
    /// Number of pending records
    pub pending_records: ::std::option::Option<i64>,
    /// Last sync timestamp
    pub last_sync_timestamp: ::std::option::Option<i64>,
}
crate::runtime::object! {
    ConnectorGetStatsResponse { total_records = "totalRecords" optional, indexed_records
    = "indexedRecords" optional, failed_records = "failedRecords" optional,
    pending_records = "pendingRecords" optional, last_sync_timestamp =
    "lastSyncTimestamp" optional, }
}

/// Inline schema at `/paths/~1connector~1api~1v1~1records~1reindex-failed/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct ConnectorReindexFailedRecordsBody {
    /// Connector name to reindex failed records for
    pub connector: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ConnectorReindexFailedRecordsBody { connector = "connector" optional, }
}

/// Inline schema at `/paths/~1connector~1api~1v1~1records~1reindex-failed/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ConnectorReindexFailedRecordsResponse {
    pub success: ::std::option::Option<bool>,
    pub message: ::std::option::Option<::std::string::String>,
    /// Number of records queued for reindexing
    pub count: ::std::option::Option<i64>,
}
crate::runtime::object! {
    ConnectorReindexFailedRecordsResponse { success = "success" optional, message =
    "message" optional, count = "count" optional, }
}

/// Inline schema at `/paths/~1connector~1api~1v1~1{org_id}~1{user_id}~1{connector}~1record~1{record_id}~1signedUrl/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ConnectorGetSignedUrlResponse {
    /// Temporary signed URL for file access
    pub signed_url: ::std::option::Option<::std::string::String>,
    /// URL expiration timestamp
    pub expires_at: ::std::option::Option<i64>,
}
crate::runtime::object! {
    ConnectorGetSignedUrlResponse { signed_url = "signedUrl" optional, expires_at =
    "expiresAt" optional, }
}

/// Inline schema at `/paths/~1docling~1health/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DoclingServiceHealthResponse {
    pub status: ::std::option::Option<QueryServiceHealthResponseStatus>,
    pub service: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DoclingServiceHealthResponse { status = "status" optional, service = "service"
    optional, }
}

/// Inline schema at `/paths/~1docling~1process-pdf/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct DoclingProcessPdfBody {
    /// Name/identifier of the document
    pub record_name: ::std::string::String,
    /// Base64 encoded PDF binary data
    pub pdf_binary: ::std::string::String,
    /// Organization ID (optional)
    pub org_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DoclingProcessPdfBody { record_name = "record_name" required, pdf_binary =
    "pdf_binary" required, org_id = "org_id" optional, }
}

/// Inline schema at `/paths/~1docling~1process-pdf/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DoclingProcessPdfResponse {
    pub success: ::std::option::Option<bool>,
    /// Extracted content blocks
    pub block_containers: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    DoclingProcessPdfResponse { success = "success" optional, block_containers =
    "block_containers" optional, }
}

/// Inline schema at `/paths/~1docling~1parse-pdf/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct DoclingParsePdfBody {
    /// Name/identifier of the document
    pub record_name: ::std::string::String,
    /// Base64 encoded PDF binary data
    pub pdf_binary: ::std::string::String,
}
crate::runtime::object! {
    DoclingParsePdfBody { record_name = "record_name" required, pdf_binary = "pdf_binary"
    required, }
}

/// Inline schema at `/paths/~1docling~1parse-pdf/post/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DoclingParsePdfResponse {
    pub success: ::std::option::Option<bool>,
    /// JSON-encoded DoclingDocument
    pub parse_result: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    DoclingParsePdfResponse { success = "success" optional, parse_result = "parse_result"
    optional, }
}

/// Inline schema at `/paths/~1docling~1create-blocks/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct DoclingCreateBlocksBody {
    /// JSON-encoded DoclingDocument from /parse-pdf
    pub parse_result: ::std::string::String,
    /// Optional - process specific page only
    pub page_number: ::std::option::Option<i64>,
}
crate::runtime::object! {
    DoclingCreateBlocksBody { parse_result = "parse_result" required, page_number =
    "page_number" optional, }
}

/// Inline schema at `/paths/~1docling~1create-blocks/post/responses/200/content/application~1json/schema`.
pub type DoclingCreateBlocksResponse = DoclingProcessPdfResponse;
