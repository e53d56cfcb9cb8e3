//! AWS Signature Version 4 checks, for the API's SigV4 security scheme: the server recomputes
//! a request's signature with the `aws-sigv4` crate and compares it with the one it carries.

use std::time::{Duration, SystemTime};

use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;

use crate::runtime::AwsSignature;

/// How far a signature's time may be from the server's clock (AWS allows 15 minutes).
pub const MAX_SKEW: Duration = Duration::from_secs(15 * 60);

/// Why a signature was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureError {
    /// `x-amz-date` is not a `YYYYMMDDTHHMMSSZ` time, or does not match the credential scope.
    BadDate,
    /// The signature was made more than [`MAX_SKEW`] away from now.
    Skewed,
    /// The signature does not match the request and the secret key.
    Mismatch,
    /// The signature could not be recomputed.
    Unsigned(String),
}

impl std::fmt::Display for SignatureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SignatureError::BadDate => write!(
                f,
                "x-amz-date is missing, malformed or outside the credential scope"
            ),
            SignatureError::Skewed => {
                write!(f, "the signature's time is too far from the server's clock")
            }
            SignatureError::Mismatch => write!(f, "the signature does not match"),
            SignatureError::Unsigned(e) => write!(f, "the signature cannot be checked: {e}"),
        }
    }
}

impl std::error::Error for SignatureError {}

impl AwsSignature {
    /// Checks the signature against the secret key of `access_key_id`, now.
    pub fn verify(&self, secret_access_key: &str) -> Result<(), SignatureError> {
        self.verify_at(secret_access_key, SystemTime::now())
    }

    /// Checks the signature against the secret key of `access_key_id`, as if it were `now`.
    pub fn verify_at(
        &self,
        secret_access_key: &str,
        now: SystemTime,
    ) -> Result<(), SignatureError> {
        let signed_at = self.signed_at().ok_or(SignatureError::BadDate)?;
        let skew = now
            .duration_since(signed_at)
            .unwrap_or_else(|e| e.duration());
        if skew > MAX_SKEW {
            return Err(SignatureError::Skewed);
        }
        let expected = self
            .recompute(secret_access_key, signed_at)
            .map_err(SignatureError::Unsigned)?;
        if expected.len() == self.signature.len()
            && expected
                .bytes()
                .zip(self.signature.bytes())
                .fold(0u8, |d, (a, b)| d | (a ^ b))
                == 0
        {
            Ok(())
        } else {
            Err(SignatureError::Mismatch)
        }
    }

    /// `x-amz-date` as a time, when it is well formed and on the scope's date.
    fn signed_at(&self) -> Option<SystemTime> {
        let d = &self.amz_date;
        if d.len() != 16 || !d.starts_with(&self.date) || &d[8..9] != "T" || !d.ends_with('Z') {
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

    /// The signature the request should carry, made with `aws-sigv4` from the signed headers.
    fn recompute(&self, secret_access_key: &str, time: SystemTime) -> Result<String, String> {
        let identity = aws_credential_types::Credentials::new(
            self.access_key_id.clone(),
            secret_access_key.to_string(),
            self.session_token.clone(),
            None,
            "request",
        )
        .into();
        let params = v4::SigningParams::builder()
            .identity(&identity)
            .region(&self.region)
            .name(&self.service)
            .time(time)
            .settings(SigningSettings::default())
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
