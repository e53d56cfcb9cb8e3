//! The API's data types, generated from its schemas.
#![cfg_attr(rustfmt, rustfmt::skip)]

/// CustomHostnameStatus is the enumeration of valid state values in the CustomHostnameSSL.
///
/// Schema `CustomHostnameStatus`.
pub type CustomHostnameStatus = ::std::string::String;

/// Schema `DefaultError`.
pub type DefaultError = ::serde_json::Value;

/// A Duration represents the elapsed time between two instants
/// as an int64 nanosecond count. The representation limits the
/// largest representable duration to approximately 290 years.
///
/// Schema `Duration`.
pub type Duration = i64;

/// GenericUsage is the generic usage type that can be used for any feature.
///
/// Schema `GenericUsage`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GenericUsage {
    /// AdditionalPrice is the price per-unit exceeding IncludedUsage. A price of 0 means that no other items can be consumed.
    pub additional_price: i64,
    /// IncludedUsage is the number of included items.
    pub included_usage: i64,
}
crate::runtime::object! {
    GenericUsage { additional_price = "additional_price" required, included_usage =
    "included_usage" required, }
}

/// Schema `KetoNamespace`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct KetoNamespace {
    pub id: ::std::option::Option<i64>,
    pub name: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    KetoNamespace { id = "id" optional, name = "name" optional, }
}

/// Schema `KetoNamespaces`.
pub type KetoNamespaces = ::std::vec::Vec<KetoNamespace>;

/// Schema `NullBool`.
pub type NullBool = ::std::option::Option<bool>;

/// Schema `NullDuration`.
pub type NullDuration = ::std::option::Option<::std::string::String>;

/// Schema `NullInt`.
pub type NullInt = ::std::option::Option<i64>;

/// Schema `NullString`.
pub type NullString = ::std::option::Option<::std::string::String>;

/// Schema `NullTime`.
pub type NullTime = ::std::option::Option<::chrono::DateTime<::chrono::Utc>>;

/// Schema `ParseError`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ParseError {
    pub end: ::std::option::Option<SourcePosition>,
    pub message: ::std::option::Option<::std::string::String>,
    pub start: ::std::option::Option<SourcePosition>,
}
crate::runtime::object! {
    ParseError { end = "end" optional, message = "message" optional, start = "start"
    optional, }
}

/// Schema `Plan`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Plan {
    /// Name is the name of the plan.
    pub name: ::std::string::String,
    /// Version is the version of the plan. The combination of `name@version` must be unique.
    pub version: i64,
}
crate::runtime::object! {
    Plan { name = "name" required, version = "version" required, }
}

/// Schema `PlanDetails`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct PlanDetails {
    /// BaseFeeMonthly is the monthly base fee for the plan.
    pub base_fee_monthly: i64,
    /// BaseFeeYearly is the yearly base fee for the plan.
    pub base_fee_yearly: i64,
    /// Custom is true if the plan is custom. This means it will be hidden from the pricing page.
    pub custom: bool,
    /// Description is the description of the plan.
    pub description: ::std::string::String,
    /// Features are the feature definitions included in the plan.
    pub features: ::std::collections::BTreeMap<::std::string::String, GenericUsage>,
    /// Name is the name of the plan.
    pub name: ::std::string::String,
    /// Version is the version of the plan. The combination of `name@version` must be unique.
    pub version: i64,
}
crate::runtime::object! {
    PlanDetails { base_fee_monthly = "base_fee_monthly" required, base_fee_yearly =
    "base_fee_yearly" required, custom = "custom" required, description = "description"
    required, features = "features" required, name = "name" required, version = "version"
    required, }
}

/// Schema `Pricing`.
pub type Pricing = ::std::vec::Vec<PlanDetails>;

/// RecoveryAddressType must not exceed 16 characters as that is the limitation in the SQL Schema.
///
/// Schema `RecoveryAddressType`.
pub type RecoveryAddressType = ::std::string::String;

/// Schema `SourcePosition`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SourcePosition {
    pub line: ::std::option::Option<i64>,
    pub column: ::std::option::Option<i64>,
}
crate::runtime::object! {
    SourcePosition { line = "Line" optional, column = "column" optional, }
}

/// Schema `String`.
pub type String = NullString;

/// Possible values are `incomplete`, `incomplete_expired`, `trialing`, `active`, `past_due`, `canceled`, or `unpaid`.
///
/// For `collection_method=charge_automatically` a subscription moves into `incomplete` if the initial payment attempt fails. A subscription in this state can only have metadata and default_source updated. Once the first invoice is paid, the subscription moves into an `active` state. If the first invoice is not paid within 23 hours, the subscription transitions to `incomplete_expired`. This is a terminal state, the open invoice will be voided and no further invoices will be generated.
///
/// A subscription that is currently in a trial period is `trialing` and moves to `active` when the trial period is over.
///
/// If subscription `collection_method=charge_automatically` it becomes `past_due` when payment to renew it fails and `canceled` or `unpaid` (depending on your subscriptions settings) when Stripe has exhausted all payment retry attempts.
///
/// If subscription `collection_method=send_invoice` it becomes `past_due` when its invoice is not paid by the due date, and `canceled` or `unpaid` if it is still not paid by an additional deadline after that. Note that when a subscription has a status of `unpaid`, no subsequent invoices will be attempted (invoices will be created, but then immediately automatically closed). After receiving updated payment information from a customer, you may choose to reopen and pay their closed invoices.
///
/// Schema `SubscriptionStatus`.
pub type SubscriptionStatus = ::std::string::String;

/// Schema `Time`.
pub type Time = ::chrono::DateTime<::chrono::Utc>;

/// Schema `Usage`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Usage {
    pub generic_usage: ::std::option::Option<GenericUsage>,
}
crate::runtime::object! {
    Usage { generic_usage = "GenericUsage" optional, }
}

/// Schema `Warning`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Warning {
    pub code: ::std::option::Option<i64>,
    pub message: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Warning { code = "code" optional, message = "message" optional, }
}

/// Schema `ID`.
pub type Id = i64;

/// JSONRawMessage represents a json.RawMessage that works well with JSON, SQL, and Swagger.
///
/// Schema `JSONRawMessage`.
pub type JsonRawMessage = ::std::collections::BTreeMap<
    ::std::string::String,
    ::serde_json::Value,
>;

/// Schema `NullUUID`.
pub type NullUuid = ::std::option::Option<::std::string::String>;

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
    AcceptOAuth2ConsentRequest { grant_access_token_audience =
    "grant_access_token_audience" optional, grant_scope = "grant_scope" optional,
    handled_at = "handled_at" optional, remember = "remember" optional, remember_for =
    "remember_for" optional, session = "session" optional, }
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
    force_subject_identifier = "force_subject_identifier" optional, remember = "remember"
    optional, remember_for = "remember_for" optional, subject = "subject" required, }
}

/// The Active Project ID
///
/// Schema `activeProjectInConsole`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ActiveProjectInConsole {
    /// The Active Project ID
    ///
    /// format: uuid
    pub project_id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ActiveProjectInConsole { project_id = "project_id" optional, }
}

/// Authenticator Assurance Level (AAL)
///
/// The authenticator assurance level can be one of "aal1", "aal2", or "aal3". A higher number means that it is harder
/// for an attacker to compromise the account.
///
/// Generally, "aal1" implies that one authentication factor was used while AAL2 implies that two factors (e.g.
/// password + TOTP) have been used.
///
/// To learn more about these levels please head over to: <https://www.ory.sh/kratos/docs/concepts/credentials>
///
/// Schema `authenticatorAssuranceLevel`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AuthenticatorAssuranceLevel {
    /// `aal0`
    #[default]
    Aal0,
    /// `aal1`
    Aal1,
    /// `aal2`
    Aal2,
    /// `aal3`
    Aal3,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    AuthenticatorAssuranceLevel + Unknown { Aal0 = "aal0", Aal1 = "aal1", Aal2 = "aal2",
    Aal3 = "aal3", }
}

/// Patch identities response
///
/// Schema `batchPatchIdentitiesResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BatchPatchIdentitiesResponse {
    /// The patch responses for the individual identities.
    pub identities: ::std::option::Option<::std::vec::Vec<IdentityPatchResponse>>,
}
crate::runtime::object! {
    BatchPatchIdentitiesResponse { identities = "identities" optional, }
}

/// Ory Permission Language Document
///
/// Schema `checkOplSyntaxBody`.
pub type CheckOplSyntaxBody = ::std::string::String;

/// CheckOPLSyntaxResponse represents the response for an OPL syntax check request.
///
/// Schema `checkOplSyntaxResult`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CheckOplSyntaxResult {
    /// The list of syntax errors
    pub errors: ::std::option::Option<::std::vec::Vec<ParseError>>,
}
crate::runtime::object! {
    CheckOplSyntaxResult { errors = "errors" optional, }
}

/// Check Permission Result
///
/// The content of the allowed field is mirrored in the HTTP status code.
///
/// Schema `checkPermissionResult`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CheckPermissionResult {
    /// whether the relation tuple is allowed
    pub allowed: bool,
}
crate::runtime::object! {
    CheckPermissionResult { allowed = "allowed" required, }
}

/// Schema `cloudAccount`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CloudAccount {
    pub email: ::std::option::Option<::std::string::String>,
    pub id: ::std::option::Option<::uuid::Uuid>,
    pub name: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CloudAccount { email = "email" optional, id = "id" optional, name = "name" optional,
    }
}

/// Schema `continueWith`.
///
/// The discriminator picks the variant; values with a tag this client does not know
/// are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq)]
pub enum ContinueWith {
    /// `show_verification_ui`
    ContinueWithVerificationUi(ContinueWithVerificationUi),
    /// `set_ory_session_token`
    ContinueWithSetOrySessionToken(ContinueWithSetOrySessionToken),
    /// A value whose tag this client does not know, kept as it came.
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for ContinueWith {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::ContinueWithVerificationUi(value) => {
                ("show_verification_ui", ::serde_json::to_value(value))
            }
            Self::ContinueWithSetOrySessionToken(value) => {
                ("set_ory_session_token", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("action".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for ContinueWith {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("action")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("show_verification_ui") => {
                ::serde_json::from_value(value)
                    .map(Self::ContinueWithVerificationUi)
                    .map_err(D::Error::custom)
            }
            Some("set_ory_session_token") => {
                ::serde_json::from_value(value)
                    .map(Self::ContinueWithSetOrySessionToken)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Indicates that a session was issued, and the application should use this token for authenticated requests
///
/// Schema `continueWithSetOrySessionToken`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ContinueWithSetOrySessionToken {
    /// Action will always be `set_ory_session_token`
    /// set_ory_session_token ContinueWithActionSetOrySessionToken
    /// show_verification_ui ContinueWithActionShowVerificationUI
    pub action: ContinueWithSetOrySessionTokenAction,
    /// Token is the token of the session
    pub ory_session_token: ::std::string::String,
}
crate::runtime::object! {
    ContinueWithSetOrySessionToken { action = "action" required, ory_session_token =
    "ory_session_token" required, }
}

/// Indicates, that the UI flow could be continued by showing a verification ui
///
/// Schema `continueWithVerificationUi`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ContinueWithVerificationUi {
    /// Action will always be `show_verification_ui`
    /// set_ory_session_token ContinueWithActionSetOrySessionToken
    /// show_verification_ui ContinueWithActionShowVerificationUI
    pub action: ContinueWithVerificationUiAction,
    pub flow: ContinueWithVerificationUiFlow,
}
crate::runtime::object! {
    ContinueWithVerificationUi { action = "action" required, flow = "flow" required, }
}

/// Schema `continueWithVerificationUiFlow`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ContinueWithVerificationUiFlow {
    /// The ID of the verification flow
    pub id: ::uuid::Uuid,
    /// The URL of the verification flow
    pub url: ::std::option::Option<::std::string::String>,
    /// The address that should be verified in this flow
    pub verifiable_address: ::std::string::String,
}
crate::runtime::object! {
    ContinueWithVerificationUiFlow { id = "id" required, url = "url" optional,
    verifiable_address = "verifiable_address" required, }
}

/// A Message's Status
///
/// Schema `courierMessageStatus`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CourierMessageStatus {
    /// `queued`
    #[default]
    Queued,
    /// `sent`
    Sent,
    /// `processing`
    Processing,
    /// `abandoned`
    Abandoned,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CourierMessageStatus + Unknown { Queued = "queued", Sent = "sent", Processing =
    "processing", Abandoned = "abandoned", }
}

/// A Message's Type
///
/// It can either be `email` or `phone`
///
/// Schema `courierMessageType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CourierMessageType {
    /// `email`
    #[default]
    Email,
    /// `phone`
    Phone,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CourierMessageType + Unknown { Email = "email", Phone = "phone", }
}

/// Create Custom Hostname Request Body
///
/// Schema `createCustomDomainBody`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateCustomDomainBody {
    /// The domain where cookies will be set. Has to be a parent domain of the custom hostname to work.
    pub cookie_domain: ::std::option::Option<::std::string::String>,
    /// CORS Allowed origins for the custom hostname.
    pub cors_allowed_origins: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CORS Enabled for the custom hostname.
    pub cors_enabled: ::std::option::Option<bool>,
    /// The base URL where the custom user interface will be exposed.
    pub custom_ui_base_url: ::std::option::Option<::std::string::String>,
    /// The custom hostname where the API will be exposed.
    pub hostname: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateCustomDomainBody { cookie_domain = "cookie_domain" optional,
    cors_allowed_origins = "cors_allowed_origins" optional, cors_enabled = "cors_enabled"
    optional, custom_ui_base_url = "custom_ui_base_url" optional, hostname = "hostname"
    optional, }
}

/// Create Identity Body
///
/// Schema `createIdentityBody`.
#[derive(Clone, Default)]
pub struct CreateIdentityBody {
    pub credentials: ::std::option::Option<IdentityWithCredentials>,
    /// Store metadata about the user which is only accessible through admin APIs such as `GET /admin/identities/<id>`.
    pub metadata_admin: ::std::option::Option<::serde_json::Value>,
    /// Store metadata about the identity which the identity itself can see when calling for example the
    /// session endpoint. Do not store sensitive information (e.g. credit score) about the identity in this field.
    pub metadata_public: ::std::option::Option<::serde_json::Value>,
    /// RecoveryAddresses contains all the addresses that can be used to recover an identity.
    ///
    /// Use this structure to import recovery addresses for an identity. Please keep in mind
    /// that the address needs to be represented in the Identity Schema or this field will be overwritten
    /// on the next identity update.
    pub recovery_addresses: ::std::option::Option<
        ::std::vec::Vec<RecoveryIdentityAddress>,
    >,
    /// SchemaID is the ID of the JSON Schema to be used for validating the identity's traits.
    pub schema_id: ::std::string::String,
    pub state: ::std::option::Option<IdentityState>,
    /// Traits represent an identity's traits. The identity is able to create, modify, and delete traits
    /// in a self-service manner. The input will always be validated against the JSON Schema defined
    /// in `schema_url`.
    pub traits: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    /// VerifiableAddresses contains all the addresses that can be verified by the user.
    ///
    /// Use this structure to import verified addresses for an identity. Please keep in mind
    /// that the address needs to be represented in the Identity Schema or this field will be overwritten
    /// on the next identity update.
    pub verifiable_addresses: ::std::option::Option<
        ::std::vec::Vec<VerifiableIdentityAddress>,
    >,
}
crate::runtime::object! {
    CreateIdentityBody { credentials = "credentials" optional, metadata_admin =
    "metadata_admin" optional, metadata_public = "metadata_public" optional,
    recovery_addresses = "recovery_addresses" optional, schema_id = "schema_id" required,
    state = "state" optional, traits = "traits" required, verifiable_addresses =
    "verifiable_addresses" optional, }
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

/// Create Project Request Body
///
/// Schema `createProjectBody`.
#[derive(Clone, Default)]
pub struct CreateProjectBody {
    /// The name of the project to be created
    pub name: ::std::string::String,
}
crate::runtime::object! {
    CreateProjectBody { name = "name" required, }
}

/// Create a Project Branding
///
/// Schema `createProjectBranding`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateProjectBranding {
    pub logo_type: ::std::option::Option<::std::string::String>,
    pub logo_url: ::std::option::Option<::std::string::String>,
    pub name: ::std::option::Option<::std::string::String>,
    pub theme: ::std::option::Option<ProjectBrandingColors>,
}
crate::runtime::object! {
    CreateProjectBranding { logo_type = "logo_type" optional, logo_url = "logo_url"
    optional, name = "name" optional, theme = "theme" optional, }
}

/// Create Project Invite Request Body
///
/// Schema `createProjectInvite`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateProjectInvite {
    /// A list of emails to invite
    pub invitee_emails: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
crate::runtime::object! {
    CreateProjectInvite { invitee_emails = "invitee_emails" optional, }
}

/// Response to the create project invite request
///
/// Schema `createProjectInvitesResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateProjectInvitesResponse {
    pub all_invites: ProjectInvites,
    pub created_invites: ProjectInvites,
}
crate::runtime::object! {
    CreateProjectInvitesResponse { all_invites = "all_invites" required, created_invites
    = "created_invites" required, }
}

/// Create Recovery Code for Identity Request Body
///
/// Schema `createRecoveryCodeForIdentityBody`.
#[derive(Clone, Default)]
pub struct CreateRecoveryCodeForIdentityBody {
    /// Code Expires In
    ///
    /// The recovery code will expire after that amount of time has passed. Defaults to the configuration value of
    /// `selfservice.methods.code.config.lifespan`.
    pub expires_in: ::std::option::Option<::std::string::String>,
    /// Identity to Recover
    ///
    /// The identity's ID you wish to recover.
    pub identity_id: ::uuid::Uuid,
}
crate::runtime::object! {
    CreateRecoveryCodeForIdentityBody { expires_in = "expires_in" optional, identity_id =
    "identity_id" required, }
}

/// Create Recovery Link for Identity Request Body
///
/// Schema `createRecoveryLinkForIdentityBody`.
#[derive(Clone, Default)]
pub struct CreateRecoveryLinkForIdentityBody {
    /// Link Expires In
    ///
    /// The recovery link will expire after that amount of time has passed. Defaults to the configuration value of
    /// `selfservice.methods.code.config.lifespan`.
    pub expires_in: ::std::option::Option<::std::string::String>,
    /// Identity to Recover
    ///
    /// The identity's ID you wish to recover.
    pub identity_id: ::uuid::Uuid,
}
crate::runtime::object! {
    CreateRecoveryLinkForIdentityBody { expires_in = "expires_in" optional, identity_id =
    "identity_id" required, }
}

/// Create Relationship Request Body
///
/// Schema `createRelationshipBody`.
#[derive(Clone, Default)]
pub struct CreateRelationshipBody {
    /// Namespace to query
    pub namespace: ::std::option::Option<::std::string::String>,
    /// Object to query
    pub object: ::std::option::Option<::std::string::String>,
    /// Relation to query
    pub relation: ::std::option::Option<::std::string::String>,
    /// SubjectID to query
    ///
    /// Either SubjectSet or SubjectID can be provided.
    pub subject_id: ::std::option::Option<::std::string::String>,
    pub subject_set: ::std::option::Option<SubjectSet>,
}
crate::runtime::object! {
    CreateRelationshipBody { namespace = "namespace" optional, object = "object"
    optional, relation = "relation" optional, subject_id = "subject_id" optional,
    subject_set = "subject_set" optional, }
}

/// Create Subscription Request Body
///
/// Schema `createSubscriptionBody`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CreateSubscriptionBody {
    /// usd USD
    /// eur Euro
    pub currency: ::std::option::Option<CreateSubscriptionBodyCurrency>,
    /// monthly Monthly
    /// yearly Yearly
    pub interval: CreateSubscriptionBodyInterval,
    pub plan: ::std::string::String,
    pub provision_first_project: ::uuid::Uuid,
    pub return_to: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    CreateSubscriptionBody { currency = "currency" optional, interval = "interval"
    required, plan = "plan" required, provision_first_project = "provision_first_project"
    required, return_to = "return_to" optional, }
}

/// Custom Hostname
///
/// Schema `customDomain`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CustomDomain {
    pub cookie_domain: ::std::option::Option<::std::string::String>,
    pub cors_allowed_origins: ::std::option::Option<StringSliceJsonFormat>,
    pub cors_enabled: ::std::option::Option<bool>,
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub custom_ui_base_url: ::std::option::Option<::std::string::String>,
    pub hostname: ::std::option::Option<::std::string::String>,
    pub id: ::std::option::Option<::uuid::Uuid>,
    pub ssl_status: ::std::option::Option<CustomDomainSslStatus>,
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub verification_errors: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub verification_status: ::std::option::Option<CustomHostnameStatus>,
}
crate::runtime::object! {
    CustomDomain { cookie_domain = "cookie_domain" optional, cors_allowed_origins =
    "cors_allowed_origins" optional, cors_enabled = "cors_enabled" optional, created_at =
    "created_at" optional, custom_ui_base_url = "custom_ui_base_url" optional, hostname =
    "hostname" optional, id = "id" optional, ssl_status = "ssl_status" optional,
    updated_at = "updated_at" optional, verification_errors = "verification_errors"
    optional, verification_status = "verification_status" optional, }
}

/// Deleted Session Count
///
/// Schema `deleteMySessionsCount`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct DeleteMySessionsCount {
    /// The number of sessions that were revoked.
    pub count: ::std::option::Option<i64>,
}
crate::runtime::object! {
    DeleteMySessionsCount { count = "count" optional, }
}

/// Is returned when an active session was found but the requested AAL is not satisfied.
///
/// Schema `errorAuthenticatorAssuranceLevelNotSatisfied`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ErrorAuthenticatorAssuranceLevelNotSatisfied {
    pub error: ::std::option::Option<GenericError>,
    /// Points to where to redirect the user to next.
    pub redirect_browser_to: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ErrorAuthenticatorAssuranceLevelNotSatisfied { error = "error" optional,
    redirect_browser_to = "redirect_browser_to" optional, }
}

/// Is sent when a flow requires a browser to change its location.
///
/// Schema `errorBrowserLocationChangeRequired`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ErrorBrowserLocationChangeRequired {
    pub error: ::std::option::Option<ErrorGeneric>,
    /// Points to where to redirect the user to next.
    pub redirect_browser_to: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ErrorBrowserLocationChangeRequired { error = "error" optional, redirect_browser_to =
    "redirect_browser_to" optional, }
}

/// Is sent when a flow is replaced by a different flow of the same class
///
/// Schema `errorFlowReplaced`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ErrorFlowReplaced {
    pub error: ::std::option::Option<GenericError>,
    /// The flow ID that should be used for the new flow as it contains the correct messages.
    pub use_flow_id: ::std::option::Option<::uuid::Uuid>,
}
crate::runtime::object! {
    ErrorFlowReplaced { error = "error" optional, use_flow_id = "use_flow_id" optional, }
}

/// JSON API Error Response
///
/// The standard Ory JSON API error format.
///
/// Schema `errorGeneric`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ErrorGeneric {
    pub error: GenericErrorContent,
}
crate::runtime::object! {
    ErrorGeneric { error = "error" required, }
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

/// Schema `expandedPermissionTree`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ExpandedPermissionTree {
    /// The children of the node, possibly none.
    pub children: ::std::option::Option<::std::vec::Vec<ExpandedPermissionTree>>,
    pub tuple: ::std::option::Option<Relationship>,
    /// The type of the node.
    /// union TreeNodeUnion
    /// exclusion TreeNodeExclusion
    /// intersection TreeNodeIntersection
    /// leaf TreeNodeLeaf
    /// tuple_to_subject_set TreeNodeTupleToSubjectSet
    /// computed_subject_set TreeNodeComputedSubjectSet
    /// not TreeNodeNot
    /// unspecified TreeNodeUnspecified
    pub type_: ExpandedPermissionTreeType,
}
crate::runtime::object! {
    ExpandedPermissionTree { children = "children" optional, tuple = "tuple" optional,
    type_ = "type" required, }
}

/// Schema `flowError`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct FlowError {
    /// CreatedAt is a helper struct field for gobuffalo.pop.
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub error: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// ID of the error container.
    pub id: ::uuid::Uuid,
    /// UpdatedAt is a helper struct field for gobuffalo.pop.
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    FlowError { created_at = "created_at" optional, error = "error" optional, id = "id"
    required, updated_at = "updated_at" optional, }
}

/// Error response
///
/// Error responses are sent when an error (e.g. unauthorized, bad request, ...) occurred.
///
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
    pub error: ::std::option::Option<GenericErrorContent>,
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
    optional, error = "error" optional, id = "id" optional, message = "message" required,
    reason = "reason" optional, request = "request" optional, status = "status" optional,
    }
}

/// Error response
///
/// Schema `genericErrorContent`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GenericErrorContent {
    /// Debug contains debug information. This is usually not available and has to be enabled.
    pub debug: ::std::option::Option<::std::string::String>,
    /// Name is the error name.
    pub error: ::std::option::Option<::std::string::String>,
    /// Description contains further information on the nature of the error.
    pub error_description: ::std::option::Option<::std::string::String>,
    /// Message contains the error message.
    pub message: ::std::option::Option<::std::string::String>,
    /// Code represents the error status code (404, 403, 401, ...).
    pub status_code: ::std::option::Option<i64>,
}
crate::runtime::object! {
    GenericErrorContent { debug = "debug" optional, error = "error" optional,
    error_description = "error_description" optional, message = "message" optional,
    status_code = "status_code" optional, }
}

/// Ory Identity Schema Location
///
/// Schema `getManagedIdentitySchemaLocation`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetManagedIdentitySchemaLocation {
    pub location: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    GetManagedIdentitySchemaLocation { location = "location" optional, }
}

/// Response of the getMetrics endpoint
///
/// Schema `getProjectMetricsResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetProjectMetricsResponse {
    /// The list of data points.
    ///
    /// Read-only: sent by the server only.
    pub data: ::std::vec::Vec<MetricsDatapoint>,
}
crate::runtime::object! {
    GetProjectMetricsResponse { data = "data" required, }
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

/// Identity represents an Ory Kratos identity
///
/// An [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model) represents a (human) user in Ory.
///
/// Schema `identity`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Identity {
    /// CreatedAt is a helper struct field for gobuffalo.pop.
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Credentials represents all credentials that can be used for authenticating this identity.
    pub credentials: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, IdentityCredentials>,
    >,
    /// ID is the identity's unique identifier.
    ///
    /// The Identity ID can not be changed and can not be chosen. This ensures future
    /// compatibility and optimization for distributed stores such as CockroachDB.
    pub id: ::uuid::Uuid,
    pub metadata_admin: NullJsonRawMessage,
    pub metadata_public: NullJsonRawMessage,
    /// RecoveryAddresses contains all the addresses that can be used to recover an identity.
    pub recovery_addresses: ::std::option::Option<
        ::std::vec::Vec<RecoveryIdentityAddress>,
    >,
    /// SchemaID is the ID of the JSON Schema to be used for validating the identity's traits.
    pub schema_id: ::std::string::String,
    /// SchemaURL is the URL of the endpoint where the identity's traits schema can be fetched from.
    ///
    /// format: url
    pub schema_url: ::std::string::String,
    pub state: ::std::option::Option<IdentityState>,
    pub state_changed_at: ::std::option::Option<NullTime2>,
    pub traits: IdentityTraits,
    /// UpdatedAt is a helper struct field for gobuffalo.pop.
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// VerifiableAddresses contains all the addresses that can be verified by the user.
    pub verifiable_addresses: ::std::option::Option<
        ::std::vec::Vec<VerifiableIdentityAddress>,
    >,
}
crate::runtime::object! {
    Identity { created_at = "created_at" optional, credentials = "credentials" optional,
    id = "id" required, metadata_admin = "metadata_admin" optional, metadata_public =
    "metadata_public" optional, recovery_addresses = "recovery_addresses" optional,
    schema_id = "schema_id" required, schema_url = "schema_url" required, state = "state"
    optional, state_changed_at = "state_changed_at" optional, traits = "traits" required,
    updated_at = "updated_at" optional, verifiable_addresses = "verifiable_addresses"
    optional, }
}

/// Credentials represents a specific credential type
///
/// Schema `identityCredentials`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct IdentityCredentials {
    pub config: ::std::option::Option<JsonRawMessage>,
    /// CreatedAt is a helper struct field for gobuffalo.pop.
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Identifiers represents a list of unique identifiers this credential type matches.
    pub identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub type_: ::std::option::Option<IdentityCredentialsType>,
    /// UpdatedAt is a helper struct field for gobuffalo.pop.
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Version refers to the version of the credential. Useful when changing the config schema.
    pub version: ::std::option::Option<i64>,
}
crate::runtime::object! {
    IdentityCredentials { config = "config" optional, created_at = "created_at" optional,
    identifiers = "identifiers" optional, type_ = "type" optional, updated_at =
    "updated_at" optional, version = "version" optional, }
}

/// CredentialsOIDC is contains the configuration for credentials of the type oidc.
///
/// Schema `identityCredentialsOidc`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct IdentityCredentialsOidc {
    pub providers: ::std::option::Option<
        ::std::vec::Vec<IdentityCredentialsOidcProvider>,
    >,
}
crate::runtime::object! {
    IdentityCredentialsOidc { providers = "providers" optional, }
}

/// CredentialsOIDCProvider is contains a specific OpenID COnnect credential for a particular connection (e.g. Google).
///
/// Schema `identityCredentialsOidcProvider`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct IdentityCredentialsOidcProvider {
    pub initial_access_token: ::std::option::Option<::std::string::String>,
    pub initial_id_token: ::std::option::Option<::std::string::String>,
    pub initial_refresh_token: ::std::option::Option<::std::string::String>,
    pub provider: ::std::option::Option<::std::string::String>,
    pub subject: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    IdentityCredentialsOidcProvider { initial_access_token = "initial_access_token"
    optional, initial_id_token = "initial_id_token" optional, initial_refresh_token =
    "initial_refresh_token" optional, provider = "provider" optional, subject = "subject"
    optional, }
}

/// CredentialsPassword is contains the configuration for credentials of the type password.
///
/// Schema `identityCredentialsPassword`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct IdentityCredentialsPassword {
    /// HashedPassword is a hash-representation of the password.
    pub hashed_password: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    IdentityCredentialsPassword { hashed_password = "hashed_password" optional, }
}

/// CredentialsType  represents several different credential types, like password credentials, passwordless credentials,
///
/// and so on.
///
/// Schema `identityCredentialsType`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum IdentityCredentialsType {
    /// `password`
    #[default]
    Password,
    /// `totp`
    Totp,
    /// `oidc`
    Oidc,
    /// `webauthn`
    Webauthn,
    /// `lookup_secret`
    LookupSecret,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    IdentityCredentialsType + Unknown { Password = "password", Totp = "totp", Oidc =
    "oidc", Webauthn = "webauthn", LookupSecret = "lookup_secret", }
}

/// Identity Meta Schema
///
/// Schema `identityMetaSchema`.
pub type IdentityMetaSchema = ::std::collections::BTreeMap<
    ::std::string::String,
    ::serde_json::Value,
>;

/// Payload for patching an identity
///
/// Schema `identityPatch`.
#[derive(Clone, Default)]
pub struct IdentityPatch {
    pub create: ::std::option::Option<CreateIdentityBody>,
    /// The ID of this patch.
    ///
    /// The patch ID is optional. If specified, the ID will be returned in the
    /// response, so consumers of this API can correlate the response with the
    /// patch.
    pub patch_id: ::std::option::Option<::uuid::Uuid>,
}
crate::runtime::object! {
    IdentityPatch { create = "create" optional, patch_id = "patch_id" optional, }
}

/// Response for a single identity patch
///
/// Schema `identityPatchResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct IdentityPatchResponse {
    /// The action for this specific patch
    /// create ActionCreate  Create this identity.
    pub action: ::std::option::Option<IdentityPatchResponseAction>,
    /// The identity ID payload of this patch
    pub identity: ::std::option::Option<::uuid::Uuid>,
    /// The ID of this patch response, if an ID was specified in the patch.
    pub patch_id: ::std::option::Option<::uuid::Uuid>,
}
crate::runtime::object! {
    IdentityPatchResponse { action = "action" optional, identity = "identity" optional,
    patch_id = "patch_id" optional, }
}

/// Raw JSON Schema
///
/// Schema `identitySchema`.
pub type IdentitySchema = ::std::collections::BTreeMap<
    ::std::string::String,
    ::serde_json::Value,
>;

/// An Identity JSON Schema Container
///
/// Schema `identitySchemaContainer`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct IdentitySchemaContainer {
    /// The ID of the Identity JSON Schema
    pub id: ::std::option::Option<::std::string::String>,
    /// The actual Identity JSON Schema
    pub schema: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    IdentitySchemaContainer { id = "id" optional, schema = "schema" optional, }
}

/// Schema `identitySchemaPreset`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct IdentitySchemaPreset {
    /// Schema is the Identity JSON Schema
    pub schema: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    /// URL is the preset identifier
    pub url: ::std::string::String,
}
crate::runtime::object! {
    IdentitySchemaPreset { schema = "schema" required, url = "url" required, }
}

/// Schema `identitySchemaPresets`.
pub type IdentitySchemaPresets = ::std::vec::Vec<IdentitySchemaPreset>;

/// List of Identity JSON Schemas
///
/// Schema `identitySchemas`.
pub type IdentitySchemas = ::std::vec::Vec<IdentitySchemaContainer>;

/// An Identity's State
///
/// The state can either be `active` or `inactive`.
///
/// Schema `identityState`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum IdentityState {
    /// `active`
    #[default]
    Active,
    /// `inactive`
    Inactive,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    IdentityState + Unknown { Active = "active", Inactive = "inactive", }
}

/// Traits represent an identity's traits. The identity is able to create, modify, and delete traits
/// in a self-service manner. The input will always be validated against the JSON Schema defined
/// in `schema_url`.
///
/// Schema `identityTraits`.
pub type IdentityTraits = ::serde_json::Value;

/// VerifiableAddressStatus must not exceed 16 characters as that is the limitation in the SQL Schema
///
/// Schema `identityVerifiableAddressStatus`.
pub type IdentityVerifiableAddressStatus = ::std::string::String;

/// VerifiableAddressType must not exceed 16 characters as that is the limitation in the SQL Schema
///
/// Schema `identityVerifiableAddressType`.
pub type IdentityVerifiableAddressType = ::std::string::String;

/// Create Identity and Import Credentials
///
/// Schema `identityWithCredentials`.
#[derive(Clone, Default)]
pub struct IdentityWithCredentials {
    pub oidc: ::std::option::Option<IdentityWithCredentialsOidc>,
    pub password: ::std::option::Option<IdentityWithCredentialsPassword>,
}
crate::runtime::object! {
    IdentityWithCredentials { oidc = "oidc" optional, password = "password" optional, }
}

/// Create Identity and Import Social Sign In Credentials
///
/// Schema `identityWithCredentialsOidc`.
#[derive(Clone, Default)]
pub struct IdentityWithCredentialsOidc {
    pub config: ::std::option::Option<IdentityWithCredentialsOidcConfig>,
}
crate::runtime::object! {
    IdentityWithCredentialsOidc { config = "config" optional, }
}

/// Schema `identityWithCredentialsOidcConfig`.
#[derive(Clone, Default)]
pub struct IdentityWithCredentialsOidcConfig {
    pub config: ::std::option::Option<IdentityWithCredentialsPasswordConfig>,
    /// A list of OpenID Connect Providers
    pub providers: ::std::option::Option<
        ::std::vec::Vec<IdentityWithCredentialsOidcConfigProvider>,
    >,
}
crate::runtime::object! {
    IdentityWithCredentialsOidcConfig { config = "config" optional, providers =
    "providers" optional, }
}

/// Create Identity and Import Social Sign In Credentials Configuration
///
/// Schema `identityWithCredentialsOidcConfigProvider`.
#[derive(Clone, Default)]
pub struct IdentityWithCredentialsOidcConfigProvider {
    /// The OpenID Connect provider to link the subject to. Usually something like `google` or `github`.
    pub provider: ::std::string::String,
    /// The subject (`sub`) of the OpenID Connect connection. Usually the `sub` field of the ID Token.
    pub subject: ::std::string::String,
}
crate::runtime::object! {
    IdentityWithCredentialsOidcConfigProvider { provider = "provider" required, subject =
    "subject" required, }
}

/// Create Identity and Import Password Credentials
///
/// Schema `identityWithCredentialsPassword`.
#[derive(Clone, Default)]
pub struct IdentityWithCredentialsPassword {
    pub config: ::std::option::Option<IdentityWithCredentialsPasswordConfig>,
}
crate::runtime::object! {
    IdentityWithCredentialsPassword { config = "config" optional, }
}

/// Create Identity and Import Password Credentials Configuration
///
/// Schema `identityWithCredentialsPasswordConfig`.
#[derive(Clone, Default)]
pub struct IdentityWithCredentialsPasswordConfig {
    /// The hashed password in [PHC format]( https://www.ory.sh/docs/kratos/concepts/credentials/username-email-password#hashed-password-format)
    pub hashed_password: ::std::option::Option<::std::string::String>,
    /// The password in plain text if no hash is available.
    pub password: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    IdentityWithCredentialsPasswordConfig { hashed_password = "hashed_password" optional,
    password = "password" optional, }
}

/// Get Project Branding Request Body
///
/// Schema `internalGetProjectBrandingBody`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct InternalGetProjectBrandingBody {
    pub hostname: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    InternalGetProjectBrandingBody { hostname = "hostname" optional, }
}

/// Is Owner For Project By Slug Request Body
///
/// Schema `internalIsOwnerForProjectBySlugBody`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct InternalIsOwnerForProjectBySlugBody {
    /// Namespace is the namespace of the subject.
    pub namespace: InternalIsOwnerForProjectBySlugBodyNamespace,
    /// ProjectScope is the project_id resolved from the
    /// API Token.
    pub project_scope: ::std::option::Option<::std::string::String>,
    /// ProjectSlug is the project's slug.
    pub project_slug: ::std::string::String,
    /// Subject is the subject acting (user or API key).
    pub subject: ::std::string::String,
}
crate::runtime::object! {
    InternalIsOwnerForProjectBySlugBody { namespace = "namespace" required, project_scope
    = "project_scope" optional, project_slug = "project_slug" required, subject =
    "subject" required, }
}

/// Schema `internalIsOwnerForProjectBySlugResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct InternalIsOwnerForProjectBySlugResponse {
    /// ProjectID is the project's ID.
    pub project_id: ::std::string::String,
}
crate::runtime::object! {
    InternalIsOwnerForProjectBySlugResponse { project_id = "project_id" required, }
}

/// Internal Provision Mock Subscription Request Body
///
/// Schema `internalProvisionMockSubscription`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct InternalProvisionMockSubscription {
    /// Currency
    /// usd USD
    /// eur Euro
    pub currency: InternalProvisionMockSubscriptionCurrency,
    /// Identity ID
    pub identity_id: ::uuid::Uuid,
    /// Billing Interval
    /// monthly Monthly
    /// yearly Yearly
    pub interval: InternalProvisionMockSubscriptionInterval,
    /// Plan ID
    pub plan: ::std::string::String,
}
crate::runtime::object! {
    InternalProvisionMockSubscription { currency = "currency" required, identity_id =
    "identity_id" required, interval = "interval" required, plan = "plan" required, }
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

/// Schema `isOwnerForProjectBySlug`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct IsOwnerForProjectBySlug {
    /// ProjectSlug is the project's slug.
    pub project_slug: ::std::string::String,
    /// Subject is the subject from the API Token.
    pub subject: ::std::string::String,
}
crate::runtime::object! {
    IsOwnerForProjectBySlug { project_slug = "ProjectSlug" required, subject = "Subject"
    required, }
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
    pub op: JsonPatchOp,
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

/// Custom Hostname List
///
/// Schema `listCustomDomains`.
pub type ListCustomDomains = ::std::vec::Vec<CustomDomain>;

/// Login Flow
///
/// This object represents a login flow. A login flow is initiated at the "Initiate Login API / Browser Flow"
/// endpoint by a client.
///
/// Once a login flow is completed successfully, a session cookie or session token will be issued.
///
/// Schema `loginFlow`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct LoginFlow {
    pub active: ::std::option::Option<IdentityCredentialsType>,
    /// CreatedAt is a helper struct field for gobuffalo.pop.
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// ExpiresAt is the time (UTC) when the flow expires. If the user still wishes to log in,
    /// a new flow has to be initiated.
    pub expires_at: ::chrono::DateTime<::chrono::Utc>,
    /// ID represents the flow's unique ID. When performing the login flow, this
    /// represents the id in the login UI's query parameter: http://<selfservice.flows.login.ui_url>/?flow=<flow_id>
    pub id: ::uuid::Uuid,
    /// IssuedAt is the time (UTC) when the flow started.
    pub issued_at: ::chrono::DateTime<::chrono::Utc>,
    /// Ory OAuth 2.0 Login Challenge.
    ///
    /// This value is set using the `login_challenge` query parameter of the registration and login endpoints.
    /// If set will cooperate with Ory OAuth2 and OpenID to act as an OAuth2 server / OpenID Provider.
    pub oauth2_login_challenge: ::std::option::Option<::std::string::String>,
    pub oauth2_login_request: ::std::option::Option<OAuth2LoginRequest>,
    /// Refresh stores whether this login flow should enforce re-authentication.
    pub refresh: ::std::option::Option<bool>,
    /// RequestURL is the initial URL that was requested from Ory Kratos. It can be used
    /// to forward information contained in the URL's path or query for example.
    pub request_url: ::std::string::String,
    pub requested_aal: ::std::option::Option<AuthenticatorAssuranceLevel>,
    /// ReturnTo contains the requested return_to URL.
    pub return_to: ::std::option::Option<::std::string::String>,
    /// SessionTokenExchangeCode holds the secret code that the client can use to retrieve a session token after the login flow has been completed.
    /// This is only set if the client has requested a session token exchange code, and if the flow is of type "api",
    /// and only on creating the login flow.
    pub session_token_exchange_code: ::std::option::Option<::std::string::String>,
    pub type_: SelfServiceFlowType,
    pub ui: UiContainer,
    /// UpdatedAt is a helper struct field for gobuffalo.pop.
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    LoginFlow { active = "active" optional, created_at = "created_at" optional,
    expires_at = "expires_at" required, id = "id" required, issued_at = "issued_at"
    required, oauth2_login_challenge = "oauth2_login_challenge" optional,
    oauth2_login_request = "oauth2_login_request" optional, refresh = "refresh" optional,
    request_url = "request_url" required, requested_aal = "requested_aal" optional,
    return_to = "return_to" optional, session_token_exchange_code =
    "session_token_exchange_code" optional, type_ = "type" required, ui = "ui" required,
    updated_at = "updated_at" optional, }
}

/// Logout Flow
///
/// Schema `logoutFlow`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct LogoutFlow {
    /// LogoutToken can be used to perform logout using AJAX.
    pub logout_token: ::std::string::String,
    /// LogoutURL can be opened in a browser to sign the user out.
    ///
    /// format: uri
    pub logout_url: ::std::string::String,
}
crate::runtime::object! {
    LogoutFlow { logout_token = "logout_token" required, logout_url = "logout_url"
    required, }
}

/// Schema represents an Ory Kratos Identity Schema
///
/// Together the name and identity uuid are a unique index constraint.
/// This prevents a user from having schemas with the same name.
/// This also allows schemas to have the same name across the system.
///
/// Schema `managedIdentitySchema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ManagedIdentitySchema {
    /// The gcs file name
    ///
    /// This is a randomly generated name which is used to uniquely identify the file on the blob storage
    pub blob_name: ::std::string::String,
    /// The publicly accessible url of the schema
    pub blob_url: ::std::string::String,
    /// The Content Hash
    ///
    /// Contains a hash of the schema's content.
    pub content_hash: ::std::option::Option<::std::string::String>,
    /// The Schema's Creation Date
    ///
    /// Read-only: sent by the server only.
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    /// The schema's ID.
    ///
    /// Read-only: sent by the server only.
    pub id: ::uuid::Uuid,
    /// The schema name
    ///
    /// This is set by the user and is for them to easily recognise their schema
    pub name: ::std::string::String,
    /// Last Time Schema was Updated
    ///
    /// Read-only: sent by the server only.
    pub updated_at: ::chrono::DateTime<::chrono::Utc>,
}
crate::runtime::object! {
    ManagedIdentitySchema { blob_name = "blob_name" required, blob_url = "blob_url"
    required, content_hash = "content_hash" optional, created_at = "created_at" required,
    id = "id" required, name = "name" required, updated_at = "updated_at" required, }
}

/// Ory Identity Schema Validation Result
///
/// Schema `managedIdentitySchemaValidationResult`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ManagedIdentitySchemaValidationResult {
    pub message: ::std::option::Option<::std::string::String>,
    pub valid: ::std::option::Option<bool>,
}
crate::runtime::object! {
    ManagedIdentitySchemaValidationResult { message = "message" optional, valid = "valid"
    optional, }
}

/// Schema `managedIdentitySchemas`.
pub type ManagedIdentitySchemas = ::std::vec::Vec<ManagedIdentitySchema>;

/// Schema `message`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Message {
    pub body: ::std::string::String,
    /// CreatedAt is a helper struct field for gobuffalo.pop.
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    /// Dispatches store information about the attempts of delivering a message
    /// May contain an error if any happened, or just the `success` state.
    pub dispatches: ::std::option::Option<::std::vec::Vec<MessageDispatch>>,
    pub id: ::uuid::Uuid,
    pub recipient: ::std::string::String,
    pub send_count: i64,
    pub status: CourierMessageStatus,
    pub subject: ::std::string::String,
    /// recovery_invalid TypeRecoveryInvalid
    /// recovery_valid TypeRecoveryValid
    /// recovery_code_invalid TypeRecoveryCodeInvalid
    /// recovery_code_valid TypeRecoveryCodeValid
    /// verification_invalid TypeVerificationInvalid
    /// verification_valid TypeVerificationValid
    /// verification_code_invalid TypeVerificationCodeInvalid
    /// verification_code_valid TypeVerificationCodeValid
    /// otp TypeOTP
    /// stub TypeTestStub
    pub template_type: MessageTemplateType,
    pub type_: CourierMessageType,
    /// UpdatedAt is a helper struct field for gobuffalo.pop.
    pub updated_at: ::chrono::DateTime<::chrono::Utc>,
}
crate::runtime::object! {
    Message { body = "body" required, created_at = "created_at" required, dispatches =
    "dispatches" optional, id = "id" required, recipient = "recipient" required,
    send_count = "send_count" required, status = "status" required, subject = "subject"
    required, template_type = "template_type" required, type_ = "type" required,
    updated_at = "updated_at" required, }
}

/// MessageDispatch represents an attempt of sending a courier message
/// It contains the status of the attempt (failed or successful) and the error if any occured
///
/// Schema `messageDispatch`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct MessageDispatch {
    /// CreatedAt is a helper struct field for gobuffalo.pop.
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    pub error: ::std::option::Option<JsonRawMessage>,
    /// The ID of this message dispatch
    pub id: ::uuid::Uuid,
    /// The ID of the message being dispatched
    pub message_id: ::uuid::Uuid,
    /// The status of this dispatch
    /// Either "failed" or "success"
    /// failed CourierMessageDispatchStatusFailed
    /// success CourierMessageDispatchStatusSuccess
    pub status: MessageDispatchStatus,
    /// UpdatedAt is a helper struct field for gobuffalo.pop.
    pub updated_at: ::chrono::DateTime<::chrono::Utc>,
}
crate::runtime::object! {
    MessageDispatch { created_at = "created_at" required, error = "error" optional, id =
    "id" required, message_id = "message_id" required, status = "status" required,
    updated_at = "updated_at" required, }
}

/// Represents a single datapoint/bucket of a time series
///
/// Schema `metricsDatapoint`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct MetricsDatapoint {
    /// The count of events that occured in this time
    pub count: i64,
    /// The time of the bucket
    pub time: ::chrono::DateTime<::chrono::Utc>,
}
crate::runtime::object! {
    MetricsDatapoint { count = "count" required, time = "time" required, }
}

/// Schema `namespace`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Namespace {
    /// Name of the namespace.
    pub name: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    Namespace { name = "name" optional, }
}

/// Is sent when a privileged session is required to perform the settings update.
///
/// Schema `needsPrivilegedSessionError`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct NeedsPrivilegedSessionError {
    pub error: ::std::option::Option<GenericError>,
    /// Points to where to redirect the user to next.
    pub redirect_browser_to: ::std::string::String,
}
crate::runtime::object! {
    NeedsPrivilegedSessionError { error = "error" optional, redirect_browser_to =
    "redirect_browser_to" required, }
}

/// Schema `normalizedProject`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct NormalizedProject {
    /// The Project's Creation Date
    ///
    /// Read-only: sent by the server only.
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    pub current_revision: NormalizedProjectRevision,
    pub hosts: StringSliceJsonFormat,
    /// The project's ID.
    ///
    /// Read-only: sent by the server only.
    pub id: ::uuid::Uuid,
    /// The project's slug
    ///
    /// Read-only: sent by the server only.
    pub slug: ::std::string::String,
    /// The state of the project.
    /// running Running
    /// halted Halted
    /// deleted Deleted
    ///
    /// Read-only: sent by the server only.
    pub state: NormalizedProjectState,
    pub subscription_id: NullUuid,
    pub subscription_plan: String,
    /// Last Time Project was Updated
    ///
    /// Read-only: sent by the server only.
    pub updated_at: ::chrono::DateTime<::chrono::Utc>,
}
crate::runtime::object! {
    NormalizedProject { created_at = "created_at" required, current_revision =
    "current_revision" required, hosts = "hosts" required, id = "id" required, slug =
    "slug" required, state = "state" required, subscription_id = "subscription_id"
    optional, subscription_plan = "subscription_plan" optional, updated_at = "updated_at"
    required, }
}

/// Schema `normalizedProjectRevision`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct NormalizedProjectRevision {
    /// The Project's Revision Creation Date
    ///
    /// Read-only: sent by the server only.
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub hydra_oauth2_allowed_top_level_claims: ::std::option::Option<
        StringSliceJsonFormat,
    >,
    /// Automatically grant authorized OAuth2 Scope in OAuth2 Client Credentials Flow.
    ///
    /// Each OAuth2 Client is allowed to request a predefined OAuth2 Scope (for example `read write`). If this option is enabled, the full
    /// scope is automatically granted when performing the OAuth2 Client Credentials flow.
    ///
    /// If disabled, the OAuth2 Client has to request the scope in the OAuth2 request by providing the `scope` query parameter.
    ///
    /// Setting this option to true is common if you need compatibility with MITREid.
    ///
    /// This governs the "oauth2.client_credentials.default_grant_allowed_scope" setting.
    pub hydra_oauth2_client_credentials_default_grant_allowed_scope: ::std::option::Option<
        bool,
    >,
    /// Set to true if you want to exclude claim `nbf (not before)` part of access token.
    ///
    /// This governs the "oauth2.exclude_not_before_claim" setting.
    pub hydra_oauth2_exclude_not_before_claim: ::std::option::Option<bool>,
    /// Configures if the issued at (`iat`) claim is required in the JSON Web Token (JWT) Profile for OAuth 2.0 Client Authentication and Authorization Grants (RFC7523).
    ///
    /// If set to `false`, the `iat` claim is required. Set this value to `true` only after careful consideration.
    ///
    /// This governs the "oauth2.grant.jwt.iat_optional" setting.
    pub hydra_oauth2_grant_jwt_iat_optional: ::std::option::Option<bool>,
    /// Configures if the JSON Web Token ID (`jti`) claim is required in the JSON Web Token (JWT) Profile for OAuth 2.0 Client Authentication and Authorization Grants (RFC7523).
    ///
    /// If set to `false`, the `jti` claim is required. Set this value to `true` only after careful consideration.
    ///
    /// This governs the "oauth2.grant.jwt.jti_optional" setting.
    pub hydra_oauth2_grant_jwt_jti_optional: ::std::option::Option<bool>,
    /// Configures what the maximum age of a JWT assertion used in the JSON Web Token (JWT) Profile for OAuth 2.0 Client Authentication and Authorization Grants (RFC7523) can be.
    ///
    /// This feature uses the `exp` claim and `iat` claim to calculate assertion age. Assertions exceeding the max age will be denied.
    ///
    /// Useful as a safety measure and recommended to keep below 720h.
    ///
    /// This governs the "oauth2.grant.jwt.max_ttl" setting.
    pub hydra_oauth2_grant_jwt_max_ttl: ::std::option::Option<::std::string::String>,
    /// Configures whether PKCE should be enforced for all OAuth2 Clients.
    ///
    /// This governs the "oauth2.pkce.enforced" setting.
    pub hydra_oauth2_pkce_enforced: ::std::option::Option<bool>,
    /// Configures whether PKCE should be enforced for OAuth2 Clients without a client secret (public clients).
    ///
    /// This governs the "oauth2.pkce.enforced_for_public_clients" setting.
    pub hydra_oauth2_pkce_enforced_for_public_clients: ::std::option::Option<bool>,
    /// Sets the Refresh Token Hook Endpoint. If set this endpoint will be called during the OAuth2 Token Refresh grant update the OAuth2 Access Token claims.
    ///
    /// This governs the "oauth2.refresh_token_hook" setting.
    pub hydra_oauth2_refresh_token_hook: ::std::option::Option<::std::string::String>,
    pub hydra_oidc_dynamic_client_registration_default_scope: ::std::option::Option<
        StringSliceJsonFormat,
    >,
    /// Configures OpenID Connect Dynamic Client Registration.
    ///
    /// This governs the "oidc.dynamic_client_registration.enabled" setting.
    pub hydra_oidc_dynamic_client_registration_enabled: ::std::option::Option<bool>,
    /// Configures OpenID Connect Discovery and overwrites the pairwise algorithm
    ///
    /// This governs the "oidc.subject_identifiers.pairwise_salt" setting.
    pub hydra_oidc_subject_identifiers_pairwise_salt: ::std::option::Option<
        ::std::string::String,
    >,
    pub hydra_oidc_subject_identifiers_supported_types: ::std::option::Option<
        StringSliceJsonFormat,
    >,
    pub hydra_secrets_cookie: ::std::option::Option<StringSliceJsonFormat>,
    pub hydra_secrets_system: ::std::option::Option<StringSliceJsonFormat>,
    /// Configures the Ory Hydra Cookie Same Site Legacy Workaround
    ///
    /// This governs the "serve.cookies.same_site_legacy_workaround" setting.
    pub hydra_serve_cookies_same_site_legacy_workaround: ::std::option::Option<bool>,
    /// Configures the Ory Hydra Cookie Same Site Mode
    ///
    /// This governs the "serve.cookies.same_site_mode" setting.
    pub hydra_serve_cookies_same_site_mode: ::std::option::Option<::std::string::String>,
    /// Defines access token type. jwt is a bad idea, see <https://www.ory.sh/docs/hydra/advanced#json-web-tokens>
    ///
    /// This governs the "strategies.access_token" setting.
    /// opaque Oauth2AccessTokenStrategyOpaque
    /// jwt Oauth2AccessTokenStrategyJwt
    pub hydra_strategies_access_token: ::std::option::Option<
        NormalizedProjectRevisionHydraStrategiesAccessToken,
    >,
    /// Defines how scopes are matched. For more details have a look at <https://github.com/ory/fosite#scopes>
    ///
    /// This governs the "strategies.scope" setting.
    /// exact Oauth2ScopeStrategyExact
    /// wildcard Oauth2ScopeStrategyWildcard
    pub hydra_strategies_scope: ::std::option::Option<
        NormalizedProjectRevisionHydraStrategiesScope,
    >,
    /// This governs the "ttl.access_token" setting.
    pub hydra_ttl_access_token: ::std::option::Option<::std::string::String>,
    /// Configures how long refresh tokens are valid.
    ///
    /// Set to -1 for refresh tokens to never expire. This is not recommended!
    ///
    /// This governs the "ttl.auth_code" setting.
    pub hydra_ttl_auth_code: ::std::option::Option<::std::string::String>,
    /// This governs the "ttl.id_token" setting.
    pub hydra_ttl_id_token: ::std::option::Option<::std::string::String>,
    /// Configures how long a user login and consent flow may take.
    ///
    /// This governs the "ttl.login_consent_request" setting.
    pub hydra_ttl_login_consent_request: ::std::option::Option<::std::string::String>,
    /// Configures how long refresh tokens are valid.
    ///
    /// Set to -1 for refresh tokens to never expire. This is not recommended!
    ///
    /// This governs the "ttl.refresh_token" setting.
    pub hydra_ttl_refresh_token: ::std::option::Option<::std::string::String>,
    /// Sets the OAuth2 Consent Endpoint URL of the OAuth2 User Login & Consent flow.
    ///
    /// Defaults to the Ory Account Experience if left empty.
    ///
    /// This governs the "urls.consent" setting.
    pub hydra_urls_consent: ::std::option::Option<::std::string::String>,
    /// Sets the OAuth2 Error URL of the OAuth2 User Login & Consent flow.
    ///
    /// Defaults to the Ory Account Experience if left empty.
    ///
    /// This governs the "urls.error" setting.
    pub hydra_urls_error: ::std::option::Option<::std::string::String>,
    /// Sets the OAuth2 Login Endpoint URL of the OAuth2 User Login & Consent flow.
    ///
    /// Defaults to the Ory Account Experience if left empty.
    ///
    /// This governs the "urls.login" setting.
    pub hydra_urls_login: ::std::option::Option<::std::string::String>,
    /// Sets the logout endpoint.
    ///
    /// Defaults to the Ory Account Experience if left empty.
    ///
    /// This governs the "urls.logout" setting.
    pub hydra_urls_logout: ::std::option::Option<::std::string::String>,
    /// When an OAuth2-related user agent requests to log out, they will be redirected to this url afterwards per default.
    ///
    /// Defaults to the Ory Account Experience in development and your application in production mode when a custom domain is connected.
    ///
    /// This governs the "urls.post_logout_redirect" setting.
    pub hydra_urls_post_logout_redirect: ::std::option::Option<::std::string::String>,
    /// This value will be used as the issuer in access and ID tokens. It must be specified and using HTTPS protocol, unless the development mode is enabled.
    ///
    /// On the Ory Network it will be very rare that you want to modify this value. If left empty, it will default to the correct value for the Ory Network.
    ///
    /// This governs the "urls.self.issuer" setting.
    pub hydra_urls_self_issuer: ::std::option::Option<::std::string::String>,
    pub hydra_webfinger_jwks_broadcast_keys: ::std::option::Option<
        StringSliceJsonFormat,
    >,
    /// Configures OpenID Connect Discovery and overwrites the OAuth2 Authorization URL.
    ///
    /// This governs the "webfinger.oidc.discovery.auth_url" setting.
    pub hydra_webfinger_oidc_discovery_auth_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures OpenID Connect Discovery and overwrites the OpenID Connect Dynamic Client Registration Endpoint.
    ///
    /// This governs the "webfinger.oidc.discovery.client_registration_url" setting.
    pub hydra_webfinger_oidc_discovery_client_registration_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures OpenID Connect Discovery and overwrites the JWKS URL.
    ///
    /// This governs the "webfinger.oidc.discovery.jwks_url" setting.
    pub hydra_webfinger_oidc_discovery_jwks_url: ::std::option::Option<
        ::std::string::String,
    >,
    pub hydra_webfinger_oidc_discovery_supported_claims: ::std::option::Option<
        StringSliceJsonFormat,
    >,
    pub hydra_webfinger_oidc_discovery_supported_scope: ::std::option::Option<
        StringSliceJsonFormat,
    >,
    /// Configures OpenID Connect Discovery and overwrites the OAuth2 Token URL.
    ///
    /// This governs the "webfinger.oidc.discovery.token_url" setting.
    pub hydra_webfinger_oidc_discovery_token_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures OpenID Connect Discovery and overwrites userinfo endpoint to be advertised at the OpenID Connect Discovery endpoint /.well-known/openid-configuration. Defaults to Ory Hydra's userinfo endpoint at /userinfo. Set this value if you want to handle this endpoint yourself.
    ///
    /// This governs the "webfinger.oidc.discovery.userinfo_url" setting.
    pub hydra_webfinger_oidc_discovery_userinfo_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// The revision ID.
    ///
    /// Read-only: sent by the server only.
    pub id: ::std::option::Option<::uuid::Uuid>,
    /// The Revisions' Keto Namespace Configuration
    ///
    /// The string is a URL pointing to an OPL file with the configuration.
    pub keto_namespace_configuration: ::std::option::Option<::std::string::String>,
    pub keto_namespaces: ::std::option::Option<KetoNamespaces>,
    pub keto_read_max_depth: NullInt,
    /// Configures the Ory Kratos Cookie SameSite Attribute
    ///
    /// This governs the "cookies.same_site" setting.
    pub kratos_cookies_same_site: ::std::option::Option<::std::string::String>,
    /// Configures the Ory Kratos SMTP Connection URI
    ///
    /// This governs the "courier.smtp.connection_uri" setting.
    pub kratos_courier_smtp_connection_uri: ::std::option::Option<::std::string::String>,
    /// Configures the Ory Kratos SMTP From Address
    ///
    /// This governs the "courier.smtp.from_address" setting.
    pub kratos_courier_smtp_from_address: ::std::option::Option<::std::string::String>,
    /// Configures the Ory Kratos SMTP From Name
    ///
    /// This governs the "courier.smtp.from_name" setting.
    pub kratos_courier_smtp_from_name: ::std::option::Option<::std::string::String>,
    pub kratos_courier_smtp_headers: NullJsonRawMessage,
    /// Configures the Ory Kratos Invalid Recovery via Code Email Body HTML Template
    ///
    /// This governs the "courier.smtp.templates.recovery_code.invalid.email.body.html" setting.
    pub kratos_courier_templates_recovery_code_invalid_email_body_html: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Invalid Recovery via Code Email Body Plaintext Template
    ///
    /// This governs the "courier.smtp.templates.recovery_code.invalid.email.body.plaintext" setting.
    pub kratos_courier_templates_recovery_code_invalid_email_body_plaintext: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Invalid Recovery via Code Email Subject Template
    ///
    /// This governs the "courier.smtp.templates.recovery_code.invalid.email.body.html" setting.
    pub kratos_courier_templates_recovery_code_invalid_email_subject: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Valid Recovery via Code Email Body HTML Template
    ///
    /// This governs the "courier.smtp.templates.recovery_code.valid.email.body.html" setting.
    pub kratos_courier_templates_recovery_code_valid_email_body_html: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Valid Recovery via Code Email Body Plaintext Template
    ///
    /// This governs the "courier.smtp.templates.recovery_code.valid.email.body.plaintext" setting.
    pub kratos_courier_templates_recovery_code_valid_email_body_plaintext: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Valid Recovery via Code Email Subject Template
    ///
    /// This governs the "courier.smtp.templates.recovery_code.valid.email.subject" setting.
    pub kratos_courier_templates_recovery_code_valid_email_subject: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Invalid Recovery Email Body HTML Template
    ///
    /// This governs the "courier.smtp.templates.recovery.invalid.email.body.html" setting.
    pub kratos_courier_templates_recovery_invalid_email_body_html: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Invalid Recovery Email Body Plaintext Template
    ///
    /// This governs the "courier.smtp.templates.recovery.invalid.email.body.plaintext" setting.
    pub kratos_courier_templates_recovery_invalid_email_body_plaintext: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Invalid Recovery Email Subject Template
    ///
    /// This governs the "courier.smtp.templates.recovery.invalid.email.body.html" setting.
    pub kratos_courier_templates_recovery_invalid_email_subject: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Valid Recovery Email Body HTML Template
    ///
    /// This governs the "courier.smtp.templates.recovery.valid.email.body.html" setting.
    pub kratos_courier_templates_recovery_valid_email_body_html: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Valid Recovery Email Body Plaintext Template
    ///
    /// This governs the "courier.smtp.templates.recovery.valid.email.body.plaintext" setting.
    pub kratos_courier_templates_recovery_valid_email_body_plaintext: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Valid Recovery Email Subject Template
    ///
    /// This governs the "courier.smtp.templates.recovery.valid.email.subject" setting.
    pub kratos_courier_templates_recovery_valid_email_subject: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Invalid Verification via Code Email Body HTML Template
    ///
    /// This governs the "courier.smtp.templates.verification_code.invalid.email.body.html" setting.
    pub kratos_courier_templates_verification_code_invalid_email_body_html: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Invalid Verification via Code Email Body Plaintext Template
    ///
    /// This governs the "courier.smtp.templates.verification_code.invalid.email.body.plaintext" setting.
    pub kratos_courier_templates_verification_code_invalid_email_body_plaintext: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Invalid Verification via Code Email Subject Template
    ///
    /// This governs the "courier.smtp.templates.verification_code.invalid.email.subject" setting.
    pub kratos_courier_templates_verification_code_invalid_email_subject: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Valid Verification via Code Email Body HTML Template
    ///
    /// This governs the "courier.smtp.templates.verification_code.valid.email.body.html" setting.
    pub kratos_courier_templates_verification_code_valid_email_body_html: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Valid Verification via Code Email Body Plaintext Template
    ///
    /// This governs the "courier.smtp.templates.verification_code.valid.email.body.plaintext" setting.
    pub kratos_courier_templates_verification_code_valid_email_body_plaintext: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Valid Verification via Code Email Subject Template
    ///
    /// This governs the "courier.smtp.templates.verification_code.valid.email.subject" setting.
    pub kratos_courier_templates_verification_code_valid_email_subject: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Invalid Verification Email Body HTML Template
    ///
    /// This governs the "courier.smtp.templates.verification.invalid.email.body.html" setting.
    pub kratos_courier_templates_verification_invalid_email_body_html: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Invalid Verification Email Body Plaintext Template
    ///
    /// This governs the "courier.smtp.templates.verification.invalid.email.body.plaintext" setting.
    pub kratos_courier_templates_verification_invalid_email_body_plaintext: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Invalid Verification Email Subject Template
    ///
    /// This governs the "courier.smtp.templates.verification.invalid.email.subject" setting.
    pub kratos_courier_templates_verification_invalid_email_subject: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Valid Verification Email Body HTML Template
    ///
    /// This governs the "courier.smtp.templates.verification.valid.email.body.html" setting.
    pub kratos_courier_templates_verification_valid_email_body_html: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Valid Verification Email Body Plaintext Template
    ///
    /// This governs the "courier.smtp.templates.verification.valid.email.body.plaintext" setting.
    pub kratos_courier_templates_verification_valid_email_body_plaintext: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Valid Verification Email Subject Template
    ///
    /// This governs the "courier.smtp.templates.verification.valid.email.subject" setting.
    pub kratos_courier_templates_verification_valid_email_subject: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Session caching feature flag
    ///
    /// This governs the "feature_flags.cacheable_sessions" setting.
    pub kratos_feature_flags_cacheable_sessions: ::std::option::Option<bool>,
    pub kratos_identity_schemas: ::std::option::Option<ProjectRevisionIdentitySchemas>,
    pub kratos_oauth2_provider_headers: NullJsonRawMessage,
    /// Kratos OAuth2 Provider Override Return To
    ///
    /// Enabling this allows Kratos to set the return_to parameter automatically to the OAuth2 request URL on the login flow, allowing complex flows such as recovery to continue to the initial OAuth2 flow.
    pub kratos_oauth2_provider_override_return_to: ::std::option::Option<bool>,
    /// The Revisions' OAuth2 Provider Integration URL
    ///
    /// This governs the "oauth2_provider.url" setting.
    pub kratos_oauth2_provider_url: ::std::option::Option<::std::string::String>,
    pub kratos_secrets_cipher: ::std::option::Option<StringSliceJsonFormat>,
    pub kratos_secrets_cookie: ::std::option::Option<StringSliceJsonFormat>,
    pub kratos_secrets_default: ::std::option::Option<StringSliceJsonFormat>,
    pub kratos_selfservice_allowed_return_urls: ::std::option::Option<
        StringSliceJsonFormat,
    >,
    /// Configures the Ory Kratos Default Return URL
    ///
    /// This governs the "selfservice.allowed_return_urls" setting.
    pub kratos_selfservice_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Error UI URL
    ///
    /// This governs the "selfservice.flows.error.ui_url" setting.
    pub kratos_selfservice_flows_error_ui_url: ::std::option::Option<
        ::std::string::String,
    >,
    pub kratos_selfservice_flows_hooks: ::std::option::Option<ProjectRevisionHooks>,
    /// Configures the Ory Kratos Login Default Return URL
    ///
    /// This governs the "selfservice.flows.login.after.default_browser_return_url" setting.
    pub kratos_selfservice_flows_login_after_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Login After OIDC Default Return URL
    ///
    /// This governs the "selfservice.flows.login.after.oidc.default_browser_return_url" setting.
    pub kratos_selfservice_flows_login_after_oidc_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Login After Password Default Return URL
    ///
    /// This governs the "selfservice.flows.login.after.password.default_browser_return_url" setting.
    pub kratos_selfservice_flows_login_after_password_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Login After WebAuthn Default Return URL
    ///
    /// This governs the "selfservice.flows.login.after.webauthn.default_browser_return_url" setting.
    pub kratos_selfservice_flows_login_after_webauthn_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Login Lifespan
    ///
    /// This governs the "selfservice.flows.login.lifespan" setting.
    pub kratos_selfservice_flows_login_lifespan: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Login UI URL
    ///
    /// This governs the "selfservice.flows.login.ui_url" setting.
    pub kratos_selfservice_flows_login_ui_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Logout Default Return URL
    ///
    /// This governs the "selfservice.flows.logout.after.default_browser_return_url" setting.
    pub kratos_selfservice_flows_logout_after_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Recovery Default Return URL
    ///
    /// This governs the "selfservice.flows.recovery.after.default_browser_return_url" setting.
    pub kratos_selfservice_flows_recovery_after_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Recovery Enabled Setting
    ///
    /// This governs the "selfservice.flows.recovery.enabled" setting.
    pub kratos_selfservice_flows_recovery_enabled: ::std::option::Option<bool>,
    /// Configures the Ory Kratos Recovery Lifespan
    ///
    /// This governs the "selfservice.flows.recovery.lifespan" setting.
    pub kratos_selfservice_flows_recovery_lifespan: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures whether to notify unknown recipients of a Ory Kratos recovery flow
    ///
    /// This governs the "selfservice.flows.recovery.notify_unknown_recipients" setting.
    pub kratos_selfservice_flows_recovery_notify_unknown_recipients: ::std::option::Option<
        bool,
    >,
    /// Configures the Ory Kratos Recovery UI URL
    ///
    /// This governs the "selfservice.flows.recovery.ui_url" setting.
    pub kratos_selfservice_flows_recovery_ui_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Recovery strategy to use ("link" or "code")
    ///
    /// This governs the "selfservice.flows.recovery.use" setting.
    /// link SelfServiceMessageVerificationStrategyLink
    /// code SelfServiceMessageVerificationStrategyCode
    pub kratos_selfservice_flows_recovery_use: ::std::option::Option<
        NormalizedProjectRevisionKratosSelfserviceFlowsRecoveryUse,
    >,
    /// Configures the Ory Kratos Registration Default Return URL
    ///
    /// This governs the "selfservice.flows.registration.after.default_browser_return_url" setting.
    pub kratos_selfservice_flows_registration_after_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Registration After OIDC Default Return URL
    ///
    /// This governs the "selfservice.flows.registration.after.oidc.default_browser_return_url" setting.
    pub kratos_selfservice_flows_registration_after_oidc_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Registration After Password Default Return URL
    ///
    /// This governs the "selfservice.flows.registration.after.password.default_browser_return_url" setting.
    pub kratos_selfservice_flows_registration_after_password_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Registration After Password Default Return URL
    ///
    /// This governs the "selfservice.flows.registration.after.password.default_browser_return_url" setting.
    pub kratos_selfservice_flows_registration_after_webauthn_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Whether Ory Kratos Registration is Enabled
    ///
    /// This governs the "selfservice.flows.registration.enabled" setting.0
    pub kratos_selfservice_flows_registration_enabled: ::std::option::Option<bool>,
    /// Configures the Ory Kratos Registration Lifespan
    ///
    /// This governs the "selfservice.flows.registration.lifespan" setting.
    pub kratos_selfservice_flows_registration_lifespan: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Registration UI URL
    ///
    /// This governs the "selfservice.flows.registration.ui_url" setting.
    pub kratos_selfservice_flows_registration_ui_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Settings Default Return URL
    ///
    /// This governs the "selfservice.flows.settings.after.default_browser_return_url" setting.
    pub kratos_selfservice_flows_settings_after_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Settings Default Return URL After Updating Passwords
    ///
    /// This governs the "selfservice.flows.settings.after.password.default_browser_return_url" setting.
    pub kratos_selfservice_flows_settings_after_password_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Settings Default Return URL After Updating Profiles
    ///
    /// This governs the "selfservice.flows.settings.after.profile.default_browser_return_url" setting.
    pub kratos_selfservice_flows_settings_after_profile_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Settings Lifespan
    ///
    /// This governs the "selfservice.flows.settings.lifespan" setting.
    pub kratos_selfservice_flows_settings_lifespan: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Settings Privileged Session Max Age
    ///
    /// This governs the "selfservice.flows.settings.privileged_session_max_age" setting.
    pub kratos_selfservice_flows_settings_privileged_session_max_age: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Settings Required AAL
    ///
    /// This governs the "selfservice.flows.settings.required_aal" setting.
    pub kratos_selfservice_flows_settings_required_aal: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Settings UI URL
    ///
    /// This governs the "selfservice.flows.settings.ui_url" setting.
    pub kratos_selfservice_flows_settings_ui_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Verification Default Return URL
    ///
    /// This governs the "selfservice.flows.verification.after.default_browser_return_url" setting.
    pub kratos_selfservice_flows_verification_after_default_browser_return_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Verification Enabled Setting
    ///
    /// This governs the "selfservice.flows.verification.enabled" setting.
    pub kratos_selfservice_flows_verification_enabled: ::std::option::Option<bool>,
    /// Configures the Ory Kratos Verification Lifespan
    ///
    /// This governs the "selfservice.flows.verification.lifespan" setting.
    pub kratos_selfservice_flows_verification_lifespan: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures whether to notify unknown recipients of a Ory Kratos verification flow
    ///
    /// This governs the "selfservice.flows.verification.notify_unknown_recipients" setting.
    pub kratos_selfservice_flows_verification_notify_unknown_recipients: ::std::option::Option<
        bool,
    >,
    /// Configures the Ory Kratos Verification UI URL
    ///
    /// This governs the "selfservice.flows.verification.ui_url" setting.
    pub kratos_selfservice_flows_verification_ui_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Strategy to use for Verification
    ///
    /// This governs the "selfservice.flows.verification.use" setting.
    /// link SelfServiceMessageVerificationStrategyLink
    /// code SelfServiceMessageVerificationStrategyCode
    pub kratos_selfservice_flows_verification_use: ::std::option::Option<
        NormalizedProjectRevisionKratosSelfserviceFlowsVerificationUse,
    >,
    /// Configures the Ory Kratos Code Method's lifespan
    ///
    /// This governs the "selfservice.methods.code.config.lifespan" setting.
    pub kratos_selfservice_methods_code_config_lifespan: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures whether Ory Kratos Code Method is enabled
    ///
    /// This governs the "selfservice.methods.code.enabled" setting.
    pub kratos_selfservice_methods_code_enabled: ::std::option::Option<bool>,
    /// Configures the Base URL which Recovery, Verification, and Login Links Point to
    ///
    /// It is recommended to leave this value empty. It will be appropriately configured to the best matching domain
    /// (e.g. when using custom domains) automatically.
    ///
    /// This governs the "selfservice.methods.link.config.base_url" setting.
    pub kratos_selfservice_methods_link_config_base_url: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Link Method's lifespan
    ///
    /// This governs the "selfservice.methods.link.config.lifespan" setting.
    pub kratos_selfservice_methods_link_config_lifespan: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures whether Ory Kratos Link Method is enabled
    ///
    /// This governs the "selfservice.methods.link.enabled" setting.
    pub kratos_selfservice_methods_link_enabled: ::std::option::Option<bool>,
    /// Configures whether Ory Kratos TOTP Lookup Secret is enabled
    ///
    /// This governs the "selfservice.methods.lookup_secret.enabled" setting.
    pub kratos_selfservice_methods_lookup_secret_enabled: ::std::option::Option<bool>,
    /// Configures the Ory Kratos Third Party / OpenID Connect base redirect URI
    ///
    /// This governs the "selfservice.methods.oidc.config.base_redirect_uri" setting.
    pub kratos_selfservice_methods_oidc_config_base_redirect_uri: ::std::option::Option<
        ::std::string::String,
    >,
    pub kratos_selfservice_methods_oidc_config_providers: ::std::option::Option<
        ProjectRevisionThirdPartyLoginProviders,
    >,
    /// Configures whether Ory Kratos Third Party / OpenID Connect Login is enabled
    ///
    /// This governs the "selfservice.methods.oidc.enabled" setting.
    pub kratos_selfservice_methods_oidc_enabled: ::std::option::Option<bool>,
    /// Configures whether Ory Kratos Password HIBP Checks is enabled
    ///
    /// This governs the "selfservice.methods.password.config.haveibeenpwned_enabled" setting.
    pub kratos_selfservice_methods_password_config_haveibeenpwned_enabled: ::std::option::Option<
        bool,
    >,
    /// Configures whether Ory Kratos Password should disable the similarity policy.
    ///
    /// This governs the "selfservice.methods.password.config.identifier_similarity_check_enabled" setting.
    pub kratos_selfservice_methods_password_config_identifier_similarity_check_enabled: ::std::option::Option<
        bool,
    >,
    /// Configures whether Ory Kratos Password Should ignore HIBPWND Network Errors
    ///
    /// This governs the "selfservice.methods.password.config.ignore_network_errors" setting.
    pub kratos_selfservice_methods_password_config_ignore_network_errors: ::std::option::Option<
        bool,
    >,
    /// Configures Ory Kratos Password Max Breaches Detection
    ///
    /// This governs the "selfservice.methods.password.config.max_breaches" setting.
    pub kratos_selfservice_methods_password_config_max_breaches: ::std::option::Option<
        i64,
    >,
    /// Configures the minimum length of passwords.
    ///
    /// This governs the "selfservice.methods.password.config.min_password_length" setting.
    pub kratos_selfservice_methods_password_config_min_password_length: ::std::option::Option<
        i64,
    >,
    /// Configures whether Ory Kratos Password Method is enabled
    ///
    /// This governs the "selfservice.methods.password.enabled" setting.
    pub kratos_selfservice_methods_password_enabled: ::std::option::Option<bool>,
    /// Configures whether Ory Kratos Profile Method is enabled
    ///
    /// This governs the "selfservice.methods.profile.enabled" setting.
    pub kratos_selfservice_methods_profile_enabled: ::std::option::Option<bool>,
    /// Configures Ory Kratos TOTP Issuer
    ///
    /// This governs the "selfservice.methods.totp.config.issuer" setting.
    pub kratos_selfservice_methods_totp_config_issuer: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures whether Ory Kratos TOTP Method is enabled
    ///
    /// This governs the "selfservice.methods.totp.enabled" setting.
    pub kratos_selfservice_methods_totp_enabled: ::std::option::Option<bool>,
    /// Configures whether Ory Kratos Webauthn is used for passwordless flows
    ///
    /// This governs the "selfservice.methods.webauthn.config.passwordless" setting.
    pub kratos_selfservice_methods_webauthn_config_passwordless: ::std::option::Option<
        bool,
    >,
    /// Configures the Ory Kratos Webauthn RP Display Name
    ///
    /// This governs the "selfservice.methods.webauthn.config.rp.display_name" setting.
    pub kratos_selfservice_methods_webauthn_config_rp_display_name: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Webauthn RP Icon
    ///
    /// This governs the "selfservice.methods.webauthn.config.rp.icon" setting.
    pub kratos_selfservice_methods_webauthn_config_rp_icon: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Webauthn RP ID
    ///
    /// This governs the "selfservice.methods.webauthn.config.rp.id" setting.
    pub kratos_selfservice_methods_webauthn_config_rp_id: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures the Ory Kratos Webauthn RP Origin
    ///
    /// This governs the "selfservice.methods.webauthn.config.rp.origin" setting.
    pub kratos_selfservice_methods_webauthn_config_rp_origin: ::std::option::Option<
        ::std::string::String,
    >,
    /// Configures whether Ory Kratos Webauthn is enabled
    ///
    /// This governs the "selfservice.methods.webauthn.enabled" setting.
    pub kratos_selfservice_methods_webauthn_enabled: ::std::option::Option<bool>,
    /// Configures the Ory Kratos Session Cookie Persistent Attribute
    ///
    /// This governs the "session.cookie.persistent" setting.
    pub kratos_session_cookie_persistent: ::std::option::Option<bool>,
    /// Configures the Ory Kratos Session Cookie SameSite Attribute
    ///
    /// This governs the "session.cookie.same_site" setting.
    pub kratos_session_cookie_same_site: ::std::option::Option<::std::string::String>,
    /// Configures the Ory Kratos Session Lifespan
    ///
    /// This governs the "session.lifespan" setting.
    pub kratos_session_lifespan: ::std::option::Option<::std::string::String>,
    /// Configures the Ory Kratos Session Whoami AAL requirement
    ///
    /// This governs the "session.whoami.required_aal" setting.
    pub kratos_session_whoami_required_aal: ::std::option::Option<::std::string::String>,
    /// The project's name.
    pub name: ::std::string::String,
    /// Whether this project is in production mode or not.
    ///
    /// In development mode, a low-security profile is used making it easier to develop against your, for example, local environment.
    pub production: ::std::option::Option<bool>,
    /// The Revision's Project ID
    pub project_id: ::std::option::Option<::uuid::Uuid>,
    pub serve_admin_cors_allowed_origins: ::std::option::Option<StringSliceJsonFormat>,
    /// Enable CORS headers on all admin APIs
    ///
    /// This governs the "serve.admin.cors.enabled" setting.
    pub serve_admin_cors_enabled: ::std::option::Option<bool>,
    pub serve_public_cors_allowed_origins: ::std::option::Option<StringSliceJsonFormat>,
    /// Enable CORS headers on all public APIs
    ///
    /// This governs the "serve.public.cors.enabled" setting.
    pub serve_public_cors_enabled: ::std::option::Option<bool>,
    /// Last Time Project's Revision was Updated
    ///
    /// Read-only: sent by the server only.
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    NormalizedProjectRevision { created_at = "created_at" optional,
    hydra_oauth2_allowed_top_level_claims = "hydra_oauth2_allowed_top_level_claims"
    optional, hydra_oauth2_client_credentials_default_grant_allowed_scope =
    "hydra_oauth2_client_credentials_default_grant_allowed_scope" optional,
    hydra_oauth2_exclude_not_before_claim = "hydra_oauth2_exclude_not_before_claim"
    optional, hydra_oauth2_grant_jwt_iat_optional = "hydra_oauth2_grant_jwt_iat_optional"
    optional, hydra_oauth2_grant_jwt_jti_optional = "hydra_oauth2_grant_jwt_jti_optional"
    optional, hydra_oauth2_grant_jwt_max_ttl = "hydra_oauth2_grant_jwt_max_ttl" optional,
    hydra_oauth2_pkce_enforced = "hydra_oauth2_pkce_enforced" optional,
    hydra_oauth2_pkce_enforced_for_public_clients =
    "hydra_oauth2_pkce_enforced_for_public_clients" optional,
    hydra_oauth2_refresh_token_hook = "hydra_oauth2_refresh_token_hook" optional,
    hydra_oidc_dynamic_client_registration_default_scope =
    "hydra_oidc_dynamic_client_registration_default_scope" optional,
    hydra_oidc_dynamic_client_registration_enabled =
    "hydra_oidc_dynamic_client_registration_enabled" optional,
    hydra_oidc_subject_identifiers_pairwise_salt =
    "hydra_oidc_subject_identifiers_pairwise_salt" optional,
    hydra_oidc_subject_identifiers_supported_types =
    "hydra_oidc_subject_identifiers_supported_types" optional, hydra_secrets_cookie =
    "hydra_secrets_cookie" optional, hydra_secrets_system = "hydra_secrets_system"
    optional, hydra_serve_cookies_same_site_legacy_workaround =
    "hydra_serve_cookies_same_site_legacy_workaround" optional,
    hydra_serve_cookies_same_site_mode = "hydra_serve_cookies_same_site_mode" optional,
    hydra_strategies_access_token = "hydra_strategies_access_token" optional,
    hydra_strategies_scope = "hydra_strategies_scope" optional, hydra_ttl_access_token =
    "hydra_ttl_access_token" optional, hydra_ttl_auth_code = "hydra_ttl_auth_code"
    optional, hydra_ttl_id_token = "hydra_ttl_id_token" optional,
    hydra_ttl_login_consent_request = "hydra_ttl_login_consent_request" optional,
    hydra_ttl_refresh_token = "hydra_ttl_refresh_token" optional, hydra_urls_consent =
    "hydra_urls_consent" optional, hydra_urls_error = "hydra_urls_error" optional,
    hydra_urls_login = "hydra_urls_login" optional, hydra_urls_logout =
    "hydra_urls_logout" optional, hydra_urls_post_logout_redirect =
    "hydra_urls_post_logout_redirect" optional, hydra_urls_self_issuer =
    "hydra_urls_self_issuer" optional, hydra_webfinger_jwks_broadcast_keys =
    "hydra_webfinger_jwks_broadcast_keys" optional,
    hydra_webfinger_oidc_discovery_auth_url = "hydra_webfinger_oidc_discovery_auth_url"
    optional, hydra_webfinger_oidc_discovery_client_registration_url =
    "hydra_webfinger_oidc_discovery_client_registration_url" optional,
    hydra_webfinger_oidc_discovery_jwks_url = "hydra_webfinger_oidc_discovery_jwks_url"
    optional, hydra_webfinger_oidc_discovery_supported_claims =
    "hydra_webfinger_oidc_discovery_supported_claims" optional,
    hydra_webfinger_oidc_discovery_supported_scope =
    "hydra_webfinger_oidc_discovery_supported_scope" optional,
    hydra_webfinger_oidc_discovery_token_url = "hydra_webfinger_oidc_discovery_token_url"
    optional, hydra_webfinger_oidc_discovery_userinfo_url =
    "hydra_webfinger_oidc_discovery_userinfo_url" optional, id = "id" optional,
    keto_namespace_configuration = "keto_namespace_configuration" optional,
    keto_namespaces = "keto_namespaces" optional, keto_read_max_depth =
    "keto_read_max_depth" optional, kratos_cookies_same_site = "kratos_cookies_same_site"
    optional, kratos_courier_smtp_connection_uri = "kratos_courier_smtp_connection_uri"
    optional, kratos_courier_smtp_from_address = "kratos_courier_smtp_from_address"
    optional, kratos_courier_smtp_from_name = "kratos_courier_smtp_from_name" optional,
    kratos_courier_smtp_headers = "kratos_courier_smtp_headers" optional,
    kratos_courier_templates_recovery_code_invalid_email_body_html =
    "kratos_courier_templates_recovery_code_invalid_email_body_html" optional,
    kratos_courier_templates_recovery_code_invalid_email_body_plaintext =
    "kratos_courier_templates_recovery_code_invalid_email_body_plaintext" optional,
    kratos_courier_templates_recovery_code_invalid_email_subject =
    "kratos_courier_templates_recovery_code_invalid_email_subject" optional,
    kratos_courier_templates_recovery_code_valid_email_body_html =
    "kratos_courier_templates_recovery_code_valid_email_body_html" optional,
    kratos_courier_templates_recovery_code_valid_email_body_plaintext =
    "kratos_courier_templates_recovery_code_valid_email_body_plaintext" optional,
    kratos_courier_templates_recovery_code_valid_email_subject =
    "kratos_courier_templates_recovery_code_valid_email_subject" optional,
    kratos_courier_templates_recovery_invalid_email_body_html =
    "kratos_courier_templates_recovery_invalid_email_body_html" optional,
    kratos_courier_templates_recovery_invalid_email_body_plaintext =
    "kratos_courier_templates_recovery_invalid_email_body_plaintext" optional,
    kratos_courier_templates_recovery_invalid_email_subject =
    "kratos_courier_templates_recovery_invalid_email_subject" optional,
    kratos_courier_templates_recovery_valid_email_body_html =
    "kratos_courier_templates_recovery_valid_email_body_html" optional,
    kratos_courier_templates_recovery_valid_email_body_plaintext =
    "kratos_courier_templates_recovery_valid_email_body_plaintext" optional,
    kratos_courier_templates_recovery_valid_email_subject =
    "kratos_courier_templates_recovery_valid_email_subject" optional,
    kratos_courier_templates_verification_code_invalid_email_body_html =
    "kratos_courier_templates_verification_code_invalid_email_body_html" optional,
    kratos_courier_templates_verification_code_invalid_email_body_plaintext =
    "kratos_courier_templates_verification_code_invalid_email_body_plaintext" optional,
    kratos_courier_templates_verification_code_invalid_email_subject =
    "kratos_courier_templates_verification_code_invalid_email_subject" optional,
    kratos_courier_templates_verification_code_valid_email_body_html =
    "kratos_courier_templates_verification_code_valid_email_body_html" optional,
    kratos_courier_templates_verification_code_valid_email_body_plaintext =
    "kratos_courier_templates_verification_code_valid_email_body_plaintext" optional,
    kratos_courier_templates_verification_code_valid_email_subject =
    "kratos_courier_templates_verification_code_valid_email_subject" optional,
    kratos_courier_templates_verification_invalid_email_body_html =
    "kratos_courier_templates_verification_invalid_email_body_html" optional,
    kratos_courier_templates_verification_invalid_email_body_plaintext =
    "kratos_courier_templates_verification_invalid_email_body_plaintext" optional,
    kratos_courier_templates_verification_invalid_email_subject =
    "kratos_courier_templates_verification_invalid_email_subject" optional,
    kratos_courier_templates_verification_valid_email_body_html =
    "kratos_courier_templates_verification_valid_email_body_html" optional,
    kratos_courier_templates_verification_valid_email_body_plaintext =
    "kratos_courier_templates_verification_valid_email_body_plaintext" optional,
    kratos_courier_templates_verification_valid_email_subject =
    "kratos_courier_templates_verification_valid_email_subject" optional,
    kratos_feature_flags_cacheable_sessions = "kratos_feature_flags_cacheable_sessions"
    optional, kratos_identity_schemas = "kratos_identity_schemas" optional,
    kratos_oauth2_provider_headers = "kratos_oauth2_provider_headers" optional,
    kratos_oauth2_provider_override_return_to =
    "kratos_oauth2_provider_override_return_to" optional, kratos_oauth2_provider_url =
    "kratos_oauth2_provider_url" optional, kratos_secrets_cipher =
    "kratos_secrets_cipher" optional, kratos_secrets_cookie = "kratos_secrets_cookie"
    optional, kratos_secrets_default = "kratos_secrets_default" optional,
    kratos_selfservice_allowed_return_urls = "kratos_selfservice_allowed_return_urls"
    optional, kratos_selfservice_default_browser_return_url =
    "kratos_selfservice_default_browser_return_url" optional,
    kratos_selfservice_flows_error_ui_url = "kratos_selfservice_flows_error_ui_url"
    optional, kratos_selfservice_flows_hooks = "kratos_selfservice_flows_hooks" optional,
    kratos_selfservice_flows_login_after_default_browser_return_url =
    "kratos_selfservice_flows_login_after_default_browser_return_url" optional,
    kratos_selfservice_flows_login_after_oidc_default_browser_return_url =
    "kratos_selfservice_flows_login_after_oidc_default_browser_return_url" optional,
    kratos_selfservice_flows_login_after_password_default_browser_return_url =
    "kratos_selfservice_flows_login_after_password_default_browser_return_url" optional,
    kratos_selfservice_flows_login_after_webauthn_default_browser_return_url =
    "kratos_selfservice_flows_login_after_webauthn_default_browser_return_url" optional,
    kratos_selfservice_flows_login_lifespan = "kratos_selfservice_flows_login_lifespan"
    optional, kratos_selfservice_flows_login_ui_url =
    "kratos_selfservice_flows_login_ui_url" optional,
    kratos_selfservice_flows_logout_after_default_browser_return_url =
    "kratos_selfservice_flows_logout_after_default_browser_return_url" optional,
    kratos_selfservice_flows_recovery_after_default_browser_return_url =
    "kratos_selfservice_flows_recovery_after_default_browser_return_url" optional,
    kratos_selfservice_flows_recovery_enabled =
    "kratos_selfservice_flows_recovery_enabled" optional,
    kratos_selfservice_flows_recovery_lifespan =
    "kratos_selfservice_flows_recovery_lifespan" optional,
    kratos_selfservice_flows_recovery_notify_unknown_recipients =
    "kratos_selfservice_flows_recovery_notify_unknown_recipients" optional,
    kratos_selfservice_flows_recovery_ui_url = "kratos_selfservice_flows_recovery_ui_url"
    optional, kratos_selfservice_flows_recovery_use =
    "kratos_selfservice_flows_recovery_use" optional,
    kratos_selfservice_flows_registration_after_default_browser_return_url =
    "kratos_selfservice_flows_registration_after_default_browser_return_url" optional,
    kratos_selfservice_flows_registration_after_oidc_default_browser_return_url =
    "kratos_selfservice_flows_registration_after_oidc_default_browser_return_url"
    optional,
    kratos_selfservice_flows_registration_after_password_default_browser_return_url =
    "kratos_selfservice_flows_registration_after_password_default_browser_return_url"
    optional,
    kratos_selfservice_flows_registration_after_webauthn_default_browser_return_url =
    "kratos_selfservice_flows_registration_after_webauthn_default_browser_return_url"
    optional, kratos_selfservice_flows_registration_enabled =
    "kratos_selfservice_flows_registration_enabled" optional,
    kratos_selfservice_flows_registration_lifespan =
    "kratos_selfservice_flows_registration_lifespan" optional,
    kratos_selfservice_flows_registration_ui_url =
    "kratos_selfservice_flows_registration_ui_url" optional,
    kratos_selfservice_flows_settings_after_default_browser_return_url =
    "kratos_selfservice_flows_settings_after_default_browser_return_url" optional,
    kratos_selfservice_flows_settings_after_password_default_browser_return_url =
    "kratos_selfservice_flows_settings_after_password_default_browser_return_url"
    optional, kratos_selfservice_flows_settings_after_profile_default_browser_return_url
    = "kratos_selfservice_flows_settings_after_profile_default_browser_return_url"
    optional, kratos_selfservice_flows_settings_lifespan =
    "kratos_selfservice_flows_settings_lifespan" optional,
    kratos_selfservice_flows_settings_privileged_session_max_age =
    "kratos_selfservice_flows_settings_privileged_session_max_age" optional,
    kratos_selfservice_flows_settings_required_aal =
    "kratos_selfservice_flows_settings_required_aal" optional,
    kratos_selfservice_flows_settings_ui_url = "kratos_selfservice_flows_settings_ui_url"
    optional, kratos_selfservice_flows_verification_after_default_browser_return_url =
    "kratos_selfservice_flows_verification_after_default_browser_return_url" optional,
    kratos_selfservice_flows_verification_enabled =
    "kratos_selfservice_flows_verification_enabled" optional,
    kratos_selfservice_flows_verification_lifespan =
    "kratos_selfservice_flows_verification_lifespan" optional,
    kratos_selfservice_flows_verification_notify_unknown_recipients =
    "kratos_selfservice_flows_verification_notify_unknown_recipients" optional,
    kratos_selfservice_flows_verification_ui_url =
    "kratos_selfservice_flows_verification_ui_url" optional,
    kratos_selfservice_flows_verification_use =
    "kratos_selfservice_flows_verification_use" optional,
    kratos_selfservice_methods_code_config_lifespan =
    "kratos_selfservice_methods_code_config_lifespan" optional,
    kratos_selfservice_methods_code_enabled = "kratos_selfservice_methods_code_enabled"
    optional, kratos_selfservice_methods_link_config_base_url =
    "kratos_selfservice_methods_link_config_base_url" optional,
    kratos_selfservice_methods_link_config_lifespan =
    "kratos_selfservice_methods_link_config_lifespan" optional,
    kratos_selfservice_methods_link_enabled = "kratos_selfservice_methods_link_enabled"
    optional, kratos_selfservice_methods_lookup_secret_enabled =
    "kratos_selfservice_methods_lookup_secret_enabled" optional,
    kratos_selfservice_methods_oidc_config_base_redirect_uri =
    "kratos_selfservice_methods_oidc_config_base_redirect_uri" optional,
    kratos_selfservice_methods_oidc_config_providers =
    "kratos_selfservice_methods_oidc_config_providers" optional,
    kratos_selfservice_methods_oidc_enabled = "kratos_selfservice_methods_oidc_enabled"
    optional, kratos_selfservice_methods_password_config_haveibeenpwned_enabled =
    "kratos_selfservice_methods_password_config_haveibeenpwned_enabled" optional,
    kratos_selfservice_methods_password_config_identifier_similarity_check_enabled =
    "kratos_selfservice_methods_password_config_identifier_similarity_check_enabled"
    optional, kratos_selfservice_methods_password_config_ignore_network_errors =
    "kratos_selfservice_methods_password_config_ignore_network_errors" optional,
    kratos_selfservice_methods_password_config_max_breaches =
    "kratos_selfservice_methods_password_config_max_breaches" optional,
    kratos_selfservice_methods_password_config_min_password_length =
    "kratos_selfservice_methods_password_config_min_password_length" optional,
    kratos_selfservice_methods_password_enabled =
    "kratos_selfservice_methods_password_enabled" optional,
    kratos_selfservice_methods_profile_enabled =
    "kratos_selfservice_methods_profile_enabled" optional,
    kratos_selfservice_methods_totp_config_issuer =
    "kratos_selfservice_methods_totp_config_issuer" optional,
    kratos_selfservice_methods_totp_enabled = "kratos_selfservice_methods_totp_enabled"
    optional, kratos_selfservice_methods_webauthn_config_passwordless =
    "kratos_selfservice_methods_webauthn_config_passwordless" optional,
    kratos_selfservice_methods_webauthn_config_rp_display_name =
    "kratos_selfservice_methods_webauthn_config_rp_display_name" optional,
    kratos_selfservice_methods_webauthn_config_rp_icon =
    "kratos_selfservice_methods_webauthn_config_rp_icon" optional,
    kratos_selfservice_methods_webauthn_config_rp_id =
    "kratos_selfservice_methods_webauthn_config_rp_id" optional,
    kratos_selfservice_methods_webauthn_config_rp_origin =
    "kratos_selfservice_methods_webauthn_config_rp_origin" optional,
    kratos_selfservice_methods_webauthn_enabled =
    "kratos_selfservice_methods_webauthn_enabled" optional,
    kratos_session_cookie_persistent = "kratos_session_cookie_persistent" optional,
    kratos_session_cookie_same_site = "kratos_session_cookie_same_site" optional,
    kratos_session_lifespan = "kratos_session_lifespan" optional,
    kratos_session_whoami_required_aal = "kratos_session_whoami_required_aal" optional,
    name = "name" required, production = "production" optional, project_id = "project_id"
    optional, serve_admin_cors_allowed_origins = "serve_admin_cors_allowed_origins"
    optional, serve_admin_cors_enabled = "serve_admin_cors_enabled" optional,
    serve_public_cors_allowed_origins = "serve_public_cors_allowed_origins" optional,
    serve_public_cors_enabled = "serve_public_cors_enabled" optional, updated_at =
    "updated_at" optional, }
}

/// Schema `normalizedProjectRevisionHook`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct NormalizedProjectRevisionHook {
    /// The Hooks Config Key
    pub config_key: ::std::string::String,
    /// The Project's Revision Creation Date
    ///
    /// Read-only: sent by the server only.
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// The Hook Type
    pub hook: ::std::string::String,
    /// ID of the entry
    pub id: ::std::option::Option<::uuid::Uuid>,
    /// The Revision's ID this schema belongs to
    pub project_revision_id: ::std::option::Option<::uuid::Uuid>,
    /// Last Time Project's Revision was Updated
    ///
    /// Read-only: sent by the server only.
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Whether to send the API Key in the HTTP Header or as a HTTP Cookie
    pub web_hook_config_auth_api_key_in: ::std::option::Option<::std::string::String>,
    /// The name of the api key
    pub web_hook_config_auth_api_key_name: ::std::option::Option<::std::string::String>,
    /// The value of the api key
    pub web_hook_config_auth_api_key_value: ::std::option::Option<::std::string::String>,
    /// The password to be sent in the HTTP Basic Auth Header
    pub web_hook_config_auth_basic_auth_password: ::std::option::Option<
        ::std::string::String,
    >,
    /// The username to be sent in the HTTP Basic Auth Header
    pub web_hook_config_auth_basic_auth_user: ::std::option::Option<
        ::std::string::String,
    >,
    /// HTTP Auth Method to use for the Web-Hook
    pub web_hook_config_auth_type: ::std::option::Option<::std::string::String>,
    /// URI pointing to the JsonNet template used for Web-Hook payload generation. Only used for those HTTP methods, which support HTTP body payloads.
    pub web_hook_config_body: ::std::option::Option<::std::string::String>,
    /// If enabled allows the web hook to interrupt / abort the self-service flow. It only applies to certain flows (registration/verification/login/settings) and requires a valid response format.
    pub web_hook_config_can_interrupt: ::std::option::Option<bool>,
    /// The HTTP method to use (GET, POST, etc) for the Web-Hook
    pub web_hook_config_method: ::std::option::Option<::std::string::String>,
    /// Whether to ignore the Web Hook response
    pub web_hook_config_response_ignore: ::std::option::Option<bool>,
    /// Whether to parse the Web Hook response
    pub web_hook_config_response_parse: ::std::option::Option<bool>,
    /// The URL the Web-Hook should call
    pub web_hook_config_url: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    NormalizedProjectRevisionHook { config_key = "config_key" required, created_at =
    "created_at" optional, hook = "hook" required, id = "id" optional,
    project_revision_id = "project_revision_id" optional, updated_at = "updated_at"
    optional, web_hook_config_auth_api_key_in = "web_hook_config_auth_api_key_in"
    optional, web_hook_config_auth_api_key_name = "web_hook_config_auth_api_key_name"
    optional, web_hook_config_auth_api_key_value = "web_hook_config_auth_api_key_value"
    optional, web_hook_config_auth_basic_auth_password =
    "web_hook_config_auth_basic_auth_password" optional,
    web_hook_config_auth_basic_auth_user = "web_hook_config_auth_basic_auth_user"
    optional, web_hook_config_auth_type = "web_hook_config_auth_type" optional,
    web_hook_config_body = "web_hook_config_body" optional, web_hook_config_can_interrupt
    = "web_hook_config_can_interrupt" optional, web_hook_config_method =
    "web_hook_config_method" optional, web_hook_config_response_ignore =
    "web_hook_config_response_ignore" optional, web_hook_config_response_parse =
    "web_hook_config_response_parse" optional, web_hook_config_url =
    "web_hook_config_url" optional, }
}

/// Schema `normalizedProjectRevisionIdentitySchema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct NormalizedProjectRevisionIdentitySchema {
    /// The Project's Revision Creation Date
    ///
    /// Read-only: sent by the server only.
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// The unique ID of this entry.
    pub id: ::std::option::Option<::uuid::Uuid>,
    pub identity_schema: ::std::option::Option<ManagedIdentitySchema>,
    pub identity_schema_id: NullUuid,
    /// The imported (named) ID of the Identity Schema referenced in the Ory Kratos config.
    pub import_id: ::std::option::Option<::std::string::String>,
    /// The ImportURL can be used to import an Identity Schema from a bse64 encoded string.
    /// In the future, this key also support HTTPS and other sources!
    ///
    /// If you import an Ory Kratos configuration, this would be akin to the `identity.schemas.#.url` key.
    ///
    /// The configuration will always return the import URL when you fetch it from the API.
    pub import_url: ::std::option::Option<::std::string::String>,
    /// If true sets the default schema for identities
    ///
    /// Only one schema can ever be the default schema. If you
    /// try to add two schemas with default to true, the
    /// request will fail.
    pub is_default: ::std::option::Option<bool>,
    /// Use a preset instead of a custom identity schema.
    pub preset: ::std::option::Option<::std::string::String>,
    /// The Revision's ID this schema belongs to
    pub project_revision_id: ::std::option::Option<::uuid::Uuid>,
    /// Last Time Project's Revision was Updated
    ///
    /// Read-only: sent by the server only.
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    NormalizedProjectRevisionIdentitySchema { created_at = "created_at" optional, id =
    "id" optional, identity_schema = "identity_schema" optional, identity_schema_id =
    "identity_schema_id" optional, import_id = "import_id" optional, import_url =
    "import_url" optional, is_default = "is_default" optional, preset = "preset"
    optional, project_revision_id = "project_revision_id" optional, updated_at =
    "updated_at" optional, }
}

/// Schema `normalizedProjectRevisionIdentitySchemas`.
pub type NormalizedProjectRevisionIdentitySchemas = ::std::vec::Vec<
    NormalizedProjectRevisionIdentitySchema,
>;

/// Schema `normalizedProjectRevisionThirdPartyProvider`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct NormalizedProjectRevisionThirdPartyProvider {
    pub apple_private_key: String,
    /// Apple Private Key Identifier
    ///
    /// Sign In with Apple Private Key Identifier needed for generating a JWT token for client secret
    pub apple_private_key_id: ::std::option::Option<::std::string::String>,
    /// Apple Developer Team ID
    ///
    /// Apple Developer Team ID needed for generating a JWT token for client secret
    pub apple_team_id: ::std::option::Option<::std::string::String>,
    /// AuthURL is the authorize url, typically something like: <https://example.org/oauth2/auth>
    /// Should only be used when the OAuth2 / OpenID Connect server is not supporting OpenID Connect Discovery and when
    /// `provider` is set to `generic`.
    pub auth_url: ::std::option::Option<::std::string::String>,
    /// Tenant is the Azure AD Tenant to use for authentication, and must be set when `provider` is set to `microsoft`.
    ///
    /// Can be either `common`, `organizations`, `consumers` for a multitenant application or a specific tenant like
    /// `8eaef023-2b34-4da1-9baa-8bc8c9d6a490` or `contoso.onmicrosoft.com`.
    pub azure_tenant: ::std::option::Option<::std::string::String>,
    /// ClientID is the application's Client ID.
    pub client_id: ::std::option::Option<::std::string::String>,
    pub client_secret: String,
    /// The Project's Revision Creation Date
    ///
    /// Read-only: sent by the server only.
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub id: ::std::option::Option<::uuid::Uuid>,
    /// IssuerURL is the OpenID Connect Server URL. You can leave this empty if `provider` is not set to `generic`.
    /// If set, neither `auth_url` nor `token_url` are required.
    pub issuer_url: ::std::option::Option<::std::string::String>,
    /// Label represents an optional label which can be used in the UI generation.
    pub label: ::std::option::Option<::std::string::String>,
    /// Mapper specifies the JSONNet code snippet which uses the OpenID Connect Provider's data (e.g. GitHub or Google
    /// profile information) to hydrate the identity's data.
    ///
    /// It can be either a URL (file://, http(s)://, base64://) or an inline JSONNet code snippet.
    pub mapper_url: ::std::option::Option<::std::string::String>,
    /// The Revision's ID this schema belongs to
    pub project_revision_id: ::std::option::Option<::uuid::Uuid>,
    /// Provider is either "generic" for a generic OAuth 2.0 / OpenID Connect Provider or one of:
    /// generic
    /// google
    /// github
    /// gitlab
    /// microsoft
    /// discord
    /// slack
    /// facebook
    /// vk
    /// yandex
    /// apple
    pub provider: ::std::option::Option<::std::string::String>,
    /// ID is the provider's ID
    pub provider_id: ::std::option::Option<::std::string::String>,
    pub requested_claims: ::std::option::Option<JsonRawMessage>,
    pub scope: ::std::option::Option<StringSliceJsonFormat>,
    /// State indicates the state of the provider
    ///
    /// Only providers with state `enabled` will be used for authentication
    /// enabled ThirdPartyProviderStateEnabled
    /// disabled ThirdPartyProviderStateDisabled
    pub state: ::std::option::Option<NormalizedProjectRevisionThirdPartyProviderState>,
    pub subject_source: String,
    /// TokenURL is the token url, typically something like: <https://example.org/oauth2/token>
    ///
    /// Should only be used when the OAuth2 / OpenID Connect server is not supporting OpenID Connect Discovery and when
    /// `provider` is set to `generic`.
    pub token_url: ::std::option::Option<::std::string::String>,
    /// Last Time Project's Revision was Updated
    ///
    /// Read-only: sent by the server only.
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    NormalizedProjectRevisionThirdPartyProvider { apple_private_key = "apple_private_key"
    optional, apple_private_key_id = "apple_private_key_id" optional, apple_team_id =
    "apple_team_id" optional, auth_url = "auth_url" optional, azure_tenant =
    "azure_tenant" optional, client_id = "client_id" optional, client_secret =
    "client_secret" optional, created_at = "created_at" optional, id = "id" optional,
    issuer_url = "issuer_url" optional, label = "label" optional, mapper_url =
    "mapper_url" optional, project_revision_id = "project_revision_id" optional, provider
    = "provider" optional, provider_id = "provider_id" optional, requested_claims =
    "requested_claims" optional, scope = "scope" optional, state = "state" optional,
    subject_source = "subject_source" optional, token_url = "token_url" optional,
    updated_at = "updated_at" optional, }
}

/// Schema `normalizedProjects`.
pub type NormalizedProjects = ::std::vec::Vec<NormalizedProject>;

/// Schema `nullBool`.
pub type NullBool2 = ::std::option::Option<bool>;

/// Schema `nullDuration`.
pub type NullDuration2 = ::std::option::Option<::std::string::String>;

/// Schema `nullInt64`.
pub type NullInt64 = ::std::option::Option<i64>;

/// NullJSONRawMessage represents a json.RawMessage that works well with JSON, SQL, and Swagger and is NULLable-
///
/// Schema `nullJsonRawMessage`.
pub type NullJsonRawMessage = ::std::option::Option<
    ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
>;

/// Schema `nullString`.
pub type NullString2 = ::std::string::String;

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
    pub authorization_code_grant_access_token_lifespan: NullDuration,
    pub authorization_code_grant_id_token_lifespan: NullDuration,
    pub authorization_code_grant_refresh_token_lifespan: NullDuration,
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
    pub client_credentials_grant_access_token_lifespan: NullDuration,
    /// OAuth 2.0 Client ID
    ///
    /// The ID is autogenerated and immutable.
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
    pub implicit_grant_access_token_lifespan: NullDuration,
    pub implicit_grant_id_token_lifespan: NullDuration,
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
    pub jwt_bearer_grant_access_token_lifespan: NullDuration,
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
    pub refresh_token_grant_access_token_lifespan: NullDuration,
    pub refresh_token_grant_id_token_lifespan: NullDuration,
    pub refresh_token_grant_refresh_token_lifespan: NullDuration,
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
    "skip_consent" optional, subject_type = "subject_type" optional,
    token_endpoint_auth_method = "token_endpoint_auth_method" optional,
    token_endpoint_auth_signing_alg = "token_endpoint_auth_signing_alg" optional, tos_uri
    = "tos_uri" optional, updated_at = "updated_at" optional,
    userinfo_signed_response_alg = "userinfo_signed_response_alg" optional, }
}

/// OAuth 2.0 Client Token Lifespans
///
/// Lifespans of different token types issued for this OAuth 2.0 Client.
///
/// Schema `oAuth2ClientTokenLifespans`.
#[derive(Clone, Default)]
pub struct OAuth2ClientTokenLifespans {
    pub authorization_code_grant_access_token_lifespan: NullDuration,
    pub authorization_code_grant_id_token_lifespan: NullDuration,
    pub authorization_code_grant_refresh_token_lifespan: NullDuration,
    pub client_credentials_grant_access_token_lifespan: NullDuration,
    pub implicit_grant_access_token_lifespan: NullDuration,
    pub implicit_grant_id_token_lifespan: NullDuration,
    pub jwt_bearer_grant_access_token_lifespan: NullDuration,
    pub refresh_token_grant_access_token_lifespan: NullDuration,
    pub refresh_token_grant_id_token_lifespan: NullDuration,
    pub refresh_token_grant_refresh_token_lifespan: NullDuration,
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
    OAuth2ConsentSession { consent_request = "consent_request" optional, expires_at =
    "expires_at" optional, grant_access_token_audience = "grant_access_token_audience"
    optional, grant_scope = "grant_scope" optional, handled_at = "handled_at" optional,
    remember = "remember" optional, remember_for = "remember_for" optional, session =
    "session" optional, }
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
    pub requested_access_token_audience: StringSliceJsonFormat,
    pub requested_scope: StringSliceJsonFormat,
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
    requested_access_token_audience = "requested_access_token_audience" required,
    requested_scope = "requested_scope" required, session_id = "session_id" optional,
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
    pub id_token: ::std::option::Option<i64>,
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
    "code_challenge_methods_supported" optional, end_session_endpoint =
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
    /// Pagination Page
    ///
    /// This value is currently an integer, but it is not sequential. The value is not the page number, but a
    /// reference. The next page can be any number and some numbers might return an empty list.
    ///
    /// For example, page 2 might not follow after page 1. And even if page 3 and 5 exist, but page 4 might not exist.
    pub page: ::std::option::Option<i64>,
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
    /// Items per Page
    ///
    /// This is the number of items per page.
    pub per_page: ::std::option::Option<i64>,
}
crate::runtime::object! {
    Pagination { page = "page" optional, page_size = "page_size" optional, page_token =
    "page_token" optional, per_page = "per_page" optional, }
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

/// Patch Identities Body
///
/// Schema `patchIdentitiesBody`.
#[derive(Clone, Default)]
pub struct PatchIdentitiesBody {
    /// Identities holds the list of patches to apply
    ///
    /// required
    pub identities: ::std::option::Option<::std::vec::Vec<IdentityPatch>>,
}
crate::runtime::object! {
    PatchIdentitiesBody { identities = "identities" optional, }
}

/// Perform Native Logout Request Body
///
/// Schema `performNativeLogoutBody`.
#[derive(Clone, Default)]
pub struct PerformNativeLogoutBody {
    /// The Session Token
    ///
    /// Invalidate this session token.
    pub session_token: ::std::string::String,
}
crate::runtime::object! {
    PerformNativeLogoutBody { session_token = "session_token" required, }
}

/// Get Permissions on Project Request Parameters
///
/// Schema `permissionsOnProject`.
pub type PermissionsOnProject = ::std::collections::BTreeMap<
    ::std::string::String,
    bool,
>;

/// Schema `plans`.
pub type Plans = Pricing;

/// Check Permission using Post Request Body
///
/// Schema `postCheckPermissionBody`.
#[derive(Clone, Default)]
pub struct PostCheckPermissionBody {
    /// Namespace to query
    pub namespace: ::std::option::Option<::std::string::String>,
    /// Object to query
    pub object: ::std::option::Option<::std::string::String>,
    /// Relation to query
    pub relation: ::std::option::Option<::std::string::String>,
    /// SubjectID to query
    ///
    /// Either SubjectSet or SubjectID can be provided.
    pub subject_id: ::std::option::Option<::std::string::String>,
    pub subject_set: ::std::option::Option<SubjectSet>,
}
crate::runtime::object! {
    PostCheckPermissionBody { namespace = "namespace" optional, object = "object"
    optional, relation = "relation" optional, subject_id = "subject_id" optional,
    subject_set = "subject_set" optional, }
}

/// Post Check Permission Or Error Body
///
/// Schema `postCheckPermissionOrErrorBody`.
#[derive(Clone, Default)]
pub struct PostCheckPermissionOrErrorBody {
    /// Namespace to query
    pub namespace: ::std::option::Option<::std::string::String>,
    /// Object to query
    pub object: ::std::option::Option<::std::string::String>,
    /// Relation to query
    pub relation: ::std::option::Option<::std::string::String>,
    /// SubjectID to query
    ///
    /// Either SubjectSet or SubjectID can be provided.
    pub subject_id: ::std::option::Option<::std::string::String>,
    pub subject_set: ::std::option::Option<SubjectSet>,
}
crate::runtime::object! {
    PostCheckPermissionOrErrorBody { namespace = "namespace" optional, object = "object"
    optional, relation = "relation" optional, subject_id = "subject_id" optional,
    subject_set = "subject_set" optional, }
}

/// Schema `project`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Project {
    /// The project's ID.
    ///
    /// Read-only: sent by the server only.
    pub id: ::uuid::Uuid,
    /// The name of the project.
    pub name: ::std::string::String,
    /// The configuration revision ID.
    ///
    /// Read-only: sent by the server only.
    pub revision_id: ::uuid::Uuid,
    pub services: ProjectServices,
    /// The project's slug
    ///
    /// Read-only: sent by the server only.
    pub slug: ::std::string::String,
    /// The state of the project.
    /// running Running
    /// halted Halted
    /// deleted Deleted
    ///
    /// Read-only: sent by the server only.
    pub state: NormalizedProjectState,
}
crate::runtime::object! {
    Project { id = "id" required, name = "name" required, revision_id = "revision_id"
    required, services = "services" required, slug = "slug" required, state = "state"
    required, }
}

/// Schema `projectApiKey`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ProjectApiKey {
    /// The token's creation date
    ///
    /// Read-only: sent by the server only.
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// The token's ID.
    ///
    /// Read-only: sent by the server only.
    pub id: ::uuid::Uuid,
    /// The Token's Name
    ///
    /// Set this to help you remember, for example, where you use the token.
    pub name: ::std::string::String,
    /// The token's owner
    ///
    /// Read-only: sent by the server only.
    pub owner_id: ::uuid::Uuid,
    /// The Token's Project ID
    ///
    /// Read-only: sent by the server only.
    pub project_id: ::std::option::Option<::uuid::Uuid>,
    /// The token's last update date
    ///
    /// Read-only: sent by the server only.
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// The token's value
    ///
    /// Read-only: sent by the server only.
    pub value: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ProjectApiKey { created_at = "created_at" optional, id = "id" required, name = "name"
    required, owner_id = "owner_id" required, project_id = "project_id" optional,
    updated_at = "updated_at" optional, value = "value" optional, }
}

/// Schema `projectApiKeys`.
pub type ProjectApiKeys = ::std::vec::Vec<ProjectApiKey>;

/// ProjectBranding holds all settings for customizing the Ory Account Experience.
///
/// Schema `projectBranding`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ProjectBranding {
    /// The Customization Creation Date
    ///
    /// Read-only: sent by the server only.
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    pub default_theme: ProjectBrandingTheme,
    /// The customization ID.
    ///
    /// Read-only: sent by the server only.
    pub id: ::uuid::Uuid,
    /// The Project's ID this customization is associated with
    pub project_id: ::uuid::Uuid,
    pub themes: ProjectBrandingThemes,
    /// Last Time Branding was Updated
    ///
    /// Read-only: sent by the server only.
    pub updated_at: ::chrono::DateTime<::chrono::Utc>,
}
crate::runtime::object! {
    ProjectBranding { created_at = "created_at" required, default_theme = "default_theme"
    required, id = "id" required, project_id = "project_id" required, themes = "themes"
    required, updated_at = "updated_at" required, }
}

/// ProjectBrandingColors are the colors used by the Ory Account Experience theme.
///
/// Schema `projectBrandingColors`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ProjectBrandingColors {
    /// AccentDefaultColor is a hex color code used by the Ory Account Experience theme.
    pub accent_default_color: ::std::option::Option<::std::string::String>,
    /// AccentDisabledColor is a hex color code used by the Ory Account Experience theme.
    pub accent_disabled_color: ::std::option::Option<::std::string::String>,
    /// AccentEmphasisColor is a hex color code used by the Ory Account Experience theme.
    pub accent_emphasis_color: ::std::option::Option<::std::string::String>,
    /// AccentMutedColor is a hex color code used by the Ory Account Experience theme.
    pub accent_muted_color: ::std::option::Option<::std::string::String>,
    /// AccentSubtleColor is a hex color code used by the Ory Account Experience theme.
    pub accent_subtle_color: ::std::option::Option<::std::string::String>,
    /// BackgroundCanvasColor is a hex color code used by the Ory Account Experience theme.
    pub background_canvas_color: ::std::option::Option<::std::string::String>,
    /// BackgroundSubtleColor is a hex color code used by the Ory Account Experience theme.
    pub background_subtle_color: ::std::option::Option<::std::string::String>,
    /// BackgroundSurfaceColor is a hex color code used by the Ory Account Experience theme.
    pub background_surface_color: ::std::option::Option<::std::string::String>,
    /// BorderDefaultColor is a hex color code used by the Ory Account Experience theme.
    pub border_default_color: ::std::option::Option<::std::string::String>,
    /// ErrorDefaultColor is a hex color code used by the Ory Account Experience theme.
    pub error_default_color: ::std::option::Option<::std::string::String>,
    /// ErrorEmphasisColor is a hex color code used by the Ory Account Experience theme.
    pub error_emphasis_color: ::std::option::Option<::std::string::String>,
    /// ErrorMutedColor is a hex color code used by the Ory Account Experience theme.
    pub error_muted_color: ::std::option::Option<::std::string::String>,
    /// ErrorSubtleColor is a hex color code used by the Ory Account Experience theme.
    pub error_subtle_color: ::std::option::Option<::std::string::String>,
    /// ForegroundDefaultColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_default_color: ::std::option::Option<::std::string::String>,
    /// ForegroundDisabledColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_disabled_color: ::std::option::Option<::std::string::String>,
    /// ForegroundMutedColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_muted_color: ::std::option::Option<::std::string::String>,
    /// ForegroundOnAccentColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_on_accent_color: ::std::option::Option<::std::string::String>,
    /// ForegroundOnDarkColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_on_dark_color: ::std::option::Option<::std::string::String>,
    /// ForegroundOnDisabledColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_on_disabled_color: ::std::option::Option<::std::string::String>,
    /// ForegroundSubtleColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_subtle_color: ::std::option::Option<::std::string::String>,
    /// InputBackgroundColor is a hex color code used by the Ory Account Experience theme.
    pub input_background_color: ::std::option::Option<::std::string::String>,
    /// InputDisabledColor is a hex color code used by the Ory Account Experience theme.
    pub input_disabled_color: ::std::option::Option<::std::string::String>,
    /// InputPlaceholderColor is a hex color code used by the Ory Account Experience theme.
    pub input_placeholder_color: ::std::option::Option<::std::string::String>,
    /// InputTextColor is a hex color code used by the Ory Account Experience theme.
    pub input_text_color: ::std::option::Option<::std::string::String>,
    /// Primary color is an hsla color value used to derive the other colors from for the Ory Account Experience theme.
    pub primary_color: ::std::option::Option<::std::string::String>,
    /// Secondary color is a hsla color code used to derive the other colors from for the Ory Account Experience theme.
    pub secondary_color: ::std::option::Option<::std::string::String>,
    /// SuccessEmphasisColor is a hex color code used by the Ory Account Experience theme.
    pub success_emphasis_color: ::std::option::Option<::std::string::String>,
    /// TextDefaultColor is a hex color code used by the Ory Account Experience theme.
    pub text_default_color: ::std::option::Option<::std::string::String>,
    /// TextDisabledColor is a hex color code used by the Ory Account Experience theme.
    pub text_disabled_color: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    ProjectBrandingColors { accent_default_color = "accent_default_color" optional,
    accent_disabled_color = "accent_disabled_color" optional, accent_emphasis_color =
    "accent_emphasis_color" optional, accent_muted_color = "accent_muted_color" optional,
    accent_subtle_color = "accent_subtle_color" optional, background_canvas_color =
    "background_canvas_color" optional, background_subtle_color =
    "background_subtle_color" optional, background_surface_color =
    "background_surface_color" optional, border_default_color = "border_default_color"
    optional, error_default_color = "error_default_color" optional, error_emphasis_color
    = "error_emphasis_color" optional, error_muted_color = "error_muted_color" optional,
    error_subtle_color = "error_subtle_color" optional, foreground_default_color =
    "foreground_default_color" optional, foreground_disabled_color =
    "foreground_disabled_color" optional, foreground_muted_color =
    "foreground_muted_color" optional, foreground_on_accent_color =
    "foreground_on_accent_color" optional, foreground_on_dark_color =
    "foreground_on_dark_color" optional, foreground_on_disabled_color =
    "foreground_on_disabled_color" optional, foreground_subtle_color =
    "foreground_subtle_color" optional, input_background_color = "input_background_color"
    optional, input_disabled_color = "input_disabled_color" optional,
    input_placeholder_color = "input_placeholder_color" optional, input_text_color =
    "input_text_color" optional, primary_color = "primary_color" optional,
    secondary_color = "secondary_color" optional, success_emphasis_color =
    "success_emphasis_color" optional, text_default_color = "text_default_color"
    optional, text_disabled_color = "text_disabled_color" optional, }
}

/// ProjectBrandingTheme represents a Theme for the Ory Account Experience.
///
/// Schema `projectBrandingTheme`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ProjectBrandingTheme {
    /// AccentDefaultColor is a hex color code used by the Ory Account Experience theme.
    pub accent_default_color: ::std::option::Option<::std::string::String>,
    /// AccentDisabledColor is a hex color code used by the Ory Account Experience theme.
    pub accent_disabled_color: ::std::option::Option<::std::string::String>,
    /// AccentEmphasisColor is a hex color code used by the Ory Account Experience theme.
    pub accent_emphasis_color: ::std::option::Option<::std::string::String>,
    /// AccentMutedColor is a hex color code used by the Ory Account Experience theme.
    pub accent_muted_color: ::std::option::Option<::std::string::String>,
    /// AccentSubtleColor is a hex color code used by the Ory Account Experience theme.
    pub accent_subtle_color: ::std::option::Option<::std::string::String>,
    /// BackgroundCanvasColor is a hex color code used by the Ory Account Experience theme.
    pub background_canvas_color: ::std::option::Option<::std::string::String>,
    /// BackgroundSubtleColor is a hex color code used by the Ory Account Experience theme.
    pub background_subtle_color: ::std::option::Option<::std::string::String>,
    /// BackgroundSurfaceColor is a hex color code used by the Ory Account Experience theme.
    pub background_surface_color: ::std::option::Option<::std::string::String>,
    /// BorderDefaultColor is a hex color code used by the Ory Account Experience theme.
    pub border_default_color: ::std::option::Option<::std::string::String>,
    /// The Customiation Creation Date
    ///
    /// Read-only: sent by the server only.
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    /// ErrorDefaultColor is a hex color code used by the Ory Account Experience theme.
    pub error_default_color: ::std::option::Option<::std::string::String>,
    /// ErrorEmphasisColor is a hex color code used by the Ory Account Experience theme.
    pub error_emphasis_color: ::std::option::Option<::std::string::String>,
    /// ErrorMutedColor is a hex color code used by the Ory Account Experience theme.
    pub error_muted_color: ::std::option::Option<::std::string::String>,
    /// ErrorSubtleColor is a hex color code used by the Ory Account Experience theme.
    pub error_subtle_color: ::std::option::Option<::std::string::String>,
    /// ForegroundDefaultColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_default_color: ::std::option::Option<::std::string::String>,
    /// ForegroundDisabledColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_disabled_color: ::std::option::Option<::std::string::String>,
    /// ForegroundMutedColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_muted_color: ::std::option::Option<::std::string::String>,
    /// ForegroundOnAccentColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_on_accent_color: ::std::option::Option<::std::string::String>,
    /// ForegroundOnDarkColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_on_dark_color: ::std::option::Option<::std::string::String>,
    /// ForegroundOnDisabledColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_on_disabled_color: ::std::option::Option<::std::string::String>,
    /// ForegroundSubtleColor is a hex color code used by the Ory Account Experience theme.
    pub foreground_subtle_color: ::std::option::Option<::std::string::String>,
    /// The customization theme ID.
    ///
    /// Read-only: sent by the server only.
    pub id: ::uuid::Uuid,
    /// InputBackgroundColor is a hex color code used by the Ory Account Experience theme.
    pub input_background_color: ::std::option::Option<::std::string::String>,
    /// InputDisabledColor is a hex color code used by the Ory Account Experience theme.
    pub input_disabled_color: ::std::option::Option<::std::string::String>,
    /// InputPlaceholderColor is a hex color code used by the Ory Account Experience theme.
    pub input_placeholder_color: ::std::option::Option<::std::string::String>,
    /// InputTextColor is a hex color code used by the Ory Account Experience theme.
    pub input_text_color: ::std::option::Option<::std::string::String>,
    /// Logo Type
    /// The Logo mime type.
    pub logo_type: ::std::option::Option<::std::string::String>,
    /// Logo URL
    /// Logo can be an https:// or base64:// URL. If the URL is not allowed, the logo will be stored inside the Ory Network storage bucket.
    pub logo_url: ::std::option::Option<::std::string::String>,
    /// The customization theme name.
    pub name: ::std::string::String,
    /// Primary color is an hsla color value used to derive the other colors from for the Ory Account Experience theme.
    pub primary_color: ::std::option::Option<::std::string::String>,
    /// The ProjectBranding ID this customization is associated with
    pub project_branding_id: ::uuid::Uuid,
    /// Secondary color is a hsla color code used to derive the other colors from for the Ory Account Experience theme.
    pub secondary_color: ::std::option::Option<::std::string::String>,
    /// SuccessEmphasisColor is a hex color code used by the Ory Account Experience theme.
    pub success_emphasis_color: ::std::option::Option<::std::string::String>,
    /// TextDefaultColor is a hex color code used by the Ory Account Experience theme.
    pub text_default_color: ::std::option::Option<::std::string::String>,
    /// TextDisabledColor is a hex color code used by the Ory Account Experience theme.
    pub text_disabled_color: ::std::option::Option<::std::string::String>,
    /// Last Time Branding was Updated
    ///
    /// Read-only: sent by the server only.
    pub updated_at: ::chrono::DateTime<::chrono::Utc>,
}
crate::runtime::object! {
    ProjectBrandingTheme { accent_default_color = "accent_default_color" optional,
    accent_disabled_color = "accent_disabled_color" optional, accent_emphasis_color =
    "accent_emphasis_color" optional, accent_muted_color = "accent_muted_color" optional,
    accent_subtle_color = "accent_subtle_color" optional, background_canvas_color =
    "background_canvas_color" optional, background_subtle_color =
    "background_subtle_color" optional, background_surface_color =
    "background_surface_color" optional, border_default_color = "border_default_color"
    optional, created_at = "created_at" required, error_default_color =
    "error_default_color" optional, error_emphasis_color = "error_emphasis_color"
    optional, error_muted_color = "error_muted_color" optional, error_subtle_color =
    "error_subtle_color" optional, foreground_default_color = "foreground_default_color"
    optional, foreground_disabled_color = "foreground_disabled_color" optional,
    foreground_muted_color = "foreground_muted_color" optional,
    foreground_on_accent_color = "foreground_on_accent_color" optional,
    foreground_on_dark_color = "foreground_on_dark_color" optional,
    foreground_on_disabled_color = "foreground_on_disabled_color" optional,
    foreground_subtle_color = "foreground_subtle_color" optional, id = "id" required,
    input_background_color = "input_background_color" optional, input_disabled_color =
    "input_disabled_color" optional, input_placeholder_color = "input_placeholder_color"
    optional, input_text_color = "input_text_color" optional, logo_type = "logo_type"
    optional, logo_url = "logo_url" optional, name = "name" required, primary_color =
    "primary_color" optional, project_branding_id = "project_branding_id" required,
    secondary_color = "secondary_color" optional, success_emphasis_color =
    "success_emphasis_color" optional, text_default_color = "text_default_color"
    optional, text_disabled_color = "text_disabled_color" optional, updated_at =
    "updated_at" required, }
}

/// ProjectBrandingThemes is a list of ProjectBrandingTheme.
///
/// Schema `projectBrandingThemes`.
pub type ProjectBrandingThemes = ::std::vec::Vec<ProjectBrandingTheme>;

/// Schema `projectHost`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ProjectHost {
    /// The project's host.
    pub host: ::std::string::String,
    /// The mapping's ID.
    ///
    /// Read-only: sent by the server only.
    pub id: ::uuid::Uuid,
    /// The Revision's Project ID
    pub project_id: ::uuid::Uuid,
}
crate::runtime::object! {
    ProjectHost { host = "host" required, id = "id" required, project_id = "project_id"
    required, }
}

/// Schema `projectInvite`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ProjectInvite {
    /// The Project's Revision Creation Date
    ///
    /// Read-only: sent by the server only.
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    /// The invite's ID.
    ///
    /// Read-only: sent by the server only.
    pub id: ::uuid::Uuid,
    /// The invitee's email
    pub invitee_email: ::std::string::String,
    pub invitee_id: NullUuid,
    /// The invite owner's email
    /// Usually the project's owner email
    pub owner_email: ::std::string::String,
    /// The invite owner's ID
    /// Usually the project's owner
    pub owner_id: ::uuid::Uuid,
    /// The Project's ID this invite is associated with
    pub project_id: ::uuid::Uuid,
    /// The invite's status
    /// Keeps track of the invites status such as pending, accepted, declined, expired
    /// pending PENDING
    /// accepted ACCEPTED
    /// declined DECLINED
    /// expired EXPIRED
    /// cancelled CANCELLED
    /// removed REMOVED
    pub status: ProjectInviteStatus,
    /// Last Time Project's Revision was Updated
    ///
    /// Read-only: sent by the server only.
    pub updated_at: ::chrono::DateTime<::chrono::Utc>,
}
crate::runtime::object! {
    ProjectInvite { created_at = "created_at" required, id = "id" required, invitee_email
    = "invitee_email" required, invitee_id = "invitee_id" optional, owner_email =
    "owner_email" required, owner_id = "owner_id" required, project_id = "project_id"
    required, status = "status" required, updated_at = "updated_at" required, }
}

/// Schema `projectInvites`.
pub type ProjectInvites = ::std::vec::Vec<ProjectInvite>;

/// Schema `projectMember`.
pub type ProjectMember = CloudAccount;

/// Schema `projectMembers`.
pub type ProjectMembers = ::std::vec::Vec<ProjectMember>;

/// Schema `projectMetadata`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ProjectMetadata {
    /// The Project's Creation Date
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    pub hosts: StringSliceJsonFormat,
    /// The project's ID.
    ///
    /// Read-only: sent by the server only.
    pub id: ::uuid::Uuid,
    /// The project's name if set
    pub name: ::std::string::String,
    /// The project's slug
    ///
    /// Read-only: sent by the server only.
    pub slug: ::std::option::Option<::std::string::String>,
    /// The state of the project.
    /// running Running
    /// halted Halted
    /// deleted Deleted
    pub state: NormalizedProjectState,
    pub subscription_id: NullUuid,
    pub subscription_plan: String,
    /// Last Time Project was Updated
    pub updated_at: ::chrono::DateTime<::chrono::Utc>,
}
crate::runtime::object! {
    ProjectMetadata { created_at = "created_at" required, hosts = "hosts" required, id =
    "id" required, name = "name" required, slug = "slug" optional, state = "state"
    required, subscription_id = "subscription_id" optional, subscription_plan =
    "subscription_plan" optional, updated_at = "updated_at" required, }
}

/// Schema `projectMetadataList`.
pub type ProjectMetadataList = ::std::vec::Vec<ProjectMetadata>;

/// Schema `projectRevisionHooks`.
pub type ProjectRevisionHooks = ::std::vec::Vec<NormalizedProjectRevisionHook>;

/// Schema `projectRevisionIdentitySchemas`.
pub type ProjectRevisionIdentitySchemas = ::std::vec::Vec<
    NormalizedProjectRevisionIdentitySchema,
>;

/// Schema `projectRevisionThirdPartyLoginProviders`.
pub type ProjectRevisionThirdPartyLoginProviders = ::std::vec::Vec<
    NormalizedProjectRevisionThirdPartyProvider,
>;

/// Schema `projectRevisions`.
pub type ProjectRevisions = ::std::vec::Vec<NormalizedProjectRevision>;

/// Schema `projectServiceIdentity`.
#[derive(Clone, Default)]
pub struct ProjectServiceIdentity {
    pub config: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
}
crate::runtime::object! {
    ProjectServiceIdentity { config = "config" required, }
}

/// Schema `projectServiceOAuth2`.
#[derive(Clone, Default)]
pub struct ProjectServiceOAuth2 {
    pub config: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
}
crate::runtime::object! {
    ProjectServiceOAuth2 { config = "config" required, }
}

/// Schema `projectServicePermission`.
#[derive(Clone, Default)]
pub struct ProjectServicePermission {
    pub config: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
}
crate::runtime::object! {
    ProjectServicePermission { config = "config" required, }
}

/// Schema `projectServices`.
#[derive(Clone, Default)]
pub struct ProjectServices {
    pub identity: ::std::option::Option<ProjectServiceIdentity>,
    pub oauth2: ::std::option::Option<ProjectServiceOAuth2>,
    pub permission: ::std::option::Option<ProjectServicePermission>,
}
crate::runtime::object! {
    ProjectServices { identity = "identity" optional, oauth2 = "oauth2" optional,
    permission = "permission" optional, }
}

/// Schema `projects`.
pub type Projects = ::std::vec::Vec<Project>;

/// Schema `quotaUsage`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct QuotaUsage {
    pub additional_price: i64,
    pub can_use_more: bool,
    /// region_eu RegionEU
    /// region_us RegionUS
    /// region_apac RegionAPAC
    /// region_global RegionGlobal
    /// production_projects ProductionProjects
    /// daily_active_users DailyActiveUsers
    /// custom_domains CustomDomains
    /// sla SLA
    /// collaborator_seats CollaboratorSeats
    /// edge_cache EdgeCache
    /// branding_themes BrandingThemes
    /// zendesk_support ZendeskSupport
    /// project_metrics ProjectMetrics
    /// rate_limit_tier RateLimitTier
    /// session_rate_limit_tier RateLimitTierSessions
    pub feature: QuotaUsageFeature,
    pub feature_available: bool,
    pub included: i64,
    pub used: i64,
}
crate::runtime::object! {
    QuotaUsage { additional_price = "additional_price" required, can_use_more =
    "can_use_more" required, feature = "feature" required, feature_available =
    "feature_available" required, included = "included" required, used = "used" required,
    }
}

/// Recovery Code for Identity
///
/// Used when an administrator creates a recovery code for an identity.
///
/// Schema `recoveryCodeForIdentity`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RecoveryCodeForIdentity {
    /// Expires At is the timestamp of when the recovery flow expires
    ///
    /// The timestamp when the recovery link expires.
    pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// RecoveryCode is the code that can be used to recover the account
    pub recovery_code: ::std::string::String,
    /// RecoveryLink with flow
    ///
    /// This link opens the recovery UI with an empty `code` field.
    pub recovery_link: ::std::string::String,
}
crate::runtime::object! {
    RecoveryCodeForIdentity { expires_at = "expires_at" optional, recovery_code =
    "recovery_code" required, recovery_link = "recovery_link" required, }
}

/// A Recovery Flow
///
/// This request is used when an identity wants to recover their account.
///
/// We recommend reading the [Account Recovery Documentation](../self-service/flows/password-reset-account-recovery)
///
/// Schema `recoveryFlow`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RecoveryFlow {
    /// Active, if set, contains the recovery method that is being used. It is initially
    /// not set.
    pub active: ::std::option::Option<::std::string::String>,
    /// ExpiresAt is the time (UTC) when the request expires. If the user still wishes to update the setting,
    /// a new request has to be initiated.
    pub expires_at: ::chrono::DateTime<::chrono::Utc>,
    /// ID represents the request's unique ID. When performing the recovery flow, this
    /// represents the id in the recovery ui's query parameter: http://<selfservice.flows.recovery.ui_url>?request=&lt;id&gt;
    pub id: ::uuid::Uuid,
    /// IssuedAt is the time (UTC) when the request occurred.
    pub issued_at: ::chrono::DateTime<::chrono::Utc>,
    /// RequestURL is the initial URL that was requested from Ory Kratos. It can be used
    /// to forward information contained in the URL's path or query for example.
    pub request_url: ::std::string::String,
    /// ReturnTo contains the requested return_to URL.
    pub return_to: ::std::option::Option<::std::string::String>,
    pub state: RecoveryFlowState,
    pub type_: SelfServiceFlowType,
    pub ui: UiContainer,
}
crate::runtime::object! {
    RecoveryFlow { active = "active" optional, expires_at = "expires_at" required, id =
    "id" required, issued_at = "issued_at" required, request_url = "request_url"
    required, return_to = "return_to" optional, state = "state" required, type_ = "type"
    required, ui = "ui" required, }
}

/// Recovery Flow State
///
/// The state represents the state of the recovery flow.
///
/// choose_method: ask the user to choose a method (e.g. recover account via email)
/// sent_email: the email has been sent to the user
/// passed_challenge: the request was successful and the recovery challenge was passed.
///
/// Schema `recoveryFlowState`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RecoveryFlowState {
    /// `choose_method`
    #[default]
    ChooseMethod,
    /// `sent_email`
    SentEmail,
    /// `passed_challenge`
    PassedChallenge,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    RecoveryFlowState + Unknown { ChooseMethod = "choose_method", SentEmail =
    "sent_email", PassedChallenge = "passed_challenge", }
}

/// Schema `recoveryIdentityAddress`.
#[derive(Clone, Default)]
pub struct RecoveryIdentityAddress {
    /// CreatedAt is a helper struct field for gobuffalo.pop.
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub id: ::uuid::Uuid,
    /// UpdatedAt is a helper struct field for gobuffalo.pop.
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub value: ::std::string::String,
    pub via: RecoveryAddressType,
}
crate::runtime::object! {
    RecoveryIdentityAddress { created_at = "created_at" optional, id = "id" required,
    updated_at = "updated_at" optional, value = "value" required, via = "via" required, }
}

/// Identity Recovery Link
///
/// Used when an administrator creates a recovery link for an identity.
///
/// Schema `recoveryLinkForIdentity`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RecoveryLinkForIdentity {
    /// Recovery Link Expires At
    ///
    /// The timestamp when the recovery link expires.
    pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Recovery Link
    ///
    /// This link can be used to recover the account.
    pub recovery_link: ::std::string::String,
}
crate::runtime::object! {
    RecoveryLinkForIdentity { expires_at = "expires_at" optional, recovery_link =
    "recovery_link" required, }
}

/// Schema `registrationFlow`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RegistrationFlow {
    pub active: ::std::option::Option<IdentityCredentialsType>,
    /// ExpiresAt is the time (UTC) when the flow expires. If the user still wishes to log in,
    /// a new flow has to be initiated.
    pub expires_at: ::chrono::DateTime<::chrono::Utc>,
    /// ID represents the flow's unique ID. When performing the registration flow, this
    /// represents the id in the registration ui's query parameter: http://<selfservice.flows.registration.ui_url>/?flow=&lt;id&gt;
    pub id: ::uuid::Uuid,
    /// IssuedAt is the time (UTC) when the flow occurred.
    pub issued_at: ::chrono::DateTime<::chrono::Utc>,
    /// Ory OAuth 2.0 Login Challenge.
    ///
    /// This value is set using the `login_challenge` query parameter of the registration and login endpoints.
    /// If set will cooperate with Ory OAuth2 and OpenID to act as an OAuth2 server / OpenID Provider.
    pub oauth2_login_challenge: ::std::option::Option<::std::string::String>,
    pub oauth2_login_request: ::std::option::Option<OAuth2LoginRequest>,
    /// RequestURL is the initial URL that was requested from Ory Kratos. It can be used
    /// to forward information contained in the URL's path or query for example.
    pub request_url: ::std::string::String,
    /// ReturnTo contains the requested return_to URL.
    pub return_to: ::std::option::Option<::std::string::String>,
    /// SessionTokenExchangeCode holds the secret code that the client can use to retrieve a session token after the flow has been completed.
    /// This is only set if the client has requested a session token exchange code, and if the flow is of type "api",
    /// and only on creating the flow.
    pub session_token_exchange_code: ::std::option::Option<::std::string::String>,
    /// TransientPayload is used to pass data from the registration to a webhook
    pub transient_payload: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    pub type_: SelfServiceFlowType,
    pub ui: UiContainer,
}
crate::runtime::object! {
    RegistrationFlow { active = "active" optional, expires_at = "expires_at" required, id
    = "id" required, issued_at = "issued_at" required, oauth2_login_challenge =
    "oauth2_login_challenge" optional, oauth2_login_request = "oauth2_login_request"
    optional, request_url = "request_url" required, return_to = "return_to" optional,
    session_token_exchange_code = "session_token_exchange_code" optional,
    transient_payload = "transient_payload" optional, type_ = "type" required, ui = "ui"
    required, }
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

/// Relation Query
///
/// Schema `relationQuery`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RelationQuery {
    /// Namespace to query
    pub namespace: ::std::option::Option<::std::string::String>,
    /// Object to query
    pub object: ::std::option::Option<::std::string::String>,
    /// Relation to query
    pub relation: ::std::option::Option<::std::string::String>,
    /// SubjectID to query
    ///
    /// Either SubjectSet or SubjectID can be provided.
    pub subject_id: ::std::option::Option<::std::string::String>,
    pub subject_set: ::std::option::Option<SubjectSet>,
}
crate::runtime::object! {
    RelationQuery { namespace = "namespace" optional, object = "object" optional,
    relation = "relation" optional, subject_id = "subject_id" optional, subject_set =
    "subject_set" optional, }
}

/// Relationship
///
/// Schema `relationship`.
#[derive(Clone, Default)]
pub struct Relationship {
    /// Namespace of the Relation Tuple
    pub namespace: ::std::string::String,
    /// Object of the Relation Tuple
    pub object: ::std::string::String,
    /// Relation of the Relation Tuple
    pub relation: ::std::string::String,
    /// SubjectID of the Relation Tuple
    ///
    /// Either SubjectSet or SubjectID can be provided.
    pub subject_id: ::std::option::Option<::std::string::String>,
    pub subject_set: ::std::option::Option<SubjectSet>,
}
crate::runtime::object! {
    Relationship { namespace = "namespace" required, object = "object" required, relation
    = "relation" required, subject_id = "subject_id" optional, subject_set =
    "subject_set" optional, }
}

/// Relationship Namespace List
///
/// Schema `relationshipNamespaces`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct RelationshipNamespaces {
    pub namespaces: ::std::option::Option<::std::vec::Vec<Namespace>>,
}
crate::runtime::object! {
    RelationshipNamespaces { namespaces = "namespaces" optional, }
}

/// Payload for patching a relationship
///
/// Schema `relationshipPatch`.
#[derive(Clone, Default)]
pub struct RelationshipPatch {
    pub action: ::std::option::Option<RelationshipPatchAction>,
    pub relation_tuple: ::std::option::Option<Relationship>,
}
crate::runtime::object! {
    RelationshipPatch { action = "action" optional, relation_tuple = "relation_tuple"
    optional, }
}

/// Paginated Relationship List
///
/// Schema `relationships`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Relationships {
    /// The opaque token to provide in a subsequent request
    /// to get the next page. It is the empty string iff this is
    /// the last page.
    pub next_page_token: ::std::option::Option<::std::string::String>,
    pub relation_tuples: ::std::option::Option<::std::vec::Vec<Relationship>>,
}
crate::runtime::object! {
    Relationships { next_page_token = "next_page_token" optional, relation_tuples =
    "relation_tuples" optional, }
}

/// Schema `schemaPatch`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SchemaPatch {
    /// The json schema
    pub data: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    /// The user defined schema name
    pub name: ::std::string::String,
}
crate::runtime::object! {
    SchemaPatch { data = "data" required, name = "name" required, }
}

/// Is sent when a flow is expired
///
/// Schema `selfServiceFlowExpiredError`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SelfServiceFlowExpiredError {
    pub error: ::std::option::Option<GenericError>,
    /// When the flow has expired
    pub expired_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub since: ::std::option::Option<Duration>,
    /// The flow ID that should be used for the new flow as it contains the correct messages.
    pub use_flow_id: ::std::option::Option<::uuid::Uuid>,
}
crate::runtime::object! {
    SelfServiceFlowExpiredError { error = "error" optional, expired_at = "expired_at"
    optional, since = "since" optional, use_flow_id = "use_flow_id" optional, }
}

/// Type is the flow type.
///
/// The flow type can either be `api` or `browser`.
///
/// Schema `selfServiceFlowType`.
pub type SelfServiceFlowType = ::std::string::String;

/// A Session
///
/// Schema `session`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Session {
    /// Active state. If false the session is no longer active.
    pub active: ::std::option::Option<bool>,
    /// The Session Authentication Timestamp
    ///
    /// When this session was authenticated at. If multi-factor authentication was used this
    /// is the time when the last factor was authenticated (e.g. the TOTP code challenge was completed).
    pub authenticated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    pub authentication_methods: ::std::option::Option<SessionAuthenticationMethods>,
    pub authenticator_assurance_level: ::std::option::Option<
        AuthenticatorAssuranceLevel,
    >,
    /// Devices has history of all endpoints where the session was used
    pub devices: ::std::option::Option<::std::vec::Vec<SessionDevice>>,
    /// The Session Expiry
    ///
    /// When this session expires at.
    pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Session ID
    pub id: ::uuid::Uuid,
    pub identity: Identity,
    /// The Session Issuance Timestamp
    ///
    /// When this session was issued at. Usually equal or close to `authenticated_at`.
    pub issued_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
crate::runtime::object! {
    Session { active = "active" optional, authenticated_at = "authenticated_at" optional,
    authentication_methods = "authentication_methods" optional,
    authenticator_assurance_level = "authenticator_assurance_level" optional, devices =
    "devices" optional, expires_at = "expires_at" optional, id = "id" required, identity
    = "identity" required, issued_at = "issued_at" optional, }
}

/// AuthenticationMethod identifies an authentication method
///
/// A singular authenticator used during authentication / login.
///
/// Schema `sessionAuthenticationMethod`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SessionAuthenticationMethod {
    pub aal: ::std::option::Option<AuthenticatorAssuranceLevel>,
    /// When the authentication challenge was completed.
    pub completed_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// The method used
    pub method: ::std::option::Option<SessionAuthenticationMethodMethod>,
    /// OIDC or SAML provider id used for authentication
    pub provider: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    SessionAuthenticationMethod { aal = "aal" optional, completed_at = "completed_at"
    optional, method = "method" optional, provider = "provider" optional, }
}

/// List of (Used) AuthenticationMethods
///
/// A list of authenticators which were used to authenticate the session.
///
/// Schema `sessionAuthenticationMethods`.
pub type SessionAuthenticationMethods = ::std::vec::Vec<SessionAuthenticationMethod>;

/// Device corresponding to a Session
///
/// Schema `sessionDevice`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SessionDevice {
    /// Device record ID
    pub id: ::uuid::Uuid,
    /// IPAddress of the client
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// Geo Location corresponding to the IP Address
    pub location: ::std::option::Option<::std::string::String>,
    /// UserAgent of the client
    pub user_agent: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    SessionDevice { id = "id" required, ip_address = "ip_address" optional, location =
    "location" optional, user_agent = "user_agent" optional, }
}

/// Set active project in the Ory Network Console Request Body
///
/// Schema `setActiveProjectInConsoleBody`.
#[derive(Clone, Default)]
pub struct SetActiveProjectInConsoleBody {
    /// Project ID
    ///
    /// The Project ID you want to set active.
    ///
    /// format: uuid
    pub project_id: ::std::string::String,
}
crate::runtime::object! {
    SetActiveProjectInConsoleBody { project_id = "project_id" required, }
}

/// Update Custom Hostname Body
///
/// Schema `setCustomDomainBody`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SetCustomDomainBody {
    /// The domain where cookies will be set. Has to be a parent domain of the custom hostname to work.
    pub cookie_domain: ::std::option::Option<::std::string::String>,
    /// CORS Allowed origins for the custom hostname.
    pub cors_allowed_origins: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CORS Enabled for the custom hostname.
    pub cors_enabled: ::std::option::Option<bool>,
    /// The custom UI base URL where the UI will be exposed.
    pub custom_ui_base_url: ::std::option::Option<::std::string::String>,
    /// The custom hostname where the API will be exposed.
    pub hostname: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    SetCustomDomainBody { cookie_domain = "cookie_domain" optional, cors_allowed_origins
    = "cors_allowed_origins" optional, cors_enabled = "cors_enabled" optional,
    custom_ui_base_url = "custom_ui_base_url" optional, hostname = "hostname" optional, }
}

/// Schema `setProject`.
#[derive(Clone, Default)]
pub struct SetProject {
    /// The name of the project.
    pub name: ::std::string::String,
    pub services: ProjectServices,
}
crate::runtime::object! {
    SetProject { name = "name" required, services = "services" required, }
}

/// SetProjectBrandingThemeBody is the request body for the set project branding theme endpoint.
///
/// Schema `setProjectBrandingThemeBody`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SetProjectBrandingThemeBody {
    /// Logo type
    pub logo_type: ::std::option::Option<::std::string::String>,
    /// Logo URL
    pub logo_url: ::std::option::Option<::std::string::String>,
    /// Branding name
    pub name: ::std::option::Option<::std::string::String>,
    pub theme: ::std::option::Option<ProjectBrandingColors>,
}
crate::runtime::object! {
    SetProjectBrandingThemeBody { logo_type = "logo_type" optional, logo_url = "logo_url"
    optional, name = "name" optional, theme = "theme" optional, }
}

/// Flow represents a Settings Flow
///
/// This flow is used when an identity wants to update settings
/// (e.g. profile data, passwords, ...) in a selfservice manner.
///
/// We recommend reading the [User Settings Documentation](../self-service/flows/user-settings)
///
/// Schema `settingsFlow`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SettingsFlow {
    /// Active, if set, contains the registration method that is being used. It is initially
    /// not set.
    pub active: ::std::option::Option<::std::string::String>,
    /// Contains a list of actions, that could follow this flow
    ///
    /// It can, for example, contain a reference to the verification flow, created as part of the user's
    /// registration.
    pub continue_with: ::std::option::Option<::std::vec::Vec<ContinueWith>>,
    /// ExpiresAt is the time (UTC) when the flow expires. If the user still wishes to update the setting,
    /// a new flow has to be initiated.
    pub expires_at: ::chrono::DateTime<::chrono::Utc>,
    /// ID represents the flow's unique ID. When performing the settings flow, this
    /// represents the id in the settings ui's query parameter: http://<selfservice.flows.settings.ui_url>?flow=&lt;id&gt;
    pub id: ::uuid::Uuid,
    pub identity: Identity,
    /// IssuedAt is the time (UTC) when the flow occurred.
    pub issued_at: ::chrono::DateTime<::chrono::Utc>,
    /// RequestURL is the initial URL that was requested from Ory Kratos. It can be used
    /// to forward information contained in the URL's path or query for example.
    pub request_url: ::std::string::String,
    /// ReturnTo contains the requested return_to URL.
    pub return_to: ::std::option::Option<::std::string::String>,
    pub state: SettingsFlowState,
    pub type_: SelfServiceFlowType,
    pub ui: UiContainer,
}
crate::runtime::object! {
    SettingsFlow { active = "active" optional, continue_with = "continue_with" optional,
    expires_at = "expires_at" required, id = "id" required, identity = "identity"
    required, issued_at = "issued_at" required, request_url = "request_url" required,
    return_to = "return_to" optional, state = "state" required, type_ = "type" required,
    ui = "ui" required, }
}

/// State represents the state of this flow. It knows two states:
///
/// show_form: No user data has been collected, or it is invalid, and thus the form should be shown.
/// success: Indicates that the settings flow has been updated successfully with the provided data.
/// Done will stay true when repeatedly checking. If set to true, done will revert back to false only
/// when a flow with invalid (e.g. "please use a valid phone number") data was sent.
///
/// Schema `settingsFlowState`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum SettingsFlowState {
    /// `show_form`
    #[default]
    ShowForm,
    /// `success`
    Success,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    SettingsFlowState + Unknown { ShowForm = "show_form", Success = "success", }
}

/// Schema `stripeCustomer`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct StripeCustomer {
    pub id: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    StripeCustomer { id = "id" optional, }
}

/// Schema `subjectSet`.
#[derive(Clone, Default)]
pub struct SubjectSet {
    /// Namespace of the Subject Set
    pub namespace: ::std::string::String,
    /// Object of the Subject Set
    pub object: ::std::string::String,
    /// Relation of the Subject Set
    pub relation: ::std::string::String,
}
crate::runtime::object! {
    SubjectSet { namespace = "namespace" required, object = "object" required, relation =
    "relation" required, }
}

/// Schema `subscription`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Subscription {
    /// Read-only: sent by the server only.
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    /// The currency of the subscription. To change this, a new subscription must be created.
    /// usd USD
    /// eur Euro
    ///
    /// Read-only: sent by the server only.
    pub currency: SubscriptionCurrency,
    /// The currently active interval of the subscription
    /// monthly Monthly
    /// yearly Yearly
    ///
    /// Read-only: sent by the server only.
    pub current_interval: SubscriptionCurrentInterval,
    /// The currently active plan of the subscription
    ///
    /// Read-only: sent by the server only.
    pub current_plan: ::std::string::String,
    /// The ID of the stripe customer
    ///
    /// Read-only: sent by the server only.
    pub customer_id: ::std::string::String,
    /// The ID of the subscription
    ///
    /// Read-only: sent by the server only.
    pub id: ::uuid::Uuid,
    pub interval_changes_to: String,
    pub ongoing_stripe_checkout_id: String,
    /// Until when the subscription is payed
    ///
    /// Read-only: sent by the server only.
    pub payed_until: ::chrono::DateTime<::chrono::Utc>,
    pub plan_changes_at: ::std::option::Option<Time>,
    pub plan_changes_to: String,
    pub status: SubscriptionStatus,
    /// Read-only: sent by the server only.
    pub updated_at: ::chrono::DateTime<::chrono::Utc>,
}
crate::runtime::object! {
    Subscription { created_at = "created_at" required, currency = "currency" required,
    current_interval = "current_interval" required, current_plan = "current_plan"
    required, customer_id = "customer_id" required, id = "id" required,
    interval_changes_to = "interval_changes_to" required, ongoing_stripe_checkout_id =
    "ongoing_stripe_checkout_id" optional, payed_until = "payed_until" required,
    plan_changes_at = "plan_changes_at" optional, plan_changes_to = "plan_changes_to"
    required, status = "status" required, updated_at = "updated_at" required, }
}

/// The Response for Registration Flows via API
///
/// Schema `successfulCodeExchangeResponse`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SuccessfulCodeExchangeResponse {
    pub session: Session,
    /// The Session Token
    ///
    /// A session token is equivalent to a session cookie, but it can be sent in the HTTP Authorization
    /// Header:
    ///
    /// Authorization: bearer ${session-token}
    ///
    /// The session token is only issued for API flows, not for Browser flows!
    pub session_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    SuccessfulCodeExchangeResponse { session = "session" required, session_token =
    "session_token" optional, }
}

/// The Response for Login Flows via API
///
/// Schema `successfulNativeLogin`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SuccessfulNativeLogin {
    pub session: Session,
    /// The Session Token
    ///
    /// A session token is equivalent to a session cookie, but it can be sent in the HTTP Authorization
    /// Header:
    ///
    /// Authorization: bearer ${session-token}
    ///
    /// The session token is only issued for API flows, not for Browser flows!
    pub session_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    SuccessfulNativeLogin { session = "session" required, session_token = "session_token"
    optional, }
}

/// The Response for Registration Flows via API
///
/// Schema `successfulNativeRegistration`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SuccessfulNativeRegistration {
    /// Contains a list of actions, that could follow this flow
    ///
    /// It can, for example, this will contain a reference to the verification flow, created as part of the user's
    /// registration or the token of the session.
    pub continue_with: ::std::option::Option<::std::vec::Vec<ContinueWith>>,
    pub identity: Identity,
    pub session: ::std::option::Option<Session>,
    /// The Session Token
    ///
    /// This field is only set when the session hook is configured as a post-registration hook.
    ///
    /// A session token is equivalent to a session cookie, but it can be sent in the HTTP Authorization
    /// Header:
    ///
    /// Authorization: bearer ${session-token}
    ///
    /// The session token is only issued for API flows, not for Browser flows!
    pub session_token: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    SuccessfulNativeRegistration { continue_with = "continue_with" optional, identity =
    "identity" required, session = "session" optional, session_token = "session_token"
    optional, }
}

/// Schema `successfulProjectUpdate`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct SuccessfulProjectUpdate {
    pub project: Project,
    /// Import Warnings
    ///
    /// Not all configuration items can be imported to the Ory Network. For example,
    /// setting the port does not make sense because the Ory Network provides the runtime
    /// and networking.
    ///
    /// This field contains warnings where configuration keys were found but can not
    /// be imported. These keys will be ignored by the Ory Network. This field will help
    /// you understand why certain configuration keys might not be respected!
    pub warnings: ::std::vec::Vec<Warning>,
}
crate::runtime::object! {
    SuccessfulProjectUpdate { project = "project" required, warnings = "warnings"
    required, }
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

/// Container represents a HTML Form. The container can work with both HTTP Form and JSON requests
///
/// Schema `uiContainer`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UiContainer {
    /// Action should be used as the form action URL `<form action="{{ .Action }}" method="post">`.
    pub action: ::std::string::String,
    pub messages: ::std::option::Option<UiTexts>,
    /// Method is the form method (e.g. POST)
    pub method: ::std::string::String,
    pub nodes: UiNodes,
}
crate::runtime::object! {
    UiContainer { action = "action" required, messages = "messages" optional, method =
    "method" required, nodes = "nodes" required, }
}

/// Node represents a flow's nodes
///
/// Nodes are represented as HTML elements or their native UI equivalents. For example,
/// a node can be an `<img>` tag, or an `<input element>` but also `some plain text`.
///
/// Schema `uiNode`.
#[derive(Clone)]
#[non_exhaustive]
pub struct UiNode {
    pub attributes: UiNodeAttributes,
    /// Group specifies which group (e.g. password authenticator) this node belongs to.
    /// default DefaultGroup
    /// password PasswordGroup
    /// oidc OpenIDConnectGroup
    /// profile ProfileGroup
    /// link LinkGroup
    /// code CodeGroup
    /// totp TOTPGroup
    /// lookup_secret LookupGroup
    /// webauthn WebAuthnGroup
    pub group: UiNodeGroup,
    pub messages: UiTexts,
    pub meta: UiNodeMeta,
    /// The node's type
    /// text Text
    /// input Input
    /// img Image
    /// a Anchor
    /// script Script
    pub type_: UiNodeType,
}
crate::runtime::object! {
    slots UiNode { attributes = "attributes" required, group = "group" required, messages
    = "messages" required, meta = "meta" required, type_ = "type" required, }
}

/// AnchorAttributes represents the attributes of an anchor node.
///
/// Schema `uiNodeAnchorAttributes`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UiNodeAnchorAttributes {
    /// The link's href (destination) URL.
    ///
    /// format: uri
    pub href: ::std::string::String,
    /// A unique identifier
    pub id: ::std::string::String,
    /// NodeType represents this node's types. It is a mirror of `node.type` and
    /// is primarily used to allow compatibility with OpenAPI 3.0.  In this struct it technically always is "a".
    pub node_type: ::std::string::String,
    pub title: UiText,
}
crate::runtime::object! {
    UiNodeAnchorAttributes { href = "href" required, id = "id" required, node_type =
    "node_type" required, title = "title" required, }
}

/// Attributes represents a list of attributes (e.g. `href="foo"` for links).
///
/// Schema `uiNodeAttributes`.
///
/// The discriminator picks the variant; values with a tag this client does not know
/// are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq)]
pub enum UiNodeAttributes {
    /// `input`
    UiNodeInputAttributes(UiNodeInputAttributes),
    /// `text`
    UiNodeTextAttributes(UiNodeTextAttributes),
    /// `img`
    UiNodeImageAttributes(UiNodeImageAttributes),
    /// `a`
    UiNodeAnchorAttributes(UiNodeAnchorAttributes),
    /// `script`
    UiNodeScriptAttributes(UiNodeScriptAttributes),
    /// A value whose tag this client does not know, kept as it came.
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for UiNodeAttributes {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::UiNodeInputAttributes(value) => {
                ("input", ::serde_json::to_value(value))
            }
            Self::UiNodeTextAttributes(value) => ("text", ::serde_json::to_value(value)),
            Self::UiNodeImageAttributes(value) => ("img", ::serde_json::to_value(value)),
            Self::UiNodeAnchorAttributes(value) => ("a", ::serde_json::to_value(value)),
            Self::UiNodeScriptAttributes(value) => {
                ("script", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("node_type".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for UiNodeAttributes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("node_type")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("input") => {
                ::serde_json::from_value(value)
                    .map(Self::UiNodeInputAttributes)
                    .map_err(D::Error::custom)
            }
            Some("text") => {
                ::serde_json::from_value(value)
                    .map(Self::UiNodeTextAttributes)
                    .map_err(D::Error::custom)
            }
            Some("img") => {
                ::serde_json::from_value(value)
                    .map(Self::UiNodeImageAttributes)
                    .map_err(D::Error::custom)
            }
            Some("a") => {
                ::serde_json::from_value(value)
                    .map(Self::UiNodeAnchorAttributes)
                    .map_err(D::Error::custom)
            }
            Some("script") => {
                ::serde_json::from_value(value)
                    .map(Self::UiNodeScriptAttributes)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// ImageAttributes represents the attributes of an image node.
///
/// Schema `uiNodeImageAttributes`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UiNodeImageAttributes {
    /// Height of the image
    pub height: i64,
    /// A unique identifier
    pub id: ::std::string::String,
    /// NodeType represents this node's types. It is a mirror of `node.type` and
    /// is primarily used to allow compatibility with OpenAPI 3.0.  In this struct it technically always is "img".
    pub node_type: ::std::string::String,
    /// The image's source URL.
    ///
    /// format: uri
    pub src: ::std::string::String,
    /// Width of the image
    pub width: i64,
}
crate::runtime::object! {
    UiNodeImageAttributes { height = "height" required, id = "id" required, node_type =
    "node_type" required, src = "src" required, width = "width" required, }
}

/// InputAttributes represents the attributes of an input node
///
/// Schema `uiNodeInputAttributes`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UiNodeInputAttributes {
    /// The autocomplete attribute for the input.
    /// email InputAttributeAutocompleteEmail
    /// tel InputAttributeAutocompleteTel
    /// url InputAttributeAutocompleteUrl
    /// current-password InputAttributeAutocompleteCurrentPassword
    /// new-password InputAttributeAutocompleteNewPassword
    /// one-time-code InputAttributeAutocompleteOneTimeCode
    pub autocomplete: ::std::option::Option<UiNodeInputAttributesAutocomplete>,
    /// Sets the input's disabled field to true or false.
    pub disabled: bool,
    pub label: ::std::option::Option<UiText>,
    /// The input's element name.
    pub name: ::std::string::String,
    /// NodeType represents this node's types. It is a mirror of `node.type` and
    /// is primarily used to allow compatibility with OpenAPI 3.0.  In this struct it technically always is "input".
    pub node_type: ::std::string::String,
    /// OnClick may contain javascript which should be executed on click. This is primarily
    /// used for WebAuthn.
    pub onclick: ::std::option::Option<::std::string::String>,
    /// The input's pattern.
    pub pattern: ::std::option::Option<::std::string::String>,
    /// Mark this input field as required.
    pub required: ::std::option::Option<bool>,
    /// The input's element type.
    /// text InputAttributeTypeText
    /// password InputAttributeTypePassword
    /// number InputAttributeTypeNumber
    /// checkbox InputAttributeTypeCheckbox
    /// hidden InputAttributeTypeHidden
    /// email InputAttributeTypeEmail
    /// tel InputAttributeTypeTel
    /// submit InputAttributeTypeSubmit
    /// button InputAttributeTypeButton
    /// datetime-local InputAttributeTypeDateTimeLocal
    /// date InputAttributeTypeDate
    /// url InputAttributeTypeURI
    pub type_: UiNodeInputAttributesType,
    /// The input's value.
    pub value: ::std::option::Option<::serde_json::Value>,
}
crate::runtime::object! {
    UiNodeInputAttributes { autocomplete = "autocomplete" optional, disabled = "disabled"
    required, label = "label" optional, name = "name" required, node_type = "node_type"
    required, onclick = "onclick" optional, pattern = "pattern" optional, required =
    "required" optional, type_ = "type" required, value = "value" optional, }
}

/// A Node's Meta Information
///
/// This might include a label and other information that can optionally
/// be used to render UIs.
///
/// Schema `uiNodeMeta`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UiNodeMeta {
    pub label: ::std::option::Option<UiText>,
}
crate::runtime::object! {
    UiNodeMeta { label = "label" optional, }
}

/// ScriptAttributes represent script nodes which load javascript.
///
/// Schema `uiNodeScriptAttributes`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UiNodeScriptAttributes {
    /// The script async type
    pub async_: bool,
    /// The script cross origin policy
    pub crossorigin: ::std::string::String,
    /// A unique identifier
    pub id: ::std::string::String,
    /// The script's integrity hash
    pub integrity: ::std::string::String,
    /// NodeType represents this node's types. It is a mirror of `node.type` and
    /// is primarily used to allow compatibility with OpenAPI 3.0. In this struct it technically always is "script".
    pub node_type: ::std::string::String,
    /// Nonce for CSP
    ///
    /// A nonce you may want to use to improve your Content Security Policy.
    /// You do not have to use this value but if you want to improve your CSP
    /// policies you may use it. You can also choose to use your own nonce value!
    pub nonce: ::std::string::String,
    /// The script referrer policy
    pub referrerpolicy: ::std::string::String,
    /// The script source
    pub src: ::std::string::String,
    /// The script MIME type
    pub type_: ::std::string::String,
}
crate::runtime::object! {
    UiNodeScriptAttributes { async_ = "async" required, crossorigin = "crossorigin"
    required, id = "id" required, integrity = "integrity" required, node_type =
    "node_type" required, nonce = "nonce" required, referrerpolicy = "referrerpolicy"
    required, src = "src" required, type_ = "type" required, }
}

/// TextAttributes represents the attributes of a text node.
///
/// Schema `uiNodeTextAttributes`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UiNodeTextAttributes {
    /// A unique identifier
    pub id: ::std::string::String,
    /// NodeType represents this node's types. It is a mirror of `node.type` and
    /// is primarily used to allow compatibility with OpenAPI 3.0.  In this struct it technically always is "text".
    pub node_type: ::std::string::String,
    pub text: UiText,
}
crate::runtime::object! {
    UiNodeTextAttributes { id = "id" required, node_type = "node_type" required, text =
    "text" required, }
}

/// Schema `uiNodes`.
pub type UiNodes = ::std::vec::Vec<UiNode>;

/// Schema `uiText`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UiText {
    /// The message's context. Useful when customizing messages.
    pub context: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    pub id: Id,
    /// The message text. Written in american english.
    pub text: ::std::string::String,
    /// The message type.
    /// info Info
    /// error Error
    /// success Success
    pub type_: UiTextType,
}
crate::runtime::object! {
    UiText { context = "context" optional, id = "id" required, text = "text" required,
    type_ = "type" required, }
}

/// Schema `uiTexts`.
pub type UiTexts = ::std::vec::Vec<UiText>;

/// Schema `unexpectedError`.
pub type UnexpectedError = ::std::string::String;

/// Update Identity Body
///
/// Schema `updateIdentityBody`.
#[derive(Clone, Default)]
pub struct UpdateIdentityBody {
    pub credentials: ::std::option::Option<IdentityWithCredentials>,
    /// Store metadata about the user which is only accessible through admin APIs such as `GET /admin/identities/<id>`.
    pub metadata_admin: ::std::option::Option<::serde_json::Value>,
    /// Store metadata about the identity which the identity itself can see when calling for example the
    /// session endpoint. Do not store sensitive information (e.g. credit score) about the identity in this field.
    pub metadata_public: ::std::option::Option<::serde_json::Value>,
    /// SchemaID is the ID of the JSON Schema to be used for validating the identity's traits. If set
    /// will update the Identity's SchemaID.
    pub schema_id: ::std::string::String,
    pub state: IdentityState,
    /// Traits represent an identity's traits. The identity is able to create, modify, and delete traits
    /// in a self-service manner. The input will always be validated against the JSON Schema defined
    /// in `schema_id`.
    pub traits: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
}
crate::runtime::object! {
    UpdateIdentityBody { credentials = "credentials" optional, metadata_admin =
    "metadata_admin" optional, metadata_public = "metadata_public" optional, schema_id =
    "schema_id" required, state = "state" required, traits = "traits" required, }
}

/// Schema `updateLoginFlowBody`.
///
/// The discriminator picks the variant; values with a tag this client does not know
/// are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateLoginFlowBody {
    /// `password`
    UpdateLoginFlowWithPasswordMethod(UpdateLoginFlowWithPasswordMethod),
    /// `oidc`
    UpdateLoginFlowWithOidcMethod(UpdateLoginFlowWithOidcMethod),
    /// `totp`
    UpdateLoginFlowWithTotpMethod(UpdateLoginFlowWithTotpMethod),
    /// `webauthn`
    UpdateLoginFlowWithWebAuthnMethod(UpdateLoginFlowWithWebAuthnMethod),
    /// `lookup_secret`
    UpdateLoginFlowWithLookupSecretMethod(UpdateLoginFlowWithLookupSecretMethod),
    /// A value whose tag this client does not know, kept as it came.
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for UpdateLoginFlowBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::UpdateLoginFlowWithPasswordMethod(value) => {
                ("password", ::serde_json::to_value(value))
            }
            Self::UpdateLoginFlowWithOidcMethod(value) => {
                ("oidc", ::serde_json::to_value(value))
            }
            Self::UpdateLoginFlowWithTotpMethod(value) => {
                ("totp", ::serde_json::to_value(value))
            }
            Self::UpdateLoginFlowWithWebAuthnMethod(value) => {
                ("webauthn", ::serde_json::to_value(value))
            }
            Self::UpdateLoginFlowWithLookupSecretMethod(value) => {
                ("lookup_secret", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("method".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateLoginFlowBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("method")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("password") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateLoginFlowWithPasswordMethod)
                    .map_err(D::Error::custom)
            }
            Some("oidc") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateLoginFlowWithOidcMethod)
                    .map_err(D::Error::custom)
            }
            Some("totp") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateLoginFlowWithTotpMethod)
                    .map_err(D::Error::custom)
            }
            Some("webauthn") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateLoginFlowWithWebAuthnMethod)
                    .map_err(D::Error::custom)
            }
            Some("lookup_secret") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateLoginFlowWithLookupSecretMethod)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Update Login Flow with Lookup Secret Method
///
/// Schema `updateLoginFlowWithLookupSecretMethod`.
#[derive(Clone, Default)]
pub struct UpdateLoginFlowWithLookupSecretMethod {
    /// Sending the anti-csrf token is only required for browser login flows.
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// The lookup secret.
    pub lookup_secret: ::std::string::String,
    /// Method should be set to "lookup_secret" when logging in using the lookup_secret strategy.
    pub method: ::std::string::String,
}
crate::runtime::object! {
    UpdateLoginFlowWithLookupSecretMethod { csrf_token = "csrf_token" optional,
    lookup_secret = "lookup_secret" required, method = "method" required, }
}

/// Update Login Flow with OpenID Connect Method
///
/// Schema `updateLoginFlowWithOidcMethod`.
#[derive(Clone, Default)]
pub struct UpdateLoginFlowWithOidcMethod {
    /// The CSRF Token
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// Method to use
    ///
    /// This field must be set to `oidc` when using the oidc method.
    pub method: ::std::string::String,
    /// The provider to register with
    pub provider: ::std::string::String,
    /// The identity traits. This is a placeholder for the registration flow.
    pub traits: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// UpstreamParameters are the parameters that are passed to the upstream identity provider.
    ///
    /// These parameters are optional and depend on what the upstream identity provider supports.
    /// Supported parameters are:
    /// `login_hint` (string): The `login_hint` parameter suppresses the account chooser and either pre-fills the email box on the sign-in form, or selects the proper session.
    /// `hd` (string): The `hd` parameter limits the login/registration process to a Google Organization, e.g. `mycollege.edu`.
    /// `prompt` (string): The `prompt` specifies whether the Authorization Server prompts the End-User for reauthentication and consent, e.g. `select_account`.
    pub upstream_parameters: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    UpdateLoginFlowWithOidcMethod { csrf_token = "csrf_token" optional, method = "method"
    required, provider = "provider" required, traits = "traits" optional,
    upstream_parameters = "upstream_parameters" optional, }
}

/// Update Login Flow with Password Method
///
/// Schema `updateLoginFlowWithPasswordMethod`.
#[derive(Clone, Default)]
pub struct UpdateLoginFlowWithPasswordMethod {
    /// Sending the anti-csrf token is only required for browser login flows.
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// Identifier is the email or username of the user trying to log in.
    pub identifier: ::std::string::String,
    /// Method should be set to "password" when logging in using the identifier and password strategy.
    pub method: ::std::string::String,
    /// The user's password.
    pub password: ::std::string::String,
    /// Identifier is the email or username of the user trying to log in.
    /// This field is deprecated!
    pub password_identifier: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateLoginFlowWithPasswordMethod { csrf_token = "csrf_token" optional, identifier =
    "identifier" required, method = "method" required, password = "password" required,
    password_identifier = "password_identifier" optional, }
}

/// Update Login Flow with TOTP Method
///
/// Schema `updateLoginFlowWithTotpMethod`.
#[derive(Clone, Default)]
pub struct UpdateLoginFlowWithTotpMethod {
    /// Sending the anti-csrf token is only required for browser login flows.
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// Method should be set to "totp" when logging in using the TOTP strategy.
    pub method: ::std::string::String,
    /// The TOTP code.
    pub totp_code: ::std::string::String,
}
crate::runtime::object! {
    UpdateLoginFlowWithTotpMethod { csrf_token = "csrf_token" optional, method = "method"
    required, totp_code = "totp_code" required, }
}

/// Update Login Flow with WebAuthn Method
///
/// Schema `updateLoginFlowWithWebAuthnMethod`.
#[derive(Clone, Default)]
pub struct UpdateLoginFlowWithWebAuthnMethod {
    /// Sending the anti-csrf token is only required for browser login flows.
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// Identifier is the email or username of the user trying to log in.
    pub identifier: ::std::string::String,
    /// Method should be set to "webAuthn" when logging in using the WebAuthn strategy.
    pub method: ::std::string::String,
    /// Login a WebAuthn Security Key
    ///
    /// This must contain the ID of the WebAuthN connection.
    pub webauthn_login: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateLoginFlowWithWebAuthnMethod { csrf_token = "csrf_token" optional, identifier =
    "identifier" required, method = "method" required, webauthn_login = "webauthn_login"
    optional, }
}

/// Update Recovery Flow Request Body
///
/// Schema `updateRecoveryFlowBody`.
///
/// The discriminator picks the variant; values with a tag this client does not know
/// are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateRecoveryFlowBody {
    /// `link`
    UpdateRecoveryFlowWithLinkMethod(UpdateRecoveryFlowWithLinkMethod),
    /// `code`
    UpdateRecoveryFlowWithCodeMethod(UpdateRecoveryFlowWithCodeMethod),
    /// A value whose tag this client does not know, kept as it came.
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for UpdateRecoveryFlowBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::UpdateRecoveryFlowWithLinkMethod(value) => {
                ("link", ::serde_json::to_value(value))
            }
            Self::UpdateRecoveryFlowWithCodeMethod(value) => {
                ("code", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("method".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateRecoveryFlowBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("method")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("link") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateRecoveryFlowWithLinkMethod)
                    .map_err(D::Error::custom)
            }
            Some("code") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateRecoveryFlowWithCodeMethod)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Update Recovery Flow with Code Method
///
/// Schema `updateRecoveryFlowWithCodeMethod`.
#[derive(Clone, Default)]
pub struct UpdateRecoveryFlowWithCodeMethod {
    /// Code from the recovery email
    ///
    /// If you want to submit a code, use this field, but make sure to _not_ include the email field, as well.
    pub code: ::std::option::Option<::std::string::String>,
    /// Sending the anti-csrf token is only required for browser login flows.
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// The email address of the account to recover
    ///
    /// If the email belongs to a valid account, a recovery email will be sent.
    ///
    /// If you want to notify the email address if the account does not exist, see
    /// the [notify_unknown_recipients flag](https://www.ory.sh/docs/kratos/self-service/flows/account-recovery-password-reset#attempted-recovery-notifications)
    ///
    /// If a code was already sent, including this field in the payload will invalidate the sent code and re-send a new code.
    ///
    /// format: email
    pub email: ::std::option::Option<::std::string::String>,
    /// Method is the method that should be used for this recovery flow
    ///
    /// Allowed values are `link` and `code`.
    /// link RecoveryStrategyLink
    /// code RecoveryStrategyCode
    pub method: UpdateRecoveryFlowWithCodeMethodMethod,
}
crate::runtime::object! {
    UpdateRecoveryFlowWithCodeMethod { code = "code" optional, csrf_token = "csrf_token"
    optional, email = "email" optional, method = "method" required, }
}

/// Update Recovery Flow with Link Method
///
/// Schema `updateRecoveryFlowWithLinkMethod`.
#[derive(Clone, Default)]
pub struct UpdateRecoveryFlowWithLinkMethod {
    /// Sending the anti-csrf token is only required for browser login flows.
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// Email to Recover
    ///
    /// Needs to be set when initiating the flow. If the email is a registered
    /// recovery email, a recovery link will be sent. If the email is not known,
    /// a email with details on what happened will be sent instead.
    ///
    /// format: email
    pub email: ::std::string::String,
    /// Method is the method that should be used for this recovery flow
    ///
    /// Allowed values are `link` and `code`
    /// link RecoveryStrategyLink
    /// code RecoveryStrategyCode
    pub method: UpdateRecoveryFlowWithLinkMethodMethod,
}
crate::runtime::object! {
    UpdateRecoveryFlowWithLinkMethod { csrf_token = "csrf_token" optional, email =
    "email" required, method = "method" required, }
}

/// Update Registration Request Body
///
/// Schema `updateRegistrationFlowBody`.
///
/// The discriminator picks the variant; values with a tag this client does not know
/// are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateRegistrationFlowBody {
    /// `password`
    UpdateRegistrationFlowWithPasswordMethod(UpdateRegistrationFlowWithPasswordMethod),
    /// `oidc`
    UpdateRegistrationFlowWithOidcMethod(UpdateRegistrationFlowWithOidcMethod),
    /// `webauthn`
    UpdateRegistrationFlowWithWebAuthnMethod(UpdateRegistrationFlowWithWebAuthnMethod),
    /// A value whose tag this client does not know, kept as it came.
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for UpdateRegistrationFlowBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::UpdateRegistrationFlowWithPasswordMethod(value) => {
                ("password", ::serde_json::to_value(value))
            }
            Self::UpdateRegistrationFlowWithOidcMethod(value) => {
                ("oidc", ::serde_json::to_value(value))
            }
            Self::UpdateRegistrationFlowWithWebAuthnMethod(value) => {
                ("webauthn", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("method".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateRegistrationFlowBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("method")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("password") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateRegistrationFlowWithPasswordMethod)
                    .map_err(D::Error::custom)
            }
            Some("oidc") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateRegistrationFlowWithOidcMethod)
                    .map_err(D::Error::custom)
            }
            Some("webauthn") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateRegistrationFlowWithWebAuthnMethod)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Update Registration Flow with OpenID Connect Method
///
/// Schema `updateRegistrationFlowWithOidcMethod`.
#[derive(Clone, Default)]
pub struct UpdateRegistrationFlowWithOidcMethod {
    /// The CSRF Token
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// Method to use
    ///
    /// This field must be set to `oidc` when using the oidc method.
    pub method: ::std::string::String,
    /// The provider to register with
    pub provider: ::std::string::String,
    /// The identity traits
    pub traits: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Transient data to pass along to any webhooks
    pub transient_payload: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// UpstreamParameters are the parameters that are passed to the upstream identity provider.
    ///
    /// These parameters are optional and depend on what the upstream identity provider supports.
    /// Supported parameters are:
    /// `login_hint` (string): The `login_hint` parameter suppresses the account chooser and either pre-fills the email box on the sign-in form, or selects the proper session.
    /// `hd` (string): The `hd` parameter limits the login/registration process to a Google Organization, e.g. `mycollege.edu`.
    /// `prompt` (string): The `prompt` specifies whether the Authorization Server prompts the End-User for reauthentication and consent, e.g. `select_account`.
    pub upstream_parameters: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    UpdateRegistrationFlowWithOidcMethod { csrf_token = "csrf_token" optional, method =
    "method" required, provider = "provider" required, traits = "traits" optional,
    transient_payload = "transient_payload" optional, upstream_parameters =
    "upstream_parameters" optional, }
}

/// Update Registration Flow with Password Method
///
/// Schema `updateRegistrationFlowWithPasswordMethod`.
#[derive(Clone, Default)]
pub struct UpdateRegistrationFlowWithPasswordMethod {
    /// The CSRF Token
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// Method to use
    ///
    /// This field must be set to `password` when using the password method.
    pub method: ::std::string::String,
    /// Password to sign the user up with
    pub password: ::std::string::String,
    /// The identity's traits
    pub traits: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    /// Transient data to pass along to any webhooks
    pub transient_payload: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    UpdateRegistrationFlowWithPasswordMethod { csrf_token = "csrf_token" optional, method
    = "method" required, password = "password" required, traits = "traits" required,
    transient_payload = "transient_payload" optional, }
}

/// Update Registration Flow with WebAuthn Method
///
/// Schema `updateRegistrationFlowWithWebAuthnMethod`.
#[derive(Clone, Default)]
pub struct UpdateRegistrationFlowWithWebAuthnMethod {
    /// CSRFToken is the anti-CSRF token
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// Method
    ///
    /// Should be set to "webauthn" when trying to add, update, or remove a webAuthn pairing.
    pub method: ::std::string::String,
    /// The identity's traits
    pub traits: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    /// Transient data to pass along to any webhooks
    pub transient_payload: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Register a WebAuthn Security Key
    ///
    /// It is expected that the JSON returned by the WebAuthn registration process
    /// is included here.
    pub webauthn_register: ::std::option::Option<::std::string::String>,
    /// Name of the WebAuthn Security Key to be Added
    ///
    /// A human-readable name for the security key which will be added.
    pub webauthn_register_displayname: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateRegistrationFlowWithWebAuthnMethod { csrf_token = "csrf_token" optional, method
    = "method" required, traits = "traits" required, transient_payload =
    "transient_payload" optional, webauthn_register = "webauthn_register" optional,
    webauthn_register_displayname = "webauthn_register_displayname" optional, }
}

/// Update Settings Flow Request Body
///
/// Schema `updateSettingsFlowBody`.
///
/// The discriminator picks the variant; values with a tag this client does not know
/// are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateSettingsFlowBody {
    /// `password`
    UpdateSettingsFlowWithPasswordMethod(UpdateSettingsFlowWithPasswordMethod),
    /// `profile`
    UpdateSettingsFlowWithProfileMethod(UpdateSettingsFlowWithProfileMethod),
    /// `oidc`
    UpdateSettingsFlowWithOidcMethod(UpdateSettingsFlowWithOidcMethod),
    /// `oidc`
    UpdateSettingsFlowWithOidcMethod2(UpdateSettingsFlowWithOidcMethod),
    /// `totp`
    UpdateSettingsFlowWithTotpMethod(UpdateSettingsFlowWithTotpMethod),
    /// `webauthn`
    UpdateSettingsFlowWithWebAuthnMethod(UpdateSettingsFlowWithWebAuthnMethod),
    /// `lookup_secret`
    UpdateSettingsFlowWithLookupMethod(UpdateSettingsFlowWithLookupMethod),
    /// A value whose tag this client does not know, kept as it came.
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for UpdateSettingsFlowBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::UpdateSettingsFlowWithPasswordMethod(value) => {
                ("password", ::serde_json::to_value(value))
            }
            Self::UpdateSettingsFlowWithProfileMethod(value) => {
                ("profile", ::serde_json::to_value(value))
            }
            Self::UpdateSettingsFlowWithOidcMethod(value) => {
                ("oidc", ::serde_json::to_value(value))
            }
            Self::UpdateSettingsFlowWithOidcMethod2(value) => {
                ("oidc", ::serde_json::to_value(value))
            }
            Self::UpdateSettingsFlowWithTotpMethod(value) => {
                ("totp", ::serde_json::to_value(value))
            }
            Self::UpdateSettingsFlowWithWebAuthnMethod(value) => {
                ("webauthn", ::serde_json::to_value(value))
            }
            Self::UpdateSettingsFlowWithLookupMethod(value) => {
                ("lookup_secret", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("method".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateSettingsFlowBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("method")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("password") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateSettingsFlowWithPasswordMethod)
                    .map_err(D::Error::custom)
            }
            Some("profile") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateSettingsFlowWithProfileMethod)
                    .map_err(D::Error::custom)
            }
            Some("oidc") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateSettingsFlowWithOidcMethod)
                    .map_err(D::Error::custom)
            }
            Some("totp") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateSettingsFlowWithTotpMethod)
                    .map_err(D::Error::custom)
            }
            Some("webauthn") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateSettingsFlowWithWebAuthnMethod)
                    .map_err(D::Error::custom)
            }
            Some("lookup_secret") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateSettingsFlowWithLookupMethod)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Update Settings Flow with Lookup Method
///
/// Schema `updateSettingsFlowWithLookupMethod`.
#[derive(Clone, Default)]
pub struct UpdateSettingsFlowWithLookupMethod {
    /// CSRFToken is the anti-CSRF token
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// If set to true will save the regenerated lookup secrets
    pub lookup_secret_confirm: ::std::option::Option<bool>,
    /// Disables this method if true.
    pub lookup_secret_disable: ::std::option::Option<bool>,
    /// If set to true will regenerate the lookup secrets
    pub lookup_secret_regenerate: ::std::option::Option<bool>,
    /// If set to true will reveal the lookup secrets
    pub lookup_secret_reveal: ::std::option::Option<bool>,
    /// Method
    ///
    /// Should be set to "lookup" when trying to add, update, or remove a lookup pairing.
    pub method: ::std::string::String,
}
crate::runtime::object! {
    UpdateSettingsFlowWithLookupMethod { csrf_token = "csrf_token" optional,
    lookup_secret_confirm = "lookup_secret_confirm" optional, lookup_secret_disable =
    "lookup_secret_disable" optional, lookup_secret_regenerate =
    "lookup_secret_regenerate" optional, lookup_secret_reveal = "lookup_secret_reveal"
    optional, method = "method" required, }
}

/// Update Settings Flow with OpenID Connect Method
///
/// Schema `updateSettingsFlowWithOidcMethod`.
#[derive(Clone, Default)]
pub struct UpdateSettingsFlowWithOidcMethod {
    /// Flow ID is the flow's ID.
    ///
    /// in: query
    pub flow: ::std::option::Option<::std::string::String>,
    /// Link this provider
    ///
    /// Either this or `unlink` must be set.
    ///
    /// type: string
    /// in: body
    pub link: ::std::option::Option<::std::string::String>,
    /// Method
    ///
    /// Should be set to profile when trying to update a profile.
    pub method: ::std::string::String,
    /// The identity's traits
    ///
    /// in: body
    pub traits: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
    /// Unlink this provider
    ///
    /// Either this or `link` must be set.
    ///
    /// type: string
    /// in: body
    pub unlink: ::std::option::Option<::std::string::String>,
    /// UpstreamParameters are the parameters that are passed to the upstream identity provider.
    ///
    /// These parameters are optional and depend on what the upstream identity provider supports.
    /// Supported parameters are:
    /// `login_hint` (string): The `login_hint` parameter suppresses the account chooser and either pre-fills the email box on the sign-in form, or selects the proper session.
    /// `hd` (string): The `hd` parameter limits the login/registration process to a Google Organization, e.g. `mycollege.edu`.
    /// `prompt` (string): The `prompt` specifies whether the Authorization Server prompts the End-User for reauthentication and consent, e.g. `select_account`.
    pub upstream_parameters: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::runtime::object! {
    UpdateSettingsFlowWithOidcMethod { flow = "flow" optional, link = "link" optional,
    method = "method" required, traits = "traits" optional, unlink = "unlink" optional,
    upstream_parameters = "upstream_parameters" optional, }
}

/// Update Settings Flow with Password Method
///
/// Schema `updateSettingsFlowWithPasswordMethod`.
#[derive(Clone, Default)]
pub struct UpdateSettingsFlowWithPasswordMethod {
    /// CSRFToken is the anti-CSRF token
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// Method
    ///
    /// Should be set to password when trying to update a password.
    pub method: ::std::string::String,
    /// Password is the updated password
    pub password: ::std::string::String,
}
crate::runtime::object! {
    UpdateSettingsFlowWithPasswordMethod { csrf_token = "csrf_token" optional, method =
    "method" required, password = "password" required, }
}

/// Update Settings Flow with Profile Method
///
/// Schema `updateSettingsFlowWithProfileMethod`.
#[derive(Clone, Default)]
pub struct UpdateSettingsFlowWithProfileMethod {
    /// The Anti-CSRF Token
    ///
    /// This token is only required when performing browser flows.
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// Method
    ///
    /// Should be set to profile when trying to update a profile.
    pub method: ::std::string::String,
    /// Traits
    ///
    /// The identity's traits.
    pub traits: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
}
crate::runtime::object! {
    UpdateSettingsFlowWithProfileMethod { csrf_token = "csrf_token" optional, method =
    "method" required, traits = "traits" required, }
}

/// Update Settings Flow with TOTP Method
///
/// Schema `updateSettingsFlowWithTotpMethod`.
#[derive(Clone, Default)]
pub struct UpdateSettingsFlowWithTotpMethod {
    /// CSRFToken is the anti-CSRF token
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// Method
    ///
    /// Should be set to "totp" when trying to add, update, or remove a totp pairing.
    pub method: ::std::string::String,
    /// ValidationTOTP must contain a valid TOTP based on the
    pub totp_code: ::std::option::Option<::std::string::String>,
    /// UnlinkTOTP if true will remove the TOTP pairing,
    /// effectively removing the credential. This can be used
    /// to set up a new TOTP device.
    pub totp_unlink: ::std::option::Option<bool>,
}
crate::runtime::object! {
    UpdateSettingsFlowWithTotpMethod { csrf_token = "csrf_token" optional, method =
    "method" required, totp_code = "totp_code" optional, totp_unlink = "totp_unlink"
    optional, }
}

/// Update Settings Flow with WebAuthn Method
///
/// Schema `updateSettingsFlowWithWebAuthnMethod`.
#[derive(Clone, Default)]
pub struct UpdateSettingsFlowWithWebAuthnMethod {
    /// CSRFToken is the anti-CSRF token
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// Method
    ///
    /// Should be set to "webauthn" when trying to add, update, or remove a webAuthn pairing.
    pub method: ::std::string::String,
    /// Register a WebAuthn Security Key
    ///
    /// It is expected that the JSON returned by the WebAuthn registration process
    /// is included here.
    pub webauthn_register: ::std::option::Option<::std::string::String>,
    /// Name of the WebAuthn Security Key to be Added
    ///
    /// A human-readable name for the security key which will be added.
    pub webauthn_register_displayname: ::std::option::Option<::std::string::String>,
    /// Remove a WebAuthn Security Key
    ///
    /// This must contain the ID of the WebAuthN connection.
    pub webauthn_remove: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateSettingsFlowWithWebAuthnMethod { csrf_token = "csrf_token" optional, method =
    "method" required, webauthn_register = "webauthn_register" optional,
    webauthn_register_displayname = "webauthn_register_displayname" optional,
    webauthn_remove = "webauthn_remove" optional, }
}

/// Update Subscription Request Body
///
/// Schema `updateSubscriptionBody`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct UpdateSubscriptionBody {
    /// monthly Monthly
    /// yearly Yearly
    pub interval: CreateSubscriptionBodyInterval,
    pub plan: ::std::string::String,
    pub return_to: ::std::option::Option<::std::string::String>,
}
crate::runtime::object! {
    UpdateSubscriptionBody { interval = "interval" required, plan = "plan" required,
    return_to = "return_to" optional, }
}

/// Update Verification Flow Request Body
///
/// Schema `updateVerificationFlowBody`.
///
/// The discriminator picks the variant; values with a tag this client does not know
/// are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateVerificationFlowBody {
    /// `link`
    UpdateVerificationFlowWithLinkMethod(UpdateVerificationFlowWithLinkMethod),
    /// `code`
    UpdateVerificationFlowWithCodeMethod(UpdateVerificationFlowWithCodeMethod),
    /// A value whose tag this client does not know, kept as it came.
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for UpdateVerificationFlowBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::Error as _;
        let (tag, value) = match self {
            Self::UpdateVerificationFlowWithLinkMethod(value) => {
                ("link", ::serde_json::to_value(value))
            }
            Self::UpdateVerificationFlowWithCodeMethod(value) => {
                ("code", ::serde_json::to_value(value))
            }
            Self::Unknown(value) => return value.serialize(serializer),
        };
        let mut value = value.map_err(S::Error::custom)?;
        if let ::serde_json::Value::Object(map) = &mut value {
            map.insert("method".to_string(), ::serde_json::Value::from(tag));
        }
        value.serialize(serializer)
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateVerificationFlowBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = ::serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("method")
            .and_then(::serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("link") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateVerificationFlowWithLinkMethod)
                    .map_err(D::Error::custom)
            }
            Some("code") => {
                ::serde_json::from_value(value)
                    .map(Self::UpdateVerificationFlowWithCodeMethod)
                    .map_err(D::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Schema `updateVerificationFlowWithCodeMethod`.
#[derive(Clone, Default)]
pub struct UpdateVerificationFlowWithCodeMethod {
    /// Code from the recovery email
    ///
    /// If you want to submit a code, use this field, but make sure to _not_ include the email field, as well.
    pub code: ::std::option::Option<::std::string::String>,
    /// Sending the anti-csrf token is only required for browser login flows.
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// The email address to verify
    ///
    /// If the email belongs to a valid account, a verifiation email will be sent.
    ///
    /// If you want to notify the email address if the account does not exist, see
    /// the [notify_unknown_recipients flag](https://www.ory.sh/docs/kratos/self-service/flows/verify-email-account-activation#attempted-verification-notifications)
    ///
    /// If a code was already sent, including this field in the payload will invalidate the sent code and re-send a new code.
    ///
    /// format: email
    pub email: ::std::option::Option<::std::string::String>,
    /// Method is the method that should be used for this verification flow
    ///
    /// Allowed values are `link` and `code`.
    /// link VerificationStrategyLink
    /// code VerificationStrategyCode
    pub method: UpdateVerificationFlowWithCodeMethodMethod,
}
crate::runtime::object! {
    UpdateVerificationFlowWithCodeMethod { code = "code" optional, csrf_token =
    "csrf_token" optional, email = "email" optional, method = "method" required, }
}

/// Update Verification Flow with Link Method
///
/// Schema `updateVerificationFlowWithLinkMethod`.
#[derive(Clone, Default)]
pub struct UpdateVerificationFlowWithLinkMethod {
    /// Sending the anti-csrf token is only required for browser login flows.
    pub csrf_token: ::std::option::Option<::std::string::String>,
    /// Email to Verify
    ///
    /// Needs to be set when initiating the flow. If the email is a registered
    /// verification email, a verification link will be sent. If the email is not known,
    /// a email with details on what happened will be sent instead.
    ///
    /// format: email
    pub email: ::std::string::String,
    /// Method is the method that should be used for this verification flow
    ///
    /// Allowed values are `link` and `code`
    /// link VerificationStrategyLink
    /// code VerificationStrategyCode
    pub method: UpdateVerificationFlowWithLinkMethodMethod,
}
crate::runtime::object! {
    UpdateVerificationFlowWithLinkMethod { csrf_token = "csrf_token" optional, email =
    "email" required, method = "method" required, }
}

/// VerifiableAddress is an identity's verifiable address
///
/// Schema `verifiableIdentityAddress`.
#[derive(Clone, Default)]
pub struct VerifiableIdentityAddress {
    /// When this entry was created
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// The ID
    pub id: ::std::option::Option<::uuid::Uuid>,
    pub status: IdentityVerifiableAddressStatus,
    /// When this entry was last updated
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// The address value
    ///
    /// example foo@user.com
    pub value: ::std::string::String,
    /// Indicates if the address has already been verified
    pub verified: bool,
    pub verified_at: ::std::option::Option<NullTime2>,
    pub via: IdentityVerifiableAddressType,
}
crate::runtime::object! {
    VerifiableIdentityAddress { created_at = "created_at" optional, id = "id" optional,
    status = "status" required, updated_at = "updated_at" optional, value = "value"
    required, verified = "verified" required, verified_at = "verified_at" optional, via =
    "via" required, }
}

/// A Verification Flow
///
/// Used to verify an out-of-band communication
/// channel such as an email address or a phone number.
///
/// For more information head over to: <https://www.ory.sh/docs/kratos/self-service/flows/verify-email-account-activation>
///
/// Schema `verificationFlow`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct VerificationFlow {
    /// Active, if set, contains the registration method that is being used. It is initially
    /// not set.
    pub active: ::std::option::Option<::std::string::String>,
    /// ExpiresAt is the time (UTC) when the request expires. If the user still wishes to verify the address,
    /// a new request has to be initiated.
    pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// ID represents the request's unique ID. When performing the verification flow, this
    /// represents the id in the verify ui's query parameter: http://<selfservice.flows.verification.ui_url>?request=&lt;id&gt;
    ///
    /// type: string
    /// format: uuid
    pub id: ::uuid::Uuid,
    /// IssuedAt is the time (UTC) when the request occurred.
    pub issued_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// RequestURL is the initial URL that was requested from Ory Kratos. It can be used
    /// to forward information contained in the URL's path or query for example.
    pub request_url: ::std::option::Option<::std::string::String>,
    /// ReturnTo contains the requested return_to URL.
    pub return_to: ::std::option::Option<::std::string::String>,
    pub state: VerificationFlowState,
    pub type_: SelfServiceFlowType,
    pub ui: UiContainer,
}
crate::runtime::object! {
    VerificationFlow { active = "active" optional, expires_at = "expires_at" optional, id
    = "id" required, issued_at = "issued_at" optional, request_url = "request_url"
    optional, return_to = "return_to" optional, state = "state" required, type_ = "type"
    required, ui = "ui" required, }
}

/// Verification Flow State
///
/// The state represents the state of the verification flow.
///
/// choose_method: ask the user to choose a method (e.g. recover account via email)
/// sent_email: the email has been sent to the user
/// passed_challenge: the request was successful and the recovery challenge was passed.
///
/// Schema `verificationFlowState`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum VerificationFlowState {
    /// `choose_method`
    #[default]
    ChooseMethod,
    /// `sent_email`
    SentEmail,
    /// `passed_challenge`
    PassedChallenge,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    VerificationFlowState + Unknown { ChooseMethod = "choose_method", SentEmail =
    "sent_email", PassedChallenge = "passed_challenge", }
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

/// Schema `webAuthnJavaScript`.
pub type WebAuthnJavaScript = ::std::string::String;

/// Action will always be `set_ory_session_token`
/// set_ory_session_token ContinueWithActionSetOrySessionToken
/// show_verification_ui ContinueWithActionShowVerificationUI
///
/// Inline schema at `/components/schemas/continueWithSetOrySessionToken/properties/action`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ContinueWithSetOrySessionTokenAction {
    /// `set_ory_session_token`
    #[default]
    SetOrySessionToken,
    /// `show_verification_ui`
    ShowVerificationUi,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ContinueWithSetOrySessionTokenAction + Unknown { SetOrySessionToken =
    "set_ory_session_token", ShowVerificationUi = "show_verification_ui", }
}

/// Action will always be `show_verification_ui`
/// set_ory_session_token ContinueWithActionSetOrySessionToken
/// show_verification_ui ContinueWithActionShowVerificationUI
///
/// Inline schema at `/components/schemas/continueWithVerificationUi/properties/action`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ContinueWithVerificationUiAction {
    /// `set_ory_session_token`
    #[default]
    SetOrySessionToken,
    /// `show_verification_ui`
    ShowVerificationUi,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ContinueWithVerificationUiAction + Unknown { SetOrySessionToken =
    "set_ory_session_token", ShowVerificationUi = "show_verification_ui", }
}

/// usd USD
/// eur Euro
///
/// Inline schema at `/components/schemas/createSubscriptionBody/properties/currency`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CreateSubscriptionBodyCurrency {
    /// `usd`
    #[default]
    Usd,
    /// `eur`
    Eur,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CreateSubscriptionBodyCurrency + Unknown { Usd = "usd", Eur = "eur", }
}

/// monthly Monthly
/// yearly Yearly
///
/// Inline schema at `/components/schemas/createSubscriptionBody/properties/interval`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CreateSubscriptionBodyInterval {
    /// `monthly`
    #[default]
    Monthly,
    /// `yearly`
    Yearly,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CreateSubscriptionBodyInterval + Unknown { Monthly = "monthly", Yearly = "yearly", }
}

/// Inline schema at `/components/schemas/customDomain/properties/ssl_status`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CustomDomainSslStatus {
    /// `initializing`
    #[default]
    Initializing,
    /// `pending_validation`
    PendingValidation,
    /// `deleted`
    Deleted,
    /// `pending_issuance`
    PendingIssuance,
    /// `pending_deployment`
    PendingDeployment,
    /// `pending_deletion`
    PendingDeletion,
    /// `pending_expiration`
    PendingExpiration,
    /// `expired`
    Expired,
    /// `active`
    Active,
    /// `initializing_timed_out`
    InitializingTimedOut,
    /// `validation_timed_out`
    ValidationTimedOut,
    /// `issuance_timed_out`
    IssuanceTimedOut,
    /// `deployment_timed_out`
    DeploymentTimedOut,
    /// `deletion_timed_out`
    DeletionTimedOut,
    /// `pending_cleanup`
    PendingCleanup,
    /// `staging_deployment`
    StagingDeployment,
    /// `staging_active`
    StagingActive,
    /// `deactivating`
    Deactivating,
    /// `inactive`
    Inactive,
    /// `backup_issued`
    BackupIssued,
    /// `holding_deployment`
    HoldingDeployment,
    /// ``
    Empty,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    CustomDomainSslStatus + Unknown { Initializing = "initializing", PendingValidation =
    "pending_validation", Deleted = "deleted", PendingIssuance = "pending_issuance",
    PendingDeployment = "pending_deployment", PendingDeletion = "pending_deletion",
    PendingExpiration = "pending_expiration", Expired = "expired", Active = "active",
    InitializingTimedOut = "initializing_timed_out", ValidationTimedOut =
    "validation_timed_out", IssuanceTimedOut = "issuance_timed_out", DeploymentTimedOut =
    "deployment_timed_out", DeletionTimedOut = "deletion_timed_out", PendingCleanup =
    "pending_cleanup", StagingDeployment = "staging_deployment", StagingActive =
    "staging_active", Deactivating = "deactivating", Inactive = "inactive", BackupIssued
    = "backup_issued", HoldingDeployment = "holding_deployment", Empty = "", }
}

/// The type of the node.
/// union TreeNodeUnion
/// exclusion TreeNodeExclusion
/// intersection TreeNodeIntersection
/// leaf TreeNodeLeaf
/// tuple_to_subject_set TreeNodeTupleToSubjectSet
/// computed_subject_set TreeNodeComputedSubjectSet
/// not TreeNodeNot
/// unspecified TreeNodeUnspecified
///
/// Inline schema at `/components/schemas/expandedPermissionTree/properties/type`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ExpandedPermissionTreeType {
    /// `union`
    #[default]
    Union,
    /// `exclusion`
    Exclusion,
    /// `intersection`
    Intersection,
    /// `leaf`
    Leaf,
    /// `tuple_to_subject_set`
    TupleToSubjectSet,
    /// `computed_subject_set`
    ComputedSubjectSet,
    /// `not`
    Not,
    /// `unspecified`
    Unspecified,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ExpandedPermissionTreeType + Unknown { Union = "union", Exclusion = "exclusion",
    Intersection = "intersection", Leaf = "leaf", TupleToSubjectSet =
    "tuple_to_subject_set", ComputedSubjectSet = "computed_subject_set", Not = "not",
    Unspecified = "unspecified", }
}

/// The action for this specific patch
/// create ActionCreate  Create this identity.
///
/// Inline schema at `/components/schemas/identityPatchResponse/properties/action`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum IdentityPatchResponseAction {
    /// `create`
    #[default]
    Create,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    IdentityPatchResponseAction + Unknown { Create = "create", }
}

/// Namespace is the namespace of the subject.
///
/// Inline schema at `/components/schemas/internalIsOwnerForProjectBySlugBody/properties/namespace`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum InternalIsOwnerForProjectBySlugBodyNamespace {
    /// `User`
    #[default]
    User,
    /// ` ApiKey`
    ApiKey,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    InternalIsOwnerForProjectBySlugBodyNamespace + Unknown { User = "User", ApiKey =
    " ApiKey", }
}

/// Currency
/// usd USD
/// eur Euro
///
/// Inline schema at `/components/schemas/internalProvisionMockSubscription/properties/currency`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum InternalProvisionMockSubscriptionCurrency {
    /// `usd`
    #[default]
    Usd,
    /// `eur`
    Eur,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    InternalProvisionMockSubscriptionCurrency + Unknown { Usd = "usd", Eur = "eur", }
}

/// Billing Interval
/// monthly Monthly
/// yearly Yearly
///
/// Inline schema at `/components/schemas/internalProvisionMockSubscription/properties/interval`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum InternalProvisionMockSubscriptionInterval {
    /// `monthly`
    #[default]
    Monthly,
    /// `yearly`
    Yearly,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    InternalProvisionMockSubscriptionInterval + Unknown { Monthly = "monthly", Yearly =
    "yearly", }
}

/// The operation to be performed. One of "add", "remove", "replace", "move", "copy", or "test".
///
/// Inline schema at `/components/schemas/jsonPatch/properties/op`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum JsonPatchOp {
    /// `add`
    #[default]
    Add,
    /// `remove`
    Remove,
    /// `replace`
    Replace,
    /// `move`
    Move,
    /// `copy`
    Copy,
    /// `test`
    Test,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    JsonPatchOp + Unknown { Add = "add", Remove = "remove", Replace = "replace", Move =
    "move", Copy = "copy", Test = "test", }
}

/// recovery_invalid TypeRecoveryInvalid
/// recovery_valid TypeRecoveryValid
/// recovery_code_invalid TypeRecoveryCodeInvalid
/// recovery_code_valid TypeRecoveryCodeValid
/// verification_invalid TypeVerificationInvalid
/// verification_valid TypeVerificationValid
/// verification_code_invalid TypeVerificationCodeInvalid
/// verification_code_valid TypeVerificationCodeValid
/// otp TypeOTP
/// stub TypeTestStub
///
/// Inline schema at `/components/schemas/message/properties/template_type`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum MessageTemplateType {
    /// `recovery_invalid`
    #[default]
    RecoveryInvalid,
    /// `recovery_valid`
    RecoveryValid,
    /// `recovery_code_invalid`
    RecoveryCodeInvalid,
    /// `recovery_code_valid`
    RecoveryCodeValid,
    /// `verification_invalid`
    VerificationInvalid,
    /// `verification_valid`
    VerificationValid,
    /// `verification_code_invalid`
    VerificationCodeInvalid,
    /// `verification_code_valid`
    VerificationCodeValid,
    /// `otp`
    Otp,
    /// `stub`
    Stub,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    MessageTemplateType + Unknown { RecoveryInvalid = "recovery_invalid", RecoveryValid =
    "recovery_valid", RecoveryCodeInvalid = "recovery_code_invalid", RecoveryCodeValid =
    "recovery_code_valid", VerificationInvalid = "verification_invalid",
    VerificationValid = "verification_valid", VerificationCodeInvalid =
    "verification_code_invalid", VerificationCodeValid = "verification_code_valid", Otp =
    "otp", Stub = "stub", }
}

/// The status of this dispatch
/// Either "failed" or "success"
/// failed CourierMessageDispatchStatusFailed
/// success CourierMessageDispatchStatusSuccess
///
/// Inline schema at `/components/schemas/messageDispatch/properties/status`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum MessageDispatchStatus {
    /// `failed`
    #[default]
    Failed,
    /// `success`
    Success,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    MessageDispatchStatus + Unknown { Failed = "failed", Success = "success", }
}

/// The state of the project.
/// running Running
/// halted Halted
/// deleted Deleted
///
/// Inline schema at `/components/schemas/normalizedProject/properties/state`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum NormalizedProjectState {
    /// `running`
    #[default]
    Running,
    /// `halted`
    Halted,
    /// `deleted`
    Deleted,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    NormalizedProjectState + Unknown { Running = "running", Halted = "halted", Deleted =
    "deleted", }
}

/// Defines access token type. jwt is a bad idea, see <https://www.ory.sh/docs/hydra/advanced#json-web-tokens>
///
/// This governs the "strategies.access_token" setting.
/// opaque Oauth2AccessTokenStrategyOpaque
/// jwt Oauth2AccessTokenStrategyJwt
///
/// Inline schema at `/components/schemas/normalizedProjectRevision/properties/hydra_strategies_access_token`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum NormalizedProjectRevisionHydraStrategiesAccessToken {
    /// `opaque`
    #[default]
    Opaque,
    /// `jwt`
    Jwt,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    NormalizedProjectRevisionHydraStrategiesAccessToken + Unknown { Opaque = "opaque",
    Jwt = "jwt", }
}

/// Defines how scopes are matched. For more details have a look at <https://github.com/ory/fosite#scopes>
///
/// This governs the "strategies.scope" setting.
/// exact Oauth2ScopeStrategyExact
/// wildcard Oauth2ScopeStrategyWildcard
///
/// Inline schema at `/components/schemas/normalizedProjectRevision/properties/hydra_strategies_scope`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum NormalizedProjectRevisionHydraStrategiesScope {
    /// `exact`
    #[default]
    Exact,
    /// `wildcard`
    Wildcard,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    NormalizedProjectRevisionHydraStrategiesScope + Unknown { Exact = "exact", Wildcard =
    "wildcard", }
}

/// Configures the Ory Kratos Recovery strategy to use ("link" or "code")
///
/// This governs the "selfservice.flows.recovery.use" setting.
/// link SelfServiceMessageVerificationStrategyLink
/// code SelfServiceMessageVerificationStrategyCode
///
/// Inline schema at `/components/schemas/normalizedProjectRevision/properties/kratos_selfservice_flows_recovery_use`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum NormalizedProjectRevisionKratosSelfserviceFlowsRecoveryUse {
    /// `link`
    #[default]
    Link,
    /// `code`
    Code,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    NormalizedProjectRevisionKratosSelfserviceFlowsRecoveryUse + Unknown { Link = "link",
    Code = "code", }
}

/// Configures the Ory Kratos Strategy to use for Verification
///
/// This governs the "selfservice.flows.verification.use" setting.
/// link SelfServiceMessageVerificationStrategyLink
/// code SelfServiceMessageVerificationStrategyCode
///
/// Inline schema at `/components/schemas/normalizedProjectRevision/properties/kratos_selfservice_flows_verification_use`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum NormalizedProjectRevisionKratosSelfserviceFlowsVerificationUse {
    /// `link`
    #[default]
    Link,
    /// `code`
    Code,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    NormalizedProjectRevisionKratosSelfserviceFlowsVerificationUse + Unknown { Link =
    "link", Code = "code", }
}

/// State indicates the state of the provider
///
/// Only providers with state `enabled` will be used for authentication
/// enabled ThirdPartyProviderStateEnabled
/// disabled ThirdPartyProviderStateDisabled
///
/// Inline schema at `/components/schemas/normalizedProjectRevisionThirdPartyProvider/properties/state`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum NormalizedProjectRevisionThirdPartyProviderState {
    /// `enabled`
    #[default]
    Enabled,
    /// `disabled`
    Disabled,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    NormalizedProjectRevisionThirdPartyProviderState + Unknown { Enabled = "enabled",
    Disabled = "disabled", }
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

/// The invite's status
/// Keeps track of the invites status such as pending, accepted, declined, expired
/// pending PENDING
/// accepted ACCEPTED
/// declined DECLINED
/// expired EXPIRED
/// cancelled CANCELLED
/// removed REMOVED
///
/// Inline schema at `/components/schemas/projectInvite/properties/status`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProjectInviteStatus {
    /// `pending`
    #[default]
    Pending,
    /// `accepted`
    Accepted,
    /// `declined`
    Declined,
    /// `expired`
    Expired,
    /// `cancelled`
    Cancelled,
    /// `removed`
    Removed,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    ProjectInviteStatus + Unknown { Pending = "pending", Accepted = "accepted", Declined
    = "declined", Expired = "expired", Cancelled = "cancelled", Removed = "removed", }
}

/// region_eu RegionEU
/// region_us RegionUS
/// region_apac RegionAPAC
/// region_global RegionGlobal
/// production_projects ProductionProjects
/// daily_active_users DailyActiveUsers
/// custom_domains CustomDomains
/// sla SLA
/// collaborator_seats CollaboratorSeats
/// edge_cache EdgeCache
/// branding_themes BrandingThemes
/// zendesk_support ZendeskSupport
/// project_metrics ProjectMetrics
/// rate_limit_tier RateLimitTier
/// session_rate_limit_tier RateLimitTierSessions
///
/// Inline schema at `/components/schemas/quotaUsage/properties/feature`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum QuotaUsageFeature {
    /// `region_eu`
    #[default]
    RegionEu,
    /// `region_us`
    RegionUs,
    /// `region_apac`
    RegionApac,
    /// `region_global`
    RegionGlobal,
    /// `production_projects`
    ProductionProjects,
    /// `daily_active_users`
    DailyActiveUsers,
    /// `custom_domains`
    CustomDomains,
    /// `sla`
    Sla,
    /// `collaborator_seats`
    CollaboratorSeats,
    /// `edge_cache`
    EdgeCache,
    /// `branding_themes`
    BrandingThemes,
    /// `zendesk_support`
    ZendeskSupport,
    /// `project_metrics`
    ProjectMetrics,
    /// `rate_limit_tier`
    RateLimitTier,
    /// `session_rate_limit_tier`
    SessionRateLimitTier,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    QuotaUsageFeature + Unknown { RegionEu = "region_eu", RegionUs = "region_us",
    RegionApac = "region_apac", RegionGlobal = "region_global", ProductionProjects =
    "production_projects", DailyActiveUsers = "daily_active_users", CustomDomains =
    "custom_domains", Sla = "sla", CollaboratorSeats = "collaborator_seats", EdgeCache =
    "edge_cache", BrandingThemes = "branding_themes", ZendeskSupport = "zendesk_support",
    ProjectMetrics = "project_metrics", RateLimitTier = "rate_limit_tier",
    SessionRateLimitTier = "session_rate_limit_tier", }
}

/// Inline schema at `/components/schemas/relationshipPatch/properties/action`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RelationshipPatchAction {
    /// `insert`
    #[default]
    Insert,
    /// `delete`
    Delete,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    RelationshipPatchAction + Unknown { Insert = "insert", Delete = "delete", }
}

/// The method used
///
/// Inline schema at `/components/schemas/sessionAuthenticationMethod/properties/method`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum SessionAuthenticationMethodMethod {
    /// `link_recovery`
    #[default]
    LinkRecovery,
    /// `code_recovery`
    CodeRecovery,
    /// `password`
    Password,
    /// `totp`
    Totp,
    /// `oidc`
    Oidc,
    /// `webauthn`
    Webauthn,
    /// `lookup_secret`
    LookupSecret,
    /// `v0.6_legacy_session`
    V06LegacySession,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    SessionAuthenticationMethodMethod + Unknown { LinkRecovery = "link_recovery",
    CodeRecovery = "code_recovery", Password = "password", Totp = "totp", Oidc = "oidc",
    Webauthn = "webauthn", LookupSecret = "lookup_secret", V06LegacySession =
    "v0.6_legacy_session", }
}

/// The currency of the subscription. To change this, a new subscription must be created.
/// usd USD
/// eur Euro
///
/// Inline schema at `/components/schemas/subscription/properties/currency`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum SubscriptionCurrency {
    /// `usd`
    #[default]
    Usd,
    /// `eur`
    Eur,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    SubscriptionCurrency + Unknown { Usd = "usd", Eur = "eur", }
}

/// The currently active interval of the subscription
/// monthly Monthly
/// yearly Yearly
///
/// Inline schema at `/components/schemas/subscription/properties/current_interval`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum SubscriptionCurrentInterval {
    /// `monthly`
    #[default]
    Monthly,
    /// `yearly`
    Yearly,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    SubscriptionCurrentInterval + Unknown { Monthly = "monthly", Yearly = "yearly", }
}

/// Group specifies which group (e.g. password authenticator) this node belongs to.
/// default DefaultGroup
/// password PasswordGroup
/// oidc OpenIDConnectGroup
/// profile ProfileGroup
/// link LinkGroup
/// code CodeGroup
/// totp TOTPGroup
/// lookup_secret LookupGroup
/// webauthn WebAuthnGroup
///
/// Inline schema at `/components/schemas/uiNode/properties/group`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UiNodeGroup {
    /// `default`
    #[default]
    Default,
    /// `password`
    Password,
    /// `oidc`
    Oidc,
    /// `profile`
    Profile,
    /// `link`
    Link,
    /// `code`
    Code,
    /// `totp`
    Totp,
    /// `lookup_secret`
    LookupSecret,
    /// `webauthn`
    Webauthn,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UiNodeGroup + Unknown { Default = "default", Password = "password", Oidc = "oidc",
    Profile = "profile", Link = "link", Code = "code", Totp = "totp", LookupSecret =
    "lookup_secret", Webauthn = "webauthn", }
}

/// The node's type
/// text Text
/// input Input
/// img Image
/// a Anchor
/// script Script
///
/// Inline schema at `/components/schemas/uiNode/properties/type`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UiNodeType {
    /// `text`
    #[default]
    Text,
    /// `input`
    Input,
    /// `img`
    Img,
    /// `a`
    A,
    /// `script`
    Script,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UiNodeType + Unknown { Text = "text", Input = "input", Img = "img", A = "a", Script =
    "script", }
}

/// The autocomplete attribute for the input.
/// email InputAttributeAutocompleteEmail
/// tel InputAttributeAutocompleteTel
/// url InputAttributeAutocompleteUrl
/// current-password InputAttributeAutocompleteCurrentPassword
/// new-password InputAttributeAutocompleteNewPassword
/// one-time-code InputAttributeAutocompleteOneTimeCode
///
/// Inline schema at `/components/schemas/uiNodeInputAttributes/properties/autocomplete`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UiNodeInputAttributesAutocomplete {
    /// `email`
    #[default]
    Email,
    /// `tel`
    Tel,
    /// `url`
    Url,
    /// `current-password`
    CurrentPassword,
    /// `new-password`
    NewPassword,
    /// `one-time-code`
    OneTimeCode,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UiNodeInputAttributesAutocomplete + Unknown { Email = "email", Tel = "tel", Url =
    "url", CurrentPassword = "current-password", NewPassword = "new-password",
    OneTimeCode = "one-time-code", }
}

/// The input's element type.
/// text InputAttributeTypeText
/// password InputAttributeTypePassword
/// number InputAttributeTypeNumber
/// checkbox InputAttributeTypeCheckbox
/// hidden InputAttributeTypeHidden
/// email InputAttributeTypeEmail
/// tel InputAttributeTypeTel
/// submit InputAttributeTypeSubmit
/// button InputAttributeTypeButton
/// datetime-local InputAttributeTypeDateTimeLocal
/// date InputAttributeTypeDate
/// url InputAttributeTypeURI
///
/// Inline schema at `/components/schemas/uiNodeInputAttributes/properties/type`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UiNodeInputAttributesType {
    /// `text`
    #[default]
    Text,
    /// `password`
    Password,
    /// `number`
    Number,
    /// `checkbox`
    Checkbox,
    /// `hidden`
    Hidden,
    /// `email`
    Email,
    /// `tel`
    Tel,
    /// `submit`
    Submit,
    /// `button`
    Button,
    /// `datetime-local`
    DatetimeLocal,
    /// `date`
    Date,
    /// `url`
    Url,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UiNodeInputAttributesType + Unknown { Text = "text", Password = "password", Number =
    "number", Checkbox = "checkbox", Hidden = "hidden", Email = "email", Tel = "tel",
    Submit = "submit", Button = "button", DatetimeLocal = "datetime-local", Date =
    "date", Url = "url", }
}

/// The message type.
/// info Info
/// error Error
/// success Success
///
/// Inline schema at `/components/schemas/uiText/properties/type`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UiTextType {
    /// `info`
    #[default]
    Info,
    /// `error`
    Error,
    /// `success`
    Success,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UiTextType + Unknown { Info = "info", Error = "error", Success = "success", }
}

/// Method is the method that should be used for this recovery flow
///
/// Allowed values are `link` and `code`.
/// link RecoveryStrategyLink
/// code RecoveryStrategyCode
///
/// Inline schema at `/components/schemas/updateRecoveryFlowWithCodeMethod/properties/method`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UpdateRecoveryFlowWithCodeMethodMethod {
    /// `link`
    #[default]
    Link,
    /// `code`
    Code,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UpdateRecoveryFlowWithCodeMethodMethod + Unknown { Link = "link", Code = "code", }
}

/// Method is the method that should be used for this recovery flow
///
/// Allowed values are `link` and `code`
/// link RecoveryStrategyLink
/// code RecoveryStrategyCode
///
/// Inline schema at `/components/schemas/updateRecoveryFlowWithLinkMethod/properties/method`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UpdateRecoveryFlowWithLinkMethodMethod {
    /// `link`
    #[default]
    Link,
    /// `code`
    Code,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UpdateRecoveryFlowWithLinkMethodMethod + Unknown { Link = "link", Code = "code", }
}

/// Method is the method that should be used for this verification flow
///
/// Allowed values are `link` and `code`.
/// link VerificationStrategyLink
/// code VerificationStrategyCode
///
/// Inline schema at `/components/schemas/updateVerificationFlowWithCodeMethod/properties/method`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UpdateVerificationFlowWithCodeMethodMethod {
    /// `link`
    #[default]
    Link,
    /// `code`
    Code,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UpdateVerificationFlowWithCodeMethodMethod + Unknown { Link = "link", Code = "code",
    }
}

/// Method is the method that should be used for this verification flow
///
/// Allowed values are `link` and `code`
/// link VerificationStrategyLink
/// code VerificationStrategyCode
///
/// Inline schema at `/components/schemas/updateVerificationFlowWithLinkMethod/properties/method`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UpdateVerificationFlowWithLinkMethodMethod {
    /// `link`
    #[default]
    Link,
    /// `code`
    Code,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    UpdateVerificationFlowWithLinkMethodMethod + Unknown { Link = "link", Code = "code",
    }
}

/// Inline schema at `/paths/~1admin~1identities~1{id}/get/parameters/1/schema/items`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum GetIdentityIncludeCredentialItem {
    /// `password`
    #[default]
    Password,
    /// `totp`
    Totp,
    /// `oidc`
    Oidc,
    /// `webauthn`
    Webauthn,
    /// `lookup_secret`
    LookupSecret,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    GetIdentityIncludeCredentialItem + Unknown { Password = "password", Totp = "totp",
    Oidc = "oidc", Webauthn = "webauthn", LookupSecret = "lookup_secret", }
}

/// Inline schema at `/paths/~1admin~1identities~1{id}~1credentials~1{type}/delete/parameters/1/schema`.
///
/// Values the spec does not list are kept in `Unknown`, so a server adding a value
/// does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DeleteIdentityCredentialsType {
    /// `totp`
    #[default]
    Totp,
    /// `webauthn`
    Webauthn,
    /// `lookup`
    Lookup,
    /// A value this client does not know.
    Unknown(::std::string::String),
}
crate::runtime::string_enum! {
    DeleteIdentityCredentialsType + Unknown { Totp = "totp", Webauthn = "webauthn",
    Lookup = "lookup", }
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
    pub status: ::std::string::String,
}
crate::runtime::object! {
    IsReadyResponse { status = "status" required, }
}

/// Inline schema at `/paths/~1health~1ready/get/responses/503/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct IsReadyResponse503 {
    /// Errors contains a list of errors that caused the not ready status.
    pub errors: ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::string::String,
    >,
}
crate::runtime::object! {
    IsReadyResponse503 { errors = "errors" required, }
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

/// Inline schema at `/paths/~1projects~1{project}~1tokens/post/requestBody/content/application~1json/schema`.
#[derive(Clone, Default)]
pub struct CreateProjectApiKeyBody {
    /// The Token Name
    ///
    /// A descriptive name for the token.
    ///
    /// in: body
    pub name: ::std::string::String,
}
crate::runtime::object! {
    CreateProjectApiKeyBody { name = "name" required, }
}

/// Inline schema at `/paths/~1version/get/responses/200/content/application~1json/schema`.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct GetVersionResponse {
    /// The version of Ory Kratos.
    pub version: ::std::string::String,
}
crate::runtime::object! {
    GetVersionResponse { version = "version" required, }
}
