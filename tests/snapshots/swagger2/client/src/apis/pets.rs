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
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListPetsParams`\]).
    pub fn list_pets(
        &self,
    ) -> Call<
        '_,
        ListPetsParams<'_>,
        ::std::vec::Vec<crate::models::Pet>,
        ListPetsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listPets",
            method: "GET",
            path: "/pets",
            idempotent: true,
            servers: &[],
            security: &[&["key"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListPetsParams {
                limit: None,
                tags: None,
                ids: None,
                x_trace: None,
            },
            |client, params| {
                let ListPetsParams { limit, tags, ids, x_trace } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/pets");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "tags",
                    &tags,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "ids",
                    &ids,
                    Style::PipeDelimited,
                    false,
                );
                request = request.query(&query);
                if let Some(value) = &x_trace {
                    request = request
                        .header("X-Trace", crate::runtime::simple_text(value));
                }
                Ok(request)
            },
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
/// The parameters of [`Client::list_pets`], kept in its [`Call`] until it is awaited.
pub struct ListPetsParams<'a> {
    limit: ::std::option::Option<i32>,
    tags: ::std::option::Option<&'a [::std::string::String]>,
    ids: ::std::option::Option<&'a [i64]>,
    x_trace: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListPetsParams<'a>, T, E> {
    /// * `limit`: query parameter `limit`
    pub fn limit(mut self, limit: i32) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `tags`: query parameter `tags`
    pub fn tags(mut self, tags: &'a [::std::string::String]) -> Self {
        self.params.tags = Some(tags);
        self
    }
    /// * `ids`: query parameter `ids`
    pub fn ids(mut self, ids: &'a [i64]) -> Self {
        self.params.ids = Some(ids);
        self
    }
    /// * `x_trace`: header parameter `X-Trace`
    pub fn x_trace(mut self, x_trace: &'a str) -> Self {
        self.params.x_trace = Some(x_trace);
        self
    }
}
/// Error responses of [`Client::list_pets`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListPetsError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListPetsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for ListPetsError {}

impl Client {
    /// `POST /pets` (operation `addPet`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn add_pet<'a>(
        &'a self,
        body: &'a crate::models::Pet,
    ) -> Call<'a, AddPetParams<'a>, crate::models::Pet, AddPetError> {
        const OPERATION: Operation = Operation {
            id: "addPet",
            method: "POST",
            path: "/pets",
            idempotent: false,
            servers: &[],
            security: &[&["oauth"]],
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
                201 => {
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

impl Client {
    /// `GET /pets/{petId}` (operation `getPet`)
    ///
    /// # Arguments
    ///
    /// * `pet_id`: path parameter `petId`
    pub fn get_pet(
        &self,
        pet_id: i64,
    ) -> Call<'_, GetPetParams<'_>, crate::models::Pet, GetPetError> {
        const OPERATION: Operation = Operation {
            id: "getPet",
            method: "GET",
            path: "/pets/{petId}",
            idempotent: true,
            servers: &[],
            security: &[&["key"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetPetParams {
                pet_id,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let GetPetParams { pet_id, .. } = params;
                let path = format!(
                    "/pets/{}",
                    crate::runtime::path_param("petId", &pet_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                404 => {
                    Err(received.error_json(GetPetError::NotFound, GetPetError::Unknown))
                }
                _ => Err(Error::Status(GetPetError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_pet`], kept in its [`Call`] until it is awaited.
pub struct GetPetParams<'a> {
    pet_id: i64,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
/// Error responses of [`Client::get_pet`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetPetError {
    /// Status `404`: No such pet.
    NotFound(crate::models::Error),
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetPetError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getPet", status, message)
    }
}
impl ::std::error::Error for GetPetError {}
