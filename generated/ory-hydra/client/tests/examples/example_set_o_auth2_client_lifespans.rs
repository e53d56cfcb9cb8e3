#![cfg_attr(rustfmt, rustfmt::skip)]
use ory_hydra_client::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder().base_url("http://localhost").build()?;
    let body = models::OAuth2ClientTokenLifespans::default();
    match client.set_o_auth2_client_lifespans("id_example").body(&body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
