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
    /// The server answers with the status in the path.
    ///
    /// `GET /respond/{status}` (operation `respond`)
    fn respond(
        &self,
        request: RespondRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<RespondResponse>> + Send;
    /// `GET /strict/{status}` (operation `strict`)
    fn strict(
        &self,
        request: StrictRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<StrictResponse>> + Send;
    /// `DELETE /defaulted/{status}` (operation `defaulted`)
    fn defaulted(
        &self,
        request: DefaultedRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<DefaultedResponse>> + Send;
    /// Success is documented only as `default`, as many real specs do.
    ///
    /// `GET /only-default/{status}` (operation `onlyDefault`)
    fn only_default(
        &self,
        request: OnlyDefaultRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<OnlyDefaultResponse>> + Send;
    /// No success response is documented at all.
    ///
    /// `GET /no-success/{status}` (operation `noSuccess`)
    fn no_success(
        &self,
        request: NoSuccessRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<NoSuccessResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(default::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/defaulted/{p0}",
            axum::routing::delete(crate::apis::default::handle_defaulted::<S>),
        );
    let routes = routes
        .route(
            "/no-success/{p0}",
            axum::routing::get(crate::apis::default::handle_no_success::<S>),
        );
    let routes = routes
        .route(
            "/only-default/{p0}",
            axum::routing::get(crate::apis::default::handle_only_default::<S>),
        );
    let routes = routes
        .route(
            "/respond/{p0}",
            axum::routing::get(crate::apis::default::handle_respond::<S>),
        );
    routes
        .route(
            "/strict/{p0}",
            axum::routing::get(crate::apis::default::handle_strict::<S>),
        )
}

/// What a `GET /respond/{status}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RespondRequest {
    /// path parameter `status`.
    pub status: i32,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /respond/{status}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum RespondResponse {
    /// Status `200`: A widget.
    Ok(crate::models::Widget),
    /// Status `202`: Accepted; the widget is being made.
    Accepted(crate::models::Ticket),
    /// Status `204`: Nothing to say.
    NoContent,
    /// Status `303`: See the widget elsewhere.
    SeeOther { headers: RespondSeeOtherHeaders },
    /// Status `404`: No such widget.
    NotFound(crate::models::Problem),
    /// Status `409`: Conflict
    Conflict,
    /// Status `5XX`: Server trouble.
    Status5XX {
        status: StatusCode,
        body: crate::models::Problem,
        headers: RespondStatus5XXHeaders,
    },
}
impl IntoResponse for RespondResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Accepted(body) => runtime::json(runtime::status(202), body),
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::SeeOther { headers } => {
                let mut response = runtime::empty(runtime::status(303));
                headers.write(response.headers_mut());
                response
            }
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Conflict => runtime::empty(runtime::status(409)),
            Self::Status5XX { status, body, headers } => {
                let mut response = runtime::json(status, body);
                headers.write(response.headers_mut());
                response
            }
        }
    }
}
/// The headers of the `303` response of `GET /respond/{status}`.
#[derive(Debug, Clone, PartialEq)]
pub struct RespondSeeOtherHeaders {
    /// `Location`
    pub location: ::std::string::String,
    /// `X-Rate-Remaining`
    ///
    /// Requests left in this minute.
    pub x_rate_remaining: ::std::option::Option<i32>,
    /// `X-Tags`
    pub x_tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl RespondSeeOtherHeaders {
    /// Adds the headers to a response's.
    pub fn write(&self, map: &mut HeaderMap) {
        runtime::set_header(map, "location", &self.location);
        if let Some(value) = &self.x_rate_remaining {
            runtime::set_header(map, "x-rate-remaining", value);
        }
        if let Some(value) = &self.x_tags {
            runtime::set_header(map, "x-tags", value);
        }
    }
}
/// The headers of the `5XX` response of `GET /respond/{status}`.
#[derive(Debug, Clone, PartialEq)]
pub struct RespondStatus5XXHeaders {
    /// `Retry-After`
    pub retry_after: ::std::option::Option<i64>,
}
impl RespondStatus5XXHeaders {
    /// Adds the headers to a response's.
    pub fn write(&self, map: &mut HeaderMap) {
        if let Some(value) = &self.retry_after {
            runtime::set_header(map, "retry-after", value);
        }
    }
}
impl RespondRequest {
    /// Reads and checks a `GET /respond/{status}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(RespondRequest {
            status: runtime::path_param(path, "p0", "status")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /respond/{status}` request and hands it to [`DefaultApi::respond`].
pub async fn handle_respond<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "respond",
        path: "/respond/{status}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            RespondRequest::read,
            |request| service.respond(request),
        )
        .await
}

/// What a `GET /strict/{status}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct StrictRequest {
    /// path parameter `status`.
    pub status: i32,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /strict/{status}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum StrictResponse {
    /// Status `201`: Created.
    Created(crate::models::Widget),
    /// Status `400`: Bad request.
    BadRequest(crate::models::Problem),
}
impl IntoResponse for StrictResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
        }
    }
}
impl StrictRequest {
    /// Reads and checks a `GET /strict/{status}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(StrictRequest {
            status: runtime::path_param(path, "p0", "status")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /strict/{status}` request and hands it to [`DefaultApi::strict`].
pub async fn handle_strict<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "strict",
        path: "/strict/{status}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            StrictRequest::read,
            |request| service.strict(request),
        )
        .await
}

/// What a `DELETE /defaulted/{status}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultedRequest {
    /// path parameter `status`.
    pub status: i32,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /defaulted/{status}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultedResponse {
    /// Status `204`: Deleted.
    NoContent,
    /// Status `default`: Any error.
    Default { status: StatusCode, body: crate::models::Problem },
}
impl IntoResponse for DefaultedResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DefaultedRequest {
    /// Reads and checks a `DELETE /defaulted/{status}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DefaultedRequest {
            status: runtime::path_param(path, "p0", "status")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /defaulted/{status}` request and hands it to [`DefaultApi::defaulted`].
pub async fn handle_defaulted<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "defaulted",
        path: "/defaulted/{status}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DefaultedRequest::read,
            |request| service.defaulted(request),
        )
        .await
}

/// What a `GET /only-default/{status}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct OnlyDefaultRequest {
    /// path parameter `status`.
    pub status: i32,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /only-default/{status}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum OnlyDefaultResponse {
    /// Status `default`: The outcome, success or not.
    Default { status: StatusCode, body: crate::models::Problem },
}
impl IntoResponse for OnlyDefaultResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl OnlyDefaultRequest {
    /// Reads and checks a `GET /only-default/{status}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(OnlyDefaultRequest {
            status: runtime::path_param(path, "p0", "status")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /only-default/{status}` request and hands it to [`DefaultApi::only_default`].
pub async fn handle_only_default<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "onlyDefault",
        path: "/only-default/{status}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            OnlyDefaultRequest::read,
            |request| service.only_default(request),
        )
        .await
}

/// What a `GET /no-success/{status}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct NoSuccessRequest {
    /// path parameter `status`.
    pub status: i32,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /no-success/{status}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum NoSuccessResponse {
    /// Status `404`: Not found.
    NotFound,
}
impl IntoResponse for NoSuccessResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl NoSuccessRequest {
    /// Reads and checks a `GET /no-success/{status}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(NoSuccessRequest {
            status: runtime::path_param(path, "p0", "status")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /no-success/{status}` request and hands it to [`DefaultApi::no_success`].
pub async fn handle_no_success<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "noSuccess",
        path: "/no-success/{status}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            NoSuccessRequest::read,
            |request| service.no_success(request),
        )
        .await
}
