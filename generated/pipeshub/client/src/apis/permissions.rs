//! Operations of the `Permissions` API.
//!
//! Permission management for knowledge bases
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// List permissions
    ///
    /// Retrieve all permissions granted on a knowledge base.<br><br>
    /// <b>Required Permission:</b> ORGANIZER or higher to see all permissions, others see only their own.
    ///
    /// `GET /knowledgeBase/{kbId}/permissions` (operation `listKBPermissions`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`
    pub fn list_kb_permissions(
        &self,
        kb_id: &str,
    ) -> Call<'_, crate::models::ListKbPermissionsResponse, ListKbPermissionsError> {
        const OPERATION: Operation = Operation {
            id: "listKBPermissions",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/{}/permissions",
            crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
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
                401 => Err(Error::Status(ListKbPermissionsError::Unauthorized)),
                403 => Err(Error::Status(ListKbPermissionsError::Forbidden)),
                404 => Err(Error::Status(ListKbPermissionsError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ListKbPermissionsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_kb_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListKbPermissionsError {
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
    /// Update permissions
    ///
    /// Update permission roles for users or teams.<br><br>
    /// <b>Required Permission:</b> OWNER or ORGANIZER
    ///
    /// `PUT /knowledgeBase/{kbId}/permissions` (operation `updateKBPermissions`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`
    /// * `body`: request body, sent as `application/json`. Request body for Update permissions
    pub fn update_kb_permissions(
        &self,
        kb_id: &str,
        body: &crate::models::UpdateKbPermissionsBody,
    ) -> Call<'_, (), UpdateKbPermissionsError> {
        const OPERATION: Operation = Operation {
            id: "updateKBPermissions",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/{}/permissions",
            crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::PUT, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(UpdateKbPermissionsError::BadRequest)),
                401 => Err(Error::Status(UpdateKbPermissionsError::Unauthorized)),
                403 => Err(Error::Status(UpdateKbPermissionsError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            UpdateKbPermissionsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::update_kb_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateKbPermissionsError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Grant permissions
    ///
    /// Grant access permissions to users or teams for a knowledge base.<br><br>
    /// <b>Required Permission:</b> OWNER or ORGANIZER<br><br>
    /// <b>Permission Roles (highest to lowest):</b><br>
    /// <ol>
    /// <li><b>OWNER:</b> Full control, can delete KB, manage all permissions</li>
    /// <li><b>ORGANIZER:</b> Can manage permissions (except OWNER), edit KB settings</li>
    /// <li><b>FILEORGANIZER:</b> Can create/delete folders, organize content</li>
    /// <li><b>WRITER:</b> Can upload, edit, delete records</li>
    /// <li><b>COMMENTER:</b> Can add comments (if supported)</li>
    /// <li><b>READER:</b> View-only access</li>
    /// </ol>
    /// <b>Grant to Multiple:</b><br>
    /// Provide arrays of userIds and/or teamIds to grant the same role to multiple entities.
    ///
    /// `POST /knowledgeBase/{kbId}/permissions` (operation `createKBPermission`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn create_kb_permission(
        &self,
        kb_id: &str,
        body: &crate::models::CreateKbPermissionBody,
    ) -> Call<'_, crate::models::CreateKbPermissionResponse, CreateKbPermissionError> {
        const OPERATION: Operation = Operation {
            id: "createKBPermission",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/{}/permissions",
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
                400 => Err(Error::Status(CreateKbPermissionError::BadRequest)),
                401 => Err(Error::Status(CreateKbPermissionError::Unauthorized)),
                403 => Err(Error::Status(CreateKbPermissionError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            CreateKbPermissionError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_kb_permission`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateKbPermissionError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Only OWNER/ORGANIZER can grant permissions
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Remove permissions
    ///
    /// Remove access permissions from users or teams.<br><br>
    /// <b>Required Permission:</b> OWNER or ORGANIZER<br><br>
    /// <b>Note:</b> Cannot remove the last OWNER from a KB.
    ///
    /// `DELETE /knowledgeBase/{kbId}/permissions` (operation `deleteKBPermissions`)
    ///
    /// # Arguments
    ///
    /// * `kb_id`: path parameter `kbId`
    /// * `body`: request body, sent as `application/json`. Request body for Remove permissions
    pub fn delete_kb_permissions(
        &self,
        kb_id: &str,
        body: &crate::models::DeleteKbPermissionsBody,
    ) -> Call<'_, (), DeleteKbPermissionsError> {
        const OPERATION: Operation = Operation {
            id: "deleteKBPermissions",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        let path = format!(
            "/knowledgeBase/{}/permissions",
            crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::DELETE, &path);
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(DeleteKbPermissionsError::BadRequest)),
                401 => Err(Error::Status(DeleteKbPermissionsError::Unauthorized)),
                403 => Err(Error::Status(DeleteKbPermissionsError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            DeleteKbPermissionsError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_kb_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteKbPermissionsError {
    /// Status `400`: Invalid request or cannot remove last owner
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
