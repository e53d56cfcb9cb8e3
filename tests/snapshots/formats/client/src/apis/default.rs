//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /events` (operation `listEvents`)
    ///
    /// # Arguments
    ///
    /// * `since`: query parameter `since`
    /// * `day`: query parameter `day`
    /// * `id`: query parameter `id`
    pub fn list_events(
        &self,
        since: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
        day: ::std::option::Option<::chrono::NaiveDate>,
        id: ::std::option::Option<::uuid::Uuid>,
    ) -> Call<'_, crate::models::Event, ListEventsError> {
        const OPERATION: Operation = Operation {
            id: "listEvents",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, "/events");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "since", &since, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "day", &day, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "id", &id, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => Err(Error::Status(ListEventsError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// Error responses of [`Client::list_events`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListEventsError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
