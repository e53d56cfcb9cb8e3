//! The `pets` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

pub trait PetsApi: Clone + Send + Sync + 'static {
    /// `GET /pets` (operation `listPets`)
    fn list_pets(
        &self,
        request: ListPetsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListPetsResponse>> + Send;
    /// `POST /pets` (operation `addPet`)
    fn add_pet(
        &self,
        request: AddPetRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<AddPetResponse>> + Send;
    /// `GET /pets/{petId}` (operation `getPet`)
    fn get_pet(
        &self,
        request: GetPetRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetPetResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(pets::routes().merge(...), service)`.
pub fn routes<S: PetsApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/pets",
            axum::routing::get(crate::apis::pets::handle_list_pets::<S>)
                .post(crate::apis::pets::handle_add_pet::<S>),
        );
    routes
        .route("/pets/{p0}", axum::routing::get(crate::apis::pets::handle_get_pet::<S>))
}

/// What a `GET /pets` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPetsRequest {
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i32>,
    /// query parameter `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// query parameter `ids`.
    pub ids: ::std::option::Option<::std::vec::Vec<i64>>,
    /// header parameter `X-Trace`.
    pub x_trace: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /pets` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListPetsResponse {
    /// Status `200`: The pets.
    Ok { body: ::std::vec::Vec<crate::models::Pet>, headers: ListPetsOkHeaders },
}
impl IntoResponse for ListPetsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = runtime::json(runtime::status(200), body);
                headers.write(response.headers_mut());
                response
            }
        }
    }
}
/// The headers of the `200` response of `GET /pets`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPetsOkHeaders {
    /// `X-Total`
    ///
    /// How many pets there are.
    pub x_total: ::std::option::Option<i64>,
}
impl ListPetsOkHeaders {
    /// Adds the headers to a response's.
    pub fn write(&self, map: &mut HeaderMap) {
        if let Some(value) = &self.x_total {
            runtime::set_header(map, "x-total", value);
        }
    }
}
impl ListPetsRequest {
    /// Reads and checks a `GET /pets` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(
            headers,
            query,
            &[("key", KeyIn::Header("X-Api-Key"))],
        );
        Ok(ListPetsRequest {
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            tags: query.optional("tags", true)?,
            ids: query.optional("ids", true)?,
            x_trace: runtime::header_optional(headers, "X-Trace")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /pets` request and hands it to [`PetsApi::list_pets`].
pub async fn handle_list_pets<S: PetsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listPets",
        path: "/pets",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListPetsRequest::read,
            |request| service.list_pets(request),
        )
        .await
}

/// What a `POST /pets` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct AddPetRequest {
    /// The request body (`application/json`).
    pub body: crate::models::Pet,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /pets` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum AddPetResponse {
    /// Status `201`: Added.
    Created(crate::models::Pet),
}
impl IntoResponse for AddPetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
        }
    }
}
impl AddPetRequest {
    /// Reads and checks a `POST /pets` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(
            headers,
            query,
            &[("key", KeyIn::Header("X-Api-Key"))],
        );
        Ok(AddPetRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /pets` request and hands it to [`PetsApi::add_pet`].
pub async fn handle_add_pet<S: PetsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "addPet",
        path: "/pets",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            AddPetRequest::read,
            |request| service.add_pet(request),
        )
        .await
}

/// What a `GET /pets/{petId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPetRequest {
    /// path parameter `petId`.
    pub pet_id: i64,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /pets/{petId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetResponse {
    /// Status `200`: The pet.
    Ok(crate::models::Pet),
    /// Status `404`: No such pet.
    NotFound(crate::models::Error),
}
impl IntoResponse for GetPetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
        }
    }
}
impl GetPetRequest {
    /// Reads and checks a `GET /pets/{petId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(
            headers,
            query,
            &[("key", KeyIn::Header("X-Api-Key"))],
        );
        Ok(GetPetRequest {
            pet_id: runtime::path_param(path, "p0", "petId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /pets/{petId}` request and hands it to [`PetsApi::get_pet`].
pub async fn handle_get_pet<S: PetsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getPet",
        path: "/pets/{petId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetPetRequest::read,
            |request| service.get_pet(request),
        )
        .await
}
