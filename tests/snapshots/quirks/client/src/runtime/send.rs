//! Sending a request: the server URL, credentials, retries and timeouts applied, and the
//! response read.

use reqwest::header::HeaderMap;

use super::{
    normalize_query, origin, retry_after, AuthError, Client, Credential, Operation, Received,
    SchemeKind, SendError, SigV4,
};
use crate::spec::SCHEMES;

impl Client {
    pub(crate) fn request(
        &self,
        operation: &Operation,
        method: reqwest::Method,
        path: &str,
    ) -> reqwest::RequestBuilder {
        let base = self.server_for(operation);
        self.shared.http.request(method, format!("{base}{path}"))
    }

    /// The base URL of one operation: a per-call override, else the operation's own server
    /// (relative ones resolved against the client's base URL), else the client's base URL.
    fn server_for(&self, operation: &Operation) -> String {
        if let Some(url) = &self.overrides.server_url {
            return url.clone();
        }
        let Some(server) = operation.servers.first() else {
            return self.shared.base_url.clone();
        };
        let mut url = server.expand(&self.shared.server_variables);
        if url.starts_with('/') {
            url = format!("{}{url}", origin(&self.shared.base_url));
        }
        while url.ends_with('/') {
            url.pop();
        }
        url
    }

    /// Authorizes, sends (retrying as the policy allows) and reads a response.
    pub(crate) async fn send(
        &self,
        operation: &Operation,
        request: reqwest::RequestBuilder,
    ) -> Result<Received, SendError> {
        let response = self.send_raw(operation, request).await?;
        Received::read(response, operation.id)
            .await
            .map_err(SendError::Transport)
    }

    /// Sends a request with the client's settings, credentials and retries; the response's body
    /// is left unread, for streaming.
    pub(crate) async fn send_raw(
        &self,
        operation: &Operation,
        request: reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, SendError> {
        let mut request = request;
        for (name, value) in &self.overrides.headers {
            request = request.header(name.as_str(), value.as_str());
        }
        if !self.overrides.query.is_empty() {
            request = request.query(&self.overrides.query);
        }
        if let Some(timeout) = self.overrides.timeout.or(self.shared.timeout) {
            request = request.timeout(timeout);
        }
        let (request, signer) = self.authorize(operation, request).await?;
        let mut request = request.build().map_err(SendError::Transport)?;
        normalize_query(request.url_mut());
        merge_cookies(request.headers_mut());
        if !self.overrides.form.is_empty() {
            append_form(&mut request, &self.overrides.form);
        }
        let sign = |request: &mut reqwest::Request| -> Result<(), SendError> {
            let (Some((scheme, signer)), Some(sign)) = (&signer, crate::spec::SIGN) else {
                return Ok(());
            };
            sign(request, signer, std::time::SystemTime::now())
                .map_err(|message| SendError::Auth(AuthError::Unusable { scheme, message }))
        };
        let policy = self.overrides.retry.as_ref().unwrap_or(&self.shared.retry);
        let retryable = operation.idempotent || policy.retry_non_idempotent;
        let mut delays = policy.delays();
        let mut attempt_number = 0;
        loop {
            attempt_number += 1;
            // A request whose body cannot be cloned (a streamed multipart form) is sent once.
            let Some(mut attempt) = request.try_clone().filter(|_| retryable) else {
                let mut request = request;
                sign(&mut request)?;
                return self
                    .attempt(operation, attempt_number, request)
                    .await
                    .map_err(SendError::Transport);
            };
            // Each attempt is signed anew: a signature holds the time it was made.
            sign(&mut attempt)?;
            let outcome = self.attempt(operation, attempt_number, attempt).await;
            let delay = match &outcome {
                Err(e) if e.is_connect() || (e.is_request() && !e.is_timeout()) => delays.next(),
                Ok(response) if policy.retries_status(response.status()) => {
                    match retry_after(response.headers()) {
                        Some(wait) if wait > policy.max_retry_after => None,
                        Some(wait) => delays.next().map(|_| wait),
                        None => delays.next(),
                    }
                }
                _ => None,
            };
            match delay {
                Some(delay) => tokio::time::sleep(delay).await,
                None => return outcome.map_err(SendError::Transport),
            }
        }
    }

    /// Sends one attempt: the hooks see the request first and the response after, and (with
    /// the `tracing` feature) the attempt runs in a span of its own.
    async fn attempt(
        &self,
        operation: &Operation,
        number: u32,
        mut request: reqwest::Request,
    ) -> Result<reqwest::Response, reqwest::Error> {
        for hook in &self.shared.hooks.on_request {
            hook(&mut request);
        }
        #[cfg(feature = "tracing")]
        let span = tracing::info_span!(
            "http_request",
            operation = operation.id,
            method = operation.method,
            path = operation.path,
            attempt = number,
            status = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        #[cfg(not(feature = "tracing"))]
        let _ = (operation, number);
        let started = std::time::Instant::now();
        let send = self.shared.http.execute(request);
        #[cfg(feature = "tracing")]
        let send = tracing::Instrument::instrument(send, span.clone());
        let outcome = send.await;
        let elapsed = started.elapsed();
        #[cfg(feature = "tracing")]
        {
            span.record("duration_ms", elapsed.as_millis() as u64);
            if let Ok(response) = &outcome {
                span.record("status", response.status().as_u16());
            }
        }
        #[cfg(not(feature = "tracing"))]
        let _ = elapsed;
        if let Ok(response) = &outcome {
            for hook in &self.shared.hooks.on_response {
                hook(response);
            }
        }
        outcome
    }

    /// Adds credentials for the first security requirement of the operation that the client
    /// has credentials for. Without any, the request goes out as it is and the server decides.
    async fn authorize(
        &self,
        operation: &Operation,
        request: reqwest::RequestBuilder,
    ) -> Result<(reqwest::RequestBuilder, Option<(&'static str, SigV4<'_>)>), SendError> {
        let credential = |name: &str| {
            self.overrides
                .credentials
                .iter()
                .rev()
                .find(|(n, _)| *n == name)
                .map(|(_, c)| c)
                .or_else(|| self.shared.credentials.get(name))
        };
        let Some(requirement) = operation
            .security
            .iter()
            .find(|requirement| requirement.iter().all(|name| credential(name).is_some()))
        else {
            return Ok((request, None));
        };
        self.check_destination(operation, requirement)?;
        let base_url = self
            .shared
            .base_url_chosen
            .then_some(self.shared.base_url.as_str());
        let mut request = request;
        let mut signer = None;
        for name in requirement.iter() {
            let (Some(scheme), Some(credential)) =
                (SCHEMES.iter().find(|s| s.name == *name), credential(name))
            else {
                continue;
            };
            if let (
                SchemeKind::AwsSigV4 {
                    signing_name,
                    region,
                },
                Credential::Aws(aws),
            ) = (&scheme.kind, credential)
            {
                // The client's region (a server variable), else the scheme's default.
                let region = self
                    .shared
                    .server_variables
                    .get("region")
                    .map_or(*region, String::as_str);
                signer = Some((
                    scheme.name,
                    SigV4 {
                        credentials: aws,
                        signing_name,
                        region,
                    },
                ));
            }
            request = credential
                .apply(scheme, request, &self.shared.http, base_url)
                .await?;
        }
        Ok((request, signer))
    }

    /// Credentials go only to the server the user chose: an operation whose own server (from
    /// the spec) is on another origin than the base URL they set gets none, and fails.
    fn check_destination(
        &self,
        operation: &Operation,
        requirement: &[&'static str],
    ) -> Result<(), SendError> {
        if !self.shared.base_url_chosen
            || self.overrides.server_url.is_some()
            || operation.servers.is_empty()
        {
            return Ok(());
        }
        let url = self.server_for(operation);
        if origin(&url) == origin(&self.shared.base_url) {
            return Ok(());
        }
        Err(SendError::Auth(AuthError::Withheld {
            scheme: requirement.first().copied().unwrap_or_default(),
            url,
            base_url: self.shared.base_url.clone(),
        }))
    }
}

/// Cookie parameters and cookie API keys may each have added a `Cookie` header; servers expect
/// one (RFC 6265), so they are joined.
fn merge_cookies(headers: &mut HeaderMap) {
    let values: Vec<String> = headers
        .get_all(reqwest::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_string))
        .collect();
    if values.len() > 1 {
        if let Ok(joined) = reqwest::header::HeaderValue::from_str(&values.join("; ")) {
            headers.insert(reqwest::header::COOKIE, joined);
        }
    }
}

/// Appends fields to a form-encoded body (or makes one).
fn append_form(request: &mut reqwest::Request, fields: &[(String, String)]) {
    let extra = serde_urlencoded::to_string(fields).unwrap_or_default();
    let existing = request
        .body()
        .and_then(reqwest::Body::as_bytes)
        .map(|b| String::from_utf8_lossy(b).into_owned());
    let body = match existing {
        Some(existing) if !existing.is_empty() => format!("{existing}&{extra}"),
        _ => extra,
    };
    request.headers_mut().insert(
        reqwest::header::CONTENT_TYPE,
        reqwest::header::HeaderValue::from_static("application/x-www-form-urlencoded"),
    );
    *request.body_mut() = Some(body.into());
}
