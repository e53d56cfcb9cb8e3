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
    /// # Arguments
    ///
    /// * `page`: query parameter `page`
    /// * `limit`: query parameter `limit`
    /// * `search`: query parameter `search`. Search query (max 1000 chars)
    /// * `record_types`: query parameter `recordTypes`. Filter by record types (comma-separated)
    /// * `origins`: query parameter `origins`. Filter by origin (comma-separated)
    /// * `connectors`: query parameter `connectors`. Filter by connector names (comma-separated)
    /// * `indexing_status`: query parameter `indexingStatus`. Filter by indexing status (comma-separated)
    /// * `date_from`: query parameter `dateFrom`. Start date filter (Unix timestamp ms)
    /// * `date_to`: query parameter `dateTo`. End date filter (Unix timestamp ms)
    /// * `sort_by`: query parameter `sortBy`
    /// * `sort_order`: query parameter `sortOrder`
    #[allow(clippy::too_many_arguments)]
    pub fn get_all_records(
        &self,
        page: ::std::option::Option<i64>,
        limit: ::std::option::Option<i64>,
        search: ::std::option::Option<&str>,
        record_types: ::std::option::Option<&str>,
        origins: ::std::option::Option<&crate::models::GetAllRecordsOrigins>,
        connectors: ::std::option::Option<&str>,
        indexing_status: ::std::option::Option<&str>,
        date_from: ::std::option::Option<i64>,
        date_to: ::std::option::Option<i64>,
        sort_by: ::std::option::Option<&str>,
        sort_order: ::std::option::Option<&crate::models::GetAllRecordsSortOrder>,
    ) -> Call<'_, crate::models::RecordsResponse, GetAllRecordsError> {
        const OPERATION: Operation = Operation {
            id: "getAllRecords",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/knowledgeBase/records");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "page", &page, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "search", &search, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "recordTypes",
            &record_types,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "origins", &origins, Style::Form, true);
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
        crate::runtime::query_pairs(&mut query, "dateTo", &date_to, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "sortBy", &sort_by, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "sortOrder",
            &sort_order,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_all_records`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetAllRecordsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// Default sorts by <code>createdAtTimestamp</code> descending (newest first).
    ///
    /// `GET /knowledgeBase/{kbId}/records` (operation `getKBRecords`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`. Knowledge base ID
    /// * `page`: query parameter `page`
    /// * `limit`: query parameter `limit`
    /// * `search`: query parameter `search`. Search query for record names
    /// * `record_types`: query parameter `recordTypes`. Filter by record types (comma-separated)
    /// * `origins`: query parameter `origins`. Filter by origin
    /// * `indexing_status`: query parameter `indexingStatus`. Filter by indexing status
    /// * `date_from`: query parameter `dateFrom`. Start date filter (Unix timestamp)
    /// * `date_to`: query parameter `dateTo`. End date filter (Unix timestamp)
    /// * `sort_by`: query parameter `sortBy`
    /// * `sort_order`: query parameter `sortOrder`
    #[allow(clippy::too_many_arguments)]
    pub fn get_kb_records(
        &self,
        kb_id: &str,
        page: ::std::option::Option<i64>,
        limit: ::std::option::Option<i64>,
        search: ::std::option::Option<&str>,
        record_types: ::std::option::Option<&str>,
        origins: ::std::option::Option<&str>,
        indexing_status: ::std::option::Option<&str>,
        date_from: ::std::option::Option<i64>,
        date_to: ::std::option::Option<i64>,
        sort_by: ::std::option::Option<&str>,
        sort_order: ::std::option::Option<&crate::models::GetKbRecordsSortOrder>,
    ) -> Call<'_, crate::models::RecordsResponse, GetKbRecordsError> {
        const OPERATION: Operation = Operation {
            id: "getKBRecords",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/{}/records",
            crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "page", &page, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "search", &search, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "recordTypes",
            &record_types,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "origins", &origins, Style::Form, true);
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
        crate::runtime::query_pairs(&mut query, "dateTo", &date_to, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "sortBy", &sort_by, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "sortOrder",
            &sort_order,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_kb_records`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetKbRecordsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: No access to this knowledge base
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `convert_to`: query parameter `convertTo`. Optional format to convert the file to
    pub fn get_record_by_id(
        &self,
        record_id: &str,
        convert_to: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::Record, GetRecordByIdError> {
        const OPERATION: Operation = Operation {
            id: "getRecordById",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/record/{}",
            crate::runtime::path_param("recordId", record_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "convertTo",
            &convert_to,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_record_by_id`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetRecordByIdError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Record not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `body`: request body, sent as `multipart/form-data`, one part per field of [`UpdateRecordForm`]. Request payload
    pub fn update_record(
        &self,
        record_id: &str,
        body: ::std::option::Option<UpdateRecordForm>,
    ) -> Call<'_, crate::models::UpdateRecordResponse, UpdateRecordError> {
        const OPERATION: Operation = Operation {
            id: "updateRecord",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/record/{}",
            crate::runtime::path_param("recordId", record_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, &path);
        if let Some(body) = body {
            request = request
                .multipart(
                    match body.into_form() {
                        Ok(form) => form,
                        Err(error) => {
                            return crate::runtime::failed(Error::Transport(error));
                        }
                    },
                );
        }
        self.call(
            &OPERATION,
            request,
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
pub enum UpdateRecordError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Record not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn delete_record(&self, record_id: &str) -> Call<'_, (), DeleteRecordError> {
        const OPERATION: Operation = Operation {
            id: "deleteRecord",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/record/{}",
            crate::runtime::path_param("recordId", record_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::delete_record`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteRecordError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Record not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// Use <code>convertTo</code> parameter to convert between formats (e.g., DOCX to PDF).
    ///
    /// `GET /knowledgeBase/stream/record/{recordId}` (operation `streamRecordBuffer`)
    ///
    /// # Arguments
    ///
    /// * `record_id`: path parameter `recordId`. Record ID
    /// * `convert_to`: query parameter `convertTo`. Target format for conversion
    pub fn stream_record_buffer(
        &self,
        record_id: &str,
        convert_to: ::std::option::Option<&str>,
    ) -> Call<'_, ::std::vec::Vec<u8>, StreamRecordBufferError> {
        const OPERATION: Operation = Operation {
            id: "streamRecordBuffer",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/stream/record/{}",
            crate::runtime::path_param("recordId", record_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "convertTo",
            &convert_to,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
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
    pub fn stream_record_buffer_stream(
        &self,
        record_id: &str,
        convert_to: ::std::option::Option<&str>,
    ) -> Call<'_, crate::runtime::ByteStream, StreamRecordBufferError> {
        const OPERATION: Operation = Operation {
            id: "streamRecordBuffer",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/stream/record/{}",
            crate::runtime::path_param("recordId", record_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "convertTo",
            &convert_to,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call_streamed(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
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
}
/// Error responses of [`Client::stream_record_buffer`].
#[derive(Debug, Clone, PartialEq)]
pub enum StreamRecordBufferError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Record not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn move_record(
        &self,
        kb_id: ::uuid::Uuid,
        record_id: &str,
        body: &crate::models::MoveRecordBody,
    ) -> Call<'_, (), MoveRecordError> {
        const OPERATION: Operation = Operation {
            id: "moveRecord",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/{}/record/{}/move",
            crate::runtime::path_param("kbId", &kb_id, Style::Simple, false),
            crate::runtime::path_param("recordId", record_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::move_record`].
#[derive(Debug, Clone, PartialEq)]
pub enum MoveRecordError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Record or knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
