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
    /// Book a flight from an airport
    ///
    /// `POST /airports/{code}/flights` (operation `bookFlight`)
    fn book_flight(
        &self,
        request: BookFlightRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<BookFlightResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(default::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/airports/{p0}/flights",
            axum::routing::post(crate::apis::default::handle_book_flight::<S>),
        )
}

/// What a `POST /airports/{code}/flights` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct BookFlightRequest {
    /// path parameter `code`.
    pub code: crate::models::AirportCode,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i32>,
    /// query parameter `ratio`.
    pub ratio: ::std::option::Option<f64>,
    /// query parameter `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// header parameter `X-Agent`.
    pub x_agent: ::std::option::Option<::std::string::String>,
    /// The request body (`application/json`).
    pub body: crate::models::Booking,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /airports/{code}/flights` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum BookFlightResponse {
    /// Status `201`: Booked
    Created(crate::models::Booking),
}
impl IntoResponse for BookFlightResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
        }
    }
}
impl BookFlightRequest {
    /// Reads and checks a `POST /airports/{code}/flights` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(BookFlightRequest {
            code: runtime::checked(
                runtime::path_param(path, "p0", "code")?,
                &crate::runtime::Rules {
                    pattern: Some("^[A-Z]{3}$"),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Path,
                "code",
            )?,
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
            ratio: runtime::checked(
                query.optional("ratio", false)?,
                &crate::runtime::Rules {
                    minimum: Some(0.0),
                    exclusive_minimum: true,
                    multiple_of: Some(0.25),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "ratio",
            )?,
            tags: runtime::checked(
                query.optional("tags", true)?,
                &crate::runtime::Rules {
                    max_items: Some(2),
                    items: Some(
                        &crate::runtime::Rules {
                            min_length: Some(2),
                            ..crate::runtime::Rules::NONE
                        },
                    ),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "tags",
            )?,
            x_agent: runtime::checked(
                runtime::header_optional(headers, "X-Agent")?,
                &crate::runtime::Rules {
                    max_length: Some(8),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Header,
                "X-Agent",
            )?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /airports/{code}/flights` request and hands it to [`DefaultApi::book_flight`].
pub async fn handle_book_flight<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "bookFlight",
        path: "/airports/{code}/flights",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            BookFlightRequest::read,
            |request| service.book_flight(request),
        )
        .await
}
