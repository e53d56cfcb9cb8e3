//! Runtime support shared by every operation of this crate: the client, responses, errors and
//! parameter encoding. Generated operations stay small because the work happens here.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::Serialize;

pub use reqwest::header::HeaderMap;
pub use reqwest::StatusCode;

use crate::spec::{SCHEMES, SERVERS};

/// A client for the API. Cheap to clone: clones share one connection pool and one token cache.
///
/// Configure it once with [`Client::builder`], and adjust single calls with the `with_*`
/// methods, which return a client sharing everything but the adjusted setting:
/// `client.with_timeout(Duration::from_secs(2)).some_operation().await`.
#[derive(Debug, Clone)]
pub struct Client {
    shared: Arc<Shared>,
    overrides: Overrides,
}

#[derive(Debug)]
struct Shared {
    base_url: String,
    http: reqwest::Client,
    credentials: BTreeMap<&'static str, Credential>,
    server_variables: BTreeMap<String, String>,
    timeout: Option<Duration>,
    retry: RetryPolicy,
}

/// Settings of one call, made with the `with_*` methods.
#[derive(Debug, Clone, Default)]
struct Overrides {
    server_url: Option<String>,
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
    credentials: Vec<(&'static str, Credential)>,
    headers: Vec<(String, String)>,
    query: Vec<(String, String)>,
    form: Vec<(String, String)>,
}

impl Client {
    /// A client for the API at `base_url` (for example `https://api.example.com/v1`), with the
    /// default settings: no credentials, no timeout, [`RetryPolicy::default`].
    ///
    /// Redirects are not followed, so that operations documenting a `3xx` response return it.
    pub fn new(base_url: impl Into<String>) -> Self {
        let http = default_http_client(None).unwrap_or_default();
        Client::from_parts(base_url.into(), http, ClientBuilder::default())
    }

    /// A client using a `reqwest::Client` you configured yourself.
    pub fn with_client(base_url: impl Into<String>, http: reqwest::Client) -> Self {
        Client::from_parts(base_url.into(), http, ClientBuilder::default())
    }

    /// Starts configuring a client: base URL or server variables, credentials, timeouts and
    /// retries.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    fn from_parts(base_url: String, http: reqwest::Client, builder: ClientBuilder) -> Self {
        let mut base_url = base_url;
        while base_url.ends_with('/') {
            base_url.pop();
        }
        Client {
            shared: Arc::new(Shared {
                base_url,
                http,
                credentials: builder.credentials,
                server_variables: builder.server_variables,
                timeout: builder.timeout,
                retry: builder.retry,
            }),
            overrides: Overrides::default(),
        }
    }

    /// The base URL that operation paths are appended to.
    pub fn base_url(&self) -> &str {
        &self.shared.base_url
    }

    /// The underlying HTTP client.
    pub fn http_client(&self) -> &reqwest::Client {
        &self.shared.http
    }

    /// Sends the next calls to `url` instead of the operation's server.
    pub fn with_server_url(&self, url: impl Into<String>) -> Self {
        let mut url = url.into();
        while url.ends_with('/') {
            url.pop();
        }
        self.adjusted(|o| o.server_url = Some(url))
    }

    /// A timeout for each attempt of the next calls.
    pub fn with_timeout(&self, timeout: Duration) -> Self {
        self.adjusted(|o| o.timeout = Some(timeout))
    }

    /// A retry policy for the next calls.
    pub fn with_retry(&self, retry: RetryPolicy) -> Self {
        self.adjusted(|o| o.retry = Some(retry))
    }

    /// Credentials for one security scheme, by its name in the spec, for the next calls.
    pub fn with_credential(&self, scheme: &str, credential: Credential) -> Self {
        let names: Vec<&'static str> = SCHEMES
            .iter()
            .filter(|s| s.name == scheme)
            .map(|s| s.name)
            .collect();
        self.adjusted(|o| {
            o.credentials
                .extend(names.into_iter().map(|n| (n, credential.clone())))
        })
    }

    /// A bearer token for the next calls, for every `bearer`, OAuth2 and OpenID Connect scheme
    /// (for example a user's access token, or a registration access token).
    pub fn with_bearer_token(&self, token: impl Into<String>) -> Self {
        let credential = Credential::Bearer(token.into());
        let names = schemes_where(SchemeKind::takes_bearer);
        self.adjusted(|o| {
            o.credentials
                .extend(names.into_iter().map(|n| (n, credential.clone())))
        })
    }

    /// HTTP basic credentials for the next calls, for every `basic` scheme.
    pub fn with_basic_auth(
        &self,
        username: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        let credential = Credential::Basic {
            username: username.into(),
            password: password.into(),
        };
        let names = schemes_where(|k| matches!(k, SchemeKind::Basic));
        self.adjusted(|o| {
            o.credentials
                .extend(names.into_iter().map(|n| (n, credential.clone())))
        })
    }

    /// An extra header on the next calls, for what the spec does not describe.
    pub fn with_header(&self, name: impl Into<String>, value: impl Into<String>) -> Self {
        let pair = (name.into(), value.into());
        self.adjusted(|o| o.headers.push(pair))
    }

    /// An extra query parameter on the next calls, for what the spec does not describe.
    pub fn with_query(&self, name: impl Into<String>, value: impl Into<String>) -> Self {
        let pair = (name.into(), value.into());
        self.adjusted(|o| o.query.push(pair))
    }

    /// An extra field in the form-encoded body of the next calls, for what the spec does not
    /// describe (for example `code_verifier` where a spec's token request omits it).
    pub fn with_form_field(&self, name: impl Into<String>, value: impl Into<String>) -> Self {
        let pair = (name.into(), value.into());
        self.adjusted(|o| o.form.push(pair))
    }

    fn adjusted(&self, change: impl FnOnce(&mut Overrides)) -> Self {
        let mut client = self.clone();
        change(&mut client.overrides);
        client
    }

    /// Starts a request for `operation`, resolving its server.
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

fn schemes_where(test: impl Fn(&SchemeKind) -> bool) -> Vec<&'static str> {
    SCHEMES
        .iter()
        .filter(|s| test(&s.kind))
        .map(|s| s.name)
        .collect()
}

/// `scheme://host:port` of a URL.
fn origin(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(i) => &url[..after_scheme + i],
        None => url,
    }
}

fn default_http_client(
    connect_timeout: Option<Duration>,
) -> Result<reqwest::Client, reqwest::Error> {
    let mut builder = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none());
    if let Some(timeout) = connect_timeout {
        builder = builder.connect_timeout(timeout);
    }
    builder.build()
}

/// Configures a [`Client`].
#[derive(Debug, Clone, Default)]
pub struct ClientBuilder {
    base_url: Option<String>,
    server_variables: BTreeMap<String, String>,
    http: Option<reqwest::Client>,
    connect_timeout: Option<Duration>,
    timeout: Option<Duration>,
    retry: RetryPolicy,
    credentials: BTreeMap<&'static str, Credential>,
}

impl ClientBuilder {
    /// The base URL of the API. Without it, the spec's first server is used, with its
    /// variables set by [`ClientBuilder::server_variable`] or their defaults.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Sets a variable of the spec's server URLs (for example a project or region).
    pub fn server_variable(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.server_variables.insert(name.into(), value.into());
        self
    }

    /// Uses your own `reqwest::Client` (proxies, TLS roots, ...). `connect_timeout` is then
    /// yours to set on it.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// How long connecting may take.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// How long each attempt of a call may take, from sending to the end of the body.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// When and how often to retry; see [`RetryPolicy`].
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// HTTP basic credentials for every `basic` scheme of the spec.
    pub fn basic_auth(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
        let credential = Credential::Basic {
            username: username.into(),
            password: password.into(),
        };
        self.set(
            schemes_where(|k| matches!(k, SchemeKind::Basic)),
            credential,
        );
        self
    }

    /// A token for every `bearer`, OAuth2 and OpenID Connect scheme of the spec.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.set(
            schemes_where(SchemeKind::takes_bearer),
            Credential::Bearer(token.into()),
        );
        self
    }

    /// The key for every API key scheme of the spec.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.set(
            schemes_where(|k| matches!(k, SchemeKind::ApiKey { .. })),
            Credential::ApiKey(key.into()),
        );
        self
    }

    /// OAuth2 client credentials for every OAuth2 scheme of the spec: the client fetches,
    /// caches and renews its access token itself.
    pub fn oauth2_client_credentials(mut self, credentials: ClientCredentials) -> Self {
        let credential = Credential::ClientCredentials(Arc::new(credentials));
        self.set(
            schemes_where(|k| matches!(k, SchemeKind::OAuth2 { .. })),
            credential,
        );
        self
    }

    /// Credentials for one security scheme, by its name in the spec. Unknown names are ignored.
    pub fn credential(mut self, scheme: &str, credential: Credential) -> Self {
        self.set(
            SCHEMES
                .iter()
                .filter(|s| s.name == scheme)
                .map(|s| s.name)
                .collect(),
            credential,
        );
        self
    }

    fn set(&mut self, names: Vec<&'static str>, credential: Credential) {
        for name in names {
            self.credentials.insert(name, credential.clone());
        }
    }

    /// The AWS access key for every SigV4 scheme. Without it, the client reads
    /// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` when it is built.
    pub fn aws_credentials(mut self, credentials: AwsCredentials) -> Self {
        self.set(
            schemes_where(|k| matches!(k, SchemeKind::AwsSigV4 { .. })),
            Credential::Aws(credentials),
        );
        self
    }

    /// The AWS Region requests are signed for and, when the spec's server URL has a `region`
    /// variable, sent to. Without it, `AWS_REGION` from the environment, else the spec's.
    pub fn region(self, region: impl Into<String>) -> Self {
        self.server_variable("region", region)
    }

    pub fn build(mut self) -> Result<Client, BuildError> {
        let sigv4 = schemes_where(|k| matches!(k, SchemeKind::AwsSigV4 { .. }));
        if !sigv4.is_empty() {
            if !self.server_variables.contains_key("region") {
                if let Some(region) = std::env::var("AWS_REGION").ok().filter(|r| !r.is_empty()) {
                    self.server_variables.insert("region".to_string(), region);
                }
            }
            let missing: Vec<&'static str> = sigv4
                .into_iter()
                .filter(|name| !self.credentials.contains_key(name))
                .collect();
            if let (false, Some(credentials)) = (missing.is_empty(), AwsCredentials::from_env()) {
                self.set(missing, Credential::Aws(credentials));
            }
        }
        let base_url = match self.base_url.take() {
            Some(url) => url,
            None => {
                let server = SERVERS.first().ok_or(BuildError::NoServer)?;
                let url = server.expand(&self.server_variables);
                if !url.contains("://") {
                    return Err(BuildError::RelativeServer(url));
                }
                url
            }
        };
        let http = match self.http.take() {
            Some(http) => http,
            None => default_http_client(self.connect_timeout).map_err(BuildError::Http)?,
        };
        Ok(Client::from_parts(base_url, http, self))
    }
}

/// Why [`ClientBuilder::build`] failed.
#[derive(Debug)]
pub enum BuildError {
    /// The spec names no server, so a base URL must be given.
    NoServer,
    /// The spec's server URL is relative (for example `/api/v1`), so a base URL must be given.
    RelativeServer(String),
    /// The HTTP client could not be created.
    Http(reqwest::Error),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::NoServer => write!(f, "the spec names no server; set one with `base_url`"),
            BuildError::RelativeServer(url) => {
                write!(
                    f,
                    "the spec's server `{url}` is relative; set the full URL with `base_url`"
                )
            }
            BuildError::Http(e) => write!(f, "cannot create the HTTP client: {e}"),
        }
    }
}

impl std::error::Error for BuildError {}

/// When calls are retried: on connection failures and on `429` and `503` responses, for
/// idempotent methods only unless [`RetryPolicy::retry_non_idempotent`] says otherwise. The
/// wait grows exponentially with random jitter, and a `Retry-After` header is honoured.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    max_retries: usize,
    initial_delay: Duration,
    max_delay: Duration,
    max_retry_after: Duration,
    retry_non_idempotent: bool,
    statuses: Vec<u16>,
}

impl Default for RetryPolicy {
    /// Up to 3 retries, waiting from 100 ms up to 10 s, `Retry-After` up to 60 s.
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            initial_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(60),
            retry_non_idempotent: false,
            statuses: vec![429, 503],
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }

    pub fn max_retries(mut self, n: usize) -> Self {
        self.max_retries = n;
        self
    }

    /// The first wait; later ones double, up to `max_delay`.
    pub fn initial_delay(mut self, delay: Duration) -> Self {
        self.initial_delay = delay;
        self
    }

    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The longest `Retry-After` to wait for; a longer one ends the retries.
    pub fn max_retry_after(mut self, delay: Duration) -> Self {
        self.max_retry_after = delay;
        self
    }

    /// Also retry `POST` and `PATCH`, which may not be safe to repeat.
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.retry_non_idempotent = yes;
        self
    }

    /// The statuses that are retried (default `429` and `503`).
    pub fn statuses(mut self, statuses: impl IntoIterator<Item = u16>) -> Self {
        self.statuses = statuses.into_iter().collect();
        self
    }

    fn retries_status(&self, status: StatusCode) -> bool {
        self.statuses.contains(&status.as_u16())
    }

    fn delays(&self) -> impl Iterator<Item = Duration> {
        use backon::BackoffBuilder;
        backon::ExponentialBuilder::default()
            .with_min_delay(self.initial_delay)
            .with_max_delay(self.max_delay)
            .with_max_times(self.max_retries)
            .with_jitter()
            .build()
    }
}

/// The wait a `Retry-After` header asks for: seconds, or an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(std::time::SystemTime::now())
            .unwrap_or_default(),
    )
}

/// Credentials for one security scheme.
#[derive(Clone)]
pub enum Credential {
    /// HTTP basic authentication.
    Basic { username: String, password: String },
    /// A bearer token: for `bearer` schemes, and for OAuth2 or OpenID Connect schemes when you
    /// already hold an access token.
    Bearer(String),
    /// The value of an API key, sent where the scheme says (header, query or cookie).
    ApiKey(String),
    /// OAuth2 client credentials; the access token is fetched and renewed by the client.
    ClientCredentials(Arc<ClientCredentials>),
    /// An AWS access key, for schemes that sign requests with SigV4.
    Aws(AwsCredentials),
}

impl fmt::Debug for Credential {
    /// Secrets are not printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credential::Basic { username, .. } => write!(f, "Basic({username}, ***)"),
            Credential::Bearer(_) => write!(f, "Bearer(***)"),
            Credential::ApiKey(_) => write!(f, "ApiKey(***)"),
            Credential::ClientCredentials(c) => write!(f, "ClientCredentials({})", c.client_id),
            Credential::Aws(c) => write!(f, "Aws({}, ***)", c.access_key_id),
        }
    }
}

impl Credential {
    async fn apply(
        &self,
        scheme: &Scheme,
        request: reqwest::RequestBuilder,
        http: &reqwest::Client,
    ) -> Result<reqwest::RequestBuilder, SendError> {
        Ok(match (self, &scheme.kind) {
            // Signed last, once the request is complete (see `Client::send_raw`).
            (Credential::Aws(_), _) | (_, SchemeKind::AwsSigV4 { .. }) => request,
            (Credential::Basic { username, password }, _) => {
                request.basic_auth(username, Some(password))
            }
            (Credential::ApiKey(key), SchemeKind::ApiKey { name, location }) => match location {
                KeyLocation::Header => request.header(*name, key.as_str()),
                KeyLocation::Query => request.query(&[(*name, key.as_str())]),
                KeyLocation::Cookie => {
                    request.header(reqwest::header::COOKIE, format!("{name}={key}"))
                }
            },
            (Credential::ApiKey(key), _) | (Credential::Bearer(key), _) => request.bearer_auth(key),
            (Credential::ClientCredentials(c), kind) => {
                let token_url = match kind {
                    SchemeKind::OAuth2 { token_url } => *token_url,
                    _ => None,
                };
                let token =
                    c.access_token(http, token_url)
                        .await
                        .map_err(|message| SendError::Auth {
                            scheme: scheme.name,
                            message,
                        })?;
                request.bearer_auth(token)
            }
        })
    }
}

/// An AWS access key for SigV4 signing.
#[derive(Clone, PartialEq, Eq)]
pub struct AwsCredentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    /// The session token of temporary credentials.
    pub session_token: Option<String>,
}

impl AwsCredentials {
    pub fn new(access_key_id: impl Into<String>, secret_access_key: impl Into<String>) -> Self {
        AwsCredentials {
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
            session_token: None,
        }
    }

    /// Adds the session token of temporary credentials.
    pub fn session_token(mut self, token: impl Into<String>) -> Self {
        self.session_token = Some(token.into());
        self
    }

    /// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` from the
    /// environment; `None` unless the first two are set.
    pub fn from_env() -> Option<Self> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        Some(AwsCredentials {
            access_key_id: var("AWS_ACCESS_KEY_ID")?,
            secret_access_key: var("AWS_SECRET_ACCESS_KEY")?,
            session_token: var("AWS_SESSION_TOKEN"),
        })
    }
}

impl fmt::Debug for AwsCredentials {
    /// The secret and the session token are not printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AwsCredentials")
            .field("access_key_id", &self.access_key_id)
            .finish_non_exhaustive()
    }
}

/// The signature of the function that signs a request with SigV4 (`crate::sigv4`).
pub(crate) type SignFn =
    fn(&mut reqwest::Request, &SigV4<'_>, std::time::SystemTime) -> Result<(), String>;

/// What signs a request with SigV4: the access key, the signing name, the region.
pub(crate) struct SigV4<'a> {
    pub credentials: &'a AwsCredentials,
    pub signing_name: &'a str,
    pub region: &'a str,
}

/// How the client authenticates itself at the token endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenEndpointAuth {
    /// `client_secret_basic`: HTTP basic authentication (the default).
    Basic,
    /// `client_secret_post`: `client_id` and `client_secret` in the form body.
    Post,
}

/// The OAuth2 client credentials grant. The token is cached and fetched again shortly before
/// it expires (or when the server gave no lifetime, never cached).
pub struct ClientCredentials {
    client_id: String,
    client_secret: String,
    token_url: Option<String>,
    scopes: Vec<String>,
    auth: TokenEndpointAuth,
    refresh_margin: Duration,
    cached: tokio::sync::Mutex<Option<(String, std::time::Instant)>>,
}

impl ClientCredentials {
    pub fn new(client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
        ClientCredentials {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            token_url: None,
            scopes: Vec::new(),
            auth: TokenEndpointAuth::Basic,
            refresh_margin: Duration::from_secs(30),
            cached: tokio::sync::Mutex::new(None),
        }
    }

    /// The token endpoint; without it, the scheme's `tokenUrl` from the spec is used.
    pub fn token_url(mut self, url: impl Into<String>) -> Self {
        self.token_url = Some(url.into());
        self
    }

    pub fn scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    pub fn auth(mut self, auth: TokenEndpointAuth) -> Self {
        self.auth = auth;
        self
    }

    /// How long before expiry a token is renewed (default 30 s).
    pub fn refresh_margin(mut self, margin: Duration) -> Self {
        self.refresh_margin = margin;
        self
    }

    async fn access_token(
        &self,
        http: &reqwest::Client,
        spec_url: Option<&str>,
    ) -> Result<String, String> {
        let mut cached = self.cached.lock().await;
        if let Some((token, renew_at)) = cached.as_ref() {
            if std::time::Instant::now() < *renew_at {
                return Ok(token.clone());
            }
        }
        let url = self
            .token_url
            .as_deref()
            .or(spec_url)
            .ok_or("no token URL: set one with `ClientCredentials::token_url`")?;
        let mut form = vec![("grant_type", "client_credentials".to_string())];
        if !self.scopes.is_empty() {
            form.push(("scope", self.scopes.join(" ")));
        }
        let mut request = http.post(url);
        match self.auth {
            TokenEndpointAuth::Basic => {
                request = request.basic_auth(&self.client_id, Some(&self.client_secret))
            }
            TokenEndpointAuth::Post => {
                form.push(("client_id", self.client_id.clone()));
                form.push(("client_secret", self.client_secret.clone()));
            }
        }
        let response = request
            .form(&form)
            .send()
            .await
            .map_err(|e| format!("token request failed: {e}"))?;
        let status = response.status();
        let body = response
            .bytes()
            .await
            .map_err(|e| format!("token response unreadable: {e}"))?;
        if !status.is_success() {
            return Err(format!(
                "token endpoint answered {status}: {}",
                String::from_utf8_lossy(&body)
            ));
        }
        #[derive(serde::Deserialize)]
        struct TokenResponse {
            access_token: String,
            expires_in: Option<u64>,
        }
        let token: TokenResponse = serde_json::from_slice(&body)
            .map_err(|e| format!("token response is not a token: {e}"))?;
        if let Some(lifetime) = token.expires_in {
            let renew_after = Duration::from_secs(lifetime).saturating_sub(self.refresh_margin);
            *cached = Some((
                token.access_token.clone(),
                std::time::Instant::now() + renew_after,
            ));
        }
        Ok(token.access_token)
    }
}

/// Where an API key goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyLocation {
    Header,
    Query,
    Cookie,
}

/// A security scheme of the spec.
#[derive(Debug)]
pub(crate) struct Scheme {
    pub name: &'static str,
    pub kind: SchemeKind,
}

#[derive(Debug)]
pub(crate) enum SchemeKind {
    Basic,
    Bearer,
    ApiKey {
        name: &'static str,
        location: KeyLocation,
    },
    OAuth2 {
        token_url: Option<&'static str>,
    },
    OpenIdConnect,
    /// Another `http` scheme: a bearer-style credential is sent as it is given.
    Other,
    /// AWS Signature Version 4: requests are signed with an access key.
    AwsSigV4 {
        signing_name: &'static str,
        region: &'static str,
    },
}

impl SchemeKind {
    fn takes_bearer(&self) -> bool {
        matches!(
            self,
            SchemeKind::Bearer
                | SchemeKind::OAuth2 { .. }
                | SchemeKind::OpenIdConnect
                | SchemeKind::Other
        )
    }
}

/// A server URL of the spec, with its variables and their defaults.
#[derive(Debug)]
pub(crate) struct ServerTemplate {
    pub url: &'static str,
    pub variables: &'static [(&'static str, &'static str)],
}

impl ServerTemplate {
    fn expand(&self, values: &BTreeMap<String, String>) -> String {
        let mut url = self.url.to_string();
        for (name, default) in self.variables {
            let value = values.get(*name).map_or(*default, String::as_str);
            url = url.replace(&format!("{{{name}}}"), value);
        }
        url
    }
}

/// What the runtime needs to know about an operation.
#[derive(Debug)]
pub(crate) struct Operation {
    pub id: &'static str,
    pub idempotent: bool,
    pub servers: &'static [ServerTemplate],
    /// Alternative requirements, each a set of scheme names that apply together. Empty: no
    /// authentication.
    pub security: &'static [&'static [&'static str]],
}

/// Why sending failed, before any response was decoded.
#[derive(Debug)]
pub(crate) enum SendError {
    Transport(reqwest::Error),
    Auth {
        scheme: &'static str,
        message: String,
    },
}

impl<E> From<SendError> for Error<E> {
    fn from(e: SendError) -> Self {
        match e {
            SendError::Transport(e) => Error::Transport(e),
            SendError::Auth { scheme, message } => Error::Auth { scheme, message },
        }
    }
}

/// A response body read as it arrives, chunk by chunk (the `_stream` methods of operations
/// that return raw bytes). Read it with `futures_util::StreamExt::next`.
pub type ByteStream = std::pin::Pin<
    Box<dyn futures_core::Stream<Item = Result<bytes::Bytes, reqwest::Error>> + Send>,
>;

/// A successful response whose body is left to stream.
pub(crate) fn streamed(response: reqwest::Response) -> ResponseValue<ByteStream> {
    let status = response.status();
    let headers = response.headers().clone();
    ResponseValue::new(Box::pin(response.bytes_stream()), status, headers)
}

/// A call of an operation, made when it is awaited: `.await` gives the decoded response in a
/// [`ResponseValue`], or the operation's [`Error`]. It borrows the client only.
pub type Call<'a, T, E> = std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<ResponseValue<T>, Error<E>>> + Send + 'a>,
>;

/// A call that fails before anything is sent (a request body that cannot be built).
pub(crate) fn failed<'a, T: Send + 'a, E: Send + 'a>(error: Error<E>) -> Call<'a, T, E> {
    Box::pin(std::future::ready(Err(error)))
}

/// A successful response: the decoded body with the status and headers it came with.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseValue<T> {
    inner: T,
    status: StatusCode,
    headers: HeaderMap,
}

impl<T> ResponseValue<T> {
    pub fn new(inner: T, status: StatusCode, headers: HeaderMap) -> Self {
        ResponseValue {
            inner,
            status,
            headers,
        }
    }

    /// The decoded body.
    pub fn into_inner(self) -> T {
        self.inner
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Transforms the body, keeping status and headers.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ResponseValue<U> {
        ResponseValue {
            inner: f(self.inner),
            status: self.status,
            headers: self.headers,
        }
    }
}

impl<T> std::ops::Deref for ResponseValue<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.inner
    }
}

impl<T> std::ops::DerefMut for ResponseValue<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.inner
    }
}

/// A response with a status the operation does not document.
#[derive(Debug, Clone, PartialEq)]
pub struct UnexpectedResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl UnexpectedResponse {
    /// The body as text, with invalid UTF-8 replaced.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }
}

/// Why an operation failed. `E` is the operation's own error enum, with a variant per
/// documented error status.
pub enum Error<E> {
    /// The request could not be sent or the response could not be read (including timeouts).
    Transport(reqwest::Error),
    /// Credentials could not be obtained (for example the OAuth2 token endpoint refused them).
    Auth {
        scheme: &'static str,
        message: String,
    },
    /// The server answered with an error status; `E` says which one, with its typed body.
    Status(E),
    /// The response body does not match the type the spec documents.
    Decode {
        /// The operation's `operationId`.
        operation: &'static str,
        status: StatusCode,
        /// Where in the body decoding failed, for example `clients[0].client_id`.
        path: String,
        message: String,
        body: Vec<u8>,
    },
}

impl<E: fmt::Debug> fmt::Debug for Error<E> {
    /// Bodies are shown as text, cut after 500 bytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Transport(e) => f.debug_tuple("Transport").field(e).finish(),
            Error::Auth { scheme, message } => f
                .debug_struct("Auth")
                .field("scheme", scheme)
                .field("message", message)
                .finish(),
            Error::Status(e) => f.debug_tuple("Status").field(e).finish(),
            Error::Decode {
                operation,
                status,
                path,
                message,
                body,
            } => {
                let text = String::from_utf8_lossy(&body[..body.len().min(500)]);
                f.debug_struct("Decode")
                    .field("operation", operation)
                    .field("status", status)
                    .field("path", path)
                    .field("message", message)
                    .field("body", &text)
                    .finish()
            }
        }
    }
}

impl<E> Error<E> {
    /// The error status the server answered with, if it answered at all.
    pub fn status_error(&self) -> Option<&E> {
        match self {
            Error::Status(e) => Some(e),
            _ => None,
        }
    }
}

impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Transport(e) => write!(f, "request failed: {e}"),
            Error::Auth { scheme, message } => {
                write!(f, "no credentials for scheme `{scheme}`: {message}")
            }
            Error::Status(e) => write!(f, "error response: {e:?}"),
            Error::Decode {
                operation,
                status,
                path,
                message,
                ..
            } => {
                write!(
                    f,
                    "cannot decode the {status} response of {operation} at `{path}`: {message}"
                )
            }
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            _ => None,
        }
    }
}

/// A body that does not decode into its documented type.
#[derive(Debug)]
pub struct DecodeFailure {
    operation: &'static str,
    status: StatusCode,
    path: String,
    message: String,
    body: Vec<u8>,
}

impl<E> From<DecodeFailure> for Error<E> {
    fn from(f: DecodeFailure) -> Self {
        Error::Decode {
            operation: f.operation,
            status: f.status,
            path: f.path,
            message: f.message,
            body: f.body,
        }
    }
}

impl<E> From<reqwest::Error> for Error<E> {
    fn from(e: reqwest::Error) -> Self {
        Error::Transport(e)
    }
}

/// A received response, read to its end.
pub(crate) struct Received {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    operation: &'static str,
}

impl Received {
    pub(crate) async fn read(
        response: reqwest::Response,
        operation: &'static str,
    ) -> Result<Self, reqwest::Error> {
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await?.to_vec();
        Ok(Received {
            status,
            headers,
            body,
            operation,
        })
    }

    /// Decodes a JSON body, naming the path inside the body where decoding failed.
    pub(crate) fn json<T: DeserializeOwned>(&self) -> Result<T, DecodeFailure> {
        let mut de = serde_json::Deserializer::from_slice(&self.body);
        serde_path_to_error::deserialize(&mut de).map_err(|err| DecodeFailure {
            operation: self.operation,
            status: self.status,
            path: err.path().to_string(),
            message: err.inner().to_string(),
            body: self.body.clone(),
        })
    }

    pub(crate) fn text(&self) -> Result<String, DecodeFailure> {
        String::from_utf8(self.body.clone()).map_err(|err| DecodeFailure {
            operation: self.operation,
            status: self.status,
            path: ".".to_string(),
            message: err.to_string(),
            body: self.body.clone(),
        })
    }

    pub(crate) fn value<T>(&self, inner: T) -> ResponseValue<T> {
        ResponseValue::new(inner, self.status, self.headers.clone())
    }

    pub(crate) fn unexpected(self) -> UnexpectedResponse {
        UnexpectedResponse {
            status: self.status,
            headers: self.headers,
            body: self.body,
        }
    }
}

/// How a parameter is serialized (OpenAPI `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Simple,
    Form,
    Label,
    Matrix,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

/// The text of a scalar value: strings as they are, numbers and booleans as JSON writes them.
fn scalar_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Query pairs for one parameter, following its style and `explode`.
pub(crate) fn query_pairs<T: Serialize + ?Sized>(
    out: &mut Vec<(String, String)>,
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
) {
    let value = serde_json::to_value(value).unwrap_or(serde_json::Value::Null);
    match value {
        serde_json::Value::Null => {}
        serde_json::Value::Array(items) => {
            if explode && matches!(style, Style::Form | Style::DeepObject) {
                out.extend(
                    items
                        .iter()
                        .map(|item| (name.to_string(), scalar_text(item))),
                );
            } else {
                let separator = match style {
                    Style::SpaceDelimited => " ",
                    Style::PipeDelimited => "|",
                    _ => ",",
                };
                let joined = items
                    .iter()
                    .map(scalar_text)
                    .collect::<Vec<_>>()
                    .join(separator);
                out.push((name.to_string(), joined));
            }
        }
        serde_json::Value::Object(map) => match (style, explode) {
            (Style::DeepObject, _) => {
                out.extend(
                    map.iter()
                        .map(|(k, v)| (format!("{name}[{k}]"), scalar_text(v))),
                );
            }
            (_, true) => out.extend(map.iter().map(|(k, v)| (k.clone(), scalar_text(v)))),
            (_, false) => {
                let joined = map
                    .iter()
                    .flat_map(|(k, v)| [k.clone(), scalar_text(v)])
                    .collect::<Vec<_>>()
                    .join(",");
                out.push((name.to_string(), joined));
            }
        },
        scalar => out.push((name.to_string(), scalar_text(&scalar))),
    }
}

/// A file to send as one part of a multipart body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilePart {
    /// The file name the part carries (`filename` in its `Content-Disposition`).
    pub file_name: Option<String>,
    /// The part's media type, for example `application/pdf`.
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

impl FilePart {
    /// A file with these contents, no file name and no media type.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        FilePart {
            file_name: None,
            content_type: None,
            bytes: bytes.into(),
        }
    }

    /// Sets the file name sent with the part.
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// Sets the part's media type.
    pub fn content_type(mut self, media_type: impl Into<String>) -> Self {
        self.content_type = Some(media_type.into());
        self
    }
}

/// Adds a file to a multipart form; fails when its media type is not a valid one.
pub(crate) fn file_part(
    form: reqwest::multipart::Form,
    name: &str,
    file: FilePart,
) -> Result<reqwest::multipart::Form, reqwest::Error> {
    let mut part = reqwest::multipart::Part::bytes(file.bytes);
    if let Some(file_name) = file.file_name {
        part = part.file_name(file_name);
    }
    if let Some(media_type) = file.content_type {
        part = part.mime_str(&media_type)?;
    }
    Ok(form.part(name.to_string(), part))
}

/// Adds a value to a multipart form as text: strings as they are, objects and arrays as JSON,
/// and a list (`list`) as one part per item.
pub(crate) fn value_part<T: Serialize + ?Sized>(
    mut form: reqwest::multipart::Form,
    name: &str,
    value: &T,
    list: bool,
) -> reqwest::multipart::Form {
    let value = serde_json::to_value(value).unwrap_or(serde_json::Value::Null);
    let items = match value {
        serde_json::Value::Array(items) if list => items,
        one => vec![one],
    };
    for item in items {
        let part = match item {
            serde_json::Value::Null => continue,
            serde_json::Value::String(text) => reqwest::multipart::Part::text(text),
            serde_json::Value::Object(_) | serde_json::Value::Array(_) => {
                let json = item.to_string();
                match reqwest::multipart::Part::text(json.clone()).mime_str("application/json") {
                    Ok(part) => part,
                    Err(_) => reqwest::multipart::Part::text(json),
                }
            }
            scalar => reqwest::multipart::Part::text(scalar.to_string()),
        };
        form = form.part(name.to_string(), part);
    }
    form
}

/// The text of a header or cookie value (`simple` style).
pub(crate) fn simple_text<T: Serialize + ?Sized>(value: &T) -> String {
    match serde_json::to_value(value).unwrap_or(serde_json::Value::Null) {
        serde_json::Value::Array(items) => {
            items.iter().map(scalar_text).collect::<Vec<_>>().join(",")
        }
        serde_json::Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| [k.clone(), scalar_text(v)])
            .collect::<Vec<_>>()
            .join(","),
        scalar => scalar_text(&scalar),
    }
}

/// Characters left as they are in a path segment (RFC 3986 `unreserved`).
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A path parameter, percent-encoded, following its style.
pub(crate) fn path_param<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
) -> String {
    let encode = |text: &str| percent_encoding::utf8_percent_encode(text, PATH_SEGMENT).to_string();
    let value = serde_json::to_value(value).unwrap_or(serde_json::Value::Null);
    let items: Vec<String> = match &value {
        serde_json::Value::Array(items) => items.iter().map(|v| encode(&scalar_text(v))).collect(),
        other => vec![encode(&scalar_text(other))],
    };
    match style {
        Style::Label => format!(".{}", items.join(if explode { "." } else { "," })),
        Style::Matrix if explode => items.iter().map(|v| format!(";{name}={v}")).collect(),
        Style::Matrix => format!(";{name}={}", items.join(",")),
        _ => items.join(","),
    }
}

/// Adds the `Cookie` header for cookie parameters, if any were given.
pub(crate) fn cookies(
    request: reqwest::RequestBuilder,
    pairs: &[(String, String)],
) -> reqwest::RequestBuilder {
    if pairs.is_empty() {
        return request;
    }
    let header = pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    request.header(reqwest::header::COOKIE, header)
}

// Reading, writing, printing and comparing models (every struct's `Serialize`, `Deserialize`,
// `Debug` and `PartialEq` go through these) and the impls of string enums. They are appended to the crate's runtime module (client and
// server alike).

/// How a field is present in its object: `required`, `optional` (absent or `null` is `None`, and
/// `None` is left out when writing) or `nullable` (required but may be `null`: read like
/// `optional`, always written). The variants are spelled as `object!`'s field lines spell them.
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    required,
    optional,
    nullable,
}

/// A field's value as the runtime sees it: written through `erased_serde`, printed, and
/// compared with the same field of another value of its model.
pub trait Value: erased_serde::Serialize + std::fmt::Debug + std::any::Any {
    /// Whether `other` is a value of the same type, equal to this one.
    fn same_as(&self, other: &dyn Value) -> bool;

    fn as_any(&self) -> &dyn std::any::Any;
}

impl<T: serde::Serialize + std::fmt::Debug + PartialEq + 'static> Value for T {
    fn same_as(&self, other: &dyn Value) -> bool {
        other
            .as_any()
            .downcast_ref::<T>()
            .is_some_and(|other| self == other)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A model's field while it is written, printed or compared: its Rust name, its wire name,
/// its value and its presence, in declaration order. `object!` writes one method per model
/// that lists them, and `Serialize`, `Debug` and `PartialEq` all go through that one list.
pub type Row<'a> = (&'static str, &'static str, &'a dyn Value, Presence);

/// Whether a value is `None`, asked of its `Serialize` (an optional field's type is an
/// `Option`, which writes `None` as serde's `none`).
fn is_none(value: &dyn Value) -> bool {
    erased_serde::serialize(value, NoneProbe).unwrap_or(false)
}

/// A serializer that only tells whether it was given serde's `none`.
struct NoneProbe;

/// A value that is neither `none` nor a scalar: not `None`.
#[derive(Debug)]
struct NotNone;

impl std::fmt::Display for NotNone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not none")
    }
}

impl std::error::Error for NotNone {}

impl serde::ser::Error for NotNone {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        NotNone
    }
}

/// The probe's answer to every scalar: not `None`.
macro_rules! not_none {
    ($($method:ident: $ty:ty,)*) => {
        $(fn $method(self, _: $ty) -> Result<bool, NotNone> {
            Ok(false)
        })*
    };
}

impl serde::Serializer for NoneProbe {
    type Ok = bool;
    type Error = NotNone;
    type SerializeSeq = serde::ser::Impossible<bool, NotNone>;
    type SerializeTuple = serde::ser::Impossible<bool, NotNone>;
    type SerializeTupleStruct = serde::ser::Impossible<bool, NotNone>;
    type SerializeTupleVariant = serde::ser::Impossible<bool, NotNone>;
    type SerializeMap = serde::ser::Impossible<bool, NotNone>;
    type SerializeStruct = serde::ser::Impossible<bool, NotNone>;
    type SerializeStructVariant = serde::ser::Impossible<bool, NotNone>;

    not_none! {
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_f32: f32,
        serialize_f64: f64,
        serialize_char: char,
        serialize_str: &str,
        serialize_bytes: &[u8],
        serialize_unit_struct: &'static str,
    }

    fn serialize_none(self) -> Result<bool, NotNone> {
        Ok(true)
    }

    fn serialize_some<T: ?Sized + serde::Serialize>(self, _: &T) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_unit(self) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_newtype_struct<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_newtype_variant<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<bool, NotNone> {
        Ok(false)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NotNone> {
        Err(NotNone)
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NotNone> {
        Err(NotNone)
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, NotNone> {
        Err(NotNone)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NotNone> {
        Err(NotNone)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotNone> {
        Err(NotNone)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, NotNone> {
        Err(NotNone)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NotNone> {
        Err(NotNone)
    }
}

/// Whether a row is left out when its model is written: only an optional field that is `None`
/// is, as with serde's `skip_serializing_if = "Option::is_none"`.
fn left_out(row: &Row<'_>) -> bool {
    row.3 == Presence::optional && is_none(row.2)
}

/// A row's value, written with the serializer it is given.
struct Written<'a>(&'a dyn Value);

impl serde::Serialize for Written<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        erased_serde::serialize(self.0, serializer)
    }
}

/// What a model writes after its fields: nothing ([`Skipped`]), or the entries of its
/// `additional_properties` map.
pub trait Extra {
    /// Whether the model has an entries map: then it is written as a map, as serde's derive
    /// writes a struct with a `#[serde(flatten)]` map, even when the map is empty.
    fn present(&self) -> bool;

    fn write<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

impl Extra for Skipped {
    fn present(&self) -> bool {
        false
    }

    fn write<M: serde::ser::SerializeMap>(&self, _: &mut M) -> Result<(), M::Error> {
        Ok(())
    }
}

impl<V: serde::Serialize> Extra for std::collections::BTreeMap<String, V> {
    fn present(&self) -> bool {
        true
    }

    fn write<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        self.iter()
            .try_for_each(|(key, value)| map.serialize_entry(key, value))
    }
}

/// Writes a model as serde's derive does: a struct of its fields, or, with `extra` entries, a
/// map of its fields followed by them (a `#[serde(flatten)]` map).
pub fn write_object<S: serde::Serializer>(
    serializer: S,
    name: &'static str,
    rows: &[Row<'_>],
    extra: &impl Extra,
) -> Result<S::Ok, S::Error> {
    use serde::ser::{SerializeMap, SerializeStruct};

    if extra.present() {
        let mut state = serializer.serialize_map(None)?;
        for row in rows.iter().filter(|row| !left_out(row)) {
            state.serialize_entry(row.1, &Written(row.2))?;
        }
        extra.write(&mut state)?;
        return state.end();
    }
    let kept: Vec<bool> = rows.iter().map(|row| !left_out(row)).collect();
    let len = kept.iter().filter(|kept| **kept).count();
    let mut state = serializer.serialize_struct(name, len)?;
    for (row, kept) in rows.iter().zip(kept) {
        if kept {
            state.serialize_field(row.1, &Written(row.2))?;
        } else {
            state.skip_field(row.1)?;
        }
    }
    state.end()
}

/// Prints a model as `#[derive(Debug)]` does: its name, then its fields by their Rust names,
/// and its `additional_properties` map last when it has one.
pub fn debug_object(
    f: &mut std::fmt::Formatter<'_>,
    name: &str,
    rows: &[Row<'_>],
    extra: Option<(&str, &dyn std::fmt::Debug)>,
) -> std::fmt::Result {
    let mut out = f.debug_struct(name);
    for row in rows {
        out.field(row.0.trim_start_matches("r#"), row.2);
    }
    if let Some((field, value)) = extra {
        out.field(field, value);
    }
    out.finish()
}

/// Whether two values of one model have equal fields, as `#[derive(PartialEq)]` compares them.
pub fn same_rows(left: &[Row<'_>], right: &[Row<'_>]) -> bool {
    left.len() == right.len() && left.iter().zip(right).all(|(l, r)| l.2.same_as(r.2))
}

/// The name of an object's entry, borrowed from the input when it can be.
pub struct Key<'de>(std::borrow::Cow<'de, str>);

impl Key<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> serde::de::Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a field name")
            }

            fn visit_borrowed_str<E: serde::de::Error>(
                self,
                value: &'de str,
            ) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(value)))
            }

            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(value.to_string())))
            }

            fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(value)))
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Where an entry's value is read to: a field of the model itself (models that implement
/// `Default` are read into `Self::default()`), or a [`Slot`].
pub trait Field<'de> {
    /// Reads the entry's value.
    fn fill(
        &mut self,
        deserializer: &mut dyn erased_serde::Deserializer<'de>,
    ) -> Result<(), erased_serde::Error>;

    /// Called for an optional field the object left out. A field of a model read into its
    /// default keeps its default, `None`.
    fn absent(&mut self) -> Result<(), erased_serde::Error> {
        Ok(())
    }
}

impl<'de, T: serde::Deserialize<'de>> Field<'de> for T {
    fn fill(
        &mut self,
        deserializer: &mut dyn erased_serde::Deserializer<'de>,
    ) -> Result<(), erased_serde::Error> {
        *self = erased_serde::deserialize(deserializer)?;
        Ok(())
    }
}

/// A field's slot while a model without `Default` is read: `None` until its entry is met.
pub struct Slot<T>(pub Option<T>);

impl<'de, T: serde::Deserialize<'de>> Field<'de> for Slot<T> {
    fn fill(
        &mut self,
        deserializer: &mut dyn erased_serde::Deserializer<'de>,
    ) -> Result<(), erased_serde::Error> {
        self.0 = Some(erased_serde::deserialize(deserializer)?);
        Ok(())
    }

    fn absent(&mut self) -> Result<(), erased_serde::Error> {
        // An optional field's type is an `Option`, which reads a unit as `None`.
        let unit = serde::de::value::UnitDeserializer::<erased_serde::Error>::new();
        self.0 = Some(erased_serde::deserialize(
            &mut <dyn erased_serde::Deserializer>::erase(unit),
        )?);
        Ok(())
    }
}

/// Reads one entry's value into a field, with the map's own deserializer behind the trait
/// object (so serde_json's error positions and serde_path_to_error's paths are kept).
struct FieldSeed<'a, 'de>(&'a mut dyn Field<'de>);

impl<'de> serde::de::DeserializeSeed<'de> for FieldSeed<'_, 'de> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let mut erased = <dyn erased_serde::Deserializer>::erase(deserializer);
        self.0.fill(&mut erased).map_err(serde::de::Error::custom)
    }
}

/// A model's fields while it is read: wire name, where the value goes, and presence, in
/// declaration order.
pub type Fields<'a, 'de> = [(&'static str, &'a mut dyn Field<'de>, Presence)];

/// Where a model's reader puts the entries its fields do not name: [`Skipped`], or the
/// model's `additional_properties` map.
pub trait Others<'de> {
    fn take<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

/// A model without `additional_properties`: entries it does not declare are skipped when
/// reading, and nothing follows its fields when writing.
pub struct Skipped;

impl<'de> Others<'de> for Skipped {
    fn take<A: serde::de::MapAccess<'de>>(&mut self, _: &str, map: &mut A) -> Result<(), A::Error> {
        skip(map)
    }
}

impl<'de, V: serde::Deserialize<'de>> Others<'de> for std::collections::BTreeMap<String, V> {
    fn take<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        self.insert(key.to_string(), map.next_value()?);
        Ok(())
    }
}

/// Reads an object's entries into the fields they name; `others` takes the entries no field
/// names. A required field left out is serde's "missing field" error (the first in declaration
/// order, as with serde's derive); a field given twice is serde's "duplicate field" error.
fn read_fields<'de, A: serde::de::MapAccess<'de>>(
    mut map: A,
    fields: &mut Fields<'_, 'de>,
    others: &mut impl Others<'de>,
) -> Result<(), A::Error> {
    let mut filled = vec![false; fields.len()];
    while let Some(key) = map.next_key::<Key>()? {
        match fields.iter().position(|(name, _, _)| *name == key.as_str()) {
            Some(at) => {
                if filled[at] {
                    return Err(<A::Error as serde::de::Error>::duplicate_field(
                        fields[at].0,
                    ));
                }
                map.next_value_seed(FieldSeed(&mut *fields[at].1))?;
                filled[at] = true;
            }
            None => others.take(key.as_str(), &mut map)?,
        }
    }
    for ((name, field, presence), filled) in fields.iter_mut().zip(filled) {
        if !filled {
            if *presence == Presence::required {
                return Err(<A::Error as serde::de::Error>::missing_field(name));
            }
            field.absent().map_err(serde::de::Error::custom)?;
        }
    }
    Ok(())
}

/// Reads a model's fields from a JSON object only: serde's derive would also take an array of
/// the fields in order, which the spec does not allow.
struct ObjectOnly<'a, 'b, 'de, O>(&'a mut Fields<'b, 'de>, &'a mut O);

impl<'de, O: Others<'de>> serde::de::Visitor<'de> for ObjectOnly<'_, '_, 'de, O> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        read_fields(map, self.0, self.1)
    }
}

/// Reads a JSON object into a model's fields (see [`read_fields`]).
pub fn read_object<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
    fields: &mut Fields<'_, 'de>,
    others: &mut impl Others<'de>,
) -> Result<(), D::Error> {
    deserializer.deserialize_map(ObjectOnly(fields, others))
}

/// The error for a slot still empty after reading, which [`read_fields`] rules out.
pub fn unfilled<E: serde::de::Error>() -> E {
    E::custom("a field of the object was not read")
}

/// Skips the value of an entry the model does not declare.
pub fn skip<'de, A: serde::de::MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<serde::de::IgnoredAny>().map(|_| ())
}

/// A model struct's `Serialize`, `Deserialize`, `Debug` and `PartialEq`: one line per field,
/// with its wire name and its presence (see [`Presence`]). `+ additional_properties` keeps the
/// entries the struct does not declare in that field; others are skipped.
///
/// The macro writes one method that lists the fields as [`Row`]s, which writing, printing and
/// comparing all go through, and a reader that fills the fields through the runtime's
/// [`Field`]: a model that implements `Default` is read into `Self::default()`; one written
/// `slots Name` (a field's type has no default) is read into a [`Slot`] per field. A model's
/// expansion is a table, not code of its own per field. The errors are serde's: "missing
/// field", "duplicate field", and a JSON object only.
///
/// ```text
/// crate::runtime::object! {
///     Pet {
///         id: "id" required,
///         name: "name" optional,
///     }
/// }
/// ```
#[allow(unused_macros)] // a spec may have no such model
macro_rules! object {
    (slots $name:ident $(+ $additional:ident)? { $($field:ident: $wire:literal $presence:ident,)* }) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            // Filling a deprecated field is not a use the caller should hear about.
            #[allow(deprecated)]
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                $(let mut $field = $crate::runtime::Slot(::std::option::Option::None);)*
                let mut others = $crate::runtime::object!(@others $($additional)?);
                $crate::runtime::read_object(
                    deserializer,
                    &mut [$(($wire, &mut $field, $crate::runtime::Presence::$presence),)*],
                    &mut others,
                )?;
                // Every slot is filled now. (The leading `true` keeps the pattern refutable
                // for a struct without fields.)
                let (true, $($crate::runtime::Slot(::std::option::Option::Some($field)),)*) =
                    (true, $($field,)*)
                else {
                    return ::std::result::Result::Err($crate::runtime::unfilled());
                };
                ::std::result::Result::Ok($name { $($field,)* $($additional: others,)? })
            }
        }

        $crate::runtime::object!(@rows $name [$($additional)?] { $($field: $wire $presence,)* });
    };
    ($name:ident $(+ $additional:ident)? { $($field:ident: $wire:literal $presence:ident,)* }) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            // (`this` is not changed when the struct has no fields.)
            #[allow(deprecated, unused_mut)]
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let mut this = <Self as ::std::default::Default>::default();
                $crate::runtime::read_object(
                    deserializer,
                    &mut [$(($wire, &mut this.$field, $crate::runtime::Presence::$presence),)*],
                    $crate::runtime::object!(@into this $($additional)?),
                )?;
                ::std::result::Result::Ok(this)
            }
        }

        $crate::runtime::object!(@rows $name [$($additional)?] { $($field: $wire $presence,)* });
    };
    (@rows $name:ident [$($additional:ident)?] { $($field:ident: $wire:literal $presence:ident,)* }) => {
        impl $name {
            /// The fields, for writing, printing and comparing.
            #[allow(deprecated)]
            fn rows(&self) -> [$crate::runtime::Row<'_>; { <[&str]>::len(&[$($wire),*]) }] {
                [$((stringify!($field), $wire, &self.$field, $crate::runtime::Presence::$presence),)*]
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                $crate::runtime::write_object(
                    serializer,
                    stringify!($name),
                    &self.rows(),
                    $crate::runtime::object!(@extra self $($additional)?),
                )
            }
        }

        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                $crate::runtime::debug_object(
                    f,
                    stringify!($name),
                    &self.rows(),
                    $crate::runtime::object!(@debug self $($additional)?),
                )
            }
        }

        impl ::std::cmp::PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                $crate::runtime::same_rows(&self.rows(), &other.rows())
                    $(&& self.$additional == other.$additional)?
            }
        }
    };
    (@others) => {
        $crate::runtime::Skipped
    };
    (@others $additional:ident) => {
        ::std::collections::BTreeMap::new()
    };
    (@into $this:ident) => {
        &mut $crate::runtime::Skipped
    };
    (@into $this:ident $additional:ident) => {
        &mut $this.$additional
    };
    (@extra $this:tt) => {
        &$crate::runtime::Skipped
    };
    (@extra $this:tt $additional:ident) => {
        &$this.$additional
    };
    (@debug $this:tt) => {
        ::std::option::Option::None
    };
    (@debug $this:tt $additional:ident) => {
        ::std::option::Option::Some((stringify!($additional), &$this.$additional))
    };
}

#[allow(unused_imports)]
pub(crate) use object;

/// A string enum's `as_str`, `Display`, `Serialize` and `Deserialize`: one line per variant with
/// its wire value. With `+ Unknown`, values the spec does not list are kept in the enum's
/// `Unknown(String)` variant (clients); without it they are refused with serde's "unknown
/// variant" error (servers).
///
/// ```text
/// crate::runtime::string_enum! {
///     Status + Unknown {
///         Active = "active",
///         Gone = "gone",
///     }
/// }
/// ```
#[allow(unused_macros)] // a spec may have no such model
macro_rules! string_enum {
    ($name:ident + Unknown { $($variant:ident = $wire:literal,)* }) => {
        impl $name {
            /// The value as it is sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::Unknown(value) => value.as_str(),
                }
            }
        }

        $crate::runtime::string_enum!(@write $name);

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let value =
                    <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                ::std::result::Result::Ok(match value.as_str() {
                    $($wire => Self::$variant,)*
                    _ => Self::Unknown(value),
                })
            }
        }
    };
    ($name:ident { $($variant:ident = $wire:literal,)* }) => {
        impl $name {
            /// The value as it is sent on the wire.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $(Self::$variant => $wire,)*
                }
            }
        }

        $crate::runtime::string_enum!(@write $name);

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let value =
                    <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                match value.as_str() {
                    $($wire => ::std::result::Result::Ok(Self::$variant),)*
                    other => ::std::result::Result::Err(
                        <D::Error as ::serde::de::Error>::unknown_variant(other, &[$($wire),*]),
                    ),
                }
            }
        }
    };
    (@write $name:ident) => {
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use string_enum;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_styles() {
        let mut out = Vec::new();
        query_pairs(&mut out, "a", &["x", "y"], Style::Form, true);
        query_pairs(&mut out, "b", &["x", "y"], Style::Form, false);
        query_pairs(&mut out, "c", &["x", "y"], Style::PipeDelimited, false);
        query_pairs(&mut out, "d", &Some(3), Style::Form, true);
        query_pairs(&mut out, "e", &None::<i32>, Style::Form, true);
        let pairs: Vec<(&str, &str)> = out.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(
            pairs,
            [
                ("a", "x"),
                ("a", "y"),
                ("b", "x,y"),
                ("c", "x|y"),
                ("d", "3")
            ]
        );
    }

    #[test]
    fn path_params_are_percent_encoded() {
        assert_eq!(path_param("id", "a/b c", Style::Simple, false), "a%2Fb%20c");
        assert_eq!(path_param("id", &[1, 2], Style::Label, false), ".1,2");
        assert_eq!(path_param("id", &[1, 2], Style::Matrix, true), ";id=1;id=2");
    }
}
