//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /items/{itemId}/parts/{part}` (operation `getPart`)
    ///
    /// # Arguments
    ///
    /// * `item_id`: path parameter `itemId`
    /// * `part`: path parameter `part`
    /// * `tags`: query parameter `tags`
    /// * `x_request_id`: header parameter `X-Request-Id`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`GetPartParams`\]).
    pub fn get_part<'a>(
        &'a self,
        item_id: &'a str,
        part: i32,
        tags: &'a [::std::string::String],
        x_request_id: &'a str,
    ) -> Call<'a, GetPartParams<'a>, crate::models::Echo, GetPartError> {
        const OPERATION: Operation = Operation {
            id: "getPart",
            method: "GET",
            path: "/items/{itemId}/parts/{part}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetPartParams {
                item_id,
                part,
                tags,
                x_request_id,
                ids: None,
                piped: None,
                limit: None,
                x_trace: None,
                session: None,
            },
            |client, params| {
                let GetPartParams {
                    item_id,
                    part,
                    tags,
                    x_request_id,
                    ids,
                    piped,
                    limit,
                    x_trace,
                    session,
                } = params;
                let path = format!(
                    "/items/{}/parts/{}",
                    crate::runtime::path_param("itemId", item_id, Style::Simple, false),
                    crate::runtime::path_param("part", &part, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(&mut query, "tags", tags, Style::Form, true);
                crate::runtime::query_pairs(&mut query, "ids", &ids, Style::Form, false);
                crate::runtime::query_pairs(
                    &mut query,
                    "piped",
                    &piped,
                    Style::PipeDelimited,
                    false,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                request = request
                    .header("X-Request-Id", crate::runtime::simple_text(x_request_id));
                if let Some(value) = &x_trace {
                    request = request
                        .header("X-Trace", crate::runtime::simple_text(value));
                }
                let mut cookies: ::std::vec::Vec<
                    (::std::string::String, ::std::string::String),
                > = ::std::vec::Vec::new();
                if let Some(value) = &session {
                    cookies
                        .push((
                            "session".to_string(),
                            crate::runtime::simple_text(value),
                        ));
                }
                request = crate::runtime::cookies(request, &cookies);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(GetPartError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_part`], kept in its [`Call`] until it is awaited.
pub struct GetPartParams<'a> {
    item_id: &'a str,
    part: i32,
    tags: &'a [::std::string::String],
    x_request_id: &'a str,
    ids: ::std::option::Option<&'a [i64]>,
    piped: ::std::option::Option<&'a [::std::string::String]>,
    limit: ::std::option::Option<i64>,
    x_trace: ::std::option::Option<bool>,
    session: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, GetPartParams<'a>, T, E> {
    /// * `ids`: query parameter `ids`
    pub fn ids(mut self, ids: &'a [i64]) -> Self {
        self.params.ids = Some(ids);
        self
    }
    /// * `piped`: query parameter `piped`
    pub fn piped(mut self, piped: &'a [::std::string::String]) -> Self {
        self.params.piped = Some(piped);
        self
    }
    /// * `limit`: query parameter `limit`
    pub fn limit(mut self, limit: i64) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `x_trace`: header parameter `X-Trace`
    pub fn x_trace(mut self, x_trace: bool) -> Self {
        self.params.x_trace = Some(x_trace);
        self
    }
    /// * `session`: cookie parameter `session`
    pub fn session(mut self, session: &'a str) -> Self {
        self.params.session = Some(session);
        self
    }
}
/// Error responses of [`Client::get_part`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetPartError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetPartError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetPartError {}

impl Client {
    /// Two parameters in one path segment, with text between them.
    ///
    /// `GET /files/{name}.{ext}` (operation `getFile`)
    ///
    /// # Arguments
    ///
    /// * `name`: path parameter `name`
    /// * `ext`: path parameter `ext`
    pub fn get_file<'a>(
        &'a self,
        name: &'a str,
        ext: &'a crate::models::GetFileExt,
    ) -> Call<'a, GetFileParams<'a>, crate::models::Echo, GetFileError> {
        const OPERATION: Operation = Operation {
            id: "getFile",
            method: "GET",
            path: "/files/{name}.{ext}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetFileParams { name, ext },
            |client, params| {
                let GetFileParams { name, ext } = params;
                let path = format!(
                    "/files/{}.{}",
                    crate::runtime::path_param("name", name, Style::Simple, false),
                    crate::runtime::path_param("ext", ext, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(GetFileError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_file`], kept in its [`Call`] until it is awaited.
pub struct GetFileParams<'a> {
    name: &'a str,
    ext: &'a crate::models::GetFileExt,
}
/// Error responses of [`Client::get_file`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFileError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetFileError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetFileError {}

impl Client {
    /// A parameter after a prefix, used twice in the template.
    ///
    /// `GET /regions/System.{region}/zones/{zone}/of/{region}` (operation `getZone`)
    ///
    /// # Arguments
    ///
    /// * `region`: path parameter `region`
    /// * `zone`: path parameter `zone`
    pub fn get_zone<'a>(
        &'a self,
        region: &'a str,
        zone: i32,
    ) -> Call<'a, GetZoneParams<'a>, crate::models::Echo, GetZoneError> {
        const OPERATION: Operation = Operation {
            id: "getZone",
            method: "GET",
            path: "/regions/System.{region}/zones/{zone}/of/{region}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetZoneParams { region, zone },
            |client, params| {
                let GetZoneParams { region, zone } = params;
                let path = format!(
                    "/regions/System.{}/zones/{}/of/{}",
                    crate::runtime::path_param("region", region, Style::Simple, false),
                    crate::runtime::path_param("zone", &zone, Style::Simple, false),
                    crate::runtime::path_param("region", region, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(GetZoneError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_zone`], kept in its [`Call`] until it is awaited.
pub struct GetZoneParams<'a> {
    region: &'a str,
    zone: i32,
}
/// Error responses of [`Client::get_zone`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetZoneError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetZoneError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetZoneError {}

impl Client {
    /// Path parameters in the label and matrix styles.
    ///
    /// `GET /styled/{label}/{matrix}` (operation `getStyled`)
    ///
    /// # Arguments
    ///
    /// * `label`: path parameter `label`
    /// * `matrix`: path parameter `matrix`
    pub fn get_styled<'a>(
        &'a self,
        label: &'a [i64],
        matrix: &'a [i64],
    ) -> Call<'a, GetStyledParams<'a>, crate::models::Echo, GetStyledError> {
        const OPERATION: Operation = Operation {
            id: "getStyled",
            method: "GET",
            path: "/styled/{label}/{matrix}",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            GetStyledParams { label, matrix },
            |client, params| {
                let GetStyledParams { label, matrix } = params;
                let path = format!(
                    "/styled/{}/{}",
                    crate::runtime::path_param("label", label, Style::Label, false),
                    crate::runtime::path_param("matrix", matrix, Style::Matrix, true),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(GetStyledError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::get_styled`], kept in its [`Call`] until it is awaited.
pub struct GetStyledParams<'a> {
    label: &'a [i64],
    matrix: &'a [i64],
}
/// Error responses of [`Client::get_styled`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetStyledError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetStyledError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for GetStyledError {}
