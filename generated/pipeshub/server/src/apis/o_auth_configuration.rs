//! The `OAuth Configuration` API.
//!
//! Admin management of OAuth credentials for connector types
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Admin management of OAuth credentials for connector types
pub trait OAuthConfigurationApi: Clone + Send + Sync + 'static {
    /// List OAuth-capable connector types
    ///
    /// Get all connector types that support OAuth authentication.<br><br>
    /// <b>Admin Use:</b><br>
    /// Admins use this to see which connector types need OAuth credentials
    /// to be configured before users can authenticate.
    ///
    /// `GET /oauth/registry` (operation `getOAuthRegistry`)
    fn get_o_auth_registry(
        &self,
        request: GetOAuthRegistryRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetOAuthRegistryResponse>,
    > + Send;
    /// Get OAuth connector type details
    ///
    /// Get details for a specific OAuth-capable connector type.
    ///
    /// `GET /oauth/registry/{connectorType}` (operation `getOAuthConnectorType`)
    fn get_o_auth_connector_type(
        &self,
        request: GetOAuthConnectorTypeRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetOAuthConnectorTypeResponse>,
    > + Send;
    /// List OAuth configurations
    ///
    /// List all OAuth configurations for the organization.<br><br>
    /// <b>Security:</b><br>
    /// <ul>
    /// <li>Admins see full configuration including credentials</li>
    /// <li>Non-admins see only essential fields (client ID, not secret)</li>
    /// </ul>
    ///
    /// `GET /oauth` (operation `listOAuthConfigs`)
    fn list_o_auth_configs(
        &self,
        request: ListOAuthConfigsRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListOAuthConfigsResponse>,
    > + Send;
    /// List OAuth configs for connector type
    ///
    /// Get all OAuth configurations for a specific connector type.
    ///
    /// `GET /oauth/{connectorType}` (operation `listOAuthConfigsByType`)
    fn list_o_auth_configs_by_type(
        &self,
        request: ListOAuthConfigsByTypeRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<ListOAuthConfigsByTypeResponse>,
    > + Send;
    /// Create OAuth configuration
    ///
    /// Create a new OAuth configuration for a connector type.<br><br>
    /// <b>Admin Only:</b><br>
    /// Only admins can create OAuth configurations. These provide the
    /// OAuth credentials needed for users to authenticate connectors.<br><br>
    /// <b>Use Case:</b><br>
    /// Before users can create Google Drive connectors with OAuth,
    /// an admin must create an OAuth configuration with the Google
    /// OAuth client ID and secret.
    ///
    /// `POST /oauth/{connectorType}` (operation `createOAuthConfig`)
    fn create_o_auth_config(
        &self,
        request: CreateOAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateOAuthConfigResponse>,
    > + Send;
    /// Get OAuth configuration
    ///
    /// Get a specific OAuth configuration by ID.
    ///
    /// `GET /oauth/{connectorType}/{configId}` (operation `getOAuthConfig`)
    fn get_o_auth_config(
        &self,
        request: GetOAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetOAuthConfigResponse>,
    > + Send;
    /// Update OAuth configuration
    ///
    /// Update an OAuth configuration.<br><br>
    /// <b>Admin Only:</b><br>
    /// Only the creator or another admin can update.
    ///
    /// `PUT /oauth/{connectorType}/{configId}` (operation `updateOAuthConfig`)
    fn update_o_auth_config(
        &self,
        request: UpdateOAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<UpdateOAuthConfigResponse>,
    > + Send;
    /// Delete OAuth configuration
    ///
    /// Delete an OAuth configuration.<br><br>
    /// <b>Warning:</b><br>
    /// Cannot delete if the configuration is used by active connectors.
    /// Disable or delete dependent connectors first.
    ///
    /// `DELETE /oauth/{connectorType}/{configId}` (operation `deleteOAuthConfig`)
    fn delete_o_auth_config(
        &self,
        request: DeleteOAuthConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<DeleteOAuthConfigResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(o_auth_configuration::routes().merge(...), service)`.
pub fn routes<S: OAuthConfigurationApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/oauth",
            axum::routing::get(
                crate::apis::o_auth_configuration::handle_list_o_auth_configs::<S>,
            ),
        );
    let routes = routes
        .route(
            "/oauth/registry",
            axum::routing::get(
                crate::apis::o_auth_configuration::handle_get_o_auth_registry::<S>,
            ),
        );
    let routes = routes
        .route(
            "/oauth/registry/{p0}",
            axum::routing::get(
                crate::apis::o_auth_configuration::handle_get_o_auth_connector_type::<S>,
            ),
        );
    let routes = routes
        .route(
            "/oauth/{p0}",
            axum::routing::get(
                    crate::apis::o_auth_configuration::handle_list_o_auth_configs_by_type::<
                        S,
                    >,
                )
                .post(
                    crate::apis::o_auth_configuration::handle_create_o_auth_config::<S>,
                ),
        );
    routes
        .route(
            "/oauth/{p0}/{p1}",
            axum::routing::get(
                    crate::apis::o_auth_configuration::handle_get_o_auth_config::<S>,
                )
                .put(crate::apis::o_auth_configuration::handle_update_o_auth_config::<S>)
                .delete(
                    crate::apis::o_auth_configuration::handle_delete_o_auth_config::<S>,
                ),
        )
}

/// What a `GET /oauth/registry` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOAuthRegistryRequest {
    /// query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    pub search: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth/registry` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuthRegistryResponse {
    /// Status `200`: OAuth connector types retrieved
    Ok(crate::models::GetOAuthRegistryResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for GetOAuthRegistryResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl GetOAuthRegistryRequest {
    /// Reads and checks a `GET /oauth/registry` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOAuthRegistryRequest {
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(200.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            search: query.optional("search", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth/registry` request and hands it to [`OAuthConfigurationApi::get_o_auth_registry`].
pub async fn handle_get_o_auth_registry<S: OAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOAuthRegistry",
        path: "/oauth/registry",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOAuthRegistryRequest::read,
            |request| service.get_o_auth_registry(request),
        )
        .await
}

/// What a `GET /oauth/registry/{connectorType}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOAuthConnectorTypeRequest {
    /// path parameter `connectorType`.
    pub connector_type: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth/registry/{connectorType}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuthConnectorTypeResponse {
    /// Status `200`: Connector type retrieved
    Ok(crate::models::GetOAuthConnectorTypeResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector type not found
    NotFound,
}
impl IntoResponse for GetOAuthConnectorTypeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetOAuthConnectorTypeRequest {
    /// Reads and checks a `GET /oauth/registry/{connectorType}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOAuthConnectorTypeRequest {
            connector_type: runtime::path_param(path, "p0", "connectorType")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth/registry/{connectorType}` request and hands it to [`OAuthConfigurationApi::get_o_auth_connector_type`].
pub async fn handle_get_o_auth_connector_type<S: OAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOAuthConnectorType",
        path: "/oauth/registry/{connectorType}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOAuthConnectorTypeRequest::read,
            |request| service.get_o_auth_connector_type(request),
        )
        .await
}

/// What a `GET /oauth` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOAuthConfigsRequest {
    /// query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    pub search: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOAuthConfigsResponse {
    /// Status `200`: OAuth configurations retrieved
    Ok(crate::models::ListOAuthConfigsResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
}
impl IntoResponse for ListOAuthConfigsResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
        }
    }
}
impl ListOAuthConfigsRequest {
    /// Reads and checks a `GET /oauth` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListOAuthConfigsRequest {
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(200.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            search: query.optional("search", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth` request and hands it to [`OAuthConfigurationApi::list_o_auth_configs`].
pub async fn handle_list_o_auth_configs<S: OAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listOAuthConfigs",
        path: "/oauth",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListOAuthConfigsRequest::read,
            |request| service.list_o_auth_configs(request),
        )
        .await
}

/// What a `GET /oauth/{connectorType}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOAuthConfigsByTypeRequest {
    /// path parameter `connectorType`.
    pub connector_type: ::std::string::String,
    /// query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// query parameter `search`.
    pub search: ::std::option::Option<::std::string::String>,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth/{connectorType}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOAuthConfigsByTypeResponse {
    /// Status `200`: OAuth configurations retrieved
    Ok(crate::models::ListOAuthConfigsByTypeResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Connector type not found
    NotFound,
}
impl IntoResponse for ListOAuthConfigsByTypeResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl ListOAuthConfigsByTypeRequest {
    /// Reads and checks a `GET /oauth/{connectorType}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(ListOAuthConfigsByTypeRequest {
            connector_type: runtime::path_param(path, "p0", "connectorType")?,
            page: runtime::checked(
                query.optional("page", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "page",
            )?,
            limit: runtime::checked(
                query.optional("limit", false)?,
                &crate::runtime::Rules {
                    minimum: Some(1.0),
                    maximum: Some(200.0),
                    ..crate::runtime::Rules::NONE
                },
                runtime::Location::Query,
                "limit",
            )?,
            search: query.optional("search", false)?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth/{connectorType}` request and hands it to [`OAuthConfigurationApi::list_o_auth_configs_by_type`].
pub async fn handle_list_o_auth_configs_by_type<S: OAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "listOAuthConfigsByType",
        path: "/oauth/{connectorType}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            ListOAuthConfigsByTypeRequest::read,
            |request| service.list_o_auth_configs_by_type(request),
        )
        .await
}

/// What a `POST /oauth/{connectorType}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOAuthConfigRequest {
    /// path parameter `connectorType`.
    pub connector_type: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::CreateOAuthConfigRequest,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /oauth/{connectorType}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOAuthConfigResponse {
    /// Status `201`: OAuth configuration created
    Created(crate::models::CreateOAuthConfigResponse),
    /// Status `400`: Invalid configuration or duplicate name
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Connector type not found
    NotFound,
}
impl IntoResponse for CreateOAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Created(body) => runtime::json(runtime::status(201), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl CreateOAuthConfigRequest {
    /// Reads and checks a `POST /oauth/{connectorType}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateOAuthConfigRequest {
            connector_type: runtime::path_param(path, "p0", "connectorType")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /oauth/{connectorType}` request and hands it to [`OAuthConfigurationApi::create_o_auth_config`].
pub async fn handle_create_o_auth_config<S: OAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createOAuthConfig",
        path: "/oauth/{connectorType}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateOAuthConfigRequest::read,
            |request| service.create_o_auth_config(request),
        )
        .await
}

/// What a `GET /oauth/{connectorType}/{configId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOAuthConfigRequest {
    /// path parameter `connectorType`.
    pub connector_type: ::std::string::String,
    /// path parameter `configId`.
    pub config_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /oauth/{connectorType}/{configId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOAuthConfigResponse {
    /// Status `200`: OAuth configuration retrieved
    Ok(crate::models::GetOAuthConfigResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Configuration not found
    NotFound,
}
impl IntoResponse for GetOAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetOAuthConfigRequest {
    /// Reads and checks a `GET /oauth/{connectorType}/{configId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetOAuthConfigRequest {
            connector_type: runtime::path_param(path, "p0", "connectorType")?,
            config_id: runtime::path_param(path, "p1", "configId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /oauth/{connectorType}/{configId}` request and hands it to [`OAuthConfigurationApi::get_o_auth_config`].
pub async fn handle_get_o_auth_config<S: OAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getOAuthConfig",
        path: "/oauth/{connectorType}/{configId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetOAuthConfigRequest::read,
            |request| service.get_o_auth_config(request),
        )
        .await
}

/// What a `PUT /oauth/{connectorType}/{configId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateOAuthConfigRequest {
    /// path parameter `connectorType`.
    pub connector_type: ::std::string::String,
    /// path parameter `configId`.
    pub config_id: ::std::string::String,
    /// The request body (`application/json`).
    pub body: crate::models::UpdateOAuthConfigBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `PUT /oauth/{connectorType}/{configId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateOAuthConfigResponse {
    /// Status `200`: OAuth configuration updated
    Ok(crate::models::UpdateOAuthConfigResponse),
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Configuration not found
    NotFound,
}
impl IntoResponse for UpdateOAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl UpdateOAuthConfigRequest {
    /// Reads and checks a `PUT /oauth/{connectorType}/{configId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(UpdateOAuthConfigRequest {
            connector_type: runtime::path_param(path, "p0", "connectorType")?,
            config_id: runtime::path_param(path, "p1", "configId")?,
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `PUT /oauth/{connectorType}/{configId}` request and hands it to [`OAuthConfigurationApi::update_o_auth_config`].
pub async fn handle_update_o_auth_config<S: OAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "updateOAuthConfig",
        path: "/oauth/{connectorType}/{configId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            UpdateOAuthConfigRequest::read,
            |request| service.update_o_auth_config(request),
        )
        .await
}

/// What a `DELETE /oauth/{connectorType}/{configId}` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteOAuthConfigRequest {
    /// path parameter `connectorType`.
    pub connector_type: ::std::string::String,
    /// path parameter `configId`.
    pub config_id: ::std::string::String,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `DELETE /oauth/{connectorType}/{configId}` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteOAuthConfigResponse {
    /// Status `200`: OAuth configuration deleted
    Ok(crate::models::DeleteOAuthConfigResponse),
    /// Status `400`: Cannot delete - used by active connectors
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// Status `404`: Configuration not found
    NotFound,
}
impl IntoResponse for DeleteOAuthConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl DeleteOAuthConfigRequest {
    /// Reads and checks a `DELETE /oauth/{connectorType}/{configId}` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let path = &incoming.path;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(DeleteOAuthConfigRequest {
            connector_type: runtime::path_param(path, "p0", "connectorType")?,
            config_id: runtime::path_param(path, "p1", "configId")?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `DELETE /oauth/{connectorType}/{configId}` request and hands it to [`OAuthConfigurationApi::delete_o_auth_config`].
pub async fn handle_delete_o_auth_config<S: OAuthConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "deleteOAuthConfig",
        path: "/oauth/{connectorType}/{configId}",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            DeleteOAuthConfigRequest::read,
            |request| service.delete_o_auth_config(request),
        )
        .await
}
