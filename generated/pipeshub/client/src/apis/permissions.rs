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
    pub fn list_kb_permissions<'a>(
        &'a self,
        kb_id: &'a str,
    ) -> Call<
        'a,
        ListKbPermissionsParams<'a>,
        crate::models::ListKbPermissionsResponse,
        ListKbPermissionsError,
    > {
        const OPERATION: Operation = Operation {
            id: "listKBPermissions",
            method: "GET",
            path: "/knowledgeBase/{kbId}/permissions",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListKbPermissionsParams { kb_id },
            |client, params| {
                let ListKbPermissionsParams { kb_id } = params;
                let path = format!(
                    "/knowledgeBase/{}/permissions",
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
/// The parameters of [`Client::list_kb_permissions`], kept in its [`Call`] until it is awaited.
pub struct ListKbPermissionsParams<'a> {
    kb_id: &'a str,
}
/// Error responses of [`Client::list_kb_permissions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListKbPermissionsError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: No access to this knowledge base
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListKbPermissionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listKBPermissions", status, message)
    }
}
impl ::std::error::Error for ListKbPermissionsError {}

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
    pub fn update_kb_permissions<'a>(
        &'a self,
        kb_id: &'a str,
        body: &'a crate::models::UpdateKbPermissionsBody,
    ) -> Call<'a, UpdateKbPermissionsParams<'a>, (), UpdateKbPermissionsError> {
        const OPERATION: Operation = Operation {
            id: "updateKBPermissions",
            method: "PUT",
            path: "/knowledgeBase/{kbId}/permissions",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            UpdateKbPermissionsParams {
                kb_id,
                body,
            },
            |client, params| {
                let UpdateKbPermissionsParams { kb_id, body } = params;
                let path = format!(
                    "/knowledgeBase/{}/permissions",
                    crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::PUT, &path);
                request = request.json(body);
                Ok(request)
            },
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
/// The parameters of [`Client::update_kb_permissions`], kept in its [`Call`] until it is awaited.
pub struct UpdateKbPermissionsParams<'a> {
    kb_id: &'a str,
    body: &'a crate::models::UpdateKbPermissionsBody,
}
/// Error responses of [`Client::update_kb_permissions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateKbPermissionsError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UpdateKbPermissionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "updateKBPermissions", status, message)
    }
}
impl ::std::error::Error for UpdateKbPermissionsError {}

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
    pub fn create_kb_permission<'a>(
        &'a self,
        kb_id: &'a str,
        body: &'a crate::models::CreateKbPermissionBody,
    ) -> Call<
        'a,
        CreateKbPermissionParams<'a>,
        crate::models::CreateKbPermissionResponse,
        CreateKbPermissionError,
    > {
        const OPERATION: Operation = Operation {
            id: "createKBPermission",
            method: "POST",
            path: "/knowledgeBase/{kbId}/permissions",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateKbPermissionParams {
                kb_id,
                body,
            },
            |client, params| {
                let CreateKbPermissionParams { kb_id, body } = params;
                let path = format!(
                    "/knowledgeBase/{}/permissions",
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
/// The parameters of [`Client::create_kb_permission`], kept in its [`Call`] until it is awaited.
pub struct CreateKbPermissionParams<'a> {
    kb_id: &'a str,
    body: &'a crate::models::CreateKbPermissionBody,
}
/// Error responses of [`Client::create_kb_permission`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateKbPermissionError {
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Only OWNER/ORGANIZER can grant permissions
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateKbPermissionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createKBPermission", status, message)
    }
}
impl ::std::error::Error for CreateKbPermissionError {}

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
    pub fn delete_kb_permissions<'a>(
        &'a self,
        kb_id: &'a str,
        body: &'a crate::models::DeleteKbPermissionsBody,
    ) -> Call<'a, DeleteKbPermissionsParams<'a>, (), DeleteKbPermissionsError> {
        const OPERATION: Operation = Operation {
            id: "deleteKBPermissions",
            method: "DELETE",
            path: "/knowledgeBase/{kbId}/permissions",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteKbPermissionsParams {
                kb_id,
                body,
            },
            |client, params| {
                let DeleteKbPermissionsParams { kb_id, body } = params;
                let path = format!(
                    "/knowledgeBase/{}/permissions",
                    crate::runtime::path_param("kbId", kb_id, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::DELETE, &path);
                request = request.json(body);
                Ok(request)
            },
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
/// The parameters of [`Client::delete_kb_permissions`], kept in its [`Call`] until it is awaited.
pub struct DeleteKbPermissionsParams<'a> {
    kb_id: &'a str,
    body: &'a crate::models::DeleteKbPermissionsBody,
}
/// Error responses of [`Client::delete_kb_permissions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteKbPermissionsError {
    /// Status `400`: Invalid request or cannot remove last owner
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteKbPermissionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteKBPermissions", status, message)
    }
}
impl ::std::error::Error for DeleteKbPermissionsError {}
