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
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetPetParams`\]).
    pub fn get_pet(
        &self,
        id: i64,
    ) -> Call<'_, GetPetParams<'_>, crate::models::Pet, GetPetError> {
        const OPERATION: Operation = Operation {
            id: "getPet",
            method: "GET",
            path: "/pets/{id}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetPetParams { id, fields: None },
            |client, params| {
                let GetPetParams { id, fields } = params;
                let path = format!(
                    "/pets/{}",
                    crate::runtime::path_param("id", &id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "fields",
                    &fields,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
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
    id: i64,
    fields: ::std::option::Option<&'a [::std::string::String]>,
}
impl<'a, T, E> Call<'a, GetPetParams<'a>, T, E> {
    /// * `fields`: query parameter `fields`
    pub fn fields(mut self, fields: &'a [::std::string::String]) -> Self {
        self.params.fields = Some(fields);
        self
    }
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
