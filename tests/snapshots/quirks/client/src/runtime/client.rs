//! The client, its builder, and the per-call adjustments made with its `with_*` methods.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::{
    schemes_where, AwsCredentials, ClientCredentials, Credential, RetryPolicy, SchemeKind,
};
use crate::spec::{SCHEMES, SERVERS};

/// A client for the API. Cheap to clone: clones share one connection pool and one token cache.
///
/// Configure it once with [`Client::builder`], and adjust single calls with the `with_*`
/// methods, which return a client sharing everything but the adjusted setting:
/// `client.with_timeout(Duration::from_secs(2)).some_operation().await`.
#[derive(Debug, Clone)]
pub struct Client {
    pub(crate) shared: Arc<Shared>,
    pub(crate) overrides: Overrides,
}

/// What every clone of a client shares.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) base_url: String,
    /// Whether the user set the base URL (else it is the spec's first server): credentials
    /// then go nowhere else unless the user names the place.
    pub(crate) base_url_chosen: bool,
    pub(crate) http: reqwest::Client,
    pub(crate) credentials: BTreeMap<&'static str, Credential>,
    pub(crate) server_variables: BTreeMap<String, String>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry: RetryPolicy,
    pub(crate) hooks: Hooks,
}

/// Sees an attempt's request before it is sent.
pub(crate) type RequestHook = Arc<dyn Fn(&mut reqwest::Request) + Send + Sync>;

/// Sees a response as it arrives, before its body is read.
pub(crate) type ResponseHook = Arc<dyn Fn(&reqwest::Response) + Send + Sync>;

/// What sees each attempt's request before it is sent and each response as it arrives.
#[derive(Clone, Default)]
pub(crate) struct Hooks {
    pub(crate) on_request: Vec<RequestHook>,
    pub(crate) on_response: Vec<ResponseHook>,
}

impl fmt::Debug for Hooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Hooks")
            .field("on_request", &self.on_request.len())
            .field("on_response", &self.on_response.len())
            .finish()
    }
}

/// Settings of one call, made with the `with_*` methods.
#[derive(Debug, Clone, Default)]
pub(crate) struct Overrides {
    pub(crate) server_url: Option<String>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) credentials: Vec<(&'static str, Credential)>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) form: Vec<(String, String)>,
}

impl Client {
    /// A client for the API at `base_url` (for example `https://api.example.com/v1`), with the
    /// default settings: no credentials, no timeout, [`RetryPolicy::default`].
    ///
    /// Redirects are not followed, so that operations documenting a `3xx` response return it.
    pub fn new(base_url: impl Into<String>) -> Self {
        let http = default_http_client(None).unwrap_or_default();
        Client::from_parts(base_url.into(), true, http, ClientBuilder::default())
    }

    /// A client using a `reqwest::Client` you configured yourself.
    pub fn with_client(base_url: impl Into<String>, http: reqwest::Client) -> Self {
        Client::from_parts(base_url.into(), true, http, ClientBuilder::default())
    }

    /// Starts configuring a client: base URL or server variables, credentials, timeouts and
    /// retries.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    fn from_parts(
        base_url: String,
        base_url_chosen: bool,
        http: reqwest::Client,
        builder: ClientBuilder,
    ) -> Self {
        let mut base_url = base_url;
        while base_url.ends_with('/') {
            base_url.pop();
        }
        Client {
            shared: Arc::new(Shared {
                base_url,
                base_url_chosen,
                http,
                credentials: builder.credentials,
                server_variables: builder.server_variables,
                timeout: builder.timeout,
                retry: builder.retry,
                hooks: builder.hooks,
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
    hooks: Hooks,
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

    /// Calls `hook` with each attempt's request just before it is sent, after credentials
    /// and signing: to add a header, log, or sign in a way the spec does not describe. Hooks
    /// run in the order they were added.
    ///
    /// ```ignore
    /// let client = Client::builder()
    ///     .on_request(|request| {
    ///         request.headers_mut().insert("x-tenant", "acme".parse().unwrap());
    ///     })
    ///     .build()?;
    /// ```
    pub fn on_request(
        mut self,
        hook: impl Fn(&mut reqwest::Request) + Send + Sync + 'static,
    ) -> Self {
        self.hooks.on_request.push(Arc::new(hook));
        self
    }

    /// Calls `hook` with each response as it arrives (its status and headers; the body is
    /// not read yet), every attempt included.
    pub fn on_response(
        mut self,
        hook: impl Fn(&reqwest::Response) + Send + Sync + 'static,
    ) -> Self {
        self.hooks.on_response.push(Arc::new(hook));
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
        let base_url_chosen = self.base_url.is_some();
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
        if base_url_chosen {
            self.check_token_urls(&base_url)?;
        }
        let http = match self.http.take() {
            Some(http) => http,
            None => default_http_client(self.connect_timeout).map_err(BuildError::Http)?,
        };
        Ok(Client::from_parts(base_url, base_url_chosen, http, self))
    }

    /// Fails when client credentials would go to the spec's token URL on another server than
    /// the base URL the user set.
    fn check_token_urls(&self, base_url: &str) -> Result<(), BuildError> {
        for (name, credential) in &self.credentials {
            let Credential::ClientCredentials(credentials) = credential else {
                continue;
            };
            let spec_url = SCHEMES
                .iter()
                .find(|s| s.name == *name)
                .and_then(|s| match s.kind {
                    SchemeKind::OAuth2 { token_url } => token_url,
                    _ => None,
                });
            if let Some(token_url) = credentials.foreign_spec_url(spec_url, base_url) {
                return Err(BuildError::ForeignTokenUrl {
                    scheme: name,
                    token_url: token_url.to_string(),
                    base_url: base_url.to_string(),
                });
            }
        }
        Ok(())
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
    /// OAuth2 client credentials would be sent to the spec's token URL, which is on another
    /// server than the base URL you set.
    ForeignTokenUrl {
        scheme: &'static str,
        token_url: String,
        base_url: String,
    },
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
            BuildError::ForeignTokenUrl {
                scheme,
                token_url,
                base_url,
            } => write!(
                f,
                "the client secret of scheme `{scheme}` would go to the spec's token URL {token_url}, \
                 which is not on your server {base_url}: set your token endpoint with \
                 `ClientCredentials::token_url(..)`, or call `ClientCredentials::trust_spec_token_url()` \
                 if {token_url} really issues your tokens"
            ),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Http(e) => Some(e),
            _ => None,
        }
    }
}
