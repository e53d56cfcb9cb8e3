//! AWS Signature Version 4, for the API's SigV4 security scheme: every request is signed with
//! the client's access key just before it is sent (each retry anew), with the `aws-sigv4`
//! crate.

use std::time::SystemTime;

use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;

use crate::runtime::{AwsCredentials, SigV4};

/// Signs `request` for `signing_name` in `region` at `time`: adds `x-amz-date`,
/// `authorization` and, for temporary credentials, `x-amz-security-token`. The body is part
/// of the signature when it is in memory; a streamed body is sent as `UNSIGNED-PAYLOAD`.
pub fn sign(
    request: &mut reqwest::Request,
    credentials: &AwsCredentials,
    signing_name: &str,
    region: &str,
    time: SystemTime,
) -> Result<(), String> {
    let identity = aws_credential_types::Credentials::new(
        credentials.access_key_id.clone(),
        credentials.secret_access_key.clone(),
        credentials.session_token.clone(),
        None,
        "specmint",
    )
    .into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name(signing_name)
        .time(time)
        .settings(SigningSettings::default())
        .build()
        .map_err(|e| format!("cannot sign the request: {e}"))?
        .into();
    let headers: Vec<(&str, &str)> = request
        .headers()
        .iter()
        .filter_map(|(name, value)| Some((name.as_str(), value.to_str().ok()?)))
        .collect();
    let body = match request.body() {
        None => SignableBody::Bytes(&[]),
        Some(body) => match body.as_bytes() {
            Some(bytes) => SignableBody::Bytes(bytes),
            None => SignableBody::UnsignedPayload,
        },
    };
    let signable = SignableRequest::new(
        request.method().as_str(),
        request.url().as_str(),
        headers.into_iter(),
        body,
    )
    .map_err(|e| format!("cannot sign the request: {e}"))?;
    let (instructions, _signature) = aws_sigv4::http_request::sign(signable, &params)
        .map_err(|e| format!("cannot sign the request: {e}"))?
        .into_parts();
    let (headers, _params) = instructions.into_parts();
    for header in headers {
        let value = reqwest::header::HeaderValue::from_str(header.value())
            .map_err(|e| format!("cannot sign the request: {e}"))?;
        let name = reqwest::header::HeaderName::from_bytes(header.name().as_bytes())
            .map_err(|e| format!("cannot sign the request: {e}"))?;
        request.headers_mut().insert(name, value);
    }
    Ok(())
}

/// The runtime's hook: signs with what the client holds.
pub(crate) fn sign_with(
    request: &mut reqwest::Request,
    signer: &SigV4<'_>,
    time: SystemTime,
) -> Result<(), String> {
    sign(
        request,
        signer.credentials,
        signer.signing_name,
        signer.region,
        time,
    )
}
