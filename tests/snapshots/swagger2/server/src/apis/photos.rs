//! The `photos` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

pub trait PhotosApi: Clone + Send + Sync + 'static {
    /// `POST /pets/{petId}/photo` (operation `uploadPhoto`)
    fn upload_photo(
        &self,
        request: UploadPhotoRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UploadPhotoResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(photos::routes().merge(...), service)`.
pub fn routes<S: PhotosApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/pets/{p0}/photo",
            axum::routing::post(crate::apis::photos::handle_upload_photo::<S>),
        )
}

/// What a `POST /pets/{petId}/photo` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadPhotoRequest {
    /// path parameter `petId`.
    pub pet_id: i64,
    /// The request body (`multipart/form-data`).
    pub body: UploadPhotoForm,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /pets/{petId}/photo` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UploadPhotoResponse {
    /// Status `204`: Stored.
    NoContent,
}
impl IntoResponse for UploadPhotoResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
        }
    }
}
/// The parts of a `POST /pets/{petId}/photo` multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadPhotoForm {
    /// Part `caption` (`None` when left out).
    pub caption: ::std::option::Option<::std::string::String>,
    /// Part `file`.
    pub file: crate::runtime::FilePart,
}
impl UploadPhotoForm {
    /// Reads the parts into their fields; `None` when the request has no body.
    pub fn read(parts: Option<runtime::Parts>) -> Result<Option<Self>, Problem> {
        let Some(parts) = parts else { return Ok(None) };
        Ok(
            Some(UploadPhotoForm {
                caption: runtime::checked_part(
                    parts.value("caption", false)?,
                    &crate::runtime::Rules {
                        max_length: Some(80),
                        ..crate::runtime::Rules::NONE
                    },
                    "caption",
                )?,
                file: runtime::required_part(parts.file("file")?, "file")?,
            }),
        )
    }
}
impl UploadPhotoRequest {
    /// Reads and checks a `POST /pets/{petId}/photo` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(
            headers,
            query,
            &[("key", KeyIn::Header("X-Api-Key"))],
        );
        Ok(UploadPhotoRequest {
            pet_id: runtime::path_param(path, "p0", "petId")?,
            body: runtime::required_body(
                UploadPhotoForm::read(runtime::multipart(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /pets/{petId}/photo` request and hands it to [`PhotosApi::upload_photo`].
pub async fn handle_upload_photo<S: PhotosApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "uploadPhoto",
        path: "/pets/{petId}/photo",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UploadPhotoRequest::read,
            |request| service.upload_photo(request),
        )
        .await
}
