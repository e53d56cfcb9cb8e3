//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /shapes` (operation `listShapes`)
    pub fn list_shapes(
        &self,
    ) -> Call<'_, (), ::std::vec::Vec<crate::models::Shape>, ListShapesError> {
        const OPERATION: Operation = Operation {
            id: "listShapes",
            method: "GET",
            path: "/shapes",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/shapes");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(ListShapesError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::list_shapes`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListShapesError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListShapesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for ListShapesError {}

impl Client {
    /// `POST /pets` (operation `addPet`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn add_pet<'a>(
        &'a self,
        body: &'a crate::models::Pet,
    ) -> Call<'a, AddPetParams<'a>, ::std::vec::Vec<crate::models::Pet>, AddPetError> {
        const OPERATION: Operation = Operation {
            id: "addPet",
            method: "POST",
            path: "/pets",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            AddPetParams { body },
            |client, params| {
                let AddPetParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/pets");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(AddPetError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::add_pet`], kept in its [`Call`] until it is awaited.
pub struct AddPetParams<'a> {
    body: &'a crate::models::Pet,
}
/// Error responses of [`Client::add_pet`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AddPetError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for AddPetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for AddPetError {}
