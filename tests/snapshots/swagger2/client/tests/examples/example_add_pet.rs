#![cfg_attr(rustfmt, rustfmt::skip)]
use fixture_swagger2::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder()
        .base_url("https://pets.example.com/v2")
        .bearer_token("YOUR_ACCESS_TOKEN")
        .build()?;
    let body = models::Pet::default();
    match client.add_pet(&body).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
