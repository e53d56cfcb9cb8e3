//! Operations of the `OAuth` API.
//!
//! OAuth 2.0 token exchange for third-party authentication providers
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(unused_imports)]
use crate::runtime::{
    Call, Client, Error, Operation, ResponseValue, ServerTemplate, StatusCode, Style,
    UnexpectedResponse,
};

impl Client {
    /// Exchange OAuth authorization code for tokens
    ///
    /// Exchange an OAuth authorization code for access and ID tokens.
    /// Used after the OAuth authorization flow redirects back to the application.
    /// <br><br>
    /// <b>Supported Providers:</b><br>
    /// - Generic OAuth 2.0 providers configured in org settings
    /// <br><br>
    /// <b>Flow:</b><br>
    /// 1. User is redirected to OAuth provider's authorization URL<br>
    /// 2. User authorizes and is redirected back with a code<br>
    /// 3. This endpoint exchanges the code for tokens<br>
    /// 4. Tokens can then be used with the <code>/userAccount/authenticate</code> endpoint
    ///
    /// `POST /userAccount/oauth/exchange` (operation `exchangeOAuthCode`)
    ///
    /// # Arguments
    ///
    /// * `body`: request body, sent as `application/json`. Request payload
    pub fn exchange_o_auth_code<'a>(
        &'a self,
        body: &'a crate::models::OAuthExchangeRequest,
    ) -> Call<
        'a,
        ExchangeOAuthCodeParams<'a>,
        crate::models::OAuthExchangeResponse,
        ExchangeOAuthCodeError,
    > {
        const OPERATION: Operation = Operation {
            id: "exchangeOAuthCode",
            method: "POST",
            path: "/userAccount/oauth/exchange",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        Call::new(
            self,
            &OPERATION,
            ExchangeOAuthCodeParams { body },
            |client, params| {
                let ExchangeOAuthCodeParams { body } = params;
                let mut request = client
                    .request(
                        &OPERATION,
                        ::reqwest::Method::POST,
                        "/userAccount/oauth/exchange",
                    );
                request = request.json(body);
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
                                ExchangeOAuthCodeError::BadRequest,
                                ExchangeOAuthCodeError::Unknown,
                            ),
                    )
                }
                401 => Err(Error::Status(ExchangeOAuthCodeError::Unauthorized)),
                404 => Err(Error::Status(ExchangeOAuthCodeError::NotFound)),
                _ => {
                    Err(
                        Error::Status(
                            ExchangeOAuthCodeError::Unknown(received.unexpected()),
                        ),
                    )
                }
            },
        )
    }
}
/// The parameters of [`Client::exchange_o_auth_code`], kept in its [`Call`] until it is awaited.
pub struct ExchangeOAuthCodeParams<'a> {
    body: &'a crate::models::OAuthExchangeRequest,
}
/// Error responses of [`Client::exchange_o_auth_code`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ExchangeOAuthCodeError {
    /// Status `400`: Invalid request or authorization code
    BadRequest(crate::models::AuthError),
    /// Status `401`: OAuth token exchange failed
    Unauthorized,
    /// Status `404`: OAuth provider configuration not found
    NotFound,
    /// A status the spec does not document for this operation, or a documented one
    /// whose body is not its documented type (the response says why).
    Unknown(UnexpectedResponse),
}
impl ::std::fmt::Display for ExchangeOAuthCodeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let (status, message) = match self {
            Self::BadRequest(body) => (400, crate::runtime::message_of(body)),
            Self::Unauthorized => (401, None),
            Self::NotFound => (404, None),
            Self::Unknown(response) => return ::std::fmt::Display::fmt(response, f),
        };
        crate::runtime::write_status(f, "exchangeOAuthCode", status, message)
    }
}
impl ::std::error::Error for ExchangeOAuthCodeError {}
