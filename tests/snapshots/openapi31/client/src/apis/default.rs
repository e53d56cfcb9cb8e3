//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /pets/{id}` (operation `getPet`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`
    /// * `fields`: query parameter `fields`
    pub fn get_pet(
        &self,
        id: i64,
        fields: ::std::option::Option<&[::std::string::String]>,
    ) -> Call<'_, crate::models::Pet, GetPetError> {
        const OPERATION: Operation = Operation {
            id: "getPet",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/pets/{}",
            crate::runtime::path_param("id", &id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "fields", &fields, Style::Form, true);
        request = request.query(&query);
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
