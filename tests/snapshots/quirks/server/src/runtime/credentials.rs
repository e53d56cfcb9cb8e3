//! The credentials a request carries, for the implementation to check.

use std::collections::BTreeMap;

use axum::http::HeaderMap;

use super::{cookie_optional, form_decode, Query};

/// The credentials a request carries, for the implementation to check. `Debug` shows which
/// are present, never a secret.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    /// From `Authorization: Basic ...`, base64-decoded. OAuth2 clients form-encode their id
    /// and secret first (RFC 6749 §2.3.1): read those with [`Basic::form_decoded`].
    pub basic: Option<Basic>,
    /// From `Authorization: Bearer ...`.
    pub bearer: Option<String>,
    /// API keys, by scheme name, from where each scheme says.
    pub api_keys: BTreeMap<&'static str, String>,
    /// From `Authorization: AWS4-HMAC-SHA256 ...`, for APIs with a SigV4 scheme. The router
    /// has verified it for operations whose security requires SigV4 (see `crate::sigv4`).
    pub aws_sigv4: Option<AwsSignature>,
    /// The access key id whose SigV4 signature the router verified before the handler ran.
    pub aws_verified_key_id: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let key_schemes: Vec<&str> = self.api_keys.keys().copied().collect();
        f.debug_struct("Credentials")
            .field("basic", &self.basic)
            .field("bearer", &self.bearer.as_ref().map(|_| "<redacted>"))
            .field("api_keys", &key_schemes)
            .field(
                "aws_sigv4",
                &self.aws_sigv4.as_ref().map(|s| &s.access_key_id),
            )
            .field("aws_verified_key_id", &self.aws_verified_key_id)
            .finish()
    }
}

/// HTTP Basic credentials as sent (base64-decoded, UTF-8). `Debug` leaves the password out;
/// compare it with [`same_secret`].
#[derive(Clone, PartialEq, Eq)]
pub struct Basic {
    pub user_id: String,
    pub password: String,
}

impl Basic {
    /// The credentials of an OAuth2 client: RFC 6749 §2.3.1 has clients form-encode their id
    /// and secret before Basic encoding, so `client%2D1` (or `client+1`) is read as `client-1`
    /// (`client 1`). `None` when either does not decode to UTF-8.
    pub fn form_decoded(&self) -> Option<Basic> {
        Some(Basic {
            user_id: form_decode(&self.user_id)?,
            password: form_decode(&self.password)?,
        })
    }
}

impl std::fmt::Debug for Basic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Basic")
            .field("user_id", &self.user_id)
            .finish_non_exhaustive()
    }
}

/// Whether a secret a request gave equals the expected one, compared in constant time (the
/// time taken does not depend on where they differ, only on their lengths).
pub fn same_secret(expected: &str, given: &str) -> bool {
    use subtle::ConstantTimeEq;
    expected.as_bytes().ct_eq(given.as_bytes()).into()
}

/// A request's AWS Signature Version 4 as its `Authorization` header states it, with the
/// parts of the request it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwsSignature {
    pub access_key_id: String,
    /// The credential scope: `YYYYMMDD`, region and signing name.
    pub date: String,
    pub region: String,
    pub service: String,
    /// The headers the signature covers, lowercase.
    pub signed_headers: Vec<String>,
    pub signature: String,
    /// `x-amz-date`: when the request was signed (`YYYYMMDDTHHMMSSZ`); `None` when missing.
    pub amz_date: Option<String>,
    pub session_token: Option<String>,
    pub method: String,
    /// The path and query as received.
    pub uri: String,
    /// The signed headers' values, in `signed_headers` order (empty for a missing one).
    pub header_values: Vec<String>,
    /// Signed headers the request does not carry.
    pub missing_headers: Vec<String>,
    pub body: Vec<u8>,
}

impl AwsSignature {
    /// Reads the signature of a request; `None` when it carries none or its `Authorization`
    /// header is not a well-formed SigV4 one.
    pub fn read(
        method: &axum::http::Method,
        uri: &axum::http::Uri,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Option<AwsSignature> {
        let value = headers
            .get(axum::http::header::AUTHORIZATION)?
            .to_str()
            .ok()?;
        let rest = value.strip_prefix("AWS4-HMAC-SHA256 ")?;
        let mut fields = BTreeMap::new();
        for part in rest.split(',') {
            let (key, value) = part.trim().split_once('=')?;
            fields.insert(key, value);
        }
        let mut scope = fields.get("Credential")?.split('/');
        let (access_key_id, date, region, service, terminator) = (
            scope.next()?,
            scope.next()?,
            scope.next()?,
            scope.next()?,
            scope.next()?,
        );
        if terminator != "aws4_request" || scope.next().is_some() {
            return None;
        }
        let signed_headers: Vec<String> = fields
            .get("SignedHeaders")?
            .split(';')
            .map(str::to_string)
            .collect();
        let mut missing_headers = Vec::new();
        let header_values = signed_headers
            .iter()
            .map(|name| {
                let values: Vec<&str> = headers
                    .get_all(name.as_str())
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .collect();
                if values.is_empty() {
                    missing_headers.push(name.clone());
                }
                values.join(",")
            })
            .collect();
        let text = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        Some(AwsSignature {
            access_key_id: access_key_id.to_string(),
            date: date.to_string(),
            region: region.to_string(),
            service: service.to_string(),
            signed_headers,
            signature: fields.get("Signature")?.to_string(),
            amz_date: text("x-amz-date"),
            session_token: text("x-amz-security-token"),
            method: method.as_str().to_string(),
            uri: uri
                .path_and_query()
                .map_or_else(|| uri.path().to_string(), |p| p.as_str().to_string()),
            header_values,
            missing_headers,
            body: body.to_vec(),
        })
    }
}

/// Where an API key scheme reads its key.
#[derive(Debug, Clone, Copy)]
pub enum KeyIn {
    Header(&'static str),
    Query(&'static str),
    Cookie(&'static str),
}

impl Credentials {
    pub fn read(
        headers: &HeaderMap,
        query: &Query,
        api_keys: &[(&'static str, KeyIn)],
    ) -> Credentials {
        use base64::Engine;
        let mut credentials = Credentials::default();
        if let Some(value) = headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
        {
            let (scheme, rest) = value.split_once(' ').unwrap_or((value, ""));
            if scheme.eq_ignore_ascii_case("bearer") {
                credentials.bearer = Some(rest.trim().to_string());
            } else if scheme.eq_ignore_ascii_case("basic") {
                let decoded = base64::engine::general_purpose::STANDARD
                    .decode(rest.trim())
                    .ok();
                let text = decoded.and_then(|d| String::from_utf8(d).ok());
                if let Some((user_id, password)) = text.as_deref().and_then(|t| t.split_once(':')) {
                    credentials.basic = Some(Basic {
                        user_id: user_id.to_string(),
                        password: password.to_string(),
                    });
                }
            }
        }
        for (scheme, place) in api_keys {
            let key = match place {
                KeyIn::Header(name) => headers
                    .get(*name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string),
                KeyIn::Query(name) => query.values(name).into_iter().next(),
                KeyIn::Cookie(name) => cookie_optional::<String>(headers, name).ok().flatten(),
            };
            if let Some(key) = key {
                credentials.api_keys.insert(scheme, key);
            }
        }
        credentials
    }
}
