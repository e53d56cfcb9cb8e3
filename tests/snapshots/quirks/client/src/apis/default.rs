//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /schemas` (operation `getSchema`)
    pub fn get_schema(
        &self,
    ) -> Call<'_, (), crate::models::JsonSchemaProps, GetSchemaError> {
        const OPERATION: Operation = Operation {
            id: "getSchema",
            method: "GET",
            path: "/schemas",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/schemas");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(GetSchemaError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::get_schema`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSchemaError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetSchemaError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetSchemaError {}

impl Client {
    /// `GET /schemas/copy` (operation `getSchemaCopy`)
    pub fn get_schema_copy(
        &self,
    ) -> Call<'_, (), crate::models::JsonSchemaProps, GetSchemaCopyError> {
        const OPERATION: Operation = Operation {
            id: "getSchemaCopy",
            method: "GET",
            path: "/schemas/copy",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/schemas/copy");
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(GetSchemaCopyError::Unknown(received.unexpected())),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_schema_copy`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSchemaCopyError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetSchemaCopyError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetSchemaCopyError {}

impl Client {
    /// `GET /schemas/again` (operation `getSchemaAgain`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetSchemaAgainParams`\]).
    pub fn get_schema_again(
        &self,
    ) -> Call<
        '_,
        GetSchemaAgainParams<'_>,
        crate::models::JsonSchemaProps,
        GetSchemaAgainError,
    > {
        const OPERATION: Operation = Operation {
            id: "getSchemaAgain",
            method: "GET",
            path: "/schemas/again",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetSchemaAgainParams {
                dry_run: None,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let GetSchemaAgainParams { dry_run, .. } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/schemas/again");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "dryRun",
                    &dry_run,
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
                _ => {
                    Err(
                        Error::Status(
                            GetSchemaAgainError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_schema_again`], kept in its [`Call`] until it is awaited.
pub struct GetSchemaAgainParams<'a> {
    dry_run: ::std::option::Option<bool>,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
impl<'a, T, E> Call<'a, GetSchemaAgainParams<'a>, T, E> {
    /// * `dry_run`: query parameter `dryRun`
    pub fn dry_run(mut self, dry_run: bool) -> Self {
        self.params.dry_run = Some(dry_run);
        self
    }
}
/// Error responses of [`Client::get_schema_again`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetSchemaAgainError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetSchemaAgainError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetSchemaAgainError {}

impl Client {
    /// `POST /pushes` (operation `createPush`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`CreatePushParams`\]).
    pub fn create_push<'a>(
        &'a self,
        body: &'a crate::models::PushOption,
    ) -> Call<
        'a,
        CreatePushParams<'a>,
        crate::models::CreatePushResponse,
        CreatePushError,
    > {
        const OPERATION: Operation = Operation {
            id: "createPush",
            method: "POST",
            path: "/pushes",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreatePushParams {
                body,
                dry_run: None,
            },
            |client, params| {
                let CreatePushParams { body, dry_run } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/pushes");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "dryRun",
                    &dry_run,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(CreatePushError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::create_push`], kept in its [`Call`] until it is awaited.
pub struct CreatePushParams<'a> {
    body: &'a crate::models::PushOption,
    dry_run: ::std::option::Option<bool>,
}
impl<'a, T, E> Call<'a, CreatePushParams<'a>, T, E> {
    /// * `dry_run`: query parameter `dryRun`
    pub fn dry_run(mut self, dry_run: bool) -> Self {
        self.params.dry_run = Some(dry_run);
        self
    }
}
/// Error responses of [`Client::create_push`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreatePushError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreatePushError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for CreatePushError {}

impl Client {
    /// `POST /designs` (operation `createDesign`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`
    pub fn create_design<'a>(
        &'a self,
        body: &'a crate::models::DesignInput,
    ) -> Call<'a, CreateDesignParams<'a>, crate::models::Cycle, CreateDesignError> {
        const OPERATION: Operation = Operation {
            id: "createDesign",
            method: "POST",
            path: "/designs",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            CreateDesignParams { body },
            |client, params| {
                let CreateDesignParams { body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/designs");
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(Error::Status(CreateDesignError::Unknown(received.unexpected())))
                }
            },
        )
    }
}
/// The parameters of [`Client::create_design`], kept in its [`Call`] until it is awaited.
pub struct CreateDesignParams<'a> {
    body: &'a crate::models::DesignInput,
}
/// Error responses of [`Client::create_design`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateDesignError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for CreateDesignError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for CreateDesignError {}

impl Client {
    /// `POST /uploads` (operation `upload`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`UploadParams`\]).
    pub fn upload(&self) -> Call<'_, UploadParams<'_>, (), UploadError> {
        const OPERATION: Operation = Operation {
            id: "upload",
            method: "POST",
            path: "/uploads",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            UploadParams {
                convert: None,
                body: None,
            },
            |client, params| {
                let UploadParams { convert, body } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, "/uploads");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "convert",
                    &convert,
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
                204 => Ok(received.value(())),
                _ => Err(Error::Status(UploadError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::upload`], kept in its [`Call`] until it is awaited.
pub struct UploadParams<'a> {
    convert: ::std::option::Option<bool>,
    body: ::std::option::Option<&'a crate::models::Statement>,
}
impl<'a, T, E> Call<'a, UploadParams<'a>, T, E> {
    /// * `convert`: query parameter `convert`
    pub fn convert(mut self, convert: bool) -> Self {
        self.params.convert = Some(convert);
        self
    }
    /// * `body`: request body, sent as `application/json`
    pub fn body(mut self, body: &'a crate::models::Statement) -> Self {
        self.params.body = Some(body);
        self
    }
}
/// Error responses of [`Client::upload`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for UploadError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for UploadError {}
