//! The credentials a request carries, for the implementation to check.

use std::collections::BTreeMap;

use axum::http::HeaderMap;

use super::{cookie_optional, Query};

/// The credentials a request carries, for the implementation to check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credentials {
    /// From `Authorization: Basic ...`.
    pub basic: Option<(String, String)>,
    /// From `Authorization: Bearer ...`.
    pub bearer: Option<String>,
    /// API keys, by scheme name, from where each scheme says.
    pub api_keys: BTreeMap<&'static str, String>,
    /// From `Authorization: AWS4-HMAC-SHA256 ...`, for APIs with a SigV4 scheme; check it with
    /// `AwsSignature::verify`.
    pub aws_sigv4: Option<AwsSignature>,
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
    /// `x-amz-date`: when the request was signed (`YYYYMMDDTHHMMSSZ`).
    pub amz_date: String,
    pub session_token: Option<String>,
    pub method: String,
    /// The path and query as received.
    pub uri: String,
    /// The signed headers' values, in `signed_headers` order.
    pub header_values: Vec<String>,
    pub body: Vec<u8>,
}

impl AwsSignature {
    /// Reads the signature of a request; `None` when it carries none or a malformed one.
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
        let header_values = signed_headers
            .iter()
            .map(|name| {
                let values: Vec<&str> = headers
                    .get_all(name.as_str())
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .collect();
                (!values.is_empty()).then(|| values.join(","))
            })
            .collect::<Option<Vec<String>>>()?;
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
            amz_date: text("x-amz-date")?,
            session_token: text("x-amz-security-token"),
            method: method.as_str().to_string(),
            uri: uri
                .path_and_query()
                .map_or_else(|| uri.path().to_string(), |p| p.as_str().to_string()),
            header_values,
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
                if let Some((user, password)) = text.as_deref().and_then(|t| t.split_once(':')) {
                    credentials.basic = Some((user.to_string(), password.to_string()));
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
