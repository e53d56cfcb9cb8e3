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
    pub fn send_json(
        &self,
        body: &crate::models::Note,
    ) -> Call<'_, crate::models::Echo, SendJsonError> {
        const OPERATION: Operation = Operation {
            id: "sendJson",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, "/json");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::send_json`].
#[derive(Debug, Clone, PartialEq)]
pub enum SendJsonError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `POST /form` (operation `sendForm`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/x-www-form-urlencoded`
    pub fn send_form(
        &self,
        body: ::std::option::Option<&crate::models::SendFormBody>,
    ) -> Call<'_, crate::models::Echo, SendFormError> {
        const OPERATION: Operation = Operation {
            id: "sendForm",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, "/form");
        if let Some(body) = body {
            request = request.form(body);
        }
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::send_form`].
#[derive(Debug, Clone, PartialEq)]
pub enum SendFormError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `PUT /both` (operation `sendPreferred`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn send_preferred(
        &self,
        body: &crate::models::Note,
    ) -> Call<'_, crate::models::Echo, SendPreferredError> {
        const OPERATION: Operation = Operation {
            id: "sendPreferred",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, "/both");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::send_preferred`].
#[derive(Debug, Clone, PartialEq)]
pub enum SendPreferredError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `POST /upload` (operation `upload`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of [`UploadForm`]
    pub fn upload(
        &self,
        body: UploadForm,
    ) -> Call<'_, crate::models::Echo, UploadError> {
        const OPERATION: Operation = Operation {
            id: "upload",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, "/upload");
        request = request
            .multipart(
                match body.into_form() {
                    Ok(form) => form,
                    Err(error) => return crate::runtime::failed(Error::Transport(error)),
                },
            );
        self.call(
            &OPERATION,
            request,
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
pub enum UploadError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `POST /upload-any` (operation `uploadAny`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `multipart/form-data`; build the form with `reqwest::multipart::Form`
    pub fn upload_any(
        &self,
        body: ::std::option::Option<::reqwest::multipart::Form>,
    ) -> Call<'_, crate::models::Echo, UploadAnyError> {
        const OPERATION: Operation = Operation {
            id: "uploadAny",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/upload-any");
        if let Some(body) = body {
            request = request.multipart(body);
        }
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::upload_any`].
#[derive(Debug, Clone, PartialEq)]
pub enum UploadAnyError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `PUT /raw` (operation `putRaw`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/octet-stream`
    pub fn put_raw(
        &self,
        body: ::std::vec::Vec<u8>,
    ) -> Call<'_, ::std::vec::Vec<u8>, PutRawError> {
        const OPERATION: Operation = Operation {
            id: "putRaw",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, "/raw");
        request = request
            .header(::reqwest::header::CONTENT_TYPE, "application/octet-stream")
            .body(body);
        self.call(
            &OPERATION,
            request,
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
    ) -> Call<'_, crate::runtime::ByteStream, PutRawError> {
        const OPERATION: Operation = Operation {
            id: "putRaw",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, "/raw");
        request = request
            .header(::reqwest::header::CONTENT_TYPE, "application/octet-stream")
            .body(body);
        self.call_streamed(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                _ => Err(Error::Status(PutRawError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::put_raw`].
#[derive(Debug, Clone, PartialEq)]
pub enum PutRawError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `POST /text` (operation `sendText`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `text/plain`
    pub fn send_text(
        &self,
        body: &str,
    ) -> Call<'_, ::std::string::String, SendTextError> {
        const OPERATION: Operation = Operation {
            id: "sendText",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, "/text");
        request = request
            .header(::reqwest::header::CONTENT_TYPE, "text/plain")
            .body(body.to_owned());
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::send_text`].
#[derive(Debug, Clone, PartialEq)]
pub enum SendTextError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
