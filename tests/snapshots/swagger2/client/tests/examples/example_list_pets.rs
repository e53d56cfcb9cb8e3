#![cfg_attr(rustfmt, rustfmt::skip)]
use fixture_swagger2::{Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("https://pets.example.com/v2")
        .api_key("YOUR_API_KEY")
        .build()?;
    match client.list_pets().limit(1).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
