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
    pub fn create_root_folder(
        &self,
        kb_id: &str,
        body: &crate::models::CreateRootFolderBody,
    ) -> Call<'_, crate::models::Folder, CreateRootFolderError> {
        const OPERATION: Operation = Operation {
            id: "createRootFolder",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/{}/folder",
            crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
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
/// Error responses of [`Client::create_root_folder`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateRootFolderError {
    /// Status `400`: Invalid folder name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    /// * `page`: query parameter `page`
    /// * `limit`: query parameter `limit`
    /// * `search`: query parameter `search`
    /// * `sort_by`: query parameter `sortBy`
    /// * `sort_order`: query parameter `sortOrder`
    #[allow(clippy::too_many_arguments)]
    pub fn get_folder_contents(
        &self,
        kb_id: &str,
        folder_id: &str,
        page: ::std::option::Option<i64>,
        limit: ::std::option::Option<i64>,
        search: ::std::option::Option<&str>,
        sort_by: ::std::option::Option<&str>,
        sort_order: ::std::option::Option<&crate::models::GetFolderContentsSortOrder>,
    ) -> Call<'_, crate::models::RecordsResponse, GetFolderContentsError> {
        const OPERATION: Operation = Operation {
            id: "getFolderContents",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/{}/folder/{}",
            crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
            crate::runtime::path_param("folderId", folder_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "page", &page, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "search", &search, Style::Form, true);
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
/// Error responses of [`Client::get_folder_contents`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetFolderContentsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Folder or knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn update_folder(
        &self,
        kb_id: &str,
        folder_id: &str,
        body: &crate::models::UpdateFolderBody,
    ) -> Call<'_, crate::models::Folder, UpdateFolderError> {
        const OPERATION: Operation = Operation {
            id: "updateFolder",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/{}/folder/{}",
            crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
            crate::runtime::path_param("folderId", folder_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::update_folder`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateFolderError {
    /// Status `400`: Invalid folder name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Folder not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn delete_folder(
        &self,
        kb_id: &str,
        folder_id: &str,
    ) -> Call<'_, (), DeleteFolderError> {
        const OPERATION: Operation = Operation {
            id: "deleteFolder",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/{}/folder/{}",
            crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
            crate::runtime::path_param("folderId", folder_id, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::delete_folder`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteFolderError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Folder not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn create_subfolder(
        &self,
        kb_id: &str,
        folder_id: &str,
        body: &crate::models::CreateSubfolderBody,
    ) -> Call<'_, crate::models::Folder, CreateSubfolderError> {
        const OPERATION: Operation = Operation {
            id: "createSubfolder",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/{}/folder/{}/subfolder",
            crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
            crate::runtime::path_param("folderId", folder_id, Style::Simple, false),
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
/// Error responses of [`Client::create_subfolder`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateSubfolderError {
    /// Status `400`: Invalid folder name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// Status `404`: Parent folder not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
