//! The `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

pub trait DefaultApi: Clone + Send + Sync + 'static {
    /// `GET /shapes` (operation `listShapes`)
    fn list_shapes(
        &self,
        request: ListShapesRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListShapesResponse>> + Send;
    /// `POST /pets` (operation `addPet`)
    fn add_pet(
        &self,
        request: AddPetRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<AddPetResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(default::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route("/pets", axum::routing::post(crate::apis::default::handle_add_pet::<S>));
    routes
        .route(
            "/shapes",
            axum::routing::get(crate::apis::default::handle_list_shapes::<S>),
        )
}

/// What a `GET /shapes` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListShapesRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /shapes` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListShapesResponse {
    /// Status `200`: Shapes
    Ok(::std::vec::Vec<crate::models::Shape>),
}
impl IntoResponse for ListShapesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl ListShapesRequest {
    /// Reads and checks a `GET /shapes` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListShapesRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /shapes` request and hands it to [`DefaultApi::list_shapes`].
pub async fn handle_list_shapes<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listShapes",
        path: "/shapes",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListShapesRequest::read,
            |request| service.list_shapes(request),
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
    /// Status `200`: The pets, the new one last.
    Ok(::std::vec::Vec<crate::models::Pet>),
}
impl IntoResponse for AddPetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl AddPetRequest {
    /// Reads and checks a `POST /pets` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(AddPetRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /pets` request and hands it to [`DefaultApi::add_pet`].
pub async fn handle_add_pet<S: DefaultApi>(
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
