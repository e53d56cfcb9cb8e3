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
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`SearchHistoryParams`\]).
    pub fn search_history(
        &self,
    ) -> Call<
        '_,
        SearchHistoryParams<'_>,
        crate::models::SearchHistoryResponse,
        SearchHistoryError,
    > {
        const OPERATION: Operation = Operation {
            id: "searchHistory",
            method: "GET",
            path: "/search",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SearchHistoryParams {
                limit: None,
                page: None,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let SearchHistoryParams { limit, page, .. } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/search");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "page",
                    &page,
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
/// The parameters of [`Client::search_history`], kept in its [`Call`] until it is awaited.
pub struct SearchHistoryParams<'a> {
    limit: ::std::option::Option<i64>,
    page: ::std::option::Option<i64>,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
impl<'a, T, E> Call<'a, SearchHistoryParams<'a>, T, E> {
    /// * `limit`: query parameter `limit`. Number of results per page
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `page`: query parameter `page`. Page number
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
}
/// Error responses of [`Client::search_history`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchHistoryError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SearchHistoryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "searchHistory", status, message)
    }
}
impl ::std::error::Error for SearchHistoryError {}

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
    /// All searches are saved and can be retrieved via &lt;code&gt;GET /search&lt;/code&gt;.
    ///
    /// `POST /search` (operation `search`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn search<'a>(
        &'a self,
        body: &'a crate::models::SemanticSearchRequest,
    ) -> Call<'a, SearchParams<'a>, crate::models::SearchResult, SearchError> {
        const OPERATION: Operation = Operation {
            id: "search",
            method: "POST",
            path: "/search",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            SearchParams { body },
            |client, params| {
                let SearchParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/search");
                request = request.json(body);
                Ok(request)
            },
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
/// The parameters of [`Client::search`], kept in its [`Call`] until it is awaited.
pub struct SearchParams<'a> {
    body: &'a crate::models::SemanticSearchRequest,
}
/// Error responses of [`Client::search`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchError {
    /// Status `400`: Invalid request - Query required
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `502`: AI backend service unavailable
    BadGateway,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for SearchError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::BadGateway => (502, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "search", status, message)
    }
}
impl ::std::error::Error for SearchError {}

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
        (),
        crate::models::DeleteAllSearchHistoryResponse,
        DeleteAllSearchHistoryError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteAllSearchHistory",
            method: "DELETE",
            path: "/search",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, "/search");
                Ok(request)
            },
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
#[non_exhaustive]
pub enum DeleteAllSearchHistoryError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteAllSearchHistoryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteAllSearchHistory", status, message)
    }
}
impl ::std::error::Error for DeleteAllSearchHistoryError {}

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
    pub fn get_search_by_id<'a>(
        &'a self,
        search_id: &'a str,
    ) -> Call<
        'a,
        GetSearchByIdParams<'a>,
        crate::models::SearchResult,
        GetSearchByIdError,
    > {
        const OPERATION: Operation = Operation {
            id: "getSearchById",
            method: "GET",
            path: "/search/{searchId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetSearchByIdParams { search_id },
            |client, params| {
                let GetSearchByIdParams { search_id } = params;
                let path = format!(
                    "/search/{}",
                    crate::runtime::path_param(
                        "searchId",
                        search_id,
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
/// The parameters of [`Client::get_search_by_id`], kept in its [`Call`] until it is awaited.
pub struct GetSearchByIdParams<'a> {
    search_id: &'a str,
}
/// Error responses of [`Client::get_search_by_id`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSearchByIdError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetSearchByIdError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getSearchById", status, message)
    }
}
impl ::std::error::Error for GetSearchByIdError {}

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
    pub fn delete_search<'a>(
        &'a self,
        search_id: &'a str,
    ) -> Call<'a, DeleteSearchParams<'a>, (), DeleteSearchError> {
        const OPERATION: Operation = Operation {
            id: "deleteSearch",
            method: "DELETE",
            path: "/search/{searchId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteSearchParams { search_id },
            |client, params| {
                let DeleteSearchParams { search_id } = params;
                let path = format!(
                    "/search/{}",
                    crate::runtime::path_param(
                        "searchId",
                        search_id,
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
                401 => Err(Error::Status(DeleteSearchError::Unauthorized)),
                404 => Err(Error::Status(DeleteSearchError::NotFound)),
                _ => {
                    Err(Error::Status(DeleteSearchError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_search`], kept in its [`Call`] until it is awaited.
pub struct DeleteSearchParams<'a> {
    search_id: &'a str,
}
/// Error responses of [`Client::delete_search`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteSearchError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteSearchError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteSearch", status, message)
    }
}
impl ::std::error::Error for DeleteSearchError {}

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
    pub fn share_search<'a>(
        &'a self,
        search_id: &'a str,
        body: &'a crate::models::ShareRequest,
    ) -> Call<'a, ShareSearchParams<'a>, crate::models::SearchResult, ShareSearchError> {
        const OPERATION: Operation = Operation {
            id: "shareSearch",
            method: "PATCH",
            path: "/search/{searchId}/share",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ShareSearchParams {
                search_id,
                body,
            },
            |client, params| {
                let ShareSearchParams { search_id, body } = params;
                let path = format!(
                    "/search/{}/share",
                    crate::runtime::path_param(
                        "searchId",
                        search_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, &path);
                request = request.json(body);
                Ok(request)
            },
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
/// The parameters of [`Client::share_search`], kept in its [`Call`] until it is awaited.
pub struct ShareSearchParams<'a> {
    search_id: &'a str,
    body: &'a crate::models::ShareRequest,
}
/// Error responses of [`Client::share_search`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ShareSearchError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ShareSearchError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "shareSearch", status, message)
    }
}
impl ::std::error::Error for ShareSearchError {}

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
    pub fn unshare_search<'a>(
        &'a self,
        search_id: &'a str,
        body: &'a crate::models::UnshareSearchBody,
    ) -> Call<
        'a,
        UnshareSearchParams<'a>,
        crate::models::SearchResult,
        UnshareSearchError,
    > {
        const OPERATION: Operation = Operation {
            id: "unshareSearch",
            method: "PATCH",
            path: "/search/{searchId}/unshare",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UnshareSearchParams {
                search_id,
                body,
            },
            |client, params| {
                let UnshareSearchParams { search_id, body } = params;
                let path = format!(
                    "/search/{}/unshare",
                    crate::runtime::path_param(
                        "searchId",
                        search_id,
                        Style::Simple,
                        false,
                    ),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, &path);
                request = request.json(body);
                Ok(request)
            },
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
/// The parameters of [`Client::unshare_search`], kept in its [`Call`] until it is awaited.
pub struct UnshareSearchParams<'a> {
    search_id: &'a str,
    body: &'a crate::models::UnshareSearchBody,
}
/// Error responses of [`Client::unshare_search`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UnshareSearchError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UnshareSearchError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "unshareSearch", status, message)
    }
}
impl ::std::error::Error for UnshareSearchError {}

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
    pub fn archive_search<'a>(
        &'a self,
        search_id: &'a str,
    ) -> Call<
        'a,
        ArchiveSearchParams<'a>,
        crate::models::SearchResult,
        ArchiveSearchError,
    > {
        const OPERATION: Operation = Operation {
            id: "archiveSearch",
            method: "PATCH",
            path: "/search/{searchId}/archive",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ArchiveSearchParams { search_id },
            |client, params| {
                let ArchiveSearchParams { search_id } = params;
                let path = format!(
                    "/search/{}/archive",
                    crate::runtime::path_param(
                        "searchId",
                        search_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, &path);
                Ok(request)
            },
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
/// The parameters of [`Client::archive_search`], kept in its [`Call`] until it is awaited.
pub struct ArchiveSearchParams<'a> {
    search_id: &'a str,
}
/// Error responses of [`Client::archive_search`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ArchiveSearchError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ArchiveSearchError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "archiveSearch", status, message)
    }
}
impl ::std::error::Error for ArchiveSearchError {}

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
    pub fn unarchive_search<'a>(
        &'a self,
        search_id: &'a str,
    ) -> Call<
        'a,
        UnarchiveSearchParams<'a>,
        crate::models::SearchResult,
        UnarchiveSearchError,
    > {
        const OPERATION: Operation = Operation {
            id: "unarchiveSearch",
            method: "PATCH",
            path: "/search/{searchId}/unarchive",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UnarchiveSearchParams { search_id },
            |client, params| {
                let UnarchiveSearchParams { search_id } = params;
                let path = format!(
                    "/search/{}/unarchive",
                    crate::runtime::path_param(
                        "searchId",
                        search_id,
                        Style::Simple,
                        false,
                    ),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::PATCH, &path);
                Ok(request)
            },
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
/// The parameters of [`Client::unarchive_search`], kept in its [`Call`] until it is awaited.
pub struct UnarchiveSearchParams<'a> {
    search_id: &'a str,
}
/// Error responses of [`Client::unarchive_search`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UnarchiveSearchError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UnarchiveSearchError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "unarchiveSearch", status, message)
    }
}
impl ::std::error::Error for UnarchiveSearchError {}
