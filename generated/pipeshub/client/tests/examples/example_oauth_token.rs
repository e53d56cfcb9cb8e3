#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder().base_url("http://localhost/api/v1").build()?;
    let body = models::OAuthTokenRequest {
        grant_type: models::OAuthTokenRequestGrantType::AuthorizationCode,
        code: None,
        redirect_uri: None,
        client_id: None,
        client_secret: None,
        refresh_token: None,
        scope: None,
        code_verifier: None,
    };
    match client.oauth_token(&body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
