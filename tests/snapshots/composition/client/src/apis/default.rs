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
    ) -> Call<'_, ::std::vec::Vec<crate::models::Shape>, ListShapesError> {
        const OPERATION: Operation = Operation {
            id: "listShapes",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/shapes");
        self.call(
            &OPERATION,
            request,
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
pub enum ListShapesError {
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
    ) -> Call<'_, ::std::vec::Vec<crate::models::Pet>, AddPetError> {
        const OPERATION: Operation = Operation {
            id: "addPet",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, "/pets");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::add_pet`].
#[derive(Debug, Clone, PartialEq)]
pub enum AddPetError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
