//! Credentials for the spec's security schemes: keys, tokens, basic auth, OAuth2 client
//! credentials with their token cache, and AWS keys for SigV4.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::SendError;
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
    pub(crate) async fn apply(
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
