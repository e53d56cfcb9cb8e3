//! The `wellknown` API.
//!
//! Well-Known Endpoints
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Well-Known Endpoints
pub trait WellknownApi: Clone + Send + Sync + 'static {
    /// Discover Well-Known JSON Web Keys
    ///
    /// This endpoint returns JSON Web Keys required to verifying OpenID Connect ID Tokens and,
    /// if enabled, OAuth 2.0 JWT Access Tokens. This endpoint can be used with client libraries like
    /// [node-jwks-rsa](https://github.com/auth0/node-jwks-rsa) among others.
    ///
    /// `GET /.well-known/jwks.json` (operation `discoverJsonWebKeys`)
    fn discover_json_web_keys(
        &self,
        request: DiscoverJsonWebKeysRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DiscoverJsonWebKeysResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(wellknown::routes().merge(...), service)`.
pub fn routes<S: WellknownApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/.well-known/jwks.json",
            axum::routing::get(
                crate::apis::wellknown::handle_discover_json_web_keys::<S>,
            ),
        )
}

/// What a `GET /.well-known/jwks.json` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscoverJsonWebKeysRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /.well-known/jwks.json` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DiscoverJsonWebKeysResponse {
    /// Status `200`: jsonWebKeySet
    Ok(crate::models::JsonWebKeySet),
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
}
impl IntoResponse for DiscoverJsonWebKeysResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DiscoverJsonWebKeysRequest {
    /// Reads and checks a `GET /.well-known/jwks.json` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DiscoverJsonWebKeysRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /.well-known/jwks.json` request and hands it to [`WellknownApi::discover_json_web_keys`].
pub async fn handle_discover_json_web_keys<S: WellknownApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "discoverJsonWebKeys",
        path: "/.well-known/jwks.json",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DiscoverJsonWebKeysRequest::read,
            |request| service.discover_json_web_keys(request),
        )
        .await
}
