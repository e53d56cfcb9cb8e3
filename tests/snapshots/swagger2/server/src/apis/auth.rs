//! The `auth` API.
//!
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use std::collections::BTreeMap;
pub trait AuthApi: Clone + Send + Sync + 'static {
    /// `POST /login` (operation `login`)
    fn login(
        &self,
        request: LoginRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<LoginResponse>> + Send;
}
/// This API's routes alone, to combine with others: `serve(oidc::routes().merge(...), service)`.
pub fn routes<S: AuthApi>() -> axum::Router<S> {
    axum::Router::new().route(
        "/login",
        axum::routing::post(crate::apis::auth::handle_login::<S>),
    )
}
/// What a `POST /login` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct LoginRequest {
    /// The request body (`application/x-www-form-urlencoded`).
    pub body: crate::models::LoginBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
}
/// The responses `POST /login` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum LoginResponse {
    /// Status `200`: Logged in.
    Ok(crate::models::LoginResponse),
}
impl IntoResponse for LoginResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => (
                StatusCode::from_u16(200).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                axum::Json(body),
            )
                .into_response(),
        }
    }
}
impl LoginRequest {
    /// Reads and checks a `POST /login` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(LoginRequest {
            body: runtime::required_body(runtime::validated(runtime::form_body(headers, body)?)?)?,
            credentials: Credentials::read(headers, query, &[("key", KeyIn::Header("X-Api-Key"))]),
        })
    }
}
/// Reads a `POST /login` request and hands it to [`AuthApi::login`].
pub async fn handle_login<S: AuthApi>(
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
    match LoginRequest::read(&BTreeMap::new(), &query, &headers, &body) {
        Ok(request) => service.login(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}
