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
    /// # Arguments
    ///
    /// * `status`: query parameter `status`
    /// * `level`: query parameter `level`
    pub fn list_orders(
        &self,
        status: ::std::option::Option<&crate::models::ListOrdersStatus>,
        level: ::std::option::Option<&crate::models::ListOrdersLevel>,
    ) -> Call<'_, ::std::vec::Vec<crate::models::Order>, ListOrdersError> {
        const OPERATION: Operation = Operation {
            id: "listOrders",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let mut request = self.request(&OPERATION, ::reqwest::Method::GET, "/orders");
        let mut query = ::std::vec::Vec::new();
        crate::runtime::query_pairs(&mut query, "status", &status, Style::Form, true);
        crate::runtime::query_pairs(&mut query, "level", &level, Style::Form, true);
        request = request.query(&query);
        self.call(
            &OPERATION,
            request,
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
/// Error responses of [`Client::list_orders`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrdersError {
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
