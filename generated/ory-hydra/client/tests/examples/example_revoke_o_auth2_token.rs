#![cfg_attr(rustfmt, rustfmt::skip)]
use ory_hydra_client::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("http://localhost")
        .basic_auth("USERNAME", "PASSWORD")
        .build()?;
    let body = models::RevokeOAuth2TokenBody::default();
    match client.revoke_o_auth2_token().body(&body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
