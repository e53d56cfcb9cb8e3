//! The `permission` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

pub trait PermissionApi: Clone + Send + Sync + 'static {
    /// Check a permission
    ///
    /// To learn how relationship tuples and the check works, head over to [the documentation](https://www.ory.sh/docs/keto/concepts/api-overview).
    ///
    /// `GET /relation-tuples/check` (operation `checkPermissionOrError`)
    fn check_permission_or_error(
        &self,
        request: CheckPermissionOrErrorRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CheckPermissionOrErrorResponse>,
    > + Send;
    /// Check a permission
    ///
    /// To learn how relationship tuples and the check works, head over to [the documentation](https://www.ory.sh/docs/keto/concepts/api-overview).
    ///
    /// `POST /relation-tuples/check` (operation `postCheckPermissionOrError`)
    fn post_check_permission_or_error(
        &self,
        request: PostCheckPermissionOrErrorRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<PostCheckPermissionOrErrorResponse>,
    > + Send;
    /// Check a permission
    ///
    /// To learn how relationship tuples and the check works, head over to [the documentation](https://www.ory.sh/docs/keto/concepts/api-overview).
    ///
    /// `GET /relation-tuples/check/openapi` (operation `checkPermission`)
    fn check_permission(
        &self,
        request: CheckPermissionRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CheckPermissionResponse>,
    > + Send;
    /// Check a permission
    ///
    /// To learn how relationship tuples and the check works, head over to [the documentation](https://www.ory.sh/docs/keto/concepts/api-overview).
    ///
    /// `POST /relation-tuples/check/openapi` (operation `postCheckPermission`)
    fn post_check_permission(
        &self,
        request: PostCheckPermissionRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<PostCheckPermissionResponse>,
    > + Send;
    /// Expand a Relationship into permissions.
    ///
    /// Use this endpoint to expand a relationship tuple into permissions.
    ///
    /// `GET /relation-tuples/expand` (operation `expandPermissions`)
    fn expand_permissions(
        &self,
        request: ExpandPermissionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ExpandPermissionsResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(permission::routes().merge(...), service)`.
pub fn routes<S: PermissionApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/relation-tuples/check",
            axum::routing::get(
                    crate::apis::permission::handle_check_permission_or_error::<S>,
                )
                .post(
                    crate::apis::permission::handle_post_check_permission_or_error::<S>,
                ),
        );
    let routes = routes
        .route(
            "/relation-tuples/check/openapi",
            axum::routing::get(crate::apis::permission::handle_check_permission::<S>)
                .post(crate::apis::permission::handle_post_check_permission::<S>),
        );
    routes
        .route(
            "/relation-tuples/expand",
            axum::routing::get(crate::apis::permission::handle_expand_permissions::<S>),
        )
}

/// What a `GET /relation-tuples/check` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckPermissionOrErrorRequest {
    /// query parameter `namespace`.
    ///
    /// Namespace of the Relationship
    pub namespace: ::std::option::Option<::std::string::String>,
    /// query parameter `object`.
    ///
    /// Object of the Relationship
    pub object: ::std::option::Option<::std::string::String>,
    /// query parameter `relation`.
    ///
    /// Relation of the Relationship
    pub relation: ::std::option::Option<::std::string::String>,
    /// query parameter `subject_id`.
    ///
    /// SubjectID of the Relationship
    pub subject_id: ::std::option::Option<::std::string::String>,
    /// query parameter `subject_set.namespace`.
    ///
    /// Namespace of the Subject Set
    pub subject_set_namespace: ::std::option::Option<::std::string::String>,
    /// query parameter `subject_set.object`.
    ///
    /// Object of the Subject Set
    pub subject_set_object: ::std::option::Option<::std::string::String>,
    /// query parameter `subject_set.relation`.
    ///
    /// Relation of the Subject Set
    pub subject_set_relation: ::std::option::Option<::std::string::String>,
    /// query parameter `max-depth`.
    pub max_depth: ::std::option::Option<i64>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /relation-tuples/check` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckPermissionOrErrorResponse {
    /// Status `200`: checkPermissionResult
    Ok(crate::models::CheckPermissionResult),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `403`: checkPermissionResult
    Forbidden(crate::models::CheckPermissionResult),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CheckPermissionOrErrorResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CheckPermissionOrErrorRequest {
    /// Reads and checks a `GET /relation-tuples/check` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CheckPermissionOrErrorRequest {
            namespace: query.optional("namespace", false)?,
            object: query.optional("object", false)?,
            relation: query.optional("relation", false)?,
            subject_id: query.optional("subject_id", false)?,
            subject_set_namespace: query.optional("subject_set.namespace", false)?,
            subject_set_object: query.optional("subject_set.object", false)?,
            subject_set_relation: query.optional("subject_set.relation", false)?,
            max_depth: query.optional("max-depth", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /relation-tuples/check` request and hands it to [`PermissionApi::check_permission_or_error`].
pub async fn handle_check_permission_or_error<S: PermissionApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "checkPermissionOrError",
        path: "/relation-tuples/check",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CheckPermissionOrErrorRequest::read,
            |request| service.check_permission_or_error(request),
        )
        .await
}

/// What a `POST /relation-tuples/check` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PostCheckPermissionOrErrorRequest {
    /// query parameter `max-depth`.
    ///
    /// nolint:deadcode,unused
    pub max_depth: ::std::option::Option<i64>,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::PostCheckPermissionOrErrorBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /relation-tuples/check` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PostCheckPermissionOrErrorResponse {
    /// Status `200`: checkPermissionResult
    Ok(crate::models::CheckPermissionResult),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `403`: checkPermissionResult
    Forbidden(crate::models::CheckPermissionResult),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for PostCheckPermissionOrErrorResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Forbidden(body) => runtime::json(runtime::status(403), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl PostCheckPermissionOrErrorRequest {
    /// Reads and checks a `POST /relation-tuples/check` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(PostCheckPermissionOrErrorRequest {
            max_depth: query.optional("max-depth", false)?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /relation-tuples/check` request and hands it to [`PermissionApi::post_check_permission_or_error`].
pub async fn handle_post_check_permission_or_error<S: PermissionApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "postCheckPermissionOrError",
        path: "/relation-tuples/check",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            PostCheckPermissionOrErrorRequest::read,
            |request| service.post_check_permission_or_error(request),
        )
        .await
}

/// What a `GET /relation-tuples/check/openapi` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckPermissionRequest {
    /// query parameter `namespace`.
    ///
    /// Namespace of the Relationship
    pub namespace: ::std::option::Option<::std::string::String>,
    /// query parameter `object`.
    ///
    /// Object of the Relationship
    pub object: ::std::option::Option<::std::string::String>,
    /// query parameter `relation`.
    ///
    /// Relation of the Relationship
    pub relation: ::std::option::Option<::std::string::String>,
    /// query parameter `subject_id`.
    ///
    /// SubjectID of the Relationship
    pub subject_id: ::std::option::Option<::std::string::String>,
    /// query parameter `subject_set.namespace`.
    ///
    /// Namespace of the Subject Set
    pub subject_set_namespace: ::std::option::Option<::std::string::String>,
    /// query parameter `subject_set.object`.
    ///
    /// Object of the Subject Set
    pub subject_set_object: ::std::option::Option<::std::string::String>,
    /// query parameter `subject_set.relation`.
    ///
    /// Relation of the Subject Set
    pub subject_set_relation: ::std::option::Option<::std::string::String>,
    /// query parameter `max-depth`.
    pub max_depth: ::std::option::Option<i64>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /relation-tuples/check/openapi` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckPermissionResponse {
    /// Status `200`: checkPermissionResult
    Ok(crate::models::CheckPermissionResult),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CheckPermissionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CheckPermissionRequest {
    /// Reads and checks a `GET /relation-tuples/check/openapi` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CheckPermissionRequest {
            namespace: query.optional("namespace", false)?,
            object: query.optional("object", false)?,
            relation: query.optional("relation", false)?,
            subject_id: query.optional("subject_id", false)?,
            subject_set_namespace: query.optional("subject_set.namespace", false)?,
            subject_set_object: query.optional("subject_set.object", false)?,
            subject_set_relation: query.optional("subject_set.relation", false)?,
            max_depth: query.optional("max-depth", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /relation-tuples/check/openapi` request and hands it to [`PermissionApi::check_permission`].
pub async fn handle_check_permission<S: PermissionApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "checkPermission",
        path: "/relation-tuples/check/openapi",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CheckPermissionRequest::read,
            |request| service.check_permission(request),
        )
        .await
}

/// What a `POST /relation-tuples/check/openapi` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PostCheckPermissionRequest {
    /// query parameter `max-depth`.
    pub max_depth: ::std::option::Option<i64>,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::PostCheckPermissionBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /relation-tuples/check/openapi` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PostCheckPermissionResponse {
    /// Status `200`: checkPermissionResult
    Ok(crate::models::CheckPermissionResult),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for PostCheckPermissionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl PostCheckPermissionRequest {
    /// Reads and checks a `POST /relation-tuples/check/openapi` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(PostCheckPermissionRequest {
            max_depth: query.optional("max-depth", false)?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /relation-tuples/check/openapi` request and hands it to [`PermissionApi::post_check_permission`].
pub async fn handle_post_check_permission<S: PermissionApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "postCheckPermission",
        path: "/relation-tuples/check/openapi",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            PostCheckPermissionRequest::read,
            |request| service.post_check_permission(request),
        )
        .await
}

/// What a `GET /relation-tuples/expand` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpandPermissionsRequest {
    /// query parameter `namespace`.
    ///
    /// Namespace of the Subject Set
    pub namespace: ::std::string::String,
    /// query parameter `object`.
    ///
    /// Object of the Subject Set
    pub object: ::std::string::String,
    /// query parameter `relation`.
    ///
    /// Relation of the Subject Set
    pub relation: ::std::string::String,
    /// query parameter `max-depth`.
    pub max_depth: ::std::option::Option<i64>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /relation-tuples/expand` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ExpandPermissionsResponse {
    /// Status `200`: expandedPermissionTree
    Ok(crate::models::ExpandedPermissionTree),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for ExpandPermissionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ExpandPermissionsRequest {
    /// Reads and checks a `GET /relation-tuples/expand` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ExpandPermissionsRequest {
            namespace: query.required("namespace", false)?,
            object: query.required("object", false)?,
            relation: query.required("relation", false)?,
            max_depth: query.optional("max-depth", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /relation-tuples/expand` request and hands it to [`PermissionApi::expand_permissions`].
pub async fn handle_expand_permissions<S: PermissionApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "expandPermissions",
        path: "/relation-tuples/expand",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ExpandPermissionsRequest::read,
            |request| service.expand_permissions(request),
        )
        .await
}
