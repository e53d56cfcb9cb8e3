//! The `auth` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

pub trait AuthApi: Clone + Send + Sync + 'static {
    /// `POST /login` (operation `login`)
    fn login(
        &self,
        request: LoginRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<LoginResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(auth::routes().merge(...), service)`.
pub fn routes<S: AuthApi>() -> axum::Router<S> {
    axum::Router::new()
        .route("/login", axum::routing::post(crate::apis::auth::handle_login::<S>))
}

/// What a `POST /login` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct LoginRequest {
    /// The request body (`application/x-www-form-urlencoded`).
    pub body: crate::models::LoginBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
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
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl LoginRequest {
    /// Reads and checks a `POST /login` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(
            headers,
            query,
            &[("key", KeyIn::Header("X-Api-Key"))],
        );
        Ok(LoginRequest {
            body: runtime::required_body(
                runtime::validated(runtime::form_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /login` request and hands it to [`AuthApi::login`].
pub async fn handle_login<S: AuthApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "login",
        path: "/login",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            LoginRequest::read,
            |request| service.login(request),
        )
        .await
}
