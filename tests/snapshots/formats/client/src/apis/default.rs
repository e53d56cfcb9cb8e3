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
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListEventsParams`\]).
    pub fn list_events(
        &self,
    ) -> Call<'_, ListEventsParams<'_>, crate::models::Event, ListEventsError> {
        const OPERATION: Operation = Operation {
            id: "listEvents",
            method: "GET",
            path: "/events",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            ListEventsParams {
                since: None,
                day: None,
                id: None,
                _lifetime: ::std::marker::PhantomData,
            },
            |client, params| {
                let ListEventsParams { since, day, id, .. } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/events");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "since",
                    &since,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(&mut query, "day", &day, Style::Form, true);
                crate::runtime::query_pairs(&mut query, "id", &id, Style::Form, true);
                request = request.query(&query);
                Ok(request)
            },
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
/// The parameters of [`Client::list_events`], kept in its [`Call`] until it is awaited.
pub struct ListEventsParams<'a> {
    since: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    day: ::std::option::Option<::chrono::NaiveDate>,
    id: ::std::option::Option<::uuid::Uuid>,
    _lifetime: ::std::marker::PhantomData<&'a ()>,
}
impl<'a, T, E> Call<'a, ListEventsParams<'a>, T, E> {
    /// * `since`: query parameter `since`
    pub fn since(mut self, since: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.params.since = Some(since);
        self
    }
    /// * `day`: query parameter `day`
    pub fn day(mut self, day: ::chrono::NaiveDate) -> Self {
        self.params.day = Some(day);
        self
    }
    /// * `id`: query parameter `id`
    pub fn id(mut self, id: ::uuid::Uuid) -> Self {
        self.params.id = Some(id);
        self
    }
}
/// Error responses of [`Client::list_events`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListEventsError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListEventsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for ListEventsError {}
