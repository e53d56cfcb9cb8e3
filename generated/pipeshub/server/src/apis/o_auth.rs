//! The `OAuth` API.
//!
//! OAuth 2.0 token exchange for third-party authentication providers
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// OAuth 2.0 token exchange for third-party authentication providers
pub trait OAuthApi: Clone + Send + Sync + 'static {
    /// Exchange OAuth authorization code for tokens
    ///
    /// Exchange an OAuth authorization code for access and ID tokens.
    /// Used after the OAuth authorization flow redirects back to the application.
    /// <br><br>
    /// <b>Supported Providers:</b><br>
    /// - Generic OAuth 2.0 providers configured in org settings
    /// <br><br>
    /// <b>Flow:</b><br>
    /// 1. User is redirected to OAuth provider's authorization URL<br>
    /// 2. User authorizes and is redirected back with a code<br>
    /// 3. This endpoint exchanges the code for tokens<br>
    /// 4. Tokens can then be used with the <code>/userAccount/authenticate</code> endpoint
    ///
    /// `POST /userAccount/oauth/exchange` (operation `exchangeOAuthCode`)
    fn exchange_o_auth_code(
        &self,
        request: ExchangeOAuthCodeRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ExchangeOAuthCodeResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(o_auth::routes().merge(...), service)`.
pub fn routes<S: OAuthApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/userAccount/oauth/exchange",
            axum::routing::post(crate::apis::o_auth::handle_exchange_o_auth_code::<S>),
        )
}

/// What a `POST /userAccount/oauth/exchange` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ExchangeOAuthCodeRequest {
    /// The request body (`application/json`).
    pub body: crate::models::OAuthExchangeRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /userAccount/oauth/exchange` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ExchangeOAuthCodeResponse {
    /// Status `200`: Tokens retrieved successfully
    Ok(crate::models::OAuthExchangeResponse),
    /// Status `400`: Invalid request or authorization code
    BadRequest(crate::models::AuthError),
    /// Status `401`: OAuth token exchange failed
    Unauthorized,
    /// Status `404`: OAuth provider configuration not found
    NotFound,
}
impl IntoResponse for ExchangeOAuthCodeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ExchangeOAuthCodeRequest {
    /// Reads and checks a `POST /userAccount/oauth/exchange` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ExchangeOAuthCodeRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /userAccount/oauth/exchange` request and hands it to [`OAuthApi::exchange_o_auth_code`].
pub async fn handle_exchange_o_auth_code<S: OAuthApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "exchangeOAuthCode",
        path: "/userAccount/oauth/exchange",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ExchangeOAuthCodeRequest::read,
            |request| service.exchange_o_auth_code(request),
        )
        .await
}
