//! Operations of the `photos` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `POST /pets/{petId}/photo` (operation `uploadPhoto`)
    ///
    /// # Arguments
    ///
    /// * `pet_id`: path parameter `petId`
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of \[`UploadPhotoForm`\]
    pub fn upload_photo(
        &self,
        pet_id: i64,
        body: UploadPhotoForm,
    ) -> Call<'_, UploadPhotoParams<'_>, (), UploadPhotoError> {
        const OPERATION: Operation = Operation {
            id: "uploadPhoto",
            method: "POST",
            path: "/pets/{petId}/photo",
            idempotent: false,
            servers: &[],
            security: &[&["key"]],
        };
        Call::new(
            self,
            &OPERATION,
            UploadPhotoParams {
                pet_id,
                body,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let UploadPhotoParams { pet_id, body, .. } = params;
                let path = format!(
                    "/pets/{}/photo",
                    crate::runtime::path_param("petId", &pet_id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, &path);
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
                204 => Ok(received.value(())),
                _ => Err(Error::Status(UploadPhotoError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::upload_photo`], kept in its [`Call`] until it is awaited.
pub struct UploadPhotoParams<'a> {
    pet_id: i64,
    body: UploadPhotoForm,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
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
    /// The `multipart/form-data` form of these parts; fails when a file's media type is
    /// not a valid one.
    pub fn into_form(
        self,
    ) -> ::std::result::Result<::reqwest::multipart::Form, ::reqwest::Error> {
        let mut form = ::reqwest::multipart::Form::new();
        if let Some(value) = self.caption {
            form = crate::runtime::value_part(form, "caption", &value, false);
        }
        let value = self.file;
        form = crate::runtime::file_part(form, "file", value)?;
        Ok(form)
    }
}
/// Error responses of [`Client::upload_photo`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadPhotoError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UploadPhotoError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for UploadPhotoError {}
