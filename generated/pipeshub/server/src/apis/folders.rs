//! The `Folders` API.
//!
//! Folder organization and management
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Folder organization and management
pub trait FoldersApi: Clone + Send + Sync + 'static {
    /// Create root folder
    ///
    /// Create a new folder at the root level of a knowledge base.<br><br>
    /// <b>Required Permission:</b> FILEORGANIZER or higher<br><br>
    /// <b>Folder Features:</b><br>
    /// <ul>
    /// <li>Organize records hierarchically</li>
    /// <li>Support nested subfolders</li>
    /// <li>Inherit parent KB permissions</li>
    /// </ul>
    /// <b>Naming Rules:</b><br>
    /// <ul>
    /// <li>1-255 characters</li>
    /// <li>XSS protection applied</li>
    /// <li>Can contain spaces and special characters</li>
    /// </ul>
    ///
    /// `POST /knowledgeBase/{kbId}/folder` (operation `createRootFolder`)
    fn create_root_folder(
        &self,
        request: CreateRootFolderRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateRootFolderResponse>,
    > + Send;
    /// Get folder contents
    ///
    /// Retrieve the contents of a folder including subfolders and records.<br><br>
    /// <b>Overview:</b><br>
    /// Returns paginated list of records within the folder, with same filtering options as KB-level record listing.<br><br>
    /// <b>Navigation:</b><br>
    /// Use this endpoint to browse folder hierarchies. Response includes folder metadata and child items.
    ///
    /// `GET /knowledgeBase/{kbId}/folder/{folderId}` (operation `getFolderContents`)
    fn get_folder_contents(
        &self,
        request: GetFolderContentsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetFolderContentsResponse>,
    > + Send;
    /// Update folder
    ///
    /// Rename a folder.<br><br>
    /// <b>Required Permission:</b> FILEORGANIZER or higher
    ///
    /// `PUT /knowledgeBase/{kbId}/folder/{folderId}` (operation `updateFolder`)
    fn update_folder(
        &self,
        request: UpdateFolderRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<UpdateFolderResponse>> + Send;
    /// Delete folder
    ///
    /// Delete a folder and all its contents.<br><br>
    /// <b>Required Permission:</b> FILEORGANIZER or higher<br><br>
    /// <b>Cascade Delete:</b><br>
    /// All subfolders and records within will be permanently deleted.<br><br>
    /// <b>Warning:</b> This action is irreversible.
    ///
    /// `DELETE /knowledgeBase/{kbId}/folder/{folderId}` (operation `deleteFolder`)
    fn delete_folder(
        &self,
        request: DeleteFolderRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<DeleteFolderResponse>> + Send;
    /// Create subfolder
    ///
    /// Create a nested folder within an existing folder.<br><br>
    /// <b>Required Permission:</b> FILEORGANIZER or higher<br><br>
    /// <b>Nesting:</b><br>
    /// Supports unlimited folder nesting depth for complex organizational structures.
    ///
    /// `POST /knowledgeBase/{kbId}/folder/{folderId}/subfolder` (operation `createSubfolder`)
    fn create_subfolder(
        &self,
        request: CreateSubfolderRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateSubfolderResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(folders::routes().merge(...), service)`.
pub fn routes<S: FoldersApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/knowledgeBase/{p0}/folder",
            axum::routing::post(crate::apis::folders::handle_create_root_folder::<S>),
        );
    let routes = routes
        .route(
            "/knowledgeBase/{p0}/folder/{p1}",
            axum::routing::get(crate::apis::folders::handle_get_folder_contents::<S>)
                .put(crate::apis::folders::handle_update_folder::<S>)
                .delete(crate::apis::folders::handle_delete_folder::<S>),
        );
    routes
        .route(
            "/knowledgeBase/{p0}/folder/{p1}/subfolder",
            axum::routing::post(crate::apis::folders::handle_create_subfolder::<S>),
        )
}

/// What a `POST /knowledgeBase/{kbId}/folder` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRootFolderRequest {
    /// path parameter `kbId`.
    ///
    /// Knowledge base ID
    pub kb_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::CreateRootFolderBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /knowledgeBase/{kbId}/folder` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateRootFolderResponse {
    /// Status `200`: Folder created successfully
    Ok(crate::models::Folder),
    /// Status `400`: Invalid folder name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
}
impl IntoResponse for CreateRootFolderResponse {
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
impl CreateRootFolderRequest {
    /// Reads and checks a `POST /knowledgeBase/{kbId}/folder` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateRootFolderRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /knowledgeBase/{kbId}/folder` request and hands it to [`FoldersApi::create_root_folder`].
pub async fn handle_create_root_folder<S: FoldersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createRootFolder",
        path: "/knowledgeBase/{kbId}/folder",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateRootFolderRequest::read,
            |request| service.create_root_folder(request),
        )
        .await
}

/// What a `GET /knowledgeBase/{kbId}/folder/{folderId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetFolderContentsRequest {
    /// path parameter `kbId`.
    ///
    /// Knowledge base ID
    pub kb_id: ::std::string::String,
    /// path parameter `folderId`.
    ///
    /// Folder ID
    pub folder_id: ::std::string::String,
    /// query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    pub search: ::std::option::Option<::std::string::String>,
    /// query parameter `sortBy`.
    pub sort_by: ::std::option::Option<::std::string::String>,
    /// query parameter `sortOrder`.
    pub sort_order: ::std::option::Option<crate::models::GetFolderContentsSortOrder>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /knowledgeBase/{kbId}/folder/{folderId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetFolderContentsResponse {
    /// Status `200`: Folder contents retrieved
    Ok(crate::models::RecordsResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Folder or knowledge base not found
    NotFound,
}
impl IntoResponse for GetFolderContentsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetFolderContentsRequest {
    /// Reads and checks a `GET /knowledgeBase/{kbId}/folder/{folderId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetFolderContentsRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            folder_id: runtime::path_param(path, "p1", "folderId")?,
            page: query.optional("page", false)?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    maximum: Some(100.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            search: query.optional("search", false)?,
            sort_by: query.optional("sortBy", false)?,
            sort_order: query.optional("sortOrder", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /knowledgeBase/{kbId}/folder/{folderId}` request and hands it to [`FoldersApi::get_folder_contents`].
pub async fn handle_get_folder_contents<S: FoldersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getFolderContents",
        path: "/knowledgeBase/{kbId}/folder/{folderId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetFolderContentsRequest::read,
            |request| service.get_folder_contents(request),
        )
        .await
}

/// What a `PUT /knowledgeBase/{kbId}/folder/{folderId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateFolderRequest {
    /// path parameter `kbId`.
    pub kb_id: ::std::string::String,
    /// path parameter `folderId`.
    pub folder_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateFolderBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /knowledgeBase/{kbId}/folder/{folderId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateFolderResponse {
    /// Status `200`: Folder updated
    Ok(crate::models::Folder),
    /// Status `400`: Invalid folder name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Folder not found
    NotFound,
}
impl IntoResponse for UpdateFolderResponse {
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
impl UpdateFolderRequest {
    /// Reads and checks a `PUT /knowledgeBase/{kbId}/folder/{folderId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateFolderRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            folder_id: runtime::path_param(path, "p1", "folderId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /knowledgeBase/{kbId}/folder/{folderId}` request and hands it to [`FoldersApi::update_folder`].
pub async fn handle_update_folder<S: FoldersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateFolder",
        path: "/knowledgeBase/{kbId}/folder/{folderId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateFolderRequest::read,
            |request| service.update_folder(request),
        )
        .await
}

/// What a `DELETE /knowledgeBase/{kbId}/folder/{folderId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteFolderRequest {
    /// path parameter `kbId`.
    pub kb_id: ::std::string::String,
    /// path parameter `folderId`.
    pub folder_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /knowledgeBase/{kbId}/folder/{folderId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteFolderResponse {
    /// Status `200`: Folder deleted successfully
    Ok,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Folder not found
    NotFound,
}
impl IntoResponse for DeleteFolderResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteFolderRequest {
    /// Reads and checks a `DELETE /knowledgeBase/{kbId}/folder/{folderId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteFolderRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            folder_id: runtime::path_param(path, "p1", "folderId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /knowledgeBase/{kbId}/folder/{folderId}` request and hands it to [`FoldersApi::delete_folder`].
pub async fn handle_delete_folder<S: FoldersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteFolder",
        path: "/knowledgeBase/{kbId}/folder/{folderId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteFolderRequest::read,
            |request| service.delete_folder(request),
        )
        .await
}

/// What a `POST /knowledgeBase/{kbId}/folder/{folderId}/subfolder` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSubfolderRequest {
    /// path parameter `kbId`.
    pub kb_id: ::std::string::String,
    /// path parameter `folderId`.
    ///
    /// Parent folder ID
    pub folder_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::CreateSubfolderBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /knowledgeBase/{kbId}/folder/{folderId}/subfolder` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateSubfolderResponse {
    /// Status `200`: Subfolder created
    Ok(crate::models::Folder),
    /// Status `400`: Invalid folder name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Parent folder not found
    NotFound,
}
impl IntoResponse for CreateSubfolderResponse {
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
impl CreateSubfolderRequest {
    /// Reads and checks a `POST /knowledgeBase/{kbId}/folder/{folderId}/subfolder` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateSubfolderRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            folder_id: runtime::path_param(path, "p1", "folderId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /knowledgeBase/{kbId}/folder/{folderId}/subfolder` request and hands it to [`FoldersApi::create_subfolder`].
pub async fn handle_create_subfolder<S: FoldersApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createSubfolder",
        path: "/knowledgeBase/{kbId}/folder/{folderId}/subfolder",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateSubfolderRequest::read,
            |request| service.create_subfolder(request),
        )
        .await
}
