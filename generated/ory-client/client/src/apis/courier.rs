//! Operations of the `courier` API.
//!
//! APIs for managing email and SMS message delivery.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// List Messages
    ///
    /// Lists all messages by given status and recipient.
    ///
    /// `GET /admin/courier/messages` (operation `listCourierMessages`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListCourierMessagesParams`\]).
    pub fn list_courier_messages(
        &self,
    ) -> Call<
        '_,
        ListCourierMessagesParams<'_>,
        ::std::vec::Vec<crate::models::Message>,
        ListCourierMessagesError,
    > {
        const OPERATION: Operation = Operation {
            id: "listCourierMessages",
            method: "GET",
            path: "/admin/courier/messages",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            ListCourierMessagesParams {
                page_size: None,
                page_token: None,
                status: None,
                recipient: None,
            },
            |client, params| {
                let ListCourierMessagesParams {
                    page_size,
                    page_token,
                    status,
                    recipient,
                } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/admin/courier/messages",
                    );
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "page_size",
                    &page_size,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "page_token",
                    &page_token,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "status",
                    &status,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "recipient",
                    &recipient,
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
                400 => {
                    Err(
                        received
                            .error_json(
                                ListCourierMessagesError::BadRequest,
                                ListCourierMessagesError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| ListCourierMessagesError::Default {
                                    status,
                                    body,
                                },
                                ListCourierMessagesError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::list_courier_messages`], kept in its [`Call`] until it is awaited.
pub struct ListCourierMessagesParams<'a> {
    page_size: ::std::option::Option<i64>,
    page_token: ::std::option::Option<&'a str>,
    status: ::std::option::Option<&'a crate::models::CourierMessageStatus>,
    recipient: ::std::option::Option<&'a str>,
}
impl<'a, T, E> Call<'a, ListCourierMessagesParams<'a>, T, E> {
    /// * `page_size`: query parameter `page_size`. Items per Page  This is the number of items per page to return. For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub fn page_size(mut self, page_size: i64) -> Self {
        self.params.page_size = Some(page_size);
        self
    }
    /// * `page_token`: query parameter `page_token`. Next Page Token  The next page token. For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    pub fn page_token(mut self, page_token: &'a str) -> Self {
        self.params.page_token = Some(page_token);
        self
    }
    /// * `status`: query parameter `status`. Status filters out messages based on status. If no value is provided, it doesn't take effect on filter.
    pub fn status(mut self, status: &'a crate::models::CourierMessageStatus) -> Self {
        self.params.status = Some(status);
        self
    }
    /// * `recipient`: query parameter `recipient`. Recipient filters out messages based on recipient. If no value is provided, it doesn't take effect on filter.
    pub fn recipient(mut self, recipient: &'a str) -> Self {
        self.params.recipient = Some(recipient);
        self
    }
}
/// Error responses of [`Client::list_courier_messages`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListCourierMessagesError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListCourierMessagesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "listCourierMessages", status, message)
    }
}
impl ::std::error::Error for ListCourierMessagesError {}

impl Client {
    /// Get a Message
    ///
    /// Gets a specific messages by the given ID.
    ///
    /// `GET /admin/courier/messages/{id}` (operation `getCourierMessage`)
    ///
    /// # Arguments
    ///
    /// * `id`: path parameter `id`. MessageID is the ID of the message.
    pub fn get_courier_message<'a>(
        &'a self,
        id: &'a str,
    ) -> Call<
        'a,
        GetCourierMessageParams<'a>,
        crate::models::Message,
        GetCourierMessageError,
    > {
        const OPERATION: Operation = Operation {
            id: "getCourierMessage",
            method: "GET",
            path: "/admin/courier/messages/{id}",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        Call::new(
            self,
            &OPERATION,
            GetCourierMessageParams { id },
            |client, params| {
                let GetCourierMessageParams { id } = params;
                let path = format!(
                    "/admin/courier/messages/{}",
                    crate::runtime::path_param("id", id, Style::Simple, false),
                );
                let request = client.request(&OPERATION, ::reqwest::Method::GET, &path);
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        received
                            .error_json(
                                GetCourierMessageError::BadRequest,
                                GetCourierMessageError::Unknown,
                            ),
                    )
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| GetCourierMessageError::Default {
                                    status,
                                    body,
                                },
                                GetCourierMessageError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::get_courier_message`], kept in its [`Call`] until it is awaited.
pub struct GetCourierMessageParams<'a> {
    id: &'a str,
}
/// Error responses of [`Client::get_courier_message`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetCourierMessageError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for GetCourierMessageError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "getCourierMessage", status, message)
    }
}
impl ::std::error::Error for GetCourierMessageError {}
