//! A small, in-memory OpenID provider built only on the server traits specmint generates from
//! Ory Hydra's spec. It serves:
//!
//! - discovery (`/.well-known/openid-configuration`, listing only what is served) and the
//!   JWKS with an ES256 key made at start-up;
//! - dynamic client registration (RFC 7591) and its management API (RFC 7592);
//! - the authorization endpoint with PKCE (S256 only) and a headless login: `login_hint`
//!   names the user, who is taken as logged in and consenting;
//! - the token endpoint: `authorization_code`, `refresh_token` (rotated on use) and
//!   `client_credentials`, with `client_secret_basic` or `client_secret_post`;
//! - token introspection (RFC 7662), revocation (RFC 7009) and userinfo.
//!
//! Ids, secrets, codes and tokens come from the operating system's random source; secrets are
//! compared in constant time. State lives in memory and is lost when the process stops.

mod error;
mod keys;
mod oauth2;
mod oidc;
mod secrets;
mod store;

use std::sync::{Arc, Mutex, MutexGuard};

use ory_hydra_server::apis::{o_auth2, oidc as oidc_api, wellknown};
use ory_hydra_server::{models, runtime, Credentials};

use crate::error::OAuthError;
use crate::store::{Client, Grant, State};

/// The scopes the provider knows; a client registered without `scope` may ask for any of them.
pub const SCOPES: [&str; 5] = ["openid", "profile", "email", "phone", "offline_access"];

/// The provider. Clones share one state; the router clones it for every request, which costs
/// one reference count.
#[derive(Debug, Clone)]
pub struct MemoryOidc(Arc<Provider>);

/// What clones of a [`MemoryOidc`] share.
#[derive(Debug)]
pub struct Provider {
    issuer: String,
    key: keys::SigningKey,
    state: Mutex<State>,
}

impl std::ops::Deref for MemoryOidc {
    type Target = Provider;

    fn deref(&self) -> &Provider {
        &self.0
    }
}

impl MemoryOidc {
    /// A provider answering as `issuer` (its public base URL), with a new signing key.
    pub fn new(issuer: impl Into<String>) -> Self {
        MemoryOidc(Arc::new(Provider {
            issuer: issuer.into().trim_end_matches('/').to_string(),
            key: keys::SigningKey::generate(),
            state: Mutex::default(),
        }))
    }

    /// Adds a user. Their `sub` is the login hint that signs them in at the authorization
    /// endpoint; a user without `sub` is ignored.
    pub fn with_user(self, claims: models::OidcUserInfo) -> Self {
        if let Some(subject) = claims.sub.clone() {
            self.lock().users.insert(subject, claims);
        }
        self
    }

    /// An access token for a known user with `scope`, as if they had signed in (for tests and
    /// tools that need a user's token without running the authorization flow).
    pub fn issue_user_token(&self, subject: &str, scope: &str) -> Option<String> {
        self.issue_token(None, Some(subject), scope)
    }

    /// An access token for a registered client acting for itself with `scope`, as the token
    /// endpoint's `client_credentials` grant issues once the client is authenticated (for
    /// code that authenticates clients on its own, such as the load benchmark's handler
    /// written directly in axum).
    pub fn issue_client_token(&self, client_id: &str, scope: &str) -> Option<String> {
        self.issue_token(Some(client_id), None, scope)
    }

    /// An access token for a grant to the client `client_id` (`None`: no client) by the user
    /// `subject` (`None`: no user), when both are known.
    fn issue_token(
        &self,
        client_id: Option<&str>,
        subject: Option<&str>,
        scope: &str,
    ) -> Option<String> {
        let token = secrets::random_token();
        let mut state = self.lock();
        let known = client_id.is_none_or(|id| state.clients.contains_key(id))
            && subject.is_none_or(|s| state.users.contains_key(s));
        known.then(|| {
            let grant = Grant {
                id: state.next_grant(),
                client_id: client_id.unwrap_or_default().to_string(),
                subject: subject.map(str::to_string),
                scope: scope.to_string(),
                auth_time: secrets::now(),
                nonce: None,
            };
            state.issue_access_token(Arc::new(grant), token).0
        })
    }

    /// The router: the whole `oidc` and `wellknown` APIs, and of the `oAuth2` API the four
    /// operations this provider serves (authorize, token, revoke, introspect). The other
    /// `oAuth2` operations (Hydra's admin API) are not mounted.
    pub fn router(self) -> axum::Router {
        use axum::routing::{get, post};
        let oauth2 = axum::Router::new()
            .route(
                "/oauth2/auth",
                get(o_auth2::handle_o_auth2_authorize::<Self>),
            )
            .route(
                "/oauth2/token",
                post(o_auth2::handle_oauth2_token_exchange::<Self>),
            )
            .route(
                "/oauth2/revoke",
                post(o_auth2::handle_revoke_o_auth2_token::<Self>),
            )
            .route(
                "/admin/oauth2/introspect",
                post(o_auth2::handle_introspect_o_auth2_token::<Self>),
            );
        let routes = oidc_api::routes().merge(wellknown::routes()).merge(oauth2);
        ory_hydra_server::serve(routes, self)
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A poisoned lock only means another request panicked; the maps are still consistent.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.issuer)
    }

    /// The client a token, revocation or introspection request authenticates as: HTTP Basic
    /// (`client_secret_basic`, form-decoded per RFC 6749 §2.3.1) or `client_id` and
    /// `client_secret` form fields (`client_secret_post`), whichever the client registered.
    fn authenticate(
        state: &State,
        credentials: &Credentials,
        form: &Form,
    ) -> Result<Arc<Client>, OAuthError> {
        let posted_secret = form.get("client_secret");
        let (id, secret, method) = match (&credentials.basic, posted_secret) {
            (Some(_), Some(_)) => {
                return Err(OAuthError::bad(
                    "invalid_request",
                    "the client authenticated twice (Basic and client_secret); use one method",
                ))
            }
            (Some(basic), None) => {
                let basic = basic.form_decoded().ok_or_else(|| {
                    OAuthError::invalid_client("the Basic credentials are not form-encoded UTF-8")
                })?;
                if form.get("client_id").is_some_and(|id| id != basic.user_id) {
                    return Err(OAuthError::bad(
                        "invalid_request",
                        "client_id differs from the authenticated client",
                    ));
                }
                (basic.user_id, basic.password, "client_secret_basic")
            }
            (None, Some(secret)) => {
                let id = form.get("client_id").ok_or_else(|| {
                    OAuthError::bad(
                        "invalid_request",
                        "client_secret was sent without client_id",
                    )
                })?;
                (id.to_string(), secret.to_string(), "client_secret_post")
            }
            (None, None) => {
                return Err(OAuthError::invalid_client(
                    "client authentication is required (client_secret_basic or client_secret_post)",
                ))
            }
        };
        let client = state
            .clients
            .get(&id)
            .filter(|c| runtime::same_secret(&c.secret, &secret))
            .ok_or_else(|| OAuthError::invalid_client("unknown client or wrong secret"))?;
        if client.auth_method() != method {
            return Err(OAuthError::invalid_client(format!(
                "the client is registered for {}, not {method}",
                client.auth_method()
            )));
        }
        Ok(client.clone())
    }
}

/// The fields of a form-encoded body, read once (the first value of each name). Hydra's spec
/// leaves out fields the token endpoint needs (`client_secret`, `scope`, `code_verifier`),
/// so they are read from the raw body.
pub(crate) struct Form(Vec<(String, String)>);

impl Form {
    pub(crate) fn of(raw: &runtime::Raw) -> Form {
        Form(
            url::form_urlencoded::parse(raw.body())
                .into_owned()
                .collect(),
        )
    }

    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}
