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
    /// `GET /schemas` (operation `getSchema`)
    fn get_schema(
        &self,
        request: GetSchemaRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetSchemaResponse>> + Send;
    /// `GET /schemas/copy` (operation `getSchemaCopy`)
    fn get_schema_copy(
        &self,
        request: GetSchemaCopyRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetSchemaCopyResponse>> + Send;
    /// `GET /schemas/again` (operation `getSchemaAgain`)
    fn get_schema_again(
        &self,
        request: GetSchemaAgainRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetSchemaAgainResponse>,
    > + Send;
    /// `POST /pushes` (operation `createPush`)
    fn create_push(
        &self,
        request: CreatePushRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<CreatePushResponse>> + Send;
    /// `POST /designs` (operation `createDesign`)
    fn create_design(
        &self,
        request: CreateDesignRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<CreateDesignResponse>> + Send;
    /// `POST /uploads` (operation `upload`)
    fn upload(
        &self,
        request: UploadRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UploadResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(default::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/designs",
            axum::routing::post(crate::apis::default::handle_create_design::<S>),
        );
    let routes = routes
        .route(
            "/pushes",
            axum::routing::post(crate::apis::default::handle_create_push::<S>),
        );
    let routes = routes
        .route(
            "/schemas",
            axum::routing::get(crate::apis::default::handle_get_schema::<S>),
        );
    let routes = routes
        .route(
            "/schemas/again",
            axum::routing::get(crate::apis::default::handle_get_schema_again::<S>),
        );
    let routes = routes
        .route(
            "/schemas/copy",
            axum::routing::get(crate::apis::default::handle_get_schema_copy::<S>),
        );
    routes
        .route("/uploads", axum::routing::post(crate::apis::default::handle_upload::<S>))
}

/// What a `GET /schemas` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetSchemaRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /schemas` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetSchemaResponse {
    /// Status `200`: A schema with keyword-named properties.
    Ok(crate::models::JsonSchemaProps),
}
impl IntoResponse for GetSchemaResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl GetSchemaRequest {
    /// Reads and checks a `GET /schemas` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetSchemaRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /schemas` request and hands it to [`DefaultApi::get_schema`].
pub async fn handle_get_schema<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getSchema",
        path: "/schemas",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetSchemaRequest::read,
            |request| service.get_schema(request),
        )
        .await
}

/// What a `GET /schemas/copy` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetSchemaCopyRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /schemas/copy` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetSchemaCopyResponse {
    /// Status `200`: A schema with keyword-named properties.
    Ok(crate::models::JsonSchemaProps),
}
impl IntoResponse for GetSchemaCopyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl GetSchemaCopyRequest {
    /// Reads and checks a `GET /schemas/copy` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetSchemaCopyRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /schemas/copy` request and hands it to [`DefaultApi::get_schema_copy`].
pub async fn handle_get_schema_copy<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getSchemaCopy",
        path: "/schemas/copy",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetSchemaCopyRequest::read,
            |request| service.get_schema_copy(request),
        )
        .await
}

/// What a `GET /schemas/again` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetSchemaAgainRequest {
    /// query parameter `dryRun`.
    pub dry_run: ::std::option::Option<bool>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /schemas/again` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetSchemaAgainResponse {
    /// Status `200`: A schema with keyword-named properties.
    Ok(crate::models::JsonSchemaProps),
}
impl IntoResponse for GetSchemaAgainResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl GetSchemaAgainRequest {
    /// Reads and checks a `GET /schemas/again` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetSchemaAgainRequest {
            dry_run: query.optional("dryRun", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /schemas/again` request and hands it to [`DefaultApi::get_schema_again`].
pub async fn handle_get_schema_again<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getSchemaAgain",
        path: "/schemas/again",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetSchemaAgainRequest::read,
            |request| service.get_schema_again(request),
        )
        .await
}

/// What a `POST /pushes` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePushRequest {
    /// query parameter `dryRun`.
    pub dry_run: ::std::option::Option<bool>,
    /// The request body (`application/json`).
    pub body: crate::models::PushOption,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /pushes` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreatePushResponse {
    /// Status `201`: Created.
    Created {
        body: crate::models::CreatePushResponse,
        headers: CreatePushCreatedHeaders,
    },
}
impl IntoResponse for CreatePushResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created { body, headers } => {
                let mut response = runtime::json(runtime::status(201), body);
                headers.write(response.headers_mut());
                response
            }
        }
    }
}
/// The headers of the `201` response of `POST /pushes`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePushCreatedHeaders {
    /// `X-Request-Id`
    ///
    /// The request's id.
    pub x_request_id: ::std::option::Option<::std::string::String>,
}
impl CreatePushCreatedHeaders {
    /// Adds the headers to a response's.
    pub fn write(&self, map: &mut HeaderMap) {
        if let Some(value) = &self.x_request_id {
            runtime::set_header(map, "x-request-id", value);
        }
    }
}
impl CreatePushRequest {
    /// Reads and checks a `POST /pushes` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreatePushRequest {
            dry_run: query.optional("dryRun", false)?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /pushes` request and hands it to [`DefaultApi::create_push`].
pub async fn handle_create_push<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createPush",
        path: "/pushes",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreatePushRequest::read,
            |request| service.create_push(request),
        )
        .await
}

/// What a `POST /designs` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDesignRequest {
    /// The request body (`application/json`).
    pub body: crate::models::DesignInput,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /designs` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateDesignResponse {
    /// Status `200`: The design.
    Ok { body: crate::models::Cycle, headers: CreateDesignOkHeaders },
}
impl IntoResponse for CreateDesignResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = runtime::json(runtime::status(200), body);
                headers.write(response.headers_mut());
                response
            }
        }
    }
}
/// The headers of the `200` response of `POST /designs`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDesignOkHeaders {
    /// `X-Request-Id`
    ///
    /// The request's id.
    pub x_request_id: ::std::option::Option<::std::string::String>,
}
impl CreateDesignOkHeaders {
    /// Adds the headers to a response's.
    pub fn write(&self, map: &mut HeaderMap) {
        if let Some(value) = &self.x_request_id {
            runtime::set_header(map, "x-request-id", value);
        }
    }
}
impl CreateDesignRequest {
    /// Reads and checks a `POST /designs` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateDesignRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /designs` request and hands it to [`DefaultApi::create_design`].
pub async fn handle_create_design<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createDesign",
        path: "/designs",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateDesignRequest::read,
            |request| service.create_design(request),
        )
        .await
}

/// What a `POST /uploads` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadRequest {
    /// query parameter `convert`.
    pub convert: ::std::option::Option<bool>,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::Statement>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /uploads` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadResponse {
    /// Status `204`: Uploaded.
    NoContent,
}
impl IntoResponse for UploadResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
        }
    }
}
impl UploadRequest {
    /// Reads and checks a `POST /uploads` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UploadRequest {
            convert: query.optional("convert", false)?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /uploads` request and hands it to [`DefaultApi::upload`].
pub async fn handle_upload<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "upload",
        path: "/uploads",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UploadRequest::read,
            |request| service.upload(request),
        )
        .await
}
