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
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn create_relationship(
        &self,
        body: ::std::option::Option<&crate::models::CreateRelationshipBody>,
    ) -> Call<'_, crate::models::Relationship, CreateRelationshipError> {
        const OPERATION: Operation = Operation {
            id: "createRelationship",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::PUT, "/admin/relation-tuples");
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            CreateRelationshipError::BadRequest(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CreateRelationshipError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::create_relationship`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateRelationshipError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Delete Relationships
    ///
    /// Use this endpoint to delete relationships
    ///
    /// `DELETE /admin/relation-tuples` (operation `deleteRelationships`)
    ///
    /// # Arguments
    ///
    /// * `namespace`: query parameter `namespace`. Namespace of the Relationship
    /// * `object`: query parameter `object`. Object of the Relationship
    /// * `relation`: query parameter `relation`. Relation of the Relationship
    /// * `subject_id`: query parameter `subject_id`. SubjectID of the Relationship
    /// * `subject_set_namespace`: query parameter `subject_set.namespace`. Namespace of the Subject Set
    /// * `subject_set_object`: query parameter `subject_set.object`. Object of the Subject Set
    /// * `subject_set_relation`: query parameter `subject_set.relation`. Relation of the Subject Set
    #[allow(clippy::too_many_arguments)]
    pub fn delete_relationships(
        &self,
        namespace: ::std::option::Option<&str>,
        object: ::std::option::Option<&str>,
        relation: ::std::option::Option<&str>,
        subject_id: ::std::option::Option<&str>,
        subject_set_namespace: ::std::option::Option<&str>,
        subject_set_object: ::std::option::Option<&str>,
        subject_set_relation: ::std::option::Option<&str>,
    ) -> Call<'_, (), DeleteRelationshipsError> {
        const OPERATION: Operation = Operation {
            id: "deleteRelationships",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::DELETE, "/admin/relation-tuples");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "namespace",
            &namespace,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "object", &object, Style::Form, true);
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
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                400 => {
                    Err(
                        Error::Status(
                            DeleteRelationshipsError::BadRequest(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(DeleteRelationshipsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::delete_relationships`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteRelationshipsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Patch Multiple Relationships
    ///
    /// Use this endpoint to patch one or more relationships.
    ///
    /// `PATCH /admin/relation-tuples` (operation `patchRelationships`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn patch_relationships(
        &self,
        body: ::std::option::Option<&::std::vec::Vec<crate::models::RelationshipPatch>>,
    ) -> Call<'_, (), PatchRelationshipsError> {
        const OPERATION: Operation = Operation {
            id: "patchRelationships",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::PATCH, "/admin/relation-tuples");
        if let Some(body) = body {
            request = request.json(body);
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                204 => Ok(received.value(())),
                400 => {
                    Err(
                        Error::Status(
                            PatchRelationshipsError::BadRequest(received.json()?),
                        ),
                    )
                }
                404 => {
                    Err(
                        Error::Status(
                            PatchRelationshipsError::NotFound(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(PatchRelationshipsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::patch_relationships`].
#[derive(Debug, Clone, PartialEq)]
pub enum PatchRelationshipsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
        crate::models::RelationshipNamespaces,
        ListRelationshipNamespacesError,
    > {
        const OPERATION: Operation = Operation {
            id: "listRelationshipNamespaces",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let request = self.request(&OPERATION, ::reqwest::Method::GET, "/namespaces");
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(ListRelationshipNamespacesError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_relationship_namespaces`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListRelationshipNamespacesError {
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Check the syntax of an OPL file
    ///
    /// The OPL file is expected in the body of the request.
    ///
    /// `POST /opl/syntax/check` (operation `checkOplSyntax`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `text/plain`
    pub fn check_opl_syntax(
        &self,
        body: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::CheckOplSyntaxResult, CheckOplSyntaxError> {
        const OPERATION: Operation = Operation {
            id: "checkOplSyntax",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/opl/syntax/check");
        if let Some(body) = body {
            request = request
                .header(::reqwest::header::CONTENT_TYPE, "text/plain")
                .body(body.to_owned());
        }
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(Error::Status(CheckOplSyntaxError::BadRequest(received.json()?)))
                }
                _ => {
                    Err(
                        Error::Status(CheckOplSyntaxError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::check_opl_syntax`].
#[derive(Debug, Clone, PartialEq)]
pub enum CheckOplSyntaxError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Query relationships
    ///
    /// Get all relationships that match the query. Only the namespace field is required.
    ///
    /// `GET /relation-tuples` (operation `getRelationships`)
    ///
    /// # Arguments
    ///
    /// * `page_token`: query parameter `page_token`
    /// * `page_size`: query parameter `page_size`
    /// * `namespace`: query parameter `namespace`. Namespace of the Relationship
    /// * `object`: query parameter `object`. Object of the Relationship
    /// * `relation`: query parameter `relation`. Relation of the Relationship
    /// * `subject_id`: query parameter `subject_id`. SubjectID of the Relationship
    /// * `subject_set_namespace`: query parameter `subject_set.namespace`. Namespace of the Subject Set
    /// * `subject_set_object`: query parameter `subject_set.object`. Object of the Subject Set
    /// * `subject_set_relation`: query parameter `subject_set.relation`. Relation of the Subject Set
    #[allow(clippy::too_many_arguments)]
    pub fn get_relationships(
        &self,
        page_token: ::std::option::Option<&str>,
        page_size: ::std::option::Option<i64>,
        namespace: ::std::option::Option<&str>,
        object: ::std::option::Option<&str>,
        relation: ::std::option::Option<&str>,
        subject_id: ::std::option::Option<&str>,
        subject_set_namespace: ::std::option::Option<&str>,
        subject_set_object: ::std::option::Option<&str>,
        subject_set_relation: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::Relationships, GetRelationshipsError> {
        const OPERATION: Operation = Operation {
            id: "getRelationships",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
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
        crate::runtime::query_pairs(&mut query, "object", &object, Style::Form, true);
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
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                404 => {
                    Err(Error::Status(GetRelationshipsError::NotFound(received.json()?)))
                }
                _ => {
                    Err(
                        Error::Status(GetRelationshipsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_relationships`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetRelationshipsError {
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
