//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// CreateVerifiableCredentialRequestBody contains the request body to request a verifiable credential.
///
/// Schema `CreateVerifiableCredentialRequestBody`.
#[derive(Clone, Default)]
pub struct CreateVerifiableCredentialRequestBody {
    pub format: ::std::option::Option<::std::string::String>,
    pub proof: ::std::option::Option<VerifiableCredentialProof>,
    pub types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    CreateVerifiableCredentialRequestBody { format = "format" optional, proof = "proof"
    optional, types = "types" optional, }
}

/// Schema `DefaultError`.
pub type DefaultError = ::serde_json::Value;

/// Schema `NullBool`.
pub type NullBool = ::std::option::Option<bool>;

/// Time duration
///
/// Specify a time duration in milliseconds, seconds, minutes, hours.
///
/// Schema `NullDuration`.
pub type NullDuration = ::std::string::String;

/// Schema `NullInt`.
pub type NullInt = ::std::option::Option<i64>;

/// Schema `NullString`.
pub type NullString = ::std::option::Option<::std::string::String>;

/// Schema `NullTime`.
pub type NullTime = ::std::option::Option<::chrono::DateTime<::chrono::Utc>>;

/// Schema `Time`.
pub type Time = ::chrono::DateTime<::chrono::Utc>;

/// VerifiableCredentialProof contains the proof of a verifiable credential.
///
/// Schema `VerifiableCredentialProof`.
#[derive(Clone, Default)]
pub struct VerifiableCredentialProof {
    pub jwt: ::std::option::Option<::std::string::String>,
    pub proof_type: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    VerifiableCredentialProof { jwt = "jwt" optional, proof_type = "proof_type" optional,
    }
}

/// JSONRawMessage represents a json.RawMessage that works well with JSON, SQL, and Swagger.
///
/// Schema `JSONRawMessage`.
pub type JsonRawMessage = ::serde_json::Value;

/// Schema `NullUUID`.
pub type NullUuid = ::std::option::Option<::std::string::String>;

/// RFC6749ErrorJson is a helper struct for JSON encoding/decoding of RFC6749Error.
///
/// Schema `RFC6749ErrorJson`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Rfc6749ErrorJson {
    pub error: ::std::option::Option<::std::string::String>,
    pub error_debug: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
    pub error_hint: ::std::option::Option<::std::string::String>,
    pub status_code: ::std::option::Option<i64>,
}
crate::runtime::object! {
    Rfc6749ErrorJson { error = "error" optional, error_debug = "error_debug" optional,
    error_description = "error_description" optional, error_hint = "error_hint" optional,
    status_code = "status_code" optional, }
}

/// StringSliceJSONFormat represents \[\]string{} which is encoded to/from JSON for SQL storage.
///
/// Schema `StringSliceJSONFormat`.
pub type StringSliceJsonFormat = ::std::vec::Vec<::std::string::String>;

/// Schema `UUID`.
pub type Uuid = ::std::string::String;

/// The request payload used to accept a consent request.
///
/// Schema `acceptOAuth2ConsentRequest`.
#[derive(Clone, Default)]
pub struct AcceptOAuth2ConsentRequest {
    pub context: ::std::option::Option<JsonRawMessage>,
    pub grant_access_token_audience: ::std::option::Option<StringSliceJsonFormat>,
    pub grant_scope: ::std::option::Option<StringSliceJsonFormat>,
    pub handled_at: ::std::option::Option<NullTime2>,
    /// Remember, if set to true, tells ORY Hydra to remember this consent authorization and reuse it if the same
    /// client asks the same user for the same, or a subset of, scope.
    pub remember: ::std::option::Option<bool>,
    /// RememberFor sets how long the consent authorization should be remembered for in seconds. If set to `0`, the
    /// authorization will be remembered indefinitely.
    pub remember_for: ::std::option::Option<i64>,
    pub session: ::std::option::Option<AcceptOAuth2ConsentRequestSession>,
}
crate::runtime::object! {
    AcceptOAuth2ConsentRequest { context = "context" optional,
    grant_access_token_audience = "grant_access_token_audience" optional, grant_scope =
    "grant_scope" optional, handled_at = "handled_at" optional, remember = "remember"
    optional, remember_for = "remember_for" optional, session = "session" optional, }
}

/// Pass session data to a consent request.
///
/// Schema `acceptOAuth2ConsentRequestSession`.
#[derive(Clone, Default)]
pub struct AcceptOAuth2ConsentRequestSession {
    /// AccessToken sets session data for the access and refresh token, as well as any future tokens issued by the
    /// refresh grant. Keep in mind that this data will be available to anyone performing OAuth 2.0 Challenge Introspection.
    /// If only your services can perform OAuth 2.0 Challenge Introspection, this is usually fine. But if third parties
    /// can access that endpoint as well, sensitive data from the session might be exposed to them. Use with care!
    pub access_token: ::std::option::Option<::serde_json::Value>,
    /// IDToken sets session data for the OpenID Connect ID token. Keep in mind that the session'id payloads are readable
    /// by anyone that has access to the ID Challenge. Use with care!
    pub id_token: ::std::option::Option<::serde_json::Value>,
}
crate::runtime::object! {
    AcceptOAuth2ConsentRequestSession { access_token = "access_token" optional, id_token
    = "id_token" optional, }
}

/// HandledLoginRequest is the request payload used to accept a login request.
///
/// Schema `acceptOAuth2LoginRequest`.
#[derive(Clone, Default)]
pub struct AcceptOAuth2LoginRequest {
    /// ACR sets the Authentication AuthorizationContext Class Reference value for this authentication session. You can use it
    /// to express that, for example, a user authenticated using two factor authentication.
    pub acr: ::std::option::Option<::std::string::String>,
    pub amr: ::std::option::Option<StringSliceJsonFormat>,
    pub context: ::std::option::Option<JsonRawMessage>,
    /// Extend OAuth2 authentication session lifespan
    ///
    /// If set to `true`, the OAuth2 authentication cookie lifespan is extended. This is for example useful if you want the user to be able to use `prompt=none` continuously.
    ///
    /// This value can only be set to `true` if the user has an authentication, which is the case if the `skip` value is `true`.
    pub extend_session_lifespan: ::std::option::Option<bool>,
    /// ForceSubjectIdentifier forces the "pairwise" user ID of the end-user that authenticated. The "pairwise" user ID refers to the
    /// (Pairwise Identifier Algorithm)\[<http://openid.net/specs/openid-connect-core-1_0.html#PairwiseAlg>\] of the OpenID
    /// Connect specification. It allows you to set an obfuscated subject ("user") identifier that is unique to the client.
    ///
    /// Please note that this changes the user ID on endpoint /userinfo and sub claim of the ID Token. It does not change the
    /// sub claim in the OAuth 2.0 Introspection.
    ///
    /// Per default, ORY Hydra handles this value with its own algorithm. In case you want to set this yourself
    /// you can use this field. Please note that setting this field has no effect if `pairwise` is not configured in
    /// ORY Hydra or the OAuth 2.0 Client does not expect a pairwise identifier (set via `subject_type` key in the client's
    /// configuration).
    ///
    /// Please also be aware that ORY Hydra is unable to properly compute this value during authentication. This implies
    /// that you have to compute this value on every authentication process (probably depending on the client ID or some
    /// other unique value).
    ///
    /// If you fail to compute the proper value, then authentication processes which have id_token_hint set might fail.
    pub force_subject_identifier: ::std::option::Option<::std::string::String>,
    /// IdentityProviderSessionID is the session ID of the end-user that authenticated.
    /// If specified, we will use this value to propagate the logout.
    pub identity_provider_session_id: ::std::option::Option<::std::string::String>,
    /// Remember, if set to true, tells ORY Hydra to remember this user by telling the user agent (browser) to store
    /// a cookie with authentication data. If the same user performs another OAuth 2.0 Authorization Request, he/she
    /// will not be asked to log in again.
    pub remember: ::std::option::Option<bool>,
    /// RememberFor sets how long the authentication should be remembered for in seconds. If set to `0`, the
    /// authorization will be remembered for the duration of the browser session (using a session cookie).
    pub remember_for: ::std::option::Option<i64>,
    /// Subject is the user ID of the end-user that authenticated.
    pub subject: ::std::string::String,
}
crate::runtime::object! {
    AcceptOAuth2LoginRequest { acr = "acr" optional, amr = "amr" optional, context =
    "context" optional, extend_session_lifespan = "extend_session_lifespan" optional,
    force_subject_identifier = "force_subject_identifier" optional,
    identity_provider_session_id = "identity_provider_session_id" optional, remember =
    "remember" optional, remember_for = "remember_for" optional, subject = "subject"
    required, }
}

/// Create JSON Web Key Set Request Body
///
/// Schema `createJsonWebKeySet`.
#[derive(Clone, Default)]
pub struct CreateJsonWebKeySet {
    /// JSON Web Key Algorithm
    ///
    /// The algorithm to be used for creating the key. Supports `RS256`, `ES256`, `ES512`, `HS512`, and `HS256`.
    pub alg: ::std::string::String,
    /// JSON Web Key ID
    ///
    /// The Key ID of the key to be created.
    pub kid: ::std::string::String,
    /// JSON Web Key Use
    ///
    /// The "use" (public key use) parameter identifies the intended use of
    /// the public key. The "use" parameter is employed to indicate whether
    /// a public key is used for encrypting data or verifying the signature
    /// on data. Valid values are "enc" and "sig".
    pub use_: ::std::string::String,
}
crate::runtime::object! {
    CreateJsonWebKeySet { alg = "alg" required, kid = "kid" required, use_ = "use"
    required, }
}

/// Verifiable Credentials Metadata (Draft 00)
///
/// Includes information about the supported verifiable credentials.
///
/// Schema `credentialSupportedDraft00`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CredentialSupportedDraft00 {
    /// OpenID Connect Verifiable Credentials Cryptographic Binding Methods Supported
    ///
    /// Contains a list of cryptographic binding methods supported for signing the proof.
    pub cryptographic_binding_methods_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// OpenID Connect Verifiable Credentials Cryptographic Suites Supported
    ///
    /// Contains a list of cryptographic suites methods supported for signing the proof.
    pub cryptographic_suites_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// OpenID Connect Verifiable Credentials Format
    ///
    /// Contains the format that is supported by this authorization server.
    pub format: ::std::option::Option<::std::string::String>,
    /// OpenID Connect Verifiable Credentials Types
    ///
    /// Contains the types of verifiable credentials supported.
    pub types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    CredentialSupportedDraft00 { cryptographic_binding_methods_supported =
    "cryptographic_binding_methods_supported" optional, cryptographic_suites_supported =
    "cryptographic_suites_supported" optional, format = "format" optional, types =
    "types" optional, }
}

/// Error
///
/// Schema `errorOAuth2`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ErrorOAuth2 {
    /// Error
    pub error: ::std::option::Option<::std::string::String>,
    /// Error Debug Information
    ///
    /// Only available in dev mode.
    pub error_debug: ::std::option::Option<::std::string::String>,
    /// Error Description
    pub error_description: ::std::option::Option<::std::string::String>,
    /// Error Hint
    ///
    /// Helps the user identify the error cause.
    pub error_hint: ::std::option::Option<::std::string::String>,
    /// HTTP Status Code
    pub status_code: ::std::option::Option<i64>,
}
crate::runtime::object! {
    ErrorOAuth2 { error = "error" optional, error_debug = "error_debug" optional,
    error_description = "error_description" optional, error_hint = "error_hint" optional,
    status_code = "status_code" optional, }
}

/// Schema `genericError`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GenericError {
    /// The status code
    pub code: ::std::option::Option<i64>,
    /// Debug information
    ///
    /// This field is often not exposed to protect against leaking
    /// sensitive information.
    pub debug: ::std::option::Option<::std::string::String>,
    /// Further error details
    pub details: ::std::option::Option<::serde_json::Value>,
    /// The error ID
    ///
    /// Useful when trying to identify various errors in application logic.
    pub id: ::std::option::Option<::std::string::String>,
    /// Error message
    ///
    /// The error's message.
    pub message: ::std::string::String,
    /// A human-readable reason for the error
    pub reason: ::std::option::Option<::std::string::String>,
    /// The request ID
    ///
    /// The request ID is often exposed internally in order to trace
    /// errors across service architectures. This is often a UUID.
    pub request: ::std::option::Option<::std::string::String>,
    /// The status description
    pub status: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GenericError { code = "code" optional, debug = "debug" optional, details = "details"
    optional, id = "id" optional, message = "message" required, reason = "reason"
    optional, request = "request" optional, status = "status" optional, }
}

/// Schema `healthNotReadyStatus`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct HealthNotReadyStatus {
    /// Errors contains a list of errors that caused the not ready status.
    pub errors: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
crate::runtime::object! {
    HealthNotReadyStatus { errors = "errors" optional, }
}

/// Schema `healthStatus`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct HealthStatus {
    /// Status always contains "ok".
    pub status: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    HealthStatus { status = "status" optional, }
}

/// Introspection contains an access token's session data as specified by
/// [IETF RFC 7662](https://tools.ietf.org/html/rfc7662)
///
/// Schema `introspectedOAuth2Token`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct IntrospectedOAuth2Token {
    /// Active is a boolean indicator of whether or not the presented token
    /// is currently active.  The specifics of a token's "active" state
    /// will vary depending on the implementation of the authorization
    /// server and the information it keeps about its tokens, but a "true"
    /// value return for the "active" property will generally indicate
    /// that a given token has been issued by this authorization server,
    /// has not been revoked by the resource owner, and is within its
    /// given time window of validity (e.g., after its issuance time and
    /// before its expiration time).
    pub active: bool,
    /// Audience contains a list of the token's intended audiences.
    pub aud: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// ID is aclient identifier for the OAuth 2.0 client that
    /// requested this token.
    pub client_id: ::std::option::Option<::std::string::String>,
    /// Expires at is an integer timestamp, measured in the number of seconds
    /// since January 1 1970 UTC, indicating when this token will expire.
    pub exp: ::std::option::Option<i64>,
    /// Extra is arbitrary data set by the session.
    pub ext: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Issued at is an integer timestamp, measured in the number of seconds
    /// since January 1 1970 UTC, indicating when this token was
    /// originally issued.
    pub iat: ::std::option::Option<i64>,
    /// IssuerURL is a string representing the issuer of this token
    pub iss: ::std::option::Option<::std::string::String>,
    /// NotBefore is an integer timestamp, measured in the number of seconds
    /// since January 1 1970 UTC, indicating when this token is not to be
    /// used before.
    pub nbf: ::std::option::Option<i64>,
    /// ObfuscatedSubject is set when the subject identifier algorithm was set to "pairwise" during authorization.
    /// It is the `sub` value of the ID Token that was issued.
    pub obfuscated_subject: ::std::option::Option<::std::string::String>,
    /// Scope is a JSON string containing a space-separated list of
    /// scopes associated with this token.
    pub scope: ::std::option::Option<::std::string::String>,
    /// Subject of the token, as defined in JWT \[RFC7519\].
    /// Usually a machine-readable identifier of the resource owner who
    /// authorized this token.
    pub sub: ::std::option::Option<::std::string::String>,
    /// TokenType is the introspected token's type, typically `Bearer`.
    pub token_type: ::std::option::Option<::std::string::String>,
    /// TokenUse is the introspected token's use, for example `access_token` or `refresh_token`.
    pub token_use: ::std::option::Option<::std::string::String>,
    /// Username is a human-readable identifier for the resource owner who
    /// authorized this token.
    pub username: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    IntrospectedOAuth2Token { active = "active" required, aud = "aud" optional, client_id
    = "client_id" optional, exp = "exp" optional, ext = "ext" optional, iat = "iat"
    optional, iss = "iss" optional, nbf = "nbf" optional, obfuscated_subject =
    "obfuscated_subject" optional, scope = "scope" optional, sub = "sub" optional,
    token_type = "token_type" optional, token_use = "token_use" optional, username =
    "username" optional, }
}

/// A JSONPatch document as defined by RFC 6902
///
/// Schema `jsonPatch`.
#[derive(Clone, Default)]
pub struct JsonPatch {
    /// This field is used together with operation "move" and uses JSON Pointer notation.
    ///
    /// Learn more [about JSON Pointers](https://datatracker.ietf.org/doc/html/rfc6901#section-5).
    pub from: ::std::option::Option<::std::string::String>,
    /// The operation to be performed. One of "add", "remove", "replace", "move", "copy", or "test".
    pub op: ::std::string::String,
    /// The path to the target path. Uses JSON pointer notation.
    ///
    /// Learn more [about JSON Pointers](https://datatracker.ietf.org/doc/html/rfc6901#section-5).
    pub path: ::std::string::String,
    /// The value to be used within the operations.
    ///
    /// Learn more [about JSON Pointers](https://datatracker.ietf.org/doc/html/rfc6901#section-5).
    pub value: ::std::option::Option<::serde_json::Value>,
}
crate::runtime::object! {
    JsonPatch { from = "from" optional, op = "op" required, path = "path" required, value
    = "value" optional, }
}

/// A JSONPatchDocument request
///
/// Schema `jsonPatchDocument`.
pub type JsonPatchDocument = ::std::vec::Vec<JsonPatch>;

/// Schema `jsonWebKey`.
#[derive(Clone, Default)]
pub struct JsonWebKey {
    /// The "alg" (algorithm) parameter identifies the algorithm intended for
    /// use with the key.  The values used should either be registered in the
    /// IANA "JSON Web Signature and Encryption Algorithms" registry
    /// established by \[JWA\] or be a value that contains a Collision-
    /// Resistant Name.
    pub alg: ::std::string::String,
    pub crv: ::std::option::Option<::std::string::String>,
    pub d: ::std::option::Option<::std::string::String>,
    pub dp: ::std::option::Option<::std::string::String>,
    pub dq: ::std::option::Option<::std::string::String>,
    pub e: ::std::option::Option<::std::string::String>,
    pub k: ::std::option::Option<::std::string::String>,
    /// The "kid" (key ID) parameter is used to match a specific key.  This
    /// is used, for instance, to choose among a set of keys within a JWK Set
    /// during key rollover.  The structure of the "kid" value is
    /// unspecified.  When "kid" values are used within a JWK Set, different
    /// keys within the JWK Set SHOULD use distinct "kid" values.  (One
    /// example in which different keys might use the same "kid" value is if
    /// they have different "kty" (key type) values but are considered to be
    /// equivalent alternatives by the application using them.)  The "kid"
    /// value is a case-sensitive string.
    pub kid: ::std::string::String,
    /// The "kty" (key type) parameter identifies the cryptographic algorithm
    /// family used with the key, such as "RSA" or "EC". "kty" values should
    /// either be registered in the IANA "JSON Web Key Types" registry
    /// established by \[JWA\] or be a value that contains a Collision-
    /// Resistant Name.  The "kty" value is a case-sensitive string.
    pub kty: ::std::string::String,
    pub n: ::std::option::Option<::std::string::String>,
    pub p: ::std::option::Option<::std::string::String>,
    pub q: ::std::option::Option<::std::string::String>,
    pub qi: ::std::option::Option<::std::string::String>,
    /// Use ("public key use") identifies the intended use of
    /// the public key. The "use" parameter is employed to indicate whether
    /// a public key is used for encrypting data or verifying the signature
    /// on data. Values are commonly "sig" (signature) or "enc" (encryption).
    pub use_: ::std::string::String,
    pub x: ::std::option::Option<::std::string::String>,
    /// The "x5c" (X.509 certificate chain) parameter contains a chain of one
    /// or more PKIX certificates \[RFC5280\].  The certificate chain is
    /// represented as a JSON array of certificate value strings.  Each
    /// string in the array is a base64-encoded (Section 4 of \[RFC4648\] --
    /// not base64url-encoded) DER \[ITU.X690.1994\] PKIX certificate value.
    /// The PKIX certificate containing the key value MUST be the first
    /// certificate.
    pub x5c: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub y: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    JsonWebKey { alg = "alg" required, crv = "crv" optional, d = "d" optional, dp = "dp"
    optional, dq = "dq" optional, e = "e" optional, k = "k" optional, kid = "kid"
    required, kty = "kty" required, n = "n" optional, p = "p" optional, q = "q" optional,
    qi = "qi" optional, use_ = "use" required, x = "x" optional, x5c = "x5c" optional, y
    = "y" optional, }
}

/// JSON Web Key Set
///
/// Schema `jsonWebKeySet`.
#[derive(Clone, Default)]
pub struct JsonWebKeySet {
    /// List of JSON Web Keys
    ///
    /// The value of the "keys" parameter is an array of JSON Web Key (JWK)
    /// values. By default, the order of the JWK values within the array does
    /// not imply an order of preference among them, although applications
    /// of JWK Sets can choose to assign a meaning to the order for their
    /// purposes, if desired.
    pub keys: ::std::option::Option<::std::vec::Vec<JsonWebKey>>,
}
crate::runtime::object! {
    JsonWebKeySet { keys = "keys" optional, }
}

/// Schema `nullDuration`.
pub type NullDuration2 = ::std::option::Option<::std::string::String>;

/// Schema `nullInt64`.
pub type NullInt64 = ::std::option::Option<i64>;

/// NullTime implements sql.NullTime functionality.
///
/// Schema `nullTime`.
pub type NullTime2 = ::chrono::DateTime<::chrono::Utc>;

/// OAuth 2.0 Client
///
/// OAuth 2.0 Clients are used to perform OAuth 2.0 and OpenID Connect flows. Usually, OAuth 2.0 clients are
/// generated for applications which want to consume your OAuth 2.0 or OpenID Connect capabilities.
///
/// Schema `oAuth2Client`.
#[derive(Clone, Default)]
pub struct OAuth2Client {
    /// OAuth 2.0 Access Token Strategy
    ///
    /// AccessTokenStrategy is the strategy used to generate access tokens.
    /// Valid options are `jwt` and `opaque`. `jwt` is a bad idea, see <https://www.ory.sh/docs/hydra/advanced#json-web-tokens>
    /// Setting the stragegy here overrides the global setting in `strategies.access_token`.
    pub access_token_strategy: ::std::option::Option<::std::string::String>,
    pub allowed_cors_origins: ::std::option::Option<StringSliceJsonFormat>,
    pub audience: ::std::option::Option<StringSliceJsonFormat>,
    pub authorization_code_grant_access_token_lifespan: ::std::option::Option<
        NullDuration,
    >,
    pub authorization_code_grant_id_token_lifespan: ::std::option::Option<NullDuration>,
    pub authorization_code_grant_refresh_token_lifespan: ::std::option::Option<
        NullDuration,
    >,
    /// OpenID Connect Back-Channel Logout Session Required
    ///
    /// Boolean value specifying whether the RP requires that a sid (session ID) Claim be included in the Logout
    /// Token to identify the RP session with the OP when the backchannel_logout_uri is used.
    /// If omitted, the default value is false.
    pub backchannel_logout_session_required: ::std::option::Option<bool>,
    /// OpenID Connect Back-Channel Logout URI
    ///
    /// RP URL that will cause the RP to log itself out when sent a Logout Token by the OP.
    pub backchannel_logout_uri: ::std::option::Option<::std::string::String>,
    pub client_credentials_grant_access_token_lifespan: ::std::option::Option<
        NullDuration,
    >,
    /// OAuth 2.0 Client ID
    ///
    /// The ID is immutable. If no ID is provided, a UUID4 will be generated.
    pub client_id: ::std::option::Option<::std::string::String>,
    /// OAuth 2.0 Client Name
    ///
    /// The human-readable name of the client to be presented to the
    /// end-user during authorization.
    pub client_name: ::std::option::Option<::std::string::String>,
    /// OAuth 2.0 Client Secret
    ///
    /// The secret will be included in the create request as cleartext, and then
    /// never again. The secret is kept in hashed format and is not recoverable once lost.
    pub client_secret: ::std::option::Option<::std::string::String>,
    /// OAuth 2.0 Client Secret Expires At
    ///
    /// The field is currently not supported and its value is always 0.
    pub client_secret_expires_at: ::std::option::Option<i64>,
    /// OAuth 2.0 Client URI
    ///
    /// ClientURI is a URL string of a web page providing information about the client.
    /// If present, the server SHOULD display this URL to the end-user in
    /// a clickable fashion.
    pub client_uri: ::std::option::Option<::std::string::String>,
    pub contacts: ::std::option::Option<StringSliceJsonFormat>,
    /// OAuth 2.0 Client Creation Date
    ///
    /// CreatedAt returns the timestamp of the client's creation.
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// OpenID Connect Front-Channel Logout Session Required
    ///
    /// Boolean value specifying whether the RP requires that iss (issuer) and sid (session ID) query parameters be
    /// included to identify the RP session with the OP when the frontchannel_logout_uri is used.
    /// If omitted, the default value is false.
    pub frontchannel_logout_session_required: ::std::option::Option<bool>,
    /// OpenID Connect Front-Channel Logout URI
    ///
    /// RP URL that will cause the RP to log itself out when rendered in an iframe by the OP. An iss (issuer) query
    /// parameter and a sid (session ID) query parameter MAY be included by the OP to enable the RP to validate the
    /// request and to determine which of the potentially multiple sessions is to be logged out; if either is
    /// included, both MUST be.
    pub frontchannel_logout_uri: ::std::option::Option<::std::string::String>,
    pub grant_types: ::std::option::Option<StringSliceJsonFormat>,
    pub implicit_grant_access_token_lifespan: ::std::option::Option<NullDuration>,
    pub implicit_grant_id_token_lifespan: ::std::option::Option<NullDuration>,
    /// OAuth 2.0 Client JSON Web Key Set
    ///
    /// Client's JSON Web Key Set \[JWK\] document, passed by value. The semantics of the jwks parameter are the same as
    /// the jwks_uri parameter, other than that the JWK Set is passed by value, rather than by reference. This parameter
    /// is intended only to be used by Clients that, for some reason, are unable to use the jwks_uri parameter, for
    /// instance, by native applications that might not have a location to host the contents of the JWK Set. If a Client
    /// can use jwks_uri, it MUST NOT use jwks. One significant downside of jwks is that it does not enable key rotation
    /// (which jwks_uri does, as described in Section 10 of OpenID Connect Core 1.0 \[OpenID.Core\]). The jwks_uri and jwks
    /// parameters MUST NOT be used together.
    pub jwks: ::std::option::Option<::serde_json::Value>,
    /// OAuth 2.0 Client JSON Web Key Set URL
    ///
    /// URL for the Client's JSON Web Key Set \[JWK\] document. If the Client signs requests to the Server, it contains
    /// the signing key(s) the Server uses to validate signatures from the Client. The JWK Set MAY also contain the
    /// Client's encryption keys(s), which are used by the Server to encrypt responses to the Client. When both signing
    /// and encryption keys are made available, a use (Key Use) parameter value is REQUIRED for all keys in the referenced
    /// JWK Set to indicate each key's intended usage. Although some algorithms allow the same key to be used for both
    /// signatures and encryption, doing so is NOT RECOMMENDED, as it is less secure. The JWK x5c parameter MAY be used
    /// to provide X.509 representations of keys provided. When used, the bare key values MUST still be present and MUST
    /// match those in the certificate.
    pub jwks_uri: ::std::option::Option<::std::string::String>,
    pub jwt_bearer_grant_access_token_lifespan: ::std::option::Option<NullDuration>,
    /// OAuth 2.0 Client Logo URI
    ///
    /// A URL string referencing the client's logo.
    pub logo_uri: ::std::option::Option<::std::string::String>,
    pub metadata: ::std::option::Option<JsonRawMessage>,
    /// OAuth 2.0 Client Owner
    ///
    /// Owner is a string identifying the owner of the OAuth 2.0 Client.
    pub owner: ::std::option::Option<::std::string::String>,
    /// OAuth 2.0 Client Policy URI
    ///
    /// PolicyURI is a URL string that points to a human-readable privacy policy document
    /// that describes how the deployment organization collects, uses,
    /// retains, and discloses personal data.
    pub policy_uri: ::std::option::Option<::std::string::String>,
    pub post_logout_redirect_uris: ::std::option::Option<StringSliceJsonFormat>,
    pub redirect_uris: ::std::option::Option<StringSliceJsonFormat>,
    pub refresh_token_grant_access_token_lifespan: ::std::option::Option<NullDuration>,
    pub refresh_token_grant_id_token_lifespan: ::std::option::Option<NullDuration>,
    pub refresh_token_grant_refresh_token_lifespan: ::std::option::Option<NullDuration>,
    /// OpenID Connect Dynamic Client Registration Access Token
    ///
    /// RegistrationAccessToken can be used to update, get, or delete the OAuth2 Client. It is sent when creating a client
    /// using Dynamic Client Registration.
    pub registration_access_token: ::std::option::Option<::std::string::String>,
    /// OpenID Connect Dynamic Client Registration URL
    ///
    /// RegistrationClientURI is the URL used to update, get, or delete the OAuth2 Client.
    pub registration_client_uri: ::std::option::Option<::std::string::String>,
    /// OpenID Connect Request Object Signing Algorithm
    ///
    /// JWS \[JWS\] alg algorithm \[JWA\] that MUST be used for signing Request Objects sent to the OP. All Request Objects
    /// from this Client MUST be rejected, if not signed with this algorithm.
    pub request_object_signing_alg: ::std::option::Option<::std::string::String>,
    pub request_uris: ::std::option::Option<StringSliceJsonFormat>,
    pub response_types: ::std::option::Option<StringSliceJsonFormat>,
    /// OAuth 2.0 Client Scope
    ///
    /// Scope is a string containing a space-separated list of scope values (as
    /// described in Section 3.3 of OAuth 2.0 \[RFC6749\]) that the client
    /// can use when requesting access tokens.
    pub scope: ::std::option::Option<::std::string::String>,
    /// OpenID Connect Sector Identifier URI
    ///
    /// URL using the https scheme to be used in calculating Pseudonymous Identifiers by the OP. The URL references a
    /// file with a single JSON array of redirect_uri values.
    pub sector_identifier_uri: ::std::option::Option<::std::string::String>,
    /// SkipConsent skips the consent screen for this client. This field can only
    /// be set from the admin API.
    pub skip_consent: ::std::option::Option<bool>,
    /// SkipLogoutConsent skips the logout consent screen for this client. This field can only
    /// be set from the admin API.
    pub skip_logout_consent: ::std::option::Option<bool>,
    /// OpenID Connect Subject Type
    ///
    /// The `subject_types_supported` Discovery parameter contains a
    /// list of the supported subject_type values for this server. Valid types include `pairwise` and `public`.
    pub subject_type: ::std::option::Option<::std::string::String>,
    /// OAuth 2.0 Token Endpoint Authentication Method
    ///
    /// Requested Client Authentication method for the Token Endpoint. The options are:
    ///
    /// `client_secret_basic`: (default) Send `client_id` and `client_secret` as `application/x-www-form-urlencoded` encoded in the HTTP Authorization header.
    /// `client_secret_post`: Send `client_id` and `client_secret` as `application/x-www-form-urlencoded` in the HTTP body.
    /// `private_key_jwt`: Use JSON Web Tokens to authenticate the client.
    /// `none`: Used for public clients (native apps, mobile apps) which can not have secrets.
    pub token_endpoint_auth_method: ::std::option::Option<::std::string::String>,
    /// OAuth 2.0 Token Endpoint Signing Algorithm
    ///
    /// Requested Client Authentication signing algorithm for the Token Endpoint.
    pub token_endpoint_auth_signing_alg: ::std::option::Option<::std::string::String>,
    /// OAuth 2.0 Client Terms of Service URI
    ///
    /// A URL string pointing to a human-readable terms of service
    /// document for the client that describes a contractual relationship
    /// between the end-user and the client that the end-user accepts when
    /// authorizing the client.
    pub tos_uri: ::std::option::Option<::std::string::String>,
    /// OAuth 2.0 Client Last Update Date
    ///
    /// UpdatedAt returns the timestamp of the last update.
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// OpenID Connect Request Userinfo Signed Response Algorithm
    ///
    /// JWS alg algorithm \[JWA\] REQUIRED for signing UserInfo Responses. If this is specified, the response will be JWT
    /// \[JWT\] serialized, and signed using JWS. The default, if omitted, is for the UserInfo Response to return the Claims
    /// as a UTF-8 encoded JSON object using the application/json content-type.
    pub userinfo_signed_response_alg: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OAuth2Client { access_token_strategy = "access_token_strategy" optional,
    allowed_cors_origins = "allowed_cors_origins" optional, audience = "audience"
    optional, authorization_code_grant_access_token_lifespan =
    "authorization_code_grant_access_token_lifespan" optional,
    authorization_code_grant_id_token_lifespan =
    "authorization_code_grant_id_token_lifespan" optional,
    authorization_code_grant_refresh_token_lifespan =
    "authorization_code_grant_refresh_token_lifespan" optional,
    backchannel_logout_session_required = "backchannel_logout_session_required" optional,
    backchannel_logout_uri = "backchannel_logout_uri" optional,
    client_credentials_grant_access_token_lifespan =
    "client_credentials_grant_access_token_lifespan" optional, client_id = "client_id"
    optional, client_name = "client_name" optional, client_secret = "client_secret"
    optional, client_secret_expires_at = "client_secret_expires_at" optional, client_uri
    = "client_uri" optional, contacts = "contacts" optional, created_at = "created_at"
    optional, frontchannel_logout_session_required =
    "frontchannel_logout_session_required" optional, frontchannel_logout_uri =
    "frontchannel_logout_uri" optional, grant_types = "grant_types" optional,
    implicit_grant_access_token_lifespan = "implicit_grant_access_token_lifespan"
    optional, implicit_grant_id_token_lifespan = "implicit_grant_id_token_lifespan"
    optional, jwks = "jwks" optional, jwks_uri = "jwks_uri" optional,
    jwt_bearer_grant_access_token_lifespan = "jwt_bearer_grant_access_token_lifespan"
    optional, logo_uri = "logo_uri" optional, metadata = "metadata" optional, owner =
    "owner" optional, policy_uri = "policy_uri" optional, post_logout_redirect_uris =
    "post_logout_redirect_uris" optional, redirect_uris = "redirect_uris" optional,
    refresh_token_grant_access_token_lifespan =
    "refresh_token_grant_access_token_lifespan" optional,
    refresh_token_grant_id_token_lifespan = "refresh_token_grant_id_token_lifespan"
    optional, refresh_token_grant_refresh_token_lifespan =
    "refresh_token_grant_refresh_token_lifespan" optional, registration_access_token =
    "registration_access_token" optional, registration_client_uri =
    "registration_client_uri" optional, request_object_signing_alg =
    "request_object_signing_alg" optional, request_uris = "request_uris" optional,
    response_types = "response_types" optional, scope = "scope" optional,
    sector_identifier_uri = "sector_identifier_uri" optional, skip_consent =
    "skip_consent" optional, skip_logout_consent = "skip_logout_consent" optional,
    subject_type = "subject_type" optional, token_endpoint_auth_method =
    "token_endpoint_auth_method" optional, token_endpoint_auth_signing_alg =
    "token_endpoint_auth_signing_alg" optional, tos_uri = "tos_uri" optional, updated_at
    = "updated_at" optional, userinfo_signed_response_alg =
    "userinfo_signed_response_alg" optional, }
}

/// OAuth 2.0 Client Token Lifespans
///
/// Lifespans of different token types issued for this OAuth 2.0 Client.
///
/// Schema `oAuth2ClientTokenLifespans`.
#[derive(Clone, Default)]
pub struct OAuth2ClientTokenLifespans {
    pub authorization_code_grant_access_token_lifespan: ::std::option::Option<
        NullDuration,
    >,
    pub authorization_code_grant_id_token_lifespan: ::std::option::Option<NullDuration>,
    pub authorization_code_grant_refresh_token_lifespan: ::std::option::Option<
        NullDuration,
    >,
    pub client_credentials_grant_access_token_lifespan: ::std::option::Option<
        NullDuration,
    >,
    pub implicit_grant_access_token_lifespan: ::std::option::Option<NullDuration>,
    pub implicit_grant_id_token_lifespan: ::std::option::Option<NullDuration>,
    pub jwt_bearer_grant_access_token_lifespan: ::std::option::Option<NullDuration>,
    pub refresh_token_grant_access_token_lifespan: ::std::option::Option<NullDuration>,
    pub refresh_token_grant_id_token_lifespan: ::std::option::Option<NullDuration>,
    pub refresh_token_grant_refresh_token_lifespan: ::std::option::Option<NullDuration>,
}
crate::runtime::object! {
    OAuth2ClientTokenLifespans { authorization_code_grant_access_token_lifespan =
    "authorization_code_grant_access_token_lifespan" optional,
    authorization_code_grant_id_token_lifespan =
    "authorization_code_grant_id_token_lifespan" optional,
    authorization_code_grant_refresh_token_lifespan =
    "authorization_code_grant_refresh_token_lifespan" optional,
    client_credentials_grant_access_token_lifespan =
    "client_credentials_grant_access_token_lifespan" optional,
    implicit_grant_access_token_lifespan = "implicit_grant_access_token_lifespan"
    optional, implicit_grant_id_token_lifespan = "implicit_grant_id_token_lifespan"
    optional, jwt_bearer_grant_access_token_lifespan =
    "jwt_bearer_grant_access_token_lifespan" optional,
    refresh_token_grant_access_token_lifespan =
    "refresh_token_grant_access_token_lifespan" optional,
    refresh_token_grant_id_token_lifespan = "refresh_token_grant_id_token_lifespan"
    optional, refresh_token_grant_refresh_token_lifespan =
    "refresh_token_grant_refresh_token_lifespan" optional, }
}

/// Contains information on an ongoing consent request.
///
/// Schema `oAuth2ConsentRequest`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuth2ConsentRequest {
    /// ACR represents the Authentication AuthorizationContext Class Reference value for this authentication session. You can use it
    /// to express that, for example, a user authenticated using two factor authentication.
    pub acr: ::std::option::Option<::std::string::String>,
    pub amr: ::std::option::Option<StringSliceJsonFormat>,
    /// ID is the identifier ("authorization challenge") of the consent authorization request. It is used to
    /// identify the session.
    pub challenge: ::std::string::String,
    pub client: ::std::option::Option<OAuth2Client>,
    pub context: ::std::option::Option<JsonRawMessage>,
    /// LoginChallenge is the login challenge this consent challenge belongs to. It can be used to associate
    /// a login and consent request in the login & consent app.
    pub login_challenge: ::std::option::Option<::std::string::String>,
    /// LoginSessionID is the login session ID. If the user-agent reuses a login session (via cookie / remember flag)
    /// this ID will remain the same. If the user-agent did not have an existing authentication session (e.g. remember is false)
    /// this will be a new random value. This value is used as the "sid" parameter in the ID Token and in OIDC Front-/Back-
    /// channel logout. It's value can generally be used to associate consecutive login requests by a certain user.
    pub login_session_id: ::std::option::Option<::std::string::String>,
    pub oidc_context: ::std::option::Option<OAuth2ConsentRequestOpenIdConnectContext>,
    /// RequestURL is the original OAuth 2.0 Authorization URL requested by the OAuth 2.0 client. It is the URL which
    /// initiates the OAuth 2.0 Authorization Code or OAuth 2.0 Implicit flow. This URL is typically not needed, but
    /// might come in handy if you want to deal with additional request parameters.
    pub request_url: ::std::option::Option<::std::string::String>,
    pub requested_access_token_audience: ::std::option::Option<StringSliceJsonFormat>,
    pub requested_scope: ::std::option::Option<StringSliceJsonFormat>,
    /// Skip, if true, implies that the client has requested the same scopes from the same user previously.
    /// If true, you must not ask the user to grant the requested scopes. You must however either allow or deny the
    /// consent request using the usual API call.
    pub skip: ::std::option::Option<bool>,
    /// Subject is the user ID of the end-user that authenticated. Now, that end user needs to grant or deny the scope
    /// requested by the OAuth 2.0 client.
    pub subject: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OAuth2ConsentRequest { acr = "acr" optional, amr = "amr" optional, challenge =
    "challenge" required, client = "client" optional, context = "context" optional,
    login_challenge = "login_challenge" optional, login_session_id = "login_session_id"
    optional, oidc_context = "oidc_context" optional, request_url = "request_url"
    optional, requested_access_token_audience = "requested_access_token_audience"
    optional, requested_scope = "requested_scope" optional, skip = "skip" optional,
    subject = "subject" optional, }
}

/// Contains optional information about the OpenID Connect request.
///
/// Schema `oAuth2ConsentRequestOpenIDConnectContext`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuth2ConsentRequestOpenIdConnectContext {
    /// ACRValues is the Authentication AuthorizationContext Class Reference requested in the OAuth 2.0 Authorization request.
    /// It is a parameter defined by OpenID Connect and expresses which level of authentication (e.g. 2FA) is required.
    ///
    /// OpenID Connect defines it as follows:
    /// > Requested Authentication AuthorizationContext Class Reference values. Space-separated string that specifies the acr values
    /// that the Authorization Server is being requested to use for processing this Authentication Request, with the
    /// values appearing in order of preference. The Authentication AuthorizationContext Class satisfied by the authentication
    /// performed is returned as the acr Claim Value, as specified in Section 2. The acr Claim is requested as a
    /// Voluntary Claim by this parameter.
    pub acr_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Display is a string value that specifies how the Authorization Server displays the authentication and consent user interface pages to the End-User.
    /// The defined values are:
    /// page: The Authorization Server SHOULD display the authentication and consent UI consistent with a full User Agent page view. If the display parameter is not specified, this is the default display mode.
    /// popup: The Authorization Server SHOULD display the authentication and consent UI consistent with a popup User Agent window. The popup User Agent window should be of an appropriate size for a login-focused dialog and should not obscure the entire window that it is popping up over.
    /// touch: The Authorization Server SHOULD display the authentication and consent UI consistent with a device that leverages a touch interface.
    /// wap: The Authorization Server SHOULD display the authentication and consent UI consistent with a "feature phone" type display.
    ///
    /// The Authorization Server MAY also attempt to detect the capabilities of the User Agent and present an appropriate display.
    pub display: ::std::option::Option<::std::string::String>,
    /// IDTokenHintClaims are the claims of the ID Token previously issued by the Authorization Server being passed as a hint about the
    /// End-User's current or past authenticated session with the Client.
    pub id_token_hint_claims: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// LoginHint hints about the login identifier the End-User might use to log in (if necessary).
    /// This hint can be used by an RP if it first asks the End-User for their e-mail address (or other identifier)
    /// and then wants to pass that value as a hint to the discovered authorization service. This value MAY also be a
    /// phone number in the format specified for the phone_number Claim. The use of this parameter is optional.
    pub login_hint: ::std::option::Option<::std::string::String>,
    /// UILocales is the End-User'id preferred languages and scripts for the user interface, represented as a
    /// space-separated list of BCP47 \[RFC5646\] language tag values, ordered by preference. For instance, the value
    /// "fr-CA fr en" represents a preference for French as spoken in Canada, then French (without a region designation),
    /// followed by English (without a region designation). An error SHOULD NOT result if some or all of the requested
    /// locales are not supported by the OpenID Provider.
    pub ui_locales: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    OAuth2ConsentRequestOpenIdConnectContext { acr_values = "acr_values" optional,
    display = "display" optional, id_token_hint_claims = "id_token_hint_claims" optional,
    login_hint = "login_hint" optional, ui_locales = "ui_locales" optional, }
}

/// OAuth 2.0 Consent Session
///
/// A completed OAuth 2.0 Consent Session.
///
/// Schema `oAuth2ConsentSession`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuth2ConsentSession {
    pub consent_request: ::std::option::Option<OAuth2ConsentRequest>,
    pub context: ::std::option::Option<JsonRawMessage>,
    pub expires_at: ::std::option::Option<OAuth2ConsentSessionExpiresAt>,
    pub grant_access_token_audience: ::std::option::Option<StringSliceJsonFormat>,
    pub grant_scope: ::std::option::Option<StringSliceJsonFormat>,
    pub handled_at: ::std::option::Option<NullTime2>,
    /// Remember Consent
    ///
    /// Remember, if set to true, tells ORY Hydra to remember this consent authorization and reuse it if the same
    /// client asks the same user for the same, or a subset of, scope.
    pub remember: ::std::option::Option<bool>,
    /// Remember Consent For
    ///
    /// RememberFor sets how long the consent authorization should be remembered for in seconds. If set to `0`, the
    /// authorization will be remembered indefinitely.
    pub remember_for: ::std::option::Option<i64>,
    pub session: ::std::option::Option<AcceptOAuth2ConsentRequestSession>,
}
crate::runtime::object! {
    OAuth2ConsentSession { consent_request = "consent_request" optional, context =
    "context" optional, expires_at = "expires_at" optional, grant_access_token_audience =
    "grant_access_token_audience" optional, grant_scope = "grant_scope" optional,
    handled_at = "handled_at" optional, remember = "remember" optional, remember_for =
    "remember_for" optional, session = "session" optional, }
}

/// List of OAuth 2.0 Consent Sessions
///
/// Schema `oAuth2ConsentSessions`.
pub type OAuth2ConsentSessions = ::std::vec::Vec<OAuth2ConsentSession>;

/// Contains information on an ongoing login request.
///
/// Schema `oAuth2LoginRequest`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuth2LoginRequest {
    /// ID is the identifier ("login challenge") of the login request. It is used to
    /// identify the session.
    pub challenge: ::std::string::String,
    pub client: OAuth2Client,
    pub oidc_context: ::std::option::Option<OAuth2ConsentRequestOpenIdConnectContext>,
    /// RequestURL is the original OAuth 2.0 Authorization URL requested by the OAuth 2.0 client. It is the URL which
    /// initiates the OAuth 2.0 Authorization Code or OAuth 2.0 Implicit flow. This URL is typically not needed, but
    /// might come in handy if you want to deal with additional request parameters.
    pub request_url: ::std::string::String,
    pub requested_access_token_audience: ::std::option::Option<StringSliceJsonFormat>,
    pub requested_scope: ::std::option::Option<StringSliceJsonFormat>,
    /// SessionID is the login session ID. If the user-agent reuses a login session (via cookie / remember flag)
    /// this ID will remain the same. If the user-agent did not have an existing authentication session (e.g. remember is false)
    /// this will be a new random value. This value is used as the "sid" parameter in the ID Token and in OIDC Front-/Back-
    /// channel logout. It's value can generally be used to associate consecutive login requests by a certain user.
    pub session_id: ::std::option::Option<::std::string::String>,
    /// Skip, if true, implies that the client has requested the same scopes from the same user previously.
    /// If true, you can skip asking the user to grant the requested scopes, and simply forward the user to the redirect URL.
    ///
    /// This feature allows you to update / set session information.
    pub skip: bool,
    /// Subject is the user ID of the end-user that authenticated. Now, that end user needs to grant or deny the scope
    /// requested by the OAuth 2.0 client. If this value is set and `skip` is true, you MUST include this subject type
    /// when accepting the login request, or the request will fail.
    pub subject: ::std::string::String,
}
crate::runtime::object! {
    OAuth2LoginRequest { challenge = "challenge" required, client = "client" required,
    oidc_context = "oidc_context" optional, request_url = "request_url" required,
    requested_access_token_audience = "requested_access_token_audience" optional,
    requested_scope = "requested_scope" optional, session_id = "session_id" optional,
    skip = "skip" required, subject = "subject" required, }
}

/// Contains information about an ongoing logout request.
///
/// Schema `oAuth2LogoutRequest`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuth2LogoutRequest {
    /// Challenge is the identifier ("logout challenge") of the logout authentication request. It is used to
    /// identify the session.
    pub challenge: ::std::option::Option<::std::string::String>,
    pub client: ::std::option::Option<OAuth2Client>,
    /// RequestURL is the original Logout URL requested.
    pub request_url: ::std::option::Option<::std::string::String>,
    /// RPInitiated is set to true if the request was initiated by a Relying Party (RP), also known as an OAuth 2.0 Client.
    pub rp_initiated: ::std::option::Option<bool>,
    /// SessionID is the login session ID that was requested to log out.
    pub sid: ::std::option::Option<::std::string::String>,
    /// Subject is the user for whom the logout was request.
    pub subject: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OAuth2LogoutRequest { challenge = "challenge" optional, client = "client" optional,
    request_url = "request_url" optional, rp_initiated = "rp_initiated" optional, sid =
    "sid" optional, subject = "subject" optional, }
}

/// OAuth 2.0 Redirect Browser To
///
/// Contains a redirect URL used to complete a login, consent, or logout request.
///
/// Schema `oAuth2RedirectTo`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuth2RedirectTo {
    /// RedirectURL is the URL which you should redirect the user's browser to once the authentication process is completed.
    pub redirect_to: ::std::string::String,
}
crate::runtime::object! {
    OAuth2RedirectTo { redirect_to = "redirect_to" required, }
}

/// OAuth2 Token Exchange Result
///
/// Schema `oAuth2TokenExchange`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuth2TokenExchange {
    /// The access token issued by the authorization server.
    pub access_token: ::std::option::Option<::std::string::String>,
    /// The lifetime in seconds of the access token. For
    /// example, the value "3600" denotes that the access token will
    /// expire in one hour from the time the response was generated.
    pub expires_in: ::std::option::Option<i64>,
    /// To retrieve a refresh token request the id_token scope.
    pub id_token: ::std::option::Option<::std::string::String>,
    /// The refresh token, which can be used to obtain new
    /// access tokens. To retrieve it add the scope "offline" to your access token request.
    pub refresh_token: ::std::option::Option<::std::string::String>,
    /// The scope of the access token
    pub scope: ::std::option::Option<::std::string::String>,
    /// The type of the token issued
    pub token_type: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OAuth2TokenExchange { access_token = "access_token" optional, expires_in =
    "expires_in" optional, id_token = "id_token" optional, refresh_token =
    "refresh_token" optional, scope = "scope" optional, token_type = "token_type"
    optional, }
}

/// OpenID Connect Discovery Metadata
///
/// Includes links to several endpoints (for example `/oauth2/token`) and exposes information on supported signature algorithms
/// among others.
///
/// Schema `oidcConfiguration`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OidcConfiguration {
    /// OAuth 2.0 Authorization Endpoint URL
    pub authorization_endpoint: ::std::string::String,
    /// OpenID Connect Back-Channel Logout Session Required
    ///
    /// Boolean value specifying whether the OP can pass a sid (session ID) Claim in the Logout Token to identify the RP
    /// session with the OP. If supported, the sid Claim is also included in ID Tokens issued by the OP
    pub backchannel_logout_session_supported: ::std::option::Option<bool>,
    /// OpenID Connect Back-Channel Logout Supported
    ///
    /// Boolean value specifying whether the OP supports back-channel logout, with true indicating support.
    pub backchannel_logout_supported: ::std::option::Option<bool>,
    /// OpenID Connect Claims Parameter Parameter Supported
    ///
    /// Boolean value specifying whether the OP supports use of the claims parameter, with true indicating support.
    pub claims_parameter_supported: ::std::option::Option<bool>,
    /// OpenID Connect Supported Claims
    ///
    /// JSON array containing a list of the Claim Names of the Claims that the OpenID Provider MAY be able to supply
    /// values for. Note that for privacy or other reasons, this might not be an exhaustive list.
    pub claims_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// OAuth 2.0 PKCE Supported Code Challenge Methods
    ///
    /// JSON array containing a list of Proof Key for Code Exchange (PKCE) \[RFC7636\] code challenge methods supported
    /// by this authorization server.
    pub code_challenge_methods_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// OpenID Connect Verifiable Credentials Endpoint
    ///
    /// Contains the URL of the Verifiable Credentials Endpoint.
    pub credentials_endpoint_draft_00: ::std::option::Option<::std::string::String>,
    /// OpenID Connect Verifiable Credentials Supported
    ///
    /// JSON array containing a list of the Verifiable Credentials supported by this authorization server.
    pub credentials_supported_draft_00: ::std::option::Option<
        ::std::vec::Vec<CredentialSupportedDraft00>,
    >,
    /// OpenID Connect End-Session Endpoint
    ///
    /// URL at the OP to which an RP can perform a redirect to request that the End-User be logged out at the OP.
    pub end_session_endpoint: ::std::option::Option<::std::string::String>,
    /// OpenID Connect Front-Channel Logout Session Required
    ///
    /// Boolean value specifying whether the OP can pass iss (issuer) and sid (session ID) query parameters to identify
    /// the RP session with the OP when the frontchannel_logout_uri is used. If supported, the sid Claim is also
    /// included in ID Tokens issued by the OP.
    pub frontchannel_logout_session_supported: ::std::option::Option<bool>,
    /// OpenID Connect Front-Channel Logout Supported
    ///
    /// Boolean value specifying whether the OP supports HTTP-based logout, with true indicating support.
    pub frontchannel_logout_supported: ::std::option::Option<bool>,
    /// OAuth 2.0 Supported Grant Types
    ///
    /// JSON array containing a list of the OAuth 2.0 Grant Type values that this OP supports.
    pub grant_types_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// OpenID Connect Default ID Token Signing Algorithms
    ///
    /// Algorithm used to sign OpenID Connect ID Tokens.
    pub id_token_signed_response_alg: ::std::vec::Vec<::std::string::String>,
    /// OpenID Connect Supported ID Token Signing Algorithms
    ///
    /// JSON array containing a list of the JWS signing algorithms (alg values) supported by the OP for the ID Token
    /// to encode the Claims in a JWT.
    pub id_token_signing_alg_values_supported: ::std::vec::Vec<::std::string::String>,
    /// OpenID Connect Issuer URL
    ///
    /// An URL using the https scheme with no query or fragment component that the OP asserts as its IssuerURL Identifier.
    /// If IssuerURL discovery is supported , this value MUST be identical to the issuer value returned
    /// by WebFinger. This also MUST be identical to the iss Claim value in ID Tokens issued from this IssuerURL.
    pub issuer: ::std::string::String,
    /// OpenID Connect Well-Known JSON Web Keys URL
    ///
    /// URL of the OP's JSON Web Key Set \[JWK\] document. This contains the signing key(s) the RP uses to validate
    /// signatures from the OP. The JWK Set MAY also contain the Server's encryption key(s), which are used by RPs
    /// to encrypt requests to the Server. When both signing and encryption keys are made available, a use (Key Use)
    /// parameter value is REQUIRED for all keys in the referenced JWK Set to indicate each key's intended usage.
    /// Although some algorithms allow the same key to be used for both signatures and encryption, doing so is
    /// NOT RECOMMENDED, as it is less secure. The JWK x5c parameter MAY be used to provide X.509 representations of
    /// keys provided. When used, the bare key values MUST still be present and MUST match those in the certificate.
    pub jwks_uri: ::std::string::String,
    /// OpenID Connect Dynamic Client Registration Endpoint URL
    pub registration_endpoint: ::std::option::Option<::std::string::String>,
    /// OpenID Connect Supported Request Object Signing Algorithms
    ///
    /// JSON array containing a list of the JWS signing algorithms (alg values) supported by the OP for Request Objects,
    /// which are described in Section 6.1 of OpenID Connect Core 1.0 \[OpenID.Core\]. These algorithms are used both when
    /// the Request Object is passed by value (using the request parameter) and when it is passed by reference
    /// (using the request_uri parameter).
    pub request_object_signing_alg_values_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// OpenID Connect Request Parameter Supported
    ///
    /// Boolean value specifying whether the OP supports use of the request parameter, with true indicating support.
    pub request_parameter_supported: ::std::option::Option<bool>,
    /// OpenID Connect Request URI Parameter Supported
    ///
    /// Boolean value specifying whether the OP supports use of the request_uri parameter, with true indicating support.
    pub request_uri_parameter_supported: ::std::option::Option<bool>,
    /// OpenID Connect Requires Request URI Registration
    ///
    /// Boolean value specifying whether the OP requires any request_uri values used to be pre-registered
    /// using the request_uris registration parameter.
    pub require_request_uri_registration: ::std::option::Option<bool>,
    /// OAuth 2.0 Supported Response Modes
    ///
    /// JSON array containing a list of the OAuth 2.0 response_mode values that this OP supports.
    pub response_modes_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// OAuth 2.0 Supported Response Types
    ///
    /// JSON array containing a list of the OAuth 2.0 response_type values that this OP supports. Dynamic OpenID
    /// Providers MUST support the code, id_token, and the token id_token Response Type values.
    pub response_types_supported: ::std::vec::Vec<::std::string::String>,
    /// OAuth 2.0 Token Revocation URL
    ///
    /// URL of the authorization server's OAuth 2.0 revocation endpoint.
    pub revocation_endpoint: ::std::option::Option<::std::string::String>,
    /// OAuth 2.0 Supported Scope Values
    ///
    /// JSON array containing a list of the OAuth 2.0 \[RFC6749\] scope values that this server supports. The server MUST
    /// support the openid scope value. Servers MAY choose not to advertise some supported scope values even when this parameter is used
    pub scopes_supported: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// OpenID Connect Supported Subject Types
    ///
    /// JSON array containing a list of the Subject Identifier types that this OP supports. Valid types include
    /// pairwise and public.
    pub subject_types_supported: ::std::vec::Vec<::std::string::String>,
    /// OAuth 2.0 Token Endpoint URL
    pub token_endpoint: ::std::string::String,
    /// OAuth 2.0 Supported Client Authentication Methods
    ///
    /// JSON array containing a list of Client Authentication methods supported by this Token Endpoint. The options are
    /// client_secret_post, client_secret_basic, client_secret_jwt, and private_key_jwt, as described in Section 9 of OpenID Connect Core 1.0
    pub token_endpoint_auth_methods_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// OpenID Connect Userinfo URL
    ///
    /// URL of the OP's UserInfo Endpoint.
    pub userinfo_endpoint: ::std::option::Option<::std::string::String>,
    /// OpenID Connect User Userinfo Signing Algorithm
    ///
    /// Algorithm used to sign OpenID Connect Userinfo Responses.
    pub userinfo_signed_response_alg: ::std::vec::Vec<::std::string::String>,
    /// OpenID Connect Supported Userinfo Signing Algorithm
    ///
    /// JSON array containing a list of the JWS \[JWS\] signing algorithms (alg values) \[JWA\] supported by the UserInfo Endpoint to encode the Claims in a JWT \[JWT\].
    pub userinfo_signing_alg_values_supported: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
crate::runtime::object! {
    OidcConfiguration { authorization_endpoint = "authorization_endpoint" required,
    backchannel_logout_session_supported = "backchannel_logout_session_supported"
    optional, backchannel_logout_supported = "backchannel_logout_supported" optional,
    claims_parameter_supported = "claims_parameter_supported" optional, claims_supported
    = "claims_supported" optional, code_challenge_methods_supported =
    "code_challenge_methods_supported" optional, credentials_endpoint_draft_00 =
    "credentials_endpoint_draft_00" optional, credentials_supported_draft_00 =
    "credentials_supported_draft_00" optional, end_session_endpoint =
    "end_session_endpoint" optional, frontchannel_logout_session_supported =
    "frontchannel_logout_session_supported" optional, frontchannel_logout_supported =
    "frontchannel_logout_supported" optional, grant_types_supported =
    "grant_types_supported" optional, id_token_signed_response_alg =
    "id_token_signed_response_alg" required, id_token_signing_alg_values_supported =
    "id_token_signing_alg_values_supported" required, issuer = "issuer" required,
    jwks_uri = "jwks_uri" required, registration_endpoint = "registration_endpoint"
    optional, request_object_signing_alg_values_supported =
    "request_object_signing_alg_values_supported" optional, request_parameter_supported =
    "request_parameter_supported" optional, request_uri_parameter_supported =
    "request_uri_parameter_supported" optional, require_request_uri_registration =
    "require_request_uri_registration" optional, response_modes_supported =
    "response_modes_supported" optional, response_types_supported =
    "response_types_supported" required, revocation_endpoint = "revocation_endpoint"
    optional, scopes_supported = "scopes_supported" optional, subject_types_supported =
    "subject_types_supported" required, token_endpoint = "token_endpoint" required,
    token_endpoint_auth_methods_supported = "token_endpoint_auth_methods_supported"
    optional, userinfo_endpoint = "userinfo_endpoint" optional,
    userinfo_signed_response_alg = "userinfo_signed_response_alg" required,
    userinfo_signing_alg_values_supported = "userinfo_signing_alg_values_supported"
    optional, }
}

/// OpenID Connect Userinfo
///
/// Schema `oidcUserInfo`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OidcUserInfo {
    /// End-User's birthday, represented as an ISO 8601:2004 \[ISO8601‑2004\] YYYY-MM-DD format. The year MAY be 0000, indicating that it is omitted. To represent only the year, YYYY format is allowed. Note that depending on the underlying platform's date related function, providing just year can result in varying month and day, so the implementers need to take this factor into account to correctly process the dates.
    pub birthdate: ::std::option::Option<::std::string::String>,
    /// End-User's preferred e-mail address. Its value MUST conform to the RFC 5322 \[RFC5322\] addr-spec syntax. The RP MUST NOT rely upon this value being unique, as discussed in Section 5.7.
    pub email: ::std::option::Option<::std::string::String>,
    /// True if the End-User's e-mail address has been verified; otherwise false. When this Claim Value is true, this means that the OP took affirmative steps to ensure that this e-mail address was controlled by the End-User at the time the verification was performed. The means by which an e-mail address is verified is context-specific, and dependent upon the trust framework or contractual agreements within which the parties are operating.
    pub email_verified: ::std::option::Option<bool>,
    /// Surname(s) or last name(s) of the End-User. Note that in some cultures, people can have multiple family names or no family name; all can be present, with the names being separated by space characters.
    pub family_name: ::std::option::Option<::std::string::String>,
    /// End-User's gender. Values defined by this specification are female and male. Other values MAY be used when neither of the defined values are applicable.
    pub gender: ::std::option::Option<::std::string::String>,
    /// Given name(s) or first name(s) of the End-User. Note that in some cultures, people can have multiple given names; all can be present, with the names being separated by space characters.
    pub given_name: ::std::option::Option<::std::string::String>,
    /// End-User's locale, represented as a BCP47 \[RFC5646\] language tag. This is typically an ISO 639-1 Alpha-2 \[ISO639‑1\] language code in lowercase and an ISO 3166-1 Alpha-2 \[ISO3166‑1\] country code in uppercase, separated by a dash. For example, en-US or fr-CA. As a compatibility note, some implementations have used an underscore as the separator rather than a dash, for example, en_US; Relying Parties MAY choose to accept this locale syntax as well.
    pub locale: ::std::option::Option<::std::string::String>,
    /// Middle name(s) of the End-User. Note that in some cultures, people can have multiple middle names; all can be present, with the names being separated by space characters. Also note that in some cultures, middle names are not used.
    pub middle_name: ::std::option::Option<::std::string::String>,
    /// End-User's full name in displayable form including all name parts, possibly including titles and suffixes, ordered according to the End-User's locale and preferences.
    pub name: ::std::option::Option<::std::string::String>,
    /// Casual name of the End-User that may or may not be the same as the given_name. For instance, a nickname value of Mike might be returned alongside a given_name value of Michael.
    pub nickname: ::std::option::Option<::std::string::String>,
    /// End-User's preferred telephone number. E.164 \[E.164\] is RECOMMENDED as the format of this Claim, for example, +1 (425) 555-1212 or +56 (2) 687 2400. If the phone number contains an extension, it is RECOMMENDED that the extension be represented using the RFC 3966 \[RFC3966\] extension syntax, for example, +1 (604) 555-1234;ext=5678.
    pub phone_number: ::std::option::Option<::std::string::String>,
    /// True if the End-User's phone number has been verified; otherwise false. When this Claim Value is true, this means that the OP took affirmative steps to ensure that this phone number was controlled by the End-User at the time the verification was performed. The means by which a phone number is verified is context-specific, and dependent upon the trust framework or contractual agreements within which the parties are operating. When true, the phone_number Claim MUST be in E.164 format and any extensions MUST be represented in RFC 3966 format.
    pub phone_number_verified: ::std::option::Option<bool>,
    /// URL of the End-User's profile picture. This URL MUST refer to an image file (for example, a PNG, JPEG, or GIF image file), rather than to a Web page containing an image. Note that this URL SHOULD specifically reference a profile photo of the End-User suitable for displaying when describing the End-User, rather than an arbitrary photo taken by the End-User.
    pub picture: ::std::option::Option<::std::string::String>,
    /// Non-unique shorthand name by which the End-User wishes to be referred to at the RP, such as janedoe or j.doe. This value MAY be any valid JSON string including special characters such as @, /, or whitespace.
    pub preferred_username: ::std::option::Option<::std::string::String>,
    /// URL of the End-User's profile page. The contents of this Web page SHOULD be about the End-User.
    pub profile: ::std::option::Option<::std::string::String>,
    /// Subject - Identifier for the End-User at the IssuerURL.
    pub sub: ::std::option::Option<::std::string::String>,
    /// Time the End-User's information was last updated. Its value is a JSON number representing the number of seconds from 1970-01-01T0:0:0Z as measured in UTC until the date/time.
    pub updated_at: ::std::option::Option<i64>,
    /// URL of the End-User's Web page or blog. This Web page SHOULD contain information published by the End-User or an organization that the End-User is affiliated with.
    pub website: ::std::option::Option<::std::string::String>,
    /// String from zoneinfo \[zoneinfo\] time zone database representing the End-User's time zone. For example, Europe/Paris or America/Los_Angeles.
    pub zoneinfo: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    OidcUserInfo { birthdate = "birthdate" optional, email = "email" optional,
    email_verified = "email_verified" optional, family_name = "family_name" optional,
    gender = "gender" optional, given_name = "given_name" optional, locale = "locale"
    optional, middle_name = "middle_name" optional, name = "name" optional, nickname =
    "nickname" optional, phone_number = "phone_number" optional, phone_number_verified =
    "phone_number_verified" optional, picture = "picture" optional, preferred_username =
    "preferred_username" optional, profile = "profile" optional, sub = "sub" optional,
    updated_at = "updated_at" optional, website = "website" optional, zoneinfo =
    "zoneinfo" optional, }
}

/// Schema `pagination`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Pagination {
    /// Items per page
    ///
    /// This is the number of items per page to return.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_size: ::std::option::Option<i64>,
    /// Next Page Token
    ///
    /// The next page token.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Pagination { page_size = "page_size" optional, page_token = "page_token" optional, }
}

/// Schema `paginationHeaders`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct PaginationHeaders {
    /// The link header contains pagination links.
    ///
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    ///
    /// in: header
    pub link: ::std::option::Option<::std::string::String>,
    /// The total number of clients.
    ///
    /// in: header
    pub x_total_count: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    PaginationHeaders { link = "link" optional, x_total_count = "x-total-count" optional,
    }
}

/// The request payload used to accept a login or consent request.
///
/// Schema `rejectOAuth2Request`.
#[derive(Clone, Default)]
pub struct RejectOAuth2Request {
    /// The error should follow the OAuth2 error format (e.g. `invalid_request`, `login_required`).
    ///
    /// Defaults to `request_denied`.
    pub error: ::std::option::Option<::std::string::String>,
    /// Debug contains information to help resolve the problem as a developer. Usually not exposed
    /// to the public but only in the server logs.
    pub error_debug: ::std::option::Option<::std::string::String>,
    /// Description of the error in a human readable format.
    pub error_description: ::std::option::Option<::std::string::String>,
    /// Hint to help resolve the error.
    pub error_hint: ::std::option::Option<::std::string::String>,
    /// Represents the HTTP status code of the error (e.g. 401 or 403)
    ///
    /// Defaults to 400
    pub status_code: ::std::option::Option<i64>,
}
crate::runtime::object! {
    RejectOAuth2Request { error = "error" optional, error_debug = "error_debug" optional,
    error_description = "error_description" optional, error_hint = "error_hint" optional,
    status_code = "status_code" optional, }
}

/// Schema `tokenPagination`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct TokenPagination {
    /// Items per page
    ///
    /// This is the number of items per page to return.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_size: ::std::option::Option<i64>,
    /// Next Page Token
    ///
    /// The next page token.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    TokenPagination { page_size = "page_size" optional, page_token = "page_token"
    optional, }
}

/// Schema `tokenPaginationHeaders`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct TokenPaginationHeaders {
    /// The link header contains pagination links.
    ///
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    ///
    /// in: header
    pub link: ::std::option::Option<::std::string::String>,
    /// The total number of clients.
    ///
    /// in: header
    pub x_total_count: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    TokenPaginationHeaders { link = "link" optional, x_total_count = "x-total-count"
    optional, }
}

/// Pagination Request Parameters
///
/// The `Link` HTTP header contains multiple links (`first`, `next`, `last`, `previous`) formatted as:
/// `<https://{project-slug}.projects.oryapis.com/admin/clients?page_size={limit}&page_token={offset}>; rel="{page}"`
///
/// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
///
/// Schema `tokenPaginationRequestParameters`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct TokenPaginationRequestParameters {
    /// Items per Page
    ///
    /// This is the number of items per page to return.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_size: ::std::option::Option<i64>,
    /// Next Page Token
    ///
    /// The next page token.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    TokenPaginationRequestParameters { page_size = "page_size" optional, page_token =
    "page_token" optional, }
}

/// Pagination Response Header
///
/// The `Link` HTTP header contains multiple links (`first`, `next`, `last`, `previous`) formatted as:
/// `<https://{project-slug}.projects.oryapis.com/admin/clients?page_size={limit}&page_token={offset}>; rel="{page}"`
///
/// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
///
/// Schema `tokenPaginationResponseHeaders`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct TokenPaginationResponseHeaders {
    /// The Link HTTP Header
    ///
    /// The `Link` header contains a comma-delimited list of links to the following pages:
    ///
    /// first: The first page of results.
    /// next: The next page of results.
    /// prev: The previous page of results.
    /// last: The last page of results.
    ///
    /// Pages are omitted if they do not exist. For example, if there is no next page, the `next` link is omitted. Examples:
    ///
    /// </clients?page_size=5&page_token=0>; rel="first",</clients?page_size=5&page_token=15>; rel="next",</clients?page_size=5&page_token=5>; rel="prev",</clients?page_size=5&page_token=20>; rel="last"
    pub link: ::std::option::Option<::std::string::String>,
    /// The X-Total-Count HTTP Header
    ///
    /// The `X-Total-Count` header contains the total number of items in the collection.
    pub x_total_count: ::std::option::Option<i64>,
}
crate::runtime::object! {
    TokenPaginationResponseHeaders { link = "link" optional, x_total_count =
    "x-total-count" optional, }
}

/// Trust OAuth2 JWT Bearer Grant Type Issuer Request Body
///
/// Schema `trustOAuth2JwtGrantIssuer`.
#[derive(Clone, Default)]
pub struct TrustOAuth2JwtGrantIssuer {
    /// The "allow_any_subject" indicates that the issuer is allowed to have any principal as the subject of the JWT.
    pub allow_any_subject: ::std::option::Option<bool>,
    /// The "expires_at" indicates, when grant will expire, so we will reject assertion from "issuer" targeting "subject".
    pub expires_at: ::chrono::DateTime<::chrono::Utc>,
    /// The "issuer" identifies the principal that issued the JWT assertion (same as "iss" claim in JWT).
    pub issuer: ::std::string::String,
    pub jwk: JsonWebKey,
    /// The "scope" contains list of scope values (as described in Section 3.3 of OAuth 2.0 \[RFC6749\])
    pub scope: ::std::vec::Vec<::std::string::String>,
    /// The "subject" identifies the principal that is the subject of the JWT.
    pub subject: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    TrustOAuth2JwtGrantIssuer { allow_any_subject = "allow_any_subject" optional,
    expires_at = "expires_at" required, issuer = "issuer" required, jwk = "jwk" required,
    scope = "scope" required, subject = "subject" optional, }
}

/// OAuth2 JWT Bearer Grant Type Issuer Trust Relationship
///
/// Schema `trustedOAuth2JwtGrantIssuer`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct TrustedOAuth2JwtGrantIssuer {
    /// The "allow_any_subject" indicates that the issuer is allowed to have any principal as the subject of the JWT.
    pub allow_any_subject: ::std::option::Option<bool>,
    /// The "created_at" indicates, when grant was created.
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// The "expires_at" indicates, when grant will expire, so we will reject assertion from "issuer" targeting "subject".
    pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub id: ::std::option::Option<::std::string::String>,
    /// The "issuer" identifies the principal that issued the JWT assertion (same as "iss" claim in JWT).
    pub issuer: ::std::option::Option<::std::string::String>,
    pub public_key: ::std::option::Option<TrustedOAuth2JwtGrantJsonWebKey>,
    /// The "scope" contains list of scope values (as described in Section 3.3 of OAuth 2.0 \[RFC6749\])
    pub scope: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The "subject" identifies the principal that is the subject of the JWT.
    pub subject: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    TrustedOAuth2JwtGrantIssuer { allow_any_subject = "allow_any_subject" optional,
    created_at = "created_at" optional, expires_at = "expires_at" optional, id = "id"
    optional, issuer = "issuer" optional, public_key = "public_key" optional, scope =
    "scope" optional, subject = "subject" optional, }
}

/// OAuth2 JWT Bearer Grant Type Issuer Trust Relationships
///
/// Schema `trustedOAuth2JwtGrantIssuers`.
pub type TrustedOAuth2JwtGrantIssuers = ::std::vec::Vec<TrustedOAuth2JwtGrantIssuer>;

/// OAuth2 JWT Bearer Grant Type Issuer Trusted JSON Web Key
///
/// Schema `trustedOAuth2JwtGrantJsonWebKey`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct TrustedOAuth2JwtGrantJsonWebKey {
    /// The "key_id" is key unique identifier (same as kid header in jws/jwt).
    pub kid: ::std::option::Option<::std::string::String>,
    /// The "set" is basically a name for a group(set) of keys. Will be the same as "issuer" in grant.
    pub set: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    TrustedOAuth2JwtGrantJsonWebKey { kid = "kid" optional, set = "set" optional, }
}

/// Schema `unexpectedError`.
pub type UnexpectedError = ::std::string::String;

/// VerifiableCredentialPrimingResponse contains the nonce to include in the proof-of-possession JWT.
///
/// Schema `verifiableCredentialPrimingResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct VerifiableCredentialPrimingResponse {
    pub c_nonce: ::std::option::Option<::std::string::String>,
    pub c_nonce_expires_in: ::std::option::Option<i64>,
    pub error: ::std::option::Option<::std::string::String>,
    pub error_debug: ::std::option::Option<::std::string::String>,
    pub error_description: ::std::option::Option<::std::string::String>,
    pub error_hint: ::std::option::Option<::std::string::String>,
    pub format: ::std::option::Option<::std::string::String>,
    pub status_code: ::std::option::Option<i64>,
}
crate::runtime::object! {
    VerifiableCredentialPrimingResponse { c_nonce = "c_nonce" optional,
    c_nonce_expires_in = "c_nonce_expires_in" optional, error = "error" optional,
    error_debug = "error_debug" optional, error_description = "error_description"
    optional, error_hint = "error_hint" optional, format = "format" optional, status_code
    = "status_code" optional, }
}

/// VerifiableCredentialResponse contains the verifiable credential.
///
/// Schema `verifiableCredentialResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct VerifiableCredentialResponse {
    pub credential_draft_00: ::std::option::Option<::std::string::String>,
    pub format: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    VerifiableCredentialResponse { credential_draft_00 = "credential_draft_00" optional,
    format = "format" optional, }
}

/// Schema `version`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Version {
    /// Version is the service's version.
    pub version: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Version { version = "version" optional, }
}

/// Inline schema at `/components/schemas/oAuth2ConsentSession/properties/expires_at`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct OAuth2ConsentSessionExpiresAt {
    pub access_token: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub authorize_code: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub id_token: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub par_context: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub refresh_token: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    OAuth2ConsentSessionExpiresAt { access_token = "access_token" optional,
    authorize_code = "authorize_code" optional, id_token = "id_token" optional,
    par_context = "par_context" optional, refresh_token = "refresh_token" optional, }
}

/// Inline schema at `/paths/~1admin~1oauth2~1introspect/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Clone, Default)]
pub struct IntrospectOAuth2TokenBody {
    /// An optional, space separated list of required scopes. If the access token was not granted one of the
    /// scopes, the result of active will be false.
    pub scope: ::std::option::Option<::std::string::String>,
    /// The string value of the token. For access tokens, this
    /// is the "access_token" value returned from the token endpoint
    /// defined in OAuth 2.0. For refresh tokens, this is the "refresh_token"
    /// value returned.
    pub token: ::std::string::String,
}
crate::runtime::object! {
    IntrospectOAuth2TokenBody { scope = "scope" optional, token = "token" required, }
}

/// Inline schema at `/paths/~1health~1ready/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct IsReadyResponse {
    /// Always "ok".
    pub status: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    IsReadyResponse { status = "status" optional, }
}

/// Inline schema at `/paths/~1health~1ready/get/responses/503/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct IsReadyResponse503 {
    /// Errors contains a list of errors that caused the not ready status.
    pub errors: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
crate::runtime::object! {
    IsReadyResponse503 { errors = "errors" optional, }
}

/// Inline schema at `/paths/~1oauth2~1revoke/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Clone, Default)]
pub struct RevokeOAuth2TokenBody {
    pub client_id: ::std::option::Option<::std::string::String>,
    pub client_secret: ::std::option::Option<::std::string::String>,
    pub token: ::std::string::String,
}
crate::runtime::object! {
    RevokeOAuth2TokenBody { client_id = "client_id" optional, client_secret =
    "client_secret" optional, token = "token" required, }
}

/// Inline schema at `/paths/~1oauth2~1token/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Clone, Default)]
pub struct Oauth2TokenExchangeBody {
    pub client_id: ::std::option::Option<::std::string::String>,
    pub code: ::std::option::Option<::std::string::String>,
    pub grant_type: ::std::string::String,
    pub redirect_uri: ::std::option::Option<::std::string::String>,
    pub refresh_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Oauth2TokenExchangeBody { client_id = "client_id" optional, code = "code" optional,
    grant_type = "grant_type" required, redirect_uri = "redirect_uri" optional,
    refresh_token = "refresh_token" optional, }
}

/// Inline schema at `/paths/~1version/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetVersionResponse {
    /// The version of Ory Hydra.
    pub version: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GetVersionResponse { version = "version" optional, }
}
