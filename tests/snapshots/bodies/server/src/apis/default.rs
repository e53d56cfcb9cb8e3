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
    /// `POST /json` (operation `sendJson`)
    fn send_json(
        &self,
        request: SendJsonRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<SendJsonResponse>> + Send;
    /// `POST /form` (operation `sendForm`)
    fn send_form(
        &self,
        request: SendFormRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<SendFormResponse>> + Send;
    /// `PUT /both` (operation `sendPreferred`)
    fn send_preferred(
        &self,
        request: SendPreferredRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<SendPreferredResponse>> + Send;
    /// `POST /upload` (operation `upload`)
    fn upload(
        &self,
        request: UploadRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UploadResponse>> + Send;
    /// `POST /upload-any` (operation `uploadAny`)
    fn upload_any(
        &self,
        request: UploadAnyRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UploadAnyResponse>> + Send;
    /// `PUT /raw` (operation `putRaw`)
    fn put_raw(
        &self,
        request: PutRawRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<PutRawResponse>> + Send;
    /// `POST /text` (operation `sendText`)
    fn send_text(
        &self,
        request: SendTextRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<SendTextResponse>> + Send;
    /// `GET /notes/{id}` (operation `getNote`)
    fn get_note(
        &self,
        request: GetNoteRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetNoteResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(default::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/both",
            axum::routing::put(crate::apis::default::handle_send_preferred::<S>),
        );
    let routes = routes
        .route(
            "/form",
            axum::routing::post(crate::apis::default::handle_send_form::<S>),
        );
    let routes = routes
        .route(
            "/json",
            axum::routing::post(crate::apis::default::handle_send_json::<S>),
        );
    let routes = routes
        .route(
            "/notes/{p0}",
            axum::routing::get(crate::apis::default::handle_get_note::<S>),
        );
    let routes = routes
        .route("/raw", axum::routing::put(crate::apis::default::handle_put_raw::<S>));
    let routes = routes
        .route(
            "/text",
            axum::routing::post(crate::apis::default::handle_send_text::<S>),
        );
    let routes = routes
        .route("/upload", axum::routing::post(crate::apis::default::handle_upload::<S>));
    routes
        .route(
            "/upload-any",
            axum::routing::post(crate::apis::default::handle_upload_any::<S>),
        )
}

/// What a `POST /json` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SendJsonRequest {
    /// The request body (`application/json`).
    pub body: crate::models::Note,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /json` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SendJsonResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for SendJsonResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl SendJsonRequest {
    /// Reads and checks a `POST /json` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SendJsonRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /json` request and hands it to [`DefaultApi::send_json`].
pub async fn handle_send_json<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "sendJson",
        path: "/json",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SendJsonRequest::read,
            |request| service.send_json(request),
        )
        .await
}

/// What a `POST /form` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SendFormRequest {
    /// The request body (`application/x-www-form-urlencoded`).
    pub body: ::std::option::Option<crate::models::SendFormBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /form` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SendFormResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for SendFormResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl SendFormRequest {
    /// Reads and checks a `POST /form` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SendFormRequest {
            body: runtime::validated(runtime::form_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /form` request and hands it to [`DefaultApi::send_form`].
pub async fn handle_send_form<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "sendForm",
        path: "/form",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SendFormRequest::read,
            |request| service.send_form(request),
        )
        .await
}

/// What a `PUT /both` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SendPreferredRequest {
    /// The request body (`application/json`).
    pub body: crate::models::Note,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /both` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SendPreferredResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for SendPreferredResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl SendPreferredRequest {
    /// Reads and checks a `PUT /both` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SendPreferredRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /both` request and hands it to [`DefaultApi::send_preferred`].
pub async fn handle_send_preferred<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "sendPreferred",
        path: "/both",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SendPreferredRequest::read,
            |request| service.send_preferred(request),
        )
        .await
}

/// What a `POST /upload` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadRequest {
    /// The request body (`multipart/form-data`).
    pub body: UploadForm,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /upload` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for UploadResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
/// The parts of a `POST /upload` multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadForm {
    /// Part `file`.
    pub file: crate::runtime::FilePart,
    /// Part `attachments` (`None` when left out).
    pub attachments: ::std::option::Option<::std::vec::Vec<crate::runtime::FilePart>>,
    /// Part `tags` (`None` when left out).
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Part `meta` (`None` when left out).
    pub meta: ::std::option::Option<crate::models::Note>,
    /// Part `count` (`None` when left out).
    pub count: ::std::option::Option<i64>,
}
impl UploadForm {
    /// Reads the parts into their fields; `None` when the request has no body.
    pub fn read(parts: Option<runtime::Parts>) -> Result<Option<Self>, Problem> {
        let Some(parts) = parts else { return Ok(None) };
        Ok(
            Some(UploadForm {
                file: runtime::required_part(parts.file("file")?, "file")?,
                attachments: parts.files("attachments")?,
                tags: parts.value("tags", true)?,
                meta: parts.value("meta", false)?,
                count: parts.value("count", false)?,
            }),
        )
    }
}
impl UploadRequest {
    /// Reads and checks a `POST /upload` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UploadRequest {
            body: runtime::required_body(
                UploadForm::read(runtime::multipart(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /upload` request and hands it to [`DefaultApi::upload`].
pub async fn handle_upload<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "upload",
        path: "/upload",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UploadRequest::read,
            |request| service.upload(request),
        )
        .await
}

/// What a `POST /upload-any` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadAnyRequest {
    /// The request body (`multipart/form-data`).
    pub body: ::std::option::Option<::std::vec::Vec<u8>>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /upload-any` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadAnyResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for UploadAnyResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl UploadAnyRequest {
    /// Reads and checks a `POST /upload-any` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UploadAnyRequest {
            body: runtime::bytes_body(body)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /upload-any` request and hands it to [`DefaultApi::upload_any`].
pub async fn handle_upload_any<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "uploadAny",
        path: "/upload-any",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UploadAnyRequest::read,
            |request| service.upload_any(request),
        )
        .await
}

/// What a `PUT /raw` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PutRawRequest {
    /// The request body (`application/octet-stream`).
    pub body: ::std::vec::Vec<u8>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /raw` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PutRawResponse {
    /// Status `200`: The bytes back.
    Ok(::std::vec::Vec<u8>),
}
impl IntoResponse for PutRawResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => {
                runtime::content(runtime::status(200), "application/octet-stream", body)
            }
        }
    }
}
impl PutRawRequest {
    /// Reads and checks a `PUT /raw` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(PutRawRequest {
            body: runtime::required_body(runtime::bytes_body(body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /raw` request and hands it to [`DefaultApi::put_raw`].
pub async fn handle_put_raw<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "putRaw",
        path: "/raw",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            PutRawRequest::read,
            |request| service.put_raw(request),
        )
        .await
}

/// What a `POST /text` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SendTextRequest {
    /// The request body (`text/plain`).
    pub body: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /text` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SendTextResponse {
    /// Status `200`: Text back.
    Ok(::std::string::String),
}
impl IntoResponse for SendTextResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::content(runtime::status(200), "text/plain", body),
        }
    }
}
impl SendTextRequest {
    /// Reads and checks a `POST /text` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SendTextRequest {
            body: runtime::required_body(runtime::text_body(body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /text` request and hands it to [`DefaultApi::send_text`].
pub async fn handle_send_text<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "sendText",
        path: "/text",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SendTextRequest::read,
            |request| service.send_text(request),
        )
        .await
}

/// What a `GET /notes/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetNoteRequest {
    /// path parameter `id`.
    pub id: ::std::string::String,
    /// query parameter `q`.
    pub q: ::std::option::Option<::std::string::String>,
    /// header parameter `X-Tag`.
    pub x_tag: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /notes/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetNoteResponse {
    /// Status `200`: The echo of what the server received.
    Ok(crate::models::Echo),
}
impl IntoResponse for GetNoteResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl GetNoteRequest {
    /// Reads and checks a `GET /notes/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetNoteRequest {
            id: runtime::path_param(path, "p0", "id")?,
            q: query.optional("q", false)?,
            x_tag: runtime::header_optional(headers, "X-Tag")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /notes/{id}` request and hands it to [`DefaultApi::get_note`].
pub async fn handle_get_note<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getNote",
        path: "/notes/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetNoteRequest::read,
            |request| service.get_note(request),
        )
        .await
}
