//! Operations of the `Connector Filters` API.
//!
//! Dynamic filter options for selecting which data to sync
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`
    pub fn get_connector_filters<'a>(
        &'a self,
        connector_id: &'a str,
    ) -> Call<
        'a,
        GetConnectorFiltersParams<'a>,
        crate::models::GetConnectorFiltersResponse,
        GetConnectorFiltersError,
    > {
        const OPERATION: Operation = Operation {
            id: "getConnectorFilters",
            method: "GET",
            path: "/connectors/{connectorId}/filters",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetConnectorFiltersParams {
                connector_id,
            },
            |client, params| {
                let GetConnectorFiltersParams { connector_id } = params;
                let path = format!(
                    "/connectors/{}/filters",
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetConnectorFiltersError::Unauthorized)),
                404 => Err(Error::Status(GetConnectorFiltersError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetConnectorFiltersError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_connector_filters`], kept in its [`Call`] until it is awaited.
pub struct GetConnectorFiltersParams<'a> {
    connector_id: &'a str,
}
/// Error responses of [`Client::get_connector_filters`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetConnectorFiltersError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetConnectorFiltersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getConnectorFilters", status, message)
    }
}
impl ::std::error::Error for GetConnectorFiltersError {}

impl Client {
    /// Save filter selections
    ///
    /// Save the user's filter selections for a connector.<br><br>
    /// <b>Overview:</b><br>
    /// After viewing filter options, use this endpoint to save the
    /// selected values. These determine what data will be synced.
    ///
    /// `POST /connectors/{connectorId}/filters` (operation `saveConnectorFilters`)
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn save_connector_filters<'a>(
        &'a self,
        connector_id: &'a str,
        body: &'a crate::models::SaveConnectorFiltersRequest,
    ) -> Call<
        'a,
        SaveConnectorFiltersParams<'a>,
        crate::models::SaveConnectorFiltersResponse,
        SaveConnectorFiltersError,
    > {
        const OPERATION: Operation = Operation {
            id: "saveConnectorFilters",
            method: "POST",
            path: "/connectors/{connectorId}/filters",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SaveConnectorFiltersParams {
                connector_id,
                body,
            },
            |client, params| {
                let SaveConnectorFiltersParams { connector_id, body } = params;
                let path = format!(
                    "/connectors/{}/filters",
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(SaveConnectorFiltersError::Unauthorized)),
                404 => Err(Error::Status(SaveConnectorFiltersError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            SaveConnectorFiltersError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::save_connector_filters`], kept in its [`Call`] until it is awaited.
pub struct SaveConnectorFiltersParams<'a> {
    connector_id: &'a str,
    body: &'a crate::models::SaveConnectorFiltersRequest,
}
/// Error responses of [`Client::save_connector_filters`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SaveConnectorFiltersError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SaveConnectorFiltersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "saveConnectorFilters", status, message)
    }
}
impl ::std::error::Error for SaveConnectorFiltersError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `connector_id`: path parameter `connectorId`
    /// * `filter_key`: path parameter `filterKey`. Filter field key
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetFilterFieldOptionsParams`\]).
    pub fn get_filter_field_options<'a>(
        &'a self,
        connector_id: &'a str,
        filter_key: &'a str,
    ) -> Call<
        'a,
        GetFilterFieldOptionsParams<'a>,
        crate::models::GetFilterFieldOptionsResponse,
        GetFilterFieldOptionsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getFilterFieldOptions",
            method: "GET",
            path: "/connectors/{connectorId}/filters/{filterKey}/options",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetFilterFieldOptionsParams {
                connector_id,
                filter_key,
                page: None,
                limit: None,
                search: None,
                cursor: None,
            },
            |client, params| {
                let GetFilterFieldOptionsParams {
                    connector_id,
                    filter_key,
                    page,
                    limit,
                    search,
                    cursor,
                } = params;
                let path = format!(
                    "/connectors/{}/filters/{}/options",
                    crate::runtime::path_param(
                        "connectorId",
                        connector_id,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "filterKey",
                        filter_key,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "page",
                    &page,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "search",
                    &search,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "cursor",
                    &cursor,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetFilterFieldOptionsError::Unauthorized)),
                404 => Err(Error::Status(GetFilterFieldOptionsError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetFilterFieldOptionsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_filter_field_options`], kept in its [`Call`] until it is awaited.
pub struct GetFilterFieldOptionsParams<'a> {
    connector_id: &'a str,
    filter_key: &'a str,
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
    cursor: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetFilterFieldOptionsParams<'a>, T, E> {
    /// * `page`: query parameter `page`
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `limit`: query parameter `limit`
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `search`: query parameter `search`. Search term for filtering options
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
        self
    }
    /// * `cursor`: query parameter `cursor`. Cursor for cursor-based pagination
    pub fn cursor(mut self, cursor: &'a str) -> Self {
        self.params.cursor = Some(cursor);
        self
    }
}
/// Error responses of [`Client::get_filter_field_options`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFilterFieldOptionsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector or filter not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetFilterFieldOptionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getFilterFieldOptions", status, message)
    }
}
impl ::std::error::Error for GetFilterFieldOptionsError {}
