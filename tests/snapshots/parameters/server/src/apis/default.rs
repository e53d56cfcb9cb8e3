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
    /// `GET /items/{itemId}/parts/{part}` (operation `getPart`)
    fn get_part(
        &self,
        request: GetPartRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetPartResponse>> + Send;
    /// Two parameters in one path segment, with text between them.
    ///
    /// `GET /files/{name}.{ext}` (operation `getFile`)
    fn get_file(
        &self,
        request: GetFileRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetFileResponse>> + Send;
    /// A parameter after a prefix, used twice in the template.
    ///
    /// `GET /regions/System.{region}/zones/{zone}/of/{region}` (operation `getZone`)
    fn get_zone(
        &self,
        request: GetZoneRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetZoneResponse>> + Send;
    /// Path parameters in the label and matrix styles.
    ///
    /// `GET /styled/{label}/{matrix}` (operation `getStyled`)
    fn get_styled(
        &self,
        request: GetStyledRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetStyledResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(default::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/files/{s0}",
            axum::routing::get(crate::apis::default::handle_get_file::<S>),
        );
    let routes = routes
        .route(
            "/items/{p0}/parts/{p1}",
            axum::routing::get(crate::apis::default::handle_get_part::<S>),
        );
    let routes = routes
        .route(
            "/regions/{s0}/zones/{p1}/of/{p2}",
            axum::routing::get(crate::apis::default::handle_get_zone::<S>),
        );
    routes
        .route(
            "/styled/{p0}/{p1}",
            axum::routing::get(crate::apis::default::handle_get_styled::<S>),
        )
}

/// What a `GET /items/{itemId}/parts/{part}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPartRequest {
    /// path parameter `itemId`.
    pub item_id: ::std::string::String,
    /// path parameter `part`.
    pub part: i32,
    /// query parameter `tags`.
    pub tags: ::std::vec::Vec<::std::string::String>,
    /// query parameter `ids`.
    pub ids: ::std::option::Option<::std::vec::Vec<i64>>,
    /// query parameter `piped`.
    pub piped: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// header parameter `X-Request-Id`.
    pub x_request_id: ::std::string::String,
    /// header parameter `X-Trace`.
    pub x_trace: ::std::option::Option<bool>,
    /// cookie parameter `session`.
    pub session: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /items/{itemId}/parts/{part}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPartResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for GetPartResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl GetPartRequest {
    /// Reads and checks a `GET /items/{itemId}/parts/{part}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetPartRequest {
            item_id: runtime::path_param(path, "p0", "itemId")?,
            part: runtime::path_param(path, "p1", "part")?,
            tags: query.required("tags", true)?,
            ids: query.optional("ids", true)?,
            piped: query.optional("piped", true)?,
            limit: query.optional("limit", false)?,
            x_request_id: runtime::header_required(headers, "X-Request-Id")?,
            x_trace: runtime::header_optional(headers, "X-Trace")?,
            session: runtime::cookie_optional(headers, "session")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /items/{itemId}/parts/{part}` request and hands it to [`DefaultApi::get_part`].
pub async fn handle_get_part<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getPart",
        path: "/items/{itemId}/parts/{part}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetPartRequest::read,
            |request| service.get_part(request),
        )
        .await
}

/// What a `GET /files/{name}.{ext}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetFileRequest {
    /// path parameter `name`.
    pub name: ::std::string::String,
    /// path parameter `ext`.
    pub ext: crate::models::GetFileExt,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /files/{name}.{ext}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetFileResponse {
    /// Status `200`: The parameters as the server read them.
    Ok(crate::models::Echo),
}
impl IntoResponse for GetFileResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl GetFileRequest {
    /// Reads and checks a `GET /files/{name}.{ext}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &runtime::split_segments(
            incoming.path.clone(),
            &[
                (
                    "s0",
                    &[
                        runtime::Piece::Param("p0"),
                        runtime::Piece::Lit("."),
                        runtime::Piece::Param("p1"),
                    ],
                ),
            ],
        )?;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetFileRequest {
            name: runtime::path_param(path, "p0", "name")?,
            ext: runtime::path_param(path, "p1", "ext")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /files/{name}.{ext}` request and hands it to [`DefaultApi::get_file`].
pub async fn handle_get_file<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getFile",
        path: "/files/{name}.{ext}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetFileRequest::read,
            |request| service.get_file(request),
        )
        .await
}

/// What a `GET /regions/System.{region}/zones/{zone}/of/{region}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetZoneRequest {
    /// path parameter `region`.
    pub region: ::std::string::String,
    /// path parameter `zone`.
    pub zone: i32,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /regions/System.{region}/zones/{zone}/of/{region}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetZoneResponse {
    /// Status `200`: The parameters as the server read them.
    Ok(crate::models::Echo),
}
impl IntoResponse for GetZoneResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl GetZoneRequest {
    /// Reads and checks a `GET /regions/System.{region}/zones/{zone}/of/{region}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &runtime::split_segments(
            incoming.path.clone(),
            &[("s0", &[runtime::Piece::Lit("System."), runtime::Piece::Param("p0")])],
        )?;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetZoneRequest {
            region: runtime::path_param(path, "p0", "region")?,
            zone: runtime::path_param(path, "p1", "zone")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /regions/System.{region}/zones/{zone}/of/{region}` request and hands it to [`DefaultApi::get_zone`].
pub async fn handle_get_zone<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getZone",
        path: "/regions/System.{region}/zones/{zone}/of/{region}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetZoneRequest::read,
            |request| service.get_zone(request),
        )
        .await
}

/// What a `GET /styled/{label}/{matrix}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetStyledRequest {
    /// path parameter `label`.
    pub label: ::std::vec::Vec<i64>,
    /// path parameter `matrix`.
    pub matrix: ::std::vec::Vec<i64>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /styled/{label}/{matrix}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetStyledResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for GetStyledResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl GetStyledRequest {
    /// Reads and checks a `GET /styled/{label}/{matrix}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetStyledRequest {
            label: runtime::path_param(path, "p0", "label")?,
            matrix: runtime::path_param(path, "p1", "matrix")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /styled/{label}/{matrix}` request and hands it to [`DefaultApi::get_styled`].
pub async fn handle_get_styled<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getStyled",
        path: "/styled/{label}/{matrix}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetStyledRequest::read,
            |request| service.get_styled(request),
        )
        .await
}
