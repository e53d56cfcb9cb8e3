//! Operations of the `Records` API.
//!
//! Record management and operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Get all records across knowledge bases
    ///
    /// Retrieve records from all knowledge bases accessible to the user.<br><br>
    /// <b>Overview:</b><br>
    /// Search and filter records across your entire organization. Useful for global search, reporting, and cross-KB content discovery.<br><br>
    /// <b>Filtering Options:</b><br>
    /// <ul>
    /// <li><b>search:</b> Full-text search in record names</li>
    /// <li><b>recordTypes:</b> FILE, WEBPAGE, EMAIL, MESSAGE, TICKET, etc.</li>
    /// <li><b>origins:</b> UPLOAD or CONNECTOR</li>
    /// <li><b>connectors:</b> Filter by connector source</li>
    /// <li><b>indexingStatus:</b> COMPLETED, FAILED, IN_PROGRESS, etc.</li>
    /// <li><b>dateFrom/dateTo:</b> Filter by creation date range</li>
    /// </ul>
    /// <b>Response Includes:</b><br>
    /// <ul>
    /// <li>Paginated record list</li>
    /// <li>Applied and available filter counts</li>
    /// <li>Pagination metadata</li>
    /// </ul>
    ///
    /// `GET /knowledgeBase/records` (operation `getAllRecords`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetAllRecordsParams`\]).
    pub fn get_all_records(
        &self,
    ) -> Call<
        '_,
        GetAllRecordsParams<'_>,
        crate::models::RecordsResponse,
        GetAllRecordsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getAllRecords",
            method: "GET",
            path: "/knowledgeBase/records",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetAllRecordsParams {
                page: None,
                limit: None,
                search: None,
                record_types: None,
                origins: None,
                connectors: None,
                indexing_status: None,
                date_from: None,
                date_to: None,
                sort_by: None,
                sort_order: None,
            },
            |client, params| {
                let GetAllRecordsParams {
                    page,
                    limit,
                    search,
                    record_types,
                    origins,
                    connectors,
                    indexing_status,
                    date_from,
                    date_to,
                    sort_by,
                    sort_order,
                } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/knowledgeBase/records",
                    );
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
                    "recordTypes",
                    &record_types,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "origins",
                    &origins,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "connectors",
                    &connectors,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "indexingStatus",
                    &indexing_status,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "dateFrom",
                    &date_from,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "dateTo",
                    &date_to,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortBy",
                    &sort_by,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortOrder",
                    &sort_order,
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
                401 => Err(Error::Status(GetAllRecordsError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(GetAllRecordsError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_all_records`], kept in its [`Call`] until it is awaited.
pub struct GetAllRecordsParams<'a> {
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
    record_types: ::std::option::Option<&'a str>,
    origins: ::std::option::Option<&'a crate::models::GetAllRecordsOrigins>,
    connectors: ::std::option::Option<&'a str>,
    indexing_status: ::std::option::Option<&'a str>,
    date_from: ::std::option::Option<i64>,
    date_to: ::std::option::Option<i64>,
    sort_by: ::std::option::Option<&'a str>,
    sort_order: ::std::option::Option<&'a crate::models::GetAllRecordsSortOrder>,
}
impl<'a, T, E> Call<'a, GetAllRecordsParams<'a>, T, E> {
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
    /// * `search`: query parameter `search`. Search query (max 1000 chars)
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
        self
    }
    /// * `record_types`: query parameter `recordTypes`. Filter by record types (comma-separated)
    pub fn record_types(mut self, record_types: &'a str) -> Self {
        self.params.record_types = Some(record_types);
        self
    }
    /// * `origins`: query parameter `origins`. Filter by origin (comma-separated)
    pub fn origins(mut self, origins: &'a crate::models::GetAllRecordsOrigins) -> Self {
        self.params.origins = Some(origins);
        self
    }
    /// * `connectors`: query parameter `connectors`. Filter by connector names (comma-separated)
    pub fn connectors(mut self, connectors: &'a str) -> Self {
        self.params.connectors = Some(connectors);
        self
    }
    /// * `indexing_status`: query parameter `indexingStatus`. Filter by indexing status (comma-separated)
    pub fn indexing_status(mut self, indexing_status: &'a str) -> Self {
        self.params.indexing_status = Some(indexing_status);
        self
    }
    /// * `date_from`: query parameter `dateFrom`. Start date filter (Unix timestamp ms)
    pub fn date_from(mut self, date_from: i64) -> Self {
        self.params.date_from = Some(date_from);
        self
    }
    /// * `date_to`: query parameter `dateTo`. End date filter (Unix timestamp ms)
    pub fn date_to(mut self, date_to: i64) -> Self {
        self.params.date_to = Some(date_to);
        self
    }
    /// * `sort_by`: query parameter `sortBy`
    pub fn sort_by(mut self, sort_by: &'a str) -> Self {
        self.params.sort_by = Some(sort_by);
        self
    }
    /// * `sort_order`: query parameter `sortOrder`
    pub fn sort_order(
        mut self,
        sort_order: &'a crate::models::GetAllRecordsSortOrder,
    ) -> Self {
        self.params.sort_order = Some(sort_order);
        self
    }
}
/// Error responses of [`Client::get_all_records`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAllRecordsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetAllRecordsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getAllRecords", status, message)
    }
}
impl ::std::error::Error for GetAllRecordsError {}

impl Client {
    /// Get records for a knowledge base
    ///
    /// Retrieve a paginated list of records within a specific knowledge base.<br><br>
    /// <b>Overview:</b><br>
    /// Returns all records (documents, files, content) stored in the specified KB, with powerful filtering and sorting capabilities.<br><br>
    /// <b>Filtering:</b><br>
    /// <ul>
    /// <li><b>search:</b> Search by record name (partial match, max 1000 chars)</li>
    /// <li><b>recordTypes:</b> FILE, WEBPAGE, COMMENT, MESSAGE, EMAIL, TICKET</li>
    /// <li><b>origins:</b> UPLOAD (manual uploads) or CONNECTOR (synced)</li>
    /// <li><b>indexingStatus:</b> Filter by processing state</li>
    /// <li><b>dateFrom/dateTo:</b> Creation date range (Unix timestamps)</li>
    /// </ul>
    /// <b>Sorting:</b><br>
    /// Default sorts by &lt;code&gt;createdAtTimestamp&lt;/code&gt; descending (newest first).
    ///
    /// `GET /knowledgeBase/{kbId}/records` (operation `getKBRecords`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`. Knowledge base ID
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetKbRecordsParams`\]).
    pub fn get_kb_records<'a>(
        &'a self,
        kb_id: &'a str,
    ) -> Call<
        'a,
        GetKbRecordsParams<'a>,
        crate::models::RecordsResponse,
        GetKbRecordsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getKBRecords",
            method: "GET",
            path: "/knowledgeBase/{kbId}/records",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetKbRecordsParams {
                kb_id,
                page: None,
                limit: None,
                search: None,
                record_types: None,
                origins: None,
                indexing_status: None,
                date_from: None,
                date_to: None,
                sort_by: None,
                sort_order: None,
            },
            |client, params| {
                let GetKbRecordsParams {
                    kb_id,
                    page,
                    limit,
                    search,
                    record_types,
                    origins,
                    indexing_status,
                    date_from,
                    date_to,
                    sort_by,
                    sort_order,
                } = params;
                let path = format!(
                    "/knowledgeBase/{}/records",
                    crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
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
                    "recordTypes",
                    &record_types,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "origins",
                    &origins,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "indexingStatus",
                    &indexing_status,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "dateFrom",
                    &date_from,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "dateTo",
                    &date_to,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortBy",
                    &sort_by,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "sortOrder",
                    &sort_order,
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
                401 => Err(Error::Status(GetKbRecordsError::Unauthorized)),
                403 => Err(Error::Status(GetKbRecordsError::Forbidden)),
                404 => Err(Error::Status(GetKbRecordsError::NotFound)),
                _ => {
                    Err(Error::Status(GetKbRecordsError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// The parameters of [`Client::get_kb_records`], kept in its [`Call`] until it is awaited.
pub struct GetKbRecordsParams<'a> {
    kb_id: &'a str,
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
    record_types: ::std::option::Option<&'a str>,
    origins: ::std::option::Option<&'a str>,
    indexing_status: ::std::option::Option<&'a str>,
    date_from: ::std::option::Option<i64>,
    date_to: ::std::option::Option<i64>,
    sort_by: ::std::option::Option<&'a str>,
    sort_order: ::std::option::Option<&'a crate::models::GetKbRecordsSortOrder>,
}
impl<'a, T, E> Call<'a, GetKbRecordsParams<'a>, T, E> {
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
    /// * `search`: query parameter `search`. Search query for record names
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
        self
    }
    /// * `record_types`: query parameter `recordTypes`. Filter by record types (comma-separated)
    pub fn record_types(mut self, record_types: &'a str) -> Self {
        self.params.record_types = Some(record_types);
        self
    }
    /// * `origins`: query parameter `origins`. Filter by origin
    pub fn origins(mut self, origins: &'a str) -> Self {
        self.params.origins = Some(origins);
        self
    }
    /// * `indexing_status`: query parameter `indexingStatus`. Filter by indexing status
    pub fn indexing_status(mut self, indexing_status: &'a str) -> Self {
        self.params.indexing_status = Some(indexing_status);
        self
    }
    /// * `date_from`: query parameter `dateFrom`. Start date filter (Unix timestamp)
    pub fn date_from(mut self, date_from: i64) -> Self {
        self.params.date_from = Some(date_from);
        self
    }
    /// * `date_to`: query parameter `dateTo`. End date filter (Unix timestamp)
    pub fn date_to(mut self, date_to: i64) -> Self {
        self.params.date_to = Some(date_to);
        self
    }
    /// * `sort_by`: query parameter `sortBy`
    pub fn sort_by(mut self, sort_by: &'a str) -> Self {
        self.params.sort_by = Some(sort_by);
        self
    }
    /// * `sort_order`: query parameter `sortOrder`
    pub fn sort_order(
        mut self,
        sort_order: &'a crate::models::GetKbRecordsSortOrder,
    ) -> Self {
        self.params.sort_order = Some(sort_order);
        self
    }
}
/// Error responses of [`Client::get_kb_records`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetKbRecordsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: No access to this knowledge base
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetKbRecordsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getKBRecords", status, message)
    }
}
impl ::std::error::Error for GetKbRecordsError {}

impl Client {
    /// Get record by ID
    ///
    /// Retrieve detailed information about a specific record.<br><br>
    /// <b>Overview:</b><br>
    /// Returns complete record metadata including name, type, indexing status, storage information, and version history.<br><br>
    /// <b>File Conversion:</b><br>
    /// Use the optional <code>convertTo</code> parameter to request file format conversion (e.g., PDF to text).
    ///
    /// `GET /knowledgeBase/record/{recordId}` (operation `getRecordById`)
    ///
    /// # Arguments
    ///
    /// * `record_id`: path parameter `recordId`. Record ID
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetRecordByIdParams`\]).
    pub fn get_record_by_id<'a>(
        &'a self,
        record_id: &'a str,
    ) -> Call<'a, GetRecordByIdParams<'a>, crate::models::Record, GetRecordByIdError> {
        const OPERATION: Operation = Operation {
            id: "getRecordById",
            method: "GET",
            path: "/knowledgeBase/record/{recordId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetRecordByIdParams {
                record_id,
                convert_to: None,
            },
            |client, params| {
                let GetRecordByIdParams { record_id, convert_to } = params;
                let path = format!(
                    "/knowledgeBase/record/{}",
                    crate::runtime::path_param(
                        "recordId",
                        record_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "convertTo",
                    &convert_to,
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
                401 => Err(Error::Status(GetRecordByIdError::Unauthorized)),
                404 => Err(Error::Status(GetRecordByIdError::NotFound)),
                _ => {
                    Err(
                        Error::Status(GetRecordByIdError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_record_by_id`], kept in its [`Call`] until it is awaited.
pub struct GetRecordByIdParams<'a> {
    record_id: &'a str,
    convert_to: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetRecordByIdParams<'a>, T, E> {
    /// * `convert_to`: query parameter `convertTo`. Optional format to convert the file to
    pub fn convert_to(mut self, convert_to: &'a str) -> Self {
        self.params.convert_to = Some(convert_to);
        self
    }
}
/// Error responses of [`Client::get_record_by_id`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetRecordByIdError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Record not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetRecordByIdError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getRecordById", status, message)
    }
}
impl ::std::error::Error for GetRecordByIdError {}

impl Client {
    /// Update record
    ///
    /// Update a record's name and/or file content.<br><br>
    /// <b>Overview:</b><br>
    /// Allows updating the display name and optionally replacing the file content. Triggers re-indexing when content changes.<br><br>
    /// <b>Required Permission:</b> WRITER or higher<br><br>
    /// <b>Updating File Content:</b><br>
    /// Include a new file in the request to replace the existing content. The file extension must match the original.<br><br>
    /// <b>Side Effects:</b><br>
    /// <ul>
    /// <li>Updates <code>updatedAtTimestamp</code></li>
    /// <li>Increments version if file content changed</li>
    /// <li>Triggers re-indexing for content changes</li>
    /// </ul>
    ///
    /// `PUT /knowledgeBase/record/{recordId}` (operation `updateRecord`)
    ///
    /// # Arguments
    ///
    /// * `record_id`: path parameter `recordId`. Record ID
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`UpdateRecordParams`\]).
    pub fn update_record<'a>(
        &'a self,
        record_id: &'a str,
    ) -> Call<
        'a,
        UpdateRecordParams<'a>,
        crate::models::UpdateRecordResponse,
        UpdateRecordError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateRecord",
            method: "PUT",
            path: "/knowledgeBase/record/{recordId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateRecordParams {
                record_id,
                body: None,
            },
            |client, params| {
                let UpdateRecordParams { record_id, body } = params;
                let path = format!(
                    "/knowledgeBase/record/{}",
                    crate::runtime::path_param(
                        "recordId",
                        record_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, &path);
                if let Some(body) = body {
                    request = request
                        .multipart(
                            match body.into_form() {
                                Ok(form) => form,
                                Err(error) => return Err(Error::Transport(error)),
                            },
                        );
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateRecordError::BadRequest)),
                401 => Err(Error::Status(UpdateRecordError::Unauthorized)),
                403 => Err(Error::Status(UpdateRecordError::Forbidden)),
                404 => Err(Error::Status(UpdateRecordError::NotFound)),
                _ => {
                    Err(Error::Status(UpdateRecordError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// The parameters of [`Client::update_record`], kept in its [`Call`] until it is awaited.
pub struct UpdateRecordParams<'a> {
    record_id: &'a str,
    body: ::std::option::Option<UpdateRecordForm>,
}
impl<'a, T, E> Call<'a, UpdateRecordParams<'a>, T, E> {
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of \[`UpdateRecordForm`\]. Request payload
    pub fn body(mut self, body: UpdateRecordForm) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// The parts of a `PUT /knowledgeBase/record/{recordId}` multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateRecordForm {
    /// Part `recordName` (`None` when left out).
    ///
    /// New name for the record
    pub record_name: ::std::option::Option<::std::string::String>,
    /// Part `file` (`None` when left out).
    ///
    /// Replacement file content
    pub file: ::std::option::Option<crate::runtime::FilePart>,
}
impl UpdateRecordForm {
    /// The `multipart/form-data` form of these parts; fails when a file's media type is
    /// not a valid one.
    pub fn into_form(
        self,
    ) -> ::std::result::Result<::reqwest::multipart::Form, ::reqwest::Error> {
        let mut form = ::reqwest::multipart::Form::new();
        if let Some(value) = self.record_name {
            form = crate::runtime::value_part(form, "recordName", &value, false);
        }
        if let Some(value) = self.file {
            form = crate::runtime::file_part(form, "file", value)?;
        }
        Ok(form)
    }
}
/// Error responses of [`Client::update_record`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateRecordError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Record not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateRecordError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateRecord", status, message)
    }
}
impl ::std::error::Error for UpdateRecordError {}

impl Client {
    /// Delete record
    ///
    /// Permanently delete a record from the knowledge base.<br><br>
    /// <b>Required Permission:</b> WRITER or higher<br><br>
    /// <b>What Gets Deleted:</b><br>
    /// <ul>
    /// <li>Record metadata</li>
    /// <li>Associated storage file</li>
    /// <li>Indexed content and embeddings</li>
    /// </ul>
    /// <b>Warning:</b> This action is irreversible.
    ///
    /// `DELETE /knowledgeBase/record/{recordId}` (operation `deleteRecord`)
    ///
    /// # Arguments
    ///
    /// * `record_id`: path parameter `recordId`. Record ID
    pub fn delete_record<'a>(
        &'a self,
        record_id: &'a str,
    ) -> Call<'a, DeleteRecordParams<'a>, (), DeleteRecordError> {
        const OPERATION: Operation = Operation {
            id: "deleteRecord",
            method: "DELETE",
            path: "/knowledgeBase/record/{recordId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteRecordParams { record_id },
            |client, params| {
                let DeleteRecordParams { record_id } = params;
                let path = format!(
                    "/knowledgeBase/record/{}",
                    crate::runtime::path_param(
                        "recordId",
                        record_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                401 => Err(Error::Status(DeleteRecordError::Unauthorized)),
                403 => Err(Error::Status(DeleteRecordError::Forbidden)),
                404 => Err(Error::Status(DeleteRecordError::NotFound)),
                _ => {
                    Err(Error::Status(DeleteRecordError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_record`], kept in its [`Call`] until it is awaited.
pub struct DeleteRecordParams<'a> {
    record_id: &'a str,
}
/// Error responses of [`Client::delete_record`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteRecordError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Record not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteRecordError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteRecord", status, message)
    }
}
impl ::std::error::Error for DeleteRecordError {}

impl Client {
    /// Stream record content
    ///
    /// Stream the binary content of a record's file.<br><br>
    /// <b>Overview:</b><br>
    /// Returns the raw file content with appropriate Content-Type and Content-Disposition headers for download or inline viewing.<br><br>
    /// <b>Use Cases:</b><br>
    /// <ul>
    /// <li>File downloads</li>
    /// <li>Inline document preview</li>
    /// <li>Content extraction pipelines</li>
    /// </ul>
    /// <b>Format Conversion:</b><br>
    /// Use &lt;code&gt;convertTo&lt;/code&gt; parameter to convert between formats (e.g., DOCX to PDF).
    ///
    /// `GET /knowledgeBase/stream/record/{recordId}` (operation `streamRecordBuffer`)
    ///
    /// # Arguments
    ///
    /// * `record_id`: path parameter `recordId`. Record ID
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`StreamRecordBufferParams`\]).
    pub fn stream_record_buffer<'a>(
        &'a self,
        record_id: &'a str,
    ) -> Call<
        'a,
        StreamRecordBufferParams<'a>,
        ::std::vec::Vec<u8>,
        StreamRecordBufferError,
    > {
        const OPERATION: Operation = Operation {
            id: "streamRecordBuffer",
            method: "GET",
            path: "/knowledgeBase/stream/record/{recordId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            StreamRecordBufferParams {
                record_id,
                convert_to: None,
            },
            |client, params| {
                let StreamRecordBufferParams { record_id, convert_to } = params;
                let path = format!(
                    "/knowledgeBase/stream/record/{}",
                    crate::runtime::path_param(
                        "recordId",
                        record_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "convertTo",
                    &convert_to,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.body.clone();
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(StreamRecordBufferError::Unauthorized)),
                404 => Err(Error::Status(StreamRecordBufferError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            StreamRecordBufferError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
    /// [`Client::stream_record_buffer`], with the body of a successful response streamed as it arrives instead of read into memory first.
    #[allow(clippy::match_single_binding)]
    pub fn stream_record_buffer_stream<'a>(
        &'a self,
        record_id: &'a str,
    ) -> Call<
        'a,
        StreamRecordBufferParams<'a>,
        crate::runtime::ByteStream,
        StreamRecordBufferError,
    > {
        self.stream_record_buffer(record_id)
            .streamed(|received| match received.status.as_u16() {
                401 => Err(Error::Status(StreamRecordBufferError::Unauthorized)),
                404 => Err(Error::Status(StreamRecordBufferError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            StreamRecordBufferError::Unknown(received.unexpected()),
                        ),
                    )
                }
            })
    }
}
/// The parameters of [`Client::stream_record_buffer`], kept in its [`Call`] until it is awaited.
pub struct StreamRecordBufferParams<'a> {
    record_id: &'a str,
    convert_to: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, StreamRecordBufferParams<'a>, T, E> {
    /// * `convert_to`: query parameter `convertTo`. Target format for conversion
    pub fn convert_to(mut self, convert_to: &'a str) -> Self {
        self.params.convert_to = Some(convert_to);
        self
    }
}
/// Error responses of [`Client::stream_record_buffer`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum StreamRecordBufferError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Record not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for StreamRecordBufferError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "streamRecordBuffer", status, message)
    }
}
impl ::std::error::Error for StreamRecordBufferError {}

impl Client {
    /// Move a record to another folder
    ///
    /// Move a record (file or folder) to a different parent folder within the same knowledge base.<br><br>
    /// <b>Required Permission:</b> WRITER or higher<br><br>
    /// <b>Moving to Root:</b><br>
    /// Set <code>newParentId</code> to <code>null</code> to move the record to the root level of the knowledge base.
    ///
    /// `PUT /knowledgeBase/{kbId}/record/{recordId}/move` (operation `moveRecord`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`. Knowledge base ID
    /// * `record_id`: path parameter `recordId`. Record ID to move
    /// * `body`: request body, sent as `application/json`. Target parent folder for the record
    pub fn move_record<'a>(
        &'a self,
        kb_id: ::uuid::Uuid,
        record_id: &'a str,
        body: &'a crate::models::MoveRecordBody,
    ) -> Call<'a, MoveRecordParams<'a>, (), MoveRecordError> {
        const OPERATION: Operation = Operation {
            id: "moveRecord",
            method: "PUT",
            path: "/knowledgeBase/{kbId}/record/{recordId}/move",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            MoveRecordParams {
                kb_id,
                record_id,
                body,
            },
            |client, params| {
                let MoveRecordParams { kb_id, record_id, body } = params;
                let path = format!(
                    "/knowledgeBase/{}/record/{}/move",
                    crate::runtime::path_param("kbId", &kb_id, Style::Simple, false),
                    crate::runtime::path_param(
                        "recordId",
                        record_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(MoveRecordError::BadRequest)),
                401 => Err(Error::Status(MoveRecordError::Unauthorized)),
                403 => Err(Error::Status(MoveRecordError::Forbidden)),
                404 => Err(Error::Status(MoveRecordError::NotFound)),
                _ => Err(Error::Status(MoveRecordError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::move_record`], kept in its [`Call`] until it is awaited.
pub struct MoveRecordParams<'a> {
    kb_id: ::uuid::Uuid,
    record_id: &'a str,
    body: &'a crate::models::MoveRecordBody,
}
/// Error responses of [`Client::move_record`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum MoveRecordError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Record or knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for MoveRecordError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "moveRecord", status, message)
    }
}
impl ::std::error::Error for MoveRecordError {}
