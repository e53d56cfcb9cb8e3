//! The `identity` API.
//!
//! APIs for managing identities.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// APIs for managing identities.
pub trait IdentityApi: Clone + Send + Sync + 'static {
    /// List Identities
    ///
    /// Lists all [identities](https://www.ory.sh/docs/kratos/concepts/identity-user-model) in the system.
    ///
    /// `GET /admin/identities` (operation `listIdentities`)
    fn list_identities(
        &self,
        request: ListIdentitiesRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListIdentitiesResponse>,
    > + Send;
    /// Create an Identity
    ///
    /// Create an [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model).  This endpoint can also be used to
    /// [import credentials](https://www.ory.sh/docs/kratos/manage-identities/import-user-accounts-identities)
    /// for instance passwords, social sign in configurations or multifactor methods.
    ///
    /// `POST /admin/identities` (operation `createIdentity`)
    fn create_identity(
        &self,
        request: CreateIdentityRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateIdentityResponse>,
    > + Send;
    /// Create and deletes multiple identities
    ///
    /// Creates or delete multiple
    /// [identities](https://www.ory.sh/docs/kratos/concepts/identity-user-model).
    /// This endpoint can also be used to [import
    /// credentials](https://www.ory.sh/docs/kratos/manage-identities/import-user-accounts-identities)
    /// for instance passwords, social sign in configurations or multifactor methods.
    ///
    /// `PATCH /admin/identities` (operation `batchPatchIdentities`)
    fn batch_patch_identities(
        &self,
        request: BatchPatchIdentitiesRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<BatchPatchIdentitiesResponse>,
    > + Send;
    /// Get an Identity
    ///
    /// Return an [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model) by its ID. You can optionally
    /// include credentials (e.g. social sign in connections) in the response by using the `include_credential` query parameter.
    ///
    /// `GET /admin/identities/{id}` (operation `getIdentity`)
    fn get_identity(
        &self,
        request: GetIdentityRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetIdentityResponse>> + Send;
    /// Update an Identity
    ///
    /// This endpoint updates an [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model). The full identity
    /// payload (except credentials) is expected. It is possible to update the identity's credentials as well.
    ///
    /// `PUT /admin/identities/{id}` (operation `updateIdentity`)
    fn update_identity(
        &self,
        request: UpdateIdentityRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateIdentityResponse>,
    > + Send;
    /// Delete an Identity
    ///
    /// Calling this endpoint irrecoverably and permanently deletes the [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model) given its ID. This action can not be undone.
    /// This endpoint returns 204 when the identity was deleted or when the identity was not found, in which case it is
    /// assumed that is has been deleted already.
    ///
    /// `DELETE /admin/identities/{id}` (operation `deleteIdentity`)
    fn delete_identity(
        &self,
        request: DeleteIdentityRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteIdentityResponse>,
    > + Send;
    /// Patch an Identity
    ///
    /// Partially updates an [identity's](https://www.ory.sh/docs/kratos/concepts/identity-user-model) field using [JSON Patch](https://jsonpatch.com/).
    /// The fields `id`, `stateChangedAt` and `credentials` can not be updated using this method.
    ///
    /// `PATCH /admin/identities/{id}` (operation `patchIdentity`)
    fn patch_identity(
        &self,
        request: PatchIdentityRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<PatchIdentityResponse>> + Send;
    /// Delete a credential for a specific identity
    ///
    /// Delete an [identity](https://www.ory.sh/docs/kratos/concepts/identity-user-model) credential by its type
    /// You can only delete second factor (aal2) credentials.
    ///
    /// `DELETE /admin/identities/{id}/credentials/{type}` (operation `deleteIdentityCredentials`)
    fn delete_identity_credentials(
        &self,
        request: DeleteIdentityCredentialsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteIdentityCredentialsResponse>,
    > + Send;
    /// List an Identity's Sessions
    ///
    /// This endpoint returns all sessions that belong to the given Identity.
    ///
    /// `GET /admin/identities/{id}/sessions` (operation `listIdentitySessions`)
    fn list_identity_sessions(
        &self,
        request: ListIdentitySessionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListIdentitySessionsResponse>,
    > + Send;
    /// Delete & Invalidate an Identity's Sessions
    ///
    /// Calling this endpoint irrecoverably and permanently deletes and invalidates all sessions that belong to the given Identity.
    ///
    /// `DELETE /admin/identities/{id}/sessions` (operation `deleteIdentitySessions`)
    fn delete_identity_sessions(
        &self,
        request: DeleteIdentitySessionsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteIdentitySessionsResponse>,
    > + Send;
    /// Create a Recovery Code
    ///
    /// This endpoint creates a recovery code which should be given to the user in order for them to recover
    /// (or activate) their account.
    ///
    /// `POST /admin/recovery/code` (operation `createRecoveryCodeForIdentity`)
    fn create_recovery_code_for_identity(
        &self,
        request: CreateRecoveryCodeForIdentityRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateRecoveryCodeForIdentityResponse>,
    > + Send;
    /// Create a Recovery Link
    ///
    /// This endpoint creates a recovery link which should be given to the user in order for them to recover
    /// (or activate) their account.
    ///
    /// `POST /admin/recovery/link` (operation `createRecoveryLinkForIdentity`)
    fn create_recovery_link_for_identity(
        &self,
        request: CreateRecoveryLinkForIdentityRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateRecoveryLinkForIdentityResponse>,
    > + Send;
    /// List All Sessions
    ///
    /// Listing all sessions that exist.
    ///
    /// `GET /admin/sessions` (operation `listSessions`)
    fn list_sessions(
        &self,
        request: ListSessionsRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ListSessionsResponse>> + Send;
    /// Get Session
    ///
    /// This endpoint is useful for:
    ///
    /// Getting a session object with all specified expandables that exist in an administrative context.
    ///
    /// `GET /admin/sessions/{id}` (operation `getSession`)
    fn get_session(
        &self,
        request: GetSessionRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<GetSessionResponse>> + Send;
    /// Deactivate a Session
    ///
    /// Calling this endpoint deactivates the specified session. Session data is not deleted.
    ///
    /// `DELETE /admin/sessions/{id}` (operation `disableSession`)
    fn disable_session(
        &self,
        request: DisableSessionRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DisableSessionResponse>,
    > + Send;
    /// Extend a Session
    ///
    /// Calling this endpoint extends the given session ID. If `session.earliest_possible_extend` is set it
    /// will only extend the session after the specified time has passed.
    ///
    /// Retrieve the session ID from the `/sessions/whoami` endpoint / `toSession` SDK method.
    ///
    /// `PATCH /admin/sessions/{id}/extend` (operation `extendSession`)
    fn extend_session(
        &self,
        request: ExtendSessionRequest,
    ) -> impl ::std::future::Future<Output = crate::Reply<ExtendSessionResponse>> + Send;
    /// Get all Identity Schemas
    ///
    /// Returns a list of all identity schemas currently in use.
    ///
    /// `GET /schemas` (operation `listIdentitySchemas`)
    fn list_identity_schemas(
        &self,
        request: ListIdentitySchemasRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListIdentitySchemasResponse>,
    > + Send;
    /// Get Identity JSON Schema
    ///
    /// Return a specific identity schema.
    ///
    /// `GET /schemas/{id}` (operation `getIdentitySchema`)
    fn get_identity_schema(
        &self,
        request: GetIdentitySchemaRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetIdentitySchemaResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(identity::routes().merge(...), service)`.
pub fn routes<S: IdentityApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/admin/identities",
            axum::routing::get(crate::apis::identity::handle_list_identities::<S>)
                .post(crate::apis::identity::handle_create_identity::<S>)
                .patch(crate::apis::identity::handle_batch_patch_identities::<S>),
        );
    let routes = routes
        .route(
            "/admin/identities/{p0}",
            axum::routing::get(crate::apis::identity::handle_get_identity::<S>)
                .put(crate::apis::identity::handle_update_identity::<S>)
                .delete(crate::apis::identity::handle_delete_identity::<S>)
                .patch(crate::apis::identity::handle_patch_identity::<S>),
        );
    let routes = routes
        .route(
            "/admin/identities/{p0}/credentials/{p1}",
            axum::routing::delete(
                crate::apis::identity::handle_delete_identity_credentials::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/identities/{p0}/sessions",
            axum::routing::get(crate::apis::identity::handle_list_identity_sessions::<S>)
                .delete(crate::apis::identity::handle_delete_identity_sessions::<S>),
        );
    let routes = routes
        .route(
            "/admin/recovery/code",
            axum::routing::post(
                crate::apis::identity::handle_create_recovery_code_for_identity::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/recovery/link",
            axum::routing::post(
                crate::apis::identity::handle_create_recovery_link_for_identity::<S>,
            ),
        );
    let routes = routes
        .route(
            "/admin/sessions",
            axum::routing::get(crate::apis::identity::handle_list_sessions::<S>),
        );
    let routes = routes
        .route(
            "/admin/sessions/{p0}",
            axum::routing::get(crate::apis::identity::handle_get_session::<S>)
                .delete(crate::apis::identity::handle_disable_session::<S>),
        );
    let routes = routes
        .route(
            "/admin/sessions/{p0}/extend",
            axum::routing::patch(crate::apis::identity::handle_extend_session::<S>),
        );
    let routes = routes
        .route(
            "/schemas",
            axum::routing::get(crate::apis::identity::handle_list_identity_schemas::<S>),
        );
    routes
        .route(
            "/schemas/{p0}",
            axum::routing::get(crate::apis::identity::handle_get_identity_schema::<S>),
        )
}

/// What a `GET /admin/identities` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListIdentitiesRequest {
    /// query parameter `per_page`.
    ///
    /// Items per Page
    ///
    /// This is the number of items per page.
    pub per_page: ::std::option::Option<i64>,
    /// query parameter `page`.
    ///
    /// Pagination Page
    ///
    /// This value is currently an integer, but it is not sequential. The value is not the page number, but a
    /// reference. The next page can be any number and some numbers might return an empty list.
    ///
    /// For example, page 2 might not follow after page 1. And even if page 3 and 5 exist, but page 4 might not exist.
    pub page: ::std::option::Option<i64>,
    /// query parameter `credentials_identifier`.
    ///
    /// CredentialsIdentifier is the identifier (username, email) of the credentials to look up.
    pub credentials_identifier: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/identities` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListIdentitiesResponse {
    /// Status `200`: Paginated Identity List Response
    Ok(::std::vec::Vec<crate::models::Identity>),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for ListIdentitiesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ListIdentitiesRequest {
    /// Reads and checks a `GET /admin/identities` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListIdentitiesRequest {
            per_page: runtime::checked(
                query.optional("per_page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(1000.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "per_page",
            )?,
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            credentials_identifier: query.optional("credentials_identifier", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/identities` request and hands it to [`IdentityApi::list_identities`].
pub async fn handle_list_identities<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listIdentities",
        path: "/admin/identities",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListIdentitiesRequest::read,
            |request| service.list_identities(request),
        )
        .await
}

/// What a `POST /admin/identities` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateIdentityRequest {
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::CreateIdentityBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /admin/identities` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateIdentityResponse {
    /// Status `201`: identity
    Created(crate::models::Identity),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `409`: errorGeneric
    Conflict(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateIdentityResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Conflict(body) => runtime::json(runtime::status(409), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateIdentityRequest {
    /// Reads and checks a `POST /admin/identities` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateIdentityRequest {
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /admin/identities` request and hands it to [`IdentityApi::create_identity`].
pub async fn handle_create_identity<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createIdentity",
        path: "/admin/identities",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateIdentityRequest::read,
            |request| service.create_identity(request),
        )
        .await
}

/// What a `PATCH /admin/identities` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchPatchIdentitiesRequest {
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::PatchIdentitiesBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /admin/identities` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum BatchPatchIdentitiesResponse {
    /// Status `200`: batchPatchIdentitiesResponse
    Ok(crate::models::BatchPatchIdentitiesResponse),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `409`: errorGeneric
    Conflict(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for BatchPatchIdentitiesResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Conflict(body) => runtime::json(runtime::status(409), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl BatchPatchIdentitiesRequest {
    /// Reads and checks a `PATCH /admin/identities` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(BatchPatchIdentitiesRequest {
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /admin/identities` request and hands it to [`IdentityApi::batch_patch_identities`].
pub async fn handle_batch_patch_identities<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "batchPatchIdentities",
        path: "/admin/identities",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            BatchPatchIdentitiesRequest::read,
            |request| service.batch_patch_identities(request),
        )
        .await
}

/// What a `GET /admin/identities/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetIdentityRequest {
    /// path parameter `id`.
    ///
    /// ID must be set to the ID of identity you want to get
    pub id: ::std::string::String,
    /// query parameter `include_credential`.
    ///
    /// Include Credentials in Response
    ///
    /// Include any credential, for example `password` or `oidc`, in the response. When set to `oidc`, This will return
    /// the initial OAuth 2.0 Access Token, OAuth 2.0 Refresh Token and the OpenID Connect ID Token if available.
    pub include_credential: ::std::option::Option<
        ::std::vec::Vec<crate::models::GetIdentityIncludeCredentialItem>,
    >,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/identities/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetIdentityResponse {
    /// Status `200`: identity
    Ok(crate::models::Identity),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for GetIdentityResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetIdentityRequest {
    /// Reads and checks a `GET /admin/identities/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetIdentityRequest {
            id: runtime::path_param(path, "p0", "id")?,
            include_credential: query.optional("include_credential", true)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/identities/{id}` request and hands it to [`IdentityApi::get_identity`].
pub async fn handle_get_identity<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getIdentity",
        path: "/admin/identities/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetIdentityRequest::read,
            |request| service.get_identity(request),
        )
        .await
}

/// What a `PUT /admin/identities/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateIdentityRequest {
    /// path parameter `id`.
    ///
    /// ID must be set to the ID of identity you want to update
    pub id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::UpdateIdentityBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /admin/identities/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateIdentityResponse {
    /// Status `200`: identity
    Ok(crate::models::Identity),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `409`: errorGeneric
    Conflict(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for UpdateIdentityResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Conflict(body) => runtime::json(runtime::status(409), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl UpdateIdentityRequest {
    /// Reads and checks a `PUT /admin/identities/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateIdentityRequest {
            id: runtime::path_param(path, "p0", "id")?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /admin/identities/{id}` request and hands it to [`IdentityApi::update_identity`].
pub async fn handle_update_identity<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateIdentity",
        path: "/admin/identities/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateIdentityRequest::read,
            |request| service.update_identity(request),
        )
        .await
}

/// What a `DELETE /admin/identities/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteIdentityRequest {
    /// path parameter `id`.
    ///
    /// ID is the identity's ID.
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /admin/identities/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteIdentityResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for DeleteIdentityResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DeleteIdentityRequest {
    /// Reads and checks a `DELETE /admin/identities/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteIdentityRequest {
            id: runtime::path_param(path, "p0", "id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /admin/identities/{id}` request and hands it to [`IdentityApi::delete_identity`].
pub async fn handle_delete_identity<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteIdentity",
        path: "/admin/identities/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteIdentityRequest::read,
            |request| service.delete_identity(request),
        )
        .await
}

/// What a `PATCH /admin/identities/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchIdentityRequest {
    /// path parameter `id`.
    ///
    /// ID must be set to the ID of identity you want to update
    pub id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::JsonPatchDocument>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /admin/identities/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum PatchIdentityResponse {
    /// Status `200`: identity
    Ok(crate::models::Identity),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `409`: errorGeneric
    Conflict(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for PatchIdentityResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Conflict(body) => runtime::json(runtime::status(409), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl PatchIdentityRequest {
    /// Reads and checks a `PATCH /admin/identities/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(PatchIdentityRequest {
            id: runtime::path_param(path, "p0", "id")?,
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /admin/identities/{id}` request and hands it to [`IdentityApi::patch_identity`].
pub async fn handle_patch_identity<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "patchIdentity",
        path: "/admin/identities/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            PatchIdentityRequest::read,
            |request| service.patch_identity(request),
        )
        .await
}

/// What a `DELETE /admin/identities/{id}/credentials/{type}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteIdentityCredentialsRequest {
    /// path parameter `id`.
    ///
    /// ID is the identity's ID.
    pub id: ::std::string::String,
    /// path parameter `type`.
    ///
    /// Type is the credential's Type.
    /// One of totp, webauthn, lookup
    pub type_: crate::models::DeleteIdentityCredentialsType,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /admin/identities/{id}/credentials/{type}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteIdentityCredentialsResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for DeleteIdentityCredentialsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DeleteIdentityCredentialsRequest {
    /// Reads and checks a `DELETE /admin/identities/{id}/credentials/{type}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteIdentityCredentialsRequest {
            id: runtime::path_param(path, "p0", "id")?,
            type_: runtime::path_param(path, "p1", "type")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /admin/identities/{id}/credentials/{type}` request and hands it to [`IdentityApi::delete_identity_credentials`].
pub async fn handle_delete_identity_credentials<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteIdentityCredentials",
        path: "/admin/identities/{id}/credentials/{type}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteIdentityCredentialsRequest::read,
            |request| service.delete_identity_credentials(request),
        )
        .await
}

/// What a `GET /admin/identities/{id}/sessions` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListIdentitySessionsRequest {
    /// query parameter `per_page`.
    ///
    /// Items per Page
    ///
    /// This is the number of items per page.
    pub per_page: ::std::option::Option<i64>,
    /// query parameter `page`.
    ///
    /// Pagination Page
    ///
    /// This value is currently an integer, but it is not sequential. The value is not the page number, but a
    /// reference. The next page can be any number and some numbers might return an empty list.
    ///
    /// For example, page 2 might not follow after page 1. And even if page 3 and 5 exist, but page 4 might not exist.
    pub page: ::std::option::Option<i64>,
    /// path parameter `id`.
    ///
    /// ID is the identity's ID.
    pub id: ::std::string::String,
    /// query parameter `active`.
    ///
    /// Active is a boolean flag that filters out sessions based on the state. If no value is provided, all sessions are returned.
    pub active: ::std::option::Option<bool>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/identities/{id}/sessions` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListIdentitySessionsResponse {
    /// Status `200`: List Identity Sessions Response
    Ok(::std::vec::Vec<crate::models::Session>),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for ListIdentitySessionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ListIdentitySessionsRequest {
    /// Reads and checks a `GET /admin/identities/{id}/sessions` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListIdentitySessionsRequest {
            per_page: runtime::checked(
                query.optional("per_page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(1000.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "per_page",
            )?,
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            id: runtime::path_param(path, "p0", "id")?,
            active: query.optional("active", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/identities/{id}/sessions` request and hands it to [`IdentityApi::list_identity_sessions`].
pub async fn handle_list_identity_sessions<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listIdentitySessions",
        path: "/admin/identities/{id}/sessions",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListIdentitySessionsRequest::read,
            |request| service.list_identity_sessions(request),
        )
        .await
}

/// What a `DELETE /admin/identities/{id}/sessions` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteIdentitySessionsRequest {
    /// path parameter `id`.
    ///
    /// ID is the identity's ID.
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /admin/identities/{id}/sessions` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteIdentitySessionsResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for DeleteIdentitySessionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DeleteIdentitySessionsRequest {
    /// Reads and checks a `DELETE /admin/identities/{id}/sessions` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteIdentitySessionsRequest {
            id: runtime::path_param(path, "p0", "id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /admin/identities/{id}/sessions` request and hands it to [`IdentityApi::delete_identity_sessions`].
pub async fn handle_delete_identity_sessions<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteIdentitySessions",
        path: "/admin/identities/{id}/sessions",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteIdentitySessionsRequest::read,
            |request| service.delete_identity_sessions(request),
        )
        .await
}

/// What a `POST /admin/recovery/code` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRecoveryCodeForIdentityRequest {
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::CreateRecoveryCodeForIdentityBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /admin/recovery/code` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateRecoveryCodeForIdentityResponse {
    /// Status `201`: recoveryCodeForIdentity
    Created(crate::models::RecoveryCodeForIdentity),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateRecoveryCodeForIdentityResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateRecoveryCodeForIdentityRequest {
    /// Reads and checks a `POST /admin/recovery/code` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateRecoveryCodeForIdentityRequest {
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /admin/recovery/code` request and hands it to [`IdentityApi::create_recovery_code_for_identity`].
pub async fn handle_create_recovery_code_for_identity<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createRecoveryCodeForIdentity",
        path: "/admin/recovery/code",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateRecoveryCodeForIdentityRequest::read,
            |request| service.create_recovery_code_for_identity(request),
        )
        .await
}

/// What a `POST /admin/recovery/link` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRecoveryLinkForIdentityRequest {
    /// The request body (`application/json`).
    pub body: ::std::option::Option<crate::models::CreateRecoveryLinkForIdentityBody>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /admin/recovery/link` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateRecoveryLinkForIdentityResponse {
    /// Status `200`: recoveryLinkForIdentity
    Ok(crate::models::RecoveryLinkForIdentity),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for CreateRecoveryLinkForIdentityResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl CreateRecoveryLinkForIdentityRequest {
    /// Reads and checks a `POST /admin/recovery/link` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateRecoveryLinkForIdentityRequest {
            body: runtime::validated(runtime::json_body(headers, body)?)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /admin/recovery/link` request and hands it to [`IdentityApi::create_recovery_link_for_identity`].
pub async fn handle_create_recovery_link_for_identity<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createRecoveryLinkForIdentity",
        path: "/admin/recovery/link",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateRecoveryLinkForIdentityRequest::read,
            |request| service.create_recovery_link_for_identity(request),
        )
        .await
}

/// What a `GET /admin/sessions` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListSessionsRequest {
    /// query parameter `page_size`.
    ///
    /// Items per Page
    ///
    /// This is the number of items per page to return.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_size: ::std::option::Option<i64>,
    /// query parameter `page_token`.
    ///
    /// Next Page Token
    ///
    /// The next page token.
    /// For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub page_token: ::std::option::Option<::std::string::String>,
    /// query parameter `active`.
    ///
    /// Active is a boolean flag that filters out sessions based on the state. If no value is provided, all sessions are returned.
    pub active: ::std::option::Option<bool>,
    /// query parameter `expand`.
    ///
    /// ExpandOptions is a query parameter encoded list of all properties that must be expanded in the Session.
    /// If no value is provided, the expandable properties are skipped.
    pub expand: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/sessions` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListSessionsResponse {
    /// Status `200`: Session List Response
    ///
    /// The response given when listing sessions in an administrative context.
    Ok(::std::vec::Vec<crate::models::Session>),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for ListSessionsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ListSessionsRequest {
    /// Reads and checks a `GET /admin/sessions` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListSessionsRequest {
            page_size: runtime::checked(
                query.optional("page_size", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(1000.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page_size",
            )?,
            page_token: query.optional("page_token", false)?,
            active: query.optional("active", false)?,
            expand: query.optional("expand", true)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/sessions` request and hands it to [`IdentityApi::list_sessions`].
pub async fn handle_list_sessions<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listSessions",
        path: "/admin/sessions",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListSessionsRequest::read,
            |request| service.list_sessions(request),
        )
        .await
}

/// What a `GET /admin/sessions/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetSessionRequest {
    /// query parameter `expand`.
    ///
    /// ExpandOptions is a query parameter encoded list of all properties that must be expanded in the Session.
    /// Example - ?expand=Identity&expand=Devices
    /// If no value is provided, the expandable properties are skipped.
    pub expand: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// path parameter `id`.
    ///
    /// ID is the session's ID.
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /admin/sessions/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetSessionResponse {
    /// Status `200`: session
    Ok(crate::models::Session),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for GetSessionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetSessionRequest {
    /// Reads and checks a `GET /admin/sessions/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetSessionRequest {
            expand: query.optional("expand", true)?,
            id: runtime::path_param(path, "p0", "id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /admin/sessions/{id}` request and hands it to [`IdentityApi::get_session`].
pub async fn handle_get_session<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getSession",
        path: "/admin/sessions/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetSessionRequest::read,
            |request| service.get_session(request),
        )
        .await
}

/// What a `DELETE /admin/sessions/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DisableSessionRequest {
    /// path parameter `id`.
    ///
    /// ID is the session's ID.
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /admin/sessions/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DisableSessionResponse {
    /// Status `204`: Empty responses are sent when, for example, resources are deleted. The HTTP status code for empty responses is
    /// typically 201.
    NoContent,
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `401`: errorGeneric
    Unauthorized(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for DisableSessionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::NoContent => runtime::empty(runtime::status(204)),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::Unauthorized(body) => runtime::json(runtime::status(401), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl DisableSessionRequest {
    /// Reads and checks a `DELETE /admin/sessions/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DisableSessionRequest {
            id: runtime::path_param(path, "p0", "id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /admin/sessions/{id}` request and hands it to [`IdentityApi::disable_session`].
pub async fn handle_disable_session<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "disableSession",
        path: "/admin/sessions/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DisableSessionRequest::read,
            |request| service.disable_session(request),
        )
        .await
}

/// What a `PATCH /admin/sessions/{id}/extend` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtendSessionRequest {
    /// path parameter `id`.
    ///
    /// ID is the session's ID.
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PATCH /admin/sessions/{id}/extend` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ExtendSessionResponse {
    /// Status `200`: session
    Ok(crate::models::Session),
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for ExtendSessionResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest(body) => runtime::json(runtime::status(400), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ExtendSessionRequest {
    /// Reads and checks a `PATCH /admin/sessions/{id}/extend` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ExtendSessionRequest {
            id: runtime::path_param(path, "p0", "id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PATCH /admin/sessions/{id}/extend` request and hands it to [`IdentityApi::extend_session`].
pub async fn handle_extend_session<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "extendSession",
        path: "/admin/sessions/{id}/extend",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ExtendSessionRequest::read,
            |request| service.extend_session(request),
        )
        .await
}

/// What a `GET /schemas` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListIdentitySchemasRequest {
    /// query parameter `per_page`.
    ///
    /// Items per Page
    ///
    /// This is the number of items per page.
    pub per_page: ::std::option::Option<i64>,
    /// query parameter `page`.
    ///
    /// Pagination Page
    ///
    /// This value is currently an integer, but it is not sequential. The value is not the page number, but a
    /// reference. The next page can be any number and some numbers might return an empty list.
    ///
    /// For example, page 2 might not follow after page 1. And even if page 3 and 5 exist, but page 4 might not exist.
    pub page: ::std::option::Option<i64>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /schemas` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListIdentitySchemasResponse {
    /// Status `200`: List Identity JSON Schemas Response
    Ok(crate::models::IdentitySchemas),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for ListIdentitySchemasResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl ListIdentitySchemasRequest {
    /// Reads and checks a `GET /schemas` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListIdentitySchemasRequest {
            per_page: runtime::checked(
                query.optional("per_page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(1000.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "per_page",
            )?,
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /schemas` request and hands it to [`IdentityApi::list_identity_schemas`].
pub async fn handle_list_identity_schemas<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listIdentitySchemas",
        path: "/schemas",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListIdentitySchemasRequest::read,
            |request| service.list_identity_schemas(request),
        )
        .await
}

/// What a `GET /schemas/{id}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetIdentitySchemaRequest {
    /// path parameter `id`.
    ///
    /// ID must be set to the ID of schema you want to get
    pub id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /schemas/{id}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetIdentitySchemaResponse {
    /// Status `200`: identitySchema
    Ok(crate::models::IdentitySchema),
    /// Status `404`: errorGeneric
    NotFound(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
}
impl IntoResponse for GetIdentitySchemaResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::NotFound(body) => runtime::json(runtime::status(404), body),
            Self::Default { status, body } => runtime::json(status, body),
        }
    }
}
impl GetIdentitySchemaRequest {
    /// Reads and checks a `GET /schemas/{id}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetIdentitySchemaRequest {
            id: runtime::path_param(path, "p0", "id")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /schemas/{id}` request and hands it to [`IdentityApi::get_identity_schema`].
pub async fn handle_get_identity_schema<S: IdentityApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getIdentitySchema",
        path: "/schemas/{id}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetIdentitySchemaRequest::read,
            |request| service.get_identity_schema(request),
        )
        .await
}
