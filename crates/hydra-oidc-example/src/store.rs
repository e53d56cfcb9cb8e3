//! What the provider remembers, in memory: registered clients, users, authorization codes and
//! tokens. Every id, secret, code and token is a fresh random value (see `secrets`).

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::Arc;

use ory_hydra_server::models;

use crate::secrets::now;

/// How long an access token, an ID token and an authorization code live, in seconds.
pub const ACCESS_TOKEN_LIFETIME: i64 = 3600;
pub const ID_TOKEN_LIFETIME: i64 = 3600;
pub const CODE_LIFETIME: i64 = 60;

/// A registered client.
#[derive(Debug, Clone)]
pub struct Client {
    /// The metadata as registered, with `client_secret` but without the registration token.
    pub registration: models::OAuth2Client,
    pub secret: String,
    pub registration_token: String,
}

impl Client {
    /// The client's `token_endpoint_auth_method`.
    pub fn auth_method(&self) -> &str {
        self.registration
            .token_endpoint_auth_method
            .as_deref()
            .unwrap_or("client_secret_basic")
    }

    pub fn may_use_grant(&self, grant_type: &str) -> bool {
        self.registration
            .grant_types
            .as_ref()
            .is_some_and(|g| g.iter().any(|t| t == grant_type))
    }

    /// Whether every scope in `requested` (space-separated) is one the client registered.
    pub fn allows_scope(&self, requested: &str) -> bool {
        let registered = self.registration.scope.as_deref().unwrap_or_default();
        requested
            .split_whitespace()
            .all(|s| registered.split_whitespace().any(|r| r == s))
    }
}

/// What a grant (an authorization, or a client acting for itself) gave: tokens issued from one
/// grant share its id, so revoking a refresh token also ends the access tokens it led to.
#[derive(Debug, Clone)]
pub struct Grant {
    /// An internal number (never sent), from [`State::next_grant`].
    pub id: u64,
    pub client_id: String,
    /// The user, for grants a user authorized; `None` for client credentials.
    pub subject: Option<String>,
    pub scope: String,
    pub auth_time: i64,
    pub nonce: Option<String>,
}

impl Grant {
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scope.split_whitespace().any(|s| s == scope)
    }
}

/// An access token's grant (shared with the grant's other tokens) and expiry.
#[derive(Debug, Clone)]
pub struct AccessToken {
    pub grant: Arc<Grant>,
    pub issued_at: i64,
    pub expires_at: i64,
}

/// An authorization code, usable once before `expires_at`.
#[derive(Debug, Clone)]
pub struct Code {
    pub grant: Grant,
    /// The `redirect_uri` the authorization request gave, which the token request must
    /// repeat (RFC 6749 §4.1.3); `None` when it was left to the client's only one.
    pub redirect_uri: Option<String>,
    pub code_challenge: String,
    pub expires_at: i64,
}

#[derive(Debug, Default)]
pub struct State {
    pub clients: BTreeMap<String, Arc<Client>>,
    /// Users by subject; the subject is also their login hint.
    pub users: BTreeMap<String, models::OidcUserInfo>,
    pub codes: HashMap<String, Code>,
    pub access_tokens: HashMap<Arc<str>, AccessToken>,
    /// Access tokens in the order they expire (all live equally long, so that is the order
    /// they were issued), for dropping the expired ones without looking at the others.
    expiries: VecDeque<(i64, Arc<str>)>,
    /// Refresh tokens never expire; they end when used (rotation) or revoked.
    pub refresh_tokens: HashMap<String, Grant>,
    /// When expired codes were last dropped (at most once a second).
    last_purge: i64,
    grants: u64,
}

impl State {
    /// A new grant's id.
    pub fn next_grant(&mut self) -> u64 {
        self.grants += 1;
        self.grants
    }

    /// Stores `token` (fresh from `random_token`, made before the state was locked) as an
    /// access token for `grant`. Expired access tokens are dropped first, oldest first and
    /// only those; expired codes once a second at most. Issuing stays cheap under load.
    pub fn issue_access_token(&mut self, grant: Arc<Grant>, token: String) -> (String, i64) {
        let issued_at = now();
        while let Some((_, expired)) = self.expiries.front().filter(|(at, _)| *at <= issued_at) {
            self.access_tokens.remove(expired);
            self.expiries.pop_front();
        }
        if issued_at > self.last_purge {
            self.last_purge = issued_at;
            self.codes.retain(|_, c| c.expires_at > issued_at);
        }
        let key: Arc<str> = Arc::from(token.as_str());
        let expires_at = issued_at + ACCESS_TOKEN_LIFETIME;
        self.expiries.push_back((expires_at, key.clone()));
        self.access_tokens.insert(
            key,
            AccessToken {
                grant,
                issued_at,
                expires_at,
            },
        );
        (token, ACCESS_TOKEN_LIFETIME)
    }

    /// An access token that has not expired.
    pub fn live_access_token(&self, token: &str) -> Option<&AccessToken> {
        self.access_tokens
            .get(token)
            .filter(|t| t.expires_at > now())
    }

    /// Ends a grant: its refresh tokens and the access tokens issued from it.
    pub fn end_grant(&mut self, grant_id: u64) {
        self.refresh_tokens.retain(|_, g| g.id != grant_id);
        self.access_tokens.retain(|_, t| t.grant.id != grant_id);
    }

    /// Removes a client with everything issued to it.
    pub fn remove_client(&mut self, client_id: &str) {
        self.clients.remove(client_id);
        self.codes.retain(|_, c| c.grant.client_id != client_id);
        self.refresh_tokens.retain(|_, g| g.client_id != client_id);
        self.access_tokens
            .retain(|_, t| t.grant.client_id != client_id);
    }
}
