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
    /// `GET /orders` (operation `listOrders`)
    fn list_orders(
        &self,
        request: ListOrdersRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListOrdersResponse>> + Send;
}

/// This API's routes alone, to combine with others: `serve(default::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/orders",
            axum::routing::get(crate::apis::default::handle_list_orders::<S>),
        )
}

/// What a `GET /orders` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOrdersRequest {
    /// query parameter `status`.
    pub status: ::std::option::Option<crate::models::ListOrdersStatus>,
    /// query parameter `level`.
    pub level: ::std::option::Option<crate::models::ListOrdersLevel>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /orders` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrdersResponse {
    /// Status `200`: Orders
    Ok(::std::vec::Vec<crate::models::Order>),
}
impl IntoResponse for ListOrdersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
        }
    }
}
impl ListOrdersRequest {
    /// Reads and checks a `GET /orders` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListOrdersRequest {
            status: query.optional("status", false)?,
            level: query.optional("level", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /orders` request and hands it to [`DefaultApi::list_orders`].
pub async fn handle_list_orders<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listOrders",
        path: "/orders",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListOrdersRequest::read,
            |request| service.list_orders(request),
        )
        .await
}
