//! The `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

pub trait DefaultApi: Clone + Send + Sync + 'static {
    /// `GET /global` (operation `usesGlobal`)
    fn uses_global(
        &self,
        request: UsesGlobalRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UsesGlobalResponse>> + Send;
    /// `GET /public` (operation `optsOut`)
    fn opts_out(
        &self,
        request: OptsOutRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<OptsOutResponse>> + Send;
    /// `POST /basic-or-oauth2` (operation `basicOrOauth2`)
    fn basic_or_oauth2(
        &self,
        request: BasicOrOauth2Request,
    ) -> impl ::std::future::Future<Output = crate::Reply<BasicOrOauth2Response>> + Send;
    /// `GET /oauth2-only` (operation `oauth2Only`)
    fn oauth2_only(
        &self,
        request: Oauth2OnlyRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<Oauth2OnlyResponse>> + Send;
    /// `GET /keys` (operation `allKeys`)
    fn all_keys(
        &self,
        request: AllKeysRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<AllKeysResponse>> + Send;
    /// `GET /anonymous-allowed` (operation `anonymousAllowed`)
    fn anonymous_allowed(
        &self,
        request: AnonymousAllowedRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<AnonymousAllowedResponse>,
    > + Send;
    /// `GET /elsewhere` (operation `elsewhere`)
    fn elsewhere(
        &self,
        request: ElsewhereRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ElsewhereResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(default::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/anonymous-allowed",
            axum::routing::get(crate::apis::default::handle_anonymous_allowed::<S>),
        );
    let routes = routes
        .route(
            "/basic-or-oauth2",
            axum::routing::post(crate::apis::default::handle_basic_or_oauth2::<S>),
        );
    let routes = routes
        .route(
            "/elsewhere",
            axum::routing::get(crate::apis::default::handle_elsewhere::<S>),
        );
    let routes = routes
        .route(
            "/global",
            axum::routing::get(crate::apis::default::handle_uses_global::<S>),
        );
    let routes = routes
        .route("/keys", axum::routing::get(crate::apis::default::handle_all_keys::<S>));
    let routes = routes
        .route(
            "/oauth2-only",
            axum::routing::get(crate::apis::default::handle_oauth2_only::<S>),
        );
    routes
        .route("/public", axum::routing::get(crate::apis::default::handle_opts_out::<S>))
}

/// What a `GET /global` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UsesGlobalRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /global` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UsesGlobalResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for UsesGlobalResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl UsesGlobalRequest {
    /// Reads and checks a `GET /global` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(
            headers,
            query,
            &[
                ("cookieKey", KeyIn::Cookie("key")),
                ("headerKey", KeyIn::Header("X-API-Key")),
                ("queryKey", KeyIn::Query("api_key")),
            ],
        );
        Ok(UsesGlobalRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /global` request and hands it to [`DefaultApi::uses_global`].
pub async fn handle_uses_global<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "usesGlobal",
        path: "/global",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UsesGlobalRequest::read,
            |request| service.uses_global(request),
        )
        .await
}

/// What a `GET /public` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct OptsOutRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /public` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum OptsOutResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for OptsOutResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl OptsOutRequest {
    /// Reads and checks a `GET /public` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(
            headers,
            query,
            &[
                ("cookieKey", KeyIn::Cookie("key")),
                ("headerKey", KeyIn::Header("X-API-Key")),
                ("queryKey", KeyIn::Query("api_key")),
            ],
        );
        Ok(OptsOutRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /public` request and hands it to [`DefaultApi::opts_out`].
pub async fn handle_opts_out<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "optsOut",
        path: "/public",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            OptsOutRequest::read,
            |request| service.opts_out(request),
        )
        .await
}

/// What a `POST /basic-or-oauth2` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct BasicOrOauth2Request {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /basic-or-oauth2` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum BasicOrOauth2Response {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for BasicOrOauth2Response {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl BasicOrOauth2Request {
    /// Reads and checks a `POST /basic-or-oauth2` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(
            headers,
            query,
            &[
                ("cookieKey", KeyIn::Cookie("key")),
                ("headerKey", KeyIn::Header("X-API-Key")),
                ("queryKey", KeyIn::Query("api_key")),
            ],
        );
        Ok(BasicOrOauth2Request {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /basic-or-oauth2` request and hands it to [`DefaultApi::basic_or_oauth2`].
pub async fn handle_basic_or_oauth2<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "basicOrOauth2",
        path: "/basic-or-oauth2",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            BasicOrOauth2Request::read,
            |request| service.basic_or_oauth2(request),
        )
        .await
}

/// What a `GET /oauth2-only` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Oauth2OnlyRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth2-only` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum Oauth2OnlyResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for Oauth2OnlyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl Oauth2OnlyRequest {
    /// Reads and checks a `GET /oauth2-only` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(
            headers,
            query,
            &[
                ("cookieKey", KeyIn::Cookie("key")),
                ("headerKey", KeyIn::Header("X-API-Key")),
                ("queryKey", KeyIn::Query("api_key")),
            ],
        );
        Ok(Oauth2OnlyRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth2-only` request and hands it to [`DefaultApi::oauth2_only`].
pub async fn handle_oauth2_only<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "oauth2Only",
        path: "/oauth2-only",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            Oauth2OnlyRequest::read,
            |request| service.oauth2_only(request),
        )
        .await
}

/// What a `GET /keys` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AllKeysRequest {
    /// cookie parameter `session`.
    pub session: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /keys` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AllKeysResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for AllKeysResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl AllKeysRequest {
    /// Reads and checks a `GET /keys` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(
            headers,
            query,
            &[
                ("cookieKey", KeyIn::Cookie("key")),
                ("headerKey", KeyIn::Header("X-API-Key")),
                ("queryKey", KeyIn::Query("api_key")),
            ],
        );
        Ok(AllKeysRequest {
            session: runtime::cookie_optional(headers, "session")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /keys` request and hands it to [`DefaultApi::all_keys`].
pub async fn handle_all_keys<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "allKeys",
        path: "/keys",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AllKeysRequest::read,
            |request| service.all_keys(request),
        )
        .await
}

/// What a `GET /anonymous-allowed` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AnonymousAllowedRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /anonymous-allowed` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AnonymousAllowedResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for AnonymousAllowedResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl AnonymousAllowedRequest {
    /// Reads and checks a `GET /anonymous-allowed` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(
            headers,
            query,
            &[
                ("cookieKey", KeyIn::Cookie("key")),
                ("headerKey", KeyIn::Header("X-API-Key")),
                ("queryKey", KeyIn::Query("api_key")),
            ],
        );
        Ok(AnonymousAllowedRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /anonymous-allowed` request and hands it to [`DefaultApi::anonymous_allowed`].
pub async fn handle_anonymous_allowed<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "anonymousAllowed",
        path: "/anonymous-allowed",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AnonymousAllowedRequest::read,
            |request| service.anonymous_allowed(request),
        )
        .await
}

/// What a `GET /elsewhere` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ElsewhereRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /elsewhere` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ElsewhereResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for ElsewhereResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl ElsewhereRequest {
    /// Reads and checks a `GET /elsewhere` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(
            headers,
            query,
            &[
                ("cookieKey", KeyIn::Cookie("key")),
                ("headerKey", KeyIn::Header("X-API-Key")),
                ("queryKey", KeyIn::Query("api_key")),
            ],
        );
        Ok(ElsewhereRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /elsewhere` request and hands it to [`DefaultApi::elsewhere`].
pub async fn handle_elsewhere<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "elsewhere",
        path: "/elsewhere",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ElsewhereRequest::read,
            |request| service.elsewhere(request),
        )
        .await
}
