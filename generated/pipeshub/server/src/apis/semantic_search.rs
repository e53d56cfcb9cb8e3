//! The `Semantic Search` API.
//!
//! Enterprise semantic search across all indexed knowledge with relevance scoring
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Enterprise semantic search across all indexed knowledge with relevance scoring
pub trait SemanticSearchApi: Clone + Send + Sync + 'static {
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
    fn search_history(
        &self,
        request: SearchHistoryRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<SearchHistoryResponse>> + Send;
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
    fn search(
        &self,
        request: SearchRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<SearchResponse>> + Send;
    /// Clear all search history
    ///
    /// Delete all search history for the authenticated user.<br><br>
    /// <b>Warning:</b><br>
    /// This action cannot be undone. All saved searches will be permanently removed.
    ///
    /// `DELETE /search` (operation `deleteAllSearchHistory`)
    fn delete_all_search_history(
        &self,
        request: DeleteAllSearchHistoryRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteAllSearchHistoryResponse>,
    > + Send;
    /// Get search by ID
    ///
    /// Retrieve a specific search result by its ID.<br><br>
    /// <b>Overview:</b><br>
    /// Returns the full search record including query, all results,
    /// and any sharing/archive status.
    ///
    /// `GET /search/{searchId}` (operation `getSearchById`)
    fn get_search_by_id(
        &self,
        request: GetSearchByIdRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetSearchByIdResponse>> + Send;
    /// Delete search
    ///
    /// Delete a specific search from history.<br><br>
    /// <b>Overview:</b><br>
    /// Permanently removes the search record from your history.
    ///
    /// `DELETE /search/{searchId}` (operation `deleteSearch`)
    fn delete_search(
        &self,
        request: DeleteSearchRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<DeleteSearchResponse>> + Send;
    /// Share search results
    ///
    /// Share search results with other users.<br><br>
    /// <b>Overview:</b><br>
    /// Allows sharing a search and its results with colleagues.
    /// Useful for collaborative research or knowledge sharing.
    ///
    /// `PATCH /search/{searchId}/share` (operation `shareSearch`)
    fn share_search(
        &self,
        request: ShareSearchRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ShareSearchResponse>> + Send;
    /// Revoke search access
    ///
    /// Remove sharing access from specified users.
    ///
    /// `PATCH /search/{searchId}/unshare` (operation `unshareSearch`)
    fn unshare_search(
        &self,
        request: UnshareSearchRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UnshareSearchResponse>> + Send;
    /// Archive search
    ///
    /// Archive a search to hide it from the main history list.
    ///
    /// `PATCH /search/{searchId}/archive` (operation `archiveSearch`)
    fn archive_search(
        &self,
        request: ArchiveSearchRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ArchiveSearchResponse>> + Send;
    /// Unarchive search
    ///
    /// Restore an archived search to the active history list.
    ///
    /// `PATCH /search/{searchId}/unarchive` (operation `unarchiveSearch`)
    fn unarchive_search(
        &self,
        request: UnarchiveSearchRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UnarchiveSearchResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(semantic_search::routes().merge(...), service)`.
pub fn routes<S: SemanticSearchApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/search",
            axum::routing::get(crate::apis::semantic_search::handle_search_history::<S>)
                .post(crate::apis::semantic_search::handle_search::<S>)
                .delete(
                    crate::apis::semantic_search::handle_delete_all_search_history::<S>,
                ),
        );
    let routes = routes
        .route(
            "/search/{p0}",
            axum::routing::get(
                    crate::apis::semantic_search::handle_get_search_by_id::<S>,
                )
                .delete(crate::apis::semantic_search::handle_delete_search::<S>),
        );
    let routes = routes
        .route(
            "/search/{p0}/archive",
            axum::routing::patch(
                crate::apis::semantic_search::handle_archive_search::<S>,
            ),
        );
    let routes = routes
        .route(
            "/search/{p0}/share",
            axum::routing::patch(crate::apis::semantic_search::handle_share_search::<S>),
        );
    let routes = routes
        .route(
            "/search/{p0}/unarchive",
            axum::routing::patch(
                crate::apis::semantic_search::handle_unarchive_search::<S>,
            ),
        );
    routes
        .route(
            "/search/{p0}/unshare",
            axum::routing::patch(
                crate::apis::semantic_search::handle_unshare_search::<S>,
            ),
        )
}

/// What a `GET /search` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHistoryRequest {
    /// query parameter `limit`.
    ///
    /// Number of results per page
    pub limit: ::std::option::Option<i64>,
    /// query parameter `page`.
    ///
    /// Page number
    pub page: ::std::option::Option<i64>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /search` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchHistoryResponse {
    /// Status `200`: Search history with pagination
    Ok(crate::models::SearchHistoryResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for SearchHistoryResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl SearchHistoryRequest {
    /// Reads and checks a `GET /search` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SearchHistoryRequest {
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
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /search` request and hands it to [`SemanticSearchApi::search_history`].
pub async fn handle_search_history<S: SemanticSearchApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "searchHistory",
        path: "/search",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SearchHistoryRequest::read,
            |request| service.search_history(request),
        )
        .await
}

/// What a `POST /search` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRequest {
    /// The request body (`application/json`).
    pub body: crate::models::SemanticSearchRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /search` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchResponse {
    /// Status `200`: Search results with matching documents
    Ok(crate::models::SearchResult),
    /// Status `400`: Invalid request - Query required
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `502`: AI backend service unavailable
    BadGateway,
}
impl IntoResponse for SearchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::BadGateway => runtime::empty(runtime::status(502)),
        }
    }
}
impl SearchRequest {
    /// Reads and checks a `POST /search` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(SearchRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /search` request and hands it to [`SemanticSearchApi::search`].
pub async fn handle_search<S: SemanticSearchApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "search",
        path: "/search",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            SearchRequest::read,
            |request| service.search(request),
        )
        .await
}

/// What a `DELETE /search` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAllSearchHistoryRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /search` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAllSearchHistoryResponse {
    /// Status `200`: Search history cleared
    Ok(crate::models::DeleteAllSearchHistoryResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for DeleteAllSearchHistoryResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl DeleteAllSearchHistoryRequest {
    /// Reads and checks a `DELETE /search` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteAllSearchHistoryRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /search` request and hands it to [`SemanticSearchApi::delete_all_search_history`].
pub async fn handle_delete_all_search_history<S: SemanticSearchApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteAllSearchHistory",
        path: "/search",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteAllSearchHistoryRequest::read,
            |request| service.delete_all_search_history(request),
        )
        .await
}

/// What a `GET /search/{searchId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetSearchByIdRequest {
    /// path parameter `searchId`.
    ///
    /// Unique search identifier
    pub search_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /search/{searchId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetSearchByIdResponse {
    /// Status `200`: Search record
    Ok(crate::models::SearchResult),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
}
impl IntoResponse for GetSearchByIdResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetSearchByIdRequest {
    /// Reads and checks a `GET /search/{searchId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetSearchByIdRequest {
            search_id: runtime::path_param(path, "p0", "searchId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /search/{searchId}` request and hands it to [`SemanticSearchApi::get_search_by_id`].
pub async fn handle_get_search_by_id<S: SemanticSearchApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getSearchById",
        path: "/search/{searchId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetSearchByIdRequest::read,
            |request| service.get_search_by_id(request),
        )
        .await
}

/// What a `DELETE /search/{searchId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteSearchRequest {
    /// path parameter `searchId`.
    pub search_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /search/{searchId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteSearchResponse {
    /// Status `200`: Search deleted successfully
    Ok,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
}
impl IntoResponse for DeleteSearchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteSearchRequest {
    /// Reads and checks a `DELETE /search/{searchId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteSearchRequest {
            search_id: runtime::path_param(path, "p0", "searchId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /search/{searchId}` request and hands it to [`SemanticSearchApi::delete_search`].
pub async fn handle_delete_search<S: SemanticSearchApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteSearch",
        path: "/search/{searchId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteSearchRequest::read,
            |request| service.delete_search(request),
        )
        .await
}

/// What a `PATCH /search/{searchId}/share` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareSearchRequest {
    /// path parameter `searchId`.
    pub search_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::ShareRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /search/{searchId}/share` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareSearchResponse {
    /// Status `200`: Search shared successfully
    Ok(crate::models::SearchResult),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
}
impl IntoResponse for ShareSearchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ShareSearchRequest {
    /// Reads and checks a `PATCH /search/{searchId}/share` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ShareSearchRequest {
            search_id: runtime::path_param(path, "p0", "searchId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /search/{searchId}/share` request and hands it to [`SemanticSearchApi::share_search`].
pub async fn handle_share_search<S: SemanticSearchApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "shareSearch",
        path: "/search/{searchId}/share",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ShareSearchRequest::read,
            |request| service.share_search(request),
        )
        .await
}

/// What a `PATCH /search/{searchId}/unshare` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UnshareSearchRequest {
    /// path parameter `searchId`.
    pub search_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UnshareSearchBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /search/{searchId}/unshare` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UnshareSearchResponse {
    /// Status `200`: Access revoked
    Ok(crate::models::SearchResult),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
}
impl IntoResponse for UnshareSearchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UnshareSearchRequest {
    /// Reads and checks a `PATCH /search/{searchId}/unshare` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UnshareSearchRequest {
            search_id: runtime::path_param(path, "p0", "searchId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /search/{searchId}/unshare` request and hands it to [`SemanticSearchApi::unshare_search`].
pub async fn handle_unshare_search<S: SemanticSearchApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "unshareSearch",
        path: "/search/{searchId}/unshare",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UnshareSearchRequest::read,
            |request| service.unshare_search(request),
        )
        .await
}

/// What a `PATCH /search/{searchId}/archive` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveSearchRequest {
    /// path parameter `searchId`.
    pub search_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /search/{searchId}/archive` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ArchiveSearchResponse {
    /// Status `200`: Search archived
    Ok(crate::models::SearchResult),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
}
impl IntoResponse for ArchiveSearchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ArchiveSearchRequest {
    /// Reads and checks a `PATCH /search/{searchId}/archive` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ArchiveSearchRequest {
            search_id: runtime::path_param(path, "p0", "searchId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /search/{searchId}/archive` request and hands it to [`SemanticSearchApi::archive_search`].
pub async fn handle_archive_search<S: SemanticSearchApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "archiveSearch",
        path: "/search/{searchId}/archive",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ArchiveSearchRequest::read,
            |request| service.archive_search(request),
        )
        .await
}

/// What a `PATCH /search/{searchId}/unarchive` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UnarchiveSearchRequest {
    /// path parameter `searchId`.
    pub search_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /search/{searchId}/unarchive` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UnarchiveSearchResponse {
    /// Status `200`: Search unarchived
    Ok(crate::models::SearchResult),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Search not found
    NotFound,
}
impl IntoResponse for UnarchiveSearchResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UnarchiveSearchRequest {
    /// Reads and checks a `PATCH /search/{searchId}/unarchive` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UnarchiveSearchRequest {
            search_id: runtime::path_param(path, "p0", "searchId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /search/{searchId}/unarchive` request and hands it to [`SemanticSearchApi::unarchive_search`].
pub async fn handle_unarchive_search<S: SemanticSearchApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "unarchiveSearch",
        path: "/search/{searchId}/unarchive",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UnarchiveSearchRequest::read,
            |request| service.unarchive_search(request),
        )
        .await
}
