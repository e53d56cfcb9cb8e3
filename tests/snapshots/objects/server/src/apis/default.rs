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
    /// `GET /pets/{petId}` (operation `getPet`)
    fn get_pet(
        &self,
        request: GetPetRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetPetResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(default::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/pets/{p0}",
            axum::routing::get(crate::apis::default::handle_get_pet::<S>),
        )
}

/// What a `GET /pets/{petId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPetRequest {
    /// path parameter `petId`.
    pub pet_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /pets/{petId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetResponse {
    /// Status `200`: The pet
    Ok(crate::models::Pet),
}
impl IntoResponse for GetPetResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl GetPetRequest {
    /// Reads and checks a `GET /pets/{petId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetPetRequest {
            pet_id: runtime::path_param(path, "p0", "petId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /pets/{petId}` request and hands it to [`DefaultApi::get_pet`].
pub async fn handle_get_pet<S: DefaultApi>(
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
