//! Operations of the `Folders` API.
//!
//! Folder organization and management
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
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
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`. Knowledge base ID
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_root_folder<'a>(
        &'a self,
        kb_id: &'a str,
        body: &'a crate::models::CreateRootFolderBody,
    ) -> Call<
        'a,
        CreateRootFolderParams<'a>,
        crate::models::Folder,
        CreateRootFolderError,
    > {
        const OPERATION: Operation = Operation {
            id: "createRootFolder",
            method: "POST",
            path: "/knowledgeBase/{kbId}/folder",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateRootFolderParams {
                kb_id,
                body,
            },
            |client, params| {
                let CreateRootFolderParams { kb_id, body } = params;
                let path = format!(
                    "/knowledgeBase/{}/folder",
                    crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
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
                400 => Err(Error::Status(CreateRootFolderError::BadRequest)),
                401 => Err(Error::Status(CreateRootFolderError::Unauthorized)),
                403 => Err(Error::Status(CreateRootFolderError::Forbidden)),
                404 => Err(Error::Status(CreateRootFolderError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            CreateRootFolderError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_root_folder`], kept in its [`Call`] until it is awaited.
pub struct CreateRootFolderParams<'a> {
    kb_id: &'a str,
    body: &'a crate::models::CreateRootFolderBody,
}
/// Error responses of [`Client::create_root_folder`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateRootFolderError {
    /// Status `400`: Invalid folder name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateRootFolderError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createRootFolder", status, message)
    }
}
impl ::std::error::Error for CreateRootFolderError {}

impl Client {
    /// Get folder contents
    ///
    /// Retrieve the contents of a folder including subfolders and records.<br><br>
    /// <b>Overview:</b><br>
    /// Returns paginated list of records within the folder, with same filtering options as KB-level record listing.<br><br>
    /// <b>Navigation:</b><br>
    /// Use this endpoint to browse folder hierarchies. Response includes folder metadata and child items.
    ///
    /// `GET /knowledgeBase/{kbId}/folder/{folderId}` (operation `getFolderContents`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`. Knowledge base ID
    /// * `folder_id`: path parameter `folderId`. Folder ID
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetFolderContentsParams`\]).
    pub fn get_folder_contents<'a>(
        &'a self,
        kb_id: &'a str,
        folder_id: &'a str,
    ) -> Call<
        'a,
        GetFolderContentsParams<'a>,
        crate::models::RecordsResponse,
        GetFolderContentsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getFolderContents",
            method: "GET",
            path: "/knowledgeBase/{kbId}/folder/{folderId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetFolderContentsParams {
                kb_id,
                folder_id,
                page: None,
                limit: None,
                search: None,
                sort_by: None,
                sort_order: None,
            },
            |client, params| {
                let GetFolderContentsParams {
                    kb_id,
                    folder_id,
                    page,
                    limit,
                    search,
                    sort_by,
                    sort_order,
                } = params;
                let path = format!(
                    "/knowledgeBase/{}/folder/{}",
                    crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
                    crate::runtime::path_param(
                        "folderId",
                        folder_id,
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
                401 => Err(Error::Status(GetFolderContentsError::Unauthorized)),
                404 => Err(Error::Status(GetFolderContentsError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetFolderContentsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_folder_contents`], kept in its [`Call`] until it is awaited.
pub struct GetFolderContentsParams<'a> {
    kb_id: &'a str,
    folder_id: &'a str,
    page: ::std::option::Option<i64>,
    limit: ::std::option::Option<i64>,
    search: ::std::option::Option<&'a str>,
    sort_by: ::std::option::Option<&'a str>,
    sort_order: ::std::option::Option<&'a crate::models::GetFolderContentsSortOrder>,
}
impl<'a, T, E> Call<'a, GetFolderContentsParams<'a>, T, E> {
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
    /// * `search`: query parameter `search`
    pub fn search(mut self, search: &'a str) -> Self {
        self.params.search = Some(search);
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
        sort_order: &'a crate::models::GetFolderContentsSortOrder,
    ) -> Self {
        self.params.sort_order = Some(sort_order);
        self
    }
}
/// Error responses of [`Client::get_folder_contents`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFolderContentsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Folder or knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetFolderContentsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getFolderContents", status, message)
    }
}
impl ::std::error::Error for GetFolderContentsError {}

impl Client {
    /// Update folder
    ///
    /// Rename a folder.<br><br>
    /// <b>Required Permission:</b> FILEORGANIZER or higher
    ///
    /// `PUT /knowledgeBase/{kbId}/folder/{folderId}` (operation `updateFolder`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`
    /// * `folder_id`: path parameter `folderId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn update_folder<'a>(
        &'a self,
        kb_id: &'a str,
        folder_id: &'a str,
        body: &'a crate::models::UpdateFolderBody,
    ) -> Call<'a, UpdateFolderParams<'a>, crate::models::Folder, UpdateFolderError> {
        const OPERATION: Operation = Operation {
            id: "updateFolder",
            method: "PUT",
            path: "/knowledgeBase/{kbId}/folder/{folderId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateFolderParams {
                kb_id,
                folder_id,
                body,
            },
            |client, params| {
                let UpdateFolderParams { kb_id, folder_id, body } = params;
                let path = format!(
                    "/knowledgeBase/{}/folder/{}",
                    crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
                    crate::runtime::path_param(
                        "folderId",
                        folder_id,
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
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => Err(Error::Status(UpdateFolderError::BadRequest)),
                401 => Err(Error::Status(UpdateFolderError::Unauthorized)),
                403 => Err(Error::Status(UpdateFolderError::Forbidden)),
                404 => Err(Error::Status(UpdateFolderError::NotFound)),
                _ => {
                    Err(Error::Status(UpdateFolderError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// The parameters of [`Client::update_folder`], kept in its [`Call`] until it is awaited.
pub struct UpdateFolderParams<'a> {
    kb_id: &'a str,
    folder_id: &'a str,
    body: &'a crate::models::UpdateFolderBody,
}
/// Error responses of [`Client::update_folder`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateFolderError {
    /// Status `400`: Invalid folder name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Folder not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateFolderError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateFolder", status, message)
    }
}
impl ::std::error::Error for UpdateFolderError {}

impl Client {
    /// Delete folder
    ///
    /// Delete a folder and all its contents.<br><br>
    /// <b>Required Permission:</b> FILEORGANIZER or higher<br><br>
    /// <b>Cascade Delete:</b><br>
    /// All subfolders and records within will be permanently deleted.<br><br>
    /// <b>Warning:</b> This action is irreversible.
    ///
    /// `DELETE /knowledgeBase/{kbId}/folder/{folderId}` (operation `deleteFolder`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`
    /// * `folder_id`: path parameter `folderId`
    pub fn delete_folder<'a>(
        &'a self,
        kb_id: &'a str,
        folder_id: &'a str,
    ) -> Call<'a, DeleteFolderParams<'a>, (), DeleteFolderError> {
        const OPERATION: Operation = Operation {
            id: "deleteFolder",
            method: "DELETE",
            path: "/knowledgeBase/{kbId}/folder/{folderId}",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteFolderParams {
                kb_id,
                folder_id,
            },
            |client, params| {
                let DeleteFolderParams { kb_id, folder_id } = params;
                let path = format!(
                    "/knowledgeBase/{}/folder/{}",
                    crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
                    crate::runtime::path_param(
                        "folderId",
                        folder_id,
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
                401 => Err(Error::Status(DeleteFolderError::Unauthorized)),
                403 => Err(Error::Status(DeleteFolderError::Forbidden)),
                404 => Err(Error::Status(DeleteFolderError::NotFound)),
                _ => {
                    Err(Error::Status(DeleteFolderError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_folder`], kept in its [`Call`] until it is awaited.
pub struct DeleteFolderParams<'a> {
    kb_id: &'a str,
    folder_id: &'a str,
}
/// Error responses of [`Client::delete_folder`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteFolderError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Folder not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteFolderError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteFolder", status, message)
    }
}
impl ::std::error::Error for DeleteFolderError {}

impl Client {
    /// Create subfolder
    ///
    /// Create a nested folder within an existing folder.<br><br>
    /// <b>Required Permission:</b> FILEORGANIZER or higher<br><br>
    /// <b>Nesting:</b><br>
    /// Supports unlimited folder nesting depth for complex organizational structures.
    ///
    /// `POST /knowledgeBase/{kbId}/folder/{folderId}/subfolder` (operation `createSubfolder`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`
    /// * `folder_id`: path parameter `folderId`. Parent folder ID
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_subfolder<'a>(
        &'a self,
        kb_id: &'a str,
        folder_id: &'a str,
        body: &'a crate::models::CreateSubfolderBody,
    ) -> Call<
        'a,
        CreateSubfolderParams<'a>,
        crate::models::Folder,
        CreateSubfolderError,
    > {
        const OPERATION: Operation = Operation {
            id: "createSubfolder",
            method: "POST",
            path: "/knowledgeBase/{kbId}/folder/{folderId}/subfolder",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateSubfolderParams {
                kb_id,
                folder_id,
                body,
            },
            |client, params| {
                let CreateSubfolderParams { kb_id, folder_id, body } = params;
                let path = format!(
                    "/knowledgeBase/{}/folder/{}/subfolder",
                    crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
                    crate::runtime::path_param(
                        "folderId",
                        folder_id,
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
                400 => Err(Error::Status(CreateSubfolderError::BadRequest)),
                401 => Err(Error::Status(CreateSubfolderError::Unauthorized)),
                403 => Err(Error::Status(CreateSubfolderError::Forbidden)),
                404 => Err(Error::Status(CreateSubfolderError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            CreateSubfolderError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_subfolder`], kept in its [`Call`] until it is awaited.
pub struct CreateSubfolderParams<'a> {
    kb_id: &'a str,
    folder_id: &'a str,
    body: &'a crate::models::CreateSubfolderBody,
}
/// Error responses of [`Client::create_subfolder`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateSubfolderError {
    /// Status `400`: Invalid folder name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Parent folder not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateSubfolderError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createSubfolder", status, message)
    }
}
impl ::std::error::Error for CreateSubfolderError {}
