//! The `Connector Filters` API.
//!
//! Dynamic filter options for selecting which data to sync
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Dynamic filter options for selecting which data to sync
pub trait ConnectorFiltersApi: Clone + Send + Sync + 'static {
    /// Get filter options
    ///
    /// Get available filter options for a connector.<br><br>
    /// <b>Overview:</b><br>
    /// Returns filter fields that can be used to limit what data is synced.
    /// For example, a Google Drive connector might offer filters for
    /// specific folders or file types.<br><br>
    /// <b>Dynamic Filters:</b><br>
    /// Some filter fields have <code>dynamic: true</code>, meaning their
    /// options are loaded separately via the filter options endpoint.
    ///
    /// `GET /connectors/{connectorId}/filters` (operation `getConnectorFilters`)
    fn get_connector_filters(
        &self,
        request: GetConnectorFiltersRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetConnectorFiltersResponse>,
    > + Send;
    /// Save filter selections
    ///
    /// Save the user's filter selections for a connector.<br><br>
    /// <b>Overview:</b><br>
    /// After viewing filter options, use this endpoint to save the
    /// selected values. These determine what data will be synced.
    ///
    /// `POST /connectors/{connectorId}/filters` (operation `saveConnectorFilters`)
    fn save_connector_filters(
        &self,
        request: SaveConnectorFiltersRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<SaveConnectorFiltersResponse>,
    > + Send;
    /// Get dynamic filter options
    ///
    /// Get options for a dynamic filter field with pagination.<br><br>
    /// <b>Overview:</b><br>
    /// For filters with <code>dynamic: true</code>, options are loaded
    /// from the connected service. This supports pagination and search.<br><br>
    /// <b>Examples:</b><br>
    /// <ul>
    /// <li>Google Drive folders list</li>
    /// <li>Slack channels list</li>
    /// <li>Confluence spaces list</li>
    /// </ul>
    ///
    /// `GET /connectors/{connectorId}/filters/{filterKey}/options` (operation `getFilterFieldOptions`)
    fn get_filter_field_options(
        &self,
        request: GetFilterFieldOptionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetFilterFieldOptionsResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(connector_filters::routes().merge(...), service)`.
pub fn routes<S: ConnectorFiltersApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/connectors/{p0}/filters",
            axum::routing::get(
                    crate::apis::connector_filters::handle_get_connector_filters::<S>,
                )
                .post(crate::apis::connector_filters::handle_save_connector_filters::<S>),
        );
    routes
        .route(
            "/connectors/{p0}/filters/{p1}/options",
            axum::routing::get(
                crate::apis::connector_filters::handle_get_filter_field_options::<S>,
            ),
        )
}

/// What a `GET /connectors/{connectorId}/filters` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetConnectorFiltersRequest {
    /// path parameter `connectorId`.
    pub connector_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connectors/{connectorId}/filters` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectorFiltersResponse {
    /// Status `200`: Filter options retrieved
    Ok(crate::models::GetConnectorFiltersResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
}
impl IntoResponse for GetConnectorFiltersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetConnectorFiltersRequest {
    /// Reads and checks a `GET /connectors/{connectorId}/filters` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetConnectorFiltersRequest {
            connector_id: runtime::path_param(path, "p0", "connectorId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connectors/{connectorId}/filters` request and hands it to [`ConnectorFiltersApi::get_connector_filters`].
pub async fn handle_get_connector_filters<S: ConnectorFiltersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getConnectorFilters",
        path: "/connectors/{connectorId}/filters",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetConnectorFiltersRequest::read,
            |request| service.get_connector_filters(request),
        )
        .await
}

/// What a `POST /connectors/{connectorId}/filters` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveConnectorFiltersRequest {
    /// path parameter `connectorId`.
    pub connector_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::SaveConnectorFiltersRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /connectors/{connectorId}/filters` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveConnectorFiltersResponse {
    /// Status `200`: Filters saved
    Ok(crate::models::SaveConnectorFiltersResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
}
impl IntoResponse for SaveConnectorFiltersResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl SaveConnectorFiltersRequest {
    /// Reads and checks a `POST /connectors/{connectorId}/filters` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SaveConnectorFiltersRequest {
            connector_id: runtime::path_param(path, "p0", "connectorId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /connectors/{connectorId}/filters` request and hands it to [`ConnectorFiltersApi::save_connector_filters`].
pub async fn handle_save_connector_filters<S: ConnectorFiltersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "saveConnectorFilters",
        path: "/connectors/{connectorId}/filters",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SaveConnectorFiltersRequest::read,
            |request| service.save_connector_filters(request),
        )
        .await
}

/// What a `GET /connectors/{connectorId}/filters/{filterKey}/options` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetFilterFieldOptionsRequest {
    /// path parameter `connectorId`.
    pub connector_id: ::std::string::String,
    /// path parameter `filterKey`.
    ///
    /// Filter field key
    pub filter_key: ::std::string::String,
    /// query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    ///
    /// Search term for filtering options
    pub search: ::std::option::Option<::std::string::String>,
    /// query parameter `cursor`.
    ///
    /// Cursor for cursor-based pagination
    pub cursor: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /connectors/{connectorId}/filters/{filterKey}/options` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetFilterFieldOptionsResponse {
    /// Status `200`: Options retrieved
    Ok(crate::models::GetFilterFieldOptionsResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector or filter not found
    NotFound,
}
impl IntoResponse for GetFilterFieldOptionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetFilterFieldOptionsRequest {
    /// Reads and checks a `GET /connectors/{connectorId}/filters/{filterKey}/options` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetFilterFieldOptionsRequest {
            connector_id: runtime::path_param(path, "p0", "connectorId")?,
            filter_key: runtime::path_param(path, "p1", "filterKey")?,
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
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
            search: query.optional("search", false)?,
            cursor: query.optional("cursor", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /connectors/{connectorId}/filters/{filterKey}/options` request and hands it to [`ConnectorFiltersApi::get_filter_field_options`].
pub async fn handle_get_filter_field_options<S: ConnectorFiltersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getFilterFieldOptions",
        path: "/connectors/{connectorId}/filters/{filterKey}/options",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetFilterFieldOptionsRequest::read,
            |request| service.get_filter_field_options(request),
        )
        .await
}
