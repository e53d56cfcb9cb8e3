#![cfg_attr(rustfmt, rustfmt::skip)]
use ory_hydra_client::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder().base_url("http://localhost").build()?;
    let body = models::CreateVerifiableCredentialRequestBody::default();
    match client.create_verifiable_credential().body(&body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
