//! Operations of the `permission` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Check a permission
    ///
    /// To learn how relationship tuples and the check works, head over to [the documentation](https://www.ory.sh/docs/keto/concepts/api-overview).
    ///
    /// `GET /relation-tuples/check` (operation `checkPermissionOrError`)
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
    /// * `max_depth`: query parameter `max-depth`
    #[allow(clippy::too_many_arguments)]
    pub fn check_permission_or_error(
        &self,
        namespace: ::std::option::Option<&str>,
        object: ::std::option::Option<&str>,
        relation: ::std::option::Option<&str>,
        subject_id: ::std::option::Option<&str>,
        subject_set_namespace: ::std::option::Option<&str>,
        subject_set_object: ::std::option::Option<&str>,
        subject_set_relation: ::std::option::Option<&str>,
        max_depth: ::std::option::Option<i64>,
    ) -> Call<'_, crate::models::CheckPermissionResult, CheckPermissionOrErrorError> {
        const OPERATION: Operation = Operation {
            id: "checkPermissionOrError",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/relation-tuples/check");
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
        crate::runtime::query_pairs(
            &mut query,
            "max-depth",
            &max_depth,
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
                400 => {
                    Err(
                        Error::Status(
                            CheckPermissionOrErrorError::BadRequest(received.json()?),
                        ),
                    )
                }
                403 => {
                    Err(
                        Error::Status(
                            CheckPermissionOrErrorError::Forbidden(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CheckPermissionOrErrorError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::check_permission_or_error`].
#[derive(Debug, Clone, PartialEq)]
pub enum CheckPermissionOrErrorError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `403`: checkPermissionResult
    Forbidden(crate::models::CheckPermissionResult),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Check a permission
    ///
    /// To learn how relationship tuples and the check works, head over to [the documentation](https://www.ory.sh/docs/keto/concepts/api-overview).
    ///
    /// `POST /relation-tuples/check` (operation `postCheckPermissionOrError`)
    ///
    /// # Arguments
    ///
    /// * `max_depth`: query parameter `max-depth`. nolint:deadcode,unused
    /// * `body`: request body, sent as `application/json`
    pub fn post_check_permission_or_error(
        &self,
        max_depth: ::std::option::Option<i64>,
        body: ::std::option::Option<&crate::models::PostCheckPermissionOrErrorBody>,
    ) -> Call<
        '_,
        crate::models::CheckPermissionResult,
        PostCheckPermissionOrErrorError,
    > {
        const OPERATION: Operation = Operation {
            id: "postCheckPermissionOrError",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/relation-tuples/check");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "max-depth",
            &max_depth,
            Style::Form,
            true,
        );
        request = request.query(&query);
        if let Some(body) = body {
            request = request.json(body);
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
                    Err(
                        Error::Status(
                            PostCheckPermissionOrErrorError::BadRequest(received.json()?),
                        ),
                    )
                }
                403 => {
                    Err(
                        Error::Status(
                            PostCheckPermissionOrErrorError::Forbidden(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(PostCheckPermissionOrErrorError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::post_check_permission_or_error`].
#[derive(Debug, Clone, PartialEq)]
pub enum PostCheckPermissionOrErrorError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `403`: checkPermissionResult
    Forbidden(crate::models::CheckPermissionResult),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Check a permission
    ///
    /// To learn how relationship tuples and the check works, head over to [the documentation](https://www.ory.sh/docs/keto/concepts/api-overview).
    ///
    /// `GET /relation-tuples/check/openapi` (operation `checkPermission`)
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
    /// * `max_depth`: query parameter `max-depth`
    #[allow(clippy::too_many_arguments)]
    pub fn check_permission(
        &self,
        namespace: ::std::option::Option<&str>,
        object: ::std::option::Option<&str>,
        relation: ::std::option::Option<&str>,
        subject_id: ::std::option::Option<&str>,
        subject_set_namespace: ::std::option::Option<&str>,
        subject_set_object: ::std::option::Option<&str>,
        subject_set_relation: ::std::option::Option<&str>,
        max_depth: ::std::option::Option<i64>,
    ) -> Call<'_, crate::models::CheckPermissionResult, CheckPermissionError> {
        const OPERATION: Operation = Operation {
            id: "checkPermission",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::GET,
                "/relation-tuples/check/openapi",
            );
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
        crate::runtime::query_pairs(
            &mut query,
            "max-depth",
            &max_depth,
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
                400 => {
                    Err(
                        Error::Status(CheckPermissionError::BadRequest(received.json()?)),
                    )
                }
                _ => {
                    Err(
                        Error::Status(CheckPermissionError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::check_permission`].
#[derive(Debug, Clone, PartialEq)]
pub enum CheckPermissionError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Check a permission
    ///
    /// To learn how relationship tuples and the check works, head over to [the documentation](https://www.ory.sh/docs/keto/concepts/api-overview).
    ///
    /// `POST /relation-tuples/check/openapi` (operation `postCheckPermission`)
    ///
    /// # Arguments
    ///
    /// * `max_depth`: query parameter `max-depth`
    /// * `body`: request body, sent as `application/json`
    pub fn post_check_permission(
        &self,
        max_depth: ::std::option::Option<i64>,
        body: ::std::option::Option<&crate::models::PostCheckPermissionBody>,
    ) -> Call<'_, crate::models::CheckPermissionResult, PostCheckPermissionError> {
        const OPERATION: Operation = Operation {
            id: "postCheckPermission",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(
                &OPERATION,
                ::reqwest::Method::POST,
                "/relation-tuples/check/openapi",
            );
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "max-depth",
            &max_depth,
            Style::Form,
            true,
        );
        request = request.query(&query);
        if let Some(body) = body {
            request = request.json(body);
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
                    Err(
                        Error::Status(
                            PostCheckPermissionError::BadRequest(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(PostCheckPermissionError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::post_check_permission`].
#[derive(Debug, Clone, PartialEq)]
pub enum PostCheckPermissionError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Expand a Relationship into permissions.
    ///
    /// Use this endpoint to expand a relationship tuple into permissions.
    ///
    /// `GET /relation-tuples/expand` (operation `expandPermissions`)
    ///
    /// # Arguments
    ///
    /// * `namespace`: query parameter `namespace`. Namespace of the Subject Set
    /// * `object`: query parameter `object`. Object of the Subject Set
    /// * `relation`: query parameter `relation`. Relation of the Subject Set
    /// * `max_depth`: query parameter `max-depth`
    pub fn expand_permissions(
        &self,
        namespace: &str,
        object: &str,
        relation: &str,
        max_depth: ::std::option::Option<i64>,
    ) -> Call<'_, crate::models::ExpandedPermissionTree, ExpandPermissionsError> {
        const OPERATION: Operation = Operation {
            id: "expandPermissions",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/relation-tuples/expand");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(
            &mut query,
            "namespace",
            namespace,
            Style::Form,
            true,
        );
        crate::runtime::query_pairs(&mut query, "object", object, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "relation", relation, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "max-depth",
            &max_depth,
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
                400 => {
                    Err(
                        Error::Status(
                            ExpandPermissionsError::BadRequest(received.json()?),
                        ),
                    )
                }
                404 => {
                    Err(
                        Error::Status(ExpandPermissionsError::NotFound(received.json()?)),
                    )
                }
                _ => {
                    Err(
                        Error::Status(ExpandPermissionsError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::expand_permissions`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExpandPermissionsError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
