//! Operations of the `Semantic Search` API.
//!
//! Enterprise semantic search across all indexed knowledge with relevance scoring
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Get search history
    ///
    /// Retrieve your search history with pagination.<br><br>
    /// <b>Overview:</b><br>
    /// Returns a list of all searches performed by the authenticated user.
    /// Each entry includes the original query, results, and metadata.<br><br>
    /// <b>Pagination:</b><br>
    /// Use <code>page</code> and <code>limit</code> to navigate through results.
    ///
    /// `GET /search` (operation `searchHistory`)
    ///
    /// # Arguments
    ///
    /// * `limit`: query parameter `limit`. Number of results per page
    /// * `page`: query parameter `page`. Page number
    pub fn search_history(
        &self,
        limit: ::std::option::Option<i64>,
        page: ::std::option::Option<i64>,
    ) -> Call<'_, crate::models::SearchHistoryResponse, SearchHistoryError> {
        const OPERATION: Operation = Operation {
            id: "searchHistory",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, "/search");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "page", &page, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(SearchHistoryError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(SearchHistoryError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::search_history`].
#[derive(Debug, Clone, PartialEq)]
pub enum SearchHistoryError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Perform semantic search
    ///
    /// Execute a semantic search across your organization's knowledge base.<br><br>
    /// <b>Overview:</b><br>
    /// Semantic search uses AI embeddings to find content based on meaning,
    /// not just keyword matching. This enables finding relevant information
    /// even when the exact words differ.<br><br>
    /// <b>How It Works:</b><br>
    /// <ol>
    /// <li>Your query is converted to a vector embedding</li>
    /// <li>The system finds documents with similar semantic meaning</li>
    /// <li>Results are ranked by relevance score</li>
    /// <li>Matching chunks are returned with metadata</li>
    /// </ol>
    /// <b>Filtering:</b><br>
    /// Use filters to narrow your search:
    /// <ul>
    /// <li><code>filters.apps</code>: Limit to specific connector apps (Google Drive, Confluence, etc.)</li>
    /// <li><code>filters.kb</code>: Limit to specific knowledge bases</li>
    /// </ul>
    /// <b>Results:</b><br>
    /// Each result includes:
    /// <ul>
    /// <li>Matching content chunk</li>
    /// <li>Relevance score (0-1, higher is better)</li>
    /// <li>Source document metadata (name, URL, type)</li>
    /// </ul>
    /// <b>Search History:</b><br>
    /// All searches are saved and can be retrieved via <code>GET /search</code>.
    ///
    /// `POST /search` (operation `search`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn search(
        &self,
        body: &crate::models::SemanticSearchRequest,
    ) -> Call<'_, crate::models::SearchResult, SearchError> {
        const OPERATION: Operation = Operation {
            id: "search",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, "/search");
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(SearchError::BadRequest)),
                401 => Err(Error::Status(SearchError::Unauthorized)),
                502 => Err(Error::Status(SearchError::BadGateway)),
                _ => Err(Error::Status(SearchError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::search`].
#[derive(Debug, Clone, PartialEq)]
pub enum SearchError {
    /// Status `400`: Invalid request - Query required
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `502`: AI backend service unavailable
    BadGateway,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Clear all search history
    ///
    /// Delete all search history for the authenticated user.<br><br>
    /// <b>Warning:</b><br>
    /// This action cannot be undone. All saved searches will be permanently removed.
    ///
    /// `DELETE /search` (operation `deleteAllSearchHistory`)
    pub fn delete_all_search_history(
        &self,
    ) -> Call<
        '_,
        crate::models::DeleteAllSearchHistoryResponse,
        DeleteAllSearchHistoryError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteAllSearchHistory",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, "/search");
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(DeleteAllSearchHistoryError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteAllSearchHistoryError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_all_search_history`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAllSearchHistoryError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Get search by ID
    ///
    /// Retrieve a specific search result by its ID.<br><br>
    /// <b>Overview:</b><br>
    /// Returns the full search record including query, all results,
    /// and any sharing/archive status.
    ///
    /// `GET /search/{searchId}` (operation `getSearchById`)
    ///
    /// # Arguments
    ///
    /// * `search_id`: path parameter `searchId`. Unique search identifier
    pub fn get_search_by_id(
        &self,
        search_id: &str,
    ) -> Call<'_, crate::models::SearchResult, GetSearchByIdError> {
        const OPERATION: Operation = Operation {
            id: "getSearchById",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/search/{}",
            crate::runtime::path_param("searchId", search_id, Style::Simple, false),
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
                401 => Err(Error::Status(GetSearchByIdError::Unauthorized)),
                404 => Err(Error::Status(GetSearchByIdError::NotFound)),
                _ => {
                    Err(
                        Error::Status(GetSearchByIdError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_search_by_id`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetSearchByIdError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Delete search
    ///
    /// Delete a specific search from history.<br><br>
    /// <b>Overview:</b><br>
    /// Permanently removes the search record from your history.
    ///
    /// `DELETE /search/{searchId}` (operation `deleteSearch`)
    ///
    /// # Arguments
    ///
    /// * `search_id`: path parameter `searchId`
    pub fn delete_search(&self, search_id: &str) -> Call<'_, (), DeleteSearchError> {
        const OPERATION: Operation = Operation {
            id: "deleteSearch",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/search/{}",
            crate::runtime::path_param("searchId", search_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                401 => Err(Error::Status(DeleteSearchError::Unauthorized)),
                404 => Err(Error::Status(DeleteSearchError::NotFound)),
                _ => {
                    Err(Error::Status(DeleteSearchError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_search`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteSearchError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Share search results
    ///
    /// Share search results with other users.<br><br>
    /// <b>Overview:</b><br>
    /// Allows sharing a search and its results with colleagues.
    /// Useful for collaborative research or knowledge sharing.
    ///
    /// `PATCH /search/{searchId}/share` (operation `shareSearch`)
    ///
    /// # Arguments
    ///
    /// * `search_id`: path parameter `searchId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn share_search(
        &self,
        search_id: &str,
        body: &crate::models::ShareRequest,
    ) -> Call<'_, crate::models::SearchResult, ShareSearchError> {
        const OPERATION: Operation = Operation {
            id: "shareSearch",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/search/{}/share",
            crate::runtime::path_param("searchId", search_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ShareSearchError::Unauthorized)),
                404 => Err(Error::Status(ShareSearchError::NotFound)),
                _ => Err(Error::Status(ShareSearchError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::share_search`].
#[derive(Debug, Clone, PartialEq)]
pub enum ShareSearchError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Revoke search access
    ///
    /// Remove sharing access from specified users.
    ///
    /// `PATCH /search/{searchId}/unshare` (operation `unshareSearch`)
    ///
    /// # Arguments
    ///
    /// * `search_id`: path parameter `searchId`
    /// * `body`: request body, sent as `application/json`. Request body for Revoke search access
    pub fn unshare_search(
        &self,
        search_id: &str,
        body: &crate::models::UnshareSearchBody,
    ) -> Call<'_, crate::models::SearchResult, UnshareSearchError> {
        const OPERATION: Operation = Operation {
            id: "unshareSearch",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/search/{}/unshare",
            crate::runtime::path_param("searchId", search_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(UnshareSearchError::Unauthorized)),
                404 => Err(Error::Status(UnshareSearchError::NotFound)),
                _ => {
                    Err(
                        Error::Status(UnshareSearchError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::unshare_search`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnshareSearchError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Archive search
    ///
    /// Archive a search to hide it from the main history list.
    ///
    /// `PATCH /search/{searchId}/archive` (operation `archiveSearch`)
    ///
    /// # Arguments
    ///
    /// * `search_id`: path parameter `searchId`
    pub fn archive_search(
        &self,
        search_id: &str,
    ) -> Call<'_, crate::models::SearchResult, ArchiveSearchError> {
        const OPERATION: Operation = Operation {
            id: "archiveSearch",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/search/{}/archive",
            crate::runtime::path_param("searchId", search_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(ArchiveSearchError::Unauthorized)),
                404 => Err(Error::Status(ArchiveSearchError::NotFound)),
                _ => {
                    Err(
                        Error::Status(ArchiveSearchError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::archive_search`].
#[derive(Debug, Clone, PartialEq)]
pub enum ArchiveSearchError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Unarchive search
    ///
    /// Restore an archived search to the active history list.
    ///
    /// `PATCH /search/{searchId}/unarchive` (operation `unarchiveSearch`)
    ///
    /// # Arguments
    ///
    /// * `search_id`: path parameter `searchId`
    pub fn unarchive_search(
        &self,
        search_id: &str,
    ) -> Call<'_, crate::models::SearchResult, UnarchiveSearchError> {
        const OPERATION: Operation = Operation {
            id: "unarchiveSearch",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/search/{}/unarchive",
            crate::runtime::path_param("searchId", search_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::PATCH, &path);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(UnarchiveSearchError::Unauthorized)),
                404 => Err(Error::Status(UnarchiveSearchError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UnarchiveSearchError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::unarchive_search`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnarchiveSearchError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
