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
    pub fn get_pet<'a>(
        &'a self,
        pet_id: &'a str,
    ) -> Call<'a, GetPetParams<'a>, crate::models::Pet, GetPetError> {
        const OPERATION: Operation = Operation {
            id: "getPet",
            method: "GET",
            path: "/pets/{petId}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetPetParams { pet_id },
            |client, params| {
                let GetPetParams { pet_id } = params;
                let path = format!(
                    "/pets/{}",
                    crate::runtime::path_param("petId", pet_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
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
/// The parameters of [`Client::get_pet`], kept in its [`Call`] until it is awaited.
pub struct GetPetParams<'a> {
    pet_id: &'a str,
}
/// Error responses of [`Client::get_pet`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetPetError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetPetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetPetError {}
