#![cfg_attr(rustfmt, rustfmt::skip)]
use ory_client::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("https://playground.projects.oryapis.com/")
        .basic_auth("USERNAME", "PASSWORD")
        .build()?;
    let body = models::Oauth2TokenExchangeBody::default();
    match client.oauth2_token_exchange().body(&body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
