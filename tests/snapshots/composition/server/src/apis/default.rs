//! The `default` API.
//!
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use std::collections::BTreeMap;
pub trait DefaultApi: Clone + Send + Sync + 'static {
    /// `GET /shapes` (operation `listShapes`)
    fn list_shapes(
        &self,
        request: ListShapesRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListShapesResponse>> + Send;
}
/// This API's routes alone, to combine with others: `serve(oidc::routes().merge(...), service)`.
pub fn routes<S: DefaultApi>() -> axum::Router<S> {
    axum::Router::new().route(
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
            Self::Ok(body) => (
                StatusCode::from_u16(200).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                axum::Json(body),
            )
                .into_response(),
        }
    }
}
impl ListShapesRequest {
    /// Reads and checks a `GET /shapes` request.
    pub fn read(
        _path: &BTreeMap<String, String>,
        query: &Query,
        headers: &HeaderMap,
        _body: &[u8],
    ) -> Result<Self, Problem> {
        Ok(ListShapesRequest {
            credentials: Credentials::read(headers, query, &[]),
        })
    }
}
/// Reads a `GET /shapes` request and hands it to [`DefaultApi::list_shapes`].
pub async fn handle_list_shapes<S: DefaultApi>(
    axum::extract::State(service): axum::extract::State<S>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    headers: HeaderMap,
) -> Response {
    let query = Query::parse(query.as_deref());
    match ListShapesRequest::read(&BTreeMap::new(), &query, &headers, &[]) {
        Ok(request) => service.list_shapes(request).await.into_response(),
        Err(problem) => problem.into_response(),
    }
}
