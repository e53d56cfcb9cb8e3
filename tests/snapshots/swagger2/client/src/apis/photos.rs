//! Operations of the `photos` API.
//!
#[allow(unused_imports)]
use crate::runtime::{
    Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style, UnexpectedResponse,
};
impl Client {
    /// `POST /pets/{petId}/photo` (operation `uploadPhoto`)
    ///
    /// # Arguments
    ///
    /// * `pet_id`: path parameter `petId`
    /// * `body`: request body, sent as `multipart/form-data`; build the form with `reqwest::multipart::Form`
    pub async fn upload_photo(
        &self,
        pet_id: i64,
        body: ::reqwest::multipart::Form,
    ) -> ::std::result::Result<ResponseValue<()>, Error<UploadPhotoError>> {
        const OPERATION: Operation = Operation {
            id: "uploadPhoto",
            idempotent: false,
            servers: &[],
            security: &[&["key"]],
        };
        let path = format!(
            "/pets/{}/photo",
            crate::runtime::path_param("petId", &pet_id, Style::Simple, false)
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request.multipart(body);
        let received = self.send(&OPERATION, request).await?;
        match received.status.as_u16() {
            204 => Ok(received.value(())),
            _ => Err(Error::Status(UploadPhotoError::Unknown(
                received.unexpected(),
            ))),
        }
    }
}
/// Error responses of [`Client::upload_photo`].
#[derive(Debug, Clone, PartialEq)]
pub enum UploadPhotoError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
