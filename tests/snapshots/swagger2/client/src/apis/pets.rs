//! Operations of the `pets` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /pets` (operation `listPets`)
    ///
    /// # Arguments
    ///
    /// * `limit`: query parameter `limit`
    /// * `tags`: query parameter `tags`
    /// * `ids`: query parameter `ids`
    /// * `x_trace`: header parameter `X-Trace`
    pub fn list_pets(
        &self,
        limit: ::std::option::Option<i32>,
        tags: ::std::option::Option<&[::std::string::String]>,
        ids: ::std::option::Option<&[i64]>,
        x_trace: ::std::option::Option<&str>,
    ) -> Call<'_, ::std::vec::Vec<crate::models::Pet>, ListPetsError> {
        const OPERATION: Operation = Operation {
            id: "listPets",
            idempotent: true,
            servers: &[],
            security: &[&["key"]],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, "/pets");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "tags", &tags, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "ids",
            &ids,
            Style::PipeDelimited,
            false,
        );
        request = request.query(&query);
        if let Some(value) = &x_trace {
            request = request.header("X-Trace", crate::runtime::simple_text(value));
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(ListPetsError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::list_pets`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListPetsError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `POST /pets` (operation `addPet`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn add_pet(
        &self,
        body: &crate::models::Pet,
    ) -> Call<'_, crate::models::Pet, AddPetError> {
        const OPERATION: Operation = Operation {
            id: "addPet",
            idempotent: false,
            servers: &[],
            security: &[&["oauth"]],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, "/pets");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(AddPetError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::add_pet`].
#[derive(Debug, Clone, PartialEq)]
pub enum AddPetError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// `GET /pets/{petId}` (operation `getPet`)
    ///
    /// # Arguments
    ///
    /// * `pet_id`: path parameter `petId`
    pub fn get_pet(&self, pet_id: i64) -> Call<'_, crate::models::Pet, GetPetError> {
        const OPERATION: Operation = Operation {
            id: "getPet",
            idempotent: true,
            servers: &[],
            security: &[&["key"]],
        };
        let path = format!(
            "/pets/{}",
            crate::runtime::path_param("petId", &pet_id, Style::Simple, false),
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
                404 => Err(Error::Status(GetPetError::NotFound(received.json()?))),
                _ => Err(Error::Status(GetPetError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::get_pet`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetError {
    /// Status `404`: No such pet.
    NotFound(crate::models::Error),
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
