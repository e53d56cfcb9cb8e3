//! The `Knowledge Bases` API.
//!
//! Knowledge base management operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Knowledge base management operations
pub trait KnowledgeBasesApi: Clone + Send + Sync + 'static {
    /// List all knowledge bases
    ///
    /// Retrieve a paginated list of all knowledge bases accessible to the authenticated user.<br><br>
    /// <b>Overview:</b><br>
    /// Returns knowledge bases where the user has at least READER permission. Results include the user's role for each KB.<br><br>
    /// <b>Filtering:</b><br>
    /// <ul>
    /// <li><b>search:</b> Full-text search on KB names (max 1000 chars)</li>
    /// <li><b>permissions:</b> Filter by user's role (comma-separated: OWNER,WRITER,READER)</li>
    /// </ul>
    /// <b>Sorting Options:</b><br>
    /// <ul>
    /// <li><code>name</code> - Alphabetical by KB name</li>
    /// <li><code>createdAtTimestamp</code> - By creation date</li>
    /// <li><code>updatedAtTimestamp</code> - By last modification</li>
    /// <li><code>userRole</code> - By permission level</li>
    /// </ul>
    /// <b>Performance:</b><br>
    /// Uses efficient pagination with limit/offset. For large result sets, use smaller page sizes.
    ///
    /// `GET /knowledgeBase` (operation `listKnowledgeBases`)
    fn list_knowledge_bases(
        &self,
        request: ListKnowledgeBasesRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListKnowledgeBasesResponse>,
    > + Send;
    /// Create a new knowledge base
    ///
    /// Create a new knowledge base for organizing and managing documents within your organization.<br><br>
    /// <b>Overview:</b><br>
    /// A knowledge base is a container for organizing related documents, files, and content. It provides a central location for teams to collaborate on shared information.<br><br>
    /// <b>Features:</b><br>
    /// <ul>
    /// <li>Hierarchical folder structure support</li>
    /// <li>Role-based access control (OWNER, ORGANIZER, WRITER, READER, etc.)</li>
    /// <li>Full-text search across all records</li>
    /// <li>Integration with external connectors (Google Drive, OneDrive, etc.)</li>
    /// <li>Automatic content indexing for AI-powered search</li>
    /// </ul>
    /// <b>Naming Rules:</b><br>
    /// <ul>
    /// <li>Name must be 1-255 characters</li>
    /// <li>Special characters and HTML tags are sanitized</li>
    /// <li>Names don't need to be unique within organization</li>
    /// </ul>
    /// <b>Creator Permissions:</b><br>
    /// The user creating the KB automatically becomes the OWNER with full administrative rights.
    ///
    /// `POST /knowledgeBase` (operation `createKnowledgeBase`)
    fn create_knowledge_base(
        &self,
        request: CreateKnowledgeBaseRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateKnowledgeBaseResponse>,
    > + Send;
    /// Get knowledge base by ID
    ///
    /// Retrieve detailed information about a specific knowledge base.<br><br>
    /// <b>Overview:</b><br>
    /// Returns complete KB metadata including name, timestamps, and the requesting user's role/permissions.<br><br>
    /// <b>Access Control:</b><br>
    /// User must have at least READER permission to view KB details.
    ///
    /// `GET /knowledgeBase/{kbId}` (operation `getKnowledgeBase`)
    fn get_knowledge_base(
        &self,
        request: GetKnowledgeBaseRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetKnowledgeBaseResponse>,
    > + Send;
    /// Update knowledge base
    ///
    /// Update a knowledge base's name.<br><br>
    /// <b>Required Permission:</b> OWNER or ORGANIZER<br><br>
    /// <b>Validation:</b><br>
    /// <ul>
    /// <li>Name must be 1-255 characters</li>
    /// <li>XSS protection applied to input</li>
    /// </ul>
    ///
    /// `PUT /knowledgeBase/{kbId}` (operation `updateKnowledgeBase`)
    fn update_knowledge_base(
        &self,
        request: UpdateKnowledgeBaseRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateKnowledgeBaseResponse>,
    > + Send;
    /// Delete knowledge base
    ///
    /// Permanently delete a knowledge base and all its contents.<br><br>
    /// <b>Required Permission:</b> OWNER only<br><br>
    /// <b>What Gets Deleted:</b><br>
    /// <ul>
    /// <li>All folders within the KB</li>
    /// <li>All records and their indexed content</li>
    /// <li>All permission grants</li>
    /// <li>Associated storage files</li>
    /// </ul>
    /// <b>Warning:</b> This action is irreversible. Consider exporting data before deletion.
    ///
    /// `DELETE /knowledgeBase/{kbId}` (operation `deleteKnowledgeBase`)
    fn delete_knowledge_base(
        &self,
        request: DeleteKnowledgeBaseRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteKnowledgeBaseResponse>,
    > + Send;
    /// Get knowledge hub root nodes
    ///
    /// Retrieve root-level nodes for unified knowledge hub browsing.<br><br>
    /// <b>Overview:</b><br>
    /// Provides a unified view across all knowledge sources - KBs, connectors, and apps. Use for building file browser UIs.<br><br>
    /// <b>Node Types:</b><br>
    /// <ul>
    /// <li><b>KB:</b> Knowledge bases</li>
    /// <li><b>CONNECTOR:</b> External connector instances</li>
    /// <li><b>APP:</b> Connected applications</li>
    /// </ul>
    ///
    /// `GET /knowledgeBase/knowledge-hub/nodes` (operation `getKnowledgeHubRootNodes`)
    fn get_knowledge_hub_root_nodes(
        &self,
        request: GetKnowledgeHubRootNodesRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetKnowledgeHubRootNodesResponse>,
    > + Send;
    /// Get knowledge hub child nodes
    ///
    /// Retrieve child nodes under a specific parent in the knowledge hub tree.<br><br>
    /// <b>Navigation:</b><br>
    /// Use this to drill down into KBs, folders, and connector hierarchies.
    ///
    /// `GET /knowledgeBase/knowledge-hub/nodes/{parentType}/{parentId}` (operation `getKnowledgeHubChildNodes`)
    fn get_knowledge_hub_child_nodes(
        &self,
        request: GetKnowledgeHubChildNodesRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetKnowledgeHubChildNodesResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(knowledge_bases::routes().merge(...), service)`.
pub fn routes<S: KnowledgeBasesApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/knowledgeBase",
            axum::routing::get(
                    crate::apis::knowledge_bases::handle_list_knowledge_bases::<S>,
                )
                .post(crate::apis::knowledge_bases::handle_create_knowledge_base::<S>),
        );
    let routes = routes
        .route(
            "/knowledgeBase/knowledge-hub/nodes",
            axum::routing::get(
                crate::apis::knowledge_bases::handle_get_knowledge_hub_root_nodes::<S>,
            ),
        );
    let routes = routes
        .route(
            "/knowledgeBase/knowledge-hub/nodes/{p0}/{p1}",
            axum::routing::get(
                crate::apis::knowledge_bases::handle_get_knowledge_hub_child_nodes::<S>,
            ),
        );
    routes
        .route(
            "/knowledgeBase/{p0}",
            axum::routing::get(
                    crate::apis::knowledge_bases::handle_get_knowledge_base::<S>,
                )
                .put(crate::apis::knowledge_bases::handle_update_knowledge_base::<S>)
                .delete(crate::apis::knowledge_bases::handle_delete_knowledge_base::<S>),
        )
}

/// What a `GET /knowledgeBase` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListKnowledgeBasesRequest {
    /// query parameter `page`.
    ///
    /// Page number (1-indexed)
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    ///
    /// Results per page (max 100)
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    ///
    /// Search query for KB names (max 1000 chars)
    pub search: ::std::option::Option<::std::string::String>,
    /// query parameter `permissions`.
    ///
    /// Filter by permission roles (comma-separated)
    pub permissions: ::std::option::Option<::std::string::String>,
    /// query parameter `sortBy`.
    ///
    /// Field to sort by
    pub sort_by: ::std::option::Option<crate::models::ListKnowledgeBasesSortBy>,
    /// query parameter `sortOrder`.
    ///
    /// Sort direction
    pub sort_order: ::std::option::Option<crate::models::ListKnowledgeBasesSortOrder>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /knowledgeBase` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListKnowledgeBasesResponse {
    /// Status `200`: Successful operation
    Ok(crate::models::ListKnowledgeBasesResponse),
    /// Status `400`: Invalid query parameters
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
}
impl IntoResponse for ListKnowledgeBasesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListKnowledgeBasesRequest {
    /// Reads and checks a `GET /knowledgeBase` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListKnowledgeBasesRequest {
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
            search: runtime::checked(
                query.optional("search", false)?,
                &crate::runtime::Rules {
                    max_length: Some(1000),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "search",
            )?,
            permissions: query.optional("permissions", false)?,
            sort_by: query.optional("sortBy", false)?,
            sort_order: query.optional("sortOrder", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /knowledgeBase` request and hands it to [`KnowledgeBasesApi::list_knowledge_bases`].
pub async fn handle_list_knowledge_bases<S: KnowledgeBasesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listKnowledgeBases",
        path: "/knowledgeBase",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListKnowledgeBasesRequest::read,
            |request| service.list_knowledge_bases(request),
        )
        .await
}

/// What a `POST /knowledgeBase` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateKnowledgeBaseRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateKnowledgeBaseBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /knowledgeBase` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateKnowledgeBaseResponse {
    /// Status `200`: Knowledge base created successfully
    Ok(crate::models::KnowledgeBase),
    /// Status `400`: Invalid request:<br>
    /// <ul>
    /// <li>Name too short or too long</li>
    /// <li>Invalid characters in name</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
}
impl IntoResponse for CreateKnowledgeBaseResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl CreateKnowledgeBaseRequest {
    /// Reads and checks a `POST /knowledgeBase` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateKnowledgeBaseRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /knowledgeBase` request and hands it to [`KnowledgeBasesApi::create_knowledge_base`].
pub async fn handle_create_knowledge_base<S: KnowledgeBasesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createKnowledgeBase",
        path: "/knowledgeBase",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateKnowledgeBaseRequest::read,
            |request| service.create_knowledge_base(request),
        )
        .await
}

/// What a `GET /knowledgeBase/{kbId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetKnowledgeBaseRequest {
    /// path parameter `kbId`.
    ///
    /// Knowledge base ID
    pub kb_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /knowledgeBase/{kbId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetKnowledgeBaseResponse {
    /// Status `200`: Successful operation
    Ok(crate::models::KnowledgeBase),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - No access to this knowledge base
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
}
impl IntoResponse for GetKnowledgeBaseResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetKnowledgeBaseRequest {
    /// Reads and checks a `GET /knowledgeBase/{kbId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetKnowledgeBaseRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /knowledgeBase/{kbId}` request and hands it to [`KnowledgeBasesApi::get_knowledge_base`].
pub async fn handle_get_knowledge_base<S: KnowledgeBasesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getKnowledgeBase",
        path: "/knowledgeBase/{kbId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetKnowledgeBaseRequest::read,
            |request| service.get_knowledge_base(request),
        )
        .await
}

/// What a `PUT /knowledgeBase/{kbId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateKnowledgeBaseRequest {
    /// path parameter `kbId`.
    ///
    /// Knowledge base ID
    pub kb_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateKnowledgeBaseBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /knowledgeBase/{kbId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateKnowledgeBaseResponse {
    /// Status `200`: Knowledge base updated successfully
    Ok(crate::models::KnowledgeBase),
    /// Status `400`: Invalid request - Name validation failed
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Requires OWNER or ORGANIZER role
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
}
impl IntoResponse for UpdateKnowledgeBaseResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateKnowledgeBaseRequest {
    /// Reads and checks a `PUT /knowledgeBase/{kbId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateKnowledgeBaseRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /knowledgeBase/{kbId}` request and hands it to [`KnowledgeBasesApi::update_knowledge_base`].
pub async fn handle_update_knowledge_base<S: KnowledgeBasesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateKnowledgeBase",
        path: "/knowledgeBase/{kbId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateKnowledgeBaseRequest::read,
            |request| service.update_knowledge_base(request),
        )
        .await
}

/// What a `DELETE /knowledgeBase/{kbId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteKnowledgeBaseRequest {
    /// path parameter `kbId`.
    ///
    /// Knowledge base ID
    pub kb_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /knowledgeBase/{kbId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteKnowledgeBaseResponse {
    /// Status `200`: Knowledge base deleted successfully
    Ok(crate::models::DeleteKnowledgeBaseResponse),
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Only OWNER can delete KB
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
}
impl IntoResponse for DeleteKnowledgeBaseResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteKnowledgeBaseRequest {
    /// Reads and checks a `DELETE /knowledgeBase/{kbId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteKnowledgeBaseRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /knowledgeBase/{kbId}` request and hands it to [`KnowledgeBasesApi::delete_knowledge_base`].
pub async fn handle_delete_knowledge_base<S: KnowledgeBasesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteKnowledgeBase",
        path: "/knowledgeBase/{kbId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteKnowledgeBaseRequest::read,
            |request| service.delete_knowledge_base(request),
        )
        .await
}

/// What a `GET /knowledgeBase/knowledge-hub/nodes` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetKnowledgeHubRootNodesRequest {
    /// query parameter `view`.
    ///
    /// View mode
    pub view: ::std::option::Option<::std::string::String>,
    /// query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// query parameter `nodeTypes`.
    ///
    /// Filter by node types (comma-separated)
    pub node_types: ::std::option::Option<::std::string::String>,
    /// query parameter `q`.
    ///
    /// Search query
    pub q: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /knowledgeBase/knowledge-hub/nodes` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetKnowledgeHubRootNodesResponse {
    /// Status `200`: Root nodes retrieved
    Ok(crate::models::GetKnowledgeHubRootNodesResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetKnowledgeHubRootNodesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetKnowledgeHubRootNodesRequest {
    /// Reads and checks a `GET /knowledgeBase/knowledge-hub/nodes` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetKnowledgeHubRootNodesRequest {
            view: query.optional("view", false)?,
            page: query.optional("page", false)?,
            limit: query.optional("limit", false)?,
            node_types: query.optional("nodeTypes", false)?,
            q: query.optional("q", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /knowledgeBase/knowledge-hub/nodes` request and hands it to [`KnowledgeBasesApi::get_knowledge_hub_root_nodes`].
pub async fn handle_get_knowledge_hub_root_nodes<S: KnowledgeBasesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getKnowledgeHubRootNodes",
        path: "/knowledgeBase/knowledge-hub/nodes",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetKnowledgeHubRootNodesRequest::read,
            |request| service.get_knowledge_hub_root_nodes(request),
        )
        .await
}

/// What a `GET /knowledgeBase/knowledge-hub/nodes/{parentType}/{parentId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetKnowledgeHubChildNodesRequest {
    /// path parameter `parentType`.
    ///
    /// Type of parent node (KB, FOLDER, CONNECTOR, APP)
    pub parent_type: ::std::string::String,
    /// path parameter `parentId`.
    ///
    /// ID of parent node
    pub parent_id: ::std::string::String,
    /// query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// query parameter `q`.
    ///
    /// Search query
    pub q: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /knowledgeBase/knowledge-hub/nodes/{parentType}/{parentId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetKnowledgeHubChildNodesResponse {
    /// Status `200`: Child nodes retrieved
    Ok(crate::models::GetKnowledgeHubChildNodesResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Parent node not found
    NotFound,
}
impl IntoResponse for GetKnowledgeHubChildNodesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetKnowledgeHubChildNodesRequest {
    /// Reads and checks a `GET /knowledgeBase/knowledge-hub/nodes/{parentType}/{parentId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetKnowledgeHubChildNodesRequest {
            parent_type: runtime::path_param(path, "p0", "parentType")?,
            parent_id: runtime::path_param(path, "p1", "parentId")?,
            page: query.optional("page", false)?,
            limit: query.optional("limit", false)?,
            q: query.optional("q", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /knowledgeBase/knowledge-hub/nodes/{parentType}/{parentId}` request and hands it to [`KnowledgeBasesApi::get_knowledge_hub_child_nodes`].
pub async fn handle_get_knowledge_hub_child_nodes<S: KnowledgeBasesApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getKnowledgeHubChildNodes",
        path: "/knowledgeBase/knowledge-hub/nodes/{parentType}/{parentId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetKnowledgeHubChildNodesRequest::read,
            |request| service.get_knowledge_hub_child_nodes(request),
        )
        .await
}
