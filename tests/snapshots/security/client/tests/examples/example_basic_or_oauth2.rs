#![cfg_attr(rustfmt, rustfmt::skip)]
use fixture_security::{Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("http://localhost")
        .basic_auth("USERNAME", "PASSWORD")
        .build()?;
    match client.basic_or_oauth2().await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
