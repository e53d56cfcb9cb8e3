//! The `courier` API.
//!
//! APIs for managing email and SMS message delivery.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// APIs for managing email and SMS message delivery.
pub trait CourierApi: Clone + Send + Sync + 'static {
    /// List Messages
    ///
    /// Lists all messages by given status and recipient.
    ///
    /// `GET /admin/courier/messages` (operation `listCourierMessages`)
    fn list_courier_messages(
        &self,
        request: ListCourierMessagesRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListCourierMessagesResponse>,
    > + Send;
    /// Get a Message
    ///
    /// Gets a specific messages by the given ID.
    ///
    /// `GET /admin/courier/messages/{id}` (operation `getCourierMessage`)
    fn get_courier_message(
        &self,
        request: GetCourierMessageRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetCourierMessageResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(courier::routes().merge(...), service)`.
pub fn routes<S: CourierApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/admin/courier/messages",
            axum::routing::get(crate::apis::courier::handle_list_courier_messages::<S>),
        );
    routes
        .route(
            "/admin/courier/messages/{p0}",
            axum::routing::get(crate::apis::courier::handle_get_courier_message::<S>),
        )
}

/// What a `GET /admin/courier/messages` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListCourierMessagesRequest {
    /// query parameter `page_size`.
    ///
    /// Items per Page
    ///
    /// This is the number of items per page to return.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_size: ::std::option::Option<i64>,
    /// query parameter `page_token`.
    ///
    /// Next Page Token
    ///
    /// The next page token.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_token: ::std::option::Option<::std::string::String>,
    /// query parameter `status`.
    ///
    /// Status filters out messages based on status.
    /// If no value is provided, it doesn't take effect on filter.
    pub status: ::std::option::Option<crate::models::CourierMessageStatus>,
    /// query parameter `recipient`.
    ///
    /// Recipient filters out messages based on recipient.
    /// If no value is provided, it doesn't take effect on filter.
    pub recipient: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/courier/messages` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListCourierMessagesResponse {
    /// Status `200`: Paginated Courier Message List Response
    Ok(::std::vec::Vec<crate::models::Message>),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for ListCourierMessagesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ListCourierMessagesRequest {
    /// Reads and checks a `GET /admin/courier/messages` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListCourierMessagesRequest {
            page_size: runtime::checked(
                query.optional("page_size", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(1000.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page_size",
            )?,
            page_token: query.optional("page_token", false)?,
            status: query.optional("status", false)?,
            recipient: query.optional("recipient", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/courier/messages` request and hands it to [`CourierApi::list_courier_messages`].
pub async fn handle_list_courier_messages<S: CourierApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listCourierMessages",
        path: "/admin/courier/messages",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListCourierMessagesRequest::read,
            |request| service.list_courier_messages(request),
        )
        .await
}

/// What a `GET /admin/courier/messages/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetCourierMessageRequest {
    /// path parameter `id`.
    ///
    /// MessageID is the ID of the message.
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/courier/messages/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCourierMessageResponse {
    /// Status `200`: message
    Ok(crate::models::Message),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for GetCourierMessageResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetCourierMessageRequest {
    /// Reads and checks a `GET /admin/courier/messages/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetCourierMessageRequest {
            id: runtime::path_param(path, "p0", "id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/courier/messages/{id}` request and hands it to [`CourierApi::get_courier_message`].
pub async fn handle_get_courier_message<S: CourierApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getCourierMessage",
        path: "/admin/courier/messages/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetCourierMessageRequest::read,
            |request| service.get_courier_message(request),
        )
        .await
}
