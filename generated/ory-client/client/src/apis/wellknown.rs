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
    ) -> Call<'_, (), crate::models::JsonWebKeySet, DiscoverJsonWebKeysError> {
        const OPERATION: Operation = Operation {
            id: "discoverJsonWebKeys",
            method: "GET",
            path: "/.well-known/jwks.json",
            idempotent: true,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            (),
            |client, _| {
                let request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::GET,
                        "/.well-known/jwks.json",
                    );
                Ok(request)
            },
            |received| match received.status.as_u16() {
                200 => {
                    let body = received.json()?;
                    Ok(received.value(body))
                }
                _ => {
                    let status = received.status;
                    Err(
                        received
                            .error_json(
                                |body| DiscoverJsonWebKeysError::Default {
                                    status,
                                    body,
                                },
                                DiscoverJsonWebKeysError::Unknown,
                            ),
                    )
                }
            },
        )
    }
}
/// Error responses of [`Client::discover_json_web_keys`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DiscoverJsonWebKeysError {
    /// Status `default`: errorOAuth2
    Default { status: StatusCode, body: crate::models::ErrorOAuth2 },
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for DiscoverJsonWebKeysError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::Default { status, body } => {
                (status.as_u16(), crate::runtime::message_of(body))
            }
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "discoverJsonWebKeys", status, message)
    }
}
impl ::std::error::Error for DiscoverJsonWebKeysError {}
