//! The `Permissions` API.
//!
//! Permission management for knowledge bases
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Permission management for knowledge bases
pub trait PermissionsApi: Clone + Send + Sync + 'static {
    /// List permissions
    ///
    /// Retrieve all permissions granted on a knowledge base.<br><br>
    /// <b>Required Permission:</b> ORGANIZER or higher to see all permissions, others see only their own.
    ///
    /// `GET /knowledgeBase/{kbId}/permissions` (operation `listKBPermissions`)
    fn list_kb_permissions(
        &self,
        request: ListKbPermissionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListKbPermissionsResponse>,
    > + Send;
    /// Update permissions
    ///
    /// Update permission roles for users or teams.<br><br>
    /// <b>Required Permission:</b> OWNER or ORGANIZER
    ///
    /// `PUT /knowledgeBase/{kbId}/permissions` (operation `updateKBPermissions`)
    fn update_kb_permissions(
        &self,
        request: UpdateKbPermissionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateKbPermissionsResponse>,
    > + Send;
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
    fn create_kb_permission(
        &self,
        request: CreateKbPermissionRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateKbPermissionResponse>,
    > + Send;
    /// Remove permissions
    ///
    /// Remove access permissions from users or teams.<br><br>
    /// <b>Required Permission:</b> OWNER or ORGANIZER<br><br>
    /// <b>Note:</b> Cannot remove the last OWNER from a KB.
    ///
    /// `DELETE /knowledgeBase/{kbId}/permissions` (operation `deleteKBPermissions`)
    fn delete_kb_permissions(
        &self,
        request: DeleteKbPermissionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteKbPermissionsResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(permissions::routes().merge(...), service)`.
pub fn routes<S: PermissionsApi>() -> axum::Router<S> {
    axum::Router::new()
        .route(
            "/knowledgeBase/{p0}/permissions",
            axum::routing::get(crate::apis::permissions::handle_list_kb_permissions::<S>)
                .put(crate::apis::permissions::handle_update_kb_permissions::<S>)
                .post(crate::apis::permissions::handle_create_kb_permission::<S>)
                .delete(crate::apis::permissions::handle_delete_kb_permissions::<S>),
        )
}

/// What a `GET /knowledgeBase/{kbId}/permissions` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListKbPermissionsRequest {
    /// path parameter `kbId`.
    pub kb_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /knowledgeBase/{kbId}/permissions` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListKbPermissionsResponse {
    /// Status `200`: Permissions list retrieved
    Ok(crate::models::ListKbPermissionsResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: No access to this knowledge base
    Forbidden,
    /// Status `404`: Knowledge base not found
    NotFound,
}
impl IntoResponse for ListKbPermissionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ListKbPermissionsRequest {
    /// Reads and checks a `GET /knowledgeBase/{kbId}/permissions` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListKbPermissionsRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /knowledgeBase/{kbId}/permissions` request and hands it to [`PermissionsApi::list_kb_permissions`].
pub async fn handle_list_kb_permissions<S: PermissionsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listKBPermissions",
        path: "/knowledgeBase/{kbId}/permissions",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListKbPermissionsRequest::read,
            |request| service.list_kb_permissions(request),
        )
        .await
}

/// What a `PUT /knowledgeBase/{kbId}/permissions` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateKbPermissionsRequest {
    /// path parameter `kbId`.
    pub kb_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateKbPermissionsBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /knowledgeBase/{kbId}/permissions` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateKbPermissionsResponse {
    /// Status `200`: Permissions updated
    Ok,
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
}
impl IntoResponse for UpdateKbPermissionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl UpdateKbPermissionsRequest {
    /// Reads and checks a `PUT /knowledgeBase/{kbId}/permissions` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateKbPermissionsRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /knowledgeBase/{kbId}/permissions` request and hands it to [`PermissionsApi::update_kb_permissions`].
pub async fn handle_update_kb_permissions<S: PermissionsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateKBPermissions",
        path: "/knowledgeBase/{kbId}/permissions",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateKbPermissionsRequest::read,
            |request| service.update_kb_permissions(request),
        )
        .await
}

/// What a `POST /knowledgeBase/{kbId}/permissions` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateKbPermissionRequest {
    /// path parameter `kbId`.
    pub kb_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::CreateKbPermissionBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /knowledgeBase/{kbId}/permissions` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateKbPermissionResponse {
    /// Status `200`: Permissions granted successfully
    Ok(crate::models::CreateKbPermissionResponse),
    /// Status `400`: Invalid request
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Only OWNER/ORGANIZER can grant permissions
    Forbidden,
}
impl IntoResponse for CreateKbPermissionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl CreateKbPermissionRequest {
    /// Reads and checks a `POST /knowledgeBase/{kbId}/permissions` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateKbPermissionRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /knowledgeBase/{kbId}/permissions` request and hands it to [`PermissionsApi::create_kb_permission`].
pub async fn handle_create_kb_permission<S: PermissionsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createKBPermission",
        path: "/knowledgeBase/{kbId}/permissions",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateKbPermissionRequest::read,
            |request| service.create_kb_permission(request),
        )
        .await
}

/// What a `DELETE /knowledgeBase/{kbId}/permissions` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteKbPermissionsRequest {
    /// path parameter `kbId`.
    pub kb_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::DeleteKbPermissionsBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /knowledgeBase/{kbId}/permissions` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteKbPermissionsResponse {
    /// Status `200`: Permissions removed
    Ok,
    /// Status `400`: Invalid request or cannot remove last owner
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Insufficient permissions
    Forbidden,
}
impl IntoResponse for DeleteKbPermissionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl DeleteKbPermissionsRequest {
    /// Reads and checks a `DELETE /knowledgeBase/{kbId}/permissions` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteKbPermissionsRequest {
            kb_id: runtime::path_param(path, "p0", "kbId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /knowledgeBase/{kbId}/permissions` request and hands it to [`PermissionsApi::delete_kb_permissions`].
pub async fn handle_delete_kb_permissions<S: PermissionsApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteKBPermissions",
        path: "/knowledgeBase/{kbId}/permissions",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteKbPermissionsRequest::read,
            |request| service.delete_kb_permissions(request),
        )
        .await
}
