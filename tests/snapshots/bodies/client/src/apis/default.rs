//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `POST /json` (operation `sendJson`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn send_json<'a>(
        &'a self,
        body: &'a crate::models::Note,
    ) -> Call<'a, SendJsonParams<'a>, crate::models::Echo, SendJsonError> {
        const OPERATION: Operation = Operation {
            id: "sendJson",
            method: "POST",
            path: "/json",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            SendJsonParams { body },
            |client, params| {
                let SendJsonParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/json");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(SendJsonError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::send_json`], kept in its [`Call`] until it is awaited.
pub struct SendJsonParams<'a> {
    body: &'a crate::models::Note,
}
/// Error responses of [`Client::send_json`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SendJsonError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SendJsonError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for SendJsonError {}

impl Client {
    /// `POST /form` (operation `sendForm`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`SendFormParams`\]).
    pub fn send_form(
        &self,
    ) -> Call<'_, SendFormParams<'_>, crate::models::Echo, SendFormError> {
        const OPERATION: Operation = Operation {
            id: "sendForm",
            method: "POST",
            path: "/form",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            SendFormParams { body: None },
            |client, params| {
                let SendFormParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/form");
                if let Some(body) = body {
                    request = request.form(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(SendFormError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::send_form`], kept in its [`Call`] until it is awaited.
pub struct SendFormParams<'a> {
    body: ::std::option::Option<&'a crate::models::SendFormBody>,
}
impl<'a, T, E> Call<'a, SendFormParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/x-www-form-urlencoded`
    pub fn body(mut self, body: &'a crate::models::SendFormBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::send_form`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SendFormError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SendFormError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for SendFormError {}

impl Client {
    /// `PUT /both` (operation `sendPreferred`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn send_preferred<'a>(
        &'a self,
        body: &'a crate::models::Note,
    ) -> Call<'a, SendPreferredParams<'a>, crate::models::Echo, SendPreferredError> {
        const OPERATION: Operation = Operation {
            id: "sendPreferred",
            method: "PUT",
            path: "/both",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            SendPreferredParams { body },
            |client, params| {
                let SendPreferredParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, "/both");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(SendPreferredError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::send_preferred`], kept in its [`Call`] until it is awaited.
pub struct SendPreferredParams<'a> {
    body: &'a crate::models::Note,
}
/// Error responses of [`Client::send_preferred`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SendPreferredError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SendPreferredError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for SendPreferredError {}

impl Client {
    /// `POST /upload` (operation `upload`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of \[`UploadForm`\]
    pub fn upload(
        &self,
        body: UploadForm,
    ) -> Call<'_, UploadParams<'_>, crate::models::Echo, UploadError> {
        const OPERATION: Operation = Operation {
            id: "upload",
            method: "POST",
            path: "/upload",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            UploadParams {
                body,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let UploadParams { body, .. } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/upload");
                request = request
                    .multipart(
                        match body.into_form() {
                            Ok(form) => form,
                            Err(error) => return Err(Error::Transport(error)),
                        },
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(UploadError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::upload`], kept in its [`Call`] until it is awaited.
pub struct UploadParams<'a> {
    body: UploadForm,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
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
    /// The `multipart/form-data` form of these parts; fails when a file's media type is
    /// not a valid one.
    pub fn into_form(
        self,
    ) -> ::std::result::Result<::reqwest::multipart::Form, ::reqwest::Error> {
        let mut form = ::reqwest::multipart::Form::new();
        let value = self.file;
        form = crate::runtime::file_part(form, "file", value)?;
        if let Some(value) = self.attachments {
            for file in value {
                form = crate::runtime::file_part(form, "attachments", file)?;
            }
        }
        if let Some(value) = self.tags {
            form = crate::runtime::value_part(form, "tags", &value, true);
        }
        if let Some(value) = self.meta {
            form = crate::runtime::value_part(form, "meta", &value, false);
        }
        if let Some(value) = self.count {
            form = crate::runtime::value_part(form, "count", &value, false);
        }
        Ok(form)
    }
}
/// Error responses of [`Client::upload`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UploadError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for UploadError {}

impl Client {
    /// `POST /upload-any` (operation `uploadAny`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`UploadAnyParams`\]).
    pub fn upload_any(
        &self,
    ) -> Call<'_, UploadAnyParams<'_>, crate::models::Echo, UploadAnyError> {
        const OPERATION: Operation = Operation {
            id: "uploadAny",
            method: "POST",
            path: "/upload-any",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            UploadAnyParams {
                body: None,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let UploadAnyParams { body, .. } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/upload-any");
                if let Some(body) = body {
                    request = request.multipart(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(UploadAnyError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::upload_any`], kept in its [`Call`] until it is awaited.
pub struct UploadAnyParams<'a> {
    body: ::std::option::Option<::reqwest::multipart::Form>,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
impl<'a, T, E> Call<'a, UploadAnyParams<'a>, T, E> {
    /// * `body`: request body, sent as `multipart/form-data`; build the form with `reqwest::multipart::Form`
    pub fn body(mut self, body: ::reqwest::multipart::Form) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::upload_any`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadAnyError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UploadAnyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for UploadAnyError {}

impl Client {
    /// `PUT /raw` (operation `putRaw`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/octet-stream`
    pub fn put_raw(
        &self,
        body: ::std::vec::Vec<u8>,
    ) -> Call<'_, PutRawParams<'_>, ::std::vec::Vec<u8>, PutRawError> {
        const OPERATION: Operation = Operation {
            id: "putRaw",
            method: "PUT",
            path: "/raw",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            PutRawParams {
                body,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let PutRawParams { body, .. } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, "/raw");
                request = request
                    .header(::reqwest::header::CONTENT_TYPE, "application/octet-stream")
                    .body(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.body.clone();
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(PutRawError::Unknown(received.unexpected()))),
            },
        )
    }
    /// [`Client::put_raw`], with the body of a successful response streamed as it arrives instead of read into memory first.
    #[allow(clippy::match_single_binding)]
    pub fn put_raw_stream(
        &self,
        body: ::std::vec::Vec<u8>,
    ) -> Call<'_, PutRawParams<'_>, crate::runtime::ByteStream, PutRawError> {
        self.put_raw(body)
            .streamed(|received| match received.status.as_u16() {
                _ => Err(Error::Status(PutRawError::Unknown(received.unexpected()))),
            })
    }
}
/// The parameters of [`Client::put_raw`], kept in its [`Call`] until it is awaited.
pub struct PutRawParams<'a> {
    body: ::std::vec::Vec<u8>,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
/// Error responses of [`Client::put_raw`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PutRawError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for PutRawError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for PutRawError {}

impl Client {
    /// `POST /text` (operation `sendText`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `text/plain`
    pub fn send_text<'a>(
        &'a self,
        body: &'a str,
    ) -> Call<'a, SendTextParams<'a>, ::std::string::String, SendTextError> {
        const OPERATION: Operation = Operation {
            id: "sendText",
            method: "POST",
            path: "/text",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            SendTextParams { body },
            |client, params| {
                let SendTextParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/text");
                request = request
                    .header(::reqwest::header::CONTENT_TYPE, "text/plain")
                    .body(body.to_owned());
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.text()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(SendTextError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::send_text`], kept in its [`Call`] until it is awaited.
pub struct SendTextParams<'a> {
    body: &'a str,
}
/// Error responses of [`Client::send_text`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SendTextError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SendTextError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for SendTextError {}

impl Client {
    /// `GET /notes/{id}` (operation `getNote`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetNoteParams`\]).
    pub fn get_note<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<'a, GetNoteParams<'a>, crate::models::Echo, GetNoteError> {
        const OPERATION: Operation = Operation {
            id: "getNote",
            method: "GET",
            path: "/notes/{id}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetNoteParams {
                id,
                q: None,
                x_tag: None,
            },
            |client, params| {
                let GetNoteParams { id, q, x_tag } = params;
                let path = format!(
                    "/notes/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "q", &q, Style::Form, true);
                request = request.query(&query);
                if let Some(value) = &x_tag {
                    request = request
                        .header("X-Tag", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(GetNoteError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_note`], kept in its [`Call`] until it is awaited.
pub struct GetNoteParams<'a> {
    id: &'a str,
    q: ::std::option::Option<&'a str>,
    x_tag: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetNoteParams<'a>, T, E> {
    /// * `q`: query parameter `q`
    pub fn q(mut self, q: &'a str) -> Self {
        self.params.q = Some(q);
        self
    }
    /// * `x_tag`: header parameter `X-Tag`
    pub fn x_tag(mut self, x_tag: &'a str) -> Self {
        self.params.x_tag = Some(x_tag);
        self
    }
}
/// Error responses of [`Client::get_note`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetNoteError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetNoteError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetNoteError {}
