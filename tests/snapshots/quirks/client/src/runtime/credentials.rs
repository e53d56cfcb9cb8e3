//! Credentials for the spec's security schemes: keys, tokens, basic auth, OAuth2 client
//! credentials with their token cache, and AWS keys for SigV4.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::{AuthError, SendError, UNRESERVED};
use crate::spec::SCHEMES;

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
    /// Adds the credential to a request for `scheme`. `base_url` is the server the user chose
    /// for the client, when they chose one: a token is fetched from elsewhere only when they
    /// named the token URL or trusted the spec's.
    pub(crate) async fn apply(
        &self,
        scheme: &Scheme,
        request: reqwest::RequestBuilder,
        http: &reqwest::Client,
        base_url: Option<&str>,
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
                let spec_url = match kind {
                    SchemeKind::OAuth2 { token_url } => *token_url,
                    _ => None,
                };
                let token = c
                    .access_token(http, scheme.name, spec_url, base_url)
                    .await
                    .map_err(SendError::Auth)?;
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
    trust_spec_token_url: bool,
    cached: tokio::sync::Mutex<Option<(String, std::time::Instant)>>,
}

impl fmt::Debug for ClientCredentials {
    /// The secret and the cached token are not printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("client_id", &self.client_id)
            .field("token_url", &self.token_url)
            .field("scopes", &self.scopes)
            .field("auth", &self.auth)
            .finish_non_exhaustive()
    }
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
            trust_spec_token_url: false,
            cached: tokio::sync::Mutex::new(None),
        }
    }

    /// The token endpoint; without it, the scheme's `tokenUrl` from the spec is used (a
    /// relative one is resolved against the client's server).
    pub fn token_url(mut self, url: impl Into<String>) -> Self {
        self.token_url = Some(url.into());
        self
    }

    /// Sends the client secret to the spec's token URL even when it is on another server
    /// than the base URL you set. Without it, building such a client fails, so that a secret
    /// meant for your server never reaches the host the spec names (often a vendor's demo).
    pub fn trust_spec_token_url(mut self) -> Self {
        self.trust_spec_token_url = true;
        self
    }

    /// The spec's token URL when it is absolute, on another origin than `base_url`, and
    /// neither replaced by [`ClientCredentials::token_url`] nor trusted.
    pub(crate) fn foreign_spec_url<'u>(
        &self,
        spec_url: Option<&'u str>,
        base_url: &str,
    ) -> Option<&'u str> {
        if self.token_url.is_some() || self.trust_spec_token_url {
            return None;
        }
        spec_url.filter(|url| url.contains("://") && origin(url) != origin(base_url))
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
        scheme: &'static str,
        spec_url: Option<&str>,
        base_url: Option<&str>,
    ) -> Result<String, AuthError> {
        let mut cached = self.cached.lock().await;
        if let Some((token, renew_at)) = cached.as_ref() {
            if std::time::Instant::now() < *renew_at {
                return Ok(token.clone());
            }
        }
        let url = self.endpoint(scheme, spec_url, base_url)?;
        let mut form = vec![("grant_type", "client_credentials".to_string())];
        if !self.scopes.is_empty() {
            form.push(("scope", self.scopes.join(" ")));
        }
        let mut request = http.post(&url);
        match self.auth {
            TokenEndpointAuth::Basic => {
                // RFC 6749 §2.3.1: the id and secret are form-encoded before Basic encoding,
                // so a `:` or `%` in either reaches the server as the client meant it.
                let form = |text: &str| {
                    percent_encoding::utf8_percent_encode(text, UNRESERVED).to_string()
                };
                request = request.basic_auth(form(&self.client_id), Some(form(&self.client_secret)))
            }
            TokenEndpointAuth::Post => {
                form.push(("client_id", self.client_id.clone()));
                form.push(("client_secret", self.client_secret.clone()));
            }
        }
        let transport = |source| AuthError::TokenTransport {
            scheme,
            token_url: url.clone(),
            source,
        };
        let response = request.form(&form).send().await.map_err(transport)?;
        let status = response.status();
        let body = response.bytes().await.map_err(transport)?.to_vec();
        if !status.is_success() {
            return Err(refused(scheme, &url, status, body));
        }
        #[derive(serde::Deserialize)]
        struct TokenResponse {
            access_token: String,
            expires_in: Option<u64>,
        }
        let token: TokenResponse =
            serde_json::from_slice(&body).map_err(|e| AuthError::TokenResponse {
                scheme,
                token_url: url.clone(),
                message: e.to_string(),
            })?;
        if let Some(lifetime) = token.expires_in {
            let renew_after = Duration::from_secs(lifetime).saturating_sub(self.refresh_margin);
            *cached = Some((
                token.access_token.clone(),
                std::time::Instant::now() + renew_after,
            ));
        }
        Ok(token.access_token)
    }

    /// The token endpoint: the one set, else the spec's (a relative one on the client's
    /// server). A spec URL on another server than the one the user chose is refused.
    fn endpoint(
        &self,
        scheme: &'static str,
        spec_url: Option<&str>,
        base_url: Option<&str>,
    ) -> Result<String, AuthError> {
        if let Some(url) = &self.token_url {
            return Ok(url.clone());
        }
        let Some(spec_url) = spec_url else {
            return Err(AuthError::Unusable {
                scheme,
                message: "the spec names no token URL: set one with `ClientCredentials::token_url`"
                    .to_string(),
            });
        };
        if let Some(base_url) = base_url {
            if let Some(url) = self.foreign_spec_url(Some(spec_url), base_url) {
                return Err(AuthError::Withheld {
                    scheme,
                    url: url.to_string(),
                    base_url: base_url.to_string(),
                });
            }
        }
        if spec_url.contains("://") {
            return Ok(spec_url.to_string());
        }
        match base_url {
            Some(base_url) => Ok(format!("{}{spec_url}", origin(base_url))),
            None => Err(AuthError::Unusable {
                scheme,
                message: format!(
                    "the spec's token URL `{spec_url}` is relative: set the full URL with `ClientCredentials::token_url`"
                ),
            }),
        }
    }
}

/// A refusal from the token endpoint, with its RFC 6749 error when the body carries one.
fn refused(
    scheme: &'static str,
    url: &str,
    status: reqwest::StatusCode,
    body: Vec<u8>,
) -> AuthError {
    #[derive(serde::Deserialize, Default)]
    struct ErrorResponse {
        error: Option<String>,
        error_description: Option<String>,
        error_uri: Option<String>,
    }
    let parsed: ErrorResponse = serde_json::from_slice(&body).unwrap_or_default();
    AuthError::TokenRefused {
        scheme,
        token_url: url.to_string(),
        status,
        error: parsed.error,
        error_description: parsed.error_description,
        error_uri: parsed.error_uri,
        body,
    }
}

/// `scheme://host:port` of a URL, lowercased.
pub(crate) fn origin(url: &str) -> String {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let end = url[after_scheme..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| after_scheme + i);
    url[..end].to_ascii_lowercase()
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
    pub(crate) fn takes_bearer(&self) -> bool {
        matches!(
            self,
            SchemeKind::Bearer
                | SchemeKind::OAuth2 { .. }
                | SchemeKind::OpenIdConnect
                | SchemeKind::Other
        )
    }
}

/// The names of the spec's schemes of a kind.
pub(crate) fn schemes_where(test: impl Fn(&SchemeKind) -> bool) -> Vec<&'static str> {
    SCHEMES
        .iter()
        .filter(|s| test(&s.kind))
        .map(|s| s.name)
        .collect()
}
