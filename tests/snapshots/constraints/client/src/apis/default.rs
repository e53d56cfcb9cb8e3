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
    /// * `limit`: query parameter `limit`
    /// * `ratio`: query parameter `ratio`
    /// * `tags`: query parameter `tags`
    /// * `x_agent`: header parameter `X-Agent`
    pub fn book_flight(
        &self,
        code: &crate::models::AirportCode,
        body: &crate::models::Booking,
        limit: ::std::option::Option<i32>,
        ratio: ::std::option::Option<f64>,
        tags: ::std::option::Option<&[::std::string::String]>,
        x_agent: ::std::option::Option<&str>,
    ) -> Call<'_, crate::models::Booking, BookFlightError> {
        const OPERATION: Operation = Operation {
            id: "bookFlight",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let path = format!(
            "/airports/{}/flights",
            crate::runtime::path_param("code", code, Style::Simple, false),
        );
        let mut request = self.request(&OPERATION, ::reqwest::Method::POST, &path);
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "limit", &limit, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "ratio", &ratio, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "tags", &tags, Style::Form, true);
        request = request.query(&query);
        if let Some(value) = &x_agent {
            request = request.header("X-Agent", crate::runtime::simple_text(value));
        }
        request = request.json(body);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::book_flight`].
#[derive(Debug, Clone, PartialEq)]
pub enum BookFlightError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
