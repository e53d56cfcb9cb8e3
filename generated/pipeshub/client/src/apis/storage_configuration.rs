//! Operations of the `Storage Configuration` API.
//!
//! Configure storage backend for file uploads and documents. Supports AWS S3, Azure Blob Storage, or local filesystem.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Configure Local Storage
    ///
    /// Configure local filesystem as the storage backend for file uploads and document storage. Suitable for development or on-premise deployments.
    ///
    /// `POST /configurationManager/storageConfig#local` (operation `createLocalStorageConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Configure Local Storage
    pub fn create_local_storage_config<'a>(
        &'a self,
        body: &'a crate::models::CreateLocalStorageConfigBody,
    ) -> Call<
        'a,
        CreateLocalStorageConfigParams<'a>,
        (),
        CreateLocalStorageConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "createLocalStorageConfig",
            method: "POST",
            path: "/configurationManager/storageConfig#local",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateLocalStorageConfigParams {
                body,
            },
            |client, params| {
                let CreateLocalStorageConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/storageConfig#local",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(CreateLocalStorageConfigError::BadRequest)),
                401 => Err(Error::Status(CreateLocalStorageConfigError::Unauthorized)),
                403 => Err(Error::Status(CreateLocalStorageConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            CreateLocalStorageConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_local_storage_config`], kept in its [`Call`] until it is awaited.
pub struct CreateLocalStorageConfigParams<'a> {
    body: &'a crate::models::CreateLocalStorageConfigBody,
}
/// Error responses of [`Client::create_local_storage_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateLocalStorageConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateLocalStorageConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createLocalStorageConfig", status, message)
    }
}
impl ::std::error::Error for CreateLocalStorageConfigError {}

impl Client {
    /// Configure AWS S3 Storage
    ///
    /// Configure AWS S3 as the storage backend for file uploads and document storage. Requires an S3 bucket and IAM credentials with appropriate permissions.
    ///
    /// `POST /configurationManager/storageConfig#s3` (operation `createS3StorageConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Configure AWS S3 Storage
    pub fn create_s3_storage_config<'a>(
        &'a self,
        body: &'a crate::models::CreateS3StorageConfigBody,
    ) -> Call<'a, CreateS3StorageConfigParams<'a>, (), CreateS3StorageConfigError> {
        const OPERATION: Operation = Operation {
            id: "createS3StorageConfig",
            method: "POST",
            path: "/configurationManager/storageConfig#s3",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateS3StorageConfigParams {
                body,
            },
            |client, params| {
                let CreateS3StorageConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/storageConfig#s3",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(CreateS3StorageConfigError::BadRequest)),
                401 => Err(Error::Status(CreateS3StorageConfigError::Unauthorized)),
                403 => Err(Error::Status(CreateS3StorageConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            CreateS3StorageConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_s3_storage_config`], kept in its [`Call`] until it is awaited.
pub struct CreateS3StorageConfigParams<'a> {
    body: &'a crate::models::CreateS3StorageConfigBody,
}
/// Error responses of [`Client::create_s3_storage_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateS3StorageConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateS3StorageConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createS3StorageConfig", status, message)
    }
}
impl ::std::error::Error for CreateS3StorageConfigError {}

impl Client {
    /// Configure Azure Blob Storage
    ///
    /// Configure Azure Blob Storage as the storage backend. You can provide either:
    /// - A full connection string (azureBlobConnectionString), OR
    /// - Individual credentials (accountName, accountKey, endpointProtocol, endpointSuffix)
    ///
    /// `POST /configurationManager/storageConfig#azureBlob` (operation `createAzureBlobStorageConfig`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request body for Configure Azure Blob Storage
    pub fn create_azure_blob_storage_config<'a>(
        &'a self,
        body: &'a crate::models::CreateAzureBlobStorageConfigBody,
    ) -> Call<
        'a,
        CreateAzureBlobStorageConfigParams<'a>,
        (),
        CreateAzureBlobStorageConfigError,
    > {
        const OPERATION: Operation = Operation {
            id: "createAzureBlobStorageConfig",
            method: "POST",
            path: "/configurationManager/storageConfig#azureBlob",
            idempotent: false,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            CreateAzureBlobStorageConfigParams {
                body,
            },
            |client, params| {
                let CreateAzureBlobStorageConfigParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/configurationManager/storageConfig#azureBlob",
                    );
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => Ok(received.value(())),
                400 => Err(Error::Status(CreateAzureBlobStorageConfigError::BadRequest)),
                401 => {
                    Err(Error::Status(CreateAzureBlobStorageConfigError::Unauthorized))
                }
                403 => Err(Error::Status(CreateAzureBlobStorageConfigError::Forbidden)),
                _ => {
                    Err(
                        Error::Status(
                            CreateAzureBlobStorageConfigError::Unknown(
                                received.unexpected(),
                            ),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::create_azure_blob_storage_config`], kept in its [`Call`] until it is awaited.
pub struct CreateAzureBlobStorageConfigParams<'a> {
    body: &'a crate::models::CreateAzureBlobStorageConfigBody,
}
/// Error responses of [`Client::create_azure_blob_storage_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateAzureBlobStorageConfigError {
    /// Status `400`: Invalid configuration
    BadRequest,
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `403`: Admin access required
    Forbidden,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateAzureBlobStorageConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest => (400, None),
            Self::Unauthorized => (401, None),
            Self::Forbidden => (403, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "createAzureBlobStorageConfig", status, message)
    }
}
impl ::std::error::Error for CreateAzureBlobStorageConfigError {}

impl Client {
    /// Get current storage configuration
    ///
    /// Retrieve the current storage backend configuration. Returns the configuration for whichever storage type is currently active (Local, S3, or Azure Blob).
    ///
    /// `GET /configurationManager/storageConfig` (operation `getStorageConfig`)
    pub fn get_storage_config(
        &self,
    ) -> Call<'_, (), crate::models::GetStorageConfigResponse, GetStorageConfigError> {
        const OPERATION: Operation = Operation {
            id: "getStorageConfig",
            method: "GET",
            path: "/configurationManager/storageConfig",
            idempotent: true,
            servers: &[],
            security: &[&["bearerAuth"]],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/configurationManager/storageConfig",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                401 => Err(Error::Status(GetStorageConfigError::Unauthorized)),
                404 => Err(Error::Status(GetStorageConfigError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            GetStorageConfigError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_storage_config`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetStorageConfigError {
    /// Status `401`: Unauthorized
    Unauthorized,
    /// Status `404`: Storage configuration not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetStorageConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getStorageConfig", status, message)
    }
}
impl ::std::error::Error for GetStorageConfigError {}
