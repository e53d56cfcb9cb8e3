//! OAuth 2.0 error responses (RFC 6749 §5.2, RFC 6750 §3): the JSON body, its status, and the
//! `WWW-Authenticate` challenge a 401 or 403 must carry.

use axum::http::StatusCode;
use ory_hydra_server::{models, Reply};

/// The realm named in challenges.
const REALM: &str = "hydra-oidc-example";

/// A refusal: an OAuth 2.0 error code, a description, and how to answer it.
#[derive(Debug, Clone, PartialEq)]
pub struct OAuthError {
    pub status: StatusCode,
    pub error: &'static str,
    pub description: String,
    /// The `WWW-Authenticate` value, for 401s and 403s.
    pub challenge: Option<String>,
}

impl OAuthError {
    /// A 400 with `error`.
    pub fn bad(error: &'static str, description: impl Into<String>) -> Self {
        OAuthError {
            status: StatusCode::BAD_REQUEST,
            error,
            description: description.into(),
            challenge: None,
        }
    }

    /// A client that did not authenticate: 401 `invalid_client` with a Basic challenge
    /// (RFC 6749 §5.2).
    pub fn invalid_client(description: impl Into<String>) -> Self {
        OAuthError {
            status: StatusCode::UNAUTHORIZED,
            error: "invalid_client",
            description: description.into(),
            challenge: Some(format!("Basic realm=\"{REALM}\"")),
        }
    }

    /// A bearer token that is missing (`error` is then `None`, RFC 6750 §3.1) or not valid.
    pub fn bearer(error: Option<&'static str>, description: impl Into<String>) -> Self {
        let description = description.into();
        let (status, challenge) = match error {
            None => (
                StatusCode::UNAUTHORIZED,
                format!("Bearer realm=\"{REALM}\""),
            ),
            Some(code) => {
                let status = if code == "insufficient_scope" {
                    StatusCode::FORBIDDEN
                } else {
                    StatusCode::UNAUTHORIZED
                };
                let challenge = format!(
                    "Bearer realm=\"{REALM}\", error=\"{code}\", error_description=\"{}\"",
                    description.replace(['"', '\\'], "'")
                );
                (status, challenge)
            }
        };
        OAuthError {
            status,
            error: error.unwrap_or("invalid_token"),
            description,
            challenge: Some(challenge),
        }
    }

    /// The JSON body.
    pub fn body(&self) -> models::ErrorOAuth2 {
        models::ErrorOAuth2 {
            error: Some(self.error.to_string()),
            error_description: Some(self.description.clone()),
            ..Default::default()
        }
    }

    /// The reply, built with the operation's `Default` variant `make`, with the challenge.
    pub fn reply<T>(self, make: impl FnOnce(StatusCode, models::ErrorOAuth2) -> T) -> Reply<T> {
        let reply = Reply::from(make(self.status, self.body()));
        match &self.challenge {
            Some(challenge) => reply.header("www-authenticate", challenge),
            None => reply,
        }
    }
}

/// Marks a reply that carries tokens or secrets as not to be stored by caches (RFC 6749 §5.1).
pub fn no_store<T>(reply: Reply<T>) -> Reply<T> {
    reply
        .header("cache-control", "no-store")
        .header("pragma", "no-cache")
}
