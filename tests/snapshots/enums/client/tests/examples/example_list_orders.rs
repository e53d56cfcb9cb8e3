#![cfg_attr(rustfmt, rustfmt::skip)]
use fixture_enums::{models, Client, Error};

pub async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::builder().base_url("http://localhost").build()?;
    let status = models::ListOrdersStatus::Placed;
    match client.list_orders().status(&status).await {
        Ok(response) => println!("{:#?}", response.into_inner()),
        Err(Error::Status(error)) => {
            eprintln!("the API answered with an error: {error:?}")
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}
