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
    pub fn get_connector_filters(
        &self,
        connector_id: &str,
    ) -> Call<'_, crate::models::GetConnectorFiltersResponse, GetConnectorFiltersError> {
        const OPERATION: Operation = Operation {
            id: "getConnectorFilters",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/connectors/{}/filters",
            crate::runtime::path_param("connectorId", connector_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_connector_filters`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetConnectorFiltersError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn save_connector_filters(
        &self,
        connector_id: &str,
        body: &crate::models::SaveConnectorFiltersRequest,
    ) -> Call<
        '_,
        crate::models::SaveConnectorFiltersResponse,
        SaveConnectorFiltersError,
    > {
        const OPERATION: Operation = Operation {
            id: "saveConnectorFilters",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/connectors/{}/filters",
            crate::runtime::path_param("connectorId", connector_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::save_connector_filters`].
#[derive(Debug, Clone, PartialEq)]
pub enum SaveConnectorFiltersError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `page`: query parameter `page`
    /// * `limit`: query parameter `limit`
    /// * `search`: query parameter `search`. Search term for filtering options
    /// * `cursor`: query parameter `cursor`. Cursor for cursor-based pagination
    pub fn get_filter_field_options(
        &self,
        connector_id: &str,
        filter_key: &str,
        page: ::std::option::Option<i64>,
        limit: ::std::option::Option<i64>,
        search: ::std::option::Option<&str>,
        cursor: ::std::option::Option<&str>,
    ) -> Call<
        '_,
        crate::models::GetFilterFieldOptionsResponse,
        GetFilterFieldOptionsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getFilterFieldOptions",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/connectors/{}/filters/{}/options",
            crate::runtime::path_param(
                "connectorId",
                connector_id,
                Style::Simple,
                false,
            ),
            crate::runtime::path_param("filterKey", filter_key, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "page", &page, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "search", &search, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "cursor", &cursor, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_filter_field_options`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetFilterFieldOptionsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector or filter not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
