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
    /// # Arguments
    ///
    /// * `page_size`: query parameter `page_size`. Items per Page  This is the number of items per page to return. For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    /// * `page_token`: query parameter `page_token`. Next Page Token  The next page token. For details on pagination please head over to the [pagination documentation](https://www.ory.sh/docs/ecosystem/api-design#pagination).
    /// * `status`: query parameter `status`. Status filters out messages based on status. If no value is provided, it doesn't take effect on filter.
    /// * `recipient`: query parameter `recipient`. Recipient filters out messages based on recipient. If no value is provided, it doesn't take effect on filter.
    pub fn list_courier_messages(
        &self,
        page_size: ::std::option::Option<i64>,
        page_token: ::std::option::Option<&str>,
        status: ::std::option::Option<&crate::models::CourierMessageStatus>,
        recipient: ::std::option::Option<&str>,
    ) -> Call<'_, ::std::vec::Vec<crate::models::Message>, ListCourierMessagesError> {
        const OPERATION: Operation = Operation {
            id: "listCourierMessages",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/admin/courier/messages");
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
        crate::runtime::query_pairs(&mut query, "status", &status, Style::Form, true);
        crate::runtime::query_pairs(
            &mut query,
            "recipient",
            &recipient,
            Style::Form,
            true,
        );
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                400 => {
                    Err(
                        Error::Status(
                            ListCourierMessagesError::BadRequest(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(ListCourierMessagesError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::list_courier_messages`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListCourierMessagesError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}

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
    pub fn get_courier_message(
        &self,
        id: &str,
    ) -> Call<'_, crate::models::Message, GetCourierMessageError> {
        const OPERATION: Operation = Operation {
            id: "getCourierMessage",
            idempotent: true,
            servers: &[],
            security: &[&["oryAccessToken"]],
        };
        let path = format!(
            "/admin/courier/messages/{}",
            crate::runtime::path_param("id", id, Style::Simple, false),
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
                400 => {
                    Err(
                        Error::Status(
                            GetCourierMessageError::BadRequest(received.json()?),
                        ),
                    )
                }
                _ => {
                    Err(
                        Error::Status(GetCourierMessageError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::get_courier_message`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetCourierMessageError {
    /// Status `400`: errorGeneric
    BadRequest(crate::models::ErrorGeneric),
    /// Status `default`: errorGeneric
    Default { status: StatusCode, body: crate::models::ErrorGeneric },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
