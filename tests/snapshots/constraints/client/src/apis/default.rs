//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Book a flight from an airport
    ///
    /// `POST /airports/{code}/flights` (operation `bookFlight`)
    ///
    /// # Arguments
    ///
    /// * `code`: path parameter `code`
    /// * `body`: request body, sent as `application/json`
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`BookFlightParams`\]).
    pub fn book_flight<'a>(
        &'a self,
        code: &'a crate::models::AirportCode,
        body: &'a crate::models::Booking,
    ) -> Call<'a, BookFlightParams<'a>, crate::models::Booking, BookFlightError> {
        const OPERATION: Operation = Operation {
            id: "bookFlight",
            method: "POST",
            path: "/airports/{code}/flights",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            BookFlightParams {
                code,
                body,
                limit: None,
                ratio: None,
                tags: None,
                x_agent: None,
            },
            |client, params| {
                let BookFlightParams { code, body, limit, ratio, tags, x_agent } = params;
                let path = format!(
                    "/airports/{}/flights",
                    crate::runtime::path_param("code", code, Style::Simple, false),
                );
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::POST, &path);
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "limit",
                    &limit,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "ratio",
                    &ratio,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "tags",
                    &tags,
                    Style::Form,
                    true,
                );
                request = request.query(&query);
                if let Some(value) = &x_agent {
                    request = request
                        .header("X-Agent", crate::runtime::simple_text(value));
                }
                request = request.json(body);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                201 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(BookFlightError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::book_flight`], kept in its [`Call`] until it is awaited.
pub struct BookFlightParams<'a> {
    code: &'a crate::models::AirportCode,
    body: &'a crate::models::Booking,
    limit: ::std::option::Option<i32>,
    ratio: ::std::option::Option<f64>,
    tags: ::std::option::Option<&'a [::std::string::String]>,
    x_agent: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, BookFlightParams<'a>, T, E> {
    /// * `limit`: query parameter `limit`
    pub fn limit(mut self, limit: i32) -> Self {
        self.params.limit = Some(limit);
        self
    }
    /// * `ratio`: query parameter `ratio`
    pub fn ratio(mut self, ratio: f64) -> Self {
        self.params.ratio = Some(ratio);
        self
    }
    /// * `tags`: query parameter `tags`
    pub fn tags(mut self, tags: &'a [::std::string::String]) -> Self {
        self.params.tags = Some(tags);
        self
    }
    /// * `x_agent`: header parameter `X-Agent`
    pub fn x_agent(mut self, x_agent: &'a str) -> Self {
        self.params.x_agent = Some(x_agent);
        self
    }
}
/// Error responses of [`Client::book_flight`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum BookFlightError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for BookFlightError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for BookFlightError {}
