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
    /// * `ids`: query parameter `ids`
    /// * `piped`: query parameter `piped`
    /// * `limit`: query parameter `limit`
    /// * `x_trace`: header parameter `X-Trace`
    /// * `session`: cookie parameter `session`
    #[allow(clippy::too_many_arguments)]
    pub fn get_part(
        &self,
        item_id: &str,
        part: i32,
        tags: &[::std::string::String],
        x_request_id: &str,
        ids: ::std::option::Option<&[i64]>,
        piped: ::std::option::Option<&[::std::string::String]>,
        limit: ::std::option::Option<i64>,
        x_trace: ::std::option::Option<bool>,
        session: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::Echo, GetPartError> {
        const OPERATION: Operation = Operation {
            id: "getPart",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/items/{}/parts/{}",
            crate::runtime::path_param("itemId", item_id, Style::Simple, false),
            crate::runtime::path_param("part", &part, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
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
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        request = request.query(&query);
        request = request
            .header("X-Request-Id", crate::runtime::simple_text(x_request_id));
        if let Some(value) = &x_trace {
            request = request.header("X-Trace", crate::runtime::simple_text(value));
        }
        let mut cookies: ::std::vec::Vec<
            (::std::string::String, ::std::string::String),
        > = ::std::vec::Vec::new();
        if let Some(value) = &session {
            cookies.push(("session".to_string(), crate::runtime::simple_text(value)));
        }
        request = crate::runtime::cookies(request, &cookies);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_part`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetPartError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Two parameters in one path segment, with text between them.
    ///
    /// `GET /files/{name}.{ext}` (operation `getFile`)
    ///
    /// # Arguments
    ///
    /// * `name`: path parameter `name`
    /// * `ext`: path parameter `ext`
    pub fn get_file(
        &self,
        name: &str,
        ext: &crate::models::GetFileExt,
    ) -> Call<'_, crate::models::Echo, GetFileError> {
        const OPERATION: Operation = Operation {
            id: "getFile",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/files/{}.{}",
            crate::runtime::path_param("name", name, Style::Simple, false),
            crate::runtime::path_param("ext", ext, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_file`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetFileError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// A parameter after a prefix, used twice in the template.
    ///
    /// `GET /regions/System.{region}/zones/{zone}/of/{region}` (operation `getZone`)
    ///
    /// # Arguments
    ///
    /// * `region`: path parameter `region`
    /// * `zone`: path parameter `zone`
    pub fn get_zone(
        &self,
        region: &str,
        zone: i32,
    ) -> Call<'_, crate::models::Echo, GetZoneError> {
        const OPERATION: Operation = Operation {
            id: "getZone",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/regions/System.{}/zones/{}/of/{}",
            crate::runtime::path_param("region", region, Style::Simple, false),
            crate::runtime::path_param("zone", &zone, Style::Simple, false),
            crate::runtime::path_param("region", region, Style::Simple, false),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_zone`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetZoneError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

impl Client {
    /// Path parameters in the label and matrix styles.
    ///
    /// `GET /styled/{label}/{matrix}` (operation `getStyled`)
    ///
    /// # Arguments
    ///
    /// * `label`: path parameter `label`
    /// * `matrix`: path parameter `matrix`
    pub fn get_styled(
        &self,
        label: &[i64],
        matrix: &[i64],
    ) -> Call<'_, crate::models::Echo, GetStyledError> {
        const OPERATION: Operation = Operation {
            id: "getStyled",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/styled/{}/{}",
            crate::runtime::path_param("label", label, Style::Label, false),
            crate::runtime::path_param("matrix", matrix, Style::Matrix, true),
        );
        let request = self.request(&OPERATION, ::reqwest::Method::GET, &path);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::get_styled`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetStyledError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
