#![cfg_attr(rustfmt, rustfmt::skip)]
use pipeshub_client::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("http://localhost/api/v1")
        .bearer_token("YOUR_TOKEN")
        .build()?;
    let scope = models::ConnectorScope::Team;
    match client.list_configured_connectors().scope(&scope).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
