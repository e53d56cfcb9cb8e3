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
    /// `GET /pets/{id}` (operation `getPet`)
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

/// What a `GET /pets/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetPetRequest {
    /// path parameter `id`.
    pub id: i64,
    /// query parameter `fields`.
    pub fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /pets/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetResponse {
    /// Status `200`: The pet.
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
    /// Reads and checks a `GET /pets/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetPetRequest {
            id: runtime::checked(
                runtime::path_param(path, "p0", "id")?,
                &crate::runtime::Rules {
                    minimum: Some(0.0),
                    exclusive_minimum: true,
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "id",
            )?,
            fields: query.optional("fields", true)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /pets/{id}` request and hands it to [`DefaultApi::get_pet`].
pub async fn handle_get_pet<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getPet",
        path: "/pets/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetPetRequest::read,
            |request| service.get_pet(request),
        )
        .await
}
