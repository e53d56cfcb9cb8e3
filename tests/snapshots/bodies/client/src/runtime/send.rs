//! Sending a request: the server URL, credentials, retries and timeouts applied, and the
//! response read.

use reqwest::header::HeaderMap;

use super::{
    retry_after, streamed, ByteStream, Call, Client, Credential, Error, Operation, Received,
    ResponseValue, SchemeKind, SendError, SigV4,
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

    /// An operation's call: sends the built request when awaited and decodes the response with
    /// `decode`. Every operation's method ends here, so the sending is one `async` body in the
    /// runtime and not one per operation.
    pub(crate) fn call<'a, T: Send + 'a, E: Send + 'a>(
        &'a self,
        operation: &'static Operation,
        request: reqwest::RequestBuilder,
        decode: fn(Received) -> Result<ResponseValue<T>, Error<E>>,
    ) -> Call<'a, T, E> {
        Box::pin(async move { decode(self.send(operation, request).await?) })
    }

    /// The call of an operation's streaming method: a successful response's body is left to
    /// stream; other responses are read and decoded with `decode`.
    pub(crate) fn call_streamed<'a, E: Send + 'a>(
        &'a self,
        operation: &'static Operation,
        request: reqwest::RequestBuilder,
        decode: fn(Received) -> Result<ResponseValue<ByteStream>, Error<E>>,
    ) -> Call<'a, ByteStream, E> {
        Box::pin(async move {
            let response = self.send_raw(operation, request).await?;
            if response.status().is_success() {
                return Ok(streamed(response));
            }
            decode(Received::read(response, operation.id).await?)
        })
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
        merge_cookies(request.headers_mut());
        if !self.overrides.form.is_empty() {
            append_form(&mut request, &self.overrides.form);
        }
        let sign = |request: &mut reqwest::Request| -> Result<(), SendError> {
            let (Some((scheme, signer)), Some(sign)) = (&signer, crate::spec::SIGN) else {
                return Ok(());
            };
            sign(request, signer, std::time::SystemTime::now())
                .map_err(|message| SendError::Auth { scheme, message })
        };
        let policy = self.overrides.retry.as_ref().unwrap_or(&self.shared.retry);
        let retryable = operation.idempotent || policy.retry_non_idempotent;
        let mut delays = policy.delays();
        loop {
            // A request whose body cannot be cloned (a streamed multipart form) is sent once.
            let Some(mut attempt) = request.try_clone().filter(|_| retryable) else {
                let mut request = request;
                sign(&mut request)?;
                return self
                    .shared
                    .http
                    .execute(request)
                    .await
                    .map_err(SendError::Transport);
            };
            // Each attempt is signed anew: a signature holds the time it was made.
            sign(&mut attempt)?;
            let outcome = self.shared.http.execute(attempt).await;
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
            request = credential.apply(scheme, request, &self.shared.http).await?;
        }
        Ok((request, signer))
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

/// `scheme://host:port` of a URL.
fn origin(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(i) => &url[..after_scheme + i],
        None => url,
    }
}
