//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /pets/{petId}` (operation `getPet`)
    ///
    /// # Arguments
    ///
    /// * `pet_id`: path parameter `petId`
    pub fn get_pet(&self, pet_id: &str) -> Call<'_, crate::models::Pet, GetPetError> {
        const OPERATION: Operation = Operation {
            id: "getPet",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/pets/{}",
            crate::runtime::path_param("petId", pet_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(GetPetError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::get_pet`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
