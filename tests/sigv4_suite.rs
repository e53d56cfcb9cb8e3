//! AWS's SigV4 test suite (the vectors in `tests/fixtures/sigv4-suite`, copied from the CRT
//! signing test suite that the `aws-sigv4` crate ships): for each request, the generated Wickr
//! client's signer must produce AWS's signature (for paths without encoded characters; see
//! below), and the generated Wickr server must accept that signature for the request as it
//! would arrive, or refuse it when its path has dot segments that a signer normalizes away.

use std::path::Path;
use std::time::{Duration, SystemTime};

use wickr_server::sigv4::{Scope, SignatureError, SigningKey};

/// One vector: the request as AWS writes it, its context and the expected signature.
struct Vector {
    name: String,
    method: String,
    /// The path and query as written in `request.txt`.
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    access_key_id: String,
    secret: String,
    token: Option<String>,
    region: String,
    service: String,
    time: SystemTime,
    sign_body: bool,
    signature: String,
}

fn load(dir: &Path) -> Vector {
    let request = std::fs::read_to_string(dir.join("request.txt")).unwrap();
    let (head, body) = request.split_once("\n\n").unwrap_or((&request, ""));
    let mut lines = head.lines();
    let first = lines.next().unwrap();
    let (method, rest) = first.split_once(' ').unwrap();
    let target = rest.rsplit_once(' ').unwrap().0.to_string();
    let headers = lines
        .map(|line| {
            let (name, value) = line.split_once(':').unwrap();
            (name.to_ascii_lowercase(), value.trim().to_string())
        })
        .collect();
    let context: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("context.json")).unwrap()).unwrap();
    let text = |v: &serde_json::Value| v.as_str().unwrap().to_string();
    let time = chrono::DateTime::parse_from_rfc3339(context["timestamp"].as_str().unwrap())
        .unwrap()
        .timestamp();
    Vector {
        name: dir.file_name().unwrap().to_string_lossy().into_owned(),
        method: method.to_string(),
        target,
        headers,
        body: body.as_bytes().to_vec(),
        access_key_id: text(&context["credentials"]["access_key_id"]),
        secret: text(&context["credentials"]["secret_access_key"]),
        token: context["credentials"]["token"].as_str().map(str::to_string),
        region: text(&context["region"]),
        service: text(&context["service"]),
        time: SystemTime::UNIX_EPOCH + Duration::from_secs(time as u64),
        sign_body: context["sign_body"].as_bool().unwrap_or(false),
        signature: std::fs::read_to_string(dir.join("header-signature.txt"))
            .unwrap()
            .trim()
            .to_string(),
    }
}

/// The request signed by the generated client's signer.
fn client_signed(vector: &Vector) -> reqwest::Request {
    let host = &vector
        .headers
        .iter()
        .find(|(name, _)| name == "host")
        .unwrap()
        .1;
    let url = format!("https://{host}{}", vector.target);
    let mut request = reqwest::Request::new(vector.method.parse().unwrap(), url.parse().unwrap());
    for (name, value) in vector.headers.iter().filter(|(name, _)| name != "host") {
        request.headers_mut().append(
            reqwest::header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            value.parse().unwrap(),
        );
    }
    if vector.sign_body {
        // "sign_body" vectors carry the payload's hash in a signed header.
        use sha2::Digest;
        let hash: String = sha2::Sha256::digest(&vector.body)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        request
            .headers_mut()
            .insert("x-amz-content-sha256", hash.parse().unwrap());
    }
    if !vector.body.is_empty() {
        *request.body_mut() = Some(vector.body.clone().into());
    }
    let mut credentials = wickr_client::AwsCredentials::new(&vector.access_key_id, &vector.secret);
    if let Some(token) = &vector.token {
        credentials = credentials.session_token(token);
    }
    wickr_client::sigv4::sign(
        &mut request,
        &credentials,
        &vector.service,
        &vector.region,
        vector.time,
    )
    .unwrap();
    request
}

/// What the generated server reads from `request` arriving with `target` as its path and query.
fn server_view(
    request: &reqwest::Request,
    target: &str,
    body: &[u8],
) -> wickr_server::runtime::AwsSignature {
    let mut headers = axum::http::HeaderMap::new();
    for (name, value) in request.headers() {
        headers.append(
            axum::http::HeaderName::from_bytes(name.as_str().as_bytes()).unwrap(),
            value.to_str().unwrap().parse().unwrap(),
        );
    }
    headers.insert("host", request.url().host_str().unwrap().parse().unwrap());
    let method: axum::http::Method = request.method().as_str().parse().unwrap();
    wickr_server::runtime::AwsSignature::read(&method, &target.parse().unwrap(), &headers, body)
        .expect("a SigV4 signature")
}

#[test]
fn the_client_signs_as_aws_and_the_server_verifies_as_routed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sigv4-suite");
    let mut names: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    names.sort();
    assert!(names.len() >= 20, "the suite's vectors are there");
    for dir in names {
        let vector = load(&dir);
        let request = client_signed(&vector);
        let authorization = request.headers()["authorization"]
            .to_str()
            .unwrap()
            .to_string();
        // The suite signs paths encoded once. Services other than S3 (all rest-json ones)
        // encode the path twice, as `aws-sigv4` and botocore do, so a path with an encoded
        // character (get-space, get-utf8) has another signature there; those vectors check
        // the round trip from the client to the server only.
        let path = vector.target.split('?').next().unwrap_or_default();
        let encoded_once = path.contains('%') || !path.is_ascii();
        assert!(
            encoded_once || authorization.ends_with(&format!("Signature={}", vector.signature)),
            "{}: {authorization}",
            vector.name
        );

        let key = match &vector.token {
            Some(token) => SigningKey::temporary(&vector.secret, token),
            None => SigningKey::new(&vector.secret),
        };
        let regions = [vector.region.as_str()];
        let scope = Scope {
            signing_name: &vector.service,
            regions: &regions,
        };
        let dotted = vector
            .target
            .split(['/', '?'])
            .any(|segment| segment == "." || segment == "..");
        // The server sees the path as the request sends it: a signer's normalized form, or the
        // raw dot segments an attacker would send instead.
        let sent = request.url()[url::Position::BeforePath..].to_string();
        let arriving = if dotted { vector.target.clone() } else { sent };
        let seen = server_view(&request, &arriving, &vector.body);
        let verdict = seen.verify_at(&key, &scope, vector.time);
        if dotted {
            assert_eq!(
                verdict,
                Err(SignatureError::NonCanonicalPath),
                "{}",
                vector.name
            );
            let normalized = server_view(
                &request,
                &request.url()[url::Position::BeforePath..],
                &vector.body,
            );
            assert_eq!(
                normalized.verify_at(&key, &scope, vector.time),
                Ok(()),
                "{}",
                vector.name
            );
        } else {
            assert_eq!(verdict, Ok(()), "{} as {arriving}", vector.name);
        }
    }
}
