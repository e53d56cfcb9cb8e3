//! Operations of the `wellknown` API.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Discover Well-Known JSON Web Keys
    ///
    /// This endpoint returns JSON Web Keys required to verifying OpenID Connect ID Tokens and,
    /// if enabled, OAuth 2.0 JWT Access Tokens. This endpoint can be used with client libraries like
    /// [node-jwks-rsa](https://github.com/auth0/node-jwks-rsa) among others.
    ///
    /// `GET /.well-known/jwks.json` (operation `discoverJsonWebKeys`)
    pub fn discover_json_web_keys(
        &self,
    ) -> Call<'_, crate::models::JsonWebKeySet, DiscoverJsonWebKeysError> {
        const OPERATION: Operation = Operation {
            id: "discoverJsonWebKeys",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        let request = self
            .request(&OPERATION, ::reqwest::Method::GET, "/.well-known/jwks.json");
        self.call(
            &OPERATION,
            request,
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    Err(
                        Error::Status(DiscoverJsonWebKeysError::Default {
                            status: received.status,
                            body: received.json()?,
                        }),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::discover_json_web_keys`].
#[derive(Debug, Clone, PartialEq)]
pub enum DiscoverJsonWebKeysError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
