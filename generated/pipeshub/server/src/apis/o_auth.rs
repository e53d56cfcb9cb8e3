//! The `OAuth` API.
//!
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
/// OAuth 2.0 token exchange for third-party authentication providers
#[allow(unused_imports)]
use std::collections::BTreeMap;
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
    ) -> impl ::std::future::Future<Output = crate::Reply<ExchangeOAuthCodeResponse>> + Send;
}
/// This API's routes alone, to combine with others: `serve(oidc::routes().merge(...), service)`.
pub fn routes<S: OAuthApi>() -> axum::Router<S> {
    axum::Router::new().route(
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
            Self::Ok(body) => (
                StatusCode::from_u16(200).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                axum::Json(body),
            )
                .into_response(),
            Self::BadRequest(body) => (
                StatusCode::from_u16(400).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                axum::Json(body),
            )
                .into_response(),
            Self::Unauthorized => StatusCode::from_u16(401)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
            Self::NotFound => StatusCode::from_u16(404)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response(),
        }
    }
}
impl ExchangeOAuthCodeRequest {
    /// Reads and checks a `POST /userAccount/oauth/exchange` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(ExchangeOAuthCodeRequest {
            body: runtime::required_body(runtime::validated(runtime::json_body(headers, body)?)?)?,
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `POST /userAccount/oauth/exchange` request and hands it to [`OAuthApi::exchange_o_auth_code`].
pub async fn handle_exchange_o_auth_code<S: OAuthApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> Response {
    let body = match body {
        Ok(body) => body,
        Err(rejection) => {
            return runtime::rejected(
                rejection.status(),
                runtime::Location::Body,
                rejection.body_text(),
            );
        }
    };
    let query = Query::parse(query.as_deref());
    match ExchangeOAuthCodeRequest::read(&BTreeMap::new(), &query, &headers, &body) {
        Ok(request) => service.exchange_o_auth_code(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}
