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
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of [`UploadPhotoForm`]
    pub fn upload_photo(
        &self,
        pet_id: i64,
        body: UploadPhotoForm,
    ) -> Call<'_, (), UploadPhotoError> {
        const OPERATION: Operation = Operation {
            id: "uploadPhoto",
            idempotent: false,
            servers: &[],
            security: &[&["key"]],
        };
        let path = format!(
            "/pets/{}/photo",
            crate::runtime::path_param("petId", &pet_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
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
                204 => Ok(received.value(())),
                _ => Err(Error::Status(UploadPhotoError::Unknown(received.unexpected()))),
            },
        )
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
pub enum UploadPhotoError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
