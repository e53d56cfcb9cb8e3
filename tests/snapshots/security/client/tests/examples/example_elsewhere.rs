#![cfg_attr(rustfmt, rustfmt::skip)]
use fixture_security::{Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("http://localhost")
        .bearer_token("YOUR_TOKEN")
        .build()?;
    match client.elsewhere().await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
