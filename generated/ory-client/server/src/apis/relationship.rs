//! The `relationship` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

pub trait RelationshipApi: Clone + Send + Sync + 'static {
    /// Create a Relationship
    ///
    /// Use this endpoint to create a relationship.
    ///
    /// `PUT /admin/relation-tuples` (operation `createRelationship`)
    fn create_relationship(
        &self,
        request: CreateRelationshipRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateRelationshipResponse>,
    > + Send;
    /// Delete Relationships
    ///
    /// Use this endpoint to delete relationships
    ///
    /// `DELETE /admin/relation-tuples` (operation `deleteRelationships`)
    fn delete_relationships(
        &self,
        request: DeleteRelationshipsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteRelationshipsResponse>,
    > + Send;
    /// Patch Multiple Relationships
    ///
    /// Use this endpoint to patch one or more relationships.
    ///
    /// `PATCH /admin/relation-tuples` (operation `patchRelationships`)
    fn patch_relationships(
        &self,
        request: PatchRelationshipsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<PatchRelationshipsResponse>,
    > + Send;
    /// Query namespaces
    ///
    /// Get all namespaces
    ///
    /// `GET /namespaces` (operation `listRelationshipNamespaces`)
    fn list_relationship_namespaces(
        &self,
        request: ListRelationshipNamespacesRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListRelationshipNamespacesResponse>,
    > + Send;
    /// Check the syntax of an OPL file
    ///
    /// The OPL file is expected in the body of the request.
    ///
    /// `POST /opl/syntax/check` (operation `checkOplSyntax`)
    fn check_opl_syntax(
        &self,
        request: CheckOplSyntaxRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CheckOplSyntaxResponse>,
    > + Send;
    /// Query relationships
    ///
    /// Get all relationships that match the query. Only the namespace field is required.
    ///
    /// `GET /relation-tuples` (operation `getRelationships`)
    fn get_relationships(
        &self,
        request: GetRelationshipsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetRelationshipsResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(relationship::routes().merge(...), service)`.
pub fn routes<S: RelationshipApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/admin/relation-tuples",
            axum::routing::put(
                    crate::apis::relationship::handle_create_relationship::<S>,
                )
                .delete(crate::apis::relationship::handle_delete_relationships::<S>)
                .patch(crate::apis::relationship::handle_patch_relationships::<S>),
        );
    let routes = routes
        .route(
            "/namespaces",
            axum::routing::get(
                crate::apis::relationship::handle_list_relationship_namespaces::<S>,
            ),
        );
    let routes = routes
        .route(
            "/opl/syntax/check",
            axum::routing::post(crate::apis::relationship::handle_check_opl_syntax::<S>),
        );
    routes
        .route(
            "/relation-tuples",
            axum::routing::get(crate::apis::relationship::handle_get_relationships::<S>),
        )
}

/// What a `PUT /admin/relation-tuples` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRelationshipRequest {
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::CreateRelationshipBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /admin/relation-tuples` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateRelationshipResponse {
    /// Status `201`: relationship
    Created(crate::models::Relationship),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateRelationshipResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateRelationshipRequest {
    /// Reads and checks a `PUT /admin/relation-tuples` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateRelationshipRequest {
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /admin/relation-tuples` request and hands it to [`RelationshipApi::create_relationship`].
pub async fn handle_create_relationship<S: RelationshipApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createRelationship",
        path: "/admin/relation-tuples",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateRelationshipRequest::read,
            |request| service.create_relationship(request),
        )
        .await
}

/// What a `DELETE /admin/relation-tuples` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRelationshipsRequest {
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
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /admin/relation-tuples` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteRelationshipsResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for DeleteRelationshipsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DeleteRelationshipsRequest {
    /// Reads and checks a `DELETE /admin/relation-tuples` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteRelationshipsRequest {
            namespace: query.optional("namespace", false)?,
            object: query.optional("object", false)?,
            relation: query.optional("relation", false)?,
            subject_id: query.optional("subject_id", false)?,
            subject_set_namespace: query.optional("subject_set.namespace", false)?,
            subject_set_object: query.optional("subject_set.object", false)?,
            subject_set_relation: query.optional("subject_set.relation", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /admin/relation-tuples` request and hands it to [`RelationshipApi::delete_relationships`].
pub async fn handle_delete_relationships<S: RelationshipApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteRelationships",
        path: "/admin/relation-tuples",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteRelationshipsRequest::read,
            |request| service.delete_relationships(request),
        )
        .await
}

/// What a `PATCH /admin/relation-tuples` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchRelationshipsRequest {
    /// The request body (`application/json`).
    pub body: ::std::option::Option<::std::vec::Vec<crate::models::RelationshipPatch>>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /admin/relation-tuples` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PatchRelationshipsResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for PatchRelationshipsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl PatchRelationshipsRequest {
    /// Reads and checks a `PATCH /admin/relation-tuples` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(PatchRelationshipsRequest {
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /admin/relation-tuples` request and hands it to [`RelationshipApi::patch_relationships`].
pub async fn handle_patch_relationships<S: RelationshipApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "patchRelationships",
        path: "/admin/relation-tuples",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            PatchRelationshipsRequest::read,
            |request| service.patch_relationships(request),
        )
        .await
}

/// What a `GET /namespaces` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListRelationshipNamespacesRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /namespaces` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListRelationshipNamespacesResponse {
    /// Status `200`: relationshipNamespaces
    Ok(crate::models::RelationshipNamespaces),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for ListRelationshipNamespacesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ListRelationshipNamespacesRequest {
    /// Reads and checks a `GET /namespaces` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListRelationshipNamespacesRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /namespaces` request and hands it to [`RelationshipApi::list_relationship_namespaces`].
pub async fn handle_list_relationship_namespaces<S: RelationshipApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listRelationshipNamespaces",
        path: "/namespaces",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListRelationshipNamespacesRequest::read,
            |request| service.list_relationship_namespaces(request),
        )
        .await
}

/// What a `POST /opl/syntax/check` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckOplSyntaxRequest {
    /// The request body (`text/plain`).
    pub body: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /opl/syntax/check` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckOplSyntaxResponse {
    /// Status `200`: checkOplSyntaxResult
    Ok(crate::models::CheckOplSyntaxResult),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CheckOplSyntaxResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CheckOplSyntaxRequest {
    /// Reads and checks a `POST /opl/syntax/check` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CheckOplSyntaxRequest {
            body: runtime::text_body(body)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /opl/syntax/check` request and hands it to [`RelationshipApi::check_opl_syntax`].
pub async fn handle_check_opl_syntax<S: RelationshipApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "checkOplSyntax",
        path: "/opl/syntax/check",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CheckOplSyntaxRequest::read,
            |request| service.check_opl_syntax(request),
        )
        .await
}

/// What a `GET /relation-tuples` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetRelationshipsRequest {
    /// query parameter `page_token`.
    pub page_token: ::std::option::Option<::std::string::String>,
    /// query parameter `page_size`.
    pub page_size: ::std::option::Option<i64>,
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
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /relation-tuples` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetRelationshipsResponse {
    /// Status `200`: relationships
    Ok(crate::models::Relationships),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for GetRelationshipsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetRelationshipsRequest {
    /// Reads and checks a `GET /relation-tuples` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetRelationshipsRequest {
            page_token: query.optional("page_token", false)?,
            page_size: query.optional("page_size", false)?,
            namespace: query.optional("namespace", false)?,
            object: query.optional("object", false)?,
            relation: query.optional("relation", false)?,
            subject_id: query.optional("subject_id", false)?,
            subject_set_namespace: query.optional("subject_set.namespace", false)?,
            subject_set_object: query.optional("subject_set.object", false)?,
            subject_set_relation: query.optional("subject_set.relation", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /relation-tuples` request and hands it to [`RelationshipApi::get_relationships`].
pub async fn handle_get_relationships<S: RelationshipApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getRelationships",
        path: "/relation-tuples",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetRelationshipsRequest::read,
            |request| service.get_relationships(request),
        )
        .await
}
