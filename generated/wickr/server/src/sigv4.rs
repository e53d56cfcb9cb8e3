//! AWS Signature Version 4 checks, for the API's SigV4 security scheme. The router checks the
//! signature of every operation whose security requires SigV4 before your handler runs: the
//! service type implements [`SigV4Keys`] (the scope requests must be signed for, and the
//! secret of each access key id), and a request that is unsigned, signed for another scope,
//! path or time, or by an unknown key is answered with a JSON problem (`401` when unsigned,
//! `403` otherwise) naming the reason. The handler finds the verified access key id in
//! `request.credentials.aws_verified_key_id`.
//!
//! Signatures are recomputed with the `aws-sigv4` crate over the request exactly as it
//! arrived: the path is not normalized, so a signature covers the path the router matched.

use std::future::Future;
use std::time::{Duration, SystemTime};

use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::runtime::{AwsSignature, Incoming, Location, Problem, Reply, Route};

/// How far a signature's time may be from the server's clock (AWS allows 15 minutes).
pub const MAX_SKEW: Duration = Duration::from_secs(15 * 60);

/// The secret half of an access key, and the session token that comes with temporary
/// credentials.
#[derive(Clone, PartialEq, Eq)]
pub struct SigningKey {
    pub secret_access_key: String,
    /// For temporary credentials: requests must carry this token in `x-amz-security-token`.
    pub session_token: Option<String>,
}

impl SigningKey {
    /// A long-term key (no session token).
    pub fn new(secret_access_key: impl Into<String>) -> Self {
        SigningKey {
            secret_access_key: secret_access_key.into(),
            session_token: None,
        }
    }

    /// Temporary credentials: the secret and the session token they were issued with.
    pub fn temporary(
        secret_access_key: impl Into<String>,
        session_token: impl Into<String>,
    ) -> Self {
        SigningKey {
            secret_access_key: secret_access_key.into(),
            session_token: Some(session_token.into()),
        }
    }
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("temporary", &self.session_token.is_some())
            .finish_non_exhaustive()
    }
}

/// The credential scope a signature must have: the signing name (the service) and the regions
/// the server answers for.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    pub signing_name: &'a str,
    pub regions: &'a [&'a str],
}

/// What the router needs to check SigV4 signatures. Implement it for the service type; the API
/// traits whose operations require SigV4 require it.
pub trait SigV4Keys: Send + Sync {
    /// The scope every request must be signed for.
    fn scope(&self) -> Scope<'_>;

    /// The key of `access_key_id`, or `None` when it is unknown. Asynchronous, so that it can
    /// ask a store.
    fn signing_key(&self, access_key_id: &str) -> impl Future<Output = Option<SigningKey>> + Send;
}

/// Why a signature was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureError {
    /// The request has no `Authorization: AWS4-HMAC-SHA256 ...` header.
    Unsigned,
    /// The `Authorization` header is not a well-formed SigV4 one.
    Malformed,
    /// `x-amz-date` is missing.
    MissingDate,
    /// `x-amz-date` is not a `YYYYMMDDTHHMMSSZ` time, or not on the credential scope's date.
    BadDate,
    /// The signature covers a header the request does not carry.
    MissingSignedHeader(String),
    /// The key is temporary and the request carries no `x-amz-security-token`, or the
    /// signature does not cover it.
    MissingSessionToken,
    /// The credential scope names another signing name (service).
    WrongService(String),
    /// The credential scope names a region the server does not answer for.
    WrongRegion(String),
    /// The access key id is unknown.
    UnknownKey(String),
    /// The signature was made more than [`MAX_SKEW`] away from now.
    Skewed,
    /// The path has `.`, `..` or empty segments (or encodes a dot), which a signer would
    /// normalize away: the signature would not cover the path being routed.
    NonCanonicalPath,
    /// The signature does not match the request and the key.
    Mismatch,
    /// The signature could not be recomputed.
    Uncheckable(String),
}

impl SignatureError {
    /// `401` for a request that is not signed at all, `403` for a signature refused.
    pub fn status(&self) -> StatusCode {
        match self {
            SignatureError::Unsigned => StatusCode::UNAUTHORIZED,
            _ => StatusCode::FORBIDDEN,
        }
    }
}

impl std::fmt::Display for SignatureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SignatureError::Unsigned => {
                write!(f, "the request is not signed with AWS Signature Version 4")
            }
            SignatureError::Malformed => {
                write!(
                    f,
                    "the Authorization header is not a well-formed SigV4 header"
                )
            }
            SignatureError::MissingDate => write!(f, "x-amz-date is missing"),
            SignatureError::BadDate => write!(
                f,
                "x-amz-date is malformed or not on the credential scope's date"
            ),
            SignatureError::MissingSignedHeader(name) => {
                write!(f, "the signed header `{name}` is missing from the request")
            }
            SignatureError::MissingSessionToken => write!(
                f,
                "the access key is temporary and the signed request carries no x-amz-security-token"
            ),
            SignatureError::WrongService(name) => {
                write!(
                    f,
                    "the signature is scoped to service `{name}`, not this one"
                )
            }
            SignatureError::WrongRegion(region) => {
                write!(f, "the signature is scoped to region `{region}`, which this server does not serve")
            }
            SignatureError::UnknownKey(id) => write!(f, "the access key `{id}` is unknown"),
            SignatureError::Skewed => {
                write!(
                    f,
                    "the signature's time is more than 15 minutes from the server's clock"
                )
            }
            SignatureError::NonCanonicalPath => write!(
                f,
                "the path has `.`, `..` or empty segments; send it normalized, as it was signed"
            ),
            SignatureError::Mismatch => write!(f, "the signature does not match"),
            SignatureError::Uncheckable(e) => write!(f, "the signature cannot be checked: {e}"),
        }
    }
}

impl std::error::Error for SignatureError {}

/// Checks the request's signature with `keys` before `read` and `call` run (see
/// [`crate::runtime::dispatch`]); a refused signature is answered with its problem.
pub async fn dispatch_signed<K, R, T, F>(
    route: &'static Route,
    keys: &K,
    mut incoming: Incoming,
    read: fn(&Incoming) -> Result<R, Problem>,
    call: impl FnOnce(R) -> F,
) -> Response
where
    K: SigV4Keys,
    F: Future<Output = Reply<T>>,
    T: IntoResponse,
{
    match verify_incoming(keys, &incoming, SystemTime::now()).await {
        Ok(access_key_id) => {
            incoming.aws_verified_key_id = Some(access_key_id);
            crate::runtime::dispatch(route, incoming, read, call).await
        }
        Err(error) => Problem::new(
            error.status(),
            Location::Header,
            Some("authorization".into()),
            error.to_string(),
        )
        .into_response(),
    }
}

/// The access key id of the request's signature, when `keys` accept it at `now`.
pub async fn verify_incoming<K: SigV4Keys>(
    keys: &K,
    incoming: &Incoming,
    now: SystemTime,
) -> Result<String, SignatureError> {
    let signature = AwsSignature::read(
        &incoming.method,
        &incoming.uri,
        &incoming.headers,
        &incoming.body,
    )
    .ok_or_else(|| {
        let sigv4 = incoming
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .is_some_and(|v| v.as_bytes().starts_with(b"AWS4-HMAC-SHA256 "));
        if sigv4 {
            SignatureError::Malformed
        } else {
            SignatureError::Unsigned
        }
    })?;
    let scope = keys.scope();
    signature.check_scope(&scope)?;
    let key = keys
        .signing_key(&signature.access_key_id)
        .await
        .ok_or_else(|| SignatureError::UnknownKey(signature.access_key_id.clone()))?;
    signature.verify_at(&key, &scope, now)?;
    Ok(signature.access_key_id)
}

impl AwsSignature {
    /// Checks the signature against `key` and `scope`, now.
    pub fn verify(&self, key: &SigningKey, scope: &Scope<'_>) -> Result<(), SignatureError> {
        self.verify_at(key, scope, SystemTime::now())
    }

    /// Checks the signature against `key` and `scope`, as if it were `now`.
    pub fn verify_at(
        &self,
        key: &SigningKey,
        scope: &Scope<'_>,
        now: SystemTime,
    ) -> Result<(), SignatureError> {
        self.check_scope(scope)?;
        if !canonical_path(&self.uri) {
            return Err(SignatureError::NonCanonicalPath);
        }
        if let Some(missing) = self.missing_headers.first() {
            return Err(match missing.as_str() {
                "x-amz-date" => SignatureError::MissingDate,
                "x-amz-security-token" => SignatureError::MissingSessionToken,
                _ => SignatureError::MissingSignedHeader(missing.clone()),
            });
        }
        let amz_date = self
            .amz_date
            .as_deref()
            .ok_or(SignatureError::MissingDate)?;
        if key.session_token.is_some()
            && !self
                .signed_headers
                .iter()
                .any(|h| h == "x-amz-security-token")
        {
            return Err(SignatureError::MissingSessionToken);
        }
        let signed_at = signed_at(amz_date, &self.date).ok_or(SignatureError::BadDate)?;
        let skew = now
            .duration_since(signed_at)
            .unwrap_or_else(|e| e.duration());
        if skew > MAX_SKEW {
            return Err(SignatureError::Skewed);
        }
        let expected = self
            .recompute(key, signed_at)
            .map_err(SignatureError::Uncheckable)?;
        let same_token = key.session_token.is_none() || key.session_token == self.session_token;
        if same_token && crate::runtime::same_secret(&expected, &self.signature) {
            Ok(())
        } else {
            Err(SignatureError::Mismatch)
        }
    }

    /// Whether the credential scope is `scope`'s service and one of its regions.
    fn check_scope(&self, scope: &Scope<'_>) -> Result<(), SignatureError> {
        if self.service != scope.signing_name {
            return Err(SignatureError::WrongService(self.service.clone()));
        }
        if !scope.regions.contains(&self.region.as_str()) {
            return Err(SignatureError::WrongRegion(self.region.clone()));
        }
        Ok(())
    }

    /// The signature the request should carry, made with `aws-sigv4` from the signed headers,
    /// over the path as it arrived (not normalized).
    fn recompute(&self, key: &SigningKey, time: SystemTime) -> Result<String, String> {
        let identity = aws_credential_types::Credentials::new(
            self.access_key_id.clone(),
            key.secret_access_key.clone(),
            self.session_token.clone(),
            None,
            "request",
        )
        .into();
        let mut settings = SigningSettings::default();
        settings.uri_path_normalization_mode =
            aws_sigv4::http_request::UriPathNormalizationMode::Disabled;
        let params = v4::SigningParams::builder()
            .identity(&identity)
            .region(&self.region)
            .name(&self.service)
            .time(time)
            .settings(settings)
            .build()
            .map_err(|e| e.to_string())?
            .into();
        let host = self
            .signed_headers
            .iter()
            .position(|h| h == "host")
            .and_then(|i| self.header_values.get(i))
            .ok_or("the signature does not cover the host header")?;
        let url = format!("http://{host}{}", self.uri);
        let headers = self
            .signed_headers
            .iter()
            .map(String::as_str)
            .zip(self.header_values.iter().map(String::as_str));
        let signable =
            SignableRequest::new(&self.method, url, headers, SignableBody::Bytes(&self.body))
                .map_err(|e| e.to_string())?;
        let (_, signature) = aws_sigv4::http_request::sign(signable, &params)
            .map_err(|e| e.to_string())?
            .into_parts();
        Ok(signature)
    }
}

/// Whether the path of `uri` (a path and query) is what a signer would sign: no `.` or `..`
/// segment (also percent-encoded), and no empty segment but a trailing one.
fn canonical_path(uri: &str) -> bool {
    let path = uri.split_once('?').map_or(uri, |(path, _)| path);
    let Some(segments) = path.strip_prefix('/') else {
        return false;
    };
    let segments = segments.strip_suffix('/').unwrap_or(segments);
    segments.is_empty()
        || segments.split('/').all(|segment| {
            let decoded = percent_encoding::percent_decode_str(segment).collect::<Vec<u8>>();
            !segment.is_empty() && decoded != b"." && decoded != b".."
        })
}

/// `x-amz-date` as a time, when it is well formed and on the scope's date.
fn signed_at(amz_date: &str, scope_date: &str) -> Option<SystemTime> {
    let d = amz_date;
    if d.len() != 16 || !d.starts_with(scope_date) || &d[8..9] != "T" || !d.ends_with('Z') {
        return None;
    }
    let rfc3339 = format!(
        "{}-{}-{}T{}:{}:{}Z",
        &d[0..4],
        &d[4..6],
        &d[6..8],
        &d[9..11],
        &d[11..13],
        &d[13..15]
    );
    let time = aws_smithy_types::DateTime::from_str(
        &rfc3339,
        aws_smithy_types::date_time::Format::DateTime,
    )
    .ok()?;
    SystemTime::try_from(time).ok()
}
