//! Operations of the `default` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// `GET /orders` (operation `listOrders`)
    ///
    /// The optional parameters are set on the returned \[`Call`\] before it is awaited (see \[`ListOrdersParams`\]).
    pub fn list_orders(
        &self,
    ) -> Call<
        '_,
        ListOrdersParams<'_>,
        ::std::vec::Vec<crate::models::Order>,
        ListOrdersError,
    > {
        const OPERATION: Operation = Operation {
            id: "listOrders",
            method: "GET",
            path: "/orders",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            ListOrdersParams {
                status: None,
                level: None,
            },
            |client, params| {
                let ListOrdersParams { status, level } = params;
                let mut request = client
                    .request(&OPERATION, ::reqwest::Method::GET, "/orders");
                let mut query = ::std::vec::Vec::new();
                crate::runtime::query_pairs(
                    &mut query,
                    "status",
                    &status,
                    Style::Form,
                    true,
                );
                crate::runtime::query_pairs(
                    &mut query,
                    "level",
                    &level,
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
                _ => Err(Error::Status(ListOrdersError::Unknown(received.unexpected()))),
            },
        )
    }
}
/// The parameters of [`Client::list_orders`], kept in its [`Call`] until it is awaited.
pub struct ListOrdersParams<'a> {
    status: ::std::option::Option<&'a crate::models::ListOrdersStatus>,
    level: ::std::option::Option<&'a crate::models::ListOrdersLevel>,
}
impl<'a, T, E> Call<'a, ListOrdersParams<'a>, T, E> {
    /// * `status`: query parameter `status`
    pub fn status(mut self, status: &'a crate::models::ListOrdersStatus) -> Self {
        self.params.status = Some(status);
        self
    }
    /// * `level`: query parameter `level`
    pub fn level(mut self, level: &'a crate::models::ListOrdersLevel) -> Self {
        self.params.level = Some(level);
        self
    }
}
/// Error responses of [`Client::list_orders`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListOrdersError {
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ListOrdersError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Unknown(response) => ::std::fmt::Display::fmt(response, f),
        }
    }
}
impl ::std::error::Error for ListOrdersError {}
