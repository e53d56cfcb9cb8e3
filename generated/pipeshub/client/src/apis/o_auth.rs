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
    pub fn exchange_o_auth_code(
        &self,
        body: &crate::models::OAuthExchangeRequest,
    ) -> Call<'_, crate::models::OAuthExchangeResponse, ExchangeOAuthCodeError> {
        const OPERATION: Operation = Operation {
            id: "exchangeOAuthCode",
            idempotent: false,
            servers: &[],
            security: &[],
        };
        let mut request = self
            .request(&OPERATION, ::reqwest::Method::POST, "/userAccount/oauth/exchange");
        request = request.json(body);
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
                            ExchangeOAuthCodeError::BadRequest(received.json()?),
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
/// Error responses of [`Client::exchange_o_auth_code`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExchangeOAuthCodeError {
    /// Status `400`: Invalid request or authorization code
    BadRequest(crate::models::AuthError),
    /// Status `401`: OAuth token exchange failed
    Unauthorized,
    /// Status `404`: OAuth provider configuration not found
    NotFound,
    /// A status the spec does not document for this operation.
    Unknown(UnexpectedResponse),
}
