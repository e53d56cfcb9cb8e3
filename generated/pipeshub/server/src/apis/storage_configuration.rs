//! The `Storage Configuration` API.
//!
//! Configure storage backend for file uploads and documents. Supports AWS S3, Azure Blob Storage, or local filesystem.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use std::collections::BTreeMap;
#[allow(unused_imports)]
use axum::http::{HeaderMap, StatusCode};
#[allow(unused_imports)]
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)]
use crate::runtime::{self, Credentials, KeyIn, Problem, Query};

/// Configure storage backend for file uploads and documents. Supports AWS S3, Azure Blob Storage, or local filesystem.
pub trait StorageConfigurationApi: Clone + Send + Sync + 'static {
    /// Configure Local Storage
    ///
    /// Configure local filesystem as the storage backend for file uploads and document storage. Suitable for development or on-premise deployments.
    ///
    /// `POST /configurationManager/storageConfig#local` (operation `createLocalStorageConfig`)
    fn create_local_storage_config(
        &self,
        request: CreateLocalStorageConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateLocalStorageConfigResponse>,
    > + Send;
    /// Configure AWS S3 Storage
    ///
    /// Configure AWS S3 as the storage backend for file uploads and document storage. Requires an S3 bucket and IAM credentials with appropriate permissions.
    ///
    /// `POST /configurationManager/storageConfig#s3` (operation `createS3StorageConfig`)
    fn create_s3_storage_config(
        &self,
        request: CreateS3StorageConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateS3StorageConfigResponse>,
    > + Send;
    /// Configure Azure Blob Storage
    ///
    /// Configure Azure Blob Storage as the storage backend. You can provide either:
    /// - A full connection string (azureBlobConnectionString), OR
    /// - Individual credentials (accountName, accountKey, endpointProtocol, endpointSuffix)
    ///
    /// `POST /configurationManager/storageConfig#azureBlob` (operation `createAzureBlobStorageConfig`)
    fn create_azure_blob_storage_config(
        &self,
        request: CreateAzureBlobStorageConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<CreateAzureBlobStorageConfigResponse>,
    > + Send;
    /// Get current storage configuration
    ///
    /// Retrieve the current storage backend configuration. Returns the configuration for whichever storage type is currently active (Local, S3, or Azure Blob).
    ///
    /// `GET /configurationManager/storageConfig` (operation `getStorageConfig`)
    fn get_storage_config(
        &self,
        request: GetStorageConfigRequest,
    ) -> impl ::std::future::Future<
        Output = crate::Reply<GetStorageConfigResponse>,
    > + Send;
}

/// This API's routes alone, to combine with others: `serve(storage_configuration::routes().merge(...), service)`.
pub fn routes<S: StorageConfigurationApi>() -> axum::Router<S> {
    let routes = axum::Router::new()
        .route(
            "/configurationManager/storageConfig",
            axum::routing::get(
                crate::apis::storage_configuration::handle_get_storage_config::<S>,
            ),
        );
    let routes = routes
        .route(
            "/configurationManager/storageConfig#azureBlob",
            axum::routing::post(
                crate::apis::storage_configuration::handle_create_azure_blob_storage_config::<
                    S,
                >,
            ),
        );
    let routes = routes
        .route(
            "/configurationManager/storageConfig#local",
            axum::routing::post(
                crate::apis::storage_configuration::handle_create_local_storage_config::<
                    S,
                >,
            ),
        );
    routes
        .route(
            "/configurationManager/storageConfig#s3",
            axum::routing::post(
                crate::apis::storage_configuration::handle_create_s3_storage_config::<S>,
            ),
        )
}

/// What a `POST /configurationManager/storageConfig#local` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateLocalStorageConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateLocalStorageConfigBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/storageConfig#local` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateLocalStorageConfigResponse {
    /// Status `200`: Local storage configuration saved successfully
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for CreateLocalStorageConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl CreateLocalStorageConfigRequest {
    /// Reads and checks a `POST /configurationManager/storageConfig#local` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateLocalStorageConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/storageConfig#local` request and hands it to [`StorageConfigurationApi::create_local_storage_config`].
pub async fn handle_create_local_storage_config<S: StorageConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createLocalStorageConfig",
        path: "/configurationManager/storageConfig#local",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateLocalStorageConfigRequest::read,
            |request| service.create_local_storage_config(request),
        )
        .await
}

/// What a `POST /configurationManager/storageConfig#s3` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateS3StorageConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateS3StorageConfigBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/storageConfig#s3` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateS3StorageConfigResponse {
    /// Status `200`: S3 storage configuration saved successfully
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for CreateS3StorageConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl CreateS3StorageConfigRequest {
    /// Reads and checks a `POST /configurationManager/storageConfig#s3` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateS3StorageConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/storageConfig#s3` request and hands it to [`StorageConfigurationApi::create_s3_storage_config`].
pub async fn handle_create_s3_storage_config<S: StorageConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createS3StorageConfig",
        path: "/configurationManager/storageConfig#s3",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateS3StorageConfigRequest::read,
            |request| service.create_s3_storage_config(request),
        )
        .await
}

/// What a `POST /configurationManager/storageConfig#azureBlob` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAzureBlobStorageConfigRequest {
    /// The request body (`application/json`).
    pub body: crate::models::CreateAzureBlobStorageConfigBody,
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `POST /configurationManager/storageConfig#azureBlob` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAzureBlobStorageConfigResponse {
    /// Status `200`: Azure Blob storage configuration saved successfully
    Ok,
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
}
impl IntoResponse for CreateAzureBlobStorageConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok => runtime::empty(runtime::status(200)),
            Self::BadRequest => runtime::empty(runtime::status(400)),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::Forbidden => runtime::empty(runtime::status(403)),
        }
    }
}
impl CreateAzureBlobStorageConfigRequest {
    /// Reads and checks a `POST /configurationManager/storageConfig#azureBlob` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let body = &incoming.body;
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(CreateAzureBlobStorageConfigRequest {
            body: runtime::required_body(
                runtime::validated(runtime::json_body(headers, body)?)?,
            )?,
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `POST /configurationManager/storageConfig#azureBlob` request and hands it to [`StorageConfigurationApi::create_azure_blob_storage_config`].
pub async fn handle_create_azure_blob_storage_config<S: StorageConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "createAzureBlobStorageConfig",
        path: "/configurationManager/storageConfig#azureBlob",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            CreateAzureBlobStorageConfigRequest::read,
            |request| service.create_azure_blob_storage_config(request),
        )
        .await
}

/// What a `GET /configurationManager/storageConfig` request carries, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct GetStorageConfigRequest {
    /// The credentials the request carries, for the implementation to check against the
    /// operation's security requirements.
    pub credentials: Credentials,
    /// The query and body as they arrived, for fields the spec does not declare.
    pub raw: runtime::Raw,
}
/// The responses `GET /configurationManager/storageConfig` documents.
#[derive(Debug, Clone, PartialEq)]
pub enum GetStorageConfigResponse {
    /// Status `200`: Storage configuration retrieved
    Ok(crate::models::GetStorageConfigResponse),
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Storage configuration not found
    NotFound,
}
impl IntoResponse for GetStorageConfigResponse {
    fn into_response(self) -> Response {
        match self {
            Self::Ok(body) => runtime::json(runtime::status(200), body),
            Self::Unauthorized => runtime::empty(runtime::status(401)),
            Self::NotFound => runtime::empty(runtime::status(404)),
        }
    }
}
impl GetStorageConfigRequest {
    /// Reads and checks a `GET /configurationManager/storageConfig` request.
    pub fn read(incoming: &runtime::Incoming) -> Result<Self, Problem> {
        let query = &incoming.query;
        let headers = &incoming.headers;
        let credentials = Credentials::read(headers, query, &[]);
        Ok(GetStorageConfigRequest {
            credentials,
            raw: runtime::Raw::of(incoming),
        })
    }
}
/// Reads a `GET /configurationManager/storageConfig` request and hands it to [`StorageConfigurationApi::get_storage_config`].
pub async fn handle_get_storage_config<S: StorageConfigurationApi>(
    axum::extract::State(service): axum::extract::State<S>,
    incoming: runtime::Incoming,
) -> Response {
    const ROUTE: runtime::Route = runtime::Route {
        operation: "getStorageConfig",
        path: "/configurationManager/storageConfig",
    };
    runtime::dispatch(
            &ROUTE,
            incoming,
            GetStorageConfigRequest::read,
            |request| service.get_storage_config(request),
        )
        .await
}
