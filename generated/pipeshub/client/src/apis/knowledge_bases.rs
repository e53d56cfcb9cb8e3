//! Operations of the `Knowledge Bases` API.
//!
//! Knowledge base management operations
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListKnowledgeBasesParams`\]).
    pub fn list_knowledge_bases(
        &self,
    ) -> Call<
        '_,
        ListKnowledgeBasesParams<'_>,
        crate::models::ListKnowledgeBasesResponse,
        ListKnowledgeBasesError,
    > {
        const OPERATION: Operation = Operation {
            id: "listKnowledgeBases",
            method: "GET",
            path: "/knowledgeBase",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListKnowledgeBasesParams {
                page: None,
                limit: None,
                search: None,
                permissions: None,
                sort_by: None,
                sort_order: None,
            },
            |client, params| {
                let ListKnowledgeBasesParams {
                    page,
                    limit,
                    search,
                    permissions,
                    sort_by,
                    sort_order,
                } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/knowledgeBase");
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
                    "permissions",
                    &permissions,
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
                400 => Err(Error::Status(ListKnowledgeBasesError::BadRequest)),
                401 => Err(Error::Status(ListKnowledgeBasesError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            ListKnowledgeBasesError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_knowledge_bases`], kept in its [`Call`] until it is awaited.
pub struct ListKnowledgeBasesParams<'a> {
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
    permissions: ::std::option::Option<&'a str>,
    sort_by: ::std::option::Option<&'a crate::models::ListKnowledgeBasesSortBy>,
    sort_order: ::std::option::Option<&'a crate::models::ListKnowledgeBasesSortOrder>,
}
impl<'a, T, E> Call<'a, ListKnowledgeBasesParams<'a>, T, E> {
    /// * `page`: query parameter `page`. Page number (1-indexed)
    pub fn page(mut self, page: i64) -> Self {
        self.params.page = Some(page);
        self
    }
    /// * `limit`: query parameter `limit`. Results per page (max 100)
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `search`: query parameter `search`. Search query for KB names (max 1000 chars)
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
        self
    }
    /// * `permissions`: query parameter `permissions`. Filter by permission roles (comma-separated)
    pub fn permissions(mut self, permissions: &'a str) -> Self {
        self.params.permissions = Some(permissions);
        self
    }
    /// * `sort_by`: query parameter `sortBy`. Field to sort by
    pub fn sort_by(
        mut self,
        sort_by: &'a crate::models::ListKnowledgeBasesSortBy,
    ) -> Self {
        self.params.sort_by = Some(sort_by);
        self
    }
    /// * `sort_order`: query parameter `sortOrder`. Sort direction
    pub fn sort_order(
        mut self,
        sort_order: &'a crate::models::ListKnowledgeBasesSortOrder,
    ) -> Self {
        self.params.sort_order = Some(sort_order);
        self
    }
}
/// Error responses of [`Client::list_knowledge_bases`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListKnowledgeBasesError {
    /// Status `400`: Invalid query parameters
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListKnowledgeBasesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listKnowledgeBases", status, message)
    }
}
impl ::std::error::Error for ListKnowledgeBasesError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_knowledge_base<'a>(
        &'a self,
        body: &'a crate::models::CreateKnowledgeBaseBody,
    ) -> Call<
        'a,
        CreateKnowledgeBaseParams<'a>,
        crate::models::KnowledgeBase,
        CreateKnowledgeBaseError,
    > {
        const OPERATION: Operation = Operation {
            id: "createKnowledgeBase",
            method: "POST",
            path: "/knowledgeBase",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateKnowledgeBaseParams { body },
            |client, params| {
                let CreateKnowledgeBaseParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/knowledgeBase");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(CreateKnowledgeBaseError::BadRequest)),
                401 => Err(Error::Status(CreateKnowledgeBaseError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            CreateKnowledgeBaseError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_knowledge_base`], kept in its [`Call`] until it is awaited.
pub struct CreateKnowledgeBaseParams<'a> {
    body: &'a crate::models::CreateKnowledgeBaseBody,
}
/// Error responses of [`Client::create_knowledge_base`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateKnowledgeBaseError {
    /// Status `400`: Invalid request:<br>
    /// <ul>
    /// <li>Name too short or too long</li>
    /// <li>Invalid characters in name</li>
    /// </ul>
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateKnowledgeBaseError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createKnowledgeBase", status, message)
    }
}
impl ::std::error::Error for CreateKnowledgeBaseError {}

impl Client {
    /// Get knowledge base by ID
    ///
    /// Retrieve detailed information about a specific knowledge base.<br><br>
    /// <b>Overview:</b><br>
    /// Returns complete KB metadata including name, timestamps, and the requesting user's role/permissions.<br><br>
    /// <b>Access Control:</b><br>
    /// User must have at least READER permission to view KB details.
    ///
    /// `GET /knowledgeBase/{kbId}` (operation `getKnowledgeBase`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`. Knowledge base ID
    pub fn get_knowledge_base<'a>(
        &'a self,
        kb_id: &'a str,
    ) -> Call<
        'a,
        GetKnowledgeBaseParams<'a>,
        crate::models::KnowledgeBase,
        GetKnowledgeBaseError,
    > {
        const OPERATION: Operation = Operation {
            id: "getKnowledgeBase",
            method: "GET",
            path: "/knowledgeBase/{kbId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetKnowledgeBaseParams { kb_id },
            |client, params| {
                let GetKnowledgeBaseParams { kb_id } = params;
                let path = format!(
                    "/knowledgeBase/{}",
                    crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetKnowledgeBaseError::Unauthorized)),
                403 => Err(Error::Status(GetKnowledgeBaseError::Forbidden)),
                404 => Err(Error::Status(GetKnowledgeBaseError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetKnowledgeBaseError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_knowledge_base`], kept in its [`Call`] until it is awaited.
pub struct GetKnowledgeBaseParams<'a> {
    kb_id: &'a str,
}
/// Error responses of [`Client::get_knowledge_base`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetKnowledgeBaseError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - No access to this knowledge base
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetKnowledgeBaseError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getKnowledgeBase", status, message)
    }
}
impl ::std::error::Error for GetKnowledgeBaseError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`. Knowledge base ID
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_knowledge_base<'a>(
        &'a self,
        kb_id: &'a str,
        body: &'a crate::models::UpdateKnowledgeBaseBody,
    ) -> Call<
        'a,
        UpdateKnowledgeBaseParams<'a>,
        crate::models::KnowledgeBase,
        UpdateKnowledgeBaseError,
    > {
        const OPERATION: Operation = Operation {
            id: "updateKnowledgeBase",
            method: "PUT",
            path: "/knowledgeBase/{kbId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateKnowledgeBaseParams {
                kb_id,
                body,
            },
            |client, params| {
                let UpdateKnowledgeBaseParams { kb_id, body } = params;
                let path = format!(
                    "/knowledgeBase/{}",
                    crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, &path);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateKnowledgeBaseError::BadRequest)),
                401 => Err(Error::Status(UpdateKnowledgeBaseError::Unauthorized)),
                403 => Err(Error::Status(UpdateKnowledgeBaseError::Forbidden)),
                404 => Err(Error::Status(UpdateKnowledgeBaseError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateKnowledgeBaseError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::update_knowledge_base`], kept in its [`Call`] until it is awaited.
pub struct UpdateKnowledgeBaseParams<'a> {
    kb_id: &'a str,
    body: &'a crate::models::UpdateKnowledgeBaseBody,
}
/// Error responses of [`Client::update_knowledge_base`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateKnowledgeBaseError {
    /// Status `400`: Invalid request - Name validation failed
    BadRequest,
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Requires OWNER or ORGANIZER role
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateKnowledgeBaseError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateKnowledgeBase", status, message)
    }
}
impl ::std::error::Error for UpdateKnowledgeBaseError {}

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`. Knowledge base ID
    pub fn delete_knowledge_base<'a>(
        &'a self,
        kb_id: &'a str,
    ) -> Call<
        'a,
        DeleteKnowledgeBaseParams<'a>,
        crate::models::DeleteKnowledgeBaseResponse,
        DeleteKnowledgeBaseError,
    > {
        const OPERATION: Operation = Operation {
            id: "deleteKnowledgeBase",
            method: "DELETE",
            path: "/knowledgeBase/{kbId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteKnowledgeBaseParams { kb_id },
            |client, params| {
                let DeleteKnowledgeBaseParams { kb_id } = params;
                let path = format!(
                    "/knowledgeBase/{}",
                    crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
                );
                let request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(DeleteKnowledgeBaseError::Unauthorized)),
                403 => Err(Error::Status(DeleteKnowledgeBaseError::Forbidden)),
                404 => Err(Error::Status(DeleteKnowledgeBaseError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteKnowledgeBaseError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_knowledge_base`], kept in its [`Call`] until it is awaited.
pub struct DeleteKnowledgeBaseParams<'a> {
    kb_id: &'a str,
}
/// Error responses of [`Client::delete_knowledge_base`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteKnowledgeBaseError {
    /// Status `401`: Unauthorized - Valid bearer token required
    Unauthorized,
    /// Status `403`: Forbidden - Only OWNER can delete KB
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteKnowledgeBaseError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteKnowledgeBase", status, message)
    }
}
impl ::std::error::Error for DeleteKnowledgeBaseError {}

impl Client {
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
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetKnowledgeHubRootNodesParams`\]).
    pub fn get_knowledge_hub_root_nodes(
        &self,
    ) -> Call<
        '_,
        GetKnowledgeHubRootNodesParams<'_>,
        crate::models::GetKnowledgeHubRootNodesResponse,
        GetKnowledgeHubRootNodesError,
    > {
        const OPERATION: Operation = Operation {
            id: "getKnowledgeHubRootNodes",
            method: "GET",
            path: "/knowledgeBase/knowledge-hub/nodes",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetKnowledgeHubRootNodesParams {
                view: None,
                page: None,
                limit: None,
                node_types: None,
                q: None,
            },
            |client, params| {
                let GetKnowledgeHubRootNodesParams {
                    view,
                    page,
                    limit,
                    node_types,
                    q,
                } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/knowledgeBase/knowledge-hub/nodes",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "view",
                    &view,
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
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "nodeTypes",
                    &node_types,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(&mut query, "q", &q, Style::Form, true);
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetKnowledgeHubRootNodesError::Unauthorized)),
                _ => {
                    Err(
                        Error::Status(
                            GetKnowledgeHubRootNodesError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_knowledge_hub_root_nodes`], kept in its [`Call`] until it is awaited.
pub struct GetKnowledgeHubRootNodesParams<'a> {
    view: ::std::option::Option<&'a str>,
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    node_types: ::std::option::Option<&'a str>,
    q: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetKnowledgeHubRootNodesParams<'a>, T, E> {
    /// * `view`: query parameter `view`. View mode
    pub fn view(mut self, view: &'a str) -> Self {
        self.params.view = Some(view);
        self
    }
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
    /// * `node_types`: query parameter `nodeTypes`. Filter by node types (comma-separated)
    pub fn node_types(mut self, node_types: &'a str) -> Self {
        self.params.node_types = Some(node_types);
        self
    }
    /// * `q`: query parameter `q`. Search query
    pub fn q(mut self, q: &'a str) -> Self {
        self.params.q = Some(q);
        self
    }
}
/// Error responses of [`Client::get_knowledge_hub_root_nodes`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetKnowledgeHubRootNodesError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetKnowledgeHubRootNodesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getKnowledgeHubRootNodes", status, message)
    }
}
impl ::std::error::Error for GetKnowledgeHubRootNodesError {}

impl Client {
    /// Get knowledge hub child nodes
    ///
    /// Retrieve child nodes under a specific parent in the knowledge hub tree.<br><br>
    /// <b>Navigation:</b><br>
    /// Use this to drill down into KBs, folders, and connector hierarchies.
    ///
    /// `GET /knowledgeBase/knowledge-hub/nodes/{parentType}/{parentId}` (operation `getKnowledgeHubChildNodes`)
    ///
    /// # Arguments
    ///
    /// * `parent_type`: path parameter `parentType`. Type of parent node (KB, FOLDER, CONNECTOR, APP)
    /// * `parent_id`: path parameter `parentId`. ID of parent node
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetKnowledgeHubChildNodesParams`\]).
    pub fn get_knowledge_hub_child_nodes<'a>(
        &'a self,
        parent_type: &'a str,
        parent_id: &'a str,
    ) -> Call<
        'a,
        GetKnowledgeHubChildNodesParams<'a>,
        crate::models::GetKnowledgeHubChildNodesResponse,
        GetKnowledgeHubChildNodesError,
    > {
        const OPERATION: Operation = Operation {
            id: "getKnowledgeHubChildNodes",
            method: "GET",
            path: "/knowledgeBase/knowledge-hub/nodes/{parentType}/{parentId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetKnowledgeHubChildNodesParams {
                parent_type,
                parent_id,
                page: None,
                limit: None,
                q: None,
            },
            |client, params| {
                let GetKnowledgeHubChildNodesParams {
                    parent_type,
                    parent_id,
                    page,
                    limit,
                    q,
                } = params;
                let path = format!(
                    "/knowledgeBase/knowledge-hub/nodes/{}/{}",
                    crate::runtime::path_param(
                        "parentType",
                        parent_type,
                        Style::Simple,
                        false,
                    ),
                    crate::runtime::path_param(
                        "parentId",
                        parent_id,
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
                crate::runtime::query_pairs(&mut query, "q", &q, Style::Form, true);
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetKnowledgeHubChildNodesError::Unauthorized)),
                404 => Err(Error::Status(GetKnowledgeHubChildNodesError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetKnowledgeHubChildNodesError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_knowledge_hub_child_nodes`], kept in its [`Call`] until it is awaited.
pub struct GetKnowledgeHubChildNodesParams<'a> {
    parent_type: &'a str,
    parent_id: &'a str,
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    q: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetKnowledgeHubChildNodesParams<'a>, T, E> {
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
    /// * `q`: query parameter `q`. Search query
    pub fn q(mut self, q: &'a str) -> Self {
        self.params.q = Some(q);
        self
    }
}
/// Error responses of [`Client::get_knowledge_hub_child_nodes`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetKnowledgeHubChildNodesError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Parent node not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetKnowledgeHubChildNodesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getKnowledgeHubChildNodes", status, message)
    }
}
impl ::std::error::Error for GetKnowledgeHubChildNodesError {}
