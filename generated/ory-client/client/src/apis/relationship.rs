//! Operations of the `relationship` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Create a Relationship
    ///
    /// Use this endpoint to create a relationship.
    ///
    /// `PUT /admin/relation-tuples` (operation `createRelationship`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreateRelationshipParams`\]).
    pub fn create_relationship(
        &self,
    ) -> Call<
        '_,
        CreateRelationshipParams<'_>,
        crate::models::Relationship,
        CreateRelationshipError,
    > {
        const OPERATION: Operation = Operation {
            id: "createRelationship",
            method: "PUT",
            path: "/admin/relation-tuples",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateRelationshipParams {
                body: None,
            },
            |client, params| {
                let CreateRelationshipParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PUT,
                        "/admin/relation-tuples",
                    );
                if let Some(body) = body {
                    request = request.json(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                CreateRelationshipError::BadRequest,
                                CreateRelationshipError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CreateRelationshipError::Default {
                                    status,
                                    body,
                                },
                                CreateRelationshipError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_relationship`], kept in its [`Call`] until it is awaited.
pub struct CreateRelationshipParams<'a> {
    body: ::std::option::Option<&'a crate::models::CreateRelationshipBody>,
}
impl<'a, T, E> Call<'a, CreateRelationshipParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::CreateRelationshipBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::create_relationship`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateRelationshipError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateRelationshipError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createRelationship", status, message)
    }
}
impl ::std::error::Error for CreateRelationshipError {}

impl Client {
    /// Delete Relationships
    ///
    /// Use this endpoint to delete relationships
    ///
    /// `DELETE /admin/relation-tuples` (operation `deleteRelationships`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`DeleteRelationshipsParams`\]).
    pub fn delete_relationships(
        &self,
    ) -> Call<'_, DeleteRelationshipsParams<'_>, (), DeleteRelationshipsError> {
        const OPERATION: Operation = Operation {
            id: "deleteRelationships",
            method: "DELETE",
            path: "/admin/relation-tuples",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            DeleteRelationshipsParams {
                namespace: None,
                object: None,
                relation: None,
                subject_id: None,
                subject_set_namespace: None,
                subject_set_object: None,
                subject_set_relation: None,
            },
            |client, params| {
                let DeleteRelationshipsParams {
                    namespace,
                    object,
                    relation,
                    subject_id,
                    subject_set_namespace,
                    subject_set_object,
                    subject_set_relation,
                } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::DELETE,
                        "/admin/relation-tuples",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "namespace",
                    &namespace,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "object",
                    &object,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "relation",
                    &relation,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "subject_id",
                    &subject_id,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "subject_set.namespace",
                    &subject_set_namespace,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "subject_set.object",
                    &subject_set_object,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "subject_set.relation",
                    &subject_set_relation,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                400 => {
                    Err(
                        received
                            .error_json(
                                DeleteRelationshipsError::BadRequest,
                                DeleteRelationshipsError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| DeleteRelationshipsError::Default {
                                    status,
                                    body,
                                },
                                DeleteRelationshipsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::delete_relationships`], kept in its [`Call`] until it is awaited.
pub struct DeleteRelationshipsParams<'a> {
    namespace: ::std::option::Option<&'a str>,
    object: ::std::option::Option<&'a str>,
    relation: ::std::option::Option<&'a str>,
    subject_id: ::std::option::Option<&'a str>,
    subject_set_namespace: ::std::option::Option<&'a str>,
    subject_set_object: ::std::option::Option<&'a str>,
    subject_set_relation: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, DeleteRelationshipsParams<'a>, T, E> {
    /// * `namespace`: query parameter `namespace`. Namespace of the Relationship
    pub fn namespace(mut self, namespace: &'a str) -> Self {
        self.params.namespace = Some(namespace);
        self
    }
    /// * `object`: query parameter `object`. Object of the Relationship
    pub fn object(mut self, object: &'a str) -> Self {
        self.params.object = Some(object);
        self
    }
    /// * `relation`: query parameter `relation`. Relation of the Relationship
    pub fn relation(mut self, relation: &'a str) -> Self {
        self.params.relation = Some(relation);
        self
    }
    /// * `subject_id`: query parameter `subject_id`. SubjectID of the Relationship
    pub fn subject_id(mut self, subject_id: &'a str) -> Self {
        self.params.subject_id = Some(subject_id);
        self
    }
    /// * `subject_set_namespace`: query parameter `subject_set.namespace`. Namespace of the Subject Set
    pub fn subject_set_namespace(mut self, subject_set_namespace: &'a str) -> Self {
        self.params.subject_set_namespace = Some(subject_set_namespace);
        self
    }
    /// * `subject_set_object`: query parameter `subject_set.object`. Object of the Subject Set
    pub fn subject_set_object(mut self, subject_set_object: &'a str) -> Self {
        self.params.subject_set_object = Some(subject_set_object);
        self
    }
    /// * `subject_set_relation`: query parameter `subject_set.relation`. Relation of the Subject Set
    pub fn subject_set_relation(mut self, subject_set_relation: &'a str) -> Self {
        self.params.subject_set_relation = Some(subject_set_relation);
        self
    }
}
/// Error responses of [`Client::delete_relationships`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteRelationshipsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DeleteRelationshipsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "deleteRelationships", status, message)
    }
}
impl ::std::error::Error for DeleteRelationshipsError {}

impl Client {
    /// Patch Multiple Relationships
    ///
    /// Use this endpoint to patch one or more relationships.
    ///
    /// `PATCH /admin/relation-tuples` (operation `patchRelationships`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`PatchRelationshipsParams`\]).
    pub fn patch_relationships(
        &self,
    ) -> Call<'_, PatchRelationshipsParams<'_>, (), PatchRelationshipsError> {
        const OPERATION: Operation = Operation {
            id: "patchRelationships",
            method: "PATCH",
            path: "/admin/relation-tuples",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            PatchRelationshipsParams {
                body: None,
            },
            |client, params| {
                let PatchRelationshipsParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::PATCH,
                        "/admin/relation-tuples",
                    );
                if let Some(body) = body {
                    request = request.json(body);
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                400 => {
                    Err(
                        received
                            .error_json(
                                PatchRelationshipsError::BadRequest,
                                PatchRelationshipsError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                PatchRelationshipsError::NotFound,
                                PatchRelationshipsError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| PatchRelationshipsError::Default {
                                    status,
                                    body,
                                },
                                PatchRelationshipsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::patch_relationships`], kept in its [`Call`] until it is awaited.
pub struct PatchRelationshipsParams<'a> {
    body: ::std::option::Option<&'a ::std::vec::Vec<crate::models::RelationshipPatch>>,
}
impl<'a, T, E> Call<'a, PatchRelationshipsParams<'a>, T, E> {
    /// * `body`: request body, sent as `application/json`
    pub fn body(
        mut self,
        body: &'a ::std::vec::Vec<crate::models::RelationshipPatch>,
    ) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::patch_relationships`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PatchRelationshipsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for PatchRelationshipsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "patchRelationships", status, message)
    }
}
impl ::std::error::Error for PatchRelationshipsError {}

impl Client {
    /// Query namespaces
    ///
    /// Get all namespaces
    ///
    /// `GET /namespaces` (operation `listRelationshipNamespaces`)
    pub fn list_relationship_namespaces(
        &self,
    ) -> Call<
        '_,
        (),
        crate::models::RelationshipNamespaces,
        ListRelationshipNamespacesError,
    > {
        const OPERATION: Operation = Operation {
            id: "listRelationshipNamespaces",
            method: "GET",
            path: "/namespaces",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/namespaces");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| ListRelationshipNamespacesError::Default {
                                    status,
                                    body,
                                },
                                ListRelationshipNamespacesError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_relationship_namespaces`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListRelationshipNamespacesError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListRelationshipNamespacesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listRelationshipNamespaces", status, message)
    }
}
impl ::std::error::Error for ListRelationshipNamespacesError {}

impl Client {
    /// Check the syntax of an OPL file
    ///
    /// The OPL file is expected in the body of the request.
    ///
    /// `POST /opl/syntax/check` (operation `checkOplSyntax`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CheckOplSyntaxParams`\]).
    pub fn check_opl_syntax(
        &self,
    ) -> Call<
        '_,
        CheckOplSyntaxParams<'_>,
        crate::models::CheckOplSyntaxResult,
        CheckOplSyntaxError,
    > {
        const OPERATION: Operation = Operation {
            id: "checkOplSyntax",
            method: "POST",
            path: "/opl/syntax/check",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            CheckOplSyntaxParams { body: None },
            |client, params| {
                let CheckOplSyntaxParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/opl/syntax/check");
                if let Some(body) = body {
                    request = request
                        .header(::reqwest::header::CONTENT_TYPE, "text/plain")
                        .body(body.to_owned());
                }
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                CheckOplSyntaxError::BadRequest,
                                CheckOplSyntaxError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CheckOplSyntaxError::Default {
                                    status,
                                    body,
                                },
                                CheckOplSyntaxError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::check_opl_syntax`], kept in its [`Call`] until it is awaited.
pub struct CheckOplSyntaxParams<'a> {
    body: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, CheckOplSyntaxParams<'a>, T, E> {
    /// * `body`: request body, sent as `text/plain`
    pub fn body(mut self, body: &'a str) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::check_opl_syntax`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CheckOplSyntaxError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CheckOplSyntaxError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "checkOplSyntax", status, message)
    }
}
impl ::std::error::Error for CheckOplSyntaxError {}

impl Client {
    /// Query relationships
    ///
    /// Get all relationships that match the query. Only the namespace field is required.
    ///
    /// `GET /relation-tuples` (operation `getRelationships`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetRelationshipsParams`\]).
    pub fn get_relationships(
        &self,
    ) -> Call<
        '_,
        GetRelationshipsParams<'_>,
        crate::models::Relationships,
        GetRelationshipsError,
    > {
        const OPERATION: Operation = Operation {
            id: "getRelationships",
            method: "GET",
            path: "/relation-tuples",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetRelationshipsParams {
                page_token: None,
                page_size: None,
                namespace: None,
                object: None,
                relation: None,
                subject_id: None,
                subject_set_namespace: None,
                subject_set_object: None,
                subject_set_relation: None,
            },
            |client, params| {
                let GetRelationshipsParams {
                    page_token,
                    page_size,
                    namespace,
                    object,
                    relation,
                    subject_id,
                    subject_set_namespace,
                    subject_set_object,
                    subject_set_relation,
                } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/relation-tuples");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "page_token",
                    &page_token,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "page_size",
                    &page_size,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "namespace",
                    &namespace,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "object",
                    &object,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "relation",
                    &relation,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "subject_id",
                    &subject_id,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "subject_set.namespace",
                    &subject_set_namespace,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "subject_set.object",
                    &subject_set_object,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "subject_set.relation",
                    &subject_set_relation,
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
                404 => {
                    Err(
                        received
                            .error_json(
                                GetRelationshipsError::NotFound,
                                GetRelationshipsError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetRelationshipsError::Default {
                                    status,
                                    body,
                                },
                                GetRelationshipsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_relationships`], kept in its [`Call`] until it is awaited.
pub struct GetRelationshipsParams<'a> {
    page_token: ::std::option::Option<&'a str>,
    page_size: ::std::option::Option<i64>,
    namespace: ::std::option::Option<&'a str>,
    object: ::std::option::Option<&'a str>,
    relation: ::std::option::Option<&'a str>,
    subject_id: ::std::option::Option<&'a str>,
    subject_set_namespace: ::std::option::Option<&'a str>,
    subject_set_object: ::std::option::Option<&'a str>,
    subject_set_relation: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetRelationshipsParams<'a>, T, E> {
    /// * `page_token`: query parameter `page_token`
    pub fn page_token(mut self, page_token: &'a str) -> Self {
        self.params.page_token = Some(page_token);
        self
    }
    /// * `page_size`: query parameter `page_size`
    pub fn page_size(mut self, page_size: i64) -> Self {
        self.params.page_size = Some(page_size);
        self
    }
    /// * `namespace`: query parameter `namespace`. Namespace of the Relationship
    pub fn namespace(mut self, namespace: &'a str) -> Self {
        self.params.namespace = Some(namespace);
        self
    }
    /// * `object`: query parameter `object`. Object of the Relationship
    pub fn object(mut self, object: &'a str) -> Self {
        self.params.object = Some(object);
        self
    }
    /// * `relation`: query parameter `relation`. Relation of the Relationship
    pub fn relation(mut self, relation: &'a str) -> Self {
        self.params.relation = Some(relation);
        self
    }
    /// * `subject_id`: query parameter `subject_id`. SubjectID of the Relationship
    pub fn subject_id(mut self, subject_id: &'a str) -> Self {
        self.params.subject_id = Some(subject_id);
        self
    }
    /// * `subject_set_namespace`: query parameter `subject_set.namespace`. Namespace of the Subject Set
    pub fn subject_set_namespace(mut self, subject_set_namespace: &'a str) -> Self {
        self.params.subject_set_namespace = Some(subject_set_namespace);
        self
    }
    /// * `subject_set_object`: query parameter `subject_set.object`. Object of the Subject Set
    pub fn subject_set_object(mut self, subject_set_object: &'a str) -> Self {
        self.params.subject_set_object = Some(subject_set_object);
        self
    }
    /// * `subject_set_relation`: query parameter `subject_set.relation`. Relation of the Subject Set
    pub fn subject_set_relation(mut self, subject_set_relation: &'a str) -> Self {
        self.params.subject_set_relation = Some(subject_set_relation);
        self
    }
}
/// Error responses of [`Client::get_relationships`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetRelationshipsError {
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetRelationshipsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getRelationships", status, message)
    }
}
impl ::std::error::Error for GetRelationshipsError {}
