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
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CheckPermissionOrErrorParams`\]).
    pub fn check_permission_or_error(
        &self,
    ) -> Call<
        '_,
        CheckPermissionOrErrorParams<'_>,
        crate::models::CheckPermissionResult,
        CheckPermissionOrErrorError,
    > {
        const OPERATION: Operation = Operation {
            id: "checkPermissionOrError",
            method: "GET",
            path: "/relation-tuples/check",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            CheckPermissionOrErrorParams {
                namespace: None,
                object: None,
                relation: None,
                subject_id: None,
                subject_set_namespace: None,
                subject_set_object: None,
                subject_set_relation: None,
                max_depth: None,
            },
            |client, params| {
                let CheckPermissionOrErrorParams {
                    namespace,
                    object,
                    relation,
                    subject_id,
                    subject_set_namespace,
                    subject_set_object,
                    subject_set_relation,
                    max_depth,
                } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/relation-tuples/check",
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
                crate::runtime::query_pairs(
                    &mut query,
                    "max-depth",
                    &max_depth,
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
                400 => {
                    Err(
                        received
                            .error_json(
                                CheckPermissionOrErrorError::BadRequest,
                                CheckPermissionOrErrorError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                CheckPermissionOrErrorError::Forbidden,
                                CheckPermissionOrErrorError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CheckPermissionOrErrorError::Default {
                                    status,
                                    body,
                                },
                                CheckPermissionOrErrorError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::check_permission_or_error`], kept in its [`Call`] until it is awaited.
pub struct CheckPermissionOrErrorParams<'a> {
    namespace: ::std::option::Option<&'a str>,
    object: ::std::option::Option<&'a str>,
    relation: ::std::option::Option<&'a str>,
    subject_id: ::std::option::Option<&'a str>,
    subject_set_namespace: ::std::option::Option<&'a str>,
    subject_set_object: ::std::option::Option<&'a str>,
    subject_set_relation: ::std::option::Option<&'a str>,
    max_depth: ::std::option::Option<i64>,
}
impl<'a, T, E> Call<'a, CheckPermissionOrErrorParams<'a>, T, E> {
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
    /// * `max_depth`: query parameter `max-depth`
    pub fn max_depth(mut self, max_depth: i64) -> Self {
        self.params.max_depth = Some(max_depth);
        self
    }
}
/// Error responses of [`Client::check_permission_or_error`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CheckPermissionOrErrorError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `403`: checkPermissionResult
    Forbidden(crate::models::CheckPermissionResult),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CheckPermissionOrErrorError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "checkPermissionOrError", status, message)
    }
}
impl ::std::error::Error for CheckPermissionOrErrorError {}

impl Client {
    /// Check a permission
    ///
    /// To learn how relationship tuples and the check works, head over to [the documentation](https://www.ory.sh/docs/keto/concepts/api-overview).
    ///
    /// `POST /relation-tuples/check` (operation `postCheckPermissionOrError`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`PostCheckPermissionOrErrorParams`\]).
    pub fn post_check_permission_or_error(
        &self,
    ) -> Call<
        '_,
        PostCheckPermissionOrErrorParams<'_>,
        crate::models::CheckPermissionResult,
        PostCheckPermissionOrErrorError,
    > {
        const OPERATION: Operation = Operation {
            id: "postCheckPermissionOrError",
            method: "POST",
            path: "/relation-tuples/check",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            PostCheckPermissionOrErrorParams {
                max_depth: None,
                body: None,
            },
            |client, params| {
                let PostCheckPermissionOrErrorParams { max_depth, body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/relation-tuples/check",
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
                                PostCheckPermissionOrErrorError::BadRequest,
                                PostCheckPermissionOrErrorError::Unknown,
                            ),
                    )
                }
                403 => {
                    Err(
                        received
                            .error_json(
                                PostCheckPermissionOrErrorError::Forbidden,
                                PostCheckPermissionOrErrorError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| PostCheckPermissionOrErrorError::Default {
                                    status,
                                    body,
                                },
                                PostCheckPermissionOrErrorError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::post_check_permission_or_error`], kept in its [`Call`] until it is awaited.
pub struct PostCheckPermissionOrErrorParams<'a> {
    max_depth: ::std::option::Option<i64>,
    body: ::std::option::Option<&'a crate::models::PostCheckPermissionOrErrorBody>,
}
impl<'a, T, E> Call<'a, PostCheckPermissionOrErrorParams<'a>, T, E> {
    /// * `max_depth`: query parameter `max-depth`. nolint:deadcode,unused
    pub fn max_depth(mut self, max_depth: i64) -> Self {
        self.params.max_depth = Some(max_depth);
        self
    }
    /// * `body`: request body, sent as `application/json`
    pub fn body(
        mut self,
        body: &'a crate::models::PostCheckPermissionOrErrorBody,
    ) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::post_check_permission_or_error`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PostCheckPermissionOrErrorError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `403`: checkPermissionResult
    Forbidden(crate::models::CheckPermissionResult),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for PostCheckPermissionOrErrorError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Forbidden(body) => (403, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "postCheckPermissionOrError", status, message)
    }
}
impl ::std::error::Error for PostCheckPermissionOrErrorError {}

impl Client {
    /// Check a permission
    ///
    /// To learn how relationship tuples and the check works, head over to [the documentation](https://www.ory.sh/docs/keto/concepts/api-overview).
    ///
    /// `GET /relation-tuples/check/openapi` (operation `checkPermission`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CheckPermissionParams`\]).
    pub fn check_permission(
        &self,
    ) -> Call<
        '_,
        CheckPermissionParams<'_>,
        crate::models::CheckPermissionResult,
        CheckPermissionError,
    > {
        const OPERATION: Operation = Operation {
            id: "checkPermission",
            method: "GET",
            path: "/relation-tuples/check/openapi",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            CheckPermissionParams {
                namespace: None,
                object: None,
                relation: None,
                subject_id: None,
                subject_set_namespace: None,
                subject_set_object: None,
                subject_set_relation: None,
                max_depth: None,
            },
            |client, params| {
                let CheckPermissionParams {
                    namespace,
                    object,
                    relation,
                    subject_id,
                    subject_set_namespace,
                    subject_set_object,
                    subject_set_relation,
                    max_depth,
                } = params;
                let mut request = client
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
                crate::runtime::query_pairs(
                    &mut query,
                    "max-depth",
                    &max_depth,
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
                400 => {
                    Err(
                        received
                            .error_json(
                                CheckPermissionError::BadRequest,
                                CheckPermissionError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| CheckPermissionError::Default {
                                    status,
                                    body,
                                },
                                CheckPermissionError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::check_permission`], kept in its [`Call`] until it is awaited.
pub struct CheckPermissionParams<'a> {
    namespace: ::std::option::Option<&'a str>,
    object: ::std::option::Option<&'a str>,
    relation: ::std::option::Option<&'a str>,
    subject_id: ::std::option::Option<&'a str>,
    subject_set_namespace: ::std::option::Option<&'a str>,
    subject_set_object: ::std::option::Option<&'a str>,
    subject_set_relation: ::std::option::Option<&'a str>,
    max_depth: ::std::option::Option<i64>,
}
impl<'a, T, E> Call<'a, CheckPermissionParams<'a>, T, E> {
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
    /// * `max_depth`: query parameter `max-depth`
    pub fn max_depth(mut self, max_depth: i64) -> Self {
        self.params.max_depth = Some(max_depth);
        self
    }
}
/// Error responses of [`Client::check_permission`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CheckPermissionError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CheckPermissionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "checkPermission", status, message)
    }
}
impl ::std::error::Error for CheckPermissionError {}

impl Client {
    /// Check a permission
    ///
    /// To learn how relationship tuples and the check works, head over to [the documentation](https://www.ory.sh/docs/keto/concepts/api-overview).
    ///
    /// `POST /relation-tuples/check/openapi` (operation `postCheckPermission`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`PostCheckPermissionParams`\]).
    pub fn post_check_permission(
        &self,
    ) -> Call<
        '_,
        PostCheckPermissionParams<'_>,
        crate::models::CheckPermissionResult,
        PostCheckPermissionError,
    > {
        const OPERATION: Operation = Operation {
            id: "postCheckPermission",
            method: "POST",
            path: "/relation-tuples/check/openapi",
            idempotent: false,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            PostCheckPermissionParams {
                max_depth: None,
                body: None,
            },
            |client, params| {
                let PostCheckPermissionParams { max_depth, body } = params;
                let mut request = client
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
                                PostCheckPermissionError::BadRequest,
                                PostCheckPermissionError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| PostCheckPermissionError::Default {
                                    status,
                                    body,
                                },
                                PostCheckPermissionError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::post_check_permission`], kept in its [`Call`] until it is awaited.
pub struct PostCheckPermissionParams<'a> {
    max_depth: ::std::option::Option<i64>,
    body: ::std::option::Option<&'a crate::models::PostCheckPermissionBody>,
}
impl<'a, T, E> Call<'a, PostCheckPermissionParams<'a>, T, E> {
    /// * `max_depth`: query parameter `max-depth`
    pub fn max_depth(mut self, max_depth: i64) -> Self {
        self.params.max_depth = Some(max_depth);
        self
    }
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::PostCheckPermissionBody) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::post_check_permission`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PostCheckPermissionError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for PostCheckPermissionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "postCheckPermission", status, message)
    }
}
impl ::std::error::Error for PostCheckPermissionError {}

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
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ExpandPermissionsParams`\]).
    pub fn expand_permissions<'a>(
        &'a self,
        namespace: &'a str,
        object: &'a str,
        relation: &'a str,
    ) -> Call<
        'a,
        ExpandPermissionsParams<'a>,
        crate::models::ExpandedPermissionTree,
        ExpandPermissionsError,
    > {
        const OPERATION: Operation = Operation {
            id: "expandPermissions",
            method: "GET",
            path: "/relation-tuples/expand",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            ExpandPermissionsParams {
                namespace,
                object,
                relation,
                max_depth: None,
            },
            |client, params| {
                let ExpandPermissionsParams { namespace, object, relation, max_depth } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/relation-tuples/expand",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "namespace",
                    namespace,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "object",
                    object,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "relation",
                    relation,
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
                                ExpandPermissionsError::BadRequest,
                                ExpandPermissionsError::Unknown,
                            ),
                    )
                }
                404 => {
                    Err(
                        received
                            .error_json(
                                ExpandPermissionsError::NotFound,
                                ExpandPermissionsError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| ExpandPermissionsError::Default {
                                    status,
                                    body,
                                },
                                ExpandPermissionsError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::expand_permissions`], kept in its [`Call`] until it is awaited.
pub struct ExpandPermissionsParams<'a> {
    namespace: &'a str,
    object: &'a str,
    relation: &'a str,
    max_depth: ::std::option::Option<i64>,
}
impl<'a, T, E> Call<'a, ExpandPermissionsParams<'a>, T, E> {
    /// * `max_depth`: query parameter `max-depth`
    pub fn max_depth(mut self, max_depth: i64) -> Self {
        self.params.max_depth = Some(max_depth);
        self
    }
}
/// Error responses of [`Client::expand_permissions`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ExpandPermissionsError {
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
impl ::std::fmt::Display for ExpandPermissionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::NotFound(body) => (404, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "expandPermissions", status, message)
    }
}
impl ::std::error::Error for ExpandPermissionsError {}
