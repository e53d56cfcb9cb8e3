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
    /// `GET /events` (operation `listEvents`)
    fn list_events(
        &self,
        request: ListEventsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListEventsResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(default::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/events",
            axum::routing::get(crate::apis::default::handle_list_events::<S>),
        )
}

/// What a `GET /events` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListEventsRequest {
    /// query parameter `since`.
    pub since: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// query parameter `day`.
    pub day: ::std::option::Option<::chrono::NaiveDate>,
    /// query parameter `id`.
    pub id: ::std::option::Option<::uuid::Uuid>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /events` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListEventsResponse {
    /// Status `200`: Events
    Ok(crate::models::Event),
}
impl IntoResponse for ListEventsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl ListEventsRequest {
    /// Reads and checks a `GET /events` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListEventsRequest {
            since: query.optional("since", false)?,
            day: query.optional("day", false)?,
            id: query.optional("id", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /events` request and hands it to [`DefaultApi::list_events`].
pub async fn handle_list_events<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listEvents",
        path: "/events",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListEventsRequest::read,
            |request| service.list_events(request),
        )
        .await
}
